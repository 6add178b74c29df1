"""`soilkit schema`: the JSON Schema (draft 2020-12) of each output kind."""

from __future__ import annotations

from enum import StrEnum

import typer

from soilkit.cli import app

EPILOG = """\b
Examples:
  soilkit schema document > document.schema.json
  soilkit extract report.pdf -f json > r.json && \\
      check-jsonschema --schemafile document.schema.json r.json
  soilkit schema                                # every kind, as one JSON object
\b
Exit codes: 0 printed; 2 an unknown kind."""


class Kind(StrEnum):
    document = "document"
    sessions = "sessions"
    references = "references"
    reference_groups = "reference-groups"
    findings = "findings"
    error = "error"


@app.command(epilog=EPILOG)
def schema(
    kind: Kind | None = typer.Argument(None, help="Which output (default: all of them)."),
) -> None:
    """Print the JSON Schema (draft 2020-12) of an output kind.

    document and sessions: extract. references, reference-groups: refs. findings: check.

    error: the record standing in for a file that failed, in JSON outputs.
    """
    import json

    from soilkit.schemas import load_schema

    if kind is not None:
        data = load_schema(kind.value)
    else:
        data = {k.value: load_schema(k.value) for k in Kind}
    print(json.dumps(data, ensure_ascii=False, indent=2))
