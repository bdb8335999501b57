"""Timeline: meetings, statements and dated events on one time axis; a selection opens the
sentence and its article."""

from __future__ import annotations

import streamlit as st

from components import state, ui
from components.derived import cached
from components.exports import export_buttons
from components.i18n import t
from components.tables import show_table

lang = state.lang()
s = state.store()
ui.page_header("page_timeline", lang, __file__)
ui.stop_if_empty(s, lang)

people = cached("meeting_people")
speakers = cached("speakers")
person_options = list(dict.fromkeys([*people, *speakers]))
places = cached("place_counts")
place_options = list(dict.fromkeys(places["name"])) if len(places) else []

c1, c2, c3 = st.columns(3)
person = c1.selectbox(t("filter_person", lang), person_options, index=None, key="tl_person",
                      placeholder=t("any", lang))
place = c2.selectbox(t("filter_place", lang), place_options, index=None, key="tl_place",
                     placeholder=t("any", lang))
kinds = c3.multiselect(t("kinds", lang), ["meeting", "statement", "date"],
                       default=["meeting", "statement", "date"], key="tl_kinds",
                       format_func=lambda k: t(f"kind_{k}", lang))

events, fig = cached("timeline", person, place, tuple(kinds), lang)
ui.stop_if_filtered_out(len(events), lang)

event = st.plotly_chart(fig, key="sel_timeline", on_select="rerun",
                        selection_mode=("points", "box"), config={"displaylogo": False})
st.caption(t("select_point", lang))

chosen: list[int] = []
try:
    chosen = [int(p["customdata"]) for p in event.selection.points if "customdata" in p]
except (AttributeError, KeyError, TypeError, ValueError):
    chosen = []

cols = ["when", "kind", "label"]
shown = events.assign(kind=[t(f"kind_{k}", lang) for k in events["kind"]])
if chosen:
    st.subheader(t("selected_items", lang))
    for i, row in enumerate(events.loc[[c for c in chosen if c in events.index]][:5].itertuples()):
        ui.show_sentence(s, row.doc_id, row.start, row.end, lang, key=f"tl_open_{i}")
    shown = shown.loc[[c for c in chosen if c in shown.index]]

# newest first: the table is capped, and a 1215 anniversary is not what an analyst opens it for
shown = shown.iloc[::-1]
rows = show_table(shown, cols, lang, key="sel_tl_table", select=True, height=320)
if rows:
    row = events.loc[shown.index[rows[0]]]
    ui.show_sentence(s, row["doc_id"], row["start"], row["end"], lang, key="tl_open_row")
export_buttons(events, "timeline", lang, key="exp_timeline")
