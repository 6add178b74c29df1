"""Step 2: parse at each candidate start with the grammar of each series, in table order, that
can begin with the character there (`openings.py`); the first that matches wins."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from soilkit.references.candidates import starts
from soilkit.references.openings import opener
from soilkit.references.series import SERIES, Series


@dataclass
class Raw:
    series: Series
    groups: dict[str, str]
    start: int  # of the match (keyword included)
    end: int
    t_start: int  # of the span to report
    t_end: int


_OPENERS = tuple((series, opener(series.pattern)) for series in SERIES)


@cache
def series_opening_with(ch: str) -> tuple[Series, ...]:
    """The series, in table order, whose match can begin with ch."""
    return tuple(series for series, opens in _OPENERS if opens(ch))


def raw_matches(text: str) -> list[Raw]:
    out = []
    covered = 0
    for pos in starts(text):
        if pos < covered:
            continue
        for series in series_opening_with(text[pos]):
            full = series.regex.match(text, pos)
            if full is not None:
                break
        else:
            continue
        groups = {k: v for k, v in full.groupdict().items() if v is not None}
        t_start, t_end = full.span("t") if "t" in groups else full.span()
        out.append(Raw(series, groups, full.start(), full.end(), t_start, t_end))
        covered = full.end()
    return out
