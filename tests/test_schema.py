"""The JSON Schemas: valid draft 2020-12, printed by `soilkit schema`, in step with the model,
and met by every corpus document, whose YAML also loads safely and round-trips."""

from __future__ import annotations

import dataclasses
import json

import jsonschema
import pytest
import yaml
from conftest import CORPUS, SAMPLES, extracted, need_corpus
from soilkit_cli import run, validate

from soilkit import model
from soilkit.emit.data import to_json, to_yaml
from soilkit.schemas import KINDS, load_schema


@pytest.mark.parametrize("kind", KINDS)
def test_schema_is_valid_draft_2020_12_and_printed(kind):
    schema = load_schema(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    proc = run("schema", kind)
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == schema


def test_schema_without_kind_prints_all_and_unknown_kind_is_a_usage_error():
    proc = run("schema")
    assert proc.returncode == 0 and list(json.loads(proc.stdout)) == list(KINDS)
    proc = run("schema", "poem")
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


def _fields(cls) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


@pytest.mark.parametrize("cls, path", [
    (model.Document, ("document", [])),
    (model.Metadata, ("document", ["properties", "metadata"])),
    (model.Paragraph, ("document", ["properties", "paragraphs", "items"])),
    (model.Footnote, ("document", ["properties", "footnotes", "items"])),
    (model.Section, ("document", ["properties", "sections", "items"])),
    (model.Source, ("document", ["$defs", "source"])),
    (model.Reference, ("document", ["$defs", "reference"])),
    (model.SessionPage, ("sessions", [])),
    (model.Session, ("sessions", ["properties", "sessions", "items"])),
    (model.Person, ("sessions", ["$defs", "person"])),
    (model.Event, ("sessions", ["properties", "event"])),
])
def test_schema_describes_every_field_of_the_model(cls, path):
    """A field added to the model must be added to the schema (and the version considered)."""
    node = load_schema(path[0])
    for key in path[1]:
        node = node[key]
    assert sorted(node["properties"]) == sorted(_fields(cls))
    assert sorted(node["required"]) == sorted(_fields(cls))


def test_the_reference_is_described_alike_everywhere():
    ref = load_schema("document")["$defs"]["reference"]
    assert load_schema("sessions")["$defs"]["reference"] == ref
    assert load_schema("references")["$defs"]["reference"] == ref


def _roundtrip(data) -> None:
    text = to_yaml(data)
    assert yaml.safe_load(text) == data
    assert json.loads(to_json(data)) == data


def test_every_corpus_pdf_validates_and_its_yaml_round_trips():
    need_corpus()
    pdfs = sorted((CORPUS / "pdf").glob("*.pdf"))
    assert pdfs
    for pdf in pdfs:
        data = extracted(str(pdf)).to_dict()
        validate(data)
        _roundtrip(data)


def test_session_pages_and_samples_validate_and_round_trip():
    import soilkit

    paths = sorted(SAMPLES.glob("*.txt"))
    if CORPUS.is_dir():
        paths += sorted((CORPUS / "sessions").glob("*.txt"))
    for path in paths:
        for kind in ("report", "sessions"):
            data = soilkit.extract(path, type=kind).to_dict()
            validate(data)
            _roundtrip(data)
