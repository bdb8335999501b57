"""Entities, session 8: the given name علي, and Gulf names the CRF cuts after the given name."""

import pytest

from marsad.document import Document
from marsad.entities import run
from marsad.pipeline import Context


def _people(text: str) -> list[str]:
    doc = Document(text=text)
    run(doc, Context())
    return [e.text for e in doc.entities if e.type == "PERSON"]


@pytest.mark.parametrize(("text", "expected"), [
    # علي written with ي opens a name (the preposition على folds to the same key)
    ("قام السفير علي عواض عسيري بزيارة لمقر الصحيفة.", ["علي عواض عسيري"]),
    ("قام السفير علي عسيري بزيارة لمقر الصحيفة.", ["علي عسيري"]),
    ("أكدت الإمارة على لسان متحدثها الرسمي علي زعلة تعازيها.", ["علي زعلة"]),
    ("التقى الرئيس علي عبدالله صالح وفدا من الحزب.", ["علي عبدالله صالح"]),
    # ... but one rare word after no role is no name, and the next person in a list is another
    ("أقيمت الصور بامتداد 300 متر علي ضفاف سد أبها.", []),
    # a lone given name goes on over the father's name and a nisba
    ("قام السفير محمد عواض عسيري بزيارة لمقر الصحيفة.", ["محمد عواض عسيري"]),
    ("والمتهمون المضبوطون هم (مبارك ملفي مواليد 1986).", ["مبارك ملفي"]),
    # ... not over a verb, a possessed noun or a word with a clitic
    ("وكان سعد ينتهز فرصة نوم الشيخ.", ["سعد"]),
    ("وبعد عام اصطحب بيتر حفيدته إلى مطعم.", ["بيتر"]),
])
def test_people(text: str, expected: list[str]) -> None:
    assert _people(text) == expected


def test_list_of_people_stays_apart() -> None:
    people = _people("وحضر جعفر المرهون، عبدالصمد حماد، علي آل نصر وعبدالعظيم الضامن مدير الملتقى.")
    assert "علي آل نصر وعبدالعظيم الضامن" not in people
    assert any(p.endswith("عبدالعظيم الضامن") for p in people), people


@pytest.mark.parametrize(("text", "org"), [
    # the longer listed organisation names are tagged in documents
    ("وأعلن حرس الحدود في منطقة جازان أن الدوريات مستمرة.", "حرس الحدود"),
    ("وأوضح أن ديوان المظالم تلقى الشكوى أمس.", "ديوان المظالم"),
])
def test_listed_multiword_organisations(text: str, org: str) -> None:
    doc = Document(text=text)
    run(doc, Context())
    assert org in [e.text for e in doc.entities if e.type == "ORGANIZATION"]
