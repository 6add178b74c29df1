"""Characters → `Line`s, independent of the PDF engine that produced the characters.

An engine hands over one page as character records: tuples of `CHAR_FIELDS` (`text, x0, x1,
top, bottom, size, fontname, upright`; points, origin top-left, pdfplumber's convention), or
pdfplumber's own character dicts through `chars_to_lines`. Everything that decides what a line
is happens here, so that every engine gives the same structure:

1. glyphs are chained into *runs* in content-stream order (one baseline, no large gap);
2. the page's *columns* are found from the gutters no run crosses (the Federal Register sets
   three, IPBES reports sometimes two); runs that cross a gutter (mastheads, full-width tables)
   form bands between the columns;
3. runs of one column are gathered into rows by vertical overlap: a superscript marker, raised
   and smaller, falls inside the row of the text it is glued to;
4. each row becomes a `Line` with spans (none when the whole line is in one style and none of
   it raised); a span is superscript when it is smaller than the line's dominant size AND
   sits on a raised baseline ("2006¹", printed glued, is told apart from "20061" this way; a
   subscript "CO₂" is smaller but lowered, so it stays text).

Spaces come from geometry, not from space characters: some producers draw no space glyph
(small capitals in the Federal Register), others draw a space that overlaps the next glyph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, count, islice, pairwise
from operator import itemgetter, lt

from soilkit.model import Line, Span

# What an engine hands over for each character, in this order.
CHAR_FIELDS = ("text", "x0", "x1", "top", "bottom", "size", "fontname", "upright")
CharRecord = tuple[str, float, float, float, float, float, str, bool]
_as_record = itemgetter(*CHAR_FIELDS)

# Ligature glyphs some fonts map to one code point: expanded so that words match.
LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}
# Symbol-font bullets that arrive as private-use code points (Word's Symbol/Wingdings).
_PUA_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "❖", "\uf0d8": "➢", "\uf0fc": "✓",
                "\uf02d": "-", "\uf0a8": "•"}
_REPLACEMENTS = {**LIGATURES, **_PUA_BULLETS}

_BOLD = re.compile(r"bold|black|heavy|semibold|demi|[-,]bd?$|\bbd\b", re.I)
_ITALIC = re.compile(r"italic|oblique|[-,]it$|[-,]i$|kursiv", re.I)
_SUBSET = re.compile(r"^[A-Z]{6}\+")

# Gap (in ems of the larger neighbour) above which two glyphs are separate words, and above
# which they are not the same run at all (a tab stop, a table cell, a column gutter).
_WORD_GAP = 0.14
_RUN_GAP = 1.0


# A printed glyph is its engine's record, text and size made good (ligatures expanded, a
# missing size taken from the box): pages hold thousands, so no object is built per glyph.
Glyph = CharRecord
_TEXT, _X0, _X1, _TOP, _BOTTOM, _SIZE, _FONT = range(7)


@dataclass(slots=True)
class Run:
    glyphs: list[Glyph] = field(default_factory=list)
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    column: int = 0
    # Taken while chaining, for lines whose runs are each in one style (most lines): they are
    # made run by run instead of glyph by glyph.
    text: str = ""  # the glyphs' text, with the spaces between words
    chars: int = 0  # characters of the glyphs (the spaces between words left out)
    style: tuple[bool, bool] | None = None  # (bold, italic) of every glyph, all of one size;
    # None when they differ

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


# One object per style, so that runs compare styles by identity.
_STYLES = {(bold, italic): (bold, italic) for bold in (False, True) for italic in (False, True)}
_font_cache: dict[str, tuple[bool, bool]] = {}
_NO_FONT = object()


def font_style(fontname: str) -> tuple[bool, bool]:
    """(bold, italic) from a PDF font name such as `ABCDEF+TimesNewRomanPS-BoldItalicMT`."""
    style = _font_cache.get(fontname)
    if style is None:
        name = _SUBSET.sub("", fontname or "")
        style = _STYLES[(bool(_BOLD.search(name)), bool(_ITALIC.search(name)))]
        _font_cache[fontname] = style
    return style


def chars_to_lines(chars: list[dict], page_number: int, width: float, height: float
                   ) -> list[Line]:
    """One page's characters, as pdfplumber's dicts, → its `Line`s in reading order."""
    return records_to_lines(map(_as_record, chars), page_number, width, height)


def records_to_lines(records: Iterable[CharRecord], page_number: int, width: float,
                     height: float) -> list[Line]:
    """One page's character records (`CHAR_FIELDS` tuples) → its `Line`s in reading order."""
    runs = _runs(records, width, height)
    if not runs:
        return []
    page = (page_number, _shared(round(width, 2)), _shared(round(height, 2)))
    if _is_vertical(runs):
        glyphs = [g for r in runs for g in r.glyphs]
        return _vertical_lines(glyphs, page)
    gutters = _gutters(runs, width)
    lines: list[Line] = []
    for column, band_runs in _reading_order(runs, gutters):
        for row in _rows(band_runs):
            line = _make_line(row, page)
            if line is not None:
                line.column = column
                lines.append(line)
    return lines


