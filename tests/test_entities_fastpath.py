"""The entities stage's fast paths must give exactly what the plain definitions give.

``KnownFeatures.items`` (what the CRF is fed) against ``sentence_features`` filtered to the
model's attributes, sparse phrase marks against the dense ones, and the indexed office-holder
completion against a scan of the whole list.
"""

from __future__ import annotations

import pytest

from marsad.entities.features import (
    KnownFeatures,
    phrase_marks,
    phrase_marks_at,
    sentence_features,
)
from marsad.entities.lexicon import lexicon
from marsad.entities.resolve import _resolve_by_gazetteer, contains, holders_for_year, name_key

SENTENCES = [
    "موسكو",
    "التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية الإيراني عباس عراقجي في موسكو .",
    "وصل ولي العهد إلى سلطنة عمان قادما من الشرق الأوسط ، وقال إن الزيارة مهمة",
    "آية الله علي خامنئي يستقبل وفدا من Reuters في طهران 2015",
    "« لافروف » : لا تعليق",
    "سلطنة عمان",
    "فاز ليون الفرنسي على هامبورغ في بطولة كأس العالم وقالت صحيفة \" الأهرام \" إن",
    "أعلن المجلس الاقتصادي والاجتماعي بالدولار عمل ' ' يونيفل ' ' في",
]
EXTRAS = [None, "memory"]


def _expected(tokens: list[str], extra: list[list[str]] | None, known: frozenset[str]
              ) -> list[list[bytes]]:
    return [[f.encode("utf-8") for f in item if f in known]
            for item in sentence_features(tokens, extra)]


def _extra_for(tokens: list[str]) -> list[list[str]]:
    return [["dm=PERS"] if i % 3 == 0 else (["dm=LOC"] if i % 3 == 1 else [])
            for i in range(len(tokens))]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("extra_kind", EXTRAS)
def test_known_features_match_filtered_sentence_features(sentence: str, extra_kind: str | None
                                                         ) -> None:
    from marsad.entities.model import MODEL_FILE, CrfRecognizer

    if not MODEL_FILE.exists():
        pytest.skip("no shipped NER model")
    tokens = sentence.split()
    extra = _extra_for(tokens) if extra_kind else None
    kf = CrfRecognizer()._features
    assert kf.items(tokens, extra) == _expected(tokens, extra, kf.known)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_known_features_with_a_partial_attribute_set(sentence: str) -> None:
    """Every other attribute known, the bias and edges included or not: the filter keeps order."""
    tokens = sentence.split()
    extra = _extra_for(tokens)
    every = sorted({f for item in sentence_features(tokens, extra) for f in item})
    for known in (frozenset(every[::2]), frozenset(every[1::2]), frozenset(every)):
        kf = KnownFeatures(known)
        assert kf.items(tokens, extra) == _expected(tokens, extra, known)
        assert kf.items(tokens) == _expected(tokens, None, known)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sparse_phrase_marks_match_dense(sentence: str) -> None:
    tokens = sentence.split()
    dense = phrase_marks(tokens)
    sparse = phrase_marks_at(tokens)
    assert [sparse.get(i, []) for i in range(len(tokens))] == dense


def _scan(key: tuple[str, ...], year: int | None) -> set[str]:
    return {h.name for h in holders_for_year(year) if contains(name_key(h.name), key)}


def test_indexed_holder_completion_matches_a_full_scan() -> None:
    keys: set[tuple[str, ...]] = set()
    for h in lexicon().holders:
        words = name_key(h.name)
        for a in range(len(words)):
            for b in range(a + 1, len(words) + 1):
                keys.add(words[a:b])
                if not words[a].startswith("ال"):
                    keys.add(("ال" + words[a], *words[a + 1:b]))
    assert len(keys) > 100
    for key in sorted(keys):
        for year in (None, 2015, 2025):
            found = _scan(key, year)
            want = (found.pop(), "gazetteer: office holders list") if len(found) == 1 else None
            assert _resolve_by_gazetteer(key, year) == want, key
