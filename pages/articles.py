"""Articles: the reader — highlighted text, hover for canonical names and ISO dates, facts."""

from __future__ import annotations

import streamlit as st

from components import reader, state, ui
from components.exports import export_buttons
from components.i18n import t
from components.ingest import set_pub_date
from components.rtl import direction_block
from components.tables import show_table

lang = state.lang()
s = state.store()
ui.page_header("page_articles", lang, __file__)
ui.stop_if_empty(s, lang)

arts = state.filtered("articles")
opened = st.session_state.pop(ui.K_OPEN, None)
if opened:  # arriving from the timeline, the meetings table or the map: open at that span
    st.session_state["_focus"] = opened
    st.session_state["sel_article"] = opened[0]
opened = st.session_state.get("_focus")
ui.stop_if_filtered_out(len(arts) + (1 if opened else 0), lang)

query = st.text_input(t("search_titles", lang), key="art_search")
listed = arts
if query.strip():
    listed = arts[arts["title"].fillna("").str.contains(query.strip(), regex=False)]
options = list(listed["doc_id"].head(500))
if opened and opened[0] not in options:
    options.insert(0, opened[0])
titles = dict(zip(arts["doc_id"], arts["title"].fillna(""), strict=True))
dates = dict(zip(arts["doc_id"], arts["pub_date"].dt.strftime("%Y-%m-%d").fillna(""),
                 strict=True))

if st.session_state.get("sel_article") not in options:
    st.session_state.pop("sel_article", None)
doc_id = st.selectbox(
    t("choose_article", lang), options, key="sel_article",
    format_func=lambda d: " — ".join(x for x in (dates.get(d), titles.get(d) or d) if x),
)
focus = None
if opened and opened[0] == doc_id and opened[1] is not None:
    focus = (int(opened[1]), int(opened[2]))

doc = s.get(doc_id) if doc_id else None
if doc is not None and doc.pub_date is None:  # relative dates wait for the analyst's date
    st.warning(t("no_pub_date", lang))
    c1, c2 = st.columns([2, 1], vertical_alignment="bottom")
    new_date = c1.date_input(t("pub_date", lang), value=None, key=f"pubdate_{doc_id}")
    if c2.button(t("set_pub_date", lang), disabled=new_date is None, key=f"set_pub_{doc_id}"):
        set_pub_date(s, doc_id, new_date, backend=state.ner_backend())
        state.bump()
        st.session_state["sel_article"] = doc_id
        st.rerun()
if doc is not None:
    st.html(reader.legend(lang))
    text_col, facts_col = st.columns([3, 2], gap="large")
    with text_col:
        st.html(reader.annotate(doc, lang, focus=focus))
        if focus:  # our own one-line script (no article text in it): bring the span into view
            st.html("<script>setTimeout(() => document.getElementById('marsad-focus')"
                    "?.scrollIntoView({block: 'center'}), 300)</script>",
                    unsafe_allow_javascript=True)
    with facts_col:
        st.subheader(t("facts", lang))
        st.html(direction_block(reader.facts(doc, lang), lang))
        st.subheader(t("metadata", lang))
        st.html(direction_block(reader.metadata(doc, lang), lang))

st.divider()
cols = ["pub_date", "title", "source", "n_entities", "n_meetings", "n_statements"]
show_table(listed, cols, lang)
export_buttons(listed.drop(columns=[], errors="ignore"), "articles", lang, key="exp_articles")
