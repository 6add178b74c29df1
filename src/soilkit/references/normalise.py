"""Step 3 and 4: turn a parsed match into canonical references (kind, body, id, pinpoint,
url), resolving the body from context where the identifier does not carry it."""

from __future__ import annotations

import re

from soilkit.model import Reference
from soilkit.references import lists
from soilkit.references.bodies import conference_before, issuer, year_like
from soilkit.references.context import Evidence, resolve_body
from soilkit.references.numerals import MONTH, MONTH_FR_ES, to_int, trim_to_max
from soilkit.references.parse import Raw
from soilkit.references.pinpoint import pinpoint_after, pinpoint_before
from soilkit.references.series import BODY_URLS, UN_SYMBOL, old_id, undocs
from soilkit.references.symbols import (
    MAX_UNFCCC_SESSION,
    PROTOCOL_BODIES,
    SYMBOL_KINDS,
    UNFCCC_ORGANS,
    symbol_body,
)

KINDS = {"d": "decision", "r": "resolution"}
_GLUED_DATE = re.compile(rf"\s+(?:{MONTH}|{MONTH_FR_ES})")
_TRAILING_DIGITS = re.compile(r"\d+$")
# A revision or addendum is numbered in one digit: 'Rev.14 December' is 'Rev.1' and a date.
_REVISION_END = re.compile(r"(?:Rev|Add|Corr)\.\s?\d\d$")
_LOOKS_AWAY = re.compile(
    r"(?i:annex|appendix|chapter|part|table|figure|article|section|item|page|para|chap|sect)"
    r"\.?\s*$"
)
_GA_BANNER = re.compile(r"(?i:Resolution\s+adopted\s+by\s+the\s+General\s+Assembly)")
_DECISION_WORDS = re.compile(r"(?i:decision|recommendation|CBD|Biological Diversity)")
# A CBD decision or SBSTTA recommendation prints its number under this banner ('DECISION
# ADOPTED BY THE CONFERENCE OF THE PARTIES … 14/8. Protected areas …').
_CBD_BANNER = re.compile(
    r"(?i:(?P<k>DECISION|RECOMMENDATION)S?\s+ADOPTED\s+BY\s+THE\s+"
    r"(?:CONFERENCE\s+OF\s+THE\s+PARTIES|SUBSIDIARY\s+BODY))"
)
# A contents page lists its decisions by number alone ('XI/1. … XI/2. … XI/3. …'): a bare
# number this close after an accepted one continues the list.
_RUN = 400


def keyword_kind(kw: str) -> str:
    kw = kw.lower().replace("é", "e")
    if kw.startswith("dec"):
        return "decision"
    if kw.startswith("res"):
        return "resolution"
    return "recommendation"


def shape_of(m: str) -> str:
    if not m.isdigit():
        return "roman"
    if len(m) == 4 and m[:2] in ("19", "20"):
        return "year"
    return "slash"


def in_url(text: str, pos: int) -> bool:
    """Inside 'http://…symbol=A/RES/65/162': part of an address, not a citation."""
    lo = max(0, pos - 300)
    token = max(text.rfind(" ", lo, pos), text.rfind("\n", lo, pos), text.rfind('"', lo, pos))
    token = token + 1 if token >= 0 else lo
    return "://" in text[token:pos] or text.startswith("www.", token)


def url_for(kind: str, body: str | None, rid: str) -> str | None:
    if kind == "document":
        return undocs(rid) if UN_SYMBOL.match(rid) else None
    make = BODY_URLS.get((kind, body or ""))
    return make(rid) if make else None


def build(raw: Raw, text: str, evidence: Evidence) -> list[tuple[int, Reference]]:
    """(priority, reference) pairs: lower priority wins where two overlap."""
    if in_url(text, raw.t_start):
        return []
    s = raw.series
    if s.bare:
        return _bare(raw, text, evidence)
    if s.shape == "old":
        return _old_numbered(raw, text, evidence)
    if s.kind is None:
        return _keyword(raw, text, evidence)
    if s.name == "unea_numbered_alone":
        return _unea_alone(raw, text, evidence)
    if s.name == "cites_conf_bare" and "CITES CoP" not in evidence.labels:
        return []  # 'Conf. 2.3' of a proceedings volume, not a CITES resolution
    if s.name == "unsc_resolution" and "UNSC" not in evidence.labels:
        return []  # 'Resolution 1234 (2019)' of a ministry: a text citing the Council names it
    ref = _self_identifying(raw, text)
    if ref and ref.body == "CITES SC" and _ramsar_text(evidence):
        ref.body = "Ramsar SC"  # Ramsar numbers its Standing Committee papers the CITES way
    if ref and s.name == "unsc_resolution":
        ref.url = _unsc_url(ref.id)
        out = [(0, ref)]
        for a, b, mm, yy in lists.members(text, raw.end, "unsc"):
            member = Reference(text=text[a:b], start=a, end=b, kind=ref.kind, body=ref.body,
                               id=f"{mm} ({yy})")
            after = pinpoint_after(text, b)
            member.pinpoint = after[0] if after else None
            member.url = _unsc_url(member.id)
            out.append((1, member))
        return out
    return [(0, ref)] if ref else []


