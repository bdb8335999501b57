"""Ingest: paste an article or upload files; each is read, analysed once and stored."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from components import state, ui
from components.exports import export_buttons
from components.i18n import t
from components.ingest import IngestReport, ingest_paste, sample_items, store_items, uploaded_items
from components.rtl import direction_block
from components.tables import html_table

UPLOAD_TYPES = ["txt", "html", "htm", "docx", "pdf", "csv", "json", "jsonl", "zip"]
K_REPORT = "ingest_report"

lang = state.lang()
s = state.store()
ui.page_header("page_ingest", lang, __file__)


def _remember(report: IngestReport) -> None:
    st.session_state[K_REPORT] = report.rows()
    state.bump()


if s.count() == 0:
    st.info(t("empty_store", lang))
    paths = state.sample_paths()
    if not paths:
        st.caption(t("sample_missing", lang))
    elif st.button(t("load_sample", lang), type="primary", key="load_sample"):
        bar = st.progress(0.0)
        items = list(sample_items(paths))
        rep = store_items(
            s, items, backend=state.ner_backend(),
            progress=lambda n, r: bar.progress(n / len(items), text=f"{r.origin}: {r.status}"),
        )
        _remember(rep)
        st.rerun()

paste_tab, upload_tab = st.tabs([t("paste_here", lang), t("upload_files", lang)])

with paste_tab, st.form("paste_form", clear_on_submit=False):
    text = st.text_area(t("paste_here", lang), height=260, key="paste_text")
    c1, c2, c3 = st.columns(3)
    pub = c1.date_input(t("pub_date", lang), value=None, key="paste_date")
    source = c2.text_input(t("source", lang), key="paste_source")
    title = c3.text_input(t("title", lang), key="paste_title")
    if st.form_submit_button(t("analyze_paste", lang), type="primary"):
        if not text.strip():
            st.warning(t("empty_paste", lang))
        else:
            with st.spinner("…"):
                rep = ingest_paste(s, text, pub, source, title, backend=state.ner_backend())
            _remember(rep)
            st.rerun()

with upload_tab:
    files = st.file_uploader(t("upload_files", lang), type=UPLOAD_TYPES,
                             accept_multiple_files=True, key="uploads")
    up_date = st.date_input(t("pub_date", lang), value=None, key="upload_date")
    if st.button(t("analyze_files", lang), type="primary", disabled=not files, key="go_upload"):
        total = IngestReport()
        bar = st.progress(0.0)
        for i, f in enumerate(files or [], start=1):
            rep = store_items(s, uploaded_items([(f.name, f.getvalue())], up_date),
                              backend=state.ner_backend(), pub_date=up_date)
            total.items.extend(rep.items)
            bar.progress(i / len(files),
                         text=f"{f.name}: {rep.added} {t('added', lang)}, "
                              f"{rep.failed} {t('failed', lang)}")
        _remember(total)
        st.rerun()

rows = st.session_state.get(K_REPORT)
if rows:
    st.subheader(t("ingest_done", lang))
    df = pd.DataFrame(rows)
    n_ok = int((df["status"] == "added").sum())
    n_dup = int((df["status"] == "already_stored").sum())
    n_bad = int((df["status"] == "failed").sum())
    st.html(direction_block(
        f"<p>{n_ok} {html.escape(t('added', lang))} · {n_dup} "
        f"{html.escape(t('already_stored', lang))} · {n_bad} {html.escape(t('failed', lang))}</p>",
        lang))
    df["status"] = [t(x, lang) for x in df["status"]]
    shown = df.rename(columns={"origin": t("file", lang), "status": t("status", lang),
                               "detail": t("detail", lang)})
    st.html(html_table(shown, list(shown.columns), lang))
    export_buttons(pd.DataFrame(rows), "ingest-report", lang, key="exp_ingest")
    for r in rows:
        if r["status"] == "failed":
            st.error(f"{r['origin']}: {r['detail']}")
