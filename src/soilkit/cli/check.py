"""`soilkit check`: document QA for authors and secretariats, in CI or at a desk."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from soilkit.cli import app, options


class Format(StrEnum):
    table = "table"
    json = "json"
    github = "github"


EPILOG = """\b
Examples:
  soilkit check report.md                         # a table of findings
  soilkit check docs/ --format github             # annotations on a GitHub pull request
  soilkit check report.pdf -f json | jq '.[] | select(.rule == "footnote-undefined")'
  soilkit check report.md --rule paragraph-numbering --rule broken-url
\b
Rules: footnote-undefined, footnote-uncited, paragraph-numbering, malformed-reference,
broken-url.
\b
Exit codes: 0 no findings; 1 findings; 2 a usage error or an unreadable input."""


@app.command(epilog=EPILOG)
def check(
    files: list[str] = options.FILES,
    format: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    rule: list[str] = typer.Option([], "--rule", metavar="RULE",
                                   help="Run only this rule. Repeatable."),
    output: Path | None = options.OUTPUT,
    type: options.DocType | None = options.TYPE,
    engine: options.Engine = options.ENGINE,
    jobs: int = options.JOBS,
    timeout: float = options.TIMEOUT,
    no_color: bool = options.NO_COLOR,
    debug: bool = options.DEBUG,
) -> None:
    """Check documents for footnote, numbering, reference and URL mistakes (QA for CI).

    Finds footnote markers without a footnote and footnotes never cited.

    Finds paragraph numbering gaps and duplicates, and URLs broken across lines.

    Finds references that look like a known series but do not parse (1/CP 20, CBD/COP/DEC/15/).
    """
    from soilkit.check import RULES
    from soilkit.cli import messages
    from soilkit.cli.output import OutputError, Writer, check_output_file
    from soilkit.cli.runner import Run
    from soilkit.cli.tasks import Options, check_task

    unknown = [r for r in rule if r not in RULES]
    if unknown:
        raise typer.BadParameter(f"unknown rule {unknown[0]!r} (rules: {', '.join(RULES)})",
                                 param_hint="'--rule'")
    run = Run(files, jobs=jobs, timeout=timeout, no_color=no_color, debug=debug, label="check")
    try:
        if output is not None:
            check_output_file(output, run.inputs)
    except OutputError as exc:
        raise typer.BadParameter(str(exc)) from None
    opts = Options(type=type.value if type else None, engine=engine.value)
    findings: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    checked = 0
    for outcome in run.outcomes(check_task, opts, tuple(rule)):
        if outcome.ok:
            checked += 1
            findings.extend(outcome.value)
        else:
            errors.append(messages.error_record(outcome.item.name, outcome.error,
                                                outcome.error_type))
    with Writer(output) as writer:
        if format is Format.json:
            from soilkit.emit.data import to_json

            writer.write(to_json(findings + errors))
        elif format is Format.github:
            from soilkit.emit.github import annotation, error_annotation

            writer.write("".join(annotation(f) for f in findings))
            writer.write("".join(error_annotation(e["file"], e["error"]) for e in errors))
        elif findings:
            from soilkit.emit import tables

            tables.findings(messages.stdout_console(), findings)
    if format is Format.table or output is not None:
        files_word = "file" if checked == 1 else "files"
        messages.note(f"{checked} {files_word} checked, {len(findings)} finding"
                      f"{'s' if len(findings) != 1 else ''}")
    run.exit(findings=bool(findings))
