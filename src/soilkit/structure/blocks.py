"""Main-text lines → blocks: headings and paragraph-sized runs of text.

A new block starts where the page shows one: a vertical gap larger than the line pitch, a
first-line indent, a change of type size, a paragraph label at the start of a line, a heading.
Across a page or column break the text continues unless the last line stopped short of the
right margin or the next one is indented, labelled or a heading.

Text renderings (no geometry) start a block at every source line except a line that opens in
lower case: that is the paragraph continuing after a footnote block or a hard wrap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from soilkit.model import Line
from soilkit.structure.labels import paragraph_label
from soilkit.structure.profile import Profile
from soilkit.structure.textjoin import line_text


@dataclass
class Block:
    kind: str  # "heading" | "text"
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
    if line.bold and not all(s.superscript for s in line.spans):
        return True
    if line.size >= profile.body_size + 2.5 and len(text) < 120:
        return True
    geo = profile.column(line)
    width = max(geo.right - geo.left, 1.0)
    hanging = line.x0 < geo.left - 0.5 * line.size and line.x1 - line.x0 < 0.6 * width
    if hanging and len(text.split()) <= 12 and not paragraph_label(text) and (
            (line.italic and text[-1] not in ".,;") or text[-1] in ")}:"):
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


def _starts_lower(text: str) -> bool:
    stripped = text.lstrip("[(“\"‘'")
    return bool(stripped) and stripped[0].islower()


def segment(lines: list[Line], profile: Profile, known: set[int]) -> list[Block]:
    blocks: list[Block] = []
    prev: Line | None = None
    prev_started = False
    last_number = 0
    for ln in lines:
        if ln.block in ("blank", "rule"):
            prev = None if not profile.geometric else prev
            continue
        if not ln.text.strip():
            continue
        bare = line_text(ln, known, _Sink()).lstrip()
        label = paragraph_label(bare)
        heading = is_heading_line(ln, profile)
        cur = blocks[-1] if blocks else None
        if heading:
            if (cur is not None and cur.kind == "heading" and prev is not None
                    and _continues_heading(prev, ln, profile)):
                cur.lines.append(ln)
            else:
                blocks.append(Block("heading", [ln]))
            prev, prev_started = ln, True
            continue
        if profile.geometric:
            signal = _new_block_signal(prev, ln, profile, prev_started, cur)
            hanging = ln.x0 < profile.column(ln).left - 0.5 * ln.size
        else:
            signal = not (_starts_lower(bare) and cur is not None and cur.kind == "text")
            hanging = False
        if label and not _plausible(label[0], bare, last_number):
            label = None
        if label and (signal or hanging):
            if label[0].isdigit():
                last_number = int(label[0])
            offset = len(line_text(ln, known, _Sink())) - len(bare)
            blocks.append(Block("text", [ln], label[0], label[1] + offset))
            started = True
        elif signal or cur is None or cur.kind != "text":
            blocks.append(Block("text", [ln]))
            started = True
        else:
            cur.lines.append(ln)
            started = False
        prev, prev_started = ln, started
    return blocks


def _plausible(label: str, text: str, last_number: int) -> bool:
    """A label printed without its period ("8<tab>There shall …") counts only where it is the
    next number in sequence: elsewhere a number and a tab are a table row ("4<tab>A.3 …")."""
    number = re.match(r"\d+", label)
    after = text[len(number.group(0)):] if number else ""
    if after.startswith("\t") and label.isdigit():
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
    if gap > pitch * 1.35:
        return True
    if (ln.x0 > prev.x0 + 0.8 * size and ln.x0 > geo.left + 0.8 * size and not prev_started
            and not _starts_lower(ln.text)):
        return True
    return False
