"""Long test documents for the memory figures, built from corpus PDFs into /tmp (never the repo).

The long document is corpus PDFs concatenated with pypdf until it has at least `pages` pages;
the short one is its first 50 pages, so both hold the same kind of text.
"""

from __future__ import annotations

from pathlib import Path

WORK = Path("/tmp/soilkit-bench")


def build(sources: list[Path], pages: int, name: str) -> Path:
    """A PDF of at least `pages` pages (exactly `pages` when the sources hold more)."""
    from pypdf import PdfReader, PdfWriter

    WORK.mkdir(parents=True, exist_ok=True)
    out = WORK / f"{name}-{pages}.pdf"
    if out.exists():
        return out
    writer = PdfWriter()
    count = 0
    while count < pages:
        for src in sources:
            reader = PdfReader(str(src))
            for page in reader.pages:
                if count >= pages:
                    break
                writer.add_page(page)
                count += 1
            if count >= pages:
                break
        if not sources:
            raise ValueError("no source PDFs")
    tmp = out.with_suffix(".part")
    with open(tmp, "wb") as f:
        writer.write(f)
    tmp.rename(out)
    return out


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()
