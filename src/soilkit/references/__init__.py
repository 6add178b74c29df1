"""Step 3 of the pipeline: find, parse, normalise and resolve decision references."""

from __future__ import annotations

from soilkit.model import Reference


def find_references(text: str, *, context_body: str | None = None) -> list[Reference]:
    # PLACEHOLDER (skeleton): the references work replaces this.
    return []
