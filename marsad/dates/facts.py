"""The date of a fact (a meeting, a statement): which temporal expression governs its sentence.

Used by the meetings and statements stages after the dates stage has filled ``doc.dates``.

Rule (documented so the timeline is predictable):
1. "expression": a day-granular date expression (value YYYY-MM-DD, kind "date") inside the fact's
   span [start, end). If several: the one nearest to ``anchor`` (the trigger/verb offset) when the
   caller gives it, else the first one in the span.
2. "paragraph": else the nearest day-granular expression that ends before ``start`` in the same
   paragraph (paragraphs are separated by a blank line).
3. "pub_date": else the document's publication date.
4. "none": no publication date either → (None, "none").
Durations, sets, times and vague (value None) expressions never govern. Week/month/year values
do not give a day: they are skipped by ``date_for_span`` (falling through to the next rule) and
returned by ``period_for_span`` for callers that want to show "sometime in 2015-W16".
"""

from __future__ import annotations

import re

from marsad.document import DateExpr, Document

_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def _is_day(d: DateExpr) -> bool:
    return d.kind == "date" and d.value is not None and _DAY_RE.match(d.value) is not None


def _is_period(d: DateExpr) -> bool:
    return d.kind == "date" and d.value is not None and not _DAY_RE.match(d.value)


def _inside(d: DateExpr, start: int, end: int) -> bool:
    return d.start >= start and d.end <= end


def _pick(cands: list[DateExpr], anchor: int | None) -> DateExpr:
    if anchor is None:
        return min(cands, key=lambda d: d.start)
    return min(cands, key=lambda d: (min(abs(d.start - anchor), abs(d.end - anchor)), d.start))


def paragraph_start(text: str, pos: int) -> int:
    """Offset where the paragraph holding ``pos`` begins (after the last blank line before it)."""
    last = 0
    for m in _PARA_BREAK.finditer(text, 0, pos):
        last = m.end()
    return last


def date_for_span(
    doc: Document, start: int, end: int, anchor: int | None = None
) -> tuple[str | None, str]:
    """(YYYY-MM-DD or None, source) for a fact spanning [start, end) — rules in the module doc."""
    inside = [d for d in doc.dates if _is_day(d) and _inside(d, start, end)]
    if inside:
        return _pick(inside, anchor).value, "expression"
    para = paragraph_start(doc.text, start)
    earlier = [d for d in doc.dates if _is_day(d) and para <= d.start and d.end <= start]
    if earlier:
        return max(earlier, key=lambda d: d.end).value, "paragraph"
    if doc.pub_date:
        return doc.pub_date[:10], "pub_date"
    return None, "none"


def period_for_span(
    doc: Document, start: int, end: int, anchor: int | None = None
) -> tuple[str | None, str]:
    """The coarser governing value (YYYY-Www, YYYY-MM, YYYY) inside the span, if any.

    Only rule 1 applies: a week/month/year expression in the fact's own sentence. Returns
    (value, "expression") or (None, "none").
    """
    inside = [d for d in doc.dates if _is_period(d) and _inside(d, start, end)]
    if inside:
        return _pick(inside, anchor).value, "expression"
    return None, "none"
