"""`soilkit extract` end to end: the installed command, every format, files and batches."""

from __future__ import annotations

import json
import os
import shutil

import pytest
import yaml
from conftest import CORPUS, SAMPLES, need_corpus
from soilkit_cli import assert_no_traceback, parse, run, stderr_lines, validate

REPORT = SAMPLES / "seed-report.txt"
SESSIONS = SAMPLES / "seed-session-page.txt"
SMALL_PDF = "fr-quebec-sainte-adele-demolition-committee-minutes-2023.pdf"


@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_each_data_format_parses_and_validates(fmt):
    proc = run("extract", REPORT, "--format", fmt)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""  # data on stdout, and nothing else said when all is well
    data = parse(fmt, proc.stdout)
    doc = data if fmt == "json" else data[0]
    assert len(data if fmt != "json" else [data]) == 1
    assert doc["schema"] == "soilkit/document/1"
    assert doc["source"]["path"] == str(REPORT)
    assert doc["source"]["format"] == "text"
    validate(doc)


def test_yaml_is_the_default_when_piped_and_round_trips():
    proc = run("extract", REPORT)
    assert proc.returncode == 0
    doc = yaml.safe_load(proc.stdout)
    assert doc["schema"] == "soilkit/document/1"
    assert doc == json.loads(run("extract", REPORT, "-f", "json").stdout)


def test_csv_has_one_row_per_paragraph_and_footnote():
    doc = json.loads(run("extract", REPORT, "-f", "json").stdout)
    proc = run("extract", REPORT, "-f", "csv")
    assert proc.returncode == 0
    rows = parse("csv", proc.stdout)
    assert [r["record"] for r in rows] == (["paragraph"] * len(doc["paragraphs"])
                                          + ["footnote"] * len(doc["footnotes"]))
    assert {r["file"] for r in rows} == {str(REPORT)}
    assert rows[0]["text"] == doc["paragraphs"][0]["text"]


def test_sessions_type_gives_a_session_page():
    proc = run("extract", SESSIONS, "--type", "sessions", "-f", "json")
    assert proc.returncode == 0
    page = json.loads(proc.stdout)
    assert page["schema"] == "soilkit/sessions/1"
    validate(page)


def test_output_is_deterministic_across_runs_and_jobs(tmp_path):
    first = run("extract", SAMPLES, "-f", "json")
    second = run("extract", SAMPLES, "-f", "json", "--jobs", "2")
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    docs = json.loads(first.stdout)
    paths = [d["source"]["path"] for d in docs]
    assert paths == sorted(paths)  # a directory is read in sorted order
    validate(docs)


def test_stdin_is_read_and_its_format_detected():
    proc = run("extract", "-", "-f", "json", input=REPORT.read_bytes())
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["source"]["path"] == "-" and doc["source"]["format"] in ("text", "markdown")
    from_file = json.loads(run("extract", REPORT, "-f", "json").stdout)
    assert doc["paragraphs"] == from_file["paragraphs"]


def test_stdin_pdf_is_recognised_by_content():
    need_corpus()
    pdf = CORPUS / "pdf" / SMALL_PDF
    proc = run("extract", "-", "-f", "json", input=pdf.read_bytes())
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["source"]["format"] == "pdf" and doc["source"]["pages"] >= 1
    validate(doc)


