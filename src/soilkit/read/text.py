"""Plain-text and Markdown renderings → `Line`s.

The renderings soilkit meets (the seed report is one) carry structure in light markup:
`#` headings, `<sup>n</sup>` footnote markers, a `---` rule opening a block of footnotes
(`<sup>n</sup> text`), and body text that resumes after the block. That markup becomes the
`heading`, `block` and `Span` facts the structure step reads; the markup itself never reaches
`Line.text`. Printed characters (bullets, dotted leaders, tabs of a contents table) do.

Blocks set here: "blank", "rule", "footnote", "list", "table" (one line per row, cells
separated by tabs, as the HTML reader gives them), "toc" (a contents entry: dotted leaders or
a tab before a paragraph or page range), "quote", "code".
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from soilkit.model import Line, Span
from soilkit.read.decode import decode_text

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*(?:\{#[^}]*\})?\s*$")
_SETEXT_1 = re.compile(r"^\s{0,3}=+\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_BULLET = re.compile(r"^(\s*)([-*+])\s+(?=\S)")  # Markdown list syntax: the marker is markup
_PRINTED_BULLET = re.compile(r"^\s*[•◦▪▫‣⁃●○■□–—·*+-]\s+\S")  # printed bullets stay in the text
_PRINTED_NOTE = re.compile(r"^\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s+\S")
_FOOTNOTE_DEF = re.compile(r"^\s{0,3}\[\^([^\]\s]+)\]:\s?")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_DELIMITER = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_URL_ONLY = re.compile(r"^\s*<?https?://\S+?>?[.,;]?\s*$")
# A contents entry: dotted leaders (or a tab) before a page or paragraph number or range.
_TOC_ENTRY = re.compile(
    r"(?:\.{3,}|…{2,}|(?:\.\s){3,}|\t)\s*\.*\s*"
    r"(?:\d+|[ivxlc]+)(?:\s*[-–—]\s*(?:\d+|[ivxlc]+))?\s*$",
    re.I,
)
_MARKDOWN_SIGNS = re.compile(
    r"^#{1,6}\s|<sup>|\[\^[^\]\s]+\]|^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$|\*\*\S|<https?://",
    re.I | re.M,
)
_FOOTNOTE_LABEL = re.compile(r"^(?:\d{1,4}[a-z]?|[a-z]|[*†‡§¶]+)$", re.I)

# Inline markup, tried left to right; at one position the first alternative listed wins, so
# URLs are taken whole before their underscores or asterisks could be read as emphasis.
_INLINE = re.compile(
    r"(?P<esc>\\[!-/:-@\[-`{-~])"
    r"|(?P<code>`+)(?P<codetext>.+?)(?P=code)"
    r"|<(?P<auto>(?:https?|ftp)://[^>\s]+)>"
    r"|(?P<url>(?:https?|ftp)://[^\s<>]+)"
    r"|\[\^(?P<fnref>[^\]\s]+)\]"
    r"|\[(?P<ltext>[^\]]*)\]\((?P<lurl>[^)\s]+)(?:\s+\"[^\"]*\")?\)"
    r"|(?P<tag></?(?P<tname>sup|sub|em|i|strong|b|u|span|a|small|font|mark|cite|code|br|abbr|q)"
    r"\b[^>]*?/?>)"
    r"|\^(?P<caret>[^\s^]{1,8})\^"
    r"|(?P<usup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
    r"|(?P<delim>\*+|_+)"
    r"|(?P<ent>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)",
    re.I,
)
_BRACKETED = re.compile(r"^[\[(]([^\])]+)[\])]$")
_ANY_MARKUP = re.compile(r"[\\`*_<\[^&⁰¹²³⁴⁵⁶⁷⁸⁹]|https?:|ftp:", re.I)
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


@dataclass
class _Delim:
    char: str
    length: int
    can_open: bool
    can_close: bool
    style: str | None = None  # "italic", "bold" or "both" once matched; None stays literal
    opens: bool = False


def parse_inline(raw: str, markdown: bool = True) -> list[Span]:
    """One line of (Markdown-flavoured) text → styled spans; the markup is dropped."""
    if not markdown:
        return merge_spans(_plain_with_unicode_superscripts(raw))
    if not _ANY_MARKUP.search(raw):
        return merge_spans([Span(raw)])  # most lines: nothing to interpret
    tokens: list[tuple[str, object]] = []  # ("text", str) | ("sup", str) | ("delim", _Delim)
    pos = 0
    for m in _INLINE.finditer(raw):
        if m.start() > pos:
            tokens.append(("text", raw[pos:m.start()]))
        pos = m.end()
        kind = m.lastgroup
        if kind == "esc":
            tokens.append(("text", m.group("esc")[1]))
        elif kind == "codetext":
            tokens.append(("text", m.group("codetext")))
        elif kind in ("auto", "url"):
            tokens.append(("text", m.group(kind)))
        elif kind in ("fnref", "caret"):
            tokens.append(("sup", m.group(kind)))
        elif kind == "lurl":
            label, url = m.group("ltext"), m.group("lurl")
            # Keep a link's address when it is not already its label: footnotes cite by URL.
            keep_url = not url.startswith("#") and url.rstrip("/") != label.rstrip("/")
            tokens.append(("text", f"{label} ({url})" if keep_url and label else label or url))
        elif kind == "tag":
            tokens.append(("tag", m.group("tag")))
        elif kind == "usup":
            tokens.append(("sup", m.group("usup").translate(_SUPERSCRIPT_DIGITS)))
        elif kind == "delim":
            tokens.append(("delim", _delimiter(raw, m.start(), m.end())))
        else:  # "ent"
            tokens.append(("text", html.unescape(m.group(0))))
    if pos < len(raw):
        tokens.append(("text", raw[pos:]))
    _match_delimiters([t[1] for t in tokens if t[0] == "delim"])
    return merge_spans(_styled(tokens))


def _delimiter(raw: str, start: int, end: int) -> _Delim:
    """CommonMark's flanking rules, simplified: `_` never emphasises inside a word."""
    char = raw[start]
    before = raw[start - 1] if start > 0 else " "
    after = raw[end] if end < len(raw) else " "
    left = not after.isspace() and not (_is_punct(after) and not (before.isspace()
                                                                   or _is_punct(before)))
    right = not before.isspace() and not (_is_punct(before) and not (after.isspace()
                                                                      or _is_punct(after)))
    if char == "_":
        return _Delim(char, end - start, left and not before.isalnum(),
                      right and not after.isalnum())
    return _Delim(char, end - start, left, right)


