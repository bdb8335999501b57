"""Entities round 6: organisations as Saudi news names them — a service's branch before a place,
a body's name running on after the person it is named after, the nationality after an
organisation, outlets named as sources, regional place names. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.document import Document
from marsad.entities import run
from marsad.entities.rules import (
    designated_places,
    given_and_family_names,
    named_events,
    nationality_after_orgs,
    org_edges,
    outlet_names,
    quoted_people,
    service_branches,
)
from marsad.pipeline import Context


def entities_of(text: str) -> set[tuple[str, str]]:
    doc = Document(text=text)
    run(doc, Context(pub_date=date(2015, 7, 20)))
    return {(e.type, e.text) for e in doc.entities if not (e.evidence or "").startswith("role:")}


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("باشرت شرطة القطيف البلاغ", "O O B-LOC O", "O B-ORG I-ORG O"),
        ("أعلنت شرطة منطقة القصيم القبض", "O O O B-LOC O", "O B-ORG I-ORG I-ORG O"),
        ("وأصدرت صحة الاحساء بيانا", "O O B-LOC O", "O B-ORG I-ORG O"),
        ("تحت مظلة إمارة منطقة مكة المكرمة", "O O O O B-LOC I-LOC",
         "O O B-ORG I-ORG I-ORG I-ORG"),
        # إمارة without منطقة/محافظة is the emirate, a place
        ("زار إمارة دبي أمس", "O O B-LOC O", "O O B-LOC O"),
        # the service's place after بـ is where the body is, not its name
        ("مدير التعليم بمحايل عسير", "O O B-LOC I-LOC", "O O B-LOC I-LOC"),
        # a definite head is the body named before
        ("أعلن التعليم الرياض", "O O B-LOC", "O O B-LOC"),
    ],
)
def test_service_branches(sentence: str, tags: str, expected: str) -> None:
    assert service_branches(sentence.split(), tags.split()) == expected.split()


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("قال المتحدث باسم وزارة الخارجية المصرية", "O O O B-ORG I-ORG O",
         "O O O B-ORG I-ORG I-ORG"),
        ("قال زعيم حزب الله اللبناني", "O O B-ORG I-ORG O", "O O B-ORG I-ORG I-ORG"),
        ("تعاقد مع النصر السعودي", "O O B-ORG O", "O O B-ORG I-ORG"),
        # the Moroccan the police arrested: a masculine adjective after a feminine head
        ("اعتقلت الشرطة الإيطالية المغربي", "O B-ORG I-ORG O", "O B-ORG I-ORG O"),
        # a plural is the people, not the body's name
        ("اتهم حزب الله اللبنانيين", "O B-ORG I-ORG O", "O B-ORG I-ORG O"),
    ],
)
def test_nationality_after_orgs(sentence: str, tags: str, expected: str) -> None:
    assert nationality_after_orgs(sentence.split(), tags.split()) == expected.split()


@pytest.mark.parametrize(
    ("tokens", "tags", "expected"),
    [
        (["ويسرد", "لـ", '"', "سبق", '"', "المواطن"], "O O O O O O", "O O O B-ORG O O"),
        (["السلمي", "-", "سبق", "-", "جدة"], "B-PERS O O O B-LOC", "B-PERS O B-ORG O B-LOC"),
        (["نايف", "–", "عين", "اليوم"], "B-PERS O O O", "B-PERS O B-ORG I-ORG"),
        (["مع", "«", "المدينة", "»", "إن"], "O O B-LOC O O", "O O B-ORG O O"),
        (["بصحيفة", "الوئام", ":"], "O O O", "O B-ORG O"),
        # the verb سبق, a city between dashes, an agency's own name, a travel agency
        (["سبق", "أن", "أعلن"], "O O O", "O O O"),
        (["الأول", "-", "الرياض", "-", "هذا"], "O O B-LOC O O", "O O B-LOC O O"),
        (["وكالة", "الأنباء", "الألمانية"], "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"),
        (["وكالة", "الرياض", "للسفر"], "O B-LOC O", "O B-LOC O"),
    ],
)
def test_outlet_names(tokens: list[str], tags: str, expected: str) -> None:
    assert outlet_names(tokens, tags.split()) == expected.split()


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("دعاية لتنظيم داعش", "O B-ORG I-ORG", "O O B-ORG"),
        ("عضو شرف نادي الفتح", "O O B-ORG I-ORG", "O O O B-ORG"),
        ("جماعة الإخوان المسلمين", "B-ORG I-ORG I-ORG", "O B-ORG I-ORG"),
        # a definite head and a bank keep theirs
        ("فاز النادي الأهلي", "O B-ORG I-ORG", "O B-ORG I-ORG"),
        ("خزائن بنك الشعب الصيني", "O B-ORG I-ORG I-ORG", "O B-ORG I-ORG I-ORG"),
        ("لهيئة الهلال الأحمر السعودي", "O B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG"),
        ("رئيس الاتحاد السعودي لكرة السلة", "O B-ORG I-ORG O O", "O B-ORG I-ORG I-ORG I-ORG"),
        # a club's team with its sport is not the club's name
        ("مدرب فريق الأهلي لكرة القدم", "O O B-ORG O O", "O O B-ORG O O"),
        ("تحتضن مكتبة الإسكندرية الفعاليات", "O B-LOC I-LOC O", "O B-ORG I-ORG O"),
        ("سيطرت على جامعة الانبار", "O O B-LOC I-LOC", "O O B-ORG I-ORG"),
        ("وقالت الخارجية الاميركية في بيان", "O O O O O", "O B-ORG I-ORG O O"),
        ("ناقش الشؤون الداخلية المصرية", "O O O O", "O O O O"),
        ("وقال الجيش التركي في بيان", "O O O O O", "O B-ORG I-ORG O O"),
        ("وأعلنت الحكومة التركية أنها", "O O O O", "O B-ORG I-ORG O"),
        ("الأمن القومي الأمريكي", "O O O", "O O O"),
        ("وأكد رئيس الحكومة اليمنية", "O O O O", "O O O O"),
        ("وأكد وزير الخارجية المصرية", "O O O O", "O O O O"),
        # "مكتبه" is his office; a definite school is left as the model has it
        ("في مكتبه بجدة", "O B-LOC I-LOC", "O B-LOC I-LOC"),
        ("زار المدرسة الأميرية", "O B-LOC I-LOC", "O B-LOC I-LOC"),
    ],
)
def test_org_edges(sentence: str, tags: str, expected: str) -> None:
    assert org_edges(sentence.split(), tags.split()) == expected.split()


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("صرح المتحدث الرسمي باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ أن "
         "القافلة انطلقت.",
         [("ORGANIZATION", "مركز الملك سلمان للإغاثة والأعمال الإنسانية")],
         [("ORGANIZATION", "مركز الملك سلمان")]),
        ("وأكد أن جامعة ليون تشارك في الدراسة.", [("ORGANIZATION", "جامعة ليون")],
         [("ORGANIZATION", "ليون")]),
        ("بدأت إدارة التعليم بمحافظة محايل عسير المقابلات.", [("LOCATION", "محايل عسير")],
         [("LOCATION", "محايل")]),
        ("وأصدرت صحة الاحساء بيانا حول الحادث.", [("ORGANIZATION", "صحة الاحساء")],
         [("LOCATION", "الاحساء")]),
        # a paper quoted once does not make the word a name for the rest of the article
        ('وقال مصدر لـ"الوطن" إن اللجنة باشرت أعمالها. وأكد أن حب الوطن واجب.',
         [("ORGANIZATION", "الوطن")], []),
        ("قال زعيم حزب الله اللبناني حسن نصر الله إن الحزب سيقاتل.",
         [("PERSON", "حسن نصر الله"), ("ORGANIZATION", "حزب الله اللبناني")],
         [("PERSON", "حسن نصر")]),
        ("وأعلنت جماعة ولاية سيناء مسؤوليتها عن الهجوم.", [("ORGANIZATION", "ولاية سيناء")],
         [("LOCATION", "سيناء")]),
        ("وقال المرصد السوري لحقوق الإنسان إن الاشتباكات مستمرة.",
         [("ORGANIZATION", "المرصد السوري لحقوق الإنسان")], []),
        ("وقرر مجلس الوزراء في جلسته أمس الموافقة على النظام.",
         [("ORGANIZATION", "مجلس الوزراء")], []),
        # a GeoNames phrase never runs left over a word the model left out
        ("واقتحم مستوطنون باحات المسجد الأقصى صباح اليوم.", [("LOCATION", "المسجد الأقصى")],
         [("LOCATION", "باحات المسجد الأقصى")]),
    ],
)
def test_in_articles(text: str, present: list, absent: list) -> None:
    got = entities_of(text)
    assert set(present) <= got
    assert not set(absent) & got


@pytest.mark.parametrize(
    ("tokens", "tags", "expected"),
    [
        (["المدرب", "الروماني", '"', "بولوني", '"'], "O O O B-LOC O", "O O O B-LOC O"),
        (["المدرب", "الروماني", '"', "بولوني", '"'], "O O O O O", "O O O B-PERS O"),
        (["الفنان", "«", "علي", "معدي", "»"], "O O B-MISC I-MISC O", "O O B-PERS I-PERS O"),
        (["وأوضح", '"', "الحجيري", '"', ":"], "O O B-MISC O O", "O O B-PERS O O"),
        # a body, a work, a flight, a phrase: no title or say-verb before, or common words
        (["وقال", '"', "المرصد", "السوري", '"'], "O O O O O", "O O O O O"),
        (["فيلم", '"', "أولاد", "رزق", '"'], "O O B-MISC I-MISC O", "O O B-MISC I-MISC O"),
        (["الماليزية", '"', "إم", "إتش", "17", '"'], "O O B-MISC I-MISC I-MISC O",
         "O O B-MISC I-MISC I-MISC O"),
        (["المتحدة", '"', "باشد", "العبارات", '"'], "B-LOC O O O O", "B-LOC O O O O"),
    ],
)
def test_quoted_people(tokens: list[str], tags: str, expected: str) -> None:
    assert quoted_people(tokens, tags.split()) == expected.split()


def test_quoted_person_keeps_the_title_before_the_quote() -> None:
    doc = Document(text='من جهته، وصل المدرب الروماني "بولوني" لمقر معسكر نادي الاتحاد.')
    run(doc, Context(pub_date=date(2015, 7, 20)))
    people = [e for e in doc.entities if e.type == "PERSON"]
    assert [(e.text, e.titles) for e in people] == [("بولوني", ["المدرب الروماني"])]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("حريق بقرية الظبية التابعة", "O O O O", "O O B-LOC O"),
        ("الطقس بمحافظة ضباء هذه", "O O O O", "O O B-LOC O"),
        ("على بلدتي الوهط وصبر التابعتين", "O O O O O", "O O B-LOC B-LOC O"),
        ("في مديرية الحيمة الخارجية", "O O O O", "O O B-LOC O"),
        # look-alikes: a function word, an adjective, a plural, a pronoun, a title, a migration
        ("ضرورة محافظة على الأمن", "O O O O", "O O O O"),
        ("مدينة متوسطية كبيرة", "O O O", "O O O"),
        ("لكل محافظة نسبتها", "O O O", "O O O"),
        ("مدينة الملك عبدالله", "O O B-PERS", "O O B-PERS"),
        ("هجرة الطيور تبدأ", "O O O", "O O O"),
        ("لقضاء عطلة العيد", "O O O", "O O O"),
    ],
)
def test_designated_places(sentence: str, tags: str, expected: str) -> None:
    assert designated_places(sentence.split(), tags.split()) == expected.split()


def test_designated_place_takes_its_gazetteer_name() -> None:
    got = entities_of("تمكنت شرطة محافظة حفر الباطن من ضبط مواطن. وتضمنت العقود عقد حفر بئرين.")
    assert ("LOCATION", "حفر الباطن") in got
    assert ("LOCATION", "حفر") not in got


def test_quoted_speech_is_no_name() -> None:
    assert not {e for e in entities_of("ثم قال «اذهبوا فأنتم الطلقاء». فأعتقهم.")
                if e[0] == "PERSON"}


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("إلى كأس آسيا", "O O B-LOC", "O B-MISC I-MISC"),
        ("افتتح مهرجان الصيف الدولي", "O O O O", "O B-MISC I-MISC I-MISC"),
        ("على كأس خادم الحرمين الشريفين", "O O O O O", "O B-MISC I-MISC I-MISC I-MISC"),
        ("في الدوري الإنجليزي بعد", "O O O O", "O B-MISC I-MISC O"),
        ("تأهل بطل دوري جميل", "O B-MISC I-MISC I-MISC", "O O B-MISC I-MISC"),
        ("نسخ القرآن الكريم في", "O B-MISC O O", "O B-MISC I-MISC O"),
        # a Quran contest is no named one; a programme is a common noun's phrase; no name after
        ("في مسابقة القرآن الكريم", "O O B-MISC O", "O O B-MISC I-MISC"),
        ("يحد من برنامج إيران النووي", "O O O B-LOC O", "O O O B-LOC O"),
        ("عقد مؤتمر صحفي", "O O O", "O O O"),
        ("في دوري جميل للموسم المقبل", "O O B-PERS O O", "O B-MISC I-MISC O O"),
    ],
)
def test_named_events(sentence: str, tags: str, expected: str) -> None:
    assert named_events(sentence.split(), tags.split()) == expected.split()


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("مدير عام مطار أبها فهد العدواني .", "O O O B-LOC O O O", "O O O B-LOC B-PERS I-PERS O"),
        ("أمين عام النادي علي الشايعي", "O O O O O", "O O O B-PERS I-PERS"),
        ("من جهته نفى فيصل العمراني ما أشيع", "O O O O O O O", "O O O B-PERS I-PERS O O"),
        # the preposition على, common nouns after a name-like word, a nationality, a place
        ("وقف على البئر", "O O O", "O O O"),
        ("الميل إلى حسن التآلف", "O O O O", "O O O O"),
        ("آمل التكرم بنشر", "O O O", "O O O"),
        ("من أكبر المصارف", "O O O", "O O O"),
        ("المدافع فهد السعودي", "O O O", "O O O"),
        ("سافر فهد الرياض", "O O O", "O O O"),
    ],
)
def test_given_and_family_names(sentence: str, tags: str, expected: str) -> None:
    assert given_and_family_names(sentence.split(), tags.split()) == expected.split()


def test_outlet_is_not_remembered() -> None:
    doc = Document(text='وقال مصدر لـ"الوطن" إن اللجنة باشرت أعمالها. وأكد أن حب الوطن واجب.')
    run(doc, Context(pub_date=date(2015, 7, 20)))
    assert [e.text for e in doc.entities if e.type == "ORGANIZATION"] == ["الوطن"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وحضر العزاء رئيس محكمة الاستئناف الشيخ علي بن شيبان العامري.", "محكمة الاستئناف"),
        ("ولم يؤكد المتحدث بوزارة الداخلية أي معلومات.", "وزارة الداخلية"),
        ("وقال المتحدث باسم وزارة الصحة المصرية حسام عبدالغفار إن الحادث وقع.",
         "وزارة الصحة المصرية"),
    ],
)
def test_organisation_inside_a_role_is_tagged(text: str, org: str) -> None:
    # the news gold annotates an entity inside a title in its own right
    assert ("ORGANIZATION", org) in entities_of(text)


def test_a_long_title_with_a_body_inside_still_speaks_as_its_person() -> None:
    from marsad.pipeline import analyze_text

    doc = analyze_text("وقال المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية والأوقاف "
                       "والدعوة والإرشاد الشيخ عبدالمجيد العُمري، إن المملكة أكدت موقفها.",
                       date(2015, 7, 26))
    assert [s.speaker for s in doc.statements] == ["عبدالمجيد العُمري"]


def test_a_word_that_is_never_an_entity_stays_so_behind_a_clitic() -> None:
    got = entities_of("وتفقد المساعد للشؤون التعليمية للبنين الأستاذ عباس بن صالح العنزي اللجان.")
    assert not {e for e in got if e[1].endswith("بنين")}


def test_a_host_acting_after_its_guests_brings_no_new_guest() -> None:
    from marsad.pipeline import analyze_text

    doc = analyze_text("استقبلت الإدارة العامة للتعليم بمنطقة الحدود الشمالية المعلمين الجدد "
                       "بالمنطقة في القاعة الكبرى بعرعر، وتفقد المساعد للشؤون التعليمية الأستاذ "
                       "عباس بن صالح العنزي عمل اللجان المكلفة.", date(2015, 7, 26))
    assert not any("عباس بن صالح العنزي" in m.participants for m in doc.meetings)
