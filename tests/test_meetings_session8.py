"""Meetings, session 8: calls told without هاتفي."""

from datetime import date

import pytest

from marsad.pipeline import analyze_text


@pytest.mark.parametrize(("text", "participants"), [
    # a call noun made or received, with its other side after it, is a call without هاتفي
    ("أجرى وزير الخارجية سامح شكري اتصالاً مع رئيس الحكومة اللبنانية تمام سلام.",
     ["سامح شكري", "تمام سلام"]),
    ("وأشار إلى أن وزير الخارجية سامح شكري كان قد أجرى اتصالاً مع رئيس الحكومة اللبنانية تمام "
     "سلام.", ["سامح شكري", "تمام سلام"]),
])
def test_call_without_phone_word(text: str, participants: list[str]) -> None:
    meetings = analyze_text(text, date(2015, 7, 27)).meetings
    assert [(m.kind, m.participants) for m in meetings] == [("call", participants)]


@pytest.mark.parametrize("text", [
    # contacts, and the ministry of communications, are no call
    "أجرى وزير الخارجية سامح شكري اتصالات مكثفة لحل الأزمة.",
    "وقال وزير الاتصالات محمد السويل إن الخدمة ستتحسن.",
])
def test_no_call(text: str) -> None:
    assert analyze_text(text, date(2015, 7, 27)).meetings == []
