"""The data model: plain dataclasses that each pipeline step hands to the next.

`read` produces `Line`s; `structure` turns them into a `Document` or a `SessionPage`;
`references` fills `Reference`s; `emit` serialises with `to_dict`, so the Python API and the
CLI print exactly the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

DOCUMENT_SCHEMA = "soilkit/document/1"
SESSIONS_SCHEMA = "soilkit/sessions/1"
REFERENCES_SCHEMA = "soilkit/references/1"


# ---------------------------------------------------------------- read: lines with layout facts


@dataclass(slots=True)
class Span:
    """A run of characters on one line sharing one style."""

    text: str
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    superscript: bool = False  # raised above the baseline and smaller than the body text


@dataclass(slots=True)
class Line:
    """One printed line, the unit every reader produces.

    PDF lines carry geometry (points, origin top-left of the page); text, Markdown and HTML
    lines carry the structure their markup states (`heading`, `block`), with geometry left at 0.
    `spans` are the line's runs of one style each, when it has more than one or holds raised
    text; a line in one style with nothing raised has none: its text and style are its own.
    """

    text: str
    page: int  # 1-based
    # (PDF readers hand over tuples: a long document has tens of thousands of lines)
    spans: Sequence[Span] = ()
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0  # dominant font size of the line
    bold: bool = False
    italic: bool = False
    page_width: float = 0.0
    page_height: float = 0.0
    heading: int | None = None  # markup heading level (Markdown '#', HTML <h1>…), if any
    block: str | None = None  # markup role: "footnote", "list", "table", "blank", "rule", …
    column: int = 0  # 0-based column index on a multi-column page


@dataclass
class Source:
    path: str
    sha256: str
    format: str  # pdf | text | markdown | html
    pages: int | None = None


# ---------------------------------------------------------------- references


@dataclass
class Reference:
    text: str  # as printed
    start: int  # character offsets into the text it was found in
    end: int
    kind: str  # decision | resolution | recommendation | document
    body: str | None
    id: str
    pinpoint: str | None = None
    implicit: bool = False
    url: str | None = None
    where: dict[str, Any] | None = None  # {paragraph: N} | {footnote: N} | {unnumbered: N}


# ---------------------------------------------------------------- structure: reports


@dataclass
class Metadata:
    symbol: str | None = None
    title: str | None = None
    organization: str | None = None
    body: str | None = None
    session: str | None = None
    agenda_item: str | None = None
    place: str | None = None
    dates: list[str] = field(default_factory=list)  # ISO 8601
    distribution: str | None = None
    language: str | None = None


@dataclass
class Section:
    number: str | None
    title: str
    page: int | None = None
    level: int = 1


@dataclass
class Paragraph:
    number: str | int | None  # the printed label (1, "12 bis") or None for unnumbered text
    section: str | None  # the number (or title, when unnumbered) of the enclosing section
    pages: list[int]
    text: str
    footnotes: list[int | str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)


@dataclass
class Footnote:
    number: int | str
    page: int | None
    text: str
    urls: list[str] = field(default_factory=list)
    cited_in: list[Any] = field(default_factory=list)  # paragraph numbers (or {unnumbered: N})
    references: list[Reference] = field(default_factory=list)


@dataclass
class Document:
    source: Source
    metadata: Metadata = field(default_factory=Metadata)
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    schema: str = DOCUMENT_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


# ---------------------------------------------------------------- structure: session pages


@dataclass
class Person:
    name: str
    honorific: str | None = None
    role: str | None = None
    organization: str | None = None
    acronym: str | None = None
    function: str = "speaker"


@dataclass
class Session:
    title: str
    status: str | None = None
    date: str | None = None
    start: str | None = None
    end: str | None = None
    timezone: str | None = None
    parent: str | None = None
    description: str | None = None
    objectives: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    sponsors: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)


@dataclass
class Event:
    name: str | None = None
    dates: list[str] = field(default_factory=list)


@dataclass
class SessionPage:
    source: Source
    event: Event = field(default_factory=Event)
    sessions: list[Session] = field(default_factory=list)
    schema: str = SESSIONS_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


# ---------------------------------------------------------------- serialisation

# Field order in the output: `schema` first, then as declared. Stable names are a contract.
_FIRST = ("schema",)


def to_dict(obj: Any) -> Any:
    """Dataclasses to plain dicts/lists in declared field order (schema first)."""
    if is_dataclass(obj) and not isinstance(obj, type):
        names = [f.name for f in fields(obj)]
        ordered = [n for n in _FIRST if n in names] + [n for n in names if n not in _FIRST]
        return {n: to_dict(getattr(obj, n)) for n in ordered}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj

