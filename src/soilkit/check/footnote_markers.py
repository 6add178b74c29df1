"""A footnote marker in the text with no footnote of that number.

Markers come from the paragraphs (as the structure step paired them) and from the superscript
numbers printed outside footnote blocks. Printed superscripts count only where footnotes are
explicit markup (text, Markdown) or the document has footnotes at all: in a PDF without any,
a raised digit is more likely an exponent (m2) than a lost footnote.
"""

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
    reported = {_key(f.text) for f in out}
    if not (defined or text.has_lines):
        return out
    for label, page, line_text in text.markers:
        if _key(label) in defined or _key(label) in reported:
            continue
        reported.add(_key(label))
        line, _ = text.locate(line_text, page)
        out.append(Finding(RULE, "error", f"footnote marker {label} has no footnote",
                           line=line, page=page, text=label))
    return out
