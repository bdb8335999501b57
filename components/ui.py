"""Small page helpers shared by every page: title, empty states, jump to the reader, sentences."""

from __future__ import annotations

import html

import streamlit as st
from streamlit.errors import StreamlitAPIException

from components.i18n import t
from components.reader import sentence_html
from components.rtl import direction_block
from marsad.store import Store

K_OPEN = "open_doc"  # (doc_id, start, end) the Articles page opens with


K_SHELL = "_marsad_shell"  # set by app.py on every run


K_DEEPLINK = "_marsad_deeplink"


def page_header(title_key: str, lang: str, page_file: str | None = None) -> None:
    """The page title — after making sure the page runs inside app.py's shell.

    With a ``pages/`` folder beside app.py, Streamlit starts each server process in its legacy
    multipage mode until app.py first calls st.navigation; a session that arrives by a deep link
    (``/timeline``) before that gets the page alone, without app.py's sidebar and CSS. The page
    then hands over to app.py, which switches back to the page (``K_DEEPLINK``)."""
    if not st.session_state.get(K_SHELL):
        st.session_state[K_SHELL] = True  # at most one hand-over
        if page_file:
            st.session_state[K_DEEPLINK] = page_file
        try:
            st.switch_page("app.py")
        except StreamlitAPIException:
            pass
    st.title(t(title_key, lang))


def stop_if_empty(s: Store, lang: str) -> None:
    """An empty store gets a sentence saying what to do, not a crash or a blank page."""
    if s.count() == 0:
        st.info(t("empty_store", lang))
        st.stop()


def stop_if_filtered_out(n: int, lang: str) -> None:
    if n == 0:
        st.info(t("empty_filtered", lang))
        st.stop()


def open_in_reader(doc_id: str, start: int | None, end: int | None, lang: str, key: str) -> None:
    """A button that opens the article in the reader, with the span outlined."""
    if st.button(t("open_article", lang), key=key):
        st.session_state[K_OPEN] = (doc_id, start, end)
        try:
            st.switch_page("pages/articles.py")
        except StreamlitAPIException:  # the page runs alone (tests): the state is set anyway
            st.info(t("page_articles", lang))


def show_sentence(s: Store, doc_id: str, start: int, end: int, lang: str, key: str) -> None:
    """The sentence around a span (escaped), the article's title, and the open-article button."""
    doc = s.get(doc_id)
    if doc is None:
        return
    meta = " · ".join(x for x in (doc.title, doc.source, doc.pub_date) if x)
    head = f"<p><b>{html.escape(t('sentence', lang))}</b> — {html.escape(meta)}</p>"
    st.html(direction_block(head, lang) + sentence_html(doc, int(start), int(end)))
    open_in_reader(doc_id, int(start), int(end), lang, key)
