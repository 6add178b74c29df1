"""Lines → typed items: what each printed line of a programme page is.

A line is a date or time heading, a day-part heading, a session or block title, prose, an
objective bullet, a person line (with or without a label saying what the people do), a
"Main Session: …" trailer, a venue, or page furniture. Most kinds are decided by the line
alone; a few (name-only lines, block headings, colon-ended lines) by their neighbours, which is
why classification is a pass over the whole list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from soilkit.model import Line, Person
from soilkit.structure.sessions.people import (
    affiliation,
    is_name,
    is_place,
    is_role,
    is_talk_title,
    looks_like_town,
    parse_people,
    split_parts,
    strip_bullet,
)
from soilkit.structure.sessions.times import DateFound, TimesFound, find_dates, find_times
from soilkit.structure.sessions.vocabulary import (
    DAYPART,
    FUNCTION_WORDS,
    FURNITURE,
    GLUED_LABEL,
    HONORIFIC_AFTER_COMMA,
    HONORIFIC_RUN,
    INSTITUTION_WORDS,
    LABEL,
    LOGISTICS_FIELD,
    NOT_NAME_WORDS,
    OBJECTIVES_LABEL,
    ORGANIZATION_WORDS,
    PARENT_LABEL,
    PHOTO_CREDIT,
    ROOM_NOUNS,
    SPONSOR_FIELD,
    STATUS_NOTE,
    TABLE_HEADERS,
    TIME_FIELD,
    VENUE_FIELD,
    VENUE_WORDS,
    ZONE_FIELD,
    label_function,
)

_WEEKDAY_WORDS = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\bday\s*\d+\b|"
    r"\b(?:from|on|at|to|and|until|time|date|when)\b",
    re.I,
)
_SEPARATORS = re.compile(r"[\s,;:|/\-–—‒•·()\[\]]+")
# "+/- 07.30", "ca. 10:00": an approximate time is a time
_APPROXIMATELY = re.compile(r"^(?:\+/-|\+-|±|~|ca\.|approx\.)\s*(?=\d)", re.I)
# "Panel 1: What are …", "Session 2 – …": a numbered part of a programme is a title, however long
_NUMBERED_PART = re.compile(
    r"^(?:panel|session|segment|part|track|block|roundtable|round table|workshop|module|"
    r"dialogue|plenary)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])[a-z]?\s*[:.–—-]\s*\S", re.I)
# Labels that, printed alone without a colon, are items of the agenda rather than run-in labels
_AGENDA_ITEM_FUNCTIONS = {"opening remarks", "closing remarks", "concluding remarks", "keynote"}
_ICONS = re.compile(r"^[\u2190-\u2bff\U0001F000-\U0001FAFF\ufe0f\u200d\s]+")


def _later(a: str, b: str) -> bool:
    ta, tb = find_times(a), find_times(b)
    return bool(ta and tb and tb.start > ta.start)


_TITLE_THEN_PARENTHESISED_TIME = re.compile(r"^(?P<title>[^()]{3,120}?)\s*\((?P<when>[^()]+)\)$")
_WRAPPED_END = r"\s(?:and|of|the|for|on|in|to|with|a|an|from|&)$"
_BARE_TIME = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?$", re.I)
_RANGE_END = re.compile(r"^(?:[-–—]|to)\s*\d{1,2}[:.h]\d{2}\b", re.I)
_LINK = re.compile(r"https?://|\bwww\.|\S@\w[\w.-]*\.[a-z]{2,}")
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
    row: bool = False  # a cell of a table row


_TABLE_RULE = re.compile(r"^[\s|:\-–—=+]+$")
_LINK_CELLS = re.compile(
    r"\s+\S+_\S+(?:\s+(?:\S+_\S+|vimeo|youtube|not available|n/a|pdf|video|download|slides))*"
    r"\s*$", re.I)
_ONLINE_VENUE = re.compile(r"^(?:zoom|online|virtual|hybrid|teams|webex|microsoft teams)"
                           r"(?: webinar| meeting| event| session)?$", re.I)
# "Both of them - A and B - will be present.": a sentence, not a person line
_SENTENCE_VERB = re.compile(r"\s(?:will|is|are|was|were|has|have|can|shall|would)\s+[a-z]")
_FIELD_NAME_ALONE = re.compile(
    r"^(?:[•◦▪·*-]\s*)?(?:date|time|date (?:and|&) time|location|venue|where|when|"
    r"organi[sz]ers?|organi[sz]ed by|hosts?|hosted by|room)$", re.I)
# "Roundtable on soil policy. Participants:": a title that runs into the label of its people
_TITLE_THEN_LABEL = re.compile(
    r"^(?P<title>.{3,200}?)[.:]\s+(?P<label>participants|speakers|panel(?:l)?ists|discussants|"
    r"presenters|moderators?|chairs?)\s*[:：]$", re.I)
# ", Please Note DST ends on 31 Oct", "Note: all times are …": a remark on the page, not an item
_NOTE_LINE = re.compile(r"^(?:[,;]\s*)?(?:please\s+)?note\b|^[,;]|^all times\b", re.I)
# A second field inside a venue line: "Venue: Red Room   Timing: 14:00-17:20"
_FIELD_WHEN = re.compile(r"\b(?:date|time|timing|when)\s*[:：]", re.I)
# "The Expert Panel Discussion will be facilitated by Name, Role, Org.": who leads the item
_LED_BY_SENTENCE = re.compile(
    r"^(?:the|this|our)\s+[^,.;:]{0,60}?\s+(?:will be|is|are|was|were)\s+"
    r"(?P<label>(?:co-)?(?:moderated|facilitated|chaired)\s+by)\s+(?P<rest>[A-ZÀ-Þ].*?)\.?$",
    re.I)


def _row_cells(text: str) -> list[str] | None:
    """The cells of a table row: tab-separated (the HTML reader), or a text rendering's
    "a | b | c |" with at least three cells; None for a line that is no row."""
    if "\t" in text:
        return text.split("\t")
    if text.count("|") >= 2 and not _TABLE_RULE.match(text):
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if len(cells) >= 3 or (len(cells) == 2 and text.rstrip().endswith("|")):
            return cells
    return None


def _header_roles(cells: list[str]) -> list[str | None] | None:
    """ "Date & Time | Title | Venue | Host": a header row names what each column holds.
    Returns the field each cell is read as ("Venue", "Hosts", "Speakers", … or None for a
    cell read as it is), or None when the row is not a header."""
    names = [re.sub(r"\s+", " ", c).strip(" :").lower() for c in cells]
    if sum(bool(n) for n in names) < 2 or not all(not n or n in TABLE_HEADERS for n in names):
        return None
    return [TABLE_HEADERS.get(n) for n in names]


def _table_lines(lines: list[Line]) -> set[int]:
    """The lines of cells that have another line of cells next to them (blank lines aside):
    the rows of a table, as opposed to one line of fields."""
    texts = [ln for ln in lines if ln.block not in ("blank", "rule") and ln.text.strip()]
    cells = [_row_cells(ln.text) is not None or bool(_TABLE_RULE.match(ln.text))
             for ln in texts]
    return {id(ln) for i, ln in enumerate(texts)
            if cells[i] and ((i > 0 and cells[i - 1]) or (i + 1 < len(cells) and cells[i + 1]))}


_COLUMN_GAP = re.compile(r"^\s*(?P<left>\S.*?\S)[ \u00a0]{2,}(?P<right>[A-ZÀ-Þ].*)$")
_SPACES = re.compile(r"[ \u00a0]+")


def line_texts(lines: list[Line]) -> list[tuple[str, Line]]:
    """Non-blank line texts, with labels glued to the line before split off."""
    out = []
    roles: list[str | None] | None = None  # the columns a table's header row named
    table_lines = _table_lines(lines)
    for line in lines:
        if line.block in ("blank", "rule"):
            continue
        cells = _row_cells(line.text)
        if cells is None:
            if _TABLE_RULE.match(line.text) and "|" in line.text:
                continue  # "---|---|---": the rule under a header row
            cells = [line.text]
        else:
            header = _header_roles(cells)
            if header is not None:
                roles = header
                continue
            if len(cells) > 1 and (roles is not None or "\t" in line.text
                                   or id(line) in table_lines):
                # (a cell of a row, not a line of its own; a lone "Tuesday 27 August |
                # 14.00-15.30 | Room: L12" is a line of fields, not a table)
                line = replace(line, block="row")
            if roles is not None and len(cells) <= len(roles):
                # a cell under "Venue" or "Host" is that field: "Venue: …", "Hosts: …"
                cells = [f"{role}: {c}" if role and c.strip(" ,") else c
                         for role, c in zip(roles, cells, strict=False)]
        # a tab separates the cells of a table row (time | title | speakers)
        for cell in cells:
            gap = _COLUMN_GAP.match(cell) if "  " in cell or "\u00a0" in cell else None
            if gap and is_name(gap.group("left")):
                # "Klaus Lorenz  Comments About Earth Day": a column gap after the name
                cell = f"{gap.group('left')} – {gap.group('right')}"
            # (most lines are prose with single spaces: nothing to collapse)
            text = _SPACES.sub(" ", cell) if "  " in cell or "\u00a0" in cell else cell
            text = text.strip()
            text = _APPROXIMATELY.sub("", text)
            # "… (Rudi Hessel) LV_MO_01_welcome_Hessel Vimeo": the download and video cells of
            # a table rendered as text
            if "_" in text:
                text = _LINK_CELLS.sub("", text).strip()
            # icons before a field ("📅 18 June 2024", "🕙 13:00") and the bars of a table
            # rendered one cell per line ("08:30 |", "|")
            text = _ICONS.sub("", text).strip(" |")
            if not text:
                continue
            if out and text[:1].islower() and re.search(_WRAPPED_END, out[-1][0]):
                # "9.30 EJP SOIL Programme and" / "the initiatives on …": one title, wrapped
                out[-1] = (f"{out[-1][0]} {text}", out[-1][1])
                continue
            if out and text == out[-1][0] and len(text.split()) >= 3:
                continue  # a heading printed twice (its link, then itself)
            if out and _FIELD_NAME_ALONE.match(out[-1][0]) and not _FIELD_NAME_ALONE.match(text) \
                    and "|" not in out[-1][1].text + line.text and not FURNITURE.match(text):
                # "• Date" / "06 Dec 2024, 18:00": a field's name over its value
                name = strip_bullet(out[-1][0])[0]
                out[-1] = (f"{name}: {text}", out[-1][1])
                continue
            if out and out[-1][0].count("(") > out[-1][0].count(")") and \
                    text.count(")") > text.count("("):
                # "… UNCBD (Jaime" / "Webbe), UNEP (…)": a line wrapped inside parentheses
                out[-1] = (f"{out[-1][0]} {text}", out[-1][1])
                continue
            if out and _RANGE_END.match(text) and _BARE_TIME.match(out[-1][0]):
                # "18:15" / "– 19:00 GMT+2": a range broken over two lines
                out[-1] = (f"{out[-1][0]} {text}", out[-1][1])
                continue
            if out and _BARE_TIME.match(text) and _BARE_TIME.match(out[-1][0]) \
                    and _later(out[-1][0], text):
                # "08:30" / "09:00": the start and end cells of a table row
                out[-1] = (f"{out[-1][0]} - {text}", out[-1][1])
                continue
            # (every glued label holds " by", ":" or " remarks": prose rarely needs the split)
            glued = " by" in text or ":" in text or " remarks" in text
            for piece in GLUED_LABEL.split(text) if glued else (text,):
                if piece.strip():
                    out.append((piece.strip(), line))
    return out


_DOTTED_START = re.compile(r"^([01]?\d|2[0-3])\.([0-5]\d)(?=\s|$)")
# "from 13.00 to 15.30": a page printing its times with dots
_DOTTED_RANGE = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:[-–—]|to)\s*"
                           r"(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.])")


def classify(lines: list[Line]) -> list[Item]:
    items: list[Item] = []
    texts = line_texts(lines)
    # "9.30 EJP SOIL Programme": a dotted time at the start of a line is a time on a page that
    # prints its times that way elsewhere ("11.10 Virtual coffee break"), a section number
    # otherwise
    dotted = any((_DOTTED_START.match(strip_bullet(t)[0]) and find_times(t))
                 or _DOTTED_RANGE.search(t) for t, _ in texts)
    for text, line in texts:
        if dotted:
            # ("• 13.10 Title": the bullet before the time too)
            body = strip_bullet(text)[0]
            text = text[:len(text) - len(body)] + _DOTTED_START.sub(r"\1:\2", body)
        found = _classify_one(text, line, items)
        for it in found:
            it.row = line.block == "row"
        items.extend(found)
    _resolve_names(items)
    _resolve_timed_bullets(items)
    _resolve_organisation_bullets(items)
    _resolve_affiliations(items)
    _resolve_colon_lines(items)
    _resolve_rooms(items)
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
    if _ONLINE_VENUE.match(body):
        return [item("venue")]  # "Zoom Webinar", "Online event"
    if FURNITURE.match(body) or ZONE_FIELD.match(body) or (
            _LINK.search(body) and len(body.split()) <= 15) or PHOTO_CREDIT.match(body) or \
            _NOTE_LINE.match(body) or LOGISTICS_FIELD.match(body):
        return [item("skip")]  # (a line pointing elsewhere: "Details available from: www…")
    if VENUE_FIELD.match(body):
        when = _FIELD_WHEN.search(body)
        if when and (find_dates(body[when.start():]) or find_times(body[when.start():])):
            # "Venue: Red Room   Timing: 8:30-10:30", "Location: Date: 9 May 2020 Time: …":
            # the place, and the when of the item it is printed under
            rest = body[when.start():]
            dates, times = find_dates(rest), find_times(rest)
            if dates:
                return [item("venue"), Item("date", rest, heading=heading, date=dates[0],
                                            times=times, label="field")]
            return [item("venue"), Item("time", rest, heading=heading, times=times,
                                        label="field")]
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
    split_when = _title_and_when(body, dates, times)
    if split_when is None and dates and _only_dates_and_times(body, dates, times):
        return [item("date", date=dates[0], times=times)]
    if split_when is not None:
        head, when, tail = split_when
        if re.search(r"\bday$", head, re.I) and not tail and find_times(when) is None:
            head = ""  # "Opening Day: Monday, 2 December": the name of a day, over its events
        if head and _ends_in_town(head):
            # "World Congress, Barcelona, 6 October 2008": where and when, under the title
            out = [Item("venue", head, heading=heading)]
        else:
            out = [] if not head else _classify_one(head, line, before)
        for it in out:
            it.label = it.label or "when"  # its date is on its own line: not a subtitle
        out.append(Item("date", when, heading=heading, date=find_dates(when)[0],
                        times=find_times(when)))
        if tail and _is_place_line(tail):
            out.append(Item("venue", tail, heading=heading))  # "… 2023 | Dubai, U.A.E."
        elif tail:
            out.extend(_classify_one(tail, line, before + out))
        return out
    m = _TITLE_THEN_PARENTHESISED_TIME.match(body)
    if m and times and m.start("when") <= times.first:
        when = find_times(m.group("when"))
        if when is not None and when.first <= 1:
            # "Introduction (16:00-16:15/10:00-10.15)": a block with its time after it
            return [Item("short", m.group("title"), heading=heading, label="when"),
                    Item("time", m.group("when"), heading=heading, times=when)]
    if times and times.first <= 1:
        rest = body[times.last:].strip(" -–—|:,")
        again = re.sub(r"^(?:and|or|&|/)\s+", "", rest, flags=re.I)
        if again and find_times(again) is not None and find_times(again).first <= 1 and not \
                again[find_times(again).last:].strip(" )"):
            # "13:00 UCT | 15:00 CEST": the same time in a second zone; "09.00 – 10.15 CET AND
            # 16.00 – 17.15 CET": the session run twice (its first run is the one kept)
            rest = ""
        if not rest:
            return [item("time", times=times)]
        if len(rest.split()) >= 2 or _one_word_title(rest):
            # "10:00 – 11:00 Opening ceremony": the time, then the line's own text
            own = Item("time", body[:times.last], heading=heading, times=times, label="inline")
            if FURNITURE.match(rest):
                return [own, Item("short", rest, heading=heading)]  # "08:30 - Registration"
            if _is_room(rest):
                # "11:30 – 13:30 Cairo time – Food Systems Pavilion": the slot's place
                return [Item("time", body[:times.last], heading=heading, times=times),
                        Item("venue", rest, heading=heading)]
            own.bulleted = bulleted
            found = _classify_one(rest, line, before + [own])
            if len(found) == 1 and found[0].kind == "short":
                named = _bare_names_in_parentheses(found[0].text)
                if named is not None:
                    # "09:00-09:10 Welcome and opening (Rudi Hessel)": in a slot, a name in
                    # parentheses is its speaker even without an honorific
                    found = [Item("title_people", named[0], heading=heading, people=named[1])]
            for it in found:
                # "• 8:45 am: Zoom call opens": the bullet is the slot's; its text a title
                if it.kind == "bullet":
                    it.kind, it.bulleted = "short", False
                elif it.kind == "prose" and len(found) == 1 and len(rest) <= 300 and \
                        not re.search(r"[.!?]\s+[A-Z]", rest):
                    it.kind = "short"  # a long title is still the title of its slot
                elif it.kind == "talk":
                    it.kind, it.bulleted = "title_people", False
            return [own] + found
    if times and times.end and times.first > 1 and not body[times.last:].strip(" .)"):
        # ("3 Presentations by the partners 09:40 - 12:00": an item number before the title)
        head = re.sub(r"^\d{1,2}[.)]?\s+(?=[A-ZÀ-Þ])", "",
                      body[:times.first].strip(" -–—|:,("))
        words = head.split()
        if 1 <= len(words) <= 10 and words[-1].lower() not in FUNCTION_WORDS \
                and head[:1].isupper() and not _SENTENCE_END.search(head):
            # "Q&A 15h30-15h45": a title with its slot printed after it
            own = Item("time", body[times.first:times.last], heading=heading, times=times,
                       label="inline")
            return [own] + _classify_one(head, line, before + [own])
    m = _TITLE_THEN_LABEL.match(body)
    if m and not bulleted:
        label = m.group("label")
        return [Item("short", m.group("title"), heading=heading),
                Item("label", label, heading=heading, function=label_function(label),
                     label=label)]
    note = STATUS_NOTE.fullmatch(body)
    if note:
        return [item("note", function=_note_function(body))]
    people = _labelled(body)
    if people is not None:
        people.bulleted = bulleted
        return [people]
    m = _LED_BY_SENTENCE.match(body)
    if m:
        function = label_function(m.group("label"))
        found = parse_people(m.group("rest"), function)
        if found:
            return [Item("people", body, people=found, function=function,
                         label=m.group("label"))]
    if _is_venue(body, before):
        return [item("venue")]
    talk = _title_and_speaker(body, bulleted)
    if talk is not None:
        title, found, function = talk
        split_off = run_in_description(title)
        if split_off is not None:
            # "Eric Fleisher – Understanding Compaction Severely compacted soil has …": the
            # talk's title, then its description on the same line
            return [Item("title_people", split_off[0], heading=heading, people=found,
                         function=function),
                    Item("prose", split_off[1], heading=heading)]
        if bulleted and not heading:
            # "- Soil monitoring in the Strategy: Ana Ruiz, EC ENV", "- EU Soil Strategy (Ana
            # Ruiz, DG ENV)": a talk of the session above; its speaker is the session's
            return [Item("talk", title, heading=heading, bulleted=True, people=found,
                         function=function)]
        return [Item("title_people", title, heading=heading, people=found,
                     function=function)]
    split = _title_then_people(body)
    if split is not None:
        title, found = split
        sentences = re.split(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z])", title, maxsplit=1)
        if len(sentences) == 2 and len(sentences[0].split()) >= 3:
            # "Overview of the project. Obligations of partners … Mrs. X, role": the title is
            # the first sentence, the rest its description
            return [Item("title_people", sentences[0].rstrip("."), heading=heading,
                         people=found),
                    Item("prose", sentences[1] if re.search(r"[.!?]$", sentences[1])
                         else sentences[1] + ".", heading=heading)]
        return [Item("title_people", title, heading=heading, people=found)]
    found = [] if _SENTENCE_VERB.search(body) and body.rstrip().endswith(".") \
        else parse_people(body)
    if found:
        bare = STATUS_NOTE.sub(" ", body).strip().rstrip(",")
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
    if _NUMBERED_PART.match(body) and len(body) <= 200:
        return [item("short")]
    if not heading and (_is_prose(body) or (
            body[:1].islower() and before and before[-1].kind == "prose")):
        return [item("prose")]  # (a lower-case start continues a wrapped paragraph)
    if body.endswith((":", "：")):
        return [item("colon")]
    return [item("short")]


def _is_place_line(text: str) -> bool:
    """ "Dubai, U.A.E.", "Geneva, Switzerland": a town and its country."""
    parts = split_parts(text)
    return len(parts) >= 2 and (is_place(parts[-1]) or bool(
        re.fullmatch(r"(?:[A-Z]\.){2,}", parts[-1]))) and all(
        is_place(p) or looks_like_town(p) for p in parts[:-1])


def _bare_names_in_parentheses(text: str) -> tuple[str, list[Person]] | None:
    m = _TITLE_PAREN_NAME.match(text)
    if not m:
        return None
    names = [n.strip() for n in re.split(r"\s+(?:and|&)\s+", m.group("rest"))]
    if not all(is_name(n) and not is_place(n) for n in names):
        return None
    people = [p for n in names for p in parse_people(n)]
    return (m.group("title").strip(), people) if len(people) == len(names) else None


def _ends_in_town(text: str) -> bool:
    """ "World Conservation Congress, Barcelona": an event or venue, then the town it is in."""
    parts = split_parts(text)
    return len(parts) >= 2 and (is_place(parts[-1]) or _city_like(parts[-1])) and (
        VENUE_WORDS.search(parts[0]) is not None or any(
            w.lower() in ORGANIZATION_WORDS or w.lower() in ("congress", "conference", "summit",
                                                            "forum", "symposium", "meeting")
            for w in parts[0].split()))


def _one_word_title(text: str) -> bool:
    """ "09:00 - Welcome", "12:30 Lunch", "15h30 Q&A": a slot whose title is one word (not
    "hrs", a zone)."""
    if re.fullmatch(r"Q\s?&\s?A", text):
        return True
    return (text[:1].isupper() and text.isalpha() and len(text) >= 3
            and not (text.isupper() and len(text) <= 5))


_WHEN_SEPARATOR = re.compile(r"[\s,]*(?:[:|–—]|\s-)[\s,]*$")


def _title_and_when(body: str, dates: list[DateFound], times: TimesFound | None
                    ) -> tuple[str, str, str] | None:
    """ "Food Day: Thursday 12 May, 16:00 – 17:00" (a title, then when) or "Tuesday August 29 |
    Soils for Society" (when, then the title): the line cut into head, when and tail."""
    if not dates or len(body) > 160:
        return None
    start = dates[0].start
    end = max([d.end for d in dates] + ([times.last] if times else []))
    if times:
        start = min(start, times.first)
    # the weekday printed before the date belongs to it
    m = re.search(r"\b[A-Z][a-z]+day,?\s*$", body[:start])
    if m:
        start = m.start()
    when = body[start:end]
    if not _only_dates_and_times(when, find_dates(when), find_times(when)):
        return None
    head, tail = body[:start], body[end:]
    if not head.strip() and re.fullmatch(r"\s*[-–—:|,]\s*day\s*\d{1,2}\s*", tail, re.I):
        return None  # "Friday August 31 - Day 1" is a day heading too
    if not [w for w in _SEPARATORS.split(_WEEKDAY_WORDS.sub(" ", head)) if w]:
        head = ""  # "Day 1: 3 June 2020" is a day heading
    if re.fullmatch(r"\s*\([^()]*\)\s*", tail) and find_times(tail):
        tail = ""  # "… 18:00 - 20:00 GMT (20:00-22:00 CEST)": the same time in another zone
    if head.strip() and FURNITURE.match(head.strip(" ,:|–-")):
        if tail.strip():
            return None
        return "", when, ""  # "Draft agenda, Wednesday 11 May 2022, 18:00 - 20:00 GMT"
    if head.strip() and not tail.strip(" ,.;"):
        if _ends_in_town(head.strip(" ,")) and len(head.split()) <= 12:
            return head.strip(" ,"), when, ""
        if not _WHEN_SEPARATOR.search(head) or len(head.split()) > 12:
            return None
        return _WHEN_SEPARATOR.sub("", head).strip(), when, ""
    if not head.strip() and tail.strip():
        m = re.match(r"^\s*(?:[:|–—]|-\s)\s*", tail)
        if not m or len(tail.split()) > 12:
            return None
        return "", when, tail[m.end():].strip()
    return None


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


