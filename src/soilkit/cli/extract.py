"""`soilkit extract`: documents → structured YAML/JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from soilkit.cli import app


@app.command()
def extract(
    files: list[str] = typer.Argument(..., help="PDF, HTML, text or Markdown files."),
    format: str = typer.Option("yaml", "--format", "-f", help="yaml | json"),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to FILE."),
    type: str | None = typer.Option(None, "--type", help="report | sessions (default: detect)"),
) -> None:
    """Extract metadata, sections, paragraphs, footnotes and references.

    Example: soilkit extract report.pdf --format json
    """
    from soilkit.api import extract as run
    from soilkit.emit.data import to_json, to_yaml
    from soilkit.errors import SoilkitError

    failed = False
    chunks = []
    for f in files:
        try:
            doc = run(f, type=type)
        except SoilkitError as exc:
            print(f"soilkit: {exc}", file=sys.stderr)
            failed = True
            continue
        data = doc.to_dict()
        chunks.append(to_json(data) if format == "json" else to_yaml(data))
    text = ("---\n" if format == "yaml" and len(chunks) > 1 else "").join(chunks)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    raise typer.Exit(2 if failed else 0)
