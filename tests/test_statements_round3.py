"""Statements stage, round 3 (unseen-text recall): speakers the entities stage left untagged or
unnamed — one table row per case (Arabic input → expected statements)."""

from __future__ import annotations

import pytest

from marsad.statements import lexicon as lx
from tests.test_meetings_helpers import statements_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "محمد المختار الفال": (P, "محمد المختار الفال"), "لبنان": (L, "لبنان"),
    "كوريا الجنوبية": (L, "كوريا الجنوبية"), "اليابان": (L, "اليابان"), "سول": (L, "سول"),
    "عكاظ": (ORG, "عكاظ"), "مارتن ديمبسي": (P, "مارتن ديمبسي"),
    "عقيل الجاسم": (P, "عقيل الجاسم"), "بغداد": (L, "بغداد"),
    "موافق الرويلي": (P, "موافق الرويلي"), "كيري": (P, "جون كيري"), "إيران": (L, "إيران"),
    "روحاني": (P, "حسن روحاني"), "أرامكو السعودية": (ORG, "أرامكو السعودية"),
    "نحلاوي": (P, "نحلاوي"), "خالد بحاح": (P, "خالد بحاح"), "أنقرة": (L, "أنقرة"),
    "جبهة النصرة": (ORG, "جبهة النصرة"), "سليم الجبوري": (P, "سليم الجبوري"),
    "مبارك آل وديان": (P, "مبارك آل وديان"), "محمد الثبيتي": (P, "محمد الثبيتي"),
    "جامعة تبوك": (ORG, "جامعة تبوك"), "باولو جينتيلوني": (P, "باولو جينتيلوني"),
    "برناردينو ليون": (P, "برناردينو ليون"), "ليبيا": (L, "ليبيا"),
    "بنيامين نتنياهو": (P, "بنيامين نتنياهو"), "علي خامنئي": (P, "علي خامنئي"),
    "تويتر": (ORG, "تويتر"), "محمد كبارة": (P, "محمد كبارة"), "طرابلس": (L, "طرابلس"),
    "روبرتو ازيفيدو": (P, "روبرتو ازيفيدو"), "حامد الشمري": (P, "حامد الشمري"),
    "الرئيس النيجيري": (P, "محمدو بوخاري"), "البيت الابيض": ("MISC", "البيت الابيض"),
    "سلمان بن عبدالعزيز": (P, "سلمان بن عبدالعزيز"), "فلتشر جوبسون": (P, "فلتشر جوبسون"),
    "عيسى محمد": (P, "عيسى محمد"), "صالح الزهراني": (P, "صالح الزهراني"),
    "فيصل الخديدي": (P, "فيصل الخديدي"), "اليونيسيف": (ORG, "اليونيسيف"),
    "ريال": (P, "ريال"), "صلاح السقا": (P, "صلاح السقا"), "عادل الجبير": (P, "عادل الجبير"),
    "سامح شكري": (P, "سامح شكري"), "أحمد الجمعان": (P, "أحمد الجمعان"),
    "هيلاري كلينتون": (P, "هيلاري كلينتون"), "جوش ايرنست": (P, "جوش ايرنست"),
    "حسن نصر": (P, "حسن نصر الله"), "مروان رزق": (P, "مروان رزق"),
    "أختر منصور": (P, "أختر منصور"), "عباس": (P, "محمود عباس"),
}


