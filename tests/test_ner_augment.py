"""Mention-replacement augmentation of the NER training data (scripts/train_ner.py --augment)."""

from __future__ import annotations

import importlib.util
import random
from functools import lru_cache
from types import ModuleType

import pytest

from marsad.entities.conll import bio_spans
from tests.conftest import ROOT


@lru_cache(maxsize=1)
def train_ner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


POOL = {"PERS": [("عباس", "عراقجي")], "LOC": [("طهران",)], "ORG": [("الكرملين",)]}
KNOWN = frozenset({"موسكو", "بوتين", "روسيا"})


def valid_bio(tags: list[str]) -> bool:
    """Every I- continues a chunk of its own type."""
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            return False
        prev = t
    return True


@pytest.mark.parametrize(("tokens", "tags", "want_tokens", "want_tags"), [
    # one word → two, and a second mention of another type
    ("زار بوتين موسكو", "O B-PERS B-LOC",
     "زار عباس عراقجي طهران", "O B-PERS I-PERS B-LOC"),
    # two words → one
    ("قال فلاديمير بوتين .", "O B-PERS I-PERS O", "قال عباس عراقجي .", "O B-PERS I-PERS O"),
    ("قال الكرملين اليوم", "O B-ORG O", "قال الكرملين اليوم", "O B-ORG O"),
    ("في مجلس الأمن الدولي أمس", "O B-ORG I-ORG I-ORG O", "في الكرملين أمس", "O B-ORG O"),
    # the proclitic stays on the new first word; ل + ال contracts
    ("وصل لموسكو", "O B-LOC", "وصل لطهران", "O B-LOC"),
    ("وروسيا وبوتين", "B-LOC B-PERS", "وطهران وعباس عراقجي", "B-LOC B-PERS I-PERS"),
    ("قال للأمم المتحدة", "O B-ORG I-ORG", "قال للكرملين", "O B-ORG"),
    ("والأمم المتحدة", "B-ORG I-ORG", "والكرملين", "B-ORG"),
    # a name that merely starts like a clitic keeps no clitic
    ("في لبنان", "O B-LOC", "في طهران", "O B-LOC"),
    # a type without a pool keeps its mention
    ("كأس العالم في روسيا", "B-MISC I-MISC O B-LOC", "كأس العالم في طهران",
     "B-MISC I-MISC O B-LOC"),
    # adjacent mentions of one type stay two mentions
    ("روسيا موسكو", "B-LOC B-LOC", "طهران طهران", "B-LOC B-LOC"),
    # a chunk opened by I- (conlleval reads it as a mention) comes out as B-
    ("في موسكو", "O I-LOC", "في طهران", "O B-LOC"),
    ("لا أحد هنا", "O O O", "لا أحد هنا", "O O O"),
])
def test_replace_mentions(tokens: str, tags: str, want_tokens: str, want_tags: str) -> None:
    got_tokens, got_tags = train_ner().replace_mentions(
        tokens.split(), tags.split(), POOL, random.Random(0), 1.0, KNOWN)
    assert (got_tokens, got_tags) == (want_tokens.split(), want_tags.split())
    assert len(got_tokens) == len(got_tags)
    assert valid_bio(got_tags)


def test_replace_mentions_p_zero_keeps_the_sentence() -> None:
    tokens, tags = "زار فلاديمير بوتين موسكو".split(), "O B-PERS I-PERS B-LOC".split()
    assert train_ner().replace_mentions(tokens, tags, POOL, random.Random(0), 0.0,
                                        KNOWN) == (tokens, tags)


@pytest.mark.parametrize(("word", "clitic", "name"), [
    ("للأمم", "ل", "الأمم"),
    ("وللأمم", "ول", "الأمم"),
    ("والكرملين", "و", "الكرملين"),
    ("بالرياض", "ب", "الرياض"),
    ("لموسكو", "ل", "موسكو"),
    ("وبموسكو", "وب", "موسكو"),
    ("لبنان", "", "لبنان"),
    ("فرانكفورت", "", "فرانكفورت"),
    ("بوتين", "", "بوتين"),
    ("الكرملين", "", "الكرملين"),
])
def test_split_and_join_proclitic(word: str, clitic: str, name: str) -> None:
    mod = train_ner()
    assert mod.split_proclitic(word, KNOWN) == (clitic, name)
    assert mod.join_proclitic(clitic, name) == word


CORPUS = [
    ("زار بوتين موسكو".split(), "O B-PERS B-LOC".split()),
    ("قال سيرغي لافروف في روما".split(), "O B-PERS I-PERS O B-LOC".split()),
    ("لا أحد هنا".split(), "O O O".split()),
    ("أعلن الكرملين".split(), "O B-ORG".split()),
]


@pytest.mark.parametrize("source", ["train", "gazetteer", "both"])
def test_augment_is_reproducible_and_valid(source: str) -> None:
    mod = train_ner()
    first = mod.augment(CORPUS, 2, source, 7)
    assert first == mod.augment(CORPUS, 2, source, 7)
    assert len(first) == 2 * 3  # only the sentences holding an entity are copied
    for tokens, tags in first:
        assert len(tokens) == len(tags) and valid_bio(tags)
        assert [k for k, _, _ in bio_spans(tags)] in (["PERS", "LOC"], ["ORG"])


def test_augment_train_pool_draws_only_from_the_given_sentences() -> None:
    mod = train_ner()
    names = {" ".join(t[a:b]) for t, g in CORPUS for _, a, b in bio_spans(g)}
    for tokens, tags in mod.augment(CORPUS, 5, "train", 3):
        assert {" ".join(tokens[a:b]) for _, a, b in bio_spans(tags)} <= names


def test_augment_rejects_an_unknown_source() -> None:
    with pytest.raises(ValueError):
        train_ner().augment(CORPUS, 1, "wikipedia", 1)


@pytest.mark.parametrize(("source", "want"), [
    ("train", [{"PERS": "train", "LOC": "train", "ORG": "train", "MISC": "train"}]),
    ("core", [{"PERS": "core", "LOC": "core", "ORG": "core", "MISC": "core"}]),
    ("both", [{"PERS": "train", "LOC": "train", "ORG": "train", "MISC": "train"},
              {"PERS": "gazetteer", "LOC": "gazetteer", "ORG": "gazetteer",
               "MISC": "gazetteer"}]),
    ("PERS=gazetteer,LOC=core",
     [{"PERS": "gazetteer", "LOC": "core", "ORG": "train", "MISC": "train"}]),
])
def test_parse_augment_source(source: str, want: list[dict[str, str]]) -> None:
    assert train_ner().parse_augment_source(source) == want


@pytest.mark.parametrize("source", ["wikipedia", "PER=gazetteer", "PERS=web", "PERS"])
def test_parse_augment_source_rejects(source: str) -> None:
    with pytest.raises(ValueError):
        train_ner().parse_augment_source(source)


def test_augment_per_type_pool() -> None:
    """PERS from the gazetteer (names no training sentence has), LOC from the training mentions."""
    mod = train_ner()
    names = {" ".join(t[a:b]) for t, g in CORPUS for _, a, b in bio_spans(g)}
    people = {" ".join(e) for e in mod.gazetteer_pool(mod.CORE_POOL_FILES)["PERS"]}
    for tokens, tags in mod.augment(CORPUS, 3, "PERS=gazetteer", 5):
        for kind, a, b in bio_spans(tags):
            assert (" ".join(tokens[a:b]) in people) if kind == "PERS" else \
                (" ".join(tokens[a:b]) in names)