def test_out_dir_layout_names_and_atomicity(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(REPORT, src / "report.txt")
    shutil.copy(REPORT, src / "report.md")  # same stem: both keep their extension
    shutil.copy(SESSIONS, src / "sub" / "programme.txt")
    (src / "notes.yaml").write_text("not: an input\n")  # not a document extension: ignored
    out = tmp_path / "out"
    proc = run("extract", src, "--out-dir", out, "-f", "json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["report.md.json", "report.txt.json", "sub/programme.json"]
    for name in written:
        validate(json.loads((out / name).read_text()))
    # the same run again gives the same bytes
    again = tmp_path / "again"
    run("extract", src, "--out-dir", again, "-f", "json")
    for name in written:
        assert (out / name).read_bytes() == (again / name).read_bytes()


def test_out_dir_never_writes_outside_it_nor_over_an_input(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "..report.txt").write_bytes(REPORT.read_bytes())
    (src / "sub" / "x.txt").write_bytes(REPORT.read_bytes())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    os.symlink(elsewhere, out / "sub")  # a link planted in the output directory
    # hidden files are skipped in a directory, but read when named
    proc = run("extract", src, src / "..report.txt", "--out-dir", out)
    assert proc.returncode == 2
    assert stderr_lines(proc) == [
        f"soilkit: {out / 'sub' / 'x.yaml'}: would be written outside --out-dir: refused"]
    assert list(elsewhere.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == ["report.yaml", "sub"]  # dots stripped
    # an input named like the output it would get is refused, not overwritten
    target = tmp_path / "clash"
    target.mkdir()
    (target / "a.yaml").write_text("1. A paragraph citing decision 15/28.\n")
    before = (target / "a.yaml").read_bytes()
    proc = run("extract", target / "a.yaml", "--out-dir", target, "-f", "yaml")
    assert proc.returncode == 2
    assert "refusing to overwrite" in proc.stderr.decode()
    assert (target / "a.yaml").read_bytes() == before


def test_output_file_is_written_atomically_and_never_an_input(tmp_path):
    out = tmp_path / "doc.json"
    proc = run("extract", REPORT, "-o", out, "-f", "json")
    assert proc.returncode == 0 and proc.stdout == b""
    validate(json.loads(out.read_text()))
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]  # no temporary file left
    copy = tmp_path / "copy.txt"
    copy.write_bytes(REPORT.read_bytes())
    proc = run("extract", copy, "-o", copy)
    assert proc.returncode == 2 and copy.read_bytes() == REPORT.read_bytes()
    assert "overwrite" in proc.stderr.decode()
    missing = tmp_path / "none.json"
    proc = run("extract", tmp_path / "nope.txt", "-o", missing)
    assert proc.returncode == 2 and not missing.exists()  # nothing good: no file at all


def test_a_device_or_a_pipe_as_output_is_written_to_not_replaced(tmp_path):
    import stat
    import threading

    # the pipe first: were it replaced, the device (shared by the whole machine) is not tried
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    proc = run("extract", REPORT, "-o", pipe, "-f", "json")
    reader.join(timeout=60)
    assert proc.returncode == 0, proc.stderr
    validate(json.loads(received[0]))
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]  # no temporary file left
    proc = run("extract", REPORT, "-o", os.devnull)
    assert proc.returncode == 0 and proc.stdout == b""
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)  # still the device


