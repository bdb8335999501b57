"""Cue phrases and word sets that the cleaner and the metadata reader look for, kept as data.

Every phrase here is written in *key* form (see ``marsad.ingest.clean.line_key``): no diacritics
or tatweel, every alef variant as ا, ى as ي and ة as ه — so "إقرأ أيضاً" and "اقرا ايضا" match the
same entry. Tests in tests/test_ingest_clean.py run table-driven over these.
"""

from __future__ import annotations

# A line that starts with one of these opens a block of links to other articles: the heading and
# the headline-like lines under it leave the body.
RELATED_HEADINGS: tuple[str, ...] = (
    "اقرا ايضا", "اقرا كذلك", "اقرا المزيد",
    "مقالات مشابهه", "مقالات ذات صله", "اخبار ذات صله", "اخبار متعلقه", "مواضيع ذات صله",
    "مواضيع متعلقه", "موضوعات ذات صله", "قد يهمك ايضا", "قد يعجبك ايضا", "قد يهمك",
    "الاكثر قراءه", "الاكثر مشاهده", "الاكثر تداولا", "اخبار مشابهه", "مقالات اخري",
    "شاهد ايضا", "طالع ايضا", "تابع ايضا", "اخترنا لك", "المزيد من الاخبار", "عناوين اخري",
    "ذات صله", "مقالات قد تهمك", "اقرا المقال التالي",
)

# A line that starts with one of these ends the article: everything from it on is site furniture
# (author boxes, contact blurbs, "link to this story").
TAIL_MARKERS: tuple[str, ...] = (
    "مقالات اخري للكاتب", "مقالات اخري لنفس الكاتب", "للتواصل مع الكاتب", "رابط الخبر بصحيفه",
    "رابط الخبر", "جميع الحقوق محفوظه", "حقوق النشر محفوظه", "كل الحقوق محفوظه",
    "تعليقات القراء", "اضف تعليق", "اضف تعليقك", "لا توجد تعليقات",
    "شارك هذا المقال", "شارك الخبر", "المزيد في",
)

# Tags blocks: "كلمات دلالية: …", "الوسوم: …" (the label may be alone on its line, the tags below).
TAG_LABELS: tuple[str, ...] = (
    "كلمات دلاليه", "الكلمات الدلاليه", "كلمات مفتاحيه", "الكلمات المفتاحيه", "الوسوم", "وسوم",
    "الكلمات الداله", "كلمات داله", "هاشتاج", "هاشتاغ", "tags", "سمات",
)

# "المصدر: عربي21", "مصدر الخبر: …".
SOURCE_LABELS: tuple[str, ...] = ("المصدر", "مصدر الخبر", "مصدر", "source")

# Byline labels: who wrote it — kept as the article's author, never in the body.
AUTHOR_LABELS: tuple[str, ...] = ("بقلم", "كتب", "كتبت", "اعداد", "تحرير", "حاوره", "حاورته")

# Lines made only of these words are share/follow/print widgets.
SHARE_WORDS: frozenset[str] = frozenset({
    "شارك", "شاركها", "شاركوا", "مشاركه", "المشاركه", "انشر", "نشر", "ارسل", "لصديق", "طباعه",
    "اطبع", "تابعنا", "تابعونا", "علي", "عبر", "في", "و", "فيسبوك", "فيس", "بوك", "تويتر", "اكس",
    "واتساب", "واتس", "اب", "تلغرام", "تيليجرام", "تلجرام", "انستغرام", "انستجرام", "يوتيوب",
    "لينكد", "ان", "جوجل", "بلس", "البريد", "الالكتروني", "ايميل", "حفظ", "نسخ", "الرابط",
    "تغريد", "غرد", "رابط", "مختصر", "المقال", "الخبر", "هذا", "مواقع", "التواصل", "الاجتماعي",
    "share", "tweet", "facebook", "twitter", "whatsapp", "telegram", "email", "print", "pin",
    "linkedin", "next", "previous", "copy", "link", "x", "|", "-", ":", "•", "·",
})

# Short lines that are nothing but navigation.
NAV_LINES: frozenset[str] = frozenset({
    "المزيد", "اقرا المزيد", "الرئيسيه", "عاجل", "تابع القراءه", "اقرا التفاصيل", "التفاصيل",
    "next previous", "previous next", "اعلان", "advertisement", "صوره ارشيفيه",
    "صوره تعبيريه", "شاهد الفيديو", "فيديو", "الصفحه الرئيسيه",
})

# A list item: a line opening with one of these is a related-headline candidate. "*" and "-" are
# not here: some papers (aawsat) write real paragraphs as "* …".
BULLETS: frozenset[str] = frozenset("•·▪●◦►◄▶◀■□◆◇➤➢✓✔")

# News agencies and papers whose name in a leading byline ("واس- جدة:", "عين اليوم – واس") marks
# the line as a byline, not prose. Key form.
AGENCIES: frozenset[str] = frozenset({
    "واس", "سبق", "الوئام", "عين اليوم", "عكاظ", "عكاظ اليوم", "الرياض", "اليوم", "المدينه",
    "الوطن", "الجزيره", "الاقتصاديه", "الشرق الاوسط", "الرياضي", "رويترز", "ا ف ب", "اف ب",
    "فرانس برس", "ا ب", "د ب ا", "الاناضول", "سكاي نيوز", "بي بي سي", "قنا", "وام", "بنا",
    "كونا", "العمانيه", "بترا", "سانا", "واج", "ومع", "تاس", "ارنا", "متابعات", "وكالات",
    "عربي21", "الجزيره نت", "سي ان ان", "الحياه", "القدس العربي", "الخليج", "البيان",
})

# Gregorian month names as Arab papers write them (both families), key form → month number.
GREGORIAN_MONTHS: dict[str, int] = {
    "يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "اذار": 3,
    "ابريل": 4, "نيسان": 4, "مايو": 5, "ايار": 5, "يونيو": 6, "حزيران": 6,
    "يوليو": 7, "تموز": 7, "اغسطس": 8, "اب": 8, "سبتمبر": 9, "ايلول": 9,
    "اكتوبر": 10, "تشرين الاول": 10, "نوفمبر": 11, "تشرين الثاني": 11,
    "ديسمبر": 12, "كانون الاول": 12, "يوليه": 7, "يونيه": 6,
}

# Hijri month names, key form → month number (Umm al-Qura conversion via hijridate).
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الاخر": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الثانيه": 6, "جمادي الاخره": 6,
    "جمادي الثاني": 6, "جمادي الاخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}

# Words that are never tags on their own (menu glue, prepositions).
TAG_STOPWORDS: frozenset[str] = frozenset({
    "المزيد", "في", "من", "الي", "علي", "عن", "و", "مع", "كل", "اخبار", "الرئيسيه", "المزيد في",
    "بن", "ابن", "بنت", "ال", "ابو",
})

# Weekday names that may open a dateline ("الأربعاء 9 أبريل 2025"), key form.
WEEKDAYS: frozenset[str] = frozenset({
    "السبت", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
})

# Openings of the credit/contact lines that close an article (syndication, the writer's handle);
# matched on the raw line, only among the last lines, and only when short.
CREDIT_OPENINGS: tuple[str, ...] = (
    "خدمة «", "خدمة {", "خدمة \"", "خاص ب«", "خاص ب{", "خاص ب\"", "خاص لـ", "بالاتفاق مع",
    "لمراسلة الكاتب", "للتواصل مع الكاتب", "تويتر", "twitter", "t:@", "بريد الكاتب",
    "البريد الإلكتروني", "تصوير", "(تصوير", "الصورة:", "صورة:",
)
