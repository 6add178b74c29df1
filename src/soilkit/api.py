"""The Python API the CLI is a thin layer over: path in, `Document` or `SessionPage` out."""

from __future__ import annotations

import os

from soilkit.errors import InputError, NoTextLayerError
from soilkit.model import Document, Line, SessionPage, Source
from soilkit.read import file_source, load_bytes, read_head, read_lines, sniff_format, source_for

DOCUMENT_TYPES = ("report", "sessions")
ENGINES = ("pdfplumber", "pdfium")


def extract(path: str | os.PathLike, *, type: str | None = None, engine: str = "pdfplumber",
            data: bytes | None = None, fmt: str | None = None) -> Document | SessionPage:
    """Extract one document.

    `type` forces "report" or "sessions" (default: detected from the text); `engine` picks the
    PDF text engine ("pdfplumber", the reference, or "pdfium", the fast optional one); `data`
    and `fmt` let a caller hand over bytes it already holds (standard input).
    """
    lines, source = load(path, engine=engine, data=data, fmt=fmt)
    return build(lines, source, type=type)


def load(path: str | os.PathLike, *, engine: str = "pdfplumber", data: bytes | None = None,
         fmt: str | None = None) -> tuple[list[Line], Source]:
    """Read one input into its `Line`s and the `Source` that describes it."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")
    path = str(path)
    if data is None and path != "-":
        # A PDF file stays on disk for its reader, which takes it page by page, so that a long
        # PDF is never held whole in memory; other formats are read whole anyway.
        src: bytes | str = path
        head = read_head(path)
    else:
        src = head = data if data is not None else load_bytes(path)
    if not head:
        raise InputError(path, "empty file (0 bytes)")
    fmt = fmt or sniff_format(head, path)
    if isinstance(src, str) and fmt != "pdf":
        src = load_bytes(path)
    try:
        lines = list(read_lines(src, fmt, path=path, engine=engine))
    except Exception as exc:
        if not _from_parser_library(exc):
            raise
        # The PDF libraries raise their own errors on damaged files, some only when a page is
        # read: a damaged file is the input's fault, reported like any other unreadable input.
        cause = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise InputError(path, f"not a readable {fmt.upper() if fmt == 'pdf' else fmt} file "
                               f"({type(exc).__name__}: {cause})") from None
    if fmt == "pdf" and not any(ln.text.strip() for ln in lines):
        # A reader that knows why (zero pages, images only) raises its own error first.
        raise NoTextLayerError(path, "the PDF has no text layer (scanned or image-only?): "
                                     "OCR it first, e.g. with ocrmypdf")
    pages = max((ln.page for ln in lines), default=0) if fmt == "pdf" else None
    if isinstance(src, str):
        return lines, file_source(path, fmt, pages)
    return lines, source_for(path, src, fmt, pages)


_PARSER_LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2", "lxml", "html5lib")


def _from_parser_library(exc: Exception) -> bool:
    module = type(exc).__module__ or ""
    return module.split(".")[0] in _PARSER_LIBRARIES


def build(lines: list[Line], source: Source, *, type: str | None = None
          ) -> Document | SessionPage:
    """Lines → a report or a session page (`type` forces one; default: detected)."""
    if type is not None and type not in DOCUMENT_TYPES:
        raise ValueError(f"unknown type {type!r} (expected one of {', '.join(DOCUMENT_TYPES)})")
    from soilkit.structure.detect import detect_type

    kind = type or detect_type(lines)
    if kind == "sessions":
        from soilkit.structure.sessions import build_sessions

        return build_sessions(lines, source)
    from soilkit.structure.report import build_report

    return build_report(lines, source)
