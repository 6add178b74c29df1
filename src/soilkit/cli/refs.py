"""`soilkit refs`: the decisions, resolutions and documents a set of files cites."""

from __future__ import annotations

import fnmatch
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from soilkit.cli import app, options


class Format(StrEnum):
    table = "table"
    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class Kind(StrEnum):
    decision = "decision"
    resolution = "resolution"
    recommendation = "recommendation"
    document = "document"


EPILOG = """\b
Examples:
  soilkit refs report.pdf                         # a table at a terminal
  soilkit refs reports/ --group                   # which decisions are cited, how often, where
  soilkit refs reports/ --body "CBD COP" -f csv > cbd.csv
  soilkit refs report.pdf -f json | jq '.[] | select(.id == "15/28") | .where'
  soilkit refs report.pdf --fail-on "UNEP/CBD/*"  # exit 1 if an old-style symbol is cited
\b
--fail-on PATTERN matches (case-insensitive, * and ? wildcards) a reference's "BODY ID"
("CBD COP 15/28"), its id, its kind or its text as printed.
\b
Exit codes: 0 done; 1 a --fail-on pattern matched; 2 a usage error or an unreadable input."""


@app.command(epilog=EPILOG)
def refs(
    files: list[str] = options.FILES,
    format: Format | None = typer.Option(
        None, "--format", "-f", help="Output format (default: table at a terminal, else yaml)."),
    group: bool = typer.Option(False, "--group", help="One entry per cited identity across "
                                                       "all files: count and where."),
    body: list[str] = typer.Option([], "--body", metavar="BODY",
                                   help='Only references of this body ("CBD COP"; "CBD" '
                                        'matches every CBD body). Repeatable.'),
    kind: list[Kind] = typer.Option([], "--kind", help="Only references of this kind. "
                                                        "Repeatable."),
    fail_on: list[str] = typer.Option([], "--fail-on", metavar="PATTERN",
                                      help="Exit 1 when a reference matches. Repeatable."),
    output: Path | None = options.OUTPUT,
    type: options.DocType | None = options.TYPE,
    engine: options.Engine = options.ENGINE,
    jobs: int = options.JOBS,
    timeout: float = options.TIMEOUT,
    no_color: bool = options.NO_COLOR,
    debug: bool = options.DEBUG,
) -> None:
    """List the decisions, resolutions and documents cited, with body, id and place.

    JSON output is one array of reference objects, each with its file (soilkit schema references).

    With --group: one object per identity, with count and citations (schema reference-groups).
    """
    from soilkit.cli.output import OutputError, Writer, check_output_file
    from soilkit.cli.runner import Run
    from soilkit.cli.tasks import Options, refs_task

    fmt = format.value if format else ("table" if sys.stdout.isatty() and output is None
                                       else "yaml")
    if fmt == "table" and output is not None:
        raise typer.BadParameter("a table is for the terminal: choose yaml, json, jsonl or csv",
                                 param_hint="'--format'")
    run = Run(files, jobs=jobs, timeout=timeout, no_color=no_color, debug=debug, label="refs")
    try:
        if output is not None:
            check_output_file(output, run.inputs)
    except OutputError as exc:
        raise typer.BadParameter(str(exc)) from None

    opts = Options(type=type.value if type else None, engine=engine.value)
    records: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    from soilkit.cli import messages

    for outcome in run.outcomes(refs_task, opts):
        if outcome.ok:
            records.extend(r for r in outcome.value if _wanted(r, body, kind))
        else:
            errors.append(messages.error_record(outcome.item.name, outcome.error,
                                                outcome.error_type))
    matched = [r for r in records if any(_matches(r, p) for p in fail_on)]
    with Writer(output) as writer:
        _emit(writer, fmt, group, records, errors)
    if matched:
        messages.note(f"--fail-on matched {len(matched)} reference"
                      f"{'s' if len(matched) != 1 else ''}: "
                      + ", ".join(sorted({_label(r) for r in matched})[:10]))
    run.exit(findings=bool(matched))


def _wanted(record: dict[str, Any], bodies: list[str], kinds: list[Kind]) -> bool:
    if kinds and record.get("kind") not in {k.value for k in kinds}:
        return False
    if bodies:
        mine = (record.get("body") or "").lower()
        return any(mine == b.lower() or mine.startswith(b.lower() + " ") for b in bodies)
    return True


def _label(record: dict[str, Any]) -> str:
    return " ".join(x for x in (record.get("body"), record.get("id")) if x)


def _matches(record: dict[str, Any], pattern: str) -> bool:
    pattern = pattern.lower()
    if pattern in ("*", "any"):
        return True
    candidates = (_label(record), record.get("id"), record.get("kind"), record.get("text"))
    return any(c and fnmatch.fnmatchcase(c.lower(), pattern) for c in candidates)


def _emit(writer, fmt: str, group: bool, records: list[dict[str, Any]],
          errors: list[dict[str, Any]]) -> None:
    from soilkit.emit import records as rec

    items = rec.group_references(records) if group else records
    if fmt == "table":
        from soilkit.cli import messages
        from soilkit.emit import tables

        console = messages.stdout_console()
        if group:
            tables.groups(console, items)
        else:  # one file: its name is in the command line, the column would only squeeze
            tables.references(console, items, show_file=len({r["file"] for r in items}) > 1)
    elif fmt == "yaml":
        from soilkit.emit.data import to_yaml

        writer.write(to_yaml(items))
    elif fmt == "json":
        from soilkit.emit.data import to_json

        writer.write(to_json(items + errors))
    elif fmt == "jsonl":
        from soilkit.emit.data import to_jsonl

        writer.write("".join(to_jsonl(x) for x in items + errors))
    else:
        if group:
            writer.write(rec.to_csv(rec.GROUP_COLUMNS, rec.group_rows(items)))
        else:
            writer.write(rec.to_csv(rec.REFERENCE_COLUMNS, rec.reference_rows(items)))
