"""PDF → `Line`s through PDFium (pypdfium2): the fast, optional engine (`--engine pdfium`).

PDFium parses a page about forty times faster than pdfminer. This module only turns each page
into character records in pdfplumber's convention and hands them to the layout step
(`soilkit.read.layout`), so both engines share every layout decision. The records
are rebuilt the way pdfminer builds its `LTChar` boxes rather than taken from PDFium's own
boxes, because PDFium's boxes are glyph outlines (a "/" overhangs its advance, a "." is a dot
high above the descent), while pdfminer's are advance width × font size from the baseline's
descent; only the latter keeps word gaps and line bounds the same as the reference engine:

- x0 = pen position, x1 = x0 + advance width (the font's /Widths; pdfminer's AFM table for
  fonts named like the standard 14), bottom = baseline + descent, top = bottom + font size, all
  through the character's text matrix and the page's rotation, origin at the top left;
- `size` is the box height (pdfminer's `LTChar.size`), `upright` pdfminer's test on the matrix;
- `fontname` is the font's /BaseFont as PDFium gives it: without a subset tag ("ABCDEF+").

Measured on the corpus PDFs (about 1.3 million characters): same text, same order, boxes
within 0.0005 pt (PDFium works in single precision) except where PDFium and pdfminer apply
character spacing differently (under 0.1 pt, one file).

PDFium inserts spaces and line breaks of its own where it guesses word and line breaks; those
are left out, and so are drawn spaces (the layout step takes word breaks from geometry alone):
only printing glyphs become records, in content-stream order (PDFium re-sorts text objects on a
line by x). The records are `layout.CHAR_FIELDS` tuples, handed to
`soilkit.read.layout.records_to_lines`: about 3,000 a page, so no dict is built per character.

A page whose glyphs PDFium cannot map to Unicode at all (fonts relying on predefined CJK CMaps
the bundled PDFium lacks: the Japanese gazette in the corpus) is read by pdfplumber instead,
so that no text is lost; every other page is PDFium's alone.

pypdfium2 is an optional extra (`pip install 'soilkit[pdfium]'`); it is imported on first use.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator

from soilkit.errors import EncryptedError, InputError, NoTextLayerError
from soilkit.model import Line
from soilkit.read.heap import collector_paused, give_back_freed_memory
from soilkit.read.layout import CharRecord, records_to_lines
from soilkit.read.pdf import ENCRYPTED, NO_TEXT, page_records, pdf_header

MISSING = "the pdfium engine needs pypdfium2: pip install 'soilkit[pdfium]'"

# PDFium's marks for a hyphen ending a line (U+0002 from FPDFText_GetUnicode, U+FFFE from
# FPDFText_GetText), where pdfminer keeps the "-"
_HYPHEN_MARKS = str.maketrans({"\x02": "-", "\ufffe": "-"})
_SURROGATE = re.compile("[\ud800-\udfff]")


def _import():
    try:
        import pypdfium2
        import pypdfium2.raw as raw
    except ImportError:
        return None, None
    return pypdfium2, raw


def _page_transform(rotation: int, box: tuple[float, float, float, float]):
    """pdfminer's page matrix (user space → its layout space) and the page's size.

    pdfplumber shows the MediaBox (not the CropBox), turned by /Rotate, and keeps x in user
    space; `top` is measured down from the MediaBox's top edge.
    """
    x0, y0, x1, y1 = box
    if rotation == 90:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1), y1 - y0, x1 - x0
    if rotation == 180:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1), x1 - x0, y1 - y0
    if rotation == 270:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0), y1 - y0, x1 - x0
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0), x1 - x0, y1 - y0


# pdfminer takes the metrics of the standard 14 fonts (and a few aliases) from its own AFM
# table, whatever the PDF embeds, when a font is named so exactly: its descent (Symbol and
# ZapfDingbats have none: 0) and its widths, looked up by character (0 when absent).
STANDARD_FONTS = frozenset({
    *(f"Courier{s}" for s in ("", "-Bold", "-BoldOblique", "-Oblique")),
    *(f"Helvetica{s}" for s in ("", "-Bold", "-BoldOblique", "-Oblique")),
    *(f"Times-{s}" for s in ("Bold", "BoldItalic", "Italic", "Roman")),
    *(f"{family}{s}" for family in ("Arial", "CourierNew", "TimesNewRoman")
      for s in ("", ",Italic", ",Bold", ",BoldItalic")),
    "Symbol", "ZapfDingbats",
})


def _standard_metrics(name: str) -> tuple[float, dict[str, float]] | None:
    if name not in STANDARD_FONTS:
        return None
    from pdfminer.fontmetrics import FONT_METRICS  # pdfminer.six comes with pdfplumber

    found = FONT_METRICS.get(name)
    if found is None:
        return None
    descriptor, widths = found
    return -abs(float(descriptor.get("Descent", 0) or 0)), widths


def _bare(function, restype):
    """`function` (a ctypes binding) called with no argument conversion, returning `restype`.

    Called holding the GIL (`PYFUNCTYPE`): these calls take well under a microsecond, less than
    releasing and taking back the GIL costs (a tenth of a character's reading time), and a
    document is read by one thread (`--jobs` runs processes)."""
    bare = ctypes.PYFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)
    bare.argtypes = None
    return bare


class _Reader:
    """Holds the ctypes scratch values and per-font caches of one document."""

    def __init__(self, raw):
        self.raw = raw
        self.f = ctypes.c_float()
        self.matrix = raw.FS_MATRIX()
        self.buf = ctypes.create_string_buffer(512)
        # The calls made for every character, re-declared without argument conversion
        # (arguments are passed as ready ctypes values) and returning the text object's
        # address as an int (a dict key): ctypes' conversions cost more than PDFium's work.
        self.get_object = _bare(raw.FPDFText_GetTextObject, ctypes.c_void_p)
        self.get_origin = _bare(raw.FPDFText_GetCharOrigin, ctypes.c_int)
        self.is_generated = _bare(raw.FPDFText_IsGenerated, ctypes.c_int)
        # and the calls made for every page object (pointers come back as ints)
        self.get_font = _bare(raw.FPDFTextObj_GetFont, ctypes.c_void_p)
        self.get_font_size = _bare(raw.FPDFTextObj_GetFontSize, ctypes.c_int)
        self.get_matrix = _bare(raw.FPDFText_GetMatrix, ctypes.c_int)
        self.get_type = _bare(raw.FPDFPageObj_GetType, ctypes.c_int)
        self.page_object = _bare(raw.FPDFPage_GetObject, ctypes.c_void_p)
        self.form_object = _bare(raw.FPDFFormObj_GetObject, ctypes.c_void_p)
        self.form_count = _bare(raw.FPDFFormObj_CountObjects, ctypes.c_int)
        xy = (ctypes.c_double * 2)()
        # the origin is read back through a memoryview: indexing the ctypes array itself costs
        # more than the call that filled it
        self.xy_args = (ctypes.c_void_p(ctypes.addressof(xy)),
                        ctypes.c_void_p(ctypes.addressof(xy) + ctypes.sizeof(ctypes.c_double)),
                        memoryview(xy).cast("B").cast("d"))
        # font address → (name, descent per point, AFM widths, font handle);
        # (font address, size) → {char: advance}
        self.fonts: dict[int, tuple] = {}
        self.widths: dict[tuple[int, float], dict[str, float]] = {}

    def font(self, key: int, sample: str) -> tuple:
        found = self.fonts.get(key)
        if found is None:
            raw = self.raw
            font = ctypes.cast(key, raw.FPDF_FONT)
            n = raw.FPDFFont_GetBaseFontName(font, self.buf, len(self.buf))
            name = self.buf.raw[: max(0, n - 1)].decode("latin-1") if n else ""
            # (PDFium drops a subset tag, which pdfminer would see: "ABCDEF+Symbol" is taken
            # for "Symbol" here; such subsets of standard fonts are rare)
            standard = _standard_metrics(name)
            afm = None
            # A composite (Type0) font named "Symbol", as Word embeds it, is not looked up
            # by pdfminer; PDFium does not tell the font type, but such fonts map their
            # glyphs to private-use code points that the AFM table does not hold.
            # (pdfminer's ZapfDingbats table is keyed by codes, never matching a character.)
            if standard is not None and (sample in standard[1] or name == "ZapfDingbats"):
                descent, afm = standard
            elif raw.FPDFFont_GetDescent(font, 1000.0, self.f):
                # pdfminer reads /Descent from the descriptor and forces it negative
                descent = -abs(self.f.value)
            else:
                descent = 0.0
            found = (name, descent / 1000.0, afm, font)
            self.fonts[key] = found
        return found

    def page_chars(self, page, textpage, rotation: int, box
                   ) -> tuple[float, float, list[CharRecord], bool]:
        """(width, height, character records, decoded) of one page: records as the layout step
        takes them (`layout.CHAR_FIELDS`), in content-stream order."""
        raw = self.raw
        ctm, width, height = _page_transform(rotation, box)
        ca, cb, cc, cd, ce, cf = ctm
        # pdfplumber: top = height - y1 + mediabox top, which for a MediaBox not at the origin
        # counts from the box's own edge (pdfplumber's #1181 convention)
        shift_y = -box[1] if rotation in (0, 180) else -box[0]
        shift_x = box[0] if rotation in (0, 180) else box[1]
        ex = ce + shift_x  # (x is shifted once, with the translation)
        f = self.f
        fp = ctypes.byref(f)
        glyph_width = raw.FPDFFont_GetGlyphWidth
        get_object, get_origin, is_generated = self.get_object, self.get_origin, self.is_generated
        xy_x, xy_y, xy = self.xy_args
        page_arg = ctypes.c_void_p(ctypes.cast(textpage, ctypes.c_void_p).value)
        objects: dict[int, tuple] = {}
        order = self._stream_order(page)

        records: list[CharRecord] = []
        append = records.append
        # (rank, first record) wherever the text object's rank in the content stream changes
        segments: list[tuple[int, int]] = []
        count = raw.FPDFText_CountChars(textpage)
        page_text = self._page_text(textpage, count)
        # PDFium lists a text object's characters one after another, so the page is read
        # object by object, each with its font, size and matrix in locals
        start = 0
        while start < count:
            okey = get_object(page_arg, start)
            if not okey:  # PDFium's own marks (generated spaces, breaks) have no text object
                start += 1
                continue
            end = _last_of(get_object, page_arg, okey, start, count) + 1
            piece = page_text[start:end]
            first = start
            start = end
            state = objects.get(okey)
            if state is None:
                # the object's metrics are chosen by its first character, which may be a
                # drawn space (see `font`), though not one PDFium generated
                for k, text in enumerate(piece, first):
                    if not text.isspace() or not is_generated(page_arg, k):
                        state = self._object_state(okey, page_arg, k, ctm, text,
                                                   order.get(okey, -1))
                        objects[okey] = state
                        break
                else:
                    continue
            if piece.isspace():
                # the layout step takes word breaks from geometry, not from space glyphs
                continue
            rank, fontname, upright, a, b, c, d, lo, hi, advances, afm, font, size = state
            if not segments or segments[-1][0] != rank:
                segments.append((rank, len(records)))
            if b == 0.0 and c == 0.0 and a > 0.0 and d > 0.0:
                # upright, unrotated text (most of it): one box top and bottom per baseline
                d_lo, d_hi = d * lo, d * hi
                last_oy = None
                for k, text in enumerate(piece, first):
                    if text.isspace():
                        continue
                    adv = advances.get(text)
                    if adv is None:
                        adv = _advance(text, afm, font, size, glyph_width, f, fp, advances)
                    get_origin(page_arg, k, xy_x, xy_y)
                    px, py = xy[0], xy[1]
                    # the pen position through the page matrix: pdfminer's layout space
                    oy = px * cb + py * cd + cf
                    if oy != last_oy:
                        y0, y1 = oy + d_lo, oy + d_hi
                        top, bottom, box = height - y1 + shift_y, height - y0 + shift_y, y1 - y0
                        last_oy = oy
                    x0 = px * ca + py * cc + ex
                    append((text, x0, x0 + a * adv, top, bottom, box, fontname, upright))
                continue
            # (the same steps for turned or skewed text, kept as a loop of their own so that
            # the loop above, which most characters go through, tests nothing it need not)
            for k, text in enumerate(piece, first):
                if text.isspace():
                    continue
                adv = advances.get(text)
                if adv is None:
                    adv = _advance(text, afm, font, size, glyph_width, f, fp, advances)
                get_origin(page_arg, k, xy_x, xy_y)
                px, py = xy[0], xy[1]
                ox = px * ca + py * cc + ce
                oy = px * cb + py * cd + cf
                # box corners (0, lo) (adv, lo) (0, hi) (adv, hi) through the char matrix
                xs = (ox + c * lo, ox + a * adv + c * lo, ox + c * hi, ox + a * adv + c * hi)
                ys = (oy + d * lo, oy + b * adv + d * lo, oy + d * hi, oy + b * adv + d * hi)
                y0, y1 = min(ys), max(ys)
                append((text, min(xs) + shift_x, max(xs) + shift_x, height - y1 + shift_y,
                        height - y0 + shift_y, y1 - y0, fontname, upright))
        if any(b[0] < a[0] for a, b in zip(segments, segments[1:], strict=False)):
            records = _in_stream_order(records, segments)
        # Glyphs PDFium cannot map to Unicode (fonts relying on predefined CJK CMaps that the
        # bundled PDFium lacks) are dropped from its text page altogether: a page with many
        # text objects and almost no characters has not been read. A decoded page has at
        # least one character per text object (most objects hold words or whole lines).
        decoded = not (len(order) >= 20 and count < 0.5 * len(order))
        return width, height, records, decoded

    def _page_text(self, textpage, count: int) -> str | list[str]:
        """Every character of the page (one per character index), line-end hyphens as "-"."""
        raw = self.raw
        buf = (ctypes.c_ushort * (count + 1))()
        n = raw.FPDFText_GetText(textpage, 0, count, buf) - 1 if count else 0
        text = bytes(buf)[: 2 * max(n, 0)].decode("utf-16-le", "surrogatepass")
        if len(text) == count and not _SURROGATE.search(text):
            return text.translate(_HYPHEN_MARKS)
        # characters outside the BMP take two units: ask character by character
        get = raw.FPDFText_GetUnicode
        return [chr(c).translate(_HYPHEN_MARKS) if (c := get(textpage, i)) < 0x110000
                else "\ufffd" for i in range(count)]

    def _stream_order(self, page) -> dict[int, int]:
        """Text object address → its rank in the content stream (form XObjects inlined)."""
        raw = self.raw
        order: dict[int, int] = {}
        text_type, form_type = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_FORM
        get_type, form_object, form_count = self.get_type, self.form_object, self.form_count

        def walk(count, get, depth):
            for k in range(count):
                address = get(k)
                if not address:
                    continue
                obj = ctypes.c_void_p(address)
                kind = get_type(obj)
                if kind == text_type:
                    order[address] = len(order)
                elif kind == form_type and depth < 32:
                    walk(form_count(obj),  # (its index is an unsigned long)
                         lambda j, form=obj: form_object(form, ctypes.c_ulong(j)), depth + 1)

        page_arg = ctypes.c_void_p(ctypes.cast(page, ctypes.c_void_p).value)
        walk(raw.FPDFPage_CountObjects(page), lambda j: self.page_object(page_arg, j), 0)
        return order

    def _object_state(self, okey: int, textpage, index, ctm, sample: str, rank: int) -> tuple:
        """Font, size and matrix of one text object: shared by all its characters."""
        obj = ctypes.c_void_p(okey)
        fkey = self.get_font(obj) or 0
        fontname, descent, afm, font = self.font(fkey, sample) if fkey else ("", 0.0, None, None)
        f = self.f
        size = self.get_font_size(obj, ctypes.byref(f)) and f.value or 0.0
        m = self.matrix
        self.get_matrix(textpage, index, ctypes.byref(m))
        ma, mb, mc, md = m.a, m.b, m.c, m.d
        # PDFium's matrix includes the horizontal scaling (Tz) in a and b; pdfminer's upright
        # test multiplies it in separately, to the same effect on the sign
        ca, cb, cc, cd = ctm[:4]
        a = ma * ca + mb * cc
        b = ma * cb + mb * cd
        c = mc * ca + md * cc
        d = mc * cb + md * cd
        upright = a * d > 0 and b * c <= 0
        lo = descent * size  # the box, in text space: from the descent, one font size high
        advances = self.widths.setdefault((fkey, size), {})
        return (rank, fontname, upright, a, b, c, d, lo, lo + size, advances, afm, font, size)


def _advance(text: str, afm, font, size: float, glyph_width, f, fp, advances: dict) -> float:
    """A character's advance from its font's /Widths (AFM widths for a standard font), looked
    up by code point and kept in `advances` (one table per font and size)."""
    if afm is not None:
        adv = afm.get(text, 0) * size / 1000.0
    else:
        adv = f.value if glyph_width(font, ord(text), size, fp) else 0.0
    advances[text] = adv
    return adv


def _last_of(get_object, page_arg, okey: int, first: int, count: int) -> int:
    """The index of the last character of the text object `okey`, whose characters start
    at `first`.

    PDFium lists a text object's characters one after another (its own spaces and line breaks
    fall between objects: tests/test_engines.py checks it on every page of the corpus), so the
    object's end is found by doubling steps and then halving them: a few calls per object
    instead of one per character. A character of no object inside an object's stretch would
    be taken for one of its own; none has been seen."""
    inside, step = first, 1
    while True:
        probe = inside + step
        if probe >= count or get_object(page_arg, probe) != okey:
            break
        inside, step = probe, step * 2
    outside = min(probe, count)
    while outside - inside > 1:
        middle = (inside + outside) // 2
        if get_object(page_arg, middle) == okey:
            inside = middle
        else:
            outside = middle
    return inside


def _in_stream_order(records: list, segments: list[tuple[int, int]]) -> list:
    """PDFium re-sorts text objects that share a line by x; pdfminer (and the layout step,
    which chains glyphs in stream order) sees them in content-stream order."""
    bounds = [start for _, start in segments[1:]] + [len(records)]
    pieces = [(rank, start, end) for (rank, start), end in zip(segments, bounds, strict=True)]
    pieces.sort(key=lambda piece: piece[0])  # stable: one object's characters keep their order
    return [r for _, start, end in pieces for r in records[start:end]]


class _Fallback:
    """pdfplumber, opened only if a page needs it (see `_Reader.page_chars`)."""

    def __init__(self, data: bytes | str, path: str):
        self.data = data
        self.path = path
        self.pdf = None

    def chars(self, index: int) -> list[CharRecord]:
        try:
            if self.pdf is None:
                import io

                import pdfplumber

                src = self.data
                self.pdf = pdfplumber.open(src if isinstance(src, str) else io.BytesIO(src))
            page = self.pdf.pages[index]
            try:
                return page_records(page)
            finally:
                page.close()
        except Exception as exc:  # pdfminer raises many unrelated types for damaged files
            detail = (str(exc).strip() or type(exc).__name__).splitlines()[0][:160]
            raise InputError(self.path, f"not a readable PDF: {detail}") from None

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


# PDFium keeps every object it has parsed (fonts, their programs, content streams) until the
# document is closed: reading 520 pages grows it by ~100 MB. Reopening the document every
# so many pages keeps memory flat in document length for a few ms per reopening.
REOPEN_EVERY = 50


def _open(pdfium, raw, data: bytes | str, path: str):
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise EncryptedError(path, ENCRYPTED) from None
        detail = str(exc).split("(PDFium: ", 1)[-1].rstrip(").") or "damaged file"
        raise InputError(path, f"not a readable PDF: {detail}") from None


def read_pdf(data: bytes | str, *, path: str = "-") -> Iterator[Line]:
    """Yield the document's lines page by page, in reading order (same contract as read.pdf:
    `data` is the PDF's bytes or the path of its file)."""
    pdfium, raw = _import()
    if pdfium is None:
        raise InputError(path, MISSING)
    if b"%PDF-" not in pdf_header(data):
        raise InputError(path, "not a readable PDF: no PDF header")
    doc = _open(pdfium, raw, data, path)
    fallback = _Fallback(data, path)
    try:
        n = len(doc)
        if not n:
            raise InputError(path, "not a readable PDF: it has no pages")
        reader = _Reader(raw)
        found_text = False
        for index in range(n):
            if index and index % REOPEN_EVERY == 0:
                doc.close()
                doc = _open(pdfium, raw, data, path)
                reader = _Reader(raw)  # its caches are keyed by the closed document's handles
            # a page's records are thousands of tuples and no cycle: the cyclic collector,
            # run every few hundred of them, would look at them for nothing
            with collector_paused():
                try:
                    page = doc[index]
                except pdfium.PdfiumError as exc:
                    raise InputError(path, f"not a readable PDF: page {index + 1}: {exc}") from None
                try:
                    textpage = page.get_textpage()
                    try:
                        width, height, chars, decoded = reader.page_chars(
                            page.raw, textpage.raw, page.get_rotation() % 360,
                            page.get_mediabox(fallback_ok=True))
                    finally:
                        textpage.close()
                finally:
                    page.close()
                if decoded:
                    lines = records_to_lines(chars, index + 1, width, height)
                else:
                    lines = records_to_lines(fallback.chars(index), index + 1, width, height)
            if lines:
                found_text = True
            yield from lines
        if not found_text:
            raise NoTextLayerError(path, NO_TEXT)
    finally:
        fallback.close()
        doc.close()
        give_back_freed_memory()  # PDFium's: about 20 MB for its last 50 pages
