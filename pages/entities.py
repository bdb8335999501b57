"""Entities: people with their titles and mention counts, places, organisations — and the alias
editor (merge, split, rename), saved to the store and applied to stored and later articles."""

from __future__ import annotations

import streamlit as st

from components import state, ui
from components.derived import cached
from components.exports import export_buttons
from components.i18n import t
from components.tables import html_table, show_table

lang = state.lang()
s = state.store()
ui.page_header("page_entities", lang, __file__)
ui.stop_if_empty(s, lang)

TYPES = (("PERSON", "people"), ("LOCATION", "places"), ("ORGANIZATION", "organisations"))
tables = {typ: cached("entity_table", typ) for typ, _ in TYPES}
ui.stop_if_filtered_out(sum(len(x) for x in tables.values()), lang)

tabs = st.tabs([f"{t(label, lang)} ({len(tables[typ])})" for typ, label in TYPES]
               + [t("aliases", lang)])
for tab, (typ, label) in zip(tabs, TYPES, strict=False):
    with tab:
        df = tables[typ]
        if df.empty:
            st.caption(t("empty_stage", lang))
            continue
        cols = ["name", "titles", "mentions", "articles"] if typ == "PERSON" else \
            ["name", "mentions", "articles"]
        show_table(df, cols, lang, height=420)
        export_buttons(df, label, lang, key=f"exp_{label}")

with tabs[-1]:
    msg = st.session_state.pop("alias_saved", None)
    if msg:
        st.success(f"{t('saved', lang)}: {msg}")
    typ = st.selectbox(t("entity_type", lang), [x for x, _ in TYPES], key="al_type",
                       format_func=lambda x: t(x, lang))
    names = list(tables[typ]["name"].head(2000)) if len(tables[typ]) else []
    m_tab, r_tab, s_tab = st.tabs([t("merge", lang), t("rename", lang), t("split", lang)])
    with m_tab, st.form("merge_form"):
        merge_names = st.multiselect(t("merge_names", lang), names, key="al_merge_names")
        into = st.text_input(t("merge_into", lang), key="al_merge_into",
                             value=merge_names[0] if merge_names else "")
        if st.form_submit_button(t("apply", lang)):
            target = (into or "").strip() or (merge_names[0] if merge_names else "")
            if len(merge_names) < 2 and not (merge_names and target not in merge_names):
                st.warning(t("need_two", lang))
            else:
                s.merge(list(merge_names), target, typ)
                state.bump()
                st.session_state["alias_saved"] = f"{'، '.join(merge_names)} → {target}"
                st.rerun()
    with r_tab, st.form("rename_form"):
        old = st.selectbox(t("rename_old", lang), names, index=None, key="al_old")
        new = st.text_input(t("rename_new", lang), key="al_new")
        if st.form_submit_button(t("apply", lang)) and old and new.strip():
            s.rename(old, new.strip(), typ)
            state.bump()
            st.session_state["alias_saved"] = f"{old} → {new.strip()}"
            st.rerun()
    al = state.aliases()
    user = al[(al["origin"] == "user") & (al["type"] == typ)] if len(al) else al
    with s_tab, st.form("split_form"):
        variants = [v for v, c in zip(user["variant"], user["canonical"], strict=True) if v != c] \
            if len(user) else []
        variant = st.selectbox(t("split_variant", lang), variants, index=None, key="al_split")
        if st.form_submit_button(t("apply", lang)) and variant:
            s.split(variant, typ)
            state.bump()
            st.session_state["alias_saved"] = variant
            st.rerun()
    if len(al):
        st.html(html_table(al, ["variant", "canonical", "type", "origin"], lang))
        export_buttons(al, "aliases", lang, key="exp_aliases")
