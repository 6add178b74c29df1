"""Flat records for scripts: the references a document cites, their grouping across files,
and the rows of the CSV outputs. Everything here works on the plain dicts `to_dict` makes, so
the same records come out of worker processes and of the Python API."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from soilkit.model import REFERENCES_SCHEMA

GROUPS_SCHEMA = "soilkit/reference-groups/1"
REFERENCE_FIELDS = ("text", "start", "end", "kind", "body", "id", "pinpoint", "implicit", "url",
                    "where")


def reference_records(doc: dict[str, Any], file: str) -> list[dict[str, Any]]:
    """Every reference a document (or session page) cites, each with its file and place."""
    out: list[dict[str, Any]] = []
    seen: set[tuple] = set()

    def add(ref: dict[str, Any], where: dict[str, Any] | None) -> None:
        where = ref.get("where") or where
        key = (ref.get("start"), ref.get("end"), ref.get("text"), json.dumps(where, sort_keys=True))
        if key in seen:
            return
        seen.add(key)
        record = {"schema": REFERENCES_SCHEMA, "file": file}
        record.update({k: ref.get(k) for k in REFERENCE_FIELDS})
        record["implicit"] = bool(record["implicit"])
        record["where"] = where
        out.append(record)

    unnumbered = 0
    for para in doc.get("paragraphs", []):
        if para.get("number") is None:
            unnumbered += 1
            where = {"unnumbered": unnumbered}
        else:
            where = {"paragraph": para["number"]}
        for ref in para.get("references", []):
            add(ref, where)
    for note in doc.get("footnotes", []):
        for ref in note.get("references", []):
            add(ref, {"footnote": note.get("number")})
    for i, session in enumerate(doc.get("sessions", []), 1):
        for ref in session.get("references", []):
            add(ref, {"session": i})
    for ref in doc.get("references", []):
        add(ref, None)
    return out


def reference_key(record: dict[str, Any]) -> tuple[str, str, str]:
    return (record.get("kind") or "", record.get("body") or "", record.get("id") or "")


def group_references(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Aggregate by canonical identity (kind, body, id): how often and where each is cited."""
    groups: dict[tuple[str, str, str], dict[str, Any]] = {}
    for rec in records:
        key = reference_key(rec)
        group = groups.get(key)
        if group is None:
            group = groups[key] = {"schema": GROUPS_SCHEMA, "kind": rec.get("kind"),
                                   "body": rec.get("body"), "id": rec.get("id"), "count": 0,
                                   "files": [], "citations": []}
        group["count"] += 1
        if rec["file"] not in group["files"]:
            group["files"].append(rec["file"])
        group["citations"].append({"file": rec["file"], "text": rec.get("text"),
                                   "where": rec.get("where")})
    return sorted(groups.values(),
                  key=lambda g: (-g["count"], g["body"] or "", g["kind"] or "", g["id"] or ""))


def where_text(where: dict[str, Any] | None) -> str:
    if not where:
        return ""
    return ", ".join(f"{k} {v}" for k, v in where.items())


REFERENCE_COLUMNS = ("file", "text", "start", "end", "kind", "body", "id", "pinpoint", "implicit",
                     "url", "where")
GROUP_COLUMNS = ("kind", "body", "id", "count", "files", "where")
DOCUMENT_COLUMNS = ("file", "record", "number", "section", "pages", "title", "text", "footnotes",
                    "references", "people")


def reference_rows(records: list[dict[str, Any]]) -> list[list[Any]]:
    return [[r["file"], r["text"], r["start"], r["end"], r["kind"], r["body"], r["id"],
             r["pinpoint"], "true" if r["implicit"] else "false", r["url"],
             where_text(r["where"])] for r in records]


def group_rows(groups: list[dict[str, Any]]) -> list[list[Any]]:
    return [[g["kind"], g["body"], g["id"], g["count"], "; ".join(g["files"]),
             "; ".join(f"{c['file']}: {where_text(c['where'])}" for c in g["citations"])]
            for g in groups]


def _ids(refs: list[dict[str, Any]]) -> str:
    return "; ".join(" ".join(x for x in (r.get("body"), r.get("id")) if x) for r in refs)


def document_rows(doc: dict[str, Any], file: str) -> list[list[Any]]:
    """One row per paragraph and footnote of a report, or per session of a session page."""
    rows: list[list[Any]] = []
    for para in doc.get("paragraphs", []):
        rows.append([file, "paragraph", para.get("number"), para.get("section"),
                     " ".join(str(p) for p in para.get("pages") or []), None, para.get("text"),
                     " ".join(str(f) for f in para.get("footnotes") or []),
                     _ids(para.get("references") or []), None])
    for note in doc.get("footnotes", []):
        rows.append([file, "footnote", note.get("number"), None, note.get("page"), None,
                     note.get("text"), None, _ids(note.get("references") or []), None])
    for i, session in enumerate(doc.get("sessions", []), 1):
        people = "; ".join(p.get("name") or "" for p in session.get("people") or [])
        rows.append([file, "session", i, session.get("parent"), None, session.get("title"),
                     session.get("description"), None, _ids(session.get("references") or []),
                     people])
    return rows


def to_csv(header: tuple[str, ...] | None, rows: list[list[Any]]) -> str:
    """RFC 4180 CSV; `header=None` for rows that continue an already started table."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue()
