"""The statements stage's speaker re-ranker: the verb's form, the candidates' features, the
re-ranking itself (with a hand-set model, so each row tests one feature), and the trained weights.
Sentences written for these tests; names are set by hand as a perfect entities stage would."""

from __future__ import annotations

import json

import pytest

from marsad.document import Statement
from marsad.statements import speaker_rank as sr
from tests.test_meetings_helpers import doc_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "أحمد الزهراني": (P, "أحمد الزهراني"), "رويترز": (ORG, "رويترز"),
    "سامي الهاشمي": (P, "سامي الهاشمي"), "خالد العمري": (P, "خالد العمري"),
    "سلمان بن عبدالعزيز": (P, "سلمان بن عبدالعزيز"), "فيصل بن خالد": (P, "فيصل بن خالد"),
    "فاطمة العلي": (P, "فاطمة العلي"), "ماليزيا": (L, "ماليزيا"),
    "محمد السالم": (P, "محمد السالم"), "الهند": (L, "الهند"),
    "وزارة الصحة": (ORG, "وزارة الصحة"), "عمر الحربي": (P, "عمر الحربي"),
}


@pytest.mark.parametrize(
    ("surface", "feminine", "plural", "participle", "present", "conj"),
    [
        ("وقالت", True, False, False, False, True),
        ("قالوا", False, True, False, False, False),
        ("أعربوا", False, True, False, False, False),
        ("مؤكدين", False, True, True, False, False),
        ("مضيفة", True, False, True, False, False),
        ("مضيفاً", False, False, True, False, False),
        ("وأضاف", False, False, False, False, True),
        ("وتابع", False, False, False, False, True),  # past, though it opens with ت
        ("يقول", False, False, False, True, False),
        ("وصفت", True, False, False, False, False),  # و of the root, no conjunction
    ],
)
def test_verb_form(surface: str, feminine: bool, plural: bool, participle: bool,
                   present: bool, conj: bool) -> None:
    v = sr.verb_info(surface + " أن الأمر", 0, surface)
    assert (v.feminine, v.plural, v.participle, v.present, v.conj) == \
        (feminine, plural, participle, present, conj)


@pytest.mark.parametrize(
    ("text", "honorific", "dropped"),
    [
        ("وأكد سموه أن العمل مستمر", "سموه", False),
        ("وأشار معاليه إلى أن العمل مستمر", "معاليه", False),
        ("وأضاف أن العمل مستمر", None, True),
        ("وقال: العمل مستمر", None, True),
        ("وقال الوزير إن العمل مستمر", None, False),
    ],
)
def test_verb_honorific_and_dropped_subject(text: str, honorific: str | None,
                                            dropped: bool) -> None:
    surface = text.split()[0].rstrip(":")
    v = sr.verb_info(text, 0, surface)
    assert (v.honorific, v.dropped) == (honorific, dropped)


def _statement(doc, verb: str, speaker: str, content: str, nth: int = 0) -> Statement:
    """A statement as the rules would leave it, with ``speaker`` as their (possibly wrong)
    choice."""
    vpos = -1
    for _ in range(nth + 1):
        vpos = doc.text.index(verb, vpos + 1)
    cpos = doc.text.index(content, vpos) if content in doc.text[vpos:] else \
        doc.text.index(content)
    return Statement(start=min(vpos, cpos), end=cpos + len(content), speaker=speaker, verb=verb,
                     stance="assert", content=content)


