"""The entities stage: recognition, spans without clitics, titles, canonical names, roles."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.document import Document
from marsad.entities import run
from marsad.entities.conll import bio_spans, normalise_tag, repair_bio, tag_tokens
from marsad.entities.lexicon import lexicon
from marsad.entities.memory import EntityMemory
from marsad.entities.resolve import contains, name_key, role_key
from marsad.pipeline import Context
from marsad.text import tokenize


def entities_of(text: str, pub: date | None = date(2025, 4, 18), corpus=None):
    doc = Document(text=text)
    run(doc, Context(pub_date=pub, corpus=corpus))
    return doc


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PERS", "I-PERS", "O", "B-LOC"], [("PERS", 0, 2), ("LOC", 3, 4)]),
        (["I-LOC", "I-LOC", "B-LOC"], [("LOC", 0, 2), ("LOC", 2, 3)]),
        (["B-ORG", "I-PERS"], [("ORG", 0, 1), ("PERS", 1, 2)]),
        (["O", "O"], []),
    ],
)
def test_bio_spans(tags: list[str], spans: list[tuple[str, int, int]]) -> None:
    assert bio_spans(tags) == spans


@pytest.mark.parametrize(
    ("raw", "tag"),
    [("B-PER", "B-PERS"), ("I-MIS", "I-MISC"), ("B-LOC", "B-LOC"), ("B-DATE", "O"), ("O", "O")],
)
def test_normalise_tag(raw: str, tag: str) -> None:
    assert normalise_tag(raw) == tag


def test_repair_bio() -> None:
    assert repair_bio(["O", "I-LOC", "I-PERS"]) == ["O", "B-LOC", "B-PERS"]


@pytest.mark.parametrize(
    "sentence",
    [
        "التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية الإيراني عباس عراقجي في موسكو .",
        "وقال لافروف ( 65 عاما ) إن « الحوار » مستمر ...",
        "",
    ],
)
def test_tag_tokens_one_tag_per_token(sentence: str) -> None:
    tokens = sentence.split()
    tags = tag_tokens(tokens, memory=False)
    assert len(tags) == len(tokens)
    assert all(t == "O" or t[2:] in {"PERS", "LOC", "ORG", "MISC"} for t in tags)


def test_tag_tokens_never_tags_a_title_as_person() -> None:
    tokens = "التقى الرئيس الروسي فلاديمير بوتين في موسكو".split()
    tags = tag_tokens(tokens, memory=False)
    assert tags[1] == "O" and tags[2] == "O"
    assert tags[3] == "B-PERS" and tags[4] == "I-PERS"
    assert tags[6] == "B-LOC"


def test_memory_tags_a_repeated_surname() -> None:
    mem = EntityMemory()
    mem.remember(["قال", "محمد", "بركات"], ["O", "B-PERS", "I-PERS"])
    assert mem.apply(["وعاد", "وبركات", "أمس"], ["O", "O", "O"]) == ["O", "B-PERS", "O"]
    assert mem.apply(["قال", "المدرب"], ["O", "O"]) == ["O", "O"]


@pytest.mark.parametrize(
    ("longer", "shorter", "expected"),
    [
        ("عباس عراقجي", "عراقجي", True),
        ("بشار الأسد", "أسد", True),
        ("محمد بن سلمان بن عبد العزيز", "محمد بن سلمان", True),
        ("سيرغي لافروف", "سيرغي لافروف", False),
        ("محمد بن سلمان", "بن", False),
    ],
)
def test_name_containment(longer: str, shorter: str, expected: bool) -> None:
    assert contains(name_key(longer), name_key(shorter)) is expected


@pytest.mark.parametrize(
    ("a", "b"),
    [("الرئيس الأميركي", "رئيس الأمريكي"), ("وزير الخارجية الإيراني", "وزير الخارجيه الايراني")],
)
def test_role_keys_fold_spellings(a: str, b: str) -> None:
    assert role_key(a) == role_key(b)


@pytest.mark.parametrize(
    ("text", "name", "kind", "canonical", "titles"),
    [
        ("استقبل الرئيس الروسي فلاديمير بوتين ضيفه في موسكو.", "فلاديمير بوتين", "PERSON",
         "فلاديمير بوتين", ["الرئيس الروسي"]),
        ("وصل وزير الخارجية الإيراني عباس عراقجي إلى موسكو. وقال لعراقجي مسؤول روسي إن الوقت حان.",
         "عراقجي", "PERSON", "عباس عراقجي", ["وزير الخارجية الإيراني"]),
        ("حضر اللقاء يوري أوشاكوف مستشار السياسة الخارجية في الرئاسة الروسية.", "يوري أوشاكوف",
         "PERSON", "يوري أوشاكوف", ["مستشار السياسة الخارجية في الرئاسة الروسية"]),
        ("وشارك السفير كاظم جلالي في الاجتماع.", "كاظم جلالي", "PERSON", "كاظم جلالي", ["السفير"]),
        ("اشترت روسيا أسلحة لاستخدامها في حربها بأوكرانيا.", "أوكرانيا", "LOCATION", "أوكرانيا",
         []),
        ("عقدت الجولة الأولى في سلطنة عمان مطلع الأسبوع.", "سلطنة عمان", "LOCATION", "سلطنة عمان",
         []),
        ("أقام الفريق معسكره في مدينة سالزبورغ النمساوية هذا الصيف.", "سالزبورغ", "LOCATION",
         "سالزبورغ", []),
    ],
)
def test_stage_entities(text: str, name: str, kind: str, canonical: str, titles: list[str]) -> None:
    doc = entities_of(text)
    hits = [e for e in doc.entities if e.text == name]
    assert hits, [(e.text, e.type) for e in doc.entities]
    e = hits[-1]
    assert (e.type, e.canonical, e.titles) == (kind, canonical, titles)
    assert doc.text[e.start:e.end] == e.text


def test_entities_sorted_and_spans_true() -> None:
    doc = entities_of("قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن لافروف سيزور بكين.")
    starts = [e.start for e in doc.entities]
    assert starts == sorted(starts)
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text


def test_short_name_completed_from_office_holders() -> None:
    doc = entities_of("وقال بوتين إن بلاده مستعدة للحوار.")
    putin = [e for e in doc.entities if e.text == "بوتين"]
    assert putin and putin[0].canonical == "فلاديمير بوتين"
    assert putin[0].evidence and putin[0].evidence.startswith("gazetteer")


def test_bare_role_resolves_within_article() -> None:
    text = ("التقى وزير الخارجية الإيراني عباس عراقجي نظيره الروسي. "
            "وأكد وزير الخارجية الإيراني أن المحادثات بناءة.")
    doc = entities_of(text)
    roles = [e for e in doc.entities if e.evidence and e.evidence.startswith("role:")]
    assert len(roles) == 1
    assert roles[0].type == "PERSON" and roles[0].canonical == "عباس عراقجي"
    assert roles[0].text == "وزير الخارجية الإيراني"
    # and it is not a name: tag-conll tags none of the role's tokens as PERS
    tokens = [t.text for t in tokenize(text)]
    tags = tag_tokens(tokens, memory=False)
    role_idx = [i for i, t in enumerate(tokens) if t in ("وزير", "الخارجية", "الإيراني")]
    assert all(tags[i] == "O" for i in role_idx)


class FakeCorpus:
    """The corpus view's two lookups the stage uses (see notes/store_api.md)."""

    def canonical_for(self, folded_name: str, type: str) -> str | None:
        return "فلاديمير فلاديميروفيتش بوتين" if folded_name == "فلاديمير بوتين" else None

    def role_holders(self, folded_title: str, around: date | None):
        if folded_title == role_key("وزير الخارجية السعودي"):
            return [("فيصل بن فرحان", "doc1", "2025-04-10")]
        return []


