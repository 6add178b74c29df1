"""Step 1: where references can start. A fast scan for anchors ('/', the keywords, CITES and
Ramsar document words) — every series contains one — then the word starts in the few tokens
before each anchor. Only those positions are parsed, so plain prose costs one regex pass."""

from __future__ import annotations

import re

from soilkit.references.series import TRIGGER

# How far before its anchor a match can start: a symbol's prefix before its first slash
# ('GSPPA: VII/…', 'CGRFA-Ex2/…'); the keyword's first letter ('decision': anchor 'cision',
# 'resolution': 'solution'; 'DECISION': 'ECISION'); a CITES/Ramsar series word before 'Doc.',
# 'SR', 'Com.' ('CoP17 Com. II Rec. 13').
BACK = {"/": 12, "c": 2, "s": 2, "E": 1}
BACK_OTHER = 8
# Where an identifier may begin: a word start, a capital glued to a digit ('1997CL 112/9'),
# a symbol glued to the 'Distr. GENERAL' line of a heading ('GENERALCBD/SBI/2/22'), or a
# number glued to a lower-case word in text that lost its spaces ('decisions1/CP.19').
_START = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z0-9]|(?<=\d)[A-Z]|(?<=GENERAL|LIMITED)[A-Z]|(?<=[a-z])\d"
)


def starts(text: str) -> list[int]:
    """Sorted positions at which a series may match."""
    spans: list[list[int]] = []
    for m in TRIGGER.finditer(text):
        p = m.start()
        lo = p - BACK.get(text[p], BACK_OTHER)
        if lo < 0:
            lo = 0
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = p + 1
        else:
            spans.append([lo, p + 1])
    return [s.start() for lo, hi in spans for s in _START.finditer(text, lo, hi)]
