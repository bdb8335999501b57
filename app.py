"""Marsad (مرصد) — the analyst's dashboard. This file only routes.

Run: ``MARSAD_AUTOLOAD_SAMPLE=1 streamlit run app.py``. It sets the page up once, draws the shared
sidebar (database, date range, sources, entity, language, entity recogniser) whose widget keys live
in ``st.session_state`` so every page reads the same filters, and hands over to ``st.navigation``.
Where the database lives (shared, per-session or local) is decided in ``components/state.py``.
"""

from __future__ import annotations

import os
import threading
from datetime import date

import streamlit as st

from components import state
from components.derived import cached
from components.i18n import t
from components.ingest import sample_items, store_items
from components.rtl import page_css

st.set_page_config(page_title="Marsad · مرصد", page_icon="🔭", layout="wide",
                   initial_sidebar_state="expanded")

st.session_state["_marsad_shell"] = True  # see components/ui.page_header
if state.K_LANG not in st.session_state:
    st.session_state[state.K_LANG] = "ar"
lang = state.lang()
st.html(page_css(lang))

url, scope = state.db_url()
store = state.open_store(url)


@st.cache_resource(show_spinner=False)
def _warm_gazetteer() -> threading.Thread:
    """Build the map's place index in the background once per process (about a second)."""
    from components.gazetteer import lookup

    th = threading.Thread(target=lookup, args=("موسكو",), daemon=True)
    th.start()
    return th


_warm_gazetteer()


@st.cache_resource(show_spinner=False, max_entries=4)
def _warm_frames(db: str, rev: tuple) -> threading.Thread:
    """Read the store's whole-corpus frames in the background once per store revision, so the
    first visit to a page after a start or an ingest finds them cached (~2 s at 5,000 articles)."""

    def read_all() -> None:
        for kind in ("articles", "entities", "meetings", "statements", "dates", "keywords", "tags"):
            state._frame(db, rev, kind)

    th = threading.Thread(target=read_all, daemon=True)
    th.start()
    return th


_warm_frames(url, state.revision(store))

# first start with MARSAD_AUTOLOAD_SAMPLE=1: an empty store opens on the sample data
if (os.environ.get("MARSAD_AUTOLOAD_SAMPLE") == "1" and not st.session_state.get("_autoloaded")):
    st.session_state["_autoloaded"] = True
    if store.count() == 0 and state.sample_paths():
        with st.spinner(t("load_sample", lang) + " …"):
            store_items(store, sample_items(state.sample_paths()))


def _clear_filters() -> None:
    for key in (state.K_DATES, state.K_SOURCES, state.K_ENTITY):
        st.session_state.pop(key, None)


# url paths are the file stems: before app.py first runs, Streamlit knows the pages/ folder's
# files by stem, and a deep link to any other path would pop a "page not found" dialog
PAGES = [
    ("pages/ingest.py", "page_ingest", ":material/upload_file:"),
    ("pages/articles.py", "page_articles", ":material/article:"),
    ("pages/timeline.py", "page_timeline", ":material/timeline:"),
    ("pages/meetings.py", "page_meetings", ":material/handshake:"),
    ("pages/map.py", "page_map", ":material/public:"),
    ("pages/keywords.py", "page_keywords", ":material/key:"),
    ("pages/entities.py", "page_entities", ":material/groups:"),
    ("pages/stances.py", "page_stances", ":material/record_voice_over:"),
]
n_docs = store.count()
# the landing page stays the same (a page's identity must not change between runs); an empty
# store sends the first visit on to Ingest instead
pages = [
    st.Page(path, title=t(label, lang), icon=icon, url_path=path[6:-3],
            default=path == "pages/meetings.py")
    for path, label, icon in PAGES
]
page = st.navigation(pages, position="sidebar", expanded=True)
deeplink = st.session_state.pop("_marsad_deeplink", None)  # see components/ui.page_header
if deeplink:
    st.switch_page(f"pages/{os.path.basename(deeplink)}")
if n_docs == 0 and page.url_path == "" and not st.session_state.get("_sent_to_ingest"):
    st.session_state["_sent_to_ingest"] = True
    st.switch_page("pages/ingest.py")

with st.sidebar:
    st.segmented_control(
        t("language", lang), options=["ar", "en"], key=state.K_LANG, required=True,
        format_func=lambda x: {"ar": "العربية", "en": "English"}[x],
    )
    st.markdown(f"### {t('app_title', lang)}")
    st.caption(t("app_tagline", lang))
    st.metric(t("n_articles", lang), n_docs)
    with st.expander(t("database", lang)):
        if scope == "session":
            st.caption(t("per_session_db", lang))
        st.code(url, language=None)
    lo, hi = store.date_range()
    st.date_input(
        t("date_range", lang), value=(), key=state.K_DATES,
        min_value=date(1900, 1, 1), max_value=date(2100, 12, 31),
        help=f"{lo} — {hi}" if lo else None,
    )
    st.multiselect(t("sources", lang), options=store.sources(), key=state.K_SOURCES,
                   placeholder=t("any", lang))
    st.selectbox(t("entity_filter", lang), options=cached("entity_options"), index=None,
                 key=state.K_ENTITY, placeholder=t("any", lang))
    st.button(t("clear_filters", lang), on_click=_clear_filters)
    st.radio(
        t("ner_backend", lang), options=["default", "camel"], key=state.K_BACKEND,
        format_func=lambda x: t(f"backend_{x}", lang), horizontal=True,
    )
    if st.session_state.get(state.K_BACKEND) == "camel" and not state.camel_ner_available():
        st.warning(t("camel_missing", lang))

page.run()
