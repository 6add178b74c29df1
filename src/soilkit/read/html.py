"""HTML → `Line`s through lxml.

lxml (libxml2's HTML parser) is well kept, fast (C), and tolerant of the broken markup that
office exports and CMS pages are made of; it builds a real tree, so block and inline elements
are told apart by the element, not by guessing from text. Bytes are decoded here rather than
by libxml2, whose default for an undeclared page is Latin-1: a byte-order mark, then the
charset declared in `<meta charset>`, `<meta http-equiv>` or the XML declaration, then UTF-8,
then Windows-1252 (what "ISO-8859-1" pages really are), as the WHATWG standard has browsers do.

Every block element (p, div, li, h1-h6, blockquote…) starts a line, `<br>` breaks one, and a
blank line separates block elements so paragraph boundaries survive. A table row of data is one
line with its cells separated by tabs (a PDF prints a row as one line; the text renderings
write contents entries as "Title\t1–2"); a cell that holds paragraphs only lays out the page,
and its contents are read as ordinary blocks. Roles become
`Line.heading` and `Line.block` ("list", "table", "footnote", "toc", "quote", "rule"), the
way the text reader sets them; `<sup>` and note links become superscript spans. Page noise
(script, style, navigation, hidden elements, the site header and footer around a `<main>`)
is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from soilkit.errors import InputError
from soilkit.model import Line, Span
from soilkit.read.decode import decode_text
from soilkit.read.text import line_from_spans, merge_spans, starts_with_marker

_SKIP = {
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "nav", "svg",
    "math", "iframe", "object", "embed", "canvas", "button", "select", "input", "textarea",
    "option", "datalist", "audio", "video", "map", "area", "img", "picture", "source",
}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "html", "legend", "li", "main", "menu", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
    "caption", "ul", "hr",
}
_CELL_CONTENT_BLOCKS = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                        "blockquote", "pre", "section", "article", "dl")
_SKIP_ROLES = {"navigation", "search", "menu", "menubar", "toolbar"}
_NOISE_CLASS = re.compile(r"(?:^|[\s_-])(?:breadcrumbs?|cookie[\w-]*|skip-link|sr-only|"
                          r"visually-hidden|screen-reader-text)(?:$|[\s_-])", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_FOOTNOTE_AREA = re.compile(r"(?:foot|end|rear)[\s_-]?notes?|mso-element\s*:\s*(?:foot|end)note",
                            re.I)
_FOOTNOTE_ID = re.compile(r"^_?(?:ftn|fn|edn|footnote|endnote)[-_:]?\d+$", re.I)
_TOC_AREA = re.compile(r"(?:^|[\s_-])(?:toc|table-of-contents|contents)(?:$|[\s_-])|"
                       r"\bmsotoc\d", re.I)  # MsoToc1…: Word's contents paragraphs
_NOTE_HREF = re.compile(r"^#.*(?:fn|ftn|edn|note)", re.I)
_BACK_HREF = re.compile(r"^#.*ref", re.I)
_NOTE_LABEL = re.compile(r"^[\[(]?(\d{1,4}[a-z]?|[a-z]|[*†‡§]+)[\])]?$", re.I)
_SUPER_STYLE = re.compile(r"vertical-align\s*:\s*(?:super|top)", re.I)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*(?:italic|oblique)", re.I)
_SUPER_CLASS = re.compile(r"footnote-?ref|noteref|msofootnotereference|msoendnotereference",
                          re.I)
_LEADING_NUMBER = re.compile(r"^\s*[\[(]?(\d{1,4}[a-z]?)[\])]?[.)]?\s+(?=\S)")
_URL_ONLY = re.compile(r"^\s*https?://\S+\s*$")
_NO_MARKER = re.compile(r"list-style(?:-type)?\s*:\s*none", re.I)
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACE = re.compile(r"[ \t\n\r\f]+")


@dataclass(frozen=True)
class _Ctx:
    bold: bool = False
    italic: bool = False
    sup: bool = False
    pre: bool = False
    heading: int | None = None
    block: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (meta charset, http-equiv or XML)."""
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None


