"""Statements stage, round 6: who goes on speaking in a participle after a sentence whose own
verb is no reporting verb; verbal nouns after a refusal; "the same source"; particles that are
nobody's name; subjects cut at a clause, an occasion (في تصريح …) or a relative; the relative as
subject of an object verb; asides after the verb; generic observers; plural openers — each with
the look-alikes that must stay as they were. One table row per case; sentences written for the
test."""

from __future__ import annotations

import pytest

from marsad.statements import lexicon as lx
from tests.test_meetings_helpers import statements_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "ناصر العتيبي": (P, "ناصر العتيبي"), "هشام الزهراني": (P, "هشام الزهراني"),
    "سامي توكل": (P, "سامي بن عبد الله توكل"), "سامي كلامه": (P, "سامي كلامه"),
    "فهد الدوسري": (P, "فهد الدوسري"), "خالد المطيري": (P, "خالد المطيري"),
    "الرياض": (L, "الرياض"), "وزارة الصحة": (ORG, "وزارة الصحة"),
    "الحوثيين": (ORG, "الحوثيون"), "ساركوزي": (P, "ساركوزي"), "الجزائر": (L, "الجزائر"),
    'مركز "روام': (ORG, 'مركز "روام'), "الصديق الصور": (P, "الصديق الصور"),
    "حزب العمال الكردستاني": (ORG, "حزب العمال الكردستاني"),
}


def said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.stance, s.content) for s in statements_with(text, NAMES, "2015-07-20")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the sentence's own verb stands after a role or two: he goes on
        ("وقال هشام الزهراني إن الفريق جاهز. بينما اطمأن اللاعب الدولي ناصر العتيبي على الإصابة "
         "التي تعرض لها، مؤكداً أنه جاهز للمشاركة في المباراة.",
         [("هشام الزهراني", "assert", "الفريق جاهز"),
          ("ناصر العتيبي", "assert", "جاهز للمشاركة في المباراة")]),
        ("وأكد هشام الزهراني أن البرنامج ناجح. وبدأ الإعلامي الدكتور فهد الدوسري أول محاور "
         "اللقاء بالتعريف بالمصنفات الحديثة، مشيراً إلى أن المدرسة فقدت دورها في التربية.",
         [("هشام الزهراني", "assert", "البرنامج ناجح"),
          ("فهد الدوسري", "assert", "المدرسة فقدت دورها في التربية")]),
        # a name glued to a noun by the entities stage ("سامي كلامه") that shares its first name
        # with the one who spoke last is that man
        ("وقال الدكتور سامي توكل إن الأمانة جاهزة. واختتم الدكتور سامي كلامه مؤكداً أن الأمانة "
         "وفرت كافة الخدمات للزوار.",
         [("سامي بن عبد الله توكل", "assert", "الأمانة جاهزة"),
          ("سامي بن عبد الله توكل", "assert", "الأمانة وفرت كافة الخدمات للزوار")]),
        # look-alike: a preposition between the verb and the name — the name is no subject
        ("وقال هشام الزهراني إن الفريق جاهز. وتحدث في اللقاء عن ناصر العتيبي طويلاً، مؤكداً أن "
         "اللاعب سيعود قريباً.",
         [("هشام الزهراني", "assert", "الفريق جاهز"),
          ("هشام الزهراني", "assert", "اللاعب سيعود قريباً")]),
        # look-alike: a place after the role words is no speaker
        ("وقال هشام الزهراني إن الفريق جاهز. وانطلقت الفعاليات الرسمية الرياض أمس، مؤكداً أن "
         "الإقبال كان كبيراً.",
         [("هشام الزهراني", "assert", "الفريق جاهز"),
          ("هشام الزهراني", "assert", "الإقبال كان كبيراً")]),
    ],
)
def test_participle_after_own_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a say-form right after a refusal is its object (a verbal noun): it speaks for nobody
        ("وقال المسؤول في وزارة الصحة الذي رفض ذكر اسمه إن الحالات انخفضت كثيراً.", "ذكر", None),
        ("وقال مسؤول في وزارة الصحة رفض كشف اسمه إن الحالات انخفضت كثيراً.", "كشف", None),
        # look-alike: a say-verb of its own after the refusal's object still speaks
        ("ورفض خالد المطيري الاتهامات الموجهة للشركة، وأكد أن الشركة ملتزمة بالأنظمة.", None,
         "أكد"),
    ],
)
def test_verbal_noun_after_refusal(text: str, absent: str | None, present: str | None) -> None:
    verbs = {s.verb for s in statements_with(text, NAMES, "2015-07-20")}
    assert absent not in verbs
    assert present is None or present in verbs


