"""Meetings stage, round 8 — meeting PLACE and DATE (studied: dev1–11 and heldout2–9): one row
per rule, sentences written for the test (never corpus text), look-alikes beside each rule.

Entities are hand-set (``doc_with``) so each row tests the meetings rule, not the tagger."""

from __future__ import annotations

import pytest

from tests.test_meetings_helpers import meetings_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "كمال الراشد": (P, "كمال الراشد"), "نبيل حداد": (P, "نبيل حداد"),
    "سامي العتيبي": (P, "سامي العتيبي"), "فهد السالم": (P, "فهد السالم"),
    "دولة قطر": (L, "دولة قطر"), "قطر": (L, "قطر"), "عسير": (L, "عسير"),
    "جاكرتا": (L, "جاكرتا"), "الرياض": (L, "الرياض"), "جدة": (L, "جدة"),
    "وزارة الشؤون الدينية": (ORG, "وزارة الشؤون الدينية"),
}


def places(text: str) -> list[tuple[list[str], str | None]]:
    return [(m.participants, m.place) for m in meetings_with(text, NAMES, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head of state's seat is a whole country: "في قصره" tells no city
        ("استقبل الشيخ كمال الراشد أمير دولة قطر في قصره أمس وزير الخارجية نبيل حداد.",
         [(["كمال الراشد", "نبيل حداد"], None)]),
        ("استقبل الشيخ كمال الراشد أمير قطر في قصره أمس وزير الخارجية نبيل حداد.",
         [(["كمال الراشد", "نبيل حداد"], None)]),
        # look-alike: a region's governor receives at the seat his title names
        ("استقبل الأمير كمال الراشد أمير منطقة عسير في مكتبه أمس نبيل حداد.",
         [(["كمال الراشد", "نبيل حداد"], "عسير")]),
        # look-alike: a city written for the reception still names it
        ("استقبل الشيخ كمال الراشد أمير دولة قطر في قصره بالرياض أمس نبيل حداد.",
         [(["كمال الراشد", "نبيل حداد"], "الرياض")]),
    ],
)
def test_country_seat_names_no_place(text: str, expected: list) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city of the guest's institution, in his title, is not where he was received
        ("استقبل الأمين العام كمال الراشد أمس مدير الجامعة الإسلامية بجاكرتا نبيل حداد.",
         [(["كمال الراشد", "نبيل حداد"], None)]),
        # the same for an attendee's institution, its ministry a genitive in between
        ("استقبل كمال الراشد أمس نبيل حداد، ومدير المعهد الديني بوزارة الشؤون الدينية بجاكرتا "
         "سامي العتيبي.",
         [(["كمال الراشد", "نبيل حداد", "سامي العتيبي"], None)]),
        # look-alike: the reception written in the city
        ("استقبل الأمين العام كمال الراشد أمس في جاكرتا مدير الجامعة الإسلامية نبيل حداد.",
         [(["كمال الراشد", "نبيل حداد"], "جاكرتا")]),
        # look-alike: a visit to the university in the city (no title before the institution)
        ("زار كمال الراشد الجامعة الإسلامية بجاكرتا والتقى نبيل حداد.",
         [(["كمال الراشد", "نبيل حداد"], "جاكرتا")]),
    ],
)
def test_guest_institution_city_is_no_place(text: str, expected: list) -> None:
    assert places(text) == expected


AIRPORT = {**NAMES, "مطار القاهرة الدولي": (L, "مطار القاهرة الدولي"), "مصر": (L, "مصر"),
           "القاهرة": (L, "القاهرة")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a farewell told with the one leaving takes the place he leaves (a time word before)
        ("وكان في وداع الأمير كمال الراشد لدى مغادرته مطار القاهرة الدولي الفريق نبيل حداد.",
         [(["كمال الراشد", "نبيل حداد"], "مطار القاهرة الدولي")]),
        ("وكان في استقبال كمال الراشد فور وصوله القاهرة الوزير نبيل حداد.",
         [(["كمال الراشد", "نبيل حداد"], "القاهرة")]),
        # a posted title in a list ("والملحق … في مصر") names his post, not the place
        ("وكان في وداع الأمير كمال الراشد لدى مغادرته مطار القاهرة الدولي الفريق نبيل حداد "
         "والملحق العسكري السعودي في مصر العقيد سامي العتيبي.",
         [(["كمال الراشد", "نبيل حداد"], "مطار القاهرة الدولي")]),
        # look-alike: a place after the leaving noun with no time word before it is no place
        ("وبحث كمال الراشد مع نبيل حداد موعد مغادرته القاهرة.",
         [(["كمال الراشد", "نبيل حداد"], None)]),
    ],
)
def test_place_left_or_reached(text: str, expected: list) -> None:
    found = [(m.participants, m.place) for m in meetings_with(text, AIRPORT, "2015-07-23")]
    assert found == expected


