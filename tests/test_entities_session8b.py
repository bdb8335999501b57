"""Entities, session 8 (helper): organisations whose names the CRF cut short, and a person's
name that swallowed the plural noun after it (document mode)."""

import pytest

from marsad.document import Document
from marsad.entities import run
from marsad.pipeline import Context


def _entities(text: str) -> list[tuple[str, str]]:
    doc = Document(text=text)
    run(doc, Context())
    return [(e.type, e.text) for e in doc.entities]


def _of(text: str, kind: str) -> list[str]:
    return [t for k, t in _entities(text) if k == kind]


@pytest.mark.parametrize(("text", "expected"), [
    # a construct plural after a full name is the name's object, not its last word
    ("والتقى الأمير محمد بن سلمان طياري التحالف في القاعدة.", ["محمد بن سلمان"]),
    ("واستقبل الأمير فيصل بن سلمان منسوبي الإمارة أمس.", ["فيصل بن سلمان"]),
    # ... but a name word ending in ي stays (a given name, a father's name after بن)
    ("وقال علي أكبر صالحي الأسبوع الماضي إن الاتفاق جيد.", ["علي أكبر صالحي"]),
    ("والتقى الأمير فهد بن سلمان راضي الموظفين.", ["فهد بن سلمان راضي"]),
])
def test_people(text: str, expected: list[str]) -> None:
    assert _of(text, "PERSON") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the model's place on an institution head is that body, with its ل-complement
    ("وقال مدير عام الهيئة السعودية للمدن الصناعية المهندس صالح الرشيد إن المدن جاهزة.",
     ["الهيئة السعودية للمدن الصناعية"]),
    ("أكد رئيس مجلس إدارة الهيئة السعودية للمهندسين الدكتور جميل البقعاوي أن القطاع ينمو.",
     ["الهيئة السعودية للمهندسين"]),
    ("أعلنت المنظمة الدولية للهجرة اليوم أن عدد النازحين ارتفع.", ["المنظمة الدولية للهجرة"]),
    ("وقال رئيس مجلس إدارة هيئة الإمارات للمواصفات والمقاييس إن المؤتمر ناجح.",
     ["هيئة الإمارات للمواصفات والمقاييس"]),
    ("وحذرت منظمة الأمم المتحدة للأغذية والزراعة من عودة الجراد.",
     ["منظمة الأمم المتحدة للأغذية والزراعة"]),
    # ... not a purpose, a beneficiary, a time, nor a second body coordinated after it
    ("وحرصاً من الهيئة السعودية للمهندسين للمساهمة بمعالجة المشاكل.",
     ["الهيئة السعودية للمهندسين"]),
    ("وتعمل الهيئة العامة للطيران المدني للقيام بزيارات ميدانية.",
     ["الهيئة العامة للطيران المدني"]),
    ("وأعلنت جامعة حائل للعام الجامعي المقبل قبول الطلاب.", ["جامعة حائل"]),
    ("ويقام البرنامج في جامعة الملك سعود للطلاب.", ["جامعة الملك سعود"]),
])
def test_organisations(text: str, expected: list[str]) -> None:
    assert _of(text, "ORGANIZATION") == expected