CASES = [
    # (text, verb, rules' speaker, content, candidate, feature, value)
    ("قال أحمد الزهراني لرويترز إن الوضع في المدينة مستقر.", "قال", "رويترز",
     "الوضع في المدينة مستقر", "رويترز", "addressee", 1.0),
    ("قال أحمد الزهراني لرويترز إن الوضع في المدينة مستقر.", "قال", "رويترز",
     "الوضع في المدينة مستقر", "أحمد الزهراني", "after_near", 1.0),
    ("وأكد خالد العمري في اتصال مع سامي الهاشمي أن الاتفاق قريب.", "وأكد", "سامي الهاشمي",
     "الاتفاق قريب", "سامي الهاشمي", "object_prep", 1.0),
    ("استقبل سلمان بن عبدالعزيز فيصل بن خالد في قصره. وأكد سموه أن المنطقة تشهد نمواً كبيراً.",
     "وأكد", "سلمان بن عبدالعزيز", "المنطقة تشهد نمواً كبيراً", "سلمان بن عبدالعزيز",
     "prev_sentence", 1.0),
    ("استقبل الملك سلمان بن عبدالعزيز الأمير فيصل بن خالد في قصره. وأكد سموه أن المنطقة "
     "تشهد نمواً كبيراً.", "وأكد", "سلمان بن عبدالعزيز", "المنطقة تشهد نمواً كبيراً",
     "فيصل بن خالد", "honorific_titled", 1.0),
    ("استقبل الملك سلمان بن عبدالعزيز الأمير فيصل بن خالد في قصره. وأكد سموه أن المنطقة "
     "تشهد نمواً كبيراً.", "وأكد", "سلمان بن عبدالعزيز", "المنطقة تشهد نمواً كبيراً",
     "سلمان بن عبدالعزيز", "honorific_untitled", 1.0),
    ("التقت فاطمة العلي محمد السالم في ماليزيا. وقالت إن التعاون بين البلدين يتعزز.", "وقالت",
     "محمد السالم", "التعاون بين البلدين يتعزز", "فاطمة العلي", "fem_verb_f", 1.0),
    ("التقت فاطمة العلي محمد السالم في ماليزيا. وقالت إن التعاون بين البلدين يتعزز.", "وقالت",
     "محمد السالم", "التعاون بين البلدين يتعزز", "محمد السالم", "fem_verb_m", 1.0),
    ("أعلنت وزارة الصحة تسجيل حالات جديدة، وقال عمر الحربي إن الوضع تحت السيطرة.", "وقال",
     "عمر الحربي", "الوضع تحت السيطرة", "وزارة الصحة", "before_same", 1.0),
    ("وصل عمر الحربي إلى الهند أمس. وأضاف أن الزيارة تستغرق يومين.", "وأضاف", "الهند",
     "الزيارة تستغرق يومين", "الهند", "dropped_location", 1.0),
    ("وصل عمر الحربي إلى الهند أمس. وأضاف أن الزيارة تستغرق يومين.", "وأضاف", "الهند",
     "الزيارة تستغرق يومين", "الهند", "object_prep", 1.0),
    ("وصل عمر الحربي إلى الهند أمس. وأضاف أن الزيارة تستغرق يومين.", "وأضاف", "الهند",
     "الزيارة تستغرق يومين", "عمر الحربي", "sentence_first", 1.0),
    ("التقى خالد العمري وسامي الهاشمي في الهند، وقالوا إن المباحثات كانت مثمرة.", "وقالوا",
     "خالد العمري", "المباحثات كانت مثمرة", "خالد العمري", "plural_verb_person", 1.0),
]


@pytest.mark.parametrize(("text", "verb", "rules", "content", "cand", "feature", "value"), CASES)
def test_candidate_feature(text: str, verb: str, rules: str, content: str, cand: str,
                           feature: str, value: float) -> None:
    doc = doc_with(text, NAMES)
    st = _statement(doc, verb, rules, content)
    cands = {c.name: c for c in sr.candidates(doc, st, []) or []}
    assert cand in cands, list(cands)
    assert cands[cand].feats.get(feature, 0.0) == value
    assert cands[rules].feats["rules"] == 1.0


def test_previous_speaker_is_a_candidate() -> None:
    text = ("قال خالد العمري إن المشروع يسير وفق الخطة. ومضى الحديث عن الهند. "
            "وأضاف أن التمويل متوفر.")
    doc = doc_with(text, NAMES)
    st = _statement(doc, "وأضاف", "الهند", "التمويل متوفر")
    cands = {c.name: c for c in sr.candidates(doc, st, ["خالد العمري"]) or []}
    assert cands["خالد العمري"].feats["prev_speaker"] == 1.0
    assert cands["الهند"].feats.get("prev_speaker", 0.0) == 0.0


def test_names_inside_what_was_said_are_no_candidates() -> None:
    text = "قال أحمد الزهراني إن سامي الهاشمي سيزور الهند قريباً."
    doc = doc_with(text, NAMES)
    st = _statement(doc, "قال", "أحمد الزهراني", "سامي الهاشمي سيزور الهند قريباً")
    names = {c.name for c in sr.candidates(doc, st, []) or []}
    assert names == {"أحمد الزهراني"}


