"""Calendar arithmetic for the dates stage: ISO values, Hijri (Umm al-Qura) ranges, year choice.

Pure functions on ``datetime.date``; Hijri↔Gregorian via hijridate, shifts via dateutil.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from hijridate import Gregorian, Hijri

HIJRI_MIN_YEAR, HIJRI_MAX_YEAR = 1343, 1500
GREG_MIN_YEAR, GREG_MAX_YEAR = 1000, 2100
BARE_YEAR_MIN = 1900  # "في 1950" needs no noun; older years only as "عام 1873"


def iso_day(d: date) -> str:
    return d.isoformat()


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def iso_month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def shift(d: date, n: int, unit: str) -> date:
    """``d`` moved by n units (negative = back); decades are ten years, hours stay on the day."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return d + relativedelta(months=n)
    if unit == "year":
        return d + relativedelta(years=n)
    if unit == "decade":
        return d + relativedelta(years=10 * n)
    return d


def value_at(d: date, unit: str) -> str:
    """The ISO value of a date at the granularity of the unit the expression spoke in."""
    if unit == "week":
        return iso_week(d)
    if unit == "month":
        return iso_month(d)
    if unit in ("year", "decade"):
        return f"{d.year:04d}"
    return iso_day(d)


DURATION_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def duration_value(n: int, unit: str) -> str:
    if unit == "decade":
        return f"P{10 * n}Y"
    if unit == "hour":
        return f"PT{n}H"
    if unit == "minute":
        return f"PT{n}M"
    return f"P{n}{DURATION_CODE[unit]}"


def duration_plus_half(n: int, unit: str) -> str:
    """"خمس سنوات ونصف" → P5Y6M, "ساعتين ونصف" → PT2H30M (weeks become days: ISO has no P1W3D)."""
    return {
        "year": f"P{n}Y6M", "month": f"P{n}M15D", "week": f"P{7 * n + 3}DT12H",
        "day": f"P{n}DT12H", "hour": f"PT{n}H30M", "minute": f"PT{n}M30S",
        "decade": f"P{10 * n + 5}Y",
    }[unit]


def weekday_on_or_before(d: date, wd: int) -> date:
    return d - timedelta(days=(d.weekday() - wd) % 7)


def weekday_on_or_after(d: date, wd: int) -> date:
    return d + timedelta(days=(wd - d.weekday()) % 7)


def weekday_nearest(d: date, wd: int) -> date:
    back = weekday_on_or_before(d, wd)
    fwd = weekday_on_or_after(d, wd)
    return back if (d - back) <= (fwd - d) else fwd


def valid_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def hijri_to_greg(y: int, m: int, d: int) -> date | None:
    """Umm al-Qura conversion; None outside hijridate's range or for a day the month lacks."""
    try:
        return Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None


def greg_to_hijri(d: date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def hijri_month_range(y: int, m: int) -> tuple[date, date] | None:
    try:
        h = Hijri(y, m, 1)
        start = h.to_gregorian()
        return start, start + timedelta(days=h.month_length() - 1)
    except (ValueError, OverflowError):
        return None


def hijri_year_range(y: int) -> tuple[date, date] | None:
    a = hijri_month_range(y, 1)
    b = hijri_month_range(y, 12)
    if a is None or b is None:
        return None
    return a[0], b[1]


def month_value_of_range(start: date, end: date) -> str | None:
    """YYYY-MM when a Hijri span lies in one Gregorian month, else None (extras keep the span)."""
    if (start.year, start.month) == (end.year, end.month):
        return iso_month(start)
    return None


def choose_year(pub: date, month: int, day: int, direction: str) -> date | None:
    """The year a day+month without one refers to: past / future / current / nearest to pub."""
    cands = [valid_day(pub.year + k, month, day) for k in (-1, 0, 1)]
    cands = [c for c in cands if c is not None]
    if not cands:
        return None
    if direction == "past":
        past = [c for c in cands if c <= pub]
        return max(past) if past else None
    if direction == "future":
        fut = [c for c in cands if c >= pub]
        return min(fut) if fut else None
    if direction == "current":
        return valid_day(pub.year, month, day)
    if direction == "nearest-future":
        cands = [c for c in cands if (c - pub).days >= -14] or cands
    return min(cands, key=lambda c: (abs((c - pub).days), c > pub))


def choose_month_year(pub: date, month: int, direction: str) -> int:
    """Year of a month named without one: "يوليو الماضي" (past), "أغسطس القادم" (future) …"""
    if direction == "past":
        return pub.year if month < pub.month else pub.year - 1
    if direction == "future":
        return pub.year if month > pub.month else pub.year + 1
    if direction == "current":
        return pub.year
    if direction == "nearest-future":
        return pub.year if month >= pub.month - 3 else pub.year + 1
    diff = month - pub.month
    if diff > 6:
        return pub.year - 1
    if diff < -6:
        return pub.year + 1
    return pub.year


def choose_hijri_year(pub: date, month: int, day: int | None, direction: str) -> int | None:
    """Hijri year of a Hijri month (and day) named without one, by the same rules as Gregorian."""
    h = greg_to_hijri(pub)
    if h is None:
        return None
    hy, hm, hd = h
    here = (hm, hd if day is not None else 0)
    there = (month, day if day is not None else 0)
    if direction == "current":
        return hy
    if direction == "past":
        if day is None:
            return hy if month < hm else hy - 1
        return hy if there <= here else hy - 1
    if direction == "future":
        if day is None:
            return hy if month > hm else hy + 1
        return hy if there >= here else hy + 1
    if day is None and month == hm:
        return hy
    best: tuple[int, int] | None = None
    for y in (hy - 1, hy, hy + 1):
        rng = hijri_month_range(y, month)
        if rng is None:
            continue
        if day is not None:
            g = hijri_to_greg(y, month, day)
            dist = abs((g - pub).days) if g else 10**6
        else:
            dist = 0 if rng[0] <= pub <= rng[1] else min(abs((rng[0] - pub).days),
                                                        abs((rng[1] - pub).days))
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else None
