"""Statements stage on documents whose entities are set by hand; one table row per stance class."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.document import STANCES
from marsad.meetings import run as run_meetings
from marsad.pipeline import Context
from marsad.statements import run
from tests.test_meetings_helpers import doc_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "عباس عراقجي": (P, "عباس عراقجي"), "عراقجي": (P, "عباس عراقجي"),
    "عادل الجبير": (P, "عادل الجبير"), "الجبير": (P, "عادل الجبير"),
    "سامح شكري": (P, "سامح شكري"), "فلاديمير بوتين": (P, "فلاديمير بوتين"),
    "وزير الخارجية الإيراني": (P, "عباس عراقجي"),
    "الكرملين": (ORG, "الكرملين"), "وزارة الخارجية": (ORG, "وزارة الخارجية"),
    "الأمم المتحدة": (ORG, "الأمم المتحدة"), "المملكة": (L, "المملكة"),
    "إيران": (L, "إيران"), "طهران": (L, "طهران"), "موسكو": (L, "موسكو"),
    "واشنطن": (L, "واشنطن"), "اليمن": (L, "اليمن"), "الحوثيين": (ORG, "الحوثيين"),
    "إسرائيل": (L, "إسرائيل"), "مصر": (L, "مصر"),
}


def statements_of(text: str, with_meetings: bool = False) -> list:
    doc = doc_with(text, NAMES, "2025-04-18")
    ctx = Context(pub_date=date(2025, 4, 18))
    if with_meetings:
        run_meetings(doc, ctx)
    run(doc, ctx)
    return doc.statements


STANCE_TABLE = [
    ("وقد أكد عراقجي أن \"حق إيران في تخصيب اليورانيوم غير قابل للتفاوض\".",
     "assert", "عباس عراقجي", "حق إيران في تخصيب اليورانيوم غير قابل للتفاوض", None),
    ("وأكد الجبير دعم المملكة الكامل لمصر في مواجهة الإرهاب.",
     "support", "عادل الجبير", "دعم المملكة الكامل لمصر في مواجهة الإرهاب", "المملكة"),
    ("فإن موسكو تؤكد حرصها، مشددة على أن أي عمل عسكري ضد إيران سيكون \"غير قانوني\".",
     "oppose", "موسكو", "أي عمل عسكري ضد إيران سيكون \"غير قانوني\"", "إيران"),
    ("ونفت طهران هذه الاتهامات جملة وتفصيلا.",
     "deny", "طهران", "هذه الاتهامات جملة وتفصيلا", None),
    ("وتتهم دول غربية إيران بتخصيب اليورانيوم إلى مستويات عالية.",
     "accuse", "دول غربية", "إيران بتخصيب اليورانيوم إلى مستويات عالية", "إيران"),
    ("وحذر الجبير من مخاطر التدخل في شؤون اليمن.",
     "warn", "عادل الجبير", "من مخاطر التدخل في شؤون اليمن", None),
    ("وهدد الحوثيين باستهداف المدن إذا استمرت الغارات.",
     "threaten", "الحوثيين", "باستهداف المدن إذا استمرت الغارات", None),
    ("ودعا سامح شكري المجتمع الدولي إلى التحرك العاجل.",
     "call", "سامح شكري", "المجتمع الدولي إلى التحرك العاجل", None),
    ("وأدانت وزارة الخارجية الهجوم الإرهابي على المسجد.",
     "condemn", "وزارة الخارجية", "الهجوم الإرهابي على المسجد", None),
    ("ورحبت الأمم المتحدة بالاتفاق بين إيران والدول الكبرى.",
     "welcome", "الأمم المتحدة", "بالاتفاق بين إيران والدول الكبرى", "إيران"),
    ("ورفض الكرملين التعليق على ما إذا كانت موسكو مستعدة.",
     "decline_comment", "الكرملين", "التعليق على ما إذا كانت موسكو مستعدة", None),
]


def test_every_stance_class_has_a_row() -> None:
    assert {row[1] for row in STANCE_TABLE} == set(STANCES)


@pytest.mark.parametrize(("text", "stance", "speaker", "content", "target"), STANCE_TABLE)
def test_stance_table(
    text: str, stance: str, speaker: str, content: str, target: str | None
) -> None:
    found = [s for s in statements_of(text) if s.stance == stance]
    assert found, statements_of(text)
    s = found[0]
    assert (s.speaker, s.content, s.target) == (speaker, content, target)


@pytest.mark.parametrize(
    ("text", "verb", "stance"),
    [
        ("وأعرب الجبير عن ترحيب المملكة بالاتفاق.", "أعرب", "welcome"),
        ("وأعرب الجبير عن قلق المملكة من التصعيد.", "أعرب", "warn"),
        ("وأعرب الجبير عن إدانة المملكة للهجوم.", "أعرب", "condemn"),
        ("وأعرب الجبير عن تضامن المملكة مع مصر.", "أعرب", "support"),
        ("وأكد الجبير رفض المملكة لأي تدخل في شؤون اليمن.", "أكد", "oppose"),
        ("وشدد الجبير على ضرورة وقف إطلاق النار.", "شدد", "call"),
        ("وامتنع الكرملين عن التعليق على التقارير.", "امتنع", "decline_comment"),
        ("وطالبت وزارة الخارجية بوقف الاستيطان فورا.", "طالبت", "call"),
        ("ولم يعلق الكرملين على التقارير الصحفية.", "يعلق", "decline_comment"),
        ("وأحجم الكرملين عن التعليق على التقارير.", "أحجم", "decline_comment"),
        ("ودانت مصر القرار الإسرائيلي ببناء المستوطنات.", "دانت", "condemn"),
        ("وأشاد الجبير بجهود المملكة في اليمن.", "أشاد", "support"),
        ("وعبّر الجبير عن قلقه من التصعيد في اليمن.", "عبّر", "warn"),
    ],
)
def test_verb_and_content_set_the_stance(text: str, verb: str, stance: str) -> None:
    ss = statements_of(text)
    assert [(s.verb, s.stance) for s in ss] == [(verb, stance)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # participles inherit the speaker of the clause before
        ("وقال الجبير إن المملكة تدعم الحل السياسي، مشيراً إلى أن الحوار هو الطريق.",
         [("عادل الجبير", "assert", "المملكة تدعم الحل السياسي"),
          ("عادل الجبير", "assert", "الحوار هو الطريق")]),
        # "وهو ما تنفيه X": the denied content is the accusation before it
        ("وتتهم دول غربية إيران بتخصيب اليورانيوم، وهو ما تنفيه طهران، مؤكدة أن برنامجها سلمي.",
         [("دول غربية", "accuse", "إيران بتخصيب اليورانيوم"),
          ("طهران", "deny", "إيران بتخصيب اليورانيوم"),
          ("طهران", "assert", "برنامجها سلمي")]),
        # dropped pronoun subject continues the last speaker
        ("وقال عراقجي إن المحادثات بناءة. وأضاف أن الجولة المقبلة ستعقد قريبا.",
         [("عباس عراقجي", "assert", "المحادثات بناءة"),
          ("عباس عراقجي", "assert", "الجولة المقبلة ستعقد قريبا")]),
        # a statement issued by an institution
        ("وذكر بيان صادر عن الكرملين أن اللقاء كان مثمرا.",
         [("الكرملين", "assert", "اللقاء كان مثمرا")]),
        # a title-only mention resolved by the entities stage
        ("وقال وزير الخارجية الإيراني: \"لن نتخلى عن حقوقنا\".",
         [("عباس عراقجي", "assert", "لن نتخلى عن حقوقنا")]),
        # institutions named in words the entities stage left untagged
        ("وأوضحت وكالة أنباء الجمهورية الإسلامية (إرنا) أن المجلس سيعقد جلسة.",
         [("وكالة أنباء الجمهورية الإسلامية إرنا", "assert", "المجلس سيعقد جلسة")]),
        ("وجاء في بيان لوزارة الداخلية الباكستانية أن القوات فتحت النار.",
         [("وزارة الداخلية الباكستانية", "assert", "القوات فتحت النار")]),
        ("وقال مدير الكرة فهد المفرج إن البرنامج يسير جيدا.",
         [("فهد المفرج", "assert", "البرنامج يسير جيدا")]),
        # reported through someone else
        ("ونقلت وكالة الأنباء عن عراقجي قوله إن الاتفاق ممكن.",
         [("عباس عراقجي", "assert", "الاتفاق ممكن")]),
    ],
)
def test_speakers_and_contents(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(s.speaker, s.stance, s.content) for s in statements_of(text)]
    assert got == expected


def test_both_parties_speak_for_the_last_meeting() -> None:
    text = ("أجرى عادل الجبير مباحثات مع سامح شكري في القاهرة. "
            "وأكد الطرفان أن العلاقات بين البلدين متينة.")
    ss = statements_of(text, with_meetings=True)
    assert [(s.speaker, s.content) for s in ss] == [
        ("عادل الجبير", "العلاقات بين البلدين متينة"),
        ("سامح شكري", "العلاقات بين البلدين متينة"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "يذكر أن المملكة استضافت المؤتمر العام الماضي.",
        "وتجدر الإشارة إلى أن الاجتماع سيعقد في الرياض.",
        "قال.",
        "وأضاف المعرض جناحا جديدا للزوار.",
        "ولم يقل الجبير شيئا عن الاتفاق.",
        "وعبر الطريق السريع وصلت القافلة إلى الرياض.",
        "ودعا الجبير الله أن يحفظ المملكة.",
    ],
)
def test_not_statements(text: str) -> None:
    assert statements_of(text) == []


def test_offsets_cover_verb_and_content() -> None:
    text = "مقدمة. وقال الجبير إن المملكة تدعم الحل السياسي."
    s = statements_of(text)[0]
    assert text[s.start:s.end] == "قال الجبير إن المملكة تدعم الحل السياسي"


def test_title_only_speaker_named_earlier_in_the_article() -> None:
    text = ("التقى عادل الجبير وزير الخارجية نظيره المصري. "
            "وقال وزير الخارجية إن العلاقات متينة.")
    ss = statements_of(text)
    assert [(s.speaker, s.content) for s in ss] == [("عادل الجبير", "العلاقات متينة")]
