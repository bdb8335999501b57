"""Who met whom: the meetings table (each row leads to its sentence), the network of people
weighted by shared meetings, and the person × person matrix."""

from __future__ import annotations

import streamlit as st

from components import state, ui
from components.charts import matrix_fig, network_fig
from components.derived import cached, meetings_with
from components.exports import export_buttons, graphml_button
from components.i18n import t
from components.tables import html_table, show_table
from marsad.document import MEETING_STATUSES

lang = state.lang()
s = state.store()
ui.page_header("page_meetings", lang, __file__)
ui.stop_if_empty(s, lang)

meetings = state.filtered("meetings")
if meetings.empty:
    st.info(t("empty_filtered", lang) if s.count() else t("empty_store", lang))
    st.caption(t("empty_stage", lang))
    st.stop()

c1, c2 = st.columns(2)
person = c1.selectbox(t("filter_person", lang), cached("meeting_people"), index=None,
                      key="mt_person", placeholder=t("any", lang))
statuses = c2.multiselect(t("col_status", lang), list(MEETING_STATUSES), key="mt_status",
                          format_func=lambda x: t(f"status_{x}", lang),
                          placeholder=t("any", lang))
shown = meetings_with(meetings, person, statuses=tuple(statuses))
shown = shown.sort_values(["date", "pub_date"], ascending=False, na_position="last")
ui.stop_if_filtered_out(len(shown), lang)

# the meeting's own date when the article gives one; the publication date beside it, never
# standing in for it
table = shown.assign(status=[t(f"status_{x}", lang) for x in shown["status"]])
cols = ["date", "place", "participants", "attendees", "status", "source", "pub_date", "evidence"]
tab_table, tab_net, tab_matrix = st.tabs([t("table", lang), t("network", lang), t("matrix", lang)])

with tab_table:
    st.html(html_table(table, cols, lang, max_rows=40))
    st.caption(t("choose_row", lang))
    picked = show_table(table, ["date", "participants", "place", "title"], lang,
                        key="sel_meetings", select=True, height=300)
    if picked:
        row = shown.iloc[picked[0]]
        ui.show_sentence(s, row["doc_id"], row["start"], row["end"], lang, key="mt_open")
    export_buttons(shown, "meetings", lang, key="exp_meetings")

g, sub, pos, m = cached("network", person, tuple(statuses))
with tab_net:
    st.plotly_chart(network_fig(sub, pos, lang), key="mt_network",
                    config={"displaylogo": False})
    graphml_button(g, "meetings", lang, key="exp_graphml")

with tab_matrix:
    if not m.empty:
        st.plotly_chart(matrix_fig(m, lang), key="mt_matrix", config={"displaylogo": False})
        export_buttons(m.reset_index(names="name"), "matrix", lang, key="exp_matrix")
