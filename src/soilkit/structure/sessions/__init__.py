"""Lines → `SessionPage`: conference programme pages into sessions, people and times.

Modules, in pipeline order: `items` (what each line is), `assemble` (the walk that builds
sessions), with `times` (dates, clock times, zones), `people` (speaker lines) and `vocabulary`
(the words programme pages are written with).
"""

from __future__ import annotations

from soilkit.model import Line, SessionPage, Source
from soilkit.structure.sessions.assemble import assemble
from soilkit.structure.sessions.items import classify


def build_sessions(lines: list[Line], source: Source) -> SessionPage:
    from soilkit.references import find_references

    event, sessions = assemble(classify(list(lines)))
    for session in sessions:
        if session.description:
            session.references = find_references(session.description)
    return SessionPage(source=source, event=event, sessions=sessions)


__all__ = ["build_sessions"]
