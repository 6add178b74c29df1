"""PDF → `Line`s through PDFium (pypdfium2): the fast, optional engine (`--engine pdfium`).

PDFium parses a page about forty times faster than pdfminer. This module only turns each page
into character records in pdfplumber's convention and hands them to
`soilkit.read.layout.chars_to_lines`, so both engines share every layout decision. The records
are rebuilt the way pdfminer builds its `LTChar` boxes rather than taken from PDFium's own
boxes, because PDFium's boxes are glyph outlines (a "/" overhangs its advance, a "." is a dot
high above the descent), while pdfminer's are advance width × font size from the baseline's
descent; only the latter keeps word gaps and line bounds the same as the reference engine:

- x0 = pen position, x1 = x0 + advance width (the font's /Widths, times the horizontal
  scaling), bottom = baseline + descent, top = bottom + font size, all through the character's
  text matrix and the page's rotation, with pdfplumber's origin at the top left;
- `size` is the box height (pdfminer's `LTChar.size`), `upright` pdfminer's test on the matrix;
- `fontname` is the font's /BaseFont (subset prefix included).

White space is left out: PDFium inserts spaces and line breaks of its own (`IsGenerated`), and
the layout step takes word spaces from geometry, ignoring space characters anyway.

pypdfium2 is an optional extra (`pip install 'soilkit[pdfium]'`); it is imported on first use.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator

from soilkit.errors import EncryptedError, InputError, NoTextLayerError
from soilkit.model import Line
from soilkit.read.layout import chars_to_lines
from soilkit.read.pdf import ENCRYPTED, NO_TEXT

MISSING = "the pdfium engine needs pypdfium2: pip install 'soilkit[pdfium]'"

_WHITE = frozenset(" \t\r\n\x00\xa0\u2028\u2029\ufffe\uffff")


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


class _Reader:
    """Holds the ctypes scratch values and per-font caches of one document."""

    def __init__(self, raw):
        self.raw = raw
        self.x = ctypes.c_double()
        self.y = ctypes.c_double()
        self.f = ctypes.c_float()
        self.matrix = raw.FS_MATRIX()
        self.rect = raw.FS_RECTF()
        self.buf = ctypes.create_string_buffer(512)
        # font handle → (name, descent per point, AFM widths); (font, char, size) → advance
        self.fonts: dict[int, tuple] = {}
        self.widths: dict[tuple[int, int, float], float] = {}

    def font(self, font, sample: str) -> tuple:
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        found = self.fonts.get(key)
        if found is None:
            raw = self.raw
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
            found = (name, descent / 1000.0, afm)
            self.fonts[key] = found
        return found

    def page_chars(self, page, textpage, rotation: int, box) -> tuple[float, float, list[dict]]:
        raw = self.raw
        ctm, width, height = _page_transform(rotation, box)
        ca, cb, cc, cd, ce, cf = ctm
        # pdfplumber: top = height - y1 + mediabox top, which for a MediaBox not at the origin
        # counts from the box's own edge (pdfplumber's #1181 convention)
        shift_y = -box[1] if rotation in (0, 180) else -box[0]
        shift_x = box[0] if rotation in (0, 180) else box[1]
        x, y, f, m = self.x, self.y, self.f, self.matrix
        get_unicode = raw.FPDFText_GetUnicode
        get_origin = raw.FPDFText_GetCharOrigin
        get_object = raw.FPDFText_GetTextObject
        get_matrix = raw.FPDFText_GetMatrix
        glyph_width = raw.FPDFFont_GetGlyphWidth
        byref, cast, c_void_p = ctypes.byref, ctypes.cast, ctypes.c_void_p
        xp, yp, fp, mp = byref(x), byref(y), byref(f), byref(m)
        objects: dict[int, tuple] = {}
        order = self._stream_order(page)
        keys: list[int] = []
        widths = self.widths
        chars: list[dict] = []
        append = chars.append
        count = raw.FPDFText_CountChars(textpage)
        for i in range(count):
            code = get_unicode(textpage, i)
            if code == 2:
                # PDFium's mark for a hyphen that ends a line (pdfminer keeps the "-")
                text = "-"
            else:
                text = chr(code) if code < 0x110000 else "\ufffd"
                if text in _WHITE or text.isspace():
                    continue
            obj = get_object(textpage, i)
            if not obj:
                continue
            okey = cast(obj, c_void_p).value
            state = objects.get(okey)
            if state is None:
                state = self._object_state(obj, textpage, i, ctm, text)
                objects[okey] = state
            keys.append(order.get(okey, -1))
            fkey, fontname, size, descent, afm, scale_x, a, b, c, d, upright, font = state
            wkey = (fkey, code, size)
            adv = widths.get(wkey)
            if adv is None:
                # the advance from the font's /Widths, looked up by code point
                unit = 0x2D if code == 2 else code
                if afm is not None:
                    adv = afm.get(text, 0) * size / 1000.0 * scale_x
                else:
                    adv = f.value * scale_x if glyph_width(font, unit, size, fp) else 0.0
                widths[wkey] = adv
            get_origin(textpage, i, xp, yp)
            # the pen position through the page matrix: pdfminer's layout space
            ox = x.value * ca + y.value * cc + ce
            oy = x.value * cb + y.value * cd + cf
            lo = descent * size
            hi = lo + size
            # box corners (0, lo) (adv, lo) (0, hi) (adv, hi) through the char matrix
            xs = (ox + c * lo, ox + a * adv + c * lo, ox + c * hi, ox + a * adv + c * hi)
            ys = (oy + d * lo, oy + b * adv + d * lo, oy + d * hi, oy + b * adv + d * hi)
            x0, x1 = min(xs), max(xs)
            y0, y1 = min(ys), max(ys)
            append({
                "text": text, "x0": x0 + shift_x, "x1": x1 + shift_x,
                "top": height - y1 + shift_y, "bottom": height - y0 + shift_y,
                "size": y1 - y0, "fontname": fontname, "upright": upright,
            })
        if any(b < a for a, b in zip(keys, keys[1:])):
            # PDFium re-sorts text objects that share a line by x; pdfminer (and the layout
            # step, which chains glyphs in stream order) sees them in content-stream order
            ranked = sorted(range(len(chars)), key=keys.__getitem__)
            chars = [chars[k] for k in ranked]
        return width, height, chars

    def _stream_order(self, page) -> dict[int, int]:
        """Text object handle → its rank in the content stream (form XObjects inlined)."""
        raw = self.raw
        order: dict[int, int] = {}
        text_type, form_type = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_FORM
        get_type = raw.FPDFPageObj_GetType

        def walk(count, get, depth):
            for k in range(count):
                obj = get(k)
                kind = get_type(obj)
                if kind == text_type:
                    order[ctypes.cast(obj, ctypes.c_void_p).value] = len(order)
                elif kind == form_type and depth < 32:
                    walk(raw.FPDFFormObj_CountObjects(obj),
                         lambda j, form=obj: raw.FPDFFormObj_GetObject(form, j), depth + 1)

        walk(raw.FPDFPage_CountObjects(page), lambda j: raw.FPDFPage_GetObject(page, j), 0)
        return order

    def _object_state(self, obj, textpage, index, ctm, sample: str) -> tuple:
        """Font, size and matrix of one text object: shared by all its characters."""
        raw = self.raw
        font = raw.FPDFTextObj_GetFont(obj)
        fkey = ctypes.cast(font, ctypes.c_void_p).value or 0
        fontname, descent, afm = self.font(font, sample) if font else ("", 0.0, None)
        size = raw.FPDFTextObj_GetFontSize(obj, ctypes.byref(self.f)) and self.f.value or 0.0
        m = self.matrix
        raw.FPDFText_GetMatrix(textpage, index, ctypes.byref(m))
        ma, mb, mc, md = m.a, m.b, m.c, m.d
        # PDFium's matrix includes the horizontal scaling (Tz) in a and b; pdfminer's upright
        # test multiplies it in separately, to the same effect on the sign
        ca, cb, cc, cd = ctm[:4]
        a = ma * ca + mb * cc
        b = ma * cb + mb * cd
        c = mc * ca + md * cc
        d = mc * cb + md * cd
        upright = a * d > 0 and b * c <= 0
        return (fkey, fontname, size, descent, afm, 1.0, a, b, c, d, upright, font)


def read_pdf(data: bytes, *, path: str = "-") -> Iterator[Line]:
    """Yield the document's lines page by page, in reading order (same contract as read.pdf)."""
    pdfium, raw = _import()
    if pdfium is None:
        raise InputError(path, MISSING)
    if b"%PDF-" not in data[:1024]:
        raise InputError(path, "not a readable PDF: no PDF header")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise EncryptedError(path, ENCRYPTED) from None
        detail = str(exc).split("(PDFium: ", 1)[-1].rstrip(").") or "damaged file"
        raise InputError(path, f"not a readable PDF: {detail}") from None
    try:
        n = len(doc)
        if not n:
            raise InputError(path, "not a readable PDF: it has no pages")
        reader = _Reader(raw)
        found_text = False
        for index in range(n):
            try:
                page = doc[index]
            except pdfium.PdfiumError as exc:
                raise InputError(path, f"not a readable PDF: page {index + 1}: {exc}") from None
            try:
                textpage = page.get_textpage()
                try:
                    width, height, chars = reader.page_chars(
                        page.raw, textpage.raw, page.get_rotation() % 360,
                        page.get_mediabox(fallback_ok=True))
                finally:
                    textpage.close()
            finally:
                page.close()
            lines = chars_to_lines(chars, index + 1, width, height)
            if lines:
                found_text = True
            yield from lines
        if not found_text:
            raise NoTextLayerError(path, NO_TEXT)
    finally:
        doc.close()
