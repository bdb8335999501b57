"""Entities, session 7: names after honorifics, surnames not cut as clitics, places after titles."""

import pytest

from marsad.document import Document
from marsad.entities import run
from marsad.pipeline import Context


def _ents(text: str) -> list[tuple[str, str]]:
    doc = Document(text=text)
    run(doc, Context())
    return [(e.type, e.text) for e in doc.entities]


@pytest.mark.parametrize(("text", "expected"), [
    # a rare word after an honorific that always precedes a name opens it; بأن never goes on it
    ("أكد قائد الجيش الباكستاني الجنرال راحيل شريف بأن الحرب صعبة.", [("PERSON", "راحيل شريف")]),
    ("وقال الدكتور موافق الرويلي إن الأمر صعب.", [("PERSON", "موافق الرويلي")]),
    # ... but not after one that also stands alone for its holder, nor a common qualifier
    ("لم يحرك الملك ساكنا أمام ذلك.", []),
    # a surname told in full before is not ك + a first name
    ("قال قائد الشرطة جيم كرافت إن شخصين قتلا. وأوضح كرافت أن أحد الجرحى خضع للجراحة.",
     [("PERSON", "جيم كرافت"), ("PERSON", "كرافت")]),
    # a listed organisation behind a clitic is cut from it
    ("وقال مسؤول لرويترز إن الاتفاق قريب.", [("ORGANIZATION", "رويترز")]),
    # after a spokesman's title باسم is "on behalf of", not the given name Basem
    ("وقالت جيسي شاهين المتحدثة باسم دي ميستورا إن المبعوث سيلتقي المسؤولين.",
     [("PERSON", "جيسي شاهين"), ("PERSON", "دي ميستورا")]),
    ("وقال باسم يوسف إن البرنامج سيعود.", [("PERSON", "باسم يوسف")]),
    # a governorate after a title is a place, not a man named رياض; السلطان is a family name
    ("قام محافظ رياض الخبراء رئيس لجنة أصدقاء المرضى فهد السلطان بمعايدة المرضى.",
     [("LOCATION", "رياض الخبراء"), ("PERSON", "فهد السلطان")]),
])
def test_entities(text: str, expected: list[tuple[str, str]]) -> None:
    assert _ents(text) == expected
