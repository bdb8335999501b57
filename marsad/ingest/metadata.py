"""Metadata read from the article itself: a headline first line, a dateline, a record's date field.

A dateline such as "الرياض 18 شوال 1436 هـ الموافق 03 اغسطس 2015 م واس" gives the publication
date: the Gregorian half of a الموافق pair when there is one (the paper's own conversion), else the
Hijri date converted with hijridate's Umm al-Qura calendar — the one Saudi papers use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from hijridate import Hijri

from marsad.ingest.clean import is_label_line, key
from marsad.ingest.cues import AGENCIES, GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS

_TITLE_MAX_WORDS = 20
_DATELINE_MAX_WORDS = 16
_TITLE_MAX_CHARS = 160
_TITLE_BAD_ENDINGS = frozenset(".،,:؛;")


def _alternation(names: object) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))  # type: ignore[attr-defined]


_HIJRI_ALT = _alternation(HIJRI_MONTHS)
_GREG_ALT = _alternation(GREGORIAN_MONTHS)
_AGENCY_ALT = _alternation(AGENCIES)
_WEEKDAY_ALT = _alternation(WEEKDAYS)

# Matched against ``key(line)``: alef/yaa/taa folded, no tatweel ("هـ" → "ه"), ASCII digits.
_DATELINE_RE = re.compile(
    rf"""^(?P<place>(?!(?:{_WEEKDAY_ALT})\b)[ء-ي]+(?:\s[ء-ي]+){{0,2}}\s*[-،,]?\s*)?
    (?:(?:يوم\s)?(?:{_WEEKDAY_ALT})\s*[-،,]?\s*)?
    (?:(?P<hd>\d{{1,2}})\s(?P<hm>{_HIJRI_ALT})\s(?P<hy>1[34]\d\d)\s?ه\b\s*[-،,]?\s*
       (?:(?:الموافق|وفق|الموافق\sل)\s(?P<gd>\d{{1,2}})\s(?P<gm>{_GREG_ALT})\s(?P<gy>(?:19|20)\d\d)\s?م?\b)?
     |(?P<gd2>\d{{1,2}})\s(?P<gm2>{_GREG_ALT})\s(?P<gy2>(?:19|20)\d\d)\s?م?\b(?=\s*[-(]?\s*(?:{_AGENCY_ALT})\b|\s*$)
    )
    \s*[-–(]?\s*(?P<agency>(?:{_AGENCY_ALT}))?\b\)?\s*[:\-–]?
    """,
    re.VERBOSE,
)
_ISO_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_DATE_RE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class Dateline:
    text: str  # the dateline as written, removed from the body
    date: date | None
    place: str | None
    agency: str | None
    rest: str  # the remainder of the line it opened
    note: str | None = None  # e.g. the two calendars disagree


def parse_dateline(line: str) -> Dateline | None:
    """A dateline at the start of ``line``, or None. Needs a date; a bare place is not enough."""
    parts = line.split(maxsplit=_DATELINE_MAX_WORDS)
    words = parts[:_DATELINE_MAX_WORDS]
    tail = parts[_DATELINE_MAX_WORDS] if len(parts) > _DATELINE_MAX_WORDS else ""
    k = " ".join(key(w) for w in words)
    m = _DATELINE_RE.match(k)
    if not m or not (m.group("hd") or m.group("gd2")):
        return None
    n_words = len(k[: m.end()].split())
    text = " ".join(words[:n_words]).strip(" :-–")
    rest = " ".join([*words[n_words:], tail]).strip().lstrip(" :-–")
    note = None
    d: date | None = None
    if m.group("gd"):
        d = _safe_date(int(m.group("gy")), GREGORIAN_MONTHS[m.group("gm")], int(m.group("gd")))
    if m.group("hd"):
        h = hijri_to_gregorian(int(m.group("hy")), HIJRI_MONTHS[m.group("hm")], int(m.group("hd")))
        if d is None:
            d = h
        elif h is not None and abs((h - d).days) > 2:
            note = f"dateline Hijri and Gregorian dates disagree ({h} vs {d}); Gregorian used"
    if m.group("gd2"):
        d = _safe_date(int(m.group("gy2")), GREGORIAN_MONTHS[m.group("gm2")], int(m.group("gd2")))
    if d is None:
        return None
    place = m.group("place")
    place_text = " ".join(words[: len(place.split())]).strip(" -،,") if place else None
    agency = m.group("agency")
    agency_text = words[n_words - 1].strip("()-:") if agency else None
    return Dateline(text, d, place_text or None, agency_text, rest, note)


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
        return date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_record_date(value: object) -> date | None:
    """A record's date field: ISO (2015-07-21 02:51:32, 2015-07-21T…) or day/month/year."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    s = str(value).translate(_DIGITS)
    m = _ISO_DATE_RE.match(s)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY_DATE_RE.match(s)
    if m:
        return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def is_headline(line: str, next_line: str | None) -> bool:
    """A first line that reads as a headline: short, no sentence-final stop, with a body after it.

    "?" and "!" may end a headline; "." "،" ":" mark a sentence or a label, not a headline.
    """
    s = line.strip()
    if not s or next_line is None or not next_line.strip():
        return False
    if len(s) > _TITLE_MAX_CHARS or len(s.split()) > _TITLE_MAX_WORDS:
        return False
    if s[-1] in _TITLE_BAD_ENDINGS or s.endswith("..."):
        return False
    return not is_label_line(s) and not parse_dateline(s)
