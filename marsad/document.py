"""The document model: one object owns the cleaned text, every extracted thing is a span into it.

Offsets are Python string indices (code points) into ``Document.text``, so the UI can highlight and
trace any fact back to the characters it came from — the same idea as spaCy's Doc/Span.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any

ENTITY_TYPES = ("PERSON", "LOCATION", "ORGANIZATION", "MISC")
DATE_KINDS = ("date", "duration", "set", "time")
MEETING_STATUSES = ("held", "planned", "cancelled")
STANCES = (
    "assert",
    "support",
    "oppose",
    "deny",
    "accuse",
    "warn",
    "threaten",
    "call",
    "condemn",
    "welcome",
    "decline_comment",
)


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Entity(Span):
    text: str
    type: str
    canonical: str
    titles: list[str] = field(default_factory=list)
    # additions beyond the contract: how the canonical was reached (e.g. "alias", "role")
    evidence: str | None = None


@dataclass
class DateExpr(Span):
    text: str
    value: str | None
    kind: str = "date"
    relative: bool = False
    warnings: list[str] = field(default_factory=list)
    # additions: hijri value, gregorian start/end for vague ranges, granularity …
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Meeting(Span):
    participants: list[str]
    attendees: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    status: str = "held"
    evidence: str = ""
    kind: str = "meeting"  # meeting | call | visit | talks
    date_source: str | None = None  # "expression" | "paragraph" | "pub_date" (fallback, flagged)
    # a week/month/year that governs the fact when no day does ("مطلع الأسبوع الجاري" → 2025-W16),
    # kept beside a fallback ``date`` so the analyst can see the day is not the report's own
    period: str | None = None


@dataclass
class Statement(Span):
    speaker: str | None
    verb: str
    stance: str
    content: str
    target: str | None = None
    date: str | None = None
    date_source: str | None = None


@dataclass
class Keyword:
    term: str
    score: float
    count: int = 0
    occurrences: list[tuple[int, int]] = field(default_factory=list)


def content_id(text: str) -> str:
    """Stable id from the cleaned body, so re-ingesting the same article is a no-op."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:20]


@dataclass
class Document:
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    pub_date: str | None = None
    tags: list[str] = field(default_factory=list)
    id: str = ""
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    keywords: list[Keyword] = field(default_factory=list)
    # additions: where the article came from, and notes for the analyst (not errors)
    origin: str | None = None
    author: str | None = None
    dateline: str | None = None  # "الرياض 5 رمضان 1446 هـ الموافق … واس", removed from the text
    pub_date_source: str | None = None  # "record" | "dateline" | "user" | None
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    def tokens(self) -> list[Any]:
        """camel-tools word tokens with offsets, computed once per document and shared by stages."""
        cached = self.__dict__.get("_tokens")
        if cached is None:
            from marsad.text import tokenize

            cached = self.__dict__["_tokens"] = tokenize(self.text)
        return cached

    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans, computed once per document (see ``marsad.text.sentences``)."""
        cached = self.__dict__.get("_sentences")
        if cached is None:
            from marsad.text import sentences

            cached = self.__dict__["_sentences"] = sentences(self.text)
        return cached

    def drop_caches(self) -> None:
        """Forget per-document caches (tokens, sentences, stages' working state) — before a
        document crosses a process boundary or is kept long: they are several times its size."""
        for k in [k for k in self.__dict__ if k.startswith("_")]:
            del self.__dict__[k]

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def as_dict(self) -> dict[str, Any]:
        """The contract's JSON shape (see shared/CONTRACT.md), plus additive fields.

        Hand-rolled rather than ``dataclasses.asdict``: that deep-copies recursively and was the
        single largest cost of storing an article.
        """
        d = {
            k: (list(v) if isinstance(v, list) else v)
            for k, v in vars(self).items()
            if not k.startswith("_")  # per-document caches (tokens, sentences)
        }
        for name in ("entities", "dates", "meetings", "statements"):
            d[name] = [_span_dict(x) for x in d[name]]
        d["keywords"] = [
            {**_span_dict(k), "occurrences": [list(o) for o in k.occurrences]}
            for k in self.keywords
        ]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        d = dict(d)
        doc = cls(
            text=d.pop("text"),
            entities=[Entity(**e) for e in d.pop("entities", [])],
            dates=[DateExpr(**e) for e in d.pop("dates", [])],
            meetings=[Meeting(**e) for e in d.pop("meetings", [])],
            statements=[Statement(**e) for e in d.pop("statements", [])],
            keywords=[
                Keyword(**{**k, "occurrences": [tuple(o) for o in k.get("occurrences", [])]})
                for k in d.pop("keywords", [])
            ],
            **{k: v for k, v in d.items() if k in _SCALAR_FIELDS},
        )
        return doc


def _span_dict(x: Any) -> dict[str, Any]:
    return {
        k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
        for k, v in vars(x).items()
    }


# Every field but the text and the span lists: derived from the dataclass, so a field added to
# Document (``dateline`` was) is read back from the store and from exports without a second edit
_SCALAR_FIELDS = frozenset(
    f.name for f in fields(Document)
    if f.name not in {"text", "entities", "dates", "meetings", "statements", "keywords"}
)
