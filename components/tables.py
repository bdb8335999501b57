"""Tables for Arabic rows: escaped right-to-left HTML tables, and st.dataframe frames made readable.

``st.dataframe`` draws on a canvas (glide-data-grid) that knows nothing of right-to-left layout.
For the Arabic interface the columns are given in reverse order (the first column then sits on the
right, where an Arabic reader starts) and text cells are right-aligned; for key tables that need
exact RTL reading the pages use ``html_table`` instead: a real ``<table dir="rtl">`` with every
cell escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import pandas as pd
import streamlit as st

from components.i18n import column_labels, t

LIST_SEP = "، "
DATE_COLUMNS = frozenset({"date", "pub_date", "when"})
_NOWRAP = ' style="white-space:nowrap"'  # dates and numbers never break across lines


def cell_text(value: Any) -> str:
    """A cell as display text: lists joined with an Arabic comma, dates as ISO days, NaN empty."""
    if isinstance(value, list | tuple | set | frozenset):
        return LIST_SEP.join(str(v) for v in value if v)
    if value is None:
        return ""
    if isinstance(value, pd.Timestamp):
        return "" if pd.isna(value) else value.date().isoformat()
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def display_frame(
    df: pd.DataFrame, columns: Sequence[str], lang: str
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """(frame, column_config) for st.dataframe: lists joined, dates as days, labels translated,
    columns reversed and right-aligned for the Arabic interface."""
    cols = [c for c in columns if c in df.columns]
    out = pd.DataFrame(index=df.index)
    for c in cols:
        s = df[c]
        if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
            out[c] = s
        else:
            out[c] = [cell_text(v) for v in s]
    labels = column_labels(cols, lang)
    out = out.rename(columns=labels)
    order = [labels[c] for c in cols]
    if lang == "ar":
        order = order[::-1]
    out = out[order]
    # text cells hold Arabic whatever the interface language: the canvas draws right-to-left
    # text from its start edge, so a left-aligned Arabic cell shows only its last letters
    config: dict[str, Any] = {
        labels[c]: st.column_config.TextColumn(
            labels[c], alignment="center" if c in DATE_COLUMNS else "right")
        for c in cols
        if not pd.api.types.is_numeric_dtype(df[c]) or pd.api.types.is_bool_dtype(df[c])
    }
    return out, config


def html_table(
    df: pd.DataFrame, columns: Sequence[str], lang: str, max_rows: int = 300,
    rtl: bool | None = None,
) -> str:
    """An escaped HTML table, its columns in the interface's direction (first column on the right
    for Arabic); each cell is a <bdi>, so Arabic cells read right to left in either."""
    if rtl is None:
        rtl = lang == "ar"
    cols = [c for c in columns if c in df.columns]
    labels = column_labels(cols, lang)
    e = html.escape
    head = "".join(f"<th>{e(labels[c])}</th>" for c in cols)
    body_rows = []
    for rec in df[cols].head(max_rows).itertuples(index=False, name=None):
        # <bdi>: each cell takes its own direction (Arabic right to left, a date left to right)
        body_rows.append("<tr>" + "".join(
            f'<td{_NOWRAP if isinstance(v, pd.Timestamp | int | float) else ""}>'
            f"<bdi>{e(cell_text(v))}</bdi></td>" for v in rec) + "</tr>")
    direction = "rtl" if rtl else "ltr"
    table = (
        f'<table class="marsad-table" dir="{direction}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body_rows)}</tbody></table>"
    )
    cls = "marsad-rtl" if rtl else "marsad-ltr"
    return f'<div class="{cls} marsad-scroll" dir="{direction}">{table}</div>'


def show_table(
    df: pd.DataFrame, columns: Sequence[str], lang: str, key: str | None = None,
    select: bool = False, height: int | str = "auto", max_rows: int = 1000,
) -> list[int]:
    """st.dataframe with the RTL treatment; returns the selected row positions when ``select``.

    At most ``max_rows`` rows are sent to the browser (the exports carry them all), so a page over
    5,000 articles stays quick."""
    if len(df) > max_rows:
        st.caption(t("rows_shown", lang).format(shown=max_rows, total=len(df)))
        df = df.head(max_rows)
    frame, config = display_frame(df, columns, lang)
    if not select:
        st.dataframe(frame, column_config=config, hide_index=True, height=height)
        return []
    event = st.dataframe(
        frame, column_config=config, hide_index=True, key=key, height=height,
        on_select="rerun", selection_mode="single-row",
    )
    try:
        return list(event.selection.rows)
    except AttributeError:
        return []
