"""`soilkit refs` end to end: formats, grouping, filters, --fail-on and its exit codes."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES
from soilkit_cli import assert_no_traceback, parse, run, stderr_lines, validate

REPORT = SAMPLES / "seed-report.txt"


@pytest.fixture(scope="module")
def records():
    proc = run("refs", REPORT, "-f", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert isinstance(data, list)
    return data


def test_json_is_one_array_of_references_each_with_its_file(records):
    assert records, "the seed report cites decisions"
    validate(records)
    assert {r["file"] for r in records} == {str(REPORT)}
    text = REPORT.read_text(encoding="utf-8")
    for r in records:
        assert r["schema"] == "soilkit/references/1"
        assert r["kind"] in ("decision", "resolution", "recommendation", "document")
        assert r["where"] and set(r["where"]) <= {"paragraph", "footnote", "unnumbered"}
        assert r["text"] in text
    # the seed report cites CBD COP decision 15/28 (issue 3)
    assert any(r["body"] == "CBD COP" and r["id"] == "15/28" for r in records)


@pytest.mark.parametrize("fmt", ["yaml", "jsonl", "csv"])
def test_other_formats_carry_the_same_records(fmt, records):
    proc = run("refs", REPORT, "-f", fmt)
    assert proc.returncode == 0 and proc.stderr == b""
    data = parse(fmt, proc.stdout)
    if fmt == "yaml":
        assert data == [records]
    elif fmt == "jsonl":
        assert data == records
    else:
        assert [(r["kind"], r["body"], r["id"], r["text"]) for r in data] == [
            (r["kind"], r["body"] or "", r["id"], r["text"]) for r in records]
        assert data[0]["file"] == str(REPORT)


def test_group_counts_each_identity_across_files(tmp_path, records):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(REPORT.read_bytes())
    proc = run("refs", REPORT, copy, "--group", "-f", "json")
    assert proc.returncode == 0
    groups = json.loads(proc.stdout)
    validate(groups)
    key = {(r["kind"], r["body"], r["id"]) for r in records}
    assert {(g["kind"], g["body"], g["id"]) for g in groups} == key
    assert sum(g["count"] for g in groups) == 2 * len(records)
    for g in groups:
        assert g["files"] == [str(REPORT), str(copy)]
    counts = [g["count"] for g in groups]
    assert counts == sorted(counts, reverse=True)  # most cited first


def test_filters_by_body_and_kind(records):
    proc = run("refs", REPORT, "--body", "CBD", "--kind", "decision", "-f", "json")
    data = json.loads(proc.stdout)
    expected = [r for r in records
                if r["kind"] == "decision" and (r["body"] or "").startswith("CBD")]
    assert data == expected and data
    proc = run("refs", REPORT, "--kind", "resolution", "--body", "nobody", "-f", "json")
    assert json.loads(proc.stdout) == []


def test_fail_on_exits_1_when_a_pattern_matches(records):
    proc = run("refs", REPORT, "--fail-on", "CBD COP 15/*", "-f", "jsonl")
    assert proc.returncode == 1
    assert "--fail-on matched" in proc.stderr.decode()
    assert parse("jsonl", proc.stdout) == records  # the output is still complete
    proc = run("refs", REPORT, "--fail-on", "UNFCCC CMA 99/*", "-f", "jsonl")
    assert proc.returncode == 0 and proc.stderr == b""


def test_a_bad_file_costs_one_line_and_an_error_record(tmp_path, records):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7 and then nothing")
    proc = run("refs", REPORT, bad, "-f", "json", "--fail-on", "*")
    assert proc.returncode == 2  # input errors win over findings
    assert_no_traceback(proc)
    lines = stderr_lines(proc)
    assert sum(str(bad) in ln for ln in lines) == 1
    data = json.loads(proc.stdout)
    assert data[:-1] == records and data[-1]["schema"] == "soilkit/error/1"
    validate(data)


@pytest.mark.parametrize("columns", [80, 200])
def test_table(columns, records):
    proc = run("refs", REPORT, "-f", "table", env={"COLUMNS": str(columns)})
    assert proc.returncode == 0
    text = proc.stdout.decode()
    assert max(len(ln) for ln in text.splitlines()) <= columns
    assert f"References ({len(records)})" in text
    assert "CBD COP" in text and "15/28" in text