# ---------------------------------------------------------------- glyphs and runs


def _runs(records: Iterable[CharRecord], width: float, height: float) -> list[Run]:
    """The page's printed glyphs, chained in stream order into runs while they stay on one line
    and close together.

    One pass over the records (a page holds thousands), so the open run's bounds live in
    locals while it grows and are written back when it closes."""
    runs: list[Run] = []
    styles = _font_cache
    replace = _REPLACEMENTS.get
    # the open run: its glyphs, text, bounds, style, and the glyph before (set when opened)
    cur: Run | None = None
    add_glyph = add_part = None  # the open run's glyphs.append and parts.append
    parts: list[str] = []
    seps = 0
    r_x1 = r_top = r_bottom = r_size = p_size = p_x1 = 0.0
    r_style: tuple[bool, bool] | None = None
    style = None
    # the font of the glyph before (most glyphs share it, and so its style); no font name is
    # this object, not even None
    p_font: object = _NO_FONT
    word_gap, run_gap = _WORD_GAP, _RUN_GAP
    for g in records:
        text, x0, x1, top, bottom, size, fontname, upright = g
        if not upright or not text or text.isspace():
            # rotated margin notes are not body text; spaces come from geometry alone, so that
            # engines that draw or omit space glyphs differently give the same lines
            continue
        if x0 > width or top > height or x1 < 0 or bottom < 0:
            continue  # drawn outside the page: invisible
        if not size:
            size = bottom - top
            g = (text, x0, x1, top, bottom, size, fontname, upright)
        if size <= 0.5:
            continue  # a job slug set in a near-zero size is not printed text
        if text in _REPLACEMENTS:
            text = replace(text)
            g = (text, x0, x1, top, bottom, size, fontname, upright)
        if fontname is not p_font:
            style = styles.get(fontname) or font_style(fontname)
            p_font = fontname
        if cur is not None:
            em = p_size if p_size > size else size  # max(), min() without a call per glyph
            small = p_size if p_size < size else size
            gap = x0 - p_x1
            if (top < r_bottom - 0.25 * small and bottom > r_top + 0.25 * small
                    and -0.3 * em < gap < run_gap * em):
                add_glyph(g)
                if gap > word_gap * em:
                    add_part(" ")
                    seps += 1
                add_part(text)
                if x1 > r_x1:
                    r_x1 = x1
                if size >= r_size * 0.9:
                    if top < r_top:
                        r_top = top
                    if bottom > r_bottom:
                        r_bottom = bottom
                if size > r_size:
                    r_size = size
                if style is not r_style or size != p_size:
                    r_style = None
                p_size, p_x1 = size, x1
                continue
            _close_run(cur, r_x1, r_top, r_bottom, r_size, parts, seps, r_style)
        cur = Run([g])
        runs.append(cur)
        parts, seps = [text], 0
        add_glyph, add_part = cur.glyphs.append, parts.append
        r_x1, r_top, r_bottom, r_size, r_style = x1, top, bottom, size, style
        p_size, p_x1 = size, x1
    if cur is not None:
        _close_run(cur, r_x1, r_top, r_bottom, r_size, parts, seps, r_style)
    return runs


def _close_run(run: Run, x1: float, top: float, bottom: float, size: float, parts: list[str],
               seps: int, style: tuple[bool, bool] | None) -> None:
    run.x0, run.x1, run.top, run.bottom, run.size = run.glyphs[0][_X0], x1, top, bottom, size
    run.text = "".join(parts)
    run.chars = len(run.text) - seps
    run.style = style


# ---------------------------------------------------------------- columns


