"""Lists and ranges after a keyword: 'decisions XIII/3 and XIV/30', 'resolutions 65/178 of
20 December 2010, 66/220 …', 'Decisions 13.24 to 13.26'. Every printed member is a reference
of its own (dev.yaml convention: the keyword is shared, so later members are the number only;
members implied by a range but not printed are not listed)."""

from __future__ import annotations

import re

from soilkit.references.numerals import MONTH, ROMAN
from soilkit.references.pinpoint import AFTER
from soilkit.references.series import NOT_CONTINUED, REV

# 'of 10 December 2022' — possibly with a footnote mark glued to the year ('202227').
_DATE = rf"(?:\s+of\s+\d{{1,2}}\s+{MONTH}\s+\d{{4,6}})"
SEPARATOR = re.compile(
    rf"{_DATE}?(?:,?\s+(?:and|or|to)\s+|\s*,\s*|\s*[–-]\s*|\s+through\s+)"
)
MEMBER = {
    "slash": re.compile(rf"(?P<m>{ROMAN}|\d{{1,4}})/(?P<n>\d{{1,4}}){NOT_CONTINUED}"),
    "dotted": re.compile(rf"(?P<m>\d{{1,2}})\.(?P<n>\d{{1,3}}){REV}?(?!\d|\.\d)"),
    "rdotted": re.compile(rf"(?P<m>{ROMAN})\.(?P<n>\d{{1,3}}){REV}?(?!\d|\.\d)"),
}


def members(text: str, end: int, family: str, limit: int = 40) -> list[re.Match]:
    """The list members that follow a reference ending at `end`."""
    pattern = MEMBER[family]
    out = []
    pos = end
    size = len(text)
    while len(out) < limit:
        pin = AFTER.match(text, pos, min(size, pos + 120))
        if pin:
            pos = pin.end()
        sep = SEPARATOR.match(text, pos, min(size, pos + 60))
        if not sep:
            break
        m = pattern.match(text, sep.end(), min(size, sep.end() + 40))
        if not m:
            break
        out.append(m)
        pos = m.end()
    return out
