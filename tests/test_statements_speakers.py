"""Statements stage, speaker resolution fixes found on the dev set: one table row per case."""

from __future__ import annotations

import pytest

from tests.test_meetings_helpers import statements_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "ديفيد كاميرون": (P, "ديفيد كاميرون"), "كاميرون": (P, "ديفيد كاميرون"),
    "إنجلترا": (L, "إنجلترا"), "فيتنام": (L, "فيتنام"), "بريطانيا": (L, "بريطانيا"),
    "هآرتس": (ORG, "هآرتس"), "عريقات": (P, "صائب عريقات"),
    "يوهانس فانديلاو": (P, "يوهانس فانديلاو"), "الأمم المتحدة": (ORG, "الأمم المتحدة"),
    "اليمن": (L, "اليمن"), "عدن": (L, "عدن"),
    "لوران فابيوس": (P, "لوران فابيوس"), "فابيوس": (P, "لوران فابيوس"),
    "عبدالله الغرير": (P, "عبدالله الغرير"), "تبوك": (L, "تبوك"),
    "خالد اليوسف": (P, "خالد اليوسف"), "مصر": (L, "مصر"), "بيت إيل": (P, "بيت إيل"),
    "بشكتاش": (ORG, "بشكتاش"), "ماريو جوميز": (P, "ماريو جوميز"),
    "حيدر العبادي": (P, "حيدر العبادي"), "عادل بن أحمد الجبير": (P, "عادل بن أحمد الجبير"),
    "الجبير": (P, "عادل بن أحمد الجبير"), "سامح شكرى": (P, "سامح شكرى"),
    "وزير الخارجية الأردني": (P, "ناصر جودة"), "ناصر جودة": (P, "ناصر جودة"),
    "محمد بن نايف": (P, "محمد بن نايف"), "جوزيف وستفال": (P, "جوزيف وستفال"),
    "علي بن عامر الهلالي": (P, "علي بن عامر الهلالي"), "الهلالي": (P, "علي بن عامر الهلالي"),
    "طالبان": (ORG, "طالبان"), "منصور الخنيزان": (P, "منصور الخنيزان"),
}


