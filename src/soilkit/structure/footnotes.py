"""Footnotes: the areas that hold them, and each footnote's number, page and text.

In a PDF the footnote area of a page (or of a column, in the Federal Register) is the run of
lines at its foot that are smaller than the body text and start with a raised marker, or
that follow a separator rule drawn as underscores. An area whose first line carries no marker
continues the last footnote of the previous page or column. In a text rendering, the reader
has already marked footnote lines (`block == "footnote"`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from soilkit.model import Footnote, Line
from soilkit.structure.profile import Profile
from soilkit.structure.textjoin import Joiner, find_urls, marker_numbers

_SEPARATOR = re.compile(r"^[_\u2014\-]{6,}$")
_PLAIN_START = re.compile(r"^(\d{1,3})\s+\S")


@dataclass
class FootnoteDraft:
    number: int | None
    page: int
    lines: list[Line] = field(default_factory=list)
    marker_len: int = 0


def footnote_start(line: Line, after_separator: bool = False) -> tuple[int | None, int] | None:
    """(number, length of the marker text) when the line opens a footnote."""
    if line.spans and line.spans[0].superscript:
        mark = line.spans[0].text.strip()
        if mark.isdigit():
            return int(mark), len(line.spans[0].text)
        if mark in ("*", "**", "†"):
            return None, len(line.spans[0].text)
    stripped = line.text.lstrip()
    if stripped[:1] in ("*", "†") and stripped[1:2] in (" ", "\t"):
        return None, len(line.text) - len(stripped) + 1  # an unnumbered asterisk note
    if after_separator or line.block == "footnote":
        m = _PLAIN_START.match(line.text)
        if m:
            return int(m.group(1)), len(m.group(1))
    return None


def split_footnote_areas(lines: list[Line], profile: Profile) -> tuple[list[Line], list[Line]]:
    """(main text lines, footnote area lines)."""
    if not profile.geometric:
        notes = [ln for ln in lines if ln.block == "footnote"]
        main = [ln for ln in lines if ln.block != "footnote"]
        return main, notes
    groups: dict[tuple[int, int], list[int]] = {}
    order: list[tuple[int, int]] = []
    for i, ln in enumerate(lines):
        key = (ln.page, ln.column)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(i)
    # numbers raised as markers in each page's text: a plain "N text" line at the foot of
    # that page, in the note size, opens footnote N even without a raised number or a rule
    markers: dict[int, set[int]] = {}
    for ln in lines:
        for span in ln.spans[1:]:
            if span.superscript:
                markers.setdefault(ln.page, set()).update(marker_numbers(span.text))
    tails: list[tuple[list[int], int | None]] = []
    note_sizes: list[float] = []
    for key in order:
        idx = groups[key]
        tail: list[int] = []
        for i in reversed(idx):
            ln = lines[i]
            if profile.smaller_than_body(ln) or _SEPARATOR.match(ln.text.strip()):
                tail.append(i)
            else:
                break
        tail.reverse()
        start = None
        for j, i in enumerate(tail):
            ln = lines[i]
            if _SEPARATOR.match(ln.text.strip()) or footnote_start(ln) is not None or \
                    _marked_plain_start(ln, markers.get(ln.page, set())):
                start = j
                break
        if start is not None and (footnote_start(lines[tail[start]]) is not None or
                                  _marked_plain_start(lines[tail[start]],
                                                      markers.get(key[0], set()))):
            note_sizes.append(round(lines[tail[start]].size, 1))
        tails.append((tail, start))
    note_size = max(set(note_sizes), key=note_sizes.count) if note_sizes else None
    in_area: set[int] = set()
    previous_had_notes = False
    for (tail, start), key in zip(tails, order, strict=True):
        if start is None:
            # a page or column whose foot only continues the previous one's last footnote:
            # a compact run of note-sized lines, set apart from the text above it
            if note_size is None or not tail or not previous_had_notes:
                previous_had_notes = False
                continue
            start = len(tail)
            for j in range(len(tail) - 1, -1, -1):
                ln = lines[tail[j]]
                if abs(ln.size - note_size) > 0.3 or ln.top < 0.55 * ln.page_height:
                    break
                if j < len(tail) - 1 and not _close(ln, lines[tail[j + 1]]):
                    break
                start = j
            group = groups[key]
            first = tail[start] if start < len(tail) else None
            above = group[group.index(first) - 1] if first is not None and \
                group.index(first) > 0 else None
            if above is not None and lines[first].top - lines[above].top < 1.5 * profile.pitch:
                start = len(tail)
        else:
            # lines above the first marker that continue a footnote from the previous column
            while start > 0 and note_size is not None:
                ln = lines[tail[start - 1]]
                if abs(ln.size - note_size) > 0.3 or not _close(ln, lines[tail[start]]):
                    break
                start -= 1
        in_area.update(tail[start:])
        previous_had_notes = start < len(tail)
    main = [ln for i, ln in enumerate(lines) if i not in in_area]
    notes = [ln for i, ln in enumerate(lines) if i in in_area]
    return main, notes


def _marked_plain_start(line: Line, marked: set[int]) -> bool:
    m = _PLAIN_START.match(line.text)
    return bool(m) and int(m.group(1)) in marked


def _close(upper: Line, lower: Line) -> bool:
    """Consecutive lines of one footnote area: no more than a loose line pitch apart."""
    return 0 < lower.top - upper.top <= max(upper.size, lower.size) * 1.6


def build_footnotes(note_lines: list[Line], joiner: Joiner) -> list[Footnote]:
    drafts: list[FootnoteDraft] = []
    for ln in note_lines:
        if _SEPARATOR.match(ln.text.strip()) or not ln.text.strip():
            continue
        start = footnote_start(ln, after_separator=True)
        if start is not None and start[0] is not None and not (
                ln.spans and ln.spans[0].superscript):
            # a plain number opens a footnote only where it is the next in sequence and hangs
            # like the previous note's number: "26 August–4 September 2002" continues a note
            last = next((d for d in reversed(drafts) if d.number is not None), None)
            expected = (last.number if last else 0) + 1
            hangs = last is None or last.page != ln.page or last.lines[0].x0 + 1 >= ln.x0
            if start[0] != expected or not hangs:
                start = None
        if start is not None:
            number, length = start
            drafts.append(FootnoteDraft(number, ln.page, [ln], length))
        elif drafts:
            drafts[-1].lines.append(ln)
    out: list[Footnote] = []
    for d in drafts:
        if d.number is None:
            continue  # asterisk notes ("Reissued for technical reasons") carry no number
        first, rest = d.lines[0], d.lines[1:]
        joined = joiner.join([_without_marker(first, d.marker_len), *rest], known=set())
        text = joined.text
        out.append(Footnote(number=d.number, page=d.page, text=text, urls=find_urls(text)))
    return out


def _without_marker(line: Line, length: int) -> Line:
    from dataclasses import replace

    if line.spans and line.spans[0].superscript:
        return replace(line, spans=line.spans[1:], text=line.text[len(line.spans[0].text):])
    text = line.text[length:]
    return replace(line, spans=[], text=text)
