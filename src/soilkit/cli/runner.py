"""One command run over its inputs: expand the arguments, run the batch, count what failed.

Exit codes: 0 all well; 1 findings (`check` found problems, `refs --fail-on` matched);
2 usage or input errors (any input not processed). Input errors win over findings.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

import typer

from soilkit.cli import messages
from soilkit.cli.batch import Outcome, run
from soilkit.cli.inputs import Expansion, Input, expand
from soilkit.cli.progress import progress

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Run:
    def __init__(self, files: list[str], *, jobs: int = 1, timeout: float | None = None,
                 no_color: bool = False, debug: bool = False, label: str = "soilkit",
                 prints_as_it_goes: bool = False):
        messages.configure(no_color=no_color, debug=debug)
        self.jobs = jobs or os.cpu_count() or 1
        self.timeout = timeout or None
        self.debug = debug
        self.label = label
        # A bar redrawn on the terminal the results are being printed to would tear them up.
        self.show_progress = not (prints_as_it_goes and sys.stdout.isatty())
        self.failures = 0
        self.expansion: Expansion = expand(files, read_stdin=lambda: sys.stdin.buffer.read())
        for path, cause in self.expansion.notes:
            messages.error(path, cause)
        for arg, cause in self.expansion.problems:
            messages.error(arg, cause)
            self.failures += 1

    @property
    def inputs(self) -> list[Input]:
        return self.expansion.inputs

    @property
    def many(self) -> bool:
        return self.expansion.many

    def outcomes(self, task: Callable[..., Any], *args: Any) -> Iterator[Outcome]:
        """Each input's outcome in input order; failures are reported as they come."""
        bound = functools.partial(task, *args) if args else task
        with progress(len(self.inputs) if self.show_progress else 0, self.label) as done:
            for outcome in run(bound, self.inputs, jobs=self.jobs, timeout=self.timeout,
                               debug=self.debug, on_done=done):
                if not outcome.ok:
                    messages.failed(outcome)
                    self.failures += 1
                yield outcome

    def fail(self, name: str, cause: str) -> None:
        messages.error(name, cause)
        self.failures += 1

    def exit(self, findings: bool = False) -> None:
        code = EXIT_ERROR if self.failures else EXIT_FINDINGS if findings else EXIT_OK
        raise typer.Exit(code)
