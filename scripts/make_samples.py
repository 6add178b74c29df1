"""Render the seed report (samples/seed-report.txt) as a PDF and as HTML.

    .venv/bin/python scripts/make_samples.py            # writes samples/seed-report.{pdf,html}
    .venv/bin/python scripts/make_samples.py --check    # fails if the files are out of date

The PDF is laid out the way FAO prints its Commission documents: A4, the multilingual FAO
header on the first page, the document symbol on the first page and in a running header on the
following ones, page numbers, a contents table with dotted leaders, numbered paragraphs
(justified, number at the margin, text from a tab stop), superscript footnote markers (smaller
type on a raised baseline) and the footnotes at the bottom of the page that cites them, so
paragraphs cross page breaks and footnote areas as in the real thing. The HTML is semantic:
headings, a contents table, paragraphs with note references, and the notes in a
`doc-endnotes` section.

The seed is read with soilkit's own text reader, so the samples carry exactly what soilkit
reads from the text. Output is deterministic (reportlab's invariant mode, no clock): running
the script again gives the same bytes. Needs the `samples` extra (reportlab) and the DejaVu
fonts (Debian/Ubuntu package fonts-dejavu-core) for the Cyrillic and Arabic header lines.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from soilkit.model import Line, Span
from soilkit.read.text import read_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "seed-report.txt"
# The symbol is printed on the original report but absent from its text rendering.
SYMBOL = "CGRFA-19/23/9.3"
_PARAGRAPH_NUMBER = re.compile(r"^\s*(\d+(?:\s*bis)?)\.\s+")
_DEJAVU_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
                "/usr/local/share/fonts", "/Library/Fonts")


# ---------------------------------------------------------------- the seed as a document


@dataclass
class Block:
    kind: str  # "heading" | "text" | "toc" | "paragraph"
    spans: list[Span]
    level: int = 0
    number: str | None = None


@dataclass
class Seed:
    header: list[list[str]] = field(default_factory=list)  # language blocks, line by line
    blocks: list[Block] = field(default_factory=list)
    footnotes: dict[str, list[list[Span]]] = field(default_factory=dict)  # lines of each note


def load_seed(path: Path = SEED) -> Seed:
    """The seed through soilkit's text reader, regrouped into whole paragraphs and notes.

    A body line right after a footnote block that does not open a numbered paragraph is the
    rest of the paragraph the page break cut (the rendering keeps the printed page's order).
    """
    seed = Seed()
    group: list[str] = []
    seen_heading = False
    last: Line | None = None  # last non-blank line
    note: str | None = None
    for line in read_text(path.read_bytes(), path=str(path)):
        if line.block in ("blank", "rule"):
            if group:
                seed.header.append(group)
                group = []
            continue
        if line.heading is None and not seen_heading:
            group.append(line.text.strip())
            last = line
            continue
        seen_heading = True
        if line.block == "footnote":
            spans = [Span(s.text, bold=s.bold, italic=s.italic, superscript=s.superscript)
                     for s in line.spans]
            if spans and spans[0].superscript:
                note = spans.pop(0).text
                seed.footnotes[note] = [_strip(spans)]
            elif note is not None:
                seed.footnotes[note].append(_strip(spans))
        elif line.heading is not None:
            seed.blocks.append(Block("heading", _strip(line.spans), level=line.heading))
        elif line.block == "toc":
            seed.blocks.append(Block("toc", list(line.spans)))
        else:
            number = _PARAGRAPH_NUMBER.match(line.text)
            previous = seed.blocks[-1] if seed.blocks else None
            if (last is not None and last.block == "footnote" and number is None
                    and previous is not None and previous.kind == "paragraph"):
                previous.spans = [*previous.spans, Span(" "), *_strip(line.spans)]
            elif number:
                seed.blocks.append(Block("paragraph", _drop_prefix(line.spans, number.end()),
                                         number=number.group(1)))
            else:
                seed.blocks.append(Block("text", _strip(line.spans)))
        last = line
    return seed


def _strip(spans: list[Span]) -> list[Span]:
    out = [Span(s.text, bold=s.bold, italic=s.italic, superscript=s.superscript) for s in spans]
    while out and not out[0].text.strip():
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if out:
        out[0].text = out[0].text.lstrip()
        out[-1].text = out[-1].text.rstrip()
    return out


def _drop_prefix(spans: list[Span], n: int) -> list[Span]:
    """The spans without the first `n` characters of their text (the printed number)."""
    out = []
    for s in spans:
        if n >= len(s.text):
            n -= len(s.text)
            continue
        out.append(Span(s.text[n:], bold=s.bold, italic=s.italic, superscript=s.superscript))
        n = 0
    return _strip(out)


# ---------------------------------------------------------------- PDF

PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
LEFT, RIGHT = 72.0, 72.0
TOP, BOTTOM = 78.0, 64.0
WIDTH = PAGE_W - LEFT - RIGHT
BODY, BODY_LEADING = 11.0, 13.6
NOTE, NOTE_LEADING = 9.0, 10.8
SUP_RATIO, SUP_RISE = 0.6, 0.38  # marker size and baseline rise, as fractions of the text size
TAB = 36.0
FONTS = {(False, False): "Times-Roman", (True, False): "Times-Bold",
         (False, True): "Times-Italic", (True, True): "Times-BoldItalic"}


@dataclass
class Frag:
    text: str
    font: str
    size: float
    rise: float = 0.0


Word = list[Frag]


def _words(spans: list[Span], size: float, bold: bool = False) -> list[Word]:
    """Spans → words (fragments between spaces); a marker sticks to the word it follows."""
    words: list[Word] = []
    current: Word = []
    for s in spans:
        font = FONTS[(bold or s.bold, s.italic)]
        if s.superscript:
            current.append(Frag(s.text, FONTS[(bold, False)], size * SUP_RATIO, size * SUP_RISE))
            continue
        for piece in re.split(r"( +)", s.text):
            if not piece:
                continue
            if piece.startswith(" "):
                if current:
                    words.append(current)
                current = []
            else:
                current.append(Frag(piece, font, size))
    if current:
        words.append(current)
    return words


def _width(word: Word) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(f.text, f.font, f.size) for f in word)


def _break_long(word: Word, width: float) -> list[Word]:
    """A word wider than the line (a long URL) is cut where it must be, as Word does."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces: list[Word] = [[]]
    used = 0.0
    for f in word:
        for ch in f.text:
            w = stringWidth(ch, f.font, f.size)
            if used + w > width and pieces[-1]:
                pieces.append([])
                used = 0.0
            last = pieces[-1]
            if last and last[-1].font == f.font and last[-1].size == f.size:
                last[-1] = Frag(last[-1].text + ch, f.font, f.size, f.rise)
            else:
                last.append(Frag(ch, f.font, f.size, f.rise))
            used += w
    return pieces


def _wrap(words: list[Word], first: float, rest: float, size: float) -> list[list[Word]]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    space = stringWidth(" ", "Times-Roman", size)
    lines: list[list[Word]] = [[]]
    used = 0.0
    queue = list(words)
    while queue:
        word = queue.pop(0)
        avail = first if len(lines) == 1 else rest
        w = _width(word)
        if w > rest and not lines[-1]:
            head, *tail = _break_long(word, avail)
            queue[0:0] = tail
            word, w = head, _width(head)
        need = w if not lines[-1] else used + space + w
        if lines[-1] and need > avail:
            lines.append([])
            used = 0.0
            queue.insert(0, word)
            continue
        lines[-1].append(word)
        used = need
    return lines


def _markers(words: list[Word]) -> list[str]:
    return [f.text for w in words for f in w if f.rise]


@dataclass
class PlacedNote:
    number: str
    lines: list[list[Word]]

    @property
    def height(self) -> float:
        return len(self.lines) * NOTE_LEADING


class PdfWriter:
    """A small page-flow engine: body lines go down the page, the footnotes they cite go to
    the bottom of the same page, and a line whose notes do not fit moves to the next page."""

    def __init__(self, out: Path, seed: Seed):
        from reportlab.pdfgen.canvas import Canvas

        _register_fonts()
        self.seed = seed
        self.c = Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
        self.c.setTitle(_plain(next(b.spans for b in seed.blocks if b.kind == "heading"
                                    and b.level == 2 and b.spans[0].text.isupper()
                                    and len(_plain(b.spans)) > 60)))
        self.c.setAuthor("Food and Agriculture Organization of the United Nations")
        self.c.setSubject(SYMBOL)
        self.c.setCreator("soilkit scripts/make_samples.py")
        self.c.setProducer("ReportLab")
        self.page = 1
        self.y = PAGE_H - TOP
        self.notes: list[PlacedNote] = []
        self.noted: set[str] = set()

    # -- pages
    def new_page(self) -> None:
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.y = PAGE_H - TOP

    def finish_page(self) -> None:
        c = self.c
        if self.notes:
            y = BOTTOM + sum(n.height for n in self.notes)
            c.setLineWidth(0.5)
            c.line(LEFT, y + 6, LEFT + 144, y + 6)
            for note in self.notes:
                for words in note.lines:
                    y -= NOTE_LEADING
                    self.draw_words(words, LEFT, y + 2.5, NOTE, justify=None)
        if self.page > 1:
            c.setFont("Times-Roman", 10)
            c.drawRightString(PAGE_W - RIGHT, PAGE_H - 44, SYMBOL)
            c.drawCentredString(PAGE_W / 2, 34, str(self.page))
        self.notes = []

    def notes_height(self, extra: list[PlacedNote]) -> float:
        total = sum(n.height for n in self.notes + extra)
        return total + 14 if total else 0.0

    # -- drawing
    def draw_words(self, words: list[Word], x: float, baseline: float, size: float,
                   justify: float | None) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        space = stringWidth(" ", "Times-Roman", size)
        if justify is not None and len(words) > 1:
            natural = sum(_width(w) for w in words) + space * (len(words) - 1)
            space += max(0.0, justify - natural) / (len(words) - 1)
        for word in words:
            for f in word:
                self.c.setFont(f.font, f.size)
                self.c.drawString(x, baseline + f.rise, f.text)
                x += stringWidth(f.text, f.font, f.size)
            x += space

    def body_line(self, words: list[Word], x: float, width: float | None, leading: float,
                  size: float, centred: bool = False) -> None:
        new = [self.note(m) for m in _markers(words) if m in self.seed.footnotes
               and m not in self.noted]
        if self.y - leading < BOTTOM + self.notes_height(new):
            self.new_page()
        self.y -= leading
        if centred:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            natural = sum(_width(w) for w in words) + stringWidth(" ", "Times-Roman", size) * (
                len(words) - 1)
            x = LEFT + (WIDTH - natural) / 2
        self.draw_words(words, x, self.y, size, justify=width)
        for note in new:
            self.notes.append(note)
            self.noted.add(note.number)

    def note(self, number: str) -> PlacedNote:
        lines: list[list[Word]] = []
        for i, spans in enumerate(self.seed.footnotes[number]):
            words = _words(spans, NOTE)
            if i == 0:
                words = [[Frag(number, "Times-Roman", NOTE * SUP_RATIO, NOTE * SUP_RISE)],
                         *words]
            lines += _wrap(words, WIDTH, WIDTH, NOTE)
        return PlacedNote(number, lines)

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM + self.notes_height([]):
            self.new_page()

    # -- the document
    def write(self) -> None:
        self.first_page_header()
        in_title = True
        for i, block in enumerate(self.seed.blocks):
            if block.kind == "heading":
                in_title = self.heading(block, in_title, self.seed.blocks[i + 1:])
            elif block.kind == "toc":
                self.toc_entry(block)
            elif block.kind == "text":
                words = _words(block.spans, BODY)
                for line in _wrap(words, WIDTH, WIDTH, BODY):
                    self.body_line(line, LEFT, None, BODY_LEADING, BODY, centred=in_title)
            else:
                self.paragraph(block)
        self.finish_page()
        self.c.save()

    def first_page_header(self) -> None:
        c = self.c
        top = PAGE_H - 40
        left, right = self.seed.header[:3], self.seed.header[3:]
        for blocks, align in ((left, "left"), (right, "right")):
            y = top
            for group in blocks:
                font = "STSong-Light" if _is_cjk("".join(group)) else "DejaVuSans"
                for text in group:
                    y -= 9
                    c.setFont(font, 7.5)
                    if align == "left":
                        c.drawString(LEFT, y, text)
                    else:
                        c.drawRightString(PAGE_W - RIGHT, y, text)
                y -= 5
        # The emblem's place between the two columns of names: drawn, not written.
        c.setLineWidth(1)
        c.circle(PAGE_W / 2, top - 42, 26)
        c.circle(PAGE_W / 2, top - 42, 20)
        self.y = top - 9 * 9 - 3 * 5 - 10
        c.setLineWidth(0.75)
        c.line(LEFT, self.y, PAGE_W - RIGHT, self.y)
        c.setFont("Times-Bold", 14)
        c.drawRightString(PAGE_W - RIGHT, self.y - 20, SYMBOL)
        self.y -= 44

    def heading(self, block: Block, in_title: bool, rest: list[Block]) -> bool:
        words = _words(block.spans, 12 if block.level == 1 else BODY, bold=True)
        section = not in_title or bool(re.match(r"^[IVXLC]+\.\s", _plain(block.spans)))
        if section:
            in_title = False
            self.need(BODY_LEADING * 4)  # a heading is never left alone at a page foot
            self.y -= 10
        else:
            self.y -= 6
        for line in _wrap(words, WIDTH - 40, WIDTH - 40, BODY):
            self.body_line(line, LEFT, None, BODY_LEADING + 1, BODY, centred=True)
        self.y -= 8 if section else 2
        if _plain(block.spans).upper() == "TABLE OF CONTENTS" or (
                rest and rest[0].kind == "toc"):
            self.y -= 4
        return in_title

    def toc_entry(self, block: Block) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        text = _plain(block.spans)
        title, _, pages = text.partition("\t")
        title = re.sub(r"[\s.…]+$", "", title.strip())
        self.need(BODY_LEADING)
        self.y -= BODY_LEADING
        c = self.c
        if not title:  # the column label ("Paragraphs")
            c.setFont("Times-Italic", BODY)
            c.drawRightString(PAGE_W - RIGHT, self.y, pages.strip())
            return
        c.setFont("Times-Roman", BODY)
        c.drawString(LEFT + 18, self.y, title)
        c.drawRightString(PAGE_W - RIGHT, self.y, pages.strip())
        start = LEFT + 18 + stringWidth(title + " ", "Times-Roman", BODY)
        end = PAGE_W - RIGHT - stringWidth(" " + pages.strip(), "Times-Roman", BODY)
        dot = stringWidth(".", "Times-Roman", BODY) + 1.2
        n = int((end - start) // dot)
        if n > 0:
            c.drawString(end - n * dot, self.y, "." * n)

    def paragraph(self, block: Block) -> None:
        self.y -= 7
        words = _words(block.spans, BODY)
        lines = _wrap(words, WIDTH - TAB, WIDTH, BODY)
        for i, line in enumerate(lines):
            last = i == len(lines) - 1
            if i == 0:
                first = [[Frag(f"{block.number}.", "Times-Roman", BODY)]]
                self.body_line_first(first, line, last)
            else:
                self.body_line(line, LEFT, None if last else WIDTH, BODY_LEADING, BODY)

    def body_line_first(self, number: list[Word], line: list[Word], last: bool) -> None:
        new = [self.note(m) for m in _markers(line) if m in self.seed.footnotes
               and m not in self.noted]
        if self.y - BODY_LEADING * 2 < BOTTOM + self.notes_height(new):
            self.new_page()  # no paragraph starts on the last line of a page
        self.y -= BODY_LEADING
        self.draw_words(number, LEFT, self.y, BODY, justify=None)
        self.draw_words(line, LEFT + TAB, self.y, BODY, justify=None if last else WIDTH - TAB)
        for note in new:
            self.notes.append(note)
            self.noted.add(note.number)


def _plain(spans: list[Span]) -> str:
    return "".join(s.text for s in spans)


def _is_cjk(text: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" for ch in text)


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = dejavu_path()
    if path is None:
        sys.exit("make_samples: DejaVuSans.ttf not found (install fonts-dejavu-core)")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(path)))


def dejavu_path() -> Path | None:
    for folder in _DEJAVU_DIRS:
        path = Path(folder) / "DejaVuSans.ttf"
        if path.is_file():
            return path
    return None


def write_pdf(seed: Seed, out: Path) -> None:
    PdfWriter(out, seed).write()


# ---------------------------------------------------------------- HTML


def _html_spans(spans: list[Span], notes: dict[str, list[list[Span]]] | None = None) -> str:
    out = []
    for s in spans:
        text = html.escape(s.text, quote=False)
        if s.superscript and notes is not None and s.text in notes:
            n = html.escape(s.text)
            out.append(f'<a href="#fn{n}" id="fnref{n}" class="footnote-ref" '
                       f'role="doc-noteref"><sup>{n}</sup></a>')
            continue
        text = re.sub(r"(?:https?|ftp)://[^\s<>]+?(?=[.,;]?(?:\s|$))",
                      lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', text)
        if s.superscript:
            text = f"<sup>{text}</sup>"
        if s.italic:
            text = f"<em>{text}</em>"
        if s.bold:
            text = f"<strong>{text}</strong>"
        out.append(text)
    return "".join(out)


def render_html(seed: Seed) -> str:
    title = _plain(next(b.spans for b in seed.blocks if b.kind == "heading" and b.level == 2
                        and len(_plain(b.spans)) > 60))
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(SYMBOL)} – {html.escape(title)}</title>",
        "<style>body{font-family:serif;max-width:46em;margin:auto}"
        ".fao-names{display:flex;justify-content:space-between;font-size:.7em}"
        ".symbol{text-align:right;font-weight:bold}header h1,header h2,header h3"
        "{text-align:center}.toc td:last-child{text-align:right}</style>",
        "</head>",
        "<body>",
        "<article>",
        "<header>",
        '<div class="fao-names">',
    ]
    for group in seed.header:
        lang = _language(" ".join(group))
        direction = ' dir="rtl"' if lang == "ar" else ""
        # One name per language: the print layout's line breaks are the emblem's, not the
        # name's.
        out.append(f'<p lang="{lang}"{direction}>'
                   + html.escape(_join_name(group), quote=False) + "</p>")
    out += ["</div>", f'<p class="symbol">{html.escape(SYMBOL)}</p>']
    blocks = list(seed.blocks)
    # Title-page lines up to the contents heading belong to the document's header.
    while blocks and not (blocks[0].kind == "heading" and blocks[1:] and blocks[1].kind == "toc"):
        b = blocks.pop(0)
        body = _html_spans(b.spans)
        out.append(f"<h{b.level}>{body}</h{b.level}>" if b.kind == "heading" else f"<p>{body}</p>")
    out.append("</header>")
    in_section = False
    toc_open = False
    for b in blocks:
        if b.kind == "toc":
            if not toc_open:
                out.append('<table class="toc">')
                toc_open = True
            title, _, pages = _plain(b.spans).partition("\t")
            title = re.sub(r"[\s.…]+$", "", title.strip())
            cell = "th" if not title else "td"
            out.append(f"<tr><{cell}>{html.escape(title)}</{cell}>"
                       f"<{cell}>{html.escape(pages.strip())}</{cell}></tr>")
            continue
        if toc_open:
            out += ["</table>", "</section>"]
            toc_open = False
        if b.kind == "heading":
            if in_section:
                out.append("</section>")
            if blocks.index(b) + 1 < len(blocks) and blocks[blocks.index(b) + 1].kind == "toc":
                out.append('<section class="toc">')
                in_section = False
            else:
                out.append("<section>")
                in_section = True
            out.append(f"<h{b.level}>{_html_spans(b.spans)}</h{b.level}>")
        elif b.kind == "paragraph":
            out.append(f'<p id="para-{b.number}">{html.escape(b.number)}. '
                       f"{_html_spans(b.spans, seed.footnotes)}</p>")
        else:
            out.append(f"<p>{_html_spans(b.spans, seed.footnotes)}</p>")
    if in_section:
        out.append("</section>")
    out += ["</article>", '<section class="footnotes" role="doc-endnotes">', "<hr>", "<ol>"]
    for number, lines in seed.footnotes.items():
        text = "<br>".join(_html_spans(spans) for spans in lines)
        out.append(f'<li id="fn{number}"><p>{text} '
                   f'<a href="#fnref{number}" class="footnote-back" '
                   f'role="doc-backlink">↩︎</a></p></li>')
    out += ["</ol>", "</section>", "</body>", "</html>", ""]
    return "\n".join(out)


