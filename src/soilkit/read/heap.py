"""Memory the PDF engines have freed, handed back to the system once a document is read.

PDFium allocates through malloc, and so do pdfminer's decoded content streams (large bytes
objects); glibc keeps what they free for later mallocs, while Python's small objects (what the
structure step builds) come from separate mappings and never reuse it. Without this, the
engine's memory for its last pages stays resident under the structure step, and counts twice
in the peak: 10 MB of the 520-page benchmark document's.

Also here: pausing the cyclic collector while a page's many short-lived, acyclic objects are
built (`collector_paused`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_malloc_trim = None


def give_back_freed_memory() -> None:
    global _malloc_trim
    if _malloc_trim is None:
        import ctypes

        try:
            _malloc_trim = ctypes.CDLL(None).malloc_trim  # glibc only; elsewhere, nothing to do
        except (AttributeError, OSError):
            _malloc_trim = False
    if _malloc_trim:
        _malloc_trim(0)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused for a stretch that builds many objects and no
    reference cycle (one page's character records): 2-3% of the pdfium engine's time."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