def test_corpus_alias_and_role_holders() -> None:
    doc = entities_of("التقى فلاديمير بوتين في موسكو. وقال وزير الخارجية السعودي إن الزيارة مهمة.",
                      corpus=FakeCorpus())
    putin = next(e for e in doc.entities if e.text == "فلاديمير بوتين")
    assert putin.canonical == "فلاديمير فلاديميروفيتش بوتين"
    role = [e for e in doc.entities if e.evidence and e.evidence.startswith("role:")]
    assert role and role[0].canonical == "فيصل بن فرحان" and "corpus" in role[0].evidence


def test_lexicon_tables_load() -> None:
    lx = lexicon()
    assert "موسكو" in lx.places and "بكين" in lx.places
    assert ("الشرق", "الاوسط") in lx.place_phrases
    assert "وزير" in lx.title_heads and "الشيخ" in lx.honorifics
    assert lx.is_nationality("الإيرانية") and lx.is_nationality("الروسي")


@pytest.mark.parametrize(
    ("word", "ngrams_expected"),
    [("موسكو", ["<م", "مو", "كو>", "<مو", "سكو>"]), ("اب", ["<ا", "اب", "ب>", "<اب>"])],
)
def test_char_ngrams(word: str, ngrams_expected: list[str]) -> None:
    from marsad.entities.charmodel import ngrams

    got = ngrams(word)
    assert all(g in got for g in ngrams_expected)


