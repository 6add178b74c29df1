"""Deterministic YAML and JSON: same input, byte-identical output, Unicode as is."""

from __future__ import annotations

import json
from itertools import islice
from typing import Any

import yaml


class _Dumper(yaml.SafeDumper):
    """SafeDumper that keeps long lines whole and writes multi-line strings readably."""


def _str(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9,
                     default_flow_style=False)


# Pieces of encoded JSON joined at a time: `json.dumps` with an indent lists every piece of
# the whole document before joining them (for a 500-page report, millions of small strings
# weighing four times the text), so the pieces are joined as they come.
_JOIN_EVERY = 4096


def to_json(data: Any) -> str:
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    parts: list[str] = []
    pieces = encoder.iterencode(data)
    while batch := list(islice(pieces, _JOIN_EVERY)):
        parts.append("".join(batch))
    parts.append("\n")
    return "".join(parts)


def to_jsonl(data: Any) -> str:
    """One record on one line (JSON Lines): no indentation, no newline inside the record."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
