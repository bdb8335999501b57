"""Cue tables for the statements stage — data, not logic.

Forms are *folded* (أ/إ/آ → ا, ى → ي, ة → ه, no diacritics); a leading و / ف / س is handled by
the matcher. Each verb row: (forms, stance, frame)
  stance — the class when nothing in the content says otherwise (see ``CONTENT_STANCE``)
  frame  — "say": content is the quote or the أن/إن clause (or what follows)
           "object": content is the object (رفض …، أدان …، رحب بـ …)
           "express": أعرب عن + a noun that sets the stance (``EXPRESS_NOUNS``)
           "quote_from": نقل عن X — the speaker is X
  participles (مؤكدا، مشيرا إلى …) are listed with frame "say"/"object" and ``PARTICIPLES`` marks
  them: their speaker is the one already speaking in the sentence.
"""

from __future__ import annotations

# light verbs: "جدد تأكيده"، "وجه انتقادات"، "جدد الدعوة" — speech only with a noun of LIGHT_NOUNS
LIGHT_VERBS: tuple[str, ...] = ("جدد", "جددت", "يجدد", "تجدد", "مجددا", "جددا", "وجه", "وجهت",
                                "يوجه", "وجها", "كرر", "كررت", "يكرر", "تكرر")

# "according to" words that take their source with لـ or directly (folded)
ACCORDING_TO_LAM: tuple[str, ...] = ("وفق", "وفقا", "طبقا")

VERBS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    # assert
    (("قال", "قالت", "يقول", "تقول", "قالا", "قالوا", "اكد", "اكدت", "يؤكد", "تؤكد", "اكدا",
      "اكدوا", "اشار", "اشارت", "يشير", "تشير", "شدد", "شددت", "يشدد", "تشدد", "اوضح",
      "اوضحت", "يوضح", "توضح", "اضاف", "اضافت", "يضيف", "تضيف", "ذكر", "ذكرت", "ذكرا",
      "اعلن", "اعلنت", "يعلن", "تعلن", "كشف", "كشفت", "يكشف", "تكشف", "افاد", "افادت",
      "صرح", "صرحت", "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "لفت", "لفتت", "نوه", "نوهت",
      "تابع", "تابعت", "اردف", "اردفت", "بين", "بينت", "اكد", "وصف", "وصفت", "وصفها",
      "وصفه", "وصفا", "يري", "تري", "راي", "رات", "زعم", "زعمت", "ابلغ", "ابلغت",
      "اعترف", "اعترفت", "استطرد", "ادعي", "ادعت", "يدعي", "تدعي", "ابان", "ابانت", "يبين",
      "تبين", "غرد", "غردت", "يفيد", "تفيد", "تحدث", "تحدثت", "يتحدث",
      # plural and less common forms ("وذكروا أن", "ويعترف زملاؤه أن", "وواصل: «…»")
      "ذكروا", "اضافوا", "اوضحوا", "اشاروا", "شددوا", "اعتبروا", "يعترف", "تعترف", "واصل",
      "واصلت", "توقعت", "توقعوا", "عد", "عدت",
      # hinted, insisted, stressed, stipulated, wished, concluded ("وألمح الرويلي إلى …",
      # "وجزم كيري باستحالة …", "أصر على صحة …", "وركزت على أن …", "واشترطت الكلية أن …",
      # "تمنت أن يزور …", "وختمت المصادر: …")
      "المح", "المحت", "يلمح", "تلمح", "جزم", "جزمت", "يجزم", "اصر", "اصرت", "يصر", "تصر",
      "ركز", "ركزت", "اشترط", "اشترطت", "تمني", "تمنت", "يتمني", "تتمني", "ختم", "ختمت",
      "اختتم", "اختتمت", "استرسل",
      # wrote, tweeted, justified ("وكتب مغرداً «…»", "فقد برر محاسبته بأنه …")
      "كتب", "كتبت", "مغردا", "مغرده", "برر", "بررت"), "assert", "say"),
    (("مؤكدا", "مؤكده", "مشيرا", "مشيره", "مشددا", "مشدده", "موضحا", "موضحه", "مضيفا",
      "مضيفه", "لافتا", "لافته", "منوها", "منوهه", "مبينا", "مبينه", "معتبرا", "معتبره",
      "واصفا", "واصفه", "مفيدا", "مفيده", "كاشفا", "كاشفه", "مردفا", "مستطردا", "مشيرين",
      "مؤكدين", "مضيفين", "موضحين", "لافتين", "مشددين", "مشيرات", "مؤكدات",
      # "متحدثةً عن …" (only with عن, see NP_MARKERS/NEEDS_THAT); "واختتم تصريحاته بالقول: …"
      "متحدثا", "متحدثه", "بالقول", "بقوله", "بقولها"), "assert", "say"),
    # deny
    (("نفي", "نفت", "ينفي", "تنفي", "نفيا", "نفوا", "تنفيه", "ينفيه", "نافيا", "نافيه",
      "كذب", "كذبت", "ينفيان"), "deny", "object"),
    # oppose
    (("رفض", "رفضت", "يرفض", "ترفض", "رفضا", "رفضوا", "رافضا", "رافضه", "عارض", "عارضت",
      "يعارض", "تعارض", "معارضا",
      # criticism and complaint ("انتقدت المعارضة الزيارة", "اشتكى طلاب من الحرمان")
      "انتقد", "انتقدت", "ينتقد", "تنتقد", "انتقدوا", "منتقدا", "منتقده", "اشتكي", "اشتكت",
      "يشتكي", "تشتكي", "اشتكوا", "شكا", "شكي", "شكت", "يشكو", "تشكو", "شكوا"), "oppose",
     "object"),
    # accuse
    (("اتهم", "اتهمت", "يتهم", "تتهم", "اتهما", "اتهموا", "متهما", "متهمه"), "accuse", "object"),
    # warn
    (("حذر", "حذرت", "يحذر", "تحذر", "حذرا", "حذروا", "محذرا", "محذره", "نبه", "نبهت"),
     "warn", "object"),
    # threaten
    (("هدد", "هددت", "يهدد", "تهدد", "هددوا", "مهددا", "مهدده", "توعد", "توعدت", "يتوعد",
      "متوعدا"), "threaten", "object"),
    # call
    (("دعا", "دعت", "يدعو", "تدعو", "دعوا", "داعيا", "داعيه", "طالب", "طالبت", "يطالب",
      "تطالب", "طالبوا", "مطالبا", "مطالبه", "حث", "حثت", "يحث", "تحث", "حاثا", "ناشد",
      "ناشدت", "يناشد", "مناشدا",
      # with the addressees as a suffix ("وحثهم على …")
      "حثهم", "دعاهم", "طالبهم", "ناشدهم"), "call", "object"),
    # condemn
    (("ادان", "ادانت", "دانت", "دان", "يدين", "تدين", "ادانوا", "مدينا", "استنكر", "استنكرت",
      "يستنكر", "تستنكر", "مستنكرا", "شجب", "شجبت", "يشجب", "ندد", "نددت", "يندد", "تندد", "منددا"),
     "condemn", "object"),
    # welcome
    (("رحب", "رحبت", "يرحب", "ترحب", "رحبوا", "مرحبا", "مرحبه"), "welcome", "object"),
    # support
    # not "مؤيداً": "يعتبر مؤيداً لـ…" (a supporter) is no speech
    (("ايد", "ايدت", "يؤيد", "تؤيد", "اشاد", "اشادت", "يشيد", "تشيد", "مشيدا",
      "مشيده", "ثمن", "ثمنت", "يثمن", "تثمن", "مثمنا", "شكرت", "يشكر", "تشكر", "شاكرا",
      "شاكره", "اشادوا", "ثمنوا", "شكروا"), "support", "object"),
    # only meaningful negated: "لم يعلق" / "لم تؤكد ولم تنف" → decline_comment
    (("يعلق", "تعلق", "تنف", "ينف", "يفصح", "تفصح", "يكشف", "تكشف"), "decline_comment",
     "negated_only"),
    # express: stance from the noun after عن
    (("اعرب", "اعربت", "يعرب", "تعرب", "معربا", "معربه", "ابدي", "ابدت", "يبدي", "تبدي",
      "مبديا"), "assert", "express"),
    # not "مدافعاً": "استشهد وهو يجاهد مدافعاً عن وطنه" describes, it does not report
    (("دافع", "دافعت", "يدافع", "تدافع", "اثني", "اثنت", "يثني", "تثني", "مثنيا"),
     "support", "object"),
    (("تعهد", "تعهدت", "يتعهد", "تتعهد", "متعهدا", "متعهده", "قائلا", "قائله", "متعهدين"),
     "assert", "say"),
    (("عبر", "عبرت", "يعبر", "تعبر", "معبرا", "معبره", "عبروا", "اعربوا", "عبرا", "اعربا"),
     "assert", "express"),
    # "ورفع الخنيزان شكره وتقديره لـ …", "قدم الموسى شكره": only with a noun of EXPRESS_NOUNS
    (("رفع", "رفعت", "يرفع", "ترفع", "قدم", "قدمت", "يقدم", "تقدم", "مقدما", "رافعا"),
     "assert", "express"),
    (("احجم", "احجمت", "يحجم", "تحجم"), "decline_comment", "object"),
    (LIGHT_VERBS, "assert", "express"),
    (("جاء",), "assert", "in_statement"),
    # "وبحسب المهندس X، فإن …", "وحسب البيان، أسفرت …": at the head of a sentence only
    (("حسب", "بحسب"), "assert", "according"),
    # "ووفق بيان صادر عن الجيش، فإن …", "ووفقاً لمصادر مطلعة، فإن …" (the same, with لـ)
    (ACCORDING_TO_LAM, "assert", "according"),
    # reported from someone else
    (("نقل", "نقلت", "ينقل", "تنقل", "ونقل"), "assert", "quote_from"),
    # decline to comment
    (("امتنع", "امتنعت", "يمتنع", "تمتنع"), "decline_comment", "object"),
)

