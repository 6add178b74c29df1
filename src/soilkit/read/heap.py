"""Memory the PDF engines have freed, handed back to the system once a document is read.

PDFium allocates through malloc, and so do pdfminer's decoded content streams (large bytes
objects); glibc keeps what they free for later mallocs, while Python's small objects (what the
structure step builds) come from separate mappings and never reuse it. Without this, the
engine's memory for its last pages stays resident under the structure step, and counts twice
in the peak: 10 MB of the 520-page benchmark document's.
"""

from __future__ import annotations

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
