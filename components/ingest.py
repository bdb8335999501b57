"""Ingest for the dashboard: read → analyse → store, one article at a time, errors kept per item.

The page shows a progress bar and a status row per file/record; this module holds the loop so it
is testable without a server (the page passes a callback that moves the bar). One failing file,
record or analysis never stops the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from marsad.dates import NEEDS_PUB_DATE
from marsad.document import Document
from marsad.ingest import Article, IngestError, article_from_text, read_bytes, read_paths
from marsad.pipeline import Context, analyze
from marsad.store import Store


@dataclass
class ItemResult:
    origin: str
    status: str  # "added" | "already_stored" | "failed"
    detail: str  # the title for an article, the reason for a failure


@dataclass
class IngestReport:
    items: list[ItemResult] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(1 for i in self.items if i.status == "added")

    @property
    def failed(self) -> int:
        return sum(1 for i in self.items if i.status == "failed")

    def rows(self) -> list[dict[str, str]]:
        return [{"origin": i.origin, "status": i.status, "detail": i.detail} for i in self.items]


Progress = Callable[[int, ItemResult], None]


def _context(store: Store, backend: str, pub_date: date | None) -> Context:
    return Context(pub_date=pub_date, ner_backend=backend, corpus=store.corpus_view())


def store_items(
    store: Store,
    items: Iterable[Article | IngestError],
    backend: str = "default",
    pub_date: date | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Analyse and store each article; an IngestError or a failing analysis becomes a row."""
    report = IngestReport()
    ctx = _context(store, backend, pub_date)
    for n, item in enumerate(items, start=1):
        if isinstance(item, IngestError):
            res = ItemResult(item.origin, "failed", item.reason)
        else:
            origin = item.origin or "?"
            try:
                doc = analyze(item, ctx)
                added = store.add(doc)
                res = ItemResult(origin, "added" if added else "already_stored",
                                 doc.title or doc.text[:80])
            except Exception as e:  # one bad article must not stop the rest
                res = ItemResult(origin, "failed", f"{type(e).__name__}: {e}")
        report.items.append(res)
        if progress is not None:
            progress(n, res)
    return report


def ingest_paste(
    store: Store, text: str, pub_date: date | None, source: str | None, title: str | None,
    backend: str = "default",
) -> IngestReport:
    try:
        article: Article | IngestError = article_from_text(
            text, pub_date=pub_date, title=title or None, source=source or None, origin="<paste>"
        )
    except ValueError as e:  # IngestFailure: empty, no Arabic, nothing left after cleaning
        article = IngestError("<paste>", str(e))
    return store_items(store, [article], backend=backend, pub_date=pub_date)


def set_pub_date(store: Store, doc_id: str, pub_date: date, backend: str = "default") -> Document:
    """An article stored without a publication date gets one from the analyst: relative dates
    (أمس، السبت المقبل) and the dates of its meetings and statements are then resolved again."""
    old = store.get(doc_id)
    if old is None:
        raise KeyError(doc_id)
    article = Article(text=old.text, title=old.title, source=old.source, url=old.url,
                      pub_date=pub_date, pub_date_source="user", tags=list(old.tags),
                      origin=old.origin, author=old.author, dateline=old.dateline,
                      warnings=[w for w in old.warnings if w != NEEDS_PUB_DATE])
    doc = analyze(article, _context(store, backend, pub_date))
    store.replace(doc)
    return doc


def uploaded_items(
    files: Iterable[tuple[str, bytes]], pub_date: date | None
) -> Iterable[Article | IngestError]:
    """Articles from uploaded files' bytes; a file that cannot be read yields its IngestError."""
    for name, data in files:
        try:
            yield from read_bytes(data, name, pub_date=pub_date)
        except Exception as e:
            yield IngestError(name, f"{type(e).__name__}: {e}")


def sample_items(paths: list[Path]) -> Iterable[Article | IngestError]:
    return read_paths(paths)