# A decision cited in the Assembly's Official Records by the supplement that carries its body's
# report: 'Supplement No. 25 (A/52/25), annex, decision 19/1' (the UNEP Governing Council's;
# from the sixty-ninth session on, the Environment Assembly's), 'Supplement No. 53 (A/63/53),
# chap. II, resolution 7/23' (the Human Rights Council's).
_SUPPLEMENT = re.compile(
    r"Supplement\s+No\.\s*(?P<no>\d{1,2})\s*\(A/(?P<s>\d{2})/(?P=no)(?:/Rev\.\d)?\),?\s+"
    r"(?:(?:annex|chap\.|sect\.)(?:\s+[IVXA-H]{1,4})?,\s+){0,3}\Z"
)


def _reported_in(text: str, kw_start: int, kind: str) -> str | None:
    m = _SUPPLEMENT.search(text, max(0, kw_start - 120), kw_start)
    if not m:
        return None
    if m.group("no") == "53":
        return "HRC"
    if m.group("no") == "25":
        if int(m.group("s")) >= 69:
            return "UNEA"
        return "UNEP GC" if kind == "decision" else None
    return None


def _unsc_url(rid: str) -> str:
    """'2672 (2023)' → the ODS address of S/RES/2672(2023)."""
    return undocs("S/RES/" + rid.replace(" (", "("))


def _ramsar_text(evidence: Evidence) -> bool:
    return "Ramsar COP" in evidence.labels and "CITES CoP" not in evidence.labels


def _self_identifying(raw: Raw, text: str) -> Reference | None:
    s, g = raw.series, raw.groups
    start, end = raw.t_start, raw.t_end
    kind, body = s.kind, s.body
    if kind == "symbol":
        kind = SYMBOL_KINDS[g["k"]]
    if s.name == "unfccc_decision":
        body = UNFCCC_ORGANS[g["org"]]
        g = dict(g, m=trim_to_max(g["m"], MAX_UNFCCC_SESSION[g["org"]]))
    elif "m" in g and g["m"].isdigit() and "/" not in g.get("sym", "/"):
        g = dict(g, m=trim_to_max(g["m"], s.max_meeting))
    if s.name == "unccd_decision" or s.name == "unfccc_decision":
        end = start + len(text[start:end].rstrip("0123456789")) + len(g["m"])
    if kind == "document":
        sym = g["sym"]
        last = _TRAILING_DIGITS.search(sym)
        if last and _GLUED_DATE.match(text, end) and (
                len(last.group()) >= 3 or _REVISION_END.search(sym)):
            from soilkit.references.numerals import split_glued_day

            keep = split_glued_day(last.group())
            end -= len(last.group()) - len(keep)
            g = dict(g, sym=sym[: len(sym) - len(last.group()) + len(keep)])
    rid = s.ident(g)
    if kind == "document" and not any(c.isdigit() for c in rid):
        return None  # 'UNEP/DEWA', 'FAO/WHO': an office or a pair of names, not a symbol
    if body == "report":
        # The citation before names the conference; only the Rio conferences have a body name.
        body = conference_before(text, start)
    elif body == "symbol":
        if "p" in g:
            body = PROTOCOL_BODIES[g["p"]]
        elif "cp" in g:
            body = "CBD CP-MOP" if g.get("cp") else "CBD NP-MOP"
        elif "org" in g and s.name in ("cbd_recommendation_symbol",
                                       "cbd_prefixed_recommendation"):
            body = "CBD " + g["org"]
        elif s.name == "cbd_protocol_decision_symbol":
            body = "CBD NP-MOP"
        else:
            body = symbol_body(rid)
    ref = Reference(text=text[start:end], start=start, end=end, kind=kind, body=body, id=rid)
    ref.pinpoint = _pinpoint(text, start, end)
    ref.url = url_for(kind, body, rid)
    return ref


def _pinpoint(text: str, start: int, end: int, letter: str | None = None) -> str | None:
    if letter:
        return f"section {letter.strip()}"
    after = pinpoint_after(text, end)
    if after:
        return after[0]
    return pinpoint_before(text, start)