@pytest.mark.parametrize("word", ["رفض", "رفضت", "يرفض", "فضل", "مفضلا"])
def test_masdar_governors(word: str) -> None:
    assert word in lx.MASDAR_GOVERNORS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the same source": the one who was speaking, under another name
        ("وقال خالد المطيري إن الأسعار سترتفع. وأضاف أن الطلب كبير. وتابع المصدر نفسه، إنه لا "
         "يوجد عذر للتأخير.",
         [("خالد المطيري", "assert", "الأسعار سترتفع"), ("خالد المطيري", "assert", "الطلب كبير"),
          ("خالد المطيري", "assert", "لا يوجد عذر للتأخير")]),
        ("وقال خالد المطيري إن الأسعار سترتفع. وأكد المسؤول ذاته أن الموعد لم يحدد بعد.",
         [("خالد المطيري", "assert", "الأسعار سترتفع"),
          ("خالد المطيري", "assert", "الموعد لم يحدد بعد")]),
        # look-alike: without نفسه the source points back to the unnamed source quoted before
        ("وقال مصدر مطلع إن الاجتماع تأجل. وقال خالد المطيري إن الأسعار سترتفع. وأضاف المصدر أن "
         "الموعد الجديد لم يحدد.",
         [("مصدر مطلع", "assert", "الاجتماع تأجل"), ("خالد المطيري", "assert", "الأسعار سترتفع"),
          ("مصدر مطلع", "assert", "الموعد الجديد لم يحدد")]),
        # look-alike: "the company itself" is a body of its own, not the man who spoke
        ("وقال خالد المطيري إن الأسعار سترتفع. وقالت الشركة نفسها إن الأسعار ستبقى كما هي.",
         [("خالد المطيري", "assert", "الأسعار سترتفع"),
          ("الشركة", "assert", "الأسعار ستبقى كما هي")]),
    ],
)
def test_same_source(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a particle or a pronoun after a preposition is nobody's name
        ("وقال خالد المطيري إن الوضع صعب. وتضيف لذلك أن الزيارة مهمة للطرفين.",
         [("خالد المطيري", "assert", "الوضع صعب"),
          ("خالد المطيري", "assert", "الزيارة مهمة للطرفين")]),
        ("وقال خالد المطيري إن الأسعار سترتفع. ثم طلب مني أن أكتب ذلك في التقرير.",
         [("خالد المطيري", "assert", "الأسعار سترتفع")]),
    ],
)
def test_no_particle_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was disclosed keeps its عن
        ("وكشف خالد المطيري عن خطة جديدة للتوسع في المنطقة.",
         [("خالد المطيري", "assert", "عن خطة جديدة للتوسع في المنطقة")]),
        # a name cut after its opening quotation mark loses the mark
        ('وبين رئيس مركز "روام" أن افتتاح مركز التنمية يأتي مع فرحة العيد.',
         [("مركز روام", "assert", "افتتاح مركز التنمية يأتي مع فرحة العيد")]),
    ],
)
def test_expressed_and_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a noun before a clause of its own (عندما، حين …) or a quotation left open is no subject
        "وانتقد الجميع تصريحات ساركوزي التي اعتبرتها الجزائر «تدخلا في الشؤون الداخلية "
        "للجزائريين» عندما وصف الأوضاع فيها بالغموض.",
        "وأثارت الزيارة جدلا بين مسؤولين في الحكومة حين أعلن أن الحكومة ستتغير.",
    ],
)
def test_no_subject_across_a_clause(text: str) -> None:
    assert not any("عندما" in (s.speaker or "") or "حين" in (s.speaker or "") or
                   "«" in (s.speaker or "") for s in statements_with(text, NAMES, "2015-07-20"))


