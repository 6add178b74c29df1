"""Broken, hostile and odd input (issue 7): one clear line, nothing lost, never a hang.

The suite is generated into a temporary directory by tests/bad_inputs.py; each case runs
through the installed command alone, then all together in one batch.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from bad_inputs import good_file, make_suite
from conftest import CORPUS, need_corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from soilkit_cli import assert_no_traceback, run, stderr_lines, validate

from soilkit.errors import InputError


@pytest.fixture(scope="module")
def suite(tmp_path_factory):
    directory = tmp_path_factory.mktemp("bad")
    return directory, {c.name: c for c in make_suite(directory)}


CASES = ["empty.txt", "truncated.pdf", "random.pdf", "encrypted-user.pdf", "encrypted-owner.pdf",
         "image-only.pdf", "zero-pages.pdf", "windows-1252.html", "utf16-bom.txt", "binary.txt",
         "loop-dir", "link-a.txt", "unreadable.txt", "does-not-exist.pdf"]


@pytest.mark.parametrize("name", CASES)
def test_each_case_alone(suite, name, tmp_path):
    directory, cases = suite
    case = cases[name]
    if case.skip:
        pytest.skip(case.skip)
    out = tmp_path / "out"
    proc = run("extract", name, "-f", "json", cwd=directory)
    assert_no_traceback(proc)
    expected = {0, 2} if case.exit == -1 else {case.exit}
    assert proc.returncode in expected, proc.stderr
    data = json.loads(proc.stdout)
    validate(data)
    lines = stderr_lines(proc)
    if proc.returncode == 2:
        assert len(lines) == 1, lines
        assert lines[0].startswith(f"soilkit: {name}: ")
        if case.cause:
            assert case.cause in lines[0].lower()
        assert data == {"schema": "soilkit/error/1", "file": name,
                        "error": lines[0].split(": ", 2)[2], "type": data["type"]}
    else:
        records = data if isinstance(data, list) else [data]
        assert all(r["schema"] == "soilkit/document/1" for r in records)
        if case.cause:  # readable, with a note (the link loop skipped)
            assert len(lines) == 1 and case.cause in lines[0].lower()
        else:
            assert lines == []
    # with --out-dir: an output for a readable file, none at all for a bad one
    proc = run("extract", name, "--out-dir", out, cwd=directory)
    written = [p for p in out.rglob("*") if p.is_file()] if out.exists() else []
    if proc.returncode == 2:
        assert written == []
    else:
        assert written and all(p.stat().st_size > 0 and not p.name.startswith(".")
                               for p in written)


def test_specific_causes(suite):
    directory, cases = suite
    proc = run("extract", "image-only.pdf", cwd=directory)
    assert "ocr" in proc.stderr.decode().lower() and "ocrmypdf" in proc.stderr.decode()
    for name in ("encrypted-owner.pdf", "windows-1252.html", "utf16-bom.txt"):
        doc = json.loads(run("extract", name, "-f", "json", cwd=directory).stdout)
        text = " ".join(p["text"] for p in doc["paragraphs"])
        assert "decision 15/28" in text, name
        if name != "encrypted-owner.pdf":
            assert "café" in text and "\ufffd" not in text, name
    doc = json.loads(run("extract", "windows-1252.html", "-f", "json", cwd=directory).stdout)
    assert "“welcomed”" in " ".join(p["text"] for p in doc["paragraphs"])


def test_all_together_in_one_batch(suite, tmp_path):
    directory, cases = suite
    good = good_file(tmp_path)
    names = [n for n in CASES if not cases[n].skip]
    out = tmp_path / "out"
    proc = run("extract", good, *names, "--out-dir", out, "--jobs", "2", cwd=directory)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    lines = stderr_lines(proc)
    bad = [n for n in names if cases[n].exit == 2 or (cases[n].exit == -1 and any(
        ln.startswith(f"soilkit: {n}:") for ln in lines))]
    for name in bad:
        assert sum(ln.startswith(f"soilkit: {name}:") for ln in lines) == 1, (name, lines)
    assert len(lines) == len(bad) + 1  # + the note on the skipped link loop
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    # good.txt and loop-dir/good.md share a stem: both keep their extension
    expected = ["encrypted-owner.yaml", "good.md.yaml", "good.txt.yaml", "utf16-bom.yaml",
                "windows-1252.yaml"]
    if "truncated.pdf" not in bad:
        expected.append("truncated.yaml")
    assert written == sorted(expected)


def test_huge_one_line_file_is_bounded(suite):
    """50 MB on one line: it finishes, or the time limit reports it; never a hang."""
    directory, cases = suite
    start = time.monotonic()
    proc = run("extract", "huge-one-line.txt", "-f", "jsonl", "--timeout", "10", cwd=directory,
               timeout=90)
    assert time.monotonic() - start < 45
    assert_no_traceback(proc)
    if proc.returncode == 0:
        assert json.loads(proc.stdout)["schema"] == "soilkit/document/1"
    else:
        assert stderr_lines(proc) == [
            "soilkit: huge-one-line.txt: timed out after 10 s (raise it with --timeout)"]


def test_debug_shows_the_traceback_of_an_unexpected_error_only(suite, tmp_path):
    directory, _ = suite
    proc = run("extract", "random.pdf", "--debug", cwd=directory)
    assert proc.returncode == 2 and len(stderr_lines(proc)) >= 1


def test_pdf_mutations_end_cleanly():
    """A few hundred flipped, cut and spliced variants of small corpus PDFs: each ends as a
    document or as one clean InputError, none hangs (the CLI's batch runner, in process)."""
    need_corpus()
    from fuzz.mutate import CLEAN_ERRORS, SMALL, run_variants, variants

    items = variants([CORPUS / "pdf" / name for name in SMALL], 240)
    outcomes, escaped = run_variants(items, jobs=2, timeout=30)
    assert len(outcomes) == 240
    assert [f"{o.item[0]}: {o.error_type}: {o.error}" for o in escaped] == []
    assert all(o.ok or o.error_type in CLEAN_ERRORS for o in outcomes)
    assert sum(o.ok for o in outcomes) > 0 and sum(not o.ok for o in outcomes) > 0


# ---------------------------------------------------------------- property tests


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_text_reader_takes_any_bytes(data):
    from soilkit.read import sniff_format
    from soilkit.read.text import read_text

    fmt = sniff_format(data, "x.txt")
    assert fmt in ("pdf", "html", "markdown", "text")
    try:
        lines = list(read_text(data, path="x.txt"))
    except InputError as exc:
        assert exc.path == "x.txt" and "\n" not in str(exc)
        return
    assert all("\n" not in ln.text for ln in lines)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_text_reader_and_finder_take_any_text(text):
    import soilkit
    from soilkit.read.text import read_text

    try:
        lines = list(read_text(text.encode("utf-8"), path="x.md"))
    except InputError as exc:  # NUL characters: refused as binary, in one line
        assert "\x00" in text and "\n" not in str(exc)
    else:
        assert all(ln.page >= 1 for ln in lines)
    for ref in soilkit.find_references(text):
        assert text[ref.start:ref.end] == ref.text


_WORDS = st.sampled_from(["decision", "decisions", "resolution", "CBD/COP/DEC/", "UNEP/",
                          "15/28", "VIII/23", "1/CP.21", "18/COP.14", "paragraph", "annex",
                          "and", "to", " ", "\n", ",", "(b)", "A/RES/", "73/284", "XIII.13",
                          "<sup>1</sup>", "12/07/2005", "June", "CGRFA-14/13/19", "/", "."])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=60).map("".join))
def test_finder_on_reference_like_text(text):
    import soilkit

    refs = soilkit.find_references(text)
    for ref in refs:
        assert text[ref.start:ref.end] == ref.text
        assert ref.kind in ("decision", "resolution", "recommendation", "document")
    starts = [r.start for r in refs]
    assert starts == sorted(starts)


def test_unreadable_file():
    """chmod 000 denies everyone but root; as root the command runs as `nobody` instead."""
    as_user = None
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: chmod 000 does not deny root")
        as_user = 65534  # nobody
    directory = Path(tempfile.mkdtemp(prefix="soilkit-locked-"))
    try:
        directory.chmod(0o755)  # pytest's tmp_path is private to root
        path = directory / "locked.txt"
        path.write_text("1. Text.\n")
        path.chmod(0)
        proc = run("extract", path, as_user=as_user)
        assert_no_traceback(proc)
        assert proc.returncode == 2, proc.stderr
        assert stderr_lines(proc) == [f"soilkit: {path}: permission denied"]
    finally:
        shutil.rmtree(directory)
