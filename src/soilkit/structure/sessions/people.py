"""Person lines → `Person`s: name, honorific, role, organisation, acronym, function.

The grammar of a speaker line on programme pages: "[Label:] [Honorific] [Office] Name[,
Role…], Organisation [(ACRONYM)] [(status)]". The last comma part is the organisation and
everything between name and it is the role; places after an organisation stay with it; a single
part is a role when it names a position ("UN Secretary-General", "FAO DG") and an organisation
otherwise. Runs of people come separated by semicolons, by "and", or glued with nothing between
("Name (Org)Name (Org)").
"""

from __future__ import annotations

import re

from soilkit.model import Person
from soilkit.structure.sessions.vocabulary import (
    CAPITAL_PREFIXES,
    COUNTRIES,
    HONORIFIC_RUN,
    INSTITUTION_WORDS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    NOTE_FUNCTIONS,
    OFFICE_RUN,
    ORGANIZATION_WORDS,
    PLACE_WORDS,
    POST_NOMINALS,
    ROLE_ABBREVIATIONS,
    ROLE_WORDS,
    STATUS_NOTE,
    label_function,
)

BULLET = re.compile(r"^\s*(?:[-‐‑–—•◦▪▫‣⁃●○■□·*+>]\s*|\d{1,2}[.)]\s+)(?=\S)")
# An abbreviation in parentheses: starts with two capitals ("ILC", "UNEP", "UN-Habitat").
_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z][A-Z0-9&][A-Za-z0-9&\-/.]{0,13})\)\s*$")
_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’\-.]*$|^[A-ZÀ-Þ]\.(?:\s?[A-ZÀ-Þ]\.)*$")
_NICKNAME = re.compile(r"^[‘'\"“(][A-ZÀ-Þ][\w\-]*[’'\"”)]$")
_INITIAL = re.compile(r"^(?:[A-ZÀ-Þ]\.)+$")
_GLUE_POINT = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")
# A new person starting mid-line after a word, without a comma: two lines run together.
_HONORIFIC_JOIN = re.compile(
    r"(?<=[a-zà-ÿA-Z)])(?<!\band)(?<!\bor)(?<!\bwith)(?<!\bProf)(?<!\bProfessor)(?<!\bDr)"
    r"(?:\s+[-–—]\s+|\s+)"
    r"(?=(?:H\.\s?E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.)\s+[A-ZÀ-Þ])"
    r"|(?<=[a-zà-ÿA-Z)])\s+[-–—]\s+(?=(?:Mr|Mrs|Ms|Dr|Prof|His Excellency|Her Excellency)\s+"
    r"[A-ZÀ-Þ])")
_DASHED_PERSON = re.compile(r"^([^,]+?)\s+[-–—]\s+\S")
# "DG INTPA", "DG Environment": a directorate-general of the European Commission, a body
_EU_DIRECTORATE = re.compile(r"^DG\s+(?:[A-Z]{2,}|[A-Z][a-z]+)\b")
# "…, on behalf of the UN Decade": the organisation a person speaks for
_BEHALF = re.compile(r"^(?:on behalf of|representing)\s+(?:the\s+)?(?=[A-ZÀ-Þ])")
# "Name, Org (Peru)", "Name, Role (UNCCD – Germany)", "(CSFD, France)": a country in the
# parentheses after an affiliation says where, not who; an abbreviation before it is the acronym
_PAREN_PLACE = re.compile(
    r"\s*\((?:(?P<acr>[A-Z][A-Z0-9&][A-Za-z0-9&\-/.]{0,13})\s*(?:[,–—]|\s-)\s*)?"
    r"(?P<place>[^(),–—]+)\)\s*$")
# "Yousif Nasser representing SPARK": a name and the organisation it represents
_REPRESENTING = re.compile(r"^(?P<name>[^,]+?)\s+(?:representing|on behalf of)\s+"
                           r"(?:the\s+)?(?P<org>[A-ZÀ-Þ].*)$")
_NAME_THEN_PAREN = re.compile(r"^[^()]+\([^()]+\)$")
# "FAO (Parviz Koohafkan)": an organisation and, in parentheses, who speaks for it
_ORG_THEN_NAME = re.compile(r"^(?P<org>[^()]+?)\s*\((?P<name>[^()]+)\)$")
_PAREN_RUN = re.compile(r"(?P<name>[^()]+?)\s*\((?P<inner>[^()]*)\)")


