"""soilkit's benchmark: speed, memory and scale, each figure beside its target.

    .venv/bin/python bench/run.py            # everything (about 6-8 minutes on 2 cores)
    .venv/bin/python bench/run.py --quick    # a subset, for iteration (about 1 minute)

Prints the figures and writes them, with the machine they ran on, to bench/RESULTS.md (a quick
run writes only where --out says). Figures:

- pages/s of extraction over ../shared/corpus/scale/ with each engine, and the ratio to the
  raw pdfplumber cost of the same pages (`page.chars` on every page), file by file in the same
  run so that load from other processes falls on both sides alike; CPU time of this process.
  soilkit reads pdfplumber's layout without building `page.chars`' dicts, so the ratio to the
  layout alone (`page.layout`) is given too: that one is soilkit's own work;
- MB/s of `soilkit.find_references` on plain text (bench/refs_speed.py);
- start-up of `soilkit --version` and `soilkit refs` on a small text file (median, fresh
  processes);
- peak RSS extracting a long PDF (500+ pages built with pypdf into /tmp) and a 50-page one, in a
  fresh process each: through the API with both engines, JSON and YAML, and through the
  command line;
- `--jobs` scaling of `soilkit extract` (1 vs 2 workers, output compared byte for byte).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SCALE = CORPUS / "scale"
BIN = Path(sys.executable).parent
SOILKIT = BIN / "soilkit"

sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

import longpdf  # noqa: E402
import machine  # noqa: E402


@dataclass
class Figure:
    name: str
    value: float | None
    unit: str
    target: str
    met: bool | None
    note: str = ""

    def row(self) -> str:
        if self.value is None:
            value = "n/a"
        elif self.unit == "×":
            value = f"{self.value:.2f}"
        else:
            value = f"{self.value:,.3g}" if self.value < 100 else f"{self.value:,.0f}"
        verdict = {True: "met", False: "**missed**", None: "—"}[self.met]
        return f"| {self.name} | {value} {self.unit} | {self.target} | {verdict} | {self.note} |"


def say(text: str) -> None:
    print(text, flush=True)


# ---------------------------------------------------------------- extraction throughput


def raw_pdfplumber(path: Path, what: str = "chars") -> int:
    """The floor soilkit's pdfplumber engine stands on, for every page: its characters
    (`page.chars`, the issue's reference), or its pdfminer layout alone (`page.layout`: what
    soilkit reads, `read.pdf.page_records`, without the character dicts `page.chars` adds)."""
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        n = 0
        for page in pdf.pages:
            getattr(page, what)  # (the cost being measured)
            page.close()
            n += 1
    return n


def raw_pdfium(path: Path) -> int:
    """PDFium's own text extraction of every page, for scale."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(doc)
    finally:
        doc.close()


def soilkit_extract(path: Path, engine: str) -> bytes:
    """What `soilkit extract -f json FILE` does for one file, minus the process start-up."""
    import soilkit
    from soilkit.emit.data import to_bytes

    return to_bytes(soilkit.extract(path, engine=engine).to_dict(), "json")


def cpu(fn, *args) -> tuple[float, object]:
    t0 = time.process_time()
    out = fn(*args)
    return time.process_time() - t0, out


