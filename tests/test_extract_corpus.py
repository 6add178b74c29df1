"""The corpus ratchet: every expectation file's count of met expectations may only go up.

Counts come from `bench/score_extract.py` (the same function, so the numbers match the
scorer's table). Raise `tests/baselines/extract.json` when the extraction improves; never
lower it to make this pass. Every other corpus PDF (pdf/ and scale/) must extract without
error.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys

import pytest
import yaml
from conftest import CORPUS, ROOT, extracted, need_corpus

from soilkit.model import Document

BASELINE = ROOT / "tests" / "baselines" / "extract.json"


@functools.cache
def _scorer():
    spec = importlib.util.spec_from_file_location("score_extract",
                                                  ROOT / "bench" / "score_extract.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_extract"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _report(path: str):
    """The file read as a report: the expectation files describe reports, whatever the type
    detector makes of them (its own tests judge it)."""
    doc = extracted(path)
    if isinstance(doc, Document):
        return doc
    return _forced_report(path)


@functools.cache
def _forced_report(path: str):
    import soilkit

    return soilkit.extract(path, type="report")


def _expectations() -> list[str]:
    folder = CORPUS / "expected"
    return sorted(p.stem for p in folder.glob("*.yaml")) if folder.is_dir() else []


def _expected_pdfs() -> set[str]:
    names = set()
    for stem in _expectations():
        exp = yaml.safe_load((CORPUS / "expected" / f"{stem}.yaml").read_text(encoding="utf-8"))
        names.add((CORPUS / exp["file"]).name)
    return names


def _other_pdfs() -> list[str]:
    if not CORPUS.is_dir():
        return []
    taken = _expected_pdfs()
    files = sorted(CORPUS.glob("pdf/*.pdf")) + sorted(CORPUS.glob("scale/*.pdf"))
    return [str(p.relative_to(CORPUS)) for p in files if p.name not in taken]


def test_baseline_covers_every_expectation_file():
    need_corpus()
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert sorted(baseline) == _expectations()


@pytest.mark.parametrize("stem", _expectations())
def test_expectations_do_not_regress(stem):
    need_corpus()
    scorer = _scorer()
    expected = yaml.safe_load((CORPUS / "expected" / f"{stem}.yaml").read_text(encoding="utf-8"))
    doc = _report(str(CORPUS / expected["file"])).to_dict()
    score = scorer.score_document(doc, expected, stem)
    floor = json.loads(BASELINE.read_text(encoding="utf-8"))[stem]
    assert score.met >= floor, (
        f"{stem}: {score.met}/{score.total} met, baseline {floor}; missed: {score.misses}")


@pytest.mark.parametrize("relpath", _other_pdfs())
def test_other_corpus_pdfs_extract(relpath):
    need_corpus()
    doc = _report(str(CORPUS / relpath))
    assert doc.source.pages and doc.source.pages > 0
    assert doc.paragraphs or doc.sections
    for para in doc.paragraphs:
        assert para.text == para.text.strip() and "\ufffd" not in para.text
