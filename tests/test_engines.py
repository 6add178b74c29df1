"""The pdfium engine gives the pdfplumber engine's structure, and fails the same way.

The structure comparison runs on every corpus PDF (the pdfplumber side is the shared cached
extraction of the other corpus tests); the character comparison checks the records the engine
hands to the layout step against pdfplumber's own on a few real pages.
"""

from __future__ import annotations

import io

import pytest
from conftest import CORPUS, extracted, need_corpus

from soilkit.errors import EncryptedError, InputError, NoTextLayerError

pytest.importorskip("pypdfium2")

PDFS = sorted((CORPUS / "pdf").glob("*.pdf")) if CORPUS.is_dir() else []


def _structure(doc) -> dict:
    data = doc.to_dict()
    data.pop("source")
    return data


@pytest.mark.parametrize("path", PDFS, ids=[p.stem for p in PDFS])
def test_pdfium_structure_is_pdfplumbers(path):
    need_corpus()
    reference = extracted(str(path))
    fast = extracted(str(path), "pdfium")
    assert fast.source.pages == reference.source.pages
    assert _structure(fast) == _structure(reference)


def test_every_text_object_lists_its_characters_in_one_stretch():
    """What `pdfium._last_of` relies on to ask a text object's extent in a few calls: on
    every page of the corpus, no text object's characters are interrupted (by another object
    or by PDFium's own breaks)."""
    need_corpus()
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    get_object = raw.FPDFText_GetTextObject
    characters = 0
    for path in sorted(CORPUS.rglob("*.pdf")):
        doc = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(doc)):
                page = doc[index]
                textpage = page.get_textpage()
                count = raw.FPDFText_CountChars(textpage.raw)
                characters += count
                owners = [ctypes.cast(get_object(textpage.raw, i), ctypes.c_void_p).value
                          for i in range(count)]
                stretches = [owner for i, owner in enumerate(owners)
                             if owner and (i == 0 or owners[i - 1] != owner)]
                assert len(stretches) == len(set(stretches)), (path.name, index + 1)
                textpage.close()
                page.close()
        finally:
            doc.close()
    assert characters > 3_000_000


def test_pdfium_characters_match_pdfplumbers():
    """Text, boxes, size and orientation of every printed character, within 0.01 pt."""
    need_corpus()
    import pdfplumber
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from soilkit.read.layout import CHAR_FIELDS
    from soilkit.read.pdfium import _Reader

    # a resolution (Times, line-end hyphens, footnote markers) and the Federal Register
    # (three columns, Symbol and ZapfDingbats bullets from the standard-14 metrics)
    cases = [("un-ga-res-79-210-harmony-with-nature.pdf", 1),
             ("us-federal-register-2020-17221-faa-proposed-rule.pdf", 5)]
    for name, index in cases:
        path = CORPUS / "pdf" / name
        with pdfplumber.open(str(path)) as pdf:
            page = pdf.pages[index]
            chars = page.chars
            want = [c for c in chars if not c["text"].isspace()]
            drawn_spaces = [c for c in chars if c["text"].isspace()]
            size = (float(page.width), float(page.height))
        doc = pdfium.PdfDocument(str(path))
        page = doc[index]
        textpage = page.get_textpage()
        width, height, records, decoded = _Reader(raw).page_chars(
            page.raw, textpage.raw, page.get_rotation(), page.get_mediabox())
        textpage.close()
        page.close()
        doc.close()
        assert decoded
        got = [dict(zip(CHAR_FIELDS, r, strict=True)) for r in records]
        # the layout step takes word breaks from geometry alone: drawn spaces are not handed
        # over (pdfplumber's are, and the layout step leaves them out)
        assert drawn_spaces and not any(c["text"].isspace() for c in got)
        assert (width, height) == pytest.approx(size)
        assert "".join(c["text"] for c in got) == "".join(c["text"] for c in want)
        for g, w in zip(got, want, strict=True):
            for key in ("x0", "x1", "top", "bottom", "size"):
                assert g[key] == pytest.approx(w[key], abs=0.01), (name, g, w)
            assert g["upright"] == w["upright"]
            # PDFium drops the subset tag ("ABCDEF+") that pdfminer keeps; styles ignore it
            assert w["fontname"].endswith(g["fontname"])


