"""Which kind of document the lines make: a report or a session page.

Both kinds hold prose; what tells them apart is the furniture around it. A programme page is
built of time slots ("14:00-18:00", "9:00 a.m."), speaker lines ("Name, Role, Organisation"),
labels that introduce people ("Facilitated by", "Moderator:", "Speakers:"), badges and
"Main Session:" trailers. A report is built of numbered paragraphs, footnotes, document
symbols ("A/RES/79/208", "CBD/COP/DEC/16/31"), preambular and operative verbs, and pages.
Each line scores for one side; the page is a session page when its programme evidence is clear
and outweighs the report evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from soilkit.model import Line

# Enough lines to see the kind of a document; the rest only costs time on long PDFs.
_SAMPLE = 800
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})*\.|\([a-z]{1,3}\)|\(\d{1,3}\)|[IVX]{1,5}\.)"
                       r"\s+\S")
_SYMBOL = re.compile(r"\b[A-Z]{1,8}(?:/[A-Z0-9][A-Za-z0-9.\-]*){2,}")
_RESOLUTION_VERB = re.compile(
    r"^\s*(?:\d{1,3}\.\s+)?(?:Recalling|Reaffirming|Noting|Recognizing|Recognising|Welcoming|"
    r"Decides|Requests|Invites|Urges|Encourages|Emphasizing|Stressing|Acknowledging|"
    r"Takes note|Calls upon|Expressing|Bearing in mind|Having considered|Article \d+)\b"
)
_SESSION_LABEL = re.compile(
    r"^\s*(?:[-–•]\s*)?(?:facilitated by|moderated by|chaired by|moderators?\s*:|"
    r"facilitators?\s*:|speakers?\s*:|panel(?:l)?ists?\s*:|concluding remarks|closing remarks|"
    r"opening remarks|keynote(?: speaker| address)?\s*:|main session\s*:|rapporteurs?\s*:)",
    re.I,
)
_LABEL_LINE = re.compile(r"^\s*(?:speakers|panel(?:l)?ists|moderators?|facilitators?|"
                         r"discussants|presenters)\s*:?\s*$", re.I)
_NOTE = re.compile(r"\((?:moderator|facilitator|tbc|video message|keynote)\)", re.I)
_BADGE = re.compile(r"\b(?:LIVE NOW|ON DEMAND|WATCH NOW|JOIN NOW)\s*$")


_DIGIT = re.compile(r"\d")
# What a line that parses as people adds to the programme evidence
_PEOPLE_WEIGHT = 0.5


@dataclass
class Evidence:
    sessions: float = 0.0
    report: float = 0.0
    ranges: int = 0  # time ranges printed on short lines
    # comma lines that may name people: parsing them is most of the cost of weighing, so it
    # is left until the rest of the evidence does not decide the kind alone (`detect_type`)
    people_lines: list[str] = field(default_factory=list)


def weigh(lines: list[Line]) -> Evidence:
    """The evidence for each kind in the first lines of a document."""
    from soilkit.structure.sessions.items import line_texts
    from soilkit.structure.sessions.people import is_name, strip_bullet
    from soilkit.structure.sessions.times import find_dates, find_times
    from soilkit.structure.sessions.vocabulary import (
        SPONSOR_FIELD,
        TIME_FIELD,
        VENUE_FIELD,
        ZONE_FIELD,
    )

    ev = Evidence()
    sample = lines[:_SAMPLE]
    pages = max((ln.page for ln in sample), default=1)
    if pages > 2 and any(ln.page_height for ln in sample):
        # a paginated PDF: reports are printed, programmes served (a report may carry its
        # meeting's agenda in an annex, so length weighs more than that agenda)
        ev.report += min(2 * pages, 40)
    for text, line in line_texts(sample):
        if line.block == "footnote" or any(s.superscript for s in line.spans):
            ev.report += 1
        if text.count("/") >= 2 and _SYMBOL.search(text):  # (a symbol has two slashes)
            ev.report += 2
        if _RESOLUTION_VERB.match(text):
            ev.report += 1
        body, _ = strip_bullet(text)
        if VENUE_FIELD.match(body) or SPONSOR_FIELD.match(body) or ZONE_FIELD.match(body):
            ev.sessions += 0.5
            continue
        field_label = TIME_FIELD.match(body)
        if field_label:
            body = body[field_label.end():]
        if _NUMBERED.match(text) and len(text) > 60:
            ev.report += 1
            continue
        if _SESSION_LABEL.match(text) or _LABEL_LINE.match(text) or (
                "(" in text and _NOTE.search(text)):
            ev.sessions += 2
            continue
        if ("NOW" in text or "DEMAND" in text) and _BADGE.search(text):
            ev.sessions += 1
        if len(body) <= 80:
            times = find_times(body)
            # a printed range ("18:00-19:00") is a slot; a lone clock time may be anything
            slot = 1.5 if times is not None and times.end else 1
            if times is not None and times.end:
                ev.ranges += 1
            if times is not None and times.first <= 1:
                ev.sessions += slot
                continue
            dates = find_dates(body) if _DIGIT.search(body) else []  # (a date has its day)
            # a day heading: a short line, or one that ends with its date ("Water Day:
            # Tuesday, 3 December")
            if dates and (times is not None or len(body) <= 40 or (
                    len(body) <= 60 and body[:1].isupper() and dates[-1].end >= len(body) - 1)):
                ev.sessions += slot if times is not None else 0.5  # a slot or a day heading
                continue
            if is_name(body):
                ev.sessions += 0.5  # a speaker listed by name only
                continue
        if len(body) <= 200 and "," in body:
            ev.people_lines.append(body)
    return ev


def _kind(sessions: float, ev: Evidence) -> str:
    if sessions >= 2.5 and sessions > ev.report:
        return "sessions"
    if ev.ranges and sessions >= 1.5 and ev.report == 0:
        # a single-session page ("Wednesday, 16 November 17.45 - 18.45 Room" over a title and
        # its description): little programme evidence, but nothing of a report at all
        return "sessions"
    return "report"


def detect_type(lines: list[Line]) -> str:
    from soilkit.structure.sessions.people import parse_people

    ev = weigh(list(lines))
    pending = ev.people_lines
    # `_kind` only turns from report to sessions as the programme evidence grows, so once the
    # kind is the same whether none or all of the lines left name people, it is decided
    # (a long report stops here at once, a programme page after its first speaker lines)
    while _kind(ev.sessions, ev) != _kind(ev.sessions + _PEOPLE_WEIGHT * len(pending), ev):
        if parse_people(pending.pop()):
            ev.sessions += _PEOPLE_WEIGHT
    return _kind(ev.sessions, ev)
