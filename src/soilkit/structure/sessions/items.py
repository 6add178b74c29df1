"""Lines → typed items: what each printed line of a programme page is.

A line is a date or time heading, a day-part heading, a session or block title, prose, an
objective bullet, a person line (with or without a label saying what the people do), a
"Main Session: …" trailer, a venue, or page furniture. Most kinds are decided by the line
alone; a few (name-only lines, block headings, colon-ended lines) by their neighbours, which is
why classification is a pass over the whole list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from soilkit.model import Line, Person
from soilkit.structure.sessions.people import affiliation, is_name, parse_people, strip_bullet
from soilkit.structure.sessions.times import DateFound, TimesFound, find_dates, find_times
from soilkit.structure.sessions.vocabulary import (
    DAYPART,
    FUNCTION_WORDS,
    FURNITURE,
    GLUED_LABEL,
    HONORIFIC_AFTER_COMMA,
    LABEL,
    OBJECTIVES_LABEL,
    PARENT_LABEL,
    SPONSOR_FIELD,
    STATUS_NOTE,
    TIME_FIELD,
    VENUE_FIELD,
    VENUE_WORDS,
    label_function,
)

_WEEKDAY_WORDS = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\bday\s*\d+\b|"
    r"\b(?:from|on|at|to|and|until|time|date|when)\b",
    re.I,
)
_SEPARATORS = re.compile(r"[\s,;:|/\-–—‒•·()\[\]]+")
_SENTENCE_END = re.compile(r"[.!](?:[\"”’)]+)?$")


@dataclass
class Item:
    kind: str
    text: str
    heading: int | None = None
    bulleted: bool = False
    date: DateFound | None = None
    times: TimesFound | None = None
    people: list[Person] = field(default_factory=list)
    function: str | None = None  # set by a label or a status note
    label: str | None = None  # the label as printed ("Opening by")
    affiliation: tuple[str | None, str | None, str | None] | None = None


def line_texts(lines: list[Line]) -> list[tuple[str, Line]]:
    """Non-blank line texts, with labels glued to the line before split off."""
    out = []
    for line in lines:
        if line.block in ("blank", "rule"):
            continue
        # a tab separates the cells of a table row (time | title | speakers)
        for cell in line.text.split("\t"):
            text = re.sub(r"[ \u00a0]+", " ", cell).strip()
            for piece in GLUED_LABEL.split(text):
                if piece.strip():
                    out.append((piece.strip(), line))
    return out


def classify(lines: list[Line]) -> list[Item]:
    items: list[Item] = []
    for text, line in line_texts(lines):
        items.extend(_classify_one(text, line, items))
    _resolve_names(items)
    _resolve_affiliations(items)
    _resolve_colon_lines(items)
    _resolve_blocks(items)
    return items


def _classify_one(text: str, line: Line, before: list[Item]) -> list[Item]:
    body, bulleted = strip_bullet(text)
    bulleted = bulleted or line.block == "list"
    heading = line.heading

    def item(kind: str, **kw) -> Item:
        return Item(kind=kind, text=body, heading=heading, bulleted=bulleted, **kw)

    if DAYPART.match(body):
        return [item("daypart")]
    if FURNITURE.match(body):
        return [item("skip")]
    if VENUE_FIELD.match(body):
        return [item("venue")]
    if SPONSOR_FIELD.match(body) and not LABEL.match(body):
        return [item("sponsor")]
    field_label = TIME_FIELD.match(body)
    if field_label and (find_times(body) or find_dates(body)):
        body = body[field_label.end():]
    m = PARENT_LABEL.match(body)
    if m:
        return [Item("parent", m.group("parent").strip(), heading=heading)]
    if OBJECTIVES_LABEL.match(body):
        return [item("objectives_label")]
    dates = find_dates(body)
    times = find_times(body)
    if dates and _only_dates_and_times(body, dates, times):
        return [item("date", date=dates[0], times=times)]
    if times and times.first <= 1:
        rest = body[times.last:].strip(" -–—|:,")
        if not rest:
            return [item("time", times=times)]
        if len(rest.split()) >= 2:
            # "10:00 – 11:00 Opening ceremony": the time, then the line's own text
            own = Item("time", body[:times.last], heading=heading, times=times, label="inline")
            return [own] + _classify_one(rest, line, before + [own])
    note = STATUS_NOTE.fullmatch(body)
    if note:
        return [item("note", function=_note_function(body))]
    people = _labelled(body)
    if people is not None:
        return [people]
    if _is_venue(body, before):
        return [item("venue")]
    split = _title_then_people(body)
    if split is not None:
        title, found = split
        return [Item("title_people", title, heading=heading, people=found)]
    found = parse_people(body)
    if found:
        bare = STATUS_NOTE.sub(" ", body).strip()
        if is_name(bare) or (len(found) > 1 and "," not in bare and ";" not in bare
                             and "(" not in bare):
            return [item("name", people=found)]
        return [item("people", people=found)]
    if before and before[-1].kind in ("name", "names") and not heading:
        found_affiliation = affiliation(body)
        if found_affiliation is not None:
            # "Jane Doe" / "Director, FAO": the role under a name
            return [item("affiliation", affiliation=found_affiliation)]
    if bulleted and not heading:
        return [item("bullet")]
    if not heading and (_is_prose(body) or (
            body[:1].islower() and before and before[-1].kind == "prose")):
        return [item("prose")]  # (a lower-case start continues a wrapped paragraph)
    if body.endswith((":", "：")):
        return [item("colon")]
    return [item("short")]


def _is_venue(body: str, before: list[Item]) -> bool:
    """ "Title" / "Saturday, 6 November 2021 - 13:00" / "Lomond Auditorium, Glasgow, UK": the
    place of a single event, printed under its date."""
    if not before or before[-1].kind not in ("date", "time") or before[-1].label == "inline":
        return False
    k = len(before) - 1
    while k >= 0 and before[k].kind in ("date", "time"):
        k -= 1
    if k < 0 or before[k].kind != "short" or _SENTENCE_END.search(body) or "," not in body:
        return False
    return bool(VENUE_WORDS.search(body))


def _note_function(text: str) -> str | None:
    from soilkit.structure.sessions.vocabulary import NOTE_FUNCTIONS

    m = STATUS_NOTE.search(text)
    return NOTE_FUNCTIONS.get(m.group("note").lower()) if m else None


def _only_dates_and_times(text: str, dates: list[DateFound], times: TimesFound | None) -> bool:
    """A date heading: the line holds dates and times and little else ("Day 1", weekday)."""
    spans = [(d.start, d.end) for d in dates]
    if times:
        spans.append((times.first, times.last))
    rest = text
    for a, b in sorted(spans, reverse=True):
        rest = rest[:a] + " " + rest[b:]
    rest = _WEEKDAY_WORDS.sub(" ", rest)
    words = [w for w in _SEPARATORS.split(rest) if w]
    return len(words) <= 2 and len(text) <= 120


def _labelled(body: str) -> Item | None:
    """ "Facilitated by …", "Speakers: …", "Moderator:" (people on the next lines)."""
    m = LABEL.match(body)
    if not m and len(body) < 40:
        m = LABEL.match(body + ":")  # "Speakers" on its own line (a bold run-in heading)
        if m and m.group("rest").strip():
            m = None
    if not m:
        return None
    label = m.group("label")
    function = label_function(label)
    rest = m.group("rest").strip()
    if not rest:
        if body.rstrip().endswith((":", "：")) or body.strip() == label:
            return Item("label", body, function=function, label=label)
        return None
    people = parse_people(rest, function)
    if not people:
        return None
    return Item("people", body, people=people, function=function, label=label)


def _title_then_people(body: str) -> tuple[str, list[Person]] | None:
    """ "Launch of the Report, Mr. Luca Montanarella, Chair …": a title, then a person."""
    m = HONORIFIC_AFTER_COMMA.search(body)
    if not m:
        return None
    title = body[:m.start()].strip()
    if parse_people(title):
        return None  # the line is a person line with a second person after a comma
    people = parse_people(body[m.end():])
    if not people:
        return None
    return title, people


def _is_prose(text: str) -> bool:
    words = text.split()
    if len(words) > 25 or len(text) > 180:
        return True
    if len(words) >= 10 and re.search(r"[.?!]\s+[A-Z][a-z]*\s+[a-z]+", text):
        return True  # two sentences: a title has one
    return len(words) >= 5 and bool(_SENTENCE_END.search(text)) and not re.search(
        r"\b(?:[A-Z]|Dr|Mr|Ms|Mrs|Prof|St|Jr|Inc|Ltd|L\.P)\.$", text)


def _neighbour(items: list[Item], i: int, step: int, skip=("daypart",)) -> Item | None:
    j = i + step
    while 0 <= j < len(items):
        if items[j].kind not in skip:
            return items[j]
        j += step
    return None


def _resolve_names(items: list[Item]) -> None:
    """A line holding only a name is a person in a run of such lines or after a label or a
    description; elsewhere ("Climate Leadership") it is a short title."""
    # Pages whose slots print the time first and the title under it: there, a lone name after
    # a description and before the next time is that session's only speaker.
    time_then_title = any(a.kind == "time" and b.kind in ("short", "name")
                          for a, b in zip(items, items[1:], strict=False))
    for i, it in enumerate(items):
        if it.kind != "name":
            continue
        prev = _neighbour(items, i, -1, skip=())
        nxt = _neighbour(items, i, 1, skip=())
        last_before_slot = nxt is None or nxt.kind in ("time", "date", "daypart")
        has_note = (it.people and STATUS_NOTE.search(it.text) is not None) or (
            nxt is not None and nxt.kind == "affiliation")
        # after a person line, unless it heads the next time slot (a block heading)
        run_before = prev is not None and (prev.kind in ("names", "label", "affiliation") or (
            prev.kind == "people" and (nxt is None or nxt.kind != "time")))
        starts_run = prev is not None and prev.kind in ("prose", "short", "bullet") and (
            has_note or (nxt is not None and nxt.kind in ("name", "note"))
            or (prev.kind == "prose" and time_then_title and last_before_slot))
        if run_before or starts_run or it.bulleted or len(it.people) > 1:
            it.kind = "names"
        else:
            it.kind = "short"


def _resolve_affiliations(items: list[Item]) -> None:
    for i, it in enumerate(items):
        if it.kind == "affiliation" and (i == 0 or items[i - 1].kind != "names"):
            it.kind = "short"


def _resolve_colon_lines(items: list[Item]) -> None:
    """ "“Healthy soils for a healthy life”:" after a time is a title; "Key questions:" or
    "This event will be webcast in:" before bullets introduces them; other colon lines are
    logistics."""
    for i, it in enumerate(items):
        if it.kind != "colon":
            continue
        prev = _neighbour(items, i, -1, skip=())
        nxt = _neighbour(items, i, 1, skip=())
        last_word = it.text.rstrip(":： ").split()[-1].lower() if it.text.split() else ""
        if prev is not None and prev.kind == "time" and last_word not in FUNCTION_WORDS:
            it.kind = "short"
            it.text = it.text.rstrip(":： ")
        elif nxt is not None and nxt.kind == "bullet":
            it.kind = "objectives_label"
        elif it.heading:
            it.kind = "short"
            it.text = it.text.rstrip(":： ")
        else:
            it.kind = "skip"


def _resolve_blocks(items: list[Item]) -> None:
    """A short line between sessions that is followed by a time and then a title is the
    heading of a block of sessions ("This Urgent Moment" / "9:10 a.m." / items)."""
    seen_time = False
    for i, it in enumerate(items):
        if it.kind in ("time", "date"):
            seen_time = True
        if it.kind != "short" or not seen_time:
            continue
        prev = _neighbour(items, i, -1)
        nxt = _neighbour(items, i, 1)
        after = _neighbour(items, i + 1, 1) if nxt is not None else None
        if (prev is not None and prev.kind in ("people", "names", "prose", "bullet", "note",
                                               "title_people", "parent")
                and nxt is not None and nxt.kind == "time"
                and after is not None and after.kind in ("short", "title_people")):
            it.kind = "block"