def _keyword(raw: Raw, text: str, evidence: Evidence) -> list[tuple[int, Reference]]:
    s, g = raw.series, raw.groups
    kind = keyword_kind(g["kw"])
    shape = s.shape or shape_of(g["m"])
    m, n = g["m"], g["n"]
    if int(n) == 0:
        return []  # 'Draft Resolution X.00': a placeholder for a number not given yet
    if shape == "slash" and (m.startswith("0") or int(m) >= 100):
        return []  # 'Resolution 0261/2018', 'decision 261/2018': a ministry's numbering
    if kind == "decision" and shape in ("slash", "roman") and len(n) == 4:
        return []  # 'decision 12/2019' of a ministry: no treaty body numbers decisions by year
    start, end = raw.t_start, raw.t_end
    if (kind == "resolution" and shape == "slash" and len(n) == 3 and int(m) < 40
            and year_like(n[:2])):
        # '(Resolution 8/831)': number/year (FAO) with a footnote mark glued to the year.
        n, end = n[:2], end - 1
    reported = _reported_in(text, raw.start, kind) if shape in ("slash", "roman") else None
    if s.body:
        body, implicit = s.body, False
    elif reported:
        body, implicit = reported, True
    else:
        body, implicit = resolve_body(text, raw.start, start, end, kind, shape,
                                      str(to_int(m)), n, evidence)
        if shape == "dotted" and not any(
                b in evidence.labels for b in ("CITES CoP", "CMS COP", "Ramsar COP")):
            # 'Recommendation 2.1' of an evaluation, 'Decision 9.3' of an agenda: a dotted
            # number is a treaty decision only in a text that names a treaty numbering so.
            return []
    rid = f"{m}/{n}" if body in ("ECOSOC", "FAO Conference", "FAO Council") else (
        f"{to_int(m)}/{to_int(n)}")
    ref = Reference(text=text[start:end], start=start, end=end, kind=kind, body=body, id=rid,
                    implicit=implicit)
    ref.pinpoint = _pinpoint(text, raw.start, raw.end if g.get("letter") else end,
                             g.get("letter"))
    ref.url = url_for(kind, body, rid)
    out = [(0, ref)]
    family = "slash" if shape in ("roman", "slash", "year") else shape
    if family in lists.MEMBER:
        for m_start, m_end, mm_m, mm_n in lists.members(text, raw.end, family):
            if shape == "year" and shape_of(mm_m) != "year":
                break
            mid = (f"{mm_m}/{mm_n}" if body in ("ECOSOC", "FAO Conference", "FAO Council")
                   else f"{to_int(mm_m)}/{to_int(mm_n)}")
            member = Reference(text=text[m_start:m_end], start=m_start, end=m_end, kind=kind,
                               body=body, id=mid, implicit=implicit)
            after = pinpoint_after(text, m_end)
            member.pinpoint = after[0] if after else None
            member.url = url_for(kind, body, mid)
            out.append((1, member))
    return out


def _old_numbered(raw: Raw, text: str, evidence: Evidence) -> list[tuple[int, Reference]]:
    """'resolution 2997 (XXVII)', 'resolutions 2997 (XXVII) and 3436 (XXX)', 'decision 55 (IV)':
    the id as issued, the body from the clause (the Assembly unless it says otherwise)."""
    kind = keyword_kind(raw.groups["kw"])
    start, end = raw.t_start, raw.t_end
    body, implicit = resolve_body(text, raw.start, start, end, kind, "old", "0", "0", evidence)
    if implicit and kind == "resolution" and evidence.labels[:1] != [body]:
        # Unnamed in its clause, an old-style resolution is the Assembly's unless the document
        # itself is the other body's: a word elsewhere in the text does not decide.
        body = "UNGA"
    spans = [(start, end)] + [(a, b) for a, b, _, _ in lists.members(text, raw.end, "old")]
    out = []
    for i, (a, b) in enumerate(spans):
        rid = old_id(text[a:b])
        ref = Reference(text=text[a:b], start=a, end=b, kind=kind, body=body, id=rid,
                        implicit=implicit)
        if i == 0:
            ref.pinpoint = _pinpoint(text, raw.start, end)
        else:
            after = pinpoint_after(text, b)
            ref.pinpoint = after[0] if after else None
        series = {"UNGA": "A/RES/", "ECOSOC": "E/RES/"}.get(body or "")
        if kind == "resolution" and series and not re.search(r"\s[A-H]\s", rid):
            ref.url = undocs(series + rid.replace(" (", "("))
        out.append((min(i, 1), ref))
    return out


# The Environment Assembly session a page speaks of: 'UNEA 5.2', 'UNEA-4', 'the fifth session
# of the United Nations Environment Assembly', '5th UN Environment Assembly'.
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth")
_UNEA_SESSION = re.compile(
    r"\bUNEA[\s-]?(?P<d>\d{1,2})(?![\d/])"
    r"|\b(?:(?P<o>" + "|".join(_ORDINALS) + r")|(?P<th>\d{1,2})(?:st|nd|rd|th))\s+"
    r"(?:\w+\s+){0,4}?(?:United\s+Nations\s+|UN\s+)?Environment\s+Assembly",
    re.IGNORECASE,
)


