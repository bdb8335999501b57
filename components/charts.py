"""Plotly figure builders: pure functions from DataFrames to figures, one per chart the pages show.

Arabic in plotly: labels are SVG text, which Chromium shapes and orders right to left by itself;
what plotly cannot know is that an Arabic reader starts on the right. With the Arabic interface,
category axes sit on the right (``side="right"``), bar lengths grow leftwards
(``autorange="reversed"``), legends sit on the right, and hover boxes are right-aligned.
"""

from __future__ import annotations

import html

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from components.i18n import t
from components.rtl import ARABIC_FONTS, LRI, PDI

KIND_COLOURS: dict[str, str] = {"meeting": "#e03131", "statement": "#7048e8", "date": "#f08c00"}
STATUS_SYMBOLS: dict[str, str] = {"held": "circle", "planned": "circle-open", "cancelled": "x"}
GEO_CONFIG: dict[str, object] = {"topojsonURL": "./app/static/topojson/", "displaylogo": False}


def _layout(fig: go.Figure, lang: str, height: int = 420) -> go.Figure:
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        font={"family": ARABIC_FONTS, "size": 14},
        hoverlabel={"align": "right" if lang == "ar" else "left", "font": {"family": ARABIC_FONTS}},
        legend={"x": 1 if lang == "ar" else 0, "xanchor": "right" if lang == "ar" else "left",
                "y": 1.08, "orientation": "h"},
    )
    return fig


def _short(s: str, n: int = 90) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def hover_text(s: str) -> str:
    """Plotly hover text accepts a little HTML; article text is escaped before it gets there."""
    return html.escape(_short(s, 120))


# ---------------------------------------------------------------------------- timeline
def _dated_by(facts: pd.DataFrame) -> pd.Series:
    """How a meeting's or statement's day was reached: the stage's own ``date_source`` where the
    store has it, since a day the stage took from the publication date is a fallback."""
    own = facts["date"].notna()
    if "date_source" in facts.columns:
        src = facts["date_source"].where(facts["date_source"].notna(), "expression")
        return src.where(own, "pub_date")
    return own.map({True: "expression", False: "pub_date"})


def timeline_events(
    meetings: pd.DataFrame, statements: pd.DataFrame, dates: pd.DataFrame, lang: str = "ar"
) -> pd.DataFrame:
    """One row per event: when, kind, label, doc_id, start, end (the span that opens on select).

    A meeting or statement without its own date is placed at its article's publication date
    (``dated_by`` says which); dated events are the date expressions with a day or month value.
    """
    cols = ["when", "kind", "label", "doc_id", "start", "end", "dated_by", "title", "source"]
    frames = []
    if not meetings.empty:
        m = meetings
        when = m["date"].where(m["date"].notna(), m["pub_date"])
        label = [
            "، ".join(list(p or []) + list(a or [])) + (f" — {pl}" if isinstance(pl, str) else "")
            for p, a, pl in zip(m["participants"], m["attendees"], m["place"], strict=True)
        ]
        frames.append(pd.DataFrame({
            "when": when, "kind": "meeting", "label": label, "doc_id": m["doc_id"],
            "start": m["start"], "end": m["end"],
            "dated_by": _dated_by(m),
            "title": m["title"], "source": m["source"],
        }))
    if not statements.empty:
        s = statements
        when = s["date"].where(s["date"].notna(), s["pub_date"])
        # cut before collapsing blanks: quotes can run to paragraphs, the label needs 70 chars
        content = s["content"].fillna("").str.slice(0, 100).str.replace(r"\s+", " ", regex=True)
        content = content.where(content.str.len() <= 70, content.str.slice(0, 69) + "…")
        label = s["speaker"].fillna(t("unknown_speaker", lang)) + ": " + content
        frames.append(pd.DataFrame({
            "when": when, "kind": "statement", "label": label, "doc_id": s["doc_id"],
            "start": s["start"], "end": s["end"],
            "dated_by": _dated_by(s),
            "title": s["title"], "source": s["source"],
        }))
    if not dates.empty:
        d = dates[dates["kind"] == "date"]
        value = d["value"].where(d["value"].str.match(r"^\d{4}-\d{2}(-\d{2})?$", na=False))
        when = pd.to_datetime(value, errors="coerce", format="mixed")
        d = d.assign(when=when).dropna(subset=["when"])
        frames.append(pd.DataFrame({
            "when": d["when"], "kind": "date",
            "label": d["text"] + " ← " + LRI + d["value"] + PDI,  # vectorised iso_plain
            "doc_id": d["doc_id"], "start": d["start"], "end": d["end"],
            "dated_by": "expression", "title": d["title"], "source": d["source"],
        }))
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=cols)
    ev = pd.concat(frames, ignore_index=True)
    ev = ev.dropna(subset=["when"]).sort_values("when", kind="stable").reset_index(drop=True)
    return ev[cols]


