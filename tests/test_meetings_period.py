"""A meeting dated only by a period in its own sentence keeps no day outside that period."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.meetings import day_in_period
from marsad.pipeline import analyze_text


@pytest.mark.parametrize(("day", "period", "inside"), [
    ("2025-06-14", "2025-W24", True),   # a Saturday in ISO week 24
    ("2025-06-14", "2025-W23", False),
    ("2025-06-14", "2025-06", True),
    ("2025-06-14", "2025-05", False),
    ("2025-06-14", "2025", True),
    ("2026-01-01", "2025-W52", False),
    ("2025-12-29", "2026-W01", True),  # ISO week-year differs from the calendar year
])
def test_day_in_period(day: str, period: str, inside: bool) -> None:
    assert day_in_period(day, period) is inside


TEXT = ("عقد وزير الطاقة الأمير عبدالعزيز بن سلمان، اليوم السبت، اجتماعاً مع نائب رئيس الوزراء "
        "الروسي ألكسندر نوفاك في الرياض.\n\nوكان الوزيران قد التقيا {when} على هامش مؤتمر للطاقة "
        "في فيينا.")


@pytest.mark.parametrize(("when", "day", "period"), [
    ("الأسبوع الماضي", None, "2025-W23"),
    ("الشهر الماضي", None, "2025-05"),
    ("يوم الخميس الماضي", "2025-06-12", None),
])
def test_earlier_meeting_in_a_past_period_has_no_publication_day(
        when: str, day: str | None, period: str | None) -> None:
    doc = analyze_text(TEXT.format(when=when), date(2025, 6, 14))
    vienna = [m for m in doc.meetings if m.place == "فيينا"]
    assert len(vienna) == 1
    assert (vienna[0].date, vienna[0].period) == (day, period)
