"""The facts a benchmark figure needs beside it: which machine, how busy, which versions."""

from __future__ import annotations

import os
import platform
import time
from importlib import metadata


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for dist in ("soilkit", "pdfplumber", "pdfminer.six", "pypdfium2", "pypdf", "typer", "lxml",
                 "PyYAML"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "absent"
    return out


def describe() -> dict[str, str]:
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpu": cpu_model(),
        "cores": str(cores()),
        "os": f"{platform.system()} {platform.release()}",
        "load average (1, 5, 15 min) at start": load(),
        **versions(),
    }