def throughput(files: list[Path]) -> tuple[list[Figure], list[str]]:
    """Interleaved per file, in CPU seconds: raw pdfplumber (`page.chars`, `page.layout`),
    soilkit (pdfplumber), raw PDFium, soilkit (pdfium)."""
    totals = {"raw": 0.0, "layout": 0.0, "plumber": 0.0, "pdfium_raw": 0.0, "pdfium": 0.0}
    pages = 0
    lines = ["| file | pages | raw pdfplumber s | soilkit s | ratio | soilkit --engine pdfium s |",
             "|---|---:|---:|---:|---:|---:|"]
    # warm the imports outside the timings: a batch pays them once
    soilkit_extract(files[0], "pdfplumber")
    soilkit_extract(files[0], "pdfium")
    for i, path in enumerate(files):
        order = ("raw", "layout", "plumber") if i % 2 == 0 else ("plumber", "layout", "raw")
        spent = {}
        for what in order:
            if what == "raw":
                spent["raw"], n = cpu(raw_pdfplumber, path)
            elif what == "layout":
                spent["layout"], _ = cpu(raw_pdfplumber, path, "layout")
            else:
                spent["plumber"], _ = cpu(soilkit_extract, path, "pdfplumber")
        spent["pdfium_raw"], _ = cpu(raw_pdfium, path)
        spent["pdfium"], _ = cpu(soilkit_extract, path, "pdfium")
        for k, v in spent.items():
            totals[k] += v
        pages += n
        lines.append(f"| {path.name} | {n} | {spent['raw']:.2f} | {spent['plumber']:.2f} | "
                     f"{spent['plumber'] / spent['raw']:.2f} | {spent['pdfium']:.3f} |")
        say(f"  {path.name}: {n} pages, raw {spent['raw']:.2f}s, soilkit {spent['plumber']:.2f}s"
            f", pdfium {spent['pdfium']:.3f}s")
    ratio = totals["plumber"] / totals["raw"]
    own = totals["plumber"] / totals["layout"]
    pdfium_rate = pages / totals["pdfium"]
    figures = [
        Figure("raw pdfplumber (`page.chars`, every page)", pages / totals["raw"], "pages/s",
               "(reference)", None, f"{pages} pages of scale/, {len(files)} files"),
        Figure("`soilkit extract` (pdfplumber engine, JSON)", pages / totals["plumber"],
               "pages/s", "(reference × 1/1.15)", None),
        Figure("soilkit / raw pdfplumber cost ratio", ratio, "×", "≤ 1.15", ratio <= 1.15,
               "soilkit skips the character dicts of `page.chars`" if ratio < 1 else
               f"soilkit's own work = {100 * (ratio - 1):.0f}% on top of pdfplumber"),
        Figure("raw pdfplumber layout (`page.layout`, what soilkit reads)",
               pages / totals["layout"], "pages/s", "(reference)", None),
        Figure("soilkit / raw pdfplumber layout", own, "×", "(information)", None,
               f"soilkit's own work = {100 * (own - 1):.0f}% on top of the layout"),
        Figure("raw PDFium text (`get_text_range`, every page)", pages / totals["pdfium_raw"],
               "pages/s", "(reference)", None),
        Figure("`soilkit extract --engine pdfium` per core", pdfium_rate, "pages/s",
               "≥ 100", pdfium_rate >= 100),
        Figure("pdfium engine speed-up over the pdfplumber engine",
               totals["plumber"] / totals["pdfium"], "×", "(information)", None),
    ]
    return figures, lines


# ---------------------------------------------------------------- reference finder


def refs_figure(size_mb: float) -> Figure:
    import refs_speed

    text = refs_speed.corpus_text()
    text = text * max(1, int(size_mb * 1e6) // max(len(text), 1))
    mbs, count = refs_speed.throughput(text)
    return Figure("reference finder on plain text", mbs, "MB/s", "≥ 20", mbs >= 20,
                  f"{len(text.encode()) / 1e6:.1f} MB of corpus text, {count:,} references; "
                  "CPU time, best of 3")


# ---------------------------------------------------------------- start-up


def median_wall(cmd: list[str], runs: int) -> float:
    times = []
    env = {**os.environ, "NO_COLOR": "1"}
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                       check=False)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def startup(runs: int) -> list[Figure]:
    small = longpdf.WORK / "small.txt"
    longpdf.WORK.mkdir(parents=True, exist_ok=True)
    small.write_text(
        "Recalling its decision 15/4 of 19 December 2022 and resolution 79/208,\n"
        "the Conference of the Parties takes note of document CBD/SBI/4/5.\n", encoding="utf-8")
    # soilkit's modules as an installed package has them, compiled to bytecode: an editable
    # install under PYTHONDONTWRITEBYTECODE would compile them again in every process
    import compileall

    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    python = median_wall([sys.executable, "-c", "pass"], runs)
    version = median_wall([str(SOILKIT), "--version"], runs)
    refs = median_wall([str(SOILKIT), "refs", str(small), "-f", "json"], runs)
    note = (f"median of {runs} fresh processes, bytecode compiled; a bare `python -c pass` "
            f"takes {python:.3f} s")
    return [
        Figure("start-up: `soilkit --version`", version, "s", "≤ 0.25", version <= 0.25, note),
        Figure("start-up: `soilkit refs` on a small text file", refs, "s", "≤ 0.4",
               refs <= 0.4, note),
    ]


