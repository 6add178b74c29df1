"""A URL broken across lines: a link that cannot be followed as printed or copied.

A URL ending a line counts as broken when it ends with a character a complete URL does not end
on (`-`, `=`, `&`, …) and the next line starts with a word, or when the next line starts with
what can only be the rest of an address (a path, a query, a file name). A URL ending in `/` is
often complete (and is then followed by a footnote number or the next sentence): it counts only
when the next line continues a path.
"""

from __future__ import annotations

import re
from typing import Any

from soilkit.check.finding import Finding, SourceText

RULE = "broken-url"

_URL_AT_EOL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()]*?(?P<tail>[^\s<>\"'()])[ \t]*\n"
                         r"[ \t]*(?P<next>[^\s<>\"']+)")
_CONTINUATION = re.compile(r"^[\w\-.~%/?=&#+]*(?:/|\?|=|&|\.(?:html?|pdf|php|aspx?|docx?|xlsx?)"
                           r"\b)", re.I)
_OPEN_ENDS = set("-_=&?%~+")


def check(doc: dict[str, Any], text: SourceText) -> list[Finding]:
    out = []
    for m in _URL_AT_EOL.finditer(text.text):
        nxt = m.group("next")
        if nxt.startswith(("http://", "https://", "www.")):
            continue
        if (m.group("tail") in _OPEN_ENDS and nxt[:1].isalnum()) or (
                _CONTINUATION.match(nxt) and not nxt[:1].isdigit() and not nxt[:1].isupper()):
            url = text.text[m.start():m.start("tail") + 1]
            line, page = text.position(m.start())
            out.append(Finding(RULE, "warning", f"URL broken across lines: {url} | "
                               f"{nxt[:60]}", line=line, page=page, text=url))
    return out
