"""The batch runner: input order whatever finishes first, a time limit that kills, crashes and
exceptions turned into one-line outcomes."""

from __future__ import annotations

import os
import time

from soilkit.cli.batch import run
from soilkit.cli.inputs import expand
from soilkit.errors import InputError


def _task(item):
    kind, value = item
    if kind == "sleep":
        time.sleep(value)
        return f"slept {value}"
    if kind == "hang":
        while True:  # a parser stuck in a loop: only killing its process stops it
            pass
    if kind == "crash":
        os._exit(3)
    if kind == "input":
        raise InputError("x.pdf", "not a readable PDF")
    if kind == "bug":
        raise ValueError("oops\nsecond line")
    if kind == "pieces":  # output rendered piece by piece as it is asked for
        return _pieces(value)
    return value


def _pieces(count):
    for k in range(abs(count)):
        yield bytes([65 + k % 26]) * 70_000
        yield b""  # an empty piece must not end the stream early
    if count < 0:
        raise InputError("x.pdf", "failed while rendering")


def test_results_come_in_input_order_with_two_jobs():
    items = [("sleep", 0.4), ("sleep", 0.0), ("value", 3), ("sleep", 0.1)]
    outcomes = list(run(_task, items, jobs=2, timeout=10))
    assert [o.index for o in outcomes] == [0, 1, 2, 3]
    assert [o.value for o in outcomes] == ["slept 0.4", "slept 0.0", 3, "slept 0.1"]


def test_workers_run_a_bounded_way_ahead_of_a_slow_item(monkeypatch):
    # what finishes behind a slow item waits in memory until it is done: a bounded amount
    from soilkit.cli import batch

    monkeypatch.setattr(batch, "AHEAD_PER_JOB", 2)
    done: list[int] = []
    items = [("sleep", 0.5)] + [("value", k) for k in range(1, 12)]
    outcomes = list(run(_task, items, jobs=2, timeout=10, on_done=lambda o: done.append(o.index)))
    assert [o.index for o in outcomes] == list(range(12))
    finished_before_the_slow_one = done[:done.index(0)]
    assert finished_before_the_slow_one and max(finished_before_the_slow_one) < 4


def test_a_hung_item_is_killed_and_the_batch_goes_on():
    start = time.monotonic()
    done = []
    outcomes = list(run(_task, [("hang", 0), ("value", 1), ("value", 2)], jobs=1, timeout=1,
                        on_done=done.append))
    assert time.monotonic() - start < 8
    assert outcomes[0].error_type == "Timeout"
    assert outcomes[0].error == "timed out after 1 s (raise it with --timeout)"
    assert [o.value for o in outcomes[1:]] == [1, 2]
    assert len(done) == 3


def test_crashes_and_exceptions_become_one_line_each():
    items = [("crash", 0), ("input", 0), ("bug", 0), ("value", "ok")]
    outcomes = list(run(_task, items, jobs=2, timeout=10))
    crash, input_error, bug, good = outcomes
    assert crash.error == "the reader crashed (exit code 3)"
    assert input_error.error == "not a readable PDF" and input_error.error_type == "InputError"
    assert bug.error == "unexpected ValueError: oops second line"
    assert "Traceback" in bug.trace and "\n" not in bug.error
    assert good.ok and good.value == "ok"


def test_in_process_without_a_time_limit():
    outcomes = list(run(_task, [("value", 1), ("input", 0)], jobs=1, timeout=None))
    assert outcomes[0].value == 1 and outcomes[1].error == "not a readable PDF"


def test_directory_walk_is_sorted_recursive_and_survives_a_link_loop(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("x")
    (tmp_path / "a.PDF").write_bytes(b"%PDF-")
    (tmp_path / "c.txt").write_text("x")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("x")
    os.symlink(tmp_path, tmp_path / "b" / "up")
    exp = expand([str(tmp_path)])
    assert [os.path.relpath(i.path, tmp_path) for i in exp.inputs] == ["a.PDF", "c.txt",
                                                                       "b/z.md"]
    assert exp.problems == [] and len(exp.notes) == 1 and "loop" in exp.notes[0][1]
    assert exp.many


def test_output_rendered_piece_by_piece_arrives_whole_and_failures_midway_are_reported():
    whole = b"".join(_pieces(3))
    items = [("pieces", 3), ("pieces", -2), ("pieces", 0), ("value", 1)]
    for jobs, timeout in ((1, 10), (2, 10), (1, None)):
        outcomes = list(run(_task, items, jobs=jobs, timeout=timeout))
        assert outcomes[0].value == whole and len(whole) == 210_000
        # what a failed task sent before failing is dropped, and its worker goes on
        assert outcomes[1].value is None and outcomes[1].error == "failed while rendering"
        assert outcomes[1].error_type == "InputError"
        assert outcomes[2].value == b"" and outcomes[3].value == 1