def test_undecodable_page_is_read_by_pdfplumber():
    """The Japanese gazette's fonts use predefined CJK CMaps the bundled PDFium lacks: its
    glyphs never reach PDFium's text page, so the page is read by pdfplumber instead."""
    need_corpus()
    path = CORPUS / "pdf" / "jp-kanpo-official-gazette-page.pdf"
    fast = extracted(str(path), "pdfium")
    assert sum(len(p.text) for p in fast.paragraphs) > 1000
    assert _structure(fast) == _structure(extracted(str(path)))


def test_standard_font_names_are_pdfminers():
    from pdfminer.fontmetrics import FONT_METRICS

    from soilkit.read.pdfium import STANDARD_FONTS

    assert set(FONT_METRICS) == STANDARD_FONTS


# ---------------------------------------------------------------- errors


def _read(data: bytes, engine: str):
    from soilkit.read import read_lines

    return list(read_lines(data, "pdf", path="x.pdf", engine=engine))


def _error(data: bytes, engine: str) -> tuple[type, str]:
    with pytest.raises(InputError) as info:
        _read(data, engine)
    return type(info.value), str(info.value)


def _pdf(encrypt: bool = False) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    if encrypt:
        writer.encrypt(user_password="secret", owner_password="owner")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_encrypted_pdf_same_error_as_pdfplumber():
    data = _pdf(encrypt=True)
    kind, message = _error(data, "pdfium")
    assert kind is EncryptedError
    assert (kind, message) == _error(data, "pdfplumber")


def test_pdf_without_text_same_error_as_pdfplumber():
    data = _pdf()
    kind, message = _error(data, "pdfium")
    assert kind is NoTextLayerError
    assert (kind, message) == _error(data, "pdfplumber")


def test_not_a_pdf():
    kind, message = _error(b"hello, I am not a PDF", "pdfium")
    assert kind is InputError
    assert message == "x.pdf: not a readable PDF: no PDF header"


def test_damaged_pdf_is_an_input_error():
    data = _pdf()
    kind, message = _error(data[: len(data) // 3], "pdfium")
    assert kind is InputError
    assert message.startswith("x.pdf: not a readable PDF")


def test_missing_pypdfium2_says_how_to_install(monkeypatch):
    from soilkit.read import pdfium as engine

    monkeypatch.setattr(engine, "_import", lambda: (None, None))
    kind, message = _error(_pdf(), "pdfium")
    assert kind is InputError
    assert "pip install 'soilkit[pdfium]'" in message


@pytest.mark.parametrize("rotate, mediabox, cropbox", [
    (90, None, None), (180, None, None), (270, None, None),
    (0, (10, 20, 600, 780), (50, 60, 500, 700)), (90, (-5, 30, 612, 800), None),
])
def test_rotated_and_offset_pages_match_pdfplumber(rotate, mediabox, cropbox):
    """pdfplumber turns a /Rotate page and measures from the MediaBox (not the CropBox), with
    its own convention for a box that is not at the origin: the records follow it."""
    need_corpus()
    import pdfplumber
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject

    from soilkit.read.layout import CHAR_FIELDS
    from soilkit.read.pdfium import _Reader

    page = PdfReader(str(CORPUS / "pdf" / "un-ga-res-79-210-harmony-with-nature.pdf")).pages[1]
    if mediabox:
        page.mediabox = RectangleObject(mediabox)
    if cropbox:
        page.cropbox = RectangleObject(cropbox)
    if rotate:
        page.rotate(rotate)
    writer = PdfWriter()
    writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    data = buf.getvalue()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        want = [c for c in pdf.pages[0].chars if not c["text"].isspace()]
        size = (float(pdf.pages[0].width), float(pdf.pages[0].height))
    doc = pdfium.PdfDocument(data)
    fast = doc[0]
    textpage = fast.get_textpage()
    width, height, records, _ = _Reader(raw).page_chars(
        fast.raw, textpage.raw, fast.get_rotation(), fast.get_mediabox())
    got = [dict(zip(CHAR_FIELDS, r, strict=True)) for r in records]
    assert (width, height) == pytest.approx(size)
    assert [c["text"] for c in got] == [c["text"] for c in want]
    for g, w in zip(got, want, strict=True):
        assert [g[k] for k in ("x0", "x1", "top", "bottom", "size")] == pytest.approx(
            [w[k] for k in ("x0", "x1", "top", "bottom", "size")], abs=0.01)
        assert g["upright"] == w["upright"]