def timeline_fig(events: pd.DataFrame, lang: str = "ar", max_points: int = 2500) -> go.Figure:
    """Events on a time axis, one row and one colour per kind; ``customdata`` is the event row."""
    fig = go.Figure()
    ev = events.tail(max_points)
    for kind in ("meeting", "statement", "date"):
        sub = ev[ev["kind"] == kind]
        if sub.empty:
            continue
        name = t(f"kind_{kind}", lang)
        fig.add_trace(go.Scatter(
            x=sub["when"], y=[name] * len(sub), mode="markers", name=name,
            marker={"color": KIND_COLOURS[kind], "size": 11, "opacity": 0.75,
                    "line": {"width": 1, "color": "white"}},
            customdata=sub.index.to_numpy(),
            hovertext=[hover_text(x) for x in sub["label"]],
            hovertemplate="%{x|%Y-%m-%d}<br>%{hovertext}<extra></extra>",
        ))
    fig.update_yaxes(side="right" if lang == "ar" else "left", title=None)
    # time runs right to left for an Arabic reader, as the text does
    fig.update_xaxes(title=None, type="date", tickformat="%Y-%m-%d",
                     autorange="reversed" if lang == "ar" else True)
    return _layout(fig, lang, height=360)


# ---------------------------------------------------------------------------- network, matrix
def network_fig(g: nx.Graph, pos: dict[str, tuple[float, float]], lang: str = "ar") -> go.Figure:
    """People as nodes sized by meetings, edges drawn thicker for more shared meetings."""
    fig = go.Figure()
    buckets: dict[int, tuple[list[float | None], list[float | None]]] = {}
    for a, b, w in g.edges(data="weight"):
        width = min(8, 1 + int(w or 1))
        xs, ys = buckets.setdefault(width, ([], []))
        xs += [pos[a][0], pos[b][0], None]
        ys += [pos[a][1], pos[b][1], None]
    for width, (xs, ys) in sorted(buckets.items()):
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                                 line={"width": width, "color": "rgba(73,80,87,0.45)"}))
    names = list(g.nodes)
    counts = [g.nodes[v].get("meetings", 1) for v in names]
    fig.add_trace(go.Scatter(
        x=[pos[v][0] for v in names], y=[pos[v][1] for v in names], mode="markers+text",
        text=names, textposition="top center", showlegend=False,
        marker={"size": [10 + 4 * min(c, 10) for c in counts], "color": "#e8590c",
                "line": {"width": 1, "color": "white"}},
        customdata=names,
        hovertext=[f"{html.escape(v)} — {t('meetings_count', lang)}: {c}"
                   for v, c in zip(names, counts, strict=True)],
        hovertemplate="%{hovertext}<extra></extra>",
    ))
    # mirrored for Arabic: the busiest group sits top right, where the reader starts
    fig.update_xaxes(visible=False, autorange="reversed" if lang == "ar" else True)
    fig.update_yaxes(visible=False)
    return _layout(fig, lang, height=520)


def matrix_fig(m: pd.DataFrame, lang: str = "ar") -> go.Figure:
    """Person × person heatmap of shared meetings; names on the right for Arabic."""
    names = list(m.index)
    x = names[::-1] if lang == "ar" else names
    fig = go.Figure(go.Heatmap(
        z=m.loc[names, x].to_numpy(), x=x, y=names, colorscale="Oranges",
        hovertemplate="%{y} × %{x}: %{z}<extra></extra>", showscale=False,
    ))
    fig.update_yaxes(autorange="reversed", side="right" if lang == "ar" else "left")
    fig.update_xaxes(tickangle=-45)
    return _layout(fig, lang, height=max(360, 24 * len(names) + 160))


