"""Cue tables for the meetings stage — data, not logic.

Every form is written *folded* (أ/إ/آ → ا, ى → ي, ة → ه, no diacritics); clitics in front
(و ف س ل ب ال) are handled by the matcher, so only the stems and their inflected endings are listed.
Each trigger row: (forms, kind, frame)
  kind  — meeting | call | visit | talks
  frame — "host": subject hosts, object is the guest (استقبل X Y)
          "verb": a meeting verb, parties are its subject and object / مع-phrase
          "bahath": بحث / ناقش — a meeting only with a مع-partner
          "noun": a meeting noun; parties from بين X و Y, مع Y, or a light verb's subject
          "call": اتصال / مكالمة — only with هاتفي beside it
          "round": جولة — a round of talks only before an ordinal or "من المحادثات"
          "reception": استقبال / وداع — only as "كان في استقبال/وداع X"
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
    # "تناول X في قصر السلام مع Y مستجدات …", "استعرض X مع Y": only with a مع-partner, like بحث
    (("تناول", "تناولا", "استعرض", "استعرضا", "يستعرض", "يستعرضان", "استعرضت"), "meeting",
     "bahath"),
    # not "زاره": folded, وزارة (ministry) reads و + زاره
    (("زار", "زارت", "يزور", "تزور"), "visit", "verb"),
    # "تفقد الأمير … المصابين": an inspection is a visit only to people (INSPECT_VERBS)
    (("تفقد", "تفقدت", "يتفقد", "تتفقد"), "visit", "verb"),
    (("لقاء", "لقاءا", "لقاءه", "لقاءها", "لقائه", "لقائها", "لقاءات", "لقائهما",
      "اللقاء"), "meeting", "noun"),
    (("اجتماع", "اجتماعا", "اجتماعه", "اجتماعها", "اجتماعات", "اجتماعهما", "اجتماعهم"),
     "meeting", "noun"),
    (("محادثات", "مباحثات", "مفاوضات", "مشاورات", "محادثاته", "مباحثاته", "محادثاتها",
      "مباحثاتها", "مشاوراته", "محادثاتهم", "مباحثاتهم"), "talks", "noun"),
    (("قمه", "القمه"), "meeting", "noun"),
    (("اتصال", "اتصالا", "مكالمه", "اتصالات", "مكالمات"), "call", "call"),
    (("استقباله", "استقبالها", "استقبالهم", "استقبالهما"), "meeting", "noun"),
    # only after في / لدى ("وكان في وداع الأمير …"), see AT_RECEPTION
    (("استقبال", "وداع", "وداعه", "وداعها", "توديع"), "meeting", "reception"),
    (("هاتف", "هاتفه", "هاتفت", "يهاتف", "هاتفيا"), "call", "verb"),
    # "اتصل X بـ Y": a call (the object after بـ); past only ("قضية تتصل بالهوية": relates to)
    (("اتصل", "اتصلت", "اتصلا"), "call", "verb"),
    # "قام X بمعايدة المرضى": an Eid visit (not "حفل معايدة", a party: see NOT_A_VISIT_BEFORE)
    (("زياره", "زيارته", "زيارتها", "زيارات", "معايده"), "visit", "noun"),
    (("جوله", "الجوله", "جولات", "الجولات", "جولته", "جولتها"), "talks", "round"),
    # round 7: condolences and Eid greetings in person ("واسى X، أسرة الرمالي في وفاة …",
    # "عزى X، آل عطيان", "عايد X المرضى المنومين"): the subject meets the one after
    (("عزي", "عزت", "واسي", "واست", "عايد", "عايدت", "يعايد", "تعايد"), "meeting", "verb"),
    # "في مؤتمر صحفي مع نظيره X", "عقدا مؤتمراً صحفياً مشتركاً": only as PRESS_JOINT says
    (("مؤتمر", "مؤتمرا", "المؤتمر", "مؤتمره", "مؤتمرها"), "meeting", "press"),
)

# A conference noun is a meeting of its speakers only with a press word right after it and then
# "مشترك" or "مع" (a joint press conference); alone it is one speaker's, or a conference (folded)
PRESS_WORDS: tuple[str, ...] = ("صحفي", "صحافي", "صحفيا", "صحافيا", "الصحفي", "الصحافي")
PRESS_JOINT: tuple[str, ...] = ("مشترك", "مشتركا", "المشترك", "مع")

# Trigger forms ending in a folded teh marbuta (قمة → قمه): no pronoun suffix, though they look it
TEH_MARBUTA_FORMS: frozenset[str] = frozenset({"قمه", "القمه", "مكالمه", "زياره", "جوله",
                                               "الجوله"})

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

# plural call nouns: one call with each caller named
# "تفقد X المصابين" meets the injured; "تفقد X المشروع" inspects a site: no meeting
INSPECT_VERBS: frozenset[str] = frozenset({"تفقد", "تفقدت", "يتفقد", "تتفقد"})
# where a group lives or lies: "مرضى مستشفى X", "نزلاء سجن X", "مسني دار الرعاية" (folded)
GROUP_FACILITIES: tuple[str, ...] = ("مستشفي", "مستشفيات", "مستوصف", "مركز", "دار", "سجن",
                                     "مجمع", "مدينه", "مصحه", "اصلاحيه")
# the verbs of a body's or group's visit programme (the visit noun after its subject) (folded)
GROUP_VISIT_VERBS: frozenset[str] = frozenset({
    "قام", "قامت", "نظم", "نظمت", "نفذ", "نفذت", "اختتم", "اختتمت", "واصل", "واصلت"})
# bodies that run visit programmes ("نفذت شركة العثيم برنامجا لمعايدة المرضى") (folded)
VISITOR_BODY_HEADS: frozenset[str] = frozenset({
    "شركه", "جمعيه", "مؤسسه", "نادي", "مركز", "هيئه", "بنك", "جامعه", "مستشفي", "اداره",
    "مجموعه", "لجنه", "فريق"})
# a meeting noun's own verb ("اجتماع جرى في القاهرة بين …") (folded)
HAPPENED_VERBS: frozenset[str] = frozenset({
    "جري", "جرت", "عقد", "عقدت", "شهده", "شهدها", "تم", "دار", "دارت", "انعقد", "انعقدت"})
VISIT_NOUNS: frozenset[str] = frozenset({"زياره", "زيارته", "زيارتها"})
PLURAL_CALLS: frozenset[str] = frozenset({"اتصالات", "مكالمات"})
# a phone-call noun is a meeting only with one of these beside it
CALL_QUALIFIERS: tuple[str, ...] = ("هاتفي", "هاتفيا", "هاتفيه", "هاتفيين")

# Status cues (folded). Searched in the trigger sentence before and around the trigger.
PLANNED_CUES: tuple[str, ...] = (
    "من المرتقب", "من المقرر", "من المنتظر", "من المتوقع", "المرتقبه", "المرتقب", "المقبله",
    "المقبل", "القادم", "القادمه", "يعتزم", "تعتزم", "ينوي", "تنوي", "يتوقع ان", "سيعقد",
    "ستعقد", "ستجري", "سيجري", "سيلتقي", "ستلتقي", "سيجتمع", "ستجتمع", "سيستقبل", "ستستقبل",
    "سيزور", "ستزور", "سيبحث", "ستبحث", "يزمع", "تزمع", "مرتقب", "مرتقبه", "سيتم",
    "سيغادر", "ستغادر", "سيتوجه", "ستتوجه", "سيصل", "ستصل", "سيقوم", "ستقوم", "سيبدا",
    "ستبدا", "غدا", "يوم غد", "سيشارك", "ستشارك", "سيراس", "سيترأس", "المقرره", "المقرر",
    "المزمع", "من المزمع", "سيلي", "ستلي", "سيليه", "سيعقبه", "سيعقبها", "سوف",
)
# Requested or speculative meetings (the GUIDE: not a meeting) — a cue among the few words right
# before the trigger: "دعا إلى عقد لقاء بين X وY", "طالب بعقد اجتماع", "وربما يلتقي X بـY",
# "أبدى استعداده للقاء". Folded. (Not "من المتوقع أن يلتقي": a planned meeting; not قد, which
# before a past verb tells a meeting held; not دعوة: "بدعوة من" is how a visit came about; not
# طالب: also a student.)
NOT_HELD_CUES: tuple[str, ...] = (
    "دعا", "دعت", "يدعو", "تدعو", "دعوا", "داعيا", "داعيه", "طالبت", "يطالب", "تطالب", "طالبوا",
    "مطالبا", "مطالبه", "المطالبه", "اقترح", "اقترحت", "يقترح", "تقترح", "اقتراح", "مقترح", "ربما",
    "يامل", "تامل", "امله", "املها", "مستعد", "مستعده", "استعداده", "استعدادها", "امكانيه",
    "احتمال", "يرغب", "ترغب", "رغبته", "رغبتها",
)
# Requests: with "إلى عقد / بعقد / لإجراء" right before the trigger, anywhere earlier in the clause
REQUEST_CUES: tuple[str, ...] = (
    "دعا", "دعت", "يدعو", "تدعو", "دعوا", "داعيا", "داعيه", "طالب", "طالبت", "يطالب", "تطالب",
    "طالبوا", "مطالبا", "اقترح", "اقترحت", "يقترح", "تقترح", "ناشد", "ناشدت", "يناشد",
    # the nouns, bare ("إن دعوة شيخ الأزهر لاجتماع بين …"; not "بدعوة من", "تلبية لدعوة":
    # a meeting held at someone's invitation)
    "دعوه", "دعوته", "دعوتها", "مطالبه", "اقتراح",
)
CANCELLED_CUES: tuple[str, ...] = (
    "الغي", "الغت", "الغاء", "تاجيل", "تاجل", "تاجلت", "ارجا", "ارجات", "ارجاء", "الغيت",
    "الغي", "يلغي", "الغاءه",
)

# Attendee cues: persons named after one of these are present, not principal parties.
ATTENDEE_CUES: tuple[str, ...] = (
    "حضر", "حضره", "حضرها", "وحضر", "وحضره", "فيما حضره", "فيما حضر", "كما حضر", "بحضور",
    "وبحضور", "شارك في", "وشارك في", "شارك", "وشارك", "يشارك", "بمشاركه", "وبمشاركه",
    "الي جانب", "حضور", "ضم الوفد", "رافقه", "يرافقه", "ويرافقه", "ورافقه", "رافقها",
    "ورافقها", "يرافقها", "ترافقه",
    # "وقد رافق سموه خلال الزيارة محافظ …", "وبرفقته عميد الكلية X": those with the visitor
    "رافق سموه", "ورافق سموه", "رافق معاليه", "ورافق معاليه", "برفقته", "وبرفقته",
    # "كان برفقة المدير العام مساعده X", "رفقة المحافظ X", "وضم الوفد المرافق لسموه …",
    # "وفد برئاسة X وعضوية Y، وZ"
    "برفقه", "وبرفقه", "رفقه", "وضم الوفد", "وعضويه", "بعضويه", "وبعضويه",
)

# Place markers: a LOCATION right after one of these (with up to two words between) is where the
# meeting took place, not a party.
PLACE_WORDS: frozenset[str] = frozenset({
    "العاصمه", "مدينه", "محافظه", "منطقه", "قصر", "مقر", "ديوان", "مكتب", "مكتبه", "امانه",
    "بالعاصمه", "بمدينه", "بمحافظه", "بمنطقه", "بقصر", "بمقر", "بديوان", "بمكتب", "بمكتبه",
    "فندق", "بفندق", "مبني", "بمبني", "مركز", "بمركز", "قاعه", "بقاعه", "مطار", "بمطار",
    "ميناء", "بميناء", "جامعه", "بجامعه", "للعاصمه", "ملعب", "بملعب", "استاد", "باستاد",
    "ولايه", "بولايه", "اقليم", "باقليم", "جزيره",
    "بجزيره",
})
PLACE_PREPS: frozenset[str] = frozenset({"في", "وفي"})
# "لدى مغادرته مطار القاهرة الدولي", "فور وصوله جدة": a farewell or welcome told with the one
# leaving or arriving takes the place he leaves or reaches (folded; a time word before the noun)
PASSAGE_NOUNS: frozenset[str] = frozenset({"مغادرته", "مغادرتها", "وصوله", "وصولها"})
PASSAGE_TIMES: frozenset[str] = frozenset({"لدي", "ولدي", "عند", "وعند", "فور", "وفور", "قبيل",
                                          "لحظه"})

# Names that open with a cut-off word ("بان" = "بأن"): read as the name, not the cut-off (folded)
NAMES_OPENING_WITH_STOP: tuple[str, ...] = ("بان كي مون", "بان كيمون")

# Clause cut-offs after the trigger: what follows talks *about* the meeting, not who was in it.
SCOPE_STOPS: tuple[str, ...] = (
    "وجري", "جري خلال", "وتم", "حيث", "وذلك", "لبحث", "لمناقشه", "وبحث", "وناقش", "وتناول",
    "تناول", "في اطار", "بشان", "حول", "تتعلق", "يتعلق", "بهدف", "تهدف", "يهدف", "واكد",
    "وقال", "واوضح", "واعرب", "ونقل", "وتبادل", "وتطرق", "واستعرض", "استعرض", "تم خلال",
    "وقد جري", "لتنسيق", "للتباحث", "للبحث", "لاستعراض", "وبحثا", "بحثا", "وناقشا",
    "لتقديم", "لتهنئه", "للتهنئه", "الذي", "التي", "اللذين", "بعد ان", "عقب", "وهو", "وهي",
    "بعد تحرير", "بعد توقيع", "بعد انتهاء", "بعد وصول", "منذ", "لانهاء", "لحل", "لوقف",
    "من اجل", "بان", "بانه", "بانها", "انه", "انها", "وتاتي", "وياتي", "لينضم", "بمناسبه",
    "لمناسبه", "لكن", "ولكن", "لتحديد", "لاختيار", "لانتخاب",
    # a second meeting verb opens a meeting of its own ("…، واستقبل أيضاً X")
    "واستقبل", "كما استقبل", "والتقي", "كما التقي", "واجتمع", "كما اجتمع",
    # "…، على أن تعقد الجولة المقبلة في …": the next round is a meeting of its own
    "علي ان",
    # "وتأتي زيارة X بعد زيارة Y": two visits, not X meeting Y
    "بعد زياره", "قبل زياره",
    # "سيزور جنتيلوني إيران …، بعد نظيره الفرنسي X ووزير الاقتصاد الألماني Y": those who went
    # before him, not whom he meets
    "بعد نظيره", "بعد نظيرته", "بعد نظيريه", "قبل نظيره", "قبل نظيرته",
    # "اجتمع مع علماء البلد والشيوخ… وبعد مشاورات طويلة عينوا X": what followed the meeting
    "وبعد",
    # "…، وأن مسألة (بوكو حرام) ستكون في صلب محادثاتهما": a further reported clause
    "وان",
    # round 7: visits listed one after another ("…، حيث التقى Y، كما زار Z، وقام بزيارة
    # معايدة لأسرة W، وكذلك زيارة لأسرة V"): each is a meeting of its own
    "كما زار", "كما زارت", "وزار", "وزارت", "ويزور", "وتزور", "وقام بزياره", "وقامت بزياره",
    "وكذلك زياره",
    "كما قام بزياره",
    # session 6: another action of the host's after the guests ("استقبلت الإدارة المعلمين الجدد
    # …، وتفقد المساعد X عمل اللجان": X inspects, he is no guest)
    "وتفقد", "وتفقدت", "واطلع", "واطلعت", "ووجه", "ووجهت",
    # round 7: "واسى X، أسرة Y في وفاة Z": the one mourned is no party
    "في وفاه", "بوفاه", "في فقيد", "في فقيدهم", "في فقيدتهم", "في فقيدها", "في فقيده",
)
# Say-verbs: a meeting told inside a report of speech ends where what was said opens with أن/إن
# ("أوضح X خلال استقباله Y، أمس في الرياض، أن …") (folded)
SAY_VERBS: tuple[str, ...] = ("قال", "اكد", "اوضح", "اعلن", "ذكر", "اشار", "افاد", "صرح",
                              "شدد", "اعتبر", "كشف", "لفت", "اضاف", "اعرب", "اكدت", "قالت",
                              "اوضحت", "اعلنت", "ذكرت", "اشارت", "شددت", "اعتبرت", "كشفت")
# Words that open what a meeting was about: a place named after one is the topic's, not where
# the meeting was ("حول إيجاد حل سياسي في سورية") (folded)
TOPIC_OPENERS: tuple[str, ...] = ("حول", "بشان", "لبحث", "لمناقشه", "لاستعراض", "للبحث",
                                  "للتباحث", "تتعلق", "يتعلق", "المتعلقه", "المتعلق",
                                  # "… في وقت يحاول فيه العراق استعادة مدينة الرمادي": meanwhile
                                  "في وقت", "وفي وقت", "بينما", "في حين")
# "بعد لقائه …", "عقب اجتماعه …": a meeting noun after one of these was held before the report
AFTER_WORDS: frozenset[str] = frozenset({"بعد", "عقب", "اثر", "وبعد", "وعقب", "واثر"})

# Verbs that carry a meeting noun ("عقد X اجتماعاً مع Y", "أجرى X مباحثات"): only with one of
# these (or a possessive "لقائه") may a noun trigger take its first party from before it.
# "أجرى X اتصالاً مع Y" / "تلقى اتصالاً من Y": made or received, a call noun is a call even
# without هاتفي (single calls only: "اتصالات" are contacts)
CALL_LIGHT_VERBS: frozenset[str] = frozenset({
    "اجري", "اجرت", "اجريا", "يجري", "تجري", "تلقي", "تلقت", "يتلقي", "تتلقي", "اجروا"})

LIGHT_VERBS: tuple[str, ...] = (
    "عقد", "عقدت", "يعقد", "تعقد", "عقدا", "اجري", "اجرت", "يجري", "تجري", "اجريا", "اجراء",
    "تلقي", "تلقت", "يتلقي", "تتلقي", "اجريت", "جرت", "جري", "بدا", "بدات", "اختتم",
    "اختتمت", "استانف", "استانفت", "قام", "قامت", "يقوم", "تقوم", "اجرى", "عقدوا", "اجروا",
    "يعتزم", "تعتزم", "ينوي", "تنوي", "يزمع", "تزمع", "يتطلع", "تتطلع", "الغي", "الغت",
    "ارجا", "ارجات", "اجل", "اجلت", "ستجري", "سيجري", "سيعقد", "ستعقد", "سيجريان",
    "استكمل", "استكملت", "يستكمل", "تستكمل",
    # "ترأس X اجتماعاً مع …": the chair holds the meeting
    "تراس", "تراست", "يتراس", "تتراس",
)

# Things received that are not guests: "استقبل أهالي البرك جثمان الشهيد", "استقبلت الغرفة بلاغات"
NON_GUESTS: frozenset[str] = frozenset({
    "جثمان", "جثماني", "جثمانا", "جثه", "جثامين", "رفات", "الجثمان", "الجثه", "الجثامين",
    "الرفات", "الحجاج", "حجاج", "المعتمرين",
    "معتمرين", "الزوار",
    "زوار", "المسافرين", "مسافرين", "بلاغ", "بلاغا", "بلاغات", "طلبات", "طلبا", "اتصالات",
    "حالات", "حاله", "المرضي", "مرضي", "شحنه", "الشحنه", "اصابه", "اصابات", "رحلات",
    "الطلاب", "طلاب", "الطالبات", "المراجعين", "مراجعين", "العائلات", "الجماهير",
    # round 6: a port receives ships ("استقبل ميناء الأدبية السفينة …")
    "السفينه", "سفينه", "السفن", "سفن", "الناقله", "ناقله", "البواخر", "الباخره",
})

# Town nouns: a "name" right after one is a place the tagger took for a person ("بلدة كوغيلو")
TOWN_NOUNS: frozenset[str] = frozenset({"بلده", "قريه", "مدينه", "محافظه", "منطقه", "ولايه",
                                        "اقليم", "مقاطعه", "العاصمه", "بلدات", "قري"})

# Platforms and media named beside a speaker, never a party ("على صفحته في تويتر")
NOT_PARTIES: frozenset[str] = frozenset({"تويتر", "فيسبوك", "فيس بوك", "يوتيوب", "انستغرام",
                                         "انستجرام", "سناب شات", "واتساب", "رويترز"})

# Seats of government tagged as organisations that are places after في ("في البيت الأبيض")
SEAT_ORGANIZATIONS: frozenset[str] = frozenset({
    "البيت الأبيض", "الكرملين", "الإليزيه", "قصر الإليزيه", "داونينغ ستريت", "البنتاغون",
    "البنتاجون", "مقر الأمم المتحدة",
})

# "باليمن والخير والبركات": a blessing, not the country — a LOCATION followed by one of these
BLESSING_NEXT: frozenset[str] = frozenset({"والخير", "والبركات", "والبركه", "والمسرات",
                                           "والمسره", "والسعاده"})

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
    "الوديه", "وديه", "سباق", "سباقات", "لسباقات", "الاعداديه", "للموسم", "ذهابا", "ايابا",
})

# One of these alone makes a meeting of teams (no person) a match ("ويلتقي برشلونة مع …")
# "فريق العمل" (a work team), "الفريق الفني" …: the word after makes فريق no sports team (folded)
NOT_SPORT_AFTER_TEAM: frozenset[str] = frozenset({"العمل", "عمل", "العمل،", "الوزاري", "الحكومي",
                                                  "الطبي", "المشروع", "البحثي", "الاممي"})
SPORT_SURE: frozenset[str] = frozenset({
    "مباراه", "المباراه", "مباريات", "المباريات", "الودي", "الوديه", "وديه", "وديا", "الدوري",
    "دوري", "كاس", "المنتخب", "منتخب", "نادي", "النادي", "ملعب", "الملعب", "بطوله", "البطوله",
    "سباق", "سباقات", "لسباقات", "الهدف", "هدفين", "النهائي", "نهائي", "ذهابا", "ايابا",
    # round 6: "وستلتقي أنجولا مع جنوب إفريقيا فيما تعد أقوى مواجهات الدور الثاني"
    "مواجهات", "المواجهات", "مواجهه", "المواجهه", "مباراته", "مباراتها", "مبارياته",
    "مبارياتها",
})

# "الطرفان / الجانبان": the parties of the last meeting
BOTH_PARTIES: tuple[str, ...] = ("الطرفان", "الطرفين", "الجانبان", "الجانبين", "الرئيسان",
                                 "الرئيسين", "الزعيمان", "الزعيمين", "الوزيران", "الوزيرين")

# A visit's destination: "سيتوجه إلى إيران", "سيزور الولايات المتحدة" → the place
VISIT_WORDS: tuple[str, ...] = ("زار", "زارت", "يزور", "تزور", "سيزور", "ستزور", "يتوجه",
                                "سيتوجه", "توجه", "زياره", "زيارته", "زيارتها", "وصل",
                                "وصوله", "يصل", "سيصل", "زيارتهما", "توجهت", "تتوجه",
                                "ستتوجه", "وصلت", "تصل", "ستصل",
                                # "أوفدت الحكومة التركية X إلى أربيل حيث التقى …"
                                "اوفد", "اوفدت", "يوفد", "توفد")

# Relative pronouns that open a parenthesis after a comma ("موغيريني، التي تشغل …، بالرئيس")
RELATIVES: tuple[str, ...] = ("الذي", "التي", "اللذين", "الذين", "اللتين", "اللذان")

# Title heads: "محافظ عدن", "أمير منطقة الرياض", "سفير فرنسا" — the place belongs to a title
TITLE_HEADS: frozenset[str] = frozenset({
    "محافظ", "امير", "رئيس", "سفير", "وزير", "ملك", "حاكم", "قنصل", "مندوب", "ممثل", "نائب",
    "وكيل", "مدير", "عمده", "رئيسه", "وزيره", "سفيره", "ولي", "شيخ", "بلديه", "منطقه",
    "خارجيه", "داخليه", "دفاع", "حكومه", "جمهوريه", "مملكه", "دوله", "عهد",
})
# "اجتمع الكثير من سائقي …": a crowd gathering, not a meeting of parties
CROWD_WORDS: frozenset[str] = frozenset({"الكثير", "العديد", "المئات", "الالاف", "الاف", "مئات",
                                         "حشد", "حشود",
                                         # "اجتمعت الآراء على …": opinions agree
                                         "الاراء", "الكلمه", "القلوب"})

# Honorifics that may stand between a title's last word and the name ("… بجاكرتا البروفيسور X")
NAME_HONORIFICS: frozenset[str] = frozenset({"الدكتور", "د", "الشيخ", "البروفيسور", "المهندس",
                                             "الاستاذ", "السيد", "السيده", "الاستاذه",
                                             "البروفسور", "البروفيسوره", "الدكتوره"})
# Titles that take a place with في/لدى ("السفير الإسرائيلي في الولايات المتحدة")
POSTED_TITLES: frozenset[str] = frozenset({
    "سفير", "السفير", "قنصل", "القنصل", "مندوب", "المندوب", "ممثل", "الممثل", "ملحق", "الملحق",
    "مراسل", "المراسل", "سفيره", "السفيره", "القائم", "بالاعمال", "منسق", "المنسق", "مبعوث",
    "المبعوث", "الانسانيه", "الاقليمي", "للعمليات",
})
# Prepositions that join a posted title to its post ("السفير في …", "المبعوث الخاص إلى سوريا")
POST_PREPS: frozenset[str] = frozenset({"في", "لدي", "الي"})
# Place words with بـ attached that join a posted title to its post ("القنصل … بمحافظة جدة")
ATTACHED_POSTS: frozenset[str] = frozenset({"بمحافظه", "بمدينه", "بمنطقه", "بجمهوريه",
                                           "بدوله", "بمملكه"})
# Adjectives that may sit between a posted title and its preposition
POST_ADJECTIVES: frozenset[str] = frozenset({"الخاص", "الخاصه", "الدولي", "الاممي", "الشخصي",
                                             "المقيم", "الدائم", "الجديد", "الجديده",
                                             "المعين", "المعينه"})  # "القنصل العام الجديد في"

# "مسار المباحثات بين X و Y", "نتائج المحادثات بين …": talks named as a topic, not told as
# held — their sides are taken only when the entities stage tagged them (folded)
TOPIC_HEADS: frozenset[str] = frozenset({
    "مسار", "نتائج", "محصله", "ملف", "تفاصيل", "اطار", "سياق", "مستقبل", "مصير", "تقرير",
    "بشان", "حول", "عن", "جدوي", "تعثر",
})

# "وكان X، استقبل …": a clause opening with one of these names the subject of the verb right
# after its comma (folded)
KANA_OPENERS: frozenset[str] = frozenset({"كان", "وكان", "كانت", "وكانت"})

# Head nouns of a meeting phrase before its trigger noun ("جلسة مباحثات", "جولة محادثات")
MEETING_NOUN_HEADS: frozenset[str] = frozenset({"جلسه", "جلسات", "جوله", "جولات"})

# "أمير المنطقة", "وزير الوزارة"…: a title over a seat the article already named (folded)
GENERIC_SEATS: frozenset[str] = frozenset({
    "المنطقه", "المحافظه", "الوزاره", "الهيئه", "الجامعه", "الاماره", "البلديه", "الامانه",
    "الغرفه", "الجمعيه", "المؤسسه", "الشركه", "المجلس",
})

# Further title words that open an apposition after a name ("، منسقة السياسة الخارجية …،")
APPOSITION_HEADS: frozenset[str] = frozenset({"منسقه", "منسق", "متحدث", "ناطق", "مستشار",
                                              "امين", "قائد", "زعيم", "مساعد", "عضو", "مسؤول",
                                              "مسؤوله", "مفوض", "مفوضه"})

# A comma segment opening with one of these is an insertion (time, place, a conjunction of
# time) between the subject and the meeting word: "عقد X، في مكتبه بجدة اليوم، اجتماعاً مع Y"
INSERTION_OPENERS: frozenset[str] = frozenset({
    "في", "وفي", "امس", "اليوم", "مساء", "صباح", "ظهر", "عصر", "خلال", "عندما", "حين",
    "حينما", "لدي", "اثناء", "بعد", "قبل",
})

# A person named inside an institution's name ("مركز الملك سلمان", "جامعة الملك سعود") is no party
INSTITUTION_HEADS: frozenset[str] = frozenset({
    "مركز", "جامعه", "مستشفي", "مدينه", "شارع", "جائزه", "مؤسسه", "كليه", "برنامج", "مطار",
    "قاعده", "ميناء", "مجمع", "طريق", "حي", "مسجد", "جامع", "مدرسه", "معهد", "قصر", "صندوق",
    "كرسي", "هيئه", "مكتبه", "ملعب", "استاد", "جسر", "قاعه", "دار", "سفاره", "قنصليه",
    "ممثليه",
})
# Heads that fold like "his office/palace" ("مكتبه" = مكتبه / مكتبة): an institution only with
# an honorific before the name ("مكتبة الملك فهد"), else the host's own office
OWN_OFFICE_HEADS: frozenset[str] = frozenset({"مكتبه", "قصره", "مقره"})
# Honorifics between an institution head and the name ("مركز الملك سلمان")
INSTITUTION_HONORIFICS: frozenset[str] = frozenset({"الملك", "الامير", "الشيخ", "الامام",
                                                    "السلطان", "الرئيس", "الاميره"})
# "سفارة خادم الحرمين الشريفين الملك سلمان": a title chain between an institution and the name
INSTITUTION_TITLE_CHAIN: frozenset[str] = frozenset({"خادم", "الحرمين", "الشريفين"})

# Dateline: "الرياض - واس", "جدة:" at the very start
DATELINE_MAX_CHARS = 40

# Reception nouns are meetings only as "كان في استقبال/وداع X": one of these words comes first
AT_RECEPTION: frozenset[str] = frozenset({"في", "وفي", "لدي", "ولدي"})
# "خلال استقبال سموه المهنئين": with an honorific pronoun after it, his reception of guests
DURING_RECEPTION: frozenset[str] = frozenset({"خلال", "وخلال", "اثناء", "واثناء"})

# Group guests named by a noun, not a name ("استقبل الأمير جموع المهنئين", "التقى وفداً عشائرياً",
# "عقد اجتماعاً مع فريق العمل"): a party when the other side is a named person
GROUP_HEADS: frozenset[str] = frozenset({
    "جموع", "جموعا", "وفد", "وفدا", "وفود", "اعضاء", "منسوبي", "محافظي", "مسؤولي", "رؤساء", "فريق",
    "اهالي", "اقارب", "عددا", "عدد", "ممثلي", "مشايخ", "اعيان", "قيادات", "قاده", "رجال",
    "طلاب", "منتسبي", "مديري", "مندوبي", "لجنه", "اللجنه", "مجموعه", "الكوادر", "كوادر",
    "وكلاء", "موظفي", "منسوبات", "زعماء", "الزعماء", "المسؤولين", "شخصيات", "ممثلين", "نخبه",
    "جمعا", "جمع", "وزراء", "العشرات", "عشرات", "بعض", "طاقم", "الطاقم", "مسئولي",
    "المسئولين", "منتسبات", "مسؤولين", "طياري", "ضباط", "جنود", "كتل", "الكتل", "الموظفين",
    "المواطنين", "القاده", "القيادات", "الوكلاء",
    # round 5: counterparts, staff, students, the press, a team's staff ("مع الجهاز الفني")
    "نظراء", "نظراءه", "نظرائه", "نظراءها", "نظرائها", "نظرائهم", "العاملين", "الجهاز",
    "المديرين", "مديرين", "طلبه", "الطلبه", "الاطباء", "اطباء", "المعيدين", "المعلمين",
    "معلمي", "علماء", "العلماء",
    # round 6: people named by their trade or role as the other side ("التقى لاعبي الفريق",
    # "زار عمالاً منومين", "استقبل وفداً من الإعلاميين", "اجتماع أحزاب الائتلاف")
    "لاعبي", "اللاعبين", "لاعبين", "عمال", "العمال", "عمالا", "المرضي", "مرضي", "الاعلاميين",
    "اعلاميين", "احزاب", "الاحزاب", "شيوخ", "وجهاء", "ائمه", "الائمه", "خطباء", "المستثمرين",
    "مستثمرين", "المتطوعين", "متطوعين", "الايتام", "ايتام", "المبتعثين", "مبتعثي", "المشاركين",
    "الشركاء", "نواب", "النواب", "افراد", "ابناء", "طالبات", "الطالبات", "الطلاب",
    "رموز", "سفراء", "السفراء", "امناء", "المشرفين", "مشرفي", "شباب", "ممثلو", "مسؤولو",
    "حلف", "تحالف", "نزلاء", "النزلاء",
    # round 7: families and tribes consoled ("آل عطيان" folds to "ال عطيان", "قبيلة البلاهدة"),
    # patients greeted in hospital ("المنومين")
    "ال", "قبيله", "المنومين", "المنومات", "منومين", "اسره", "عائله", "ذوي", "المصابين",
    "مصابي", "الجرحي", "جرحي", "المسنين",
    # session 8: a delegation told before and met ("استقبل رئيس التحرير X الوفد الجزائري")
    "الوفد",
})  # (not the press alone: "خلال لقائه بالصحفيين" is a briefing; "وفداً من الإعلاميين" is a group)
# A team's players are a group met ("اجتمع رئيس النادي بلاعبي الفريق"), but not at the team's own
# training ("اجتمع المدرب باللاعبين قبل الحصة التدريبية": one body's own session) (folded)
SPORT_GROUPS: frozenset[str] = frozenset({"لاعبي", "اللاعبين", "لاعبين"})
TRAINING_WORDS: tuple[str, ...] = ("التدريبيه", "التدريبي", "تدريبات", "التدريبات", "المران",
                                   "تمارين", "التمارين", "التدريب", "تدريب")
# Group heads too common to be a guest unless opened by بـ or مع ("التقى … بالموظفين", not
# "اختطاف الموظفين الإيطاليين") (folded)
OBJECT_ONLY_GROUPS: frozenset[str] = frozenset({"الموظفين", "المواطنين"})
# Group heads that stand in construct before an indefinite noun ("وفد لجنة المتابعة", "لجنة دراسة
# أوضاع …", "فريق سفراء الحزم", "وزراء خارجية دول …"): the next word belongs to the group (folded)
CONSTRUCT_GROUP_HEADS: frozenset[str] = frozenset({
    "اعضاء", "رؤساء", "جموع", "وكلاء", "وفد", "لجنه", "فريق", "مجموعه", "وفود", "وزراء",
    "قاده", "زعماء", "رجال", "قيادات", "طاقم", "ضباط", "جنود", "كتل", "طلاب", "طلبه", "اطباء",
    "علماء", "احزاب", "شيوخ", "وجهاء", "ائمه", "رموز", "سفراء", "امناء", "ابناء",
    "افراد", "نواب", "عمال", "شباب", "حلف", "تحالف", "نزلاء", "ال", "قبيله", "اسره", "عائله",
    "ذوي",
})
# Group heads that fold like another word ("طلبة" students / "طلبه" his request): a group only
# before a definite noun ("طلبة الكلية", not "طلبه دون …") (folded)
DEFINITE_NEXT_HEADS: frozenset[str] = frozenset({"طلبه"})
# Nouns opening with ب / ل that are no preposition, in a group's construct ("طلاب برنامج
# الموهبة", "أعضاء بعثة …", "رؤساء بلديات …") (folded)
BA_LAM_NOUNS: frozenset[str] = frozenset({"برنامج", "برامج", "بعثه", "بعثات", "بلديه", "بلديات",
                                          "بنك", "بنوك", "لجان", "بطوله", "بيت"})
# People of a place ("وجهاء وأعيان منطقة مكة المكرمة", "أبناء محافظة …"): that place is whose
# they are, not where a meeting is (folded)
PEOPLE_OF: frozenset[str] = frozenset({"وجهاء", "سكان", "ابناء", "مواطني", "اهل", "شيوخ",
                                       "قبائل", "عشائر"})
# "خلال حضوره اجتماعاً للجنة …": attending a meeting of a body is meeting that body (folded)
ATTEND_WORDS: frozenset[str] = frozenset({"حضوره", "حضورها", "وحضوره", "وحضورها",
                                         "حضر", "وحضر", "حضرت", "وحضرت", "يحضر", "تحضر"})
# "عدداً كبيراً من …": a quantity word between a group head and its partitive من (folded)
GROUP_QUANTITY: frozenset[str] = frozenset({"كبيرا", "كبير", "غفيرا", "غفير", "محدودا",
                                            "محدود"})
# "على مستوى وزراء المالية": a group head after one of these names a level, not a group (folded)
GROUP_NOT_AFTER: frozenset[str] = frozenset({"مستوي"})
# One-word groups received by a host ("استقبل الأمير المهنئين بالعيد")
STANDALONE_GROUPS: frozenset[str] = frozenset({"المهنئين", "المعزين", "المعايدين"})
# "أثناء اتصال هاتفي": a call noun after one of these takes its callers from before it
DURING_WORDS: frozenset[str] = frozenset({"خلال", "اثناء", "في", "عبر"})
# "وقال عقب اتصال هاتفي مع X": the caller is the sentence's (dropped) subject
AFTER_CALL_WORDS: frozenset[str] = frozenset({"خلال", "اثناء", "في", "عبر", "عقب", "بعد", "اثر"})
# "وقال X بعد لقاء مع Y": a meeting noun after one of these tells the speaker's meeting (folded)
AFTER_MEETING_WORDS: frozenset[str] = frozenset({"بعد", "عقب", "اثر", "خلال", "اثناء", "وبعد",
                                                "وعقب", "وخلال", "غداه"})
# "بعد خروجه من اجتماع مع X": leaving a meeting noun (then من) tells the speaker's meeting
EXIT_WORDS: frozenset[str] = frozenset({"خروجه", "خروجها", "مغادرته", "مغادرتها"})
# "في لقاء خاص مع DW", "لقاء تلفزيوني": an interview, not a meeting of parties
INTERVIEW_WORDS: frozenset[str] = frozenset({"صحفي", "صحافي", "تلفزيوني", "تلفزيونيا",
                                             "اذاعي", "اعلامي", "متلفز", "صحفيا"})
# media heads after "لقاء خاص مع"
MEDIA_HEADS: frozenset[str] = frozenset({"قناه", "صحيفه", "جريده", "وكاله", "موقع", "شبكه",
                                         "تلفزيون", "اذاعه", "مجله", "برنامج"})
# "على استقباله لهم", "لحسن استقباله": thanks for a meeting already told, not a new one
# "ضمن مشاوراته مع …", "في إطار لقاءاته": the series a reported meeting belongs to
FRAME_WORDS: frozenset[str] = frozenset({"ضمن", "اطار", "سلسله"})
THANKS_FOR: frozenset[str] = frozenset({"علي", "لحسن", "وحسن", "حسن", "حفاوه", "بحفاوه"})

# A sentence opening with one of these tells of a further meeting of the same parties ("عقب ذلك،
# عقد X وY اجتماعاً موسعاً"), which is not merged into the one told before (folded forms)
SEQUEL_OPENERS: tuple[str, ...] = ("عقب ذلك", "وعقب ذلك", "بعد ذلك", "وبعد ذلك", "اثر ذلك",
                                   "واثر ذلك", "في اعقاب ذلك", "ثم عقد", "ثم عقدا", "كما عقد",
                                   "كما عقدا", "وعقب الاجتماع", "عقب الاجتماع", "عقب اللقاء",
                                   "وعقب اللقاء", "بعد اللقاء", "وبعد اللقاء")
# A sentence opening with one of these tells of a later meeting of the same day and place when
# it names neither ("وفي وقت لاحق، اجتمع X مع Y")
LATER_OPENERS: tuple[str, ...] = ("في وقت لاحق", "وفي وقت لاحق", "لاحقا", "ولاحقا",
                                  "في وقت لاحق من اليوم", "وفي وقت لاحق من اليوم")

# A host who receives "في مكتبه" / "بالإمارة" with one of these titles ("محافظ جدة", "أمير منطقة
# عسير") receives at the seat his title names, when no place is written (folded forms)
SEAT_HEADS: tuple[str, ...] = ("محافظ", "حاكم", "امين", "امير", "وكيل")
OFFICE_CUES: tuple[str, ...] = ("مكتبه", "بمكتبه", "مكتب سموه", "بمكتب سموه", "مكتب معاليه",
                                "بالاماره", "ديوان الاماره", "بديوان الاماره", "مقر الاماره",
                                "مقر المحافظه", "بمقر المحافظه", "ديوان المحافظه")
# "مدير الجامعة الإسلامية بجاكرتا": a place after one of these institution heads, itself right
# after a title word, is where the guest's institution is, not where they met (folded forms,
# ال taken off)
GUEST_INSTITUTION_HEADS: frozenset[str] = frozenset({
    "جامعه", "معهد", "كليه", "مدارس", "مدرسه", "اكاديميه", "مستشفي", "شركه", "مؤسسه", "بنك",
    "غرفه", "مجمع", "وزاره", "مركز",
})
GUEST_INSTITUTION_TITLES: frozenset[str] = frozenset({
    "مدير", "رئيس", "عميد", "وكيل", "امين", "مؤسس", "نائب", "عام", "العام",
})
GUEST_INSTITUTION_WORDS = 6  # name words, adjectives and genitives between head and place
# A sentence after a planned meeting that names the event again ("والزيارة", "أن الاجتماع")
# with one of the planning words gives its day ("والزيارة مقررة في 29 تموز") (folded, no ال)
EVENT_NOUNS: tuple[str, ...] = ("زياره", "اجتماع", "لقاء", "قمه", "محادثات", "مباحثات",
                                "جوله")
EVENT_PLAN_WORDS: tuple[str, ...] = ("مقرره", "مقرر", "المقرره", "المقرر", "سيعقد", "ستعقد",
                                     "ستجري", "سيجري", "ستبدا", "سيبدا", "موعد", "ستكون",
                                     "سيكون", "ستتم", "سيتم")
# "مدير تعليم الطائف", "مدير عام التعليم بمنطقة الباحة", "مدير شرطة منطقة جازان": a regional
# director's title names his seat too (folded; the sector word after مدير [عام])
DIRECTOR_SECTORS: frozenset[str] = frozenset({"تعليم", "التعليم", "شرطه", "الشرطه", "صحه",
                                              "الصحه", "الشؤون الصحيه"})
# "وفد سفراء الحزم القادم من منطقة نجران": where the guests come from is not where they met
ORIGIN_WORDS: frozenset[str] = frozenset({"القادم", "القادمه", "القادمين", "قادما", "قادمه",
                                          "قادمين", "القادمون", "قادمون"})
# "وحسب مصادر سياسية في إسرائيل فقد بحث نتنياهو في مكتبه في القدس": a place after one of
# these (an adjective between) is where the sources are, not the meeting (folded)
SOURCE_NOUNS: frozenset[str] = frozenset({"مصادر", "مصدر", "اوساط", "دوائر", "اعلام",
                                          "صحيفه", "صحف", "وسائل"})
# A seat opening with one of these is a whole country ("أمير دولة قطر … في قصره"): the country
# names no city the reception was held in, so the seat gives no place (folded forms)
COUNTRY_SEAT_HEADS: frozenset[str] = frozenset({"دوله", "مملكه", "المملكه", "جمهوريه", "سلطنه"})
SEAT_SKIP: frozenset[str] = frozenset({"بالنيابه", "المكلف", "السابق", "سابقا", "عام", "العام"})
# seats named in two words: their first word
SEAT_TWO_WORDS: frozenset[str] = frozenset({"مكه", "المدينه", "الحدود", "حفر", "وادي", "خميس"})

# Past-tense meeting verbs (folded): "استقبل X Y …، وعرض معه جدول أعمال الجلسة المقررة غداً" was
# held; a planned cue after such a verb describes something else in the sentence (a date later
# than the publication day still makes the meeting planned, see meetings.run)
PAST_TRIGGERS: frozenset[str] = frozenset({
    "استقبل", "استقبلت", "التقي", "التقت", "التقيا", "اجتمع", "اجتمعت", "اجتمعا", "عقد", "عقدت",
    "عقدا", "بحث", "بحثت", "بحثا", "تباحث", "تباحثا", "زار", "زارت", "تلقي", "تلقت", "ناقش",
    "ناقشت", "ناقشا", "استعرض", "استعرضا", "استعرضت", "تناول", "تناولا", "اجري", "اجرت",
})


# A counterpart named only by nationality ("مع نظيره الكيني"): its country (folded nisba → name)
NISBA_COUNTRY: dict[str, str] = {
    "الامريكي": "الولايات المتحدة", "الاميركي": "الولايات المتحدة", "الروسي": "روسيا",
    "الايراني": "إيران", "المصري": "مصر", "السعودي": "السعودية", "التركي": "تركيا",
    "الفرنسي": "فرنسا", "البريطاني": "بريطانيا", "الالماني": "ألمانيا", "الايطالي": "إيطاليا",
    "الصيني": "الصين", "الياباني": "اليابان", "الهندي": "الهند", "الباكستاني": "باكستان",
    "الافغاني": "أفغانستان", "العراقي": "العراق", "السوري": "سوريا", "اللبناني": "لبنان",
    "الاردني": "الأردن", "الفلسطيني": "فلسطين", "الاسرائيلي": "إسرائيل", "الكويتي": "الكويت",
    "القطري": "قطر", "الاماراتي": "الإمارات", "البحريني": "البحرين", "العماني": "عمان",
    "اليمني": "اليمن", "السوداني": "السودان", "الليبي": "ليبيا", "التونسي": "تونس",
    "الجزائري": "الجزائر", "المغربي": "المغرب", "الموريتاني": "موريتانيا",
    "الاثيوبي": "إثيوبيا", "الكيني": "كينيا", "النيجيري": "نيجيريا", "الاسباني": "إسبانيا",
    "اليوناني": "اليونان", "الكوبي": "كوبا", "الاوكراني": "أوكرانيا", "البرازيلي": "البرازيل",
    "الكندي": "كندا", "الاسترالي": "أستراليا", "الاندونيسي": "إندونيسيا",
    "الماليزي": "ماليزيا", "البلجيكي": "بلجيكا", "الهولندي": "هولندا", "السويسري": "سويسرا",
    "النمساوي": "النمسا", "السويدي": "السويد", "البولندي": "بولندا",
    "الكاميروني": "الكاميرون", "التشادي": "تشاد", "الاوغندي": "أوغندا",
    "السنغالي": "السنغال", "الصومالي": "الصومال", "الجيبوتي": "جيبوتي",
    "الارجنتيني": "الأرجنتين", "المكسيكي": "المكسيك", "الفنزويلي": "فنزويلا",
    "الاذربيجاني": "أذربيجان", "الكازاخستاني": "كازاخستان", "الاوزبكي": "أوزبكستان",
    "التركماني": "تركمانستان", "الطاجيكي": "طاجيكستان", "الجورجي": "جورجيا",
    "الارميني": "أرمينيا", "البنغلاديشي": "بنغلاديش", "السريلانكي": "سريلانكا",
    "الفلبيني": "الفلبين", "التايلندي": "تايلاند", "الفيتنامي": "فيتنام",
    "السنغافوري": "سنغافورة", "القبرصي": "قبرص", "المالطي": "مالطا", "البرتغالي": "البرتغال",
    "الايرلندي": "أيرلندا", "الدنماركي": "الدنمارك", "النرويجي": "النرويج",
    "الفنلندي": "فنلندا", "التشيكي": "التشيك", "المجري": "المجر", "الروماني": "رومانيا",
    "البلغاري": "بلغاريا", "الصربي": "صربيا", "الكرواتي": "كرواتيا",
    "الجنوب افريقي": "جنوب أفريقيا", "التنزاني": "تنزانيا", "الرواندي": "رواندا",
    "الغاني": "غانا", "المالي": "مالي", "النيجري": "النيجر", "الاريتري": "إريتريا",
}

# "قام بزيارة أسرة الخنيني", "زيارته لذوي الشهيد …": a visit to a family is a meeting with it
# (folded; ل / ب in front handled by the matcher)
# "قدم X تعازيه ومواساته لأسرة …", "نقل X تعازي القيادة … لذوي الشهيدين": condolences brought
# to a family are a visit to it, unless sent (a cable, a call, a letter) (folded)
CONDOLENCE_VERBS: tuple[str, ...] = ("قدم", "قدمت", "نقل", "نقلت", "يقدم", "ينقل")
CONDOLENCE_NOUNS: tuple[str, ...] = ("تعازي", "تعازيه", "تعازيها", "التعازي", "العزاء",
                                     "واجب العزاء")
SENT_WORDS: frozenset[str] = frozenset({"برقيه", "ببرقيه", "اتصال", "اتصالا", "هاتفي", "هاتفيا",
                                        "رساله", "برساله", "خطاب", "بخطاب", "كلمه", "بيان"})
# ... and brought in person: an emissary conveys them (نقل), or the report tells of the house,
# the mourning hall, a visit, or consolation (folded words, this sentence or the next)
IN_PERSON_WORDS: frozenset[str] = frozenset({
    "منزل", "بمنزل", "منزله", "بمنزله", "منزلهم", "بمنزلهم", "العزاء", "بيت", "زياره", "بزياره",
    "زيارته", "استقبالهم", "ومواساته", "مواساته", "وواساهم", "واسي"})
IN_PERSON_VERBS: frozenset[str] = frozenset({"نقل", "نقلت", "ينقل"})
# "قدم X التهاني والتبريكات بمناسبة عيد الفطر للمرضى المنومين": Eid wishes brought to people
# visited (folded), the group at most this many words after the noun
WISHES_NOUNS: tuple[str, ...] = ("التهاني", "تهانيه", "تهانيها", "التهنئه", "تهنئته")
WISHES_GROUP_WORDS = 9
CONDOLENCE_NOUN_WORDS = 3  # words between the verb's subject and the condolence noun
CONDOLENCE_FAMILY_REACH = 160  # folded characters from the noun to the family ("تعازي القيادة …")
FAMILY_HEADS: tuple[str, ...] = ("اسره", "اسرتي", "عائله", "ذوي", "اسر", "عوائل")
# words that end a family's name ("أسرة البوعينين، حيث …", "أسرة الشهيد في قرية …") (folded)
FAMILY_NAME_STOPS: frozenset[str] = frozenset({"في", "حيث", "وقد", "و", "بعد", "التي", "الذي",
                                               "امس", "اليوم", "يوم", "مساء", "صباح", "وكان",
                                               "بمنزلهم", "بمنزلها", "بمنزل", "بقريه", "لتقديم",
                                               "للتعزيه", "لتعزيتهم", "وقدم"})

# "اتصل" is a call only with its caller named in the clause before it ("إن الرئيس X اتصل بـ Y"),
# not "واتصلت بنا النجمة" nor a first-person "اتصلت بأحمد" in a memoir (folded)
NAMED_CALLER_VERBS: frozenset[str] = frozenset({"اتصل", "اتصلت", "اتصلا"})

# Host verbs with the guest as an object pronoun ("حيث استقبلهم رئيس النادي X"): the named one
# after the verb hosts; the guests are the ones told before it (folded)
HOST_WITH_OBJECT_PRONOUN: frozenset[str] = frozenset({"استقبله", "استقبلها", "استقبلهم",
                                                      "استقبلته", "استقبلتها", "التقاه",
                                                      "التقاها", "التقاهم"})

# Plural things after a partitive "عدد من / مجموعة من": no group of people ("عرض عليهم عدداً من
# الجوانب الفنية", "بحث عدداً من الموضوعات") (folded)
NOT_PEOPLE: frozenset[str] = frozenset({
    "الموضوعات", "المواضيع", "الجوانب", "القضايا", "الملفات", "المشاريع", "المشروعات",
    "البرامج", "الاتفاقيات", "النقاط", "الامور", "المسائل", "القرارات", "التوصيات", "الانشطه",
    "الفعاليات", "المجالات", "المبادرات", "الخطط", "الاجراءات", "الاقتراحات", "المقترحات",
    "الافكار", "الملاحظات", "الاسئله", "الطلبات", "المواقع", "المرافق", "الاجهزه", "السيارات",
})

# Multilateral meetings (GUIDE: "the body is one participant"): a meeting noun in construct with
# (or ل + ) a body of many states' or parties' members — "اجتماع وزراء خارجية الاتحاد الأوروبي",
# "قمة لقادة منطقة اليورو", "اجتماع لمجلس الدفاع العربي المشترك". The body opens with one of
# these heads and holds one of MULTI_MARKERS; a body of one state or firm ("اجتماع مجلس الوزراء",
# "اجتماع أعضاء مجلس الإدارة") is its own session, not a meeting (folded)
MULTI_HEADS: frozenset[str] = frozenset({
    "وزراء", "قاده", "زعماء", "رؤساء", "ممثلي", "مندوبي", "سفراء", "اعضاء", "مجلس", "حلف",
    "منظمه", "مجموعه", "الاطراف", "اطراف", "الفصائل", "فصائل", "شيوخ", "وفود", "دول", "جامعه",
    "اللجنه", "لجنه", "محافظي", "مسؤولي", "برلمانات", "قيادات",
})
MULTI_MARKERS: frozenset[str] = frozenset({
    "دول", "الدول", "الاوروبي", "الاوروبيه", "العرب", "العربيه", "العربي", "الخليجي",
    "الخليجيه", "اليورو", "الاعضاء", "المشترك", "المشتركه", "الاطلسي", "الناتو", "العشرين",
    "الافريقي", "الليبيه", "اليمنيه", "السوريه", "الفلسطينيه",
    "القبائل", "الخليج", "اوبك", "الاسيان", "الثماني", "السبع", "الكبري", "المانحه", "المانحين",
    "التعاون",
})
# Words that end a body's name after a meeting noun (folded)
MULTI_STOPS: frozenset[str] = frozenset({
    "في", "من", "الي", "علي", "عن", "مع", "حول", "بشان", "لبحث", "لمناقشه", "امس", "اليوم",
    "غدا", "الذي", "التي", "الذين", "بعد", "قبل", "خلال", "يوم", "الاسبوع", "الشهر", "بين",
    "لاقرار", "لتحديد", "المقبل", "المقبله", "القادم", "الماضي", "الماضيه", "الطارئ", "المقرر",
    "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "المقرره",
    "المرتقب", "المرتقبه", "المنتظر", "المنتظره", "المزمع", "المزمعه", "الاول", "الاولي",
})
# "وزراء الداخلية", "وزراء خارجية …", "رؤساء أركان …": one post held in many states (folded)
MULTI_PORTFOLIOS: frozenset[str] = frozenset({
    "الخارجيه", "خارجيه", "الداخليه", "داخليه", "الماليه", "ماليه", "الدفاع", "دفاع",
    "الاقتصاد", "اقتصاد", "النفط", "الطاقه", "طاقه", "الزراعه", "الصحه", "التجاره", "العدل",
    "الاعلام", "النقل", "العمل", "التعليم", "الاركان", "اركان", "جيوش", "الجيوش", "الشرطه",
    "البرلمانات", "برلمانات", "الهجره", "السياحه", "البيئه",
})
# Heads whose next word names the post held in many states ("وزراء الداخلية") (folded)
MULTI_POST_HEADS: frozenset[str] = frozenset({"وزراء", "رؤساء", "قاده"})
# Words joined by و inside one body's name ("وزراء الخارجية والدفاع العرب") (folded)
MULTI_JOINED: frozenset[str] = frozenset({"الدفاع", "الهجره", "شؤون", "وجهاء", "رموز",
                                          "الخارجيه", "الداخليه", "الماليه"})
# Indefinite words in construct inside a body's name ("وزراء خارجية دول …") (folded)
MULTI_CONSTRUCT: frozenset[str] = frozenset({"خارجيه", "منطقه", "دول", "اركان", "جيوش"})
# Words that join a body's name without ال ("اجتماع قمة لقادة …") (folded)
MULTI_SKIP: frozenset[str] = frozenset({"قمه", "طارئ", "طارئا", "وزاري", "وزاريا"})
MULTI_MAX_WORDS = 8

# --- round 7: visits with nobody named there (GUIDE: a meeting with the place visited) ---
# Time words that may stand between a visit's visitor and its destination ("زيارة وزير الدفاع
# الأميركي X الأسبوع الماضي إلى أربيل") (folded)
VISIT_TIME_WORDS: frozenset[str] = frozenset({
    "امس", "اليوم", "غدا", "مؤخرا", "حاليا", "الاسبوع", "الشهر", "العام", "الماضي", "الماضيه",
    "المقبل", "المقبله", "القادم", "القادمه", "الجاري", "الحالي", "الحاليه", "مساء", "صباح",
    "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "يوم", "اول", "من",
})
# Words before a visit noun whose visitor is the sentence's subject or speaker: "وقال X خلال
# زيارة إلى قبرص", "أعرب X على هامش زيارة لسنغافورة", "بعد زيارة ناجحة إلى واشنطن، يصل X"
VISIT_FRAME_WORDS: frozenset[str] = frozenset({
    "خلال", "وخلال", "اثناء", "واثناء", "هامش", "في", "وفي", "بعد", "وبعد", "عقب", "وعقب",
    "قبيل", "وقبيل", "قبل", "وقبل", "ختام", "مستهل", "بدايه", "اثر", "لدي",
})
# Before a visit noun these make it one still to come ("قبيل زيارته إلى طهران")
VISIT_BEFORE_WORDS: frozenset[str] = frozenset({"قبيل", "وقبيل", "قبل", "وقبل"})
# Adjectives of a visit noun between it and its destination ("زيارة رسمية إلى", "زيارته
# المرتقبة لطهران") — any word but a name or a preposition, two at most
VISIT_ADJECTIVE_MAX = 2
# The report's home towns and regions (Saudi press): the curated places the entities stage ships
# widen a visit's destinations to capitals CLDR lacks (واشنطن، أربيل …), not to these, which no
# visit rule took before (a governor's round of his province is a tour, not a visit abroad)
HOME_PLACES: frozenset[str] = frozenset({
    "جده", "مكه", "مكه المكرمه", "المدينه المنوره", "المدينه", "الدمام", "الخبر", "الظهران",
    "الطائف", "تبوك", "ابها", "جازان", "جيزان", "نجران", "حائل", "بريده", "القصيم", "عنيزه",
    "الاحساء", "الجبيل", "ينبع", "الباحه", "الجوف", "سكاكا", "عرعر", "القطيف", "خميس مشيط",
    "المنطقه الشرقيه", "نيوم", "العلا",
})
# Words that are no adjective of the visit noun: a visit told with a pronoun or a relative of its
# own ("خلال زيارة له إلى فيتنام", "زيارة قام بها …") is left out (dev6 counts "زيارة له" in a
# passing remark as no meeting) (folded)
VISIT_NOT_ADJECTIVES: frozenset[str] = frozenset({"له", "لها", "لهما", "لهم", "قام", "قامت",
                                                  "التي", "الذي", "بها", "به"})
# A visit still to come told as an intention with the visit noun and its destination as object:
# "أعلن X عزمه زيارة إيران", "اعتزامها زيارة طهران" (the owner of the pronoun visits),
# "يعتزم X زيارة قبرص" (the verb's subject) (folded)
INTENT_NOUNS: frozenset[str] = frozenset({
    "عزمه", "عزمها", "عزمهما", "اعتزامه", "اعتزامها", "اعتزامهما", "نيته", "نيتها", "نيتهما",
    "رغبته", "رغبتها", "استعداده", "استعدادها",
})
INTENT_VERBS: frozenset[str] = frozenset({
    "يعتزم", "تعتزم", "يعتزمان", "ينوي", "تنوي", "يزمع", "تزمع", "قرر", "قررت", "يرغب",
    "ترغب", "يعتزمون",
})
# "وكل من ينوي زيارة تونس", "لمن يرغب في زيارة …": a visitor told as anyone at all (folded)
GENERIC_VISITORS: frozenset[str] = frozenset({"من", "لمن", "كل", "وكل", "ممن"})
# Condolence and Eid-greeting verbs are also given names ("وعايد البلوي" in a list of players):
# a meeting only when a title, honorific, name or group opens the words after them (folded)
GREETING_VERBS: frozenset[str] = frozenset({"عزي", "عزت", "واسي", "واست", "عايد", "عايدت",
                                            "يعايد", "تعايد"})
# "في وفاة الأميرة X", "الفقيد X": the one mourned is never a party (folded)
MOURNED_CUES: frozenset[str] = frozenset({"وفاه", "بوفاه", "لوفاه", "فقيد", "الفقيد", "الفقيده",
                                          "المرحوم", "المرحومه", "فقيدهم", "فقيدتهم"})
MOURNED_MAX_WORDS = 5  # honorifics and titles between the cue and the name
# A greeting among themselves ("وعايد نزلاء الدار بعضهم البعض") is no meeting of parties (folded)
RECIPROCALS: frozenset[str] = frozenset({"بعضهم", "بعضا", "بعضهن"})
# People visited where they lie or live: a visit to them is a meeting with them ("زار X مرضى
# مجمع الدمام الطبي", "قام X بزيارة معايدة للمرضى المنومين", "زار X المصابين") (folded)
VISITED_GROUPS: frozenset[str] = frozenset({
    "المرضي", "مرضي", "المنومين", "منومين", "المنومات", "المصابين", "مصابي", "الجرحي", "جرحي",
    "نزلاء", "النزلاء", "الايتام", "ايتام", "المسنين", "عمالا", "العمال", "ذوي",
})
VISITED_GROUP_WORDS = 6  # words from the visit word to the group (معايدة، تفقدية، time between)
# Group heads whose members follow عن as well as من ("ممثلين عن نقابة المزارعين") (folded)
ON_BEHALF_HEADS: frozenset[str] = frozenset({"ممثلين", "ممثلي", "ممثلو", "مندوبين", "مندوبي",
                                            "وفد", "وفدا"})
# In a sports report a meeting noun or verb of gathering still tells a meeting of people ("عقد
# المشرف العام على الفريق X اجتماعاً مع المدرب Y"): a match is لقاء / يلتقي, never اجتماع (folded)
SPORT_MEETING_FORMS: frozenset[str] = frozenset({
    "اجتماع", "اجتماعا", "اجتماعه", "اجتماعها", "اجتماعات", "اجتمع", "اجتمعت", "يجتمع",
    "تجتمع",
})
# Institutions that receive visiting groups ("استقبلت إدارة نشاط الطلاب … فريق سفراء الحزم",
# "استقبلت الإدارة العامة للتعليم … وفد طلاب …"): heads without ال (folded)
INSTITUTION_HOSTS: frozenset[str] = frozenset({
    "اداره", "وزاره", "هيئه", "جامعه", "اماره", "امانه", "مديريه", "بلديه", "جمعيه", "غرفه",
    "ملحقيه", "سفاره", "قنصليه", "كليه", "رئاسه", "وكاله",
})
# Visiting groups an institution receives (not "استقبلت الإدارة الطلبات") (folded)
VISITING_GROUPS: frozenset[str] = frozenset({"وفد", "وفدا", "وفود", "فريق", "جموع", "المهنئين",
                                            "المعايدين"})
# Travel verbs: "يتوجه X، وزير الخارجية، اليوم، إلى طهران", "توجه X إلى إيران الأحد" — the
# traveller visits the country or capital reached (GUIDE: a visit with nobody named there is a
# meeting with the place) (folded; و/ف/س in front handled by the matcher)
TRAVEL_VERBS: frozenset[str] = frozenset({
    "توجه", "توجهت", "يتوجه", "تتوجه", "وصل", "وصلت", "يصل", "تصل", "يتوجهون", "توجهوا",
    "يصلون", "وصلوا",
})
# Arrival verbs: a visit only with a visit word in the sentence ("ووصل X مساء أمس في زيارة تستمر
# يومين إلى إثيوبيا"); a bare "وصل X إلى بغداد أمس" is left to the meetings told after it
# (tests/test_meetings_round4.py keeps it no meeting) (folded)
ARRIVAL_VERBS: frozenset[str] = frozenset({"وصل", "وصلت", "يصل", "تصل", "يصلون", "وصلوا"})
# "وصل X إلى الرياض قادماً من …": coming back, not a visit told (folded)
RETURN_WORDS: frozenset[str] = frozenset({"قادما", "قادمه", "عائدا", "عائده", "عائدين",
                                          "قادمين", "عودته", "عودتها"})
TRAVEL_VISITOR_WORDS = 8  # words from a travel verb to its traveller (his title between)
TRAVEL_DESTINATION_WORDS = 10  # words from the traveller to إلى (apposition, time between)