_FUNCTION_NOTE = re.compile(r"\b(?:keynote|moderator|facilitator|rapporteur|panel(?:l)?ist|"
                            r"chair|speaker)\b", re.I)


def is_talk_title(text: str) -> bool:
    """ "Presentation", "Relevance of Soil Carbon to Planetary Processes": the words after a
    name and a dash that name a talk rather than an employer (no organisation word, no
    acronym; a title's small words)."""
    words = [w.strip(".,:;()") for w in text.split()]
    if not words:
        return False
    if all(w.lower() in NOT_NAME_WORDS for w in words):
        return True
    small = {"the", "of", "to", "and", "in", "for", "about", "on", "a", "with", "from", "as"}
    if len(words) >= 9 and "," not in text and sum(w in small for w in words) >= 3:
        return True  # a long phrase with no comma reads as a talk, whatever words it holds
    if any(w.lower() in ORGANIZATION_WORDS or w.lower() in INSTITUTION_WORDS for w in words) \
            or any(len(w) >= 2 and w.isupper() for w in words) or is_place(text):
        return False
    return len(words) >= 4 and any(w in small for w in words)


def strip_bullet(text: str) -> tuple[str, bool]:
    m = BULLET.match(text)
    if m:
        return text[m.end():].strip(), True
    return text.strip(), False


def unglue(name: str) -> str:
    """Restore the space a platform dropped between first name and surname
    ("EmmaJones-Phillipson" → "Emma Jones-Phillipson"), but not inside "McLean"."""
    out = []
    for token in name.split():
        pieces, start = [], 0
        for m in _GLUE_POINT.finditer(token):
            head = token[start:m.start()]
            if head in CAPITAL_PREFIXES or len(head) < 2 or not head[:1].isupper():
                continue
            pieces.append(head)
            start = m.start()
        pieces.append(token[start:])
        out.extend(pieces)
    return " ".join(out)


def is_name(text: str, *, caps_surname: bool = False) -> bool:
    """A personal name as printed: two to six capitalised words, initials, particles and a
    nickname in quotes; no word that titles, venues, agendas or institutions are made of.
    `caps_surname` accepts a surname in capitals ("Dr QU Dongyu", "Jean DUPONT"), which is
    only safe when something else (an honorific) says a person follows."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 6 or len(text) > 60:
        return False
    capitals = 0
    for i, tok in enumerate(tokens):
        low = tok.lower().strip(".,")
        if _NICKNAME.match(tok) or _INITIAL.match(tok):
            continue
        if low in NAME_PARTICLES and 0 < i < len(tokens) - 1:
            continue
        if not _NAME_TOKEN.match(tok) or any(ch.isdigit() for ch in tok):
            return False
        if low in NOT_NAME_WORDS or low in ROLE_WORDS or low in INSTITUTION_WORDS:
            return False
        halves = low.split("-")
        if len(halves) > 1 and any(h in ROLE_WORDS for h in halves if len(h) > 3):
            return False  # "Deputy-Secretary General WMO" is a position
        letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", tok)
        if not caps_surname and not tok.isupper() and any(
                len(h) >= 2 and h.isalpha() and h.isupper() for h in tok.split("-")):
            return False  # "FAO-North America": an acronym inside an organisation's name
        # a surname in capitals after a given name ("Inger ANDERSEN", "Johanna LISSINGER PEITZ")
        # is a UN/European habit; anywhere else capitals are an acronym
        caps_ok = caps_surname or (i > 0 and len(letters) >= 3 and tokens[0][:1].isupper()
                                   and not tokens[0].isupper())
        if len(letters) > 1 and letters.isupper() and not caps_ok:
            return False  # an acronym
        capitals += 1
    return capitals >= 2 - sum(bool(_INITIAL.match(t)) for t in tokens[1:-1]) \
        and not _INITIAL.match(tokens[-1])


def _head_words(part: str) -> list[str]:
    """The words that say what a phrase is: first, last, and the one before "of"/"for"/"to"."""
    words = [w.strip("()") for w in re.split(r"[\s/]+", part) if w.strip("()")]
    if not words:
        return []
    heads = [words[0], words[-1]]
    for i, w in enumerate(words[1:], start=1):
        if w.lower() in ("of", "for", "to", "at", "in", "–", "-"):
            heads.append(words[i - 1])
            break
    return heads


def is_role(part: str) -> bool:
    if any(w in ROLE_ABBREVIATIONS for w in re.split(r"[\s/]+", part)):
        return True
    for word in _head_words(part):
        low = word.lower().strip(".,")
        if low in ROLE_WORDS or any(p in ROLE_WORDS for p in low.split("-") if len(p) > 3):
            return True
    return False


def _starts_with_role(part: str) -> bool:
    first = part.split()[0].lower().strip(".,") if part.split() else ""
    return first in ROLE_WORDS or any(p in ROLE_WORDS for p in first.split("-") if len(p) > 3)


def _is_organization(part: str) -> bool:
    return any(w.lower().strip(".,()") in ORGANIZATION_WORDS for w in part.split())


def is_place(part: str) -> bool:
    low = re.sub(r"^the\s+", "", part.lower().strip(" ."))
    # "the Arab Republic of Egypt", "Republic of Slovenia": a state named by its country
    m = re.match(r"^(?:[\w-]+\s+){0,3}(?:republic|kingdom|state|federation|emirates|"
                 r"principality|commonwealth) of (?:the\s+)?(?P<c>.+)$", low)
    if low in COUNTRIES or (m and m.group("c") in COUNTRIES):
        return True
    words = low.split()
    return bool(words) and words[-1] in PLACE_WORDS and not _is_organization(part)


def looks_like_town(part: str) -> bool:
    words = part.split()
    return (1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
            and not _is_organization(part) and not is_role(part)
            and not any(ch.isdigit() for ch in part))


_LIST_TAIL = (r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
              r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*)?")


def split_parts(text: str) -> list[str]:
    """Comma parts, keeping commas inside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    parts = [p for p in parts if p]
    # "Rural Development, Blue Economy, and Sustainable Environment": a list's last item, not a
    # part of its own; "to FAO, IFAD and WFP": the end of a list of acronyms
    out: list[str] = []
    for p in parts:
        if out and re.fullmatch(_LIST_TAIL, p) and re.search(r"\b(?:of|for)\s+[A-Z][\w-]*$",
                                                           out[-1]) \
                and not _is_organization(p) and not is_role(p):
            # "Department of Agriculture, Conservation & Forestry": the end of the list that
            # names the department
            out[-1] = f"{out[-1]}, {p}"
            continue
        if out and (re.match(r"^(?:and|&)\s", p) or (
                re.fullmatch(r"[A-Z]{2,}(?:\s*(?:,|and|&)\s*[A-Z]{2,})*\s+(?:and|&)\s+[A-Z]{2,}", p)
                and re.search(r"\b[A-Z]{2,}$", out[-1]))):
            out[-1] = f"{out[-1]}, {p}"
        else:
            out.append(p)
    return out