def read_html(data: bytes, *, path: str = "-") -> Iterator[Line]:
    import lxml.etree
    import lxml.html

    text = decode_text(data, path, declared_charset(data))
    # lxml refuses a str that still carries an XML encoding declaration; the bytes are decoded.
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise InputError(path, "empty HTML document")
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(path, f"not readable as HTML ({str(exc)[:120]})") from None
    walker = _Walker(root)
    walker.walk(root, _Ctx())
    walker.flush()
    lines = walker.lines
    while lines and lines[-1].block == "blank":
        lines.pop()
    return iter(lines)


class _Walker:
    def __init__(self, root):
        self.lines: list[Line] = []
        self.spans: list[tuple[Span, bool]] = []  # (span, in <pre>)
        self.line_ctx: _Ctx | None = None
        self.pending_blank = False
        self.after_rule = False  # an <hr> may open a block of footnote paragraphs
        self.pending_number: str | None = None  # number of a footnote list item
        self.pending_label: str | None = None  # printed label of an ordered-list item
        self.in_row = False
        self.has_main = bool(root.xpath("//main|//article|//*[@role='main']"))

    # -- tree walk
    def walk(self, el, ctx: _Ctx) -> None:
        if el.text:
            self.add_text(el.text, ctx)
        for child in el:
            if isinstance(child.tag, str):
                self.element(child, ctx)
            if child.tail:
                self.add_text(child.tail, ctx)

    def element(self, el, ctx: _Ctx) -> None:
        tag = el.tag.lower()
        if self.is_noise(el, tag):
            return
        if tag == "br":
            if self.in_row:
                self.add_text(" ", ctx)  # a row stays one line
            else:
                self.flush()
            return
        if tag == "hr":
            self.separate()
            self.lines.append(Line(text="", page=1, block="rule"))
            self.after_rule = True
            self.pending_blank = True
            return
        if tag == "a" and self.note_link(el, ctx):
            return
        ctx = self.inline_style(el, tag, ctx)
        if tag in _BLOCKS or el.get("role") == "heading":
            self.block(el, tag, ctx)
        else:
            self.walk(el, ctx)

    def block(self, el, tag: str, ctx: _Ctx) -> None:
        self.separate()
        ctx = self.block_role(el, tag, ctx)
        if tag == "ol":
            self.ordered_list(el, ctx, notes=ctx.block == "footnote")
        elif tag == "tr" and not self.is_layout_row(el):
            self.table_row(el, ctx)
        else:
            self.walk(el, ctx)
        self.separate()

    def table_row(self, tr, ctx: _Ctx) -> None:
        """A row of data is one line, its cells separated by tabs: what a PDF shows as one
        printed line and the text renderings write as "Title\t1–2"."""
        self.in_row = True
        first = True
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                continue
            if self.is_noise(cell, cell.tag.lower()):
                continue
            cell_ctx = self.block_role(cell, cell.tag.lower(), ctx)
            if not first:
                if self.line_ctx is None:
                    self.line_ctx = cell_ctx
                self.spans.append((Span("\t"), True))
            first = False
            self.walk(cell, self.inline_style(cell, cell.tag.lower(), cell_ctx))
        self.in_row = False
        self.flush()

    def ordered_list(self, ol, ctx: _Ctx, notes: bool) -> None:
        """Number the items of an ordered list the way a browser prints them.

        In a footnote area the number becomes the leading superscript every footnote line
        carries; elsewhere the printed label ("1.", "a.", "iv.") starts the item's text, as on
        the rendered page (paragraph numbers of a decision often live only there).
        """
        try:
            number = int(ol.get("start") or 1)
        except ValueError:
            number = 1
        kind = ol.get("type") or "1"
        unmarked = bool(_NO_MARKER.search(ol.get("style") or ""))
        if ol.text:
            self.add_text(ol.text, ctx)
        for child in ol:
            if isinstance(child.tag, str) and child.tag.lower() == "li":
                try:
                    number = int(child.get("value") or number)
                except ValueError:
                    pass
                if notes:
                    self.pending_number = str(number)
                elif not unmarked:
                    self.pending_label = f"{_list_label(number, kind)}. "
                number += 1
            if isinstance(child.tag, str):
                self.element(child, ctx)
            if child.tail:
                self.add_text(child.tail, ctx)
        self.pending_number = self.pending_label = None

    def block_role(self, el, tag: str, ctx: _Ctx) -> _Ctx:
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            ctx = replace(ctx, heading=int(tag[1]))
        elif el.get("role") == "heading":
            level = el.get("aria-level") or "2"
            ctx = replace(ctx, heading=int(level) if level.isdigit() else 2)
        if tag == "pre":
            ctx = replace(ctx, pre=True)
        if ctx.heading is not None and ctx.block == "footnote":
            return replace(ctx, block=None)  # "Notes" above the notes is a heading, not a note
        if ctx.block == "footnote":
            return ctx  # everything inside a footnote area is footnote text
        if self.is_footnote_area(el, tag) and ctx.heading is None:
            return replace(ctx, block="footnote", heading=None)
        if self.is_toc_area(el, tag):
            return replace(ctx, block="toc")
        if ctx.block == "toc":
            return ctx
        if tag == "li":
            return replace(ctx, block="list")
        if tag in ("tr", "td", "th") and not self.is_layout_cell(el):
            return replace(ctx, block="table")
        if tag == "blockquote":
            return replace(ctx, block="quote")
        return ctx

    # -- element kinds
    def is_noise(self, el, tag: str) -> bool:
        if tag in _SKIP:
            return True
        if el.get("hidden") is not None or el.get("aria-hidden") == "true":
            return True
        if el.get("role") in _SKIP_ROLES or _HIDDEN_STYLE.search(el.get("style") or ""):
            return True
        if _NOISE_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return True
        if tag in ("header", "footer") and self.has_main:
            # The site's banner and footer around the content; a document's own header sits
            # inside its <main>, <article> or <section>.
            return not any(a.tag in ("main", "article", "section") or a.get("role") == "main"
                           for a in el.iterancestors() if isinstance(a.tag, str))
        return False

    def is_footnote_area(self, el, tag: str) -> bool:
        if tag in ("a", "span", "sup"):
            return False
        role = el.get("role") or ""
        if role in ("doc-endnotes", "doc-footnote", "doc-endnote", "doc-footnotes"):
            return True
        epub = next((v for k, v in el.attrib.items() if k.endswith("type") and "epub" in k), "")
        if re.search(r"footnote|endnote|rearnote", epub):
            return True
        marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('style') or ''}"
        return bool(_FOOTNOTE_AREA.search(marks) or _FOOTNOTE_ID.match(el.get("id") or ""))

    @staticmethod
    def is_toc_area(el, tag: str) -> bool:
        if el.get("role") == "doc-toc":
            return True
        return tag not in ("td", "th", "li") and bool(
            _TOC_AREA.search(f"{el.get('class') or ''} {el.get('id') or ''}"))

    def is_layout_row(self, tr) -> bool:
        return any(isinstance(c.tag, str) and c.tag.lower() in ("td", "th")
                   and self.is_layout_cell(c) for c in tr)

    @staticmethod
    def is_layout_cell(cell) -> bool:
        """A cell holding paragraphs or lists lays out a page; it is not a table of data."""
        table = next(cell.iterancestors("table"), None)
        if table is not None and table.get("role") in ("presentation", "none"):
            return True
        return any(isinstance(d.tag, str) and d.tag.lower() in _CELL_CONTENT_BLOCKS
                   for d in cell.iterdescendants())

    def note_link(self, a, ctx: _Ctx) -> bool:
        """A link to or back from a note: its number is a superscript marker, an arrow back to
        the text is dropped. Returns True when the link has been dealt with."""
        href = a.get("href") or ""
        label = a.text_content().strip()
        role = a.get("role") or ""
        klass = a.get("class") or ""
        back = role == "doc-backlink" or "footnote-back" in klass or bool(_BACK_HREF.match(href))
        if back and not _NOTE_LABEL.match(label):
            return True  # "↩", "^", "back": navigation, not text
        noteref = role == "doc-noteref" or bool(_NOTE_HREF.match(href)) or "footnote-ref" in klass
        m = _NOTE_LABEL.match(label)
        if (noteref or back) and m:
            self.add_span(Span(m.group(1), bold=ctx.bold, italic=ctx.italic, superscript=True),
                          ctx)
            return True
        return False

    @staticmethod
    def inline_style(el, tag: str, ctx: _Ctx) -> _Ctx:
        style = el.get("style") or ""
        klass = el.get("class") or ""
        if tag in ("b", "strong") or _BOLD_STYLE.search(style):
            ctx = replace(ctx, bold=True)
        if tag in ("i", "em", "cite", "dfn", "var") or _ITALIC_STYLE.search(style):
            ctx = replace(ctx, italic=True)
        if tag == "sup" or _SUPER_STYLE.search(style) or _SUPER_CLASS.search(klass):
            ctx = replace(ctx, sup=True)
        return ctx

    # -- line building
    def add_text(self, text: str, ctx: _Ctx) -> None:
        if ctx.pre:
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.flush()
                if part:
                    self.add_span(Span(part, bold=ctx.bold, italic=ctx.italic,
                                       superscript=ctx.sup), ctx)
            return
        self.add_span(Span(_SPACE.sub(" ", text), bold=ctx.bold, italic=ctx.italic,
                           superscript=ctx.sup), ctx)

    def add_span(self, span: Span, ctx: _Ctx) -> None:
        if not span.text:
            return
        if self.line_ctx is None:
            if not span.text.strip():
                return  # white space between blocks
            self.line_ctx = ctx
        self.spans.append((span, ctx.pre))

    def separate(self) -> None:
        self.flush()
        self.pending_blank = True

    def flush(self) -> None:
        if self.line_ctx is None:
            return
        ctx = self.line_ctx
        spans = _collapse(self.spans)
        self.spans, self.line_ctx = [], None
        if not spans:
            return
        block = ctx.block
        if block is None and self.after_rule:
            if starts_with_marker(spans):
                block = "footnote"
            elif self._last_block() == "footnote" and _URL_ONLY.match(
                    "".join(s.text for s in spans)):
                block = "footnote"  # a URL on its own line continues the note above
            else:
                self.after_rule = False
        if self.pending_label is not None and block == "list":
            spans = merge_spans([Span(self.pending_label), *spans])
            self.pending_label = None
        if block == "footnote" and starts_with_marker(spans):
            self.pending_number = None
        elif block == "footnote":
            spans = self.number_footnote(spans)
        line = line_from_spans(spans, 1, heading=ctx.heading, block=block)
        if self.pending_blank and self.lines and self.lines[-1].block not in ("blank", "rule"):
            self.lines.append(Line(text="", page=1, block="blank"))
        self.pending_blank = False
        self.lines.append(line)

    def _last_block(self) -> str | None:
        return next((ln.block for ln in reversed(self.lines) if ln.block != "blank"), None)

    def number_footnote(self, spans: list[Span]) -> list[Span]:
        """Give a footnote's first line its number as a leading superscript: from the list
        item it sits in, or from a number printed as plain text ("1. Text", "[1] Text")."""
        if self.pending_number is not None:
            number, self.pending_number = self.pending_number, None
            return merge_spans([Span(number, superscript=True), Span(" "), *spans])
        first = spans[0]
        m = _LEADING_NUMBER.match(first.text)
        if m and not first.superscript:
            rest = replace(first, text=" " + first.text[m.end():])
            return merge_spans([Span(m.group(1), superscript=True), rest, *spans[1:]])
        return spans


