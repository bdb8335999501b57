"""Where the store lives, the cached queries every page reads, and the shared sidebar state.

Which database a session uses (``db_url``):

1. ``MARSAD_DB`` in the environment or in ``st.secrets`` — a path or SQLAlchemy URL configured on
   purpose; every visitor shares it (a team server, or the analyst's own machine).
2. Hosted without one (Streamlit Community Cloud, detected by the app running under
   ``/mount/src``, or forced with ``MARSAD_PER_SESSION=1``) — a temporary SQLite file made for this
   browser session only, kept in ``st.session_state``. One visitor's uploads are never visible to
   another, and they vanish with the container.
3. Locally without one — the store's default file (``~/.marsad/marsad.sqlite``): one analyst, one
   machine, data kept between runs.

Caching: the store opens once per URL (``st.cache_resource``). Whole-corpus DataFrames are read
once per store *revision* (``Store.revision()``: article count, last ingest time, last alias edit,
so an ingest or alias edit in any session — or by the CLI — invalidates them) and held with
``st.cache_resource`` rather than ``st.cache_data``: the frames are large (tens of thousands of
rows with list columns) and ``cache_data`` would unpickle a fresh copy on every rerun. They are
read-only by contract; pandas' copy-on-write (on by default in pandas 3) keeps page edits local.
Sidebar filters (date range, sources, entity) are applied in pandas with vectorised masks, so a
filter change never goes back to the database and never re-runs extraction.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from marsad.store import Filters, Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "sample_data"
SUPPORTED_EXTS = frozenset(
    {".txt", ".html", ".htm", ".docx", ".pdf", ".csv", ".json", ".jsonl", ".zip"}
)
FRAME_KINDS = ("articles", "entities", "dates", "meetings", "statements", "keywords", "tags")

# session_state keys shared by the sidebar (app.py) and the pages
K_LANG = "lang"
K_DATES = "f_dates"
K_SOURCES = "f_sources"
K_ENTITY = "f_entity"
K_BACKEND = "ner_backend"
K_DB = "_marsad_session_db"


# ---------------------------------------------------------------------------- where the DB is
def _secret(name: str) -> str | None:
    try:
        value = st.secrets.get(name)  # raises when no secrets file exists
    except Exception:
        return None
    return str(value) if value else None


def is_hosted(env: dict[str, str] | None = None, cwd: Path | None = None) -> bool:
    """True on Streamlit Community Cloud (apps run from /mount/src) or when forced by env."""
    env = dict(os.environ) if env is None else env
    if env.get("MARSAD_PER_SESSION") == "1":
        return True
    return str(cwd or Path.cwd()).startswith("/mount/src")


def resolve_db_url(
    env: dict[str, str] | None = None,
    secret: str | None = None,
    hosted: bool = False,
    session_db: str | None = None,
) -> tuple[str, str]:
    """(url, scope): scope is "shared" (configured), "session" (private temp file) or "local"."""
    env = dict(os.environ) if env is None else env
    configured = env.get("MARSAD_DB") or secret
    if configured:
        from marsad.store import url_for

        return url_for(configured), "shared"
    if hosted:
        if session_db is None:
            raise ValueError("a hosted session needs its own database file")
        return f"sqlite:///{session_db}", "session"
    from marsad.store import default_url

    return default_url(), "local"


def db_url() -> tuple[str, str]:
    """This session's database URL and its scope (see the module docstring)."""
    hosted = is_hosted()
    session_db = None
    if hosted and not (os.environ.get("MARSAD_DB") or _secret("MARSAD_DB")):
        if K_DB not in st.session_state:
            folder = tempfile.mkdtemp(prefix="marsad-session-")
            st.session_state[K_DB] = str(Path(folder) / "marsad.sqlite")
        session_db = st.session_state[K_DB]
    return resolve_db_url(secret=_secret("MARSAD_DB"), hosted=hosted, session_db=session_db)


@st.cache_resource(show_spinner=False)
def open_store(url: str) -> Store:
    return Store(url)


def store() -> Store:
    return open_store(db_url()[0])


def revision(s: Store) -> tuple[Any, ...]:
    """The cache key for everything read from the store; called several times per rerun.

    ``Store.revision()`` is answered from indexes (article count, last ingest, last alias edit),
    about a millisecond at 5,000 articles."""
    return tuple(s.revision())


