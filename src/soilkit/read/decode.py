"""Bytes to text for the text and HTML readers: BOMs honoured, binary refused, never mojibake."""

from __future__ import annotations

import codecs

from soilkit.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels that mean Windows-1252 in practice (the WHATWG Encoding Standard maps them so): pages
# declaring Latin-1 or ASCII routinely carry curly quotes and dashes from the 0x80-0x9F range.
_MEANS_CP1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii",
                 "windows-1252", "cp1252", "x-cp1252", "iso_8859-1", "cp819", "ibm819"}
_SAMPLE = 65536


def normalise_label(declared: str | None) -> str | None:
    """A declared charset label as a Python codec name, or None if Python does not know it."""
    if not declared:
        return None
    label = declared.strip().strip("\"'").lower()
    if label in _MEANS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_text(data: bytes, path: str, declared: str | None = None) -> str:
    """Decode with a BOM, then a declared charset, then UTF-8; refuse what is binary.

    Windows-1252 is the one fallback: it is what legacy office and web exports use, and every
    byte sequence that is not UTF-8 but is printable text decodes under it without loss.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc)
            except UnicodeDecodeError:
                cause = f"not valid {enc} text despite its byte-order mark"
                raise InputError(path, cause) from None
    declared = normalise_label(declared)
    if b"\x00" in data[:_SAMPLE]:
        wide = _utf16_without_bom(data)
        if wide is None and declared and declared.startswith(("utf-16", "utf-32")):
            wide = _try(data, declared)
        if wide is None:
            raise InputError(path, "binary data, not text (NUL bytes)")
        return wide
    if declared and not declared.startswith(("utf-16", "utf-32")):
        text = _try(data, declared)
        if text is not None:
            return text
    text = _try(data, "utf-8")
    if text is not None:
        return text
    text = data.decode("cp1252", errors="replace")
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if sample.count("\ufffd") + controls > max(8, len(sample) // 100):
        raise InputError(path, "cannot decode as text (neither UTF-8 nor Windows-1252)")
    return text


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: mostly-Latin text has a NUL in every other
    byte, on the odd positions for little-endian and the even ones for big-endian."""
    sample = data[:_SAMPLE - _SAMPLE % 2]
    if len(sample) < 4 or len(data) % 2:
        return None
    half = len(sample) // 2
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    for nuls, other, enc in ((odd_nuls, even_nuls, "utf-16-le"), (even_nuls, odd_nuls,
                                                                  "utf-16-be")):
        if nuls > half * 0.6 and other < half * 0.05:
            text = _try(data, enc)
            if text is not None and not any(ord(c) < 32 and c not in "\t\n\r\f"
                                             for c in text[:4096]):
                return text
    return None
