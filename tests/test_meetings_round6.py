"""Meetings stage, round 6 (newspaper reports; studied: dev1–11 and heldout2–6): one row per
rule, sentences written for the test (never corpus text).

Entities are hand-set (``doc_with``) so each row tests the meetings rule, not the tagger. A
sentence naming no one gets a trailing "وقال كمال الراشد ذلك." (the stage needs one entity)."""

from __future__ import annotations

import pytest

from tests.test_meetings_helpers import meetings_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "كمال الراشد": (P, "كمال الراشد"), "الراشد": (P, "كمال الراشد"),
    "نبيل حداد": (P, "نبيل حداد"), "سامي العتيبي": (P, "سامي العتيبي"),
    "الرياض": (L, "الرياض"), "جدة": (L, "جدة"), "بروكسل": (L, "بروكسل"),
    "القاهرة": (L, "القاهرة"), "حزب الأمة": (ORG, "حزب الأمة"),
}
TAIL = " وقال كمال الراشد ذلك."


def found(text: str) -> list[tuple[list[str], str]]:
    return [(m.participants, m.status) for m in meetings_with(text, NAMES, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people named by their trade or role are the other side
        ("والتقى كمال الراشد بالعمال المنومين في المستشفى.",
         [(["كمال الراشد", "العمال المنومين"], "held")]),
        ("واستقبل كمال الراشد في مكتبه أمس لاعبي الفريق الأول.",
         [(["كمال الراشد", "لاعبي الفريق الأول"], "held")]),
        ("والتقى كمال الراشد أمس بوجهاء القبائل في جدة.",
         [(["كمال الراشد", "وجهاء القبائل"], "held")]),
        # (not a team's own training session)
        ("وقبل انطلاق الحصة التدريبية على الملعب اجتمع المدرب كمال الراشد باللاعبين.", []),
    ],
)
def test_groups_named_by_role(text: str, expected: list[tuple[list[str], str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting noun's genitive meets the one after مع
        ("وعقد اجتماع حزب الأمة مع رئيس الوزراء كمال الراشد أمس في الرياض.",
         [(["حزب الأمة", "كمال الراشد"], "held")]),
        ("وناقش اجتماع أحزاب الائتلاف مع رئيس الحكومة كمال الراشد أمس ملف الموازنة.",
         [(["أحزاب الائتلاف", "كمال الراشد"], "held")]),
        # a titled owner meets the group after بـ
        ("وأشار إلى أن اجتماع قائد المنطقة الشمالية كمال الراشد، بحلف القبائل في المنطقة، "
         "يقطع الطريق على الشائعات.",
         [(["كمال الراشد", "حلف القبائل"], "held")]),
    ],
)
def test_meeting_noun_owned_by_its_genitive(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # everyone named after the verb is its object: the subject is the one told before
        ("وأكدت الوزيرة كمال الراشد أن العلاقات متميزة. وكانت الوزيرة قد التقت مع نبيل حداد "
         "ومع سامي العتيبي.",
         [(["كمال الراشد", "نبيل حداد", "سامي العتيبي"], "held")]),
        # (a subject named before the verb stays the first side)
        ("والتقى كمال الراشد مع نبيل حداد ومع سامي العتيبي في جدة.",
         [(["كمال الراشد", "نبيل حداد", "سامي العتيبي"], "held")]),
    ],
)
def test_unnamed_subject_of_a_meeting_verb(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural pronoun on a reception noun stands for the people joined by و before it
        ("وقام كمال الراشد ونبيل حداد بزيارة إلى المستشفى، وكان في استقبالهم مدير المستشفى "
         "سامي العتيبي.",
         [(["كمال الراشد", "نبيل حداد", "سامي العتيبي"], "held")]),
        # a definite institution noun before a name ends a title, it is no institution's name
        ("ووصل كمال الراشد إلى المستشفى، وكان في استقباله مدير المستشفى سامي العتيبي.",
         [(["سامي العتيبي", "كمال الراشد"], "held")]),
    ],
)
def test_reception_after_a_visit(text: str, expected: list[tuple[list[str], str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفي ختام اجتماعات لوزراء الداخلية وشؤون الهجرة انعقد في بروكسل، قال المفوض إن "
         "الأمر واضح." + TAIL,
         [(["وزراء الداخلية وشؤون الهجرة"], "held")]),
        ("ودعا الزعيمان إلى اجتماع قمة لقادة منطقة اليورو يوم الثلاثاء." + TAIL,
         [(["قادة منطقة اليورو"], "held")]),
        ("وتجري الجامعة مشاورات لعقد اجتماع لمجلس الدفاع العربي المشترك في القاهرة." + TAIL,
         [(["مجلس الدفاع العربي المشترك"], "planned")]),
        # told again by a shorter name: one meeting; a relative clause dates it
        ("ويعد اجتماع وزراء خارجية دول الاتحاد الأوروبي، الذي سينعقد غدا في بروكسل، الأخير "
         "قبل العطلة. وسيبحث اجتماع وزراء خارجية الاتحاد ملف الهجرة." + TAIL,
         [(["وزراء خارجية دول الاتحاد الأوروبي"], "planned")]),
        # one state's or firm's body in session: no meeting
        ("وعقد اجتماع مجلس الوزراء أمس برئاسة كمال الراشد.", []),
        ("وناقش اجتماع أعضاء مجلس الإدارة الميزانية." + TAIL, []),
        ("وعقد اجتماع مجلس الشورى الإسلامي أمس لمناقشة الاتفاق." + TAIL, []),
    ],
)
def test_multilateral_body_is_one_party(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the guest's name untagged: his title and name as written
        ("استقبل الأمير كمال الراشد في مكتبه بجدة أمس مدير عام مطار المدينة فهد العدواني.",
         [(["كمال الراشد", "مدير عام مطار المدينة فهد العدواني"], "held")]),
        # (not a list of guests joined by و: "استقبل ولي عهد البحرين وولي عهد أبوظبي ورئيس …")
        ("استقبل ولي عهد البحرين وولي عهد أبوظبي ورئيس مجلس الوزراء القطري أمس." + TAIL, []),
        # (not a title followed by a preposition: "welcomed with songs")
        ("حيث استقبل الأمين كمال الراشد الأمين بالأغاني الشعبية في الحارة.", []),
    ],
)
def test_untagged_guest_of_a_host(text: str, expected: list[tuple[list[str], str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject fronted before its verb across commas
        ("وكان كمال الراشد، وزير الخارجية، قد استقبل نبيل حداد أمس.",
         [(["كمال الراشد", "نبيل حداد"], "held")]),
        ("يذكر أن الأمير كمال الراشد أمير المنطقة، استقبل اللواء نبيل حداد في مكتبه أمس.",
         [(["كمال الراشد", "نبيل حداد"], "held")]),
        # a body as the subject meets the group after مع
        ("وقال البيان إن حزب الأمة اجتمع مع علماء البلد والشيوخ." ,
         [(["حزب الأمة", "علماء البلد"], "held")]),
        # a group right after the verb is its subject
        ("وفي تصعيد جديد، التقى وفد من المثقفين مساء الاثنين رئيس الحكومة كمال الراشد.",
         [(["وفد من المثقفين", "كمال الراشد"], "held")]),
        ("قام كمال الراشد بزيارة لدار الرعاية في جدة التقى خلالها نزلاء الدار.",
         [(["كمال الراشد", "نزلاء الدار"], "held")]),
        # "لقاء بينهما": the two joined by و before it
        ("وناقش كمال الراشد ونبيل حداد عودة الدبلوماسيين خلال لقاء بينهما في جدة.",
         [(["كمال الراشد", "نبيل حداد"], "held")]),
        # an owned meeting noun whose guest is told by title only: the title's holder here
        ("وأكد رئيس الوزراء نبيل حداد أهمية الإصلاح. وقال كمال الراشد خلال لقائه رئيس الوزراء "
         "أمس إن العلاقات متينة.",
         [(["كمال الراشد", "نبيل حداد"], "held")]),
        # words telling when, not whom, between a verb with a dropped subject and its object
        ("وصل كمال الراشد إلى جدة أمس. والتقى فور وصوله وزير الخارجية نبيل حداد.",
         [(["كمال الراشد", "نبيل حداد"], "held")]),
    ],
)
def test_subjects_and_objects_in_place(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # his palace names no place; the city after it does
        ("استقبل كمال الراشد في قصره بالرياض أمس السفير نبيل حداد.", "الرياض"),
        ("استقبل كمال الراشد في قصره أمس السفير نبيل حداد.", None),
    ],
)
def test_own_seat_is_no_place(text: str, place: str | None) -> None:
    names = {**NAMES, "قصره": (L, "قصره")}
    found_places = [m.place for m in meetings_with(text, names, "2015-07-23")]
    assert found_places == [place]


