"""Command-line arguments → the list of inputs: files, directories, glob patterns and `-`.

Directories are searched recursively for the extensions soilkit reads, in sorted order (so the
output order does not depend on the file system), following symbolic links to directories once
each: a link loop is walked once and reported, never followed forever.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field

from soilkit.read import EXTENSIONS

_GLOB_CHARS = set("*?[")


@dataclass
class Input:
    """One file to process. `path` is as the user would recognise it; `base` is the directory
    argument it was found under (output names keep the path below it)."""

    path: str
    base: str | None = None
    data: bytes | None = None  # standard input, read once by the parent

    @property
    def name(self) -> str:
        return "<stdin>" if self.path == "-" else self.path


@dataclass
class Expansion:
    inputs: list[Input] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (argument, cause): errors
    notes: list[tuple[str, str]] = field(default_factory=list)  # (path, cause): skipped, no error
    many: bool = False  # a directory, a glob or several arguments: output is a collection


def expand(arguments: list[str], *, read_stdin=None) -> Expansion:
    out = Expansion(many=len(arguments) > 1)
    seen: set[str] = set()

    def add(item: Input) -> None:
        key = item.path if item.path == "-" else os.path.realpath(item.path)
        if key not in seen:  # the same file named twice is processed once
            seen.add(key)
            out.inputs.append(item)

    for arg in arguments:
        if arg == "-":
            data = read_stdin() if read_stdin else b""
            add(Input("-", data=data))
            continue
        if os.path.isdir(arg):
            out.many = True
            found, problems, notes = _walk(arg)
            out.problems.extend(problems)
            out.notes.extend(notes)
            if not found and not problems:
                out.problems.append((arg, "no PDF, HTML, text or Markdown files in this directory"))
            for path in found:
                add(Input(path, base=arg))
            continue
        if os.path.lexists(arg) or not (_GLOB_CHARS & set(arg)):
            add(Input(arg))  # missing files are reported by the reader, one line each
            continue
        out.many = True
        matches = sorted(m for m in glob.glob(arg, recursive=True) if not os.path.isdir(m))
        if not matches:
            out.problems.append((arg, "no file matches this pattern"))
        for path in matches:
            add(Input(path))
    return out


def _walk(top: str) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    found: list[str] = []
    problems: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []
    visited: set[tuple[int, int]] = set()

    def onerror(exc: OSError) -> None:
        problems.append((exc.filename or top, f"cannot list directory ({exc.strerror})"))

    for dirpath, dirnames, filenames in os.walk(top, followlinks=True, onerror=onerror):
        try:
            st = os.stat(dirpath)
        except OSError as exc:
            problems.append((dirpath, f"cannot open directory ({exc.strerror})"))
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in visited:
            notes.append((dirpath, "symbolic link loop (directory already visited), skipped"))
            dirnames[:] = []
            continue
        visited.add(key)
        dirnames.sort()
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = os.path.join(dirpath, name)
            if name.lower().endswith(EXTENSIONS):
                found.append(path)
    return found, problems, notes
