"""A footnote marker in the text with no footnote of that number."""

from __future__ import annotations

from typing import Any

from soilkit.check.finding import Finding, SourceText

RULE = "footnote-undefined"


def _key(number: Any) -> str:
    return str(number).strip().rstrip(".").lower()


def check(doc: dict[str, Any], text: SourceText) -> list[Finding]:
    defined = {_key(n.get("number")) for n in doc.get("footnotes", [])}
    out = []
    for para in doc.get("paragraphs", []):
        for marker in para.get("footnotes") or []:
            if _key(marker) in defined:
                continue
            label = para.get("number")
            place = f"paragraph {label}" if label is not None else "an unnumbered paragraph"
            pages = para.get("pages") or [None]
            line, page = text.locate(para.get("text", ""), pages[0])
            out.append(Finding(RULE, "error", f"footnote marker {marker} in {place} has no "
                               "footnote", line=line, page=page,
                               where={"paragraph": label} if label is not None else None,
                               text=str(marker)))
    return out
