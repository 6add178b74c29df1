"""Score `soilkit extract` against the corpus expectations, file by file.

    python bench/score_extract.py [NAME-FRAGMENT ...] [--cache DIR] [--verbose]

Every PDF in ../shared/corpus/pdf/ that has an expectation file in ../shared/corpus/expected/
is extracted and every expectation in that file is counted as met or not: the page count,
each metadata field given, paragraph count/first/last/unnumbered, each field of each paragraph
check (starts_with, ends_with, pages, footnotes), footnote count, each field of each footnote
check, each expected section title, each expected reference. The table shows met/total per
file and the share overall. `tests/test_extract_corpus.py` imports `score_document` so that
the ratchet counts exactly the same way.

`--cache DIR` keeps pdfplumber's characters per page in DIR (pickles keyed by the file's
sha256), so that iterating on the layout and structure steps does not re-read the PDFs.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


@dataclass
class Score:
    name: str
    met: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def check(self, ok: bool, what: str) -> None:
        self.total += 1
        if ok:
            self.met += 1
        else:
            self.misses.append(what)


def _ws(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def _label(value: Any) -> str | None:
    if value is None:
        return None
    return re.sub(r"\s+", "", str(value)).rstrip(".").lower()


def _find_paragraph(paragraphs: list[dict], check: dict) -> dict | None:
    number = _label(check.get("number"))
    start = _ws(check.get("starts_with", ""))
    candidates = [p for p in paragraphs if _label(p["number"]) == number]
    if not candidates:
        return None
    for p in candidates:
        if start and _ws(p["text"]).startswith(start):
            return p
    return candidates[0] if number is not None else None


def _refs_at(doc: dict, where: dict) -> list[dict]:
    if "footnote" in where:
        return [r for f in doc["footnotes"] if _label(f["number"]) == _label(where["footnote"])
                for r in f["references"]]
    if "unnumbered" in where:
        unnumbered = [p for p in doc["paragraphs"] if p["number"] is None]
        k = where["unnumbered"]
        return unnumbered[k - 1]["references"] if 0 < k <= len(unnumbered) else []
    if "paragraph" in where:
        return [r for p in doc["paragraphs"] if _label(p["number"]) == _label(where["paragraph"])
                for r in p["references"]]
    if "starts_with" in where:
        start = _ws(where["starts_with"])
        return [r for p in doc["paragraphs"] if _ws(p["text"]).startswith(start)
                for r in p["references"]]
    return []


def _ref_matches(found: dict, want: dict) -> bool:
    if _ws(found.get("text")) != _ws(want["text"]):
        return False
    if found.get("kind") != want["kind"] or _ws(found.get("id")) != _ws(want["id"]):
        return False
    if want.get("body") is not None and found.get("body") != want["body"]:
        return False
    return (found.get("pinpoint") or None) == (want.get("pinpoint") or None)


def score_document(doc: dict, expected: dict, name: str = "") -> Score:
    """Count the expectations of one expectation file that `doc` (Document.to_dict()) meets."""
    s = Score(name)
    if "pages" in expected:
        s.check(doc["source"]["pages"] == expected["pages"], f"pages {expected['pages']}")
    for key, value in (expected.get("metadata") or {}).items():
        got = doc["metadata"].get(key)
        s.check(_ws(got) == _ws(value) if got is not None else value is None,
                f"metadata.{key}: {got!r}")
    paras = expected.get("paragraphs") or {}
    numbered = [p for p in doc["paragraphs"] if p["number"] is not None]
    if "count" in paras:
        s.check(len(numbered) == paras["count"], f"paragraphs.count {len(numbered)}")
    if "first" in paras:
        got = numbered[0]["number"] if numbered else None
        s.check(_label(got) == _label(paras["first"]), f"paragraphs.first {got!r}")
    if "last" in paras:
        got = numbered[-1]["number"] if numbered else None
        s.check(_label(got) == _label(paras["last"]), f"paragraphs.last {got!r}")
    if "unnumbered" in paras:
        got = sum(1 for p in doc["paragraphs"] if p["number"] is None)
        s.check(got == paras["unnumbered"], f"paragraphs.unnumbered {got}")
    for check in paras.get("checks") or []:
        p = _find_paragraph(doc["paragraphs"], check)
        tag = f"paragraph {check.get('number')!r} {check.get('starts_with', '')[:30]!r}"
        text = _ws(p["text"]) if p else ""
        if "starts_with" in check:
            s.check(p is not None and text.startswith(_ws(check["starts_with"])),
                    f"{tag} starts: {text[:80]!r}")
        if "ends_with" in check:
            s.check(p is not None and text.endswith(_ws(check["ends_with"])),
                    f"{tag} ends: {text[-80:]!r}")
        if "pages" in check:
            s.check(p is not None and p["pages"] == check["pages"],
                    f"{tag} pages {p['pages'] if p else None}")
        if "footnotes" in check:
            s.check(p is not None and p["footnotes"] == check["footnotes"],
                    f"{tag} footnotes {p['footnotes'] if p else None}")
    notes = expected.get("footnotes") or {}
    if "count" in notes:
        s.check(len(doc["footnotes"]) == notes["count"], f"footnotes.count {len(doc['footnotes'])}")
    for check in notes.get("checks") or []:
        f = next((f for f in doc["footnotes"] if _label(f["number"]) == _label(check["number"])),
                 None)
        text = _ws(f["text"]) if f else ""
        tag = f"footnote {check['number']}"
        if "starts_with" in check:
            s.check(f is not None and text.startswith(_ws(check["starts_with"])),
                    f"{tag} starts: {text[:80]!r}")
        if "ends_with" in check:
            s.check(f is not None and text.endswith(_ws(check["ends_with"])),
                    f"{tag} ends: {text[-80:]!r}")
        if "page" in check:
            s.check(f is not None and f["page"] == check["page"],
                    f"{tag} page {f['page'] if f else None}")
    titles = [_ws(sec["title"]) for sec in doc["sections"]]
    for sec in expected.get("sections") or []:
        s.check(_ws(sec["title"]) in titles, f"section {sec['title']!r}")
    for ref in expected.get("refs") or []:
        found = _refs_at(doc, ref["where"])
        s.check(any(_ref_matches(r, ref) for r in found),
                f"ref {ref['text']!r} at {ref['where']}")
    return s


def expectation_files() -> list[Path]:
    return sorted((CORPUS / "expected").glob("*.yaml"))


def install_char_cache(directory: Path) -> None:
    """Serve pdfplumber characters from pickles in `directory` (development speed-up)."""
    import soilkit.read.pdf as pdfmod

    original = pdfmod.iter_page_chars
    directory.mkdir(parents=True, exist_ok=True)

    def cached(data: bytes | str, path: str = "-"):
        raw = Path(data).read_bytes() if isinstance(data, str) else data
        key = directory / (hashlib.sha256(raw).hexdigest() + ".records.pickle")
        if key.exists():
            yield from pickle.loads(key.read_bytes())
            return
        pages = []
        for number, width, height, chars in original(data, path):
            pages.append((number, width, height, chars))
        key.write_bytes(pickle.dumps(pages))
        yield from pages

    pdfmod.iter_page_chars = cached


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="only files whose name contains one of these")
    ap.add_argument("--cache", type=Path, help="directory for cached page characters")
    ap.add_argument("--verbose", "-v", action="store_true", help="list what is missed")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    if args.cache:
        install_char_cache(args.cache)
    import soilkit

    scores = []
    for exp_path in expectation_files():
        if args.names and not any(n in exp_path.stem for n in args.names):
            continue
        expected = yaml.safe_load(exp_path.read_text(encoding="utf-8"))
        t0 = time.perf_counter()
        # the expectation files describe reports: the structure step is scored as such even
        # where the type detector would call the file something else
        doc = soilkit.extract(CORPUS / expected["file"], type="report").to_dict()
        s = score_document(doc, expected, exp_path.stem)
        scores.append((s, time.perf_counter() - t0))
    met = sum(s.met for s, _ in scores)
    total = sum(s.total for s, _ in scores)
    width = max((len(s.name) for s, _ in scores), default=10)
    for s, secs in scores:
        share = s.met / s.total if s.total else 1
        print(f"{s.name:<{width}}  {s.met:4d}/{s.total:<4d} {share:6.1%}  {secs:5.1f}s")
        if args.verbose:
            for miss in s.misses:
                print(f"    - {miss}")
    print(f"{'TOTAL':<{width}}  {met:4d}/{total:<4d} {met / total if total else 1:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
