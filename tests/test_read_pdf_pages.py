"""The pdfplumber engine builds each page when it reads it (`read.pdf._iter_pages`): the same
pages, numbers and attributes as pdfplumber's own `pdf.pages`, however the page tree is built;
and what pdfminer caches of the pages it has read is let go as it goes.
"""

from __future__ import annotations

import io

import pdfplumber
import pytest

from soilkit.read import pdf as pdf_reader
from soilkit.read.pdf import _iter_pages, iter_page_chars


def _pdf(objects: dict[int, bytes]) -> bytes:
    """A PDF of numbered objects (1 is the catalog), with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, objects[number]))
    xref = out.tell()
    size = max(objects) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for number in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets.get(number, 0))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    return out.getvalue()


def _content(text: str) -> bytes:
    stream = b"BT /F1 12 Tf 40 300 Td (%s) Tj ET" % text.encode()
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)


def _nested_tree() -> bytes:
    """Seven pages under nested /Pages nodes: MediaBox, Rotate and Resources inherited from
    different levels, one node listed twice (pdfminer reads it once) and a leaf without /Type
    in the middle (not a page)."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R 4 0 R 4 0 R 20 0 R] /Count 7 "
           b"/MediaBox [0 0 400 500] /Resources << /Font << /F1 5 0 R >> >> >>",
        3: b"<< /Type /Pages /Kids [10 0 R 11 0 R 21 0 R 12 0 R] /Count 3 /Rotate 90 >>",
        4: b"<< /Type /Pages /Kids [13 0 R 6 0 R] /Count 4 /MediaBox [0 0 300 350] >>",
        5: font,
        6: b"<< /Type /Pages /Kids [14 0 R 15 0 R] /Count 2 /Rotate 180 >>",
        20: b"<< /Type /Page /Contents 36 0 R >>",
        21: b"<< /Contents 37 0 R >>",
    }
    for k, leaf in enumerate((10, 11, 12, 13, 14, 15)):
        parent = {10: 3, 11: 3, 12: 3, 13: 4, 14: 6, 15: 6}[leaf]
        extra = b" /MediaBox [0 0 250 260]" if leaf == 11 else b""
        objects[leaf] = b"<< /Type /Page /Parent %d 0 R /Contents %d 0 R%s >>" % (
            parent, 30 + k, extra)
        objects[30 + k] = _content(f"page {k + 1}")
    objects[36] = _content("page 7")
    objects[37] = _content("no page")
    return _pdf(objects)


def _facts(page) -> tuple:
    return (page.page_number, tuple(page.mediabox), page.rotation,
            "".join(c["text"] for c in page.chars))


def test_the_pages_built_one_at_a_time_are_pdfplumbers():
    data = _nested_tree()
    with pdfplumber.open(io.BytesIO(data)) as whole:
        expected = [_facts(p) for p in whole.pages]
    assert [f[3] for f in expected] == [f"page {k}" for k in range(1, 8)]
    assert {f[2] for f in expected} == {0, 90, 180}  # inheritance was exercised
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = _iter_pages(pdf)
        first = next(pages)
        # only the first page is built: no other page's content stream has been read
        assert not set(pdf.doc._cached_objs) & {31, 32, 33, 34, 35, 36}
        assert [_facts(first)] + [_facts(p) for p in pages] == expected


def _spy_on_the_document(monkeypatch) -> list:
    opened: list = []
    real_open = pdf_reader._open

    def spy(src, path):
        opened.append(real_open(src, path))
        return opened[-1]

    monkeypatch.setattr(pdf_reader, "_open", spy)
    return opened


def test_a_read_pages_content_is_dropped_and_the_caches_emptied(monkeypatch):
    monkeypatch.setattr(pdf_reader, "FORGET_EVERY", 3)
    opened = _spy_on_the_document(monkeypatch)
    cached_after: list[set] = []
    for _ in iter_page_chars(_nested_tree()):
        cached_after.append(set(opened[0].doc._cached_objs))
    content = [30, 31, 32, 33, 34, 35, 36]  # pages 1-7's content streams
    for number, cached in enumerate(cached_after, start=1):
        assert content[number - 1] not in cached
    assert cached_after[2] == set() and cached_after[5] == set()  # emptied every 3 pages
    assert 5 in cached_after[3] or 5 in cached_after[4]  # the font, cached in between
    assert opened[0].doc._cached_objs == {} and opened[0].rsrcmgr._cached_fonts == {}
    assert opened[0].stream.closed


def test_closing_the_document_builds_no_page(monkeypatch):
    # pdfplumber's PDF.close() closes every page of `pdf.pages`, building all of them first
    import pdfplumber.pdf

    def every_page(self):
        raise AssertionError("pdf.pages was built")

    monkeypatch.setattr(pdfplumber.pdf.PDF, "pages", property(every_page))
    assert len(list(iter_page_chars(_nested_tree()))) == 7


@pytest.mark.parametrize("every", [1, 2, 3, 50])
def test_emptying_the_caches_every_few_pages_reads_every_page_once(monkeypatch, every):
    monkeypatch.setattr(pdf_reader, "FORGET_EVERY", every)
    pages = list(iter_page_chars(_nested_tree()))
    assert [n for n, *_ in pages] == list(range(1, 8))
    assert ["".join(c[0] for c in chars) for *_, chars in pages] == \
        [f"page {k}" for k in range(1, 8)]


def test_a_file_without_a_page_tree_is_left_to_pdfplumber():
    # no /Pages in the catalog: pdfminer finds the pages among the objects
    data = _pdf({1: b"<< /Type /Catalog >>",
                 2: b"<< /Type /Page /MediaBox [0 0 200 200] /Contents 3 0 R "
                    b"/Resources << /Font << /F1 4 0 R >> >> >>",
                 3: _content("alone"),
                 4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"})
    pages = list(iter_page_chars(data))
    assert [(n, "".join(c[0] for c in chars)) for n, _, _, chars in pages] == [(1, "alone")]


def test_pages_outside_an_empty_tree_are_all_read(monkeypatch):
    # /Pages lists no page: pdfminer finds them among the objects, the caches emptied between
    monkeypatch.setattr(pdf_reader, "FORGET_EVERY", 1)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [] >>",
               3: font}
    for k in range(3):
        objects[10 + k] = (b"<< /Type /Page /MediaBox [0 0 200 200] /Contents %d 0 R "
                           b"/Resources << /Font << /F1 3 0 R >> >> >>" % (20 + k))
        objects[20 + k] = _content(f"orphan {k + 1}")
    pages = list(iter_page_chars(_pdf(objects)))
    assert ["".join(c[0] for c in chars) for *_, chars in pages] == \
        ["orphan 1", "orphan 2", "orphan 3"]
