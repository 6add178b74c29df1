"""A footnote that no marker in the text cites."""

from __future__ import annotations

from typing import Any

from soilkit.check.finding import Finding, SourceText

RULE = "footnote-uncited"


def _key(number: Any) -> str:
    return str(number).strip().rstrip(".").lower()


def check(doc: dict[str, Any], text: SourceText) -> list[Finding]:
    cited = {_key(m) for p in doc.get("paragraphs", []) for m in p.get("footnotes") or []}
    out = []
    for note in doc.get("footnotes", []):
        number = note.get("number")
        if _key(number) in cited or note.get("cited_in"):
            continue
        line, page = text.locate(note.get("text", ""), note.get("page"))
        out.append(Finding(RULE, "warning", f"footnote {number} is never cited in the text",
                           line=line, page=page, where={"footnote": number}))
    return out
