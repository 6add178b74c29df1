"""The session-page ratchet: each programme page's count of met expected fields may only go up.

Counts come from `bench/score_sessions.py` (the same function, so the numbers match the
scorer's table). Raise `tests/baselines/sessions.json` when the parser improves; never lower it
to make this pass. Also: every session text is detected as a session page, every corpus PDF as a
report (those PDFs are extracted once per test run, shared with the extraction ratchet).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys

import pytest
from conftest import CORPUS, ROOT, extracted, need_corpus

from soilkit.model import Document, SessionPage

BASELINE = ROOT / "tests" / "baselines" / "sessions.json"
SESSIONS = CORPUS / "sessions"


@functools.cache
def _scorer():
    spec = importlib.util.spec_from_file_location("score_sessions",
                                                  ROOT / "bench" / "score_sessions.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_sessions"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _pages() -> list[str]:
    return sorted(p.stem for p in SESSIONS.glob("*.yaml")) if SESSIONS.is_dir() else []


def _pdfs() -> list[str]:
    folder = CORPUS / "pdf"
    return sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []


def test_baseline_names_every_page():
    need_corpus()
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert sorted(baseline) == _pages()


@pytest.mark.parametrize("stem", _pages())
def test_page_does_not_regress(stem):
    need_corpus()
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    score = _scorer().score_file(SESSIONS / f"{stem}.txt", SESSIONS / f"{stem}.yaml")
    assert score.total > 0
    assert score.met >= baseline[stem], (
        f"{stem}: {score.met}/{score.total} met, baseline {baseline[stem]}\n"
        + "\n".join(score.misses))


@pytest.mark.parametrize("stem", _pages())
def test_session_text_is_detected_as_sessions(stem):
    need_corpus()
    assert isinstance(extracted(str(SESSIONS / f"{stem}.txt")), SessionPage)


@pytest.mark.parametrize("name", _pdfs())
def test_corpus_pdf_is_detected_as_report(name):
    need_corpus()
    assert isinstance(extracted(str(CORPUS / "pdf" / name)), Document)


def _texts_to_weigh() -> list[str]:
    pages = [str(SESSIONS / f"{stem}.txt") for stem in _pages()]
    return pages + [str(p) for p in sorted((ROOT / "samples").iterdir())]


@pytest.mark.parametrize("path", _texts_to_weigh())
def test_detection_that_stops_early_decides_as_weighing_every_line(path):
    """`detect_type` parses possible speaker lines only until the kind is decided; the kind
    must be the one that parsing all of them gives."""
    from soilkit.api import load
    from soilkit.structure.detect import _PEOPLE_WEIGHT, _kind, detect_type, weigh
    from soilkit.structure.sessions.people import parse_people

    if "sessions" in path:
        need_corpus()
    lines, _ = load(path)
    ev = weigh(lines)
    named = sum(bool(parse_people(text)) for text in ev.people_lines)
    eager = _kind(ev.sessions + _PEOPLE_WEIGHT * named, ev)
    assert detect_type(lines) == eager
    expected = "sessions" if ("sessions" in path or "session-page" in path) else "report"
    assert eager == expected
