"""Typed items → sessions: a walk that carries the day, the time slot and the block.

A day heading sets the date of what follows, a time line opens a slot, a block heading sets the
parent of what follows; a title opens a session that inherits all three; prose, bullets and
person lines fill the open session. Afterwards a session whose own printed time range encloses
later sessions (or that a "Main Session: …" trailer names) becomes their parent, and is dropped
from the list when no one is listed for it directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from soilkit.model import Event, Person, Session
from soilkit.structure.sessions.items import Item, title_case
from soilkit.structure.sessions.people import is_name, parse_people
from soilkit.structure.sessions.times import TimesFound, find_dates, iso_date
from soilkit.structure.sessions.vocabulary import BADGE, LOGISTICS, SPONSOR, TITLE_FUNCTIONS

_WITH_GUESTS = re.compile(r"\bwith\s+(?P<names>[^,.;:]+(?:\s+and\s+[^,.;:]+)+)$")
# "An interview with Ana Ruiz", "A conversation with Ana Ruiz and Leo Park": a title that
# names its guests
_TITLE_GUESTS = re.compile(r"\b(?:interview|conversation|chat|dialogue|talk|q\s?&\s?a)\s+with\s+"
                           r"(?P<names>[A-ZÀ-Þ][^,.;:()]+)$", re.I)
_FEATURING = re.compile(r"(?:^|[.!?]\s+)(?:featuring|speakers?:)\s+(?P<names>[^.;:]+?)\.?$",
                        re.I)
_EVENT_WORDS = re.compile(
    r"\b(?:conference|summit|forum|congress|festival|expo|week|symposium|convention|"
    r"cop\s?\d+|\d{4})\b", re.I)
_LABEL_TITLE = re.compile(r"^(?P<title>.+?)\s+(?:by|from)$", re.I)
_ITEM_FUNCTIONS = {"opening remarks", "closing remarks", "concluding remarks", "keynote"}
# "Description of the session: This panel …": the field's name is not part of the text
_DESCRIPTION_FIELD = re.compile(
    r"^(?:(?:session |event )?(?:description|abstract|summary|synopsis|about)"
    r"(?: of the (?:session|event|panel|webinar))?)\s*[:：]\s*(?=\S)", re.I)


@dataclass
class _Draft:
    session: Session
    own_time: bool = False  # the session's time was printed for it, not inherited
    explicit: set[int] = field(default_factory=set)  # people whose function a label gave
    paragraphs: list[str] = field(default_factory=list)
    items: int = 0  # items taken after the title
    explicit_parent: bool = False
    time_under_title: bool = False  # "Title" / "18:15 – 19:00": the page prints titles first
    from_label: bool = False  # titled by a label ("Keynote: Dr. X" alone in its slot)
    own_when: bool = False  # a date line printed for this title ("Food Day" / "Thursday 12 May")
    dated: bool = False  # its date was printed under it
    subtitled: bool = False  # its only content is the one-line description under it
    bulleted: bool = False  # its title is an item of a bullet list
    titled_late: bool = False  # titled by the line under its speaker
    label: str | None = None  # the label it is titled by
    after_day: bool = False  # opened under a day heading
    day_span: bool = False  # its date line printed a span of days

    def has_content(self) -> bool:
        s = self.session
        return bool(self.paragraphs or s.people or s.objectives or s.sponsors)


@dataclass
class _Walk:
    drafts: list[_Draft] = field(default_factory=list)
    header: list[str] = field(default_factory=list)  # short lines before the first session
    current: _Draft | None = None
    date: str | None = None
    year: int | None = None
    times: TimesFound | None = None
    slot_fresh: bool = False
    block: str | None = None
    pending_function: str | None = None
    in_objectives: bool = False
    dates: list[str] = field(default_factory=list)
    last_kind: str | None = None
    next_kind: str | None = None
    dates_under_titles: bool = False  # the page prints a title, then its date
    seen_day: bool = False  # a day heading was printed
    last_bulleted: bool = False

    # -- the walk
    def run(self, items: list[Item]) -> None:
        for i, it in enumerate(items):
            self.next_kind = items[i + 1].kind if i + 1 < len(items) else None
            if self.year is None and it.kind != "date":
                self._learn_year(it.text)
            getattr(self, f"on_{it.kind}", self.on_skip)(it)
            if it.kind not in ("label", "names", "people", "note", "affiliation", "talk",
                               "unnamed"):
                self.pending_function = None
            if it.kind not in ("objectives_label", "bullet") and not (
                    self.in_objectives and it.text.endswith("?")):
                self.in_objectives = it.kind == "objectives_label"
            self.last_kind = it.kind
            self.last_bulleted = it.bulleted

    def on_skip(self, it: Item) -> None:
        pass

    def on_date(self, it: Item) -> None:
        d = it.date
        # (a span of days, "November 29-December 3", is the event's, not a day heading)
        self.seen_day |= d.end_day is None and len(find_dates(it.text)) == 1
        year = d.year or self.year
        self.year = year
        iso = iso_date(year, d.month, d.day)
        if iso and iso not in self.dates:
            self.dates.append(iso)
        cur = self.current
        if cur is not None and cur.dated and cur.session.date == iso and it.times is None \
                and not cur.has_content() and not cur.day_span:
            return  # "Apr 22, 2021, 1:00pm" / "Thursday, April 22, 2021": the same day again
        if cur is not None and cur.dated and iso and cur.session.date == iso and it.times \
                and not cur.own_time and not cur.day_span and not cur.session.people:
            # "Title" / "22/03/2022" / its text / "Tuesday 22 March - 10:45-12:15": the item's
            # when, printed in two places
            self._set_times(cur, it.times, own=True)
            self.times = it.times
            return
        if it.label == "field" and cur is not None and not cur.dated and not cur.own_time:
            # "Location: Date: 9 May 2020 Time: 9:00 - 9:15" closing an item: its when
            cur.session.date = iso
            cur.dated = True
            if it.times:
                self._set_times(cur, it.times, own=True)
            return
        bare = cur is not None and (not cur.has_content() or (
            cur.subtitled and cur.items == 1 and not cur.session.people))
        if cur is not None and bare and (
                cur.session.date in (None, iso) or self.dates_under_titles) and not cur.dated \
                and self.last_kind in ("short", "date", "venue", "skip") and not it.row:
            # "Title" then "Saturday, 6 November 2021 - 13:00 to 14:15": the session's own
            # (and on a page that prints every title over its date, the next title's too)
            cur.session.date = iso
            cur.dated = True
            cur.day_span = d.end_day is not None or len(find_dates(it.text)) > 1
            self.dates_under_titles |= it.times is not None
            cur.own_when = it.times is not None  # (a date alone under a page title is the event's)
            if it.times:
                self._set_times(cur, it.times, own=True)
            self.date = iso
            self.times = it.times
            return
        self.date = iso
        self.block = None
        self.times = it.times
        self.slot_fresh = it.times is not None
        self.current = None

    def on_time(self, it: Item) -> None:
        cur = self.current
        if it.label == "field" and cur is not None and not cur.own_time:
            self._set_times(cur, it.times, own=True)  # "Venue: Red Room  Timing: 8:30-10:30"
            return
        # "Title" / "A virtual panel on …" / "Time: 09:00": a tagline between a title and its
        # time leaves the time the title's
        bare = cur is not None and (not cur.has_content() or (
            cur.subtitled and cur.items == 1 and not cur.session.people))
        if cur is not None and bare and not cur.own_time \
                and self.last_kind in ("short", "date") and not self.slot_fresh \
                and (cur.session.start is None or not cur.own_time) and it.label != "inline" \
                and not it.row:
            self._set_times(cur, it.times, own=True)  # a title with its time under it
            cur.time_under_title = True
            self.dates_under_titles |= cur.dated  # "Title" / "Date: …" / "Time: …"
            self.times = it.times
            return
        self.times = it.times
        self.slot_fresh = True
        self.current = None

    def on_daypart(self, it: Item) -> None:
        self.block = None
        self.current = None

    def on_block(self, it: Item) -> None:
        self.block = it.text
        # the block is a session of its own while who chairs it follows; it stays in the
        # list only if someone does
        draft = _Draft(Session(title=it.text, date=self.date))
        self.drafts.append(draft)
        self.current = draft
        self.slot_fresh = False

    def on_parent(self, it: Item) -> None:
        if self.current is not None:
            self.current.session.parent = it.text
            self.current.explicit_parent = True

    def on_short(self, it: Item) -> None:
        cur = self.current
        # A line under a title that nothing follows before the next slot is the title's
        # one-line description; followed by people or prose, it is the next title.
        if cur is not None and not it.heading and self.last_kind == "short" \
                and it.label != "when" and not it.bulleted \
                and ((cur.items == 0 and not cur.has_content())
                     or (cur.titled_late and not cur.paragraphs)) and (self.next_kind not in (
                    "people", "names", "prose", "bullet", "label", "objectives_label",
                    "title_people") or (
                    # "Welcome & Opening" / "Short welcome speeches" / "Introduction to:": a
                    # phrase in sentence case over an item's list describes it
                    self.next_kind == "objectives_label" and not title_case(it.text)
                    and len(it.text.split()) <= 12)) \
                and not (self.next_kind == "date" and title_case(it.text)
                         and cur.session.start is None and cur.session.date is None):
            # (a line in title case over the when is the title, and the line above it the
            # name of the site or series: "Rio Conventions Pavilion" / "Supporting …" / date)
            self._subtitle(cur, it.text)
            return
        if cur is not None and cur.time_under_title and cur.items == 0 \
                and self.last_kind == "time" and self.next_kind not in ("time", "date", "prose"):
            # (a line followed by its own text is the next title: "Theme" / "9.30" /
            # "Title" / description)
            # "Title" / "16:30 – 18:00" / "Including a mix of recordings …": its one-line
            # description (a next title would be followed by its own time)
            cur.items += 1
            cur.paragraphs.append(it.text)
            return
        if cur is not None and not cur.session.title and cur.session.people \
                and not cur.paragraphs and self.last_kind in ("people", "names") \
                and not it.heading:
            # "9:00 am: Ana Ruiz, FAO" / "Overview of the day": a slot that opened with its
            # speaker names its talk under them
            cur.session.title = it.text
            cur.titled_late = True
            return
        if self.in_objectives and cur is not None and it.text.endswith("?"):
            cur.session.objectives.append(it.text)
            return
        if cur is None and not self.drafts and self.times is None and self.date is None:
            self.header.append(it.text)
        self._open(it.text).bulleted = it.bulleted

    def on_title_people(self, it: Item) -> None:
        cur = self.current
        if cur is not None and self.last_kind == "short" and cur.items == 0 \
                and not cur.has_content() and cur.own_time and not it.heading:
            # "14:45-15:00 Keynote speech" / "Land and life, Professor X, KU Leuven": the
            # talk under an agenda item is its subject, the speaker is the item's
            cur.paragraphs.append(it.text)
            self._add_people(cur, it.people, it.function)
            return
        heading = cur if cur is not None and self.last_kind == "short" and cur.items == 0 \
            and not cur.has_content() and not cur.own_time and self.times is None else None
        draft = self._open(it.text)
        if heading is not None and not draft.session.parent:
            # "Plenary 2: Keynotes" / "UNFCCC Keynote address, Ms. X, …": an untimed
            # heading over the talks it holds
            draft.session.parent = heading.session.title
            draft.explicit_parent = True
        self._add_people(draft, it.people, it.function)

    def on_prose(self, it: Item) -> None:
        cur = self.current
        if cur is None:
            return
        cur.items += 1
        text = _DESCRIPTION_FIELD.sub("", it.text)
        if self.in_objectives and text.endswith("?"):
            cur.session.objectives.append(text)
            return
        if cur.paragraphs and SPONSOR.search(text) and len(text) < 400:
            cur.session.sponsors.append(text)
            return
        self._featuring(cur, text)
        if self.last_kind == "prose" and cur.paragraphs and not re.search(
                r"[.!?:][\"”’)]*$", cur.paragraphs[-1]):
            cur.paragraphs[-1] += " " + text  # a paragraph wrapped over two lines
        else:
            cur.paragraphs.append(text)

    def on_sponsor(self, it: Item) -> None:
        if self.current is not None:
            self.current.session.sponsors.append(it.text)

    def on_bullet(self, it: Item) -> None:
        if self.current is not None:
            self.current.items += 1
            self.current.session.objectives.append(it.text)

    def on_label(self, it: Item) -> None:
        self.pending_function = it.function

    def on_people(self, it: Item) -> None:
        draft = self.current
        if draft is None or self.slot_fresh or (
                draft.bulleted and it.bulleted and it.label and it.function != "moderator"
                and draft.label != it.label) or (
                # "• Opening address, Name, …" under a page's title and text: an item of the
                # programme, not the page's speaker
                it.bulleted and it.label and it.function in _ITEM_FUNCTIONS
                and draft.paragraphs and not draft.session.people and not draft.own_time):
            # "Opening by Mr. X" / "Keynote: Y" heading a slot, or "‐ Closing remarks by Y"
            # after an item of a bullet list: the label names the item
            m = _LABEL_TITLE.match(it.label or "")
            label = m.group("title") if m else (it.label or "")
            draft = self._open(label.strip().capitalize())
            draft.from_label = True
            draft.bulleted = it.bulleted
            draft.label = it.label
        self._add_people(draft, it.people, it.function or self.pending_function)

    on_names = on_people

    def on_talk(self, it: Item) -> None:
        """ "- Title (Name, Org)" under a session: its speaker; heading a slot: the item."""
        draft = self.current
        # (after a bulleted item or a bulleted list of people, a talk is the next item of the
        # list: "‐ Opening remarks" / "‐ An example …, Leo Park")
        if draft is None or self.slot_fresh or draft.bulleted or (
                self.last_kind in ("people", "names") and self.last_bulleted):
            draft = self._open(it.text)
            draft.bulleted = it.bulleted
        self._add_people(draft, it.people, it.function or self.pending_function)

    def on_affiliation(self, it: Item) -> None:
        cur = self.current
        if cur is not None and cur.session.people and it.affiliation:
            person = cur.session.people[-1]
            person.role, person.organization, person.acronym = it.affiliation

    def on_note(self, it: Item) -> None:
        cur = self.current
        if cur is not None and cur.session.people and it.function:
            cur.session.people[-1].function = it.function
            cur.explicit.add(id(cur.session.people[-1]))

    # -- helpers
    def _learn_year(self, text: str) -> None:
        """ "November 30-December 12, 2023 | Dubai" over "December 1": day headings without a
        year take the one the page printed with a full date before them."""
        for d in find_dates(text):
            if d.year:
                self.year = d.year
                return

    def _open(self, title: str) -> _Draft:
        # a break between the sessions of a block is not one of them
        parent = None if LOGISTICS.match(title) and not LOGISTICS.match(self.block or "") \
            else self.block
        session = Session(title=title, date=self.date, parent=parent)
        draft = _Draft(session, after_day=self.seen_day)
        # "Wednesday August 30 | Advances in …": a title printed under its own day heading
        draft.own_when = self.last_kind == "date" and self.times is None
        if self.times is not None:
            self._set_times(draft, self.times, own=self.slot_fresh)
        self.slot_fresh = False
        self.drafts.append(draft)
        self.current = draft
        return draft

    @staticmethod
    def _set_times(draft: _Draft, times: TimesFound, own: bool) -> None:
        draft.session.start, draft.session.end = times.start, times.end
        draft.session.timezone = times.timezone
        draft.own_time = own

    def _featuring(self, draft: _Draft, text: str) -> None:
        """ "… how it can help. Featuring Ana Ruiz, Leo Park": the people of the item."""
        m = _FEATURING.search(text)
        if m:
            guests = parse_people(m.group("names"))
            if guests and all(is_name(p.name) and not p.organization for p in guests):
                self._add_people(draft, guests, None)

    def _subtitle(self, draft: _Draft, text: str) -> None:
        """The line under a title: a one-line description, naming the guests when it says
        "… with A and B" or "… Featuring A, B"."""
        draft.items += 1
        draft.paragraphs.append(text)
        draft.subtitled = True
        self._featuring(draft, text)
        m = _WITH_GUESTS.search(text)
        if m:
            guests = parse_people(m.group("names"))
            if guests and all(is_name(p.name) for p in guests):
                self._add_people(draft, guests, None)

    @staticmethod
    def _add_people(draft: _Draft, people: list[Person], function: str | None) -> None:
        draft.items += 1
        for person in people:
            if function and person.function == "speaker":
                person.function = function
            if person.function != "speaker" or function:
                draft.explicit.add(id(person))
            draft.session.people.append(person)


def assemble(items: list[Item]) -> tuple[Event, list[Session]]:
    walk = _Walk()
    walk.run(items)
    drafts = _single_event(walk.drafts)
    for d in drafts:
        _finish(d)
    _parents_by_time(drafts)
    drafts = _drop_containers(drafts)
    untimed = not any(d.session.start for d in drafts)
    drafts = [d for d in drafts if _is_session(d, len(drafts), untimed)] or drafts[:1]
    if len(walk.dates) == 1 and not any(d.session.date for d in drafts):
        # a page for one day that prints its date once, away from the sessions ("10/12/2019"
        # under the programme): every session's date
        for d in drafts:
            d.session.date = walk.dates[0]
    event = Event(name=_event_name(walk, drafts), dates=sorted(walk.dates))
    return event, [d.session for d in drafts]


def _single_event(drafts: list[_Draft]) -> list[_Draft]:
    """ "Webinar title" / description / "18 June 2024" / "13:00 UTC" / the speakers: a page for
    one event prints its when and its people after the title, which are that title's."""
    if len(drafts) != 2:
        return drafts
    head, rest = drafts[0].session, drafts[1].session
    if rest.title or head.start or head.people or not rest.people or head.date not in (
            None, rest.date):
        return drafts
    head.date, head.start, head.end, head.timezone = rest.date, rest.start, rest.end, rest.timezone
    head.people = rest.people
    drafts[0].own_time = drafts[1].own_time
    drafts[0].explicit |= drafts[1].explicit
    drafts[0].paragraphs += drafts[1].paragraphs
    return drafts[:1]