def test_clause_openers() -> None:
    assert {"عندما", "حين", "بعدما"} <= lx.CLAUSE_OPENERS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # observers in general speak for nobody (annotation guide: generic speakers are out)
        ("ويرى المراقبون أن الاتفاق سيصمد طويلاً.", []),
        ("وأشار مراقبون إلى أن الحكومة ستتغير قريباً.", []),
        # look-alikes: analysts and critics the annotators keep
        ("وقال محللون إن الأسعار سترتفع هذا العام.",
         [("محللون", "assert", "الأسعار سترتفع هذا العام")]),
        ("ويرى منتقدون أن القرار جاء متأخراً.", [("منتقدون", "assert", "القرار جاء متأخراً")]),
    ],
)
def test_generic_observers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative after a person's title in apposition: the person speaks
        ("وتوبيخ قادة مثل خالد المطيري، رئيس اللجنة الذي دعا اليونانيين إلى التصويت بالرفض.",
         [("خالد المطيري", "call", "اليونانيين إلى التصويت بالرفض")]),
        # look-alike: a clause of another kind after the comma — the name is no antecedent
        ("وحضر خالد المطيري، وهو اللاعب الذي دعا اليونانيين إلى التصويت بالرفض.", []),
        # the one called on after a relative's verb is no speaker: the relative is the subject
        ("وتوبيخ قادة مثل خالد المطيري، رئيس اللجنة الذي دعا الأعضاء إلى التصويت بالرفض.",
         [("خالد المطيري", "call", "الأعضاء إلى التصويت بالرفض")]),
        ("ورحب الجميع بقرار مجلس الأمن الذي يدعو الحوثيين إلى الانسحاب من المدن فوراً.", []),
    ],
)
def test_relative_after_apposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # look-alikes: the subject stands after the verb when a pronoun follows it or the
        # relative is one of time
        ("ونشرت الصحيفة المقابلة التي قال فيها هشام الزهراني إن الوضع صعب.", "هشام الزهراني"),
        ("وفي الوقت الذي طالب مسؤولو وزارة الصحة بزيادة الميزانية، تأخر القرار.", "وزارة الصحة"),
    ],
)
def test_subject_after_relative_verb(text: str, speaker: str) -> None:
    assert [s.speaker for s in statements_with(text, NAMES, "2015-07-20")] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside between a dropped-pronoun verb and what it says
        ("وقال خالد المطيري إن الوضع جيد. ودعا في نفس السياق إلى إيجاد بيئة آمنة في المدن.",
         [("خالد المطيري", "assert", "الوضع جيد"),
          ("خالد المطيري", "call", "إيجاد بيئة آمنة في المدن")]),
        ("وحذر خالد المطيري في الوقت نفسه من ضرب أي هدف داخل المدن.",
         [("خالد المطيري", "warn", "من ضرب أي هدف داخل المدن")]),
        # بيّن (explained) with a statement phrase before أن — not the preposition بين
        ("وقال خالد المطيري إن الوضع جيد. وبين في تصريح صحافي خلال الجولة أن هناك عديدا من "
         "الشراكات.",
         [("خالد المطيري", "assert", "الوضع جيد"),
          ("خالد المطيري", "assert", "هناك عديدا من الشراكات")]),
        # look-alike: بين (between) stays a preposition
        ("وقال خالد المطيري إن الوضع جيد. وتوزعت الجوائز بين في الرياض وجدة أن تعذر الحضور.",
         [("خالد المطيري", "assert", "الوضع جيد")]),
    ],
)
def test_asides_and_bayyana(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize("phrase", ["في نفس السياق", "في الوقت نفسه", "ايضا"])
def test_asides(phrase: str) -> None:
    assert phrase in lx.ASIDES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the occasion between the subject and أن ("في مؤتمر صحفي نقلته …") is no part of it
        ("وقال الصديق الصور إن المحكمة انعقدت. وأضاف الصور في مؤتمر صحفي نقلته قناة النبأ "
         "التلفزيونية أن المحكمة أصدرت أحكاما بالسجن.",
         [("الصديق الصور", "assert", "المحكمة انعقدت"),
          ("الصديق الصور", "assert", "المحكمة أصدرت أحكاما بالسجن")]),
        ("وتبنى حزب العمال الكردستاني الهجوم. وأضاف الحزب في بيان على أحد مواقعه الالكترونية أن "
         "الضابطين قتلا صباحا.",
         [("حزب العمال الكردستاني", "assert", "الضابطين قتلا صباحا")]),
        # a long unnamed title, up to the occasion, speaks for itself (not the last speaker)
        ("وقال خالد المطيري إن الوفد وصل. وأكد رئيس الجانب السعودي في مجلس الأعمال المشترك في "
         "تصريح لوكالة الأنباء، أن الزيارة تأتي في إطار الجهود.",
         [("خالد المطيري", "assert", "الوفد وصل"),
          ("رئيس الجانب السعودي في مجلس الأعمال المشترك", "assert",
           "الزيارة تأتي في إطار الجهود")]),
        # look-alike: a long phrase that names no occasion keeps the verb from its أن
        ("وقال الصديق الصور إن المحكمة انعقدت. وأضاف الصور إلى قائمة المتهمين ثلاثة أسماء جديدة "
         "بعد أن تبين تورطهم.",
         [("الصديق الصور", "assert", "المحكمة انعقدت")]),
    ],
)
def test_occasion_before_that(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause describing the subject before أن is no part of it
        ("وقال مسؤول أمني عراقي إن الزيارة مهمة. وقال المسؤول الأمني الذي طلب عدم الكشف عن هويته "
         "إن «الرسالة الأولى هي من الإدارة الأميركية».",
         [("مسؤول أمني عراقي", "assert", "الزيارة مهمة"),
          ("مسؤول أمني", "assert", "الرسالة الأولى هي من الإدارة الأميركية")]),
        ("وقال مدير اللجنة التي تضم البلدان الخمسة عشر الأعضاء في مجلس الأمن الدولي إنه لا بد "
         "من العمل على عدة جبهات.",
         [("مدير اللجنة", "assert", "لا بد من العمل على عدة جبهات")]),
        # look-alike: the relative's own verb is no say-verb, and nothing before it names anyone
        ("وأشار إلى الذين رفضوا العرض أن الوقت قد فات.", []),
    ],
)
def test_relative_after_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people named by a plural open the sentence, their plural present verb follows
        ("المزارعون الأوروبيون المنتجون للحليب يطالبون بتدابير وقائية تمكنهم من تخطي الأزمات.",
         [("المزارعون الأوروبيون المنتجون للحليب", "call",
           "بتدابير وقائية تمكنهم من تخطي الأزمات")]),
        ("المدافعون عن حقوق المزارعين وهم من النقابيين يقولون: «نحن بحاجة إلى قواعد تنظم "
         "الإنتاج».",
         [("المدافعون عن حقوق المزارعين", "assert", "نحن بحاجة إلى قواعد تنظم الإنتاج")]),
        # look-alikes: a singular verb, and observers in general
        ("المزارعون الأوروبيون في المدينة يطالب رئيسهم بتدابير وقائية.", []),
        ("المراقبون في المدينة يقولون إن الأزمة ستطول.", []),
    ],
)
def test_plural_opener(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed source with its adjectives is the whole phrase, not "its last two words"
        ("قال مسؤول حكومي كبير إن عددا من مقدمي الخدمة توقفوا.",
         [("مسؤول حكومي كبير", "assert", "عددا من مقدمي الخدمة توقفوا")]),
        ("وقال دبلوماسي فرنسي بارز إنه من المقرر أن يزور الوفد طهران.",
         [("دبلوماسي فرنسي بارز", "assert", "من المقرر أن يزور الوفد طهران")]),
        # look-alike: a title, then a given and a family name
        ("وقال مدير الكرة فهد المفرج إن الفريق جاهز.", [("فهد المفرج", "assert", "الفريق جاهز")]),
    ],
)
def test_source_adjectives(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected
