"""Dates, clock times and time zones as programme pages print them.

"3 June 2020", "September 15, 2022", "Friday, 4 December 2015, 12:30 – 14:00",
"08:00 EAT - 08:30 EAT", "13:00 to 14:15 (Europe/Brussels)", "9:00 a.m.", "2 PM".
Times come out as 24-hour "HH:MM", dates as ISO 8601 only when a year is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<{g}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?")
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th|\.)?"
_RANGE_SEP = r"\s*(?:[-–—‒]|to|until|till|and)\s*"

# "3 June 2020", "3-5 June 2020", "Friday, 4 December 2015"
_DAY_MONTH = re.compile(
    rf"(?:\b{_WEEKDAY},?\s+)?\b{_DAY.format(g='d1')}(?:{_RANGE_SEP}{_DAY.format(g='d2')})?"
    rf"(?:\s+of)?\s+{_MONTH.format(g='m')}(?:,?\s+(?P<y>(?:19|20)\d\d))?\b",
    re.I,
)
# "September 15, 2022", "June 3-5, 2020", "Tuesday, June 4"
_MONTH_DAY = re.compile(
    rf"(?:\b{_WEEKDAY},?\s+)?\b{_MONTH.format(g='m')}\s+{_DAY.format(g='d1')}"
    rf"(?:{_RANGE_SEP}{_DAY.format(g='d2')})?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b(?!:)",
    re.I,
)
_ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d1>[0-3]\d)\b")
# "28/10/2022", "06.03.2022": day first, as pages outside the US print it (a first number
# over 12 cannot be a month, and a second over 12 makes it month first)
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<s>[/.])(?P<b>[0-3]?\d)(?P=s)(?P<y>(?:19|20)\d\d)(?![\d/.])")

# One clock time: "14:00", "9:00 a.m.", "12.30", "2 PM", "14h30", "noon".
_CLOCK = re.compile(
    # "1330-1530 hrs", "0900 hrs": four digits are a time only with "hrs"/"h" printed after
    # them (or after the range they start), so "2021-2030" stays a span of years
    r"(?<![\d:.])(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)"
    r"(?=(?:\s*(?:[-–—]|to)\s*(?:[01]\d|2[0-3])[0-5]\d)?\s?(?:hrs?\.?|hours|h)(?!\w))"
    r"(?:\s?(?:hrs?\.?|hours|h)(?!\w))?"
    r"|(?<![\d:.])(?P<h>[0-2]?\d)(?:(?P<sep>[:.h])(?P<m>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?(?:\s?(?:hrs?\.?|hours|h)(?![\w]))?(?!\d|[:.]\d)"
    r"|(?P<word>\bnoon\b|\bmidday\b|\bmidnight\b)",
    re.I,
)
_TZ = re.compile(
    r"\(?\s*(?P<tz>(?:UTC|GMT)\s?[+\-−–]\s?\d{1,2}(?::?\d{2})?|"
    # "+4 GMT": the offset printed before the zone
    r"[+\-−]\s?\d{1,2}(?::?\d{2})?\s?(?:GMT|UTC)|UTC|GMT|"
    r"(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)"
    r"/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?|[A-Z]{1,4}T|CET|EET|WET|IST|"
    # ("Cairo time", "Bonn time"; "Free time", "Question time" are items of the day)
    r"local time|(?!(?:Free|Question|Lunch|Tea|Coffee|Play|Show|Break|Dinner|Quiet|Prime|"
    r"Screen|Family|Story|Down|Over|Part|Full|Open|Networking|Social|Game|Story|Q&A) time)"
    r"[A-Z][a-z]+ time|[A-Z]{2,4} time)\s*\)?",
)
_RANGE_JOIN = re.compile(r"^\s*(?:[-–—‒]|to|until|till)\s*$", re.I)


@dataclass
class DateFound:
    iso: str | None  # None when no year is printed
    year: int | None
    month: int
    day: int
    end_day: int | None
    start: int  # offsets of the printed date in the text
    end: int


@dataclass
class TimesFound:
    start: str
    end: str | None
    timezone: str | None
    first: int  # offsets of the whole time expression in the text
    last: int


def find_dates(text: str) -> list[DateFound]:
    found: list[DateFound] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_ISO_DATE, _NUMERIC_DATE, _DAY_MONTH, _MONTH_DAY):
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if pattern is _NUMERIC_DATE:
                day, month_no = int(m.group("a")), int(m.group("b"))
                if month_no > 12 >= day:
                    day, month_no = month_no, day
            else:
                month = m.group("m").lower().rstrip(".")
                month_no = int(month) if month.isdigit() else MONTHS[month]
                day = int(m.group("d1"))
            if not 1 <= day <= 31 or not 1 <= month_no <= 12:
                continue
            groups = m.groupdict()
            end_day = int(groups["d2"]) if groups.get("d2") else None
            year = int(m.group("y")) if m.group("y") else None
            found.append(DateFound(iso_date(year, month_no, day), year, month_no, day,
                                   end_day, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    # "November 30 - December 12, 2023", "30 November to 2 December 2023": the year printed
    # once, at the end of the range, is the start's too
    for a, b in zip(found, found[1:], strict=False):
        if a.year is None and b.year and re.fullmatch(_RANGE_SEP, text[a.end:b.start]):
            a.year = b.year if (a.month, a.day) <= (b.month, b.day) else b.year - 1
            a.iso = iso_date(a.year, a.month, a.day)
    return found


def iso_date(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


@dataclass
class _Clock:
    hour: int
    minute: int
    ampm: str | None  # "a" | "p" | None
    start: int
    end: int


def _clocks(text: str) -> list[_Clock]:
    out: list[_Clock] = []
    for m in _CLOCK.finditer(text):
        if m.group("h4"):
            out.append(_Clock(int(m.group("h4")), int(m.group("m4")), None, m.start(), m.end()))
            continue
        if m.group("word"):
            hour = 0 if m.group("word").lower() == "midnight" else 12
            out.append(_Clock(hour, 0, None, m.start(), m.end()))
            continue
        hour = int(m.group("h"))
        minute = int(m.group("m")) if m.group("m") else 0
        ampm = m.group("ampm")[0].lower() if m.group("ampm") else None
        # A bare number is a time only with a.m./p.m. ("2 PM"), else it is a count or a day;
        # "10h" closing a range that starts with a time ("9h30 – 10h") is one too
        if m.group("m") is None and ampm is None and not (
                re.match(r"\d{1,2}h\b", m.group(0)) and (
                    (out and re.fullmatch(r"\s*(?:[-–—]|to)\s*", text[out[-1].end:m.start()]))
                    or re.match(r"\s*(?:[-–—]|to)\s*\d{1,2}h", text[m.end():]))):
            continue
        if ampm and hour > 12:
            ampm = None  # "16:30pm": a 24-hour time with a redundant suffix
        if m.group("sep") == "." and ampm is None and not _clock_context(text, m):
            continue  # "1.6 billion", "3.5": decimals, not times
        if hour > 24 or (ampm and not 1 <= hour <= 12):
            continue
        out.append(_Clock(hour, minute, ampm, m.start(), m.end()))
    return out


def _clock_context(text: str, m: re.Match) -> bool:
    """A "12.30" is a time in a range ("10.00 - 11.30") or alone on a short line."""
    before, after = text[:m.start()], text[m.end():]
    in_range = (re.match(r"\s*(?:[-–—]|to)\s*\d", after) is not None
                or re.search(r"\d\s*(?:[-–—]|to)\s*$", before) is not None)
    # "3.14 Climate change" is a section number: a lone dotted time needs two hour digits
    return in_range or (len(m.group("h")) == 2 and len(text.strip()) <= 40)


def _to_24(clock: _Clock, ampm: str | None) -> str:
    hour = clock.hour
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    return f"{hour % 24 if hour != 24 else 0:02d}:{clock.minute:02d}"


def find_times(text: str) -> TimesFound | None:
    """The first time or time range in `text`, with the time zone printed next to it."""
    clocks = _clocks(text)
    if not clocks:
        return None
    first = clocks[0]
    second = None
    if len(clocks) > 1:
        between = text[first.end:clocks[1].start]
        between_wo_tz = _TZ.sub(" ", between)
        if _RANGE_JOIN.match(between_wo_tz) or (not between_wo_tz.strip() and "-" in between):
            second = clocks[1]
        elif between.strip() == "" and (clocks[1].hour, clocks[1].minute) > (
                first.hour, first.minute) and first.ampm is None and clocks[1].ampm is None:
            second = clocks[1]  # "09:30 11:30": two cells of a start | end table row
    start_ampm = first.ampm
    end_ampm = second.ampm if second else None
    if second and start_ampm is None and end_ampm is not None:
        # "2:00 - 3:30 PM": the start shares the end's half of the day unless that puts it
        # after the end ("11:00 - 1:00 PM").
        start_ampm = end_ampm
        if _to_24(first, start_ampm) > _to_24(second, end_ampm):
            start_ampm = "a"
    start = _to_24(first, start_ampm)
    end = _to_24(second, end_ampm) if second else None
    last = (second or first).end
    tz = None
    tail = text[first.end:]
    tz_match = _TZ.match(tail.lstrip()) if tail.strip() else None
    after = text[last:]
    # "14:00-15:30 | Bonn time (GMT+1)": the zone may follow a bar
    tz_after = re.match(r"\s*(?:\|\s*)?(?:" + _TZ.pattern + r")", after)
    if tz_after:
        tz = tz_after.group("tz")
        last += tz_after.end()
        # the same zone printed twice: "(Europe/Brussels) (Europe/Brussels)"
        while True:
            again = re.match(r"\s*(?:" + _TZ.pattern + r")", text[last:])
            if not again:
                break
            last += again.end()
    elif tz_match:
        tz = tz_match.group("tz")
    return TimesFound(start, end, tz, first.start, last)
