"""Stances: who takes which stance (speakers × stance classes) and the statements with quotes."""

from __future__ import annotations

import streamlit as st

from components import state, ui
from components.charts import stance_heatmap_fig
from components.derived import cached
from components.exports import export_buttons
from components.i18n import t
from components.tables import html_table, show_table
from marsad.document import STANCES

lang = state.lang()
s = state.store()
ui.page_header("page_stances", lang, __file__)
ui.stop_if_empty(s, lang)

statements = state.filtered("statements")
if statements.empty:
    st.info(t("empty_filtered", lang))
    st.caption(t("empty_stage", lang))
    st.stop()

c1, c2 = st.columns(2)
speaker = c1.selectbox(t("col_speaker", lang), cached("speakers"), index=None, key="stc_speaker",
                       placeholder=t("any", lang))
stances = c2.multiselect(t("col_stance", lang), list(STANCES), key="stc_stances",
                         format_func=lambda x: t(f"stance_{x}", lang), placeholder=t("any", lang))

pivot = cached("stance_pivot", tuple(STANCES), 25)
if len(pivot):
    st.subheader(t("stance_heatmap", lang))
    st.plotly_chart(stance_heatmap_fig(pivot, lang), key="stc_heat",
                    config={"displaylogo": False})

shown = statements
if speaker:
    shown = shown[shown["speaker"] == speaker]
if stances:
    shown = shown[shown["stance"].isin(stances)]
shown = shown.sort_values("pub_date", ascending=False)
ui.stop_if_filtered_out(len(shown), lang)

st.subheader(t("statement_list", lang))
table = shown.assign(
    stance=[t(f"stance_{x}", lang) for x in shown["stance"]],
    speaker=shown["speaker"].fillna(t("unknown_speaker", lang)),
)
cols = ["date", "speaker", "stance", "verb", "target", "content", "source", "pub_date"]
st.html(html_table(table, cols, lang, max_rows=40))
st.caption(t("choose_row", lang))
picked = show_table(table, ["pub_date", "speaker", "stance", "title"], lang, key="sel_statements",
                    select=True, height=300)
if picked:
    row = shown.iloc[picked[0]]
    ui.show_sentence(s, row["doc_id"], row["start"], row["end"], lang, key="stc_open")
export_buttons(shown, "statements", lang, key="exp_statements")
