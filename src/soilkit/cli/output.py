"""Where output goes: stdout, one file (`-o`), or one file per input (`--out-dir`).

Every file is written atomically: to a temporary file in the same directory, renamed into place
only when complete, so a failure or an interrupt never leaves a partial output behind. A device
or a pipe (`-o /dev/null`, a named pipe) is written straight to, like stdout: renaming a file
onto it would replace the device itself. Names in `--out-dir` are derived from the input's path
below the argument it was found under, cleaned of anything that could climb out of the
directory, and checked to land inside it.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import tempfile
from pathlib import Path

from soilkit.cli.inputs import Input
from soilkit.errors import SoilkitError

_UNSAFE = re.compile(r"[^\w.\-+@=,]+", re.UNICODE)


class OutputError(SoilkitError):
    """An output that cannot or must not be written."""


# What outputs are made of: text, or the UTF-8 bytes a task rendered it into.
Data = str | bytes | memoryview


def _utf8(data: Data) -> bytes | memoryview:
    return data.encode("utf-8") if isinstance(data, str) else data


def _is_stream(path: Path) -> bool:
    """An existing device, pipe or socket: something written to, never replaced."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode) \
        or stat.S_ISSOCK(mode)


def write_atomic(path: Path, data: Data) -> None:
    out = AtomicFile(path)
    try:
        out.write(data)
        out.commit()
    except BaseException:
        out.discard()
        raise


class AtomicFile:
    """A file written piece by piece and renamed into place by `commit()`; `discard()` (or
    never committing) leaves nothing behind."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.tmp: str | None = None
        if _is_stream(self.path):  # (what is written is gone at once, as on stdout)
            self.fh = open(self.path, "wb")  # noqa: SIM115 - closed by commit() or discard()
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part",
                                        dir=self.path.parent)
        self.fh = os.fdopen(fd, "wb")

    def write(self, data: Data) -> None:
        self.fh.write(_utf8(data))

    def commit(self) -> None:
        self.fh.flush()
        if self.tmp is None:
            self.fh.close()
            return
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.chmod(self.tmp, 0o644)
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        if self.tmp is None:
            return
        try:
            os.unlink(self.tmp)
        except OSError:
            pass


def _same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_output_file(output: Path, inputs: list[Input]) -> None:
    """`-o FILE` must not be one of the inputs (the input would be lost)."""
    for item in inputs:
        if item.path != "-" and _same_file(output, item.path):
            raise OutputError(str(output), "is also an input: refusing to overwrite it")


class OutDir:
    """Names one output file per input inside `root`, never outside it, never an input."""

    def __init__(self, root: Path, extension: str, inputs: list[Input]):
        self.root = Path(root)
        if self.root.exists() and not self.root.is_dir():
            raise OutputError(str(root), "exists and is not a directory")
        self.extension = extension
        self.inputs = {os.path.realpath(i.path) for i in inputs if i.path != "-"}
        self.taken: set[str] = set()
        # report.pdf → report.yaml; but when two inputs share a stem (report.pdf and
        # report.html), both keep their extension (report.pdf.yaml, report.html.yaml), so a
        # name never depends on the order the inputs came in.
        self.clashes: dict[tuple[str, ...], int] = {}
        for item in inputs:
            key = self._stem_key(self._relative_parts(item))
            self.clashes[key] = self.clashes.get(key, 0) + 1

    @staticmethod
    def _stem_key(parts: list[str]) -> tuple[str, ...]:
        return (*parts[:-1], (Path(parts[-1]).stem or parts[-1]).lower())

    def _name(self, parts: list[str], full: bool) -> Path:
        name = parts[-1] if full else (Path(parts[-1]).stem or parts[-1])
        return Path(*parts[:-1], f"{name}.{self.extension}")

    def path_for(self, item: Input) -> Path:
        parts = self._relative_parts(item)
        rel = self._name(parts, full=self.clashes[self._stem_key(parts)] > 1)
        n = 2
        while str(rel) in self.taken:  # two inputs still alike once cleaned: number them
            rel = Path(*parts[:-1], f"{Path(parts[-1]).stem}-{n}.{self.extension}")
            n += 1
        self.taken.add(str(rel))
        target = self.root / rel
        root_real = os.path.realpath(self.root)
        target_real = os.path.realpath(target)
        if os.path.commonpath([root_real, target_real]) != root_real:
            raise OutputError(str(target), "would be written outside --out-dir: refused")
        if target_real in self.inputs:
            raise OutputError(str(target), "is an input file: refusing to overwrite it")
        return target

    @staticmethod
    def _relative_parts(item: Input) -> list[str]:
        if item.path == "-":
            return ["stdin"]
        path = Path(item.path)
        if item.base is not None:
            try:
                path = path.relative_to(item.base)
            except ValueError:
                path = Path(path.name)
        else:
            path = Path(path.name)
        parts = []
        for part in path.parts:
            part = _UNSAFE.sub("_", part).strip(".") or "_"
            parts.append(part)
        return parts or ["document"]


def stdout_write(data: Data) -> None:
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if isinstance(data, str) or buffer is None:
            sys.stdout.write(data if isinstance(data, str) else str(data, "utf-8"))
            sys.stdout.flush()
        else:
            sys.stdout.flush()  # what went through the text layer first stays first
            buffer.write(data)
            buffer.flush()
    except BrokenPipeError:
        # `soilkit … | head`: the reader has gone; stop quietly like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(0) from None


class Writer:
    """Standard output, or `-o FILE` written atomically: the file appears only when `close()`
    is called with something written; an interrupted or empty run leaves nothing."""

    def __init__(self, output: Path | None):
        self.file = AtomicFile(output) if output is not None else None
        self.written = False

    def write(self, data: Data) -> None:
        if not data:
            return
        self.written = True
        if self.file is None:
            stdout_write(data)
        else:
            self.file.write(data)

    def close(self, keep: bool = True) -> None:
        if self.file is None:
            return
        if keep and self.written:
            self.file.commit()
        else:
            self.file.discard()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(keep=exc_type is None)