def test_a_batch_writes_the_good_and_names_each_bad_once(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(REPORT.read_bytes())
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary\x00" * 100)
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    proc = run("extract", good, bad, tmp_path / "missing.pdf", empty, "--out-dir", out)
    assert proc.returncode == 2
    assert_no_traceback(proc)
    lines = stderr_lines(proc)
    assert len(lines) == 3
    assert lines[0] == f"soilkit: {bad}: binary data, not text (NUL bytes)"
    assert lines[1] == f"soilkit: {tmp_path / 'missing.pdf'}: no such file"
    assert lines[2] == f"soilkit: {empty}: empty file (0 bytes)"
    assert sorted(p.name for p in out.iterdir()) == ["good.yaml"]


def test_json_batch_holds_an_error_record_for_each_bad_file(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf at all")
    proc = run("extract", REPORT, bad, "-f", "json")
    assert proc.returncode == 2
    data = json.loads(proc.stdout)
    assert [d["schema"] for d in data] == ["soilkit/document/1", "soilkit/error/1"]
    assert data[1]["file"] == str(bad) and data[1]["type"] == "InputError"
    validate(data)
    jsonl = run("extract", REPORT, bad, "-f", "jsonl")
    records = parse("jsonl", jsonl.stdout)
    assert [r["schema"] for r in records] == ["soilkit/document/1", "soilkit/error/1"]


@pytest.mark.parametrize("args, message", [
    (["--format", "xml"], "xml"),
    (["-o", "x.json", "--out-dir", "d"], "not both"),
    (["--jobs", "-1"], "jobs"),
    (["--type", "poem"], "poem"),
    (["--out-dir", "d", "--format", "table"], "table"),
])
def test_usage_errors_exit_2_without_traceback(args, message, tmp_path):
    proc = run("extract", REPORT, *args, cwd=tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr.decode()
    assert_no_traceback(proc)
    assert proc.stdout == b""
    assert list(tmp_path.iterdir()) == []


def test_glob_patterns_expand_in_sorted_order(tmp_path):
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_bytes(REPORT.read_bytes())
    proc = run("extract", str(tmp_path / "*.txt"), "-f", "jsonl")
    assert proc.returncode == 0
    assert [d["source"]["path"] for d in parse("jsonl", proc.stdout)] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    proc = run("extract", str(tmp_path / "*.pdf"))
    assert proc.returncode == 2
    assert stderr_lines(proc) == [f"soilkit: {tmp_path / '*.pdf'}: no file matches this pattern"]


@pytest.mark.parametrize("columns", [80, 200])
def test_table_at_a_given_terminal_width(columns):
    proc = run("extract", REPORT, "--format", "table", env={"COLUMNS": str(columns)})
    assert proc.returncode == 0
    text = proc.stdout.decode()
    lines = text.splitlines()
    assert max(len(ln) for ln in lines) <= columns
    assert "\x1b[" not in text  # no colour codes when stdout is not a terminal
    doc = json.loads(run("extract", REPORT, "-f", "json").stdout)
    assert str(REPORT) in text
    assert "Metadata" in text and f"Paragraphs ({len(doc['paragraphs'])})" in text
    assert f"Footnotes ({len(doc['footnotes'])})" in text
    flat = " ".join(text.split())
    title = doc["metadata"]["title"]
    if columns == 200:  # wide enough for the title on one line
        assert title in text
    else:
        assert title.split()[0] in flat


def test_version_and_help_have_examples():
    from soilkit import __version__

    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.decode().strip() == f"soilkit {__version__}"
    for command in ("extract", "refs", "show", "check", "schema"):
        proc = run(command, "--help", env={"COLUMNS": "120"})
        assert proc.returncode == 0
        assert "Examples:" in proc.stdout.decode() and f"soilkit {command}" in proc.stdout.decode()


def test_python_m_soilkit_is_the_same_command():
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "soilkit", "refs", "-", "-f", "json"],
                          input=b"See decision 18/COP.14.", capture_output=True)
    assert proc.returncode == 0, proc.stderr
    [ref] = json.loads(proc.stdout)
    assert (ref["body"], ref["id"], ref["text"]) == ("UNCCD COP", "14/18", "18/COP.14")


def test_no_color_is_honoured():
    for env, args in (({"NO_COLOR": "1"}, []), ({}, ["--no-color"])):
        proc = run("extract", REPORT, "-f", "table", *args, env={"TERM": "xterm", **env})
        assert proc.returncode == 0 and "\x1b[" not in proc.stdout.decode()


def test_corpus_pdf_end_to_end(tmp_path):
    need_corpus()
    pdf = CORPUS / "pdf" / SMALL_PDF
    out = tmp_path / "out"
    proc = run("extract", pdf, "--out-dir", out, "-f", "yaml", "--engine", "pdfplumber")
    assert proc.returncode == 0, proc.stderr
    doc = yaml.safe_load((out / pdf.with_suffix(".yaml").name).read_text())
    validate(doc)
    assert doc["source"]["format"] == "pdf" and doc["source"]["pages"] >= 1
    assert os.path.getsize(out / pdf.with_suffix(".yaml").name) > 0


def test_progress_bar_on_a_terminal_stderr_leaves_stdout_data_intact(tmp_path):
    """stderr a terminal, stdout a pipe (`soilkit extract docs/ -f json > out.json` at a
    terminal): the bar shows on stderr, and every byte of data still reaches stdout."""
    import pty
    import subprocess

    from soilkit_cli import SOILKIT

    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_bytes(REPORT.read_bytes())
    master, slave = pty.openpty()
    try:
        proc = subprocess.run([SOILKIT, "extract", str(tmp_path), "-f", "json"],
                              stdout=subprocess.PIPE, stderr=slave, timeout=60)
        os.close(slave)
        shown = b""
        try:
            while chunk := os.read(master, 65536):
                shown += chunk
        except OSError:
            pass
    finally:
        os.close(master)
    assert proc.returncode == 0
    docs = json.loads(proc.stdout)
    assert [d["source"]["path"] for d in docs] == [str(tmp_path / n) for n in
                                                  ("a.txt", "b.txt", "c.txt")]
    assert b"extract" in shown and b"3/3" in shown
