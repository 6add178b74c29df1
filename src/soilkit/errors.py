"""Errors soilkit reports to its user: one clear line each, never a traceback."""

from __future__ import annotations


class SoilkitError(Exception):
    """A problem with one input that the user can act on.

    `str(error)` is the one line printed on stderr: "<path>: <cause>".
    """

    def __init__(self, path: str | None, cause: str):
        self.path = path
        self.cause = cause
        super().__init__(f"{path}: {cause}" if path else cause)


class InputError(SoilkitError):
    """The file cannot be read as a document (missing, corrupt, wrong type, undecodable)."""


class EncryptedError(InputError):
    """The PDF needs a password to open."""


class NoTextLayerError(InputError):
    """The PDF has pages but no text layer: it must be OCRed first."""
