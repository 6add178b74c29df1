"""Options shared by several commands, declared once so they read the same everywhere."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from soilkit.cli.batch import DEFAULT_TIMEOUT


class DocType(StrEnum):
    report = "report"
    sessions = "sessions"


class Engine(StrEnum):
    pdfplumber = "pdfplumber"
    pdfium = "pdfium"


FILES = typer.Argument(..., metavar="FILE", show_default=False,
                       help="Files, directories (searched recursively for .pdf .html .htm .md "
                            ".txt), glob patterns, or - for standard input.")
OUTPUT = typer.Option(None, "-o", "--output", metavar="FILE", dir_okay=False,
                      help="Write to FILE (atomically) instead of standard output.")
OUT_DIR = typer.Option(None, "--out-dir", metavar="DIR", file_okay=False,
                       help="Write one output per input into DIR (created if needed).")
TYPE = typer.Option(None, "--type", help="Document type (default: detected from the text).")
ENGINE = typer.Option(Engine.pdfplumber, "--engine",
                      help="PDF text engine: pdfplumber (reference) or pdfium (fast).")
JOBS = typer.Option(1, "--jobs", "-j", min=0, metavar="N",
                    help="Files processed in parallel (0: one per CPU). Output order is "
                         "the input order whatever N.")
TIMEOUT = typer.Option(DEFAULT_TIMEOUT, "--timeout", min=0, metavar="SECONDS",
                       help="Give up on a file after this long (0: no limit); the batch goes on.")
NO_COLOR = typer.Option(False, "--no-color", help="No colour (also: the NO_COLOR variable).")
DEBUG = typer.Option(False, "--debug", help="Show the traceback of unexpected errors.")


def out_paths(output: Path | None, out_dir: Path | None) -> None:
    if output is not None and out_dir is not None:
        raise typer.BadParameter("use either -o/--output or --out-dir, not both",
                                 param_hint="'-o' / '--out-dir'")