# ---------------------------------------------------------------------------- keywords
def bar_fig(labels: list[str], values: list[float], lang: str = "ar",
            colour: str = "#1971c2") -> go.Figure:
    """Horizontal bars, largest on top; for Arabic the labels sit right and bars grow leftwards."""
    fig = go.Figure(go.Bar(
        x=values, y=labels, orientation="h", marker={"color": colour},
        hovertemplate="%{y}: %{x:.3g}<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed", side="right" if lang == "ar" else "left")
    if lang == "ar":
        fig.update_xaxes(autorange="reversed")
    return _layout(fig, lang, height=max(300, 22 * len(labels) + 80))


def terms_over_time_fig(counts: pd.DataFrame, lang: str = "ar") -> go.Figure:
    """Lines of weekly counts per term; ``counts`` has columns week, term, n."""
    fig = go.Figure()
    for term, sub in counts.groupby("term", sort=False):
        fig.add_trace(go.Scatter(x=sub["week"], y=sub["n"], mode="lines+markers", name=str(term)))
    fig.update_yaxes(side="right" if lang == "ar" else "left")
    return _layout(fig, lang, height=360)


# ---------------------------------------------------------------------------- stances
def stance_heatmap_fig(pivot: pd.DataFrame, lang: str = "ar") -> go.Figure:
    """Speakers (rows) × stance classes (columns), counts of statements."""
    cols = [t(f"stance_{c}", lang) for c in pivot.columns]
    z = pivot.to_numpy()
    if lang == "ar":
        cols = cols[::-1]
        z = z[:, ::-1]
    fig = go.Figure(go.Heatmap(
        z=z, x=cols, y=list(pivot.index), colorscale="Purples", showscale=False,
        hovertemplate="%{y} — %{x}: %{z}<extra></extra>", text=z, texttemplate="%{text}",
    ))
    fig.update_yaxes(autorange="reversed", side="right" if lang == "ar" else "left")
    fig.update_xaxes(side="top")  # stance names above the grid, where the eye starts
    return _layout(fig, lang, height=max(320, 26 * len(pivot) + 120))


# ---------------------------------------------------------------------------- map
def map_labels(places: pd.DataFrame, top: int = 10,
               min_sep: float = 6.0) -> frozenset[tuple[str, str]]:
    """(kind, name) of the places that get a written label: busiest first, each name once, and
    none within ``min_sep`` degrees of a label already placed — Saudi papers name a dozen Gulf
    cities in the same square of the map, and stacked Arabic labels read as noise."""
    chosen: list[tuple[float, float]] = []
    names: set[str] = set()
    out: set[tuple[str, str]] = set()
    ranked = places.assign(_m=(places["kind"] == "meeting").astype(int)).sort_values(
        ["count", "_m"], ascending=False)
    for kind, name, lat, lon in zip(ranked["kind"], ranked["name"], ranked["lat"], ranked["lon"],
                                    strict=True):
        if len(out) >= top:
            break
        if name in names or any(abs(lat - a) < min_sep and abs(lon - b) < 2 * min_sep
                                for a, b in chosen):
            continue
        chosen.append((lat, lon))
        names.add(name)
        out.add((kind, name))
    return frozenset(out)


def map_fig(places: pd.DataFrame, lang: str = "ar", label_top: int = 10) -> go.Figure:
    """Places on a plain natural-earth projection (no tiles), sized by count, one trace per kind.

    ``places``: name, lat, lon, count, kind ("meeting" | "mentioned"); the base map's outlines come
    from the app's own static copy of plotly's world topojson (see GEO_CONFIG)."""
    fig = go.Figure()
    styles = {"meeting": ("map_meeting_places", "#e03131"),
              "mentioned": ("map_mentioned", "#1971c2")}
    labelled = map_labels(places, label_top) if len(places) else frozenset()
    for kind, (label, colour) in styles.items():
        sub = places[places["kind"] == kind]
        if sub.empty:
            continue
        biggest = max(1, int(sub["count"].max()))
        fig.add_trace(go.Scattergeo(
            lon=sub["lon"], lat=sub["lat"], name=t(label, lang),
            text=[n if (kind, n) in labelled else "" for n in sub["name"]],
            mode="markers+text", textposition="top center",
            textfont={"color": "#212529", "size": 14, "family": ARABIC_FONTS, "weight": 600,
                      "shadow": "1px 1px 2px white, -1px -1px 2px white"},
            customdata=sub["name"],
            marker={"size": [8 + 30 * (c / biggest) ** 0.5 for c in sub["count"]],
                    "color": colour, "opacity": 0.65, "line": {"width": 1, "color": "white"}},
            hovertext=[f"{html.escape(n)}: {c}" for n, c in zip(sub["name"], sub["count"],
                                                                 strict=True)],
            hovertemplate="%{hovertext}<extra></extra>",
        ))
    fig.update_geos(projection_type="natural earth", showcountries=True,
                    countrycolor="#ced4da", showland=True, landcolor="#f8f9fa",
                    showocean=True, oceancolor="#e7f5ff", fitbounds="locations")
    return _layout(fig, lang, height=520)