def _is_punct(ch: str) -> bool:
    return not ch.isalnum() and not ch.isspace()


def _match_delimiters(delims: list) -> None:
    stack: list[_Delim] = []
    for d in delims:
        if d.can_close:
            for i in range(len(stack) - 1, -1, -1):
                opener = stack[i]
                if opener.char == d.char and opener.length == d.length:
                    style = {1: "italic", 2: "bold"}.get(d.length, "both")
                    opener.style = d.style = style
                    opener.opens = True
                    del stack[i:]
                    break
            else:
                if d.can_open:
                    stack.append(d)
            continue
        if d.can_open:
            stack.append(d)


def _styled(tokens: list[tuple[str, object]]) -> list[Span]:
    spans: list[Span] = []
    bold = italic = sup = 0
    for kind, value in tokens:
        if kind == "delim":
            d = value
            if d.style is None:
                spans.append(Span(d.char * d.length, bold=bold > 0, italic=italic > 0,
                                  superscript=sup > 0))
                continue
            step = 1 if d.opens else -1
            if d.style in ("bold", "both"):
                bold += step
            if d.style in ("italic", "both"):
                italic += step
        elif kind == "tag":
            tag = str(value).lower()
            name = re.match(r"</?([a-z]+)", tag).group(1)
            step = -1 if tag.startswith("</") else 1
            if tag.endswith("/>") or name == "br":
                if name == "br":
                    spans.append(Span(" ", bold=bold > 0, italic=italic > 0))
                continue
            if name == "sup":
                sup = max(0, sup + step)
            elif name in ("em", "i", "cite"):
                italic = max(0, italic + step)
            elif name in ("strong", "b"):
                bold = max(0, bold + step)
        elif kind == "sup":
            spans.append(Span(str(value), bold=bold > 0, italic=italic > 0, superscript=True))
        else:
            spans.append(Span(str(value), bold=bold > 0, italic=italic > 0,
                              superscript=sup > 0))
    return spans


