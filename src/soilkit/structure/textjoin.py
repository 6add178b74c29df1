"""Lines → running text: footnote markers taken out, lines joined, line-end hyphens resolved.

A marker is a superscript span made of footnote numbers ("7", "3,4", "9, 10"); it is removed
from the text and recorded. A raised label that opens a line before a tab stop ("Pp3<tab>",
the preambular paragraph labels of UNFCCC texts) is dropped. Other superscripts ("11th",
"m²") stay as text.

A hyphen at a line end is kept when it is a real compound ("decision-makers",
"Kunming-Montreal", "2023-0379", "FAA-approved") and removed only where it was line breaking:
the joined word is used elsewhere in the document while the hyphenated form is not, or the
second part is a bare suffix that is never a word of its own ("exclus-ive", "Develop-ment").
A hyphen before "and"/"or"/"to" is suspended ("science- and evidence-based") and keeps its
space; a space that justified text set before a line-end hyphen ("fifty -" / "sixth") goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from soilkit.model import Line

_MARGIN_LABEL = re.compile(r"^\s*(?=\w*[^\W\d_])\w{1,5}\t\s*$")
_MARKER = re.compile(r"^\s*\d{1,3}(?:\s*[,;]\s*\d{1,3})*\s*$")
_HYPHENS = "-\u2010\u2011\u00ad"
_SUFFIXES = {
    "ment", "ments", "tion", "tions", "sion", "sions", "ive", "ives", "ing", "ings", "ed",
    "ly", "ness", "ity", "ities", "able", "ible", "ation", "ations", "al", "ally", "ance",
    "ence", "ant", "ent", "ous", "ious", "ise", "ize", "ised", "ized", "ism", "ist", "ists",
    "er", "ers", "est", "ful", "less", "ship", "ure", "ures", "ial", "ary", "ory", "ic",
    "ical", "ty", "cy", "gy", "ble", "tive", "tives", "ture", "tures", "ward", "wards",
    "ies", "ion", "ions", "cal", "tial", "tory", "nal", "ral",
}
_SUSPENDED = re.compile(r"(?:and|or|nor|to)\s", re.I)
_SPACED_HYPHEN = re.compile(r"([^\W\d_]+) [-\u2010\u2011]$")
_URL_START = re.compile(r"(?:https?://|www\.)\S*$", re.I)
_URL_CONT = re.compile(r"^[\w\-./?=&%#~:+@]+")


@dataclass
class Joined:
    text: str = ""
    markers: list[int] = field(default_factory=list)


def marker_numbers(text: str) -> list[int]:
    """Footnote numbers in a superscript span, or [] when it is not a marker."""
    if not _MARKER.match(text):
        return []
    return [int(n) for n in re.findall(r"\d+", text)]


def has_margin_label(line: Line) -> bool:
    """The line opens with a raised label before a tab stop ("Pp3<tab>Recalling …")."""
    return bool(line.spans) and line.spans[0].superscript and \
        bool(_MARGIN_LABEL.match(line.spans[0].text))


def line_text(line: Line, known: set[int] | None, out: Joined) -> str:
    """The line's text with footnote markers taken out (and recorded in `out`)."""
    if not line.spans:
        return line.text
    parts: list[str] = []
    for i, span in enumerate(line.spans):
        if i == 0 and has_margin_label(line):
            continue  # a raised label set in the margin before a tab stop ("Pp3<tab>")
        if span.superscript:
            nums = marker_numbers(span.text)
            if nums and (known is None or all(n in known for n in nums)):
                out.markers.extend(nums)
                if span.text.endswith(" ") and parts and not parts[-1].endswith(" "):
                    parts.append(" ")
                continue
            if span.text.strip() in ("*", "**", "†"):
                continue
        parts.append(span.text)
    return "".join(parts)


