"""Lines → `Document`: the entry point of the report structure step.

The steps, each in its own module: page furniture out (furniture), typography profile
(profile), footnote areas and footnotes (footnotes), table of contents out (toc), metadata and
the front matter it covers (metadata), blocks (blocks), sections and paragraphs (paragraphs),
then references found in every paragraph and footnote (soilkit.references).
"""

from __future__ import annotations

from soilkit.model import Document, Line, Source
from soilkit.structure.blocks import segment
from soilkit.structure.footnotes import build_footnotes, split_footnote_areas
from soilkit.structure.furniture import split_furniture
from soilkit.structure.metadata import extract_metadata
from soilkit.structure.paragraphs import assemble
from soilkit.structure.profile import build_profile
from soilkit.structure.references import attach_references
from soilkit.structure.tables import table_lines
from soilkit.structure.textjoin import Joiner, vocabulary
from soilkit.structure.toc import toc_lines


def build_report(lines: list[Line], source: Source) -> Document:
    doc = _from_lines(lines, source)
    # (once the line-level working data is freed: the blocks, the vocabulary and the filtered
    # line lists were 2.7 of the 7.7 MB this step held when it came here, 520-page benchmark)
    _cite(doc)
    attach_references(doc)
    return doc


def _from_lines(lines: list[Line], source: Source) -> Document:
    """The document's metadata, footnotes, sections and paragraphs."""
    doc = Document(source=source)
    lines = [ln for ln in lines if ln.text.strip() or ln.block in ("blank", "rule")]
    body, furniture = split_furniture(lines)
    profile = build_profile([ln for ln in body if ln.text.strip()])
    joiner = Joiner(vocabulary(body))

    main, note_lines = split_footnote_areas(body, profile)
    doc.footnotes = build_footnotes(note_lines, joiner)
    known = {int(fn.number) for fn in doc.footnotes if isinstance(fn.number, int)}

    toc = toc_lines(main)
    main = [ln for i, ln in enumerate(main) if i not in toc]

    meta = extract_metadata([ln for ln in main if ln.text.strip()], furniture,
                            profile.body_size)
    doc.metadata = meta.metadata
    front = _front_matter(main, meta.title_ids)

    tables = table_lines(main, profile)
    blocks = segment(main, profile, known, tables)
    assembled = assemble(blocks, profile, joiner, known, front)
    doc.sections = assembled.sections
    doc.paragraphs = assembled.paragraphs
    return doc


def _front_matter(lines: list[Line], title_ids: set[int]) -> set[int]:
    """Everything up to and including the title (masthead, agenda block, title lines)."""
    if not title_ids:
        return set()
    last = max(i for i, ln in enumerate(lines) if id(ln) in title_ids)
    return {id(ln) for ln in lines[: last + 1]}


def _cite(doc: Document) -> None:
    by_number = {fn.number: fn for fn in doc.footnotes}
    unnumbered = 0
    for para in doc.paragraphs:
        if para.number is None:
            unnumbered += 1
            where = {"unnumbered": unnumbered}
        else:
            where = para.number
        for n in para.footnotes:
            fn = by_number.get(n)
            if fn is not None and where not in fn.cited_in:
                fn.cited_in.append(where)
