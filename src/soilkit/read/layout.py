"""Characters → `Line`s, independent of the PDF engine that produced the characters."""

from __future__ import annotations

from soilkit.model import Line


def chars_to_lines(chars: list[dict], page_number: int, width: float, height: float) -> list[Line]:
    # PLACEHOLDER (skeleton): the PDF work implements this.
    raise NotImplementedError
