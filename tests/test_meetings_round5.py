"""Meetings stage, round 5 (newspaper-style reports; studied: heldout7/8 and dev1–10): one row
per rule, sentences written for the test (never corpus text).

Entities are hand-set (``doc_with``) so each row tests the meetings rule, not the tagger."""

from __future__ import annotations

import pytest

from tests.test_meetings_helpers import meetings_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "كمال الراشد": (P, "كمال الراشد"), "الراشد": (P, "كمال الراشد"),
    "نبيل حداد": (P, "نبيل حداد"), "سامي العتيبي": (P, "سامي العتيبي"),
    "عبدالله": (P, "عبدالله"), "مروان بن فهد الحربي": (P, "مروان بن فهد الحربي"),
    "مروان الحربي": (P, "مروان الحربي"), "الرياض": (L, "الرياض"), "جدة": (L, "جدة"),
    "فادي منصور": (P, "فادي منصور"),
}


def parties(text: str, names: dict[str, tuple[str, str]] | None = None) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, names or NAMES, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "كما استقبل <title> X": the host of the sentence before receives one more guest
        ("استقبل وزير الداخلية كمال الراشد في مكتبه بالرياض أمس السفير نبيل حداد. كما استقبل "
         "مدير جامعة الملك عبدالله الدكتور سامي العتيبي.",
         [["كمال الراشد", "نبيل حداد"], ["كمال الراشد", "سامي العتيبي"]]),
        ("استقبل وزير الداخلية كمال الراشد أمس السفير نبيل حداد، واستقبل أيضاً رئيس الهيئة "
         "المهندس فادي منصور.",
         [["كمال الراشد", "نبيل حداد"], ["كمال الراشد", "فادي منصور"]]),
        # (not a plural subject of its own: "كما استقبل المواطنون …")
        ("استقبل وزير الداخلية كمال الراشد أمس السفير نبيل حداد. كما استقبل المواطنون خبر "
         "تعيين سامي العتيبي بالترحيب.",
         [["كمال الراشد", "نبيل حداد"]]),
    ],
)
def test_also_received_by_the_same_host(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first and family name after the full "X بن Y Z" is the same man, not a second party
        ("استقبل مروان بن فهد الحربي أمس في جدة السفير نبيل حداد، وأكد مروان الحربي أهمية "
         "التعاون.",
         [["مروان بن فهد الحربي", "نبيل حداد"]]),
    ],
)
def test_short_form_is_the_same_person(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected
