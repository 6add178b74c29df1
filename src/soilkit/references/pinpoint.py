"""The part of the cited text a reference points to: 'paragraph 7', 'annex II, paragraph 3'."""

from __future__ import annotations

import re

_SUB = r"(?:\s?\([a-z]{1,4}\))"
_NUM = rf"\d{{1,3}}(?:{_SUB}(?:\s?\([ivx]{{1,5}}\))?)?"
_NUMLIST = rf"{_NUM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[–-]\s*|\s+to\s+)(?:{_NUM}|{_SUB}))*"
# CITES letters its paragraphs with one bracket: 'Decision 19.1, paragraphs b) and c)'.
# The list ends at its 'and': in 'paragraphs b) and c), i) consider' the 'i)' opens an item.
_LETTERED = r"[a-z]\)(?:\s*,\s*[a-z]\))*(?:,?\s+and\s+[a-z]\))?"
# French and Spanish versions: 'paragraphe 4', 'párrafo 2', 'annexe IV', 'anexo I'.
_PARAS = (rf"(?:operative\s+)?(?:[Pp]aragraph(?:e?s?)|[Pp]aras?\.|[Pp]árrafos?)\s*"
          rf"(?:{_NUMLIST}|{_LETTERED})")
_PART = r"(?:[IVX]{1,5}|[A-H]|\d{1,2})\b"
_SECTION = rf"(?:(?:[Ss]ections?|sect\.|[Cc]hapters?|chap\.|[Aa]ppendix|[Aa]ppendices)\s*{_PART})"
_ANNEX = (rf"(?:[Aa]nnex(?:es|e)?|[Aa]nexo)(?:\s+{_PART}(?:\s+and\s+{_PART})?)?"
          rf"(?:,\s*(?:{_PARAS}|{_SECTION}|tables?\s+{_NUMLIST})){{0,3}}")
_LETTERS = r"\([a-z]\)\s*[-–]\s*\([a-z]\)"
PIN = rf"(?:{_PARAS}|{_ANNEX}|{_SECTION}(?:,\s*{_SECTION})?(?:,\s*{_PARAS})?|{_LETTERS})"

# After the identifier: ', paragraph 7', ' paragraph 10', ', particularly paragraphs 75–77',
# ', in its operative paragraph 7', ' (a) - (c)', ' Annex 1'.
# A closing bracket or a bracketed alias may come first: '(E/2013/24), chap. I, sect. C',
# 'CL 144/9 (C 2013/20), appendix D'.
AFTER = re.compile(
    r"\)?(?:\s*\([^()]{1,40}\))?"
    rf"(?:\s*,\s*(?:particularly\s+|in\s+particular\s+|in\s+its\s+|including\s+)?|\s+)"
    rf"(?P<pin>{PIN})(?![\w(])"
)
# Before the identifier: 'paragraph 14 of decision', 'annex 3 of', 'page 8 of',
# 'paragraph 19 of United Nations General Assembly resolution', 'paragraph 3 of Economic and
# Social Council resolution', 'section III, paragraphs 1 and 2, of its decision'.
_BODY_WORDS = r"(?:(?:[A-Z][\w.\-]*|on|of|the|to|for|and(?=\s+[A-Z]))\s+){0,8}"
_PIN_BEFORE = (
    rf"(?P<pin>{_PARAS}|(?:[Aa]nnex|[Aa]nnexe|[Aa]nexo)(?:\s+(?:[IVX]{{1,5}}|\d{{1,2}}))?"
    rf"|page\s+\d{{1,4}}|{_SECTION}(?:,\s*{_PARAS})?)"
    rf",?\s+(?:of|to|de\s+la|de\s+l['’]|du|de\s+sa|de\s+son|del|de\s+su|à\s+la)\s+"
)
_KW = (r"(?:[Dd][ée]cision|[Rr][ée]solution|[Rr]ecommendation|document|[Dd]ecisi[óo]n"
       r"|[Rr]esoluci[óo]n)(?:s|es)?\s+(?:COP\s+)?")
