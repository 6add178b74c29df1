"""Run the installed `soilkit` command as a user would, and check what it prints.

The command is the one installed next to the interpreter running the tests
(`.venv/bin/soilkit`), so the tests exercise the real entry point, not a Python function.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

SOILKIT = str(Path(sys.executable).parent / "soilkit")


def run(*args: Any, input: bytes | None = None, env: dict[str, str] | None = None,
        cwd: str | os.PathLike | None = None, timeout: float = 120,
        as_user: int | None = None) -> subprocess.CompletedProcess:
    """Run soilkit; `as_user` (a uid, when the tests run as root) runs it as that user through
    setpriv, so that file permissions apply as they do to everyone else."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
    full_env.update(env or {})
    prefix: list[str] = []
    if as_user is not None:
        prefix = ["setpriv", f"--reuid={as_user}", f"--regid={as_user}", "--clear-groups"]
    return subprocess.run([*prefix, SOILKIT, *map(str, args)], input=input,
                          capture_output=True, env=full_env, cwd=cwd, timeout=timeout)


def stderr_lines(proc: subprocess.CompletedProcess) -> list[str]:
    return [ln for ln in proc.stderr.decode("utf-8").splitlines() if ln.strip()]


def assert_no_traceback(proc: subprocess.CompletedProcess) -> None:
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and 'File "' not in err, err


def parse(fmt: str, out: bytes) -> Any:
    """Parse stdout as the format it claims to be (raises if it is not)."""
    text = out.decode("utf-8")
    if fmt == "yaml":
        return [d for d in yaml.safe_load_all(text)]
    if fmt == "json":
        return json.loads(text)
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(text)))
    raise ValueError(fmt)


def validate(record: Any) -> None:
    """Validate one output record (or a list of them) against the schema its `schema` names."""
    import jsonschema

    from soilkit.schemas import record_schema

    if isinstance(record, list):
        for item in record:
            validate(item)
        return
    schema = record_schema(record["schema"])
    jsonschema.Draft202012Validator(schema).validate(record)
