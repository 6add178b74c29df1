"""Characters → `Line`s, independent of the PDF engine that produced the characters.

An engine hands over one page as character records (`text, x0, x1, top, bottom, size,
fontname, upright`; points, origin top-left, pdfplumber's convention). Everything that decides
what a line is happens here, so that every engine gives the same structure:

1. glyphs are chained into *runs* in content-stream order (one baseline, no large gap);
2. the page's *columns* are found from the gutters no run crosses (the Federal Register sets
   three, IPBES reports sometimes two); runs that cross a gutter (mastheads, full-width tables)
   form bands between the columns;
3. runs of one column are gathered into rows by vertical overlap: a superscript marker, raised
   and smaller, falls inside the row of the text it is glued to;
4. each row becomes a `Line` with spans; a span is superscript when it is smaller than the
   line's dominant size AND sits on a raised baseline ("2006¹", printed glued, is told apart
   from "20061" this way; a subscript "CO₂" is smaller but lowered, so it stays text).

Spaces come from geometry, not from space characters: some producers draw no space glyph
(small capitals in the Federal Register), others draw a space that overlaps the next glyph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from soilkit.model import Line, Span

# Ligature glyphs some fonts map to one code point: expanded so that words match.
LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}
# Symbol-font bullets that arrive as private-use code points (Word's Symbol/Wingdings).
_PUA_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "❖", "\uf0d8": "➢", "\uf0fc": "✓",
                "\uf02d": "-", "\uf0a8": "•"}

_BOLD = re.compile(r"bold|black|heavy|semibold|demi|[-,]bd?$|\bbd\b", re.I)
_ITALIC = re.compile(r"italic|oblique|[-,]it$|[-,]i$|kursiv", re.I)
_SUBSET = re.compile(r"^[A-Z]{6}\+")

# Gap (in ems of the larger neighbour) above which two glyphs are separate words, and above
# which they are not the same run at all (a tab stop, a table cell, a column gutter).
_WORD_GAP = 0.14
_RUN_GAP = 1.0


@dataclass(slots=True)
class Glyph:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool


@dataclass(slots=True)
class Run:
    glyphs: list[Glyph] = field(default_factory=list)
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    column: int = 0

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


_font_cache: dict[str, tuple[bool, bool]] = {}


def font_style(fontname: str) -> tuple[bool, bool]:
    """(bold, italic) from a PDF font name such as `ABCDEF+TimesNewRomanPS-BoldItalicMT`."""
    style = _font_cache.get(fontname)
    if style is None:
        name = _SUBSET.sub("", fontname or "")
        style = (bool(_BOLD.search(name)), bool(_ITALIC.search(name)))
        _font_cache[fontname] = style
    return style


def chars_to_lines(chars: list[dict], page_number: int, width: float, height: float) -> list[Line]:
    """One page's characters → its `Line`s in reading order."""
    glyphs = _glyphs(chars, width, height)
    if not glyphs:
        return []
    if _is_vertical(glyphs):
        return _vertical_lines(glyphs, page_number, width, height)
    runs = _runs(glyphs)
    gutters = _gutters(runs, width)
    lines: list[Line] = []
    for column, band_runs in _reading_order(runs, gutters):
        for row in _rows(band_runs):
            line = _make_line(row, page_number, width, height)
            if line is not None:
                line.column = column
                lines.append(line)
    return lines


# ---------------------------------------------------------------- glyphs and runs


def _glyphs(chars: list[dict], width: float, height: float) -> list[Glyph]:
    out: list[Glyph] = []
    append = out.append
    styles = _font_cache
    for c in chars:
        text = c["text"]
        if not text or text.isspace() or not c["upright"]:
            # rotated margin notes are not body text; spaces come from geometry alone, so that
            # engines that draw or omit space glyphs differently give the same lines
            continue
        x0 = c["x0"]
        top = c["top"]
        if x0 > width or top > height or c["x1"] < 0 or c["bottom"] < 0:
            continue  # drawn outside the page: invisible
        size = c["size"] or (c["bottom"] - top)
        if size <= 0.5:
            continue  # a job slug set in a near-zero size is not printed text
        if text in LIGATURES:
            text = LIGATURES[text]
        elif text in _PUA_BULLETS:
            text = _PUA_BULLETS[text]
        fontname = c["fontname"]
        style = styles.get(fontname) or font_style(fontname)
        append(Glyph(text, x0, c["x1"], top, c["bottom"], size, style[0], style[1]))
    return out


def _runs(glyphs: list[Glyph]) -> list[Run]:
    """Chain glyphs in stream order while they stay on one line and close together."""
    runs: list[Run] = []
    cur: Run | None = None
    prev: Glyph | None = None
    for g in glyphs:
        if prev is not None and cur is not None:
            em = max(g.size, prev.size)
            small = min(g.size, prev.size)
            same_line = (g.top < cur.bottom - 0.25 * small and g.bottom > cur.top + 0.25 * small)
            gap = g.x0 - prev.x1
            if same_line and -0.3 * em < gap < _RUN_GAP * em:
                cur.glyphs.append(g)
                if g.x1 > cur.x1:
                    cur.x1 = g.x1
                if g.size >= cur.size * 0.9:
                    if g.top < cur.top:
                        cur.top = g.top
                    if g.bottom > cur.bottom:
                        cur.bottom = g.bottom
                if g.size > cur.size:
                    cur.size = g.size
                prev = g
                continue
        cur = Run([g], g.x0, g.x1, g.top, g.bottom, g.size)
        runs.append(cur)
        prev = g
    return runs


