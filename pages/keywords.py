"""Keywords: top terms across the selection, terms over time, site tags, and the terms that come
with a chosen person."""

from __future__ import annotations

import streamlit as st

from components import state, ui
from components.charts import bar_fig, terms_over_time_fig
from components.derived import cached, cooccurring_terms, terms_weekly
from components.exports import export_buttons
from components.i18n import t

lang = state.lang()
s = state.store()
ui.page_header("page_keywords", lang, __file__)
ui.stop_if_empty(s, lang)

kw = state.filtered("keywords")
top = cached("corpus_terms", 30)
tags = cached("tag_counts", 30)
ui.stop_if_filtered_out(len(top) + len(tags), lang)

left, right = st.columns(2, gap="large")
with left:
    st.subheader(t("top_terms", lang))
    if len(top):
        st.plotly_chart(bar_fig(list(top["term"]), list(top["tfidf"]), lang), key="kw_top",
                        config={"displaylogo": False})
        export_buttons(top, "keywords", lang, key="exp_kw")
    else:
        st.caption(t("empty_stage", lang))
with right:
    st.subheader(t("tags", lang))
    if len(tags):
        st.plotly_chart(bar_fig(list(tags["tag"]), list(tags["articles"]), lang,
                                colour="#2f9e44"), key="kw_tags", config={"displaylogo": False})
        export_buttons(tags, "tags", lang, key="exp_tags")
    else:
        st.caption(t("empty_stage", lang))

st.subheader(t("terms_over_time", lang))
options = list(top["term"])
chosen = st.multiselect(t("choose_terms", lang), options, default=options[:5], key="kw_terms")
weekly = terms_weekly(kw, chosen)
if len(weekly):
    st.plotly_chart(terms_over_time_fig(weekly, lang), key="kw_time",
                    config={"displaylogo": False})
    export_buttons(weekly, "terms-weekly", lang, key="exp_weekly")

st.subheader(t("cooccurring", lang))
people = cached("entity_table", "PERSON")
person = st.selectbox(t("choose_person", lang), list(people["name"].head(500)), index=None,
                      key="kw_person", placeholder=t("choose_person", lang))
if person:
    co = cooccurring_terms(kw, state.entity_docs(person), top=20)
    if len(co):
        st.plotly_chart(bar_fig(list(co["term"]), list(co["articles"]), lang, colour="#e8590c"),
                        key="kw_co", config={"displaylogo": False})
        export_buttons(co, "cooccurring", lang, key="exp_co")
    else:
        st.caption(t("empty_stage", lang))
