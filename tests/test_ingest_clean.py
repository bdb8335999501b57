"""Cleaning and metadata, table-driven: Arabic input → expected body, title, tags, source, date."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.ingest import article_from_text, build_article
from marsad.ingest.bidi import direction_score, repair_visual_order, reverse_line
from marsad.ingest.clean import key, split_tags, strip_byline
from marsad.ingest.decode import decode_text
from marsad.ingest.errors import DecodeFailure
from marsad.ingest.metadata import is_headline, parse_dateline, parse_record_date
from marsad.ingest.readers import RawDoc

P1 = "التقى الوزير نظيره في الرياض أمس وبحثا العلاقات الثنائية."
P2 = "وقال الوزير إن المحادثات كانت بناءة ومثمرة."
BODY = f"{P1}\n\n{P2}"

# (label, text with clutter, expected body)
CLUTTER = [
    ("read-also block", f"{P1}\n\nإقرأ أيضاً:\n\nعنوان خبر آخر هنا\n\nعنوان ثالث\n\n{P2}", BODY),
    ("read-also inline", f"{P1}\nاقرأ أيضا: وزير يفتتح معرضاً للكتاب\n{P2}", f"{P1}\n{P2}"),
    ("similar articles + bullets", f"{BODY}\n\nمقالات مشابهة\n\n  • خبر أول\n  • خبر ثان", BODY),
    ("related news heading", f"{BODY}\nأخبار ذات صلة\nعنوان خبر متعلق", BODY),
    ("bullet headline list", f"{BODY}\n• عنوان أول هنا\n• عنوان ثان هنا\n• عنوان ثالث", BODY),
    ("share line", f"{BODY}\nشارك الخبر: فيسبوك | تويتر | واتساب", BODY),
    ("follow line", f"{P1}\nتابعونا على: فيسبوك تويتر يوتيوب\n{P2}", f"{P1}\n{P2}"),
    ("english share", f"{BODY}\nShare Tweet WhatsApp", BODY),
    ("source line", f"{BODY}\n\nالمصدر: عربي21", BODY),
    ("tags line", f"{BODY}\n\nكلمات دلالية: السعودية، الرياض", BODY),
    ("tags label alone", f"{BODY}\n\nالوسوم\nالسعودية\nالرياض", BODY),
    ("trailing more", f"{P1}\n\n{P2} المزيد", BODY),
    ("repeated menu", f"سياسة اقتصاد رياضة\n{BODY}\nسياسة اقتصاد رياضة", BODY),
    ("link tail", f"{P1}\n{P2} رابط الخبر بصحيفة الوئام: عنوان الخبر", f"{P1}\n{P2}"),
    ("author box tail", f"{BODY}\nمقالات أخرى للكاتبعنوان1عنوان2", BODY),
    ("contact tail", f"{BODY}\nللتواصل مع الكاتب ارسل رسالة SMS\n88591 - Stc", BODY),
    ("3alyoum tags", f"{P1}\n\n{P2} سمات الرياض وزير", BODY),
    ("3alyoum tags line", f"{BODY}\nسمات جدة التاريخية مهرجان", BODY),
    ("next previous", f"Next Previous عين اليوم – واس\n{BODY}", BODY),
    ("agency byline inline", f"واس- جدة: {BODY}", BODY),
    ("lone agency line", f"{BODY}\n(واس)", BODY),
    ("url line", f"{BODY}\nhttps://example.org/news/1", BODY),
    ("advert line", f"{P1}\nإعلان\n{P2}", f"{P1}\n{P2}"),
    ("more after dots", f"{BODY}\n...المزيد", BODY),
    ("syndication credit", f"{BODY}\n* خدمة «نيويورك تايمز»", BODY),
    ("syndication credits", f"{BODY}\n• خدمة: {{نيويورك تايمز}}\nخاص ب {{الشرق الأوسط}}", BODY),
    ("credit between pieces", f"{P1}\n* خدمة «واشنطن بوست»\nخاص ب{{الشرق الأوسط}}\n{P2}",
     f"{P1}\n{P2}"),
    ("gallery arrows mid-text", f"{P1} Next Previous\n{P2}", BODY.replace("\n\n", "\n")),
    ("3alyoum tags, no stop", f"{P1}\n\nوذكر البيان أن 251 شخصا اعتقلوا سمات الأكراد تركيا",
     f"{P1}\n\nوذكر البيان أن 251 شخصا اعتقلوا"),
    ("exclusive credit", f"{BODY}\nخاص ب«الشرق الأوسط»", BODY),
    ("writer contact", f"{BODY}\nلمراسلة الكاتب: writer@example.org", BODY),
    ("writer handle", f"{BODY}\nتويتر: @writer", BODY),
    ("agency in brackets", f"{BODY}\n(أ. ف. ب)", BODY),
    ("photo credit", f"{BODY}\n(تصوير: المحرر)", BODY),
]


@pytest.mark.parametrize(("label", "text", "body"), CLUTTER, ids=[c[0] for c in CLUTTER])
def test_clutter_leaves_the_body(label: str, text: str, body: str) -> None:
    assert article_from_text(text).text == body


# Prose that merely starts like a cue must stay.
KEEP = [
    "المصدر الذي تحدث للصحيفة رفض الكشف عن اسمه.",
    "التعليقات التي أدلى بها الوزير أثارت جدلاً واسعاً.",
    "* في عام 2011، عينها مساعدة لوزيرة الخارجية.",
    "وسوم الملابس الجديدة تحمل أسعاراً مرتفعة بحسب التجار.",
    "شارك الوزير في المؤتمر الذي عقد في جدة أمس.",
    "كتب الوزير في تغريدة أن الاجتماع كان مثمراً.",
    "وتتميز المدينة القديمة بعدة سمات معمارية فريدة.",
    "وتعتمد الشركة على خدمة «أوبر» في نقل موظفيها.",
    "وطالب المجلس بتقديم المزيد",
    "(بحسب ما أفاد مصدر مطلع لوكالة رويترز في وقت سابق من مساء اليوم)",
    "• كل عيد يبتكر المصممون أفكاراً لافتة ومختلفة.\n• لا أعرف بماذا يفكر من يرسل المعايدة.",
]


@pytest.mark.parametrize("text", KEEP)
def test_prose_resembling_clutter_is_kept(text: str) -> None:
    assert article_from_text(f"{P1}\n{text}").text == f"{P1}\n{text}"


TAGS = [
    ("السعودية، الرياض، السعودية", ["السعودية", "الرياض"]),
    ("السعودية | الرياض | مجلس الشورى", ["السعودية", "الرياض", "مجلس الشورى"]),
    ("#السعودية #الرياض", ["السعودية", "الرياض"]),
    # a menu run repeated twice is dropped; the real tags in between stay
    ("سياسة اقتصاد رياضة صحة سياسة اقتصاد رياضة صحة بوتين عراقجي المزيد في سياسة",
     ["بوتين", "عراقجي"]),
    # …and so do menu entries that do not repeat but sit in a shorter stretch between menus
    ("أخبار رياضة فن أخبار رياضة فن مقابلات أخبار رياضة فن بوتين النووي إيران أخبار رياضة فن",
     ["بوتين", "النووي", "إيران"]),
    ("بوتين النووي روسيا", ["بوتين", "النووي", "روسيا"]),
    ("", []),
]


@pytest.mark.parametrize(("raw", "tags"), TAGS)
def test_split_tags(raw: str, tags: list[str]) -> None:
    assert split_tags(raw) == tags


TITLES = [
    ("وزير الخارجية يلتقي نظيره الفرنسي", P1, True),
    ("هل تنجح المفاوضات؟", P1, True),
    ("التقى الوزير نظيره في الرياض.", P1, False),  # a sentence, not a headline
    ("المصدر: واس", P1, False),
    ("وزير الخارجية يلتقي نظيره الفرنسي", None, False),  # nothing after it
    ("الرياض 5 رمضان 1446 هـ الموافق 05 مارس 2025 م واس", P1, False),  # a dateline
    (" ".join(["كلمة"] * 25), P1, False),  # too long
]


@pytest.mark.parametrize(("line", "nxt", "expected"), TITLES)
def test_is_headline(line: str, nxt: str | None, expected: bool) -> None:
    assert is_headline(line, nxt) is expected


def test_title_taken_from_first_line_only_when_headline() -> None:
    a = article_from_text(f"وزير الخارجية يلتقي نظيره\n\n{BODY}")
    assert (a.title, a.text) == ("وزير الخارجية يلتقي نظيره", BODY)
    b = article_from_text(BODY)
    assert (b.title, b.text) == (None, BODY)


def test_record_title_repeated_as_first_line_is_removed() -> None:
    raw = RawDoc(text=f"وزير الخارجية يلتقي نظيره\n{BODY}", title="وزير الخارجية يلتقي نظيره")
    assert build_article(raw).text == BODY


DATELINES = [
    ("الرياض 18 شوال 1436 هـ الموافق 03 اغسطس 2015 م واس", date(2015, 8, 3), "الرياض", "واس"),
    ("الرياض 5 رمضان 1446 هـ الموافق 05 مارس 2025 م واس", date(2025, 3, 5), "الرياض", "واس"),
    ("جدة 12 شوال 1446هـ (واس)", date(2025, 4, 10), "جدة", "واس"),  # Umm al-Qura
    ("مكة المكرمة ١٠ ذو الحجة ١٤٤٦ هـ", date(2025, 6, 6), "مكة المكرمة", None),
    ("5 رمضان 1446هـ الموافق 5 مارس 2025م", date(2025, 3, 5), None, None),
    ("الرياض 05 مارس 2025 (واس)", date(2025, 3, 5), "الرياض", "واس"),
    ("القاهرة 3 آب 2025 رويترز", date(2025, 8, 3), "القاهرة", "رويترز"),
]


@pytest.mark.parametrize(("line", "when", "place", "agency"), DATELINES)
def test_parse_dateline(line: str, when: date, place: str | None, agency: str | None) -> None:
    d = parse_dateline(line + " التقى الوزير نظيره")
    assert d is not None
    assert (d.date, d.place, d.agency) == (when, place, agency)
    assert d.rest == "التقى الوزير نظيره"


def test_weekday_date_alone_on_its_line_is_a_dateline() -> None:
    d = parse_dateline("الأربعاء 9 أبريل 2025")
    assert d is not None and (d.date, d.place, d.rest) == (date(2025, 4, 9), None, "")


@pytest.mark.parametrize("line", [
    "الرياض تستضيف القمة في 5 مارس 2025 بحضور القادة",
    "التقى الوزير نظيره أمس",
    "الرياض 05 مارس 2025 قال الوزير",  # a Gregorian date alone needs an agency or a line end
    "الرياض 31 فبراير 2025 واس",  # no such day
])
def test_not_a_dateline(line: str) -> None:
    assert parse_dateline(line) is None


def test_hijri_and_gregorian_disagreeing_prefers_gregorian_with_warning() -> None:
    a = article_from_text("الرياض 5 رمضان 1446 هـ الموافق 05 مايو 2025 م واس\n" + BODY)
    assert a.pub_date == date(2025, 5, 5)
    assert any("disagree" in w for w in a.warnings)


RECORD_DATES = [
    ("2015-07-21 02:51:32", date(2015, 7, 21)),
    ("2025-03-05T10:00:00Z", date(2025, 3, 5)),
    ("05/03/2025", date(2025, 3, 5)),
    ("٢٠٢٥-٠٣-٠٥", date(2025, 3, 5)),
    ("yesterday", None),
    (None, None),
]


@pytest.mark.parametrize(("value", "expected"), RECORD_DATES)
def test_parse_record_date(value: str | None, expected: date | None) -> None:
    assert parse_record_date(value) == expected


def test_record_title_glued_to_the_first_sentence_is_removed() -> None:
    title = "الجوازات: تصحيح أوضاع 350 ألف يمني"
    assert build_article(RawDoc(text=f"{title} {BODY}", title=title)).text == BODY


def test_page_code_in_text_is_removed() -> None:
    code = (".box_vote { margin: 0; padding: 0; } jQuery(document).ready(function(){ "
            "jQuery('#vote').submit(function() { return false; }); });")
    a = article_from_text(f"{P1} {code} ما رأيك؟ نعم لا\n\n")
    assert a.text == P1


@pytest.mark.parametrize(("raw", "expected"), [
    ("للاستفسار على البريد الإلكتروني [email\xa0protected] /* */ ، خلال الدوام.",
     "للاستفسار على البريد الإلكتروني ، خلال الدوام."),
    ("إرسال السيرة الذاتية إلى البريد الإلكتروني ( [email protected] /* */ ) لمدة شهر.",
     "إرسال السيرة الذاتية إلى البريد الإلكتروني ( ) لمدة شهر."),
    ("على البريد الالكتروني:[email protected] ولمدة أسبوعين.",
     "على البريد الالكتروني: ولمدة أسبوعين."),
])
def test_obfuscated_email_remnant_is_removed(raw: str, expected: str) -> None:
    assert article_from_text(f"{P1}\n{raw}").text == f"{P1}\n{expected}"


@pytest.mark.parametrize(("byline", "source", "author"), [
    ("عين اليوم – واس", "واس", None),
    ("سارة العتيبي – جدة", None, "سارة العتيبي – جدة"),
])
def test_byline_under_a_headline(byline: str, source: str | None, author: str | None) -> None:
    a = article_from_text(f"وزير الخارجية يلتقي نظيره\n{byline}\n{BODY}")
    assert (a.title, a.text, a.source, a.author) == ("وزير الخارجية يلتقي نظيره", BODY, source,
                                                      author)


@pytest.mark.parametrize("line", ["بقلم: سارة العتيبي", "كتب: سارة العتيبي"])
def test_author_line_becomes_the_author(line: str) -> None:
    a = article_from_text(f"{line}\n{BODY}")
    assert (a.text, a.author, a.source) == (BODY, "سارة العتيبي", None)


def test_paragraph_in_author_field_is_not_a_byline() -> None:
    a = build_article(RawDoc(text=BODY, author=P1 + " " + P2))
    assert a.text == BODY and a.author is None
    assert any("author field" in w for w in a.warnings)


def test_unreadable_record_date_falls_back_with_warning() -> None:
    a = build_article(RawDoc(text=BODY, date="قريباً"), pub_date=date(2025, 1, 1))
    assert (a.pub_date, a.pub_date_source) == (date(2025, 1, 1), "user")
    assert any("unreadable date" in w for w in a.warnings)


SOURCES = [
    (RawDoc(text=f"{BODY}\nالمصدر: عربي21", source="record-site"), "record-site"),
    (RawDoc(text=f"{BODY}\nالمصدر: عربي21"), "عربي21"),
    (RawDoc(text=f"عين اليوم – واس\n{BODY}"), "واس"),
    (RawDoc(text=BODY), None),
]


@pytest.mark.parametrize(("raw", "source"), SOURCES)
def test_source_precedence(raw: RawDoc, source: str | None) -> None:
    a = build_article(raw)
    assert a.source == source and a.text == BODY


BYLINES = [
    ("عبدالله البرقاوي- سبق- الرياض: أعلن الطيران", None, "أعلن الطيران",
     "عبدالله البرقاوي- سبق- الرياض"),
    ("بادي البادي ـ جدة", "بادي البادي ـ جدة", "", "بادي البادي ـ جدة"),
    ("الرياض - واس", None, "", "الرياض - واس"),
    ("التقى الوزير - في جدة - نظيره الفرنسي أمس وبحثا التعاون", None,
     "التقى الوزير - في جدة - نظيره الفرنسي أمس وبحثا التعاون", None),
]


@pytest.mark.parametrize(("line", "author", "rest", "byline"), BYLINES)
def test_strip_byline(line: str, author: str | None, rest: str, byline: str | None) -> None:
    assert strip_byline(line, author) == (rest, byline)


@pytest.mark.parametrize(("a", "b"), [
    ("إقرأ أيضاً", "اقرا ايضا"), ("مقالاتٌ مشابهة", "مقالات مشابهه"), ("١٤٤٦ هـ", "1446 ه"),
])
def test_key_folds_spelling_variants(a: str, b: str) -> None:
    assert key(a) == b


# --- encodings --------------------------------------------------------------------------------

SHORT = "نعم"


@pytest.mark.parametrize(("data", "text"), [
    (SHORT.encode("cp1256"), SHORT),
    (SHORT.encode("utf-16"), SHORT),
    ("\ufeff" + SHORT, SHORT),
    (b"\xef\xbb\xbf" + SHORT.encode(), SHORT),
    ("سلام عليكم".encode("utf-16-le"), "سلام عليكم"),
])
def test_decode_text(data: bytes | str, text: str) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    assert decode_text(raw)[0].lstrip("\ufeff") == text


def test_utf8_with_a_stray_byte_is_not_read_as_cp1256() -> None:
    text = "التقى وزير الخارجية نظيره الفرنسي في باريس أمس. " * 5
    data = text.encode("utf-8") + b"\xff" + text.encode("utf-8")
    out, enc = decode_text(data)
    assert enc.startswith("utf-8") and out.replace("\ufffd", "") == text + text


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"\x00\x01\x02\x03" * 50, "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_decode_failures(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeFailure, match=reason):
        decode_text(data)


# --- PDF visual order -------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "التقى وزير الخارجية نظيره الفرنسي في باريس",
    "وقالت الوزارة إن الزيارة تستمر ثلاثة أيام (حتى الخميس)",
    "أعلنت الهيئة نتائج عام 2025 بنسبة 45.5% في تقرير OPEC",
])
def test_reversed_line_detected_and_repaired(line: str) -> None:
    visual = reverse_line(line)
    assert direction_score(visual) > 0 > direction_score(line)
    assert repair_visual_order(visual) == (line, 1)
    assert repair_visual_order(line) == (line, 0)


def test_short_line_follows_the_page_majority() -> None:
    page = [reverse_line("التقى وزير الخارجية نظيره الفرنسي في الرياض"), reverse_line("وزير")]
    assert repair_visual_order("\n".join(page))[0].split("\n") == [
        "التقى وزير الخارجية نظيره الفرنسي في الرياض", "وزير",
    ]