# Before a keyword ('paragraph 8 of SBSTTA recommendation III/4': the keyword starts the match).
BEFORE = re.compile(rf"{_PIN_BEFORE}(?:(?:its|the)\s+)?{_BODY_WORDS}(?:{_KW})?\Z")
# Before an identifier that carries no keyword, body words stand only with one: in 'annex III to
# the Rotterdam Convention RC-8/4' (a title, then the next decision) the annex is not RC-8/4's.
BEFORE_BARE = re.compile(rf"{_PIN_BEFORE}(?:(?:(?:its|the)\s+)?{_BODY_WORDS}{_KW}"
                         r"|(?:(?:its|the)\s+)?)\Z")
# The word linking a pinpoint to what follows; without one nothing before is a pinpoint.
_LINK = re.compile(r" (?:of|to|d[eu]|del|à) ")
_STARTS_WITH_KEYWORD = re.compile(r"(?i:d[ée]cisi|r[ée]solu|recommend)")


# In brackets after the identifier: 'decision IPBES-9/1 (section II, paragraph 10)'.
AFTER_BRACKETED = re.compile(rf"\s*\((?P<pin>{PIN})\)")


def pinpoint_after(text: str, end: int) -> tuple[str, int] | None:
    m = AFTER.match(text, end, min(len(text), end + 120))
    if not m and "(" in text[end:end + 3]:
        m = AFTER_BRACKETED.match(text, end, min(len(text), end + 120))
    if not m:
        return None
    return normalise(m.group("pin")), m.end()


# A part of that part, further before: 'tables 1 and 2 of annex II to document …',
# 'paragraph 3 of annex II to decision …' (the pinpoint reads outermost first: 'annex II,
# paragraph 3').
_INNER = re.compile(
    rf"(?P<pin>{_PARAS}|[Ss]ubparagraphs?\s*{_NUMLIST}|[Tt]ables?\s+{_NUMLIST}|{_SECTION}"
    rf"|[Pp]arts?\s+{_PART})\s+(?:of|in)\s+\Z"
)


def pinpoint_before(text: str, start: int) -> str | None:
    window_start = max(0, start - 160)
    if _LINK.search(text, window_start, start) is None:
        return None
    pattern = BEFORE if _STARTS_WITH_KEYWORD.match(text, start) else BEFORE_BARE
    m = pattern.search(text, window_start, start)
    if not m:
        return None
    pins = [normalise(m.group("pin"))]
    at = m.start()
    for _ in range(2):
        inner = _INNER.search(text, max(0, at - 80), at)
        if not inner:
            break
        pins.append(normalise(inner.group("pin")))
        at = inner.start()
    return ", ".join(pins)


# 'para.' is written out ('paragraph 4'); 'sect.' and 'chap.' stay as printed
# ('chap. I, sect. C'). The keywords are lower-cased so that "Annex" at the start of a
# footnote and "annex" mid-sentence give one pinpoint; numerals and letters stay as printed.
_PARA = re.compile(r"\b[Pp]ara(s?)\.\s*")
_KEYWORD = re.compile(r"\b(?:Operative|Paragraphs?|Subparagraphs?|Annex(?:es)?|Sections?|Chapters?|"
                      r"Appendix|Appendices|Tables?|Parts?|Page)\b")
# The French and Spanish words are written in English, as the labels give them.
_TRANSLATED = re.compile(r"\b(?:[Pp]aragraphe(s?)|[Pp]árrafo(s?)|[Aa]nnexe|[Aa]nexo)\b")


def normalise(pin: str) -> str:
    pin = _PARA.sub(lambda m: f"paragraph{m.group(1)} ", " ".join(pin.split()))
    pin = _TRANSLATED.sub(
        lambda m: "annex" if m.group(0).lower().startswith("an")
        else f"paragraph{m.group(1) or m.group(2) or ''}", pin)
    return _KEYWORD.sub(lambda m: m.group(0).lower(), pin)