def _join_name(lines: list[str]) -> str:
    """Lines of a name printed in a narrow column, rejoined (no spaces between CJK lines)."""
    out = lines[0]
    for line in lines[1:]:
        out += line if _is_cjk(out[-1:]) and _is_cjk(line[:1]) else " " + line
    return out


def _language(text: str) -> str:
    if _is_cjk(text):
        return "zh"
    if any("\u0600" <= ch <= "\u06ff" for ch in text):
        return "ar"
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        return "ru"
    if "Organización" in text:
        return "es"
    if "Organisation" in text:
        return "fr"
    return "en"


# ---------------------------------------------------------------- entry point


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=ROOT / "samples")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the samples differ from a fresh render")
    args = parser.parse_args(argv)
    seed = load_seed()
    if args.check:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            write_pdf(seed, Path(tmp) / "seed-report.pdf")
            fresh = {"seed-report.pdf": (Path(tmp) / "seed-report.pdf").read_bytes(),
                     "seed-report.html": render_html(seed).encode("utf-8")}
        stale = [n for n, data in fresh.items()
                 if not (args.out_dir / n).is_file() or (args.out_dir / n).read_bytes() != data]
        for name in stale:
            print(f"{args.out_dir / name}: out of date; run scripts/make_samples.py")
        return 1 if stale else 0
    args.out_dir.mkdir(parents=True, exist_ok=True)
    write_pdf(seed, args.out_dir / "seed-report.pdf")
    (args.out_dir / "seed-report.html").write_text(render_html(seed), encoding="utf-8")
    print(f"wrote {args.out_dir / 'seed-report.pdf'} and {args.out_dir / 'seed-report.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
