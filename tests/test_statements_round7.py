"""Statements stage, round 7: what was said ends before a deed of the narrative that opens a
new clause after a comma ("…، وضرب الصيني أمثلة …", "…، كما تناول اللقاء …") — with the
look-alikes that must stay as they were (the same verb inside a quotation or parenthesis, a
verb that goes on inside what is said, no comma). One table row per case; sentences written
for the test."""

from __future__ import annotations

import pytest

from marsad.statements import lexicon as lx
from tests.test_meetings_helpers import statements_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "عثمان الصيني": (P, "عثمان الصيني"), "سامح شكري": (P, "سامح شكري"),
    "إلهام علي": (P, "إلهام علي"), "فهد الدوسري": (P, "فهد الدوسري"),
    "سعود الفيصل": (P, "سعود الفيصل"), "الرياض": (L, "الرياض"),
    "وزارة الصحة": (ORG, "وزارة الصحة"),
}


def said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.stance, s.content) for s in statements_with(text, NAMES, "2015-07-20")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "، و + a deed": the narrative goes on, the content ends at the comma
        ("وشدد عثمان الصيني على أن الإنترنت جعلت الناس يتوجهون لها، وضرب الصيني أمثلة في "
         "سرعة نقل الخبر.",
         [("عثمان الصيني", "assert", "الإنترنت جعلت الناس يتوجهون لها")]),
        ("وأكد سامح شكري أن المشاورات أكدت متانة العلاقات بين البلدين، كما تناول اللقاء سبل "
         "تعزيز التعاون.",
         [("سامح شكري", "assert", "المشاورات أكدت متانة العلاقات بين البلدين")]),
        ("وطالبت إلهام علي بسرعة عرض المسلسل الذي صور في الأحساء، وشاركت في بطولته إلى جانب "
         "نجوم آخرين.",
         [("إلهام علي", "call", "بسرعة عرض المسلسل الذي صور في الأحساء")]),
        ("وقال فهد الدوسري إن الفريق جاهز للمباراة، ثم غادر الملعب مع اللاعبين.",
         [("فهد الدوسري", "assert", "الفريق جاهز للمباراة")]),
        # look-alike: the deed inside a parenthesised quotation stays quoted
        ("وقال سعود الفيصل (الوزير يستطيع أن يحصل على ما يريده بخطاب واحد، ومنح بلاده قوة "
         "لا يستهان بها).",
         [("سعود الفيصل", "assert",
           "يحصل على ما يريده بخطاب واحد، ومنح بلاده قوة لا يستهان بها)")]),
        # look-alike: a verb that goes on inside what is said ("، ووصل …") is no cut
        ("وأوضح فهد الدوسري أن عدد الزوار تضاعف العام الماضي، ووصل عددهم إلى مليون زائر.",
         [("فهد الدوسري", "assert",
           "عدد الزوار تضاعف العام الماضي، ووصل عددهم إلى مليون زائر")]),
        # look-alike: no comma before the deed — no new clause is marked, nothing is cut
        ("وقال فهد الدوسري إن الوزارة كرمت المتفوقين وزارت المرضى في الرياض.",
         [("فهد الدوسري", "assert", "الوزارة كرمت المتفوقين وزارت المرضى في الرياض")]),
    ],
)
def test_narrative_deed_ends_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize("form", ["ضرب", "تناول", "شارك", "شاركت", "غادر", "التقي"])
def test_narrative_cuts_listed_folded(form: str) -> None:
    assert form in lx.NARRATIVE_CUTS


@pytest.mark.parametrize("form", ["قدم", "وصل", "استعرض", "جري", "اطلع", "قال", "اكد"])
def test_verbs_that_go_on_inside_content_are_not_cuts(form: str) -> None:
    assert form not in lx.NARRATIVE_CUTS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural in construct after the verb is its subject, with its genitive
        ("قال فهد الدوسري إن الوضع صعب. وأكد منظمو المهرجان أن الفعاليات ستستمر.",
         [("فهد الدوسري", "assert", "الوضع صعب"),
          ("منظمو المهرجان", "assert", "الفعاليات ستستمر")]),
        ("قال فهد الدوسري إن الوضع صعب. وطالب مشجعو النادي بإقالة المدرب.",
         [("فهد الدوسري", "assert", "الوضع صعب"),
          ("مشجعو النادي", "call", "بإقالة المدرب")]),
        # … also when a colon closes the genitive before the quotation
        ("قال فهد الدوسري إن الوضع صعب. فضلا عن ذلك، أكد منظمو التظاهرة: «توجهنا إلى زعماء "
         "الاتحاد برسالة».",
         [("فهد الدوسري", "assert", "الوضع صعب"),
          ("منظمو التظاهرة", "assert", "توجهنا إلى زعماء الاتحاد برسالة")]),
        # look-alike: the plural ending in ون is no construct; the singular speaker goes on
        ("قال فهد الدوسري إن الوضع صعب. وأكد أن المنظمين سيواصلون العمل.",
         [("فهد الدوسري", "assert", "الوضع صعب"),
          ("فهد الدوسري", "assert", "المنظمين سيواصلون العمل")]),
    ],
)
def test_construct_plural_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "الذين" after a plural head and its genitive: the group speaks
        ("من جانبها ( الجزيرة ) التقت عدداً من أهالي الحي الذين بدورهم عبّروا عن شكرهم "
         "لرئيس البلدية.",
         [("أهالي الحي", "support", "عن شكرهم لرئيس البلدية")]),
        ("وزار الوفد سكان القرية الذين طالبوا بتحسين الخدمات.",
         [("سكان القرية", "call", "بتحسين الخدمات")]),
        # look-alike: a person's title before the relative still names that person
        ("وتداخل فهد الدوسري المتحدث الرسمي باسم وزارة الصحة الذي أكد أن المعلومات صحيحة.",
         [("فهد الدوسري", "assert", "المعلومات صحيحة")]),
        # look-alike: a singular head before الذين is no group speaking
        ("وزار الوفد مدير المدرسة الذين طالبوا بتحسين الخدمات.", []),
    ],
)
def test_plural_group_before_relative(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside after the subject (أيضاً، كذلك) is no part of its name
        ("وأكدت وزارة الصحة كذلك أن الحوار مهم.",
         [("وزارة الصحة", "assert", "الحوار مهم")]),
        ("وأكدت الوزارة كذلك أن الحوار مهم.",
         [("الوزارة", "assert", "الحوار مهم")]),
        ("قال فهد الدوسري إن الوضع صعب. وقالت مصادر أمنية إن الحدود آمنة. ويقول الدوسري أيضا "
         "إن عدد المقاتلين كبير.",
         [("فهد الدوسري", "assert", "الوضع صعب"), ("مصادر أمنية", "assert", "الحدود آمنة"),
          ("فهد الدوسري", "assert", "عدد المقاتلين كبير")]),
    ],
)
def test_aside_after_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected
