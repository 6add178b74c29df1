"""Rich tables for people at a terminal: a document, a session page, references, findings.

Works on the plain dicts `to_dict` makes. Imported only when a table is printed (rich is the
heaviest import of the command line).
"""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from soilkit.emit.records import where_text

_BOX = box.SIMPLE_HEAD


def _table(title: str, *columns: tuple[str, dict]) -> Table:
    table = Table(title=title, box=_BOX, title_justify="left", title_style="bold",
                  show_lines=False, expand=False)
    for name, opts in columns:
        table.add_column(name, **opts)
    return table


def _s(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_s(v) for v in value)
    if isinstance(value, dict):
        return where_text(value)
    return str(value)


def _refs(refs: list[dict[str, Any]]) -> str:
    return "; ".join(" ".join(x for x in (r.get("body"), r.get("id")) if x) for r in refs)


def _short(text: str, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def document(console: Console, doc: dict[str, Any], *, paragraph: str | None = None,
             page: int | None = None, full_text: bool = False) -> None:
    src = doc.get("source", {})
    head = Text.assemble((src.get("path", ""), "bold"), f"  {src.get('format', '')}")
    if src.get("pages"):
        head.append(f", {src['pages']} pages")
    console.print(head)
    if "sessions" in doc:
        sessions(console, doc)
        return
    paras = doc.get("paragraphs", [])
    notes = doc.get("footnotes", [])
    if paragraph is not None:
        paras = [p for p in paras if _s(p.get("number")).replace(" ", "") == paragraph]
        cited = {str(n) for p in paras for n in p.get("footnotes", [])}
        notes = [n for n in notes if str(n.get("number")) in cited]
        full_text = True
        if not paras:
            console.print(f"no paragraph numbered {paragraph}")
            return
    if page is not None:
        paras = [p for p in paras if page in (p.get("pages") or [])]
        notes = [n for n in notes if n.get("page") == page]
    if paragraph is None and page is None:
        meta = _table("Metadata", ("field", {"style": "bold"}), ("value", {"overflow": "fold"}))
        for key, value in doc.get("metadata", {}).items():
            if value not in (None, [], ""):
                meta.add_row(key, _s(value))
        console.print(meta)
        secs = doc.get("sections", [])
        if secs:
            table = _table(f"Sections ({len(secs)})", ("number", {"no_wrap": True}),
                           ("title", {"overflow": "fold"}), ("page", {"justify": "right"}),
                           ("level", {"justify": "right"}))
            for s in secs:
                table.add_row(_s(s.get("number")), s.get("title") or "", _s(s.get("page")),
                              _s(s.get("level")))
            console.print(table)
    limit = 10**9 if full_text else 160
    table = _table(f"Paragraphs ({len(paras)})", ("no.", {"no_wrap": True, "style": "bold"}),
                   ("section", {"overflow": "fold", "max_width": 14}),
                   ("pages", {"no_wrap": True}), ("text", {"overflow": "fold", "ratio": 1}),
                   ("notes", {"overflow": "fold"}), ("references", {"overflow": "fold"}))
    for p in paras:
        table.add_row(_s(p.get("number")), _s(p.get("section")), _s(p.get("pages")),
                      _short(p.get("text", ""), limit), _s(p.get("footnotes")),
                      _refs(p.get("references") or []))
    console.print(table)
    if notes:
        table = _table(f"Footnotes ({len(notes)})", ("no.", {"no_wrap": True, "style": "bold"}),
                       ("page", {"justify": "right"}), ("text", {"overflow": "fold", "ratio": 1}),
                       ("cited in", {"overflow": "fold"}))
        for n in notes:
            table.add_row(_s(n.get("number")), _s(n.get("page")), _short(n.get("text", ""), limit),
                          _s(n.get("cited_in")))
        console.print(table)
    if paragraph is None and page is None:
        refs = doc.get("references") or [r for p in paras for r in p.get("references") or []]
        if refs:
            references(console, [dict(r, file=None) for r in refs], title="References",
                       show_file=False)


def sessions(console: Console, page: dict[str, Any]) -> None:
    event = page.get("event") or {}
    if event.get("name") or event.get("dates"):
        console.print(Text.assemble(("Event: ", "bold"), event.get("name") or "",
                                    f"  {', '.join(event.get('dates') or [])}"))
    items = page.get("sessions", [])
    table = _table(f"Sessions ({len(items)})", ("date", {"no_wrap": True}),
                   ("time", {"no_wrap": True}), ("title", {"overflow": "fold", "ratio": 1}),
                   ("people", {"overflow": "fold", "ratio": 1}))
    for s in items:
        time = "–".join(x for x in (s.get("start"), s.get("end")) if x)
        people = "\n".join(_person(p) for p in s.get("people") or [])
        title = s.get("title") or ""
        if s.get("parent"):
            title += f"\n[{s['parent']}]"
        table.add_row(s.get("date") or "", time, title, people)
    console.print(table)


def _person(p: dict[str, Any]) -> str:
    who = " ".join(x for x in (p.get("honorific"), p.get("name")) if x)
    extra = ", ".join(x for x in (p.get("role"), p.get("organization")) if x)
    if p.get("acronym"):
        extra += f" ({p['acronym']})"
    fn = p.get("function")
    out = who + (f", {extra}" if extra else "")
    return out + (f" — {fn}" if fn and fn != "speaker" else "")


def references(console: Console, records: list[dict[str, Any]], *, title: str = "References",
               show_file: bool = True) -> None:
    columns = [("file", {"overflow": "fold", "ratio": 1})] if show_file else []
    columns += [("text", {"overflow": "fold", "ratio": 1}), ("kind", {"no_wrap": True}),
                ("body", {"no_wrap": True}), ("id", {"overflow": "fold"}),
                ("pinpoint", {"overflow": "fold"}), ("where", {"no_wrap": True, "min_width": 12})]
    table = _table(f"{title} ({len(records)})", *columns)
    for r in records:
        row = [r.get("file") or ""] if show_file else []
        body = (r.get("body") or "") + (" *" if r.get("implicit") else "")
        row += [r.get("text") or "", r.get("kind") or "", body, r.get("id") or "",
                r.get("pinpoint") or "", where_text(r.get("where"))]
        table.add_row(*row)
    console.print(table)


def groups(console: Console, items: list[dict[str, Any]]) -> None:
    table = _table(f"References by identity ({len(items)})", ("kind", {"no_wrap": True}),
                   ("body", {"no_wrap": True}), ("id", {"no_wrap": True}),
                   ("count", {"justify": "right"}), ("cited in", {"overflow": "fold"}))
    for g in items:
        where = "; ".join(f"{c['file']}: {where_text(c['where'])}" for c in g["citations"])
        table.add_row(g.get("kind") or "", g.get("body") or "", g.get("id") or "",
                      str(g["count"]), where)
    console.print(table)


def findings(console: Console, items: list[dict[str, Any]]) -> None:
    table = _table(f"Findings ({len(items)})", ("file", {"overflow": "fold"}),
                   ("line", {"justify": "right"}), ("page", {"justify": "right"}),
                   ("severity", {"no_wrap": True}), ("rule", {"no_wrap": True}),
                   ("message", {"overflow": "fold", "ratio": 1}))
    for f in items:
        style = "red" if f.get("severity") == "error" else "yellow"
        table.add_row(f.get("file") or "", _s(f.get("line")), _s(f.get("page")),
                      Text(f.get("severity") or "", style=style), f.get("rule") or "",
                      f.get("message") or "")
    console.print(table)
