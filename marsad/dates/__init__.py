"""The dates stage: every temporal expression, normalised against the publication date.

``run`` scans the document once (``grammar.SCANNER``, built from ``lexicon.yaml``), resolves each
match (``extract``) and appends ``DateExpr`` spans to ``doc.dates`` sorted by start. Values are ISO
8601 at the granularity of the wording (day, ISO week, month, year), durations/sets as PnX, times as
Thh:mm; a value that cannot be known is None with the reason in ``extra``/``warnings``.
``facts.date_for_span`` gives meetings and statements the date that governs them.
"""

from __future__ import annotations

from datetime import date

from marsad.dates.extract import to_date_exprs
from marsad.document import DateExpr, Document

__all__ = ["extract_dates", "run"]


def extract_dates(text: str, pub_date: date | None) -> list[DateExpr]:
    """The expressions of a text against a publication date (None: relative ones stay open)."""
    return to_date_exprs(text, pub_date)


def _inside_name(d: DateExpr, doc: Document) -> bool:
    """A one-word day inside a longer person/organisation name: "محمد الخميس", "صحيفة اليوم"."""
    if " " in d.text.strip() or not d.relative:
        return False
    return any(e.type in ("PERSON", "ORGANIZATION") and e.start <= d.start and d.end <= e.end
               and (e.end - e.start) > (d.end - d.start) for e in doc.entities)


# the one document-level warning this stage adds: it stops being true once a date is given
NEEDS_PUB_DATE = "relative dates found but no publication date: give one to resolve them"


def run(doc: Document, ctx: object) -> None:
    pub = getattr(ctx, "pub_date", None)
    if pub is None and doc.pub_date:
        try:
            pub = date.fromisoformat(doc.pub_date[:10])
        except ValueError:
            pub = None
    found = [d for d in to_date_exprs(doc.text, pub) if not _inside_name(d, doc)]
    doc.dates.extend(found)
    doc.dates.sort(key=lambda d: (d.start, d.end))
    if pub is None and any(d.relative for d in found):
        doc.warnings.append(NEEDS_PUB_DATE)
