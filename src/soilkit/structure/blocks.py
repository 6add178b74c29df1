"""Main-text lines → blocks: headings and paragraph-sized runs of text.

A new block starts where the page shows one: a vertical gap larger than the line pitch, a
first-line indent, a change of type size, a paragraph label at the start of a line, a raised
label in the margin ("Pp3"), a bullet, a heading, a line set out left of the text's
continuation lines.
Across a page or column break the text continues unless the last line stopped short of the
right margin or the next one is indented, labelled or a heading.

A passage of four lines or more set in bold at body size is text, not a heading.

Text renderings (no geometry) start a block at every source line except a line that opens in
lower case: that is the paragraph continuing after a footnote block or a hard wrap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from soilkit.model import Line
from soilkit.structure.labels import paragraph_label
from soilkit.structure.profile import Profile
from soilkit.structure.textjoin import has_margin_label, line_text


@dataclass
class Block:
    kind: str  # "heading" | "text" | "table"
    lines: list[Line] = field(default_factory=list)
    label: str | None = None  # printed paragraph number, without its dot
    label_len: int = 0  # characters of the first line's text the label takes

    @property
    def first(self) -> Line:
        return self.lines[0]


def is_heading_line(line: Line, profile: Profile) -> bool:
    if line.heading:
        return True
    if not profile.geometric or line.block:
        return False
    text = line.text.strip()
    if not text or len(text) > 220:
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    if line.bold and not (line.spans and all(s.superscript for s in line.spans)):
        return True
    if line.size >= profile.body_size + 2.5 and len(text) < 120:
        return True
    geo = profile.column(line)
    width = max(geo.right - geo.left, 1.0)
    hanging = line.x0 < geo.left - 0.5 * line.size and line.x1 - line.x0 < 0.6 * width
    if hanging and len(text.split()) <= 12 and not paragraph_label(text) and \
            not text[0].islower() and (
            (line.italic and text.rstrip(")]}")[-1:] not in ".,;") or text[-1] in ")}:"):
        # set out in the label column, left of the text: "{Progression}", "Option 2:
        # (paragraphs 3-3quater)", "Structural suggestions on section D:"
        return True
    if text[-1] in ".,;:" or text[0].islower() or len(text.split()) > 12:
        return False
    centred = (abs((line.x0 + line.x1) / 2 - (geo.left + geo.right) / 2) < 0.06 * width
               and line.x0 > geo.left + 3 * line.size and line.x1 - line.x0 < 0.7 * width)
    letters = [ch for ch in text if ch.isalpha()]
    capitals = len(letters) >= 4 and all(ch.isupper() for ch in letters)
    return centred or capitals


# a bullet opens a list item: a bullet character, or a lone symbol before a tab stop (a
# symbol-font bullet that the text layer holds as "!")
_BULLET_START = re.compile(r"^\s*(?:[•▪➢✓◦●■❖]\s|[^\w\s\[(“\"‘'*†.,;:]\t)")


def _starts_lower(text: str) -> bool:
    stripped = text.lstrip("[(“\"‘'")
    return bool(stripped) and stripped[0].islower()


def _float_column_heads(lines: list[Line], profile: Profile) -> list[Line]:
    """Move a box set in another type size at the head of a column (a masthead above the
    third column) to the column's end when the text of the previous column runs on below it."""
    if not profile.geometric:
        return lines
    out: list[Line] = []
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        prev = out[-1] if out else None
        moved = prev is not None and (prev.page != ln.page or prev.column != ln.column)
        if moved and not profile.is_body_size(ln) and profile.is_body_size(prev) and \
                not _ended(prev):
            j = i
            while j < n and lines[j].page == ln.page and lines[j].column == ln.column and \
                    not profile.is_body_size(lines[j]):
                j += 1
            k = j
            while k < n and lines[k].page == ln.page and lines[k].column == ln.column:
                k += 1
            if i < j < k and (_starts_lower(lines[j].text)
                              or lines[j].x0 <= profile.column(lines[j]).left + 1):
                # the box goes after the paragraph that runs on, before the next one
                m = j + 1
                while m < k and 0 < lines[m].top - lines[m - 1].top <= profile.pitch * 1.22 \
                        and lines[m].x0 <= profile.column(lines[m]).left + lines[m].size:
                    m += 1
                out.extend(lines[j:m])
                out.extend(lines[i:j])
                i = m
                continue
        out.append(ln)
        i += 1
    return out


def segment(lines: list[Line], profile: Profile, known: set[int],
            tables: set[int] | None = None) -> list[Block]:
    """`tables`: indices (into `lines`) of table lines; they make "table" blocks."""
    table_ids = {id(lines[i]) for i in tables or ()}
    lines = _float_column_heads(lines, profile)
    blocks: list[Block] = []
    prev: Line | None = None
    prev_started = False
    last_number = 0
    last_label: Line | None = None
    prev_bare = ""
    for index, ln in enumerate(lines):
        if ln.block in ("blank", "rule"):
            prev = None if not profile.geometric else prev
            continue
        if not ln.text.strip():
            continue
        if id(ln) in table_ids:
            if not blocks or blocks[-1].kind != "table":
                blocks.append(Block("table", [ln]))
            else:
                blocks[-1].lines.append(ln)
            prev, prev_started = ln, True
            continue
        bare = line_text(ln, known, _Sink()).lstrip()
        label = paragraph_label(bare)
        heading = is_heading_line(ln, profile) and not _runs_in(ln, lines, index, profile)
        cur = blocks[-1] if blocks else None
        if heading:
            last_label = None
            if (cur is not None and cur.kind == "heading" and prev is not None
                    and _continues_heading(prev, ln, profile)):
                cur.lines.append(ln)
            else:
                blocks.append(Block("heading", [ln]))
            prev, prev_started = ln, True
            continue
        if profile.geometric:
            signal = _new_block_signal(prev, ln, profile, prev_started, cur) or \
                has_margin_label(ln) or bool(_BULLET_START.match(ln.text))
            hanging = ln.x0 < profile.column(ln).left - 0.5 * ln.size or (
                prev is not None and ln.x0 < prev.x0 - 0.5 * ln.size)
            if label and prev is not None and _ended(prev) and label[1] < len(bare) and \
                    bare[label[1] - 1] == ".":
                hanging = True  # "N." after a finished sentence opens paragraph N
        else:
            # a hard-wrapped line continues the paragraph: it opens in lower case, or the
            # line before it (no blank line between) did not end a sentence
            runs_on = _starts_lower(bare) or (
                prev is not None and not prev_bare.rstrip().endswith(tuple(".;:]}!?”")))
            signal = not (runs_on and cur is not None and cur.kind == "text")
            hanging = False
        if label and not _plausible(label[0], bare, last_number, ln, last_label):
            label = None
        if label and (signal or hanging):
            if label[0].isdigit():
                last_number = int(label[0])
            last_label = ln
            offset = len(line_text(ln, known, _Sink())) - len(bare)
            blocks.append(Block("text", [ln], label[0], label[1] + offset))
            started = True
        elif signal or cur is None or cur.kind != "text":
            blocks.append(Block("text", [ln]))
            started = True
        else:
            cur.lines.append(ln)
            started = False
        prev, prev_started, prev_bare = ln, started, bare
    return _bold_passages(blocks, profile)


def _bold_passages(blocks: list[Block], profile: Profile) -> list[Block]:
    """A passage set in bold at body size, four lines or more ending a sentence, is text
    emphasised, not a heading; a short caption above it, set apart by more than the line
    pitch ("Model strategy No. 1"), stays a heading."""
    if not profile.geometric:
        return blocks
    out: list[Block] = []
    for block in blocks:
        lines = block.lines
        if block.kind != "heading" or len(lines) < 4 or any(ln.heading for ln in lines) or \
                not all(profile.is_body_size(ln) for ln in lines) or \
                lines[-1].text.rstrip()[-1:] not in ".;:":
            out.append(block)
            continue
        cut = 0
        for i in range(1, min(3, len(lines) - 3) + 1):
            if lines[i].top - lines[i - 1].top > profile.pitch * 1.22:
                cut = i
                break
        if cut:
            out.append(Block("heading", lines[:cut]))
        out.append(Block("text", lines[cut:]))
    return out


