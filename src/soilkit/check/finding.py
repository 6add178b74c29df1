"""What a check reports, and the source text it points into."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from soilkit.model import Line

FINDINGS_SCHEMA = "soilkit/findings/1"


@dataclass
class Finding:
    rule: str
    severity: str  # error | warning
    message: str
    line: int | None = None  # 1-based line in the source file (text formats only)
    page: int | None = None
    where: dict[str, Any] | None = None  # {paragraph: N} | {footnote: N}
    text: str | None = None  # the offending text, as printed

    def to_dict(self, file: str) -> dict[str, Any]:
        return {"schema": FINDINGS_SCHEMA, "file": file, "rule": self.rule,
                "severity": self.severity, "message": self.message, "line": self.line,
                "page": self.page, "where": self.where, "text": self.text}


class SourceText:
    """The text the checks read, with a way back from an offset to a line and a page.

    For text and Markdown it is the file itself, so line numbers are the editor's; for PDF and
    HTML it is the extracted lines joined, and only pages are meaningful.
    """

    def __init__(self, text: str, *, has_lines: bool, line_pages: list[int] | None = None):
        self.text = text
        self.has_lines = has_lines
        self._starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self._starts.append(i + 1)
        self._line_pages = line_pages
        self._feeds = [i for i, ch in enumerate(text) if ch == "\f"] if not line_pages else []
        # Footnote markers as printed (superscript), outside footnote blocks: (label, page,
        # the line's text). The structure step keeps only markers it can pair with a footnote,
        # so the check needs the printed ones to see a marker that has none.
        self.markers: list[tuple[str, int, str]] = []

    def add_markers(self, lines: list[Line]) -> None:
        for ln in lines:
            if ln.block == "footnote":
                continue
            for span in ln.spans:
                label = span.text.strip()
                if span.superscript and label.isdigit() and len(label) <= 3:
                    self.markers.append((label, ln.page, ln.text))

    @classmethod
    def from_lines(cls, lines: list[Line]) -> SourceText:
        return cls("\n".join(ln.text for ln in lines), has_lines=False,
                   line_pages=[ln.page for ln in lines])

    def position(self, offset: int) -> tuple[int | None, int | None]:
        """(line, page) of a character offset."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if self._line_pages:
            page = self._line_pages[min(index, len(self._line_pages) - 1)]
        else:
            page = bisect.bisect_right(self._feeds, offset) + 1
        return (index + 1 if self.has_lines else None), page

    def locate(self, snippet: str, default_page: int | None = None
               ) -> tuple[int | None, int | None]:
        """(line, page) where a passage of the document starts, or (None, default_page)."""
        words = (snippet or "").split()
        for n in (8, 5, 3):
            if len(words) < n and n != 3:
                continue
            probe = " ".join(words[:n])
            if len(probe) < 6:
                break
            at = self.text.find(probe)
            if at >= 0:
                line, page = self.position(at)
                return line, page if default_page is None else default_page
        return None, default_page
