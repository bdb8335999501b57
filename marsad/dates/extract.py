"""From the one-pass scanner's matches to resolved ``DateExpr`` spans.

Each branch of ``grammar.SCANNER`` has a resolver here that reads the branch's groups, decides the
value against the publication date and returns zero or more expressions (a match can be rejected —
"مارس" the verb — or yield two — "عامي 2010 و2015").

Decisions worth knowing (see also the README section in ``__init__``):
- A bare weekday takes the sentence's tense: a future cue (سـ/سوف/المقبل/المرتقب/من المقرر …)
  nearer to it than a past cue → the next such day on or after publication; otherwise the last one
  on or before publication. "المقبل"/"الماضي" exclude publication day itself.
- "أمس الخميس" when yesterday was not a Thursday: the named weekday nearest to yesterday wins (the
  crawl or pub date is usually what is off), with a warning.
- "منذ" + N days/weeks/hours counts elapsed time → a duration (P54D); "منذ" + N months/years/decades
  points back → a date at that granularity ("منذ عامين" → the year two years ago), unless a
  continuing-state cue (لا يزال، مستمر، متواصل …) precedes it in the clause → duration.
- Hijri dates use Umm al-Qura; when a "الموافق" partner states another Gregorian day, both keep
  their own value and carry a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from marsad.dates import calendars as cal
from marsad.dates import grammar as g
from marsad.document import DateExpr

_HIJRI_NAME = re.compile(r"(?<!\w)(?:[وف]?[بل]?)(" + g.alt(
    [w for w in g.HIJRI_MONTH if w not in ("صفر",)]) + r")(?!\w)")
_REPEAT = re.compile(r"(?:يوما|عاما|شهرا|سنه|ساعه)\s*$")
_COUNTED = frozenset(g.fold_word(w) for w in (
    "حالة", "حالات", "شخص", "شخصا", "منزل", "طالب", "طالبا", "طالبة", "ريال", "دولار", "مليون",
    "ألف", "موقع", "مشارك", "مشاركا", "متر", "كيلو", "كيلومتر", "وحدة", "سرير", "موظف", "موظفا",
    "مواطن", "مواطنا", "عامل", "عاملا", "قتيل", "قتيلا", "جريح", "جريحا", "مريض", "مريضا",
    "صفحة", "نقطة", "برميل", "طن", "درهم", "يورو", "جنيه", "مرة", "ساعة", "يوم", "عام", "مدرسة",
    "مسجد", "فرد", "أسرة", "عائلة", "طائرة", "سيارة", "مركبة", "مشروع", "مشروعا", "وظيفة",
))
_BEFORE_GHAD = re.compile(r"(?<!\w)(?:حتي|الي|يوم|ليل|ليله|صباح|مساء)\s*$")
_SINCE = re.compile(r"(?:منذ|مند)\s+$")
_PREP_LIKE = frozenset({"الي", "الا", "الذي", "التي", "الان", "اللذين", "الذين", "اللتين"})
_GREG_NAME = re.compile(r"(?<!\w)" + g.GM + r"(?!\w)")
_PAST_NARRATIVE = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا)(?!\w)")
_NOT_IMPERFECT = frozenset({"يوم", "يوما", "يونيو", "يوليو", "يناير", "نحو", "نهايه", "نفسه", "نفس",
                            "نصف", "نسبه", "نوع", "نقل", "يد", "يمن", "نار", "نهر", "نيل", "نور",
                            "يذكر", "نيسان", "ينبع", "يوسف", "يحيي", "ناصر", "نايف", "نوفمبر"})
_FROM = re.compile(r"\s+من(?!\w)")
_SAME = frozenset({"نفسه", "ذاته", "عينه"})
NO_PUB = "no publication date: the value is relative to it and left empty"
_SENT_BREAK = re.compile(r"[.!?؟؛\n]")
_TOKEN = re.compile(r"\w+")
_CLITIC_PREFIX = re.compile(r"^(?:[وف]?[بلك]?)")
_CONTINUING = frozenset(g.fold_word(w) for w in (
    "لا يزال", "لايزال", "ما زال", "مازال", "لازال", "لا زال", "مستمر", "مستمرة", "متواصل",
    "متواصلة", "يعيش", "يقبع", "المعتقل", "المحتجز", "محتجز", "معتقل", "مضرب", "المضربين",
    "المستمرة", "المستمر", "المتواصلة", "المتواصل", "القائمة", "يستمر", "تستمر", "مستمرا",
    "لم", "ولم", "عدم", "لا", "ولا", "المسجون", "مسجون", "السجين", "سجين", "المحاصرة", "محاصرة",
    "يحكم", "تحكم", "يقيم", "تقيم", "الممتدة", "الممتد", "ممتدة", "ممتد", "الجارية", "جارية",
    "مفقود", "المفقود", "يعاني", "تعاني", "يواصل", "تواصل", "قائم", "قائمة"))


@dataclass
class Hit:
    """One resolved expression in folded coordinates, before mapping back to the text."""

    start: int
    end: int
    value: str | None
    kind: str = "date"
    relative: bool = False
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    explicit: bool = False  # the text states the day number (15/4, 21 سبتمبر): wins a الموافق pair


@dataclass
class Scan:
    """The folded text plus lazily computed sentence facts the resolvers ask for."""

    text: str
    pub: date | None
    _tense: dict[int, str] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)  # found so far, for anaphora ("الشهر ذاته")

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        a = pos
        while a > 0 and not _SENT_BREAK.match(self.text, a - 1):
            a -= 1
            if pos - a > 600:
                break
        m = _SENT_BREAK.search(self.text, pos)
        b = m.start() if m else len(self.text)
        return a, min(b, pos + 600)

    def tense(self, start: int, end: int) -> str:
        """'future' when the nearest tense cue in the sentence points forward, else 'past'."""
        if start in self._tense:
            return self._tense[start]
        a, b = self.sentence_bounds(start)
        best: tuple[int, str] | None = None
        for m in _TOKEN.finditer(self.text, a, b):
            if start <= m.start() < end:
                continue
            if m.start() >= end and (m.start() - end > 40 or "،" in self.text[end:m.start()]
                                     or "," in self.text[end:m.start()]):
                break  # a cue after the expression counts only inside its own clause
            w = m.group()
            kind = _cue_kind(w, self.text, m.start())
            if kind is None:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            # a cue after the expression counts less than one before it (the verb usually leads)
            dist = dist if m.end() <= start else dist * 2 + 10
            if best is None or dist < best[0]:
                best = (dist, kind)
        result = best[1] if best else "past"
        self._tense[start] = result
        return result

    def continuing_before(self, pos: int) -> bool:
        """A state still going on before "منذ": a cue word, or an imperfect verb (نعرف، يعيش)
        among the three words before it."""
        a, _ = self.sentence_bounds(pos)
        window = self.text[max(a, pos - 60):pos]
        if any(w in _CONTINUING for w in _two_word_keys(window)):
            return True
        for w in _TOKEN.findall(window)[-3:]:
            w = w[1:] if len(w) >= 4 and w[0] in "وف" else w
            if len(w) >= 3 and w[0] in "ين" and w not in _NOT_IMPERFECT:
                return True
        return False


def _two_word_keys(s: str) -> Iterator[str]:
    toks = _TOKEN.findall(s)
    for i, t in enumerate(toks):
        yield t
        yield _CLITIC_PREFIX.sub("", t, count=1) if len(t) > 4 else t
        if i + 1 < len(toks):
            yield f"{t} {toks[i + 1]}"


def _cue_kind(w: str, text: str, pos: int) -> str | None:
    if w.startswith(("القادم", "والقادم")) and _FROM.match(text, pos + len(w)):
        return None  # "الرحلات القادمة من جدة": arriving, not coming up
    if w in g.FUTURE_CUES or (len(w) > 3 and w[0] in "وف" and w[1:] in g.FUTURE_CUES):
        return "future"
    if w in ("المقرر", "المنتظر", "المفترض"):
        return "future"
    if w == "المتوقع" and text[max(0, pos - 4):pos].endswith("من "):
        return "future"  # "من المتوقع أن": but "الارتفاع المتوقع" is an adjective
    if w in g.PAST_CUES or (len(w) > 3 and w[0] in "وف" and w[1:] in g.PAST_CUES):
        return "past"
    core = w[1:] if len(w) > 4 and w[0] in "وف" else w
    if (len(core) >= 5 and core[0] == "س" and core[1] in "يتن" and core not in g.NOT_FUTURE_S
            and not core.startswith(("سياس", "سيار", "سنو", "ستين", "سيد"))):
        return "future"
    if w in ("لن", "ولن"):
        return "future"
    return None


_WORD_BEFORE = re.compile(r"(\S+)\s*$")


def _named_by_day(text: str, start: int) -> bool:
    """Is the day-month at ``start`` a movement's, event's or place's name (the word before it
    is a ``name_heads`` word: "قوى 14 آذار", "لثورة 25 يناير")?"""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    w = m.group(1)
    return any(w[len(p):] in g.NAME_HEADS for p in ("", "و", "ف", "ب", "ل", "وب", "ول")
               if w.startswith(p))


def _norm(s: str) -> str:
    return " ".join(s.split())


def _strip_def(w: str) -> str:
    """'والسبت' → 'السبت', 'للعام' → 'العام' (for table lookups of matched words)."""
    w = _norm(w)
    m = re.match(r"^[وف]?(?:[بك]?(ال)|(لل))", w)
    if m:
        return "ال" + w[m.end():]
    return w


def _strip_indef(w: str, table: dict[str, Any] | frozenset[str]) -> str:
    w = _norm(w)
    if w in table:
        return w
    for k in (1, 2):
        if w[k:] in table:
            return w[k:]
    return w


def _number(s: str) -> int | None:
    s = _norm(s).replace("(", "").replace(")", "").strip()
    s = re.sub(r"^[وف]?[بل]?(?:ال)?", "", s) if not s[:1].isdigit() else s
    if s.startswith("ال") and s[2:3].isdigit():
        s = s[2:]
    if s.isdigit():
        return int(s)
    if s in g.NUMBER_WORD:
        return g.NUMBER_WORD[s]
    m = re.match(r"^(\S+)\s+و\s*(\S+)$", s)
    if m and m.group(1) in g.NUMBER_WORD and m.group(2) in g.NUMBER_WORD:
        return g.NUMBER_WORD[m.group(1)] + g.NUMBER_WORD[m.group(2)]
    for prefix in ("ال", "بال", "وال"):
        if s.startswith(prefix) and s[len(prefix):] in g.NUMBER_WORD:
            return g.NUMBER_WORD[s[len(prefix):]]
    return None


def _ordinal(s: str) -> int | None:
    s = _norm(s)
    if s == "غره":
        return 1
    if s in g.ORDINAL:
        return g.ORDINAL[s]
    parts = s.split(" ")
    if len(parts) == 2 and parts[0] in g.ORDINAL_UNIT:
        tail = parts[1].lstrip("و")
        if tail in ("عشر", "عشره"):
            return 10 + g.ORDINAL_UNIT[parts[0]]
        if tail == "العشرين":
            return 20 + g.ORDINAL_UNIT[parts[0]]
        if tail == "الثلاثين":
            return 30 + g.ORDINAL_UNIT[parts[0]]
    if len(parts) == 3 and parts[0] in g.ORDINAL_UNIT and parts[1] == "و":
        return _ordinal(f"{parts[0]} و{parts[2]}")
    return None


def _unit(form: str) -> tuple[str, str] | None:
    w = _norm(form)
    for cand in (w, w[1:], w[2:]):
        if cand in g.UNIT_FORM:
            return g.UNIT_FORM[cand]
    return None


def _month(form: str) -> tuple[str, int] | None:
    w = _norm(form)
    if w in g.GREG_MONTH:
        return "g", g.GREG_MONTH[w]
    if w in g.HIJRI_MONTH:
        return "h", g.HIJRI_MONTH[w]
    return None


def _direction(mod: str | None) -> str:
    if not mod:
        return "nearest"
    m = _norm(mod)
    if m in g.PAST_MODS or m in g.BEFORE_LAST:
        return "past"
    if m in g.FUTURE_MODS or m in g.AFTER_NEXT:
        return "future"
    if m in g.CURRENT_MODS:
        return "current"
    return "nearest"


def _era(s: str | None) -> str | None:
    if not s:
        return None
    s = s.strip(" .")
    return "h" if s.startswith("ه") else "g"


def _year_kind(y: int, era: str | None) -> str | None:
    """'g' / 'h' for a plausible year, None for a number that is no year."""
    if era == "h" or (era is None and cal.HIJRI_MIN_YEAR <= y <= cal.HIJRI_MAX_YEAR):
        return "h" if cal.HIJRI_MIN_YEAR <= y <= cal.HIJRI_MAX_YEAR else None
    if cal.GREG_MIN_YEAR <= y <= cal.GREG_MAX_YEAR:
        return "g"
    return None


def _part(form: str | None) -> str | None:
    if not form:
        return None
    return g.PERIOD_PART.get(_strip_indef(form, g.PERIOD_PART))


def _relative_missing(hit: Hit, relation: str) -> Hit:
    hit.value = None
    hit.relative = True
    hit.extra["relation"] = relation
    hit.warnings.append(NO_PUB)
    return hit


def _check_weekday(hit: Hit, wd_form: str | None, d: date | None) -> None:
    if not wd_form or d is None:
        return
    name = g.WEEKDAY.get(_strip_def(wd_form))
    if name is None:
        return
    hit.extra["weekday"] = name
    if d.weekday() != g.WEEKDAY_NUM[name]:
        hit.warnings.append(f"weekday mismatch: {d.isoformat()} is not a {name}")


# ----------------------------------------------------------------------------------------------
# resolvers, one per branch

Resolver = Callable[[re.Match[str], Scan], list[Hit]]


def _day_hit(m: re.Match[str], sc: Scan, y: int, mo: int, d: int, era: str,
             wd_group: str) -> list[Hit]:
    hit = Hit(m.start(), m.end(), None)
    if era == "h":
        day = cal.hijri_to_greg(y, mo, d)
        hit.extra["hijri"] = f"{y:04d}-{mo:02d}-{d:02d}"
        hit.extra["calendar"] = "hijri"
    else:
        day = cal.valid_day(y, mo, d)
    if day is None:
        return []
    hit.value = cal.iso_day(day)
    hit.explicit = True
    hit.extra["granularity"] = "day"
    _check_weekday(hit, m.group(wd_group), day)
    return [hit]


def resolve_nd(m: re.Match[str], sc: Scan) -> list[Hit]:
    if m.group("nd_d"):
        d, mo, y = int(m.group("nd_d")), int(m.group("nd_m")), int(m.group("nd_y"))
    else:
        y, mo, d = int(m.group("nd_y2")), int(m.group("nd_m2")), int(m.group("nd_d2"))
    era = _year_kind(y, _era(m.group("nd_era")))
    if era is None or not (1 <= mo <= 12 and 1 <= d <= 31):
        return []
    return _day_hit(m, sc, y, mo, d, era, "nd_wd")


def resolve_dm(m: re.Match[str], sc: Scan) -> list[Hit]:
    day = int(m.group("dm_d")) if m.group("dm_d") else _ordinal(m.group("dm_o"))
    month = _month(m.group("dm_m"))
    if day is None or month is None or not 1 <= day <= 31:
        return []
    cal_kind, mo = month
    if m.group("dm_y"):
        y = int(m.group("dm_y"))
        era = _year_kind(y, _era(m.group("dm_era")))
        if era is None:
            return []
        if era != cal_kind and _era(m.group("dm_era")) is None:
            era = cal_kind
        return _day_hit(m, sc, y, mo, day, cal_kind, "dm_wd")
    name = _norm(m.group("dm_m"))
    if name == "صفر":
        return []  # "فاز 2 صفر": a score, not a date
    if _named_by_day(sc.text, m.start()):
        return []  # "تحالف 14 آذار", "ثورة 25 يناير": a name, not a date
    direction = _direction(m.group("dm_mod"))
    if direction == "nearest" and _SINCE.search(sc.text, max(0, m.start() - 8), m.start()):
        direction = "past"  # "أعلى مستوياته منذ 29 مايو": a day already gone (as for months)
    if direction == "nearest" and sc.pub is not None and sc.tense(m.start(), m.end()) == "future":
        direction = "nearest-future"
    hit = Hit(m.start(), m.end(), None, relative=True, explicit=True)
    hit.extra["granularity"] = "day"
    if sc.pub is None:
        _relative_missing(hit, f"year:{direction}")
        hit.extra.update({"month": mo, "day": day, "calendar": "hijri" if cal_kind == "h"
                          else "gregorian"})
        return [hit]
    if cal_kind == "h":
        hy = cal.choose_hijri_year(sc.pub, mo, day, direction)
        d = cal.hijri_to_greg(hy, mo, day) if hy else None
        if d is not None:
            hit.extra["hijri"] = f"{hy:04d}-{mo:02d}-{day:02d}"
            hit.extra["calendar"] = "hijri"
    else:
        d = cal.choose_year(sc.pub, mo, day, direction)
    if d is None:
        return []
    hit.value = cal.iso_day(d)
    _check_weekday(hit, m.group("dm_wd"), d)
    return [hit]


_LISTED_DAY = re.compile(r"(?<!\w)(?:(?:ال\s*)?(?P<d>\d{1,2})|(?P<o>" + g.ORD + r"))\s*"
                         r"(?:-|–|الي|حتي|او|و)?\s*(?:و\s*)?$")


def _with_listed_day(sc: Scan, hit: Hit) -> list[Hit]:
    """"بين التاسع والثاني عشر من يوليو", "15 و16 يوليو", "6 – 8 أكتوبر": the first day of a
    list shares the month (and year) of the last."""
    if not hit.value or len(hit.value) != 10:
        return [hit]
    m = _LISTED_DAY.search(sc.text, max(0, hit.start - 40), hit.start)
    if m is None:
        return [hit]
    day = int(m.group("d")) if m.group("d") else _ordinal(m.group("o"))
    last = date.fromisoformat(hit.value)
    if day is None or not 1 <= day < last.day:
        return [hit]
    end = m.end("d") if m.group("d") else m.end("o")
    first = Hit(m.start(), end, None, explicit=True, relative=hit.relative,
                extra={**hit.extra, "listed_with": hit.value})
    if "hijri" in hit.extra:
        hy, hm, _ = (int(x) for x in hit.extra["hijri"].split("-"))
        d = cal.hijri_to_greg(hy, hm, day)
        first.extra["hijri"] = f"{hy:04d}-{hm:02d}-{day:02d}"
    else:
        d = cal.valid_day(last.year, last.month, day)
    if d is None:
        return [hit]
    first.value = cal.iso_day(d)
    first.extra.pop("weekday", None)
    return [first, hit]


def resolve_dr(m: re.Match[str], sc: Scan) -> list[Hit]:
    day = int(m.group("dr_d")) if m.group("dr_d") else _ordinal(m.group("dr_o"))
    if day is None or not 1 <= day <= 31:
        return []
    mod = m.group("dr_mod")
    k = 0 if m.group("dr_this") else {"past": -1, "future": 1}.get(_direction(mod), 0)
    hit = Hit(m.start(), m.end(), None, relative=True, explicit=True)
    hit.extra["granularity"] = "day"
    if m.group("dr_same"):  # "في ال12 من الشهر ذاته": the month of the last dated expression
        prev = _last_month(sc)
        d = cal.valid_day(int(prev[:4]), int(prev[5:7]), day) if prev else None
        if d is None:
            return []
        hit.value = cal.iso_day(d)
        hit.extra["month_from"] = prev
        return [hit]
    if sc.pub is None:
        return [_relative_missing(hit, f"pub:month{k:+d}:day{day}")]
    first = cal.shift(sc.pub.replace(day=1), k, "month")
    d = cal.valid_day(first.year, first.month, day)
    if d is None:
        return []
    hit.value = cal.iso_day(d)
    return [hit]


def _hijri_month_hit(hit: Hit, y: int, mo: int) -> Hit:
    rng = cal.hijri_month_range(y, mo)
    hit.extra["hijri"] = f"{y:04d}-{mo:02d}"
    hit.extra["calendar"] = "hijri"
    if rng is None:
        return hit
    hit.extra["gregorian_start"] = rng[0].isoformat()
    hit.extra["gregorian_end"] = rng[1].isoformat()
    hit.value = cal.month_value_of_range(*rng)
    return hit


def _month_hit(m: re.Match[str], sc: Scan, p: str, has_shahr: bool) -> list[Hit]:
    month = _month(m.group(f"{p}_m"))
    if month is None:
        return []
    cal_kind, mo = month
    name = _norm(m.group(f"{p}_m"))
    part = _part(m.group(f"{p}_part"))
    year = m.group(f"{p}_y") if p == "my" else None
    mod = m.group(f"{p}_mod") if p == "mm" else None
    ymod = m.group("mm_ymod") if p == "mm" else None
    if ymod and sc.pub is not None:  # "أكتوبر العام الماضي"
        k = {"past": -1, "future": 1}.get(_direction(ymod), 0)
        if cal_kind == "h":
            h = cal.greg_to_hijri(sc.pub)
            if h is None:
                return []
            hit0 = Hit(m.start(), m.end(), None, relative=True, extra={"granularity": "month"})
            return [_hijri_month_hit(hit0, h[0] + k, mo)]
        return [Hit(m.start(), m.end(), f"{sc.pub.year + k:04d}-{mo:02d}", relative=True,
                    extra={"granularity": "month"})]
    mod = mod or ymod
    paired = len(_GREG_NAME.findall(sc.text, m.start(), m.end())) > 1  # "آب (أغسطس)"
    if not (year or mod or has_shahr or part or paired):
        if name in g.AMBIGUOUS_MONTHS or cal_kind == "h":
            return []
    elif (not (year or mod or has_shahr or paired or part)
          and name in g.AMBIGUOUS_MONTHS | g.AMBIGUOUS_HIJRI):
        return []
    hit = Hit(m.start(), m.end(), None)
    hit.extra["granularity"] = "month"
    if part:
        hit.extra["part"] = part
    if year:
        y = int(year)
        era = _year_kind(y, _era(m.group(f"{p}_era")))
        if era is None:
            return []
        if cal_kind == "h":
            return [_hijri_month_hit(hit, y, mo)]
        hit.value = f"{y:04d}-{mo:02d}"
        return [hit]
    hit.relative = True
    direction = _direction(mod)
    if direction == "nearest" and _SINCE.search(sc.text, max(0, m.start() - 8), m.start()):
        direction = "past"  # "منذ أغسطس": a month already gone
    if direction == "nearest" and sc.pub is not None and sc.tense(m.start(), m.end()) == "future":
        direction = "nearest-future"
    if sc.pub is None:
        hit.extra["month"] = mo
        return [_relative_missing(hit, f"year:{direction}")]
    if cal_kind == "h":
        hy = cal.choose_hijri_year(sc.pub, mo, None, direction)
        return [_hijri_month_hit(hit, hy, mo)] if hy else []
    y = cal.choose_month_year(sc.pub, mo, direction)
    hit.value = f"{y:04d}-{mo:02d}"
    return [hit]


def resolve_my(m: re.Match[str], sc: Scan) -> list[Hit]:
    return _month_hit(m, sc, "my", True)


def resolve_mm(m: re.Match[str], sc: Scan) -> list[Hit]:
    return _month_hit(m, sc, "mm", bool(m.group("mm_sh")))


def resolve_mo(m: re.Match[str], sc: Scan) -> list[Hit]:
    return _month_hit(m, sc, "mo", bool(m.group("mo_sh")))


def _year_hit(start: int, end: int, y: int, era: str) -> Hit:
    hit = Hit(start, end, None)
    hit.extra["granularity"] = "year"
    if era == "h":
        hit.extra["hijri"] = f"{y:04d}"
        hit.extra["calendar"] = "hijri"
        rng = cal.hijri_year_range(y)
        if rng:
            hit.extra["gregorian_start"] = rng[0].isoformat()
            hit.extra["gregorian_end"] = rng[1].isoformat()
    else:
        hit.value = f"{y:04d}"
    return hit


def resolve_yr(m: re.Match[str], sc: Scan) -> list[Hit]:
    cue, noun, era_s = m.group("yr_cue"), m.group("yr_noun"), m.group("yr_era")
    y2s = m.group("yr_y2")
    consecutive = (y2s is not None and int(y2s) == int(m.group("yr_y")) + 1
                   and m.group("yr_sep") in ("/", "-", "–"))
    if not era_s and consecutive and m.group("yr_era2"):
        era_s = m.group("yr_era2")
    if not (cue or noun or era_s):
        return []
    y = int(m.group("yr_y"))
    era = _year_kind(y, _era(era_s))
    if era is None or (era == "g" and not noun and not era_s and not cue):
        return []
    weak = cue is not None and _norm(cue).lstrip("وف") in ("من", "بين")
    if weak and not noun and not era_s and not m.group("yr_y2"):
        # "من 2014." is a year, "أكثر من 2000 شخص" is not: only at a clause end
        if not re.match(r"\s*(?:[.,،؛:)]|$)", sc.text[m.end():m.end() + 3]):
            return []
    if cue and not noun and not era_s:
        if era == "h" or y < cal.BARE_YEAR_MIN:
            return []  # "في 1400 حالة": a count, not a year
        nxt = re.match(r"\s*(\w+)", sc.text[m.end():m.end() + 20])
        if nxt and (nxt.group(1) in _COUNTED or (y % 100 == 0 and nxt.group(1)[0].isalpha()
                                                   and not nxt.group(1).startswith("و"))):
            return []  # "في 2000 منزل": a count before its noun
    start = m.start("yr_noun") if noun else m.start("yr_y")
    if not noun and text_before_paren(sc.text, start):
        start -= 1
    end = m.end("yr_era") if era_s else m.end("yr_y")
    if sc.text[end:end + 1] == ")" and sc.text[start:start + 1] == "(":
        end += 1
    hits = []
    if consecutive:
        y2 = int(m.group("yr_y2"))
        if y2 != y + 1:
            return []
        end = m.end()
        hit = _year_hit(start, end, y, era)
        hit.value = None  # "1436/1437هـ", "2014/2015": a season or school year across two
        hit.extra["years"] = [y, y2]
        if era == "g":
            hit.extra["gregorian_start"], hit.extra["gregorian_end"] = f"{y}-01-01", f"{y2}-12-31"
        elif (rng := cal.hijri_year_range(y2)) is not None:
            hit.extra["gregorian_end"] = rng[1].isoformat()
        return [hit]
    if m.group("yr_y2"):
        y2 = int(m.group("yr_y2"))
        era2 = _year_kind(y2, _era(m.group("yr_era2")) or (era if era_s else None))
        if era2 is not None and y2 > y and y2 - y < 200:
            hits.append(_year_hit(start, end, y, era))
            s2 = m.start("yr_y2")
            e2 = m.end("yr_era2") if m.group("yr_era2") else m.end("yr_y2")
            hits.append(_year_hit(s2, e2, y2, era2))
            return hits
        end_full = m.end()
        return [_year_hit(start, end_full, y, era)] if era2 is None else []
    return [_year_hit(start, end, y, era)]


def text_before_paren(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] == "("


def resolve_pr(m: re.Match[str], sc: Scan) -> list[Hit]:
    unit = g.PERIOD_NOUN.get(_strip_def(m.group("pr_n")))
    if unit is None:
        return []
    mod = m.group("pr_mod")
    part = _part(m.group("pr_part"))
    bare = not (part or m.group("pr_early") or m.group("pr_this"))
    if _norm(m.group("pr_n")) == "العام" and bare and _norm(mod or "") in ("السابق", "السابقه"):
        prev = re.search(r"(\w+)\s+$", sc.text[max(0, m.start() - 30):m.start()])
        if prev and prev.group(1).startswith("ال") and len(prev.group(1)) > 3 \
                and prev.group(1) not in _PREP_LIKE:
            return []  # "النائب العام السابق": العام is "general" here
    early = m.group("pr_early")
    this = m.group("pr_this")
    if not (mod or part or early or this):
        return []
    if not mod and not m.group("pr_y"):
        nxt = re.match(r"\s*(\w+)", sc.text[m.end():m.end() + 30])
        w = nxt.group(1) if nxt else ""
        if (w.startswith("ال") and w not in _PREP_LIKE) or w in _SAME:
            return []  # "بداية العام التدريبي": another year than the calendar's
    direction = "current" if this or not mod else _direction(mod)
    hit = Hit(m.start(), m.end(), None, relative=True)
    hit.extra["granularity"] = unit
    if part:
        hit.extra["part"] = part
    if early:
        hit.extra["part"] = "earlier" if ("سابق" in early or "مبكر" in early) else "later"
    if m.group("pr_y"):
        y = int(m.group("pr_y"))
        era = _year_kind(y, _era(m.group("pr_era")))
        if unit == "year" and era is not None:
            out = _year_hit(m.start(), m.end(), y, era)
            out.extra.update({k: v for k, v in hit.extra.items() if k != "granularity"})
            return [out]
        hit.end = m.end("pr_mod") if mod else m.end("pr_n")
    k = {"past": -1, "future": 1}.get(direction, 0)
    if unit == "decade":  # "العقد المقبل": no ISO value at decade granularity
        if sc.pub is not None:
            hit.extra["decade"] = f"{(sc.pub.year // 10 + k) * 10}s"
        return [hit]
    if unit == "month" and k == 0 and sc.pub is not None and not part and not early:
        ctx = _HIJRI_NAME.findall(sc.text, max(0, m.start() - 400), m.start())
        if ctx:  # "هذا الشهر" amid Ramadan talk: the Hijri month, not July
            mo = g.HIJRI_MONTH[_norm(ctx[-1])]
            hy = cal.choose_hijri_year(sc.pub, mo, None, "nearest")
            if hy:
                return [_hijri_month_hit(hit, hy, mo)]
    if mod and _norm(mod) in g.AFTER_NEXT:
        k = 2
    elif mod and _norm(mod) in g.BEFORE_LAST:
        k = -2
    if sc.pub is None:
        return [_relative_missing(hit, f"pub:{unit}{k:+d}")]
    hit.value = cal.value_at(cal.shift(sc.pub, k, unit), unit)
    return [hit]


def resolve_rd(m: re.Match[str], sc: Scan) -> list[Hit]:
    word = m.group("rd_w")
    key = _norm(word)
    if _strip_def(key) in g.REL_DAY and key not in g.REL_DAY:
        key = _strip_def(key)
    else:
        key = _strip_indef(key, g.REL_DAY)
    if key not in g.REL_DAY:
        return []
    if key in ("اليوم", "الليله") and not m.group("rd_wd"):
        nxt = re.match(r"\s*(\w+)", sc.text[m.end():m.end() + 30])
        w = nxt.group(1) if nxt else ""
        if w.startswith("ال") and w.endswith(("ي", "يه")) and w not in g.PAST_MODS and len(w) > 4:
            return []  # "اليوم الوطني", "الليلة الختامية": a noun phrase, not today
        if nxt and key == "اليوم" and nxt.group(1) in g.NOT_TODAY_AFTER | _SAME:
            return []
        before = sc.text[max(0, m.start() - 12):m.start()]
        if before.endswith("«") or sc.text[m.end():m.end() + 1] == "»":
            return []  # «اليوم», the newspaper
        if re.search(r"(?<!\w)(?:هذا|ذلك|نفس|صحيفه|جريده|عين|في)\s*$", before):
            return []
        if _norm(word).startswith(("باليوم", "وباليوم")):
            return []  # "مليون برميل باليوم": per day
    if (key == "غد" and not m.group("rd_wd") and not m.group("rd_part")
            and not _BEFORE_GHAD.search(sc.text, max(0, m.start("rd_w") - 8), m.start("rd_w"))):
        return []  # "حزب غد الثورة": a name; bare غد is tomorrow only after حتى/يوم/…
    offset = g.REL_DAY[key]
    hit = Hit(m.start(), m.end(), None, relative=True)
    hit.extra["granularity"] = "day"
    wd = m.group("rd_wd")
    if sc.pub is None:
        _relative_missing(hit, f"pub{offset:+d}d")
        if wd:
            hit.extra["weekday"] = g.WEEKDAY.get(_strip_def(wd))
        return [hit]
    d = cal.shift(sc.pub, offset, "day")
    if wd:
        name = g.WEEKDAY.get(_strip_def(wd))
        if name is not None:
            hit.extra["weekday"] = name
            target = g.WEEKDAY_NUM[name]
            if d.weekday() != target:
                # a crawl/pub date is later than the story, rarely earlier: the last such day
                named = cal.weekday_nearest(d, target)
                if abs((named - d).days) > 1:
                    named = cal.weekday_on_or_before(d, target)
                hit.warnings.append(
                    f"relative day and weekday disagree: {word.strip()} is {d.isoformat()}, "
                    f"not a {name}; took the {name} before it ({named.isoformat()})")
                d = named
    hit.value = cal.iso_day(d)
    return [hit]


def _weekday_numeric(pub: date, wd: int, a: int, b: int) -> tuple[date, str] | None:
    """"الثلاثاء 10/12": the day/month (either order, Gregorian or Hijri) that falls on that
    weekday nearest to publication, within two months; None when nothing fits."""
    cands: list[tuple[date, str]] = []
    h = cal.greg_to_hijri(pub)
    for d, mo in ((a, b), (b, a)):
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        for y in (pub.year - 1, pub.year, pub.year + 1):
            g_day = cal.valid_day(y, mo, d)
            if g_day:
                cands.append((g_day, "gregorian"))
        if h and d <= 30:
            for hy in (h[0] - 1, h[0], h[0] + 1):
                h_day = cal.hijri_to_greg(hy, mo, d)
                if h_day:
                    cands.append((h_day, "hijri"))
    fits = [c for c in cands if c[0].weekday() == wd and abs((c[0] - pub).days) <= 60]
    return min(fits, key=lambda c: abs((c[0] - pub).days)) if fits else None


def resolve_wd(m: re.Match[str], sc: Scan) -> list[Hit]:
    name = g.WEEKDAY.get(_strip_def(m.group("wd_d")))
    if name is None:
        return []
    wd = g.WEEKDAY_NUM[name]
    if m.group("wd_a") and sc.pub is not None:
        d = _weekday_numeric(sc.pub, wd, int(m.group("wd_a")), int(m.group("wd_b")))
        if d is not None:
            return [Hit(m.start(), m.end(), cal.iso_day(d[0]), explicit=True,
                        extra={"granularity": "day", "weekday": name, "calendar": d[1]})]
    before = sc.text[max(0, m.start() - 25):m.start()]
    if re.search(r"خطب\s*$", before):
        return []  # "خطب الجمعة": the Friday sermons in general
    if (not m.group("wd_mod") and re.search(r"(?:يومي|ايام)\s+(?:\w+\s+)?$", before)
            and not re.match(r"\s*\d", sc.text[m.end():m.end() + 4])):
        return [Hit(m.start(), m.end(), "P1W", kind="set", extra={"weekday": name})]
    mod = _norm(m.group("wd_mod") or "")
    end = m.end("wd_mod") if m.group("wd_mod") else m.end("wd_d")
    hit = Hit(m.start(), end, None, relative=True)
    hit.extra.update({"granularity": "day", "weekday": name})
    if mod in g.AFTER_NEXT:
        rel = "after-next"
    elif mod in g.BEFORE_LAST:
        rel = "before-last"
    elif mod in g.FUTURE_MODS:
        rel = "next"
    elif mod in g.PAST_MODS:
        rel = "last"
    else:
        rel = "this-coming" if sc.tense(m.start(), m.end()) == "future" else "this-past"
    if sc.pub is None:
        return [_relative_missing(hit, f"pub:{rel}-{name}")]
    p = sc.pub
    if rel == "after-next":
        d = cal.weekday_on_or_after(cal.shift(p, 1, "day"), wd) + timedelta(days=7)
    elif rel == "next":
        d = cal.weekday_on_or_after(cal.shift(p, 1, "day"), wd)
    elif rel == "last":
        d = cal.weekday_on_or_before(cal.shift(p, -1, "day"), wd)
    elif rel == "before-last":
        d = cal.weekday_on_or_before(cal.shift(p, -1, "day"), wd) - timedelta(days=7)
    elif rel == "this-coming":
        d = cal.weekday_on_or_after(p, wd)
    else:
        d = cal.weekday_on_or_before(p, wd)
    hit.extra["relation"] = rel
    hit.value = cal.iso_day(d)
    return [hit]


def resolve_of(m: re.Match[str], sc: Scan) -> list[Hit]:
    rel = _norm(m.group("of_rel")).lstrip("وف")
    rel = "منذ" if rel == "مند" else rel
    if m.group("of_vq"):
        unit_form = m.group("of_vq").split()[-1]
        u = _unit(unit_form)
        if u is None:
            return []
        hit = Hit(m.start(), m.end(), None, relative=True,
                  kind="duration" if rel == "منذ" and u[0] in ("year", "decade") else "date")
        hit.extra.update({"vague": True, "unit": u[0]})
        return [hit]
    if m.group("of_n"):
        n = _number(m.group("of_n"))
        u = _unit(m.group("of_u"))
    elif m.group("of_du"):
        n, u = 2, _unit(m.group("of_du"))
    else:
        n, u = 1, _unit(m.group("of_u1"))
    if n is None or u is None or n <= 0:
        return []
    unit = u[0]
    if rel == "بعد" and _REPEAT.search(sc.text, max(0, m.start() - 8), m.start()):
        return []  # "يوما بعد يوم": day after day
    after = sc.text[m.end():m.end() + 14]
    to_event = (re.match(r"\s+(?:فقط\s+)?(?:من|علي)(?!\w)", after) is not None
                and rel in ("قبل", "بعد")
                and re.match(r"\s+من\s+(?:الان|اليوم)(?!\w)", after) is None)
    # "وبعد يوم أخبروني": a narrative step after the last event, not a day after publication
    if rel == "بعد" and not to_event and sc.tense(m.start(), m.end()) != "future":
        a, _ = sc.sentence_bounds(m.start())
        # "وبعد يوم أخبروني", "كان يتوقع أن يعود بعد شهر": a step after a past event
        narrative = _PAST_NARRATIVE.search(sc.text, max(a, m.start() - 60), m.start())
        to_event = _norm(m.group("of_rel"))[:1] in "وف" or narrative is not None
    approx = bool(m.group("of_apx"))
    if to_event or (rel == "منذ" and (unit in ("day", "week", "hour", "minute")
                                      or sc.continuing_before(m.start()))):
        start = m.start("of_apx") if approx else (m.start("of_n") if m.group("of_n") else
                                                   m.start("of_du") if m.group("of_du") else
                                                   m.start("of_u1"))
        hit = Hit(m.start() if rel == "منذ" else start, m.end(), cal.duration_value(n, unit),
                  kind="duration")
        if to_event:
            hit.extra["relation"] = f"{'before' if rel == 'قبل' else 'after'}-event"
        if approx:
            hit.extra["approximate"] = True
        return [hit]
    k = n if rel == "بعد" else -n
    hit = Hit(m.start(), m.end(), None, relative=True)
    hit.extra["granularity"] = "day" if unit in ("hour", "minute") else unit
    if approx:
        hit.extra["approximate"] = True
    if sc.pub is None:
        return [_relative_missing(hit, f"pub{k:+d}{unit}")]
    if unit in ("hour", "minute"):
        hit.value = cal.iso_day(sc.pub)
    else:
        hit.value = cal.value_at(cal.shift(sc.pub, k, unit), unit)
    return [hit]


_ADJ_SET = {"يومي": "P1D", "اسبوعي": "P1W", "شهري": "P1M", "سنوي": "P1Y"}


def resolve_st(m: re.Match[str], sc: Scan) -> list[Hit]:
    hit = Hit(m.start(), m.end(), None, kind="set")
    if m.group("st_adv"):
        hit.value = g.SET_ADVERB.get(_strip_indef(m.group("st_adv"), g.SET_ADVERB))
    elif m.group("st_adj"):
        hit.value = _ADJ_SET[m.group("st_adj")]
    elif m.group("st_wd"):
        hit.value = "P1W"
        hit.extra["weekday"] = g.WEEKDAY_BARE.get(_norm(m.group("st_wd")))
    else:
        if m.group("st_n"):
            n, u = _number(m.group("st_n")), _unit(m.group("st_u"))
        elif m.group("st_du"):
            n, u = 2, _unit(m.group("st_du"))
        else:
            n, u = 1, _unit(m.group("st_u1"))
        if n is None or u is None:
            return []
        hit.value = cal.duration_value(n, u[0])
    return [hit] if hit.value else []


def resolve_vg(m: re.Match[str], sc: Scan) -> list[Hit]:
    if m.group("vg_du"):
        u = _unit(_strip_def(m.group("vg_du"))[2:])
        return [Hit(m.start(), m.end(), cal.duration_value(2, u[0]), kind="duration")] if u else []
    if m.group("vg_n"):
        n = _number(m.group("vg_n"))
        u = _unit(_strip_def(m.group("vg_p"))[2:])
        if n and u:
            return [Hit(m.start(), m.end(), cal.duration_value(n, u[0]), kind="duration")]
        if n:
            return []
    hit = Hit(m.start(), m.end(), None, relative=True)
    mod = _norm(m.group("vg_mod"))
    hit.extra["vague"] = True
    hit.extra["direction"] = "future" if any(x in mod for x in ("مقبل", "قادم")) else "past"
    return [hit]


def resolve_du(m: re.Match[str], sc: Scan) -> list[Hit]:
    if m.group("du_vq") or m.group("du_l") or m.group("du_tens"):
        return [Hit(m.start(), m.end(), None, kind="duration", extra={"vague": True})]
    if m.group("du_n"):
        n, u = _number(m.group("du_n")), _unit(m.group("du_u"))
        start = m.start()
    elif m.group("du_d"):
        n, u = 2, _unit(m.group("du_d"))
        start = m.start()
    elif m.group("du_u1"):
        n, u = 1, _unit(m.group("du_u1"))
        start = m.start("du_u1")
    else:
        n, u = 1, _unit(m.group("du_u2"))
        start = m.start()
    if n is None or u is None or n <= 0:
        return []
    if m.group("du_n") and u == ("decade", "singular"):
        return []  # "45 عقداً": contracts, not decades (those are "عقود", "عقدين")
    if m.group("du_n") and u[1] == "singular" and u[0] in ("year",) and n > 2 and n < 11 \
            and not m.group("du_u").endswith("ا"):
        return []  # "3 عام" is not Arabic; likely a list or a count before a noun phrase
    value = cal.duration_value(n, u[0])
    if (m.group("du_n") and m.group("du_half")) or (m.group("du_d") and m.group("du_half2")):
        value = cal.duration_plus_half(n, u[0])
    return [Hit(start, m.end(), value, kind="duration")]


_HOUR_PM = frozenset({"pm"})


def resolve_tm(m: re.Match[str], sc: Scan) -> list[Hit]:
    if m.group("tm_h"):
        digits = m.group("tm_h")
        if len(digits) == 4 and not m.group("tm_mi") and m.group("tm_gmt"):
            h, mi = int(digits[:2]), int(digits[2:])
        elif len(digits) > 2:
            return []
        else:
            h = int(digits)
            mi = int(m.group("tm_mi") or 0)
    else:
        h = g.HOUR_WORD.get(_norm(m.group("tm_hw")), -1)
        mi = 0
        if not m.group("tm_ap") and not m.group("tm_fr") and not m.group("tm_ap2"):
            return []  # "الساعة الثانية" alone can be "the second hour"
    fr = m.group("tm_fr")
    if fr:
        mi = 30 if "نصف" in fr else 15
    ap = m.group("tm_ap")
    if not ap and m.group("tm_ap2"):
        ap = {"ظهر": "ظهرا", "صباح": "صباحا", "مساء": "مساء", "فجر": "فجرا", "عصر": "عصرا",
              "ليل": "ليلا"}[m.group("tm_ap2")]
    if ap:
        part = g.TIME_PART.get(_norm(ap))
        if h > 12:
            return []  # "البطولة العربية ال21 مساء أمس": an ordinal, not 21 o'clock
        if part == "pm" and h < 12 and not (_norm(ap) == "ظهرا" and h >= 11):
            h += 12
        elif part == "am" and h == 12:
            h = 0
    if not (0 <= h <= 24 and 0 <= mi < 60):
        return []
    hit = Hit(m.start(), m.end(), f"T{h:02d}:{mi:02d}", kind="time")
    if m.group("tm_gmt"):
        hit.extra["zone"] = _norm(m.group("tm_gmt"))
    return [hit]


_DECADE = {"عشرين": 20, "ثلاثين": 30, "اربعين": 40, "خمسين": 50, "ستين": 60, "سبعين": 70,
           "ثمانين": 80, "تسعين": 90}


def resolve_dc(m: re.Match[str], sc: Scan) -> list[Hit]:
    """"الثمانينيات": a decade has no ISO value here; its span goes to extra."""
    word = re.sub(r"^[وف]?[بل]?(?:ال)?", "", _norm(m.group("dc_w")))
    word = re.sub(r"ي?ات$", "", word).replace("تسيعين", "تسعين")
    tens = _DECADE.get(word)
    if tens is None:
        return []
    c = m.group("dc_c") or ""
    century = 2000 if any(w in c for w in ("حادي", "حالي", "جاري")) else 1900
    start = century + tens
    return [Hit(m.start(), m.end(), None, extra={"decade": f"{start}s", "granularity": "decade",
                                                 "gregorian_start": f"{start}-01-01",
                                                 "gregorian_end": f"{start + 9}-12-31"})]


def _last_month(sc: Scan) -> str | None:
    """The month the text last named (a month, or a stated day — not "أمس"), for "الشهر ذاته"."""
    for h in reversed(sc.hits):
        v = h.value
        if h.kind == "date" and v and len(v) >= 7 and v[4] == "-" and v[5:7].isdigit() and (
                len(v) == 7 or h.explicit):
            return v
    return None


def resolve_sm(m: re.Match[str], sc: Scan) -> list[Hit]:
    if m.group("sm_mod"):
        if sc.pub is None:
            return []
        y = sc.pub.year + {"past": -1, "future": 1}.get(_direction(m.group("sm_mod")), 0)
    else:
        y = int(m.group("sm_y"))
    if _year_kind(y, None) != "g":
        return []
    prev = _last_month(sc)
    if prev is None:
        return [_year_hit(m.start(), m.end(), y, "g")]
    return [Hit(m.start(), m.end(), f"{y:04d}-{prev[5:7]}", extra={"granularity": "month",
                                                                  "month_from": prev})]


def resolve_tn(m: re.Match[str], sc: Scan) -> list[Hit]:
    value = "T12:00" if "النهار" in m.group("tn_w") else "T00:00"
    return [Hit(m.start(), m.end(), value, kind="time")]


RESOLVERS: dict[str, Resolver] = {
    "nd": resolve_nd,
    "dr": lambda m, sc: [x for h in resolve_dr(m, sc) for x in _with_listed_day(sc, h)],
    "dm": lambda m, sc: [x for h in resolve_dm(m, sc) for x in _with_listed_day(sc, h)],
    "tm": resolve_tm, "my": resolve_my,
    "mm": resolve_mm,
    "yr": resolve_yr, "pr": resolve_pr, "rd": resolve_rd, "wd": resolve_wd, "of": resolve_of,
    "dc": resolve_dc, "tn": resolve_tn, "sm": resolve_sm, "st": resolve_st, "vg": resolve_vg,
    "du": resolve_du,
    "mo": resolve_mo,
}


def scan(folded: str, pub: date | None) -> list[Hit]:
    """Every expression in folded text, in order; one pass of the compiled scanner."""
    sc = Scan(folded, pub)
    hits = sc.hits
    for m in _matches(folded):
        name = m.lastgroup if m.lastgroup in RESOLVERS else _branch(m)
        try:
            hits.extend(RESOLVERS[name](m, sc))
        except (ValueError, OverflowError):
            # arithmetic outside the calendar ("قبل 2700 عام" from 2015): no value can be given,
            # and one expression must never fail the whole article
            continue
    _check_muwafiq(folded, hits)
    return hits


def _matches(text: str) -> Iterator[re.Match[str]]:
    """What ``SCANNER.finditer`` would give, trying the pattern only where a date can start."""
    last = 0
    match = g.SCANNER.match
    for w in g.WORD.finditer(text):
        pos = w.start()
        if pos < last or not g.may_start(w.group()):
            continue
        m = match(text, pos - 1) if pos > last and text[pos - 1] == "(" else None
        m = m or match(text, pos)
        if m is not None and m.end() > m.start():
            last = m.end()
            yield m


def _branch(m: re.Match[str]) -> str:
    for name in g.BRANCH_NAMES:
        if m.group(name) is not None:
            return name
    raise ValueError("scanner match without a branch")


_MUWAFIQ = re.compile(r"^[\s،,\-–(]*(?:ال)?موافق\s*(?:ل\s*)?$|^\s*\(\s*$|^\s*[-–/،,]?\s*$")


def _check_muwafiq(text: str, hits: list[Hit]) -> None:
    """A Hijri day and its "الموافق" Gregorian partner must agree, else both carry a warning."""
    for a, b in pairwise(hits):
        if a.kind != "date" or b.kind != "date" or not a.value or not b.value:
            continue
        if len(a.value) != 10 or len(b.value) != 10:
            continue
        if not _MUWAFIQ.match(text[a.end:b.start]):
            continue
        if a.explicit != b.explicit:
            rel, fixed = (b, a) if a.explicit else (a, b)
            if rel.value != fixed.value:
                rel.warnings.append(
                    f"resolved to {rel.value} against the publication date, but the text "
                    f"states {fixed.value} beside it: took the stated date")
                rel.extra["resolved_from_pub"] = rel.value
                rel.value = fixed.value
            continue
        if ("hijri" in a.extra) == ("hijri" in b.extra):
            continue
        b.extra["paired_with"] = a.value
        a.extra["paired_with"] = b.value
        if a.value != b.value:
            msg = f"الموافق pair disagrees: {a.value} (Umm al-Qura/stated) vs {b.value}"
            a.warnings.append(msg)
            b.warnings.append(msg)


def to_date_exprs(text: str, pub: date | None) -> list[DateExpr]:
    """Run the scanner over a document text and map the hits back to its offsets."""
    folded, keep = g.fold_with_map(text)
    out: list[DateExpr] = []
    for h in scan(folded, pub):
        a, b = h.start, h.end
        if folded[a] == "(" and ")" not in folded[a:b]:
            h.start = a + 1
        if folded[b - 1] == ")" and "(" not in folded[a:b]:
            h.end = b - 1
        start = keep[h.start] if keep else h.start
        end = (keep[h.end - 1] + 1) if keep else h.end
        # a dropped mark right after the span (the tanween of عاماً) belongs to it
        while end < len(text) and text[end] in g._DROP and text[end] not in "\u200e\u200f":
            end += 1
        out.append(DateExpr(start=start, end=end, text=text[start:end], value=h.value,
                            kind=h.kind, relative=h.relative, warnings=h.warnings,
                            extra=h.extra))
    out.sort(key=lambda d: (d.start, d.end))
    return out
