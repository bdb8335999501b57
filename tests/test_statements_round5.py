"""Statements stage, round 5: reporting verbs as paradigms (every person/number form derived from
a lemma), number agreement between a verb and the one it inherits, and the new verbs (طلب من،
حمّل … مسؤولية، أجاب، أفصح عن، توقع). One table row per case; sentences written for the test."""

from __future__ import annotations

import pytest

from marsad.statements import lexicon as lx
from tests.test_meetings_helpers import statements_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "سامر الخطيب": (P, "سامر الخطيب"), "ليلى حداد": (P, "ليلى حداد"),
    "الاتحاد الأوروبي": (ORG, "الاتحاد الأوروبي"), "إسرائيل": (L, "إسرائيل"),
    "وزارة الصحة": (ORG, "وزارة الصحة"), "إيران": (L, "إيران"), "طهران": (L, "طهران"),
    "كريم ناصر": (P, "كريم ناصر"), "هالة منصور": (P, "هالة منصور"),
    "نقابة المعلمين": (ORG, "نقابة المعلمين"), "عمان": (L, "عمان"),
    "حزب الأمة": (ORG, "حزب الأمة"), "ناصر جودة": (P, "ناصر جودة"),
    "علي صالح": (P, "علي صالح"), "إنجريد أرندت": (P, "إنجريد أرندت"),
    "النادي الأهلي": (ORG, "النادي الأهلي"),
}


def said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.stance, s.content) for s in statements_with(text, NAMES, "2015-07-20")]


@pytest.mark.parametrize(
    ("past", "present", "participle", "expected"),
    [
        ("قال", "يقول", "قائل", {"قالت", "قالوا", "تقول", "يقولون", "قائلا", "قائله"}),
        ("اكد", "يؤكد", "مؤكد", {"اكدت", "اكدوا", "اكدا", "تؤكد", "يؤكدون", "يؤكدان"}),
        # a weak last letter goes before the endings (نفى، دعا، يدعو)
        ("نفي", "ينفي", "نافي", {"نفت", "نفوا", "نفيا", "تنفي", "ينفون", "نافيا", "نافيه"}),
        ("دعا", "يدعو", "داعي", {"دعت", "دعوا", "تدعو", "يدعون", "داعيا"}),
    ],
)
def test_conjugate(past: str, present: str, participle: str, expected: set[str]) -> None:
    assert expected <= set(lx.conjugate(past, present, participle))


@pytest.mark.parametrize(
    ("form", "kind"),
    [("يقولون", "plural"), ("صرحوا", "plural"), ("يؤكدان", "dual"), ("يصرح", "present"),
     ("اجابت", "past"), ("معلنا", "participle")],
)
def test_derived_kind(form: str, kind: str) -> None:
    assert lx.DERIVED_KIND[form] == kind


