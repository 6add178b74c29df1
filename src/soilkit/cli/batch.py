"""Run one task per input in worker processes: results in input order, a time limit per file.

Why worker processes and not threads: a PDF parser stuck in a loop holds the interpreter and
cannot be interrupted from inside; only killing its process frees the batch. A killed worker is
replaced and the batch goes on. `--jobs N` is the number of workers; results are yielded in
input order whatever order they finish in, so output is identical for any N.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from soilkit.errors import SoilkitError

DEFAULT_TIMEOUT = 300.0  # seconds per file: a 1,000-page PDF reads in about 2 minutes
# Results leave in input order, so whatever finishes behind a slow item waits in memory: the
# workers run at most this many items (per worker) ahead of the oldest unfinished one, so
# that a batch of tens of thousands of files holds a bounded number of finished documents.
AHEAD_PER_JOB = 16


@dataclass
class Outcome:
    """What became of one input: a value, or a one-line cause."""

    index: int
    item: Any
    value: Any = None
    error: str | None = None  # one-line cause, without the file name
    error_type: str | None = None  # the exception's class name ("InputError", "Timeout", …)
    trace: str | None = None  # the traceback of an unexpected exception (shown with --debug)

    @property
    def ok(self) -> bool:
        return self.error is None


def one_line(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def call(task: Callable[[Any], Any], item: Any) -> tuple:
    """Run a task and turn every failure into data: nothing escapes a worker.

    A task may return its result as an iterator of bytes (`tasks.extract_task`: a document's
    output, encoded piece by piece as it is asked for), which is sent on piece by piece."""
    try:
        return ("ok", task(item))
    except Exception as exc:  # one bad file must not cost the batch: report it as one line
        return _failure(exc)


def _failure(exc: Exception) -> tuple:
    """An exception raised by a task, as data (called in its `except` clause)."""
    if isinstance(exc, SoilkitError):
        return ("error", one_line(exc.cause), type(exc).__name__, None)
    if isinstance(exc, MemoryError):
        return ("error", "out of memory", "MemoryError", None)
    if isinstance(exc, RecursionError):
        return ("error", "input nested too deeply (recursion limit)", "RecursionError",
                traceback.format_exc())
    cause = f"unexpected {type(exc).__name__}: {one_line(exc) or 'no message'}"
    return ("error", cause, type(exc).__name__, traceback.format_exc())


# What a worker sends before a result that is an iterator of bytes. Its pieces follow, one
# message each as they are produced, then an empty one and what became of the task: so the
# worker never holds a long document's output whole, on top of the document it renders.
_PIECES_FOLLOW = "pieces-follow"


def _quiet() -> None:
    """Libraries' warnings (pdfminer logs every odd object) must not flood stderr."""
    import logging
    import warnings

    logging.disable(logging.WARNING)
    warnings.simplefilter("ignore")


def _worker(conn: Connection, task: Callable[[Any], Any], debug: bool) -> None:
    # stdout is the data channel of the parent: nothing a library prints may land there.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    # Ctrl-C reaches the whole process group: the parent handles it and stops the workers,
    # which must not each print a KeyboardInterrupt traceback.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not debug:
        _quiet()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if message is None:
            return
        index, item = message
        result = call(task, item)
        try:
            if result[0] == "ok" and isinstance(result[1], Iterator):
                conn.send((index, (_PIECES_FOLLOW,)))
                conn.send(_send_pieces(conn, result[1]))
                continue
            conn.send((index, result))
        except Exception as exc:  # an unpicklable result: still one line, not a hang
            conn.send((index, ("error", f"cannot return the result ({one_line(exc)})",
                               type(exc).__name__, traceback.format_exc())))


def _send_pieces(conn: Connection, pieces: Iterator[bytes]) -> tuple:
    """Send the pieces as they come (as they are: pickling would copy them), then the empty
    piece that ends them; return what became of the task."""
    while True:
        try:
            piece = next(pieces)
        except StopIteration:
            result: tuple = ("ok", None)
            break
        except Exception as exc:  # rendering failed: the parent drops what it was sent
            result = _failure(exc)
            break
        if piece:
            conn.send_bytes(piece)
    conn.send_bytes(b"")
    return result


def _received_pieces(conn: Connection) -> tuple:
    pieces = []
    while piece := conn.recv_bytes():
        pieces.append(piece)
    result = conn.recv()
    return ("ok", b"".join(pieces)) if result[0] == "ok" else result


