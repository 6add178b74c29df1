"""YAML and JSON are written piece by piece (`write_yaml`, `write_json`): the text must be
exactly what one dump of the whole would give, for every tree of plain data."""

from __future__ import annotations

import io
import json

import yaml
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

import soilkit
from soilkit.emit.data import _Dumper, encoded, to_bytes, to_json, to_yaml, write_json, write_yaml


def whole_yaml(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9,
                     default_flow_style=False)


def whole_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# Text with what YAML must quote or write as a block: line breaks, colons, dashes, '#',
# leading spaces, non-ASCII letters and characters beyond the Basic Multilingual Plane.
_TEXT = st.text(alphabet=st.sampled_from(list("ab \n:-#'\"é–𝔸0")), max_size=12)
_SCALARS = st.none() | st.booleans() | st.integers(-5, 10**6) | _TEXT
_TREES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(_TREES)
def test_pieces_give_the_text_of_the_whole(data):
    assert to_yaml(data) == whole_yaml(data)
    assert to_json(data) == whole_json(data)
    out = io.BytesIO()
    write_yaml(data, out)
    assert out.getvalue() == whole_yaml(data).encode("utf-8")
    out = io.BytesIO()
    write_json(data, out)
    assert out.getvalue() == whole_json(data).encode("utf-8")


def test_a_document_as_the_cli_writes_it():
    data = soilkit.extract(SAMPLES / "seed-report.txt").to_dict()
    assert len(data["paragraphs"]) > 1  # the list written item by item
    out = io.BytesIO()
    write_yaml(data, out)
    assert out.getvalue().decode("utf-8") == whole_yaml(data)
    assert yaml.safe_load(out.getvalue()) == data


def test_encoded_pieces_are_the_whole_text_in_pieces_of_64_kb():
    # what a worker of `soilkit extract` sends: a long document in many pieces
    data = soilkit.extract(SAMPLES / "seed-report.txt").to_dict()
    data["paragraphs"] = data["paragraphs"] * 40
    for fmt, whole in (("yaml", whole_yaml), ("json", whole_json)):
        pieces = list(encoded(data, fmt))
        assert b"".join(pieces) == to_bytes(data, fmt) == whole(data).encode("utf-8")
        assert len(pieces) > 2 and all(len(piece) >= 1 << 16 for piece in pieces[:-1])


def test_a_shared_container_is_written_out_twice_not_aliased():
    shared = {"paragraph": 3}
    text = to_yaml({"a": [shared, shared]})
    assert "&id" not in text and text.count("paragraph: 3") == 2