def dated(text: str) -> list[tuple[list[str], str | None, str]]:
    return [(m.participants, m.date, m.status)
            for m in meetings_with(text, {**NAMES, "طهران": (L, "طهران")}, "2015-07-21")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a planned meeting in a week, its day told by the next sentence naming the event again
        ('أعلن كمال الراشد أمس أنه سيتوجه إلى طهران "الأسبوع المقبل" حيث سيلتقي الرئيس نبيل '
         "حداد. والزيارة مقررة في 29 يوليو بحسب مقربين منه.",
         [(["كمال الراشد", "نبيل حداد"], "2015-07-29", "planned")]),
        # ... and a meeting noun with a planning verb
        ("ومن المقرر أن يلتقي كمال الراشد مع نبيل حداد في طهران. وأوضحت المصادر أن الاجتماع "
         "سيعقد 25 يوليو الجاري.",
         [(["كمال الراشد", "نبيل حداد"], "2015-07-25", "planned")]),
        # look-alike: a day outside the week the meeting's sentence gave is another event's
        ('أعلن كمال الراشد أمس أنه سيتوجه إلى طهران "الأسبوع المقبل" حيث سيلتقي الرئيس نبيل '
         "حداد. والزيارة مقررة في 12 أغسطس بحسب مقربين منه.",
         [(["كمال الراشد", "نبيل حداد"], None, "planned")]),
        # look-alike: a day in a sentence that does not name the event again
        ("ومن المقرر أن يلتقي كمال الراشد مع نبيل حداد في طهران. وسيعقد البرلمان جلسته في 25 "
         "يوليو الجاري.",
         [(["كمال الراشد", "نبيل حداد"], None, "planned")]),
    ],
)
def test_planned_day_told_after(text: str, expected: list) -> None:
    assert dated(text) == expected


REGIONS = {**NAMES, "الطائف": (L, "الطائف"), "نجران": (L, "نجران"), "الباحة": (L, "الباحة"),
           "أبها": (L, "أبها")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional director receives at the seat his title names
        ("استقبل مدير تعليم الطائف كمال الراشد، وفد المبادرة أمس.", ["الطائف"]),
        ("كما استقبل مدير عام التعليم بمنطقة الباحة كمال الراشد، نبيل حداد أمس.", ["الباحة"]),
        # where the guests come from is not where they met
        ("استقبل كمال الراشد في مكتبه وفد المبادرة القادم من منطقة نجران.", [None]),
        # look-alike: a director of no regional sector names no seat
        ("استقبل مدير الشركة كمال الراشد نبيل حداد أمس.", [None]),
        # look-alike: a place written for the reception wins over the origin
        ("استقبل كمال الراشد في أبها وفد المبادرة القادم من نجران.", ["أبها"]),
    ],
)
def test_director_seat_and_origin(text: str, expected: list) -> None:
    """Places only: the guest group's own span is another stage's matter."""
    found = [m.place for m in meetings_with(text, REGIONS, "2015-07-23")]
    assert found == expected


TRAVEL = {**NAMES, "الجزائر": (L, "الجزائر"), "لندن": (L, "لندن"), "أربيل": (L, "أربيل"),
          "فيصل العمر": (P, "فيصل العمر")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrival told of someone else gives no place to a later meeting
        ("بدأ كمال الراشد زيارة مفاجئة إلى الجزائر أمس. وقال نبيل حداد في بيان عقب اجتماعه مع "
         "سامي العتيبي إن الحوار مستمر.",
         ["الجزائر", None]),  # (the visit itself is a meeting with the place)
        # look-alike: the visitor's own meeting after his arrival takes the place reached
        ("وصل كمال الراشد إلى أربيل أمس في زيارة رسمية. واستقبله نبيل حداد.",
         ["أربيل", "أربيل"]),
        # look-alike: the arrival told with the visitor's family name joined by و
        ("واختتم والراشد أمس زيارته إلى أربيل. واستقبل نبيل حداد كمال الراشد.",
         ["أربيل"]),
    ],
)
def test_arrival_place_is_the_visitors(text: str, expected: list) -> None:
    found = [m.place for m in meetings_with(text, TRAVEL, "2015-07-23")]
    assert found == expected


