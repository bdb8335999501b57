"""What ingestion hands to the pipeline: a cleaned article body with its metadata, or an error."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Article:
    text: str  # the cleaned body: clutter, tags, source line and dateline metadata removed
    title: str | None = None
    source: str | None = None
    url: str | None = None
    pub_date: date | None = None
    pub_date_source: str | None = None  # "record" | "dateline" | "user"
    tags: list[str] = field(default_factory=list)
    origin: str | None = None  # file path, "path#record 3", "zip!member", "<stdin>", "<paste>"
    warnings: list[str] = field(default_factory=list)
    author: str | None = None  # a byline or the record's author field, never in the body
    dateline: str | None = None  # "الرياض 5 رمضان 1446 هـ الموافق 05 مارس 2025 م واس", removed


@dataclass
class IngestError:
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
