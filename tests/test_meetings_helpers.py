"""Build Documents with hand-set entity spans, for unit tests of the meetings/statements stages.

``doc_with(text, names)``: every occurrence of each surface form (also after a clitic و ف ب ل ك)
becomes an Entity of the given type and canonical — what a perfect entities stage would give.
``meetings_with`` / ``statements_with`` run a stage on such a document.
"""

from __future__ import annotations

import re
from datetime import date

from marsad.dates import run as find_dates
from marsad.document import Document, Entity, Meeting, Statement
from marsad.meetings import run as find_meetings
from marsad.pipeline import Context
from marsad.statements import run as find_statements

_PREFIX = "(?<![\\w])(?:[وف]?[بلك]?)"


def doc_with(
    text: str, names: dict[str, tuple[str, str]], pub_date: str | None = None
) -> Document:
    doc = Document(text=text, pub_date=pub_date)
    spans: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for surface in sorted(names, key=len, reverse=True):
        etype, canonical = names[surface]
        for m in re.finditer(_PREFIX + "(" + re.escape(surface) + ")(?![\\w])", text):
            s, e = m.start(1), m.end(1)
            if any(s < b and a < e for a, b in taken):
                continue
            taken.append((s, e))
            spans.append(Entity(start=s, end=e, text=surface, type=etype, canonical=canonical))
    doc.entities = sorted(spans, key=lambda x: x.start)
    return doc


def meetings_with(text: str, names: dict[str, tuple[str, str]], pub_date: str) -> list[Meeting]:
    """The meetings stage, after the dates stage (meetings take their dates from it)."""
    doc = doc_with(text, names, pub_date)
    ctx = Context(pub_date=date.fromisoformat(pub_date))
    find_dates(doc, ctx)
    find_meetings(doc, ctx)
    return doc.meetings


def statements_with(text: str, names: dict[str, tuple[str, str]], pub_date: str
                    ) -> list[Statement]:
    """The statements stage alone."""
    doc = doc_with(text, names, pub_date)
    find_statements(doc, Context(pub_date=date.fromisoformat(pub_date)))
    return doc.statements
