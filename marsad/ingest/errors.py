"""Internal exceptions: raised inside a reader, turned into one ``IngestError`` line at the edge."""

from __future__ import annotations


class IngestFailure(Exception):
    """A file or record cannot become an article; ``str(e)`` is the one-line reason."""


class DecodeFailure(IngestFailure):
    """Bytes that are not text in any encoding we accept."""
