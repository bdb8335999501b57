"""Entity rules found on real news (bench/dev/entities/news1.json's error list): football clubs
in sports reports, more institution heads, currencies out of the analyst's entities, a father's
name not taken for the son. Sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.entities import run
from marsad.entities.rules import ali_before_names
from marsad.entities.topics import club_reading
from marsad.pipeline import Context

_SPORT = "وسجل اللاعب هدفا في الشوط الأول من مباراة الدوري. "


def _entities(text: str) -> set[tuple[str, str]]:
    doc = Document(text=text)
    run(doc, Context())
    return {(e.type, e.canonical) for e in doc.entities}


@pytest.mark.parametrize(("word", "club"), [
    ("الهلال", "الهلال"),
    ("وللهلال", "الهلال"),
    ("بالنصر", "النصر"),
    ("الاتحاد", "الاتحاد"),
    ("التعاون", None),  # بالتعاون مع: cooperation, left out of the list
    ("الرياض", None),  # a city's club keeps the place reading
])
def test_club_reading(word: str, club: str | None) -> None:
    assert club_reading(word) == club


@pytest.mark.parametrize(("text", "present", "absent"), [
    (_SPORT + "وفاز الهلال على النصر بهدفين.",
     [("ORGANIZATION", "الهلال"), ("ORGANIZATION", "النصر")], []),
    # outside a sports report the words keep their meaning
    ("وأكد الوزير أن النصر قريب وأن الهلال ظهر مساء أمس.", [],
     [("ORGANIZATION", "النصر"), ("ORGANIZATION", "الهلال")]),
    (_SPORT + "وحقق النصر على الفريق الضيف.", [], [("ORGANIZATION", "النصر")]),
    # a nisba stays with the name
    (_SPORT + "وأعلن الاتحاد السعودي موعد المباراة.",
     [("ORGANIZATION", "الاتحاد السعودي")], [("ORGANIZATION", "الاتحاد")]),
])
def test_clubs_in_sports_reports(text: str, present: list, absent: list) -> None:
    got = _entities(text)
    assert set(present) <= got
    assert not set(absent) & got


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("وأوضحت إدارة التعليم بمحافظة جدة أن الدراسة تبدأ الأحد.",
     [("ORGANIZATION", "إدارة التعليم")], []),
    ("وقالت مديرية الدفاع المدني إن الحريق أخمد.", [("ORGANIZATION", "مديرية الدفاع المدني")], []),
    ("وأعلنت لجنة التنمية الاجتماعية عن برنامج جديد.",
     [("ORGANIZATION", "لجنة التنمية الاجتماعية")], []),
    # the management of a body named before is not a name
    ("وأكدت إدارة المستشفى أن المريض بخير.", [], [("ORGANIZATION", "إدارة المستشفى")]),
    ("وقررت إدارة النادي التعاقد مع مدرب.", [], [("ORGANIZATION", "إدارة النادي")]),
])
def test_institution_heads(text: str, present: list, absent: list) -> None:
    got = _entities(text)
    assert set(present) <= got
    assert not set(absent) & got


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("ووصل إلى مطار الملك عبدالعزيز الدولي بجدة.",
     [("LOCATION", "مطار الملك عبدالعزيز الدولي")], [("PERSON", "عبدالعزيز")]),
    ("ونقل إلى مستشفى الملك فهد التخصصي.",
     [("ORGANIZATION", "مستشفى الملك فهد التخصصي")], [("PERSON", "فهد")]),
    ("وأقيمت المباراة على ملعب الأمير فيصل بن فهد.",
     [("LOCATION", "ملعب الأمير فيصل بن فهد")], [("PERSON", "فيصل بن فهد")]),
    ("وتخرج 63 مستفيدا من مركز محمد بن نايف للمناصحة.",
     [("ORGANIZATION", "مركز محمد بن نايف للمناصحة")], [("PERSON", "محمد بن نايف")]),
    ("واقتحم مستوطنون باحات المسجد الأقصى صباح اليوم.", [("LOCATION", "المسجد الأقصى")],
     [("MISC", "المسجد الأقصى")]),
    # a definite head is the place named before, the person is in apposition
    ("وقال مدير المستشفى محمد الصاعدي إن الحالة مستقرة.", [("PERSON", "محمد الصاعدي")], []),
])
def test_places_and_bodies_named_after_people(text: str, present: list, absent: list) -> None:
    got = _entities(text)
    assert set(present) <= got
    assert not set(absent) & got


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("وهنأ رئيس جمهورية المالديف وحكومة المملكة العربية السعودية.",
     [("LOCATION", "جمهورية المالديف"), ("LOCATION", "المملكة العربية السعودية")],
     [("LOCATION", "المملكة")]),
    ("وزار جمهورية مصر العربية ودولة الكويت.",
     [("LOCATION", "جمهورية مصر العربية"), ("LOCATION", "دولة الكويت")], []),
    ("وقال إن المملكة تدعم الشرعية في اليمن.", [("LOCATION", "اليمن")], []),
])
def test_state_names(text: str, present: list, absent: list) -> None:
    got = _entities(text)
    assert set(present) <= got
    assert not set(absent) & got


@pytest.mark.parametrize(("text", "present"), [
    ("وأعلنت جماعة أنصار الله سيطرتها على المدينة.", [("ORGANIZATION", "أنصار الله")]),
    ("وقال حزب العدالة والتنمية الحاكم إن المفاوضات مع حزب الشعب الجمهوري مستمرة.",
     [("ORGANIZATION", "حزب العدالة والتنمية"), ("ORGANIZATION", "حزب الشعب الجمهوري")]),
    ("وقصفت مليشيا الحوثي وقوات صالح الأحياء، وتصدت المقاومة الشعبية للمسلحين.",
     [("ORGANIZATION", "مليشيا الحوثي"), ("ORGANIZATION", "المقاومة الشعبية")]),
    ("وقال متحدث باسم الهلال الأحمر إن الفرق وصلت.", [("ORGANIZATION", "الهلال الأحمر")]),
])
def test_listed_organisations(text: str, present: list) -> None:
    assert set(present) <= _entities(text)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("وارتفع سهم ميدغلف للتأمين والعالمية للتأمين.",
     [("ORGANIZATION", "ميدغلف للتأمين"), ("ORGANIZATION", "العالمية للتأمين")], []),
    ("وأطلقت الوزارة برنامج وطني للتأمين.", [], [("ORGANIZATION", "وطني للتأمين")]),
    ("واختار المستثمر الوقت المناسب للاستثمار.", [], [("ORGANIZATION", "المناسب للاستثمار")]),
    # a coordinated plural of people is not in a ministry's name, a coordinated noun is
    ("وشكر وزارة الثقافة الإيطالية والعاملين فيها.",
     [("ORGANIZATION", "وزارة الثقافة الإيطالية")], []),
    ("وقالت وزارة العمل والشؤون الاجتماعية إن.",
     [("ORGANIZATION", "وزارة العمل والشؤون الاجتماعية")], []),
    ("وأقامت جمعية الثقافة والفنون حفلا.", [("ORGANIZATION", "جمعية الثقافة والفنون")], []),
    ("وزار مستشفى العريش العام.", [("ORGANIZATION", "مستشفى العريش")], []),
])
def test_companies_and_bodies(text: str, present: list, absent: list) -> None:
    got = _entities(text)
    assert set(present) <= got
    assert not set(absent) & got


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("والعميل المجرم علي عبدالله صالح.", [("PERSON", "علي عبدالله صالح")],
     [("PERSON", "عبدالله صالح")]),
    ("وقال المدير علي محسن العداوي إن المدرسة جاهزة.", [("PERSON", "علي محسن العداوي")], []),
    ("وحصل على محمد صلاح.", [("PERSON", "محمد صلاح")], []),  # the preposition, with ى
])
def test_ali_before_a_name(text: str, present: list, absent: list) -> None:
    got = _entities(text)
    assert set(present) <= got
    assert not set(absent) & got


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("في بلد يرى زيفاً أن النفوذ هاجساً كبيراً.", [], [("PERSON", "زيفاً"), ("LOCATION", "هاجساً")]),
    ("وفاز بكأس السوبر في مباراة كرة القدم.", [("MISC", "كأس السوبر")], [("MISC", "كرة القدم")]),
])
def test_common_nouns_are_no_entities(text: str, present: list, absent: list) -> None:
    got = _entities(text)
    assert set(present) <= got
    assert not set(absent) & got


_MARKET = "وارتفع المؤشر 20 نقطة في تداولات جلسة أمس، وبلغت قيمة الأسهم المتداولة مليار ريال. "


@pytest.mark.parametrize(("text", "present", "absent"), [
    (_MARKET + "وتصدر سهم الإنماء الارتفاعات تلاه كيان وزين.",
     [("ORGANIZATION", "الإنماء"), ("ORGANIZATION", "كيان"), ("ORGANIZATION", "زين")], []),
    # outside a market report the words keep their meaning
    ("وأكد الوزير أن الإنماء مسؤولية الجميع.", [], [("ORGANIZATION", "الإنماء")]),
    (_MARKET + "واتجه المستثمرون إلى الذهب كملاذ آمن.", [], [("ORGANIZATION", "ملاذ")]),
])
def test_listed_companies_in_market_reports(text: str, present: list, absent: list) -> None:
    got = _entities(text)
    assert set(present) <= got
    assert not set(absent) & got


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("وخلال شهر رمضان المبارك أقيمت الفعاليات، وبعد رمضان يبدأ الموسم.", [],
     [("PERSON", "رمضان")]),
    ("وقال رمضان عبدالله إن اللجنة اجتمعت.", [("PERSON", "رمضان عبدالله")], []),
])
def test_hijri_months_are_not_people(text: str, present: list, absent: list) -> None:
    got = _entities(text)
    assert set(present) <= got
    assert not set(absent) & got


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("وكانت الشركة قد أعلنت في نيسان الماضي عن سيارة جديدة.", [], [("ORGANIZATION", "نيسان")]),
    ("وقال البيت الأبيض إن الرئيس سيزور المنطقة، بحسب فوكس نيوز.",
     [("ORGANIZATION", "البيت الأبيض"), ("ORGANIZATION", "فوكس نيوز")], []),
    ("وأكد حاكم ولاية كاليفورنيا أن الحرائق مستمرة.", [("LOCATION", "كاليفورنيا")],
     [("LOCATION", "اليفورنيا")]),
])
def test_months_listed_bodies_and_foreign_names(text: str, present: list, absent: list) -> None:
    got = _entities(text)
    assert set(present) <= got
    assert not set(absent) & got


@pytest.mark.parametrize(("sentence", "tags", "expected"), [
    ("المجرم علي عبدالله صالح", "O O B-PERS I-PERS", "O B-PERS I-PERS I-PERS"),
    ("الضغوط على أوباما تتزايد", "O B-PERS I-PERS O", "O O B-PERS O"),
    ("وحصل على محمد صلاح", "O O B-PERS I-PERS", "O O B-PERS I-PERS"),
])
def test_ali_the_name_and_ala_the_preposition(sentence: str, tags: str, expected: str) -> None:
    assert ali_before_names(sentence.split(), tags.split()) == expected.split()


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("وتبنى تنظيم داعش الهجوم.", [("ORGANIZATION", "داعش")], [("ORGANIZATION", "تنظيم داعش")]),
    ("وبلغت الأرباح 10 مليار ريال في الربع الثاني.", [], [("ORGANIZATION", "مليار ريال")]),
])
def test_organisation_canonicals_and_amounts(text: str, present: list, absent: list) -> None:
    got = _entities(text)
    assert set(present) <= got
    assert not set(absent) & got


def test_king_and_son_stay_apart() -> None:
    got = _entities("وكان ولي ولي العهد الأمير محمد بن سلمان قد وصل إلى القاهرة. "
                    "وقال الملك سلمان إن العلاقات متينة.")
    assert ("PERSON", "سلمان") in got
    assert ("PERSON", "محمد بن سلمان") in got


def test_role_before_two_honorifics_is_the_persons() -> None:
    doc = Document(text="وهنأ رئيس اللجنة خادم الحرمين الشريفين، وولي ولي العهد صاحب السمو الملكي "
                        "الأمير محمد بن سلمان بن عبدالعزيز.")
    run(doc, Context())
    titles = {t for e in doc.entities if e.canonical == "محمد بن سلمان بن عبدالعزيز"
              for t in e.titles}
    assert {"ولي ولي العهد", "صاحب السمو الملكي", "الأمير"} <= titles


@pytest.mark.parametrize(("text", "canonical"), [
    ("واستقبل الملك سلمان بن عبد العزيز الوزير.", "سلمان بن عبدالعزيز"),
    ("وقال الشيخ عبد الله بن زايد إن.", "عبدالله بن زايد"),
])
def test_abd_is_joined_in_canonical_names(text: str, canonical: str) -> None:
    assert ("PERSON", canonical) in _entities(text)


def test_a_bare_head_between_two_names_is_the_first_ones_title() -> None:
    doc = Document(text="وقال دينيس روس مستشار أوباما السابق لشؤون الشرق الأوسط إن الاتفاق مهم. "
                        "وقال الرئيس باراك أوباما إن الاتفاق جيد.")
    run(doc, Context())
    assert not any("مستشار" in t for e in doc.entities if "أوباما" in e.canonical
                   for t in e.titles)
