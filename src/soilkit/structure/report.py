"""Lines → `Document`."""

from __future__ import annotations

from soilkit.model import Document, Line, Paragraph, Source


def build_report(lines: list[Line], source: Source) -> Document:
    # PLACEHOLDER (skeleton): the extract work replaces this.
    doc = Document(source=source)
    doc.paragraphs = [Paragraph(number=None, section=None, pages=[ln.page], text=ln.text)
                      for ln in lines if ln.text.strip()]
    return doc
