"""Document-wide typography: the body text size and each column's text margins.

Decisions elsewhere ("is this line indented?", "is this smaller than the body?", "did the
previous line reach the right margin?") compare a line with these figures rather than with
fixed numbers, so that A4, US letter, landscape annex pages and three-column pages all work.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from soilkit.model import Line


@dataclass
class ColumnGeometry:
    left: float  # where most lines of body text start (continuation lines)
    right: float  # where full lines end


@dataclass
class Profile:
    geometric: bool
    body_size: float = 0.0
    pitch: float = 0.0  # usual distance between the tops of consecutive body lines
    columns: dict[tuple[int, int, int], ColumnGeometry] = field(default_factory=dict)

    def column(self, line: Line) -> ColumnGeometry:
        key = _key(line)
        geo = self.columns.get(key)
        if geo is None:
            geo = self.columns.get((key[0], key[1], -1))
        return geo or ColumnGeometry(line.x0, line.x1)

    def is_body_size(self, line: Line) -> bool:
        return not self.geometric or abs(line.size - self.body_size) <= 0.6

    def smaller_than_body(self, line: Line) -> bool:
        return self.geometric and line.size < self.body_size - 0.6


def _key(line: Line) -> tuple[int, int, int]:
    # Column geometry differs between page shapes (landscape annexes) and, for books printed
    # two-sided, between odd and even pages; the page parity is only used when it helps.
    return (round(line.page_width), line.column, line.page % 2)


def build_profile(lines: list[Line]) -> Profile:
    geometric = any(ln.page_height for ln in lines)
    if not geometric:
        return Profile(geometric=False)
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size, 1)] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    body_lines = [ln for ln in lines if abs(ln.size - body) <= 0.6]
    gaps: Counter[float] = Counter()
    for a, b in zip(body_lines, body_lines[1:], strict=False):
        if a.page == b.page and a.column == b.column and b.top > a.top:
            gaps[round(b.top - a.top, 0)] += 1
    # the line pitch is the commonest gap between lines of one paragraph: gaps beyond 1.7 ems
    # are paragraph spacing (which can be the commonest gap where paragraphs are short)
    within = [(n, g) for g, n in gaps.items() if body * 0.9 <= g <= body * 1.7]
    pitch = max(within)[1] if within else body * 1.2
    groups: dict[tuple[int, int, int], list[Line]] = {}
    for ln in body_lines:
        groups.setdefault(_key(ln), []).append(ln)
        k = _key(ln)
        groups.setdefault((k[0], k[1], -1), []).append(ln)
    columns = {}
    for key, group in groups.items():
        if len(group) < 3 and key[2] != -1:
            continue
        lefts = Counter(round(ln.x0) for ln in group)
        left = float(lefts.most_common(1)[0][0])
        rights = sorted(ln.x1 for ln in group)
        right = rights[int(len(rights) * 0.9)] if rights else left
        columns[key] = ColumnGeometry(left, right)
    return Profile(geometric=True, body_size=body, pitch=pitch, columns=columns)
