"""Metadata from the first page (and the running header): symbol, title, body, session,
agenda item, place, dates, distribution and language lines.

The symbol is the document-symbol-shaped string printed at the top of the first page or in the
running header ("A/RES/79/208", "CBD/COP/DEC/16/31", "CGRFA-19/23/9.3",
"ADP.2015.11.InformalNote"). The title is, in order of preference: the line numbered like the
decision or resolution itself ("79/208. Implementation of …"), the block just above a Federal
Register "AGENCY:" caption, a markup heading after the organisation's header, or the most
prominent text block of page 1 that is not masthead boilerplate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from soilkit.model import Line, Metadata
from soilkit.structure.labels import section_number
from soilkit.structure.textjoin import normalise_space

_SYMBOL = re.compile(
    r"(?<![\w/])("
    r"[A-Z]{1,8}(?:/[A-Z0-9.()\-]+){2,}(?:/[A-Za-z0-9.()\-]+)*"  # A/RES/79/208, CBD/COP/DEC/16/31
    r"|[A-Z]{2,8}-\d{1,2}/\d{2}/[\w.]+"  # CGRFA-19/23/9.3
    r"|[A-Z]{2,6}\.\d{4}\.\d+\.[A-Za-z]+"  # ADP.2015.11.InformalNote
    r")(?![\w/])"
)
_NUMBERED_TITLE = re.compile(r"^(?:\d{1,4}/\d{1,4}|[IVXLC]+/\d{1,3})\.\s+(\S.*)$")
_BOILERPLATE = re.compile(
    r"^(?:united nations(?:\s+\S+/\S+)?$|general assembly|security council|"
    r"economic and social council|"
    r"distr\.?:|original:|limited$|resolution adopted by|decision adopted by|"
    r"agenda item|item \d|provisional agenda|please recycle|\[(?:on the report|without reference)|"
    r"the general assembly,|the conference of the parties|report$)",
    re.I,
)
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split(), 1)}
_MONTHS_FR = {m: i for i, m in enumerate(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    .split(), 1)}
_DATE = re.compile(
    r"\b(\d{1,2})(?:\s?[–\-]\s?(\d{1,2}))?\s+(" + "|".join([*_MONTHS, *_MONTHS_FR]) +
    r")\s+(\d{4})\b",
    re.I,
)
_DATE_US = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b", re.I)
_SESSION = re.compile(
    r"^(?:[\w-]+(?:\s+[\w-]+)?\s+(?:regular\s+|special\s+)?session\b.*|"
    r"[\w-]+\s+meeting(?:,.*)?|session\s+\w+.*)$",
    re.I,
)
_AGENDA = re.compile(r"^(?:item|agenda item|point)\s+[\w.()]+(?:\s+(?:of|de)\s+the\s+"
                     r"provisional\s+agenda)?", re.I)
_BODY = re.compile(
    r"^(?:commission|committee|conference|council|general assembly|"
    r"(?:first|second|third|fourth|fifth|sixth|main|plenary|executive)\s+committee|"
    r"special political and decolonization committee|"
    r"ad hoc working group|subsidiary body|intergovernmental)\b.*",
    re.I,
)
_PLACE_DATE = re.compile(
    r"^([A-Z][\w .'-]+?),\s+\d{1,2}(?:\s?[–\-]\s?\d{1,2})?\s+[A-Za-z]+\s+\d{4}"
)
_ORGS = (
    ("Food and Agriculture Organization of the United Nations",
     re.compile(r"food and agriculture\s+organization|^(?:CGRFA|COAG|COFO|COFI|CL|C|IT/GB)"
                r"[-\s/]?\d", re.I)),
    ("Convention on Biological Diversity",
     re.compile(r"^CBD/|^UNEP/CBD/|secretariat of the convention on biological", re.I)),
    ("United Nations Framework Convention on Climate Change",
     re.compile(r"^FCCC/|^ADP\.|durban platform|framework convention on climate", re.I)),
    ("United Nations", re.compile(r"^(?:A|E|S)/|^united nations\b", re.I)),
)


@dataclass
class MetadataResult:
    metadata: Metadata
    title_ids: set[int]  # ids of the lines that make the title (front matter ends there)


def iso_dates(text: str) -> list[str]:
    out = []
    for m in _DATE.finditer(text):
        month = _MONTHS.get(m.group(3).lower()) or _MONTHS_FR.get(m.group(3).lower())
        year = int(m.group(4))
        out.append(f"{year:04d}-{month:02d}-{int(m.group(1)):02d}")
        if m.group(2):
            out.append(f"{year:04d}-{month:02d}-{int(m.group(2)):02d}")
    for m in _DATE_US.finditer(text):
        month = _MONTHS[m.group(1).lower()]
        out.append(f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}")
    return out


def find_symbol(first_page: list[Line], furniture: list[Line]) -> str | None:
    for ln in [*first_page[:12], *furniture[:12]]:
        text = re.sub(r"\s+", " ", ln.text)
        for span_text in (text, text.replace(" ", "")):
            m = _SYMBOL.search(span_text)
            if m and "//" not in m.group(1):
                sym = m.group(1).rstrip(".*")
                if not sym.lower().startswith(("http", "www")):
                    return sym
    return None


def extract_metadata(lines: list[Line], furniture: list[Line], body_size: float) -> MetadataResult:
    meta = Metadata()
    if not lines:
        return MetadataResult(meta, set())
    first_page_no = lines[0].page
    first = [ln for ln in lines if ln.page == first_page_no][:60]
    meta.symbol = find_symbol(first, furniture)
    title_ids = _title(first, lines, body_size)
    if title_ids:
        title_lines = [ln for ln in first if id(ln) in title_ids] or [
            ln for ln in lines if id(ln) in title_ids]
        text = " ".join(ln.text.strip() for ln in title_lines)
        m = _NUMBERED_TITLE.match(text)
        meta.title = normalise_space(m.group(1) if m else text).rstrip("*")
    head = first[:40]
    for ln in head:
        if id(ln) in title_ids:
            continue
        # a masthead row holds several items apart ("General Assembly<tab>Distr.: General")
        cells = [normalise_space(c) for c in ln.text.split("\t")]
        for text in [c for c in cells if c]:
            _read_cell(meta, text, ln, head, single=len(cells) == 1)
    meta.dates = sorted(set(meta.dates))
    head_text = re.sub(r"\s+", " ", " ".join(ln.text for ln in head[:12]))
    for name, pattern in _ORGS:
        if meta.symbol and pattern.search(meta.symbol):
            meta.organization = name
            break
    else:
        for name, pattern in _ORGS:
            if pattern.search(head_text):
                meta.organization = name
                break
    return MetadataResult(meta, title_ids)


def _read_cell(meta: Metadata, text: str, ln: Line, head: list[Line], single: bool) -> None:
    if meta.agenda_item is None and _AGENDA.match(text):
        meta.agenda_item = text
    elif meta.session is None and _SESSION.match(text) and len(text) < 80 and \
            text[0].isupper() and not text.endswith(","):
        meta.session = text
    elif meta.body is None and _BODY.match(text) and len(text) < 120:
        body_text = text
        nxt = _next_line(head, ln)
        if single and nxt is not None and ln.bold and nxt.bold and \
                abs(nxt.size - ln.size) < 0.5 and "\t" not in nxt.text and (
                not _BOILERPLATE.match(nxt.text.strip())
                and not _SESSION.match(nxt.text.strip())):
            body_text = f"{text} {nxt.text.strip()}"
        meta.body = body_text
    if meta.place is None:
        pm = _PLACE_DATE.match(text)
        if pm:
            meta.place = pm.group(1).strip()
    low = text.lower()
    if low.startswith("distr") and meta.distribution is None:
        meta.distribution = text.split(":", 1)[-1].strip() or text
    if low.startswith("original:") and meta.language is None:
        meta.language = text.split(":", 1)[-1].strip()
    if not meta.dates or _PLACE_DATE.match(text):
        for d in iso_dates(text):
            if d not in meta.dates:
                meta.dates.append(d)


def _next_line(lines: list[Line], line: Line) -> Line | None:
    for i, ln in enumerate(lines):
        if ln is line:
            return lines[i + 1] if i + 1 < len(lines) else None
    return None


def _title(first: list[Line], lines: list[Line], body_size: float) -> set[int]:
    # 1. "79/208. Implementation of …": the title numbered like the decision itself
    for i, ln in enumerate(first):
        if _NUMBERED_TITLE.match(ln.text.strip()) and (ln.bold or ln.heading):
            return _with_continuation(first, i)
    # 2. Federal Register: the subject line is the block right above "AGENCY:"
    for i, ln in enumerate(first):
        if ln.text.strip().startswith("AGENCY:") and i > 0:
            j = i - 1
            ids = {id(first[j])}
            while j > 0 and first[j - 1].bold == first[j].bold and \
                    abs(first[j - 1].size - first[j].size) < 0.3 and \
                    0 < first[j].top - first[j - 1].top < first[j].size * 1.4:
                j -= 1
                ids.add(id(first[j]))
            return ids
    # 3. markup: the first heading that is not boilerplate, below the organisation header
    if any(ln.heading for ln in first):
        for ln in first:
            if ln.heading and not _BOILERPLATE.match(ln.text.strip()) and not (
                    _SESSION.match(ln.text.strip()) or _AGENDA.match(ln.text.strip())
                    or _BODY.match(ln.text.strip())) and not _TOC.match(ln.text.strip()) \
                    and section_number(ln.text)[0] is None:  # "I. INTRODUCTION" is no title
                return {id(ln)}
        return set()
    # 4. the most prominent block on page 1: size first, bold next, then position
    best: tuple[float, int] | None = None
    for i, ln in enumerate(first):
        text = ln.text.strip()
        if not text or _BOILERPLATE.match(text) or _SYMBOL.fullmatch(text.replace(" ", "")):
            continue
        if i > 0 and _same_block(first[i - 1], ln) and not _BOILERPLATE.match(
                first[i - 1].text.strip()):
            continue  # only the first line of a block competes
        if _SESSION.match(text) or _AGENDA.match(text) or _BODY.match(text) or iso_dates(text):
            continue
        size = max((s.size for s in ln.spans if not s.superscript), default=ln.size)
        if not (ln.bold or size >= body_size + 1.5):
            continue
        score = size + (1.5 if ln.bold else 0) - i * 0.02
        if best is None or score > best[0]:
            best = (score, i)
    if best is None:
        return set()
    return _with_continuation(first, best[1])


_TOC = re.compile(r"^(?:table of contents|contents)$", re.I)


def _same_block(a: Line, b: Line) -> bool:
    if a.page != b.page or a.column != b.column:
        return False
    if abs(a.size - b.size) > 0.6 or a.bold != b.bold:
        return False
    return 0 < b.top - a.top <= max(a.size, b.size) * 1.6


def _with_continuation(lines: list[Line], i: int) -> set[int]:
    ids = {id(lines[i])}
    j = i
    while j + 1 < len(lines):
        nxt = lines[j + 1]
        if _same_block(lines[j], nxt) and not nxt.heading and \
                not _BOILERPLATE.match(nxt.text.strip()):
            j += 1
            ids.add(id(nxt))
            continue
        # a short line in another size between two parts of the title ("… workshop / for the
        # / IPBES assessment …") belongs to it when the title's own style resumes after it
        if j + 2 < len(lines) and _bridges(lines[j], nxt, lines[j + 2]):
            ids.update({id(nxt), id(lines[j + 2])})
            j += 2
            continue
        break
    return ids


def _bridges(before: Line, middle: Line, after: Line) -> bool:
    if not before.page_height or len(middle.text.split()) > 3:
        return False
    same_style = abs(before.size - after.size) < 0.6 and before.bold == after.bold
    close = 0 < after.top - before.top <= 3.2 * max(before.size, after.size)
    return same_style and close and middle.size < before.size
