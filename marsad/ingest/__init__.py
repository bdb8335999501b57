"""Ingestion: files, folders, archives and pasted text → cleaned ``Article``s or one-line errors.

Public API (used by the CLI, the store loader and the app's uploader):

- ``read_paths(paths, pub_date=None, max_bytes=DEFAULT_MAX_BYTES)`` yields ``Article`` or
  ``IngestError`` per article/file, in input order; one bad file never stops the batch.
- ``read_bytes(data, name, pub_date=None, max_bytes=...)`` the same for an uploaded file's bytes.
- ``article_from_text(text, pub_date=None, title=None, source=None, url=None, origin="<paste>")``.

Origins name where an article or error came from: ``path``, ``path#record N`` for a record of a
bulk file, ``archive.zip!member`` for a zip member, ``<stdin>``, ``<paste>``.
"""

from __future__ import annotations

import os
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from io import BytesIO
from pathlib import Path, PurePosixPath

from marsad.ingest.article import Article, IngestError
from marsad.ingest.clean import (
    byline_agency,
    clean_lines,
    join_paragraphs,
    key,
    normalize_chars,
)
from marsad.ingest.decode import arabic_share
from marsad.ingest.errors import IngestFailure
from marsad.ingest.metadata import is_headline, parse_dateline, parse_record_date
from marsad.ingest.readers import (
    RawDoc,
    Records,
    iter_csv,
    iter_json,
    iter_jsonl,
    read_docx,
    read_html,
    read_pdf,
    read_txt,
)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_MIN_ARABIC_SHARE = 0.3
_MAX_AUTHOR_WORDS = 12
_MIN_GLUED_TITLE_CHARS = 15

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "Article",
    "IngestError",
    "IngestFailure",
    "article_from_text",
    "build_article",
    "read_bytes",
    "read_paths",
]

_SINGLE: dict[str, Callable[[bytes], RawDoc]] = {
    ".txt": read_txt, ".text": read_txt,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}
