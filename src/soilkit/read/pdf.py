"""PDF → `Line`s through pdfplumber (the reference engine).

Pages are read one at a time and closed straight after their characters are taken, so memory
stays flat however long the document is. Only the characters are read (once per page), as
`page.chars` gives them (`page_records`): line building is `soilkit.read.layout`'s work, shared
with the pdfium engine.

Everything pdfminer/pdfplumber can raise is turned into a one-line `InputError` here.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator
from functools import cache
from itertools import chain

from soilkit.errors import EncryptedError, InputError, NoTextLayerError
from soilkit.model import Line
from soilkit.read.heap import give_back_freed_memory
from soilkit.read.layout import CharRecord, records_to_lines

ENCRYPTED = "encrypted: a password is needed to open it"
NO_TEXT = "no text layer (scanned image?): OCR it first, e.g. with ocrmypdf"


def _unreadable(exc: BaseException) -> str:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"not a readable PDF: {detail[:160]}"


def _is_password_problem(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        name = type(seen).__name__
        if name in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"):
            return True
        if "password" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
        if seen is exc:
            break
    return False


# pdfminer keeps every object it has parsed, decoded content streams and fonts included, until
# the document is closed: reading 520 pages that way grows memory by ~50 MB. Its caches are
# emptied every so many pages instead (`_forget_document`), which keeps that part of memory flat
# in document length; pages drawing on the same fonts in between parse them once.
FORGET_EVERY = 50


def pdf_header(src: bytes | str) -> bytes:
    """The first KiB of a PDF given as bytes or as the path of its file."""
    if isinstance(src, str):
        with open(src, "rb") as f:
            return f.read(1024)
    return src[:1024]


def _open(src: bytes | str, path: str):
    import pdfplumber

    try:
        return pdfplumber.open(src if isinstance(src, str) else io.BytesIO(src))
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        raise _open_error(path, exc) from None


def _open_error(path: str, exc: BaseException) -> InputError:
    if _is_password_problem(exc):
        return EncryptedError(path, ENCRYPTED)
    return InputError(path, _unreadable(exc))


def _iter_pages(pdf) -> Iterator:
    """pdfplumber's `Page`s of the document, each built when it is wanted.

    `pdf.pages` builds a pdfminer `PDFPage` for every page at once, and building one reads the
    page's content streams: the whole document's content would be held from the first page.
    The page tree is walked here as pdfminer walks it (attributes inherited from /Pages nodes,
    each node once). A document whose tree holds no page is left to pdfplumber, which then
    looks for pages among all objects."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    doc = pdf.doc
    leaves = _page_leaves(doc) if "Pages" in doc.catalog else iter(())
    first = next(leaves, None)
    if first is None:
        yield from pdf.pages
        return
    doctop = 0.0
    for number, (objid, attrs) in enumerate(chain([first], leaves), start=1):
        # (no page label: pdfplumber reads none of it for characters)
        page = Page(pdf, PDFPage(doc, objid, attrs, None), page_number=number,
                    initial_doctop=doctop)
        doctop += page.height
        yield page


def _page_leaves(doc) -> Iterator[tuple[int, dict]]:
    """(object id, attributes) of each page in the order of the page tree, as pdfminer's
    `PDFPage.create_pages` finds them, without building the pages."""
    from pdfminer import settings
    from pdfminer.pdfpage import LITERAL_PAGE, LITERAL_PAGES, PDFPage
    from pdfminer.pdftypes import dict_value, list_value

    inheritable = PDFPage.INHERITABLE_ATTRS
    visited: set = set()
    # a stack of (node, parent attributes) instead of recursion: trees can be deep
    stack: list[tuple[object, dict]] = [(doc.catalog["Pages"], doc.catalog)]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, int):
            objid, attrs = node, dict_value(doc.getobj(node)).copy()
        else:
            objid, attrs = node.objid, dict_value(node).copy()
        if objid in visited:
            continue
        visited.add(objid)
        for k, v in parent.items():
            if k in inheritable and k not in attrs:
                attrs[k] = v
        kind = attrs.get("Type")
        if kind is None and not settings.STRICT:
            kind = attrs.get("type")
        if kind is LITERAL_PAGES and "Kids" in attrs:
            stack.extend((kid, attrs) for kid in reversed(list_value(attrs["Kids"])))
        elif kind is LITERAL_PAGE:
            yield objid, attrs


def page_records(page) -> list[CharRecord]:
    """The characters of a pdfplumber page as layout records (`layout.CHAR_FIELDS`): the
    values `page.chars` gives, taken as pdfminer renders them, the way pdfplumber derives them
    from its layout (characters inside figures included, `top` and `bottom` from the
    MediaBox's top edge, x shifted by its left edge).

    pdfplumber lays the whole page out first (every character, curve and image an object with
    some twenty attributes) and then builds a dict of as many entries for each character. Built
    and dropped page by page between the lines kept, those objects cost time and left the
    memory beneath the lines fragmented; here each character becomes its record as soon as it
    is rendered, and paths and images are not laid out at all. tests/test_read_pdf_records.py
    holds the records to `page.chars`, value for value, on the first and last page of every
    corpus PDF and on pages with figures and with offset and rotated boxes."""
    from pdfminer.pdfinterp import PDFPageInterpreter

    device = _record_device()(page.pdf.rsrcmgr, page.page_number, float(page.height),
                              page.mediabox[:2])
    PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    return device.records


