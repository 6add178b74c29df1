"""Which body issued a reference whose identifier does not say so.

Two tables, both data:
- LEXICON: the words that name (or only point at) a body in running text. `names` is False for
  generic words ("the Conference", "COP") and for a related organisation ("UNEP" for UNEA):
  they help choose the body but the reference stays `implicit`.
- `issuer(label, kind, shape, evidence)`: which canonical body a label stands for, given the
  kind of reference and the shape of its number (`roman` VIII/23, `slash` 15/28, `year`
  2015/33, `dotted` 13.24, `rdotted` VIII.45, `conf` Conf. 9.24). None when that body does not
  issue such references, so that a nearby word of another body is not taken for the issuer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    pattern: str
    label: str
    names: bool = True


# Longer names first: the scan takes the first alternative that matches at a position.
LEXICON: tuple[Word, ...] = (
    Word(r"Subsidiary Body on Scientific,? Technical and Technological Advice", "CBD SBSTTA"),
    Word(r"(?<![/\w])SBSTTA(?![/\w])", "CBD SBSTTA"),
    Word(r"Subsidiary Body on Implementation|(?<![/\w])SBI(?![/\w])", "CBD SBI"),
    Word(r"Working Group on Article 8\s?\(j\)|(?<![/\w])WG8J(?![/\w])", "CBD WG8J"),
    # A CBD document symbol in the clause ('document CBD/COP/15/17, decision 15/4, annex').
    Word(r"(?<![\w/])(?:UNEP/)?CBD/(?=[A-Z])", "CBD", names=False),
    Word(r"(?i:Convention on Biological Diversity)|(?<![/\w])CBD(?![/\w])", "CBD"),
    Word(r"Cartagena Protocol", "CBD CP-MOP"),
    Word(r"Montreal Protocol", "Montreal Protocol MOP"),
    Word(r"Nagoya Protocol", "CBD NP-MOP"),
    Word(r"General Assembly|(?<![/\w])(?:UN)?GA(?![/\w])|(?<![\w.])G\.\s?A\.(?!\w)", "UNGA"),
    # The French and Spanish versions of the same documents name the same bodies.
    Word(r"Assemblée générale|Asamblea General", "UNGA"),
    # Before 'Council': 'Human Rights Council resolution 48/13' is not ECOSOC's or FAO's.
    Word(r"Human Rights Council|(?<![/\w])HRC(?![/\w])", "HRC"),
    Word(r"Conseil des droits de l['’]homme|Consejo de Derechos Humanos", "HRC"),
    Word(r"Economic and Social Council|(?<![/\w])ECOSOC(?![/\w])", "ECOSOC"),
    Word(r"Conseil économique et social|Consejo Económico y Social", "ECOSOC"),
    # Named so that its 'Council' is not taken for ECOSOC's or FAO's; it issues nothing here
    # but its own resolutions, which carry their year ('resolution 2672 (2023)').
    Word(r"Security Council|Conseil de sécurité|Consejo de Seguridad", "UNSC", names=False),
    Word(r"Environment Assembly|(?<![/\w])UNEA(?![/\w])", "UNEA"),
    Word(r"Governing Council of (?:the )?(?:United Nations Environment Programme|UNEP)"
         r"|UNEP Governing Council", "UNEP GC"),
    Word(r"United Nations Environment Programme|(?<![/\w])UNEP(?![/\w])", "UNEP", names=False),
    Word(r"Forum on Forests|(?<![/\w])UNFF(?![/\w])", "UNFF"),
    Word(r"Combat Desertification|(?<![/\w])UNCCD(?![/\w])", "UNCCD COP"),
    Word(r"Framework Convention on Climate Change|(?<![/\w])UNFCCC(?![/\w])", "UNFCCC COP"),
    Word(r"Science-Policy Platform|(?<![/\w])IPBES(?![/\w])", "IPBES"),
    # Ramsar headings are often in capitals ('THE CONVENTION ON WETLANDS', 'RAMSAR CONVENTION').
    Word(r"(?i:Convention on Wetlands)|(?<![/\w])(?:Ramsar|RAMSAR)(?![/\w])", "Ramsar COP"),
    # Only Ramsar calls its COP so (CITES, CMS and the CBD: 'Conference of the Parties').
    Word(r"Conference of the Contracting Parties", "Ramsar COP", names=False),
    Word(r"(?i:Trade in Endangered Species)|(?<![/\w])CITES(?![/\w])", "CITES CoP"),
    # Only CITES has these committees: a page of theirs numbers decisions the CITES way.
    Word(r"Animals and Plants Committees|Animals Committee|Plants Committee", "CITES CoP",
         names=False),
    Word(r"Convention on (?:the )?(?:Conservation of )?Migratory Species|(?<![/\w])CMS(?![/\w])",
         "CMS COP"),
    Word(r"FAO Conference|Conference of FAO", "FAO Conference"),
    Word(r"FAO Council|Council of FAO", "FAO Council"),
    Word(r"Food and Agriculture Organization|(?<![/\w])FAO(?![/\w])", "FAO", names=False),
    # CITES writes its meetings 'CoP17', CMS 'COP13' and has a Scientific Council.
    Word(r"(?<![/\w])CoP\d{1,2}\b", "CITES CoP", names=False),
    Word(r"(?<![/\w])COP\d{1,2}\b|Scientific Council", "CMS COP", names=False),
    Word(r"Conference of (?:the )?Parties|(?<![/\w])CO[Pp](?![/\w.])", "COP", names=False),
    Word(r"Conférence des Parties|Conferencia de las Partes", "COP", names=False),
    Word(r"\b[Cc]onference\b|\b[Cc]onférence\b|\b[Cc]onferencia\b", "Conference",
         names=False),
    Word(r"\bCouncil\b|\bConseil\b|\bConsejo\b", "Council", names=False),
)

# The guard (no lower-case letter before, one of the words' first letters next) lets the scan
# skip most positions without trying every word.
_FIRST = "ACEFGHIMNPRSTUWc"  # the first letters of the words above
# A line break may fall between the words of a name: every space matches any white space.
_ALTERNATIVES = "|".join(
    "(?P<w{}>{})".format(i, w.pattern.replace(" ", r"\s+")) for i, w in enumerate(LEXICON)
)
# A long name may be glued to the word before it in extracted text ('furtherGeneral Assembly').
_GLUED = r"(?<=[a-z])(?=(?:General|Human|Economic|Conference|Convention)\s)"
LEXICON_RE = re.compile(f"(?:(?<![a-z])|{_GLUED})(?=[{_FIRST}])(?:{_ALTERNATIVES})")


# United Nations conferences whose reports number their resolutions alone ('Report of the
# United Nations Conference on Environment and Development …, resolution 1, annex II').
CONFERENCES: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(p.replace(" ", r"\s+")), b) for p, b in (
        (r"Conference on Environment and Development", "UNCED"),
        (r"World Summit on Sustainable Development", "WSSD"),
        (r"Conference on Sustainable Development", "UNCSD"),
        (r"World Conference on Disaster Reduction", "WCDR"),
        (r"Conference on the Human Environment", "UNCHE"),
    )
)


def conference_before(text: str, pos: int) -> str | None:
    """The conference named in the citation just before a report's resolution number."""
    window = (max(0, pos - 400), pos)
    found = [(m.start(), body) for pattern, body in CONFERENCES
             if (m := _last(pattern, text, *window))]
    return max(found)[1] if found else None


