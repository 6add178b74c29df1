"""Mutation fuzzing of the PDF path: flip, zero, cut and splice the bytes of real PDFs and check
that every variant ends as a document or as one clean `InputError`, within the time limit.

    python tests/fuzz/mutate.py [--variants 2000] [--jobs 2] [--timeout 20] [PDF ...]

The test suite runs a few hundred variants (tests/test_bad_input.py); this script runs as many
as asked and prints every variant that escaped, hung or crashed, with the seed to rebuild it.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS_PDF = ROOT.parent / "shared" / "corpus" / "pdf"
SMALL = ("jp-kanpo-official-gazette-page.pdf",
         "fr-quebec-sainte-adele-demolition-committee-minutes-2023.pdf")
CLEAN_ERRORS = {"InputError", "EncryptedError", "NoTextLayerError"}


def mutate(data: bytes, seed: int) -> bytes:
    """One variant of `data`, rebuilt identically from the same seed."""
    rng = random.Random(seed)
    buf = bytearray(data)
    how = rng.choice(("flip", "flip", "zero", "truncate", "splice", "drop"))
    if how == "flip":
        for _ in range(rng.randint(1, 40)):
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
    elif how == "zero":
        i = rng.randrange(len(buf))
        buf[i:i + rng.randint(1, 2048)] = bytes(min(len(buf) - i, rng.randint(1, 2048)))
    elif how == "truncate":
        del buf[rng.randrange(8, len(buf)):]
    elif how == "splice":
        i, j = sorted(rng.randrange(len(buf)) for _ in range(2))
        k = rng.randrange(len(buf))
        buf[k:k] = buf[i:j][:4096]
    else:
        i = rng.randrange(len(buf))
        del buf[i:i + rng.randint(1, 4096)]
    return bytes(buf)


def _extract(item: tuple[str, int, bytes]) -> int:
    from soilkit.api import extract

    name, _seed, data = item
    doc = extract(name, data=data)
    return len(doc.to_dict().get("paragraphs", []))


def variants(sources: list[Path], count: int) -> list[tuple[str, int, bytes]]:
    items = []
    originals = [(p.name, p.read_bytes()) for p in sources]
    for n in range(count):
        name, data = originals[n % len(originals)]
        items.append((f"{name}#{n}", n, mutate(data, n)))
    return items


def run_variants(items, *, jobs: int = 2, timeout: float = 20.0):
    """(outcomes, escaped): escaped lists the variants that ended other than cleanly."""
    from soilkit.cli.batch import run

    outcomes = list(run(_extract, items, jobs=jobs, timeout=timeout))
    escaped = [o for o in outcomes if not o.ok and o.error_type not in CLEAN_ERRORS]
    return outcomes, escaped


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--variants", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20.0)
    args = ap.parse_args()
    sources = args.pdfs or [CORPUS_PDF / name for name in SMALL]
    outcomes, escaped = run_variants(variants(sources, args.variants), jobs=args.jobs,
                                     timeout=args.timeout)
    kinds = Counter("ok" if o.ok else o.error_type for o in outcomes)
    print(f"{len(outcomes)} variants: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    for o in escaped:
        print(f"ESCAPED {o.item[0]} (seed {o.item[1]}): {o.error_type}: {o.error}")
    return 1 if escaped else 0


if __name__ == "__main__":
    sys.exit(main())
