"""Peak and current resident memory after each step of one extraction, in this process.

    .venv/bin/python bench/memory_steps.py /tmp/soilkit-bench/long-520.pdf --engine pdfium
    .venv/bin/python bench/memory_steps.py FILE --engine pdfium --cli   # as `soilkit extract`

Without --cli the steps are the API's (read, build, to_dict, YAML written as it is encoded); with
--cli the command line runs in this process (`--timeout 0`: no worker) with the same steps
marked, so that the two can be told apart step by step. `make bench` writes the whole-process
peaks to RESULTS.md; this script says where in a run the peak is reached (docs/performance.md).
The long test documents are built by `make bench` (bench/longpdf.py).
"""

from __future__ import annotations

import argparse
import os
import sys


def _mb(field: str) -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def mark(step: str) -> None:
    print(f"{step:28} peak {_mb('VmHWM'):6.1f} MB   now {_mb('VmRSS'):6.1f} MB", file=sys.stderr)


def _after(owner, name: str, step: str, before: str | None = None) -> None:
    """Mark the memory each time owner.name returns (and, with `before`, when it is called)."""
    function = getattr(owner, name)

    def marked(*args, **kwargs):
        if before:
            mark(before)
        result = function(*args, **kwargs)
        mark(step)
        return result

    setattr(owner, name, marked)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--engine", default="pdfplumber", choices=["pdfplumber", "pdfium"])
    ap.add_argument("--cli", action="store_true", help="run `soilkit extract` in this process")
    args = ap.parse_args()

    import soilkit.api
    import soilkit.emit.data
    import soilkit.model

    if args.cli:
        import soilkit.cli

    mark("imports")
    _after(soilkit.api, "load", "read", before="reading starts")
    _after(soilkit.api, "build", "structure")
    _after(soilkit.model.Document, "to_dict", "to_dict")
    if args.cli:
        import soilkit.cli.batch

        # (with no worker, the pieces a worker would send are joined for the writer)
        _after(soilkit.cli.batch, "_joined", "rendered (bytes for the writer)")
        sys.argv = ["soilkit", "extract", args.path, "--engine", args.engine, "-f", "yaml",
                    "--timeout", "0", "-o", os.devnull]
        try:
            soilkit.cli.main()
        except SystemExit as exc:
            if exc.code:
                raise
    else:
        data = soilkit.api.extract(args.path, engine=args.engine).to_dict()
        with open(os.devnull, "wb") as out:
            soilkit.emit.data.write_yaml(data, out)
        mark("YAML written")


if __name__ == "__main__":
    main()
