"""Properties of the reference finder on any input: it never raises, its spans are exact and
sorted without overlaps, and its time grows linearly with the input."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from soilkit.references import find_references
from soilkit.references.malformed import find_malformed

# Pieces of identifiers and their look-alikes, so that generated text often comes close.
PIECES = st.sampled_from([
    "decision", "Decisions", "resolution", " ", "  ", "\n", "/", ".", ",", "-", "–", "(", ")",
    "15", "28", "XIII", "VIII", "IV", "CBD", "COP", "DEC", "UNEP", "A/RES", "CP.", "COP.",
    "CMA.", "IPBES-", "E/CN.", "18", "2015", "Rev. 1", "Doc. ", "SC70", "paragraph", "annex",
    "of", "and", "to", "June", "GSPPA", "CGRFA-", "CL ", "C ", "Conf.", "Res.", "EA.", "Inf.",
    "http://", "UNEA", "General Assembly", "the Conference", "1", "07", "2005", "SDG", ":",
    # pieces of the forms added after the second probe of fresh text
    "(XXVII)", "(S-VII)", "(ORG-75)", " B ", "res.", "G.A.", "The Human Rights Council,",
    " Guided", "SC54-", "Doc. SC", "Rev.2", " A1", "ECE/", "TD/", "ST/", "…...", "..",
    "decisions1/CP.", "and1/CMA.", "S–", "NP/COP-MOP/DEC/", "section II, ", "Economic and",
])
TEXT = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_never_raises_and_spans_are_exact(text):
    found = find_references(text)
    last_end = 0
    for ref in found:
        assert ref.text == text[ref.start:ref.end]
        assert ref.start >= last_end  # sorted, no overlaps
        last_end = ref.end
        assert ref.kind in ("decision", "resolution", "recommendation", "document")
        assert ref.id


@settings(max_examples=100, deadline=None)
@given(TEXT, st.sampled_from([None, "CBD COP", "UNGA", "FAO Conference", "nonsense"]))
def test_context_body_never_breaks_it(text, body):
    for ref in find_references(text, context_body=body):
        assert ref.text == text[ref.start:ref.end]


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_malformed_never_raises(text):
    for start, end, t, reason in find_malformed(text):
        assert text[start:end] == t and reason


ADVERSARIAL = [
    "decision " + "1/" * 200 + " ",
    "CBD/" * 300 + "COP ",
    "UNEP/CBD/SBSTTA/" + "INF/" * 200 + "\n",
    "decisions 15/4, " * 100 + "\n",
    "paragraph 1, " * 200 + "of decision 15/28 ",
    "A/C.2/" * 150 + " ",
    "(((((" * 100 + "Resolution Conf. 9.24 (Rev. CoP16)" + ")))))" * 100,
    "XIII/3 and " * 100,
    "GSPPA: VII/" * 100,
    "the Conference of the Parties, " * 50 + "decision 3/95 ",
    "/" * 2000 + " ",
    "1" * 3000 + "/" + "2" * 3000,
    "resolutions 2997 (XXVII) and " * 100,
    "decisions1/CP.1," * 150,
    "The General Assembly, Recalling " * 50,
    "Doc. SC54-3 Rev.2 and CoP18 Doc. 7.3 A1 " * 60,
    "section II, paragraphs 1 and 2, of Economic and Social Council " * 30 + "resolution 2019/6",
    "G.A. res. 1/1 " * 100,
]


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        find_references(text)
        best = min(best, time.perf_counter() - t0)
    return best


def test_time_grows_linearly_on_adversarial_text():
    for chunk in ADVERSARIAL:
        small, large = chunk * 4, chunk * 32
        t_small, t_large = _seconds(small), _seconds(large)
        # 8x the input: allow 30x the time (noise), far below the 64x of quadratic growth.
        assert t_large <= 30 * t_small + 0.05, (chunk[:30], t_small, t_large)
