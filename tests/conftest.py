"""Shared fixtures: where the corpus is, and one extraction per corpus file per test run."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEEDS = SHARED / "seeds"


def need_corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent (CI always has it)")
    return CORPUS


@functools.cache
def extracted(path: str, engine: str = "pdfplumber"):
    """Extract a file once per test session: corpus PDFs are slow to read."""
    import soilkit

    return soilkit.extract(path, engine=engine)
