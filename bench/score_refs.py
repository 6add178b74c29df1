"""Score the reference finder on labelled passages (../shared/corpus/refs/dev.yaml).

    .venv/bin/python bench/score_refs.py [dev.yaml] [--verbose] [--json]

A found reference matches a label when their spans overlap and kind, body and id agree
(`body: null` in a label accepts any body); each label matches at most one reference. A found
reference overlapping an `ignore` span is neither a hit nor a false positive. Pinpoint and
implicit agreement are reported over the matched pairs, not scored into P/R.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "refs" / "dev.yaml"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pin_agree: int = 0
    implicit_agree: int = 0
    by_kind: dict = field(default_factory=lambda: {})
    by_body: dict = field(default_factory=lambda: {})
    misses: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)
    seconds: float = 0.0

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def precision(self) -> float:
        return self.prf(self.tp, self.fp, self.fn)[0]

    @property
    def recall(self) -> float:
        return self.prf(self.tp, self.fp, self.fn)[1]

    @property
    def f1(self) -> float:
        return self.prf(self.tp, self.fp, self.fn)[2]


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _occurrences(hay: str, needle: str) -> list[tuple[int, int]]:
    out, pos = [], hay.find(needle)
    while needle and pos >= 0:
        out.append((pos, pos + len(needle)))
        pos = hay.find(needle, pos + 1)
    return out


def _pin(p: str | None) -> str | None:
    return " ".join(p.lower().replace("–", "-").split()) if p else None


def _bump(table: dict, key: str, what: str) -> None:
    table.setdefault(key, Counter())[what] += 1


def score(items: list[dict], find=None) -> Score:
    if find is None:
        from soilkit.references import find_references as find
    sc = Score()
    t0 = time.perf_counter()
    for item in items:
        text = item["passage"]
        labels = item.get("refs") or []
        ignore = []
        for g in item.get("ignore") or []:
            if "start" in g:
                ignore.append((g["start"], g["start"] + len(g["text"])))
            else:
                ignore.extend(_occurrences(text, g["text"]))
        found = find(text)
        used: set[int] = set()
        for ref in found:
            hit = None
            for i, lab in enumerate(labels):
                if i in used:
                    continue
                s0 = lab["start"]
                if not _overlap(ref.start, ref.end, s0, s0 + len(lab["text"])):
                    continue
                if (ref.kind == lab["kind"] and ref.id == lab["id"]
                        and (lab["body"] is None or ref.body == lab["body"])):
                    hit = i
                    break
            if hit is not None:
                used.add(hit)
                lab = labels[hit]
                sc.tp += 1
                _bump(sc.by_kind, lab["kind"], "tp")
                _bump(sc.by_body, str(lab["body"]), "tp")
                sc.pin_agree += _pin(ref.pinpoint) == _pin(lab["pinpoint"])
                sc.implicit_agree += ref.implicit == lab["implicit"]
                if _pin(ref.pinpoint) != _pin(lab["pinpoint"]):
                    sc.misses.append((item["id"], "pinpoint", lab["text"], lab["pinpoint"],
                                      ref.pinpoint))
                continue
            if any(_overlap(ref.start, ref.end, a, b) for a, b in ignore):
                continue
            sc.fp += 1
            _bump(sc.by_kind, ref.kind, "fp")
            _bump(sc.by_body, str(ref.body), "fp")
            sc.false_positives.append((item["id"], ref.text, ref.start, ref.kind, ref.body,
                                       ref.id))
        for i, lab in enumerate(labels):
            if i not in used:
                sc.fn += 1
                _bump(sc.by_kind, lab["kind"], "fn")
                _bump(sc.by_body, str(lab["body"]), "fn")
                got = [(r.text, r.kind, r.body, r.id) for r in found
                       if _overlap(r.start, r.end, lab["start"], lab["start"] + len(lab["text"]))]
                sc.misses.append((item["id"], "missed", lab["text"], lab["start"], lab["kind"],
                                  lab["body"], lab["id"], got))
    sc.seconds = time.perf_counter() - t0
    return sc


def load(path: Path = DEV) -> list[dict]:
    import yaml

    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def _table(title: str, table: dict) -> None:
    print(f"\n{title}:")
    print(f"  {'':16s} {'P':>6s} {'R':>6s} {'F1':>6s}  {'tp':>4s} {'fp':>4s} {'fn':>4s}")
    for key in sorted(table, key=lambda k: -sum(table[k].values())):
        c = table[key]
        p, r, f = Score.prf(c["tp"], c["fp"], c["fn"])
        print(f"  {key:16s} {p:6.3f} {r:6.3f} {f:6.3f}  {c['tp']:4d} {c['fp']:4d} {c['fn']:4d}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEV))
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and false positives")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    items = load(Path(args.path))
    sc = score(items)
    if args.json:
        print(json.dumps({"precision": round(sc.precision, 4), "recall": round(sc.recall, 4),
                          "f1": round(sc.f1, 4), "tp": sc.tp, "fp": sc.fp, "fn": sc.fn,
                          "pinpoint_agreement": round(sc.pin_agree / max(sc.tp, 1), 4),
                          "implicit_agreement": round(sc.implicit_agree / max(sc.tp, 1), 4)}))
        return 0
    print(f"{args.path}: {len(items)} passages, {sc.tp + sc.fn} labels, {sc.tp + sc.fp} found "
          f"(outside ignore spans), {sc.seconds * 1000:.0f} ms")
    print(f"precision {sc.precision:.3f}  recall {sc.recall:.3f}  F1 {sc.f1:.3f}  "
          f"(tp {sc.tp}, fp {sc.fp}, fn {sc.fn})")
    print(f"pinpoint agreement {sc.pin_agree}/{sc.tp}, implicit agreement "
          f"{sc.implicit_agree}/{sc.tp} (over matched references)")
    _table("per kind", sc.by_kind)
    _table("per body", sc.by_body)
    if args.verbose:
        print("\nmisses (and pinpoint disagreements):")
        for m in sc.misses:
            print("  ", *m)
        print("\nfalse positives:")
        for fp in sc.false_positives:
            print("  ", *fp)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