# A form is a participle (speaker inherited) when it is one of these
PARTICIPLES: frozenset[str] = frozenset({
    "مؤكدا", "مؤكده", "مشيرا", "مشيره", "مشددا", "مشدده", "موضحا", "موضحه", "مضيفا", "مضيفه",
    "لافتا", "لافته", "منوها", "منوهه", "مبينا", "مبينه", "معتبرا", "معتبره", "واصفا", "واصفه",
    "مفيدا", "مفيده", "كاشفا", "كاشفه", "مردفا", "مستطردا", "نافيا", "نافيه", "رافضا", "رافضه",
    "معارضا", "متهما", "متهمه", "محذرا", "محذره", "مهددا", "مهدده", "متوعدا", "داعيا",
    "داعيه", "مطالبا", "مطالبه", "حاثا", "مناشدا", "مدينا", "مستنكرا", "منددا", "مرحبا",
    "مرحبه", "مشيدا", "مشيده", "مثمنا", "معربا", "معربه", "مبديا", "مثنيا",
    "متعهدا", "متعهده", "قائلا", "قائله", "معبرا", "معبره", "شاكرا", "شاكره", "مشيرين",
    "مقدما", "رافعا", "مغردا", "مغرده",
    "مؤكدين", "مضيفين", "موضحين", "لافتين", "مشددين", "مشيرات", "مؤكدات",
    "متحدثا", "متحدثه", "بالقول", "منتقدا", "منتقده", "بقوله", "بقولها", "متعهدين",
})

# "عدّ X أن …" but never with a prefix: "وعد" is "promised"
NO_PREFIX: frozenset[str] = frozenset({"عد", "عدت"})

# "وواصل: «…»", "وختمت المصادر: …": speech only when a quotation or a colon follows the speaker
QUOTE_ONLY: frozenset[str] = frozenset({"واصل", "واصلت", "ختم", "ختمت", "اختتم", "اختتمت",
                                        "استرسل", "كتب", "كتبت", "مغردا", "مغرده"})

# "واختتم باتيس تصريحاته بالقول": the speaker is named just before
BY_SAYING: frozenset[str] = frozenset({"بالقول", "بقوله", "بقولها"})

# "ونوه بالجهود …": praise is support
PRAISE_VERBS: tuple[str, ...] = ("نوه", "منوه", "ينوه", "تنوه")
PRAISE_OBJECTS: tuple[str, ...] = ("جهود", "دور", "حرص", "اهتمام", "تعاون", "مواقف", "موقف",
                                   "انجاز", "نجاح", "عطاء", "دعم")

# A verb right after one of these is negated: "لم تؤكد" is no assertion
NEGATIONS: frozenset[str] = frozenset({"لم", "ولم", "لا", "ولا", "لن", "ولن", "فلم"})
# negated, these verbs mean the speaker would not say: decline_comment
DECLINE_WHEN_NEGATED: frozenset[str] = frozenset({
    "يؤكد", "تؤكد", "يعلق", "تعلق", "تنف", "ينف", "يعلن", "تعلن", "يكشف", "تكشف", "يفصح",
    "تفصح",
})

# An assertion whose content says one of these is a warning ("سترتكب خطأ جسيماً")
WARN_CUES: tuple[str, ...] = ("خطا جسيما", "خطا فادحا", "خطا جسيم", "خطا فادح", "عواقب وخيمه",
                              "عواقب خطيره", "عواقب كارثيه", "عواقب", "كارثه", "كارثيا",
                              "كارثيه", "كارثي")

# express verbs that take their noun directly (أبدى ارتياحه); the others need عن (أعرب عن …) —
# without it "عبر" is the preposition "across"
EXPRESS_DIRECT: tuple[str, ...] = ("ابد", "يبد", "تبد", "مبد", "رفع", "يرفع", "ترفع", "قدم",
                                   "يقدم", "تقدم", "مقدم", "رافع", *LIGHT_VERBS)
# the nouns a light verb needs (their stance comes from EXPRESS_NOUNS)
LIGHT_NOUNS: tuple[str, ...] = ("تاكيد", "التاكيد", "دعوه", "الدعوه", "دعوات", "الدعوات",
                                "مطالب", "المطالب", "انتقاد", "الانتقاد", "اتهام", "الاتهام",
                                "تحذير", "التحذير", "رفض", "الرفض", "ادانت", "ادانه", "الادانه",
                                "ترحيب", "الترحيب", "دعم", "الدعم", "شكر", "الشكر", "تهديد",
                                "التهديد", "موقف", "الموقف", "رسال", "الرسال", "نداء", "النداء",
                                "مزاعم", "المزاعم", "تصريحات", "التصريحات")
# … and these take only the nouns of thanks and esteem ("قدم الفريق أداءً جيداً" is no speech)
EXPRESS_THANKS_ONLY: tuple[str, ...] = ("رفع", "يرفع", "ترفع", "قدم", "يقدم", "تقدم", "مقدم",
                                        "رافع")
THANKS_NOUNS: tuple[str, ...] = ("شكر", "الشكر", "تقدير", "التقدير", "امتنان", "الامتنان")

# Title heads opening a subject the entities stage left unnamed ("مدير الكرة فهد المفرج")
SUBJECT_TITLES: frozenset[str] = frozenset({
    "مدير", "رئيس", "وزير", "المتحدث", "الناطق", "امين", "عميد", "محافظ", "قائد", "مسؤول",
    "السفير", "سفير", "الامين", "مساعد", "نائب", "وكيل", "المدير", "الرئيس", "الوزير",
    "مستشار", "المستشار", "مفوض", "المفوض", "مندوب", "المندوب", "عضو", "المدرب", "مدرب",
    "اللواء", "العميد", "العقيد", "الشيخ", "الدكتور", "المهندس", "الاستاذ",
    "الخبير", "خبير", "المحلل", "محلل", "الباحث", "باحث", "الكاتب", "المختص", "مختص", "استاذ",
    "البروفيسور", "المحامي", "محامي", "القاضي", "الطبيب", "استشاري", "الاستشاري", "الامير",
    "الملك", "الوزيره", "وزيره", "المتحدثه", "الناطقه", "رئيسه", "الرئيسه", "مديره", "المديره",
    "النائب", "نائبه", "الداعيه", "الملحق", "القنصل", "مساعده", "المنسق", "منسق", "المبعوث",
    "مبعوث", "الممثل", "ممثل", "القائد", "المحافظ", "امير", "حاكم", "زعيم", "الزعيم", "زعيمه",
    # kin of the one the report is about ("والد الشهيد مغرم الهلالي")
    "والد", "والده", "شقيق", "شقيقه", "عم", "خال", "زوجه", "ارمله", "نجل", "كريمه",
})

# "وقال نصر الله …" with "نصر" tagged alone: first parts of a name that go on with الله (folded)
THEOPHORIC_FIRSTS: frozenset[str] = frozenset({"نصر", "عبد", "فضل", "خير", "رزق", "حمد", "عطا",
                                               "جار", "ضيف", "هبه", "حرز", "سعد"})

# Forms that are too ambiguous unless a content marker (أن / إن / :) follows closely
NEEDS_THAT: frozenset[str] = frozenset({
    "بين", "بينت", "يري", "تري", "راي", "رات", "تابع", "تابعت", "ذكر", "ذكرت", "ذكرا",
    "اضاف", "اضافت", "يضيف", "تضيف", "لفت", "لفتت", "تحدث", "تحدثت", "يتحدث",
    "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "ابلغ", "ابلغت", "اعترف", "اعترفت",
    "نوه", "نوهت", "تشير", "يشير", "يبين", "تبين", "غرد", "غردت",
    "واصل", "واصلت", "متحدثا", "متحدثه", "ذكروا", "اضافوا", "عد", "عدت",
    "يعترف", "تعترف", "بالقول", "بقوله", "بقولها", "توقعت", "توقعوا",
    "المح", "المحت", "يلمح", "تلمح", "جزم", "جزمت", "يجزم", "اصر", "اصرت", "يصر", "تصر",
    "ركز", "ركزت", "اشترط", "اشترطت", "تمني", "تمنت", "يتمني", "تتمني",
    "برر", "بررت",
})

# Say-forms that are also prepositions (بين = between / بيّن = explained): a statement only
# when the content marker follows the speaker at once ("وبين الوزير أن", not "بين كوريا
# واليابان، حيث إن")
PREPOSITION_LIKE: frozenset[str] = frozenset({"بين"})

