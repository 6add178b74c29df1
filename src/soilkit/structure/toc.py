"""The table of contents: recognised so that its entries never become paragraphs.

It opens with a heading such as "Contents" or "TABLE OF CONTENTS" and runs while lines look
like entries: dot leaders, or a page number or paragraph range at the end.
"""

from __future__ import annotations

import re

from soilkit.model import Line

_TOC_HEADING = re.compile(
    r"^\s*(?:table\s+of\s+contents|contents|sommaire|table\s+des\s+mati[eè]res|[íi]ndice|"
    r"contenido|содержание|目录|目次)\s*$",
    re.I,
)
_LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}|_{4,}")
_ENTRY_END = re.compile(r"(?:\t|\s{2,}|\s)(?:\d+(?:\s?[–\-]\s?\d+)?|[ivxlc]+)\s*$", re.I)
_COLUMN_HEAD = re.compile(r"^\s*(?:paragraphs?|pages?|page|paras?\.?)\s*$", re.I)


def is_toc_heading(text: str) -> bool:
    return bool(_TOC_HEADING.match(text))


def is_entry(text: str) -> bool:
    return bool(_LEADER.search(text) or _ENTRY_END.search(text) or _COLUMN_HEAD.match(text))


def toc_lines(lines: list[Line]) -> set[int]:
    """Indices of the lines that are table-of-contents entries (the heading itself is kept)."""
    out: set[int] = set()
    i = 0
    n = len(lines)
    while i < n:
        if not is_toc_heading(lines[i].text):
            i += 1
            continue
        j = i + 1
        misses = 0
        last_entry = i
        while j < n and misses <= 2:
            ln = lines[j]
            text = ln.text.strip()
            if ln.block in ("blank", "rule") or not text:
                j += 1
                continue
            if is_entry(text):
                last_entry = j
                misses = 0
            else:
                misses += 1
            j += 1
        # entries wrapped over two lines: the unended line before an entry belongs to it
        for k in range(i + 1, last_entry + 1):
            if lines[k].block not in ("blank", "rule"):
                out.add(k)
        i = last_entry + 1
    return out
