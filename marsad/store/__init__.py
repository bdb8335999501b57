"""The store: SQLite by default (a PostgreSQL URL works for a team server), one transaction per
article, cached DataFrame queries for the dashboard, alias corrections, and JSONL export/import.

Why one transaction per article: a failure never leaves half an article, and a batch killed midway
keeps every article already committed — re-running the same ingest then adds only what is missing.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

import pandas as pd
from sqlalchemy import JSON, Text, create_engine, delete, event, func, insert, select, type_coerce
from sqlalchemy.engine import Engine
from sqlalchemy.sql import Select

from marsad.document import Document
from marsad.entities.resolve import join_abd
from marsad.store import schema as S
from marsad.text import fold

__all__ = ["CorpusView", "Filters", "Store", "default_url", "url_for"]

# "sqlite:/x.db", "postgresql:host/db": a URL with its "//" missing. Taken as a path it would
# silently create a folder named "sqlite:" in the working directory.
_BROKEN_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")


def url_for(db: str) -> str:
    """An SQLAlchemy URL from what a user typed: a URL as is, anything else a SQLite file path."""
    if "://" in db:
        return db
    if _BROKEN_URL.match(db):
        raise ValueError(f"not a database URL or path: {db!r} (did you mean "
                         f"{db.split(':', 1)[0]}:///{db.split(':', 1)[1].lstrip('/')}?)")
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def default_url() -> str:
    """$MARSAD_DB (a path or an SQLAlchemy URL), else ~/.marsad/marsad.sqlite."""
    env = os.environ.get("MARSAD_DB")
    if env:
        return url_for(env)
    path = Path.home() / ".marsad" / "marsad.sqlite"
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class Filters:
    date_from: date | None = None
    date_to: date | None = None
    sources: tuple[str, ...] = ()
    entity: str | None = None  # a canonical name: only articles that mention it


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _alias_key(variant: str, type_: str) -> str:
    return f"{type_}|{fold(variant)}"


_ROYAL_FAMILY = ("ال", "سعود")  # folded "آل سعود"
_FOUNDER = ("بن", "عبدالعزيز")  # folded "بن عبدالعزيز"


def variant_key(name: str) -> str:
    """Names that are one person written differently in different articles share this key: the
    fold (أ/ا، ى/ي، ة/ه، diacritics), عبد joined to the next word ("عبد العزيز"), the royal family
    name left off ("سلمان بن عبدالعزيز [آل سعود]"), and for a grandson of the founder named with
    two بن the founder too ("محمد بن سلمان [بن عبدالعزيز]")."""
    words = join_abd(fold(name)).split()
    if len(words) > 3 and tuple(words[-2:]) == _ROYAL_FAMILY and "بن" in words:
        words = words[:-2]
    if words.count("بن") >= 2 and tuple(words[-2:]) == _FOUNDER:
        words = words[:-2]
    return " ".join(words)


def variant_groups(counts: Iterable[tuple[str, str, int]]) -> dict[str, str]:
    """fold(variant) → the group's most written form, for every variant that has another one in
    the corpus: ``counts`` are (type, canonical, mentions). One entity per person in the tables,
    timelines and network, although the articles spell the name three ways."""
    groups: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for type_, canonical, n in counts:
        if canonical:
            groups.setdefault((type_, variant_key(canonical)), []).append((n, canonical))
    out: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        best = max(members, key=lambda m: (m[0], len(m[1]), m[1]))[1]
        for _, canonical in members:
            if canonical != best:
                out.setdefault(fold(canonical), best)
    return out


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _rec: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()


def _add_missing_indexes(engine: Engine) -> None:
    """create_all makes indexes only with new tables; a store made by an older version gets them
    here (each is IF NOT EXISTS, so this is cheap and idempotent)."""
    for table in S.metadata.sorted_tables:
        for ix in table.indexes:
            ix.create(engine, checkfirst=True)


def _parse_date(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


class Store:
    def __init__(self, url: str | None = None) -> None:
        url = url or default_url()
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            Path(url[len("sqlite:///") :]).expanduser().parent.mkdir(parents=True, exist_ok=True)
        self.url = url
        self._alias_cache: tuple[tuple[Any, ...], dict[str, str]] | None = None
        kwargs: dict[str, Any] = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False}
            if url in ("sqlite://", "sqlite:///:memory:"):
                from sqlalchemy.pool import StaticPool

                kwargs["poolclass"] = StaticPool
        self.engine = create_engine(url, **kwargs)
        if url.startswith("sqlite"):
            _sqlite_pragmas(self.engine)
        S.metadata.create_all(self.engine)
        _add_missing_indexes(self.engine)

    # ------------------------------------------------------------------ writes
    def has(self, doc_id: str) -> bool:
        with self.engine.connect() as c:
            return (
                c.execute(select(S.articles.c.id).where(S.articles.c.id == doc_id)).first()
                is not None
            )

    def add(self, doc: Document) -> bool:
        """Store one analysed document in one transaction; False if its id is already stored."""
        with self.engine.begin() as c:
            return self._insert(c, doc)

    def _insert(self, c: Any, doc: Document) -> bool:
        if c.execute(select(S.articles.c.id).where(S.articles.c.id == doc.id)).first():
            return False
        c.execute(insert(S.articles), [_article_row(doc)])
        for table, rows in _fact_rows(doc):
            if rows:
                c.execute(insert(table), rows)
        return True

    def replace(self, doc: Document) -> None:
        """Swap a stored document for a re-analysed one (same id), in one transaction."""
        with self.engine.begin() as c:
            for t in S.FACT_TABLES:
                c.execute(delete(t).where(t.c.doc_id == doc.id))
            c.execute(delete(S.articles).where(S.articles.c.id == doc.id))
            self._insert(c, doc)

    def add_batch(self, docs: list[Document]) -> tuple[int, list[tuple[Document, Exception]]]:
        """Store several documents in one commit; no document is ever half-stored.

        Why: a commit per article costs more than analysing it on a bulk ingest. The batch is
        first tried as one transaction; if any insert fails, it is rolled back and replayed with
        a savepoint per document, so the failing ones are returned with their errors and the
        others still commit together. A killed batch loses only the uncommitted chunk, which a
        re-run adds.
        """
        try:
            with self.engine.begin() as c:
                added = sum(self._insert(c, d) for d in docs)
            return added, []
        except Exception:  # replayed below, one savepoint per document
            pass
        added = 0
        failed: list[tuple[Document, Exception]] = []
        with self.engine.begin() as c:
            for d in docs:
                try:
                    with c.begin_nested():
                        added += self._insert(c, d)
                except Exception as e:  # reported per document to the caller
                    failed.append((d, e))
        return added, failed

    def add_many(self, docs: Iterable[Document]) -> int:
        return sum(1 for d in docs if self.add(d))

    def delete(self, doc_id: str) -> None:
        with self.engine.begin() as c:
            for t in S.FACT_TABLES:
                c.execute(delete(t).where(t.c.doc_id == doc_id))
            c.execute(delete(S.articles).where(S.articles.c.id == doc_id))

    # ------------------------------------------------------------------ reads
    def count(self) -> int:
        with self.engine.connect() as c:
            return int(c.execute(select(func.count()).select_from(S.articles)).scalar_one())

    def ids(self) -> list[str]:
        with self.engine.connect() as c:
            return [r[0] for r in c.execute(select(S.articles.c.id).order_by(S.articles.c.id))]

    def get(self, doc_id: str) -> Document | None:
        with self.engine.connect() as c:
            row = c.execute(select(S.articles.c.doc).where(S.articles.c.id == doc_id)).first()
        return Document.from_dict(row[0]) if row else None

    def documents(self, ids: Iterable[str] | None = None) -> Iterator[Document]:
        q = select(S.articles.c.doc).order_by(S.articles.c.pub_date, S.articles.c.id)
        if ids is not None:
            q = q.where(S.articles.c.id.in_(list(ids)))
        with self.engine.connect() as c:
            for (d,) in c.execute(q):
                yield Document.from_dict(d)

    def sources(self) -> list[str]:
        with self.engine.connect() as c:
            q = select(S.articles.c.source).where(S.articles.c.source.is_not(None)).distinct()
            return sorted(r[0] for r in c.execute(q))

    def date_range(self) -> tuple[date | None, date | None]:
        with self.engine.connect() as c:
            lo, hi = c.execute(
                select(func.min(S.articles.c.pub_date), func.max(S.articles.c.pub_date))
            ).one()
        return lo, hi

    def revision(self) -> tuple[int, str | None, str | None]:
        """Changes whenever articles or aliases change: a cache key for the dashboard.

        Every part is answered from an index (count, max(ingested_at), max(updated_at)), so it
        costs about a millisecond at any corpus size and can be called on every rerun."""
        with self.engine.connect() as c:
            n = c.execute(select(func.count()).select_from(S.articles)).scalar_one()
            last = c.execute(select(func.max(S.articles.c.ingested_at))).scalar_one()
            al = c.execute(select(func.max(S.aliases.c.updated_at))).scalar_one()
        return int(n), str(last) if last else None, str(al) if al else None

    # ------------------------------------------------------------------ filtered DataFrames
    def _doc_ids(self, f: Filters) -> Select:
        a = S.articles
        q = select(a.c.id)
        if f.date_from:
            q = q.where(a.c.pub_date >= f.date_from)
        if f.date_to:
            q = q.where(a.c.pub_date <= f.date_to)
        if f.sources:
            q = q.where(a.c.source.in_(list(f.sources)))
        if f.entity:
            names = self._variants_of(f.entity)
            q = q.where(
                a.c.id.in_(select(S.entities.c.doc_id).where(S.entities.c.canonical.in_(names)))
            )
        return q

    def _variants_of(self, canonical: str) -> list[str]:
        """Every stored canonical that the alias table maps onto ``canonical`` (and itself)."""
        amap = self._alias_map()
        with self.engine.connect() as c:
            all_names = [r[0] for r in c.execute(select(S.entities.c.canonical).distinct())]
        want = fold(canonical)
        return [n for n in all_names if n and fold(amap.get(fold(n), n)) == want] or [canonical]

    def _frame(self, table: Any, f: Filters) -> pd.DataFrame:
        """One fact table joined to its articles' metadata, as a DataFrame.

        Built for whole-corpus reads (the dashboard loads ~100k rows at once): JSON columns are
        fetched as text and decoded once per distinct value (most are "[]" or repeat), and rows
        go to pandas as plain tuples — SQLAlchemy's Row made pandas probe every row's attributes.
        """
        a = S.articles
        cols = [c.name for c in table.columns if c.name != "id"]
        json_cols = [c for c in cols if isinstance(table.c[c].type, JSON)]
        sel = [type_coerce(table.c[c], Text) if c in json_cols else table.c[c] for c in cols]
        q = select(*sel, a.c.title, a.c.source, a.c.pub_date).join(a, a.c.id == table.c.doc_id)
        if f != Filters():
            q = q.where(table.c.doc_id.in_(self._doc_ids(f)))
        with self.engine.connect() as c:
            rows = list(map(tuple, c.execute(q).fetchall()))
        df = pd.DataFrame(rows, columns=[*cols, "title", "source", "pub_date"])
        for col in json_cols:
            memo: dict[str | None, Any] = {None: None}
            df[col] = [memo[v] if v in memo else memo.setdefault(v, json.loads(v)) for v in df[col]]
        df["pub_date"] = pd.to_datetime(df["pub_date"])
        return df

    def articles_df(self, f: Filters = Filters()) -> pd.DataFrame:
        a = S.articles
        counts = {}
        with self.engine.connect() as c:
            for name, t in (
                ("n_entities", S.entities),
                ("n_meetings", S.meetings),
                ("n_statements", S.statements),
            ):
                counts[name] = dict(
                    c.execute(select(t.c.doc_id, func.count()).group_by(t.c.doc_id)).all()
                )
            rows = c.execute(
                select(a.c.id, a.c.title, a.c.source, a.c.url, a.c.pub_date)
                .where(a.c.id.in_(self._doc_ids(f)))
                .order_by(a.c.pub_date.desc(), a.c.id)
            ).all()
        df = pd.DataFrame(rows, columns=["doc_id", "title", "source", "url", "pub_date"])
        for name, m in counts.items():
            df[name] = df["doc_id"].map(m).fillna(0).astype(int)
        df["pub_date"] = pd.to_datetime(df["pub_date"])
        return df

    def entities_df(self, f: Filters = Filters()) -> pd.DataFrame:
        df = self._frame(S.entities, f)
        amap = self._alias_map() if len(df) else {}
        if amap:
            df["canonical"] = [amap.get(fold(n), n) if n else n for n in df["canonical"]]
        return df

    def dates_df(self, f: Filters = Filters()) -> pd.DataFrame:
        return self._frame(S.dates, f)

    def meetings_df(self, f: Filters = Filters()) -> pd.DataFrame:
        df = self._frame(S.meetings, f)
        amap = self._alias_map()
        if amap and len(df):
            df["participants"] = [[amap.get(fold(n), n) for n in ps] for ps in df["participants"]]
            df["attendees"] = [[amap.get(fold(n), n) for n in ps] for ps in df["attendees"]]
        df["date"] = pd.to_datetime(df["date"], errors="coerce")
        return df

    def statements_df(self, f: Filters = Filters()) -> pd.DataFrame:
        df = self._frame(S.statements, f)
        amap = self._alias_map()
        if amap and len(df):
            df["speaker"] = [amap.get(fold(n), n) if n else n for n in df["speaker"]]
        df["date"] = pd.to_datetime(df["date"], errors="coerce")
        return df

    def keywords_df(self, f: Filters = Filters()) -> pd.DataFrame:
        return self._frame(S.keywords, f)

    def tags_df(self, f: Filters = Filters()) -> pd.DataFrame:
        return self._frame(S.tags, f)

    def corpus_keywords(self, f: Filters = Filters(), top: int = 50) -> pd.DataFrame:
        """TF-IDF across the filtered corpus: summed counts × log(1 + N / document frequency)."""
        kw = self.keywords_df(f)
        if kw.empty:
            return pd.DataFrame(columns=["term", "df", "count", "tfidf"])
        n = kw["doc_id"].nunique()
        g = kw.groupby("term").agg(df=("doc_id", "nunique"), count=("count", "sum")).reset_index()
        g["tfidf"] = g["count"] * (g["df"].rdiv(n) + 1).map(math.log)
        return (
            g.sort_values(["tfidf", "term"], ascending=[False, True])
            .head(top)
            .reset_index(drop=True)
        )

    # ------------------------------------------------------------------ aliases
    def _alias_map(self) -> dict[str, str]:
        """fold(variant) → canonical: the corpus's spelling variants of one name grouped
        (``variant_groups``), then the analysts' corrections over them (a split wins over an
        automatic grouping). Within an article the entities stage has grouped them already.
        Computed once per store revision (a group-by over every entity)."""
        rev = self.revision()
        if self._alias_cache is not None and self._alias_cache[0] == rev:
            return dict(self._alias_cache[1])
        with self.engine.connect() as c:
            rows = c.execute(select(S.aliases.c.key, S.aliases.c.canonical)).all()
            e = S.entities
            counts = c.execute(
                select(e.c.type, e.c.canonical, func.count()).group_by(e.c.type, e.c.canonical)
            ).all()
        out = variant_groups((t, n, int(k)) for t, n, k in counts)
        out.update({k.split("|", 1)[1]: v for k, v in rows})
        self._alias_cache = (rev, out)
        return dict(out)

    def aliases_df(self) -> pd.DataFrame:
        with self.engine.connect() as c:
            rows = c.execute(
                select(
                    S.aliases.c.variant, S.aliases.c.canonical, S.aliases.c.type, S.aliases.c.origin
                ).order_by(S.aliases.c.canonical, S.aliases.c.variant)
            ).all()
        return pd.DataFrame(rows, columns=["variant", "canonical", "type", "origin"])

    def _put_alias(self, c: Any, variant: str, canonical: str, type_: str) -> None:
        key = _alias_key(variant, type_)
        c.execute(delete(S.aliases).where(S.aliases.c.key == key))
        c.execute(
            insert(S.aliases).values(
                key=key,
                variant=variant,
                type=type_,
                canonical=canonical,
                origin="user",
                updated_at=_now(),
            )
        )

    def merge(self, names: list[str], into: str, type_: str) -> None:
        """All ``names`` read as ``into`` from now on, in stored articles and later ingests."""
        with self.engine.begin() as c:
            for n in [*names, into]:
                self._put_alias(c, n, into, type_)
            # earlier corrections that pointed at a merged name follow it
            for key, canon in c.execute(select(S.aliases.c.key, S.aliases.c.canonical)).all():
                if canon in names and canon != into:
                    c.execute(
                        S.aliases.update()
                        .where(S.aliases.c.key == key)
                        .values(canonical=into, updated_at=_now())
                    )

    def rename(self, old: str, new: str, type_: str) -> None:
        self.merge([old], new, type_)

    def split(self, variant: str, type_: str) -> None:
        """Undo a correction: ``variant`` stands on its own again."""
        with self.engine.begin() as c:
            c.execute(delete(S.aliases).where(S.aliases.c.key == _alias_key(variant, type_)))
            c.execute(
                insert(S.aliases).values(
                    key=_alias_key(variant, type_),
                    variant=variant,
                    type=type_,
                    canonical=variant,
                    origin="user",
                    updated_at=_now(),
                )
            )

    def corpus_view(self) -> CorpusView:
        return CorpusView(self)

    # ------------------------------------------------------------------ export / import
    def export_jsonl(self, fp: IO[str]) -> int:
        """Every document (contract JSON plus additions) and every user alias, one JSON per line."""
        n = 0
        with self.engine.connect() as c:
            for (d,) in c.execute(select(S.articles.c.doc).order_by(S.articles.c.id)):
                fp.write(json.dumps(d, ensure_ascii=False) + "\n")
                n += 1
        for row in self.aliases_df().to_dict("records"):
            fp.write(json.dumps({"_alias": row}, ensure_ascii=False) + "\n")
        return n

    def import_jsonl(self, fp: IO[str]) -> int:
        """Load an export; documents already stored are skipped. Returns documents added."""
        added = 0
        for line in fp:
            line = line.strip()
            if not line:
                continue
            obj = json.loads(line)
            if "_alias" in obj:
                a = obj["_alias"]
                with self.engine.begin() as c:
                    self._put_alias(c, a["variant"], a["canonical"], a["type"])
                continue
            added += self.add(Document.from_dict(obj))
        return added


class CorpusView:
    """What a pipeline stage may ask of the corpus: alias corrections, role holders, frequencies.

    A plain in-memory snapshot taken when the view is made (no database handle inside), so it can
    be handed to worker processes and read without locking. Take a new one after a batch.
    """

    def __init__(self, store: Store) -> None:
        t, a, k = S.titles, S.articles, S.keywords
        with store.engine.connect() as c:
            self._aliases: dict[str, str] = dict(
                c.execute(select(S.aliases.c.key, S.aliases.c.canonical)).all()
            )
            self._titles: dict[str, list[tuple[str, str, date | None]]] = {}
            for canon, key, doc_id, pub in c.execute(
                select(t.c.canonical, t.c.title_key, t.c.doc_id, a.c.pub_date).join(
                    a, a.c.id == t.c.doc_id
                )
            ):
                self._titles.setdefault(key, []).append((canon, doc_id, pub))
            self._df: dict[str, int] = dict(
                c.execute(
                    select(k.c.term, func.count(func.distinct(k.c.doc_id))).group_by(k.c.term)
                ).all()
            )
            self.n_docs: int = int(c.execute(select(func.count()).select_from(a)).scalar_one())

    def canonical_for(self, folded_name: str, type_: str) -> str | None:
        """The analysts' correction for a (folded) name of this type, if any."""
        return self._aliases.get(f"{type_}|{folded_name}")

    def role_holders(self, folded_title: str, around: date | None) -> list[tuple[str, str, str]]:
        """People stored with this title, nearest publication date to ``around`` first."""

        def dist(r: tuple[str, str, date | None]) -> float:
            if around is None or r[2] is None:
                return float("inf")
            return abs((r[2] - around).days)

        rows = sorted(self._titles.get(folded_title, []), key=dist)
        return [(r[0], r[1], r[2].isoformat() if r[2] else "") for r in rows]

    def doc_freq(self, term: str) -> int:
        return self._df.get(term, 0)


