"""Meetings stage, party fixes found on the dev set: one table row per case."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.meetings import run
from marsad.pipeline import Context
from tests.test_meetings_helpers import doc_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "عادل الجبير": (P, "عادل الجبير"), "خالد العطية": (P, "خالد العطية"),
    "محمد المالك": (P, "محمد المالك"), "تميم بن حمد": (P, "تميم بن حمد"),
    "محمد بن سلمان": (P, "محمد بن سلمان"), "سمير جعجع": (P, "سمير جعجع"),
    "لي": (P, "لي"), "الدوحة": (L, "الدوحة"), "الرياض": (L, "الرياض"),
}


def parties(text: str) -> list[tuple[list[str], list[str]]]:
    doc = doc_with(text, NAMES, "2015-07-26")
    run(doc, Context(pub_date=date(2015, 7, 26)))
    return [(m.participants, m.attendees) for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a two-letter fragment of "ولي ولي العهد" is no party
        ("التقى صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد في الرياض أمس سمير جعجع.",
         [(["محمد بن سلمان", "سمير جعجع"], [])]),
    ],
)
def test_parties(text: str, expected: list[tuple[list[str], list[str]]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وفداً من X": a delegation named by its members is the guest
        ("استقبل الأمير محمد بن سلمان في الرياض أمس وفداً من رجال الأعمال اليابانيين.",
         [(["محمد بن سلمان", "وفداً من رجال الأعمال اليابانيين"], [])]),
        ("استقبل الأمير محمد بن سلمان في الرياض أمس وفداً عشائرياً يمثل القبائل.",
         [(["محمد بن سلمان", "وفداً عشائرياً"], [])]),
    ],
)
def test_group_guests(text: str, expected: list[tuple[list[str], list[str]]]) -> None:
    assert parties(text) == expected


def test_a_further_meeting_of_the_same_parties_is_not_merged() -> None:
    text = ("عقد محمد بن سلمان في مكتبه بالرياض أمس اجتماعًا ثنائيًا مع عادل الجبير. "
            "عقب ذلك، عقد محمد بن سلمان وعادل الجبير اجتماعًا موسعًا بحثا خلاله التعاون.")
    doc = doc_with(text, NAMES, "2015-07-26")
    run(doc, Context(pub_date=date(2015, 7, 26)))
    got = [(m.participants, m.place) for m in doc.meetings]
    assert got == [(["محمد بن سلمان", "عادل الجبير"], "الرياض")] * 2


def test_the_same_meeting_told_twice_is_merged() -> None:
    text = ("عقد محمد بن سلمان في مكتبه بالرياض أمس اجتماعًا مع عادل الجبير. "
            "وعقد محمد بن سلمان وعادل الجبير اجتماعًا بحثا خلاله التعاون.")
    doc = doc_with(text, NAMES, "2015-07-26")
    run(doc, Context(pub_date=date(2015, 7, 26)))
    assert len(doc.meetings) == 1


SEAT_NAMES = {
    "مشعل بن ماجد": (P, "مشعل بن ماجد"), "منصور الخنيزان": (P, "منصور الخنيزان"),
    "فيصل بن خالد": (P, "فيصل بن خالد"), "فهد العدواني": (P, "فهد العدواني"),
    "تميم بن حمد": (P, "تميم بن حمد"), "عادل الجبير": (P, "عادل الجبير"),
    "جدة": (L, "جدة"), "قطر": (L, "قطر"),
}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a governor receiving at his office: the seat his title names
        ("التقى الأمير مشعل بن ماجد محافظ جدة بمكتبه صباح أمس الدكتور منصور الخنيزان.", "جدة"),
        # … also when the entities stage left the place inside the title untagged
        ("استقبل الأمير فيصل بن خالد أمير منطقة عسير في مكتبه بالإمارة أمس فهد العدواني.",
         "عسير"),
        # no place written at all: a governor receives at the seat his title names
        # (dev: alweeam 344299, "استقبل الشيخ محمد بن راشد … حاكم دبي …" → دبي)
        ("استقبل الأمير فيصل بن خالد أمير منطقة عسير أمس فهد العدواني.", "عسير"),
        # a head of state's title names a country, not a seat
        ("استقبل الشيخ تميم بن حمد أمير دولة قطر في مكتبه أمس عادل الجبير.", None),
    ],
)
def test_host_seat(text: str, place: str | None) -> None:
    doc = doc_with(text, SEAT_NAMES, "2015-07-26")
    run(doc, Context(pub_date=date(2015, 7, 26)))
    assert [m.place for m in doc.meetings] == [place]
