"""Exports on every page: CSV, XLSX and JSON of what the page shows; GraphML for the network.

Files are built only when the analyst clicks (``st.download_button`` with a callable), so a page
with 5,000 articles' rows does not spend its render time writing a workbook nobody asked for.
"""

from __future__ import annotations

import io
import json
from typing import Any

import networkx as nx
import pandas as pd
import streamlit as st

from components.i18n import t

CSV_LIST_SEP = "; "


def _plain(df: pd.DataFrame, list_sep: str | None) -> pd.DataFrame:
    out = df.copy()
    for c in out.columns:
        s = out[c]
        if pd.api.types.is_datetime64_any_dtype(s):
            out[c] = s.dt.strftime("%Y-%m-%d").where(s.notna(), None)
        elif s.dtype == object and list_sep is not None:
            out[c] = [list_sep.join(map(str, v)) if isinstance(v, list | tuple) else v for v in s]
    return out


def to_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 with a BOM, so Excel opens Arabic correctly; lists joined with "; "."""
    return _plain(df, CSV_LIST_SEP).to_csv(index=False).encode("utf-8-sig")


def to_xlsx(df: pd.DataFrame, sheet: str = "marsad") -> bytes:
    """An Excel workbook with a right-to-left sheet."""
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        _plain(df, CSV_LIST_SEP).to_excel(xw, index=False, sheet_name=sheet[:31])
        xw.sheets[sheet[:31]].sheet_view.rightToLeft = True
    return buf.getvalue()


def to_json(df: pd.DataFrame) -> bytes:
    """A JSON array of records; lists stay lists, dates are ISO days, Arabic unescaped."""
    records: list[dict[str, Any]] = json.loads(_plain(df, None).to_json(orient="records"))
    return json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")


def to_graphml(g: nx.Graph) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8")
    return buf.getvalue()


def export_buttons(df: pd.DataFrame, name: str, lang: str, key: str) -> None:
    """Three download buttons (CSV, XLSX, JSON) for ``df``; the file is built on click."""
    cols = st.columns(4)
    cols[0].markdown(f"**{t('export', lang)}**")
    specs = (
        ("download_csv", "csv", "text/csv", to_csv),
        ("download_xlsx", "xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", to_xlsx),
        ("download_json", "json", "application/json", to_json),
    )
    for col, (label, ext, mime, fn) in zip(cols[1:], specs, strict=True):
        col.download_button(
            t(label, lang), data=lambda fn=fn: fn(df), file_name=f"marsad-{name}.{ext}",
            mime=mime, key=f"{key}_{ext}", on_click="ignore", disabled=df.empty,
        )


def graphml_button(g: nx.Graph, name: str, lang: str, key: str) -> None:
    st.download_button(
        t("download_graphml", lang), data=lambda: to_graphml(g),
        file_name=f"marsad-{name}.graphml", mime="application/graphml+xml", key=key,
        on_click="ignore", disabled=g.number_of_nodes() == 0,
    )
