"""The analysis pipeline: an ordered list of stages, each adding spans to one Document.

A stage is a module ``marsad.<name>`` exposing ``run(doc: Document, ctx: Context) -> None``.
A stage that is not there yet leaves its list empty — never filled with guesses.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from marsad.document import Document
from marsad.ingest.article import Article

STAGE_NAMES: tuple[str, ...] = ("entities", "dates", "meetings", "statements", "keywords")

StageFn = Callable[[Document, "Context"], None]


@dataclass
class Context:
    """What a stage may know beyond the document: the publication date, options, corpus state.

    ``corpus`` is an optional read-only view of the store (aliases, document frequencies, role
    holders) so stages can resolve against what was ingested before; None for one-off analysis.
    """

    pub_date: date | None = None
    ner_backend: str = "default"
    corpus: Any = None
    options: dict[str, Any] = field(default_factory=dict)


def load_stages(names: tuple[str, ...] = STAGE_NAMES) -> list[tuple[str, StageFn]]:
    """Import each stage module once; a stage without ``run`` is not part of the pipeline yet."""
    stages: list[tuple[str, StageFn]] = []
    for name in names:
        mod = importlib.import_module(f"marsad.{name}")
        fn = getattr(mod, "run", None)
        if fn is not None:
            stages.append((name, fn))
    return stages


_STAGES: list[tuple[str, StageFn]] | None = None


def stages() -> list[tuple[str, StageFn]]:
    global _STAGES
    if _STAGES is None:
        _STAGES = load_stages()
    return _STAGES


def prepare(ctx: Context) -> None:
    """Load every stage and optional backend once, before any article (and before forking).

    Raises the backend's own clear error when an explicitly chosen optional backend (CAMeL BERT
    NER, CAMeL lemmas) has no data, so a batch fails once up front instead of once per article.
    """
    stages()
    from marsad.keywords.lemmas import active_lemmatizer

    active_lemmatizer(ctx)
    if ctx.ner_backend != "default":
        from marsad.entities.conll import load_recognizer

        load_recognizer(ctx.ner_backend)


def document_from_article(article: Article) -> Document:
    return Document(
        text=article.text,
        title=article.title,
        source=article.source,
        url=article.url,
        pub_date=article.pub_date.isoformat() if article.pub_date else None,
        pub_date_source=article.pub_date_source,
        tags=list(article.tags),
        origin=article.origin,
        author=getattr(article, "author", None),
        dateline=getattr(article, "dateline", None),
        warnings=list(article.warnings),
    )


def analyze(
    article: Article,
    ctx: Context | None = None,
    only: tuple[str, ...] | None = None,
) -> Document:
    """The one entry point from an ingested article to an analysed document."""
    doc = document_from_article(article)
    base = ctx or Context()
    run_ctx = Context(
        pub_date=article.pub_date or base.pub_date,
        ner_backend=base.ner_backend,
        corpus=base.corpus,
        options=base.options,
    )
    if doc.pub_date is None and base.pub_date is not None:
        doc.pub_date = base.pub_date.isoformat()
        doc.pub_date_source = "user"
    for name, fn in stages():
        if only is None or name in only:
            fn(doc, run_ctx)
    return doc


def analyze_text(text: str, pub_date: date | None = None, **meta: Any) -> Document:
    """Convenience for tests and pasted text: clean, then analyse."""
    from marsad.ingest import article_from_text

    return analyze(article_from_text(text, pub_date=pub_date, **meta))
