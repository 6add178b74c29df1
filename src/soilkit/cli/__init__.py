"""The command line: a thin layer over `soilkit.api`. One module per command."""

from __future__ import annotations

import sys

import typer

from soilkit import __version__

app = typer.Typer(
    name="soilkit",
    help="Structure out of FAO and environmental-treaty documents.",
    no_args_is_help=True,
    add_completion=False,
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
    """soilkit turns FAO and treaty documents into data."""


from soilkit.cli import extract as _extract_cmd  # noqa: E402,F401  (registers the command)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        print("soilkit: interrupted", file=sys.stderr)
        sys.exit(130)
