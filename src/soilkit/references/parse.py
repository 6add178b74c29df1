"""Step 2: parse at each candidate start with every series' grammar (one alternation,
`series.MASTER`, anchored there), then again with the matching series alone for its parts."""

from __future__ import annotations

from dataclasses import dataclass

from soilkit.references.candidates import starts
from soilkit.references.series import BY_NAME, MASTER, Series


@dataclass
class Raw:
    series: Series
    groups: dict[str, str]
    start: int  # of the match (keyword included)
    end: int
    t_start: int  # of the span to report
    t_end: int


def raw_matches(text: str) -> list[Raw]:
    out = []
    covered = 0
    for pos in starts(text):
        if pos < covered:
            continue
        m = MASTER.match(text, pos)
        if m is None:
            continue
        series = BY_NAME[m.lastgroup]
        full = series.regex.match(text, pos)
        if full is None:  # cannot happen: the same pattern, named
            continue
        groups = {k: v for k, v in full.groupdict().items() if v is not None}
        t_start, t_end = full.span("t") if "t" in groups else full.span()
        out.append(Raw(series, groups, full.start(), full.end(), t_start, t_end))
        covered = full.end()
    return out