# Never statements: impersonal forms ("يذكر أن" = it is worth noting)
IMPERSONAL: tuple[str, ...] = ("يذكر ان", "يذكر انه", "يشار الي", "تجدر الاشاره", "الجدير بالذكر",
                               "يقال ان", "كما يذكر", "ويذكر ان", "ويشار", "يذكر",
                               # "فتبين أن …" = it turned out that: nobody speaks
                               "تبين ان", "وتبين ان", "فتبين ان", "تبين انه", "وتبين انه",
                               "فتبين انه", "يتبين ان", "ويتبين ان")

# "… مما يشير إلى أن", "ما يؤكد أن": a present-tense say-verb after these means "which
# indicates" — nobody speaks (folded)
WHICH_WORDS: frozenset[str] = frozenset({"ما", "مما", "بما"})

# "رفض التعليق" / "امتنع عن التعليق" → decline_comment
DECLINE_OBJECTS: tuple[str, ...] = ("التعليق", "الادلاء", "الرد علي", "الخوض")

# "رفض الاتهامات / المزاعم" → deny
DENY_OBJECTS: tuple[str, ...] = ("اتهام", "الاتهام", "ادعاء", "الادعاء", "مزاعم", "المزاعم")

# أعرب عن + noun → stance
EXPRESS_NOUNS: tuple[tuple[str, str], ...] = (
    ("ترحيب", "welcome"), ("ارتياح", "welcome"), ("سعاد", "welcome"), ("سرور", "welcome"),
    ("ابتهاج", "welcome"), ("فرح", "welcome"), ("تقدير", "support"),
    ("شكر", "support"), ("امتنان", "support"), ("اعتزاز", "support"), ("تاييد", "support"),
    ("دعم", "support"), ("تضامن", "support"), ("قلق", "warn"), ("مخاوف", "warn"),
    ("خشي", "warn"), ("انزعاج", "warn"), ("ادان", "condemn"), ("استنكار", "condemn"),
    ("شجب", "condemn"), ("تنديد", "condemn"), ("رفض", "oppose"), ("معارض", "oppose"),
    ("استياء", "oppose"), ("اسف", "assert"), ("امل", "assert"), ("تطلع", "assert"),
    ("تعاز", "assert"), ("ثق", "assert"), ("استعداد", "assert"), ("رغب", "assert"),
    ("تقبل", "support"), ("قبول", "support"), ("نيت", "assert"), ("تاكيد", "assert"),
    ("دعو", "call"), ("دعوات", "call"), ("مطالب", "call"), ("نداء", "call"),
    ("انتقاد", "oppose"), ("اتهام", "accuse"), ("تحذير", "warn"), ("تهديد", "threaten"),
    # feelings and opinions an express-verb voices ("أبدى إعجابه/تفاؤله/تحفظه/استغرابه")
    ("اعجاب", "support"), ("تفاؤل", "assert"), ("تحفظ", "oppose"), ("استغراب", "oppose"),
    ("غضب", "oppose"), ("حزن", "assert"), ("فخر", "assert"), ("اهتمام", "assert"),
    ("رأي", "assert"), ("راي", "assert"), ("وجه", "assert"), ("ملاحظ", "assert"),
    ("امتعاض", "oppose"), ("دهش", "assert"), ("تعجب", "assert"), ("موافق", "support"),
)

# An "assert" whose content opens with one of these is really that stance ("أكد دعم المملكة …")
CONTENT_STANCE: tuple[tuple[str, str], ...] = (
    ("رفض", "oppose"), ("معارضه", "oppose"), ("دعم", "support"), ("تاييد", "support"),
    ("وقوف", "support"), ("مسانده", "support"), ("تضامن", "support"), ("ادانه", "condemn"),
    ("استنكار", "condemn"), ("شجب", "condemn"), ("ترحيب", "welcome"), ("ضروره", "call"),
    ("اهميه", "call"), ("نفي", "deny"), ("تنديد", "condemn"),
)

# Words that open a circumstance between a speaker and the noun he stresses ("وأكد X في كلمة
# بالمناسبة أهمية …", "وأكد رؤساء الأركان خلال مداولاتهم على ضرورة …"; folded)
CIRCUMSTANCE_LEADS: frozenset[str] = frozenset({"في", "خلال", "لدي", "اثناء", "عقب", "بمناسبه",
                                                "امام", "اليوم", "امس"})


# … or opens with one of these phrases ("من الضروري أن …", "نتوقع من الحكومة …")
CONTENT_LEAD_STANCE: tuple[tuple[str, str], ...] = (
    ("من الضروري", "call"), ("من الضروره", "call"), ("نتوقع من", "call"), ("نطالب", "call"),
    ("ندعو", "call"), ("يجب علي", "call"), ("سنرد", "threaten"), ("سنواصل دعم", "support"),
    ("نواصل دعم", "support"), ("سيواصل دعم", "support"), ("نرفض", "oppose"), ("ندين", "condemn"),
    ("نرحب", "welcome"), ("لن يكون هناك تعليق", "decline_comment"),
    ("لا تعليق", "decline_comment"), ("لا يمكنه التعليق", "decline_comment"),
    # the speaker's own first-person verb ("أناشد كل من …", "أحذر من …")
    ("اناشد", "call"), ("نناشد", "call"), ("ادعو", "call"), ("اطالب", "call"),
    ("احذر", "warn"), ("نحذر", "warn"), ("ادين", "condemn"), ("ارفض", "oppose"),
    ("نؤيد", "support"), ("اؤيد", "support"),
    # a promise to act against someone, a warning not to be lenient
    ("سيستخدم حقه", "threaten"), ("سنستخدم", "threaten"), ("عدم التهاون", "warn"),
    ("لن نتهاون", "warn"), ("لن يتهاون", "warn"), ("لن تتهاون", "warn"),
)

# An obligation in the first words of what was said is a call ("إن دول الخليج عليها أن تنظر
# …", "علينا أن ندين …", "يجب أن …"; folded)
# ("يجب أن نذكر …" and "المفتشين يجب أن يكونوا …" state a fact or a rule: not listed)
MUST_CUES: tuple[str, ...] = ("علينا ان", "عليها ان", "عليهم ان", "يجب علي", "ينبغي علي",
                              "يتعين علي", "يتوجب علي")

# An assertion whose clause has one of these verbs within its first words reports that stance
# ("قال البيت الأبيض إن أوباما سيعارض …", "أن مملكة البحرين «تدين بشدة …»")
EMBEDDED_STANCE: tuple[tuple[str, str], ...] = (
    ("سيعارض", "oppose"), ("ستعارض", "oppose"), ("يعارض", "oppose"), ("تعارض", "oppose"),
    ("سيرفض", "oppose"), ("سترفض", "oppose"), ("يرفض", "oppose"), ("ترفض", "oppose"),
    ("يدين", "condemn"), ("تدين", "condemn"), ("يستنكر", "condemn"), ("تستنكر", "condemn"),
    ("يرحب", "welcome"), ("ترحب", "welcome"), ("ينفي", "deny"), ("تنفي", "deny"),
    ("يحذر", "warn"), ("تحذر", "warn"),
)

# "ضد X … غير مقبول" — opposition to an action against X: stance oppose, target X
OPPOSE_EVAL: tuple[str, ...] = ("غير مقبول", "غير قانوني", "مرفوض", "غير شرعي", "غير مشروع")

# Nominal speaker heads that are not named entities ("دول غربية", "مصادر مطلعة", "متحدث باسم …")
GENERIC_SPEAKERS: frozenset[str] = frozenset({
    "دول", "مصادر", "مصدر", "مسؤول", "مسؤولون", "مسؤولين", "متحدث", "المتحدث", "الحكومه",
    "حكومه", "الوزاره", "الخارجيه", "الداخليه", "الجيش", "الشرطه", "مراقبون", "محللون",
    "خبراء", "تقارير", "وسائل", "صحيفه", "وكاله", "ناشطون", "شهود", "سكان", "مواطنون",
    "نشطاء", "معارضون", "الامم", "الرئاسه", "المعارضه", "التحالف", "قوات", "البيت",
    "اوساط", "جهات", "دوائر", "منظمات", "منظمه", "هيئه", "الهيئه", "اللجنه", "لجنه",
    "مسؤولو", "ممثلو", "متحدثه", "المتحدثه", "الناطق", "ناطق", "وزاره", "قناه", "القناه",
    "اذاعه", "الاذاعه", "مجله", "المجله", "الصحيفه", "الوكاله", "السلطات", "سلطات", "عدد",
    "اخرون", "كثير", "بعض", "الشركه", "الجمعيه", "الرابطه", "الحركه", "الجماعه", "الديوان",
    "اداره", "الاداره", "المصدر", "المصادر", "السفراء", "الوزراء", "المسؤولون", "الاعضاء",
    "مديرو", "رؤساء", "قاده", "المسؤولين",
    "منتقدون", "منتقدين", "نواب", "النواب", "طلاب", "مغردون", "المشاركون", "المجتمعون",
    "الجمهوريون", "الديمقراطيون", "المديريه", "مديريه", "المفوضيه", "مفوضيه",
    "المنظمه", "الحكومات", "حكومات", "التقارير", "القوي", "قوي", "فصائل", "الفصائل",
    "المحكمه", "محكمه", "الاتحاد", "الطلاب",
    # plurals in construct, the subject with what follows ("أكد منظمو التظاهرة", "قال مؤيدو …")
    "منظمو", "مؤيدو", "معارضو", "منتقدو", "ناشطو", "موظفو", "مشجعو", "محامو", "مستخدمو",
    "مغردو", "معلمو", "مواطنو",
    # people the report is about, named by role ("وقالت الطالبة …", "ونفى المواطن …")
    "الطالب", "الطالبه", "المواطن", "المواطنه", "المعلم", "المعلمه", "اللاعب", "المتهم",
    "الفنان", "الفنانه", "المغرد", "الشاهد", "الضحيه", "الشاب", "الفتاه",
    "الطفل", "الطفله", "الزائر", "الزائره", "المقيم", "المقيمه", "الحاج", "الحاجه",
    # one-word institutions the entities stage may leave untagged
    "البنتاجون", "البنتاغون", "الكرملين", "الكونغرس", "الكونجرس", "الاليزيه",
    # an office speaks for its holder ("أوضح مكتب رئيس الوزراء التركي أن")
    "مكتب", "المكتب",
})