class _Worker:
    def __init__(self, ctx, task: Callable[[Any], Any], debug: bool):
        # A fork copies whatever sits in the parent's stdio buffers; flush so nothing is
        # written twice.
        sys.stdout.flush()
        sys.stderr.flush()
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, task, debug), daemon=True)
        self.proc.start()
        child.close()
        self.job: tuple[int, Any, float] | None = None  # index, item, deadline

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except OSError:
                kill = True
        if kill:
            self.proc.kill()
        self.proc.join(timeout=None if kill else 2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def run(task: Callable[[Any], Any], items: Sequence[Any], *, jobs: int = 1,
        timeout: float | None = DEFAULT_TIMEOUT, debug: bool = False,
        on_done: Callable[[Outcome], None] | None = None) -> Iterator[Outcome]:
    """Yield one `Outcome` per item, in input order.

    `timeout` (seconds, None or 0 for none) bounds each item; `jobs` workers run at once.
    `on_done` is called as each item finishes, in completion order (for a progress bar).
    """
    if not items:
        return
    if not timeout and jobs <= 1:
        yield from _run_here(task, items, on_done)
        return
    ctx = _context()
    jobs = max(1, min(jobs, len(items)))
    pending = deque(enumerate(items))
    workers: list[_Worker] = []
    finished: dict[int, Outcome] = {}
    next_index = 0
    ahead = AHEAD_PER_JOB * jobs
    try:
        while next_index < len(items):
            # (with no worker busy, everything before pending[0] has been yielded: it is
            # next_index, always within reach)
            while pending and pending[0][0] < next_index + ahead:
                idle = [w for w in workers if w.job is None]
                if not idle and len(workers) >= jobs:
                    break
                worker = idle[0] if idle else _Worker(ctx, task, debug)
                if not idle:
                    workers.append(worker)
                index, item = pending.popleft()
                deadline = time.monotonic() + timeout if timeout else float("inf")
                worker.job = (index, item, deadline)
                worker.conn.send((index, item))
            busy = [w for w in workers if w.job is not None]
            soonest = min(w.job[2] for w in busy)
            wait_for = None if soonest == float("inf") else max(0.0, soonest - time.monotonic())
            ready = wait([w.conn for w in busy], timeout=wait_for)
            for worker in busy:
                index, item, deadline = worker.job
                if worker.conn in ready:
                    try:
                        _, result = worker.conn.recv()
                        if result == (_PIECES_FOLLOW,):
                            result = _received_pieces(worker.conn)
                    except (EOFError, OSError):
                        worker.proc.join(timeout=5)
                        code = worker.proc.exitcode
                        how = f"signal {-code}" if code and code < 0 else f"exit code {code}"
                        result = ("error", f"the reader crashed ({how})", "WorkerCrash", None)
                        worker.stop(kill=True)
                        workers.remove(worker)
                elif time.monotonic() >= deadline:
                    result = ("error", f"timed out after {timeout:g} s (raise it with --timeout)",
                              "Timeout", None)
                    worker.stop(kill=True)
                    workers.remove(worker)
                else:
                    continue
                worker.job = None
                outcome = _outcome(index, item, result)
                finished[index] = outcome
                if on_done:
                    on_done(outcome)
            while next_index in finished:
                yield finished.pop(next_index)
                next_index += 1
    finally:
        for worker in workers:
            worker.stop(kill=worker.job is not None)


def _run_here(task, items, on_done) -> Iterator[Outcome]:
    """No time limit and one job: run in this process (what `--timeout 0` asks for)."""
    for index, item in enumerate(items):
        result = call(task, item)
        if result[0] == "ok" and isinstance(result[1], Iterator):
            result = _joined(result[1])
        outcome = _outcome(index, item, result)
        if on_done:
            on_done(outcome)
        yield outcome


def _joined(pieces: Iterator[bytes]) -> tuple:
    try:
        return ("ok", b"".join(pieces))
    except Exception as exc:
        return _failure(exc)


def _outcome(index: int, item: Any, result: tuple) -> Outcome:
    if result[0] == "ok":
        return Outcome(index, item, value=result[1])
    _, cause, kind, trace = result
    return Outcome(index, item, error=cause, error_type=kind, trace=trace)
