"""Page furniture: what is printed on pages but is not the document's text.

Two kinds are recognised, both only in the top and bottom bands of a page:
- lines that repeat on several pages (running headers and footers), compared by their words
  with digits masked, so that "6/13" and "7/13", or a header whose symbol sits left on even
  pages and right on odd pages, still match;
- lines made only of furniture tokens: page counters ("5/13", "Page 5 of 20", "5 of 54", a
  bare number), print-job numbers ("24-24354 (E)"), barcode text ("*2424354*"), and the
  recycling and QR-code notes of UN documents.
A running header printed only once (on page 2 of a two-page document) does not repeat, but it
carries the document symbol that the top of another page prints too ("United Nations
A/RES/78/255" / "A/RES/78/255<tab>Unforeseen and …"): a top-band line of a later page that
holds such a symbol is furniture, and so are the header lines set with it in its style.
"""

from __future__ import annotations

import re
from collections import defaultdict

from soilkit.model import Line

TOP_BAND = 0.12
BOTTOM_BAND = 0.11

_TOKEN = re.compile(
    r"""^(?:
        \d{1,4}/\d{1,4}                 # page counter 5/13
      | \d{2}-\d{5}(?:\s?\([A-Z]\))?    # print-job number 24-24354 (E)
      | \([A-Z]\)
      | \*\d{5,}\*                      # barcode text
      | \d{1,8}                         # bare page number, print date stamp
      | page|of|p\.|–|-|—|\|
    )$""",
    re.I | re.X,
)
_NOTES = re.compile(
    r"please\s+recycle|quick\s+response\s+code|scan\s+the\s+qr|"
    r"^verdate\b|\bjkt\s+\d+|\bfrm\s+\d+|\bfmt\s+\d+|\bsfmt\s+\d+",
    re.I,
)

_DIGITS = re.compile(r"\d+")
_SYMBOL = re.compile(r"(?<![\w/])[A-Z]{1,8}(?:/[A-Z0-9][A-Za-z0-9.\-]*){2,}")


def _masked(line: Line) -> tuple:
    """What repeats in a running header: its words (digits masked, any order) in one style."""
    words = _DIGITS.sub("#", line.text).split()
    return frozenset(words), round(line.size * 2) / 2, line.bold, line.italic


def is_furniture_text(text: str) -> bool:
    """Page counters, job numbers, barcodes and printing notes, on their own."""
    stripped = text.strip()
    if not stripped:
        return False
    if _NOTES.search(stripped):
        return True
    tokens = stripped.split()
    return all(_TOKEN.match(t) for t in tokens)


def _in_band(line: Line) -> str | None:
    if not line.page_height:
        return None
    if line.top < TOP_BAND * line.page_height:
        return "top"
    if line.bottom > (1 - BOTTOM_BAND) * line.page_height:
        return "bottom"
    return None


def split_furniture(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """(body lines, furniture lines), both in their original order."""
    if not any(ln.page_height for ln in lines):
        kept = [ln for ln in lines if not (ln.text.strip() and _NOTES.search(ln.text))]
        return kept, [ln for ln in lines if ln not in kept]
    by_page: dict[int, list[Line]] = defaultdict(list)
    for ln in lines:
        by_page[ln.page].append(ln)
    # candidate lines: the first three and the last three of each page, inside the bands
    candidates: dict[int, str] = {}
    for page_lines in by_page.values():
        ordered = sorted(page_lines, key=lambda ln: ln.top)
        low = ordered[-3].top - 1 if len(ordered) >= 3 else float("-inf")
        tail = [ln for ln in ordered if ln.top >= low]
        for ln in ordered[:4] + tail:
            band = _in_band(ln)
            if band and not _starts_with_marker(ln):
                candidates[id(ln)] = band
    seen: dict[tuple, set[int]] = defaultdict(set)
    for ln in lines:
        band = candidates.get(id(ln))
        if band:
            seen[(band, _masked(ln))].add(ln.page)
    pages = len(by_page)
    furniture_ids = set()
    for ln in lines:
        band = candidates.get(id(ln))
        if not band:
            if _in_band(ln) and is_furniture_text(ln.text):
                furniture_ids.add(id(ln))
            continue
        repeats = len(seen[(band, _masked(ln))])
        if is_furniture_text(ln.text) or (pages >= 2 and repeats >= 2 and len(ln.text) > 1):
            furniture_ids.add(id(ln))
    furniture_ids |= _symbol_headers(lines, candidates)
    # pieces of a footer row split by the column finder share the footer's baseline
    rows = {(ln.page, round(ln.top)) for ln in lines if id(ln) in furniture_ids and
            _in_band(ln) == "bottom"}
    for ln in lines:
        if _in_band(ln) == "bottom" and (ln.page, round(ln.top)) in rows:
            furniture_ids.add(id(ln))
    body = [ln for ln in lines if id(ln) not in furniture_ids]
    furniture = [ln for ln in lines if id(ln) in furniture_ids]
    return body, furniture


def _starts_with_marker(line: Line) -> bool:
    return bool(line.spans) and line.spans[0].superscript


def _symbol_headers(lines: list[Line], candidates: dict[int, str]) -> set[int]:
    """Top-band lines of later pages that hold a document symbol printed at the top of
    another page too, with the lines of the same header block (same style, adjacent)."""
    top = [ln for ln in lines if candidates.get(id(ln)) == "top"]
    pages_of: dict[str, set[int]] = defaultdict(set)
    for ln in top:
        for sym in _SYMBOL.findall(ln.text):
            pages_of[sym.rstrip(".")].add(ln.page)
    first_page = min((ln.page for ln in lines), default=0)
    out: set[int] = set()
    for ln in top:
        if ln.page == first_page:
            continue
        if any(len(pages_of[sym.rstrip(".")]) >= 2 for sym in _SYMBOL.findall(ln.text)):
            out.add(id(ln))
    if not out:
        return out
    by_page: dict[int, list[Line]] = defaultdict(list)
    for ln in top:
        by_page[ln.page].append(ln)
    for page_lines in by_page.values():
        ordered = sorted(page_lines, key=lambda ln: ln.top)
        changed = True
        while changed:
            changed = False
            for a, b in zip(ordered, ordered[1:], strict=False):
                if (id(a) in out) == (id(b) in out):
                    continue
                same_style = abs(a.size - b.size) < 0.3 and a.bold == b.bold
                if same_style and 0 < b.top - a.top <= 1.5 * max(a.size, b.size):
                    out.update({id(a), id(b)})
                    changed = True
    return out
