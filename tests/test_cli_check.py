"""`soilkit check`: each rule on a document written to break it, and the output formats."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES
from soilkit_cli import assert_no_traceback, run, stderr_lines, validate

BROKEN = """\
# Report of the Commission

## I. Introduction

1. The Commission welcomed decision 15/28<sup>1</sup> and the report.<sup>7</sup>

2. It recalled decision 1/CP 20 and CBD/COP/DEC/15/ on the matter.

4. It noted the information at https://www.fao.org/global-soil-
partnership/en/ and elsewhere.

4. It requested the Secretariat to report.

---
<sup>1</sup> Decision 15/28 of the Conference of the Parties.
<sup>2</sup> A footnote nobody cites.
"""

CLEAN = """\
# Report of the Commission

1. The Commission welcomed decision 15/28<sup>1</sup> of the Conference of the Parties.

2. It requested the Secretariat to report at https://www.fao.org/soils/en/ in time.

---
<sup>1</sup> See https://www.cbd.int/decisions/.
"""


@pytest.fixture()
def broken(tmp_path):
    path = tmp_path / "broken.md"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def _findings(proc):
    data = json.loads(proc.stdout)
    validate(data)
    return [(f["rule"], f["line"], f["message"]) for f in data]


def test_every_rule_fires_where_the_mistake_is(broken):
    proc = run("check", broken, "-f", "json")
    assert proc.returncode == 1
    found = _findings(proc)
    rules = {(rule, line) for rule, line, _ in found}
    assert ("footnote-undefined", 5) in rules  # marker 7, no footnote 7
    assert ("footnote-uncited", 16) in rules  # footnote 2
    assert ("paragraph-numbering", 9) in rules  # 2 → 4
    assert ("paragraph-numbering", 12) in rules  # 4 twice
    assert ("broken-url", 9) in rules
    messages = " ".join(m for _, _, m in found)
    assert "jumps from 2 to 4 (3 missing)" in messages and "numbered twice" in messages
    assert "footnote marker 7" in messages and "footnote 2 is never cited" in messages


def test_malformed_references_come_from_the_finder(broken):
    from soilkit.references.malformed import find_malformed

    if not find_malformed(BROKEN):
        pytest.skip("the reference finder lists no near-misses yet")
    found = _findings(run("check", broken, "-f", "json", "--rule", "malformed-reference"))
    assert [(r, ln) for r, ln, _ in found] == [("malformed-reference", 7)] * len(found)
    assert any("1/CP 20" in m for _, _, m in found)


def test_a_clean_document_passes(tmp_path):
    path = tmp_path / "clean.md"
    path.write_text(CLEAN, encoding="utf-8")
    proc = run("check", path, "-f", "json")
    assert proc.returncode == 0, proc.stdout
    assert json.loads(proc.stdout) == []
    proc = run("check", path)
    assert proc.returncode == 0 and proc.stdout == b""
    assert stderr_lines(proc) == ["soilkit: 1 file checked, 0 findings"]


def test_github_annotations(broken):
    proc = run("check", broken, "--format", "github")
    assert proc.returncode == 1
    lines = proc.stdout.decode().splitlines()
    assert lines and all(ln.startswith(("::error file=", "::warning file=")) for ln in lines)
    assert any(ln.startswith(f"::warning file={broken},line=16,title=footnote-uncited")
               for ln in lines)
    assert any(",line=9,title=paragraph-numbering" in ln for ln in lines)


@pytest.mark.parametrize("columns", [80, 200])
def test_table(broken, columns):
    proc = run("check", broken, env={"COLUMNS": str(columns)})
    assert proc.returncode == 1
    text = proc.stdout.decode()
    assert max(len(ln) for ln in text.splitlines()) <= columns
    assert "Findings (" in text and "paragraph-numbering" in text
    assert "footnote-uncited" in text


def test_bad_and_good_files_together(broken, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 64)
    proc = run("check", broken, bad, "-f", "json")
    assert proc.returncode == 2
    assert_no_traceback(proc)
    data = json.loads(proc.stdout)
    validate(data)
    assert data[-1] == {"schema": "soilkit/error/1", "file": str(bad),
                        "error": "binary data, not text (NUL bytes)", "type": "InputError"}
    proc = run("check", bad, "-f", "github")
    assert proc.stdout.decode().startswith(f"::error file={bad},title=soilkit::")


def test_unknown_rule_is_a_usage_error():
    proc = run("check", SAMPLES / "seed-report.txt", "--rule", "no-such-rule")
    assert proc.returncode == 2 and "no-such-rule" in proc.stderr.decode()
    assert_no_traceback(proc)
