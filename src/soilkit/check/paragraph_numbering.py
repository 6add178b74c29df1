"""Numbered paragraphs that skip a number, repeat one or go backwards.

Numbering may restart at 1 (an annex, each article of a treaty): a restart opens a new run and
is not a finding. Labels that are not plain integers ("12 bis") are left alone.
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
    for para in doc.get("paragraphs", []):
        n = _as_int(para.get("number"))
        if n is None:
            continue
        if prev is None or n == 1 and prev != 1:
            prev = n
            continue
        message = None
        if n == prev:
            message = f"paragraph {n} is numbered twice"
        elif n > prev + 1:
            missing = f"{prev + 1}" if n == prev + 2 else f"{prev + 1}–{n - 1}"
            message = f"paragraph numbering jumps from {prev} to {n} ({missing} missing)"
        elif n < prev:
            message = f"paragraph {n} follows paragraph {prev} (out of order)"
        if message:
            pages = para.get("pages") or [None]
            line, page = text.locate(para.get("text", ""), pages[0])
            out.append(Finding(RULE, "error", message, line=line, page=page,
                               where={"paragraph": para.get("number")}, text=str(n)))
        prev = n
    return out
