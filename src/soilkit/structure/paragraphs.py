"""Blocks → sections and paragraphs.

- A heading block becomes a section (number and title as printed). In a document whose only
  numbered headings are "N." lines at body size (minutes: agenda items), those are numbered
  paragraphs instead, the item title being the paragraph's text.
- A labelled text block is a numbered paragraph. What follows it without a label or heading
  (sub-items (a), (b), options, bracketed notes, decimal sub-paragraphs) stays inside it.
- A lone italic phrase after a numbered paragraph ("Pretrial detention") is a sub-heading.
- Other text blocks are unnumbered paragraphs, except captions that are set wholly in italics
  and stand alone ("The General Assembly,", "54th plenary meeting", "[on the report of …]"),
  which are not body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from soilkit.model import Line, Paragraph, Section
from soilkit.structure.blocks import Block
from soilkit.structure.labels import is_subitem, label_value, paragraph_label, section_number
from soilkit.structure.profile import Profile
from soilkit.structure.textjoin import Joiner, line_text, normalise_space


@dataclass
class Assembled:
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)


_CHAPEAU = re.compile(r",\s*$")
# the enacting formula, sometimes printed without its comma: "The General Assembly"
_ENACTING = re.compile(
    r"^The\s+(?:[A-Z][\w’'\-]*\s+(?:(?:of|on|and|for|to|the)\s+)*)*"
    r"(?:Assembly|Council|Parties|Conference|Commission|Committee|Board|Meeting)\s*[,:]?$"
)
_BULLET = re.compile(r"^[•▪➢✓◦●■❖]\s*")
_GLYPH_BULLET = re.compile(r"^\s*[^\w\s\[(“\"‘'*†]\t")
_DEEP_NUMBER = re.compile(r"^(?:\d+\.\d+|\d+\s|[IVXLC]+\.\s|[A-Z]\.\s)")


def _all_italic(block: Block) -> bool:
    return all(ln.italic for ln in block.lines)


def _caption(block: Block, profile: Profile) -> bool:
    """A stand-alone italic line that is not body text (chapeau, meeting line, bracket note)."""
    if not _all_italic(block) or len(block.lines) > 2:
        return False
    text = " ".join(ln.text.strip() for ln in block.lines)
    if len(block.lines) == 1 and len(text) < 60 and (
            _CHAPEAU.search(text) or _ENACTING.match(text)):
        return True
    if text.startswith("[") and text.endswith("]"):
        return True
    if profile.geometric:
        geo = profile.column(block.first)
        width = max(geo.right - geo.left, 1)
        if block.first.x0 > geo.left + 0.35 * width:
            return True
    return bool(re.search(r"\bplenary meeting\b", text, re.I))


def assemble(blocks: list[Block], profile: Profile, joiner: Joiner, known: set[int],
             skip: set[int]) -> Assembled:
    """`skip`: ids of lines that are front matter (masthead, title) and never paragraphs."""
    out = Assembled()
    numbered_headings = [b for b in blocks if b.kind == "heading"
                         and _numbered_item_heading(b, profile, known)]
    other_numbered = [b for b in blocks if b.kind == "heading" and b not in numbered_headings
                      and _DEEP_NUMBER.match(_block_text(b, known))]
    items_are_paragraphs = bool(numbered_headings) and not other_numbered

    section_key: str | None = None
    current: tuple[Paragraph, list[Line], Block] | None = None
    drafts: list[tuple[Paragraph, list[Line], Block]] = []
    for block in blocks:
        if any(id(ln) in skip for ln in block.lines):
            current = None
            continue
        if block.kind == "heading":
            if items_are_paragraphs and block in numbered_headings:
                text = _block_text(block, known)
                label = paragraph_label(text)
                para = Paragraph(number=label_value(label[0]) if label else None,
                                 section=section_key, pages=[], text="")
                drafts.append((para, block.lines, block))
                current = None
                continue
            text = normalise_space(" ".join(
                line_text(ln, known, _Drop()) for ln in block.lines))
            text = joiner.join(block.lines, known).text or text
            number, title = section_number(text)
            out.sections.append(Section(number=number, title=title, page=block.first.page,
                                        level=block.first.heading or 1))
            section_key = number or title
            current = None
            continue
        if block.kind == "table" or _is_table(block):
            current = None
            continue
        if block.label is not None and drafts and drafts[-1][2].kind == "text" and \
                _list_item(block, drafts[-1], profile, known):
            drafts[-1][1].extend(block.lines)  # "as follows: 1. … 2. …": a list in the text
            continue
        if block.label is not None:
            para = Paragraph(number=label_value(block.label), section=section_key, pages=[],
                             text="")
            current = (para, list(block.lines), block)
            drafts.append(current)
            continue
        text = _block_text(block, known)
        if _caption(block, profile):
            continue
        if current is not None and current[0].number is not None and \
                _italic_subheading(block, text):
            out.sections.append(Section(number=None, title=text, page=block.first.page,
                                        level=2))
            section_key = text
            current = None
            continue
        if current is not None and (current[0].number is not None or (
                is_subitem(text) and not _BULLET.match(text))):
            current[1].extend(block.lines)
            continue
        if drafts and is_subitem(text) and not _BULLET.match(text) and \
                drafts[-1][2].kind == "text" and \
                drafts[-1][0].section == section_key:
            drafts[-1][1].extend(block.lines)
            continue
        para = Paragraph(number=None, section=section_key, pages=[], text="")
        current = (para, list(block.lines), block)
        drafts.append(current)
    for para, lines, block in drafts:
        joined = joiner.join(lines, known, skip_prefix=block.label_len if block.kind == "text"
                             else 0)
        text = joined.text
        if block.kind == "heading":
            label = paragraph_label(text)
            if label:
                text = text[label[1]:].strip()
        if para.number is None:
            text = _BULLET.sub("", text, count=1)  # a bullet point is a passage of its own
            if block.kind == "text" and _GLYPH_BULLET.match(block.first.text) and \
                    text[:1] == block.first.text.lstrip()[:1]:
                text = text[1:].lstrip()  # a symbol-font bullet that reads as "!" or ""
        para.text = text
        para.footnotes = list(joined.markers)
        para.pages = sorted({ln.page for ln in lines})
        if para.text:
            out.paragraphs.append(para)
    return out


def _italic_subheading(block: Block, text: str) -> bool:
    """A line set wholly in italics on its own after a numbered paragraph, a capitalised
    phrase without closing punctuation, digits or commas ("Pretrial detention"): a sub-heading,
    not the paragraph's last words."""
    if len(block.lines) != 1 or not _all_italic(block) or not text:
        return False
    if not text[0].isupper() or text[-1] in ".,;:!?" or len(text.split()) > 10:
        return False
    return not re.search(r"[\d,]", text) and not is_subitem(text)


