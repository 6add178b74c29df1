"""Plain-text and Markdown renderings → `Line`s.

The renderings soilkit meets (the seed report is one) carry structure in light markup:
`#` headings, `<sup>n</sup>` footnote markers, a `---` rule opening a block of footnotes
(`<sup>n</sup> text`), and body text that resumes after the block. That markup becomes the
`heading`, `block` and `Span.superscript` facts the structure step reads; the markup itself
never reaches `Line.text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from soilkit.model import Line, Span
from soilkit.read.decode import decode_text

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_SUP = re.compile(r"<sup>(.*?)</sup>", re.I)
_FOOTNOTE_START = re.compile(r"^\s*<sup>\s*[0-9]+[a-z]?\s*</sup>", re.I)
_URL_ONLY = re.compile(r"^\s*<?https?://\S+>?\s*$")
_EMPHASIS = re.compile(r"(\*\*|\*|__|_)(?=\S)(.+?)(?<=\S)\1")
_ANGLE_URL = re.compile(r"<(https?://[^>\s]+)>")


def _spans(raw: str) -> list[Span]:
    """Split one line of markup into styled spans (superscript and emphasis)."""
    spans: list[Span] = []
    pos = 0
    for m in _SUP.finditer(raw):
        spans.extend(_emphasis_spans(raw[pos:m.start()]))
        spans.append(Span(text=m.group(1).strip(), superscript=True))
        pos = m.end()
    spans.extend(_emphasis_spans(raw[pos:]))
    return [s for s in spans if s.text]


def _emphasis_spans(raw: str) -> list[Span]:
    raw = _ANGLE_URL.sub(r"\1", raw)
    out: list[Span] = []
    pos = 0
    for m in _EMPHASIS.finditer(raw):
        if m.start() > pos:
            out.append(Span(text=raw[pos:m.start()]))
        strong = len(m.group(1)) == 2
        out.append(Span(text=m.group(2), bold=strong, italic=not strong))
        pos = m.end()
    if pos < len(raw):
        out.append(Span(text=raw[pos:]))
    return out


def read_text(data: bytes, *, path: str = "-", markdown: bool = True) -> Iterator[Line]:
    """Yield one `Line` per source line; blank lines and rules are kept as `block` markers
    because they are what separates paragraphs and footnote blocks in a rendering."""
    text = decode_text(data, path).replace("\r\n", "\n").replace("\r", "\n")
    page = 1
    in_footnotes = False
    for raw in text.split("\n"):
        while "\f" in raw:
            before, raw = raw.split("\f", 1)
            if before.strip():
                yield _line(before, page, None, "footnote" if in_footnotes else None)
            page += 1
            in_footnotes = False
        stripped = raw.strip()
        if not stripped:
            yield Line(text="", page=page, block="blank")
            continue
        if _RULE.match(stripped):
            in_footnotes = True
            yield Line(text="", page=page, block="rule")
            continue
        heading = _HEADING.match(stripped)
        if heading:
            in_footnotes = False
            yield _line(heading.group(2), page, len(heading.group(1)), None)
            continue
        if in_footnotes and not (_FOOTNOTE_START.match(stripped) or _URL_ONLY.match(stripped)):
            in_footnotes = False  # body text resumes after the footnote block
        yield _line(raw.rstrip(), page, None, "footnote" if in_footnotes else None)


def _line(raw: str, page: int, heading: int | None, block: str | None) -> Line:
    spans = _spans(raw)
    text = "".join(s.text for s in spans)
    bold = bool(spans) and all(s.bold for s in spans if s.text.strip())
    italic = bool(spans) and all(s.italic for s in spans if s.text.strip())
    return Line(text=text, page=page, spans=spans, heading=heading, block=block, bold=bold,
                italic=italic)