_TAIL_NOUN = re.compile(r"^(?:[\w'’-]+\s+){1,4}(?P<noun>speakers|panel(?:l)?ists|moderators?|"
                        r"presenters|discussants|participants|guests|facilitators?|chairs)"
                        r"\s*[:：]\s*$", re.I)


def _labelled(body: str) -> Item | None:
    """ "Facilitated by …", "Speakers: …", "Moderator:" (people on the next lines)."""
    m = LABEL.match(body)
    if not m and len(body) < 40:
        m = LABEL.match(body + ":")  # "Speakers" on its own line (a bold run-in heading)
        if m and m.group("rest").strip():
            m = None
    if not m:
        tail = _TAIL_NOUN.match(body)
        if tail and len(body) < 50:
            # "Eminent speakers:", "Confirmed panellists:", "Roundtable participants:"
            return Item("label", body, function=label_function(tail.group("noun")),
                        label=body.rstrip(":： "))
        return None
    label = m.group("label")
    function = label_function(label)
    rest = m.group("rest").strip()
    tail = _TAIL_NOUN.match(body) if len(body) < 50 else None
    if tail and rest and not parse_people(rest):
        # "Welcome by conference facilitators:": the noun says what the people below do
        return Item("label", body, function=label_function(tail.group("noun")),
                    label=body.rstrip(":： "))
    if not rest and body.strip() == label and function in _AGENDA_ITEM_FUNCTIONS:
        return Item("short", body)  # "Opening remarks" over its speakers: an agenda item
    if not rest:
        if body.rstrip().endswith((":", "：")) or body.strip() == label:
            return Item("label", body, function=function, label=label)
        return None
    people = parse_people(rest, function)
    if not people and ":" in rest and len(rest.split(":")[0].split()) <= 4:
        # "Remarks from youth representative: Ms. Lea Holm, …": who, then the person
        people = parse_people(rest.split(":", 1)[1].strip(), function)
    if not people:
        return None
    return Item("people", body, people=people, function=function, label=label)


