"""`soilkit extract`: documents → structured YAML, JSON, JSON Lines, CSV or a table."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

from soilkit.cli import app, options


class Format(StrEnum):
    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


EXTENSIONS = {"yaml": "yaml", "json": "json", "jsonl": "jsonl", "csv": "csv"}

EPILOG = """\b
Examples:
  soilkit extract report.pdf                  # a table at a terminal, YAML when piped
  soilkit extract report.pdf -f json | jq '.paragraphs[] | select(.number == 7)'
  soilkit extract docs/ --out-dir out/ -j 2   # out/<name>.yaml for every document in docs/
  curl -s https://example.org/p.html | soilkit extract - --type sessions
\b
Exit codes: 0 all extracted; 2 a usage error or an input that could not be read (the others
are still written)."""


@app.command(epilog=EPILOG)
def extract(
    files: list[str] = options.FILES,
    format: Format | None = typer.Option(
        None, "--format", "-f", help="Output format (default: table at a terminal, else yaml)."),
    output: Path | None = options.OUTPUT,
    out_dir: Path | None = options.OUT_DIR,
    type: options.DocType | None = options.TYPE,
    engine: options.Engine = options.ENGINE,
    jobs: int = options.JOBS,
    timeout: float = options.TIMEOUT,
    no_color: bool = options.NO_COLOR,
    debug: bool = options.DEBUG,
) -> None:
    """Extract metadata, sections, numbered paragraphs, footnotes and references.

    Each output has a schema field (soilkit/document/1, soilkit/sessions/1): see soilkit schema.
    """
    from soilkit.cli.output import OutDir, OutputError, Writer, check_output_file, write_atomic
    from soilkit.cli.runner import Run
    from soilkit.cli.tasks import Options, extract_task

    options.out_paths(output, out_dir)
    to_file = output is not None or out_dir is not None
    fmt = format.value if format else ("table" if sys.stdout.isatty() and not to_file
                                       else "yaml")
    if fmt == "table" and to_file:
        raise typer.BadParameter("a table is for the terminal: choose yaml, json, jsonl or csv",
                                 param_hint="'--format'")
    run = Run(files, jobs=jobs, timeout=timeout, no_color=no_color, debug=debug,
              label="extract", prints_as_it_goes=not to_file)
    opts = Options(type=type.value if type else None, engine=engine.value, format=fmt)
    try:
        if output is not None:
            check_output_file(output, run.inputs)
        outdir = OutDir(out_dir, EXTENSIONS[fmt], run.inputs) if out_dir is not None else None
    except OutputError as exc:
        raise typer.BadParameter(str(exc)) from None

    if outdir is not None:
        for outcome in run.outcomes(extract_task, opts):
            if not outcome.ok:
                continue
            value = outcome.value
            if fmt == "csv":
                from soilkit.emit.records import DOCUMENT_COLUMNS, to_csv

                value = to_csv(DOCUMENT_COLUMNS, value)
            try:
                write_atomic(outdir.path_for(outcome.item), value)
            except OutputError as exc:
                run.fail(exc.path or "", exc.cause)
            except OSError as exc:
                run.fail(str(out_dir), f"cannot write output ({exc.strerror or exc})")
        run.exit()

    writer = Writer(output)
    try:
        _stream(run, writer, fmt, opts)
    except BaseException:
        writer.close(keep=False)
        raise
    writer.close()
    run.exit()


def _stream(run, writer, fmt: str, opts) -> None:
    """Write each input's output as it comes, framed as one stream of the format."""
    from soilkit.cli import messages
    from soilkit.cli.tasks import extract_task

    many = run.many
    count = 0
    console = None
    if fmt == "csv":
        from soilkit.emit.records import DOCUMENT_COLUMNS, to_csv

        writer.write(to_csv(DOCUMENT_COLUMNS, []))
    if fmt == "json" and many:
        writer.write("[\n")
    for outcome in run.outcomes(extract_task, opts):
        if fmt in ("json", "jsonl") and not outcome.ok:
            from soilkit.emit.data import to_json, to_jsonl

            record = messages.error_record(outcome.item.name, outcome.error, outcome.error_type)
            text = to_json(record) if fmt == "json" else to_jsonl(record)
        elif not outcome.ok:
            continue
        elif fmt == "csv":
            text = to_csv(None, outcome.value)
        elif fmt == "table":
            from soilkit.emit import tables

            console = console or messages.stdout_console()
            if count:
                console.print()
            tables.document(console, outcome.value)
            count += 1
            continue
        else:
            text = outcome.value  # UTF-8 bytes (tasks.extract_task)
        if count and fmt == "yaml":
            writer.write("---\n")
        elif count and fmt == "json" and many:
            writer.write(",\n")
        if fmt == "json" and many:
            text = _without_final_newline(text)
        writer.write(text)
        count += 1
    if fmt == "json" and many:
        writer.write("\n]\n" if count else "]\n")


def _without_final_newline(text: str | bytes) -> str | memoryview:
    if isinstance(text, str):
        return text.rstrip("\n")
    end = len(text)
    while end and text[end - 1] == 0x0A:
        end -= 1
    return memoryview(text)[:end]  # a long document's output is not copied to drop a newline