def _plain_with_unicode_superscripts(raw: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    for m in re.finditer(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", raw):
        spans.append(Span(raw[pos:m.start()]))
        spans.append(Span(m.group(0).translate(_SUPERSCRIPT_DIGITS), superscript=True))
        pos = m.end()
    spans.append(Span(raw[pos:]))
    return spans


def merge_spans(spans: list[Span]) -> list[Span]:
    """Adjacent spans of one style become one; superscripts lose their padding and brackets
    (`[1]`, the way office exports print a marker)."""
    out: list[Span] = []
    for s in spans:
        if s.superscript:
            s.text = _BRACKETED.sub(r"\1", s.text.strip())
        if not s.text:
            continue
        last = out[-1] if out else None
        if (last and not s.superscript and not last.superscript and last.bold == s.bold
                and last.italic == s.italic):
            last.text += s.text
        elif (last and s.superscript and last.superscript and last.bold == s.bold
              and last.italic == s.italic):
            last.text += s.text
        else:
            out.append(s)
    return out


def looks_like_markdown(text: str) -> bool:
    return bool(_MARKDOWN_SIGNS.search(text[:200_000]))


def read_text(data: bytes, *, path: str = "-", markdown: bool = True) -> Iterator[Line]:
    """Yield the lines of a text or Markdown file in reading order.

    Markup is interpreted when the file is Markdown or shows Markdown signs (a `.txt`
    rendering such as the seed is Markdown in all but name); plain text is taken as printed.
    Form feeds are page breaks. Blank lines and rules are kept as `block` markers because they
    are what separates paragraphs and footnote blocks in a rendering.
    """
    text = decode_text(data, path).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return iter(_TextLines(markdown or looks_like_markdown(text)).read(text))


class _TextLines:
    def __init__(self, markdown: bool):
        self.markdown = markdown
        self.out: list[Line] = []
        self.page = 1
        self.in_footnotes = False  # after a rule that opens a footnote block
        self.in_fence = False

    def read(self, text: str) -> list[Line]:
        raws = text.split("\n")
        for i, raw in enumerate(raws):
            parts = raw.split("\f")
            for k, part in enumerate(parts):
                if k:
                    self.page += 1
                    self.in_footnotes = False
                if k < len(parts) - 1 and not part.strip():
                    continue  # nothing before the form feed
                self._one(part, raws, i)
        self._mark_toc_labels()
        return self.out

    # -- one source line
    def _one(self, raw: str, raws: list[str], i: int) -> None:
        stripped = raw.strip()
        if not stripped:
            self._emit(Line(text="", page=self.page, block="blank"))
            return
        if not self.markdown:
            self._body(raw.rstrip(), markdown=False)
            return
        if _FENCE.match(raw):
            self.in_fence = not self.in_fence
            return
        if self.in_fence:
            self._emit(Line(text=raw.rstrip(), page=self.page, spans=[Span(raw.rstrip())],
                            block="code"))
            return
        if _SETEXT_1.match(raw) and self._previous_is_text():
            self.out[-1].heading = 1
            return
        if _RULE.match(raw):
            if stripped.startswith("-") and self._previous_is_text() and not (
                    self._next_starts_footnote(raws, i)):
                self.out[-1].heading = 2  # a setext heading, not a rule
                return
            self.in_footnotes = True
            self._emit(Line(text="", page=self.page, block="rule"))
            return
        heading = _HEADING.match(stripped)
        if heading:
            self.in_footnotes = False
            self._emit(line_from_spans(parse_inline(heading.group(2)), self.page, heading=len(
                heading.group(1))))
            return
        definition = _FOOTNOTE_DEF.match(raw)
        if definition:
            spans = [Span(definition.group(1), superscript=True), Span(" ")]
            spans += parse_inline(raw[definition.end():])
            self._emit(line_from_spans(merge_spans(spans), self.page, block="footnote"))
            return
        if self._continues_footnote(raw):
            self._emit(line_from_spans(parse_inline(raw.rstrip()), self.page, block="footnote"))
            return
        if _PIPE_ROW.match(raw):
            self._table_row(raw)
            return
        quote = _QUOTE.match(raw)
        if quote:
            self._emit(line_from_spans(parse_inline(raw[quote.end():].rstrip()), self.page,
                             block="quote"))
            return
        bullet = _BULLET.match(raw)
        if bullet:
            self._emit(line_from_spans(parse_inline(raw[bullet.end():].rstrip()), self.page,
                             block="list"))
            return
        self._body(raw.rstrip(), markdown=True)

    def _body(self, raw: str, markdown: bool) -> None:
        spans = parse_inline(raw, markdown)
        line = line_from_spans(spans, self.page)
        if self.in_footnotes and starts_with_marker(spans):
            line.block = "footnote"
        elif not markdown and _PRINTED_NOTE.match(raw):
            line.block = "footnote"  # plain text prints a note as "¹ Text" at the page foot
        elif _PRINTED_BULLET.match(raw):
            line.block = "list"
        elif _TOC_ENTRY.search(line.text) and not starts_with_marker(spans):
            line.block = "toc"
        self.in_footnotes = self.in_footnotes and line.block == "footnote"
        self._emit(line)

    def _continues_footnote(self, raw: str) -> bool:
        """Inside a footnote block: a new footnote, or the continuation of the last one (a URL
        on its own line, an indented line, or a line straight after a footnote line)."""
        last = self._last_nonblank()
        after_footnote = last is not None and last.block == "footnote"
        if not (self.in_footnotes or after_footnote):
            return False
        if self.in_footnotes and starts_with_marker(parse_inline(raw)):
            return True
        if not after_footnote:
            return False
        adjacent = self.out[-1] is last
        indented = raw[:1] in (" ", "\t") and raw.strip() != ""
        return bool(_URL_ONLY.match(raw)) or indented or adjacent

    def _table_row(self, raw: str) -> None:
        """A pipe-table row is one line, its cells separated by tabs (as the HTML reader
        gives a row, and as a contents table is written in the renderings)."""
        if _PIPE_DELIMITER.match(raw):
            return
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", raw.strip()[1:-1])]
        spans: list[Span] = []
        for i, cell in enumerate(cells):
            if i:
                spans.append(Span("\t"))
            spans += parse_inline(cell)
        while spans and not spans[-1].text.strip("\t"):
            spans.pop()
        if spans:
            self._emit(line_from_spans(merge_spans(spans), self.page, block="table"))

    # -- helpers
    def _emit(self, line: Line) -> None:
        if line.block == "blank" and self.out and self.out[-1].block == "blank":
            return
        self.out.append(line)

    def _last_nonblank(self) -> Line | None:
        for line in reversed(self.out):
            if line.block != "blank":
                return line
        return None

    def _previous_is_text(self) -> bool:
        return bool(self.out) and self.out[-1].block is None and self.out[-1].heading is None \
            and bool(self.out[-1].text.strip())

    @staticmethod
    def _next_starts_footnote(raws: list[str], i: int) -> bool:
        for raw in raws[i + 1:]:
            if raw.strip():
                return starts_with_marker(parse_inline(raw)) or bool(_FOOTNOTE_DEF.match(raw))
        return False

    def _mark_toc_labels(self) -> None:
        """A short column label ("Paragraphs", "Page") right above contents entries is part
        of the contents, not a paragraph."""
        for i, line in enumerate(self.out):
            if line.block is not None or line.heading is not None:
                continue
            words = line.text.split()
            if not (1 <= len(words) <= 2 and line.text[:1].isspace()):
                continue
            k = i + 1
            while k < len(self.out) and self.out[k].block == "blank":
                k += 1
            if k < len(self.out) and self.out[k].block == "toc":
                line.block = "toc"


def starts_with_marker(spans: list[Span]) -> bool:
    """A footnote line opens with its number as a superscript."""
    for s in spans:
        if not s.text.strip():
            continue
        return s.superscript and bool(_FOOTNOTE_LABEL.match(s.text.strip()))
    return False


def line_from_spans(spans: list[Span], page: int, heading: int | None = None,
          block: str | None = None) -> Line:
    spans = [s for s in spans if s.text]
    text = "".join(s.text for s in spans)
    styled = [s for s in spans if s.text.strip()]
    bold = bool(styled) and all(s.bold for s in styled)
    italic = bool(styled) and all(s.italic for s in styled)
    return Line(text=text, page=page, spans=spans, heading=heading, block=block, bold=bold,
                italic=italic)