def test_untagged_guest_of_a_host_told_by_title() -> None:
    # the host told by his title (the article's holder of it), the guest by the next title
    text = ("وأكد الأمير كمال الراشد أمير منطقة عسير أهمية السياحة. واستقبل سمو أمير منطقة "
            "عسير في مكتبه أمس مدير عام مطار أبها فهد العدواني.")
    assert [p for p, _ in found(text)] == [["كمال الراشد", "مدير عام مطار أبها فهد العدواني"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit noun with its visitor and لـ attached to the country
        ("وجدد المسؤول تحذيره بعد زيارة وزير الدفاع كمال الراشد لفرنسا.",
         [(["كمال الراشد", "فرنسا"], "held")]),
        # an arrival "في زيارة": the traveller visits the country reached
        ("ووصل كمال الراشد إلى فرنسا أمس في زيارة رسمية.", [(["كمال الراشد", "فرنسا"], "held")]),
        ("ويصل كمال الراشد إلى فرنسا غدا في زيارة تستغرق يومين.",
         [(["كمال الراشد", "فرنسا"], "planned")]),
        # (a visit prevented is none)
        ("وحالت الاتهامات دون زيارة كمال الراشد لفرنسا." , []),
    ],
)
def test_visit_noun_to_a_country(text: str, expected: list[tuple[list[str], str]]) -> None:
    names = {**NAMES, "فرنسا": (L, "فرنسا")}
    assert [(m.participants, m.status) for m in meetings_with(text, names, "2015-07-23")] == \
        expected


@pytest.mark.parametrize("text", [
    # a stadium is no side: the coach met his players, nobody named is met
    "ودشن الفريق أولى حصصه التدريبية عصر اليوم على ملعب قرطاج بالعاصمة التونسية، وقبل انطلاق "
    "الحصة اجتمع المدير الفني ناصيف البياوي باللاعبين.",
    # in a sports report two clubs that 'meet' play a match
    "وسجل اللاعب هدفا في الشوط الأول من مباراة الدوري أمس. ويلتقي الهلال مع النصر السبت المقبل "
    "في الرياض.",
])
def test_matches_and_stadiums_are_no_meetings(text: str) -> None:
    from datetime import date

    from marsad.pipeline import analyze_text

    assert analyze_text(text, date(2015, 7, 21)).meetings == []


def test_a_list_of_kinds_of_people_is_no_side() -> None:
    from datetime import date

    from marsad.pipeline import analyze_text

    doc = analyze_text("وكذلك اللقاء الذي جمع قيادات دينية متنوعة من دول الشرق الأوسط من مسلمين "
                       "ومسيحيين ودروز وايزيديين للمساهمة في بناء جسور للتعايش.", date(2015, 7, 27))
    assert not any(p.startswith("و") for m in doc.meetings for p in m.participants)
