"""The annotated reader: an article's cleaned text with every extracted span highlighted in place.

Everything here is a pure function from a ``Document`` to an HTML string, so it is tested without
a server. All article text (body, names, quotes, metadata) passes through ``html.escape`` — an
article is untrusted input and may carry ``<script>`` or ``onerror=`` markup.

Spans may nest or overlap (a meeting sentence holds names and dates; a date may cut into a name),
so the text is cut at every span boundary and each piece is wrapped by the spans active over it:
sentence-level spans (meetings, statements) outside, the shortest word-level span (entity, date)
inside. The ``title`` attribute carries the canonical name or ISO value for hover.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import pairwise

from components.i18n import t
from components.rtl import iso_plain, ltr_value
from marsad.document import Document

INLINE_KINDS: tuple[str, ...] = ("PERSON", "LOCATION", "ORGANIZATION", "MISC", "DATE")
SENTENCE_KINDS: tuple[str, ...] = ("MEETING", "STATEMENT")
LEGEND_COLOURS: dict[str, str] = {
    "PERSON": "#ffd8a8", "LOCATION": "#b2f2bb", "ORGANIZATION": "#a5d8ff", "MISC": "#e9ecef",
    "DATE": "#fff3bf", "MEETING": "#ffc9c9", "STATEMENT": "#d0bfff",
}


@dataclass(frozen=True)
class Mark:
    """One highlight: a character range, its kind and the hover text."""

    start: int
    end: int
    kind: str
    hover: str

    @property
    def inline(self) -> bool:
        return self.kind in INLINE_KINDS


def _join(names: list[str]) -> str:
    return "، ".join(n for n in names if n)


def marks_for(doc: Document, lang: str = "ar") -> list[Mark]:
    """Every span of the document as a Mark with its hover text; spans outside the text dropped."""
    n = len(doc.text)
    out: list[Mark] = []
    for e in doc.entities:
        hover = e.canonical or e.text
        if e.titles:
            hover += f" — {_join(e.titles)}"
        out.append(Mark(e.start, e.end, e.type if e.type in INLINE_KINDS else "MISC",
                        f"{t(e.type, lang)}: {hover}"))
    for d in doc.dates:
        hover = iso_plain(d.value) if d.value else "?"
        if d.relative:
            hover += " (نسبي)" if lang == "ar" else " (relative)"
        out.append(Mark(d.start, d.end, "DATE", f"{t('DATE', lang)}: {hover}"))
    for m in doc.meetings:
        bits = [_join(m.participants)]
        if m.attendees:
            bits.append(f"{t('col_attendees', lang)}: {_join(m.attendees)}")
        if m.place:
            bits.append(m.place)
        if m.date:
            bits.append(iso_plain(m.date))
        bits.append(t(f"status_{m.status}", lang))
        out.append(Mark(m.start, m.end, "MEETING", f"{t('MEETING', lang)}: " + " · ".join(bits)))
    for s in doc.statements:
        bits = [s.speaker or t("unknown_speaker", lang), t(f"stance_{s.stance}", lang)]
        if s.target:
            bits.append(f"→ {s.target}")
        hover = f"{t('STATEMENT', lang)}: " + " · ".join(bits)
        out.append(Mark(s.start, s.end, "STATEMENT", hover))
    return [m for m in out if 0 <= m.start < m.end <= n]


def _boundaries(marks: list[Mark], n: int, focus: tuple[int, int] | None) -> list[int]:
    cuts = {0, n}
    for m in marks:
        cuts.add(m.start)
        cuts.add(m.end)
    if focus is not None:
        cuts.update(x for x in focus if 0 <= x <= n)
    return sorted(cuts)


def _open_tags(active: list[Mark]) -> tuple[str, str]:
    """Opening and closing tags for one piece of text covered by ``active`` marks."""
    outer = sorted((m for m in active if not m.inline), key=lambda m: (m.start, -m.end))
    inner = [m for m in active if m.inline]
    opens: list[str] = []
    closes: list[str] = []
    for m in outer:
        opens.append(f'<span class="t-{m.kind}" title="{html.escape(m.hover)}">')
        closes.append("</span>")
    if inner:
        m = min(inner, key=lambda x: (x.end - x.start, x.start))
        opens.append(f'<mark class="t-{m.kind}" title="{html.escape(m.hover)}">')
        closes.append("</mark>")
    return "".join(opens), "".join(reversed(closes))


def annotate(doc: Document, lang: str = "ar", focus: tuple[int, int] | None = None) -> str:
    """The article body as escaped HTML with highlights; ``focus`` outlines one selected span."""
    text = doc.text
    marks = marks_for(doc, lang)
    cuts = _boundaries(marks, len(text), focus)
    parts: list[str] = []
    prev_key: tuple | None = None
    buf: list[str] = []
    in_focus = False

    def flush() -> None:
        nonlocal in_focus
        if prev_key is None or not buf:
            return
        active, focused = prev_key
        # every piece closes its own tags, so one focus wrapper can hold a run of pieces
        if focused and not in_focus:
            parts.append('<span class="focus" id="marsad-focus">')
        elif in_focus and not focused:
            parts.append("</span>")
        in_focus = focused
        o, c = _open_tags(list(active))
        parts.append(o + html.escape("".join(buf)) + c)
        buf.clear()

    for a, b in pairwise(cuts):
        if a >= b:
            continue
        active = tuple(m for m in marks if m.start <= a and b <= m.end)
        focused = focus is not None and focus[0] <= a and b <= focus[1]
        key = (active, focused)
        if key != prev_key:
            flush()
            prev_key = key
        buf.append(text[a:b])
    flush()
    if in_focus:
        parts.append("</span>")
    return '<div class="marsad-rtl marsad-reader" dir="rtl">' + "".join(parts) + "</div>"


def legend(lang: str = "ar") -> str:
    """The colour key for the reader, in the interface language."""
    items = "".join(
        f'<span style="background:{colour}">{html.escape(t(kind, lang))}</span>'
        for kind, colour in LEGEND_COLOURS.items()
    )
    return f'<div class="marsad-legend"><b>{html.escape(t("legend", lang))}:</b> {items}</div>'


def _li(items: list[str]) -> str:
    if not items:
        return "<p>—</p>"
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def facts(doc: Document, lang: str = "ar") -> str:
    """The article's extracted facts as escaped HTML lists, grouped by kind."""
    e = html.escape
    people: dict[str, set[str]] = {}
    others: dict[str, set[str]] = {}
    for ent in doc.entities:
        name = ent.canonical or ent.text
        if ent.type == "PERSON":
            people.setdefault(name, set()).update(ent.titles)
        else:
            others.setdefault(ent.type, set()).add(name)
    ent_items = [
        f"<b>{e(name)}</b>" + (f" — {e(_join(sorted(titles)))}" if titles else "")
        for name, titles in people.items()
    ]
    for typ, names in others.items():
        ent_items.append(f"{e(t(typ, lang))}: {e(_join(sorted(names)))}")
    date_items = [f"{e(d.text)} ← {ltr_value(d.value or '?')}" for d in doc.dates]
    meet_items = []
    for m in doc.meetings:
        line = f"<b>{e(_join(m.participants))}</b>"
        if m.attendees:
            line += f" ({e(t('col_attendees', lang))}: {e(_join(m.attendees))})"
        bits = [e(m.place or ""), ltr_value(m.date) if m.date else "",
                e(t(f"status_{m.status}", lang))]
        line += " — " + " · ".join(b for b in bits if b)
        meet_items.append(line)
    stmt_items = [
        f"<b>{e(s.speaker or t('unknown_speaker', lang))}</b> [{e(t(f'stance_{s.stance}', lang))}]"
        f" {e(s.verb)}: «{e(s.content)}»"
        for s in doc.statements
    ]
    kw_items = [e(k.term) for k in doc.keywords[:15]]
    sections = [
        ("entities", ent_items), ("dates", date_items), ("meetings", meet_items),
        ("statements", stmt_items), ("keywords", kw_items),
    ]
    body = "".join(f"<h4>{e(t(k, lang))}</h4>{_li(v)}" for k, v in sections)
    return f'<div class="marsad-facts">{body}</div>'


