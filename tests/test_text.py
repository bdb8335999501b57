from __future__ import annotations

import pytest

from marsad.text import clauses, clitic_variants, fold, sentences, strip_clitics, tokenize


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("أحمد", "احمد"),
        ("إيران", "ايران"),
        ("مُحَمَّد", "محمد"),
        ("وزارة", "وزاره"),
        ("مستشفى", "مستشفي"),
        ("١٥/٤/٢٠٢٥", "15/4/2025"),
        ("مـــصر", "مصر"),
    ],
)
def test_fold_equates_spelling_variants(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("والمفاوضات", "مفاوضات"),
        ("بالرياض", "رياض"),
        ("للرئيس", "رئيس"),
        ("وزارة", "وزاره"),  # و is part of the word
        ("وزير", "وزير"),
        ("كتابهما", "كتاب"),  # ك is part of the word, هما is a pronoun
        ("ولبنان", "لبنان"),
        ("لعراقجي", "عراقجي"),
        ("عراقجي", "عراقجي"),  # a final ي is not stripped
        ("كما", "كما"),  # a function word is never split
        ("بلادهم", "بلاد"),
    ],
)
def test_strip_clitics(word: str, stem: str) -> None:
    assert strip_clitics(word) == fold(stem)


def test_clitic_variants_offer_the_bare_name() -> None:
    assert "عراقجي" in clitic_variants("لعراقجي")
    assert "الرياض" in clitic_variants("وبالرياض")


def test_tokenize_keeps_offsets() -> None:
    text = "قال عراقجي: «نعم»، في 2025."
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text
    assert [t.text for t in tokenize(text)][:3] == ["قال", "عراقجي", ":"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("التقى الوزير السفير. ثم غادر.", ["التقى الوزير السفير.", "ثم غادر."]),
        ("هل حضر؟ نعم حضر!", ["هل حضر؟", "نعم حضر!"]),
        ("بلغ النمو 3.5 في المئة. وارتفع.", ["بلغ النمو 3.5 في المئة.", "وارتفع."]),
        ('قال: "لن نتراجع. أبداً" ثم غادر.', ['قال: "لن نتراجع. أبداً" ثم غادر.']),
        ("قال: «هذا حق. وسنطالب به» أمس.", ["قال: «هذا حق. وسنطالب به» أمس."]),
        ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
        ("أولاً؛ ثانياً", ["أولاً؛", "ثانياً"]),
        (
            "قال د. حمدان العمري إن الأمر انتهى. وغادر.",
            ["قال د. حمدان العمري إن الأمر انتهى.", "وغادر."],
        ),
        ("صرح م. صالح أمس.", ["صرح م. صالح أمس."]),
        ("«قال. هذا»\nسطر", ["«قال. هذا»", "سطر"]),
        ("انتهى...", ["انتهى..."]),
        ("", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentences(text)] == expected


def test_clauses_split_on_arabic_comma() -> None:
    text = "التقى بوتين، أمس، عراقجي"
    assert [text[a:b] for a, b in clauses(text, 0, len(text))] == ["التقى بوتين", "أمس", "عراقجي"]


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير: «لن نتراجع»، وأضاف (في 2025/4/15) أن ...!؟",
        "سعر البرميل 3.5$ و50% من الإنتاج #عاجل @واس 🇸🇦 ❤️ ﷺ",
        "Hello, world — it's 10:30 a.m.",
        "",
    ],
)
def test_tokenize_matches_camel_tools(text: str) -> None:
    from camel_tools.tokenizers.word import simple_word_tokenize

    assert [t.text for t in tokenize(text)] == simple_word_tokenize(text)
