"""The document-kind evidence tries a regular expression only on lines that can match it:
each shortcut is checked here against the expression alone, for every input."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from soilkit.structure.detect import _BADGE, _NOTE, _SYMBOL

# text drawn from the characters the expressions look at, so that matches come up often
_text = st.text(alphabet="ABCDEFGLMNOPRSTUVWIW/.-0123456789 ()abcdefgilmnortv", max_size=40)


@given(_text)
@example("see CBD/COP/DEC/15/28 annex")
def test_a_document_symbol_has_two_slashes(text):
    if _SYMBOL.search(text):
        assert text.count("/") >= 2


@given(_text | st.sampled_from(["Jane Doe (moderator)", "(video message)", "(TBC)"]))
def test_a_session_note_has_a_parenthesis(text):
    if _NOTE.search(text):
        assert "(" in text


@given(st.text(alphabet="ABDEIJLMNOVW ", max_size=30)
       | st.sampled_from(["Opening LIVE NOW", "Plenary ON DEMAND  "]))
def test_a_badge_says_now_or_demand(text):
    if _BADGE.search(text):
        assert "NOW" in text or "DEMAND" in text
