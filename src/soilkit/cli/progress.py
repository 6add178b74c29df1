"""A progress bar on stderr for batches, only when a person is watching (stderr is a terminal).

The bar refreshes only when a file finishes (no refresh thread): worker processes are forked
while it is shown, and forking next to a running thread risks a child stuck on a lock.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

from soilkit.cli import messages
from soilkit.cli.batch import Outcome


@contextlib.contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[Outcome], None] | None]:
    if total < 2 or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=messages.stderr_console(), auto_refresh=False,
                   transient=True, redirect_stdout=False)  # stdout carries the data: hands off
    task = bar.add_task(label, total=total)

    def done(outcome: Outcome) -> None:
        bar.advance(task)
        bar.refresh()

    with bar:
        bar.refresh()
        yield done
