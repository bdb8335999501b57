"""The learned meetings pass: candidates on sentences written for these tests (not from the
corpus), the model file's shape, and look-alikes that must give no meeting."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from marsad.document import Meeting
from marsad.meetings import learned
from marsad.pipeline import analyze_text

PUB = date(2015, 7, 20)


def _doc(text: str):
    return analyze_text(text, PUB)


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(c.a, c.b) for c in learned.candidates(_doc(text))}


@pytest.mark.parametrize(("text", "a", "b", "family"), [
    # condolences carried to a bereaved family: the family is the other side
    ("نقل مدير التعليم الدكتور سامي بن فهد القحطاني تعازي القيادة لذوي الشهيد في منزلهم بالقرية.",
     "سامي بن فهد القحطاني", "ذوي الشهيد", "condolence"),
    # a visit to the injured, the visitor after the verb (VSO)
    ("تفقد وزير الصحة الدكتور ناصر العمري اليوم المصابين في حادث الطريق بمستشفى الملك فهد.",
     "ناصر العمري", "المصابين", "inspect"),
    # a group named after a partitive
    ("التقى الرئيس الفرنسي إيمانويل ماكرون في باريس أمس عددا من ممثلي الجالية العربية.",
     "إيمانويل ماكرون", "ممثلي الجالية العربية", "meet"),
])
def test_candidate_sides(text: str, a: str, b: str, family: str) -> None:
    cands = learned.candidates(_doc(text))
    assert any(c.a == a and c.b == b and c.family == family for c in cands), \
        [(c.a, c.b, c.family) for c in cands]


@pytest.mark.parametrize(("text", "status"), [
    ("من المقرر أن يزور وزير الصحة الدكتور ناصر العمري المرضى المنومين في المستشفى.", "planned"),
    ("سيزور وزير الصحة الدكتور ناصر العمري المرضى المنومين في المستشفى.", "planned"),
    ("زار وزير الصحة الدكتور ناصر العمري المرضى المنومين في المستشفى.", "held"),
])
def test_candidate_status(text: str, status: str) -> None:
    cands = [c for c in learned.candidates(_doc(text)) if c.b.startswith("المرضى")]
    assert cands and {c.status for c in cands} == {status}


@pytest.mark.parametrize("text", [
    "زار الرجل السوق لشراء حاجيات العيد مع أطفاله.",  # no named side at all
    "لم يلتق وزير الخارجية سامح شكري أي مسؤولين خلال رحلته.",  # no cue form, and negated
])
def test_no_candidate(text: str) -> None:
    assert not learned.candidates(_doc(text))


def test_candidate_repeating_a_rules_meeting_is_dropped() -> None:
    doc = _doc("زار محافظ المدينة الأستاذ خالد بن سعد العتيبي المرضى المنومين في المستشفى العام"
               " أمس وهنأهم بعيد الفطر.")
    assert any(len(m.participants) == 2 for m in doc.meetings)
    cands = learned.candidates(doc)
    assert cands
    assert learned.accepted(doc, cands, [1.0] * len(cands), 0.5) == []


def test_accepted_meeting_is_shaped_like_the_rules() -> None:
    text = "تفقد وزير الصحة الدكتور ناصر العمري اليوم المصابين في حادث الطريق بمستشفى الملك فهد."
    doc = _doc(text)
    doc.meetings = []  # as if the rules had made nothing of it
    cands = [c for c in learned.candidates(doc) if c.b == "المصابين"]
    out = learned.accepted(doc, cands, [0.9] * len(cands), 0.5)
    assert len(out) == 1
    m = out[0]
    assert isinstance(m, Meeting)
    assert m.participants == ["ناصر العمري", "المصابين"]
    assert (m.start, m.end) == cands[0].sent and m.status == "held"
    assert doc.text[m.start:m.end] == m.evidence


@pytest.mark.parametrize(("features", "higher"), [
    ({"fam=visit": 1.0}, True),
    ({"negation_before": 1.0}, False),
])
def test_score_follows_weights(features: dict[str, float], higher: bool) -> None:
    model = {"weights": {"fam=visit": 2.0, "negation_before": -3.0}, "bias": 0.0,
             "threshold": 0.5}
    assert (learned.score(features, model) > 0.5) is higher


def test_without_model_the_pass_does_nothing(tmp_path: Path) -> None:
    assert learned.load_model(tmp_path / "absent.json") is None


MODEL = learned.MODEL_PATH
needs_model = pytest.mark.skipif(not MODEL.exists(), reason="no trained learned.json shipped")


@needs_model
def test_model_file_loads_with_its_feature_names() -> None:
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    assert set(model["weights"]) == set(model["features"])
    assert 0.0 < model["threshold"] <= 1.0
    for name in ("fam=visit", "fam=condolence", "b_src=group", "status=planned",
                 "negation_before", "rules_found_other", "a_titled"):
        assert name in model["features"]
    # every feature group the runtime produces is one the model was trained with (a value never
    # seen in training, such as a rare family × group class, simply weighs nothing)
    groups = {f.split("=")[0] for f in model["features"]}
    doc = _doc("تفقد وزير الصحة الدكتور ناصر العمري اليوم المصابين في حادث الطريق.")
    cands = learned.candidates(doc)
    assert cands
    for c in cands:
        assert {f.split("=")[0] for f in c.features} <= groups
    assert learned.load_model() is not None


@needs_model
@pytest.mark.parametrize("text", [
    "زار الرجل السوق لشراء حاجيات العيد مع أطفاله.",
    "يلتقي فريق الهلال مع فريق النصر في المباراة النهائية يوم الجمعة على ملعب المدينة.",
    "لم يلتق وزير الخارجية سامح شكري أي مسؤولين خلال رحلته.",
    "قال وزير الصحة الدكتور ناصر العمري إن زيارة المرضى تخفف عنهم.",
])
def test_look_alikes_give_no_learned_meeting(text: str) -> None:
    doc = _doc(text)
    model = learned.load_model()
    cands = learned.candidates(doc)
    kept = learned.accepted(doc, cands, [learned.score(c.features, model) for c in cands],
                            float(model["threshold"]))
    assert kept == []
