"""The pdfplumber engine takes each page's characters from pdfplumber's pdfminer layout itself
(`read.pdf.page_records`): the records must be exactly those of `page.chars`, value for value
and type for type, on corpus pages and on pages whose boxes and figures make pdfplumber adjust
what pdfminer gives."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from conftest import CORPUS, need_corpus
from test_read_pdf_pages import _pdf

from soilkit.read.layout import _as_record
from soilkit.read.pdf import page_records


def _from_chars(page) -> list[tuple]:
    return [_as_record(c) for c in page.chars]


def _same(got: list[tuple], want: list[tuple]) -> None:
    assert got == want
    # (1 == 1.0 and True == 1: the types too, as the layout step and the output see them)
    assert [tuple(map(type, r)) for r in got] == [tuple(map(type, r)) for r in want]


def test_records_are_page_chars_on_the_first_and_last_page_of_every_corpus_pdf():
    need_corpus()
    paths = sorted(CORPUS.glob("**/*.pdf"))
    characters = 0
    for path in paths:
        try:
            pdf = pdfplumber.open(str(path))
        except Exception:
            continue  # the corpus's damaged and encrypted files
        with pdf:
            for index in sorted({0, len(pdf.pages) - 1}):
                page = pdf.pages[index]
                try:
                    want = _from_chars(page)
                except Exception:
                    continue
                _same(page_records(page), want)
                characters += len(want)
                page.close()
    assert len(paths) > 90 and characters > 300_000


def _form_page(mediabox: bytes) -> bytes:
    """Text in the page's own content and inside a form XObject drawn twice (pdfminer nests
    its characters in an LTFigure), on a MediaBox that may sit away from the origin."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    page_stream = (b"BT /F1 12 Tf 40 300 Td (outside) Tj ET "
                   b"q 1 0 0 1 20 100 cm /Fm1 Do Q q 0.5 0 0 2 60 200 cm /Fm1 Do Q")
    form_stream = b"BT /F1 9 Tf 0 0 Td (in the form) Tj ET"
    return _pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Contents 4 0 R "
           b"/Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >> >>" % mediabox,
        4: b"<< /Length %d >>\nstream\n%s\nendstream" % (len(page_stream), page_stream),
        5: font,
        6: b"<< /Type /XObject /Subtype /Form /BBox [0 0 300 50] "
           b"/Resources << /Font << /F1 5 0 R >> >> /Length %d >>\nstream\n%s\nendstream"
           % (len(form_stream), form_stream),
    })


@pytest.mark.parametrize("mediabox", [b"[0 0 400 500]", b"[30 40 430 540]",
                                      b"[-15 -20 385 480]"])
def test_characters_of_figures_and_offset_boxes_are_pdfplumbers(mediabox):
    with pdfplumber.open(io.BytesIO(_form_page(mediabox))) as pdf:
        page = pdf.pages[0]
        want = _from_chars(page)
        got = page_records(page)
    _same(got, want)
    assert "".join(r[0] for r in got).replace(" ", "") == "outside" + "intheform" * 2


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_rotated_pages_are_pdfplumbers(rotate):
    data = _form_page(b"[10 20 410 620]").replace(b"/Type /Page /Parent",
                                                  b"/Type /Page /Rotate %d /Parent" % rotate)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        _same(page_records(page), _from_chars(page))