# ---------------------------------------------------------------------------- cached frames
@st.cache_resource(show_spinner=False, max_entries=64, ttl=3600)
def _frame(url: str, rev: tuple[Any, ...], kind: str) -> pd.DataFrame:
    """The whole corpus' rows of one kind, read once per store revision (see module docstring)."""
    return getattr(open_store(url), f"{kind}_df")(Filters())


@st.cache_resource(show_spinner=False, max_entries=16, ttl=3600)
def _aliases(url: str, rev: tuple[Any, ...]) -> pd.DataFrame:
    return open_store(url).aliases_df()


def frame(kind: str, s: Store | None = None) -> pd.DataFrame:
    """All rows of ``kind`` (articles, entities, dates, meetings, statements, keywords, tags)."""
    s = s or store()
    return _frame(s.url, revision(s), kind)


def aliases(s: Store | None = None) -> pd.DataFrame:
    s = s or store()
    return _aliases(s.url, revision(s))


@st.cache_resource(show_spinner=False, max_entries=256, ttl=3600)
def _entity_docs(url: str, rev: tuple[Any, ...], entity: str) -> frozenset[str]:
    ents = _frame(url, rev, "entities")
    return frozenset(ents.loc[ents["canonical"] == entity, "doc_id"])


def entity_docs(entity: str, s: Store | None = None) -> frozenset[str]:
    s = s or store()
    return _entity_docs(s.url, revision(s), entity)


def apply_filters(
    df: pd.DataFrame, f: Filters, docs_with_entity: frozenset[str] | None = None
) -> pd.DataFrame:
    """Rows whose article passes the filters; vectorised, so it stays fast on 100k+ rows."""
    if df.empty:
        return df
    mask = pd.Series(True, index=df.index)
    if f.date_from is not None:
        mask &= df["pub_date"] >= pd.Timestamp(f.date_from)
    if f.date_to is not None:
        mask &= df["pub_date"] < pd.Timestamp(f.date_to) + pd.Timedelta(days=1)
    if f.sources:
        mask &= df["source"].isin(f.sources)
    if docs_with_entity is not None:
        mask &= df["doc_id"].isin(docs_with_entity)
    if bool(mask.all()):
        return df
    return df[mask]


def filtered(kind: str, f: Filters | None = None, s: Store | None = None) -> pd.DataFrame:
    """Rows of ``kind`` after the sidebar filters."""
    s = s or store()
    f = current_filters() if f is None else f
    docs = entity_docs(f.entity, s) if f.entity else None
    return apply_filters(frame(kind, s), f, docs)


# ---------------------------------------------------------------------------- sidebar state
def lang() -> str:
    return st.session_state.get(K_LANG, "ar")


def filters_from_state(state: Any) -> Filters:
    """Build ``Filters`` from session-state values (the sidebar's widget keys)."""
    rng = state.get(K_DATES) or ()
    rng = tuple(d for d in rng if isinstance(d, date))
    date_from = rng[0] if len(rng) >= 1 else None
    date_to = rng[1] if len(rng) >= 2 else None
    sources = tuple(state.get(K_SOURCES) or ())
    entity = state.get(K_ENTITY) or None
    return Filters(date_from=date_from, date_to=date_to, sources=sources, entity=entity)


def current_filters() -> Filters:
    return filters_from_state(st.session_state)


def bump() -> None:
    """After an ingest or alias edit: the next revision() differs, so caches refresh; this also
    drops the selection widgets that pointed at rows which may no longer exist."""
    for key in [k for k in st.session_state if str(k).startswith("sel_")]:
        del st.session_state[key]


# ---------------------------------------------------------------------------- camel backend
def camel_ner_available() -> bool:
    """Whether CAMeL's NER model data is on disk — checked without importing camel_tools.ner
    (that import fetches a catalogue from the web)."""
    root = os.environ.get("CAMELTOOLS_DATA")
    base = Path(root).expanduser() if root else Path.home() / ".camel_tools"
    return (base / "data" / "ner" / "arabert").is_dir()


def ner_backend() -> str:
    """The backend to analyse with: "camel" only when chosen and its data is installed."""
    chosen = st.session_state.get(K_BACKEND, "default")
    if chosen == "camel" and camel_ner_available():
        return "camel"
    return "default"


# ---------------------------------------------------------------------------- sample data
def sample_paths(folder: Path = SAMPLE_DIR) -> list[Path]:
    """Every readable article file in sample_data/ (not its README or licence notes)."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in SUPPORTED_EXTS
        and not p.name.upper().startswith(("README", "LICENSE", "LICENCE", "NOTICE"))
    )