@cache
def _record_device():
    """The pdfminer device of `page_records` (a class made on first use: pdfminer is imported
    only when a PDF is read)."""
    from pdfminer.converter import PDFPageAggregator

    class RecordDevice(PDFPageAggregator):
        """pdfplumber's device (the same coordinates: pdfplumber's own subclass only adds
        marked-content tags), keeping each character as a record instead of an object."""

        def __init__(self, rsrcmgr, pageno: int, height: float, origin) -> None:
            super().__init__(rsrcmgr, pageno=pageno, laparams=None)
            self.records: list[CharRecord] = []
            self.height = height
            self.mb_x0, self.mb_top = origin

        def render_char(self, *args, **kwargs) -> float:
            adv = super().render_char(*args, **kwargs)
            obj = self.cur_item._objs.pop()  # the LTChar just added: not kept
            x0, x1 = obj.x0, obj.x1
            if self.mb_x0 != 0:
                x0, x1 = x0 + self.mb_x0, x1 + self.mb_x0
            name = obj.fontname
            if isinstance(name, bytes):  # (rare) decoded as pdfplumber decodes it
                from pdfplumber.page import fix_fontname_bytes

                name = fix_fontname_bytes(name)
            height, mb_top = self.height, self.mb_top
            self.records.append((obj.get_text(), x0, x1, (height - obj.y1) + mb_top,
                                 (height - obj.y0) + mb_top, obj.size, name, obj.upright))
            return adv

        def paint_path(self, *args, **kwargs) -> None:
            pass  # rules and boxes: no characters

        def render_image(self, *args, **kwargs) -> None:
            pass

    return RecordDevice


def _forget_contents(page) -> None:
    """Drop a read page's content streams from pdfminer's object cache.

    A content stream is cached with its decoded data: 5 MB for 50 pages of the benchmark
    document, held beside the lines until the caches are next emptied. A page's content is
    read once; if another page draws the same stream, pdfminer reads it again from the file."""
    objects = getattr(page.pdf.doc, "_cached_objs", None)
    for stream in page.page_obj.contents:
        objid = getattr(stream, "objid", None)  # a PDFStream or a reference to one
        if objects is not None and objid is not None:
            objects.pop(objid, None)
    page.page_obj.contents = []


def _forget_document(pdf) -> None:
    """Empty the document's caches (resolved objects, object streams, fonts).

    Whatever is needed again is parsed again from the file. Emptying them also frees them at
    once: the objects reference the document and it references them, so dropping the document
    would leave them for a full collection of the cyclic garbage collector, which comes ever
    more rarely as the lines kept make the oldest generation grow."""
    doc = pdf.doc
    for store in (getattr(doc, "_cached_objs", None), getattr(doc, "_parsed_objs", None),
                  getattr(pdf.rsrcmgr, "_cached_fonts", None)):
        if store is not None:
            store.clear()


def iter_page_chars(src: bytes | str, path: str = "-"
                    ) -> Iterator[tuple[int, float, float, list[CharRecord]]]:
    """Yield (page number, width, height, character records) page by page, closing each page.

    `src` is the PDF's bytes or the path of its file."""
    if b"%PDF-" not in pdf_header(src):
        raise InputError(path, "not a readable PDF: no PDF header")
    pdf = _open(src, path)
    try:
        pages = _iter_pages(pdf)
        read = 0
        while True:
            try:
                page = next(pages, None)
            except Exception as exc:
                raise _open_error(path, exc) from None
            if page is None:
                break
            try:
                chars = page_records(page)
                width, height = float(page.width), float(page.height)
                number = page.page_number
            except RecursionError:
                raise InputError(path, "not a readable PDF: page structure too deep") from None
            except Exception as exc:
                raise InputError(path, _unreadable(exc)) from None
            finally:
                page.close()
                _forget_contents(page)
            del page
            read += 1
            if read % FORGET_EVERY == 0:
                _forget_document(pdf)
            yield number, width, height, chars
        if not read:
            raise InputError(path, "not a readable PDF: it has no pages")
    finally:
        # not pdf.close(): it closes every page of the document, building each one first,
        # which reads every page's content streams again. The stream is ours either way (the
        # file pdfplumber opened, or the BytesIO around the bytes).
        pdf.stream.close()
        _forget_document(pdf)
    # The reader is cyclic garbage now (pdfplumber's pages are their own root page, pdfminer's
    # document and parser refer to each other), cross-reference table included: 1.5 MB for
    # the 520-page benchmark document. Collected now, before the structure step needs memory,
    # rather than at some later full collection.
    del pdf
    gc.collect()
    give_back_freed_memory()


def read_pdf(data: bytes | str, *, path: str = "-") -> Iterator[Line]:
    """Yield the document's lines page by page, in reading order (`data`: the PDF's bytes or
    the path of its file)."""
    found_text = False
    pages = 0
    for number, width, height, chars in iter_page_chars(data, path):
        pages += 1
        lines = records_to_lines(chars, number, width, height)
        if lines:
            found_text = True
        yield from lines
    if pages and not found_text:
        raise NoTextLayerError(path, NO_TEXT)