def said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.stance, s.content) for s in statements_with(text, NAMES, "2015-07-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite title and an untagged name: the ambassador speaks, not the last person
        # named; his name is completed from where the article introduced him
        ("زار سفير المملكة في لبنان علي عواض عسيري مقر صحيفة عكاظ والتقى محمد المختار الفال. "
         "وأكد السفير عسيري خلال اللقاء أن المملكة حريصة على دعم الاستقرار في لبنان.",
         [("علي عواض عسيري", "assert", "المملكة حريصة على دعم الاستقرار في لبنان")]),
        ("التقى محمد المختار الفال الوفد. ووصف السفير عسيري العلاقات بأنها علاقات متينة.",
         [("عسيري", "assert", "علاقات متينة")]),
        # a given name and a family name in ال…ي after the title
        ("ويقول الباحث مصلح العنزي إن الشباب هم الهدف الأول للتنظيمات.",
         [("مصلح العنزي", "assert", "الشباب هم الهدف الأول للتنظيمات")]),
        # a definite role noun points back to the unnamed source introduced before it …
        ("اتهم مارتن ديمبسي الحكومة بخرق الاتفاق وفقا لما كشفه مسؤول عراقي رفيع المستوى. "
         "وأكد المسؤول العراقي أن واشنطن سترسل فرقا خاصة إلى بغداد.",
         [("مارتن ديمبسي", "accuse", "الحكومة بخرق الاتفاق"),
          ("مسؤول عراقي", "assert", "واشنطن سترسل فرقا خاصة إلى بغداد")]),
        # … or to the one speaking so far
        ("قال عقيل الجاسم إن العمالة العربية تتزايد. وأكد المسؤول الخليجي أن الاستقدام "
         "تحكمه أنظمة وإجراءات.",
         [("عقيل الجاسم", "assert", "العمالة العربية تتزايد"),
          ("عقيل الجاسم", "assert", "الاستقدام تحكمه أنظمة وإجراءات")]),
        # the paper spoken to stands between the verb and the speaker
        ('قال ل "الاقتصادية" عقيل الجاسم إن العمالة العربية تتزايد في المنطقة.',
         [("عقيل الجاسم", "assert", "العمالة العربية تتزايد في المنطقة")]),
        ("وأوضحت لـ«عكاظ» مصادر خاصة أن اللاعب سيغادر اليوم.",
         [("مصادر خاصة", "assert", "اللاعب سيغادر اليوم")]),
        # an unnamed source and the body it speaks from
        ('أكد ل"الاقتصادية" مسؤول في وزارة الدفاع قيام الوزارة بتخصيص أوقاف خاصة.',
         [("مسؤول في وزارة الدفاع", "assert", "قيام الوزارة بتخصيص أوقاف خاصة")]),
        ("وكشف مصدر بوزارة الداخلية أن الخلية ارتبطت بالتنظيم.",
         [("مصدر بوزارة الداخلية", "assert", "الخلية ارتبطت بالتنظيم")]),
    ],
)
def test_untagged_and_unnamed_speakers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hinted, insisted, stressed, repeated claims, concluded
        ("وألمح عضو الشورى الدكتور موافق الرويلي إلى المغالطات الإحصائية في التصريح.",
         [("موافق الرويلي", "assert", "المغالطات الإحصائية في التصريح")]),
        ("وجزم كيري باستحالة تصنيع إيران لقنبلة نووية، حسب قوله، في ظل القيود الحالية.",
         [("جون كيري", "assert", "باستحالة تصنيع إيران لقنبلة نووية، حسب قوله، في ظل القيود "
           "الحالية")]),
        ("وكرر روحاني مزاعم أنه لولا إيران لسقطت بغداد.",
         [("حسن روحاني", "assert", "لولا إيران لسقطت بغداد")]),
        ("وختمت المصادر: شبكة نحلاوي من أخطر الشبكات التي تم اكتشافها.",
         [("المصادر", "assert", "شبكة نحلاوي من أخطر الشبكات التي تم اكتشافها")]),
        # a title whose last words are its place (kept) or a time (dropped), not a name
        ("من جانبه، قال رئيس لجنة التنمية الاجتماعية في رجال ألمع إن إيجار المقر مرتفع.",
         [("رئيس لجنة التنمية الاجتماعية في رجال ألمع", "assert", "إيجار المقر مرتفع")]),
        ("أصر وزير الحكومة المحلية في ذلك الحين على أنه سيتم استبدال الهيئة.",
         [("وزير الحكومة المحلية", "assert", "سيتم استبدال الهيئة")]),
        # an unnamed source with the body it speaks from, that body tagged
        ("وكشف مسؤول نفطي كبير في أرامكو السعودية أن الشركة وظفت أجهزة جديدة.",
         [("مسؤول نفطي كبير في أرامكو السعودية", "assert", "الشركة وظفت أجهزة جديدة")]),
    ],
)
def test_more_verbs_and_title_phrases(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a reporting form right after a preposition is a verbal noun
        "وأقيم الحفل الذي يهدف إلى حث المواطنين على المشاركة في الأعمال التطوعية.",
        "ارتكب تسيبراس خطأ في رفض خطة فاروفاكيس البديلة للعملة.",
        "وصل الوفد بعد إعلان النتائج الرسمية للانتخابات.",
        "تعرضت الجامعة لحملة نقد بعد وفاة معلمة بسبب رفض قبولها بكلية الطب.",
    ],
)
def test_verbal_nouns_say_nothing(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize("word", ["الي", "علي", "في", "دون", "عدم", "بعد"])
def test_before_noun_table(word: str) -> None:
    assert word in lx.BEFORE_NOUN


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # an obligation the speaker lays on a party is a call …
        ("وقال عقيل الجاسم إن دول منطقة الخليج عليها أن تنظر إلى ما هو أبعد من التصريحات.",
         "call"),
        ("وقال عقيل الجاسم: علينا أن ندين جميع التدخلات الخارجية.", "call"),
        # … a rule reported is not
        ("وأكد عقيل الجاسم أن المفتشين يجب أن يكونوا من دول محايدة.", "assert"),
        # a promise to act, a warning not to be lenient, a disaster foretold
        ("وقال عقيل الجاسم إنه سيستخدم حقه في تعطيل القرار في هذه الحال.", "threaten"),
        ("وشدد عقيل الجاسم على عدم التهاون مع المخالفين لأنظمة الحج.", "warn"),
        ("وقال عقيل الجاسم إن ترشح المرشح سيكون كارثيا على الحزب.", "warn"),
    ],
)
def test_stance_cues(text: str, stance: str) -> None:
    assert [s for _, s, _ in said(text)] == [stance]


@pytest.mark.parametrize(
    ("table", "cue"),
    [("MUST_CUES", "علينا ان"), ("MUST_CUES", "عليها ان"), ("WARN_CUES", "كارثيا"),
     ("ATTRIBUTION_CUTS", "حسبما"), ("QUOTE_ONLY", "ختمت"), ("LIGHT_VERBS", "كرر")],
)
def test_cue_tables(table: str, cue: str) -> None:
    assert cue in getattr(lx, table)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a say-verb a definite noun before what was said is a body speaking …
        ("قال مسؤول تركي إن أنقرة لم تقصف المواقع. وقالت الوحدات في وقت سابق إن الجيش التركي "
         "قصف مواقعها.",
         [("مسؤول تركي", "assert", "أنقرة لم تقصف المواقع"),
          ("الوحدات", "assert", "الجيش التركي قصف مواقعها")]),
        # … an institution's name stops before the indefinite word after its adjective
        ("نفت وزارة الدفاع الأمريكية خطف جبهة النصرة لمقاتلين. وقال المرصد إن عناصر من الجبهة "
         "خطفوا القائد.",
         [("وزارة الدفاع الأمريكية", "deny", "خطف جبهة النصرة لمقاتلين"),
          ("المرصد", "assert", "عناصر من الجبهة خطفوا القائد")]),
        # "من جانبه" hands the word to someone new: the role noun is no reference to the last
        # speaker
        ("وأكد خالد بحاح أن الإغاثة بدأت. من جانبه، أعرب المسؤول الإماراتي عن أمله في أن يعم "
         "الأمن.",
         [("خالد بحاح", "assert", "الإغاثة بدأت"),
          ("المسؤول الإماراتي", "assert", "عن أمله في أن يعم الأمن")]),
    ],
)
def test_definite_subjects(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participle of circumstance after a comma ends what was said …
        ("وأعرب خالد بحاح عن حزنه العميق لوفاة الفقيد، معدداً مناقبه الحميدة.",
         "عن حزنه العميق لوفاة الفقيد"),
        ("وقال خالد بحاح إن المبيعات قد تزيد في رمضان، مرجحا أن تتحسن لاحقا.",
         "المبيعات قد تزيد في رمضان"),
        # … an adverb or a passive participle does not
        ("وقال خالد بحاح إن الأثر سيكون، محدودا في الاقتصاد المحلي.",
         "الأثر سيكون، محدودا في الاقتصاد المحلي"),
        ("وقال خالد بحاح إن الوفد وصل، مؤخرا إلى المدينة.", "الوفد وصل، مؤخرا إلى المدينة"),
    ],
)
def test_participle_of_circumstance_ends_content(text: str, content: str) -> None:
    assert [c for _, _, c in said(text)][:1] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance verb, an untagged subject, its بـ complement, then a person: the object
        ("وهدد تنظيم الدولة بقتل رئيس مجلس النواب سليم الجبوري.",
         [("تنظيم الدولة", "threaten", "بقتل رئيس مجلس النواب سليم الجبوري")]),
        # a say-verb, or "بالإدارة" (a place, not a verbal noun), keeps the person as speaker
        ("وأوضح مشرف شئون المعلمين بالإدارة مبارك آل وديان أن المقابلات تبدأ الأحد.",
         [("مبارك آل وديان", "assert", "المقابلات تبدأ الأحد")]),
    ],
)
def test_subject_before_object(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative pronoun after a person and their title: the person speaks
        ("وتداخل محمد الثبيتي المتحدث الرسمي باسم جامعة تبوك الذي أصر على صحة المعلومات.",
         [("محمد الثبيتي", "assert", "صحة المعلومات")]),
        # a relative after an unnamed group: nobody named
        ("وحضر عدد من الأهالي الذين أكدوا أن الحفل كان ناجحا.", []),
    ],
)
def test_relative_antecedent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


