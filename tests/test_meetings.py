"""Meetings stage on documents whose entities are set by hand (what a perfect NER would give)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.document import Document
from marsad.meetings import run
from marsad.meetings.folded import fold_document
from marsad.pipeline import Context
from tests.test_meetings_helpers import doc_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "فلاديمير بوتين": (P, "فلاديمير بوتين"), "بوتين": (P, "فلاديمير بوتين"),
    "عباس عراقجي": (P, "عباس عراقجي"), "عراقجي": (P, "عباس عراقجي"),
    "سيرغي لافروف": (P, "سيرغي لافروف"), "لافروف": (P, "سيرغي لافروف"),
    "يوري أوشاكوف": (P, "يوري أوشاكوف"), "كاظم جلالي": (P, "كاظم جلالي"),
    "سلمان بن عبدالعزيز": (P, "سلمان بن عبدالعزيز"), "سامح شكري": (P, "سامح شكري"),
    "عادل الجبير": (P, "عادل الجبير"), "مساعد العيبان": (P, "مساعد العيبان"),
    "محمد بن سلمان": (P, "محمد بن سلمان"), "سمير جعجع": (P, "سمير جعجع"),
    "تميم بن حمد": (P, "تميم بن حمد"), "باراك أوباما": (P, "باراك أوباما"),
    "عيد العتيبي": (P, "عيد العتيبي"), "مونتاري": (P, "مونتاري"), "بولوني": (P, "بولوني"),
    "وزير الخارجية الإيراني": (P, "عباس عراقجي"),
    "موسكو": (L, "موسكو"), "الشرق الأوسط": (L, "الشرق الأوسط"), "طهران": (L, "طهران"),
    "واشنطن": (L, "واشنطن"),
    "روما": (L, "روما"), "جدة": (L, "جدة"), "الرياض": (L, "الرياض"), "مسقط": (L, "مسقط"),
    "مصر": (L, "مصر"), "الهلال": (ORG, "الهلال"), "النصر": (ORG, "النصر"),
    "شركة أرامكو": (ORG, "شركة أرامكو"), "مجلس الوزراء": (ORG, "مجلس الوزراء"),
}


def meetings_of(text: str, pub: str = "2025-04-18") -> list:
    doc = doc_with(text, NAMES, pub)
    run(doc, Context(pub_date=date.fromisoformat(pub)))
    return doc.meetings


@pytest.mark.parametrize(
    ("text", "participants", "kind"),
    [
        ("التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية الإيراني عباس عراقجي.",
         ["فلاديمير بوتين", "عباس عراقجي"], "meeting"),
        ("استقبل خادم الحرمين الملك سلمان بن عبدالعزيز وزير الخارجية المصري سامح شكري.",
         ["سلمان بن عبدالعزيز", "سامح شكري"], "meeting"),
        ("ويستقبل تميم بن حمد اليوم عادل الجبير.", ["تميم بن حمد", "عادل الجبير"], "meeting"),
        ("اجتمع ولي ولي العهد الأمير محمد بن سلمان مع رئيس حزب القوات سمير جعجع.",
         ["محمد بن سلمان", "سمير جعجع"], "meeting"),
        ("بحث الأمير محمد بن سلمان مع سمير جعجع مستجدات الأوضاع.",
         ["محمد بن سلمان", "سمير جعجع"], "meeting"),
        ("تلقى الأمير محمد بن سلمان اتصالاً هاتفياً من الرئيس باراك أوباما.",
         ["محمد بن سلمان", "باراك أوباما"], "call"),
        ("أجرى عادل الجبير مباحثات مع سامح شكري.", ["عادل الجبير", "سامح شكري"], "talks"),
        ("أجريت جولة أولى من المحادثات بين واشنطن وطهران في مسقط.", ["واشنطن", "طهران"],
         "talks"),
        ("التقت الوزيرة بوتين وعراقجي.", ["فلاديمير بوتين", "عباس عراقجي"], "meeting"),
        ("اجتمع رئيس البلدية عيد العتيبي بممثلي شركة أرامكو.", ["عيد العتيبي", "شركة أرامكو"],
         "meeting"),
        ("التقى بوتين وزير الخارجية الإيراني في موسكو.", ["فلاديمير بوتين", "عباس عراقجي"],
         "meeting"),
    ],
)
def test_parties_and_kind(text: str, participants: list[str], kind: str) -> None:
    ms = meetings_of(text)
    assert len(ms) == 1
    assert ms[0].participants == participants
    assert ms[0].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "ناقش المؤتمر القضايا الاجتماعية والثقافية في الرياض.",
        "عقد مجلس الوزراء جلسته الأسبوعية في الرياض برئاسة سلمان بن عبدالعزيز.",
        "تضمن جدول الأعمال: اجتماع اللجنة، وتقرير الميزانية، والتوصيات.",
        "يلتقي الهلال والنصر في لقاء الدوري مساء الجمعة على ملعب الفريق.",
        "ويأتي هذا اللقاء في إطار تعزيز العلاقات بين مصر والرياض.",
        "أكد عراقجي أن طهران دأبت على إجراء مشاورات مع موسكو.",
        "وزار باراك أوباما المعرض.",
    ],
)
def test_look_alikes_are_not_meetings(text: str) -> None:
    assert meetings_of(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("التقى بوتين عراقجي في موسكو.", "held"),
        ("ومن المرتقب أن يجتمع لافروف وعراقجي مجدداً.", "planned"),
        ("ومن المقرر أن يلتقي بوتين عراقجي الأسبوع المقبل.", "planned"),
        ("سيلتقي بوتين عراقجي في موسكو.", "planned"),
        ("يعتزم بوتين لقاء عراقجي في موسكو.", "planned"),
        ("وألغى بوتين لقاءه مع عراقجي.", "cancelled"),
        ("أعلن الكرملين تأجيل اجتماع بوتين مع عراقجي.", "cancelled"),
    ],
)
def test_status(text: str, status: str) -> None:
    ms = meetings_of(text)
    assert [m.status for m in ms] == [status]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("التقى بوتين عراقجي في العاصمة موسكو.", "موسكو"),
        ("استقبل سلمان بن عبدالعزيز في جدة سامح شكري.", "جدة"),
        ("استقبل سلمان بن عبدالعزيز بجدة سامح شكري.", "جدة"),
        ("ومن المقرر عقد جولة ثانية من المحادثات بين واشنطن وطهران في العاصمة الإيطالية روما.",
         "روما"),
        ("التقى بوتين عراقجي.", None),
        ("استقبل سلمان بن عبدالعزيز في قصر السلام أمس سامح شكري.", "قصر السلام"),
        ("وصل عادل الجبير، اليوم، إلى الرياض. واستقبله سلمان بن عبدالعزيز.", "الرياض"),
        ("التقى بوتين في منطقة الشرق الأوسط عراقجي.", None),
    ],
)
def test_place(text: str, place: str | None) -> None:
    ms = meetings_of(text)
    assert len(ms) == 1
    assert ms[0].place == place


@pytest.mark.parametrize(
    ("text", "attendees"),
    [
        ("التقى بوتين عراقجي. وذكر بيان أن اللقاء حضره كل من سيرغي لافروف، ويوري أوشاكوف، "
         "ومن الجانب الإيراني شارك السفير كاظم جلالي إلى جانب الوزير عباس عراقجي.",
         ["سيرغي لافروف", "يوري أوشاكوف", "كاظم جلالي"]),
        ("استقبل سلمان بن عبدالعزيز سامح شكري بحضور عادل الجبير ومساعد العيبان.",
         ["عادل الجبير", "مساعد العيبان"]),
        ("استقبل سلمان بن عبدالعزيز سامح شكري. وجرى خلال الاستقبال بحث العلاقات. "
         "حضر الاستقبال عادل الجبير.", ["عادل الجبير"]),
    ],
)
def test_attendees(text: str, attendees: list[str]) -> None:
    ms = meetings_of(text)
    assert len(ms) == 1
    assert ms[0].attendees == attendees


def test_both_parties_and_next_round_inherit_the_talks_parties() -> None:
    text = ("أجريت جولة أولى من المحادثات بين واشنطن وطهران في مسقط، وصفها الطرفان بالإيجابية. "
            "ومن المقرر عقد الجولة الثانية يوم السبت المقبل في العاصمة الإيطالية روما.")
    ms = meetings_of(text)
    assert [(m.participants, m.status, m.place) for m in ms] == [
        (["واشنطن", "طهران"], "held", "مسقط"),
        (["واشنطن", "طهران"], "planned", "روما"),
    ]


def test_no_entities_no_meetings() -> None:
    doc = Document(text="التقى الرئيس الروسي وزير الخارجية الإيراني في موسكو.")
    run(doc, Context())
    assert doc.meetings == []


def test_evidence_is_the_trigger_sentence() -> None:
    text = "مقدمة الخبر. التقى بوتين عراقجي في موسكو. خاتمة."
    m = meetings_of(text)[0]
    assert text[m.start:m.end] == m.evidence == "التقى بوتين عراقجي في موسكو."


@pytest.mark.parametrize(
    ("text", "i"),
    [("أكّد الوزيرُ أنّ", 6), ("التقى", 3), ("مجدداً، الجمعة", 8)],
)
def test_fold_maps_back_to_original_offsets(text: str, i: int) -> None:
    f = fold_document(text)
    assert f.orig(f.fold_pos(i)) >= i
    assert f.fold_pos(f.orig(3)) == 3
    assert "ّ" not in f.text and "ً" not in f.text and "ُ" not in f.text


def test_title_only_host_named_earlier_in_the_article() -> None:
    text = ("استقبل فيصل بن بندر أمير منطقة الرياض أمس عادل الجبير. "
            "كما استقبل سمو أمير منطقة الرياض سامح شكري.")
    names = {"فيصل بن بندر": (P, "فيصل بن بندر"), **NAMES}
    doc = doc_with(text, names, "2025-04-18")
    run(doc, Context(pub_date=date(2025, 4, 18)))
    assert [m.participants for m in doc.meetings] == [
        ["فيصل بن بندر", "عادل الجبير"], ["فيصل بن بندر", "سامح شكري"],
    ]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("استقبل سلمان بن عبدالعزيز في قصر السلام أمس جموع المهنئين بالعيد.", "جموع المهنئين"),
        ("التقى عادل الجبير وفداً عشائرياً يمثل القبائل.", "وفداً عشائرياً"),
        # the dev set counts a reception of well-wishers as a meeting (alyaum 4079127)
        ("استقبل سلمان بن عبدالعزيز المهنئين بالعيد.", "المهنئين"),
    ],
)
def test_group_guest_beside_a_named_host(text: str, group: str) -> None:
    ms = meetings_of(text)
    assert len(ms) == 1 and ms[0].participants[1] == group


def test_a_group_alone_is_no_meeting() -> None:
    assert meetings_of("التقى منسوبو المؤسسة بالمركز الرئيسي أمس بمناسبة العيد.") == []
