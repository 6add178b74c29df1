"""The work done for one input, in a worker process: read, build, and shape the result.

Rendering (YAML, JSON) happens here rather than in the parent so that `--jobs N` spreads it
over the workers too; what comes back is plain data, cheap to send between processes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from soilkit.cli.inputs import Input


@dataclass(frozen=True)
class Options:
    type: str | None = None
    engine: str = "pdfplumber"
    format: str = "yaml"


def _document(item: Input, opts: Options):
    from soilkit.api import extract

    return extract(item.path, type=opts.type, engine=opts.engine, data=item.data)


def extract_task(opts: Options, item: Input) -> Any:
    data = _document(item, opts).to_dict()
    if opts.format in ("yaml", "json"):
        # UTF-8 bytes, encoded piece by piece as the worker sends them: half the memory of the
        # same text as a Python string, never held whole here, and what the parent writes out
        # as it is.
        from soilkit.emit.data import encoded

        return encoded(data, opts.format)
    if opts.format == "jsonl":
        from soilkit.emit.data import to_jsonl

        return to_jsonl(data)
    if opts.format == "csv":
        from soilkit.emit.records import document_rows

        return document_rows(data, item.name)
    return data  # table: rendered by the parent, which owns the terminal


def show_task(opts: Options, item: Input) -> dict[str, Any]:
    return _document(item, opts).to_dict()


def refs_task(opts: Options, item: Input) -> list[dict[str, Any]]:
    from soilkit.emit.records import reference_records

    return reference_records(_document(item, opts).to_dict(), item.name)


def check_task(opts: Options, rules: tuple[str, ...], item: Input) -> list[dict[str, Any]]:
    from soilkit.api import build, load
    from soilkit.check import SourceText, run_checks

    lines, source = load(item.path, engine=opts.engine, data=item.data)
    doc = build(lines, source, type=opts.type).to_dict()
    if source.format in ("text", "markdown"):
        from soilkit.read import load_bytes
        from soilkit.read.decode import decode_text

        raw = item.data if item.data is not None else load_bytes(item.path)
        text = SourceText(decode_text(raw, item.name).replace("\r\n", "\n"), has_lines=True)
    else:
        text = SourceText.from_lines(lines)
    text.add_markers(lines)
    return run_checks(doc, text, item.name, list(rules) or None)
