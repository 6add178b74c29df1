"""Messages for people: on stderr, one line per problem, colour only where wanted.

Data goes to stdout and nothing else does; every problem with an input is one line,
`soilkit: <file>: <cause>`, so that CI logs stay readable and grep-able.
"""

from __future__ import annotations

import os
import sys

from soilkit.cli.batch import Outcome

_state = {"no_color": False, "debug": False}


def configure(*, no_color: bool = False, debug: bool = False) -> None:
    _state["no_color"] = no_color or "NO_COLOR" in os.environ
    _state["debug"] = debug


def no_color() -> bool:
    return _state["no_color"] or "NO_COLOR" in os.environ


def debug() -> bool:
    return _state["debug"]


def error(name: str, cause: str) -> None:
    cause = " ".join(str(cause).split())
    print(f"soilkit: {name}: {cause}", file=sys.stderr, flush=True)


def note(text: str) -> None:
    print(f"soilkit: {text}", file=sys.stderr, flush=True)


def failed(outcome: Outcome) -> None:
    """Report a failed input: its one line, and the traceback only when --debug asks."""
    error(outcome.item.name, outcome.error)
    if _state["debug"] and outcome.trace:
        print(outcome.trace, file=sys.stderr, end="", flush=True)


def error_record(name: str, cause: str, error_type: str | None) -> dict:
    """The JSON record standing in for a file that could not be processed."""
    return {"schema": ERROR_SCHEMA, "file": name, "error": " ".join(cause.split()),
            "type": error_type or "InputError"}


ERROR_SCHEMA = "soilkit/error/1"


def stdout_console(width: int | None = None):
    """A rich console for tables on stdout (rich is imported only when a table is wanted)."""
    from rich.console import Console

    console = Console(file=sys.stdout, no_color=no_color(), width=width, highlight=False,
                      soft_wrap=False)
    console.on_broken_pipe = _broken_pipe  # rich exits 1 there, which would read as findings
    return console


def _broken_pipe() -> None:
    """`soilkit show … | head`: the reader has gone; stop quietly, like other Unix tools."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    raise SystemExit(0)


def stderr_console():
    from rich.console import Console

    return Console(file=sys.stderr, no_color=no_color(), highlight=False)