_TITLE_COLON = re.compile(r"^(?P<title>[^:：]{3,140}?)\s*[:：]\s+(?P<rest>\S.*)$")
_TITLE_PAREN = re.compile(r"^(?P<title>.{3,200}?)\s*\((?P<rest>[^()]*,[^()]*)\)\s*$")
_TITLE_BY = re.compile(r"^(?P<title>.{3,140}?)[\s”\"]+by\s+(?P<rest>[A-ZÀ-Þ].*)$")
# "Welcome Speech (Prof Dr. Ana Ruiz)": a title and, in parentheses, who gives it
_TITLE_PAREN_NAME = re.compile(r"^(?P<title>.{3,200}?)\s*\((?P<rest>[^(),]+)\)\s*$")
# "Talk and Discussion - Ana Ruiz", "DESY Tour - guided by Ana Ruiz": a title, a dash, who
_TITLE_DASH = re.compile(r"^(?P<title>.{3,140}?)\s+[-–—]\s+(?P<rest>(?:(?!\s[-–—]\s).)+)$")
_KIND_NAME_ORG_TALK = re.compile(
    r"^(?P<kind>[A-Z][\w ]{2,30}?)\s+[–—-]\s+(?P<name>[^()–—]{3,60}?)\s*\((?P<org>[^()]+)\)\s+"
    r"(?P<title>[A-ZÀ-Þ\"“].{5,})$")