def _runs_in(line: Line, lines: list[Line], index: int, profile: Profile) -> bool:
    """A bold opening that the paragraph's text continues right under it, in lower case or
    with a parenthesis ("1. Nonprofit library … exception" / "(section 1201(d)). The …"), is
    a run-in heading: part of the paragraph, not a section."""
    if not profile.geometric or line.heading or line.size > profile.body_size + 0.6:
        return False
    nxt = lines[index + 1] if index + 1 < len(lines) else None
    if nxt is None or nxt.page != line.page or nxt.column != line.column or nxt.bold:
        return False
    close = 0 < nxt.top - line.top <= profile.pitch * 1.22
    text = nxt.text.lstrip()
    return close and bool(re.match(r"[a-z]|\([a-z]{3,}", text))


def _ended(line: Line) -> bool:
    text = line.text.rstrip()
    return bool(text) and text[-1] in ".;:]}!?”"


def _plausible(label: str, text: str, last_number: int, line: Line,
               last_label: Line | None) -> bool:
    number = re.match(r"\d+", label)
    if number and last_label is not None and int(number.group(0)) < last_number and \
            abs(line.x0 - last_label.x0) > 2 and line.page_width == last_label.page_width:
        return False  # a restarted count away from the label column: a list in a note
    return _periodless_plausible(label, text, last_number, line, last_label)


def _periodless_plausible(label: str, text: str, last_number: int, line: Line,
                          last_label: Line | None) -> bool:
    """A label printed without its period ("8<tab>There shall …") counts only where it is the
    next number in sequence and sits in the column of the previous label: elsewhere a number
    and a tab are a table row ("4<tab>A.3 Red List Index")."""
    number = re.match(r"\d+", label)
    after = text[len(number.group(0)):] if number else ""
    if after[:1] in ("\t", " ") and label.isdigit():
        if after[:1] == " " and not line.page_width:
            return False  # no geometry to confirm the label column
        if last_label is None or abs(line.x0 - last_label.x0) > 2 or \
                line.page_width != last_label.page_width:
            return False
        return int(label) == last_number + 1
    return True


class _Sink:
    """Collects markers nobody needs (label detection only looks at the text)."""

    def __init__(self):
        self.markers: list[int] = []


def _continues_heading(prev: Line, ln: Line, profile: Profile) -> bool:
    if prev.page != ln.page or prev.column != ln.column:
        return False
    if abs(prev.size - ln.size) > 0.6 or prev.bold != ln.bold:
        return False
    if not profile.geometric:
        return False
    return 0 < ln.top - prev.top <= max(profile.pitch, prev.size * 1.2) * 1.5


def _new_block_signal(prev: Line | None, ln: Line, profile: Profile, prev_started: bool,
                      cur: Block | None) -> bool:
    if prev is None or cur is None or cur.kind != "text":
        return True
    size = ln.size or profile.body_size
    geo = profile.column(ln)
    moved = prev.page != ln.page or prev.column != ln.column or ln.top < prev.top - 1
    if moved:
        if ln.block or prev.block:
            return True
        if _starts_lower(ln.text):
            return False
        prev_geo = profile.column(prev)
        short = prev.x1 < prev_geo.right - 2.5 * prev.size
        indented = ln.x0 > geo.left + 0.8 * size
        ended = prev.text.rstrip()[-1:] in ".;:!?" if prev.text.strip() else True
        if short or indented or (ended and abs(ln.size - prev.size) > 0.6):
            return True
        return False
    if abs(ln.size - prev.size) > 1.0 and not _starts_lower(ln.text):
        return True
    gap = ln.top - prev.top
    pitch = profile.pitch if profile.is_body_size(prev) else prev.size * 1.25
    if gap > pitch * 1.22:
        return True
    if (ln.x0 > prev.x0 + 0.8 * size and ln.x0 > geo.left + 0.8 * size and not prev_started
            and not _starts_lower(ln.text)):
        return True
    if ln.x0 < prev.x0 - 0.8 * size and not prev_started and not _starts_lower(ln.text):
        return True  # out of a hanging indent, left of the text's own continuation lines
    return False