def metadata(doc: Document, lang: str = "ar") -> str:
    """Title, source, date, URL, origin and tags as an escaped key/value table."""
    e = html.escape
    rows = [
        ("title", doc.title), ("source", doc.source), ("pub_date", doc.pub_date),
        ("url", doc.url), ("origin", doc.origin), ("tags", _join(doc.tags)),
        ("warnings", "; ".join(doc.warnings)),
    ]
    body = "".join(
        f"<tr><th>{e(t(k, lang))}</th><td><bdi>{e(str(v))}</bdi></td></tr>" for k, v in rows if v
    )
    return f'<table class="marsad-table">{body}</table>'


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) around a span: from the start of the sentence holding ``start`` to the end
    of the one holding ``end`` (a meeting's span is already a sentence; a date's is a word)."""
    from marsad.text import sentences

    a, b = start, end
    for s0, s1 in sentences(text):
        if s0 <= start < s1 or (s0 <= start and start == s1):
            a = min(a, s0)
        if s0 < end <= s1:
            b = max(b, s1)
    return a, b


def sentence_html(doc: Document, start: int, end: int) -> str:
    """The sentence around a span, escaped, with the span itself marked."""
    a, b = sentence_bounds(doc.text, start, end)
    e = html.escape
    text = doc.text
    inner = (
        e(text[a:start]) + f'<mark class="t-DATE">{e(text[start:end])}</mark>' + e(text[end:b])
    )
    return f'<div class="marsad-rtl marsad-reader" dir="rtl">{inner}</div>'