def unea_session_before(text: str, pos: int, reach: int = 1500) -> int | None:
    """The last Environment Assembly session named in the `reach` characters before pos."""
    last = None
    for last in _UNEA_SESSION.finditer(text, max(0, pos - reach), pos):  # noqa: B007
        pass
    if last is None:
        return None
    if last.group("o"):
        return _ORDINALS.index(last.group("o").lower()) + 1
    return int(last.group("d") or last.group("th"))


def _unea_alone(raw: Raw, text: str, evidence: Evidence) -> list[tuple[int, Reference]]:
    """'Resolution 2' on a page about one Environment Assembly session: resolution 5/2."""
    session = unea_session_before(text, raw.start)
    if session is None or not 1 <= session <= 12:
        return []
    n = raw.groups["n"]
    if int(n) == 0:
        return []
    body, implicit = resolve_body(text, raw.start, raw.t_start, raw.t_end, "resolution",
                                  "slash", str(session), n, evidence)
    if body != "UNEA":
        return []  # the clause names another issuer ('General Assembly Resolution 2')
    rid = f"{session}/{int(n)}"
    start, end = raw.t_start, raw.t_end
    ref = Reference(text=text[start:end], start=start, end=end, kind="resolution", body=body,
                    id=rid, implicit=implicit)
    ref.pinpoint = _pinpoint(text, start, end)
    ref.url = url_for("resolution", body, rid)
    return [(1, ref)]


def _bare(raw: Raw, text: str, evidence: Evidence) -> list[tuple[int, Reference]]:
    s, g = raw.series, raw.groups
    start, end = raw.t_start, raw.t_end
    if _LOOKS_AWAY.search(text, max(0, start - 12), start):
        return []
    if s.name == "bare_old_heading":
        body = next((b for b in evidence.labels[:2] if b in ("UNGA", "ECOSOC")), None)
        if body is None:
            return []
        rid = s.ident(g)
        ref = Reference(text=text[start:end], start=start, end=end, kind="resolution",
                        body=body, id=rid, implicit=True)
        if not re.search(r"\s[A-H]\s", rid):
            ref.url = undocs({"UNGA": "A/RES/", "ECOSOC": "E/RES/"}[body] + rid.replace(" (", "("))
        evidence.last_bare_end = end
        return [(2, ref)]
    banner = None
    if s.name == "bare_resolution_heading":
        banner = _last_banner(text, start)
    if banner:
        kind, shape = banner, shape_of(g["m"])
        body = next((b for label in evidence.labels[:2]
                     if (b := issuer(label, kind, shape, g["m"], g["n"]))), None)
        if body is None:
            return []
        implicit = resolve_body(text, start, start, end, kind, shape, g["m"], g["n"],
                                evidence, heading=True)[1]
    elif s.name == "bare_resolution_heading":
        kind, shape = "resolution", shape_of(g["m"])
        # An older session's number heads a resolution only under the GA's own banner.
        old_ga = _GA_BANNER.search(text, max(0, start - 400), start) is not None
        body = next((b for label in evidence.labels[:2]
                     if (b := issuer(label, kind, shape, g["m"], g["n"]))
                     and (b != "UNGA" or int(g["m"]) >= 40 or old_ga)), None)
        if body is None:
            return []
        implicit = resolve_body(text, start, start, end, kind, shape, g["m"], g["n"],
                                evidence, heading=True)[1]
    else:
        near = text[max(0, start - 200):start]
        cbd_doc = any(b in evidence.labels[:2] for b in ("CBD COP", "CBD SBSTTA", "CBD"))
        if not (cbd_doc or _DECISION_WORDS.search(near)
                or start - evidence.last_bare_end <= _RUN):
            return []
        kind = "recommendation" if evidence.labels[:1] == ["CBD SBSTTA"] else "decision"
        body, implicit = resolve_body(text, start, start, end, kind, "roman",
                                      str(to_int(g["m"])), g["n"], evidence, heading=True)
    rid = (f"{g['m']}/{g['n']}" if body in ("ECOSOC", "FAO Conference", "FAO Council")
           else f"{to_int(g['m'])}/{to_int(g['n'])}")
    ref = Reference(text=text[start:end], start=start, end=end, kind=kind, body=body, id=rid,
                    implicit=implicit)
    ref.url = url_for(kind, body, rid)
    evidence.last_bare_end = end
    return [(2, ref)]


def _last_banner(text: str, start: int) -> str | None:
    """'decision' or 'recommendation' when a CBD banner stands in the lines above."""
    last = None
    for last in _CBD_BANNER.finditer(text, max(0, start - 400), start):  # noqa: B007
        pass
    return last.group("k").lower() if last else None
