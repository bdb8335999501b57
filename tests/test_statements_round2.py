"""Statements stage, round 2 (dev8 and the seen held-out batches): one table row per rule —
fronted subjects, plural nominal speakers, places that are no subject, titles pointing back to
their holder, new verbs, content-lead stances."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.pipeline import Context
from marsad.statements import run
from tests.test_meetings_helpers import doc_with, statements_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "توني بلير": (P, "توني بلير"), "نكورونزيزا": (P, "بيير نكورونزيزا"),
    "حسن نصر الله": (P, "حسن نصر الله"), "حزب الله": (ORG, "حزب الله"),
    "تركيا": (L, "تركيا"), "اليمن": (L, "اليمن"), "مكة": (L, "مكة"),
    "عبدالله آل غالب": (P, "عبدالله آل غالب"), "عبدالرحمن الشعبي": (P, "عبدالرحمن الشعبي"),
    "هادي اليامي": (P, "هادي اليامي"), "تشونج مونج جون": (P, "تشونج مونج جون"),
    "جون كيري": (P, "جون كيري"), "كيري": (P, "جون كيري"), "إيران": (L, "إيران"),
    "روحاني": (P, "حسن روحاني"), "تمام سلام": (P, "تمام سلام"),
    "علي خامنئي": (P, "علي خامنئي"), "خامنئي": (P, "علي خامنئي"),
    "سلمان بن إبراهيم آل خليفة": (P, "سلمان بن إبراهيم آل خليفة"),
    "اتحاد القوى العراقية": (ORG, "اتحاد القوى العراقية"),
    "منظمة العفو الدولية": (ORG, "منظمة العفو الدولية"),
    "منظمة التجارة العالمية": (ORG, "منظمة التجارة العالمية"),
    "جنيف": (L, "جنيف"), "المرصد السوري لحقوق الإنسان": (ORG, "المرصد السوري لحقوق الإنسان"),
    "ستيفان دي مستورا": (P, "ستيفان دي مستورا"), "هانز لوتشر": (P, "هانز لوتشر"),
    "لوتشر": (P, "هانز لوتشر"), "جامعة الملك عبدالعزيز": (ORG, "جامعة الملك عبدالعزيز"),
    "مطلق الخمعلي": (P, "مطلق الخمعلي"), "واشنطن": (L, "واشنطن"),
    "مجلس التعاون": (ORG, "مجلس التعاون"), "سعود الدلبحي": (P, "سعود الدلبحي"),
    "الكنيست": (ORG, "الكنيست"), "السيسي": (P, "عبد الفتاح السيسي"),
    "مملكة البحرين": (L, "مملكة البحرين"), "رويترز": (ORG, "رويترز"), "واس": (ORG, "واس"),
    "محمد المصري": (P, "محمد المصري"), "وزارة الخارجية": (ORG, "وزارة الخارجية"),
    "موسكو": (L, "موسكو"),
    "رويال داتش شل": (ORG, "رويال داتش شل"), "شل": (ORG, "رويال داتش شل"),
    "سليمان آل عبدالله": (P, "سليمان آل عبدالله"), "الملك فيصل": (P, "فيصل بن عبدالعزيز"),
}


def said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.stance, s.content) for s in statements_with(text, NAMES, "2015-07-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وكان X قد قال": the subject stands before the verb, the title after it is no speaker
        ("وكان توني بلير رئيس الحكومة الأسبق قد صرح بأن ترشح كوربين سيكون كارثيا على الحزب.",
         [("توني بلير", "warn", "ترشح كوربين سيكون كارثيا على الحزب")]),  # (a disaster foretold)
        ("وكان زعيم حزب الله حسن نصر الله قد قال أول أمس: إن الحزب يثق بالدعم الإيراني.",
         [("حسن نصر الله", "assert", "الحزب يثق بالدعم الإيراني")]),
        # … an unnamed one keeps its words
        ("وكان أعضاء سابقون من الحزب قد قالوا ان الحزب قد يشهد انقساما داخليا.",
         [("أعضاء سابقون من الحزب", "assert", "الحزب قد يشهد انقساما داخليا")]),
        # "أما X فقد …"
        ("أما الجهات الأمنية فقد شددت على عدم التهاون مع المخالفين.",
         [("الجهات الأمنية", "warn", "عدم التهاون مع المخالفين")]),
        # "إن كانت ستعقد أم تؤجل": a conditional, no fronted subject
        ("جلسة لا يعلم أحد إن كانت ستعقد أم تؤجل دعا إليها الرئيس تمام سلام اليوم.", []),
        # a plural nominal speaker: the name after it is the object
        ("ويتهم معارضون نكورونزيزا بمخالفة الدستور بترشحه لولاية ثالثة.",
         [("معارضون", "accuse", "نكورونزيزا بمخالفة الدستور بترشحه لولاية ثالثة")]),
        # a place after a preposition is no subject: the one speaking goes on
        ("أكد عبدالرحمن الشعبي أن الإدارة أغلقت ملف الأجانب. ووصف معسكر الفريق في تركيا "
         "بأنه واحد من أفضل المعسكرات.",
         [("عبدالرحمن الشعبي", "assert", "الإدارة أغلقت ملف الأجانب"),
          ("عبدالرحمن الشعبي", "assert", "واحد من أفضل المعسكرات")]),
        # … nor one with a preposition written onto it
        ("دعا هادي اليامي إلى التحقيق في الجرائم. وأكد دعم مسار حقوق الإنسان باليمن.",
         [("هادي اليامي", "call", "التحقيق في الجرائم"),
          ("هادي اليامي", "support", "دعم مسار حقوق الإنسان باليمن")]),
        # a title before a place points back to the person presented with it
        ("وفي مقدمتهم أمينها العام الدكتور عبدالله آل غالب. وقال أمين عام غرفة مكة: "
         "«خدمة منتسبي الغرفة هي الهدف الأساسي».",
         [("عبدالله آل غالب", "assert", "خدمة منتسبي الغرفة هي الهدف الأساسي")]),
        # أعرب X <apposition> عن …: what was said starts at عن
        ("وأعرب تشونج مونج جون نائب رئيس الاتحاد الدولي السابق عن نيته بالترشح.",
         [("تشونج مونج جون", "assert", "عن نيته بالترشح")]),
    ],
)
def test_speakers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new verbs: criticism and complaint (oppose), plural and less common say-verbs
        ("انتقدت المعارضة الإيرانية الزيارة المزمعة إلى طهران.",
         [("المعارضة الإيرانية", "oppose", "الزيارة المزمعة إلى طهران")]),
        ("ونددت منظمة العفو الدولية الخميس بما اعتبرته موجة إعدامات في إيران متحدثة عن تنفيذ "
         "700 حكم منذ بداية العام.",
         [("منظمة العفو الدولية", "condemn", "بما اعتبرته موجة إعدامات في إيران"),
          ("منظمة العفو الدولية", "assert", "عن تنفيذ 700 حكم منذ بداية العام")]),
        ("وقال كيري إن الاتفاق جيد. وواصل \"لن نسمح لإيران بامتلاك سلاح نووي\".",
         [("جون كيري", "assert", "الاتفاق جيد"),
          ("جون كيري", "assert", "لن نسمح لإيران بامتلاك سلاح نووي")]),
        # content-lead stances: "من الضروري" call, "سنرد" threaten, "سنواصل دعم" support
        ("وقال كيري \"من الضروري أن تبدأ الحكومة حوارا جادا مع المعارضة\".",
         [("جون كيري", "call", "من الضروري أن تبدأ الحكومة حوارا جادا مع المعارضة")]),
        ("وقال كيري: «سنرد على ذلك بالشكل المناسب».",
         [("جون كيري", "threaten", "سنرد على ذلك بالشكل المناسب")]),
        ("وأضاف روحاني: إننا سنواصل دعم الشعوب في اليمن.",
         [("حسن روحاني", "support", "سنواصل دعم الشعوب في اليمن")]),
        # "أعرب عن تقبلها": acceptance is support
        ("وعبر تمام سلام عن تقبله للفكرة.",
         [("تمام سلام", "support", "عن تقبله للفكرة")]),
    ],
)
def test_verbs_and_stances_first(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "… وقال X" with no comma still opens a clause of its own
        ("وساند علي خامنئي النواب حيث نشر صورة على تويتر وقال خامنئي: إن أوباما ادعى القدرة "
         "على الضرب.",
         [("علي خامنئي", "assert", "أوباما ادعى القدرة على الضرب")]),
        # … and so does "… وقال "…"" after a quotation
        ("ووصف كيري الانتخابات بأنها \"معيبة للغاية\" وقال \"من الضروري أن تبدأ الحكومة "
         "حوارا\".",
         [("جون كيري", "assert", "معيبة للغاية"),
          ("جون كيري", "call", "من الضروري أن تبدأ الحكومة حوارا")]),
        # "بعد أن" is a time clause, not what was said
        ("وكان النواب الجمهوريون هددوا بسحب التمويل السنوي بعد أن نشرت مجموعة مقاطع فيديو.",
         [("النواب الجمهوريون", "threaten", "بسحب التمويل السنوي")]),
        # a plural head keeps its plural adjective
        ("حيث هدد نواب محافظون روحاني بإلغاء الاتفاق.",
         [("نواب محافظون", "threaten", "روحاني بإلغاء الاتفاق")]),
        # a condition opens a warning; a promise to act makes it a threat
        ("وقال كيري: إنه إذا لم يتم تنفيذ هذا الاتفاق فلن تبقى أي قيود على برنامج إيران.",
         [("جون كيري", "warn", "إذا لم يتم تنفيذ هذا الاتفاق فلن تبقى أي قيود على برنامج إيران")]),
        ("وقال كيري: «في حال خرق إيران الاتفاق فإننا سنرد على ذلك».",
         [("جون كيري", "threaten", "في حال خرق إيران الاتفاق فإننا سنرد على ذلك")]),
        # "ابن X": the person named "… بن X" before
        ("قال سلمان بن إبراهيم آل خليفة إن بلاتيني مرشح فريد. وأعرب ابن إبراهيم عن دعمه للتجديد.",
         [("سلمان بن إبراهيم آل خليفة", "assert", "بلاتيني مرشح فريد"),
          ("سلمان بن إبراهيم آل خليفة", "support", "عن دعمه للتجديد")]),
        # "الحكومات": a plural nominal speaker; "المنظمة" points back to "منظمة (X)"
        ("وترفض الحكومات الأوروبية هذه الفكرة.",
         [("الحكومات الأوروبية", "oppose", "هذه الفكرة")]),
        ("انتقد نواب تمويل منظمة (بلاند بيرنتهود). وقالت المنظمة إنها لم تتربح من ذلك.",
         [("نواب", "oppose", "تمويل منظمة (بلاند بيرنتهود)"),
          ("بلاند بيرنتهود", "assert", "لم تتربح من ذلك")]),
    ],
)
def test_clauses_and_stances(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # light verbs speak only with a noun of speech: "جددت … تأكيدها", "وجه … انتقادات"
        ("جددت الإدارة الهلالية تأكيدها بأن الفريق لن يتعاقد مع لاعبين جدد.",
         [("الإدارة الهلالية", "assert", "الفريق لن يتعاقد مع لاعبين جدد")]),
        ("ووجه اتحاد القوى العراقية انتقادات لرئيس الوزراء لسماحه بالتدخل.",
         [("اتحاد القوى العراقية", "oppose", "انتقادات لرئيس الوزراء لسماحه بالتدخل")]),
        ("وجدد النادي عقد اللاعب لثلاثة مواسم.", []),
        ("ووقف الفريق في وجه الانتقادات بقوة.", []),
        # "رفض الاتهامات" is a denial
        ("وترفض الحكومات الأوروبية اتهامات المعارضة بأنها دعمت المتشددين.",
         [("الحكومات الأوروبية", "deny", "اتهامات المعارضة بأنها دعمت المتشددين")]),
        # a name in quotes after the verb speaks
        ("وأضاف «إيرنست»: «نحن نواصل متابعة هذه التقارير».",
         [("إيرنست", "assert", "نحن نواصل متابعة هذه التقارير")]),
        # "لصحيفة «حريت»" is spoken to (the source keeps the body it speaks from)
        ("وقال مسؤول في الإدارة الأمريكية لصحيفة «حريت» التركية إنه من المتوقع فتح القاعدة.",
         [("مسؤول في الإدارة الأمريكية", "assert", "من المتوقع فتح القاعدة")]),
        # a one-word institution the entities stage left untagged
        ("وقال البنتاجون إنه يدرس مطالب الأكراد.",
         [("البنتاجون", "assert", "يدرس مطالب الأكراد")]),
    ],
)
def test_light_verbs_and_nominal_speakers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an untagged name, a comma, a description, then the content marker
        ("قال جمال با رأس، القاضي اليمني السابق: إن القيادات الجنوبية رفضت إغراءات الحوثي، "
         "مشيرًا الى أنها اعترفت بشرعية الرئيس.",
         [("جمال با رأس", "assert", "القيادات الجنوبية رفضت إغراءات الحوثي"),
          ("جمال با رأس", "assert", "اعترفت بشرعية الرئيس")]),
        # … but not a place or an object before the comma
        ("وقال في الرياض، العاصمة السعودية: إن الاجتماع مهم.", []),
        # "آل X": the person named "… آل X" before
        ("وحضر الأمين العام عبدالله آل غالب الحفل. ودعا آل غالب إلى زيادة الجد في العمل.",
         [("عبدالله آل غالب", "call", "زيادة الجد في العمل")]),
    ],
)
def test_untagged_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite head with adjectives points back to the body named before
        ("ونددت منظمة العفو الدولية بموجة الإعدامات. وأفادت المنظمة الحقوقية التي تتخذ لندن مقرا "
         "أن السلطات أعدمت 694 شخصا.",
         [("منظمة العفو الدولية", "condemn", "بموجة الإعدامات"),
          ("منظمة العفو الدولية", "assert", "السلطات أعدمت 694 شخصا")]),
        # "كشف … عن": what was said starts at عن, past the speaker's description
        ("كشفت اللجنة التنفيذية لمهرجان «عيدنا» في نسخته الثانية عن تأمين خدمة منخفضة التكلفة.",
         [("اللجنة التنفيذية لمهرجان عيدنا", "assert", "عن تأمين خدمة منخفضة التكلفة")]),
        # "وهي …" after an object is a circumstance, not what was said
        ("وترفض الحكومات الأوروبية هذه الفكرة وهي تتفاوض مع أثينا.",
         [("الحكومات الأوروبية", "oppose", "هذه الفكرة")]),
    ],
)
def test_nominal_references_and_bounds(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "المنظمة الدولية ومقرها جنيف قالت": the seat is no speaker, the body is the one named
        ("أعلنت منظمة التجارة العالمية أنها توصلت إلى اتفاق. لكن المنظمة الدولية ومقرها جنيف "
         "قالت: إن كل الدول الأعضاء ستستفيد.",
         [("منظمة التجارة العالمية", "assert", "توصلت إلى اتفاق"),
          ("منظمة التجارة العالمية", "assert", "كل الدول الأعضاء ستستفيد")]),
        # a relative clause after the speaker: the content marker comes later
        ("وقال المرصد السوري لحقوق الإنسان الذي يتابع العنف في سوريا عبر شبكة من الناشطين "
         "والمصادر الطبية في أنحاء البلاد منذ سنوات إن الجيش هاجم البلدة.",
         [("المرصد السوري لحقوق الإنسان", "assert", "الجيش هاجم البلدة")]),
        # "وشدد على …", "وأشار إلى …" with the subject dropped: the one speaking goes on
        ("قال ستيفان دي مستورا إن الوضع صعب. وشدد على عدم وجود حل عسكري لهذا الصراع، وأشار إلى "
         "ضرورة حماية المدنيين.",
         [("ستيفان دي مستورا", "assert", "الوضع صعب"),
          ("ستيفان دي مستورا", "assert", "عدم وجود حل عسكري لهذا الصراع"),
          ("ستيفان دي مستورا", "call", "ضرورة حماية المدنيين")]),
        # "التقارير تشير إلى أن": the reports speak
        ("إلا أن التقارير تشير إلى أنه يرغب بالعودة إلى إسبانيا.",
         [("التقارير", "assert", "يرغب بالعودة إلى إسبانيا")]),
    ],
)
def test_subjects_further_away(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "بقوله:" after a named subject: that person speaks
        ("ويصف لوتشر الواقعة بقوله: كانت لحظات مرعبة.",
         [("هانز لوتشر", "assert", "كانت لحظات مرعبة")]),
        # "كلية الهندسة بجامعة X": the faculty speaks, and is who "الكلية" goes on being
        ("أعلنت كلية الهندسة بجامعة الملك عبدالعزيز عن توافر وظيفة معيد. وأشارت الكلية إلى أن "
         "الطلبات تقدم إلكترونيا.",
         [("كلية الهندسة بجامعة الملك عبدالعزيز", "assert", "عن توافر وظيفة معيد"),
          ("كلية الهندسة بجامعة الملك عبدالعزيز", "assert", "الطلبات تقدم إلكترونيا")]),
        # "وحثهم على …": the addressees as a suffix, the speaker goes on
        ("وتفقد مطلق الخمعلي المستشفى، والتقى الكوادر الطبية وحثهم على أهمية خدمة المرضى.",
         [("مطلق الخمعلي", "call", "أهمية خدمة المرضى")]),
        # "لن يكون هناك تعليق" declines; "منوهاً بالجهود" praises
        ("وقال مطلق الخمعلي إنه لن يكون هناك تعليق على العمليات.",
         [("مطلق الخمعلي", "decline_comment", "لن يكون هناك تعليق على العمليات")]),
        ("وقال مطلق الخمعلي إن الخدمة تحسنت، منوها بالجهود التي تبذلها الإدارة.",
         [("مطلق الخمعلي", "assert", "الخدمة تحسنت"),
          ("مطلق الخمعلي", "support", "بالجهود التي تبذلها الإدارة")]),
    ],
)
def test_round2_heldout_patterns(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "بعض X": the group speaks, not the quantifier
        ("وترى بعض سيدات الأعمال أن المناسبة فرصة ثمينة للالتقاء.",
         [("سيدات الأعمال", "assert", "المناسبة فرصة ثمينة للالتقاء")]),
        # "المعلومات الصادرة عن X": X speaks
        ("وتقول المعلومات الصادرة عن واشنطن إن الزيارة لن تكون ممكنة.",
         [("واشنطن", "assert", "الزيارة لن تكون ممكنة")]),
        # a quoted phrase inside the object: the whole object is what was said
        ("وحذر تمام سلام من «المخاطر الملموسة» في العاصمة خلال الأيام المقبلة.",
         [("تمام سلام", "warn", "من «المخاطر الملموسة» في العاصمة خلال الأيام المقبلة")]),
    ],
)
def test_round2_dev_patterns(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "الشركة" stays the company speaking when it was introduced with "شركة" too, not the
        # subsidiary named last; a name in quotes right after the verb speaks
        ("أعلنت شركة «رويال داتش شل» خفض الاستثمارات وبيع حصتها في شركة «شوا» التابعة لها. "
         "وكانت الشركة أعلنت في أبريل عزمها الاستحواذ على بي جي. وقالت «شل» إنها ستستغل "
         "الاستحواذ.",
         [("رويال داتش شل", "assert", "خفض الاستثمارات وبيع حصتها في شركة «شوا» التابعة لها"),
          ("رويال داتش شل", "assert", "في أبريل عزمها الاستحواذ على بي جي"),
          ("رويال داتش شل", "assert", "ستستغل الاستحواذ")]),
        # … but a quotation opening with a name is what was said, not who said it
        ("وقال سليمان آل عبدالله \"الملك فيصل كان شخصية محنكة\".",
         [("سليمان آل عبدالله", "assert", "الملك فيصل كان شخصية محنكة")]),
    ],
)
def test_company_references_and_quoted_names(text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "لصحيفة «X»": the paper's name in quotes is no content
        ("وقال تمام سلام لصحيفة «غانا سبورتس أون لاين» إن هناك ثلاثة مسؤولين حضروا إلى ميلان.",
         [("تمام سلام", "assert", "هناك ثلاثة مسؤولين حضروا إلى ميلان")]),
        # … but "للصحفيين “…”" is what was said
        ("وأضاف تمام سلام للصحفيين “سنفعل كل ما يمكن لتعطيل الاتفاق.”",
         [("تمام سلام", "assert", "سنفعل كل ما يمكن لتعطيل الاتفاق")]),
        # "معلومات «المدينة»": the paper speaks
        ("في حين أشارت معلومات «المدينة» أن مدة العقد تبلغ سنتين.",
         [("المدينة", "assert", "مدة العقد تبلغ سنتين")]),
        # listeners named after "لصحفيين" are not the speaker
        ("وقال الجيش لصحفيين يرافقون وزير الدفاع الأمريكي جون كيري إن الضربة أحدث الضربات.",
         [("الجيش", "assert", "الضربة أحدث الضربات")]),
        # "فصائل X رفضت … وقالوا": the factions go on speaking
        ("لكن فصائل الزنتان رفضت تسليمه وقالوا إنهم لا يثقون بالسلطات في طرابلس.",
         [("فصائل الزنتان", "assert", "لا يثقون بالسلطات في طرابلس")]),
    ],
)
def test_dev9_patterns(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "كان" before something that is no subject: nobody speaks
        ("العبارة التي كانت تعمل على خط البحر الأحمر بين الميناءين أن غرقت.", []),
        ("وكانت بحوزة قس كلداني يدعي أنها أصلية.", []),
        # "واصل" is speech only before a quotation or a colon
        ("وواصل تمام سلام إشرافه على التدريبات قبل أن يغادر.", []),
        ("وواصل تمام سلام: «سنواصل العمل».",
         [("تمام سلام", "assert", "سنواصل العمل")]),
        # an untagged name before a title, then the content marker
        ("وأوضح راجح بادي الناطق الرسمي باسم الحكومة اليمنية، أن الوزراء سيعودون إلى عدن.",
         [("راجح بادي", "assert", "الوزراء سيعودون إلى عدن")]),
    ],
)
def test_round2_precision(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long circumstance after the speaker, then "إن «…»"
        ("وقال تمام سلام، خلال حوار أجرته معه «الشرق الأوسط» غداة لقائه خادم الحرمين الشريفين "
         "الملك سلمان بن عبد العزيز في جدة إن «إيران أدت إلى تعطل الانتخابات».",
         [("تمام سلام", "assert", "إيران أدت إلى تعطل الانتخابات")]),
        # "وعد" is "promised", not "عدّ"
        ("ووعد تمام سلام أن يطلق المشروع العام المقبل.", []),
        # "يشكو من" is suffering, not complaint
        ("النادي يشكو ديونا طائلة منذ سنوات.", []),
        # "دول مجلس التعاون": a plural head in construct with a body's name
        ("وأكدت دول مجلس التعاون ضرورة تسوية الصراع.",
         [("مجلس التعاون", "call", "ضرورة تسوية الصراع")]),
    ],
)
def test_round2_corpus_precision(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present-tense "تشير إلى" after a noun: that noun is the subject, not the last speaker
        ("قال تمام سلام إن الفريق جاهز. وصور انتشرت عبر مواقع التواصل، تشير إلى قرب المدرب من "
         "اللاعبين.",
         [("تمام سلام", "assert", "الفريق جاهز")]),
        # "وإذا كان الأمر كذلك فإنه يكشف …": a condition, no fronted subject
        ("وإذا كان الأمر كذلك فإنه يكشف الكثير عن أنفسنا.", []),
    ],
)
def test_round2_corpus_precision_2(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وبحسب X فإن …" at the head of a sentence: X speaks
        ("وبحسب المهندس سعود الدلبحي فإن عمليات غش واسعة اجتاحت القطاع العقاري.",
         [("سعود الدلبحي", "assert", "عمليات غش واسعة اجتاحت القطاع العقاري")]),
        # … but "وحسب صحيفة X، التقط المصور …" is a narrative's source, and "حسب" inside a
        # sentence attributes backwards
        ("وحسب صحيفة الديلي ميل البريطانية، التقط المصور الواقعة بالكاميرا.", []),
        # a role noun speaks ("وقالت الطالبة …"); "نفت أن" is deny
        ("وقالت الطالبة إنها لم تسجل التخصص. ونفت الطالبة أن تكون الجامعة قد ساهمت في نقلها.",
         [("الطالبة", "assert", "لم تسجل التخصص"),
          ("الطالبة", "deny", "تكون الجامعة قد ساهمت في نقلها")]),
        # "على X أن …" is a call
        ("وقال تمام سلام: على الأمم المتحدة أن تعيد الملف إلى دول الخليج.",
         [("تمام سلام", "call", "على الأمم المتحدة أن تعيد الملف إلى دول الخليج")]),
    ],
)
def test_round2_dev10_patterns(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


def test_role_noun_before_a_name_known_elsewhere() -> None:
    # "الفنانة إلهام علي" left untagged at its first mention, tagged later as "إلهام علي"
    doc = doc_with("طالبت الفنانة إلهام علي بسرعة عرض المسلسل. وقالت الممثلة إلهام علي: "
                   "«أتمنى عرضه قريبا».", {}, "2015-07-27")
    from marsad.document import Entity
    i = doc.text.rfind("إلهام علي")
    doc.entities = [Entity(start=i, end=i + len("إلهام علي"), text="إلهام علي", type=P,
                           canonical="إلهام علي")]
    run(doc, Context(pub_date=date(2015, 7, 27)))
    assert [(s.speaker, s.stance) for s in doc.statements][:1] == [("إلهام علي", "call")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وقال أمام الكنيست": the audience is no speaker; the one speaking goes on
        ("دافع تمام سلام عن الاتفاق. وقال أمام الكنيست الإسرائيلي: «نعتقد أن الاتفاق حل وسط».",
         [("تمام سلام", "support", "عن الاتفاق"),
          ("تمام سلام", "assert", "نعتقد أن الاتفاق حل وسط")]),
        # "…، كما أكد الرئيس X”، مستطرداً “…”": X closes a quotation, the quoted speaker goes on
        ("قال تمام سلام: ” نبذل كل ما بوسعنا لتوثيق العلاقات، كما أكد الرئيس السيسي”، "
         "مستطرداً “جناحا الأمة يرفرفان لخدمة الشعوب”.",
         [("تمام سلام", "assert", "نبذل كل ما بوسعنا لتوثيق العلاقات"),
          ("تمام سلام", "assert", "جناحا الأمة يرفرفان لخدمة الشعوب")]),
    ],
)
def test_round2_ner_robustness(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own first-person verb sets the stance
        ("واختتم تمام سلام تصريحاته بالقول \"أناشد كل القادة العودة إلى حضن الوطن\".",
         [("تمام سلام", "call", "أناشد كل القادة العودة إلى حضن الوطن")]),
        ("وتابع تمام سلام: \"لهذا فإنه من الضروري أن تبقى آسيا متحدة\".",
         [("تمام سلام", "call", "لهذا فإنه من الضروري أن تبقى آسيا متحدة")]),
        # … and so does the clause's verb when its subject is the speaker
        ("وجاء في بيان أن مملكة البحرين «تدين بشدة استمرار التصريحات العدائية».",
         [("مملكة البحرين", "condemn", "تدين بشدة استمرار التصريحات العدائية")]),
        ("وقال المتحدث إن مملكة البحرين تدين بشدة استمرار التصريحات. وأكدت مملكة البحرين أنها "
         "ترفض أي تدخل في شؤونها.",
         [("المتحدث", "assert", "مملكة البحرين تدين بشدة استمرار التصريحات"),
          ("مملكة البحرين", "oppose", "ترفض أي تدخل في شؤونها")]),
    ],
)
def test_round2_clause_stances(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


def test_plural_head_before_a_glued_body_keeps_the_phrase() -> None:
    doc = doc_with("كان النواب الجمهوريون بالكونغرس هددوا بسحب التمويل السنوي للمنظمة.",
                   {"الكونغرس": (ORG, "الكونغرس")}, "2015-07-31")
    run(doc, Context(pub_date=date(2015, 7, 31)))
    assert [(s.speaker, s.stance) for s in doc.statements] == [
        ("النواب الجمهوريون", "threaten")]


def test_dual_verb_speaks_for_the_two_names_joined_before() -> None:
    doc = doc_with("ولم يوفد الاتحاد الأوروبي والاتحاد الافريقي مراقبين للانتخابات لأنهما قالا إن "
                   "العملية برمتها لم تكن تتحلى بالمصداقية.",
                   {"الاتحاد الأوروبي": (ORG, "الاتحاد الأوروبي"),
                    "الاتحاد الافريقي": (ORG, "الاتحاد الافريقي")}, "2015-07-26")
    run(doc, Context(pub_date=date(2015, 7, 26)))
    assert [(s.speaker, s.content) for s in doc.statements] == [
        ("الاتحاد الأوروبي", "العملية برمتها لم تكن تتحلى بالمصداقية"),
        ("الاتحاد الافريقي", "العملية برمتها لم تكن تتحلى بالمصداقية")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وأضاف بحسب «رويترز»، أن …": the agency is the source, the one speaking goes on
        ("قال تمام سلام إن المنظمة لا تتوقع هبوط الأسعار. وأضاف بحسب «رويترز»، أن المنظمة لا "
         "تعتزم خفض الإنتاج.",
         [("تمام سلام", "assert", "المنظمة لا تتوقع هبوط الأسعار"),
          ("تمام سلام", "assert", "المنظمة لا تعتزم خفض الإنتاج")]),
        # "يدعى" (is called) is no "يدّعي" (claims): only the officials speak
        ("وقال المسؤولون في مستشفى غزة إن القتيل يدعى محمد المصري (17 عاما).",
         [("المسؤولون", "assert", "القتيل يدعى محمد المصري (17 عاما)")]),
        # "ل “واس”" is spoken to, not the speaker
        ("وأوضح ل “واس” مدير عام المشاريع في الهيئة أن المشروع من المشروعات المهمة.", []),
    ],
)
def test_round2_last_corpus_checks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feminine say-participle used as an adjective: nobody speaks
        ("قال تمام سلام إن القمة ناجحة. وعقدت القمة وسط إجراءات أمنية مشددة في العاصمة.",
         [("تمام سلام", "assert", "القمة ناجحة")]),
        ("قال تمام سلام إن الساعة تتمتع بميزة لافتة تكمن في تصميمها.",
         [("تمام سلام", "assert", "الساعة تتمتع بميزة لافتة تكمن في تصميمها")]),
        # … but before what she says it speaks
        ("نفت وزارة الخارجية الاتهامات الموجهة إليها، واصفة ذلك بالادعاءات المشينة.",
         [("وزارة الخارجية", "deny", "الاتهامات الموجهة إليها"),
          ("وزارة الخارجية", "assert", "ذلك بالادعاءات المشينة")]),
    ],
)
def test_round2_participle_adjectives(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "أكدت X حرصها على …": the possessed noun is part of what was said
        ("وأكدت موسكو حرصها على منع نشوب سباق تسلح نووي في الشرق الأوسط.",
         [("موسكو", "assert", "حرصها على منع نشوب سباق تسلح نووي في الشرق الأوسط")]),
        # "وشدد X العربية على أهمية …": past the speaker's adjectives, after على (and a call)
        ("وشدد مجلس التعاون الخليجي على أهمية تلبية مطالب الحكومة الشرعية.",
         [("مجلس التعاون", "call", "أهمية تلبية مطالب الحكومة الشرعية")]),
    ],
)
def test_round2_preposition_after_the_speaker(text: str,
                                              expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause in commas after the speaker, then "على …"
        ("وشدد تمام سلام، الذي يعد أحد أبرز المتنافسين على منصب الرئاسة منذ عام 2014، على "
         "ضرورة إقرار قانون جديد للانتخابات.",
         [("تمام سلام", "call", "ضرورة إقرار قانون جديد للانتخابات")]),
        # "رفض هذه الاتهامات" is a denial
        ("ورفضت وزارة الخارجية هذه الاتهامات جملة وتفصيلا.",
         [("وزارة الخارجية", "deny", "هذه الاتهامات جملة وتفصيلا")]),
    ],
)
def test_round2_dev7_patterns(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


def test_feminine_participle_after_a_comma_speaks() -> None:
    # "…، مؤكدة استمرار دعمها": a clause of its own, though no marker follows
    assert said("قالت وزارة الخارجية إنها ستواصل العمل، مؤكدة استمرار دعمها للمشروع.") == [
        ("وزارة الخارجية", "assert", "ستواصل العمل"),
        ("وزارة الخارجية", "assert", "استمرار دعمها للمشروع")]


@pytest.mark.parametrize(("text", "said_on"), [
    # a date inside what was said is what it is about, not when it was said
    ("وقال الأمير تشارلز أمس إن الماغنا كارتا وقعت في 15 يونيو 1215 في إنجلترا.", "2015-07-25"),
    ("وأكد وزير الخارجية عادل الجبير يوم الأحد الماضي أن المملكة ستواصل دعمها.", "2015-07-19"),
    ("وقال وزير الخارجية عادل الجبير إن المملكة ستستضيف القمة يوم 10 أغسطس المقبل.",
     "2015-07-26"),
])
def test_statement_date_is_when_it_was_said(text: str, said_on: str) -> None:
    from marsad.pipeline import analyze_text

    doc = analyze_text(text, date(2015, 7, 26))
    assert doc.statements, text
    assert all(s.date == said_on for s in doc.statements), [(s.date, s.date_source)
                                                            for s in doc.statements]
