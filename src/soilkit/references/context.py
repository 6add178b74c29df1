"""Which body a text belongs to: the document as a whole, and the clause around a reference."""

from __future__ import annotations

import re
from collections import Counter

from soilkit.references.bodies import LEXICON_RE, Word, default_body, issuer, words_in

# A document's own symbol or heading says which body it belongs to; looked for in its opening.
_HEAD_SIGNS: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(p), b)
    for p, b in (
        (r"(?<![\w/])(?:UNEP/)?CBD/COP/(?:DEC/)?", "CBD COP"),
        (r"(?i:DECISION ADOPTED BY THE CONFERENCE OF THE PARTIES TO THE CONVENTION ON BIO)",
         "CBD COP"),
        (r"(?<![\w/])(?:UNEP/)?CBD/SBSTTA/", "CBD SBSTTA"),
        (r"(?<![\w/])(?:UNEP/)?CBD/SBI/", "CBD SBI"),
        (r"Subsidiary Body on Scientific,? Technical and Technological Advice", "CBD SBSTTA"),
        (r"(?<![\w/])A/RES/\d", "UNGA"),
        (r"(?i:Resolution adopted by the General Assembly)", "UNGA"),
        (r"(?i:Résolution adoptée par l['’]Assemblée générale"
         r"|Resolución aprobada por la Asamblea General)", "UNGA"),
        (r"(?<![\w/])(?:A/)?HRC/RES/\d", "HRC"),
        (r"(?i:Resolution adopted by the Human Rights Council"
         r"|Résolution adoptée par le Conseil des droits de l['’]homme"
         r"|Resolución aprobada por el Consejo de Derechos Humanos)", "HRC"),
        (r"(?<![\w/])E/CN\.18/", "UNFF"),
        (r"(?<![\w/])E/RES/", "ECOSOC"),
        (r"(?<![\w/])UNEP/EA\.", "UNEA"),
        (r"(?<![\w/])ICCD/", "UNCCD COP"),
        (r"(?<![\w/])FCCC/", "UNFCCC COP"),
        (r"\d/CP\.\d", "UNFCCC COP"),
        (r"(?<![\w/])IPBES/\d", "IPBES"),
        (r"(?<![\w/])UNEP/CMS/", "CMS COP"),
        (r"(?<![\w/.])C?G?RFA-\d", "FAO CGRFA"),
        (r"(?<![\w/.])CL \d{2,3}/", "FAO Council"),
        (r"(?<![\w/.])C (?:19|20)\d\d/", "FAO Conference"),
    )
)


# The opening formula of a resolution or decision names the body that adopts it ('The Human
# Rights Council, Guided by …', 'The General Assembly, Recalling …').
_THE = re.compile(r"\b[Tt]he\s+\Z")
_PREAMBLE = re.compile(r"\s*,\s+(?:[A-Z][a-z]+ing|Guided|Mindful|Aware|Convinced|Concerned|Deeply"
                       r"|Alarmed|Also|Further)\b")


def _preamble_bodies(head: str) -> list[tuple[int, str]]:
    out = []
    for m in LEXICON_RE.finditer(head):
        word = _word(m)
        if (word.names and _THE.search(head, max(0, m.start() - 5), m.start())
                and _PREAMBLE.match(head, m.end())):
            out.append((m.start(), word.label))
    return out


# How much of a document's text `document_body` weighs: its opening says enough.
DOCUMENT_BODY_READS = 200_000


def document_body(text: str) -> str | None:
    """The body a whole document belongs to: its opening symbol, heading or preamble formula,
    else the body its first `DOCUMENT_BODY_READS` characters name most often."""
    head = text[:1500]
    found = [(m.start(), body) for sign, body in _HEAD_SIGNS if (m := sign.search(head))]
    found += _preamble_bodies(head)
    if found:
        return min(found)[1]
    counts = Counter(w.label for _, w in words_in(text, 0, min(len(text), DOCUMENT_BODY_READS))
                     if w.names)
    if counts:
        return counts.most_common(1)[0][0]
    return None


class Evidence:
    """What the whole text says about bodies, computed once and only when a reference needs it."""

    def __init__(self, text: str, context_body: str | None) -> None:
        self.text = text
        self.context_body = context_body
        self._labels: list[str] | None = None
        self._treaties: frozenset[str] | None = None
        # Where the last bare heading number ended: a contents list continues a run of them.
        self.last_bare_end = -10**9

    @property
    def labels(self) -> list[str]:
        if self._labels is None:
            counts: Counter[str] = Counter()
            # A long document's opening says enough; the caller passes context_body for the rest.
            for m in LEXICON_RE.finditer(self.text, 0, min(len(self.text), 100_000)):
                counts[_word(m).label] += 1
            doc = document_body(self.text)
            ordered = ([self.context_body] if self.context_body else []) + (
                [doc] if doc else []) + [label for label, _ in counts.most_common()]
            self._labels = list(dict.fromkeys(ordered))
        return self._labels

    @property
    def treaties(self) -> frozenset[str]:
        # Asked for once per candidate body of every reference: built once.
        if self._treaties is None:
            self._treaties = frozenset(self.labels)
        return self._treaties


