"""Map: meeting places and places mentioned, sized by count, on a plain projection (no tiles);
choosing a place lists its meetings and articles."""

from __future__ import annotations

from functools import lru_cache

import streamlit as st

from components import gazetteer, state, ui
from components.charts import GEO_CONFIG, map_fig
from components.derived import cached, placed
from components.exports import export_buttons
from components.i18n import t
from components.tables import html_table

lang = state.lang()
s = state.store()
ui.page_header("page_map", lang, __file__)
ui.stop_if_empty(s, lang)


@lru_cache(maxsize=20000)
def _lookup(name: str) -> gazetteer.Place | None:
    return gazetteer.lookup(name)


counts = cached("place_counts")
ui.stop_if_filtered_out(len(counts), lang)
places, missing = placed(counts, _lookup)

event = st.plotly_chart(map_fig(places, lang), key="sel_map", on_select="rerun",
                        selection_mode="points", config=GEO_CONFIG)
st.caption(t("gazetteer_note", lang))

picked = None
try:
    pts = event.selection.points
    picked = str(pts[0]["customdata"]) if pts else None
except (AttributeError, IndexError, KeyError, TypeError):
    picked = None
names = list(counts.groupby("name")["count"].sum().sort_values(ascending=False).index)
if picked in names:
    st.session_state["map_place"] = picked
place = st.selectbox(t("choose_place", lang), names, index=None, key="map_place",
                     placeholder=t("choose_place", lang))

if place:
    meetings = state.filtered("meetings")
    here = meetings[meetings["place"] == place]
    if len(here):
        st.subheader(t("meetings", lang))
        st.html(html_table(here, ["date", "participants", "attendees", "status", "source",
                                  "evidence"], lang, max_rows=50))
    arts = state.filtered("articles")
    arts = arts[arts["doc_id"].isin(state.entity_docs(place) | frozenset(here["doc_id"]))]
    st.subheader(t("page_articles", lang))
    st.html(html_table(arts, ["pub_date", "title", "source"], lang, max_rows=100))
    if len(arts):
        ui.open_in_reader(arts["doc_id"].iloc[0], None, None, lang, key="map_open")

if missing:
    with st.expander(f"{t('unplaced', lang)} ({len(missing)})"):
        st.html(html_table(counts[counts["name"].isin(missing)], ["name", "kind", "count"], lang))
export_buttons(places, "places", lang, key="exp_places")