# Offices: a person named after one is the office's holder in the genitive, not the speaker
# ("قال مكتب رئيس البرلمان إن"; folded)
OFFICE_HEADS: frozenset[str] = frozenset({"مكتب", "المكتب"})

# What was said opening with a condition is a warning ("إذا لم يتم تنفيذ الاتفاق فإن …") …
CONDITIONAL_LEADS: tuple[str, ...] = ("اذا", "واذا", "في حال", "في حاله", "في هذه الحال",
                                      "في هذه الحاله", "لو", "ولو")
# … and a threat when the speaker promises to act ("فإننا سنرد على ذلك")
THREAT_CUES: tuple[str, ...] = ("سنرد", "سنستخدم", "سنتخذ", "سنضرب", "سنلجا", "سنعاقب",
                                "فسنرد", "سيستخدم حقه", "سنرد")

# Dual verbs: with no subject after them, the two names joined by و before speak
DUAL_FORMS: frozenset[str] = frozenset({"قالا", "اكدا", "ذكرا", "عبرا", "اعربا", "اتهما",
                                        "رفضا", "حذرا", "دعوا", "جددا", "وجها"})

# Role nouns that may stand alone ("وقالت الطالبة") or before a name ("الفنانة إلهام علي")
ROLE_NOUNS: frozenset[str] = frozenset({
    "الطالب", "الطالبه", "المواطن", "المواطنه", "المعلم", "المعلمه", "اللاعب", "المتهم",
    "الفنان", "الفنانه", "المغرد", "الشاهد", "الضحيه", "الشاب", "الفتاه",
    # ("وتقول الطفلة سكينة الباشا إن")
    "الطفل", "الطفله", "الزائر", "الزائره", "المقيم", "المقيمه", "الحاج", "الحاجه",
})

# Plural nominal speakers: a name right after them is their object ("ويتهم معارضون نكورونزيزا
# بـ…"), not the one speaking (unlike "المتحدث باسم الخارجية X")
PLURAL_SPEAKERS: frozenset[str] = frozenset({
    "دول", "مصادر", "مسؤولون", "مسؤولين", "مراقبون", "محللون", "خبراء", "ناشطون", "شهود",
    "سكان", "مواطنون", "نشطاء", "معارضون", "منتقدون", "منتقدين", "نواب", "النواب", "طلاب",
    "مغردون", "المشاركون", "المجتمعون", "الجمهوريون", "الديمقراطيون", "اخرون", "اوساط", "جهات",
    "دوائر", "منظمات", "الحكومات", "حكومات", "فصائل", "الفصائل", "الطلاب",
})

# Words that open a fronted subject: "وكان X قد قال …", "أما X فأكد …"
FRONTING_WORDS: frozenset[str] = frozenset({
    "كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا", "اما", "واما",
})

# "وتابع المصدر أن …": the unnamed source this article already quoted ("مصدر مطلع", "مسؤول رفيع")
SOURCE_HEADS: dict[str, tuple[str, ...]] = {
    "المصدر": ("مصدر", "مسؤول"), "المصادر": ("مصادر",), "المسؤول": ("مسؤول", "مصدر"),
}

# Verbs whose object may stand for what was said: "كشف عن …", "لفت إلى …", "أشار إلى …"
NP_MARKERS: tuple[tuple[str, str], ...] = (
    ("كشف", "عن"), ("كشفت", "عن"), ("يكشف", "عن"), ("تكشف", "عن"), ("لفت", "الي"),
    ("لفتت", "الي"), ("اشار", "الي"), ("اشارت", "الي"), ("يشير", "الي"), ("تشير", "الي"),
    ("نوه", "الي"), ("نوهت", "الي"), ("نوه", "ب"), ("نوهت", "ب"), ("متحدثا", "عن"),
    ("متحدثه", "عن"), ("اشاروا", "الي"), ("شدد", "علي"), ("شددت", "علي"), ("يشدد", "علي"),
    ("تشدد", "علي"), ("اكد", "علي"), ("اكدت", "علي"), ("يؤكد", "علي"), ("تؤكد", "علي"),
    ("المح", "الي"), ("المحت", "الي"), ("يلمح", "الي"), ("تلمح", "الي"), ("جزم", "ب"),
    ("جزمت", "ب"), ("اصر", "علي"), ("اصرت", "علي"), ("يصر", "علي"), ("تصر", "علي"),
)

# Prayer formulas end what was said ("…، سائلاً المولى أن …")
PRAYER_CUTS: tuple[str, ...] = ("سائلا", "سائله", "سائلين", "راجيا", "راجين", "راجيه",
                                "داعيا الله", "داعين الله", "داعيه الله", "داعيا المولي")

# Deeds that open a new clause after a comma: what was said ends before them ("…، وضرب
# الصيني أمثلة", "…، كما تناول اللقاء …", "…، وشارك في بطولته …"). Past tense, folded; not
# verbs that often go on inside what is said (قدم، وصل، استعرض، جرى، اطلع — all seen inside
# annotated contents)
NARRATIVE_CUTS: tuple[str, ...] = (
    "تناول", "تناولت", "ناقش", "ناقشت", "التقي", "التقت", "استقبل", "استقبلت", "زار", "زارت",
    "تراس", "تراست", "حضر", "حضرت", "شارك", "شاركت", "ضرب", "ضربت", "قام", "قامت", "عقد",
    "عقدت", "غادر", "غادرت", "تسلم", "تسلمت", "سلم", "سلمت", "منح", "منحت", "وقع", "وقعت",
    "تفقد", "تفقدت", "افتتح", "افتتحت", "دشن", "دشنت", "كرم", "كرمت", "انتقل", "انتقلت",
    "توجه", "توجهت", "تلقي", "تلقت",
)

# Media and institutions whose names run several words ("وكالة أنباء الجمهورية الإسلامية")
MULTIWORD_HEADS: frozenset[str] = frozenset({
    "وكاله", "الوكاله", "صحيفه", "الصحيفه", "قناه", "القناه", "اذاعه", "الاذاعه", "مجله",
    "المجله", "وزاره", "الوزاره", "هيئه", "الهيئه", "منظمه", "المنظمه", "لجنه", "اللجنه",
    "اداره", "الاداره", "الديوان", "المديريه", "مديريه", "المفوضيه", "مفوضيه", "المحكمه",
    "محكمه", "مكتب", "المكتب",
})

# Honorific pronouns standing for the one already spoken of ("وعبّر سموه عن …")
HONORIFIC_PRONOUNS: frozenset[str] = frozenset({
    "سموه", "معاليه", "فخامته", "سعادته", "جلالته", "سماحته", "دولته", "سيادته", "سموها",
    "معاليها", "فضيلته", "نيافته", "غبطته",
})

# "داعيا الله أن …": a prayer, not a call
PRAYER_OBJECTS: tuple[str, ...] = ("الله", "المولي", "الباري", "للفقيد", "له بالرحمه")

# "بيان صادر عن X", "بيان لـ X": the issuer speaks
STATEMENT_NOUNS: frozenset[str] = frozenset({"بيان", "البيان", "بيانا", "تصريح", "تصريحات",
                                             "رساله", "تقرير", "التقرير", "برقيه", "تغريده",
                                             "خطاب", "الخطاب", "الرساله", "كلمه",
                                             # "وتقول المعلومات الصادرة عن واشنطن إن"
                                             "المعلومات", "معلومات"})

BOTH_PARTIES: frozenset[str] = frozenset({"الطرفان", "الطرفين", "الجانبان", "الجانبين"})

# "ومضى يقول …", "وعاد ليؤكد …": an auxiliary verb before a present-tense reporting verb carries
# the speaker already speaking (folded forms)
AUXILIARY_VERBS: frozenset[str] = frozenset({
    "مضي", "ومضي", "مضت", "ومضت", "عاد", "وعاد", "عادت", "وعادت", "راح", "وراح", "ظل", "وظل",
    "ظلت", "وظلت", "اخذ", "واخذ", "استمر", "واستمر", "استمرت", "واستمرت",
})