def _word(m: re.Match) -> Word:
    from soilkit.references.bodies import LEXICON

    return LEXICON[int(m.lastgroup[1:])]


# Where a clause starts: a sentence end, a semicolon, or a new preambular clause (', Recalling').
_BREAK = re.compile(
    r"(?=[.;!?\s,<])(?:[.;!?][\"”’)]?\s+|\s\d{1,3}\.\s?(?=[A-Z])"
    # A preambular clause opens on a participle: 'Recalling', French 'Rappelant', Spanish
    # 'Recordando'.
    r"|,\s+(?=[A-ZÉ][a-zé]+(?:ing|ant|ando|iendo)\b)|</?p>|\n\s*\n)"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:No|no|para|paras|Doc|DOC|Rev|Conf|Art|Inf|Add|Corr|Sum|Com|Rec|Res|EA|CN|Mr|Ms"
    r"|Dr|St|e\.g|i\.e|cf|vol|Vol|p|pp|op|[A-Z])\.[\"”’)]?\s+)$"
)


_OWN = re.compile(r"(?:\bits\s+own|\bses\s+propres|\bsus\s+propias)\s+\Z")
# 'of'/'by' and the French and Spanish 'de', 'du', 'par', 'del', 'por' ('résolution 60/251 de
# l'Assemblée générale').
_OF_BY = re.compile(r"\b(?:of|by|de|du|par|del|por)\b")
_KEYWORD = re.compile(r"(?i:\b(?:decisions?|resolutions?|recommendations?)\b)")
_OWNED = re.compile(r"\s+(?:[A-Z]{2,8}\s+)?(?i:decisions?|resolutions?|recommendations?)\b")


def _word_end(text: str, pos: int) -> int:
    """Where the body word found at pos ends."""
    m = LEXICON_RE.match(text, pos)
    return m.end() if m else pos


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause that carries a reference at text[start:end]."""
    floor = max(0, start - 1000)
    left = floor
    # The nearest break is usually close: look in the last 250 characters first, then further.
    for lo in dict.fromkeys((max(floor, start - 250), floor)):
        for m in _BREAK.finditer(text, lo, start):
            piece = text[max(lo, m.start() - 6):m.end()]
            if m.group().startswith(".") and _ABBREVIATION.search(piece):
                continue
            left = m.end()
        if left > floor or lo == floor:
            break
    hi = min(len(text), end + 400)
    right = hi
    for m in _BREAK.finditer(text, end, hi):
        piece = text[max(end, m.start() - 6):m.end()]
        if m.group().startswith(".") and _ABBREVIATION.search(piece):
            continue
        right = m.start()
        break
    return left, right


def resolve_body(text: str, kw_start: int, start: int, end: int, kind: str, shape: str,
                 m: str, n: str, evidence: Evidence, heading: bool = False
                 ) -> tuple[str | None, bool]:
    """(body, implicit) for a reference whose form does not name its body. A bare heading
    number ('XIII/3.' under 'DECISION ADOPTED BY …') is read against the lines above it only."""
    left, right = clause_span(text, kw_start, end)
    if heading:
        left, right = max(0, kw_start - 200), end
    if _OWN.search(text, max(0, kw_start - 20), kw_start):
        # 'General Assembly resolution 60/251 and its own resolutions 5/1 and 5/2': the body
        # adopting the text, whatever else the clause names.
        left = right = end
    before = words_in(text, left, kw_start)
    # A word after the identifier that another reference keyword precedes or follows is that
    # reference's issuer ('decision 29 (II), and Council decision 64 (ORG-75) of ECOSOC',
    # 'resolutions 3281 (XXIX) and Economic and Social Council resolution 1926 (LVIII)').
    after = [(p, w) for p, w in words_in(text, end, right)
             if not _KEYWORD.search(text, end, p) and not _OWNED.match(text, _word_end(text, p))]
    # Nearest word first. A word after the identifier competes only when it is its issuer's
    # name ('decision XIV/30 of the CBD', 'adopted by … the Conference'); otherwise it is the
    # object of the clause ('Resolution 9/83 requesting the Council') and comes last.
    ranked = sorted([(kw_start - p, w) for p, w in before]
                    + [((p - end) * 1.5 if _OF_BY.search(text, end, p) else 10_000 + p - end, w)
                       for p, w in after], key=lambda dw: dw[0])
    treaties = evidence.treaties if ranked else frozenset()
    body = None
    for _, word in ranked:
        body = issuer(word.label, kind, shape, m, n, treaties)
        if body:
            break
    if body is None:
        every = evidence.treaties
        for label in evidence.labels:
            body = issuer(label, kind, shape, m, n, every)
            if body:
                break
    if body is None:
        body = default_body(kind, shape, m, n)
    named = any(
        w.names and issuer(w.label, kind, shape, m, n, treaties) == body
        for _, w in before + after
    )
    return body, not named
