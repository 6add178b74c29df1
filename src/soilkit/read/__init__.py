"""Step 1 of the pipeline: a file becomes `Line`s with layout facts.

`sniff_format` decides by content (magic bytes, markup), falling back on the extension, so that
standard input and misnamed files are read by the right reader.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from soilkit.errors import InputError
from soilkit.model import Line, Source

FORMATS = ("pdf", "html", "markdown", "text")
_EXTENSIONS = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
}
# The extensions a directory is searched for (a directory may also hold images, YAML, …).
EXTENSIONS = tuple(_EXTENSIONS)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff_format(data: bytes, name: str = "") -> str:
    """The reader a file needs, judged by its bytes first and its name second."""
    if data[:1024].find(b"%PDF-") != -1:
        return "pdf"
    low = data[:2048].lower()
    for bom in _BOMS:
        if low.startswith(bom):
            low = low[len(bom):]
            break
    if low[:1] == b"\x00" or low[1:2] == b"\x00":
        low = low.replace(b"\x00", b"")  # UTF-16 without a BOM, as Windows tools write it
    low = low.lstrip()[:512]
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or any(
        tag in low for tag in (b"<body", b"<head", b"<meta charset")
    ):
        return "html"
    ext = Path(name).suffix.lower()
    if ext == ".pdf":
        return "pdf"  # named .pdf but not a PDF: the PDF reader says so clearly
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    if _looks_like_markdown(data[:4096]):
        return "markdown"
    return "text"


def _looks_like_markdown(head: bytes) -> bool:
    lines = head.splitlines()
    return any(ln.startswith((b"# ", b"## ", b"### ")) for ln in lines) or b"<sup>" in head


def source_for(path: str, data: bytes, fmt: str, pages: int | None = None) -> Source:
    return Source(path=path, sha256=hashlib.sha256(data).hexdigest(), format=fmt, pages=pages)


@contextmanager
def _reading(path: str | os.PathLike) -> Iterator[Path]:
    """The path to read; every way reading it can fail becomes an `InputError`."""
    p = Path(path)
    try:
        if not p.exists() and not p.is_symlink():
            raise InputError(str(path), "no such file")
        if p.is_dir():
            raise InputError(str(path), "is a directory")
        yield p
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(str(path), "symbolic link loop") from None
        if exc.errno == errno.ENOENT:
            raise InputError(str(path), "no such file (broken symbolic link?)") from None
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from None


def load_bytes(path: str | os.PathLike) -> bytes:
    """The bytes of one input; every way a path can fail becomes an `InputError`."""
    if str(path) == "-":
        import sys

        return sys.stdin.buffer.read()
    with _reading(path) as p:
        return p.read_bytes()


def read_head(path: str | os.PathLike, size: int = 4096) -> bytes:
    """The first `size` bytes of a file: enough for `sniff_format`."""
    with _reading(path) as p, p.open("rb") as f:
        return f.read(size)


def file_source(path: str, fmt: str, pages: int | None = None) -> Source:
    """`source_for` of a file hashed in chunks, never held whole in memory."""
    with _reading(path) as p, p.open("rb") as f:
        digest = hashlib.file_digest(f, "sha256").hexdigest()
    return Source(path=path, sha256=digest, format=fmt, pages=pages)


def read_lines(
    data: bytes | str, fmt: str, *, path: str = "-", engine: str = "pdfplumber"
) -> Iterator[Line]:
    """Dispatch to the reader for `fmt`; every reader yields `Line`s in reading order.

    A PDF may be given as the path of its file instead of its bytes: the engines then read
    it from the file as they need it, so that a long PDF is never all in memory at once.
    """
    if fmt == "pdf":
        if engine == "pdfium":
            from soilkit.read.pdfium import read_pdf
        else:
            from soilkit.read.pdf import read_pdf
        return read_pdf(data, path=path)
    if isinstance(data, str):
        raise TypeError("only PDFs are read from a path; pass the bytes of other formats")
    if fmt == "html":
        from soilkit.read.html import read_html

        return read_html(data, path=path)
    from soilkit.read.text import read_text

    return read_text(data, path=path, markdown=(fmt == "markdown"))
