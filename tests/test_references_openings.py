"""The parser tries at a position only the series that can begin with the character there:
that set must never leave out a series that matches."""

from __future__ import annotations

import yaml
from conftest import SEEDS, need_corpus
from hypothesis import given, settings
from hypothesis import strategies as st

from soilkit.references.candidates import starts
from soilkit.references.openings import opener
from soilkit.references.parse import series_opening_with
from soilkit.references.series import SERIES


def test_literal_and_class_openings():
    opens = opener(r"(?<![\w/])(?:UNEP|[Dd]ecision|CBD)/")
    assert [c for c in "UDdCcXu" if opens(c)] == ["U", "D", "d", "C"]


def test_optional_and_zero_width_parts_are_passed_over():
    opens = opener(r"(?=\S)(?:No\.\s?)?\(?\d")
    assert opens("N") and opens("(") and opens("7") and not opens("A")


def test_unicode_digits_and_word_class():
    assert opener(r"\d+/")("٣")  # \d of a str pattern matches any decimal digit
    assert opener(r"\w")("é") and opener(r"\w")("_") and not opener(r"\w")("-")


def test_negated_class():
    opens = opener(r"[^a-c]x")
    assert opens("d") and not opens("b")


def test_what_it_does_not_understand_admits_every_character():
    # A flag, a pattern that can match nothing, any character, a class of a negated category.
    for pattern in (r"(?i:cbd)/", r"a*", r"(?:x|)", r".x", r"\Dx"):
        assert opener(pattern)("Q"), pattern


def _never_too_narrow(text: str) -> None:
    for pos in starts(text):
        admitted = series_opening_with(text[pos])
        for series in SERIES:
            if series.regex.match(text, pos):
                assert series in admitted, (series.name, text[pos:pos + 40])


def test_every_series_that_matches_is_tried_on_the_labelled_passages():
    with open(need_corpus() / "refs" / "dev.yaml", encoding="utf-8") as f:
        passages = [item["passage"] for item in yaml.safe_load(f)]
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*")) if p.is_file()]
    for text in passages + seeds:
        _never_too_narrow(text)


# Printed forms of every series, run together with what may stand between references.
_EXAMPLES = [ex[0] for s in SERIES for ex in s.examples]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_EXAMPLES),
                          st.sampled_from([" ", ", ", " and ", "(", "decision ", "\n", "/", "-",
                                           "A", "1", "Recalling resolution "])),
                min_size=1, max_size=6))
def test_every_series_that_matches_is_tried_on_examples_run_together(parts):
    _never_too_narrow("".join(sep + ex for ex, sep in parts))