# Studies and reports that speak for themselves ("كشفت دراسة أن …", "وأشار التقرير إلى أن …")
REPORT_NOUNS: frozenset[str] = frozenset({
    "دراسه", "الدراسه", "التحليل", "تحليل", "التقرير", "تقرير", "التقارير", "استطلاع",
    "الاستطلاع", "الاحصاءات", "احصاءات", "الاحصائيات", "احصائيات",
    # "وكشفت التحقيقات أن", "كشف الفحص الطبي عن"
    "التحقيقات", "التحقيق", "تحقيقات", "الفحص", "الفحوصات", "النتائج", "الدراسات", "دراسات",
})

# Generic speaker heads in construct with a definite genitive ("وسائل الإعلام", "أوساط المعارضة")
CONSTRUCT_HEADS: frozenset[str] = frozenset({"وسائل", "اوساط", "دوائر", "مسؤولو", "ممثلو",
                                             "منظمو", "مؤيدو", "معارضو", "منتقدو", "ناشطو",
                                             "موظفو", "مشجعو", "محامو", "مستخدمو", "مغردو",
                                             "معلمو", "مواطنو",
                                             "سكان", "اهالي", "مديرو", "رؤساء", "قاده",
                                             "مسؤولي", "مديري"})

# Words of address that are no given name ("الشيخ"، "سمو" …; folded)
HONORIFIC_WORDS: frozenset[str] = frozenset({
    "سمو", "معالي", "فخامه", "سعاده", "جلاله", "سماحه", "دوله", "صاحب", "د", "م", "الشيخ",
    "شيخ", "الامير", "امير", "الملك", "الرئيس", "السيد", "السيده", "الاستاذ", "الدكتور",
})
# … nor are these, before a family name ("وقال أمس الجبير"; folded)
NOT_GIVEN_NAMES: frozenset[str] = frozenset({
    "امس", "اليوم", "مساء", "صباح", "ايضا", "كذلك", "بدوره", "بدورها", "نفسه", "نفسها", "قد",
    "فقد", "لقد", "وزير", "رئيس", "مدير", "امين", "نائب", "سفير", "قائد", "محافظ",
})

# Words right after a title that are no name ("السفير نفسه", "الوزير شخصيا"; folded)
NOT_NAMES: frozenset[str] = frozenset({
    "نفسه", "نفسها", "شخصيا", "ايضا", "كذلك", "بدوره", "بدورها", "حينها", "حينذاك", "سابقا",
    "حاليا", "مجددا", "حفظه", "يحفظه", "رعاه", "يرعاه", "ايده", "وفقه", "خلاله", "خلالها",
    "عقب", "اثناء", "لدي", "اخر", "اخري", "الذي",
    # what follows "نقلت … عن الوزير": his words, not his name
    "قوله", "قولها", "قولهم", "قولهما", "تصريحه", "تصريحها", "تاكيده", "تاكيدها",
})

# A reporting form right after one of these is a verbal noun, nobody speaks ("من دون ذكر
# اسمه", "ويهدف إلى حث المواطنين", "بعد إعلان النتائج"; folded)
BEFORE_NOUN: tuple[str, ...] = ("دون", "بدون", "عدم", "الي", "علي", "في", "عن", "مع", "حول",
                                "بشان", "خلال", "بعد", "قبل", "اثر", "عقب", "لدي", "اجل",
                                "بهدف", "بغيه", "لغرض", "بسبب", "جراء", "نتيجه", "رغم",
                                "منذ")

# Verbs that take a verbal noun as object: a say-form right after one is that noun, nobody speaks
# ("المسؤول الذي رفض ذكر اسمه قال إن …", "وفضّل عدم الكشف …"; folded)
MASDAR_GOVERNORS: frozenset[str] = frozenset({"رفض", "رفضت", "يرفض", "ترفض", "رافضا", "فضل",
                                              "فضلت", "يفضل", "تفضل", "مفضلا"})

# Conjunctions that open a clause of their own: a noun before one is no subject of the verb
# after it ("… الشؤون الداخلية للجزائريين» عندما وصف …"; folded)
CLAUSE_OPENERS: frozenset[str] = frozenset({"عندما", "حينما", "حين", "بعدما", "لما", "كلما",
                                            "اذ", "اذا", "طالما", "ريثما", "لدى", "لدي"})

# Nouns of the occasion something was said on ("في تصريح لوكالة …", "خلال مؤتمر صحفي"; folded)
STATEMENT_PHRASE_NOUNS: tuple[str, ...] = ("تصريح", "تصريحات", "بيان", "كلمه", "مؤتمر", "حديث",
                                           "مقابله", "لقاء", "رساله", "تغريده")

# Asides between a dropped-pronoun verb and its object ("ودعا في نفس السياق إلى …"; folded)
ASIDES: tuple[str, ...] = ("في نفس السياق", "في السياق نفسه", "في السياق ذاته", "في الوقت نفسه",
                           "في الوقت ذاته", "في نفس الوقت", "ايضا", "كذلك")

# Adjectives that close an unnamed source's description, never a family name ("مسؤول حكومي
# كبير", "مصدر مصري رفيع", "دبلوماسي فرنسي بارز"; folded)
SOURCE_ADJECTIVES: frozenset[str] = frozenset({"كبير", "رفيع", "بارز", "مطلع", "مطلعه", "سابق",
                                               "اخر", "رسمي", "كبيره", "رفيعه", "بارزه"})

# Unnamed sources that may say where they speak from ("مسؤول في وزارة الداخلية") …
SOURCE_NOUNS: frozenset[str] = frozenset({"مسؤول", "مصدر", "مصادر", "مسؤولون", "مسؤولين",
                                          "متحدث", "ناطق", "سياسي", "دبلوماسي", "ناشط",
                                          "قيادي", "متحدثه", "ناطقه", "مسؤوله"})
# … and the bodies they speak from (folded; with or without ال)
SOURCE_BODIES: frozenset[str] = frozenset({
    "وزاره", "الوزاره", "الحكومه", "حكومه", "الاتحاد", "اتحاد", "الجيش", "الشرطه", "الرئاسه",
    "الديوان", "الخارجيه", "الداخليه", "الدفاع", "البيت", "الامم", "الادارة", "اداره", "الاداره",
    "هيئه", "الهيئه", "مجلس", "المجلس", "البرلمان", "الكونغرس", "الكونجرس", "البنتاغون",
    "البنتاجون", "السفاره", "سفاره", "الحزب", "حزب", "الحركه", "حركه", "الامانه", "امانه",
    "الامن", "المخابرات", "النادي", "نادي", "الشركه", "شركه", "اللجنه", "لجنه", "المنظمه",
    "منظمه", "القصر", "الكرملين", "الاليزيه", "التحالف", "المعارضه", "البلديه", "بلديه",
})

# What was said ends where the report names its source ("… وفقا لما كشفه مسؤول"; folded)
ATTRIBUTION_CUTS: tuple[str, ...] = ("وفقا لما", "حسبما", "بحسب ما", "حسب ما", "طبقا لما",
                                     "وفق ما", "مثلما", "علي حد قوله", "علي حد تعبيره")

# A title's "في …" that is a time, not the place it belongs to ("وزير الحكومة في ذلك الحين")
NOT_PLACES: frozenset[str] = frozenset({"ذلك", "تلك", "هذا", "هذه", "الحين", "حينه", "حينها",
                                        "الوقت", "وقته", "وقتها", "حين"})

# Definite nouns right after a say-verb that are no subject ("وأكد اليوم أن", "وقال الثلاثاء")
NOT_SUBJECTS: frozenset[str] = frozenset({
    "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الليله",
    "البارحه", "الاسبوع", "الشهر", "العام", "الماضي", "الحالي", "المقبل", "الاخير", "الاول",
    "الثاني", "الذي", "التي", "الذين", "الان", "الجاري", "الصباح", "المساء", "الخبر",
    "الحرص", "التزام", "الالتزام", "الاستعداد", "الرغبه", "الحاجه", "الضروره", "الاهميه",
    "الانتباه", "النظر", "الانظار", "الاهتمام", "الانباء", "الاخبار", "المعلومات",
})

# A sentence opening with these hands the word to someone new ("من جانبه، أعرب …"; folded)
NEW_SPEAKER_LEADS: tuple[str, ...] = ("من جانبه", "من جانبها", "من جهته", "من جهتها", "بدوره",
                                      "بدورها", "من ناحيته", "من ناحيتها", "وبدوره", "وبدورها",
                                      "ومن جانبه", "ومن جانبها", "ومن جهته", "ومن جهتها")

# After a comma an accusative participle (م…ًا: "، معدداً مناقبه"، "، متمنياً له …") opens a
# clause of circumstance that ends what was said — except these adverbs (folded)
NOT_PARTICIPLES: frozenset[str] = frozenset({
    "مثلا", "مؤخرا", "مسبقا", "مطلقا", "معا", "مجانا", "مبكرا", "مساء", "مستقبلا", "مرارا",
    "مجددا", "مبدئيا", "منفردا", "منذا", "مرتين", "مليارا", "مليونا", "مقابلا",
})

# بـ words inside a speaker's phrase, not the verb's complement ("المتحدث باسم …"; folded)
NOT_OBJECT_BI: frozenset[str] = frozenset({"باسم", "بشرطه", "بوزاره", "بمنطقه", "بمحافظه",
                                           "بامانه", "بجامعه", "بمدينه", "بالوزاره"})

