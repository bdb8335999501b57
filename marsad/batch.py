"""Run the pipeline over many articles, in input order, on every core.

Why processes: the stages are pure Python, so threads would share one core. Workers load the
stages (and the NER model) once; results come back in input order so `--format jsonl` streams
deterministically. Small batches stay in-process: a pool costs more than it saves there.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing import get_context

from marsad.document import Document
from marsad.ingest import Article, IngestError
from marsad.pipeline import Context, analyze, prepare

POOL_THRESHOLD = 64  # articles; below this a pool's start-up is not worth it


@dataclass
class Failed:
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


_WORKER_CTX: Context | None = None


def _init_worker(ctx: Context) -> None:
    global _WORKER_CTX
    _WORKER_CTX = ctx


def _work(item: Article | IngestError) -> Document | Failed:
    if isinstance(item, IngestError):
        return Failed(item.origin, item.reason)
    try:
        doc = analyze(item, _WORKER_CTX)
        doc.drop_caches()  # only the results travel back to the parent
        return doc
    except Exception as e:  # one bad article must not stop the batch
        return Failed(item.origin or "<article>", f"analysis failed: {type(e).__name__}: {e}")


def analyze_all(
    items: Iterable[Article | IngestError],
    ctx: Context | None = None,
    workers: int | None = None,
    expected: int | None = None,
) -> Iterator[Document | Failed]:
    """Analyse every article; ingest errors pass through as ``Failed`` at their place."""
    ctx = ctx or Context()
    prepare(ctx)  # models load once here; forked workers inherit them
    # The loaded models are hundreds of thousands of long-lived objects: keep the collector from
    # re-scanning them on every young-generation pass (nor forked workers from touching them).
    gc.freeze()
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    if n_workers <= 1 or (expected is not None and expected < POOL_THRESHOLD):
        _init_worker(ctx)
        for it in items:
            yield _work(it)
        return
    with get_context("fork").Pool(n_workers, initializer=_init_worker, initargs=(ctx,)) as pool:
        yield from pool.imap(_work, items, chunksize=16)
