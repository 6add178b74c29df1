"""JSON Schemas (draft 2020-12) of soilkit's outputs, shipped as package data.

Each output carries a `schema` field ("soilkit/document/1", …) naming the schema it follows;
the number changes when the structure does.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

KINDS = ("document", "sessions", "references", "reference-groups", "findings", "error")
# The `schema` field of each record → the schema kind that describes it.
BY_TAG = {
    "soilkit/document/1": "document",
    "soilkit/sessions/1": "sessions",
    "soilkit/references/1": "references",
    "soilkit/reference-groups/1": "reference-groups",
    "soilkit/findings/1": "findings",
    "soilkit/error/1": "error",
}


def load_schema(kind: str) -> dict[str, Any]:
    if kind not in KINDS:
        raise KeyError(f"unknown schema kind {kind!r} (kinds: {', '.join(KINDS)})")
    text = resources.files(__package__).joinpath(f"{kind}.json").read_text(encoding="utf-8")
    return json.loads(text)


def record_schema(tag: str) -> dict[str, Any]:
    """The schema one record (a document, a reference, a finding, an error) validates against:
    array kinds describe their items under `$defs/record`."""
    schema = load_schema(BY_TAG[tag])
    if schema.get("type") == "array":
        return {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/record"}
    return schema