def _finish(draft: _Draft) -> None:
    s = draft.session
    title = s.title.strip()
    m = BADGE.search(title)
    if m and m.start() > 0:
        s.status = m.group("badge")
        title = title[:m.start()].strip()
    # "Welcome Reception @ Cromdale Hall, EICC": the place is not part of the title
    title = re.split(r"\s+@\s+", title)[0]
    s.title = title.rstrip(":： ").strip()
    s.description = "\n\n".join(draft.paragraphs) or None
    m = _TITLE_GUESTS.search(s.title)
    if m and not s.people:
        guests = parse_people(m.group("names"))
        if guests and all(is_name(p.name) and not p.role and not p.organization
                          for p in guests):
            s.people = guests
    for person in s.people:
        if id(person) in draft.explicit:
            continue
        for pattern, function in TITLE_FUNCTIONS:
            if pattern.search(s.title):
                person.function = function
                break


def _minutes(hhmm: str | None) -> int | None:
    if not hhmm:
        return None
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def _parents_by_time(drafts: list[_Draft]) -> None:
    """A session whose own printed range encloses the following sessions is their parent."""
    for i, outer in enumerate(drafts):
        s = outer.session
        a, b = _minutes(s.start), _minutes(s.end)
        if not outer.own_time or a is None or b is None or b <= a or outer.from_label \
                or LOGISTICS.search(s.title):
            # (a master of ceremonies over the whole event holds no sessions; nor does a
            # registration desk open all day)
            continue
        for k, inner in enumerate(drafts[i + 1:]):
            t = inner.session
            c, d = _minutes(t.start), _minutes(t.end)
            if c is None and not t.people and not t.objectives and t.date == s.date:
                continue  # an untimed line with nobody (a contact, a note) between the parts
            if t.date != s.date or c is None or not a <= c < b or (d is not None and d > b):
                break
            if k == 0 and inner.own_time and c != a and not _starts_a_run(drafts, i, b):
                break  # a shorter event on the same day, not the first part of this one
            if inner.own_time and d is not None and d - c >= b - a:
                break  # a parallel slot of the same length, not a part of this one
            if s.people and not inner.own_time and (t.start, t.end) == (s.start, s.end):
                break  # items of one agenda sharing its time, the first with its speakers
            if t.parent is None or (t.parent == s.parent and not inner.explicit_parent):
                t.parent = s.title


