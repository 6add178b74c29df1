"""Tables: rows of cells are not paragraphs.

The layout step keeps a wide gap inside a line (a tab stop, a cell boundary) as a tab. A line
with a tab between two pieces of text is a table row, unless the piece before the tab is a
paragraph or sub-paragraph label or a sub-item marker ("12.<tab>Decides", "3.1<tab>…",
"(a)<tab>To …", "•<tab>…"), or a raised label in the margin before it ("Pp3<tab>Recalling").
A table runs from its first row over the lines set inside it (right of the text margin) and
the further rows, within one page column. Pages whose columns are many, narrow and ragged
(landscape annex tables) are tables as a whole.
"""

from __future__ import annotations

import re

from soilkit.model import Line
from soilkit.structure.profile import Profile

_MARKER_TAB = re.compile(
    r"^\[?(?:\d{1,3}(?:\s?[a-z]{3,12})?(?:(?:\.\d{1,3})+\.?|\.)(?:\s?[a-z]{3,12}\.?)?(?=\t)|"
    r"\([a-z0-9]{1,5}\)|[a-z]{1,2}\.|[ivx]{1,5}\.|"
    r"[•▪➢✓◦●■❖\-–]|[^\w\s\[(“\"‘'])\t",  # a lone symbol before a tab: a bullet from a symbol font
    re.I,
)


def is_row(line: Line) -> bool:
    text = line.text
    if line.spans and line.spans[0].superscript and text.startswith(line.spans[0].text):
        text = text[len(line.spans[0].text):]  # a raised label in the margin ("Pp3<tab>")
    text = text.strip()
    if "\t" not in text:
        return False
    return "\t" in _MARKER_TAB.sub("", text, count=1)


def table_lines(lines: list[Line], profile: Profile) -> set[int]:
    """Indices of the lines that belong to tables."""
    if not profile.geometric:
        return {i for i, ln in enumerate(lines) if ln.block == "table"}
    out: set[int] = set()
    out.update(_ragged_column_pages(lines, profile))
    i = 0
    n = len(lines)
    while i < n:
        if not is_row(lines[i]):
            i += 1
            continue
        start = i
        rows = 1
        j = i + 1
        while j < n and lines[j].page == lines[i].page and lines[j].column == lines[i].column:
            ln = lines[j]
            geo = profile.column(ln)
            if is_row(ln):
                rows += 1
            elif ln.x0 <= geo.left + 3 * ln.size:
                break
            j += 1
        if rows >= 2:
            out.update(range(start, j))
        i = max(j, i + 1)
    return out


def _ragged_column_pages(lines: list[Line], profile: Profile) -> set[int]:
    """Lines of pages cut into three or more narrow columns that are mostly not filled."""
    pages: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        pages.setdefault(ln.page, []).append(i)
    out: set[int] = set()
    for idx in pages.values():
        columns = {lines[i].column for i in idx}
        if len(columns) < 3:
            continue
        fills = []
        for col in columns:
            col_lines = [lines[i] for i in idx if lines[i].column == col]
            geo = profile.column(col_lines[0])
            full = sum(1 for ln in col_lines if ln.x1 > geo.right - 2 * ln.size)
            fills.append(full / len(col_lines))
        fills.sort()
        if fills[len(fills) // 2] < 0.3:
            out.update(idx)
    return out
