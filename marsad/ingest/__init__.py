"""Ingestion: files, folders, archives and pasted text → cleaned ``Article``s or one-line errors.

Public API (used by the CLI, the store loader and the app's uploader):

- ``read_paths(paths, pub_date=None, max_bytes=DEFAULT_MAX_BYTES)`` yields ``Article`` or
  ``IngestError`` per article/file, in input order; one bad file never stops the batch.
- ``read_bytes(data, name, pub_date=None, max_bytes=...)`` the same for an uploaded file's bytes.
- ``article_from_text(text, pub_date=None, title=None, source=None, url=None, origin="<paste>")``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from marsad.ingest.article import Article, IngestError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

__all__ = [
    "Article", "IngestError", "DEFAULT_MAX_BYTES", "read_paths", "read_bytes", "article_from_text",
]


def article_from_text(
    text: str,
    pub_date: date | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    origin: str = "<paste>",
) -> Article:
    # placeholder until marsad.ingest.clean lands: no clutter removal yet
    return Article(text=text.strip(), title=title, source=source, url=url, pub_date=pub_date,
                   pub_date_source="user" if pub_date else None, origin=origin)


def read_bytes(
    data: bytes, name: str, pub_date: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestError]:
    if len(data) > max_bytes:
        yield IngestError(name, f"file is larger than the {max_bytes} byte limit")
        return
    yield article_from_text(data.decode("utf-8-sig"), pub_date=pub_date, origin=name)


def read_paths(
    paths: Iterable[str | Path], pub_date: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestError]:
    for p in paths:
        path = Path(p)
        try:
            data = path.read_bytes()
        except OSError as e:
            yield IngestError(str(p), f"cannot read: {e.strerror or e}")
            continue
        yield from read_bytes(data, str(p), pub_date=pub_date, max_bytes=max_bytes)
