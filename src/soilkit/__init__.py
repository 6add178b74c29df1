"""soilkit: structure out of FAO and environmental-treaty documents.

    import soilkit
    doc = soilkit.extract("report.pdf")          # Document (or SessionPage for a programme page)
    refs = soilkit.find_references("… decision 15/28, paragraph 7 …")

Heavy libraries (pdfplumber, lxml, rich) are imported only when a step needs them, so that
`import soilkit` and `soilkit --version` stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from soilkit.model import Document, Reference, SessionPage


def extract(path, *, type: str | None = None, engine: str = "pdfplumber") -> Document | SessionPage:
    """Read a file (PDF, HTML, text or Markdown) and return its structure."""
    from soilkit.api import extract as _extract

    return _extract(path, type=type, engine=engine)


def find_references(text: str, *, context_body: str | None = None) -> list[Reference]:
    """Find the decisions, resolutions, recommendations and document symbols cited in text."""
    from soilkit.references import find_references as _find

    return _find(text, context_body=context_body)


__all__ = ["__version__", "extract", "find_references"]
