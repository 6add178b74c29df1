"""Write samples/seed-session-page.html: the seed session page as the HTML a programme site
serves, so tests can check that the text and the HTML of one page give the same sessions.

    .venv/bin/python scripts/make_session_html.py [SOURCE.txt] [OUT.html]

The markup follows the page's own layout, read from the text rendering by the layout facts that
rendering keeps: the two "•" items at the top are the segment's date and time, the first
paragraph after them is the segment title (h1), a line with a "LIVE NOW" badge is a session title
(h2, the badge in a span), indented "•" items are objectives, "–" items are speakers (a list),
"Facilitated by …" is its own paragraph (the text rendering glued it to the last speaker), and
"Main Session: …" links back to the segment. Output is deterministic (no dates, no ids).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "samples" / "seed-session-page.txt"
OUT = ROOT / "samples" / "seed-session-page.html"
_BADGE = re.compile(r"\s+(LIVE NOW)$")
_GLUED = re.compile(r"(?<=\S)(?=Facilitated by )")

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | GLF Bonn 2020 Digital Conference</title>
<link rel="stylesheet" href="/assets/agenda.css">
</head>
<body class="agenda-segment">
<header class="site-header">
<a class="logo" href="/">Global Landscapes Forum</a>
<nav aria-label="Main"><ul><li><a href="/agenda/">Agenda</a></li>
<li><a href="/speakers/">Speakers</a></li><li><a href="/register/">Register</a></li></ul></nav>
</header>
<main id="content">
<article class="segment">
"""
FOOT = """</article>
</main>
<footer class="site-footer"><p>&copy; Global Landscapes Forum. All rights reserved.</p>
<nav aria-label="Footer"><a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a></nav>
</footer>
<script src="/assets/agenda.js"></script>
</body>
</html>
"""


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def render(text: str) -> str:
    lines = [ln.rstrip() for ln in text.splitlines()]
    body: list[str] = []
    meta: list[str] = []
    segment_title = None
    open_list: str | None = None  # "objectives" | "speakers"
    in_session = False

    def close_list() -> None:
        nonlocal open_list
        if open_list:
            body.append("</ul>")
            open_list = None

    def open_(kind: str) -> None:
        nonlocal open_list
        if open_list != kind:
            close_list()
            body.append(f'<ul class="{kind}">')
            open_list = kind

    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if line.startswith("•") and segment_title is None:
            meta.append(line.lstrip("• ").strip())
            continue
        if segment_title is None:
            segment_title = line
            body.append('<ul class="segment-meta">')
            body.extend(f'<li class="{cls}">{_e(m)}</li>'
                        for cls, m in zip(("date", "time"), meta, strict=False))
            body.append("</ul>")
            body.append(f"<h1>{_e(line)}</h1>")
            continue
        badge = _BADGE.search(line)
        if badge:
            close_list()
            if in_session:
                body.append("</section>")
            body.append('<section class="session">')
            in_session = True
            title = line[:badge.start()]
            body.append(f'<h2>{_e(title)} <span class="badge live">{badge.group(1)}</span></h2>')
            continue
        if raw.startswith("  •") or line.startswith("•"):
            open_("objectives")
            body.append(f"<li>{_e(line.lstrip('• ').strip())}</li>")
            continue
        if line.startswith("–"):
            speaker, *rest = _GLUED.split(line.lstrip("– ").strip())
            open_("speakers")
            body.append(f"<li>{_e(speaker)}</li>")
            for glued in rest:
                close_list()
                body.append(f'<p class="facilitator">{_e(glued)}</p>')
            continue
        close_list()
        if line.startswith("Main Session:"):
            target = line.split(":", 1)[1].strip()
            body.append(f'<p class="main-session">Main Session: <a href="../">{_e(target)}</a>'
                        "</p>")
        elif line.startswith("Facilitated by"):
            body.append(f'<p class="facilitator">{_e(line)}</p>')
        else:
            body.append(f"<p>{_e(line)}</p>")
    close_list()
    if in_session:
        body.append("</section>")
    return HEAD.format(title=_e(segment_title or "")) + "\n".join(body) + "\n" + FOOT


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else SOURCE
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.write_text(render(source.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