_TOPIC_NAME_AFFILIATION = re.compile(
    r"^(?P<title>[^–—]{3,80}?)\s+[–—]\s+(?P<name>[^–—,()]{3,60}?)\s+[–—]\s+(?P<rest>\S.*)$")
# "Summation, Ana Ruiz (Soil Office)", "An example from the field: 4 per 1000, Leo Park.": a
# title, and after its last comma who gives it
_TITLE_COMMA = re.compile(r"^(?P<title>.{3,160}),\s+(?P<rest>[^,]+?)\.?$")


def _title_and_speaker(body: str, bulleted: bool = False
                       ) -> tuple[str, list[Person], str | None] | None:
    """A talk or agenda item and who gives it, with no honorific to cut at: "Introduction
    (5’): Ana Ruiz, Secretariat, FAO", "Soil monitoring: Ana Ruiz, EC ENV", "EU Soil Strategy
    (Ana Ruiz, DG ENV)", "Introduction to the series by Ana Ruiz, Chair, IFLA". The speaker
    must start with a name and be placed by something an affiliation is made of (an
    organisation or role word, an acronym, a place)."""
    found = _talk_then_capitalised_name(body)
    if found is not None:
        return found[0], found[1], None
    m = _KIND_NAME_ORG_TALK.match(body)
    if m and is_name(m.group("name").strip()) and not is_name(m.group("kind")):
        # "Invited Speaker – Bas van Wesemael (UCLouvain) Monitoring of soil health": the kind
        # of talk, its speaker and organisation, then the talk's title
        person = parse_people(f"{m.group('name').strip()} ({m.group('org').strip()})")
        if len(person) == 1:
            kind = m.group("kind").strip()
            function = label_function(kind) if LABEL.match(kind + ":") else None
            return m.group("title").strip(), person, function
    m = _TOPIC_NAME_AFFILIATION.match(body)
    if m and is_name(m.group("name")) and not is_name(m.group("rest")) and \
            not parse_people(m.group("title")):
        # "European Commission – Ana Ruiz – DG Environment", "Land Tenure – Leo Park – PhD,
        # Professor at X": what the person speaks for or about, the name, the affiliation
        person = parse_people(f"{m.group('name')}, {m.group('rest')}")
        if len(person) == 1:
            return m.group("title").strip(), person, None
    for pattern in (_TITLE_COLON, _TITLE_PAREN, _TITLE_BY, _TITLE_PAREN_NAME, _TITLE_DASH,
                    _TITLE_COMMA):
        m = pattern.match(body)
        if not m:
            continue
        title, rest = m.group("title").strip(" –—-“\""), m.group("rest").strip()
        run_in = run_in_description(rest)
        if pattern is _TITLE_DASH and is_name(title) and (is_talk_title(rest if run_in is None
                                                                         else run_in[0])
                                                          or (run_in is not None and not
                                                              _names_a_body(run_in[0]))):
            return rest, parse_people(title), None  # "Al Gore - Presentation": who, the talk
        named = pattern in (_TITLE_PAREN_NAME, _TITLE_DASH, _TITLE_COMMA)  # "Speech (Dr. X)"
        if not title or (not named and (_only_label(title + ":")
                                        or _only_label(title + " by "))) or \
                TIME_FIELD.match(title + ":") or parse_people(title) or \
                title.lower().split()[-1] in FUNCTION_WORDS:
            continue
        labelled = _labelled(rest) if pattern in (_TITLE_COLON, _TITLE_DASH,
                                                  _TITLE_PAREN_NAME) else None
        if labelled is not None and labelled.kind == "people":
            # "Talk show (40’): Moderator: H.E. X, Ambassador, …", "Tour - guided by X"
            return title, labelled.people, labelled.function
        people = parse_people(rest)
        if pattern is _TITLE_PAREN_NAME:
            # a name alone in parentheses needs its honorific to be told from a subtitle
            if len(people) == 1 and people[0].honorific and not people[0].role and \
                    not people[0].organization:
                return title, people, None
            continue
        if pattern is _TITLE_COMMA:
            # one person, placed by an organisation in parentheses, or a bare name after a
            # bulleted title of five words or more (not a place: "Climate action, Latin
            # America")
            bare = HONORIFIC_RUN.sub("", STATUS_NOTE.sub(" ", re.sub(r"\s*\(.*$", "", rest)))
            if len(people) == 1 and is_name(bare.strip()) and not is_place(bare) and (
                    people[0].organization or (bulleted and len(title.split()) >= 5)) and \
                    not is_name(title) and "," not in title.split(":")[-1]:
                return title, people, None
            continue
        if pattern is _TITLE_DASH:
            # "Talk - Ana Ruiz", "Introduction - Ana Ruiz and Leo Park": names alone after the
            # dash, the title not itself a name
            bare = [HONORIFIC_RUN.sub("", STATUS_NOTE.sub(" ", b)).strip()
                    for b in re.split(r"\s+(?:and|&)\s+", rest)]
            if people and ((len(people) == len(bare) and all(is_name(b) for b in bare))
                           or (len(people) == 1 and is_name(people[0].name)
                               and (people[0].role or people[0].organization))) and \
                    not is_name(title) and not _NUMBERED_PART.match(body):
                return title, people, None
            continue
        if people and all(_placed(p) for p in people):
            return title, people, None
    return None


