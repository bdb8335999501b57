"""Page tables derived from the store's frames: pure pandas functions, plus cached wrappers.

The pure functions take DataFrames and return DataFrames (tested directly). The ``cached_*``
wrappers key on (store url, store revision, filters, …) so a rerun with unchanged filters costs a
dictionary lookup, and a filter change costs vectorised pandas over the cached whole-corpus frame —
never a database round trip per row, never re-extraction.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import streamlit as st

from components import state
from components.network import layout, meeting_graph, people_of, person_matrix, top_subgraph
from marsad.store import Filters

_CACHE: dict[str, Any] = {"show_spinner": False, "max_entries": 64, "ttl": 3600}


# ---------------------------------------------------------------------------- entities
def entity_table(ents: pd.DataFrame, type_: str) -> pd.DataFrame:
    """One row per canonical name of ``type_``: name, titles (union), mentions, articles."""
    cols = ["name", "titles", "mentions", "articles"]
    sub = ents[ents["type"] == type_] if not ents.empty else ents
    if sub.empty:
        return pd.DataFrame(columns=cols)
    g = sub.groupby("canonical", sort=False).agg(
        mentions=("doc_id", "size"), articles=("doc_id", "nunique")
    )
    titles: dict[str, list[str]] = {}
    if "titles" in sub.columns:
        has = sub[sub["titles"].str.len() > 0]  # most mentions carry no title: skip them early
        if not has.empty:
            ex = has[["canonical", "titles"]].explode("titles").drop_duplicates()
            ex = ex[ex["titles"].astype(bool)].sort_values(["canonical", "titles"])
            titles = ex.groupby("canonical", sort=False)["titles"].agg(list).to_dict()
    g["titles"] = [titles.get(n, []) for n in g.index]
    g = g.reset_index().rename(columns={"canonical": "name"})
    g = g.sort_values(["mentions", "name"], ascending=[False, True], kind="stable")
    return g[cols].reset_index(drop=True)


def entity_options(ents: pd.DataFrame, limit: int = 3000) -> list[str]:
    """Canonical names for the sidebar's entity filter, most mentioned first."""
    if ents.empty:
        return []
    counts = ents.loc[ents["canonical"].astype(bool), "canonical"].value_counts()
    return [str(x) for x in counts.index[:limit]]


# ---------------------------------------------------------------------------- meetings
def meeting_people(meetings: pd.DataFrame) -> list[str]:
    """Everyone in a meeting, most meetings first."""
    counts: dict[str, int] = {}
    for p, a in zip(meetings["participants"], meetings["attendees"], strict=True):
        for name in people_of(p, a):
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], n))


def meetings_with(meetings: pd.DataFrame, person: str | None, place: str | None = None,
                  statuses: tuple[str, ...] = ()) -> pd.DataFrame:
    """Meetings that include ``person`` (as participant or attendee), at ``place``, of a status."""
    if meetings.empty:
        return meetings
    mask = pd.Series(True, index=meetings.index)
    if person:
        mask &= pd.Series([person in people_of(p, a) for p, a in
                           zip(meetings["participants"], meetings["attendees"], strict=True)],
                          index=meetings.index, dtype=bool)
    if place:
        mask &= meetings["place"] == place
    if statuses:
        mask &= meetings["status"].isin(statuses)
    return meetings[mask]


# ---------------------------------------------------------------------------- keywords
def corpus_terms(kw: pd.DataFrame, top: int = 30) -> pd.DataFrame:
    """TF-IDF over the filtered articles: summed counts × log(1 + N / document frequency)."""
    cols = ["term", "df", "count", "tfidf"]
    if kw.empty:
        return pd.DataFrame(columns=cols)
    n = kw["doc_id"].nunique()
    g = kw.groupby("term").agg(df=("doc_id", "nunique"), count=("count", "sum")).reset_index()
    g["count"] = g["count"].where(g["count"] > 0, g["df"])
    g["tfidf"] = g["count"] * (n / g["df"] + 1).map(math.log)
    g = g.sort_values(["tfidf", "term"], ascending=[False, True], kind="stable").head(top)
    return g[cols].reset_index(drop=True)


def terms_weekly(kw: pd.DataFrame, terms: list[str]) -> pd.DataFrame:
    """Articles per week that carry each term (week = the Monday of the publication week)."""
    cols = ["week", "term", "n"]
    sub = kw[kw["term"].isin(terms)].dropna(subset=["pub_date"]) if not kw.empty else kw
    if sub.empty:
        return pd.DataFrame(columns=cols)
    week = sub["pub_date"].dt.to_period("W-SUN").dt.start_time
    g = sub.assign(week=week).groupby(["term", "week"])["doc_id"].nunique().rename("n")
    return g.reset_index()[cols].sort_values(["term", "week"]).reset_index(drop=True)


def cooccurring_terms(kw: pd.DataFrame, docs: frozenset[str], top: int = 20) -> pd.DataFrame:
    """Terms in the articles that mention a person, ranked by lift over the whole selection:
    (share of the person's articles with the term) / (share of all articles with the term)."""
    cols = ["term", "articles", "lift"]
    if kw.empty or not docs:
        return pd.DataFrame(columns=cols)
    n_all = kw["doc_id"].nunique()
    inside = kw[kw["doc_id"].isin(docs)]
    n_in = inside["doc_id"].nunique()
    if n_in == 0:
        return pd.DataFrame(columns=cols)
    df_all = kw.groupby("term")["doc_id"].nunique()
    df_in = inside.groupby("term")["doc_id"].nunique()
    out = pd.DataFrame({"term": df_in.index, "articles": df_in.to_numpy()})
    out["lift"] = (out["articles"] / n_in) / (df_all.loc[out["term"]].to_numpy() / n_all)
    out = out.sort_values(["articles", "lift", "term"], ascending=[False, False, True])
    return out.head(top).reset_index(drop=True)


