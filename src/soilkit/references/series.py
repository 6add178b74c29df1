"""The identifier series, one entry each: what a reference of that series looks like.

This is the grammar, kept as data. An entry gives the regular expression of the printed form
(named groups: `t` the span to report when it is not the whole match, `kw` the keyword, `m`
meeting/session, `n` number, `sym` a document symbol), the kind and body it implies, how to
build the canonical id, and where the body publishes it. To add a series, add an entry (with
examples: tests check each example is found with the id given) — see docs/references.md.

Order matters: at one position the first entry that matches wins, so more specific forms
(a decision symbol) come before the general form they would otherwise fall under (a document
symbol).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from soilkit.references.numerals import MONTH, ROMAN, to_int

KEYWORD = (
    r"(?P<kw>[Dd]ecisions?|DECISIONS?|[Rr]esolutions?|RESOLUTIONS?"
    r"|[Rr]ecommendations?|RECOMMENDATIONS?"
    # French and Spanish versions of the same documents: 'décision 15/4', 'resolución 73/284'.
    r"|[Dd]écisions?|[Rr]ésolutions?|[Dd]ecisi(?:ón|ones)|[Rr]esoluci(?:ón|ones)"
    r"|[Rr]ecomendaci(?:ón|ones)"
    # 'Dec. III/11' (Montreal Protocol, CBD): only before a Roman session, never a date.
    rf"|Dec\.(?=\s(?:{ROMAN})/\d)"
    # A legal citation's 'G.A. res. 51/180', 'GA Res. 70/1': only before a slash number.
    r"|[Rr]es\.(?=\s\d{1,4}/\d))"
)
# What may stand between a keyword and its number: "decision COP V/5", "resolution No. 3",
# and the field code a word processor leaves around a link ('decision HYPERLINK "" 14/30').
KW_GAP = (r"\s+(?:HYPERLINK\s+\"[^\"\n]{0,300}\"\s+)?"
          r"(?:(?:COP|CMP|CMA|SBSTTA|UNEA|ECOSOC)\s+)?(?:[Nn]o\.\s?)?")
# A number is not a reference when a date, a longer number or a sub-number continues it.
NOT_CONTINUED = rf"(?![/\d]|\.\d|-\d|\s?{MONTH})"
REV = r"(?:\s?\(Rev\.\s?(?:CoP|COP)?\s?\d{1,2}\))"
# The numbering of the General Assembly (to 1975), the Economic and Social Council (to 1977)
# and the UNEP Governing Council (to 1977): a number, perhaps a letter part, and the session in
# brackets ('2997 (XXVII)', '1926 B (LVIII)', '1915 (ORG-75)', '3201 (S-VI)', '55 (IV)').
OLD_NUMBER = (rf"(?P<n>\d{{1,4}}(?:\s[A-H])?)\s?"
              rf"(?P<m>\((?:(?:S|ES)-)?{ROMAN}\)|\(ORG-\d\d\))(?![\w(])")

# One component of a UN-style symbol: 'CN.18', 'CN. 18' (broken line), 'Inf.6', 'COP(12)',
# '74', '12.2', 'S-26', 'COP-MOP'. A component starting with a digit never takes a hyphen,
# so the joint symbol 'E/2015/42-E/CN.18/2015/14' stays two symbols.
# A letter part may follow a dot: 'SER.A' ('ST/ESA/SER.A/423'), 'OzL.Pro', 'C.I' ('TD/B/C.I/…').
# A letter after a revision's number that a slash follows is the next symbol, glued on
# ('E/2001/42/Rev.1E/CN.18/2001/3'), not a part ('Inf.6a').
_LCOMP = (r"[A-Za-z]+\d*(?:-[A-Za-z\d]+)*"
          r"(?:\s?\.\s?\d+(?:[A-Za-z](?!/))?|\.[A-Z][A-Za-z]{0,3}(?![a-z]))?(?:\.\d+)*")
_DCOMP = r"\d+(?:\.\d+)*[A-Za-z]?"
_PAREN = r"(?:\([A-Za-z\d\-]+\))?"
COMP = rf"(?:{_LCOMP}|{_DCOMP}){_PAREN}"
# A line break may follow a slash ('UNEP/ EA.3/Res.1').
MORE = rf"(?:/(?:\s(?=[A-Z\d]))?{COMP})"
# A symbol may be glued to the 'Distr. GENERAL' / 'LIMITED' line of a word-processed heading
# ('GENERALCBD/SBI/2/22'), or to the ellipsis of a search snippet ('…...ICCD/COP(14)/23').
START = r"(?:(?<![\w/.\-:])|(?<=\.\.)|(?<=GENERAL|LIMITED))"
# A joint symbol's second half follows a hyphen ('E/2015/42-E/CN.18/2015/14'); an ellipsis or a
# date may be glued before a symbol in extracted text ('...C/2021/21', 'April 1997CL 112/9').
START_JOINT = r"(?:(?<=\d-)|(?<=\.\.)|(?<![\w/.\-:])|(?:(?<=Rev\.\d)|(?<=Add\.\d)|(?<=Corr\.\d)))"
# ... or follows a revision with no hyphen at all: the first symbol ends there.
END_JOINT = r"(?:(?![\w/])|(?:(?<=Rev\.\d)|(?<=Add\.\d)|(?<=Corr\.\d))(?=[AES]/))"
START_GLUED = r"(?:(?<=\.\.)|(?<=\d)|(?<![\w/.\-:]))"
END = r"(?![\w/])"
# The hyphen of a prefixed decision number as extraction may render it: a non-breaking hyphen,
# a modifier minus, an en dash ('IPBES˗7/1', 'BS‑V/16').
HY = "[-‐‑˗–]"
# A symbol of an agenda list may keep a stray slash before the comma ('COFI/2024/1/, …').
END_STRAY_SLASH = r"(?:(?![\w/])|(?=/[,;)]))"
# A footnote number may be glued before a symbol whose prefix is a word of capitals
# ('wastes;11UNEP/CHW.14/23'); never before a one-letter prefix, where 'A/…' could be a number.
START_FOOTNOTE = r"(?:(?<=\d)(?=(?:UNEP|FCCC|ICCD|IPBES|CBD)/))"
# A self-identifying decision number ('1/CP.21', '18/COP.14') may follow a lower-case word glued
# to it where extraction lost the spaces; never a digit, capital, slash or dash.
GLUED_WORD = r"(?<![A-Z\d_/–-])"
# FAO prints a revision after a space ('CGRFA-14/13/Inf.16 Rev.1', 'CL 163/3 Rev.1').
SPACED_REV = r"(?:\s(?:Rev|Add|Corr)\.\s?\d{1,2}(?![\d.]))?"


@dataclass(frozen=True)
class Series:
    name: str
    pattern: str
    kind: str | None  # None: the keyword says
    body: str | None  # None: resolved from context; "symbol": from the symbol's parts
    ident: Callable[[dict[str, str]], str]
    examples: tuple[tuple[str, str, str | None, str], ...] = ()  # (text, kind, body, id)
    shape: str | None = None  # roman | slash | year | dotted | rdotted | conf (None: from m)
    bare: bool = False  # no keyword and no self-identifying form: needs context
    max_meeting: int = 99  # a larger meeting number is a footnote marker glued on
    url: Callable[[str], str | None] | None = None
    regex: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern))


def _mn(g: dict[str, str]) -> str:
    return f"{to_int(g['m'])}/{to_int(g['n'])}"


def _nm(g: dict[str, str]) -> str:
    """'18/COP.14' → '14/18': the meeting is printed last."""
    return f"{to_int(g['m'])}/{to_int(g['n'])}"


def _as_printed(g: dict[str, str]) -> str:
    return f"{g['m']}/{g['n']}"


def _symbol(g: dict[str, str]) -> str:
    return normalise_symbol(g["sym"])


def normalise_symbol(sym: str) -> str:
    """White space normalised; a line break inside a slash symbol ('E/CN. 18/…') closed up."""
    sym = " ".join(sym.split())
    # FAO, CITES and the IPCC print a space inside their symbols ('CL 112/9', 'SC70 Doc. 2',
    # 'IPCC-XLIV/INF. 8'): kept as printed.
    if "/" in sym and not re.match(r"(?:C|CL|CCLM|PC|FC|JM|GSPPA:?)\s|(?:AC|PC|SC|CoP)\d|IPCC-",
                                   sym):
        sym = re.sub(r"(?<=[/.])\s(?=\w)|(?<=[A-Za-z])\s(?=\.\d)", "", sym)
    return sym


def old_id(printed: str) -> str:
    """'2997(XXVII)', '1926  B (LVIII)' → '2997 (XXVII)', '1926 B (LVIII)'."""
    return re.sub(r"\s*\(", " (", " ".join(printed.split()))


def _cgrfa_id(g: dict[str, str]) -> str:
    """'CRFA-EX2/96/REP' (a glyph lost, upper case) → 'CGRFA-Ex2/96/REP'."""
    prefix = "CGRFA-Ex" if g.get("ex") else "CGRFA-"
    return re.sub(r"^C?G?RFA-(?:[Ee][Xx])?", prefix, normalise_symbol(g["sym"]))


def _cbd_dec_url(rid: str) -> str:
    m, n = (int(x) for x in rid.split("/"))
    return f"https://www.cbd.int/doc/decisions/cop-{m:02d}/cop-{m:02d}-dec-{n:02d}-en.pdf"


def _sbstta_rec_url(rid: str) -> str:
    m, n = (int(x) for x in rid.split("/"))
    return (f"https://www.cbd.int/doc/recommendations/sbstta-{m:02d}/"
            f"sbstta-{m:02d}-rec-{n:02d}-en.pdf")


def undocs(symbol: str) -> str:
    return f"https://undocs.org/{symbol}"


# URL of a reference by body, for the series whose id says nothing about its symbol.
BODY_URLS: dict[tuple[str, str], Callable[[str], str]] = {
    ("decision", "CBD COP"): _cbd_dec_url,
    ("recommendation", "CBD SBSTTA"): _sbstta_rec_url,
    ("resolution", "UNGA"): lambda rid: undocs(f"A/RES/{rid}"),
    ("resolution", "ECOSOC"): lambda rid: undocs(f"E/RES/{rid}"),
    ("decision", "ECOSOC"): lambda rid: undocs(f"E/DEC/{rid}"),
    ("resolution", "UNEA"): lambda rid: undocs("UNEP/EA.{}/RES.{}".format(*rid.split("/"))),
}

# Document symbol prefixes published in the UN Official Document System.
UN_SYMBOL = re.compile(r"(?:A|E|S|FCCC|ICCD|UNEP|ECE|TD|ST|DP)/")


SERIES: tuple[Series, ...] = (
    # ---------------------------------------------------------------- decisions by symbol
    Series(
        "cbd_decision_symbol",
        rf"{START}(?P<sym>(?:UNEP/)?CBD/\s?COP/\s?DEC/\s?(?P<m>{ROMAN}|\d{{1,2}})/\s?(?P<n>\d{{1,3}}))"
        r"(?!\d)",
        "decision", "CBD COP", _mn, max_meeting=20,
        examples=(("CBD/COP/DEC/15/28", "decision", "CBD COP", "15/28"),
                  ("UNEP/CBD/COP/DEC/VIII/23", "decision", "CBD COP", "8/23")),
    ),
    Series(
        "cbd_protocol_decision_symbol",
        # Before 2018 both Protocols' symbols read COP-MOP ('UNEP/CBD/NP/COP-MOP/DEC/1/12').
        rf"{START}(?P<sym>(?:UNEP/)?CBD/(?:(?P<cp>CP/MOP|BS/COP-MOP)|NP/(?:COP-)?MOP)/DEC/"
        rf"(?P<m>{ROMAN}|\d{{1,2}})/(?P<n>\d{{1,3}}))(?!\d)",
        "decision", "symbol", _mn,
        examples=(("CBD/CP/MOP/DEC/10/5", "decision", "CBD CP-MOP", "10/5"),
                  ("CBD/NP/MOP/DEC/4/1", "decision", "CBD NP-MOP", "4/1"),
                  ("UNEP/CBD/NP/COP-MOP/DEC/2/5", "decision", "CBD NP-MOP", "2/5"),
                  ("UNEP/CBD/BS/COP-MOP/DEC/8/3", "decision", "CBD CP-MOP", "8/3")),
    ),
    Series(
        "cbd_recommendation_symbol",
        rf"{START}(?P<sym>(?:UNEP/)?CBD/(?P<org>SBSTTA|SBI|WG8J)/REC/(?P<m>{ROMAN}|\d{{1,2}})"
        rf"/(?P<n>\d{{1,3}}))(?!\d)",
        "recommendation", "symbol", _mn,
        examples=(("CBD/SBSTTA/REC/24/1", "recommendation", "CBD SBSTTA", "24/1"),
                  ("CBD/WG8J/REC/12/1", "recommendation", "CBD WG8J", "12/1")),
    ),
    Series(
        "unga_resolution_symbol",
        # Extraction may put a space on either side of the first slash ('A /RES/70/1').
        rf"{START}(?P<sym>A\s?/\s?RES/\s?(?P<m>\d{{1,2}})/\s?(?P<n>\d{{1,3}}))(?![\w/])",
        "resolution", "UNGA", _mn,
        examples=(("A/RES/74/242", "resolution", "UNGA", "74/242"),),
    ),
    Series(
        "unga_special_session_resolution",
        # The hyphen may be printed as an en dash ('Resolution S–19/2'); an emergency special
        # session's resolutions read 'ES-11/1'.
        rf"(?:{START}A/RES/|\b{KEYWORD}\s+)(?P<t>(?P<es>E?)S[-–](?P<m>\d{{1,2}})/(?P<n>\d{{1,2}}))"
        r"(?![\w/])",
        "resolution", "UNGA", lambda g: f"{g.get('es', '')}S-{g['m']}/{g['n']}",
        examples=(("resolution S-19/2", "resolution", "UNGA", "S-19/2"),
                  ("Resolution S–19/2", "resolution", "UNGA", "S-19/2"),
                  ("General Assembly resolution ES-11/1", "resolution", "UNGA", "ES-11/1"),
                  ("A/RES/ES-10/21", "resolution", "UNGA", "ES-10/21")),
    ),
    Series(
        "hrc_resolution_symbol",
        # Its own pages drop the 'A/' ('HRC/RES/48/13').
        rf"{START}(?P<sym>(?:A/)?HRC/RES/(?P<m>\d{{1,2}})/(?P<n>\d{{1,3}}))(?![\w/])",
        "resolution", "HRC", _mn,
        examples=(("A/HRC/RES/48/13", "resolution", "HRC", "48/13"),
                  ("HRC/RES/48/13", "resolution", "HRC", "48/13")),
    ),
    Series(
        "ecosoc_symbol",
        rf"{START}(?P<sym>E/(?P<k>RES|DEC)/(?P<m>(?:19|20)\d\d)/(?P<n>\d{{1,3}}))(?![\w/])",
        "symbol", "ECOSOC", _as_printed,
        examples=(("E/RES/2015/33", "resolution", "ECOSOC", "2015/33"),),
    ),
    Series(
        "unea_symbol",
        rf"{START}(?P<sym>UNEP\s?/\s?EA\.(?P<m>\d{{1,2}})/(?P<k>Res|RES|Dec|DEC)\.(?P<n>\d{{1,2}}))"
        r"(?![\w/])",
        "symbol", "UNEA", _mn,
        examples=(("UNEP/EA.3/Res.1", "resolution", "UNEA", "3/1"),
                  ("UNEP/ EA.3/Res.1", "resolution", "UNEA", "3/1")),
    ),
    Series(
        "cbd_protocol_decision",
        rf"(?<![\w/])(?P<p>BS|CP|NP){HY}(?P<m>{ROMAN}|\d{{1,2}})/(?P<n>\d{{1,2}})(?![\d/])",
        "decision", "symbol", _mn,
        examples=(("BS-V/11", "decision", "CBD CP-MOP", "5/11"),
                  ("CP-10/5", "decision", "CBD CP-MOP", "10/5"),
                  ("NP-4/1", "decision", "CBD NP-MOP", "4/1")),
    ),
    Series(
        # The CBD's subsidiary bodies prefix their recommendations as the Protocols do their
        # decisions: 'Recommendation SBI-3/16', 'SBSTTA-24/1'.
        "cbd_prefixed_recommendation",
        rf"(?<![\w/])(?P<org>SBSTTA|SBI){HY}(?P<m>{ROMAN}|\d{{1,2}})/(?P<n>\d{{1,3}})(?![\d/])",
        "recommendation", "symbol", _mn,
        examples=(("Recommendation SBI-3/16", "recommendation", "CBD SBI", "3/16"),
                  ("SBSTTA-24/1", "recommendation", "CBD SBSTTA", "24/1")),
    ),
    Series(
        "chemicals_decision",
        rf"(?<![\w/])(?P<p>BC|RC|SC){HY}(?P<m>\d{{1,2}})/(?P<n>\d{{1,2}})(?![\d/])",
        "decision", "symbol", _mn,
        examples=(("BC-14/12", "decision", "Basel COP", "14/12"),
                  ("SC-9/4", "decision", "Stockholm COP", "9/4")),
    ),
    Series(
        "unfccc_decision",
        # '1/.CP.21': a stray dot after the slash is a known extraction slip. Text that lost its
        # spaces glues the number to the word before ('Recallingdecisions1/CP.19,…and1/CP.25').
        rf"{GLUED_WORD}(?P<n>\d{{1,3}})/\.?(?P<org>CP|CMP|CMA)\.\s?(?P<m>\d{{1,3}})(?![\d/])",
        "decision", "symbol", _nm,
        examples=(("1/CP.21", "decision", "UNFCCC COP", "21/1"),
                  ("1/CMA.3", "decision", "UNFCCC CMA", "3/1"),
                  ("2/CMP.1", "decision", "UNFCCC CMP", "1/2")),
    ),
    Series(
        "unccd_decision",
        rf"{GLUED_WORD}(?P<n>\d{{1,3}})/COP\.\s?(?P<m>\d{{1,3}})(?![\d/])",
        "decision", "UNCCD COP", _nm, max_meeting=30,
        examples=(("18/COP.14", "decision", "UNCCD COP", "14/18"),),
    ),
    Series(
        "ipbes_decision",
        rf"(?<![\w/])IPBES{HY}(?P<m>\d{{1,2}})/(?P<n>\d{{1,2}})(?![\d/])",
        "decision", "IPBES", _mn,
        examples=(("IPBES-7/1", "decision", "IPBES", "7/1"),
                  ("IPBES˗7/1", "decision", "IPBES", "7/1")),
    ),
    Series(
        # The IPCC numbers its decisions by session in Roman: 'Decision IPCC/XLII-1', 'IPCC-LIV-4'.
        "ipcc_decision",
        rf"(?<![\w/])IPCC[/-](?P<m>{ROMAN})-(?P<n>\d{{1,2}})(?![\w/]|\.\d)",
        "decision", "IPCC", _mn,
        examples=(("Decision IPCC/XLII-1", "decision", "IPCC", "42/1"),
                  ("IPCC-LIV-4", "decision", "IPCC", "54/4")),
    ),
    Series(
        # The World Health Assembly and the WHO Executive Board number resolutions by session:
        # 'WHA63.1', 'resolution WHA41.27', 'EB136.R5'.
        "wha_resolution",
        r"(?<![\w/.])WHA(?P<m>\d{1,2})\.(?P<n>\d{1,3})(?!\d|\.\d)",
        "resolution", "WHA", _mn,
        examples=(("resolution WHA63.1", "resolution", "WHA", "63/1"),),
    ),
    Series(
        "who_eb_resolution",
        r"(?<![\w/.])EB(?P<m>\d{2,3})\.R(?P<n>\d{1,2})(?!\d|\.\d)",
        "resolution", "WHO EB", _mn,
        examples=(("resolution EB136.R5", "resolution", "WHO EB", "136/5"),),
    ),
    Series(
        # The Security Council numbers its resolutions in one series and prints the year:
        # 'resolution 2672 (2023)', 'resolutions 1325 (2000) and 1820 (2008)'.
        "unsc_resolution",
        r"\b(?P<kw>[Rr]esolutions?|RESOLUTIONS?|[Rr]ésolutions?|[Rr]esoluci(?:ón|ones))\s+"
        r"(?P<t>(?P<n>\d{3,4})\s?\((?P<y>(?:19|20)\d\d)\))(?![\w(])",
        "resolution", "UNSC", lambda g: f"{g['n']} ({g['y']})",
        examples=(("Security Council resolution 2672 (2023)", "resolution", "UNSC",
                   "2672 (2023)"),),
    ),
    # ---------------------------------------------------------------- keyword + number
    Series(
        "cms_symbol",
        r"(?<![\w/])(?P<sym>UNEP/CMS/(?P<k>Resolution|Decision|Recommendation)\s?(?P<m>\d{1,2})"
        r"\.(?P<n>\d{1,3}))(?!\d|\.\d)",
        "symbol", "CMS COP", _mn,
        examples=(("UNEP/CMS/Resolution 12.1", "resolution", "CMS COP", "12/1"),),
    ),
    Series(
        "report_resolution",
        # A conference report's resolutions are numbered alone: 'Report of the … Conference …,
        # chap. I, resolution 1, annex II'. The issuer is the conference (no canonical body).
        r"(?:(?<=chap\.\s[IVX],\s)|(?<=chap\.\s[IVX]{2},\s)|(?<=chap\.\s[IVX]{3},\s))"
        r"(?P<t>(?P<kw>[Rr]esolution)\s(?P<n>\d{1,2}))(?![\w/.])",
        "resolution", "report", lambda g: g["n"],
        examples=(("chap. I, resolution 1", "resolution", None, "1"),),
    ),
    Series(
        "report_resolution_annex",
        r"\b(?P<t>(?P<kw>[Rr]esolution)\s(?P<n>\d{1,2}))(?=,\s*annex)",
        "resolution", "report", lambda g: g["n"],
        examples=(("resolution 1, annex II", "resolution", None, "1"),),
    ),
    Series(
        "cites_resolution_conf",
        rf"\b(?P<t>(?P<kw>[Rr]esolutions?|Res\.)\s?Conf\.\s?(?P<m>\d{{1,2}})\.(?P<n>\d{{1,3}}){REV}?)"
        r"(?!\d|\.\d)",
        None, "CITES CoP", _mn, shape="conf",
        examples=(("Resolution Conf. 9.24 (Rev. CoP16)", "resolution", "CITES CoP", "9/24"),
                  ("Res. Conf. 10.10 (Rev. CoP18)", "resolution", "CITES CoP", "10/10")),
    ),
    Series(
        # A CITES list of resolutions names each by its number alone: 'Conf. 14.1 Financing …',
        # '[see Conf. 12.8 (Rev. CoP13)]'. Kept only in a text that names CITES (normalise).
        "cites_conf_bare",
        rf"(?<![\w.])(?P<t>Conf\.\s?(?P<m>\d{{1,2}})\.(?P<n>\d{{1,3}}){REV}?)(?!\d|\.\d)",
        "resolution", "CITES CoP", _mn,
        examples=(("CITES Conf. 14.1", "resolution", "CITES CoP", "14/1"),),
    ),
    Series(
        "dotted_arabic",
        rf"\b(?P<t>{KEYWORD}\s+(?P<m>\d{{1,2}})\.(?P<n>\d{{1,3}}){REV}?)(?!\d|\.\d)",
        None, None, _mn, shape="dotted",
        examples=(("CITES Decision 18.67", "decision", "CITES CoP", "18/67"),
                  ("CMS Resolution 12.01", "resolution", "CMS COP", "12/1"),
                  ("CMS Decision 13.24", "decision", "CMS COP", "13/24")),
    ),
    Series(
        "dotted_roman",
        rf"\b{KEYWORD}\s+(?P<t>(?P<m>{ROMAN})\.(?P<n>\d{{1,3}}){REV}?)(?!\d|\.\d)",
        None, None, _mn, shape="rdotted",
        examples=(("Resolution XIII.13", "resolution", "Ramsar COP", "13/13"),
                  ("Resolution VIII.45", "resolution", "Ramsar COP", "8/45")),
    ),
    Series(
        "old_numbered",
        rf"\b{KEYWORD}\s+(?P<t>{OLD_NUMBER})",
        None, None, lambda g: old_id(f"{g['n']} {g['m']}"), shape="old",
        examples=(("General Assembly resolution 2997 (XXVII)", "resolution", "UNGA",
                   "2997 (XXVII)"),
                  ("Economic and Social Council resolution 1915 (ORG-75)", "resolution",
                   "ECOSOC", "1915 (ORG-75)"),
                  ("UNEP Governing Council decision 47 (IV)", "decision", "UNEP GC", "47 (IV)")),
    ),
    Series(
        "keyword_slash",
        rf"\b{KEYWORD}{KW_GAP}(?P<t>(?P<m>{ROMAN}|\d{{1,4}})/(?P<n>\d{{1,4}})){NOT_CONTINUED}"
        r"(?P<letter>\s[A-H](?![\w.'’/-]))?",
        None, None, _mn,
        examples=(("decision VIII/23", "decision", "CBD COP", "8/23"),
                  ("resolution 73/284", "resolution", "UNGA", "73/284"),
                  ("ECOSOC resolution 2015/33", "resolution", "ECOSOC", "2015/33"),
                  ("SBSTTA recommendation III/4", "recommendation", "CBD SBSTTA", "3/4")),
    ),
    Series(
        # A UNEA session page numbers its resolutions alone ('UNEA 5.2 … Resolution 2:
        # Sustainable Nitrogen Management'); the session comes from the text before (normalise).
        "unea_numbered_alone",
        r"\b(?P<t>(?P<kw>Resolution)\s(?P<n>\d{1,2}))(?![\w/.\-]|\s?\(|,\s*annex)",
        "resolution", "UNEA", lambda g: f"{g['m']}/{g['n']}",
    ),
    Series(
        # The Ramsar Standing Committee numbers its decisions by meeting: 'Decision SC54-01'.
        "ramsar_sc_decision",
        rf"\b{KEYWORD}\s+(?P<t>SC(?P<m>\d{{1,2}})-(?P<n>\d{{1,3}}))(?![\w/-]|\.\d)",
        None, "Ramsar SC", _mn, shape="sc",
        examples=(("Decision SC54-01", "decision", "Ramsar SC", "54/1"),),
    ),
    # ---------------------------------------------------------------- bare self-references
    Series(
        "bare_roman",
        rf"(?<![\w/.\-:])(?P<m>{ROMAN})/(?P<n>\d{{1,3}})(?![\w/]|\.\d)",
        None, None, _mn, bare=True,
    ),
    Series(
        # '74/242. Agriculture development, …' heading a GA resolution; likewise UNEA
        # ('3/6. Managing soil pollution …') and ECOSOC ('2015/33. …') in their own documents.
        "bare_resolution_heading",
        r"(?<![\w/.\-:])(?P<t>(?P<m>\d{1,2}|(?:19|20)\d\d)/(?P<n>\d{1,3}))\.(?=\s?[A-Z][a-z])",
        "resolution", None, _mn, bare=True,
    ),
    Series(
        # An old-style number heading its own text in a volume of the Assembly's (or the
        # Council's) resolutions ('2997 (XXVII). Institutional arrangements …'), or a range of
        # them ('[2008 (XX) - 2132 (XX)]'). Context only: the document must be that body's.
        "bare_old_heading",
        rf"(?<![\w/.\-:])(?P<t>\d{{1,4}}(?:\s[A-H])?\s?\((?:(?:S|ES)-)?{ROMAN}\))"
        r"(?=\.\s|\s?[-–]\s?\d{1,4}\s?\(|\])",
        "resolution", None, lambda g: old_id(g["t"]), bare=True,
    ),
    # ---------------------------------------------------------------- document symbols
    Series(
        "cbd_document",
        # A decision symbol that did not parse is a near miss, not a document.
        rf"(?:{START}|{START_FOOTNOTE})(?!(?:UNEP/)?CBD/COP/DEC/)(?P<sym>(?:UNEP/)?CBD/(?P<org>[A-Z][A-Za-z\d\-]*)"
        rf"{MORE}{{1,12}}){END}",
        "document", "symbol", _symbol,
        examples=(("UNEP/CBD/COP/5/11", "document", "CBD COP", "UNEP/CBD/COP/5/11"),
                  ("CBD/SBSTTA/24/INF/14", "document", "CBD SBSTTA", "CBD/SBSTTA/24/INF/14"),
                  ("CBD/SBI/3/1", "document", "CBD SBI", "CBD/SBI/3/1")),
    ),
    Series(
        "un_document",
        # The old numbering has no session: 'A/9625', 'E/5544', the draft 'A/L.462'.
        rf"{START_JOINT}(?!A/RES/)(?P<sym>(?P<org>[AES])(?=/(?:\d{{1,4}}/|[A-Z][A-Za-z]{{0,5}}(?:\s?\.\s?\d+)?[/(]"
        r"|\d{4}(?![\w/])|L\.\d{1,4}(?![\w/])))"
        rf"{MORE}{{1,12}}){END_JOINT}",
        "document", "symbol", _symbol,
        examples=(("A/74/386", "document", "UNGA", "A/74/386"),
                  ("A/C.2/74/L.2/Rev.1", "document", "UNGA", "A/C.2/74/L.2/Rev.1"),
                  ("A/9625", "document", "UNGA", "A/9625"),
                  ("A/L.462", "document", "UNGA", "A/L.462"),
                  ("E/CN.18/2015/11", "document", "UNFF", "E/CN.18/2015/11"),
                  ("E/CN .18/2001/3/Rev.1", "document", "UNFF", "E/CN.18/2001/3/Rev.1"),
                  ("E/2019/58", "document", "ECOSOC", "E/2019/58")),
    ),
    Series(
        "treaty_document",
        rf"(?:{START}|{START_FOOTNOTE})(?P<sym>(?P<org>FCCC|ICCD|UNEP|IPBES|SPLOS|ISBA|ECE|TD|ST"
        # The Executive Board of UNDP, UNFPA and UNOPS: 'DP/2020/2', 'DP/FPA/2019/1'.
        r"|DP(?=/(?:FPA/|OPS/|(?:19|20)\d\d/)))"
        rf"{MORE}{{1,12}}){END}",
        "document", "symbol", _symbol,
        examples=(("FCCC/CP/2015/1", "document", "UNFCCC COP", "FCCC/CP/2015/1"),
                  ("ICCD/COP(12)/CST/1/Rev.1", "document", "UNCCD CST",
                   "ICCD/COP(12)/CST/1/Rev.1"),
                  ("UNEP/EA.4/9", "document", "UNEA", "UNEP/EA.4/9"),
                  ("IPBES/3/INF/18", "document", "IPBES", "IPBES/3/INF/18"),
                  ("ECE/TIM/2021/2", "document", "UNECE", "ECE/TIM/2021/2"),
                  ("TD/B/Inf.222", "document", "UNCTAD", "TD/B/Inf.222"),
                  ("ST/SGB/2019/8", "document", "UN Secretariat", "ST/SGB/2019/8"),
                  ("ST/ESA/SER.A/423", "document", "UN Secretariat", "ST/ESA/SER.A/423"),
                  ("UNEP/OzL.Pro.31/9", "document", "Montreal Protocol MOP",
                   "UNEP/OzL.Pro.31/9"),
                  ("DP/2020/2", "document", "UNDP Executive Board", "DP/2020/2")),
    ),
    Series(
        "fao_committee_document",
        rf"{START}(?P<sym>(?P<org>(?:FO:)?(?:COAG|COFO|COFI|CFS|CCP))(?::[A-Z]+)?/(?:{ROMAN}/)?"
        r"(?:19|20)\d\d"
        rf"{MORE}{{1,12}}"
        # A report's cover may print a space for the first slash ('COFO 2016/REP'); then only
        # a report or a short paper number follows, so 'COFO 2016/2017' stays a pair of years.
        r"|(?P<org2>COAG|COFO|COFI|CCP)\s(?:19|20)\d\d/(?:REP|INF/\d{1,2}|\d{1,2}(?!\d))"
        rf"){END_STRAY_SLASH}",
        "document", "symbol", _symbol,
        examples=(("COAG/2022/8", "document", "FAO COAG", "COAG/2022/8"),
                  ("FO:COFO/2020/REP/Draft", "document", "FAO COFO", "FO:COFO/2020/REP/Draft"),
                  ("COFI:FT/XVII/2019/2", "document", "FAO COFI", "COFI:FT/XVII/2019/2"),
                  ("COFO 2016/REP", "document", "FAO COFO", "COFO 2016/REP")),
    ),
    Series(
        "fao_session_document",
        rf"{START_GLUED}(?P<sym>(?P<org>CL|C|CCLM|PC|FC|JM|CFS)\s(?:\d{{2,3}}|(?:19|20)\d\d)"
        r"/(?:\d{1,3}(?:\.\d)?|REP|Report|INF|LIM|PV)(?:/(?:[A-Za-z]+\.?\d*|\d{1,3}))*"
        rf"{SPACED_REV})(?![\w/])",
        "document", "symbol", _symbol,
        examples=(("CL 112/9", "document", "FAO Council", "CL 112/9"),
                  ("C 2021/21", "document", "FAO Conference", "C 2021/21"),
                  ("CCLM 72/5", "document", "FAO CCLM", "CCLM 72/5"),
                  ("CFS 2023/51/4", "document", "CFS", "CFS 2023/51/4"),
                  ("C 2017/Report", "document", "FAO Conference", "C 2017/Report"),
                  ("CL 163/3 Rev.1", "document", "FAO Council", "CL 163/3 Rev.1")),
    ),
    Series(
        "fao_conference_slashed",
        START_GLUED + r"(?P<sym>C/(?P<y>(?:19|20)\d\d)/(?P<n>\d{1,3}))(?![\w/])",
        "document", "FAO Conference", lambda g: f"C {g['y']}/{g['n']}",
        examples=(("C/2021/21", "document", "FAO Conference", "C 2021/21"),),
    ),
    Series(
        "cgrfa_document",
        rf"(?<![\w/.\-])(?P<sym>(?:C?G?RFA-(?P<ex>[Ee][Xx])?\d{{1,2}}|CGRFA/WG-[A-Za-z]+-\d{{1,2}})"
        rf"/\d{{2}}{MORE}{{1,12}}{SPACED_REV}){END}",
        "document", "FAO CGRFA",
        _cgrfa_id,
        examples=(("CGRFA-14/13/19", "document", "FAO CGRFA", "CGRFA-14/13/19"),
                  ("CGRFA-16/17/Inf.23", "document", "FAO CGRFA", "CGRFA-16/17/Inf.23"),
                  ("CGRFA-14/13/Inf.16 Rev.1", "document", "FAO CGRFA",
                   "CGRFA-14/13/Inf.16 Rev.1"),
                  ("CGRFA-EX2/96/REP", "document", "FAO CGRFA", "CGRFA-Ex2/96/REP"),
                  ("CRFA-Ex2/96/REP", "document", "FAO CGRFA", "CGRFA-Ex2/96/REP"),
                  ("CGRFA/WG-AnGR-12/23/Report", "document", "FAO CGRFA",
                   "CGRFA/WG-AnGR-12/23/Report")),
    ),
    Series(
        "gsp_document",
        rf"(?<![\w/.\-])(?P<sym>GSPPA(?:-|:\s?|\s)(?:{ROMAN}|\d{{1,2}})/(?:\d{{2}}|\d{{4}})"
        r"/(?:\d{1,2}|Report|REP|INF/\d{1,2}))(?![\w/])",
        "document", "FAO GSP", _symbol,
        examples=(("GSPPA X/2022/1", "document", "FAO GSP", "GSPPA X/2022/1"),
                  ("GSPPA-VII/19/Report", "document", "FAO GSP", "GSPPA-VII/19/Report")),
    ),
    Series(
        "cites_document",
        # A joint meeting of the Animals and Plants Committees: 'AC30/PC24 Com. 3'.
        r"(?<![\w/.\-])(?P<sym>(?P<org>SC|AC|PC|CoP)\d{1,2}(?:/PC\d{1,2})?\s"
        r"(?:(?:Doc|Inf|Sum|Prop|Plen|Com)\.\s?(?:Rec\.\s?)?\d{1,3}"
        r"(?:\.\d{1,2})*|SR|Com\.\s?I{1,2}\s?(?:Rec|Doc|Sum)\.\s?\d{1,3}(?:\.\d{1,2})*)"
        # An annex file ('CoP18 Doc. 7.3 A1'); a revision in brackets or, as Ramsar prints
        # its Standing Committee papers, after a space ('SC62 Doc.5.1 Rev.1').
        r"(?:\sA\d{1,2}(?![\w.]))?(?:\s?\(Rev\.\s?\d\)|\sRev\.\s?\d(?![\d.]))?)(?![\w/]|\.\d)",
        "document", "symbol", _symbol,
        examples=(("SC70 Doc. 2 (Rev. 1)", "document", "CITES SC", "SC70 Doc. 2 (Rev. 1)"),
                  ("CoP17 Com. II Rec. 13 (Rev. 2)", "document", "CITES CoP",
                   "CoP17 Com. II Rec. 13 (Rev. 2)"),
                  ("PC23 Doc. 6.1", "document", "CITES PC", "PC23 Doc. 6.1"),
                  ("CoP19 Prop. 12", "document", "CITES CoP", "CoP19 Prop. 12"),
                  ("AC28 Com. 1", "document", "CITES AC", "AC28 Com. 1"),
                  ("AC30/PC24 Com. 3", "document", "CITES AC", "AC30/PC24 Com. 3"),
                  ("CoP16 Plen. 2 (Rev. 1)", "document", "CITES CoP", "CoP16 Plen. 2 (Rev. 1)"),
                  ("CoP18 Plen. Rec. 1", "document", "CITES CoP", "CoP18 Plen. Rec. 1"),
                  ("CoP18 Doc. 7.3 A1", "document", "CITES CoP", "CoP18 Doc. 7.3 A1")),
    ),
    Series(
        # 'IPCC-XLIV/INF. 8', 'IPCC-XLI/Doc.1, Rev.1': kept as printed, space included.
        "ipcc_document",
        rf"(?<![\w/.\-])(?P<sym>IPCC-(?:{ROMAN}|\d{{2}})/(?:Doc|DOC|INF|Inf)\.\s?\d{{1,3}}"
        r"(?:,\s?Rev\.\s?\d|\s?\(Rev\.\s?\d\))?)(?![\w/]|\.\d)",
        "document", "IPCC", _symbol,
        examples=(("IPCC-XLIV/INF. 8", "document", "IPCC", "IPCC-XLIV/INF. 8"),
                  ("IPCC-XLI/Doc.1, Rev.1", "document", "IPCC", "IPCC-XLI/Doc.1, Rev.1")),
    ),
    Series(
        "who_document",
        rf"(?<![\w/.\-])(?P<sym>(?:EB|WHA)\d{{2,3}}/\d{{1,3}}{MORE}{{0,12}})(?![\w/])",
        "document", "symbol", _symbol,
        examples=(("EB136/8", "document", "WHO", "EB136/8"),),
    ),
    Series(
        "ramsar_document",
        # 'DOC. SC37-38' on the older pages, 'Doc. SC54-3 Rev.2' on the later ones.
        r"(?<![\w/.\-])(?P<sym>(?:DOC|Doc)\.\s?(?P<org>SC)\d{1,2}-\d{1,2}(?:\.\d{1,2})?"
        r"(?:\s?Rev\.\s?\d(?![\d.]))?"
        r"|(?P<cop>COP)\d{1,2}\s(?:DR\s?\d{1,2}|Doc\.\s?\d{1,2}(?:\.\d{1,2})*))(?![\w/]|\.\d)",
        "document", "symbol", _symbol,
        examples=(("DOC. SC37-38", "document", "Ramsar SC", "DOC. SC37-38"),
                  ("Doc. SC54-3 Rev.2", "document", "Ramsar SC", "Doc. SC54-3 Rev.2"),
                  ("COP10 DR 31", "document", "Ramsar COP", "COP10 DR 31")),
    ),
)

BY_NAME = {s.name: s for s in SERIES}

# Where a match may be: every series has one of these in it, so text without any is skipped.
TRIGGER = re.compile(
    # No leading character class: sre then scans this alternation several times faster. The
    # keywords are anchored on their third letter, not their second: 'e' is the commonest
    # letter of English, and every 'e' of the text would be a place to try the alternation.
    # ('cision' covers 'decision', 'décision' and 'decisión'.)
    r"/|cision|solution|commendation|ECISION|ESOLUTION|ECOMMENDATION"
    r"|Doc\.|DOC\.|SR\b|Sum\.|Com\.|Prop\.|Plen\.|Conf\.|DR\s"
    r"|ÉCISION|ÉSOLUTION|cisi[óo]n|soluci[óo]n|comendaci|Dec\.\s[IVXL]"
    # An old-style number without its keyword: '2008 (XX).'
    r"|\((?:S-|ES-)?[IVXL]{1,7}\)"
    # WHO's resolutions and the IPCC's decisions have no slash.
    r"|WHA\d|EB\d\d|PCC-"
)