# ---------------------------------------------------------------- memory

_PEAK = """
import json, os, resource, sys


def peak_kb():
    # VmHWM is this process's own high-water mark; ru_maxrss would also count the memory of the
    # benchmark process this one was forked from (Linux keeps it across exec)
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


import soilkit
from soilkit.emit.data import write_json, write_yaml
base = peak_kb()
write = write_yaml if sys.argv[3] == "yaml" else write_json
with open(os.devnull, "wb") as out:
    write(soilkit.extract(sys.argv[1], engine=sys.argv[2]).to_dict(), out)
print(json.dumps({"base_kb": base, "peak_kb": peak_kb()}))
"""

# The command line: the largest of its processes (the parent, and the worker that reads the
# file), as the kernel counts it for the children this wrapper waited for.
_CLI_PEAK = """
import json, resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(json.dumps({"peak_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def peak_rss(path: Path, engine: str, fmt: str, cli: bool) -> tuple[float, float | None, float]:
    """(peak MB, MB after imports or None, wall seconds) of one extraction in a fresh process:
    through the Python API, the output written as it is encoded; or `soilkit extract`."""
    if cli:
        cmd = [sys.executable, "-c", _CLI_PEAK, str(SOILKIT), "extract", str(path),
               "--engine", engine, "-f", fmt]
    else:
        cmd = [sys.executable, "-c", _PEAK, str(path), engine, fmt]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t0
    info = json.loads(done.stdout.strip().splitlines()[-1])
    base = info["base_kb"] / 1024 if "base_kb" in info else None
    return info["peak_kb"] / 1024, base, wall


# (engine, output format, through the command line?): the API with both engines, YAML (the
# default format) beside JSON, and the command line as a user runs it.
MEMORY_CASES = (("pdfplumber", "json", False), ("pdfium", "json", False),
                ("pdfium", "yaml", False), ("pdfium", "yaml", True))


def memory(long_pages: int, cases=MEMORY_CASES) -> tuple[list[Figure], list[str]]:
    sources = sorted(SCALE.glob("*.pdf"))
    big = longpdf.build(sources, long_pages, "long")
    short = longpdf.build(sources, 50, "long")
    n_big, n_short = longpdf.page_count(big), longpdf.page_count(short)
    figures: list[Figure] = []
    lines = ["| run | pages | peak RSS MB | RSS after imports MB | wall s |",
             "|---|---:|---:|---:|---:|"]
    for engine, fmt, cli in cases:
        label = (f"`soilkit extract --engine {engine} -f {fmt}`" if cli
                 else f"API, {engine}, {fmt.upper()}")
        p_short, b_short, w_short = peak_rss(short, engine, fmt, cli)
        p_big, b_big, w_big = peak_rss(big, engine, fmt, cli)
        for n, p, b, w in ((n_short, p_short, b_short, w_short), (n_big, p_big, b_big, w_big)):
            lines.append(f"| {label} | {n} | {p:.0f} | {'—' if b is None else f'{b:.0f}'} "
                         f"| {w:.1f} |")
        say(f"  {label}: {n_short} pages {p_short:.0f} MB, {n_big} pages {p_big:.0f} MB")
        growth = p_big / p_short
        figures.append(Figure(f"peak RSS {n_big} pages / {n_short} pages ({label})", growth,
                              "×", "≤ 1.3", growth <= 1.3,
                              f"{p_short:.0f} MB → {p_big:.0f} MB"))
        figures.append(Figure(f"peak RSS at {n_big} pages ({label})", p_big, "MB", "< 300",
                              p_big < 300))
    return figures, lines


# ---------------------------------------------------------------- --jobs


def jobs(files: list[Path], engine: str) -> list[Figure]:
    outs = {}
    times = {}
    for n in (1, 2):
        out = longpdf.WORK / f"jobs-{n}.json"
        cmd = [str(SOILKIT), "extract", "-f", "json", "-j", str(n), "-o", str(out),
               "--engine", engine, *map(str, files)]
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        times[n] = time.perf_counter() - t0
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd[:8])} … failed: {done.stderr.strip()[:300]}")
        outs[n] = out.read_bytes()
    same = outs[1] == outs[2]
    speedup = times[1] / times[2]
    return [
        Figure(f"`soilkit extract -j 2` vs `-j 1` ({engine})", speedup, "×", "≥ 1.8",
               speedup >= 1.8 and same,
               f"{len(files)} files, {times[1]:.1f} s → {times[2]:.1f} s wall; output "
               + ("byte-identical" if same else "**DIFFERS**")),
    ]


# ---------------------------------------------------------------- report


def report(info: dict[str, str], figures: list[Figure], sections: dict[str, list[str]],
           quick: bool, load_end: str) -> str:
    out = ["# soilkit benchmark results", "",
           "Written by `make bench` (`.venv/bin/python bench/run.py"
           + (" --quick`, a subset" if quick else "`") + "). Do not edit by hand.", "",
           "## Machine", ""]
    out += [f"- {k}: {v}" for k, v in info.items()]
    out += [f"- load average at end: {load_end}", "",
            "The machine may be shared: throughput figures are CPU time of the measuring "
            "process (not wall time) and the ratio is taken file by file in the same run, so "
            "that load from other processes weighs on both sides alike. Start-up, `--jobs` and "
            "memory runs are wall-clock / whole-process figures and are noisier under load.",
            "", "## Figures", "", "| figure | value | target | verdict | note |",
            "|---|---:|---|---|---|"]
    out += [f.row() for f in figures]
    for title, lines in sections.items():
        out += ["", f"## {title}", "", *lines]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a subset, for iteration")
    ap.add_argument("--out", type=Path, default=None,
                    help="where to write the results (default: bench/RESULTS.md, none if --quick)")
    ap.add_argument("--skip", action="append", default=[],
                    choices=["extract", "refs", "startup", "memory", "jobs"])
    args = ap.parse_args(argv)
    out = args.out if args.out else (None if args.quick else HERE / "RESULTS.md")

    if not SCALE.is_dir():
        say(f"no corpus at {SCALE}: nothing to measure")
        return 1
    info = machine.describe()
    say("\n".join(f"{k}: {v}" for k, v in info.items()))
    files = sorted(SCALE.glob("*.pdf"))
    if args.quick:
        files = files[:: max(1, len(files) // 8)][:8]
    figures: list[Figure] = []
    sections: dict[str, list[str]] = {}

    if "extract" not in args.skip:
        say(f"\n== extraction, {len(files)} files")
        figs, lines = throughput(files)
        figures += figs
        sections["Extraction, file by file (CPU seconds)"] = lines
    if "refs" not in args.skip:
        say("\n== reference finder")
        figures.append(refs_figure(2.0 if args.quick else 8.0))
    if "startup" not in args.skip:
        say("\n== start-up")
        figures += startup(5 if args.quick else 11)
    if "memory" not in args.skip:
        say("\n== memory")
        figs, lines = memory(120 if args.quick else 520,
                             MEMORY_CASES[1:] if args.quick else MEMORY_CASES)
        figures += figs
        sections["Peak RSS (fresh process each)"] = lines
    if "jobs" not in args.skip:
        say("\n== --jobs")
        batch = files if args.quick else sorted(SCALE.glob("*.pdf"))[:24]
        figures += jobs(batch, "pdfplumber")

    say("")
    for f in figures:
        say(f.row())
    if out is not None:
        out.write_text(report(info, figures, sections, args.quick, machine.load()),
                       encoding="utf-8")
        say(f"\nwritten to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
