"""`soilkit show`: a document at a glance, as tables for people."""

from __future__ import annotations

import typer

from soilkit.cli import app, options

EPILOG = """\b
Examples:
  soilkit show report.pdf                  # metadata, sections, paragraphs, footnotes, references
  soilkit show report.pdf --paragraph 7    # paragraph 7 in full, with its footnotes
  soilkit show report.pdf --page 3         # the paragraphs and footnotes on page 3
  soilkit show programme.txt               # a session page: time, title, people
\b
Exit codes: 0 shown; 2 a usage error or an unreadable input."""


@app.command(epilog=EPILOG)
def show(
    files: list[str] = options.FILES,
    paragraph: str | None = typer.Option(None, "--paragraph", "-p", metavar="N",
                                         help='Show only paragraph N ("12", "12bis"), in full.'),
    page: int | None = typer.Option(None, "--page", min=1, metavar="N",
                                    help="Show only the paragraphs and footnotes on page N."),
    full: bool = typer.Option(False, "--full", help="Do not shorten long paragraphs."),
    width: int | None = typer.Option(None, "--width", min=40, metavar="COLUMNS",
                                     help="Table width (default: the terminal's)."),
    type: options.DocType | None = options.TYPE,
    engine: options.Engine = options.ENGINE,
    jobs: int = options.JOBS,
    timeout: float = options.TIMEOUT,
    no_color: bool = options.NO_COLOR,
    debug: bool = options.DEBUG,
) -> None:
    """Show a document as tables for people: paragraphs, footnotes, references, sessions.

    A report: metadata, sections, paragraphs with footnote markers, footnotes, references.

    A session page: each session's date, time, title and people.
    """
    from soilkit.cli import messages
    from soilkit.cli.runner import Run
    from soilkit.cli.tasks import Options, show_task

    run = Run(files, jobs=jobs, timeout=timeout, no_color=no_color, debug=debug, label="show",
              prints_as_it_goes=True)
    opts = Options(type=type.value if type else None, engine=engine.value)
    wanted = paragraph.replace(" ", "").rstrip(".") if paragraph else None
    console = None
    for outcome in run.outcomes(show_task, opts):
        if not outcome.ok:
            continue
        from soilkit.emit import tables

        if console is None:
            console = messages.stdout_console(width)
        else:
            console.print()
        tables.document(console, outcome.value, paragraph=wanted, page=page, full_text=full)
    run.exit()
