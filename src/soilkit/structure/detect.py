"""Which kind of document the lines make: a report or a session page."""

from __future__ import annotations

from soilkit.model import Line


def detect_type(lines: list[Line]) -> str:
    # PLACEHOLDER (skeleton): the sessions work replaces this with a real classifier.
    return "report"