def _role_and_organization(parts: list[str], office: str | None
                           ) -> tuple[str | None, str | None, str | None]:
    """The affiliation parts after a name → (role, organization, acronym)."""
    acronym = None
    if parts:
        last = parts[-1]
        if re.search(r"(?:[a-z]{3}|\b[A-Z]{2,})\.$", last) and not re.search(
                r"\b(?:inc|ltd|corp|bros|co)\.$|\b(?:[A-Z]\.){2,}$", last, re.I):
            last = last[:-1]  # "…, World Restoration Flagship.": the end of a sentence
        last = _BEHALF.sub("", last)
        parts = parts[:-1] + [last] if last else parts[:-1]
    if parts:
        m = _ACRONYM.search(parts[-1])
        if m and m.start() > 0:
            acronym = m.group("acr")
            parts = parts[:-1] + [parts[-1][:m.start()].strip()]
        elif len(parts) >= 2 and is_place(parts[-1]):
            m = _ACRONYM.search(parts[-2])
            if m and m.start() > 0:
                # "Fauna & Flora International (FFI), Tajikistan": the acronym of the
                # organisation, printed before the country that stays with it
                acronym = m.group("acr")
                parts = parts[:-2] + [parts[-2][:m.start()].strip(), parts[-1]]
    if not parts:
        return office, None, acronym
    if len(parts) == 1:
        part = parts[0]
        if office and _starts_with_role(part) and not acronym:
            return _join(office, part), None, acronym  # "Ambassador X, Head of the Y Mission"
        if acronym and not office and _starts_with_role(part) and re.search(
                r"\s(?:of|for|to|at)\s", part):
            # "Executive Secretary of the Sahara Observatory (OSS)": a position in the body
            # the acronym abbreviates
            return part, None, acronym
        if office or acronym or not (is_role(part) or (
                # "Iraqi Ambassador Vienna": a position word inside, no organisation word
                any(w.lower().strip(".,") in ROLE_WORDS for w in part.split())
                and not _is_organization(part))):
            return office, part, acronym
        return part, None, acronym
    if not acronym and not _EU_DIRECTORATE.match(parts[-1]) and (_starts_with_role(parts[-1]) or (
            is_role(parts[-1]) and not _is_organization(parts[-1])) or (
            parts[-1][:1].islower() and _lower_case_role(parts[-1]))):
        role = ", ".join(parts)  # "Representative of X to FAO, Chair of the Y Committee"
        return _join(office, role), None, acronym
    # Places after an organisation stay with it: "Government, Old Crow, Yukon Territory".
    org_from = len(parts) - 1
    if is_place(parts[-1]):
        k = len(parts) - 1
        while k - 1 >= 1 and (is_place(parts[k - 1]) or looks_like_town(parts[k - 1])):
            k -= 1
        # with an office before the name there may be no role part at all ("Mayor Abigail
        # Binay, Makati, Philippines": the town and country are where the office is)
        # nor when the first part is the organisation ("Aberdeen University, UK")
        lowest = 0 if office or (_is_organization(parts[0]) and not is_role(parts[0])) else 1
        if k - 1 >= lowest and not is_role(parts[k - 1]):
            org_from = k - 1
    role = ", ".join(parts[:org_from]) or None
    return _join(office, role), ", ".join(parts[org_from:]), acronym