def test_two_titled_people_speak_together() -> None:
    text = ("حذر وزير الخارجية الإيطالي باولو جينتيلوني و المبعوث الأممي إلى ليبيا برناردينو "
            "ليون الأطراف الليبية من مواجهة عزلة دولية. وجدد الجانبان الدعوة إلى جميع الأطراف "
            "للانضمام إلى مسار السلام.")
    got = said(text)
    assert [(sp, st) for sp, st, _ in got] == [
        ("باولو جينتيلوني", "warn"), ("برناردينو ليون", "warn"),
        ("باولو جينتيلوني", "call"), ("برناردينو ليون", "call")]
    assert got[0][2] == "الأطراف الليبية من مواجهة عزلة دولية"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the family name of a person tagged before, left untagged here
        ("اعتبر بنيامين نتنياهو أن تصريحات علي خامنئي لا تدل على تغيير. وكان خامنئي أكد أن "
         "بلاده لن تغير سياستها.", ["بنيامين نتنياهو", "علي خامنئي"]),
        ("اعتبر بنيامين نتنياهو أن تصريحات علي خامنئي لا تدل على تغيير. وقال خامنئي إن بلاده "
         "لن تغير سياستها.", ["بنيامين نتنياهو", "علي خامنئي"]),
    ],
)
def test_known_family_name(text: str, speakers: list[str]) -> None:
    assert [sp for sp, _, _ in said(text)] == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source who would not be named is described, says nothing
        ("وقال مسؤول في وزارة الداخلية رفض الكشف عن هويته إن العفو يشمل الأجانب.",
         [("مسؤول في وزارة الداخلية", "assert", "العفو يشمل الأجانب")]),
        # a medium after a preposition is where it was said, not who said it
        ("وقال علي خامنئي في تعليقته على تويتر إن أوباما ادعى ذلك.",
         [("علي خامنئي", "assert", "أوباما ادعى ذلك")]),
        # the subject before a parenthesis between commas
        ("نائب طرابلس محمد كبارة، وفي تصريح له أمس، رأى أن التحالف يستهدف الطائفة.",
         [("محمد كبارة", "assert", "التحالف يستهدف الطائفة")]),
        # "…، كما قال X،": the clause before is X's
        ("وتبلغ قيمة التجارة 1300 مليار دولار، كما قال مدير عام المنظمة روبرتو ازيفيدو، وينص "
         "الاتفاق على إلغاء الرسوم.",
         [("روبرتو ازيفيدو", "assert", "وتبلغ قيمة التجارة 1300 مليار دولار")]),
    ],
)
def test_sources_media_parentheses_and_kama(text: str,
                                            expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorific before a family name in ال…ي
        ("استقبل حامد الشمري الوفد. ورحب الدكتور الشمري بالوفد في الباحة.",
         [("حامد الشمري", "welcome", "بالوفد في الباحة")]),
        # a person after a comma belongs to another clause, not to the army's statement
        ("ورفض الجيش النيجيري هذه الاتهامات، ووعد الرئيس النيجيري بإجراء تحقيق.",
         [("الجيش النيجيري", "deny", "هذه الاتهامات")]),
        # the issuer of a statement may be tagged MISC
        ("واكد بيان البيت الابيض ان الولايات المتحدة ستبقى موحدة مع تركيا.",
         [("البيت الابيض", "assert", "الولايات المتحدة ستبقى موحدة مع تركيا")]),
        # a plural of a title speaks as a group
        ("استقبل سلمان بن عبدالعزيز السفراء. كما أعرب السفراء عن شكرهم وتقديرهم للملك.",
         [("السفراء", "support", "عن شكرهم وتقديرهم للملك")]),
    ],
)
def test_honorifics_clauses_issuers_groups(text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle in a sentence whose own verb is no reporting verb: that verb's subject
        ("وقال صالح الزهراني إن العمل توقف. وشكى عيسى محمد من تجول العمالة في القرى، مطالبا "
         "بسرعة استكمال المشروع.",
         [("صالح الزهراني", "assert", "العمل توقف"),
          ("عيسى محمد", "oppose", "من تجول العمالة في القرى"),
          ("عيسى محمد", "call", "بسرعة استكمال المشروع")]),
        ("قال صالح الزهراني إن الأسعار ترتفع. ويستدرك فلتشر جوبسون قائلا: إن أغلب الصفقات "
         "فردية.",
         [("صالح الزهراني", "assert", "الأسعار ترتفع"),
          ("فلتشر جوبسون", "assert", "أغلب الصفقات فردية")]),
    ],
)
def test_participle_takes_its_clause_subject(text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a family name in ال…ي or ال… after the verb: the person named before with it …
        ("أعلن فيصل الخديدي عن المسابقة. وأوضح الخديدي أن المسابقة رصدت ثمانين ألف ريال.",
         ["فيصل الخديدي", "فيصل الخديدي"]),
        # … else the name as written ("وبين المليحان أن")
        ("وبين المليحان أن شبكة القصة العربية تعمل بجهد فردي.", ["المليحان"]),
    ],
)
def test_definite_family_names(text: str, speakers: list[str]) -> None:
    assert [sp for sp, _, _ in said(text)] == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted noun is no verb ("طالب" = student)
        ("وتقول اليونيسيف، التي تقدم دعماً لأكثر من 200 ألف طالب، إن البرنامج مساعدة جزئية.",
         [("اليونيسيف", "assert", "البرنامج مساعدة جزئية")]),
        # … but a verb with its و after a year is a verb
        ("استهدف القائد في سبتمبر 2014 وقال بعض المسؤولين الأمريكيين إنهم يعتقدون أنه قتل.",
         [("المسؤولين الأمريكيين", "assert", "يعتقدون أنه قتل")]),
        # a currency the entities stage took for a name never speaks
        ("وبلغت القروض 25 مليار ريال. وأضاف أن الائتمان ارتفع.", []),
        # a plural head in construct, through its genitives
        ("فيما نوه مديرو تعليم الحد الجنوبي على أن هناك لجنة مشكلة.",
         [("مديرو تعليم الحد الجنوبي", "assert", "هناك لجنة مشكلة")]),
        ("من جهتهم أكد مديرو التعليم جاهزية المدارس لبدء العام الدراسي.",
         [("مديرو التعليم", "assert", "جاهزية المدارس لبدء العام الدراسي")]),
        # "قوله" after the verb glosses words, nobody speaks
        ("وأفاد قوله «بواحاً» أنه لا يكفي الكفر الذي ليس ببواح.", []),
    ],
)
def test_counted_nouns_currencies_construct_heads(text: str,
                                                  expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one untagged word right before أن or a colon is the speaker's name …
        ("وذكرت تهاني أن الأسرة في المجتمع السعودي تتكون من نوعين.",
         [("تهاني", "assert", "الأسرة في المجتمع السعودي تتكون من نوعين")]),
        ("وقال حفظى: المعاهد تهتم بهذه الحملات.",
         [("حفظى", "assert", "المعاهد تهتم بهذه الحملات")]),
        # … but not a common noun or a formula
        ("وأفاد موقع أن الدراسة أجريت لمدة 15 عاما.", []),
        # a quantified group
        ("لينطلق العلم الذي وصفه كثير من المستشرقين بالعمل الجبار.",
         [("كثير من المستشرقين", "assert", "بالعمل الجبار")]),
        # the writer's own past is nobody's statement
        ("كم كنت أنتقد بعض ممارسات والدي في التربية، ولكنني أدرك الآن أنها كانت صائبة.", []),
    ],
)
def test_untagged_single_names_groups_first_person(text: str,
                                                   expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ما/مما يشير إلى أن": which indicates — nobody speaks
        ("وتجاوز مكرر الربح الوحدة، وفي كل ذلك ما يشير إلى أن السعر مرتفع.", []),
        # a politician or diplomat right after the verb speaks …
        ("وقال سياسي من الحكومة اليمنية: إن المحادثات تركزت على رحيل صالح.",
         [("سياسي من الحكومة اليمنية", "assert", "المحادثات تركزت على رحيل صالح")]),
        # … but "سياسي" before a verb is an adjective ("حل سياسي")
        ("ولا يتوقع حل سياسي في الأيام المقبلة. وأشار إلى أن من المبكر الحديث عن ذلك.", []),
    ],
)
def test_which_indicates_and_agent_nouns(text: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


def test_definite_family_name_known_from_before() -> None:
    text = ("أكد صلاح السقا أن اللعبة تنتشر. ووجه السقا الدعوة للأندية التي لم تسجل بعد.")
    assert [(sp, st) for sp, st, _ in said(text)] == [("صلاح السقا", "assert"),
                                                      ("صلاح السقا", "call")]


def test_resumptive_pronoun_before_the_speaker() -> None:
    text = ("التقى سامح شكري عادل الجبير. وقال سامح شكري إن المملكة على علم تام بالاجتماع، "
            "وهو ما شدد عليه الجبير، قائلاً: \"الرياض على دراية كاملة بما تقوم به القاهرة\".")
    assert [(sp, c) for sp, _, c in said(text)][-1] == (
        "عادل الجبير", "الرياض على دراية كاملة بما تقوم به القاهرة")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a say-verb wished for, not reported
        ("ويأمل أعضاء الحزب أن يعبر المرشح عن أمانيهم وتطلعاتهم.", []),
        # "أبدى" voices a feeling from the table, or nothing at all
        ("وأبدى خالد بحاح إعجابه بالألعاب النارية في العيد.",
         [("خالد بحاح", "support", "إعجابه بالألعاب النارية في العيد")]),
        ("وشارك اللاعب في التدريبات وأبدى جاهزية للمشاركة في اللقاء.", []),
        # a seven-word body name
        ("أوضحت المديرية العامة للشؤون الصحية بمنطقة مكة المكرمة ملابسات وفاة طفلة.",
         [("المديرية العامة للشؤون الصحية بمنطقة مكة المكرمة", "assert", "ملابسات وفاة طفلة")]),
    ],
)
def test_wishes_feelings_long_bodies(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title, a comma, an honorific, then the name
        ("وأوضح مدير المركز، الشيخ أحمد الجمعان، أن المركز وزع الوجبات على الأسر.",
         [("أحمد الجمعان", "assert", "المركز وزع الوجبات على الأسر")]),
        # a long title in apposition before إن …
        ("قالت هيلاري كلينتون وزيرة الخارجية الأمريكية السابقة والتي تسعى للفوز بترشيح الحزب "
         "الديمقراطي لخوض انتخابات الرئاسة إن حل الدولتين هو الحل الوحيد.",
         [("هيلاري كلينتون", "assert", "حل الدولتين هو الحل الوحيد")]),
        # … or before a quotation
        ('وقال جوش ايرنست المتحدث باسم البيت الابيض "نقوم بنشر وسائل عدة عبر الانترنت".',
         [("جوش ايرنست", "assert", "نقوم بنشر وسائل عدة عبر الانترنت")]),
        # "نصر الله" with "نصر" tagged alone: الله is no part of what was said
        ("وقال حسن نصر الله في حفل لتكريم أبناء القتلى إن الحزب واثق.",
         [("حسن نصر الله", "assert", "الحزب واثق")]),
    ],
)
def test_appositions_and_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a role noun, then a name left untagged
        ("وتقول الطفلة سكينة الباشا إن ركن حديقة الطفل جذبها.", ["سكينة الباشا"]),
        ("وقال الطفل علي التاروتي إنه شاهد فقرة المسرحيات.", ["علي التاروتي"]),
        # a kin word is a role, never a name
        ("وبين زوج المعلمة المتوفاة أن الجامعة غيرت الرغبات.", []),
        # "رزق الله" with "رزق" tagged alone
        ("ويشدد مروان رزق الله على حاجة لبنان إلى تدوير نفاياته.", ["مروان رزق"]),
    ],
)
def test_roles_kin_and_theophoric_names(text: str, speakers: list[str]) -> None:
    assert [sp for sp, _, _ in said(text)] == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name: the person after it is the object, not the speaker
        ("أعلنت حركة طالبان الافغانية المتمردة تعيين الملا أختر منصور زعيما جديدا لها.",
         [("حركة طالبان الافغانية المتمردة", "assert",
           "تعيين الملا أختر منصور زعيما جديدا لها")]),
        # the name stops at the verb's complement or object …
        ("وهدد تنظيم الدولة بقتل رئيس مجلس النواب.",
         [("تنظيم الدولة", "threaten", "بقتل رئيس مجلس النواب")]),
        ("ورفض نادي الهلال الاقامة في الفنادق المحددة.",
         [("نادي الهلال", "oppose", "الاقامة في الفنادق المحددة")]),
        # … and runs through its quoted name and a coordinated noun
        ("ورفضت حركة المقاومة الإسلامية «حماس» اتهامات عباس لها بتعطيل المصالحة.",
         [("حركة المقاومة الإسلامية حماس", "deny", "اتهامات عباس لها بتعطيل المصالحة")]),
        ("أعلنت شركة البرمجيات والتكنولوجيا الأمريكية «مايكروسوفت» تسجيل أكبر خسائرها.",
         [("شركة البرمجيات والتكنولوجيا الأمريكية مايكروسوفت", "assert",
           "تسجيل أكبر خسائرها")]),
    ],
)
def test_body_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


