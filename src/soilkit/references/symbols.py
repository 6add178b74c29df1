"""Which body and kind a symbol belongs to, from its parts (data: one row per series prefix)."""

from __future__ import annotations

import re

# (prefix pattern, body). First match wins; a pattern sees the whole normalised symbol.
SYMBOL_BODIES: tuple[tuple[str, str], ...] = (
    (r"(?:UNEP/)?CBD/(?:SBSTTA|SBSTTA-)", "CBD SBSTTA"),
    (r"(?:UNEP/)?CBD/SBI", "CBD SBI"),
    (r"(?:UNEP/)?CBD/(?:BS|CP)/", "CBD CP-MOP"),
    (r"(?:UNEP/)?CBD/NP/", "CBD NP-MOP"),
    (r"(?:UNEP/)?CBD/COP", "CBD COP"),
    (r"(?:UNEP/)?CBD/WG8J", "CBD WG8J"),
    (r"(?:UNEP/)?CBD/", "CBD"),
    (r"A/CONF\.206/", "WCDR"),
    (r"A/CONF\.216/", "UNCSD"),
    (r"A/HRC/", "HRC"),  # the Council's series within the Assembly's
    (r"A/", "UNGA"),
    (r"E/CN\.18/", "UNFF"),
    (r"E/CN\.17/", "CSD"),
    (r"E/", "ECOSOC"),
    (r"S/", "UNSC"),
    (r"(?:EB|WHA)\d", "WHO"),
    (r"FCCC/(?:CP|TP)/", "UNFCCC COP"),
    (r"FCCC/KP/CMP/", "UNFCCC CMP"),
    (r"FCCC/PA/CMA/", "UNFCCC CMA"),
    (r"FCCC/SBSTA/", "UNFCCC SBSTA"),
    (r"FCCC/SBI/", "UNFCCC SBI"),
    (r"FCCC/APA/", "UNFCCC APA"),
    (r"FCCC/ADP/", "UNFCCC ADP"),
    (r"FCCC/", "UNFCCC COP"),  # AWGLCA, ADP, … worked for the COP
    (r"ICCD/(?:COP\(\d+\)/)?CST", "UNCCD CST"),
    (r"ICCD/CRIC", "UNCCD CRIC"),
    (r"ICCD/", "UNCCD COP"),
    (r"ECE/", "UNECE"),
    (r"TD/", "UNCTAD"),
    (r"ST/", "UN Secretariat"),
    (r"DP/", "UNDP Executive Board"),
    (r"UNEP/EA\.", "UNEA"),
    (r"UNEP/CHW", "Basel COP"),
    (r"UNEP/FAO/RC", "Rotterdam COP"),
    (r"UNEP/POPS", "Stockholm COP"),
    (r"UNEP/OzL\.Pro", "Montreal Protocol MOP"),
    (r"UNEP/CMS/", "CMS COP"),
    (r"UNEP/GC", "UNEP GC"),  # UNEP/GC.27/17, UNEP/GCSS.XII/14
    (r"UNEP/IPBES", "IPBES"),
    (r"UNEP/", "UNEP"),
    (r"IPBES/", "IPBES"),
    (r"(?:FO:)?COFO", "FAO COFO"),
    (r"COAG", "FAO COAG"),
    (r"COFI", "FAO COFI"),
    (r"CFS", "CFS"),
    (r"CCP", "FAO CCP"),
    (r"CL\s", "FAO Council"),
    (r"C\s", "FAO Conference"),
    (r"CCLM\s", "FAO CCLM"),
    (r"CFS\s", "CFS"),
    (r"PC\s", "FAO PC"),
    (r"FC\s", "FAO FC"),
    (r"JM\s", "FAO JM"),
    (r"SC\d", "CITES SC"),
    (r"AC\d", "CITES AC"),
    (r"PC\d", "CITES PC"),
    (r"CoP\d", "CITES CoP"),
    (r"(?:DOC|Doc)\.\s?SC", "Ramsar SC"),
    (r"COP\d", "Ramsar COP"),
)
_COMPILED = tuple((re.compile(p), b) for p, b in SYMBOL_BODIES)


def symbol_body(symbol: str) -> str | None:
    for pattern, body in _COMPILED:
        if pattern.match(symbol):
            return body
    return None


# Decisions and resolutions that carry a symbol of their own take that kind, not "document".
SYMBOL_KINDS = {"RES": "resolution", "Res": "resolution", "DEC": "decision", "Dec": "decision",
                "Resolution": "resolution", "Decision": "decision",
                "Recommendation": "recommendation"}
PROTOCOL_BODIES = {"BS": "CBD CP-MOP", "CP": "CBD CP-MOP", "NP": "CBD NP-MOP",
                   "BC": "Basel COP", "RC": "Rotterdam COP", "SC": "Stockholm COP"}

UNFCCC_ORGANS = {"CP": "UNFCCC COP", "CMP": "UNFCCC CMP", "CMA": "UNFCCC CMA"}
MAX_UNFCCC_SESSION = {"CP": 40, "CMP": 25, "CMA": 15}
