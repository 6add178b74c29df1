"""The printed labels that number paragraphs and sections, and those that mark sub-items.

    1.  12 bis.  [12 ter.  35.[Option  17quater.[The  99 bis.Also  [37. ter   → paragraph labels
    8<tab>There shall …                                                       → label, no period
    3.1  23. 1  16 quarter.1                                                  → sub-paragraphs
    (a)  (iv)  a.  b bis.  i.                                                 → sub-items
    I. INTRODUCTION  2.1 IPBES and ILK  A. DRAFT AGREEMENT                    → section numbers
"""

from __future__ import annotations

import re

from soilkit.structure.textjoin import normalise_space

SUFFIXES = (
    "bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies|undecies|duodecies|"
    "terdecies|quaterdecies|quindecies|qauterdecies|quarter|quart|sexties|septies"
)
_PARA = re.compile(
    rf"^\[?(\d{{1,3}})(?:\s?\[?({SUFFIXES}))?(?:(\.)(?:\s?({SUFFIXES})\b)?|(?=\s))",
    re.I,
)
_SUB_AFTER = re.compile(r"^\s?\d")
_SUBITEM = re.compile(
    r"^\[?\s*(?:\((?:[a-z]|[ivx]{1,5}|[a-z]{1,2}\s?bis)\)|(?:new\s)?[a-z](?:\s?bis|\s?ter)?\.\s|"
    r"[ivx]{1,5}\.\s|•|▪|➢|-\s|–\s)",
    re.I,
)
_SECTION = re.compile(
    r"^(?:((?:[IVXLC]+|[A-Z])\.)|(\d{1,2}(?:\.\d{1,2})*\.?)|(\([a-z]\)))\s+(\S.*)$"
)


def paragraph_label(text: str) -> tuple[str, int] | None:
    """(label as printed without the dot, length consumed) when `text` opens with a paragraph
    number; None for sub-paragraph numbers such as "3.1" or "23. 1"."""
    m = _PARA.match(text)
    if not m:
        return None
    dot = m.group(3)
    rest = text[m.end():]
    if dot and _SUB_AFTER.match(rest) and not rest.startswith("\t"):
        return None  # "23. 1 …": the first sub-paragraph of a repeated number
    glued_suffix = bool(m.group(2)) and m.group(0).lstrip("[")[len(m.group(1))].isalpha()
    bare_space = not dot and bool(re.match(r" [A-Z“\[]", rest)) and m.group(2) is None
    if not dot and not rest.startswith("\t") and not glued_suffix and not bare_space:
        # without its period a label needs a tab stop, a glued suffix ("46bis") or, where
        # the sequence and the label column confirm it, a capital after it ("26 Condemns")
        return None
    if dot and re.match(r"[A-Za-z]{1,3}\.\d", rest):
        return None  # an indicator code such as "4.CT.1", not a label
    label = normalise_space(m.group(0).replace("[", "").replace(".", ""))
    return label, m.end()


def label_value(label: str) -> int | str:
    return int(label) if label.isdigit() else label


def is_subitem(text: str) -> bool:
    return bool(_SUBITEM.match(text))


def section_number(text: str) -> tuple[str | None, str]:
    """(number as printed, title) of a heading line."""
    m = _SECTION.match(text.strip())
    if not m:
        return None, text.strip()
    number = m.group(1) or m.group(2) or m.group(3)
    title = m.group(4).strip()
    if m.group(2) and len(title) < 2:
        return None, text.strip()
    return number, title