_SMALL_WORDS = {"a", "an", "the", "of", "to", "and", "in", "for", "on", "with", "into", "from",
                "at", "by", "as", "or", "&", "–", "-", "vs", "versus"}


def _names_a_body(text: str) -> bool:
    words = [w.strip(".,:;()") for w in text.split()]
    return any(w.lower() in ORGANIZATION_WORDS or w.lower() in INSTITUTION_WORDS for w in words) \
        or any(len(w) >= 2 and w.isupper() for w in words)


def run_in_description(text: str) -> tuple[str, str] | None:
    """ "Building Biodiversity Restoring biodiversity to the land is the key …": a title in
    title case run into its description, cut where the first sentence starts (a capitalised
    word followed by lower-case ones); None when the text is not such a run."""
    words = text.split()
    if len(words) < 10:
        return None
    for i in range(2, min(len(words) - 3, 16)):
        w, before = words[i], words[:i]
        if not (w[:1].isupper() and w.isalpha()):
            continue
        follow = words[i + 1:i + 4]
        if not all(x[:1].islower() for x in follow) or words[i - 1].lower() in _SMALL_WORDS:
            continue
        if follow[0] in _SMALL_WORDS and not w.lower().endswith("ing"):
            continue  # "High Level Panel on the momentum …" goes on as a title
        if all(b[:1].isupper() or b[:1].isdigit() or b.lower() in _SMALL_WORDS for b in before):
            return " ".join(before), " ".join(words[i:])
    return None