def test_body_is_not_a_place() -> None:
    places = _of("وقال مدير عام الهيئة السعودية للمدن الصناعية المهندس صالح الرشيد إن المدن جاهزة.",
                 "LOCATION")
    assert places == []


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # the model's person run on over a facility's closing adjective: the adjective closes the
    # facility, and what the model tagged after it is a person only if a name opens it
    ("توجه ولي ولي العهد إلى قاعدة الملك خالد الجوية بخميس مشيط ، لزيارة السرب.", "LOCATION",
     ["قاعدة الملك خالد الجوية", "خميس مشيط"]),
    ("توجه ولي ولي العهد إلى قاعدة الملك خالد الجوية بخميس مشيط ، لزيارة السرب.", "PERSON",
     []),
    ("وأوضح مدير عام جمرك مطار الملك عبدالعزيز الدولي محمد العقيل أنه تم الاشتباه.", "PERSON",
     ["محمد العقيل"]),
    ("ومدير مطار الملك عبدالعزيز الدولي عبدالحميد أبا العري ومدير شرطة محافظة جدة.", "LOCATION",
     ["مطار الملك عبدالعزيز الدولي"]),
])
def test_facility_adjectives(text: str, kind: str, expected: list[str]) -> None:
    assert _of(text, kind) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # local branches: a chamber of commerce, a labour office, a ministry's branch
    ("ونظمت غرفة الرس ملتقى للمستثمرين.", ["غرفة الرس"]),
    ("وأعلنت غرفة الرياض عن دورة.", ["غرفة الرياض"]),
    ("وأوضح مدير مكتب العمل بمحافظة الرس أن الحملة مستمرة.", ["مكتب العمل"]),
    ("وأعلن فرع وزارة الشؤون الاجتماعية بجازان عن برنامج جديد.",
     ["فرع وزارة الشؤون الاجتماعية"]),
    ("وأقام فرع الهيئة السعودية للمهندسين بمحافظة الأحساء حفلا.",
     ["فرع الهيئة السعودية للمهندسين"]),
    # ... not a generic head's name, a branch "for" a body, nor a room
    ("إلى ذلك أثار صعود فرع تنظيم داعش في أفغانستان انقساما.", ["داعش"]),
    ("كما أوصت الدراسة بفتح فرع لجامعة الباحة في المدينة.", ["جامعة الباحة"]),
    ("شقة مكونة من غرفة نوم واحدة.", []),
])
def test_branches(text: str, expected: list[str]) -> None:
    assert _of(text, "ORGANIZATION") == expected


def test_branch_place_is_apart() -> None:
    assert _of("وأوضح مدير مكتب العمل بمحافظة الرس أن الحملة مستمرة.", "LOCATION") == ["الرس"]


@pytest.mark.parametrize(("text", "expected"), [
    # a name that ends on the father's name after بن goes on over a family name the model missed
    ("وقال السفير أحمد بن عبدالعزيز قطان إن المملكة سددت حصتها.", ["أحمد بن عبدالعزيز قطان"]),
    ("وأوضح المتحدث الرسمي لإمارة منطقة جازان علي بن موسى زعلة أن الأمير قدم العزاء.",
     ["علي بن موسى زعلة"]),
    # ... not over a dual in construct nor a number
    ("تسلم الرئيس المصري والأمير محمد بن سلمان هديتي الحفل.", ["محمد بن سلمان"]),
])
def test_fathers_names(text: str, expected: list[str]) -> None:
    assert [p for p in _of(text, "PERSON") if p.startswith(expected[0].split()[0])] == expected


def _titles(text: str, name: str) -> list[str]:
    doc = Document(text=text)
    run(doc, Context())
    return next(e.titles for e in doc.entities if e.type == "PERSON" and e.text == name)


@pytest.mark.parametrize(("text", "name", "expected"), [
    # two roles in a row after an honorific and a verb without object are one person's
    ("وأوضح معالي سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية مندوب المملكة الدائم لدى "
     "جامعة الدول العربية السفير أحمد بن عبدالعزيز قطان أن المبلغ يمثل مساهمة المملكة.",
     "أحمد بن عبدالعزيز قطان",
     ["معالي", "سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية",
      "مندوب المملكة الدائم لدى جامعة الدول العربية"]),
    # ... but after استقبل the first role is the subject's, who receives the named person
    ("واستقبل سمو أمير منطقة عسير مدير عام مطار أبها فهد العدواني أمس.", "فهد العدواني",
     ["مدير عام مطار أبها"]),
])
def test_titles_in_a_row(text: str, name: str, expected: list[str]) -> None:
    assert _titles(text, name) == expected