@pytest.mark.parametrize(
    "word",
    # common words that are no say-verb form: never derived
    ["بينا", "مصر", "يبلغ", "مبلغ", "مركز", "حملت", "طلبات", "يتوقع", "يشترط", "يبدون",
     "معلنين", "مناشده", "مدعي"],
)
def test_not_derived(word: str) -> None:
    assert word not in lx.DERIVED_KIND


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plural and present forms no hand list had
        ("وصرح سامر الخطيب بأن المشروع سيكتمل في الخريف.",
         [("سامر الخطيب", "assert", "المشروع سيكتمل في الخريف")]),
        ("وكانت ليلى حداد تصرح بأن الحملة ستستمر طويلا.",
         [("ليلى حداد", "assert", "الحملة ستستمر طويلا")]),
        # answered, expected, disclosed
        ("وأجاب كريم ناصر: «لن نتراجع عن هذا القرار».",
         [("كريم ناصر", "assert", "لن نتراجع عن هذا القرار")]),
        ("وتوقع كريم ناصر أن ترتفع الأسعار في الشتاء المقبل.",
         [("كريم ناصر", "assert", "ترتفع الأسعار في الشتاء المقبل")]),
        ("وأفصح سامر الخطيب عن خطة جديدة لتطوير الموانئ الجنوبية.",
         [("سامر الخطيب", "assert", "عن خطة جديدة لتطوير الموانئ الجنوبية")]),
        # طلب X من Y …: a call; the noun طلب (a request) is no speech
        ("وطلب الاتحاد الأوروبي من إسرائيل وقف البناء في المستوطنات فورا.",
         [("الاتحاد الأوروبي", "call", "من إسرائيل وقف البناء في المستوطنات فورا")]),
        ("وقدم كريم ناصر طلب اللجوء إلى السلطات قبل شهرين.", []),
        # حمّل X Y مسؤولية …: an accusation; حمل without مسؤولية carries
        ("وحمل سامر الخطيب إيران مسؤولية تعطيل الانتخابات الرئاسية.",
         [("سامر الخطيب", "accuse", "إيران مسؤولية تعطيل الانتخابات الرئاسية")]),
        ("وحمل كريم ناصر الكأس أمام الجماهير في الملعب.", []),
        # a participle after a comma speaks for the one speaking; one of manner does not
        ("وقال كريم ناصر إن الفريق جاهز، معلناً أن المباراة ستقام في موعدها.",
         [("كريم ناصر", "assert", "الفريق جاهز"),
          ("كريم ناصر", "assert", "المباراة ستقام في موعدها")]),
        ("وأطلق الحكم صافرته معلناً نهاية المباراة بفوز الفريق الضيف.", []),
        # a plural verb with no subject does not go on with the one who spoke before
        ("وقال كريم ناصر إن الموسم كان صعبا. وأبدوا إعجابهم الكبير بالعروض.",
         [("كريم ناصر", "assert", "الموسم كان صعبا")]),
        # … a plural verb with its subject speaks
        ("ونقابة المعلمين يطالبون بزيادة الرواتب قبل بداية العام الدراسي.",
         [("نقابة المعلمين", "call", "بزيادة الرواتب قبل بداية العام الدراسي")]),
    ],
)
def test_paradigm_verbs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feminine verb: the woman named in apposition after a masculine body (left untagged
        # by the entities stage), not the body
        ("ومن جانبها أعلنت منسقة الشؤون الخارجية بالاتحاد الأوروبي، فدريكا موغريني، اعتزامها "
         "زيارة طهران قريبا.",
         [("فدريكا موغريني", "assert", "اعتزامها زيارة طهران قريبا")]),
        # … a place right after it, not the man named in the object
        ("وانتقدت إيران عزل الرئيس سامر الخطيب من منصبه.",
         [("إيران", "oppose", "عزل الرئيس سامر الخطيب من منصبه")]),
        # … with no feminine candidate the masculine body is the object: nobody named speaks
        ("واتهمت ميليشيا محلية الاتحاد الأوروبي بدعم المتمردين في الشمال.", []),
        # a woman by her given name, a feminine body, a non-human plural: all agree
        ("وقالت هالة منصور إن المعرض سيفتتح الأسبوع المقبل.",
         [("هالة منصور", "assert", "المعرض سيفتتح الأسبوع المقبل")]),
        ("وأكدت وزارة الصحة أن الحملة تشمل جميع المدارس.",
         [("وزارة الصحة", "assert", "الحملة تشمل جميع المدارس")]),
        # a masculine verb with a feminine body is its unnamed spokesman: kept
        ("وقال وزارة الصحة إن اللقاحات وصلت إلى المستشفيات.",
         [("وزارة الصحة", "assert", "اللقاحات وصلت إلى المستشفيات")]),
    ],
)
def test_gender_agreement(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was said with no أن: after the speaker's title in apposition and an aside
        ("وأعلن سامر الخطيب زعيم حزب الأمة، وهو أكبر أحزاب المعارضة، استعداده للمشاركة في "
         "الحكومة الجديدة.",
         [("سامر الخطيب", "assert", "استعداده للمشاركة في الحكومة الجديدة")]),
        ("وأكد كريم ناصر، خلال لقائه الوفد الزائر، دعم بلاده الكامل للحكومة الشرعية.",
         [("كريم ناصر", "support", "دعم بلاده الكامل للحكومة الشرعية")]),
        # a comma between digits closes no apposition ("الساعة ٨،١٥"); with no comma after it
        # the title stays in what was said (not cut in the middle of the clock time)
        ("وأفاد كريم ناصر المتحدث باسم الدفاع المدني بتلقي بلاغ الساعة ٨،١٥ عن غرق شاب.",
         [("كريم ناصر", "assert",
           "المتحدث باسم الدفاع المدني بتلقي بلاغ الساعة ٨،١٥ عن غرق شاب")]),
    ],
)
def test_content_without_that(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one met after "خلال لقائه" is no speaker: the one speaking goes on
        ("وقال كريم ناصر إن المساعدات وصلت. وأضاف خلال لقائه سامر الخطيب أن القوافل ستتواصل.",
         [("كريم ناصر", "assert", "المساعدات وصلت"), ("كريم ناصر", "assert", "القوافل ستتواصل")]),
        # generic unnamed speakers are left out (the annotation guide), specific ones stay
        ("ويرى البعض أن الاتفاق سيصمد طويلا.", []),
        ("وقالت مصادر مطلعة إن الاتفاق سيوقع غدا.",
         [("مصادر مطلعة", "assert", "الاتفاق سيوقع غدا")]),
    ],
)
def test_round5_speakers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full stop and a new say-verb end what was said, even where the quotation marks
        # pair badly and the sentence splitter kept the two sentences together
        ('وقال سامر الخطيب إن «الخطة تسير بشكل جيد. وقال في تصريح آخر: «لن نتراجع أبدا».',
         [("سامر الخطيب", "assert", "الخطة تسير بشكل جيد"),
          ("سامر الخطيب", "assert", "لن نتراجع أبدا")]),
    ],
)
def test_full_stop_ends_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite title with a nationality stands for the one named with that title
        ("استقبل وزير الخارجية الأردني ناصر جودة الوفد في عمان. وأكد الوزير الأردني موقف بلاده "
         "الداعي إلى حل سياسي.",
         [("ناصر جودة", "assert", "موقف بلاده الداعي إلى حل سياسي")]),
        # … not when another nationality is meant
        ("استقبل وزير الخارجية الأردني ناصر جودة الوفد في عمان. وأكد الوزير المصري موقف بلاده "
         "الداعي إلى حل سياسي.", []),
    ],
)
def test_title_with_nisba(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "إلى القول" after the speaker turns a verb of going on / concluding into speech
        ("ويمضي سامر الخطيب إلى القول إن «المفاوضات لم تنته بعد».",
         [("سامر الخطيب", "assert", "المفاوضات لم تنته بعد")]),
        ("وقال كريم ناصر إن الحل قريب. ومضى إلى القول إن الاتفاق سيوقع.",
         [("كريم ناصر", "assert", "الحل قريب"), ("كريم ناصر", "assert", "الاتفاق سيوقع")]),
        ("وذهب سامر الخطيب إلى عمان أمس في زيارة رسمية.", []),
        # disowning is a denial
        ("وتبرأ سامر الخطيب من التصريحات المنسوبة إليه.",
         [("سامر الخطيب", "deny", "من التصريحات المنسوبة إليه")]),
    ],
)
def test_more_verbs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opinion verb with a named subject: its object and predicate are what was said
        ("واعتبر سامر الخطيب الاتفاق خطوة مهمة نحو الاستقرار.",
         [("سامر الخطيب", "assert", "الاتفاق خطوة مهمة نحو الاستقرار")]),
        # … not with a common noun after it, nor in the present ("is considered")
        ("واعتبر المشروع من أهم المشاريع في المنطقة.", []),
        ("ويعتبر سامر الخطيب من أبرز رجال الأعمال في البلاد.", []),
    ],
)
def test_opinion_without_that(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed source close to / inside the party of a named man is not that man
        ("وقال مصدر مقرب من الرئيس السابق علي صالح إن الحزب يجري محادثات.",
         [("مصدر مقرب من الرئيس السابق علي صالح", "assert", "الحزب يجري محادثات")]),
        ("وقال مسؤول في حزب الرئيس السابق علي صالح إن الحزب يجري محادثات.",
         [("مسؤول في حزب الرئيس السابق علي صالح", "assert", "الحزب يجري محادثات")]),
        # … but a source named in apposition is that one
        ("وقال مسؤول في الحزب هو كريم ناصر إن الحزب يجري محادثات.",
         [("كريم ناصر", "assert", "الحزب يجري محادثات")]),
    ],
)
def test_source_near_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وفقاً لـ X فإن …": the لـ of "according to" is no addressee
        ("ووفقا لسامر الخطيب فإن الوضع في المنطقة خطير.",
         [("سامر الخطيب", "assert", "الوضع في المنطقة خطير")]),
    ],
)
def test_according_to_lam(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated family name the entities stage cut at the hyphen
        ("وقالت إنجريد أرندت-براور، رئيسة اللجنة المالية، إنها تتوقع تصويتا سريعا.",
         [("إنجريد أرندت-براور", "assert", "تتوقع تصويتا سريعا")]),
    ],
)
def test_hyphenated_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a discourse marker that turns to another topic ends what was said …
        ("وحذرت وزارة الصحة من انتشار العدوى في المدارس، من جهة أخرى افتتح المحافظ معرضا.",
         [("وزارة الصحة", "warn", "من انتشار العدوى في المدارس")]),
        # … and a report after it is read on its own
        ("وقال كريم ناصر إن الخطة جاهزة، في سياق آخر أعلن سامر الخطيب أنه سيزور عمان.",
         [("كريم ناصر", "assert", "الخطة جاهزة"), ("سامر الخطيب", "assert", "سيزور عمان")]),
    ],
)
def test_topic_shift(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a circumstance the verb's own preposition opens what was said
        ("وقال كريم ناصر إن الحل قريب. وشدد لدى استقباله عددا من المسؤولين في عمان على ضرورة "
         "الحفاظ على المكتسبات.",
         [("كريم ناصر", "assert", "الحل قريب"),
          ("كريم ناصر", "call", "ضرورة الحفاظ على المكتسبات")]),
        ("ونوه سامر الخطيب لدى استقباله السفير في مكتبه اليوم، بمتانة العلاقات بين البلدين.",
         [("سامر الخطيب", "support", "بمتانة العلاقات بين البلدين")]),
        # نوّه بـ praises (the annotation guide); نوّه إلى points out
        ("ونوه سامر الخطيب إلى أن الموسم سيبدأ مبكرا.",
         [("سامر الخطيب", "assert", "الموسم سيبدأ مبكرا")]),
    ],
)
def test_marker_after_circumstance(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the issuer of a statement speaks the verbs of that sentence with no subject of their
        # own (not whoever spoke in the sentence before); "فيه" is the statement, not said
        ("وقال النادي الأهلي إنه يرفض اللعب. وأصدرت وزارة الصحة بيانا رسميا طالبت فيه بالتزام "
         "الهدوء وحذرت من تكرار الأحداث.",
         [("النادي الأهلي", "oppose", "يرفض اللعب"),
          ("وزارة الصحة", "call", "بالتزام الهدوء"),
          ("وزارة الصحة", "warn", "من تكرار الأحداث")]),
        # one thing said through a light verb and a say-verb is one statement
        ("ووجه سامر الخطيب رسالة إلى الأمين العام أكد فيها أن الوضع في الجنوب خطير.",
         [("سامر الخطيب", "assert", "الوضع في الجنوب خطير")]),
    ],
)
def test_issuer_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle goes on with the document that is its sentence's subject, not with the
        # one who spoke in an earlier sentence
        ("وقال سامر الخطيب إن الوضع هادئ. وحدد المنشور مهلة أربعة أيام لإزالة الأجهزة، مضيفا "
         "أن كل مخالف سيحاسب.",
         [("سامر الخطيب", "assert", "الوضع هادئ"), ("المنشور", "assert", "كل مخالف سيحاسب")]),
    ],
)
def test_document_goes_on(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name right after a calling/thanking participle is the one addressed, not a subject
        ("وقال سامر الخطيب إن الحل قريب، داعيا الرئيس كريم ناصر إلى التدخل العاجل.",
         [("سامر الخطيب", "assert", "الحل قريب"),
          ("سامر الخطيب", "call", "الرئيس كريم ناصر إلى التدخل العاجل")]),
    ],
)
def test_participle_addressee(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object right after the verb: a name inside it is no subject
        ("ويرحبون بكل صاحب فكرة أو سامر الخطيب للانضمام إليهم.", []),
        ("ورحب سامر الخطيب بالوفد الزائر في مكتبه.",
         [("سامر الخطيب", "welcome", "بالوفد الزائر في مكتبه")]),
    ],
)
def test_object_first(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected
