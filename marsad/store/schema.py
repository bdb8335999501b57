"""Tables: one for articles, one per kind of extracted fact, and the analysts' alias corrections.

SQLAlchemy Core, so the default SQLite file and a team PostgreSQL server share one schema.
The article row keeps the whole document JSON too: export/import round-trips it exactly, while
the fact tables serve the dashboard's queries.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _doc_fk() -> Column:
    return Column(
        "doc_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    )


articles = Table(
    "articles",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("title", Text),
    Column("source", String(200)),
    Column("url", Text),
    Column("pub_date", Date),
    Column("pub_date_source", String(20)),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("tags", JSON),
    Column("doc", JSON, nullable=False),
    Column("ingested_at", DateTime),
    Index("ix_articles_pub_date", "pub_date"),
    Index("ix_articles_source", "source"),
    Index("ix_articles_ingested_at", "ingested_at"),  # Store.revision(): the dashboard's cache key
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("text", Text),
    Column("type", String(20)),
    Column("canonical", Text),
    Column("titles", JSON),
    Column("start", Integer),
    Column("end", Integer),
    Index("ix_entities_doc", "doc_id"),
    Index("ix_entities_canonical", "canonical"),
)

dates = Table(
    "dates",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("text", Text),
    Column("value", String(40)),
    Column("kind", String(20)),
    Column("relative", Boolean),
    Column("start", Integer),
    Column("end", Integer),
    Index("ix_dates_doc", "doc_id"),
)

meetings = Table(
    "meetings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("participants", JSON),
    Column("attendees", JSON),
    Column("place", Text),
    Column("date", String(10)),
    Column("date_source", String(20)),
    Column("status", String(20)),
    Column("kind", String(20)),
    Column("start", Integer),
    Column("end", Integer),
    Column("evidence", Text),
    Index("ix_meetings_doc", "doc_id"),
)

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("speaker", Text),
    Column("verb", Text),
    Column("stance", String(30)),
    Column("target", Text),
    Column("content", Text),
    Column("date", String(10)),
    Column("date_source", String(20)),
    Column("start", Integer),
    Column("end", Integer),
    Index("ix_statements_doc", "doc_id"),
)

keywords = Table(
    "keywords",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("term", Text),
    Column("score", Float),
    Column("count", Integer),
    Index("ix_keywords_doc", "doc_id"),
    Index("ix_keywords_term", "term"),
)

# Role phrases seen with a person, so a later "وزير الخارجية الإيراني" alone can be resolved to
# whoever held it around that date (CorpusView.role_holders).
titles = Table(
    "titles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("canonical", Text),
    Column("title", Text),
    Column("title_key", String(300)),
    Index("ix_titles_key", "title_key"),
)

tags = Table(
    "tags",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("tag", Text),
    Index("ix_tags_doc", "doc_id"),
)

# Analysts' corrections: `variant` (folded key) of `type` reads as `canonical`. origin "user" rows
# win over automatic ones and are applied to every later ingest through CorpusView.canonical_for.
aliases = Table(
    "aliases",
    metadata,
    Column("key", String(300), primary_key=True),  # f"{type}|{folded variant}"
    Column("variant", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("canonical", Text, nullable=False),
    Column("origin", String(10), nullable=False),
    Column("updated_at", DateTime),
    Index("ix_aliases_updated_at", "updated_at"),
)

FACT_TABLES = (entities, dates, meetings, statements, keywords, titles, tags)