def test_quote_from_frame_is_left_to_the_rules() -> None:
    """"نقلت X عن Y": the rules read Y from its slot; no candidates are drawn."""
    text = "ونقلت رويترز عن أحمد الزهراني قوله إن الوضع في المدينة مستقر."
    doc = doc_with(text, NAMES)
    st = _statement(doc, "ونقلت", "أحمد الزهراني", "الوضع في المدينة مستقر")
    assert sr.candidates(doc, st, []) is None


# A hand-set model: trust the rules, but not against a preposition in front of their choice, a
# feminine verb given to a man, an honorific pronoun that fits another, a plural verb given to one
HAND_MODEL = {
    "enabled": True, "margin": 0.0,
    "weights": {"rules": 2.0, "addressee": -4.0, "object_prep": -3.0, "after_near": 1.0,
                "fem_verb_f": 2.0, "fem_verb_m": -2.0, "honorific_titled": 3.0,
                "honorific_untitled": -1.0, "plural_verb_person": -1.0,
                "plural_verb_group": 2.5, "sentence_first": 1.5, "location": -1.0,
                "person": 0.5, "prev_sentence": -0.5},
}


@pytest.mark.parametrize(
    ("text", "verb", "rules", "content", "expected"),
    [
        ("قال أحمد الزهراني لرويترز إن الوضع في المدينة مستقر.", "قال", "رويترز",
         "الوضع في المدينة مستقر", "أحمد الزهراني"),
        ("استقبل الملك سلمان بن عبدالعزيز الأمير فيصل بن خالد في قصره. وأكد سموه أن المنطقة "
         "تشهد نمواً كبيراً.", "وأكد", "سلمان بن عبدالعزيز", "المنطقة تشهد نمواً كبيراً",
         "فيصل بن خالد"),
        ("التقت فاطمة العلي محمد السالم في ماليزيا. وقالت إن التعاون بين البلدين يتعزز.",
         "وقالت", "محمد السالم", "التعاون بين البلدين يتعزز", "فاطمة العلي"),
        ("وصل عمر الحربي إلى الهند أمس. وأضاف أن الزيارة تستغرق يومين.", "وأضاف", "الهند",
         "الزيارة تستغرق يومين", "عمر الحربي"),
        # the rules' choice stands when nothing speaks against it
        ("قال أحمد الزهراني إن الوضع في المدينة مستقر.", "قال", "أحمد الزهراني",
         "الوضع في المدينة مستقر", "أحمد الزهراني"),
        ("وقال عمر الحربي لرويترز إن الزيارة تستغرق يومين.", "وقال", "عمر الحربي",
         "الزيارة تستغرق يومين", "عمر الحربي"),
    ],
)
def test_rerank_with_hand_model(text: str, verb: str, rules: str, content: str,
                                expected: str) -> None:
    doc = doc_with(text, NAMES)
    sts = [_statement(doc, verb, rules, content)]
    sr.apply(doc, sts, HAND_MODEL)
    assert sts[0].speaker == expected
    assert (sts[0].content, sts[0].stance) == (content, "assert")  # untouched


def test_two_speakers_of_one_verb_stay() -> None:
    text = "التقى خالد العمري وسامي الهاشمي في الهند، وقالا إن المباحثات كانت مثمرة."
    doc = doc_with(text, NAMES)
    sts = [_statement(doc, "وقالا", sp, "المباحثات كانت مثمرة")
           for sp in ("خالد العمري", "سامي الهاشمي")]
    model = {**HAND_MODEL, "weights": {"rules": -10.0}}
    assert sr.apply(doc, sts, model) == 0
    assert [s.speaker for s in sts] == ["خالد العمري", "سامي الهاشمي"]


def test_weights_file_loads_with_the_feature_names() -> None:
    assert sr.WEIGHTS_PATH.exists()
    model = json.loads(sr.WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert model["features"] == list(sr.FEATURES)
    assert set(model["weights"]) == set(sr.FEATURES)
    assert all(isinstance(v, float | int) for v in model["weights"].values())
    assert isinstance(model["enabled"], bool)
    assert model["trained_on"]["statements"] > 1000