# "رفض الكشف عن هويته": how a source is described, no statement (folded)
ANONYMITY_OBJECTS: tuple[str, ...] = ("الكشف عن هويته", "الكشف عن هويتها", "الكشف عن اسمه",
                                      "الكشف عن اسمها", "ذكر اسمه", "ذكر اسمها", "نشر اسمه",
                                      "نشر اسمها", "الافصاح عن هويته", "الافصاح عن اسمه",
                                      "الكشف عن هويتهم", "ذكر اسمائهم", "الكشف عن اسمائهم")

# Titles of address that go before a family name alone ("الدكتور الشمري"، "الشيخ الحارثي")
HONORIFIC_TITLES: frozenset[str] = frozenset({"الدكتور", "الشيخ", "المهندس", "الاستاذ", "اللواء",
                                              "العميد", "العقيد", "الدكتوره", "الاستاذه"})

# Tagged names that never speak: currencies and units the entities stage may mistake for names
NOT_SPEAKER_NAMES: frozenset[str] = frozenset({"ريال", "دولار", "يورو", "درهم", "دينار", "جنيه",
                                               "ليرة", "روبية", "ين"})

# A say-form right after a count is a noun ("200 ألف طالب", "كل طالب"; folded)
QUANTITY_WORDS: frozenset[str] = frozenset({"الف", "الاف", "مليون", "ملايين", "كل", "عدد", "اي",
                                            "احد", "آلاف"})

# "عدد من …", "كثير من المستشرقين": quantified groups that speak (folded)
QUANTIFIER_HEADS: frozenset[str] = frozenset({"عدد", "كثير", "معظم", "جل", "اغلب", "غالبيه",
                                              "بعض"})

# A say-form after these is the writer's own ("كم كنت أنتقد …"; folded)
FIRST_PERSON_LEADS: tuple[str, ...] = ("كنت", "كنا", "لكنني", "انني", "فانني", "لست", "ظللت",
                                       "صرت", "بت")

# Words that stand alone before what was said but are no one's name ("قال تعالى:", "موقع",
# "تنظيم"; folded)
NOT_UNTAGGED_NAMES: frozenset[str] = frozenset({
    "تعالي", "تعالی", "سبحانه", "عز", "جل", "كيف", "غير", "لماذا", "هل", "متى", "اين", "موقع",
    "مشروع", "تنظيم", "مستشفي", "حزب", "علماء", "قراء", "خبراء", "باحثون", "مسرحي", "دبلوماسي",
    "مصدر", "مسؤول", "شخص", "احدهم", "اخر", "بعضهم", "معظمهم", "الجميع", "الكل", "انه", "انها",
    "صحيفه", "وكاله", "قناه", "مجله", "شركه", "وزاره", "هيئه", "جمعيه", "منظمه", "مركز", "مجلس",
    "رئيس", "وزير", "نائب", "عضو", "امين", "مدير", "قائد", "متحدث", "ناطق", "خبير", "محلل",
    "شاهد", "مواطن", "طالب", "معلم", "لاعب", "مدرب", "فنان", "كاتب", "شاعر", "اعلامي",
    # particles and pronouns after a preposition ("وتضيف لذلك أن …", "ثم طلب مني أن …")
    "لذلك", "لذا", "رغم", "كذلك", "لي", "مني", "لنا", "منا", "عني", "عنا", "الينا", "علينا",
    "ايضا", "حينئذ", "عندئذ", "بذلك", "لهذا", "هكذا",
})

# Nouns that are also adjectives ("حل سياسي"): a speaker only right after the verb ("وقال سياسي
# من الحكومة اليمنية إن"), never looked for before it (folded)
AGENT_NOUNS: frozenset[str] = frozenset({"سياسي", "دبلوماسي", "ناشط", "قيادي"})

# "وهو ما شدد عليه الجبير", "وهذا ما أشار إليه الوزير": a pronoun after the verb pointing back
# to what was said, before the speaker (folded)
RESUMPTIVE_PRONOUNS: tuple[str, ...] = ("عليه", "عليها", "اليه", "اليها", "به", "بها")

# A present-tense say-verb right after these is wished for or planned, not reported ("أن يعبر
# كوبرين عن …", "لكي يؤكد"; folded)
SUBJUNCTIVE_LEADS: tuple[str, ...] = ("ان", "لكي", "كي", "حتي")

# Kin words: a role, never a name ("قالت الطالبة ابنة المعلمة", "وبين زوج المعلمة"; folded)
KIN_WORDS: frozenset[str] = frozenset({"ابنه", "ابن", "بنت", "والد", "والده", "زوج", "زوجه",
                                       "شقيق", "شقيقه", "اخ", "اخت", "شقيقي", "ام", "اب", "عم",
                                       "خال", "جد", "جده", "حفيد", "حفيده", "ارمله", "نجل",
                                       "كريمه", "ابناء", "اسره", "عائله"})

# Bodies whose name runs several words after the verb ("أعلنت حركة طالبان الأفغانية المتمردة
# تعيين الملا X": the movement speaks, the mullah after its name is the object; folded)
ORG_HEADS: frozenset[str] = frozenset({
    "حركه", "حزب", "جماعه", "تنظيم", "جبهه", "شركه", "مجلس", "جمعيه", "مؤسسه", "مركز",
    "جامعه", "رابطه", "اتحاد", "ائتلاف", "تحالف", "منتدي", "نادي", "بنك", "صندوق", "برنامج",
    "نقابه", "معهد", "هيئه", "منظمه",
})

# Time words between a speaker's name and what was said ("… طارق الخراز اليوم إن"; folded)
TIME_WORDS: frozenset[str] = frozenset({"اليوم", "امس", "مساء", "صباح", "الليله", "الاحد",
                                        "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
                                        "السبت"})

# Words after an unnamed source that name the body it speaks for, whatever that body is ("متحدث
# باسم المفوضية الأوروبية", "ناطق باسم الرئاسة"; folded): the body is part of the speaker
SPOKESMAN_LINKS: frozenset[str] = frozenset({"باسم"})

# "قال متحدث آخر باسم الرئاسة": a word that extends a source noun without naming anything
# (folded)
SOURCE_EXTENSIONS: frozenset[str] = frozenset({"اخر", "اخري", "اخرون", "اخرين", "ثان", "ثاني",
                                               "ثانيه"})

# "متحدث باسم الرئاسة هو جربا شيهو": the pronoun that names the source in apposition (folded)
APPOSITION_PRONOUNS: frozenset[str] = frozenset({"هو", "هي", "وهو", "وهي"})

# "وقال بيان أوروبي إن": a statement named by where it comes from (a nisba) speaks for that
# unnamed issuer; these adjectives say what kind of statement it is instead (folded)
STATEMENT_KIND_ADJECTIVES: frozenset[str] = frozenset({
    "صحفي", "صحافي", "رسمي", "مشترك", "ختامي", "مقتضب", "سابق", "لاحق", "مكتوب", "منفصل",
    "اخر", "جديد", "صادر", "تلفزيوني", "اعلامي", "الكتروني", "ثاني", "ثالث", "يومي", "اسبوعي",
})

# "نقلت الوكالة عن المتحدث باسم الخارجية القول إن": the noun of saying after a speaker (folded)
SAYING_NOUNS: frozenset[str] = frozenset({"القول", "التاكيد", "الاشاره", "التوضيح"})

# "تضامن مصر مع أشقائها", "رفض المملكة ضد …": after a stance noun and its genitive (who takes
# the stance), the preposition that opens its object (folded)
STANCE_OBJECT_PREPS: frozenset[str] = frozenset({"مع", "ضد", "علي", "تجاه", "حيال"})

# Words that may open a sentence before its subject ("وكان X …"، "لكن X …"، "إلا أن الدول …";
# folded, one word each)
SENTENCE_LEADS: tuple[str, ...] = ("و", "ف", "وكان", "كان", "وكانت", "كانت", "لكن", "ولكن",
                                   "الا", "ان", "غير", "كما", "بينما", "فيما", "وقد", "قد")

# "من جهته، …", "بدوره، …": a phrase before a sentence's own verb and subject (folded)
FRONTING_PHRASES: tuple[str, ...] = ("من جهته", "من جهتها", "من جانبه", "من جانبها", "بدوره",
                                     "بدورها", "في المقابل", "من ناحيته", "من ناحيتها")

# Participle forms that are the spokesman's noun before باسم ("متحدثة باسم الشركة"; folded)
SPOKESMAN_NOUN_FORMS: frozenset[str] = frozenset({"متحدثه", "متحدثا", "ناطقه", "ناطقا"})


