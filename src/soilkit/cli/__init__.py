"""The command line: a thin layer over `soilkit.api`. One module per command.

Only typer is imported at start-up; each command imports what it needs (rich for tables,
pdfplumber in the worker reading a PDF), so `soilkit --version` and `soilkit refs small.txt`
start fast.
"""

from __future__ import annotations

import sys

import typer

from soilkit import __version__

app = typer.Typer(
    name="soilkit",
    help="Structure out of FAO and environmental-treaty documents: metadata, sections, "
         "numbered paragraphs, footnotes, decision references, conference sessions.",
    epilog="Run 'soilkit COMMAND --help' for a command's options and a worked example.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"soilkit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """soilkit turns FAO and treaty documents into data.

    Example: soilkit extract report.pdf --format json
    """


# Importing the modules registers their commands, in the order --help lists them.
from soilkit.cli import extract as _extract  # noqa: E402,F401,I001
from soilkit.cli import refs as _refs  # noqa: E402,F401
from soilkit.cli import show as _show  # noqa: E402,F401
from soilkit.cli import check as _check  # noqa: E402,F401
from soilkit.cli import schema as _schema  # noqa: E402,F401


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        print("soilkit: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        # `soilkit show … | head`: the reader left; stop quietly, as other Unix tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except Exception as exc:  # a bug in soilkit itself: one line unless --debug asks for more
        if "--debug" in sys.argv:
            raise
        cause = " ".join(str(exc).split()) or "no message"
        print(f"soilkit: internal error: {type(exc).__name__}: {cause} (run with --debug for "
              "the traceback)", file=sys.stderr)
        sys.exit(2)
