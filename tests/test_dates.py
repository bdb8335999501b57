"""The dates stage, table-driven: Arabic input + publication date → expected value and kind."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest

from marsad.dates import extract_dates, run
from marsad.dates.facts import date_for_span, period_for_span
from marsad.document import DateExpr, Document, Entity
from marsad.pipeline import Context

SEED_PUB = date(2025, 4, 18)  # a Friday
AUG15 = date(2015, 8, 12)  # a Wednesday
JUL15 = date(2015, 7, 21)  # a Tuesday, 5 Shawwal 1436


def only(text: str, pub: date | None) -> DateExpr:
    found = extract_dates(text, pub)
    assert len(found) == 1, [(d.text, d.value) for d in found]
    return found[0]


ABSOLUTE = [
    ("وقع ذلك في 15 أبريل 2025 في جنيف", "15 أبريل 2025", "2025-04-15"),
    ("عقد في 15 نيسان 2025", "15 نيسان 2025", "2025-04-15"),
    ("يوم 15 أفريل 2025 بالجزائر", "15 أفريل 2025", "2025-04-15"),
    ("في 3 جانفي 2024", "3 جانفي 2024", "2024-01-03"),
    ("في 4 جويلية 2023", "4 جويلية 2023", "2023-07-04"),
    ("في 1 أوت 2022", "1 أوت 2022", "2022-08-01"),
    ("في 12 فيفري 2021", "12 فيفري 2021", "2021-02-12"),
    ("في 9 ماي 2020", "9 ماي 2020", "2020-05-09"),
    ("في 30 جوان 2019", "30 جوان 2019", "2019-06-30"),
    ("في 15 أيار 2024", "15 أيار 2024", "2024-05-15"),
    ("في 1 كانون الثاني 2020", "1 كانون الثاني 2020", "2020-01-01"),
    ("في 5 تشرين الأول 2019", "5 تشرين الأول 2019", "2019-10-05"),
    ("الخامس عشر من أبريل 2025", "الخامس عشر من أبريل 2025", "2025-04-15"),
    ("في الحادي والعشرين من مارس 2020", "الحادي والعشرين من مارس 2020", "2020-03-21"),
    ("بتاريخ 2025/4/15 صدر", "2025/4/15", "2025-04-15"),
    ("بتاريخ 15-4-2025 صدر", "15-4-2025", "2025-04-15"),
    ("بتاريخ 15/4/2025 صدر", "15/4/2025", "2025-04-15"),
    ("بتاريخ ١٥/٤/٢٠٢٥ صدر", "١٥/٤/٢٠٢٥", "2025-04-15"),
    ("في 21 يوليو (تموز) 2015 أعلن", "21 يوليو (تموز) 2015", "2015-07-21"),
    ("الموقع عام 2015 والذي", "عام 2015", "2015"),
    ("انسحب منه ترامب في 2018.", "2018", "2018"),
    ("في عام ٢٠١٠م افتتح", "عام ٢٠١٠م", "2010"),
    ("انطلق في سبتمبر 2011 بواسطة", "سبتمبر 2011", "2011-09"),
    ("حتى نهاية تشرين أول/أكتوبر 2016 .", "نهاية تشرين أول/أكتوبر 2016", "2016-10"),
]


@pytest.mark.parametrize(("text", "span", "value"), ABSOLUTE)
def test_absolute(text: str, span: str, value: str) -> None:
    d = only(text, SEED_PUB)
    assert (d.text, d.value, d.kind, d.relative) == (span, value, "date", False)


HIJRI = [
    ("في 18 شوال 1436 هـ", "2015-08-03", None),
    ("يوم الأربعاء 6 / 10 / 1436هـ", "2015-07-22", None),
    ("بتاريخ 1436/10/5هـ", "2015-07-21", None),
    ("التاسع من شهر شوال عام 1436 هـ حسب", "2015-07-25", None),
    ("يوم 3 رمضان 1445", "2024-03-13", None),
    ("تأسس عام 1425هـ", None, "1425"),
    ("في 1436هـ", None, "1436"),
    ("افتتح في شهر ذي القعدة لعام 1424هـ", None, "1424-11"),
]


@pytest.mark.parametrize(("text", "value", "hijri"), HIJRI)
def test_hijri(text: str, value: str | None, hijri: str | None) -> None:
    d = only(text, JUL15)
    assert d.value == value
    if hijri:
        assert d.extra["hijri"] == hijri
        assert d.extra["gregorian_start"] < d.extra["gregorian_end"]


def test_hijri_month_range_without_single_gregorian_month() -> None:
    d = only("خلال شهر رمضان الماضي تلقت", JUL15)
    assert d.value is None
    assert d.extra["hijri"] == "1436-09"
    assert (d.extra["gregorian_start"], d.extra["gregorian_end"]) == ("2015-06-18", "2015-07-16")


def test_muwafiq_pair_agrees_and_disagrees() -> None:
    ok = extract_dates("يوم 5 شوال 1436هـ الموافق 21 يوليو 2015م", JUL15)
    assert [d.value for d in ok] == ["2015-07-21", "2015-07-21"]
    assert not any(d.warnings for d in ok)
    bad = extract_dates("يوم 5 شوال 1436هـ الموافق 25 يوليو 2015م", JUL15)
    assert [d.value for d in bad] == ["2015-07-21", "2015-07-25"]
    assert all(any("الموافق" in w for w in d.warnings) for d in bad)


RELATIVE = [
    # text, pub, span, value
    ("التقى الرئيس، أمس الخميس، وزير", SEED_PUB, "أمس الخميس", "2025-04-17"),
    ("وصل اليوم إلى", SEED_PUB, "اليوم", "2025-04-18"),
    # since a day: already gone, even in a sentence that goes on about the future
    ("أعلى مستوياته منذ 29 مايو بينما سيواصل الارتفاع", date(2015, 7, 21), "29 مايو",
     "2015-05-29"),
    ("وسيزور الوزير باريس في 29 مايو", date(2015, 7, 21), "29 مايو", "2016-05-29"),
    ("غادر أمس إلى", SEED_PUB, "أمس", "2025-04-17"),
    ("وأمس قال", SEED_PUB, "وأمس", "2025-04-17"),
    ("قال بالأمس إن", SEED_PUB, "بالأمس", "2025-04-17"),
    ("وصل أول أمس إلى", SEED_PUB, "أول أمس", "2025-04-16"),
    ("وصل أمس الأول إلى", SEED_PUB, "أمس الأول", "2025-04-16"),
    ("يصل غداً إلى", SEED_PUB, "غداً", "2025-04-19"),
    ("يصل بعد غد إلى", SEED_PUB, "بعد غد", "2025-04-20"),
    ("ومن المرتقب أن يجتمعا مجدداً، الجمعة، ويعقدا", SEED_PUB, "الجمعة", "2025-04-18"),
    ("ومن المقرر عقد الجولة يوم السبت المقبل في روما", SEED_PUB, "يوم السبت المقبل", "2025-04-19"),
    ("التقى الوزيران الثلاثاء في", SEED_PUB, "الثلاثاء", "2025-04-15"),
    ("سيلتقي الوزيران الثلاثاء في", SEED_PUB, "الثلاثاء", "2025-04-22"),
    ("والسبت الماضي وصل", SEED_PUB, "والسبت الماضي", "2025-04-12"),
    ("تعقد الجولة السبت بعد المقبل", SEED_PUB, "السبت بعد المقبل", "2025-04-26"),
    ("جرت الجولة الأولى مطلع الأسبوع الجاري", SEED_PUB, "مطلع الأسبوع الجاري", "2025-W16"),
    ("يعود الأسبوع المقبل", SEED_PUB, "الأسبوع المقبل", "2025-W17"),
    ("عاد الأسبوع الماضي", SEED_PUB, "الأسبوع الماضي", "2025-W15"),
    ("قال الشهر الماضي إن", SEED_PUB, "الشهر الماضي", "2025-03"),
    ("ارتفع خلال العام الجاري", SEED_PUB, "العام الجاري", "2025"),
    ("تراجع للعام الماضي", SEED_PUB, "للعام الماضي", "2024"),
    ("وقع في وقت سابق من العام الجاري", SEED_PUB, "في وقت سابق من العام الجاري", "2025"),
    ("في أواخر الشهر المقبل", SEED_PUB, "أواخر الشهر المقبل", "2025-05"),
    ("غادر قبل ثلاثة أيام", SEED_PUB, "قبل ثلاثة أيام", "2025-04-15"),
    ("وقع قبل أسبوعين", SEED_PUB, "قبل أسبوعين", "2025-W14"),
    ("انتقل منذ عامين إلى", SEED_PUB, "منذ عامين", "2023"),
    ("في 21 سبتمبر الماضي", AUG15, "21 سبتمبر الماضي", "2014-09-21"),
    ("في 26 فبراير القادم", AUG15, "26 فبراير القادم", "2016-02-26"),
    ("في 10 أغسطس وقع", AUG15, "10 أغسطس", "2015-08-10"),
    ("في الأول من يوليو (تموز) الحالي", AUG15, "الأول من يوليو (تموز) الحالي", "2015-07-01"),
    ("في السابع من الشهر المقبل", AUG15, "السابع من الشهر المقبل", "2015-09-07"),
    ("على أن تعقد الجولة المقبلة يوم 29 الجاري", AUG15, "29 الجاري", "2015-08-29"),
    ("وتنتهي المهلة في 3 الحالي", AUG15, "3 الحالي", "2015-08-03"),
    ("منذ أبريل الماضي", AUG15, "أبريل الماضي", "2015-04"),
    ("في أكتوبر العام الماضي", AUG15, "أكتوبر العام الماضي", "2014-10"),
]


@pytest.mark.parametrize(("text", "pub", "span", "value"), RELATIVE)
def test_relative(text: str, pub: date, span: str, value: str) -> None:
    d = only(text, pub)
    assert (d.text, d.value, d.kind) == (span, value, "date")
    assert d.relative


def test_yesterday_named_wrong_weekday_warns() -> None:
    d = only("التقى الرئيس أمس الأربعاء وزير", SEED_PUB)  # yesterday was a Thursday
    assert d.value == "2025-04-16"
    assert d.warnings and "thursday" not in d.warnings[0].lower().split("not a ")[-1][:8]


VAGUE = ["خلال الأيام المقبلة", "في الأسابيع القليلة الماضية", "قبل أيام", "خلال الفترة المقبلة"]


@pytest.mark.parametrize("text", VAGUE)
def test_vague_found_with_null_value(text: str) -> None:
    d = only(text, SEED_PUB)
    assert d.value is None and d.kind == "date"


DURATIONS = [
    ("اتفاقية شراكة لمدة 20 عاماً في", "20 عاماً", "P20Y"),
    ("استمرت ثلاثة أشهر", "ثلاثة أشهر", "P3M"),
    ("المضربون منذ 54 يوما عن الطعام", "منذ 54 يوما", "P54D"),
    ("بقي عامين في", "عامين", "P2Y"),
    ("ويستمر خمسة أيام", "خمسة أيام", "P5D"),
    ("على مدى أسبوعين", "أسبوعين", "P2W"),
    ("خلال الثلاث سنوات الماضية", "الثلاث سنوات الماضية", "P3Y"),
    ("خلال السنوات الخمس المقبلة", "السنوات الخمس المقبلة", "P5Y"),
    ("لمدة عام واحد", "عام واحد", "P1Y"),
    ("لمدة ١٣ سنة", "١٣ سنة", "P13Y"),
    ("في 24 ساعة", "24 ساعة", "PT24H"),
    ("خلال عشرين يوماً", "عشرين يوماً", "P20D"),
    ("لمدة خمسة وعشرين عاما", "خمسة وعشرين عاما", "P25Y"),
    ("خلال اليومين الماضيين", "اليومين الماضيين", "P2D"),
]


@pytest.mark.parametrize(("text", "span", "value"), DURATIONS)
def test_durations(text: str, span: str, value: str) -> None:
    d = only(text, SEED_PUB)
    assert (d.text, d.value, d.kind) == (span, value, "duration")


SETS = [
    ("يجتمع كل أسبوع", "P1W"),
    ("يعقد يومياً", "P1D"),
    ("تنظم سنوياً", "P1Y"),
    ("يراجع شهرياً", "P1M"),
    ("كل ثلاثة أشهر", "P3M"),
    ("يصلي كل جمعة", "P1W"),
]


@pytest.mark.parametrize(("text", "value"), SETS)
def test_sets(text: str, value: str) -> None:
    d = only(text, SEED_PUB)
    assert (d.value, d.kind) == (value, "set")


TIMES = [
    ("في الساعة العاشرة صباحاً", "T10:00"),
    ("الساعة 10 مساء بتوقيت لندن", "T22:00"),
    ("من الساعة الـ 12:30 ظهراً", "T12:30"),
    ("حتى الـ 4 عصراً", "T16:00"),
    ("عند الساعة السابعة والنصف مساء", "T19:30"),
]


@pytest.mark.parametrize(("text", "value"), TIMES)
def test_times(text: str, value: str) -> None:
    d = only(text, SEED_PUB)
    assert (d.value, d.kind) == (value, "time")


NOT_DATES = [
    "الصحف اليومية تنشر",  # اليومية is not اليوم
    "اليوم الوطني للمملكة",  # a named day
    "مارس الضغط على الحكومة",  # مارس the verb
    "أحد المسؤولين قال",  # أحد = one
    "فاز الفريق 2 صفر",  # a score
    "مليون برميل باليوم",  # per day
    "يزداد يوما بعد يوم",
    "في اليوم نفسه قتل",
    "سجل 1500 حالة في 2000 منزل",
    "قارب (تشانج جوان) وشركة",
    "ترجمة لخطب الجمعة",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert extract_dates(text, SEED_PUB) == []


NO_PUB = [
    ("التقى أمس الخميس الوزير", "pub-1d", "thursday"),
    ("يعقد السبت المقبل", "pub:next-saturday", "saturday"),
    ("عاد الأسبوع الماضي", "pub:week-1", None),
]


@pytest.mark.parametrize(("text", "relation", "weekday"), NO_PUB)
def test_no_pub_date_keeps_relation(text: str, relation: str, weekday: str | None) -> None:
    d = only(text, None)
    assert d.value is None and d.relative and d.warnings
    assert d.extra["relation"] == relation
    if weekday:
        assert d.extra["weekday"] == weekday


def test_absolute_needs_no_pub_date() -> None:
    assert only("في 15 أبريل 2025", None).value == "2025-04-15"


def test_offsets_point_into_text_with_diacritics() -> None:
    text = "وقَّعَ الطرفانِ اتفاقيةً لمدةِ 20 عاماً أمسِ الخميسَ."
    for d in extract_dates(text, SEED_PUB):
        assert text[d.start:d.end] == d.text
    assert [d.value for d in extract_dates(text, SEED_PUB)] == ["P20Y", "2025-04-17"]


def test_run_appends_sorted_and_skips_names() -> None:
    text = "قال محمد الخميس أمس إن الاجتماع يعقد السبت المقبل"
    doc = Document(text=text, pub_date="2025-04-18")
    doc.entities.append(Entity(start=4, end=15, text="محمد الخميس", type="PERSON",
                               canonical="محمد الخميس"))
    run(doc, Context(pub_date=SEED_PUB))
    assert [(d.text, d.value) for d in doc.dates] == [("أمس", "2025-04-17"),
                                                      ("السبت المقبل", "2025-04-19")]
    json.dumps(doc.as_dict(), ensure_ascii=False)


def test_run_without_pub_date_warns_document() -> None:
    doc = Document(text="التقى الوزير أمس نظيره")
    run(doc, Context())
    assert doc.dates[0].value is None and doc.warnings


def _doc(text: str, pub: str | None = "2025-04-18") -> Document:
    doc = Document(text=text, pub_date=pub)
    run(doc, Context(pub_date=date.fromisoformat(pub) if pub else None))
    return doc


def test_fact_date_from_expression_paragraph_pub() -> None:
    text = ("التقى الرئيس أمس الخميس الوزير. وقال الوزير إن المحادثات بناءة.\n\n"
            "وأكد المتحدث أن الجولة تعقد قريبا. وكانت الجولة الأولى جرت مطلع الأسبوع الجاري.")
    doc = _doc(text)
    s1 = text.index("التقى")
    assert date_for_span(doc, s1, text.index(".")) == ("2025-04-17", "expression")
    s2 = text.index("وقال")
    assert date_for_span(doc, s2, text.index("\n")) == ("2025-04-17", "paragraph")
    s3 = text.index("وأكد")
    assert date_for_span(doc, s3, text.index("قريبا") + 5) == ("2025-04-18", "pub_date")
    s4 = text.index("وكانت")
    assert date_for_span(doc, s4, len(text)) == ("2025-04-18", "pub_date")
    assert period_for_span(doc, s4, len(text)) == ("2025-W16", "expression")
    assert date_for_span(_doc(text, None), s3, s3 + 5) == (None, "none")


def test_fact_date_picks_nearest_to_anchor() -> None:
    text = "بعد لقائهما أمس الخميس في موسكو وجولة محادثات طويلة، يجتمع الوزيران السبت المقبل"
    doc = _doc(text)
    assert date_for_span(doc, 0, len(text)) == ("2025-04-17", "expression")
    anchor = text.index("يجتمع")
    assert date_for_span(doc, 0, len(text), anchor=anchor) == ("2025-04-19", "expression")


def test_durations_and_vague_never_govern() -> None:
    text = "وقع الطرفان اتفاقية لمدة 20 عاماً خلال الأيام الماضية"
    doc = _doc(text)
    assert date_for_span(doc, 0, len(text)) == ("2025-04-18", "pub_date")


SEED_EXPECTED = [
    ("أمس الخميس", "2025-04-17"),
    ("الجمعة", "2025-04-18"),
    ("يوم السبت المقبل", "2025-04-19"),
    ("عام 2015", "2015"),
    ("عام 2018", "2018"),
    ("20 عاماً", "P20Y"),
    ("مطلع الأسبوع الجاري", "2025-W16"),
    ("في وقت سابق من العام الجاري", "2025"),
]


@pytest.mark.shared
def test_seed_article(seed_text: str) -> None:
    found = {(d.text, d.value) for d in extract_dates(seed_text, SEED_PUB)}
    for pair in SEED_EXPECTED:
        assert pair in found


@pytest.mark.shared
def test_seed_through_pipeline(seed_text: str) -> None:
    from marsad.pipeline import analyze_text

    doc = analyze_text(seed_text, pub_date=SEED_PUB)
    got = {(d.text, d.value) for d in doc.dates}
    assert set(SEED_EXPECTED) <= got
    assert all(doc.text[d.start:d.end] == d.text for d in doc.dates)


def test_scanner_is_one_pass_and_fast() -> None:
    """Not a benchmark (see bench/bench_dates.py): guards against a per-sentence regex loop."""
    text = "التقى الرئيس أمس الخميس الوزير في موسكو لمدة 20 عاماً. " * 400
    t0 = time.perf_counter()
    found = extract_dates(text, SEED_PUB)
    assert len(found) == 800
    assert time.perf_counter() - t0 < 5.0


def test_word_prefilter_gives_the_same_matches_as_a_full_scan() -> None:
    """The scanner runs only at words that can start a date: it must miss nothing."""
    from marsad.dates import grammar as g
    from marsad.dates.extract import _matches

    texts = [t for t, *_ in ABSOLUTE] + [t for t, *_ in HIJRI] + [t for t, *_ in RELATIVE]
    texts += VAGUE + [t for t, *_ in DURATIONS] + [t for t, _ in SETS] + [t for t, _ in TIMES]
    texts += NOT_DATES + [t for t, *_ in NO_PUB] + [t for t, _ in LISTS]
    folded = g.fold_with_map(" . ".join(texts))[0]
    full = [(m.start(), m.end()) for m in g.SCANNER.finditer(folded) if m.end() > m.start()]
    assert [(m.start(), m.end()) for m in _matches(folded)] == full


LISTS = [
    ("بين التاسع والثاني عشر من يوليو (تموز)، على", ["2015-07-09", "2015-07-12"]),
    ("في الثاني والخامس من الشهر المقبل", ["2015-08-02", "2015-08-05"]),
    ("يومي 15 و16 يوليو الجاري", ["2015-07-15", "2015-07-16"]),
    ("أيام الثلاثاء 10/12 والأربعاء 10/13 مواعيد", ["2015-07-28", "2015-07-29"]),
    ("في المباراة الثانية بعد يوم غد.", ["2015-07-23"]),
    ("وتقود واشنطن منذ أغسطس/آب، ائتلافا", ["2014-08"]),
    ("بدأت في الظهور منذ ما يقرب من 20 عاما في", ["1995"]),
]


@pytest.mark.parametrize(("text", "values"), LISTS)
def test_lists_and_numeric_weekdays(text: str, values: list[str]) -> None:
    assert [d.value for d in extract_dates(text, JUL15)] == values


MORE = [
    # text, pub, expected [(value, kind)]
    ("في تصريح صحفي اليوم أن", JUL15, [("2015-07-21", "date")]),
    ("كل فصل يتكون من ( 13 )أسبوعا تدريبيا", JUL15, [("P13W", "duration")]),
    ("وأعمارهما 19 و20 عاما وكانا", JUL15, [("P20Y", "duration")]),
    ("بعد تراجعه، لامس الذهب أقل سعر", JUL15, []),
    ("المهرجان الذي يستمر حتى غد الأحد، إلى", date(2015, 7, 25), [("2015-07-26", "date")]),
    ("اقتحام مقر حزب غد الثورة", JUL15, []),
    ("الحصين 45 عقداً لتنفيذ مشروعات", JUL15, []),
    ("لم تصل حتى الآن منذ أكثر من شهر", JUL15, [("P1M", "duration")]),
    ("اتصلوا بي، وبعد يوم أخبروني", JUL15, [("P1D", "duration")]),
    ("وحد الارتفاع المتوقع في الأسعار بعد أن خسر الذهب يوم الاثنين في", date(2015, 7, 22),
     [("2015-07-20", "date")]),
    ("حتى العاشر من أغسطس قبل خوض السوبر في ال12 من الشهر ذاته", JUL15,
     [("2015-08-10", "date"), ("2015-08-12", "date")]),
    ("بنيت في الثمانينيات من القرن العشرين", JUL15, [(None, "date")]),
    ("حتى الساعة الواحدة من ظهر أمس", JUL15, [("T13:00", "time"), ("2015-07-20", "date")]),
    ("النائب العام السابق قال", JUL15, []),
    ("مقارنة بالفترة المماثلة من العام السابق", JUL15, [("2014", "date")]),
    ("ومنذ يوم الأحد 18/9/1436ه الموافق 5/7/2015", JUL15,
     [("2015-07-05", "date"), ("2015-07-05", "date")]),
    ("صعد الفريق الأولى العام الماضي فقط", JUL15, [("2014", "date")]),
]


@pytest.mark.parametrize(("text", "pub", "expected"), MORE)
def test_dev_set_lessons(text: str, pub: date, expected: list[tuple[str | None, str]]) -> None:
    assert [(d.value, d.kind) for d in extract_dates(text, pub)] == expected


HELDOUT_LESSONS = [
    ("أدنى مستوى لها في خمس سنوات ونصف وتتجه", date(2015, 7, 24), [("P5Y6M", "duration")]),
    ("استغرقت ساعتين ونصف", date(2015, 7, 24), [("PT2H30M", "duration")]),
    ("منذ بداية الأسبوع إلى أكثر من 4 في المئة", date(2015, 7, 24), [("2015-W30", "date")]),
    ("خلال شهر مايو الماضي، مقابل 124 ألف خلال الشهر نفسه عام 2014، بنسبة", date(2015, 7, 27),
     [("2015-05", "date"), ("2014-05", "date")]),
    ("عقود الذهب تسليم آب (أغسطس) 15.50 دولار", date(2015, 7, 23), [("2015-08", "date")]),
    ("وكان يتوقع أن يعود إلى اللعب بعد شهر واحد لكنه", JUL15, [("P1M", "duration")]),
    ("يصل الوفد بعد أسبوعين إلى الرياض", JUL15, [("2015-W32", "date")]),
    ("ابتداء من منتصف النهار (05:00 ت غ)، كما", JUL15, [("T12:00", "time"), ("T05:00", "time")]),
]


@pytest.mark.parametrize(("text", "pub", "expected"), HELDOUT_LESSONS)
def test_heldout_lessons(text: str, pub: date, expected: list[tuple[str | None, str]]) -> None:
    assert [(d.value, d.kind) for d in extract_dates(text, pub)] == expected


SINCE = [
    ("إننا نعرف روحاني منذ 25 سنة", "P25Y", "duration"),
    ("الملا عمر توفي منذ سنتين تاركا", "2013", "date"),
    ("الحرب الممتدة منذ أربعة أشهر مؤكدا", "P4M", "duration"),
    ("ونقل الى مستشفى سابين يوم الأربعاء ودخل", "2015-07-29", "date"),
]


@pytest.mark.parametrize(("text", "value", "kind"), SINCE)
def test_since_duration_or_date(text: str, value: str, kind: str) -> None:
    d = only(text, date(2015, 7, 31))
    assert (d.value, d.kind) == (value, kind)


HELDOUT3_LESSONS = [
    ("شغل المنصب بين 1998 و2002م.", ["1998", "2002"]),
    ("انضم إلى بورتو من 2004 إلى 2008 بعدما", ["2004", "2008"]),
    ("مقارنة بالفترة ذاتها من 2014.", ["2014"]),
    ("بلغ أكثر من 2000 شخص", []),
    ("بعدما لعب لعام واحد مع برشلونة", ["P1Y"]),
    ("في الواحدة بعد منتصف الليل بتوقيت لندن", ["T01:00"]),
    ("تبدأ المباراة في التاسعة مساء", ["T21:00"]),
    ("وقع عند 12:01 صباحا على الطريق", ["T00:01"]),
    ("افتتاح البطولة العربية ال21 مساء أمس", ["2015-07-20"]),
    ("في أواخر رمضان المبارك", [None]),
    ("خلال فترة التسيعينات", [None]),
    ("تراجع 2.4 في المائة في حزيران (يونيو) مقارنة بالشهر نفسه من العام الماضي.",
     ["2015-06", "2014-06"]),
]


@pytest.mark.parametrize(("text", "values"), HELDOUT3_LESSONS)
def test_heldout3_lessons(text: str, values: list[str | None]) -> None:
    assert [d.value for d in extract_dates(text, JUL15)] == values


HELDOUT4_LESSONS = [
    ("هبطت الرحلات القادمة من جدة بمطار القاهرة، وبعد ساعتين تم السماح لها", JUL15,
     [("PT2H", "duration")]),
    ("جاء قراري هذا بعد 24 ساعة فقط من تقدم النادي بعرض", JUL15, [("PT24H", "duration")]),
    ("ويشن الجيش المصري منذ سنتين عمليات واسعة", JUL15, [("P2Y", "duration")]),
    ("وحسب صحيفة اليوم السابع، حددت المحكمة", JUL15, []),
]


@pytest.mark.parametrize(("text", "pub", "expected"), HELDOUT4_LESSONS)
def test_heldout4_lessons(text: str, pub: date, expected: list[tuple[str | None, str]]) -> None:
    assert [(d.value, d.kind) for d in extract_dates(text, pub)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "سور الصين العظيم الذي شيد منذ حوالى ٢٧٠٠ سنة للدفاع عن الامبراطورية",
        "شيد منذ 2700 سنة",
        "سيكتمل بعد 9000 سنة",
    ],
)
def test_out_of_calendar_arithmetic_never_fails_the_article(text: str) -> None:
    from marsad.dates import extract_dates

    extract_dates(text, date(2015, 7, 23))  # must not raise


# a day and month named by a movement, revolution or place is no date
NAMED_BY_DAY = [
    ("وقال تحالف 14 آذار إن الحكومة فشلت", []),
    ("وقالت قوى 8 آذار إنها ترفض", []),
    ("منذ ثورة 25 يناير تغير كل شيء", []),
    ("وأغلقت الشرطة ميدان 6 أكتوبر", []),
    ("وصل الوزير في 14 آذار إلى بيروت", ["14 آذار"]),
]


@pytest.mark.parametrize(("text", "spans"), NAMED_BY_DAY)
def test_day_month_names_are_not_dates(text: str, spans: list[str]) -> None:
    doc = Document(text=text, pub_date=SEED_PUB.isoformat())
    run(doc, Context(pub_date=SEED_PUB))
    assert [d.text for d in doc.dates] == spans