# ---------------------------------------------------------------------------------------------
# Verb paradigms. The tables above list forms by hand and miss many ("يقولون", "صرحوا",
# "معتبرين"); a reporting verb's forms are derived here from its lemma so that a new verb or a
# missing form needs one row, not a list. Forms a hand-written table already lists keep its
# class and frame; derived ones take the row's. Forms that are common non-verbs are never
# derived: a row leaves that slot empty ("" for the present of ابلغ — "يبلغ" is "amounts to";
# no participle for اصر — "مصر" is Egypt), and ``NOT_DERIVED`` holds the rest.
#
# ("يتوقع أن"، "يشترط أن" are mostly the impersonal passive: those presents are left out)
# Row: (past 3ms, present 3ms, participle stem, stance, frame, conditions)
#   conditions (space-separated): "that" — only with أن/إن, a quotation or a colon near
#   (``NEEDS_THAT``); "quote" — only before a quotation or a colon (``QUOTE_ONLY``);
#   "np=X" — the object after preposition X is what was said (``NP_MARKERS``);
#   "resp" — only with مسؤولية after it ("حمّل X Y مسؤولية …"); "min" — only with من or أن
#   after the speaker ("طلب X من Y …"); "qawl" — only with "إلى القول" after the speaker
#   ("ويمضي X إلى القول إن …"), what was said after it.
PARADIGMS: tuple[tuple[str, str, str, str, str, str], ...] = (
    # assert
    ("قال", "يقول", "قائل", "assert", "say", ""),
    ("اكد", "يؤكد", "مؤكد", "assert", "say", "np=علي"),
    ("اشار", "يشير", "مشير", "assert", "say", "np=الي"),
    ("شدد", "يشدد", "مشدد", "assert", "say", "np=علي"),
    ("اوضح", "يوضح", "موضح", "assert", "say", ""),
    ("اضاف", "يضيف", "مضيف", "assert", "say", "that"),
    ("ذكر", "", "", "assert", "say", "that"),
    ("اعلن", "يعلن", "معلن", "assert", "say", ""),
    ("كشف", "يكشف", "كاشف", "assert", "say", "np=عن"),
    ("افاد", "يفيد", "مفيد", "assert", "say", ""),
    ("صرح", "يصرح", "مصرح", "assert", "say", ""),
    ("اعتبر", "يعتبر", "معتبر", "assert", "say", "that"),
    ("لفت", "يلفت", "لافت", "assert", "say", "that np=الي"),
    ("اردف", "يردف", "مردف", "assert", "say", ""),
    ("بين", "يبين", "مبين", "assert", "say", "that"),
    ("وصف", "", "واصف", "assert", "say", ""),
    ("زعم", "يزعم", "زاعم", "assert", "say", "that"),
    ("ابلغ", "", "", "assert", "say", "that"),
    ("اعترف", "يعترف", "معترف", "assert", "say", "that"),
    ("تحدث", "يتحدث", "", "assert", "say", "that"),
    ("توقع", "", "متوقع", "assert", "say", "that"),
    ("المح", "يلمح", "ملمح", "assert", "say", "that np=الي"),
    ("جزم", "يجزم", "جازم", "assert", "say", "that np=ب"),
    ("اصر", "يصر", "", "assert", "say", "that np=علي"),
    ("اشترط", "", "مشترط", "assert", "say", "that"),
    ("تمني", "يتمني", "", "assert", "say", "that"),
    ("تعهد", "يتعهد", "", "assert", "say", ""),
    ("استدرك", "يستدرك", "مستدرك", "assert", "say", "that"),
    # answered, went on, summed up, disclosed ("أجاب X: «…»", "وأكمل: …", "أفصح X عن …")
    ("اجاب", "يجيب", "مجيب", "assert", "say", "that"),
    ("اكمل", "", "", "assert", "say", "quote"),
    ("لخص", "يلخص", "", "assert", "say", "that"),
    ("افصح", "", "", "assert", "say", "np=عن"),
    # "ويمضي X إلى القول إن …", "وخلص إلى القول: …": went on / concluded by saying
    ("مضي", "يمضي", "", "assert", "say", "qawl"),
    ("ذهب", "يذهب", "", "assert", "say", "qawl"),
    ("خلص", "يخلص", "", "assert", "say", "qawl"),
    ("انتهي", "ينتهي", "", "assert", "say", "qawl"),
    # disowned ("وتبرأ X من التصريحات المنسوبة إليه")
    ("تبرا", "يتبرا", "", "deny", "object", ""),
    # deny, oppose, accuse
    ("نفي", "ينفي", "نافي", "deny", "object", ""),
    ("رفض", "يرفض", "رافض", "oppose", "object", ""),
    ("انتقد", "ينتقد", "منتقد", "oppose", "object", ""),
    ("اتهم", "يتهم", "", "accuse", "object", ""),
    ("حمل", "", "", "accuse", "object", "resp"),
    # warn, threaten
    ("حذر", "يحذر", "محذر", "warn", "object", ""),
    ("هدد", "يهدد", "مهدد", "threaten", "object", ""),
    ("توعد", "يتوعد", "متوعد", "threaten", "object", ""),
    # call
    ("دعا", "يدعو", "داعي", "call", "object", ""),
    ("طالب", "يطالب", "", "call", "object", ""),
    ("حث", "يحث", "حاث", "call", "object", ""),
    ("ناشد", "يناشد", "مناشد", "call", "object", ""),
    ("طلب", "يطلب", "", "call", "object", "min"),
    # condemn, welcome, support
    ("ادان", "يدين", "", "condemn", "object", ""),
    ("استنكر", "يستنكر", "مستنكر", "condemn", "object", ""),
    ("ندد", "يندد", "مندد", "condemn", "object", ""),
    ("شجب", "يشجب", "", "condemn", "object", ""),
    ("رحب", "يرحب", "", "welcome", "object", ""),
    ("اشاد", "يشيد", "مشيد", "support", "object", ""),
    ("ثمن", "يثمن", "مثمن", "support", "object", ""),
    # express (the stance from the noun after عن / the object)
    ("اعرب", "يعرب", "معرب", "assert", "express", ""),
    ("عبر", "يعبر", "معبر", "assert", "express", ""),
    ("ابدي", "يبدي", "مبدي", "assert", "express", ""),
)

# Derived forms that are common words of another kind (folded)
NOT_DERIVED: frozenset[str] = frozenset({
    "بينا", "بينوا",  # "بيننا"/"بينا" between us
    "حملا", "حملت", "حملوا", "يحملان", "تحملان", "يحملون",  # carried / pregnancy
    "طلبا", "طلبات",  # request(s)
    "مبينات", "لافتات", "مشيرات", "مؤكدات",  # banners; rare feminine plurals
    "قائلات", "مفيدات", "مردفات", "معلنات", "منتقدات", "محذرات", "مهددات", "متوعدات",
    "مناشدات", "مستنكرات", "منددات", "مشيدات", "مثمنات", "معربات", "معبرات", "مبديات",
    "نافيات", "رافضات", "داعيات", "حاثات", "كاشفات", "مصرحات", "معتبرات", "واصفات",
    "زاعمات", "معترفات", "متوقعات", "ملمحات", "جازمات", "مشترطات", "متمنيات", "مستدركات",
    "مجيبات", "مشددات", "موضحات", "مضيفات",
    "معلنه",  # "الأسعار المعلنة": announced, an adjective
    "مفيدا", "مفيده", "مفيدين",  # useful
    "متوقعه", "متوقعين",  # expected (adjective)
    "مهددين", "مهدده",  # under threat
    "عبرا",  # "عبراً"/lessons
    "يعبران", "تعبران",  # cross
    "معبرين",
    "داعين",  # "داعين الله": prayer (listed among PRAYER_CUTS)
    "زاعما", "زاعمه", "زاعمين",
    "يبدون",  # they seem (يبدو)
    "مناشده",  # an appeal (noun)
    "معترفا", "معترفه", "معترفين",  # "معترف بها": recognised
    "مصرحه", "مصرحين",  # "غير مصرحة": unlicensed
    "معلنين",  # advertisers
})


def conjugate(past: str, present: str, participle: str) -> dict[str, str]:
    """A reporting verb's third-person forms (folded) from its lemma's three stems, each with its
    kind: past or present (one speaker), dual, plural, participle (singular)."""
    forms: dict[str, str] = {}
    if past:
        forms[past] = "past"
        if past.endswith(("ي", "ا")):  # نفى، دعا: the weak letter goes
            stem = past[:-1]
            forms[stem + "ت"] = "past"
            forms[stem + "وا"] = "plural"
            if past.endswith("ي"):
                forms[stem + "يا"] = "dual"
        else:
            forms[past + "ت"] = "past"
            forms[past + "وا"] = "plural"
            forms[past + "ا"] = "dual"
    if present:
        forms[present] = "present"
        forms["ت" + present[1:]] = "present"
        stem = present[:-1] if present.endswith(("ي", "و")) else present
        forms[stem + "ون"] = "plural"
        forms[present + "ان"] = "dual"
        forms["ت" + present[1:] + "ان"] = "dual"
    if participle:  # singular only: a plural (مشيدين) inherits a singular speaker too readily
        forms[participle + "ا"] = "participle"
        forms[participle + "ه"] = "participle"
    return forms


def _derive() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """The rows of ``VERBS`` that the paradigms add, and the sets their conditions fill."""
    listed = {f for forms, _, _ in VERBS for f in forms}
    rows: list[tuple[tuple[str, ...], str, str]] = []
    for past, present, participle, stance, frame, conds in PARADIGMS:
        cond = conds.split()
        new = [(f, kind) for f, kind in conjugate(past, present, participle).items()
               if f not in listed and f not in NOT_DERIVED and f not in GENERIC_SPEAKERS]
        if not new:
            continue
        listed.update(f for f, _ in new)
        rows.append((tuple(f for f, _ in new), stance, frame))
        for f, kind in new:
            DERIVED_KIND[f] = kind
            if kind == "participle":
                _PARTICIPLES_MORE.add(f)
            if "that" in cond:
                _NEEDS_THAT_MORE.add(f)
            if "quote" in cond:
                _QUOTE_ONLY_MORE.add(f)
            if "resp" in cond:
                NEEDS_RESPONSIBILITY.add(f)
            if "min" in cond:
                NEEDS_MIN.add(f)
            if "qawl" in cond:
                NEEDS_QAWL.add(f)
            _NP_MORE.extend((f, c[3:]) for c in cond if c.startswith("np="))
    return tuple(rows)


DERIVED_KIND: dict[str, str] = {}
NEEDS_RESPONSIBILITY: set[str] = set()
NEEDS_MIN: set[str] = set()
NEEDS_QAWL: set[str] = set()
_PARTICIPLES_MORE: set[str] = set()
_NEEDS_THAT_MORE: set[str] = set()
_QUOTE_ONLY_MORE: set[str] = set()
_NP_MORE: list[tuple[str, str]] = []
VERBS = VERBS + _derive()
PARTICIPLES = PARTICIPLES | _PARTICIPLES_MORE
NEEDS_THAT = NEEDS_THAT | _NEEDS_THAT_MORE
QUOTE_ONLY = QUOTE_ONLY | _QUOTE_ONLY_MORE
NP_MARKERS = NP_MARKERS + tuple(_NP_MORE)


# ---------------------------------------------------------------------------------------------
# Gender agreement. A feminine verb (قالت، تؤكد، مؤكدةً) has a feminine subject: a woman, a body
# named by a feminine noun (الوزارة، الحكومة، منظمة), a non-human plural (المصادر، السلطات، القوات)
# or a place — rarely a masculine definite noun (الاتحاد الأوروبي) or a man. (The other way
# round tells nothing: "قال وزارة الداخلية" is its unnamed spokesman speaking.)

# Feminine forms the paradigms do not derive (hand-listed verbs without a PARADIGMS row; folded)
FEMININE_LISTED: frozenset[str] = frozenset({
    "تابعت", "واصلت", "ختمت", "اختتمت", "كتبت", "غردت", "مغرده", "رات", "تري", "ابانت",
    "ادعت", "تدعي", "نوهت", "تنوه", "منوهه", "ذكرت", "ابلغت", "كذبت", "عارضت", "تعارض",
    "اشتكت", "تشتكي", "شكت", "تشكو", "نبهت", "ايدت", "تؤيد", "شكرت", "تشكر", "شاكره",
    "دافعت", "تدافع", "اثنت", "تثني", "ابدت", "تبدي", "امتنعت", "تمتنع", "احجمت", "تحجم",
    "نقلت", "تنقل", "متحدثه", "قائله", "بقولها", "ركزت", "بررت", "دانت", "متعهده", "طالبت",
    "تطالب", "مطالبه", "رحبت", "ترحب", "مرحبه", "اتهمت", "تتهم", "متهمه", "ادانت", "تدين",
    "شجبت", "تشجب", "اعلنت", "تعلن",
})

# Women's given names the entities lists lack (the Arabic ones of given_names.txt are read
# from there): foreign names as the Arabic press spells them, and common Arabic ones
FEMALE_GIVEN_NAMES: tuple[str, ...] = (
    "فيديريكا", "فدريكا", "فيدريكا", "أنجيلا", "انغيلا", "أنغيلا", "أنجيلا", "هيلاري", "هيلارى",
    "تيريزا", "تريزا", "كريستين", "كريستينا", "ماري", "ماريا", "سامانثا", "سامنثا", "جوليا",
    "إيفا", "آنا", "كاثرين", "كاترين", "إليزابيث", "اليزابيث", "مارين", "نيكول", "سارة",
    "سيغولين", "كونداليزا", "كوندوليزا", "مادلين", "إنجريد", "انجريد", "ديلما", "ناتالي",
    "صوفي", "إيما", "لورا", "ليندا", "باربرا", "سوزان", "كارين", "كلير", "هيلين", "مارغريت",
    "تسيبي", "نانسي", "ساندرا", "يوليا", "إيرينا", "أولغا", "جانيت", "باتريشيا", "دانييلا",
    "ألكسندرا", "ميليندا", "روزا", "فرانشيسكا", "أورسولا", "فيرونيكا", "ماريان", "مايا",
    "كاتي", "كيلي", "جينيفر", "ميشيل أوباما", "بينظير", "إيلين", "أنيتا", "سيلفيا", "مارتا",
    "فاطمة", "عائشة", "خديجة", "زينب", "نورة", "هند", "ليلى", "سعاد", "منى", "أمل", "هدى",
    "سلمى", "رانيا", "عبير", "نادية", "لطيفة", "وفاء", "أسماء", "آمنة", "حصة", "موضي",
    "الجوهرة", "لولوة", "بدرية", "منيرة", "هيفاء", "ريم", "نوف", "العنود", "جواهر", "دلال",
    "أميرة", "سميرة", "نجاة", "زينة", "ندى", "رزان", "شيماء", "إيمان", "سهى", "عزة", "ناهد",
    "ثناء", "عواطف", "لينا", "حنان", "سوزان", "جميلة", "خلود", "أنوار", "بشرى", "تماضر",
)

# Broken plurals of things, grammatically feminine singular ("وقالت المصادر"; folded)
FEMININE_PLURAL_HEADS: frozenset[str] = frozenset({
    "مصادر", "تقارير", "وسائل", "اوساط", "دوائر", "دول", "قوي", "فصائل", "اجهزه", "احزاب",
    "وكالات", "منظمات", "جهات", "سلطات", "قوات", "حكومات", "محاكم", "معلومات", "انباء",
})

# Masculine heads of bodies and sources ("مجلس الأمن", "متحدث باسم …"; folded, without ال)
MASCULINE_HEADS: frozenset[str] = frozenset({
    "مجلس", "حزب", "اتحاد", "بنك", "صندوق", "نادي", "مركز", "معهد", "برنامج", "تحالف",
    "ائتلاف", "منتدي", "مكتب", "جيش", "بيت", "مصدر", "مسؤول", "متحدث", "ناطق", "تنظيم",
    "ديوان", "كرملين", "كونغرس", "كونجرس", "بنتاغون", "بنتاجون", "برلمان", "مرصد", "فريق",
    "وفد", "قصر", "اعلام", "تقرير", "بيان", "امن", "فرع", "مجمع", "مستشفي",
})


def feminine_forms() -> frozenset[str]:
    """Every feminine singular say-form: the paradigms' (قالت، تقول، قائلة) and the listed ones."""
    out = set(FEMININE_LISTED)
    for past, present, participle, _, _, _ in PARADIGMS:
        for f, kind in conjugate(past, present, participle).items():
            if (kind == "past" and f != past) or (kind == "present" and f != present) or \
                    (kind == "participle" and f.endswith("ه")):
                out.add(f)
    return frozenset(out - NOT_DERIVED)


FEMININE_FORMS: frozenset[str] = feminine_forms()


# Generic unnamed speakers the annotation guide leaves out ("يعتقد البعض", "ويرى المراقبون";
# specific ones — مصادر مطلعة، مسؤول إسرائيلي — stay in, and so do analysts, critics, tweeters,
# whom the annotators keep: محللون، منتقدون، مغردون; folded, the speaker's first word)
GENERIC_OUT: frozenset[str] = frozenset({"البعض", "كثيرون", "الكثيرون", "مراقبون", "المراقبون"})


# Verbs of opinion whose object and predicate are what was said, with no أن, when a named
# subject stands after them ("واعتبر الوزير X الاتفاق خطوة مهمة", "ورأى X الحل بعيدا"; folded;
# not the presents: "يعتبر الملا عمر …" is mostly the passive "is considered")
OPINION_VERBS: frozenset[str] = frozenset({"اعتبر", "اعتبرت", "راي", "رات", "اعتبروا",
                                           "راوا"})


# Discourse markers that turn to another topic: what was said ends before them ("…، من جهة
# أخرى علمت «المدينة» …", "…، في سياق آخر أعلن …"; folded)
TOPIC_SHIFTS: tuple[str, ...] = ("من جهه اخري", "من ناحيه اخري", "في سياق اخر", "في سياق متصل",
                                 "علي صعيد اخر", "في شان اخر", "من جانب اخر", "الي ذلك",
                                 "في غضون ذلك", "في الاثناء", "في المقابل")


# Verbs of issuing a statement: "وأصدرت X بياناً … طالبت فيه …" — X speaks the verbs that follow
# in that sentence with no subject of their own (folded)
ISSUE_VERBS: tuple[str, ...] = ("اصدر", "اصدرت", "بعث", "بعثت", "ارسل", "ارسلت", "نشر", "نشرت",
                                "وزع", "وزعت")


# Documents that speak through a participle of their own sentence ("وحدد المنشور مهلة …،
# مضيفاً أن …"; folded, besides STATEMENT_NOUNS and REPORT_NOUNS)
DOCUMENT_NOUNS: frozenset[str] = frozenset({"المنشور", "الوثيقه", "المذكره", "القرار", "الاتفاق",
                                            "الاعلان", "البلاغ", "التعميم", "الخطاب"})
