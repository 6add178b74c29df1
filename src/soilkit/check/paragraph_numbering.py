"""Numbered paragraphs that skip a number or repeat one.

Numbering restarts in real documents (each annex, each article of a treaty, each goal of a
framework, sub-lists under a heading): a number lower than the previous one, or a new section,
opens a new run and is not a finding. Within a run, a jump (4 → 6) or a repeat (4, 4) is.
Labels that are not plain integers ("12 bis") are left alone.
"""

from __future__ import annotations

from typing import Any

from soilkit.check.finding import Finding, SourceText

RULE = "paragraph-numbering"


def _as_int(label: Any) -> int | None:
    if isinstance(label, bool):
        return None
    if isinstance(label, int):
        return label
    if isinstance(label, str) and label.strip().rstrip(".").isdigit():
        return int(label.strip().rstrip("."))
    return None


def check(doc: dict[str, Any], text: SourceText) -> list[Finding]:
    out = []
    prev: int | None = None
    section: Any = object()
    for para in doc.get("paragraphs", []):
        n = _as_int(para.get("number"))
        if n is None:
            continue
        if para.get("section") != section:
            section = para.get("section")
            prev = None
        if prev is None or n < prev:
            prev = n
            continue
        message = None
        if n == prev:
            message = f"paragraph {n} is numbered twice"
        elif n > prev + 1:
            missing = f"{prev + 1}" if n == prev + 2 else f"{prev + 1}–{n - 1}"
            message = f"paragraph numbering jumps from {prev} to {n} ({missing} missing)"
        if message:
            pages = para.get("pages") or [None]
            line, page = text.locate(para.get("text", ""), pages[0])
            out.append(Finding(RULE, "error", message, line=line, page=page,
                               where={"paragraph": para.get("number")}, text=str(n)))
        prev = n
    return out