def affiliation(text: str) -> tuple[str | None, str | None, str | None] | None:
    """A line under a name-only line: "Director, FAO" → (role, organization, acronym), or
    None when the line does not read as an affiliation."""
    text = STATUS_NOTE.sub(" ", text).strip(" ,;")
    parts = split_parts(text)
    if not parts or len(text.split()) > 18 or re.search(r"[.!?]$", text.rstrip(")”\"'")):
        return None
    if any(p[:1].islower() for p in parts):
        return None
    if not (is_role(parts[0]) or _is_organization(parts[-1]) or _ACRONYM.search(parts[-1])):
        return None
    return _role_and_organization(parts, None)


def _join(office: str | None, role: str | None) -> str | None:
    if office and role:
        return f"{office}, {role}"
    return office or role


def parse_person(text: str, function: str = "speaker", *, glued: bool = False
                 ) -> Person | None:
    """One person's text → `Person`, or None when it does not start with a name."""
    text, _ = strip_bullet(text)
    for m in list(STATUS_NOTE.finditer(text)):
        note = m.group("note").lower()
        function = NOTE_FUNCTIONS.get(note, function)
    # "(APNI; TBC)": a status note inside the acronym's parentheses
    text = re.sub(r"\(([^()]*?)[;,]\s*(?:tbc|tbd|t\.b\.c\.|to be confirmed)\)", r"(\1)", text,
                  flags=re.I)
    text = STATUS_NOTE.sub(" ", text).strip(" ,;:")
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+(?:and|&)$", "", text)  # "Ana Ruiz, WMO and" / "Leo Park, WMO"
    m = _PAREN_PLACE.search(text)
    if m and "," in text[:m.start()] and is_place(m.group("place").strip()):
        text = text[:m.start()] + (f" ({m.group('acr')})" if m.group("acr") else "")
    m = _REPRESENTING.match(text)
    if m and is_name(HONORIFIC_RUN.sub("", m.group("name")).strip()):
        text = f"{m.group('name')}, {m.group('org')}"
    honorific = None
    m = HONORIFIC_RUN.match(text)
    if m and m.end() < len(text):
        honorific = m.group(0).strip()
        text = text[m.end():].lstrip(" ,")
    office = None
    m = OFFICE_RUN.match(text)
    if m:
        office = m.group(0)
        text = text[m.end():].strip()
    # "Claire Chenu - INRAE", "Barron Orr - UNCCD, Land Degradation Neutrality (LDN)": a name,
    # a dash and the affiliation
    # "Silja Lehtpuu. project co-ordinator, …": a full stop where a comma belongs
    text = re.sub(r"^([^,.]+?[a-zà-ÿ])\.\s+(?=[a-z])", r"\1, ", text)
    # "Ana Ruiz (Soil Institute)- keynote presenter, discussion moderator": what the person
    # does, after the parentheses
    m = re.search(r"\)\s*[-–—]\s*(?P<note>[^()]+)$", text)
    if m and all(_FUNCTION_NOTE.search(n) for n in m.group("note").split(",")):
        function = label_function(_FUNCTION_NOTE.search(m.group("note")).group(0))
        text = text[:m.start() + 1]
    m = re.match(r"^(?P<name>[^,]+?)(?:\s+[-–—]|(?<=[a-z])[-–—])\s+(?P<rest>\S.*)$", text)
    if m and is_name(m.group("name").strip()) and len(m.group("rest").split()) <= 12 and \
            not is_talk_title(m.group("rest")):
        # (but "Al Gore - Presentation", "Ana Ruiz – Soil and the Earth" name the talk, not
        # where the person works)
        text = f"{m.group('name').strip()}, {m.group('rest')}"
    inner = None
    paren = re.match(r"^(?P<name>(?:[^(),]|\([A-ZÀ-Þ][a-zà-ÿ]+\))+?)\s*\((?P<inner>[^()]+)\)\s*$",
                     text)
    if paren and (not _ACRONYM.fullmatch(" (" + paren.group("inner").strip() + ")")
                  or is_name(paren.group("name").strip(), caps_surname=honorific is not None)):
        # "Ana Ruiz (Soil Office)", and "Ana Ruiz (USDA-NRCS)": an organisation printed only
        # as its acronym is the organisation
        text, inner = paren.group("name"), paren.group("inner").strip()
    parts = split_parts(text)
    if not parts:
        return None
    if len(parts) >= 2 and office is None and len(parts[0].split()) <= 3 and (
            parts[0] in ROLE_ABBREVIATIONS or OFFICE_RUN.match(parts[0] + " X")) and \
            is_name(parts[1], caps_surname=True) and any(
                len(w) >= 3 and w.isupper() for w in parts[1].split()[1:]):
        # "MEP, Franc BOGOVIČ": the office, a comma, then the name (its surname in capitals
        # says it is one: "CEO, Acme Carbon" is a role and an employer)
        office, parts = parts[0], parts[1:]
    name = parts[0]
    if glued:
        name = unglue(name)
    rest = parts[1:]
    words = name.split()
    while len(words) > 2 and words[-1] in POST_NOMINALS:
        words.pop()  # "John Berg OBE"
    name = " ".join(words)
    rest = [p for p in rest if p not in POST_NOMINALS]  # "Ana Ruiz, PhD, Professor, …"
    if not is_name(name, caps_surname=honorific is not None):
        name, spill = _name_then_role(name)
        if name is None:
            return None
        rest = [spill] + rest
    if any(part[:1].islower() and not _lower_case_role(part) and not _BEHALF.match(part)
           and not re.match(r"the\s+[A-ZÀ-Þ]", part) for part in rest):
        return None  # "Family Farming, Soils and Pulses, the linkages …" is a title
    if inner is not None:
        inner_parts = split_parts(inner)
        if len(inner_parts) > 1 and is_role(inner_parts[0]):
            rest = rest + inner_parts
        elif len(inner_parts) == 1 and is_role(inner) and not office:
            return Person(name=name, honorific=honorific, role=inner, function=function)
        elif len(inner_parts) > 1 and _starts_with_role(inner_parts[-1]) or (
                len(inner_parts) > 1 and is_role(inner_parts[-1])
                and not _is_organization(inner_parts[-1])):
            # "(University of Florida, USNC member)": ending in a position, all of it is the role
            return Person(name=name, honorific=honorific, role=_join(office, inner),
                          function=function)
        else:
            return Person(name=name, honorific=honorific, role=office, organization=inner,
                          function=function)
    role, organization, acronym = _role_and_organization(rest, office)
    return Person(name=name, honorific=honorific, role=role, organization=organization,
                  acronym=acronym, function=function)


