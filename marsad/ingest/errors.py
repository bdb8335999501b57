"""Internal exceptions: raised inside a reader, turned into one ``IngestError`` line at the edge."""

from __future__ import annotations


class IngestFailure(ValueError):
    """A file or record cannot become an article; ``str(e)`` is the one-line reason.

    A ValueError, so callers of ``article_from_text`` that already guard against bad values
    (an empty or non-Arabic paste) catch it without importing this module.
    """


class DecodeFailure(IngestFailure):
    """Bytes that are not text in any encoding we accept."""
