"""Step 3 of the pipeline: find, parse, normalise and resolve decision references.

    candidates (anchors → windows) → parse (series grammars, `series.py`) →
    normalise (kind, body, canonical id, pinpoint, url) → resolve context (implicit bodies)

`find_references(text)` returns `Reference`s sorted by start, never overlapping, with
`text == source[start:end]`.
"""

from __future__ import annotations

from soilkit.model import Reference


def find_references(text: str, *, context_body: str | None = None) -> list[Reference]:
    """Every decision, resolution, recommendation and document symbol cited in text."""
    from soilkit.references.context import Evidence
    from soilkit.references.normalise import build
    from soilkit.references.parse import raw_matches

    if not text:
        return []
    evidence = Evidence(text, context_body)
    found: list[tuple[int, Reference]] = []
    for raw in raw_matches(text):
        found.extend(build(raw, text, evidence))
    # Where two overlap (a list member also seen as a bare heading), the lower priority wins.
    found.sort(key=lambda pr: (pr[1].start, pr[0]))
    kept: list[tuple[int, Reference]] = []
    for priority, ref in found:
        if ref.end <= ref.start:
            continue
        if kept and ref.start < kept[-1][1].end:
            if priority < kept[-1][0]:
                kept[-1] = (priority, ref)
            continue
        kept.append((priority, ref))
    return [ref for _, ref in kept]


__all__ = ["find_references"]
