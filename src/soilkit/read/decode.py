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
    if b"\x00" in data[:65536]:
        raise InputError(path, "binary data, not text (NUL bytes)")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if text.count("\ufffd") + controls > max(8, len(text[:65536]) // 100):
        raise InputError(path, "cannot decode as text (neither UTF-8 nor Windows-1252)")
    return text