def test_char_model_learns_letter_shapes(tmp_path) -> None:
    from marsad.entities.charmodel import CLASSES, CharModel

    names = ["لافروف", "بيسكوف", "ميشوستين", "أوشاكوف", "سوبيانين", "غورباتشوف"]
    words = ["الكتاب", "المدرسة", "الحكومة", "الوزارة", "الجامعة", "المدينة"]
    model = CharModel.fit([(w, "PERS") for w in names] + [(w, "O") for w in words],
                          min_count=1)
    p = model.probs("كاسيانوف")
    assert CLASSES[max(range(len(CLASSES)), key=p.__getitem__)] == "PERS"
    model.save(tmp_path / "m.tsv")
    again = CharModel.load(tmp_path / "m.tsv")
    assert again.probs("كاسيانوف") == pytest.approx(p, abs=1e-2)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("على", False),  # the preposition folds into علي the name
        ("علي", False),
        ("دين", False),  # a common noun (الدين) once read as a name
        ("بوتين", True),
        ("عراقجي", True),
        ("بركات", True),
        ("في", False),
    ],
)
def test_memory_propagates_only_rare_or_name_like_lone_words(word: str, expected: bool) -> None:
    from marsad.entities.memory import propagatable

    assert propagatable(word, "PERS") is expected


def test_memory_does_not_spread_a_name_that_is_a_preposition() -> None:
    mem = EntityMemory()
    mem.remember(["قال", "علي"], ["O", "B-PERS"])
    assert mem.apply(["وحصل", "على", "الجائزة"], ["O", "O", "O"]) == ["O", "O", "O"]


@pytest.mark.parametrize(
    ("sentence", "marked"),
    [
        ("قدم برنامج « حبيب الملايين » الذي", {3: ["qB", "q"], 4: ["q"]}),
        ("عمل ' ' يونيفل ' ' في", {3: ["qB", "q"]}),
        ('قال " نحن هنا ونبقى طويلا جدا جدا جدا " ثم', {}),  # speech, not a name
    ],
)
def test_quote_marks(sentence: str, marked: dict[int, list[str]]) -> None:
    from marsad.entities.features import quote_marks

    assert quote_marks(sentence.split()) == marked


@pytest.mark.parametrize(
    ("sentence", "index", "mark"),
    [
        ("أعلن المجلس الاقتصادي والاجتماعي أن", 3, "aO2"),
        ("قال الرئيس الروسي فلاديمير بوتين إن", 4, "aT3"),
        ("حصل على جائزة نوبل للسلام", 3, "aE1"),
        ("فاز ليون الفرنسي على ضيفه", 1, "LN"),
        ("فاز هامبورغ الالماني على ضيفه", 1, "LN"),
    ],
)
def test_context_marks(sentence: str, index: int, mark: str) -> None:
    from marsad.entities.features import context_marks

    marks: dict[int, list[str]] = {}
    context_marks(sentence.split(), marks)
    assert mark in marks.get(index, [])


def test_context_marks_stop_at_punctuation() -> None:
    from marsad.entities.features import context_marks

    marks: dict[int, list[str]] = {}
    context_marks("قال الوزير ، محمد".split(), marks)
    assert 3 not in marks


@pytest.mark.parametrize(
    ("word", "flag"),
    [
        ("غلاسكو", "gG"),  # GeoNames city, not in CLDR
        ("والناقورة", "gGc"),
        ("رويترز", "gON"),
        ("لرويترز", "gONc"),
        ("وليون", "gOAc"),  # Lyon the club or the city: the weak flag
        ("بالدولار", "gMc"),
        ("وياسمين", "gPc"),  # a given name behind a clitic
    ],
)
def test_gazetteer_flags(word: str, flag: str) -> None:
    from marsad.entities.features import gazetteer_flags

    assert flag in gazetteer_flags(word, lexicon())


