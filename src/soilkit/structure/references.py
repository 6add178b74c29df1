"""References in every paragraph and footnote, each located by `where`.

`where` is {paragraph: N} for a numbered paragraph, {unnumbered: k} for the k-th unnumbered
one, {footnote: N} for a footnote; `Document.references` holds them all in document order
(paragraphs first, as read, then footnotes).
"""

from __future__ import annotations

from itertools import chain

from soilkit.model import Document, Reference
from soilkit.references import find_references
from soilkit.references.context import DOCUMENT_BODY_READS, document_body


def _document_body(doc: Document) -> str | None:
    """The body the document's text says it belongs to, from as much of its text as
    `document_body` reads (not the whole text of a long document: megabytes)."""
    texts = chain([doc.metadata.title or "", doc.metadata.symbol or ""],
                  (p.text for p in doc.paragraphs), (f.text for f in doc.footnotes))
    parts: list[str] = []
    length = 0
    for text in texts:
        parts.append(text)
        length += len(text) + 1
        if length > DOCUMENT_BODY_READS:
            break
    return document_body("\n".join(parts))


def attach_references(doc: Document) -> None:
    body = _document_body(doc)
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
