"""Ratchet: the reference finder's precision and recall on the labelled development set never
drop below the figures recorded in tests/baselines/refs.json."""

from __future__ import annotations

import importlib.util
import json
import sys

from conftest import CORPUS, ROOT, need_corpus

BASELINE = json.loads((ROOT / "tests" / "baselines" / "refs.json").read_text(encoding="utf-8"))


def _scorer():
    spec = importlib.util.spec_from_file_location("score_refs", ROOT / "bench" / "score_refs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_refs"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_dev_set_precision_and_recall_do_not_drop():
    need_corpus()
    scorer = _scorer()
    sc = scorer.score(scorer.load(CORPUS / "refs" / "dev.yaml"))
    assert sc.tp + sc.fn == 207  # every label of the set was scored
    assert sc.precision >= BASELINE["precision"], sc.false_positives
    assert sc.recall >= BASELINE["recall"], [m for m in sc.misses if m[1] == "missed"]


def test_dev_set_pinpoints_agree_on_matched_references():
    need_corpus()
    scorer = _scorer()
    sc = scorer.score(scorer.load(CORPUS / "refs" / "dev.yaml"))
    assert sc.pin_agree / sc.tp >= 0.95


def test_scorer_counts_a_wrong_body_as_a_miss_and_a_false_positive():
    from soilkit.model import Reference

    scorer = _scorer()
    item = {"id": "T1", "passage": "see decision 15/28 here",
            "refs": [{"text": "15/28", "start": 13, "kind": "decision", "body": "CBD COP",
                      "id": "15/28", "pinpoint": None, "implicit": True}]}

    def wrong(text):
        return [Reference("15/28", 13, 18, "decision", "UNEA", "15/28")]

    sc = scorer.score([item], find=wrong)
    assert (sc.tp, sc.fp, sc.fn) == (0, 1, 1)
    sc = scorer.score([item])
    assert (sc.tp, sc.fp, sc.fn) == (1, 0, 0)