_LOWER_ROLE_START = re.compile(
    r"^(?:former|acting|interim|incoming|outgoing|founding|deputy|senior|junior|chief|lead|"
    r"co-|vice|honorary|emeritus|visiting|associate|assistant|adjunct)\b", re.I)


def _lower_case_role(part: str) -> bool:
    """ "former Director of SKA", "co-founder": roles some pages print in lower case."""
    return bool(_LOWER_ROLE_START.match(part)) or is_role(part)


def _name_then_role(text: str) -> tuple[str | None, str]:
    """ "Angel Hsu Assistant Professor" (no comma after the name) → name, role."""
    tokens = text.split()
    for i in range(2, min(len(tokens), 6)):
        if tokens[i].lower() in ROLE_WORDS and is_name(" ".join(tokens[:i])):
            return " ".join(tokens[:i]), " ".join(tokens[i:])
    return None, ""


def split_run(text: str) -> tuple[list[str], bool]:
    """A line naming several people → one text per person, and whether the line was glued
    (people written one after another with nothing between)."""
    text = text.strip()
    if ";" in text:
        pieces = [p.strip() for p in text.split(";") if p.strip()]
        if all(_starts_with_name(p) for p in pieces):
            return pieces, False
        # "Ana Ruiz, soil scientist; professor, University of X": one person, whose role
        # the semicolon only punctuates
    joined = _HONORIFIC_JOIN.split(text)
    if len(joined) > 1:
        return [p.strip() for p in joined if p.strip()], False  # lines joined by a <br>
    # (people written one after another with nothing between: ")Name"; ") Zhu" after a
    # nickname in parentheses is still one name)
    glued = bool(re.search(r"\)[A-ZÀ-Þ]", text)) and len(_PAREN_RUN.findall(text)) >= 2
    if glued:
        out, pos = [], 0
        for m in _PAREN_RUN.finditer(text):
            out.append(m.group(0).strip(" ,"))
            pos = m.end()
        tail = text[pos:].strip(" ,")
        if tail:
            out.append(tail)
        return out, True
    dashed = [p.strip() for p in re.split(r"\s+(?:&|and)\s+", text)]
    if len(dashed) > 1 and all(_DASHED_PERSON.match(p) and is_name(_DASHED_PERSON.match(p).group(1))
                               for p in dashed):
        return dashed, False  # "David Wall - TEAGASC & Anna Luise - ISPRA"
    shared = _shared_affiliation(text)
    if shared:
        return shared, False
    parts = split_parts(text)
    if len(parts) >= 2 and all(_NAME_THEN_PAREN.match(p) and _starts_with_name(p) for p in parts):
        # "Dr. Ana Ruiz (ICRAF), Dr. Leo Park (UNCCD Drylands Ambassador)": each with hers
        return parts, False
    if len(parts) >= 2:
        pairs = [_ORG_THEN_NAME.match(p) for p in parts]
        if all(m and is_name(m.group("name").strip()) and not is_name(m.group("org").strip())
               for m in pairs):
            # "FAO (Ana Ruiz), UNEP (Leo Park)": organisations, each with who speaks for it
            return [f"{m.group('name').strip()}, {m.group('org').strip()}" for m in pairs], False
    return _split_and(text), False


