"""Throughput of the reference finder on plain text (MB/s on one core).

    .venv/bin/python bench/refs_speed.py [FILE.txt …]

Without files it uses the text of the corpus PDFs (read once with the pdfium engine and cached
under /tmp) plus the labelled passages, repeated to about 8 MB. The function to call from a
benchmark runner is `throughput(text)`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CACHE = Path("/tmp/soilkit-refs-bench.txt")


def throughput(text: str, repeat: int = 3) -> tuple[float, int]:
    """(MB/s, references found) for find_references over text, best of `repeat` runs.

    Measured in CPU time of this process: on a shared machine, wall time mostly measures the
    other processes."""
    from soilkit.references import find_references

    best = float("inf")
    count = 0
    for _ in range(repeat):
        t0 = time.process_time()
        count = len(find_references(text))
        best = min(best, time.process_time() - t0)
    return len(text.encode("utf-8")) / best / 1e6, count


def corpus_text() -> str:
    if CACHE.exists():
        return CACHE.read_text(encoding="utf-8")
    import pypdfium2 as pdfium
    import yaml

    parts = []
    for pdf in sorted((CORPUS / "pdf").glob("*.pdf")):
        doc = pdfium.PdfDocument(str(pdf))
        parts.extend(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    with open(CORPUS / "refs" / "dev.yaml", encoding="utf-8") as f:
        parts.extend(item["passage"] for item in yaml.safe_load(f))
    text = "\n".join(parts)
    CACHE.write_text(text, encoding="utf-8")
    return text


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    if argv:
        text = "\n".join(Path(p).read_text(encoding="utf-8", errors="replace") for p in argv)
    else:
        text = corpus_text()
    text = text * max(1, 8_000_000 // max(len(text), 1))
    mbs, count = throughput(text)
    print(f"find_references: {len(text) / 1e6:.1f} MB of text, {count} references, {mbs:.1f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