def tag_counts(tags: pd.DataFrame, top: int = 30) -> pd.DataFrame:
    if tags.empty:
        return pd.DataFrame(columns=["tag", "articles"])
    g = tags.groupby("tag")["doc_id"].nunique().rename("articles").reset_index()
    g = g.sort_values(["articles", "tag"], ascending=[False, True])
    return g.head(top).reset_index(drop=True)


# ---------------------------------------------------------------------------- stances
def stance_pivot(statements: pd.DataFrame, stances: tuple[str, ...], top: int = 25) -> pd.DataFrame:
    """Speakers (the ``top`` most quoted) × stance classes, statement counts."""
    sub = statements.dropna(subset=["speaker"]) if not statements.empty else statements
    if sub.empty:
        return pd.DataFrame(columns=list(stances))
    speakers = sub["speaker"].value_counts().index[:top]
    sub = sub[sub["speaker"].isin(speakers)]
    p = pd.crosstab(sub["speaker"], sub["stance"])
    p = p.reindex(columns=list(stances), fill_value=0).reindex(speakers, fill_value=0)
    used = [c for c in p.columns if p[c].sum() > 0]
    return p[used]


# ---------------------------------------------------------------------------- map
def place_counts(meetings: pd.DataFrame, ents: pd.DataFrame) -> pd.DataFrame:
    """(name, kind, count): meeting places by meetings, mentioned places by articles."""
    rows = []
    if not meetings.empty:
        m = meetings.dropna(subset=["place"])
        m = m[m["place"].astype(str).str.len() > 0]
        for name, n in m["place"].value_counts().items():
            rows.append((str(name), "meeting", int(n)))
    if not ents.empty:
        loc = ents[ents["type"] == "LOCATION"]
        loc = loc[loc["canonical"].astype(bool)]
        for name, n in loc.groupby("canonical")["doc_id"].nunique().items():
            rows.append((str(name), "mentioned", int(n)))
    return pd.DataFrame(rows, columns=["name", "kind", "count"])


def placed(counts: pd.DataFrame, lookup: Any) -> tuple[pd.DataFrame, list[str]]:
    """Counts with coordinates (lat, lon, place_en) and the names the gazetteer lacks."""
    rows, missing = [], []
    for name, kind, n in counts.itertuples(index=False, name=None):
        p = lookup(name)
        if p is None:
            missing.append(name)
            continue
        rows.append((name, kind, n, p.lat, p.lon, p.name))
    df = pd.DataFrame(rows, columns=["name", "kind", "count", "lat", "lon", "place_en"])
    return df, sorted(set(missing))


# ---------------------------------------------------------------------------- timeline
def timeline(
    meetings: pd.DataFrame, statements: pd.DataFrame, dates: pd.DataFrame,
    person: str | None, place: str | None, kinds: tuple[str, ...], lang: str,
    docs_of: Any = None,
) -> tuple[pd.DataFrame, Any]:
    """(events, figure) for the Timeline page: meetings with the person (or at the place), their
    statements, and dated events in the articles that mention them."""
    from components.charts import timeline_events, timeline_fig

    if person:
        docs = docs_of(person) if docs_of else frozenset()
        meetings = meetings_with(meetings, person)
        statements = statements[statements["speaker"] == person]
        dates = dates[dates["doc_id"].isin(docs)]
    if place:
        docs = docs_of(place) if docs_of else frozenset()
        meetings = meetings[meetings["place"] == place]
        statements = statements[statements["doc_id"].isin(docs)]
        dates = dates[dates["doc_id"].isin(docs)]
    events = timeline_events(
        meetings if "meeting" in kinds else meetings.iloc[0:0],
        statements if "statement" in kinds else statements.iloc[0:0],
        dates if "date" in kinds else dates.iloc[0:0],
        lang,
    )
    return events, timeline_fig(events, lang)


# ---------------------------------------------------------------------------- cached wrappers
@st.cache_resource(**_CACHE)
def _cached(name: str, url: str, rev: tuple[Any, ...], f: Filters, args: tuple[Any, ...]) -> Any:
    s = state.open_store(url)

    def fr(kind: str) -> pd.DataFrame:
        return state.filtered(kind, f, s)

    if name == "entity_table":
        return entity_table(fr("entities"), *args)
    if name == "meeting_people":
        return meeting_people(fr("meetings"))
    if name == "corpus_terms":
        return corpus_terms(fr("keywords"), *args)
    if name == "tag_counts":
        return tag_counts(fr("tags"), *args)
    if name == "place_counts":
        return place_counts(fr("meetings"), fr("entities"))
    if name == "stance_pivot":
        return stance_pivot(fr("statements"), *args)
    if name == "speakers":
        st_ = fr("statements")
        return [str(x) for x in st_["speaker"].dropna().value_counts().index] if len(st_) else []
    if name == "timeline":
        return timeline(fr("meetings"), fr("statements"), fr("dates"), *args,
                        docs_of=lambda n: state.entity_docs(n, s))
    if name == "network":
        person, statuses = args
        g = meeting_graph(meetings_with(fr("meetings"), person, statuses=statuses))
        sub = top_subgraph(g, 60)
        return g, sub, layout(sub), person_matrix(g, 25)
    if name == "entity_options":
        return entity_options(state.frame("entities", s), *args)
    raise KeyError(name)


def cached(name: str, *args: Any, f: Filters | None = None) -> Any:
    """A derived table for the current store revision and filters (see the ``_cached`` names)."""
    s = state.store()
    f = state.current_filters() if f is None else f
    return _cached(name, s.url, state.revision(s), f, args)