@pytest.mark.parametrize(("text", "word", "canonical"), [
    # a one-word family name with ال is also a word: completed only when the article points at
    # the holder (his country written, or a title on the mention)
    ("وأكد الأسد في خطاب أمس أن الجيش السوري صامد.", "الأسد", "بشار الأسد"),
    ("وقال الرئيس الأسد إن الحرب طويلة.", "الأسد", "بشار الأسد"),
    ("وبدأت أعمال ربط طرق الخدمة بحمراء الأسد في المدينة المنورة.", "الأسد", None),
    # (the list's "عبد الفتاح" comes out joined, as every canonical's عبد: one entity in the
    # store with "عبدالفتاح السيسي" written in another article)
    ("وأكد السيسي أن مصر ماضية في مشروعاتها.", "السيسي", "عبدالفتاح السيسي"),
    # a name that is nothing but a name resolves on its own
    ("وقال بوتين إن بلاده مستعدة للحوار.", "بوتين", "فلاديمير بوتين"),
])
def test_one_word_family_name_needs_the_holder_pointed_at(text: str, word: str,
                                                         canonical: str | None) -> None:
    doc = entities_of(text, date(2015, 7, 26))  # the office-holders list has الأسد for 2015
    hits = [e for e in doc.entities if e.text.endswith(word)]
    if canonical is None:
        assert all(e.canonical in (word, "") or e.type != "PERSON" for e in hits), hits
        assert not any((e.evidence or "").startswith("gazetteer") for e in hits)
    else:
        assert hits and hits[0].canonical == canonical, hits


@pytest.mark.parametrize(("text", "surface", "canonical"), [
    # ل + الأمم with the alef dropped: the canonical gets its ال back, once
    ("ووجه الشكر للأمم المتحدة على دعمها.", "للأمم المتحدة", "الأمم المتحدة"),
    ("وقال بلاتر إنه سيترك منصبه وفقا للفيفا.", "للفيفا", "الفيفا"),
    # ل + a name that itself starts with ل: nothing to restore
    ("وأعلن المبعوث الأممي إلى ليبيا أن الحل السياسي لليبيا قريب.", "ليبيا", "ليبيا"),
])
def test_lam_lam_prefix_restores_the_article_only_when_it_was_there(text: str, surface: str,
                                                                   canonical: str) -> None:
    doc = entities_of(text, date(2015, 7, 26))
    canon = [e.canonical for e in doc.entities if e.text.endswith(surface)]
    assert canon and all(c == canonical for c in canon), [(e.text, e.canonical)
                                                          for e in doc.entities]


@pytest.mark.parametrize(("tokens", "tags", "expected"), [
    # the CRF stopped one word short of a long Gulf name: the family name joins it
    ("اللواء سعيد بن حسين الغامدي وتبادلا".split(),
     ["O", "B-PERS", "I-PERS", "I-PERS", "O", "O"],
     ["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"]),
    # not after anything but a person, and not behind a conjunction (a second person)
    ("قبيلة الغامدي".split(), ["O", "O"], ["O", "O"]),
    ("أحمد والغامدي".split(), ["B-PERS", "O"], ["B-PERS", "O"]),
    ("جامعة جازان الغامدي".split(), ["B-ORG", "I-ORG", "O"], ["B-ORG", "I-ORG", "O"]),
])
def test_family_name_ends_a_person_name(tokens: list[str], tags: list[str],
                                        expected: list[str]) -> None:
    from marsad.entities.rules import family_name_ends

    assert family_name_ends(tokens, tags) == expected


def test_eid_greeting_is_no_name() -> None:
    """السعيد is a listed name word (نوري السعيد) but also 'happy' after العيد: Eid-season
    articles greeted 'the happy Eid' and got a person named السعيد."""
    doc = entities_of("شارك علي بن عبده الجبيلي رئيس المركز الأهالي فرحتهم بالعيد السعيد "
                      "واستقبل المهنئين.", date(2015, 7, 22))
    assert [e.canonical for e in doc.entities if e.type == "PERSON"] == ["علي بن عبده الجبيلي"]


@pytest.mark.parametrize(("word", "length"), [
    ("وبن", 1),  # وبن أفليك: the conjunction, then the name
    ("وعبد", 1),
    ("وأبو", 1),
    ("بن", 0),
    ("وليد", 0),  # a name of its own that starts with و
])
def test_clitic_before_a_name_opener(word: str, length: int) -> None:
    from marsad.entities import _clitic_length

    assert _clitic_length(word, frozenset()) == length
