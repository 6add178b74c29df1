"""Strings that look like a known identifier series but do not parse (`1/CP 20`,
`CBD/COP/DEC/15/`): the reference finder's near-misses, reported where they stand."""

from __future__ import annotations

from typing import Any

from soilkit.check.finding import Finding, SourceText

RULE = "malformed-reference"


def _finder():
    try:
        from soilkit.references.malformed import find_malformed
    except ImportError:  # the finder's near-miss list is optional: no rule without it
        return None
    return find_malformed


def check(doc: dict[str, Any], text: SourceText) -> list[Finding]:
    find = _finder()
    if find is None:
        return []
    out = []
    for hit in find(text.text):
        if isinstance(hit, tuple):
            start, _end, snippet, reason = hit[:4]
        else:
            start, snippet = getattr(hit, "start", 0), getattr(hit, "text", "")
            reason = getattr(hit, "reason", "does not parse")
        line, page = text.position(start)
        message = f"{snippet!r} looks like a reference but does not parse ({reason})"
        out.append(Finding(RULE, "error", message, line=line, page=page, text=snippet))
    return out