CITIES = {**NAMES, "باريس": (L, "باريس"), "فرنسا": (L, "فرنسا")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrival at "the French capital Paris" gives the city to the meetings there
        ("يصل إلى العاصمة الفرنسية باريس غداً وفد برئاسة كمال الراشد. ويلتقي كمال الراشد مع "
         "نبيل حداد لبحث تصدير التمور لفرنسا.",
         ["باريس"]),
        # look-alike: the arrival at the country alone gives the country
        ("يصل إلى فرنسا غداً وفد برئاسة كمال الراشد. ويلتقي كمال الراشد مع نبيل حداد.",
         ["فرنسا"]),
    ],
)
def test_arrival_at_a_named_capital(text: str, expected: list) -> None:
    found = [m.place for m in meetings_with(text, CITIES, "2015-07-23")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a held meeting never takes a future day told just before it: the last past day does
        ("قال كمال الراشد أمس إنه يتوقع إعلان نهاية الأزمة في الثاني من أغسطس. وأدلى الراشد "
         "بهذه التصريحات خلال اجتماع مع نبيل حداد في بكين.",
         [(["كمال الراشد", "نبيل حداد"], "2015-07-20", "held")]),
        # look-alike: a meeting still to come keeps that future day
        ("قال كمال الراشد أمس إنه سيلتقي نبيل حداد في الثاني من أغسطس.",
         [(["كمال الراشد", "نبيل حداد"], "2015-08-02", "planned")]),
    ],
)
def test_held_meeting_not_after_publication(text: str, expected: list) -> None:
    assert dated(text) == expected


POSTS = {**NAMES, "القدس": (L, "القدس"), "رام الله": (L, "رام الله")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the new consul general in Jerusalem": his post, not the place
        ("وأكد كمال الراشد أمس أثناء لقائه القنصل الأميركي العام الجديد في القدس، نبيل حداد، "
         "أن السلام ممكن.",
         [None]),
        # look-alike: the meeting written in a city after the guest's name
        ("والتقى كمال الراشد القنصل العام الجديد نبيل حداد في رام الله أمس.",
         ["رام الله"]),
    ],
)
def test_new_posted_title_names_no_place(text: str, expected: list) -> None:
    found = [m.place for m in meetings_with(text, POSTS, "2015-07-23")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feminine traveller's "ستتوجه … إلى طهران" gives the place of her meeting there
        ("وستتوجه سامية الراشد غداً إلى طهران. ومن المتوقع أن تلتقي سامية الراشد مع نبيل حداد.",
         ["طهران"]),
        # look-alike: an arrival of someone else named in that sentence gives nothing
        ("وستتوجه سامية الراشد غداً إلى طهران. واستقبل فهد السالم في مكتبه نبيل حداد.",
         ["طهران", None]),  # (her travel itself is a visit to the city)
    ],
)
def test_feminine_travel_gives_place(text: str, expected: list) -> None:
    names = {**NAMES, "سامية الراشد": (P, "سامية الراشد"), "طهران": (L, "طهران")}
    found = [m.place for m in meetings_with(text, names, "2015-07-23")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the sources are is not where the meeting was
        ("وحسب مصادر سياسية في طهران فقد بحث كمال الراشد في مكتبه في القدس، أمس، مع نبيل حداد "
         "هذا الموضوع.",
         ["القدس"]),
        ("وبحسب مصادر في طهران، التقى كمال الراشد أمس نبيل حداد.", [None]),
        # look-alike: a meeting in the city, sources elsewhere in the sentence
        ("والتقى كمال الراشد في طهران أمس نبيل حداد، حسب مصادر مطلعة.", ["طهران"]),
    ],
)
def test_sources_place_is_no_meeting_place(text: str, expected: list) -> None:
    found = [m.place for m in meetings_with(text, POSTS | {"طهران": (L, "طهران")},
                                            "2015-07-23")]
    assert found == expected
