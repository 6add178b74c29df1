"""Score soilkit's session-page output against the hand-checked expectations.

The rules are the ones in `../shared/corpus/sessions/README.md`: expected sessions are aligned
to found ones by title, then each field is counted: title, date, start, end, parent, description
start and number of objectives per session, and name, role, organization, acronym and function
per expected person. A session that is not found scores nothing for any of its fields.

    .venv/bin/python bench/score_sessions.py [DIR]      # default: ../shared/corpus/sessions

Importable: `score_file(txt, yaml)` and `score_dir(dir)` return `FileScore`s (the ratchet test
uses them).
"""

from __future__ import annotations

import difflib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "corpus" / "sessions"

SESSION_FIELDS = ("title", "date", "start", "end", "parent", "description", "objectives")
PERSON_FIELDS = ("name", "role", "organization", "acronym", "function")
# Titles this similar count as the same session (a stray quote or badge left over), but a
# title never aligns to two sessions.
_TITLE_SIMILARITY = 0.85


@dataclass
class FileScore:
    name: str
    met: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.met / self.total if self.total else 1.0


def _norm(value) -> str | None:
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


def _align(expected: list[dict], found: list[dict], key) -> list[dict | None]:
    """For each expected item, the found item with the same key (exact first, then close)."""
    used: set[int] = set()
    out: list[dict | None] = [None] * len(expected)
    for i, exp in enumerate(expected):
        for j, got in enumerate(found):
            if j not in used and _norm(key(got)) == _norm(key(exp)):
                out[i] = got
                used.add(j)
                break
    for i, exp in enumerate(expected):
        if out[i] is not None:
            continue
        best, best_ratio = None, _TITLE_SIMILARITY
        for j, got in enumerate(found):
            if j in used:
                continue
            ratio = difflib.SequenceMatcher(None, _norm(key(exp)) or "",
                                            _norm(key(got)) or "").ratio()
            if ratio >= best_ratio:
                best, best_ratio = j, ratio
        if best is not None:
            out[i] = found[best]
            used.add(best)
    return out


def _session_checks(exp: dict, got: dict) -> dict[str, bool]:
    want_desc = _norm(exp.get("description_starts_with"))
    got_desc = _norm(got.get("description"))
    if want_desc is None:
        desc_ok = got_desc is None
    else:
        desc_ok = got_desc is not None and got_desc.startswith(want_desc)
    date = exp.get("date")
    return {
        "title": True,
        "date": _norm(date.isoformat() if hasattr(date, "isoformat") else date)
        == _norm(got.get("date")),
        "start": _norm(exp.get("start")) == _norm(got.get("start")),
        "end": _norm(exp.get("end")) == _norm(got.get("end")),
        "parent": _norm(exp.get("parent")) == _norm(got.get("parent")),
        "description": desc_ok,
        "objectives": int(exp.get("objectives") or 0) == len(got.get("objectives") or []),
    }


def score_output(name: str, expected: dict, output: dict) -> FileScore:
    """Count the expected fields that `output` (a `SessionPage.to_dict()`) meets."""
    score = FileScore(name)
    exp_sessions = expected.get("sessions") or []
    got_sessions = output.get("sessions") or []
    aligned = _align(exp_sessions, got_sessions, key=lambda s: s.get("title"))
    for exp, got in zip(exp_sessions, aligned, strict=True):
        people = exp.get("speakers") or []
        score.total += len(SESSION_FIELDS) + len(PERSON_FIELDS) * len(people)
        if got is None:
            score.misses.append(f"session not found: {exp.get('title')!r}")
            continue
        for fname, ok in _session_checks(exp, got).items():
            score.met += ok
            if not ok:
                shown = got.get(fname) if fname != "objectives" else len(got.get(fname) or [])
                score.misses.append(f"{exp['title'][:40]!r} {fname}: got {shown!r}")
        got_people = got.get("people") or []
        for exp_p, got_p in zip(people, _align_people(people, got_people), strict=True):
            if got_p is None:
                score.misses.append(f"{exp['title'][:40]!r} person not found: {exp_p['name']!r}")
                continue
            for fname in PERSON_FIELDS:
                ok = _norm(exp_p.get(fname)) == _norm(got_p.get(fname))
                score.met += ok
                if not ok:
                    score.misses.append(f"{exp_p['name']!r} {fname}: got {got_p.get(fname)!r}"
                                        f" want {exp_p.get(fname)!r}")
    return score


def _align_people(expected: list[dict], found: list[dict]) -> list[dict | None]:
    """By name first; an expected person whose name was not found takes the found person at
    the same position, if still free, so the other fields are still counted."""
    by_name = _align(expected, found, key=lambda p: p.get("name"))
    used = {id(p) for p in by_name if p is not None}
    for i, got in enumerate(by_name):
        if got is None and i < len(found) and id(found[i]) not in used:
            by_name[i] = found[i]
            used.add(id(found[i]))
    return by_name


def score_file(text_path: str | Path, yaml_path: str | Path) -> FileScore:
    import soilkit

    expected = yaml.safe_load(Path(yaml_path).read_text(encoding="utf-8"))
    output = soilkit.extract(str(text_path), type="sessions").to_dict()
    return score_output(Path(text_path).name, expected, output)


def score_dir(directory: str | Path = DEFAULT_DIR) -> list[FileScore]:
    directory = Path(directory)
    return [score_file(y.with_suffix(".txt"), y) for y in sorted(directory.glob("*.yaml"))
            if y.with_suffix(".txt").exists()]


def main(argv: list[str]) -> int:
    paths = [a for a in argv if not a.startswith("-")]
    directory = Path(paths[0]) if paths else DEFAULT_DIR
    verbose = "-v" in argv
    scores = score_dir(directory)
    met = sum(s.met for s in scores)
    total = sum(s.total for s in scores)
    for s in scores:
        print(f"{s.name:45} {s.met:4}/{s.total:<4} {s.share:6.1%}")
        if verbose:
            for miss in s.misses:
                print(f"    - {miss}")
    print(f"{'overall':45} {met:4}/{total:<4} {met / total if total else 1:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