def _shared_affiliation(text: str) -> list[str]:
    """ "Ana Ruiz and Leo Park, Soil Institute", "A & B – Org": names joined by "and", then
    the affiliation they share; [] for any other line."""
    m = re.match(r"^(?P<names>[^,–—]+?)(?:\s*,\s*|\s+[-–—]\s+)(?P<rest>\S.*)$", text)
    if not m:
        return []
    names = [n.strip() for n in re.split(r"\s+(?:and|&)\s+", m.group("names"))]
    bare = [HONORIFIC_RUN.sub("", n).strip() for n in names]
    rest = m.group("rest").strip()
    if len(names) < 2 or not all(is_name(b) for b in bare) or is_name(rest) or \
            rest[:1].islower():
        return []
    return [f"{n}, {rest}" for n in names]


def _starts_with_name(text: str) -> bool:
    head = split_parts(STATUS_NOTE.sub(" ", text))
    if not head:
        return False
    first = HONORIFIC_RUN.sub("", head[0]).strip()
    first = re.split(r"\s*\(|\s+[-–—]\s+", first)[0]
    return is_name(first, caps_surname=True) or _name_then_role(first)[0] is not None


def _split_and(text: str) -> list[str]:
    """ "Prof. A B and Prof. C D", "A B, C D and E F": names only, joined by commas/"and"."""
    pieces = [p.strip() for p in re.split(r",\s*|\s+(?:and|&)\s+", text) if p.strip()]
    if len(pieces) < 2:
        return [text]
    bare = []
    for piece in pieces:
        piece = STATUS_NOTE.sub(" ", piece).strip()
        m = HONORIFIC_RUN.match(piece)
        bare.append(piece[m.end():].strip() if m and m.end() < len(piece) else piece)
    if all(is_name(b) for b in bare):
        return pieces
    return [text]


def parse_people(text: str, function: str = "speaker") -> list[Person]:
    """Every person a line (or the rest of a labelled line) names; [] when it names none."""
    texts, glued = split_run(text)
    people = []
    for t in texts:
        person = parse_person(t, function, glued=glued)
        if person is None:
            return [] if not people else people
        people.append(person)
    return people