def _starts_a_run(drafts: list[_Draft], i: int, end: int) -> bool:
    """Two or more sessions with their own times follow inside the range of drafts[i]: a
    running order, whose parent it is even when the first part starts later."""
    inside = 0
    for d in drafts[i + 1:]:
        c, e = _minutes(d.session.start), _minutes(d.session.end)
        if c is None or c >= end or (e is not None and e > end):
            break
        inside += 1
    return inside >= 2


def _drop_containers(drafts: list[_Draft]) -> list[_Draft]:
    """Segments and main sessions are parents; they stay in the list only when people are
    listed for them directly. Their organisers' lines go to the sessions they hold."""
    titles = {d.session.parent for d in drafts if d.session.parent}
    out = []
    for d in drafts:
        s = d.session
        if s.title in titles and not s.people:
            for child in drafts:
                if child.session.parent == s.title and not child.session.sponsors:
                    child.session.sponsors = list(s.sponsors)
            continue
        out.append(d)
    return out


def _is_session(draft: _Draft, count: int, untimed: bool = False) -> bool:
    """Page furniture ("Affiliate Events", the event's name over a lorem-ipsum intro or over
    the first day heading) has no time and no people."""
    s = draft.session
    if not s.title:
        return bool(s.people)  # a slot that prints only who speaks
    if count > 1:
        # (on a page that prints no times, a title under a day heading is an agenda item)
        return bool(s.start or s.people or s.objectives or (draft.own_when and draft.has_content())
                    or (untimed and draft.after_day and not s.parent))
    return bool(s.start or s.date or s.people or s.objectives or s.description)


def _event_name(walk: _Walk, drafts: list[_Draft]) -> str | None:
    sessions = [d.session for d in drafts]
    if sessions and len(sessions) > 1 and all(
            s.parent == sessions[0].title for s in sessions[1:]):
        return sessions[0].title
    for text in walk.header:
        if _EVENT_WORDS.search(text) and len(text.split()) <= 12:
            return text
    return None