def _capitalised_name(text: str) -> bool:
    """ "Christine MÜLLER", "Koen VAN KEER": a name whose surname is printed in capitals."""
    bare = HONORIFIC_RUN.sub("", text).strip()
    words = bare.split()
    return is_name(bare, caps_surname=True) and not words[0].isupper() and any(
        len(w) >= 3 and w.isupper() for w in words[1:])


def _talk_then_capitalised_name(body: str) -> tuple[str, list[Person]] | None:
    """ "Carbon farming, Christine MÜLLER, Policy Officer, DG CLIMA" (the talk, then its
    speaker) and "Soil health, Yara, Koen VAN KEER" (the talk, the organisation, the speaker):
    a surname in capitals says where the person starts."""
    parts = split_parts(body)
    if len(parts) < 2:
        return None
    for k in range(1, len(parts)):
        if _capitalised_name(parts[k]):
            title = ", ".join(parts[:k])
            if k == len(parts) - 1 and k >= 2:
                # the organisation printed before the name
                org = parts[k - 1]
                title = ", ".join(parts[:k - 1])
                m = re.search(r"[?!]\s+", org)
                if m:
                    title, org = f"{title}, {org[:m.end()].strip()}".strip(", "), org[m.end():]
                people = parse_people(parts[k])
                if len(people) == 1 and title:
                    people[0].organization = org.strip()
                    return title, people
                return None
            if k == len(parts) - 1:
                m = re.search(r"[?!]\s+(?P<org>[^?!]+)$", title)
                people = parse_people(parts[k])
                if m and len(people) == 1:
                    # "Are biostimulants the key? CropFit – Ghent University, Maaike PERNEEL"
                    people[0].organization = m.group("org").strip()
                    return title[:m.start() + 1].strip(), people
                return None
            people = parse_people(", ".join(parts[k:]))
            if len(people) == 1 and title and not parse_people(title):
                return title, people
            return None
    return None


