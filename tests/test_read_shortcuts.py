"""The read step's shortcuts give what the plain rule they stand for gives, for every input.

`layout._is_vertical` looks only at the glyph pairs whose tops descend, and the pdfium
engine finds where a text object's characters end by doubling and halving steps; both are
checked here against the one-pair-at-a-time definition; the pdfium engine pauses the cyclic
collector while it reads a page, and must always restart it.
"""

from __future__ import annotations

import gc
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from soilkit.read.heap import collector_paused
from soilkit.read.layout import Run, _is_vertical
from soilkit.read.pdfium import _last_of


def _vertical_by_definition(runs: list[Run]) -> bool:
    """More than 60 % of the glyphs are followed by one stacked below them at the same x."""
    glyphs = [g for r in runs for g in r.glyphs]
    if len(glyphs) < 20:
        return False
    stacked = sum(1 for a, b in pairwise(glyphs)
                  if abs(a[1] - b[1]) < 0.3 * a[5] and 0 < b[3] - a[3] < 1.6 * a[5])
    return stacked > 0.6 * len(glyphs)


# positions on a coarse grid, so that equal tops, equal x and the limits themselves come up
_coordinate = st.integers(0, 40).map(lambda n: n * 2.5)
_glyph = st.builds(lambda x, top, size: ("字", x, x + size, top, top + size, size, "F", True),
                   _coordinate, _coordinate, st.sampled_from([4.0, 6.0, 10.0, 12.0]))


def _column(x: float, top: float, size: float, n: int) -> list:
    return [("字", x, x + size, top + k * size, top + (k + 1) * size, size, "F", True)
            for k in range(n)]


_stack = st.tuples(_coordinate, _coordinate, st.integers(1, 30))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_glyph, min_size=1, max_size=8), max_size=12),
       st.lists(_stack, max_size=3), st.lists(_stack, max_size=2))
def test_is_vertical_is_its_definition(scattered, columns, overprinted):
    runs = [Run(glyphs) for glyphs in scattered]
    runs += [Run([g]) for x, top, n in columns for g in _column(x, top, 10.0, n)]
    # a glyph drawn several times over itself (a fake bold) stacks nothing
    runs += [Run([_column(x, top, 10.0, 1)[0]] * n) for x, top, n in overprinted]
    assert _is_vertical(runs) == _vertical_by_definition(runs)


def test_a_stacked_column_is_vertical_and_a_printed_line_is_not():
    assert _is_vertical([Run([g]) for g in _column(100.0, 50.0, 10.0, 30)])
    line = [("a", 10.0 + 6 * k, 16.0 + 6 * k, 50.0, 60.0, 10.0, "F", True) for k in range(30)]
    assert not _is_vertical([Run(line)])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(1, 70), min_size=1, max_size=12), st.data())
def test_last_of_finds_the_end_of_every_object(lengths, data):
    # a page's characters as PDFium lists them: each object's characters one after another,
    # with characters of no object (0: PDFium's own breaks) between some of them
    owner: list[int] = []
    for n, length in enumerate(lengths, start=1):
        owner += [0] * data.draw(st.integers(0, 2))
        owner += [n] * length
    calls = []

    def get_object(_page, index):
        calls.append(index)
        return owner[index]

    first = 0
    while first < len(owner):
        if owner[first]:
            last = _last_of(get_object, None, owner[first], first, len(owner))
            assert owner[first:last + 1] == [owner[first]] * (last - first + 1)
            assert last + 1 == len(owner) or owner[last + 1] != owner[first]
            first = last
        first += 1
    assert all(0 <= i < len(owner) for i in calls)


def test_the_collector_is_paused_only_inside_and_restored_after_an_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with collector_paused():
            assert not gc.isenabled()
            raise RuntimeError("a damaged page")
    assert gc.isenabled()
    gc.disable()  # a caller that paused it itself keeps it paused
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
