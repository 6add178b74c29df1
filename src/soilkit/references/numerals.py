"""Roman session numbers and the small number repairs identifiers need."""

from __future__ import annotations

# A Roman session number as treaty bodies print them (I … XLIX); the look-ahead keeps it
# from matching the empty string.
ROMAN = r"(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})"

_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)


def to_int(token: str) -> int:
    """'XIII' → 13, '08' → 8."""
    if token.isdigit():
        return int(token)
    total = 0
    for a, b in zip(token, token[1:] + " ", strict=True):
        v = _VALUES[a]
        total += -v if _VALUES.get(b, 0) > v else v
    return total


def trim_to_max(digits: str, most: int) -> str:
    """Drop trailing digits (a footnote marker glued to the number) until the value is plausible."""
    while len(digits) > 1 and int(digits) > most:
        digits = digits[:-1]
    return digits


def split_glued_day(digits: str) -> str:
    """'929' of 'CBD/SBSTTA/23/929 November' → '9': the day of a date glued to a symbol."""
    if len(digits) >= 3 and 10 <= int(digits[-2:]) <= 31:
        return digits[:-2]
    if len(digits) >= 2 and digits[-1] != "0":
        return digits[:-1]
    return digits

# The months of French and Spanish dates ('17 décembre', '17 de diciembre'), for a date glued
# to a symbol in those versions ('CBD/COP/13/2517 de diciembre de 2016').
MONTH_FR_ES = (
    r"(?:(?:de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre"
    r"|noviembre|diciembre)|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre)\b"
)
