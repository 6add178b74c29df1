"""References in every paragraph and footnote, each located by `where`.

`where` is {paragraph: N} for a numbered paragraph, {unnumbered: k} for the k-th unnumbered
one, {footnote: N} for a footnote; `Document.references` holds them all in document order
(paragraphs first, as read, then footnotes).
"""

from __future__ import annotations

from soilkit.model import Document, Reference
from soilkit.references import find_references


def _document_body(full_text: str) -> str | None:
    try:
        from soilkit.references.context import document_body
    except ImportError:  # the reference finder's context step is not there yet
        return None
    return document_body(full_text)


def attach_references(doc: Document) -> None:
    parts = [doc.metadata.title or "", doc.metadata.symbol or ""]
    parts += [p.text for p in doc.paragraphs] + [f.text for f in doc.footnotes]
    body = _document_body("\n".join(parts))
    everything: list[Reference] = []
    unnumbered = 0
    for para in doc.paragraphs:
        if para.number is None:
            unnumbered += 1
            where = {"unnumbered": unnumbered}
        else:
            where = {"paragraph": para.number}
        para.references = _found(para.text, body, where)
        everything.extend(para.references)
    for fn in doc.footnotes:
        fn.references = _found(fn.text, body, {"footnote": fn.number})
        everything.extend(fn.references)
    doc.references = everything


def _found(text: str, body: str | None, where: dict) -> list[Reference]:
    refs = find_references(text, context_body=body)
    for ref in refs:
        ref.where = dict(where)
    return refs