_BULK = frozenset({".csv", ".tsv", ".json", ".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES: frozenset[str] = frozenset({*_SINGLE, *_BULK, ".zip"})


# --- building an article from raw text ------------------------------------------------------------

def build_article(raw: RawDoc, pub_date: date | None = None, origin: str = "<paste>") -> Article:
    """Clean a raw article and settle its metadata; ``IngestFailure`` when nothing usable is left.

    Precedence — source: the record's own field, then a "المصدر:" line, then a byline's agency.
    Publication date: the record's own date, then a dateline in the text, then the user's date.
    """
    text = normalize_chars(raw.text)
    warnings = list(raw.notes)
    author = normalize_chars(raw.author).strip(" :") if raw.author else None
    if author and len(author.split()) > _MAX_AUTHOR_WORDS:
        warnings.append("author field holds a paragraph, not a name: ignored")
        author = None
    lines, ex = clean_lines(text, author=author, title_known=bool(raw.title))

    title = normalize_chars(raw.title).strip() if raw.title else None
    first = _first_nonblank(lines)
    if first is not None:
        if title:
            lines[first] = _without_heading(lines[first], title)
        else:
            nxt = _first_nonblank(lines, first + 1)
            if is_headline(lines[first], lines[nxt] if nxt is not None else None):
                title = lines[first]
                lines[first] = ""

    dateline = None
    first = _first_nonblank(lines)
    if first is not None:
        dateline = parse_dateline(lines[first])
        if dateline is not None:
            lines[first] = dateline.rest
            if dateline.note:
                warnings.append(dateline.note)

    body = join_paragraphs(lines)
    if not body:
        raise IngestFailure("no text left once web clutter is removed" if text.strip()
                            else "empty text")
    if arabic_share(body, 1500) < _MIN_ARABIC_SHARE:
        raise IngestFailure("no Arabic text (Marsad reads Arabic articles)")

    record_date = parse_record_date(raw.date)
    if raw.date is not None and record_date is None:
        warnings.append(f"unreadable date field {str(raw.date)[:40]!r} ignored")
    if record_date is not None:
        when, when_source = record_date, "record"
    elif dateline is not None and dateline.date is not None:
        when, when_source = dateline.date, "dateline"
    elif pub_date is not None:
        when, when_source = pub_date, "user"
    else:
        when, when_source = None, None

    source = raw.source and normalize_chars(raw.source).strip()
    source = source or ex.source or (byline_agency(ex.byline) if ex.byline else None)
    source = source or (dateline.agency if dateline else None)

    tags: list[str] = []
    seen: set[str] = set()
    for t in [*raw.tags, *ex.tags]:
        t = normalize_chars(t).strip()
        if t and key(t) not in seen:
            seen.add(key(t))
            tags.append(t)

    return Article(
        text=body,
        title=title or None,
        source=source or None,
        url=raw.url,
        pub_date=when,
        pub_date_source=when_source,
        tags=tags,
        origin=origin,
        warnings=warnings,
        author=author or (ex.byline if ex.byline and not byline_agency(ex.byline) else None),
        # a byline removed from the text ("عبدالله الراجحي- سبق- جدة") is where the story was filed
        # when no dated dateline was: the meetings stage reads a held meeting's city there
        dateline=dateline.text if dateline else _filed_from(ex.byline),
    )


def _filed_from(byline: str | None) -> str | None:
    return byline if byline and ("-" in byline or "–" in byline) else None


def _first_nonblank(lines: list[str], start: int = 0) -> int | None:
    for i in range(start, len(lines)):
        if lines[i].strip():
            return i
    return None


def _without_heading(line: str, title: str) -> str:
    """The first body line minus the headline repeated at its start (scrapers often keep the
    <h1> as the first line, or glue it to the first sentence)."""
    lk, tk = key(line).strip(" .:"), key(title).strip(" .:")
    if not lk or not tk:
        return line
    if lk == tk or (len(lk) > 10 and tk.startswith(lk)):
        return ""
    if len(tk) >= _MIN_GLUED_TITLE_CHARS and lk.startswith(tk + " "):
        return " ".join(line.split()[len(title.split()):])
    return line


def article_from_text(
    text: str,
    pub_date: date | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    origin: str = "<paste>",
) -> Article:
    """Pasted text → Article.

    Raises ``IngestFailure`` (a ValueError) with a one-line reason when the text is unusable —
    empty, no Arabic, nothing left after clutter removal; ``read_paths(["-"])`` yields an
    ``IngestError`` instead, for callers that stream.
    """
    return build_article(RawDoc(text=text, title=title, source=source, url=url), pub_date, origin)


# --- bytes and paths --------------------------------------------------------------------------

def read_bytes(
    data: bytes, name: str, pub_date: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestError]:
    """Every article in one file's bytes (``name`` gives its kind by suffix and names errors)."""
    if len(data) > max_bytes:
        yield IngestError(name, _too_big(len(data), max_bytes))
        return
    suffix = PurePosixPath(name).suffix.lower() if name not in ("-", "<stdin>") else ".txt"
    try:
        if suffix == ".zip":
            yield from _read_zip(data, name, pub_date, max_bytes)
        elif suffix in _BULK:
            yield from _read_records(_records(data, suffix, max_bytes), name, pub_date)
        elif suffix in _SINGLE:
            yield build_article(_SINGLE[suffix](data), pub_date, name)
        else:
            yield IngestError(name, f"unsupported file type {suffix or '(no extension)'!r}")
    except IngestFailure as e:
        yield IngestError(name, str(e))
    except Exception as e:  # a parser's own bug or an exotic file: one line, batch goes on
        reason = f"cannot read {suffix or 'file'}: {type(e).__name__}: {e}"
        yield IngestError(name, _one_line(reason))


def _records(data: bytes, suffix: str, max_bytes: int) -> Records:
    if suffix in (".csv", ".tsv"):
        return iter_csv(data, max_bytes)
    if suffix == ".json":
        return iter_json(data)
    return iter_jsonl(data)


def _read_records(
    records: Records, name: str, pub_date: date | None
) -> Iterator[Article | IngestError]:
    for n, rec in records:
        origin = f"{name}#record {n}"
        if isinstance(rec, IngestFailure):
            yield IngestError(origin, str(rec))
            continue
        try:
            yield build_article(rec, pub_date, origin)
        except IngestFailure as e:
            yield IngestError(origin, str(e))


def _read_zip(
    data: bytes, name: str, pub_date: date | None, max_bytes: int
) -> Iterator[Article | IngestError]:
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile as e:
        raise IngestFailure("not a valid zip archive") from e
    with zf:
        members = sorted(
            (i for i in zf.infolist() if not i.is_dir() and _wanted(i.filename)),
            key=lambda i: i.filename,
        )
        if not members:
            raise IngestFailure("zip archive holds no supported files")
        for info in members:
            origin = f"{name}!{info.filename}"
            if info.file_size > max_bytes:
                yield IngestError(origin, _too_big(info.file_size, max_bytes))
                continue
            try:
                member = zf.read(info)
            except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError) as e:
                yield IngestError(origin, _one_line(f"cannot unpack: {e}"))
                continue
            yield from read_bytes(member, origin, pub_date, max_bytes)


def _wanted(filename: str) -> bool:
    p = PurePosixPath(filename)
    if any(part.startswith(".") or part == "__MACOSX" for part in p.parts):
        return False
    return p.suffix.lower() in SUPPORTED_SUFFIXES


def read_paths(
    paths: Iterable[str | Path], pub_date: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestError]:
    """Every article under the given files and folders, in order; ``-`` reads standard input.

    Folders are walked in sorted order and only files of a supported kind are read from them; a
    file named explicitly is always tried, so an unsupported kind gets its own error line.
    """
    for p in paths:
        if str(p) == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", pub_date, max_bytes)
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path):
                yield from _read_file(f, pub_date, max_bytes)
        else:
            yield from _read_file(path, pub_date, max_bytes)


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.startswith(".") and Path(f).suffix.lower() in SUPPORTED_SUFFIXES:
                yield Path(dirpath) / f


def _read_file(
    path: Path, pub_date: date | None, max_bytes: int
) -> Iterator[Article | IngestError]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield IngestError(name, _too_big(size, max_bytes))
            return
        data = path.read_bytes()
    except OSError as e:
        yield IngestError(name, f"cannot read: {e.strerror or e}")
        return
    yield from read_bytes(data, name, pub_date, max_bytes)


def _too_big(size: int, limit: int) -> str:
    return f"file is {size / 1048576:.1f} MB, over the {limit / 1048576:g} MB size limit"


def _one_line(s: str) -> str:
    return " ".join(s.split())[:300]
