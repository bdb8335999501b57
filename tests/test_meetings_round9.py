"""Meetings stage, round 9 — PARTICIPANTS (studied: dev1–11 and heldout2–9): one row per rule,
sentences written for the test (never corpus text), look-alikes beside each rule.

Entities are hand-set (``doc_with``) so each row tests the meetings rule, not the tagger."""

from __future__ import annotations

import pytest

from tests.test_meetings_helpers import meetings_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "كمال الراشد": (P, "كمال الراشد"),
    "فرنسا": (L, "فرنسا"), "ألمانيا": (L, "ألمانيا"), "إيطاليا": (L, "إيطاليا"),
    "إيران": (L, "إيران"), "البرازيل": (L, "البرازيل"), "الأرجنتين": (L, "الأرجنتين"),
    "المحيط الأطلسي": (L, "المحيط الأطلسي"), "روما": (L, "روما"),
    "الاتحاد الأوروبي": (ORG, "الاتحاد الأوروبي"),
}


def sides(text: str) -> list[tuple[list[str], str]]:
    return [(m.participants, m.status) for m in meetings_with(text, NAMES, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # countries joined by و, the subject of a light verb, hold the meeting noun after them
        ("تعقد فرنسا وألمانيا وإيطاليا اجتماعاً غداً لبحث أزمة الهجرة.",
         [(["فرنسا", "ألمانيا", "إيطاليا"], "planned")]),
        ("وعقدت البرازيل والأرجنتين محادثات أمس حول التجارة.",
         [(["البرازيل", "الأرجنتين"], "held")]),
        # more states told as a number, and a region after them
        ("تعقد فرنسا وألمانيا وخمس دول أخرى من حوض المحيط الأطلسي اجتماعاً هذا الأسبوع.",
         [(["فرنسا", "ألمانيا"], "planned")]),
        ("تعتزم البرازيل والأرجنتين عقد جولة جديدة من المباحثات في روما.",
         [(["البرازيل", "الأرجنتين"], "planned")]),
        # look-alike: a side after مع is left to the rules that read it (no partial meeting)
        ("عقدت فرنسا وألمانيا اجتماعاً مع إيران أمس.", []),
        # look-alike: one country only
        ("تعقد فرنسا اجتماعاً غداً لبحث أزمة الهجرة.", []),
        # look-alike: a person or body among the subjects is not this form
        ("عقدت فرنسا والاتحاد الأوروبي اجتماعاً أمس.", []),
        # look-alike: the countries are the object of a visit, not the subject of a light verb
        ("زار كمال الراشد فرنسا وألمانيا وعقد اجتماعاً في روما.", None),
        # look-alike: a comma between the countries and the noun
        ("تعقد فرنسا وألمانيا، وفق مصادر، اجتماعاً غداً.", []),
    ],
)
def test_countries_hold_meeting(text: str, expected: list | None) -> None:
    got = sides(text)
    if expected is None:  # only: no meeting of the countries alone
        assert all(set(p) - {"فرنسا", "ألمانيا"} for p, _ in got)
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a multilateral body whose name runs on in construct (indefinite nouns up to the
        # definite word that ends the chain) is one party
        ("ويبحث الوزراء الملف غداً في روما أثناء عقد اجتماع للجنة متابعة مبادرة السلام العربية.",
         [["لجنة متابعة مبادرة السلام العربية"]]),
        ("تستضيف روما الأسبوع المقبل اجتماعاً لمجلس متابعة خطة الدول الأعضاء.",
         [["مجلس متابعة خطة الدول الأعضاء"]]),
        # look-alike: a body of one state or firm, no many-states marker in its name
        ("تستضيف روما الأسبوع المقبل اجتماعاً للجنة متابعة مشروع الطريق الدائري.", []),
        ("تستضيف روما الأسبوع المقبل اجتماعاً لمجلس تنسيق سياسات.", []),
    ],
)
def test_multilateral_body_in_construct(text: str, expected: list) -> None:
    assert [m.participants for m in meetings_with(text, NAMES, "2015-07-23")] == expected


NAMES_BAN = {
    "بان كي مون": (P, "بان كي مون"), "كمال الراشد": (P, "كمال الراشد"),
    "نبيل حداد": (P, "نبيل حداد"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "بان" opening a name is not the cut-off "بأن" (what was said follows)
        ("بحث كمال الراشد في اتصال هاتفي مع الأمين العام بان كي مون الأوضاع في المنطقة.",
         [["كمال الراشد", "بان كي مون"]]),
        ("وأوضح المكتب أن كمال الراشد بحث في اتصال هاتفي مع بان كي مون الأوضاع.",
         [["كمال الراشد", "بان كي مون"]]),
        # look-alike: "بأن" still ends the parties — what he said is not who he met
        ("وأوضح كمال الراشد خلال لقائه نبيل حداد بان الاتفاق مهم للطرفين.",
         [["كمال الراشد", "نبيل حداد"]]),
    ],
)
def test_name_opening_with_cutoff_word(text: str, expected: list) -> None:
    assert [m.participants for m in meetings_with(text, NAMES_BAN, "2015-07-23")] == expected
