"""`soilkit show`: tables of a document and of a session page."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES
from soilkit_cli import run, stderr_lines

REPORT = SAMPLES / "seed-report.txt"
SESSIONS = SAMPLES / "seed-session-page.txt"


@pytest.fixture(scope="module")
def doc():
    return json.loads(run("extract", REPORT, "-f", "json").stdout)


@pytest.mark.parametrize("columns", [80, 200])
def test_document_tables(columns, doc):
    proc = run("show", REPORT, env={"COLUMNS": str(columns)})
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode()
    assert max(len(ln) for ln in text.splitlines()) <= columns
    for heading in ("Metadata", f"Sections ({len(doc['sections'])})",
                    f"Paragraphs ({len(doc['paragraphs'])})",
                    f"Footnotes ({len(doc['footnotes'])})"):
        assert heading in text
    flat = " ".join(text.split())
    assert doc["metadata"]["session"].split()[0] in flat


def test_one_paragraph_in_full_with_its_footnotes(doc):
    para = next(p for p in doc["paragraphs"] if p["number"] is not None and p["footnotes"])
    proc = run("show", REPORT, "--paragraph", str(para["number"]), "--width", "300")
    assert proc.returncode == 0
    text = proc.stdout.decode()
    assert "Paragraphs (1)" in text
    assert " ".join(para["text"].split()[:12]) in " ".join(text.split())
    assert f"Footnotes ({len(set(map(str, para['footnotes'])))})" in text
    assert "Metadata" not in text


def test_one_page(doc):
    on_page = [p for p in doc["paragraphs"] if 2 in p["pages"]]
    proc = run("show", REPORT, "--page", "2")
    assert proc.returncode == 0
    assert f"Paragraphs ({len(on_page)})" in proc.stdout.decode()


def test_session_page_lists_time_title_and_people():
    page = json.loads(run("extract", SESSIONS, "--type", "sessions", "-f", "json").stdout)
    proc = run("show", SESSIONS, "--type", "sessions", "--width", "200")
    assert proc.returncode == 0
    text = proc.stdout.decode()
    assert f"Sessions ({len(page['sessions'])})" in text
    flat = " ".join(text.split())
    for session in page["sessions"]:
        assert " ".join(session["title"].split()[:3]) in flat
        for person in session["people"][:2]:
            assert person["name"].split()[-1] in flat


def test_missing_file():
    proc = run("show", "no-such.pdf")
    assert proc.returncode == 2
    assert stderr_lines(proc) == ["soilkit: no-such.pdf: no such file"]
