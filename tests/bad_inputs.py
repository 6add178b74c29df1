"""Generate the bad-input suite into a directory: broken, hostile and odd files.

Nothing binary is committed: every case is made here, from a seeded random generator, pypdf,
reportlab and (for the truncated PDF) the first half of a real corpus PDF.

    python tests/bad_inputs.py /tmp/bad      # write the suite, print the cases

Each `Case` says what soilkit must do with it: the exit code when it is run alone, and a
fragment the one stderr line must contain (None when the file is readable and must succeed).
"""

from __future__ import annotations

import io
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_PDF = ROOT.parent / "shared" / "corpus" / "pdf"
# A small real PDF: the truncated case is the first half of it.
TRUNCATE_SOURCE = "fr-quebec-sainte-adele-demolition-committee-minutes-2023.pdf"


@dataclass
class Case:
    name: str
    path: Path
    exit: int  # exit code of `soilkit extract <path>` run alone
    cause: str | None  # a fragment of the stderr line (lower case), None when it must succeed
    note: str = ""
    skip: str | None = None  # why this case cannot be made here


def _pdf_with_text(text: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    for line in text.splitlines():
        c.drawString(72, y, line)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def _encrypted(user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf_with_text(
        "1. The Commission welcomed decision 15/28 on soil biodiversity.\n"
        "2. It requested the Secretariat to report on progress."))))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _image_only() -> bytes:
    """A scanned page: one raster image, no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (400, 560), 255)
    draw = ImageDraw.Draw(img)
    for y in range(40, 520, 18):  # strokes that look like lines of print on a scan
        draw.rectangle([40, y, 360 - (y * 7) % 90, y + 7], fill=20)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(img), 50, 100, width=495, height=690)
    c.showPage()
    c.save()
    return buf.getvalue()


def _zero_pages() -> bytes:
    from pypdf import PdfWriter

    buf = io.BytesIO()
    PdfWriter().write(buf)
    return buf.getvalue()


def make_suite(directory: str | os.PathLike) -> list[Case]:
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261122)
    cases: list[Case] = []

    def case(name: str, data: bytes | None, exit: int, cause: str | None, note: str = ""
             ) -> Case:
        path = d / name
        if data is not None:
            path.write_bytes(data)
        c = Case(name, path, exit, cause, note)
        cases.append(c)
        return c

    case("empty.txt", b"", 2, "empty file", "0 bytes")
    source = CORPUS_PDF / TRUNCATE_SOURCE
    if source.is_file():
        data = source.read_bytes()
        # pdfminer recovers what it can from a cut file: either a clean error or the pages
        # that survived are both acceptable; what is not is a traceback or a hang.
        case("truncated.pdf", data[: len(data) // 2], -1, None, "first half of a corpus PDF")
    else:
        cases.append(Case("truncated.pdf", d / "truncated.pdf", 2, None,
                          skip="../shared/corpus is absent"))
    case("random.pdf", rng.randbytes(20_000), 2, "pdf", "random bytes named .pdf")
    case("encrypted-user.pdf", _encrypted("secret", "owner-secret"), 2, "password",
         "AES-128, user password set")
    case("encrypted-owner.pdf", _encrypted("", "owner-secret"), 0, None,
         "owner password only: opens without one and extracts")
    case("image-only.pdf", _image_only(), 2, "ocr", "a raster image, no text layer")
    case("zero-pages.pdf", _zero_pages(), 2, "page", "a valid PDF with no page")
    html = ('<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Report</title>'
            '</head><body><h1>Progress report</h1><p>1. The Commission \x93welcomed\x94 '
            'decision 15/28 \x96 caf\xe9 soils.</p></body></html>').encode("latin-1")
    case("windows-1252.html", html, 0, None, "declared and encoded Windows-1252")
    text = ("# Report\n\n1. The Commission welcomed decision 15/28 on soil biodiversity "
            "— “café”.\n")
    case("utf16-bom.txt", "\ufeff".encode("utf-16-le") + text.encode("utf-16-le"), 0, None,
         "UTF-16 LE with a byte-order mark")
    binary = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00\x01\x02"
    case("binary.txt", binary, 2, "binary", "random bytes named .txt")
    huge = d / "huge-one-line.txt"
    with open(huge, "w", encoding="utf-8") as fh:
        chunk = ("The Commission recalled decision 15/28 and resolution 73/284 on soils; "
                 "12/07/2005 is a date. ") * 100
        written = 0
        while written < 50 * 1024 * 1024:
            fh.write(chunk)
            written += len(chunk)
    case("huge-one-line.txt", None, 0, None, "50 MB, one line")
    loop = d / "loop-dir"
    loop.mkdir(exist_ok=True)
    (loop / "good.md").write_text("# Title\n\n1. Text citing decision 14/30.\n", encoding="utf-8")
    if not (loop / "again").is_symlink():
        os.symlink(".", loop / "again")  # loop-dir/again/again/… forever, if followed
    case("loop-dir", None, 0, "loop", "directory holding a link to itself: walked once")
    for a, b in (("link-a.txt", "link-b.txt"), ("link-b.txt", "link-a.txt")):
        if not (d / a).is_symlink():
            os.symlink(b, d / a)
    case("link-a.txt", None, 2, "loop", "two symbolic links pointing at each other")
    locked = case("unreadable.txt", b"1. Some text.\n", 2, "permission denied", "chmod 000")
    os.chmod(locked.path, 0)
    if os.geteuid() == 0:
        locked.skip = "running as root: chmod 000 does not deny root, the file is readable"
    case("does-not-exist.pdf", None, 2, "no such file", "a path that does not exist")
    return cases


def good_file(directory: str | os.PathLike) -> Path:
    """A small readable document to put in a batch beside the bad ones."""
    path = Path(directory) / "good.txt"
    path.write_text("# Report\n\n1. The Commission welcomed decision 15/28.\n\n2. It noted "
                    "resolution 73/284.\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "bad-inputs"
    for c in make_suite(target):
        status = f"skip: {c.skip}" if c.skip else f"exit {c.exit}"
        print(f"{c.path}\t{status}\t{c.note}")