def test_honorific_pronoun_fadilatuh() -> None:
    text = "وقال عقيل الجاسم إن الحساب عسير. وحذر فضيلته من التهاون في الطاعات بعد رمضان."
    assert said(text)[-1] == ("عقيل الجاسم", "warn", "من التهاون في الطاعات بعد رمضان")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # investigations and examinations speak for themselves
        ("وكشفت التحقيقات أن المتهم خطط للهجوم منذ أشهر.", "التحقيقات"),
        ("كشف الفحص الطبي عن إصابة الحارس بتمدد في العضلة.", "الفحص"),
    ],
)
def test_report_nouns_speak(text: str, speaker: str) -> None:
    assert [sp for sp, _, _ in said(text)] == [speaker]


def test_light_verb_after_a_statement_phrase() -> None:
    text = ("ووجه اتحاد القوى العراقية في بيان له (حصلت «عكاظ» على نسخة منه) انتقادات لرئيس "
            "الوزراء لسماحه لإيران بالسيطرة على القرار.")
    assert said(text) == [("اتحاد القوى العراقية", "oppose",
                           "انتقادات لرئيس الوزراء لسماحه لإيران بالسيطرة على القرار")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the quotation after the occasion it was said on
        ("وقال عقيل الجاسم في مؤتمر صحافي في شانلي أورفة «تم تحديد هوية مشتبه به ويتم التحقق "
         "من صلاته».", "تم تحديد هوية مشتبه به ويتم التحقق من صلاته"),
        # … but not a quoted event name that the sentence goes on after
        ("وقال عقيل الجاسم في كلمة ألقاها خلال «المؤتمر الإعلامي الدولي لمواجهة الإرهاب» "
         "الذي عقد في دمشق: «هناك حديث كثير عن الاتفاق النووي».",
         "هناك حديث كثير عن الاتفاق النووي"),
    ],
)
def test_quotation_after_the_occasion(text: str, content: str) -> None:
    assert [c for _, _, c in said(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a day between the untagged name and إن is when, not who
        ("وقال الناطق الرسمي بالوزارة طارق الخراز اليوم إن عناصر الأمن اشتبهت في الشخص.",
         ["طارق الخراز"]),
        # two adjectives are no name
        ("واعلن مسؤول عسكري اميركي الخميس ان تركيا سمحت باستخدام القواعد.",
         ["مسؤول عسكري اميركي"]),
        # wrote / tweeted with a quotation, justified
        ("وقال عقيل الجاسم إن التصريح خاطئ. وكتب مغرّداً “الخليل كرهني بالإحصاء”.",
         ["عقيل الجاسم", "عقيل الجاسم"]),
    ],
)
def test_time_words_adjectives_and_writing(text: str, speakers: list[str]) -> None:
    assert [sp for sp, _, _ in said(text)] == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # بين is 'between' unless the content marker follows the speaker at once
        ("وستكون أول اتفاقية تجارة حرة بين كوريا الجنوبية واليابان، حيث إن سول وبكين "
         "توصلتا لاتفاقية ثنائية.", []),
        ("وبين روبرتو ازيفيدو أن قيمة التجارة سترتفع.",
         [("روبرتو ازيفيدو", "assert", "قيمة التجارة سترتفع")]),
    ],
)
def test_bayna_is_a_preposition_unless_that_follows(text: str,
                                                     expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected
