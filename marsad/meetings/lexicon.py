"""Cue tables for the meetings stage — data, not logic.

Every form is written *folded* (أ/إ/آ → ا, ى → ي, ة → ه, no diacritics); clitics in front
(و ف س ل ب ال) are handled by the matcher, so only the stems and their inflected endings are listed.
Each trigger row: (forms, kind, frame)
  kind  — meeting | call | visit | talks
  frame — "host": subject hosts, object is the guest (استقبل X Y)
          "verb": a meeting verb, parties are its subject and object / مع-phrase
          "noun": a meeting noun; parties come from بين X و Y, مع Y, or the governing verb's subject
"""

from __future__ import annotations

TRIGGERS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("استقبل", "استقبلت", "استقبلا", "استقبلوا", "يستقبل", "تستقبل", "يستقبلان",
      "نستقبل", "استقبله", "استقبلها", "استقبلهم", "استقبلته", "استقبلتها"), "meeting", "host"),
    (("التقي", "التقت", "التقيا", "التقوا", "التقتا", "يلتقي", "تلتقي", "يلتقيان", "يلتقون",
      "التقاه", "التقاها", "التقاهم", "يلتقيه", "التقيت", "يلتقيا"), "meeting", "verb"),
    (("اجتمع", "اجتمعت", "اجتمعا", "اجتمعوا", "يجتمع", "تجتمع", "يجتمعان", "يجتمعا",
      "يجتمعون"), "meeting", "verb"),
    (("تباحث", "تباحثا", "تباحثت", "يتباحث", "تتباحث", "يتباحثان", "يتباحثا"), "talks", "verb"),
    (("بحث", "بحثت", "بحثا", "يبحث", "تبحث", "يبحثان", "بحثه"), "meeting", "bahath"),
    (("ناقش", "ناقشت", "ناقشا", "يناقش", "تناقش", "يناقشان"), "meeting", "bahath"),
    # not "زاره": folded, وزارة (ministry) reads و + زاره
    (("زار", "زارت", "يزور", "تزور"), "visit", "verb"),
    (("لقاء", "لقاءا", "لقاءه", "لقاءها", "لقائه", "لقائها", "لقاءات", "لقائهما",
      "اللقاء"), "meeting", "noun"),
    (("اجتماع", "اجتماعا", "اجتماعه", "اجتماعها", "اجتماعات", "اجتماعهما"), "meeting", "noun"),
    (("محادثات", "مباحثات", "مفاوضات", "مشاورات", "محادثاته", "مباحثاته", "محادثاتها",
      "مباحثاتها", "مشاوراته"), "talks", "noun"),
    (("قمه", "القمه"), "meeting", "noun"),
    (("اتصال", "اتصالا", "مكالمه"), "call", "call"),
    (("استقباله", "استقبالها", "استقبالهم", "استقبالهما"), "meeting", "noun"),
    (("هاتف", "هاتفه", "هاتفت", "يهاتف", "هاتفيا"), "call", "verb"),
    (("زياره", "زيارته", "زيارتها", "زيارات"), "visit", "noun"),
    (("جوله", "الجوله", "جولات", "الجولات"), "talks", "round"),
)

# "جولة" is a round of talks only with one of these right after it (else a tour, or sport)
ROUND_NEXT: tuple[str, ...] = (
    "اولي", "الاولي", "ثانيه", "الثانيه", "ثالثه", "الثالثه", "رابعه", "الرابعه", "خامسه",
    "الخامسه", "جديده", "اخري", "مقبله", "المقبله", "القادمه", "قادمه", "من المحادثات",
    "من المفاوضات", "من المباحثات", "من المشاورات", "من الحوار", "محادثات", "مفاوضات",
    "مباحثات", "مشاورات", "حوار",
)

# Non-person parties (countries, organisations) make a meeting only with one of these frames:
# "بين X و Y", a round of talks, or a meeting verb — not "إجراء مشاورات مع موسكو" in passing.
HABITUAL_CUES: tuple[str, ...] = ("دابت", "داب", "دابت علي", "عاده", "باستمرار", "دائما")

# a phone-call noun is a meeting only with one of these beside it
CALL_QUALIFIERS: tuple[str, ...] = ("هاتفي", "هاتفيا", "هاتفيه", "هاتفيين")

# Words that make "بحث/ناقش" a meeting only when followed by مع / ب + party (بحث مع X)
BAHATH_PARTNER_PREPS: tuple[str, ...] = ("مع",)

# A noun trigger preceded by one of these refers back to a meeting already told: no new one.
ANAPHORIC_BEFORE: tuple[str, ...] = ("هذا", "هذه", "ذلك", "تلك", "خلال", "عقب", "بعد", "قبيل",
                                     "قبل", "اثناء", "نهايه", "ختام", "بدايه", "مستهل", "جانب",
                                     "محضر", "هامش", "حضر", "حضره", "وجرى")

# Status cues (folded). Searched in the trigger sentence before and around the trigger.
PLANNED_CUES: tuple[str, ...] = (
    "من المرتقب", "من المقرر", "من المنتظر", "من المتوقع", "المرتقبه", "المرتقب", "المقبله",
    "المقبل", "القادم", "القادمه", "يعتزم", "تعتزم", "ينوي", "تنوي", "يتوقع ان", "سيعقد",
    "ستعقد", "ستجري", "سيجري", "سيلتقي", "ستلتقي", "سيجتمع", "ستجتمع", "سيستقبل", "ستستقبل",
    "سيزور", "ستزور", "سيبحث", "ستبحث", "يزمع", "تزمع", "مرتقب", "مرتقبه", "سيتم",
)
CANCELLED_CUES: tuple[str, ...] = (
    "الغي", "الغت", "الغاء", "تاجيل", "تاجل", "تاجلت", "ارجا", "ارجات", "ارجاء", "الغيت",
    "الغي", "يلغي", "الغاءه",
)

# Attendee cues: persons named after one of these are present, not principal parties.
ATTENDEE_CUES: tuple[str, ...] = (
    "حضر", "حضره", "حضرها", "وحضر", "وحضره", "فيما حضره", "فيما حضر", "كما حضر", "بحضور",
    "وبحضور", "شارك في", "وشارك في", "شارك", "وشارك", "يشارك", "بمشاركه", "وبمشاركه",
    "الي جانب", "حضور", "ضم الوفد", "رافقه", "يرافقه", "ويرافقه", "يرافقه",
)

# Place markers: a LOCATION right after one of these (with up to two words between) is where the
# meeting took place, not a party.
PLACE_WORDS: frozenset[str] = frozenset({
    "العاصمه", "مدينه", "محافظه", "منطقه", "قصر", "مقر", "ديوان", "مكتب", "مكتبه", "امانه",
    "بالعاصمه", "بمدينه", "بمحافظه", "بمنطقه", "بقصر", "بمقر", "بديوان", "بمكتب", "بمكتبه",
    "فندق", "بفندق", "مبني", "بمبني", "مركز", "بمركز", "قاعه", "بقاعه", "مطار", "بمطار",
    "ميناء", "بميناء", "جامعه", "بجامعه",
})
PLACE_PREPS: frozenset[str] = frozenset({"في", "وفي"})

# Clause cut-offs after the trigger: what follows talks *about* the meeting, not who was in it.
SCOPE_STOPS: tuple[str, ...] = (
    "وجري", "جري خلال", "وتم", "حيث", "وذلك", "لبحث", "لمناقشه", "وبحث", "وناقش", "وتناول",
    "تناول", "في اطار", "بشان", "حول", "تتعلق", "يتعلق", "بهدف", "تهدف", "يهدف", "واكد",
    "وقال", "واوضح", "واعرب", "ونقل", "وتبادل", "وتطرق", "واستعرض", "استعرض", "تم خلال",
    "وقد جري", "لتنسيق", "للتباحث", "للبحث", "لاستعراض", "وبحثا", "بحثا", "وناقشا",
    "لتقديم", "لتهنئه", "للتهنئه", "الذي", "التي", "اللذين", "بعد ان", "عقب", "وهو", "وهي",
    "بعد تحرير", "بعد توقيع", "بعد انتهاء", "بعد وصول", "منذ",
)

# Verbs that carry a meeting noun ("عقد X اجتماعاً مع Y", "أجرى X مباحثات"): only with one of
# these (or a possessive "لقائه") may a noun trigger take its first party from before it.
LIGHT_VERBS: tuple[str, ...] = (
    "عقد", "عقدت", "يعقد", "تعقد", "عقدا", "اجري", "اجرت", "يجري", "تجري", "اجريا", "اجراء",
    "تلقي", "تلقت", "يتلقي", "تتلقي", "اجريت", "جرت", "جري", "بدا", "بدات", "اختتم",
    "اختتمت", "استانف", "استانفت", "قام", "قامت", "يقوم", "تقوم", "اجرى", "عقدوا", "اجروا",
    "يعتزم", "تعتزم", "ينوي", "تنوي", "يزمع", "تزمع", "يتطلع", "تتطلع", "الغي", "الغت",
    "ارجا", "ارجات", "اجل", "اجلت",
)

# Things received that are not guests: "استقبل أهالي البرك جثمان الشهيد", "استقبلت الغرفة بلاغات"
NON_GUESTS: frozenset[str] = frozenset({
    "جثمان", "جثه", "جثامين", "رفات", "الحجاج", "حجاج", "المعتمرين", "معتمرين", "الزوار",
    "زوار", "المسافرين", "مسافرين", "بلاغ", "بلاغا", "بلاغات", "طلبات", "طلبا", "اتصالات",
    "حالات", "حاله", "المرضي", "مرضي", "شحنه", "الشحنه", "اصابه", "اصابات", "رحلات",
    "الطلاب", "طلاب", "الطالبات", "المراجعين", "مراجعين", "العائلات", "الجماهير",
})

# Regions named in passing are never where a meeting took place
NOT_PLACES: frozenset[str] = frozenset({
    "الشرق الاوسط", "المنطقه", "الخليج", "العالم", "الشرق الأوسط", "الخليج العربي",
})

# A sentence with two of these is about sport: لقاء / مواجهة there is a match, not a meeting.
SPORT_WORDS: frozenset[str] = frozenset({
    "مباراه", "فريق", "الفريق", "نادي", "النادي", "الدوري", "المنتخب", "ملعب", "الملعب",
    "هدف", "هدفين", "اهداف", "كاس", "بطوله", "البطوله", "الشوط", "مدرب", "المدرب", "لاعب",
    "لاعبي", "الجوله", "تعادل", "فوز", "خساره", "الكره", "دوري", "كره", "ديربي", "جماهير",
    "منتخب", "نهائي", "النهائي", "الموسم", "موسم", "صفقه", "الصفقه", "مدافع", "مهاجم",
    "الجناح", "المباراه", "مباريات", "المباريات", "الودي", "وديا", "معسكر", "المعسكر",
})

# "جوله" words referring to rounds of talks ("الجولة الثانية"): parties inherited from the last
# talks meeting when the sentence names none.
ROUND_WORDS: tuple[str, ...] = ("الجوله", "جوله")

# Delegation heads: "وفدا من X" → X is the party.
DELEGATION_WORDS: tuple[str, ...] = ("وفد", "وفدا", "الوفد", "وفود", "وفدا")

# "الطرفان / الجانبان": the parties of the last meeting
BOTH_PARTIES: tuple[str, ...] = ("الطرفان", "الطرفين", "الجانبان", "الجانبين")

# A visit's destination: "سيتوجه إلى إيران", "سيزور الولايات المتحدة" → the place
VISIT_WORDS: tuple[str, ...] = ("زار", "زارت", "يزور", "تزور", "سيزور", "ستزور", "يتوجه",
                                "سيتوجه", "توجه", "زياره", "زيارته", "زيارتها", "وصل",
                                "وصوله", "يصل", "سيصل", "زيارتهما")

# Relative pronouns that open a parenthesis after a comma ("موغيريني، التي تشغل …، بالرئيس")
RELATIVES: tuple[str, ...] = ("الذي", "التي", "اللذين", "الذين", "اللتين", "اللذان")

# Title heads: "محافظ عدن", "أمير منطقة الرياض", "سفير فرنسا" — the place belongs to a title
TITLE_HEADS: frozenset[str] = frozenset({
    "محافظ", "امير", "رئيس", "سفير", "وزير", "ملك", "حاكم", "قنصل", "مندوب", "ممثل", "نائب",
    "وكيل", "مدير", "عمده", "رئيسه", "وزيره", "سفيره", "ولي", "شيخ", "بلديه", "منطقه",
    "خارجيه", "داخليه", "دفاع", "حكومه", "جمهوريه", "مملكه", "دوله",
})

# Titles that take a place with في/لدى ("السفير الإسرائيلي في الولايات المتحدة")
POSTED_TITLES: frozenset[str] = frozenset({
    "سفير", "السفير", "قنصل", "القنصل", "مندوب", "المندوب", "ممثل", "الممثل", "ملحق", "الملحق",
    "مراسل", "المراسل", "سفيره", "السفيره", "القائم", "بالاعمال",
})

# Dateline: "الرياض - واس", "جدة:" at the very start
DATELINE_MAX_CHARS = 40
