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


@dataclass
class IngestError:
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