def _collapse(spans: list[tuple[Span, bool]]) -> list[Span]:
    """HTML white-space rules across span boundaries: one space between words, none at the
    ends of the line; `<pre>` text kept as it is."""
    out: list[Span] = []
    space_before = True
    for span, pre in spans:
        text = span.text
        if pre and text == "\t":  # between two cells of a row
            if out:
                out[-1] = replace(out[-1], text=out[-1].text.rstrip(" "))
            out.append(span)
            space_before = True
            continue
        if not pre:
            if space_before:
                text = text.lstrip(" ")
            if not text:
                continue
            space_before = text.endswith(" ")
        else:
            space_before = False
        out.append(replace(span, text=text))
    while out and out[-1].text == "\t":
        out.pop()  # empty cells at the end of a row
    if out and not spans[-1][1]:
        out[-1] = replace(out[-1], text=out[-1].text.rstrip(" "))
    return merge_spans([s for s in out if s.text])


def _list_label(number: int, kind: str) -> str:
    """An ordered-list item's label as a browser prints it for `<ol type=…>`."""
    if kind in ("a", "A") and 1 <= number <= 26:
        label = chr(ord("a") + number - 1)
        return label.upper() if kind == "A" else label
    if kind in ("i", "I") and 1 <= number < 4000:
        out, rest = "", number
        for value, letters in _ROMAN:
            while rest >= value:
                out, rest = out + letters, rest - value
        return out.upper() if kind == "I" else out
    return str(number)