def said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.stance, s.content) for s in statements_with(text, NAMES, "2015-07-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "عبر" without "عن" is the preposition "across": no speaker, and the next dropped-pronoun
        # verb goes on with the person the sentence is about
        ("وعلق كاميرون خلال زيارة له إلى فيتنام على أزمة المهاجرين إلى إنجلترا عبر كاليه، "
         "وقال إن بريطانيا لن تصبح ملاذا آمنا.",
         [("ديفيد كاميرون", "assert", "بريطانيا لن تصبح ملاذا آمنا")]),
        # the given name علي is not the (folded) preposition على
        ("وأبان مسؤول الخدمة بالفعاليات علي القحطاني أنه تم توفير 50 سيارة.",
         [("علي القحطاني", "assert", "تم توفير 50 سيارة")]),
        # "الصحيفة" alone: the paper named before
        ("كشفت صحيفة «هآرتس» تفاصيل اللقاء. وادعت الصحيفة أن عريقات لم يضع شروطا.",
         [("هآرتس", "assert", "تفاصيل اللقاء"), ("هآرتس", "assert", "عريقات لم يضع شروطا")]),
        # "اللجنة" alone: the committee this article already quoted by its full name
        ("كشفت اللجنة التنفيذية لمهرجان عيدنا عن خدمة جديدة للزوار. "
         "وأوضحت اللجنة أن التطبيق يتيح تتبع السيارة.",
         [("اللجنة التنفيذية لمهرجان عيدنا", "assert", "عن خدمة جديدة للزوار"),
          ("اللجنة التنفيذية لمهرجان عيدنا", "assert", "التطبيق يتيح تتبع السيارة")]),
        # a long title given before the name, repeated later without it
        ("قام المنسق الإنساني للأمم المتحدة في اليمن يوهانس فانديلاو بزيارة إلى عدن. "
         "وعبر المنسق الإنساني للأمم المتحدة في اليمن عن سروره البالغ بالزيارة.",
         [("يوهانس فانديلاو", "welcome", "عن سروره البالغ بالزيارة")]),
        # an auxiliary verb before a present-tense reporting verb: the speaker goes on
        ("واوضح فابيوس أن الزيارة مقررة. ومضى يقول \"سأجري محادثات حول كل المواضيع\".",
         [("لوران فابيوس", "assert", "الزيارة مقررة"),
          ("لوران فابيوس", "assert", "سأجري محادثات حول كل المواضيع")]),
        # "… الناطق الإعلامي بمنطقة تبوك وحث …": a title before a و-verb is not its subject
        ("أنقذ رجال حرس الحدود طفلا من الغرق. "
         "أوضح ذلك العميد عبدالله الغرير الناطق الإعلامي لحرس الحدود بمنطقة تبوك وحث "
         "المواطنين على توخي الحذر عند السباحة.",
         [("عبدالله الغرير", "assert", "أنقذ رجال حرس الحدود طفلا من الغرق"),
          ("عبدالله الغرير", "call", "المواطنين على توخي الحذر عند السباحة")]),
        # a long title (up to ten words) before the person's name
        ("وأوضح رئيس ديوان المظالم رئيس مجلس القضاء الإداري الشيخ الدكتور خالد اليوسف، "
         "أن الأمر الملكي تضمن ترقية القضاة.",
         [("خالد اليوسف", "assert", "الأمر الملكي تضمن ترقية القضاة")]),
        # … but not across a quotation mark: the place is the speaker
        ("دانت مصر القرار الإسرائيلي ببناء مئات من الوحدات الاستيطانية بمستوطنة \"بيت إيل\" "
         "شمال رام الله.",
         [("مصر", "condemn", "القرار الإسرائيلي ببناء مئات من الوحدات الاستيطانية بمستوطنة "
                             "\"بيت إيل\" شمال رام الله")]),
        # title, comma, name: an apposition, and the title stands for the name later on
        ("أكد وزير الخارجية السعودى، عادل بن أحمد الجبير، على أهمية تعزيز العلاقات مع مصر. "
         "وأشاد وزير الخارجية السعودى بالاجتماع الذي جمع الزعيمين.",
         [("عادل بن أحمد الجبير", "call", "أهمية تعزيز العلاقات مع مصر"),
          ("عادل بن أحمد الجبير", "support", "بالاجتماع الذي جمع الزعيمين")]),
        # the entities stage tagged the title itself as the person: the name after it and its
        # comma are not what was said
        ("قال وزير الخارجية الأردني، ناصر جودة، إن الحل سياسي.",
         [("ناصر جودة", "assert", "الحل سياسي")]),
        # more titles open an unnamed subject whose last two words are the name
        ("ويرى الخبير الاقتصادي فضل البوعينين أن أسعار النفط ستتعافى.",
         [("فضل البوعينين", "assert", "أسعار النفط ستتعافى")]),
        # an indefinite title with nobody named is the speaker itself, not the last speaker
        ("وقال فابيوس إن الزيارة مقررة. ولفت رئيس البلدية إلى أن المشروع سينتهي قريبا.",
         [("لوران فابيوس", "assert", "الزيارة مقررة"),
          ("رئيس البلدية", "assert", "المشروع سينتهي قريبا")]),
        # a definite title points back to the one already speaking
        ("وقال فابيوس إن الزيارة مقررة. وتابع الوزير الفرنسي أن المحادثات ستشمل كل المواضيع.",
         [("لوران فابيوس", "assert", "الزيارة مقررة"),
          ("لوران فابيوس", "assert", "المحادثات ستشمل كل المواضيع")]),
        # studies and reports speak for themselves
        ("كشفت دراسة أجراها فريق من الباحثين أن الباندا يأكل البامبو طوال اليوم. "
         "وأوضح التحليل امتلاك الباندا صفة وراثية لأكل اللحوم.",
         [("دراسة", "assert", "الباندا يأكل البامبو طوال اليوم"),
          ("التحليل", "assert", "امتلاك الباندا صفة وراثية لأكل اللحوم")]),
        ("وأشار التقرير إلى أن معدل البطالة انخفض.",
         [("التقرير", "assert", "معدل البطالة انخفض")]),
        # "وسائل الإعلام": a generic head with its genitive
        ("وكشفت وسائل الإعلام أن الصفقة اكتملت.",
         [("وسائل الإعلام", "assert", "الصفقة اكتملت")]),
        # a one-word title points to the person this article named with it — the title written
        # after the host's name belongs to the guest named right after it
        ("استقبل وزير الداخلية الأمير محمد بن نايف السفير الأمريكي جوزيف وستفال. "
         "وأكد السفير أن بلاده تدعم المملكة.",
         [("جوزيف وستفال", "assert", "بلاده تدعم المملكة")]),
        ("استقبل وزير الداخلية الأمير محمد بن نايف السفير الأمريكي جوزيف وستفال. "
         "وقال السفير الأمريكي إن التعاون مستمر.",
         [("جوزيف وستفال", "assert", "التعاون مستمر")]),
        # a given name before a family name the entities stage linked to another person of
        # the same family: a person of its own (kin titles open the subject too)
        ("وحضر الشيخ علي بن عامر الهلالي. وقال والد الشهيد مغرم الهلالي بنبرات الفخر بأن "
         "أبناءه فداء للوطن.",
         [("مغرم الهلالي", "assert", "أبناءه فداء للوطن")]),
        # … but "أمس" is no given name
        ("وحضر الشيخ علي بن عامر الهلالي. وقال أمس الهلالي إن القبيلة فخورة.",
         [("علي بن عامر الهلالي", "assert", "القبيلة فخورة")]),
        # "وتابع المصدر": the unnamed source quoted before, never a name inside the content
        ("وقال مسؤول رفيع إن المفاوضات متعثرة. وتابع المصدر أن طالبان رفضت العرض.",
         [("مسؤول رفيع", "assert", "المفاوضات متعثرة"),
          ("مسؤول رفيع", "assert", "طالبان رفضت العرض")]),
        # (generic observers speak for nobody — annotation guide, round 6 — and are no source)
        ("وأشار مراقبون إلى أن طالبان منقسمة. وتابع المصدر أن طالبان رفضت العرض.",
         [("المصدر", "assert", "طالبان رفضت العرض")]),
    ],
)
def test_speaker_resolution(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a person after عن/مع is the object, not the speaker the team's name stands for
        ("أعلن فريق بشكتاش التركي لكرة القدم رسميا عن تعاقده مع الألماني ماريو جوميز لموسم واحد.",
         ["بشكتاش"]),
        # a long subject that is no title: the person after it is the object, not the speaker
        # (the nominal subject "القوى السياسية" speaks)
        ("وطالبت القوى السياسية والبرلمانية باستثناء القوى الشيعية رئيس الوزراء العراقي حيدر "
         "العبادي بتقديم تفسيرات.", ["القوى السياسية"]),
    ],
)
def test_objects_are_not_speakers(text: str, speakers: list[str]) -> None:
    assert [s for s, _, _ in said(text)] == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "رفع/قدم X شكره": thanks offered are a statement of support
        ("ورفع منصور الخنيزان شكره وتقديره لسمو المحافظ على دعمه.",
         [("منصور الخنيزان", "support", "شكره وتقديره لسمو المحافظ على دعمه")]),
        ("وقال منصور الخنيزان إن الموسم ناجح، مقدما الشكر للجنة المنظمة.",
         [("منصور الخنيزان", "assert", "الموسم ناجح"),
          ("منصور الخنيزان", "support", "الشكر للجنة المنظمة")]),
        # … anything else offered or raised is no speech
        ("وقدم منصور الخنيزان أداء جيدا في المباراة.", []),
        ("ورفع منصور الخنيزان العلم في الحفل.", []),
    ],
)
def test_thanks_offered(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


def test_it_turned_out_is_nobody_speaking() -> None:
    assert said("وقاس الباحثون الحرارة، فتبين أن حرارة الجسم منخفضة.") == []
