"""Right-to-left layout for a framework that has none: the app's own CSS and escaped HTML blocks.

Streamlit lays everything out left to right. Arabic article text must read right to left whatever
the interface language; with the Arabic interface the whole page (sidebar, labels, widgets) flips
too. Charts keep ``direction: ltr`` on their container because plotly positions its own SVG text
(Chromium shapes Arabic inside it) and its toolbar would be mirrored otherwise.
"""

from __future__ import annotations

import html

ARABIC_FONTS = '"Noto Naskh Arabic", "Noto Sans Arabic", "KacstOne", "Amiri", "Arial", sans-serif'

_BASE_CSS = """
.marsad-rtl { direction: rtl; text-align: right; unicode-bidi: isolate; }
.marsad-rtl, .marsad-rtl * { font-family: %(fonts)s; }
.marsad-reader { line-height: 2.1; font-size: 1.12rem; white-space: pre-wrap; }
.marsad-reader mark { padding: 0 .15em; border-radius: .25em; color: inherit; }
.marsad-reader mark.t-PERSON { background: #ffd8a8; }
.marsad-reader mark.t-LOCATION { background: #b2f2bb; }
.marsad-reader mark.t-ORGANIZATION { background: #a5d8ff; }
.marsad-reader mark.t-MISC { background: #e9ecef; }
.marsad-reader mark.t-DATE { background: #fff3bf; border-bottom: 2px solid #f08c00; }
.marsad-reader span.t-MEETING { border-bottom: 3px solid #e03131; }
.marsad-reader span.t-STATEMENT { border-bottom: 3px dotted #7048e8; }
.marsad-reader span.focus { background: rgba(255, 212, 59, .35); border-radius: .2em;
  box-shadow: 0 0 0 2px rgba(224, 49, 49, .55); -webkit-box-decoration-break: clone;
  box-decoration-break: clone; }
.marsad-legend span { display: inline-block; margin: 0 .3em .3em 0; padding: 0 .4em;
  border-radius: .25em; font-size: .9rem; }
.marsad-table { border-collapse: collapse; width: 100%%; font-size: .95rem; }
.marsad-table th, .marsad-table td { border-bottom: 1px solid #dee2e6; padding: .3em .5em;
  vertical-align: top; }
.marsad-table th { background: #f1f3f5; font-weight: 600; }
.marsad-rtl .marsad-table th, .marsad-rtl .marsad-table td { text-align: right; }
.marsad-ltr { direction: ltr; text-align: left; }
.marsad-ltr .marsad-table th, .marsad-ltr .marsad-table td { text-align: left; }
.marsad-scroll { max-height: 28rem; overflow-y: auto; }
.marsad-facts h4 { margin: .6em 0 .2em 0; }
.marsad-facts ul { margin: 0; padding-inline-start: 1.2em; }
[data-testid="stPlotlyChart"] { direction: ltr; }
"""

# applied only with the Arabic interface: the whole app flips
_RTL_APP_CSS = """
[data-testid="stAppViewContainer"], [data-testid="stSidebar"], [data-testid="stHeader"] {
  direction: rtl; }
[data-testid="stMain"] .stMarkdown, [data-testid="stSidebar"] .stMarkdown,
[data-testid="stWidgetLabel"], [data-testid="stCaptionContainer"], h1, h2, h3, h4 {
  text-align: right; font-family: %(fonts)s; }
[data-testid="stAlert"], [data-testid="stExpander"] summary { text-align: right; }
textarea, input[type="text"] { direction: rtl; text-align: right; font-family: %(fonts)s; }
[data-testid="stDataFrame"] { direction: ltr; }
"""


def page_css(lang: str) -> str:
    """The CSS for the chosen interface language (a pure function, so it is testable)."""
    css = _BASE_CSS % {"fonts": ARABIC_FONTS}
    if lang == "ar":
        css += _RTL_APP_CSS % {"fonts": ARABIC_FONTS}
    return f"<style>{css}</style>"


def rtl_block(inner_html: str, extra_class: str = "") -> str:
    """Wrap already-escaped HTML in a right-to-left block."""
    cls = f"marsad-rtl {extra_class}".strip()
    return f'<div class="{cls}" dir="rtl">{inner_html}</div>'


def direction_block(inner_html: str, lang: str, extra_class: str = "") -> str:
    """Wrap already-escaped HTML in a block that follows the interface direction."""
    if lang == "ar":
        return rtl_block(inner_html, extra_class)
    cls = f"marsad-ltr {extra_class}".strip()
    return f'<div class="{cls}" dir="ltr">{inner_html}</div>'


LRI, PDI = "\u2066", "\u2069"


def iso_plain(value: str) -> str:
    """An ISO date kept left to right inside plain text (tooltips, canvas cells, SVG labels).

    After Arabic letters the bidi algorithm turns European digits into Arabic numbers, and a
    hyphen does not join those, so 2025-04-17 would show as 17-04-2025; a left-to-right isolate
    (LRI … PDI) keeps it whole."""
    return f"{LRI}{value}{PDI}"


def ltr_value(value: str) -> str:
    """An escaped ISO date or number kept left to right inside Arabic text (bidi isolate), so
    2025-04-17 never shows as 17-04-2025."""
    return f'<bdi dir="ltr">{html.escape(value)}</bdi>'


def rtl_text(text: str) -> str:
    """Arabic (or mixed) plain text as an escaped right-to-left paragraph."""
    return rtl_block(f"<p>{html.escape(text)}</p>")
