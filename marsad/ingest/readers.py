"""One reader per file format: bytes in, raw article text and whatever metadata the format carries.

Readers do not clean; ``marsad.ingest.build_article`` does that for every format alike. Bulk
formats (CSV, JSON, JSON lines) yield one ``RawDoc`` per record, or an ``IngestFailure`` for a
record that cannot be one, so the good records of a file still come through.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from marsad.ingest.bidi import repair_visual_order
from marsad.ingest.decode import decode_text
from marsad.ingest.errors import IngestFailure

# Record fields, case-insensitive, first present wins.
TEXT_FIELDS = ("text", "content", "body", "article", "story", "full_text", "النص", "المحتوى")
TITLE_FIELDS = ("title", "headline", "العنوان")
DATE_FIELDS = (
    "date", "pub_date", "published", "publish_date", "publication_date", "date_published",
    "published_at", "datetime", "date_extracted", "التاريخ",
)
SOURCE_FIELDS = ("source", "site", "publisher", "outlet", "المصدر")
URL_FIELDS = ("url", "link", "href", "الرابط")
AUTHOR_FIELDS = ("author", "byline", "writer", "الكاتب")
TAG_FIELDS = ("tags", "keywords", "الوسوم", "كلمات دلالية")
# A JSON object wrapping the list of articles under one of these keys (or any single list).
LIST_KEYS = ("articles", "items", "data", "records", "results", "docs", "documents", "news")

_CSV_DELIMITERS = ",;\t|"
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
_HTML_DROP_TAGS = (
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "button", "select", "template", "menu",
)
_HTML_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
     "section", "article", "blockquote", "pre", "dd", "dt", "figcaption"}
)


@dataclass
class RawDoc:
    """An article as a format gives it: text not yet cleaned, metadata as found."""

    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: Any = None  # the record's/page's own date value, parsed later
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_txt(data: bytes) -> RawDoc:
    text, enc = decode_text(data)
    notes = [f"text decoded as {enc}"] if "replaced" in enc else []
    return RawDoc(text=text, notes=notes)


# --- HTML ---------------------------------------------------------------------------------------

def decode_html(data: bytes) -> str:
    """HTML bytes → str: a declared charset first (pages in windows-1256 say so), else detection."""
    m = _META_CHARSET_RE.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii").lower(), errors="strict")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)[0]


def read_html(data: bytes) -> RawDoc:
    import trafilatura  # lazy: heavy import, only for HTML

    page = decode_html(data)
    doc = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = ""
    title = source = author = date = url = None
    tags: list[str] = []
    notes: list[str] = []
    if doc is not None:
        text = (doc.text or "").strip()
        title, author, date, url = doc.title, doc.author, doc.date, doc.url
        source = doc.sitename
        tags = [t.strip() for tag in (doc.tags or []) for t in re.split(r"[،,;|]", tag)]
        tags = [t for t in tags if t]
    if not text:
        text = _html_fallback_text(page)
        if text:
            notes.append("main-text extractor found nothing; used the page's visible text")
    if not text.strip():
        raise IngestFailure("no readable text in the HTML (only scripts, styles or markup)")
    # trafilatura gives one block per line; a blank line between blocks keeps paragraphs apart
    text = "\n\n".join(ln for ln in text.split("\n") if ln.strip())
    return RawDoc(text=text, title=title, source=source, url=url, date=date, author=author,
                  tags=tags, notes=notes)


def _html_fallback_text(page: str) -> str:
    import lxml.html

    try:
        root = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//" + " | //".join(_HTML_DROP_TAGS)):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _HTML_BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    body = root.find("body")
    text = (body if body is not None else root).text_content()
    return "\n".join(ln.strip() for ln in text.split("\n") if ln.strip())


# --- DOCX and PDF -------------------------------------------------------------------------------

def read_docx(data: bytes) -> RawDoc:
    import docx  # python-docx, lazy
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise IngestFailure(f"not a valid .docx file ({type(e).__name__})") from e
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            parts.append(" | ".join(c for c in cells if c))
    return RawDoc(text="\n".join(parts))


def read_pdf(data: bytes) -> RawDoc:
    import unicodedata

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as e:
        raise IngestFailure(f"not a readable PDF ({type(e).__name__}: {e})") from e
    text = unicodedata.normalize("NFKC", "\n\n".join(pages))  # presentation forms → letters
    if not text.strip():
        raise IngestFailure("PDF has no text layer (a scanned image? OCR it first)")
    text, fixed = repair_visual_order(text)
    notes = [f"PDF text in visual order: {fixed} line(s) reversed back"] if fixed else []
    return RawDoc(text=text, notes=notes)


# --- bulk records -------------------------------------------------------------------------------

def _first(rec: dict[str, Any], names: tuple[str, ...]) -> Any:
    for n in names:
        v = rec.get(n)
        if v not in (None, ""):
            return v
    return None


def _as_str(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _as_tags(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, list):
        return [str(t).strip() for t in v if str(t).strip()]
    return [t.strip() for t in re.split(r"[،,;|]", str(v)) if t.strip()]


def record_to_raw(rec: Any) -> RawDoc:
    """One bulk record → RawDoc; field names matched case-insensitively."""
    if not isinstance(rec, dict):
        raise IngestFailure(f"record is a {type(rec).__name__}, not an object with fields")
    low = {str(k).strip().lstrip("\ufeff").lower(): v for k, v in rec.items()}
    text = _first(low, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        raise IngestFailure("record has no text (fields text, content or body are empty/missing)")
    return RawDoc(
        text=text,
        title=_as_str(_first(low, TITLE_FIELDS)),
        source=_as_str(_first(low, SOURCE_FIELDS)),
        url=_as_str(_first(low, URL_FIELDS)),
        date=_first(low, DATE_FIELDS),
        author=_as_str(_first(low, AUTHOR_FIELDS)),
        tags=_as_tags(_first(low, TAG_FIELDS)),
    )


# (record number from 1, the record or why it cannot be one)
Records = Iterator[tuple[int, RawDoc | IngestFailure]]


def _record_or_failure(rec: Any) -> RawDoc | IngestFailure:
    try:
        return record_to_raw(rec)
    except IngestFailure as e:
        return e


def iter_csv(data: bytes, max_field: int) -> Records:
    text, _enc = decode_text(data)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=_CSV_DELIMITERS)
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    csv.field_size_limit(max(max_field, 131072))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except (csv.Error, StopIteration) as e:
        raise IngestFailure(f"malformed CSV header: {e}") from e
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    if not any(n in TEXT_FIELDS for n in names):
        shown = ", ".join(names[:8])
        raise IngestFailure(f"CSV has no text column (text, content or body); columns: {shown}")
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            n += 1
            yield n, IngestFailure(
                f"malformed CSV at line {reader.line_num}: {e}; rest of the file skipped"
            )
            return
        n += 1
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(names):
            yield n, IngestFailure(f"{len(row)} fields where the header has {len(names)}")
            continue
        yield n, _record_or_failure(dict(zip(names, row, strict=True)))


def iter_json(data: bytes) -> Records:
    text, _enc = decode_text(data)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) > 1 and lines[0].lstrip().startswith("{"):
            try:  # JSON lines saved as .json
                json.loads(lines[0])
            except json.JSONDecodeError:
                pass
            else:
                yield from iter_jsonl(data)
                return
        raise IngestFailure(f"malformed JSON: {e.msg} (line {e.lineno}, column {e.colno})") from e
    records = _records_in(obj)
    for n, rec in enumerate(records, 1):
        yield n, _record_or_failure(rec)


def _records_in(obj: Any) -> list[Any]:
    if isinstance(obj, list):
        return obj
    if isinstance(obj, dict):
        low = {str(k).lower(): v for k, v in obj.items()}
        for k in LIST_KEYS:
            if isinstance(low.get(k), list):
                return low[k]
        lists = [v for v in obj.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if len(lists) == 1:
            return lists[0]
        if _first(low, TEXT_FIELDS) is not None:
            return [obj]
    raise IngestFailure("JSON holds no article list (expected an array, or an object with one)")


def iter_jsonl(data: bytes) -> Records:
    text, _enc = decode_text(data)
    n = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        n += 1
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield n, IngestFailure(f"malformed JSON line ({e.msg}, column {e.colno})")
            continue
        yield n, _record_or_failure(rec)
