"""Lists and ranges after a keyword: 'decisions XIII/3 and XIV/30', 'resolutions 65/178 of
20 December 2010, 66/220 …', 'Decisions 13.24 to 13.26'. Every printed member is a reference
of its own (dev.yaml convention: the keyword is shared, so later members are the number only;
members implied by a range but not printed are not listed)."""

from __future__ import annotations

import re

from soilkit.references.numerals import MONTH, MONTH_FR_ES, ROMAN
from soilkit.references.pinpoint import AFTER
from soilkit.references.series import NOT_CONTINUED, OLD_NUMBER, REV

# 'of 10 December 2022' — possibly with a footnote mark glued to the year ('202227').
# French and Spanish: 'du 25 septembre 2015', 'de 25 de septiembre de 2015'.
_DATE = (rf"(?:,?\s+of\s+\d{{1,2}}\s+{MONTH}\s+\d{{4,6}}"
         rf"|,?\s+(?:du|de|del)\s+\d{{1,2}}(?:er)?\s+{MONTH_FR_ES}\s+(?:de\s+)?\d{{4,6}})")
# 'resolutions 1980/67 of 25 July 1980 on international years and anniversaries and 1989/84',
# 'resolutions 5/1, on institution-building, and 5/2' (French 'sur', Spanish 'sobre'), and a
# title in quotes: 'resolutions 1/6, entitled “Marine plastic debris and microplastics,” and 2/11'.
# What a member is about may run longer when introduced by a participle ('3202 (S-VI) of 1 May
# 1974, containing the Declaration and the Programme of Action on …, 3281 (XXIX) …').
_SUBJECT = (r"(?:,?\s+(?:on|sur|sobre)\s+[^,;.()/“”\"]{1,80}?"
            r"|,?\s+(?:containing|concerning|regarding|relating\s+to|concernant)\s+"
            r"[^,;.()/“”\"]{1,150}?"
            r"|,?\s+(?:entitled|intitulée?s?|titulad[oa]s?)\s+[“\"«][^“”\"«»]{1,150}[”\"»])")
SEPARATOR = (
    # French and Spanish lists ('décisions XIII/3 et 14/30'), and '&' of tables.
    rf"{_DATE}?{_SUBJECT}?(?:,?\s+(?:and|or|to|et|y|à|a)\s+|\s*,\s*|\s*[–&-]\s*"
    r"|\s+through\s+)"
)
_MEMBER = {
    "slash": rf"(?P<m>{ROMAN}|\d{{1,4}})/(?P<n>\d{{1,4}}){NOT_CONTINUED}",
    "dotted": rf"(?P<m>\d{{1,2}})\.(?P<n>\d{{1,3}}){REV}?(?!\d|\.\d)",
    "rdotted": rf"(?P<m>{ROMAN})\.(?P<n>\d{{1,3}}){REV}?(?!\d|\.\d)",
    "old": OLD_NUMBER,
    # The Security Council's number and year: 'resolutions 1325 (2000) and 1820 (2008)'.
    "unsc": r"(?P<m>\d{3,4})\s?\((?P<n>(?:19|20)\d\d)\)(?![\w(])",
}
# Separator and member in one pattern, so that 'on … years and anniversaries and 1989/84'
# backtracks past the 'and' that no member follows.
MEMBER = {family: re.compile(SEPARATOR + f"(?P<member>{p})") for family, p in _MEMBER.items()}


def members(text: str, end: int, family: str, limit: int = 40) -> list[tuple[int, int, str, str]]:
    """(start, end, m, n) of the list members that follow a reference ending at `end`."""
    pattern = MEMBER[family]
    out = []
    pos = end
    size = len(text)
    while len(out) < limit:
        pin = AFTER.match(text, pos, min(size, pos + 120))
        if pin:
            pos = pin.end()
        m = pattern.match(text, pos, min(size, pos + 200))
        if not m:
            break
        out.append((m.start("member"), m.end("member"), m.group("m"), m.group("n")))
        pos = m.end()
    return out