def _list_item(block: Block, previous: tuple, profile: Profile, known: set[int]) -> bool:
    """A numbered item of a list inside a paragraph: it follows a paragraph that announces it
    (ends with a colon) or another item, is indented like a first line rather than hung in a
    label column, and its own continuation lines are indented deeper than the text."""
    if not profile.geometric or previous[0].number is not None:
        return False
    first = block.first
    geo = profile.column(first)
    if first.x0 < geo.left + first.size:
        return False
    if any(ln.x0 < geo.left + 1.5 * ln.size for ln in block.lines[1:]):
        return False
    lines = previous[1]
    announced = bool(lines) and lines[-1].text.rstrip().endswith(":")
    return announced or _ends_with_item(lines, first.x0)


def _ends_with_item(lines: list[Line], x0: float) -> bool:
    """The paragraph's last part is itself a list item set at the same indent."""
    for ln in reversed(lines):
        if abs(ln.x0 - x0) < 1 and paragraph_label(ln.text.strip()):
            return True
    return False


def _is_table(block: Block) -> bool:
    """Rows of a table: several cells per line, i.e. tab stops inside most lines."""
    tabbed = 0
    for i, ln in enumerate(block.lines):
        text = ln.text.strip()
        if i == 0 and block.label_len:
            text = text[block.label_len:].strip()
        text = re.sub(r"^\S{1,10}\t", "", text)  # the tab after "(a)" or "•" is no cell
        tabs = text.count("\t")
        if tabs >= 2:
            tabbed += 2
        elif tabs == 1:
            tabbed += 1
    return tabbed >= 2 and tabbed >= 0.3 * len(block.lines)


class _Drop:
    def __init__(self):
        self.markers: list[int] = []


def _block_text(block: Block, known: set[int]) -> str:
    return normalise_space(" ".join(line_text(ln, known, _Drop()) for ln in block.lines))


def _numbered_item_heading(block: Block, profile: Profile, known: set[int]) -> bool:
    """"1. Ouverture de la séance": a bold body-size line numbered "N." (minutes' items)."""
    if block.first.heading:
        return False
    text = _block_text(block, known)
    label = paragraph_label(text)
    if not label or not text[: label[1]].rstrip().endswith("."):
        return False
    return profile.is_body_size(block.first)
