"""Role phrases with ordinary nouns, abbreviations, ranks and occupations (marsad.entities.titles).

The phrase readers are tested on tokens with the person's name (and any other person or place)
marked by hand, so that what is checked is the title grammar, not the recogniser; a few cases
run the whole entities stage. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

import marsad.entities as ents
from marsad.document import Document
from marsad.entities.lexicon import lexicon
from marsad.entities.titles import inner_words, is_head, titles_after, titles_before
from marsad.pipeline import Context
from marsad.text import Token, tokenize


def _find(tokens: list[Token], phrase: str) -> tuple[int, int]:
    words = [t.text for t in tokenize(phrase)]
    for i in range(len(tokens) - len(words) + 1):
        if [t.text for t in tokens[i:i + len(words)]] == words:
            return i, i + len(words)
    raise AssertionError(f"{phrase!r} not in the sentence")


def _titles(text: str, name: str, others: tuple[str, ...] = (),
            names: tuple[str, ...] = ()) -> list[str]:
    """Titles before and after ``name``; ``others``: other people (never part of a title),
    ``names``: places and organisations (may sit inside one)."""
    tokens = tokenize(text)
    a, b = _find(tokens, name)
    blocked = {i for o in others for i in range(*_find(tokens, o))}
    inside = {i for n in names for i in range(*_find(tokens, n))}
    spans = titles_before(tokens, a, frozenset(inside), frozenset(blocked))
    spans += titles_after(tokens, b, frozenset(inside), frozenset(blocked))
    return [text[s.start:s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an abbreviated honorific after the role phrase
        ("قال وزير الصحة والسكان د. خالد الحربي إن المستشفيات جاهزة", "خالد الحربي",
         ["وزير الصحة والسكان", "د."]),
        ("وافتتح المعرض م. فهد السبيعي صباح أمس", "فهد السبيعي", ["م."]),
        ("وألقت أ.د. سعاد المانع كلمة الافتتاح", "سعاد المانع", ["أ.د."]),
        ("وحضر الحفل وأ.د. ناصر الفالح", "ناصر الفالح", ["أ.د."]),
        # باسم + noun, a nisba adjective
        ("وأوضح المتحدث الرسمي باسم الهيئة سامي الغامدي أن العمل مستمر", "سامي الغامدي",
         ["المتحدث الرسمي باسم الهيئة"]),
        # ل + indefinite noun opening a genitive, then the honorific
        ("وقال الرئيس التنفيذي لشركة الأسمنت الوطنية الدكتور ماجد العنزي إن الأرباح زادت",
         "ماجد العنزي", ["الرئيس التنفيذي لشركة الأسمنت الوطنية", "الدكتور"]),
        # ب + noun, المشرف العام على …, and a form of address before it all
        ("وأكد معالي المستشار بالديوان الملكي المشرف العام على البرنامج الدكتور سعد الدوسري",
         "سعد الدوسري",
         ["معالي المستشار بالديوان الملكي", "المشرف العام على البرنامج", "الدكتور"]),
        ("وقال المشرف العام على الحملة الدكتور نايف الشمري إن", "نايف الشمري",
         ["المشرف العام على الحملة", "الدكتور"]),
        # a chain of indefinite nouns (مدير عام …، مجلس إدارة …)
        ("وصرح مدير عام الشؤون الصحية بمنطقة تبوك الدكتور حمد العطوي", "حمد العطوي",
         ["مدير عام الشؤون الصحية بمنطقة تبوك", "الدكتور"]),
        ("حضر رئيس مجلس إدارة النادي الأستاذ طلال القرشي", "طلال القرشي",
         ["رئيس مجلس إدارة النادي", "الأستاذ"]),
        # occupations right before the name
        ("وقال الخطاط فؤاد يونس إن الحرف العربي جميل", "فؤاد يونس", ["الخطاط"]),
        ("وأضاف البائع حسن مراد أن الأسعار ارتفعت", "حسن مراد", ["البائع"]),
        ("وأبدع المطرب الشاب رامي العلي في الحفل", "رامي العلي", ["المطرب الشاب"]),
        ("ووقع النادي مع المهاجم البرازيلي كارلوس سيلفا", "كارلوس سيلفا",
         ["المهاجم البرازيلي"]),
        ("وتحدث رجل الأعمال صالح الراجح عن السوق", "صالح الراجح", ["رجل الأعمال"]),
        # a rank is an honorific: its own title, the role phrase before it another
        ("استقبل رئيس الجمهورية اللبنانية العماد ميشال سليمان الوفد", "ميشال سليمان",
         ["رئيس الجمهورية اللبنانية", "العماد"]),
        ("وأكد قائد القوات البرية اللواء الركن فهد المطيري", "فهد المطيري",
         ["قائد القوات البرية", "اللواء الركن"]),
        # … but a rank that is also a noun, after a word awaiting its genitive, is that genitive
        ("وحضر مدير الفريق ماجد الزهراني التدريب", "ماجد الزهراني", ["مدير الفريق"]),
        ("وقال مدرب الفريق الأول سامي الجابر", "سامي الجابر", ["مدرب الفريق الأول"]),
        # a listed adjective after a definite head
        ("وقاتلت القوات الموالية للرئيس المخلوع علي عبدالله صالح", "علي عبدالله صالح",
         ["رئيس المخلوع"]),
        # a bracketed short name inside the phrase
        ("وقال رئيس مجلس إدارة (سابك) المهندس يوسف البنيان", "يوسف البنيان",
         ["رئيس مجلس إدارة (سابك)", "المهندس"]),
        # a head that is the genitive of an ordinary noun names the person after it: the words
        # before it are someone else's
        ("ونقل عضو في حزب الرئيس اليمني السابق علي صالح أن", "علي صالح",
         ["الرئيس اليمني السابق"]),
        ("وحضر مدير أعمال الفنان صابر الرباعي الحفل", "صابر الرباعي", ["الفنان"]),
        # … but a head after another head makes one title with it
        ("وقال مستشار خادم الحرمين الشريفين الأمير خالد الفيصل", "خالد الفيصل",
         ["مستشار خادم الحرمين الشريفين", "الأمير"]),
        # a head phrase is one head: the title after it is its genitive
        ("وحضرت القائمة بأعمال مساعد وزير الدفاع ليزا براون", "ليزا براون",
         ["القائمة بأعمال مساعد وزير الدفاع"]),
        # a coordinated counterpart is a new person
        ("والتقى حيدر العبادي رئيس الوزراء ونظيره خالد العبيدي", "خالد العبيدي",
         ["نظيره"]),
        # a pronoun ends the head: نائبه is complete, the honorific after it a new title
        ("ويرافقه نائبه الأستاذ خالد الدوسري", "خالد الدوسري", ["نائبه", "الأستاذ"]),
        # apposition after the name
        ("وأوضحت نورة الشهري مسؤولة الأنشطة الطلابية بالجامعة أن", "نورة الشهري",
         ["مسؤولة الأنشطة الطلابية بالجامعة"]),
        ("وقال أحمد الزهراني، كاتب الدولة لدى وزير الداخلية المكلف بالشؤون الأمنية، إن",
         "أحمد الزهراني", ["كاتب الدولة لدى وزير الداخلية المكلف بالشؤون الأمنية"]),
    ],
)
def test_role_phrases(text: str, name: str, expected: list[str]) -> None:
    assert _titles(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "others", "expected"),
    [
        # never a verb or a time word: the title starts at its own head
        ("التقى اليوم وزير الخارجية السعودي سعود الفيصل نظيره", "سعود الفيصل", (),
         ["وزير الخارجية السعودي"]),
        ("وقال المتحدث باسم الوزارة يوم الأحد إن السفير خالد العتيبي وصل", "خالد العتيبي",
         (), ["السفير"]),
        ("أكد وزير التعليم أمس الدكتور أحمد العيسى أن", "أحمد العيسى", (), ["الدكتور"]),
        # the object of a verb is no genitive of its subject
        ("كرم الأمير المتفوقين في الحفل الدكتور سعد المطيري", "سعد المطيري", (),
         ["الدكتور"]),
        ("استقبل المدير العام الوفد الزائر برئاسة السفير مازن الكبير", "مازن الكبير", (),
         ["السفير"]),
        # a clause word ends it
        ("وأوضح مدير الإدارة الذي يرأس اللجنة المهندس سالم القحطاني", "سالم القحطاني", (),
         ["المهندس"]),
        ("وقال رئيس النادي وهو يحيي الجماهير اللاعب فهد المولد", "فهد المولد", (),
         ["اللاعب"]),
        # a preposition not governed by the word before it ends it
        ("وشارك رئيس الهيئة في تصريحات صحفية المهندس علي الغامدي", "علي الغامدي", (),
         ["المهندس"]),
        # an honorific that is the genitive of a noun: the phrase is not this person's
        ("وقال مدير مكتب الأمير خالد الفيصل إن", "خالد الفيصل", (), ["الأمير"]),
        ("وصل وفد مركز الملك سلمان للإغاثة", "سلمان", (), ["الملك"]),
        # a name joined by و to the one before: the phrase before is the first one's
        ("وحضر فهد الغامدي مساعد أمين عام الجامعة وسالم القرني", "وسالم القرني",
         ("فهد الغامدي",), []),
        # a rank that is also a noun after a preposition is its genitive
        ("ويرأس البعثة المشرف العام على الفريق الكابتن عواد العنزي", "عواد العنزي", (),
         ["المشرف العام على الفريق", "الكابتن"]),
        # an honorific joined by و or ل: the phrase before it is someone else's
        ("وصل وزير الداخلية الكويتي للأمير محمد بن نايف برقية", "محمد بن نايف", (),
         ["أمير"]),
        ("حضر ولي العهد وزير الداخلية ولصاحب السمو الملكي الأمير محمد بن سلمان",
         "محمد بن سلمان", (), ["صاحب السمو الملكي", "الأمير"]),
        # an apposition that ends in an honorific before another name keeps what comes before
        ("وقال يوسف الظاهري مدير عام مطار الملك فهد الدولي إن", "يوسف الظاهري", ("فهد",),
         ["مدير"]),
        # … but one that ends without an honorific stays the first name's, as it always was
        ("وقالت سوزان رايس، مستشارة أوباما للأمن الوطني، إن", "سوزان رايس", ("أوباما",),
         ["مستشارة"]),
        # an address joined by و inside a phrase opens the next person's titles
        ("حضر أمير المنطقة رئيس مجلس التنمية وسمو رئيس هيئة السياحة الأمير سلطان بن سلمان",
         "سلطان بن سلمان", (), ["سمو رئيس هيئة السياحة", "الأمير"]),
        # a name governed by a preposition has no title before it
        ("وقال الناطق باسم القوات الموالية لهادي إن", "لهادي", (), []),
        # … but a noun after it is its genitive
        ("وصل رمضان قاديروف رئيس جمهورية الشيشان إلى جدة", "رمضان قاديروف", (),
         ["رئيس جمهورية الشيشان"]),
        # an indefinite adjective after a head is a predicate, not an apposition
        ("ويبقى أوباما رئيس استثنائي في نظرهم", "أوباما", (), []),
        # a head with ل after ordinary words is a genitive: the name is that head's
        ("وقال المتحدث باسم المكتب الإعلامي لرئيس الوزراء حيدر العبادي إن", "حيدر العبادي",
         (), ["رئيس الوزراء"]),
        # … but not after a role noun: the secretary is the person named
        ("وحضر مساعد السكرتير الخاص لخادم الحرمين الشريفين تميم السالم", "تميم السالم", (),
         ["مساعد السكرتير الخاص لخادم الحرمين الشريفين"]),
        # an adjective after غير is no head
        ("ورفض التصريحات غير المسؤولة لنائب الرئيس العراقي نوري المالكي", "نوري المالكي",
         (), ["نائب الرئيس العراقي"]),
        # a rank that is also a noun, with ب, is that noun
        ("ووقع النادي للاعب الخبرة بالفريق الكروي الأول ماجد الهزاني", "ماجد الهزاني", (),
         []),
        # a counterpart right before another name is that name's
        ("واتهم سالفا كير نائبه السابق رياك مشار بالتخطيط لانقلاب", "سالفا كير",
         ("رياك مشار",), []),
        # a coordinated ال-word with its adjective goes on
        ("وأوضح محمد فقيه مدير عام السلامة والخدمات الاجتماعية أنه", "محمد فقيه", (),
         ["مدير عام السلامة والخدمات الاجتماعية"]),
        # a coordinated role after the name is the same person's
        ("وقال عصام السعيد وزير الدولة وعضو مجلس الوزراء إن", "عصام السعيد", (),
         ["وزير الدولة", "عضو مجلس الوزراء"]),
        # a rank that is also a noun with ل is that noun ("for the team")
        ("وقسم المدير الفني للفريق السيد ناصيف البياوي اللاعبين", "ناصيف البياوي", (),
         ["المدير الفني للفريق", "السيد"]),
        # a complete title right before another name is that name's (subject, object)
        ("أبلغ الوزير وليد المعلم المبعوث الأممي ستيفان دي ميستورا تمسكه بالمبادرة",
         "وليد المعلم", ("ستيفان دي ميستورا",), ["الوزير"]),
        # … but one governed by a preposition is the genitive of the title
        ("وقال ماتياس مورلا المستشار القانوني لمارادونا إن", "ماتياس مورلا", ("لمارادونا",),
         ["المستشار القانوني"]),
        # an honorific alone after a name is a family name
        ("وشكر عضوا الإدارة يوسف السيد وعدنان المعيبد", "يوسف", ("وعدنان المعيبد",), []),
        # … and a coordinated rank after an apposition starts the second person's titles
        ("وحضر اللواء سعد الحربي مدير الشرطة السابق والعقيد ناصر العمري", "ناصر العمري",
         ("سعد الحربي",), ["العقيد"]),
        ("وحضر اللواء سعد الحربي مدير الشرطة السابق والعقيد ناصر العمري", "سعد الحربي",
         ("ناصر العمري",), ["اللواء", "مدير الشرطة السابق"]),
        # an apposition that runs into another name is that name's title
        ("واستقبله المحافظ سامي الأحمد الأستاذ يوسف البقمي", "سامي الأحمد", ("يوسف البقمي",),
         ["المحافظ"]),
        # an indefinite occupation with an adjective only is no apposition
        ("وقال لعراقجي مسؤول روسي إن الوقت حان", "لعراقجي", (), []),
        # an occupation after the name is as often the family name: not a title
        ("وقال عدنان الخطاط إن المعرض ناجح", "عدنان", (), []),
        # an adjectival occupation inside a phrase is an adjective
        ("وقال خالد العمر مسؤول المركز الإعلامي للنادي إن", "خالد العمر", (),
         ["مسؤول المركز الإعلامي للنادي"]),
        # the second title across a comma reads title words only, and never one that
        # follows another person's name
        ("وحضر محمد الراشد رئيس النادي الأدبي السابق، اللواء أحمد الراشد", "أحمد الراشد",
         ("محمد الراشد",), ["اللواء"]),
    ],
)
def test_role_phrase_limits(text: str, name: str, others: tuple[str, ...],
                            expected: list[str]) -> None:
    assert _titles(text, name, others) == expected


def test_names_may_sit_inside_a_role_phrase() -> None:
    text = "وقال مدير شرطة منطقة الرياض اللواء فهد الشهري"
    assert _titles(text, "فهد الشهري", names=("الرياض",)) == [
        "مدير شرطة منطقة الرياض", "اللواء"]


@pytest.mark.parametrize("word", ["العماد", "المقدم", "الملازم", "الرقيب"])
def test_ranks_are_heads(word: str) -> None:
    assert is_head(word, lexicon())


@pytest.mark.parametrize("word", ["الخطاط", "البائع", "الصباغ", "المخرج"])
def test_occupations_are_not_heads_everywhere(word: str) -> None:
    # family names as often as occupations: a title only where a name follows (titles.py)
    assert not is_head(word, lexicon())


def test_data_lists_are_folded_and_filled() -> None:
    iw = inner_words()
    assert "العماد" in iw.ranks and "الخطاط" in iw.occupations
    assert ("د",) in iw.abbreviations and ("ا", "د") in iw.abbreviations
    assert "التقي" in iw.stops and "شركه" in iw.nouns
    assert ("المشرف", "العام", "علي") in iw.governed
    assert "السابقه" in iw.adjectives  # feminine forms are added


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("استقبل رئيس الجمهورية اللبنانية العماد جوزاف عون في قصر بعبدا رئيس الحكومة.",
         "جوزاف عون", ["رئيس الجمهورية اللبنانية", "العماد"]),
        ("وقال وزير الثقافة والإعلام د. عادل الطريفي إن الوزارة تدعم الكتاب.",
         "عادل الطريفي", ["وزير الثقافة والإعلام", "د."]),
    ],
)
def test_stage_keeps_the_role_phrase(text: str, name: str, titles: list[str]) -> None:
    doc = Document(text=text)
    ents.run(doc, Context())
    people = [e for e in doc.entities if e.type == "PERSON"]
    hits = [e for e in people if e.canonical == name]
    assert hits, [(e.text, e.titles) for e in people]
    assert hits[0].titles == titles
    # the rank is never a person of its own
    assert not any(e.text in ("العماد", "د") for e in people)