def _article_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "pub_date": _parse_date(doc.pub_date),
        "pub_date_source": doc.pub_date_source,
        "origin": doc.origin,
        "text": doc.text,
        "tags": list(doc.tags),
        "doc": doc.as_dict(),
        "ingested_at": _now(),
    }


def _fact_rows(doc: Document) -> list[tuple[Any, list[dict[str, Any]]]]:
    i = doc.id
    titles = [
        {"doc_id": i, "canonical": e.canonical, "title": t, "title_key": fold(t)}
        for e in doc.entities
        if e.type == "PERSON"
        for t in e.titles
    ]
    seen_titles: set[tuple[str, str]] = set()
    uniq_titles = []
    for r in titles:
        k = (r["canonical"], r["title_key"])
        if k not in seen_titles:
            seen_titles.add(k)
            uniq_titles.append(r)
    return [
        (
            S.entities,
            [
                {
                    "doc_id": i,
                    "text": e.text,
                    "type": e.type,
                    "canonical": e.canonical,
                    "titles": list(e.titles),
                    "start": e.start,
                    "end": e.end,
                }
                for e in doc.entities
            ],
        ),
        (
            S.dates,
            [
                {
                    "doc_id": i,
                    "text": d.text,
                    "value": d.value,
                    "kind": d.kind,
                    "relative": d.relative,
                    "start": d.start,
                    "end": d.end,
                }
                for d in doc.dates
            ],
        ),
        (
            S.meetings,
            [
                {
                    "doc_id": i,
                    "participants": m.participants,
                    "attendees": m.attendees,
                    "place": m.place,
                    "date": m.date,
                    "date_source": m.date_source,
                    "status": m.status,
                    "kind": m.kind,
                    "start": m.start,
                    "end": m.end,
                    "evidence": m.evidence,
                }
                for m in doc.meetings
            ],
        ),
        (
            S.statements,
            [
                {
                    "doc_id": i,
                    "speaker": s.speaker,
                    "verb": s.verb,
                    "stance": s.stance,
                    "target": s.target,
                    "content": s.content,
                    "date": s.date,
                    "date_source": s.date_source,
                    "start": s.start,
                    "end": s.end,
                }
                for s in doc.statements
            ],
        ),
        (
            S.keywords,
            [
                {"doc_id": i, "term": k.term, "score": k.score, "count": k.count}
                for k in doc.keywords
            ],
        ),
        (S.titles, uniq_titles),
        (S.tags, [{"doc_id": i, "tag": t} for t in doc.tags]),
    ]