class Joiner:
    """Joins lines; knows the document's vocabulary to judge line-end hyphens."""

    def __init__(self, vocabulary: set[str] | None = None):
        self.vocabulary = vocabulary or set()

    def join(self, lines: Iterable[Line], known: set[int] | None = None,
             skip_prefix: int = 0) -> Joined:
        out = Joined()
        text = ""
        first = True
        for line in lines:
            piece = line_text(line, known, out)
            if first and skip_prefix:
                piece = piece[skip_prefix:]
            first = False
            piece = normalise_space(piece)
            if not piece:
                continue
            text = self.join_pair(text, piece)
        out.text = text.strip()
        return out

    def join_pair(self, left: str, right: str) -> str:
        if not left:
            return right
        if not right:
            return left
        if left[-1] in "-\u2010\u2011" and len(left) >= 2 and left[-2].isalnum() and \
                _SUSPENDED.match(right):
            return left + " " + right  # "science-" / "and evidence-based": a suspended hyphen
        if left[-1] in _HYPHENS and len(left) >= 2 and left[-2].isalpha():
            return self._hyphen(left, right)
        if left[-1] in _HYPHENS + "–" and len(left) >= 2 and left[-2].isdigit() and \
                right[0].isdigit():
            return left + right  # a number range or file number broken at its dash: "2023-0379"
        if left[-1] in _HYPHENS and len(left) >= 2 and left[-2].isdigit() and \
                right[0].islower():
            return left + right  # "COVID-19-" / "related": a compound after a number
        spaced = _spaced_hyphen(left)
        if spaced and right[0].isalpha() and (right[0].islower() or spaced.group(1)[0].isupper()):
            # justified text can set a space before the hyphen it breaks at ("fifty -" /
            # "sixth", "Secretary -" / "General"): the compound, without the space
            return left[: spaced.start(0) + len(spaced.group(1))] + "-" + right
        if left.endswith("/") or _continues_url(left, right):
            return left + right
        return left + " " + right

    def _hyphen(self, left: str, right: str) -> str:
        m = re.search(r"([\w’']+)[" + _HYPHENS + r"]$", left)
        first = m.group(1) if m else ""
        n = re.match(r"[\w’']+", right)
        second = n.group(0) if n else ""
        if not first or not second or not second[0].islower() or first[-1].isdigit():
            return left + right  # "Kunming-Montreal", "2023-0379": a real hyphen
        if left[-1] == "\u00ad":
            return left[:-1] + right
        joined = (first + second).lower()
        hyphened = f"{first}-{second}".lower()
        if hyphened in self.vocabulary:
            return left + right
        if joined in self.vocabulary or second.lower() in _SUFFIXES:
            return left[:-1] + right
        return left + right


def _spaced_hyphen(left: str) -> re.Match | None:
    """`_SPACED_HYPHEN` at the end of `left`, searched in its last word only: `left` is the
    paragraph so far, and searching all of it at every line would cost the square of its
    length."""
    if len(left) < 3 or left[-2] != " " or left[-1] not in "-\u2010\u2011":
        return None
    return _SPACED_HYPHEN.search(left, left.rfind(" ", 0, len(left) - 2) + 1)


def _continues_url(left: str, right: str) -> bool:
    """A URL broken at a line end: the right part continues it without a space."""
    if not left or left[-1].isspace():
        return False
    # A URL ending the text lies in its last word: `left` is the paragraph so far, so
    # searching all of it again at every line would cost the square of its length.
    m = _URL_START.search(left.rsplit(None, 1)[-1])
    if not m or left[-1] in ".,;)>":
        return False
    token = m.group(0)
    if len(token) < 12:
        return False
    cont = _URL_CONT.match(right)
    if not cont:
        return False
    word = cont.group(0)
    # the continuation looks like a path piece, not an ordinary word starting a sentence
    if token[-1] in "-_/.=?&":
        return True
    return bool(re.search(r"[/._\-=?&%\d]", word)) and not word[0].isupper()


_WHITESPACE = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def vocabulary(lines: Iterable[Line]) -> set[str]:
    """Lower-cased words and hyphenated compounds used in the document (one pass)."""
    vocab: set[str] = set()
    word = re.compile(r"[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)*")
    for line in lines:
        for w in word.findall(line.text.lower()):
            vocab.add(w)
            if "-" in w:
                vocab.update(w.split("-"))
    return vocab


URL = re.compile(r"(?:https?://|www\.)[^\s<>\"”]+", re.I)


def find_urls(text: str) -> list[str]:
    urls = []
    for m in URL.finditer(text):
        url = m.group(0).rstrip(".,;:)]>")
        if url.count("(") < url.count(")"):
            url = url.rstrip(")")
        urls.append(url)
    return urls