def _last(pattern: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    last = None
    for last in pattern.finditer(text, lo, hi):  # noqa: B007 - the last one is wanted
        pass
    return last


def words_in(text: str, start: int, end: int) -> list[tuple[int, Word]]:
    """(position, word) for every body word in text[start:end], in order."""
    return [
        (m.start(), LEXICON[int(m.lastgroup[1:])])
        for m in LEXICON_RE.finditer(text, start, end)
    ]


def year_like(n: str) -> bool:
    """FAO Conference resolutions are numbered number/year: '3/95', '8/83', '4/2017'."""
    if len(n) == 4:
        return n[:2] in ("19", "20")
    return len(n) == 2 and (int(n) >= 45 or n.startswith("0"))


# Treaty COPs that number resolutions/decisions in dotted form, told apart by evidence.
_DOTTED = ("CMS COP", "CITES CoP", "Ramsar COP")


def issuer(label: str, kind: str, shape: str, m: str, n: str,
           evidence: frozenset[str] = frozenset()) -> str | None:
    """The canonical body `label` stands for, or None when it cannot have issued this."""
    if shape == "old":  # '2997 (XXVII)': the General Assembly, ECOSOC, the UNEP Governing Council
        if kind == "resolution":
            if label in ("UNGA", "ECOSOC"):
                return label
            return "ECOSOC" if label == "Council" and "ECOSOC" in evidence else None
        if kind == "decision":
            if label in ("UNEP GC", "ECOSOC"):
                return label
            if label == "Council":
                return "UNEP GC" if "UNEP GC" in evidence else "ECOSOC"
        return None
    if shape == "year":
        if label in ("ECOSOC", "Council") and kind in ("resolution", "decision"):
            return "ECOSOC"
        return None
    if shape == "conf":
        return "CITES CoP" if label in ("CITES CoP",) else None
    if shape == "rdotted":
        return "Ramsar COP" if label in ("Ramsar COP", "COP") else None
    if shape == "dotted":
        if label in _DOTTED:
            return label
        if label == "COP":
            return next((b for b in _DOTTED if b in evidence), None)
        return None
    # roman or slash
    session = int(m) if m.isdigit() else 0
    if kind == "recommendation":
        if label in ("CBD SBI", "CBD WG8J"):
            return label
        if label in ("CBD SBSTTA", "CBD", "CBD COP"):
            return "CBD SBSTTA"
        return None
    if kind == "decision":
        if label == "Montreal Protocol MOP":
            return label  # its Meetings of the Parties number decisions XXXI/2, like the CBD
        if label in ("CBD CP-MOP", "CBD NP-MOP"):
            # The Protocols' meetings print their decisions with a prefix ('CP-9/3', 'BS-V/16',
            # 'NP-3/1'): a bare 'decision 14/24' beside a Protocol's name is not theirs.
            return None
        if label in ("CBD", "CBD COP"):
            return "CBD COP"
        if label == "COP":
            if shape == "roman" or session <= 20:
                for treaty in ("CBD", "CBD COP"):
                    if treaty in evidence:
                        return "CBD COP"
                return "CBD COP" if shape == "roman" else None
            return None
        if shape == "roman":
            return None
        if label == "UNGA" and session >= 40:  # GA decisions carry the session: 73/503
            return "UNGA"
        if label in ("UNEA", "UNFF", "IPBES", "UNEP GC", "HRC"):
            return label
        return None
    if kind == "resolution":
        if shape == "roman":
            return None
        if label == "UNGA":
            return "UNGA"
        if label in ("UNEA", "UNEP") and session <= 12:
            return "UNEA"
        if label in ("UNFF", "HRC"):
            return label
        if session < 40 and year_like(n):
            if label in ("FAO Conference", "FAO", "Conference"):
                return "FAO Conference"
            if label in ("FAO Council", "Council"):
                return "FAO Council"
        if session < 40 and label in ("FAO Council", "Council") and n.isdigit() and int(n) >= 80:
            return "FAO Council"  # FAO Council resolutions: number/session ('1/85', '2/162')
        return None
    return None


def default_body(kind: str, shape: str, m: str, n: str) -> str | None:
    """The body a bare number of this shape usually belongs to, when nothing else tells."""
    session = int(m) if m.isdigit() else 0
    if shape == "old":
        return "UNGA" if kind == "resolution" else "ECOSOC" if kind == "decision" else None
    if shape == "year":
        return "ECOSOC"
    if shape == "conf":
        return "CITES CoP"
    if shape == "rdotted":
        return "Ramsar COP"
    if shape == "dotted":
        return "CITES CoP" if kind == "decision" else "CMS COP"
    if kind == "recommendation":
        return "CBD SBSTTA"
    if kind == "decision":
        if shape == "roman" or session <= 20:
            return "CBD COP"
        return "UNGA"
    if kind == "resolution":
        if session >= 40:
            return "UNGA"
        return "FAO Conference" if year_like(n) else "UNEA"
    return None
