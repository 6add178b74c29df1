"""Strings that look like a known identifier series but do not parse (for `soilkit check`).

One row per near miss: the pattern and the reason shown to the user. A near miss is reported
only where the finder found no reference overlapping it, so a correct identifier is never
flagged.
"""

from __future__ import annotations

import re

from soilkit.references.numerals import ROMAN

NEAR_MISSES: tuple[tuple[str, str], ...] = (
    (r"(?<![\w/])\d{1,3}/(?:CP|CMP|CMA)\s\d{1,2}(?![\d/])",
     "UNFCCC decision without the dot: n/CP.n"),
    (r"(?<![\w/])\d{1,3}/COP\s\d{1,2}(?![\d/])", "UNCCD decision without the dot: n/COP.n"),
    (r"[–-]\s?(?:CP|CMP|CMA)/\d{1,2}\b", "UNFCCC decision with its number lost: n/CP.n"),
    (r"(?<![\w/])(?:UNEP/)?CBD/COP/DEC/(?:(?:[IVXL]+|\d{1,2})/?)?(?![\w/])",
     "CBD decision symbol without its number"),
    (r"(?<![\w/])A/RES/(?:\d{1,2}/?)?(?![\w/])", "General Assembly resolution symbol without its "
                                                 "number"),
    (r"(?<![\w/])UNEP/EA\.\d{1,2}/(?:Res|RES|Dec|DEC)(?:\s\d{1,2}|(?![.\w]))",
     "UNEA resolution symbol without the dot: UNEP/EA.n/Res.n"),
    (r"\b(?:[Dd]ecision|[Rr]esolution|[Rr]ecommendation)s?\s+\d{1,2}\s/\s?\d{1,3}\b",
     "space inside a meeting/number identifier"),
    (rf"\b(?:[Dd]ecision|[Rr]ecommendation)s?\s+(?!{ROMAN}/)[IVXL]{{2,}}/\d{{1,3}}\b",
     "invalid Roman session number"),
)
_COMPILED = tuple((re.compile(p), reason) for p, reason in NEAR_MISSES)


def find_malformed(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, text, reason) for every near-miss identifier in text, in order."""
    from soilkit.references import find_references

    good = [(r.start, r.end) for r in find_references(text)]
    out = []
    for pattern, reason in _COMPILED:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < ge and gs < e for gs, ge in good):
                continue
            out.append((s, e, m.group(), reason))
    out.sort()
    return out
