"""Lines → `SessionPage`."""

from __future__ import annotations

from soilkit.model import Line, SessionPage, Source


def build_sessions(lines: list[Line], source: Source) -> SessionPage:
    # PLACEHOLDER (skeleton): the sessions work replaces this.
    return SessionPage(source=source)
