"""PDF → `Line`s through pdfplumber (the reference engine).

Pages are read one at a time and closed straight after their characters are taken, so memory
stays flat however long the document is. Only `page.chars` is read (once per page): line
building is `soilkit.read.layout`'s work, shared with the pdfium engine.

Everything pdfminer/pdfplumber can raise is turned into a one-line `InputError` here.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from soilkit.errors import EncryptedError, InputError, NoTextLayerError
from soilkit.model import Line
from soilkit.read.layout import chars_to_lines

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


def iter_page_chars(data: bytes, path: str = "-") -> Iterator[tuple[int, float, float, list]]:
    """Yield (page number, width, height, characters) page by page, closing each page."""
    import pdfplumber

    if b"%PDF-" not in data[:1024]:
        raise InputError(path, "not a readable PDF: no PDF header")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        if _is_password_problem(exc):
            raise EncryptedError(path, ENCRYPTED) from None
        raise InputError(path, _unreadable(exc)) from None
    try:
        try:
            pages = pdf.pages
        except Exception as exc:
            if _is_password_problem(exc):
                raise EncryptedError(path, ENCRYPTED) from None
            raise InputError(path, _unreadable(exc)) from None
        if not pages:
            raise InputError(path, "not a readable PDF: it has no pages")
        for page in pages:
            try:
                chars = page.chars
                width, height = float(page.width), float(page.height)
                number = page.page_number
            except RecursionError:
                raise InputError(path, "not a readable PDF: page structure too deep") from None
            except Exception as exc:
                raise InputError(path, _unreadable(exc)) from None
            finally:
                page.close()
            yield number, width, height, chars
    finally:
        pdf.close()


def read_pdf(data: bytes, *, path: str = "-") -> Iterator[Line]:
    """Yield the document's lines page by page, in reading order."""
    found_text = False
    pages = 0
    for number, width, height, chars in iter_page_chars(data, path):
        pages += 1
        lines = chars_to_lines(chars, number, width, height)
        if lines:
            found_text = True
        yield from lines
    if pages and not found_text:
        raise NoTextLayerError(path, NO_TEXT)