# ---------------------------------------------------------------- columns


def _gutters(runs: list[Run], width: float) -> list[float]:
    """x positions of column gutters: vertical strips in the middle of the page that (almost)
    no run crosses, with a substantial block of text on each side."""
    text_runs = [r for r in runs if len(r.glyphs) >= 4]
    if len(text_runs) < 8:
        return []
    step = 2.0
    bins = int(width / step) + 2
    cover = [0] * bins
    for r in text_runs:
        for b in range(max(0, int(r.x0 / step) + 1), min(bins, int(r.x1 / step))):
            cover[b] += 1
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
    cuts = sorted((min(r.top for r in row), max(r.bottom for r in row), row) for row in span_rows)
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


def _make_line(row: list[Run], page: int, width: float, height: float) -> Line | None:
    glyphs = [g for r in row for g in r.glyphs]
    if not glyphs:
        return None
    counts: dict[float, int] = {}
    for g in glyphs:
        counts[g.size] = counts.get(g.size, 0) + len(g.text)
    body = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    bases = sorted(g.bottom - 0.22 * g.size for g in glyphs if abs(g.size - body) < 0.6)
    baseline = bases[len(bases) // 2] if bases else glyphs[0].bottom
    sup_size = 0.86 * body
    raised = baseline - 0.15 * body
    # gaps between glyphs, and this line's usual word gap: justified lines stretch word gaps
    # evenly, so a tab stop or a table cell boundary is a gap much wider than the usual one
    gaps = [0.0]
    word_gaps = []
    prev = glyphs[0]
    for g in glyphs[1:]:
        gap = g.x0 - prev.x1
        gaps.append(gap)
        if gap > _WORD_GAP * (g.size if g.size > prev.size else prev.size):
            word_gaps.append(gap)
        prev = g
    word_gaps.sort()
    usual = word_gaps[len(word_gaps) // 2] if word_gaps else 0.0
    spans: list[Span] = []
    parts: list[str] = []
    span_parts: list[str] = []
    prev = None
    cur = None  # style of the open span: (size, bold, italic, superscript)
    plain_chars = bold_chars = italic_chars = 0
    for g, gap in zip(glyphs, gaps, strict=True):
        sup = g.size <= sup_size and g.bottom - 0.22 * g.size < raised
        if prev is not None:
            em = body if sup else (g.size if g.size > prev.size else prev.size)
            if gap > _WORD_GAP * em and span_parts and span_parts[-1] not in (" ", "\t"):
                sep = "\t" if gap > _RUN_GAP * em and gap > 2.5 * usual else " "
                span_parts.append(sep)
                parts.append(sep)
        style = (g.size, g.bold, g.italic, sup)
        if style != cur:
            if span_parts:
                spans[-1].text = "".join(span_parts)
            spans.append(Span(text="", size=round(g.size, 2), bold=g.bold, italic=g.italic,
                              superscript=sup))
            span_parts = []
            cur = style
        span_parts.append(g.text)
        parts.append(g.text)
        if g.size > sup_size:
            n = len(g.text)
            plain_chars += n
            if g.bold:
                bold_chars += n
            if g.italic:
                italic_chars += n
        prev = g
    if span_parts:
        spans[-1].text = "".join(span_parts)
    plain_chars = plain_chars or 1
    body_runs = [r for r in row if r.size >= sup_size] or row
    return Line(
        text="".join(parts), page=page, spans=spans,
        x0=round(min(g.x0 for g in glyphs), 2), x1=round(max(g.x1 for g in glyphs), 2),
        top=round(min(r.top for r in body_runs), 2),
        bottom=round(max(r.bottom for r in body_runs), 2),
        size=round(body, 1), bold=bold_chars / plain_chars > 0.9,
        italic=italic_chars / plain_chars > 0.9, page_width=round(width, 2),
        page_height=round(height, 2),
    )


# ---------------------------------------------------------------- vertical writing


def _is_vertical(glyphs: list[Glyph]) -> bool:
    """Vertical (tategaki) pages: most consecutive glyphs stack downwards at the same x."""
    if len(glyphs) < 20:
        return False
    stacked = 0
    for a, b in zip(glyphs, glyphs[1:], strict=False):
        if abs(a.x0 - b.x0) < 0.3 * a.size and 0 < b.top - a.top < 1.6 * a.size:
            stacked += 1
    return stacked > 0.6 * len(glyphs)


def _vertical_lines(glyphs: list[Glyph], page: int, width: float, height: float) -> list[Line]:
    cols: list[list[Glyph]] = []
    for g in glyphs:
        if cols:
            last = cols[-1][-1]
            step = g.top - last.top
            if abs(g.x0 - last.x0) < 0.5 * last.size and -0.2 * g.size < step < 2 * g.size:
                cols[-1].append(g)
                continue
        cols.append([g])
    lines = []
    for col in cols:
        text = "".join(g.text for g in col)
        size = max(g.size for g in col)
        lines.append(Line(
            text=text, page=page, spans=[Span(text=text, size=round(size, 2))],
            x0=round(min(g.x0 for g in col), 2), x1=round(max(g.x1 for g in col), 2),
            top=round(col[0].top, 2), bottom=round(col[-1].bottom, 2), size=round(size, 1),
            bold=all(g.bold for g in col), italic=all(g.italic for g in col),
            page_width=round(width, 2), page_height=round(height, 2),
        ))
    return lines