def _gutters(runs: list[Run], width: float) -> list[float]:
    """x positions of column gutters: vertical strips in the middle of the page that (almost)
    no run crosses, with a substantial block of text on each side."""
    text_runs = [r for r in runs if len(r.glyphs) >= 4]
    if len(text_runs) < 8:
        return []
    step = 2.0
    bins = int(width / step) + 2
    # how many runs cover each bin: +1 where a run starts, -1 after it ends, summed up
    steps = [0] * (bins + 1)
    for r in text_runs:
        start, end = max(0, int(r.x0 / step) + 1), min(bins, int(r.x1 / step))
        if start < end:
            steps[start] += 1
            steps[end] -= 1
    cover = list(accumulate(steps))
    limit = max(1, len(text_runs) // 12)
    lo_bin, hi_bin = int(0.18 * width / step), int(0.82 * width / step)
    gutters: list[float] = []
    b = lo_bin
    while b < hi_bin:
        if cover[b] <= limit:
            start = b
            while b < hi_bin and cover[b] <= limit:
                b += 1
            lo, hi = start * step, b * step
            if hi - lo >= 4:
                x = (lo + hi) / 2
                left = sum(1 for r in text_runs if r.x1 <= x and r.x1 > x - 0.4 * width)
                right = sum(1 for r in text_runs if r.x0 >= x and r.x0 < x + 0.4 * width)
                # each side must hold many lines, and lines aligned on the gutter's right edge
                aligned = sum(1 for r in text_runs if hi - 2 <= r.x0 <= hi + 12)
                if (left >= 0.15 * len(text_runs) and right >= 0.15 * len(text_runs)
                        and aligned >= 4):
                    gutters.append(x)
        b += 1
    return gutters


def _reading_order(runs: list[Run], gutters: list[float]) -> list[tuple[int, list[Run]]]:
    """Group runs into reading blocks: per band between full-width runs, column by column."""
    if not gutters:
        return [(0, runs)]
    edges = [float("-inf"), *gutters, float("inf")]
    spanning: list[Run] = []
    for r in runs:
        r.column = -1
        for i in range(len(edges) - 1):
            if r.x0 >= edges[i] - 1 and r.x1 <= edges[i + 1] + 1:
                r.column = i
                break
        if r.column < 0:
            spanning.append(r)
    # full-width rows split the page into bands; each band is read column by column
    span_rows = _rows(spanning)
    cuts = sorted(((min(r.top for r in row), max(r.bottom for r in row), row)
                   for row in span_rows), key=lambda cut: cut[:2])
    blocks: list[tuple[int, list[Run]]] = []
    in_columns = [r for r in runs if r.column >= 0]
    lower = float("-inf")
    for top, _bottom, row in [*cuts, (float("inf"), float("inf"), [])]:
        band = [r for r in in_columns if lower <= r.middle < top]
        for col in range(len(edges) - 1):
            col_runs = [r for r in band if r.column == col]
            if col_runs:
                blocks.append((col, col_runs))
        if row:
            blocks.append((0, row))
        lower = top
    return blocks


# ---------------------------------------------------------------- rows → lines


def _rows(runs: list[Run]) -> list[list[Run]]:
    """Runs that share a line (vertical overlap with the line's body text), top to bottom."""
    ordered = sorted(runs, key=lambda r: (r.top, r.x0))
    rows: list[list[Run]] = []
    bounds: list[list[float]] = []  # per row: top, bottom, size
    for r in ordered:
        placed = False
        for i in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            top, bottom, size = bounds[i]
            m = r.middle
            if (top <= m <= bottom and r.size <= size * 1.25) or (
                    r.top <= (top + bottom) / 2 <= r.bottom and r.size >= size * 0.8):
                rows[i].append(r)
                if r.size > size:
                    bounds[i] = [min(top, r.top), max(bottom, r.bottom), r.size]
                placed = True
                break
        if not placed:
            rows.append([r])
            bounds.append([r.top, r.bottom, r.size])
    for row in rows:
        row.sort(key=lambda r: r.x0)
    rows.sort(key=lambda row: min(r.top for r in row if r.size >= 0.8 * max(x.size for x in row)))
    return rows


# Sizes, page dimensions and (rounded to 0.01 pt) line edges repeat from line to line and page
# to page: one float object for each value rather than one per line. A 520-page document has
# about 11,000 distinct values among its 96,000 line edges, so this saves 2 MB of its lines.
_SHARED: dict[float, float] = {}
_SHARED_MAX = 1 << 14  # (a process extracting many documents meets many values)


def _shared(value: float) -> float:
    if len(_SHARED) > _SHARED_MAX:
        _SHARED.clear()
    return _SHARED.setdefault(value, value)


def _make_line(row: list[Run], page: tuple[int, float, float]) -> Line | None:
    """One row of runs → its `Line`; `page` is (number, width, height)."""
    glyphs = row[0].glyphs if len(row) == 1 else [g for r in row for g in r.glyphs]
    if not glyphs:
        return None
    size = row[0].size
    if all(r.style is not None and r.size == size for r in row):
        # one size throughout, each run in one style: no superscript, spans end between runs
        body = size
        spans, counts = _spans_by_run(row, glyphs)
    else:
        body, raised = _body(glyphs)
        spans, counts = _spans_by_glyph(glyphs, body, raised)
    plain_chars, bold_chars, italic_chars = counts
    plain_chars = plain_chars or 1
    sup_size = 0.86 * body
    body_runs = [r for r in row if r.size >= sup_size] or row
    bold, italic = bold_chars / plain_chars > 0.9, italic_chars / plain_chars > 0.9
    text = "".join(s.text for s in spans)
    if len(spans) == 1 and not spans[0].superscript and \
            spans[0].bold == bold and spans[0].italic == italic:
        # A line in one style, none of it raised, holds no span (as a text line): its text
        # and style are the line's own. Three lines in four are such lines, and a long
        # document's lines are what the structure step holds: a quarter of their memory.
        spans = ()
    return Line(
        text=text, page=page[0], spans=tuple(spans),
        x0=_shared(round(min(map(_x0, glyphs)), 2)), x1=_shared(round(max(r.x1 for r in row), 2)),
        top=_shared(round(min(r.top for r in body_runs), 2)),
        bottom=_shared(round(max(r.bottom for r in body_runs), 2)),
        size=_shared(round(body, 1)), bold=bold, italic=italic,
        page_width=page[1], page_height=page[2],
    )


_x0 = itemgetter(_X0)


def _separator(gap: float, em: float, glyphs: list[Glyph], usual: list[float]) -> str | None:
    """What a gap between two glyphs prints as: nothing, a space or (a gap much wider than this
    line's usual word gap: justified lines stretch word gaps evenly, so a tab stop or a table
    cell boundary stands out) a tab. `usual` caches the line's usual word gap."""
    if gap <= _WORD_GAP * em:
        return None
    if gap > _RUN_GAP * em:
        if not usual:
            usual.append(_usual_word_gap(glyphs))
        if gap > 2.5 * usual[0]:
            return "\t"
    return " "


def _spans_by_run(row: list[Run], glyphs: list[Glyph]
                  ) -> tuple[list[Span], tuple[int, int, int]]:
    """Spans and (all, bold, italic) character counts of a line whose runs are each in one
    style and all of one size: the runs' own texts, joined."""
    size = row[0].size
    span_size = _shared(round(size, 2))
    spans: list[Span] = []
    parts: list[str] = []  # the open span's text
    chars = 0  # the open span's characters
    style = None  # the open span's (bold, italic)
    plain_chars = bold_chars = italic_chars = 0
    usual: list[float] = []
    prev = None
    for r in row:
        if prev is not None:
            sep = _separator(r.glyphs[0][_X0] - prev.glyphs[-1][_X1], size, glyphs, usual)
            if sep is not None:
                parts.append(sep)
        if r.style is not style:
            if parts:
                spans.append(Span("".join(parts), span_size, style[0], style[1], False))
                plain_chars += chars
                bold_chars += chars if style[0] else 0
                italic_chars += chars if style[1] else 0
                parts, chars = [], 0
            style = r.style
        parts.append(r.text)
        chars += r.chars
        prev = r
    spans.append(Span("".join(parts), span_size, style[0], style[1], False))
    plain_chars += chars
    bold_chars += chars if style[0] else 0
    italic_chars += chars if style[1] else 0
    return spans, (plain_chars, bold_chars, italic_chars)


def _spans_by_glyph(glyphs: list[Glyph], body: float, raised: float
                    ) -> tuple[list[Span], tuple[int, int, int]]:
    """Spans and (all, bold, italic) counts of the characters not superscript, glyph by
    glyph: a span is superscript when smaller than the body size and raised."""
    styles = _font_cache
    sup_size = 0.86 * body
    spans: list[Span] = []
    parts: list[str] = []  # the open span's text
    seps = 0  # word separators in the open span (they are not the span's characters)
    size = style = sup = None  # style of the open span
    plain_chars = bold_chars = italic_chars = 0
    usual: list[float] = []
    p_size = p_x1 = 0.0
    for i, (text, x0, x1, _top, bottom, gs, fontname, _upright) in enumerate(glyphs):
        g_sup = gs <= sup_size and bottom - 0.22 * gs < raised
        if i:
            em = body if g_sup else (gs if gs > p_size else p_size)
            sep = _separator(x0 - p_x1, em, glyphs, usual)
            if sep is not None:
                parts.append(sep)
                seps += 1
        g_style = styles[fontname]
        if gs != size or g_sup is not sup or g_style is not style:
            if parts:
                span_text = "".join(parts)
                spans.append(Span(span_text, _shared(round(size, 2)), style[0], style[1], sup))
                if size > sup_size:
                    n = len(span_text) - seps
                    plain_chars += n
                    bold_chars += n if style[0] else 0
                    italic_chars += n if style[1] else 0
                parts = []
                seps = 0
            size, style, sup = gs, g_style, g_sup
        parts.append(text)
        p_size, p_x1 = gs, x1
    span_text = "".join(parts)
    spans.append(Span(span_text, _shared(round(size, 2)), style[0], style[1], sup))
    if size > sup_size:
        n = len(span_text) - seps
        plain_chars += n
        bold_chars += n if style[0] else 0
        italic_chars += n if style[1] else 0
    return spans, (plain_chars, bold_chars, italic_chars)


def _body(glyphs: list[Glyph]) -> tuple[float, float]:
    """The line's body size (the one most characters are set in) and the height above which a
    smaller glyph is raised (a superscript)."""
    counts: dict[float, int] = {}
    for g in glyphs:
        counts[g[_SIZE]] = counts.get(g[_SIZE], 0) + len(g[_TEXT])
    body = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    bases = sorted(g[_BOTTOM] - 0.22 * g[_SIZE] for g in glyphs if abs(g[_SIZE] - body) < 0.6)
    baseline = bases[len(bases) // 2] if bases else glyphs[0][_BOTTOM]
    return body, baseline - 0.15 * body


def _usual_word_gap(glyphs: list[Glyph]) -> float:
    """The median gap between words of a line."""
    word_gaps = []
    for a, b in pairwise(glyphs):
        gap = b[_X0] - a[_X1]
        if gap > _WORD_GAP * (b[_SIZE] if b[_SIZE] > a[_SIZE] else a[_SIZE]):
            word_gaps.append(gap)
    word_gaps.sort()
    return word_gaps[len(word_gaps) // 2] if word_gaps else 0.0


# ---------------------------------------------------------------- vertical writing


def _is_vertical(runs: list[Run]) -> bool:
    """Vertical (tategaki) pages: most consecutive glyphs stack downwards at the same x."""
    glyphs = list(chain.from_iterable(r.glyphs for r in runs))
    if len(glyphs) < 20:
        return False
    # A pair stacks only if the second glyph's top is lower, which on a horizontal page is
    # rare (a new line, a subscript): those pairs are found without a Python step per glyph.
    tops = list(map(itemgetter(_TOP), glyphs))
    stacked = 0
    for i in compress(count(), map(lt, tops, islice(tops, 1, None))):
        a, b = glyphs[i], glyphs[i + 1]
        if abs(a[_X0] - b[_X0]) < 0.3 * a[_SIZE] and b[_TOP] - a[_TOP] < 1.6 * a[_SIZE]:
            stacked += 1
    return stacked > 0.6 * len(glyphs)


def _vertical_lines(glyphs: list[Glyph], page: tuple[int, float, float]) -> list[Line]:
    cols: list[list[Glyph]] = []
    for g in glyphs:
        if cols:
            last = cols[-1][-1]
            step = g[_TOP] - last[_TOP]
            if (abs(g[_X0] - last[_X0]) < 0.5 * last[_SIZE]
                    and -0.2 * g[_SIZE] < step < 2 * g[_SIZE]):
                cols[-1].append(g)
                continue
        cols.append([g])
    lines = []
    for col in cols:
        text = "".join(g[_TEXT] for g in col)
        size = max(g[_SIZE] for g in col)
        styles = [_font_cache[g[_FONT]] for g in col]
        lines.append(Line(
            text=text, page=page[0], spans=(Span(text=text, size=_shared(round(size, 2))),),
            x0=round(min(g[_X0] for g in col), 2), x1=round(max(g[_X1] for g in col), 2),
            top=round(col[0][_TOP], 2), bottom=round(col[-1][_BOTTOM], 2),
            size=_shared(round(size, 1)),
            bold=all(bold for bold, _ in styles), italic=all(italic for _, italic in styles),
            page_width=page[1], page_height=page[2],
        ))
    return lines
