"""The Python API the CLI is a thin layer over: path in, `Document` or `SessionPage` out."""

from __future__ import annotations

import os

from soilkit.model import Document, SessionPage
from soilkit.read import load_bytes, read_lines, sniff_format, source_for

DOCUMENT_TYPES = ("report", "sessions")


def extract(path: str | os.PathLike, *, type: str | None = None, engine: str = "pdfplumber",
            data: bytes | None = None, fmt: str | None = None) -> Document | SessionPage:
    """Extract one document.

    `type` forces "report" or "sessions" (default: detected from the text); `engine` picks the
    PDF text engine ("pdfplumber", the reference, or "pdfium", the fast optional one); `data`
    and `fmt` let a caller hand over bytes it already holds (standard input).
    """
    path = str(path)
    if data is None:
        data = load_bytes(path)
    fmt = fmt or sniff_format(data, path)
    lines = list(read_lines(data, fmt, path=path, engine=engine))
    pages = max((ln.page for ln in lines), default=0) if fmt == "pdf" else None
    source = source_for(path, data, fmt, pages)

    from soilkit.structure.detect import detect_type

    kind = type or detect_type(lines)
    if kind == "sessions":
        from soilkit.structure.sessions import build_sessions

        return build_sessions(lines, source)
    from soilkit.structure.report import build_report

    return build_report(lines, source)
