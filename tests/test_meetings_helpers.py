"""Build Documents with hand-set entity spans, for unit tests of the meetings/statements stages.

``doc_with(text, names)``: every occurrence of each surface form (also after a clitic و ف ب ل ك)
becomes an Entity of the given type and canonical — what a perfect entities stage would give.
"""

from __future__ import annotations

import re

from marsad.document import Document, Entity

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
