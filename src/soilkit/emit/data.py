"""Deterministic YAML and JSON: same input, byte-identical output, Unicode as is."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import IO, Any

import yaml


class _Dumper(yaml.SafeDumper):
    """SafeDumper that keeps long lines whole and writes multi-line strings readably."""

    def ignore_aliases(self, data: Any) -> bool:
        # Output is a tree (`to_dict` never shares a container), and `write_yaml` dumps it in
        # pieces, which could not keep an anchor in one piece and its alias in another.
        return True


def _str(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(data: Any) -> str:
    out = io.StringIO()
    write_yaml(data, out)
    return out.getvalue()


def write_yaml(data: Any, out: IO) -> None:
    """Write data as YAML to a text file, or as UTF-8 to a binary one (see `yaml_texts`)."""
    write = _writer(out)
    for text in yaml_texts(data):
        write(text)


def yaml_texts(data: Any) -> Iterator[str]:
    """The YAML text of data, in pieces that join into one dump of the whole.

    PyYAML builds a node for every value it is given before it writes any of them (for a
    500-page report, 40 MB of nodes beside the 5 MB of the report itself). So the entries of a
    mapping, and the items of a list in one, are handed over one at a time: the text is the
    same, since a list in a mapping is written without indentation, like a list on its own."""
    text = None
    for piece in _yaml_pieces(data):
        if text is not None:
            # A piece ending on text that keeps its final line breaks ('|+') is closed by
            # '...'; inside the whole, the next entry follows without it.
            yield text[:-4] if text.endswith("\n...\n") else text
        text = yaml.dump(piece, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                         width=10**9, default_flow_style=False)
    yield text


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


def _yaml_pieces(data: Any) -> Iterator[Any]:
    if isinstance(data, list) and data:
        for item in data:
            yield [item]
    elif isinstance(data, dict) and data:
        for key, value in data.items():
            # (A key YAML writes as '? key' would set the list after it differently.)
            if isinstance(value, list) and len(value) > 1 and isinstance(key, str) \
                    and _PLAIN_KEY.fullmatch(key):
                yield {key: value[:1]}
                for item in value[1:]:
                    yield [item]
            else:
                yield {key: value}
    else:
        yield data


# Pieces of encoded JSON joined at a time: `json.dumps` with an indent lists every piece of
# the whole document before joining them (for a 500-page report, millions of small strings
# weighing four times the text), so the pieces are joined and written as they come.
_JOIN_EVERY = 4096


def to_json(data: Any) -> str:
    out = io.StringIO()
    write_json(data, out)
    return out.getvalue()


def write_json(data: Any, out: IO) -> None:
    """Write data as indented JSON to a text file, or as UTF-8 to a binary one, as it is
    encoded: the whole text is never held (with one character beyond Latin-1 in it, a Python
    string of it weighs two or four bytes a character)."""
    write = _writer(out)
    for text in json_texts(data):
        write(text)


def json_texts(data: Any) -> Iterator[str]:
    """The indented JSON text of data (with a final newline), in pieces."""
    pieces = json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(data)
    while batch := list(islice(pieces, _JOIN_EVERY)):
        yield "".join(batch)
    yield "\n"


# What `encoded` gathers before handing a piece on: a worker of `soilkit extract` sends
# each piece as one message to the parent.
_PIECE_BYTES = 1 << 16


def encoded(data: Any, fmt: str) -> Iterator[bytes]:
    """YAML or JSON ("yaml", "json") as UTF-8, in pieces of about 64 KB as it is encoded:
    what `soilkit extract` writes for a document, never held whole."""
    held: list[bytes] = []
    size = 0
    for text in (yaml_texts if fmt == "yaml" else json_texts)(data):
        piece = text.encode("utf-8")
        held.append(piece)
        size += len(piece)
        if size >= _PIECE_BYTES:
            yield b"".join(held)
            held, size = [], 0
    if held:
        yield b"".join(held)


def to_bytes(data: Any, fmt: str) -> bytes:
    """YAML or JSON ("yaml", "json") as UTF-8, whole."""
    return b"".join(encoded(data, fmt))


def _writer(out: IO) -> Callable[[str], object]:
    """out.write for text, encoded as UTF-8 when out is a binary file."""
    if isinstance(out, io.TextIOBase):
        return out.write
    return lambda text: out.write(text.encode("utf-8"))


def to_jsonl(data: Any) -> str:
    """One record on one line (JSON Lines): no indentation, no newline inside the record."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