def _only_label(text: str) -> bool:
    """ "Keynote:" is a label; "Keynote 1: Soils and Education:" a title that starts with one."""
    m = LABEL.match(text)
    return m is not None and not m.group("rest").strip(" :：")


def _placed(person: Person) -> bool:
    """Whether a person's affiliation reads as one (not a title's words after a comma)."""
    parts = [x for x in (person.role, person.organization) if x]
    if person.acronym or not is_name(person.name, caps_surname=person.honorific is not None):
        return bool(person.acronym)
    for part in parts:
        if is_role(part) or is_place(part) or any(
                w.lower().strip(".,()") in ORGANIZATION_WORDS for w in part.split()) or \
                re.search(r"\b[A-Z][A-Z0-9&/-]{1,}\b", part):
            return True
    return False


def _title_then_people(body: str) -> tuple[str, list[Person]] | None:
    """ "Launch of the Report, Mr. Luca Montanarella, Chair …": a title, then a person."""
    m = HONORIFIC_AFTER_COMMA.search(body)
    if not m:
        return None
    title = re.sub(r"(?<=[a-z]{2})\.$", "", body[:m.start()].strip())
    if parse_people(title):
        return None  # the line is a person line with a second person after a comma
    people = parse_people(body[m.end():])
    if not people:
        return None
    return title, people


def title_case(text: str) -> bool:
    """ "Opening Plenary: Soil. The Substance of Transformation.": the words that carry meaning
    are capitalised, as in a heading (a sentence has most of them in lower case)."""
    words = [w.strip("\"“”‘’'()[],.:;!?") for w in text.split()]
    words = [w for w in words if w and w.lower() not in FUNCTION_WORDS and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.85 * len(words)


def _is_prose(text: str) -> bool:
    words = text.split()
    if len(words) > 25 or len(text) > 180:
        return True
    if len(words) <= 12 and title_case(text):
        return False  # a heading that ends with a full stop
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
        run_before = prev is not None and (prev.kind in ("names", "label", "affiliation",
                                                          "colon") or (
            prev.kind == "people" and (nxt is None or nxt.kind != "time")))
        starts_run = prev is not None and prev.kind in ("prose", "short", "bullet") and (
            has_note or (nxt is not None and nxt.kind in ("name", "note"))
            or (prev.kind == "prose" and time_then_title and last_before_slot))
        # "Dr. Ana Ruiz" alone on a line: an honorific says a person follows
        # (and under a title, before the next slot: "Opening Address" / "Mr. Einar Berg")
        titled = HONORIFIC_RUN.match(it.text) is not None and (
            (nxt is not None and nxt.kind == "affiliation")
            or (prev is not None and prev.kind == "short" and last_before_slot))
        # "Title" / "May 3, 2022" / "Zoom Webinar" / "Lea Berg": a name under an item's
        # fields is someone of that item (its host or contact when no label survives)
        under_fields = prev is not None and prev.kind == "venue" and _neighbour(
            items, i - 1, -1, skip=()) is not None and _neighbour(
            items, i - 1, -1, skip=()).kind in ("date", "time")
        if run_before or starts_run or titled or it.bulleted or len(it.people) > 1 or \
                under_fields:
            it.kind = "names"
        else:
            it.kind = "short"


# Words naming a body of states or people ("Economic Community of West African States")
_BODY_WORDS = {"community", "states", "nations", "countries", "peoples", "members"}


def _resolve_timed_bullets(items: list[Item]) -> None:
    """ "• 13.10 Reference samples" / "• Discussion [20 min]": in a bullet list whose items
    carry times, a bullet without one is an item too, not an objective."""
    timed = False
    for it in items:
        if it.kind == "time" and it.label == "inline":
            timed = it.bulleted
        elif it.kind == "bullet" and timed:
            it.kind = "short"  # (still a bullet: an item of the list, not a subtitle)
        elif it.kind not in ("short", "title_people", "people", "names", "bullet"):
            timed = False


def _resolve_organisation_bullets(items: list[Item]) -> None:
    """ "• Ministry of Foreign Affairs (France)", "• The Arab Water Council" among bullets of
    people: a speaker not yet named, not an objective."""
    for i, it in enumerate(items):
        if it.kind != "bullet":
            continue
        prev = _neighbour(items, i, -1, skip=("bullet",))
        nxt = _neighbour(items, i, 1, skip=("bullet",))
        in_run = any(n is not None and n.kind in ("people", "names") and n.bulleted
                     for n in (prev, nxt))
        words = [w.strip("(),").lower() for w in it.text.split()]
        if in_run and len(words) <= 12 and (
                any(w in ORGANIZATION_WORDS or w in INSTITUTION_WORDS or w in _BODY_WORDS
                    for w in words)
                or re.search(r"\([A-Z]{2,}", it.text)):
            it.kind = "unnamed"


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
        elif nxt is not None and nxt.kind in ("names", "people") and len(it.text.split()) >= 2:
            # "Welcoming remarks (5’):" / "Marcela Ruiz" / her role: the item its people follow
            it.kind = "short"
            it.text = it.text.rstrip(":： ")
        elif it.heading:
            it.kind = "short"
            it.text = it.text.rstrip(":： ")
        else:
            it.kind = "skip"


_BLOCK_WORDS = re.compile(r"\b(?:sessions?|segment|part|block|theme|track|focus|strand)\b",
                          re.I)
_EVENT_NOUNS = {"opening", "closing", "launch", "inauguration", "tour", "visit", "welcome",
                "celebration", "official", "ceremony", "free", "accommodation", "transfer",
                "check-in", "check-out"}


def _is_room(text: str) -> bool:
    words = [w.strip("()[],") for w in text.split()]
    if not 1 < len(words) <= 6 or _SENTENCE_END.search(text) or ":" in text:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if "town hall" in text.lower() or first in _EVENT_NOUNS or first.endswith("ing") or any(
            w in ("the", "a", "an") for w in words[1:]):
        # a "Youth Town Hall", the "Opening of the Soil Pavilion", "Setting the stage" are
        # sessions
        return False
    # "Stage A", "Room 4", "Hall B2" / "Ballroom B", "Oceans & Islands Pavilion", "Bonn Zone"
    return (first in ROOM_NOUNS and len(words) <= 3 and all(len(w) <= 3 for w in words[1:])) \
        or last in ROOM_NOUNS or (len(words) >= 2 and words[-2].lower() in ROOM_NOUNS
                                   and len(words[-1]) <= 3)


def _city_like(text: str) -> bool:
    """ "Madrid", "Buenos Aires": one or two capitalised words that are no title words."""
    words = text.split()
    return len(words) <= 2 and looks_like_town(text) and not any(
        w.lower() in NOT_NAME_WORDS for w in words)


_FIELD_NAME = re.compile(r"^[^:：]{1,20}[:：]\s*")


def _resolve_rooms(items: list[Item]) -> None:
    """A room printed under a title, or between a time and the title, is logistics; so is a
    line repeating the value of a "Room: New York" field."""
    rooms = {_FIELD_NAME.sub("", it.text).strip().lower() for it in items if it.kind == "venue"}
    for i, it in enumerate(items):
        if it.kind in ("short", "name") and it.text.strip().lower() in rooms:
            it.kind = "venue"
            continue
        if it.kind not in ("short", "name") or it.heading:
            continue
        prev = _neighbour(items, i, -1, skip=())
        nxt = _neighbour(items, i, 1, skip=())
        if prev is None:
            continue
        if prev.kind == "short" and nxt is not None and nxt.kind == "prose" and (
                is_place(it.text) or _city_like(it.text)) and _neighbour(
                items, i - 1, -1, skip=()) is not None and _neighbour(
                items, i - 1, -1, skip=()).kind in ("time", "date"):
            # "14:00-15:30" / "Opening Plenary" / "New York" / its description: a room named
            # after a city
            it.kind = "venue"
            continue
        if not _is_room(it.text):
            continue
        if prev.kind in ("short", "title_people", "people", "names", "affiliation") or (
                prev.kind in ("time", "date") and nxt is not None and nxt.kind == "short"):
            it.kind = "venue"
    for i, it in enumerate(items):
        if it.kind not in ("short", "name") or it.heading:
            continue
        prev = _neighbour(items, i, -1, skip=())
        nxt = _neighbour(items, i, 1, skip=())
        words = it.text.split()
        if prev is not None and prev.kind == "time" and prev.label != "inline" and \
                nxt is not None and nxt.kind in ("short", "title_people") and \
                2 <= len(words) <= 5 and VENUE_WORDS.search(it.text) and \
                not _SENTENCE_END.search(it.text) and ":" not in it.text:
            # "6:00-8:00 p.m." / "National Western Center" / "Joint Reception": the place
            it.kind = "venue"


def _resolve_blocks(items: list[Item]) -> None:
    """A short line between sessions that is followed by a time and then a title is the
    heading of a block of sessions ("This Urgent Moment" / "9:10 a.m." / items)."""
    seen_time = False
    for i, it in enumerate(items):
        if it.kind in ("time", "date"):
            seen_time = True
        if it.kind != "short" or not seen_time or it.label == "when":
            continue
        prev = _neighbour(items, i, -1)
        k = i + 1
        # "Opening Session" / "Chair: Ana Ruiz" / "9:00 - 9:15" / title: a block and who
        # chairs it
        while k < len(items) and items[k].kind == "people" and items[k].function in (
                "moderator", "facilitator") and items[k].label:
            k += 1
        chaired = k > i + 1
        nxt = items[k] if k < len(items) else None
        after = _neighbour(items, k, 1) if nxt is not None else None
        before_prev = _neighbour(items, i - 1, -1) if prev is not None else None
        if not chaired and prev is not None and prev.kind == "short" and before_prev is not None \
                and before_prev.kind == "time" and nxt is not None and nxt.kind == "time" \
                and after is not None and after.kind in ("short", "title_people") \
                and _BLOCK_WORDS.search(it.text):
            # "8:30 Welcome" / "Morning Session Focus – …" / "8:35 Keynote": after a one-line
            # slot, a heading that says it is a part of the programme
            it.kind = "block"
            continue
        if chaired and prev is not None and nxt is not None and nxt.kind == "time" and (
                prev.kind == "date" or (prev.kind == "short" and before_prev is not None
                                        and before_prev.kind == "time")) \
                and after is not None and after.kind in ("short", "title_people"):
            it.kind = "block"  # (after a day heading, or after a one-line slot: a break)
            continue
        if prev is not None and prev.kind in ("people", "names") and before_prev is not None \
                and before_prev.kind == "time":
            continue  # "9:00 Ana Ruiz, FAO" / "Her talk": the talk of a slot its speaker opened
        if (prev is not None and (prev.kind in ("people", "names", "prose", "bullet", "note",
                                                "title_people", "parent", "venue")
                                  or (prev.kind == "time" and prev.label == "field"))
                and nxt is not None and nxt.kind == "time"
                and after is not None and after.kind in ("short", "title_people")):
            it.kind = "block"
