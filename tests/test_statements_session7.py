"""Statements, session 7: group speakers and the بـ-object after a speaker's title."""

from datetime import date

import pytest

from marsad.pipeline import analyze_text


def _said(text: str) -> list[tuple[str, str, str]]:
    doc = analyze_text(text, date(2015, 7, 20))
    return [(s.speaker, s.stance, s.content) for s in doc.statements]


@pytest.mark.parametrize(("text", "speaker", "stance", "content_opens"), [
    # a definite group right after the verb speaks
    ("فيما اتهم المتمردون من جانبهم القوات الحكومية بإطلاق النار على البلدات.", "المتمردون",
     "accuse", None),
    ("من جانبهم، ثمن المصابون زيارة المعايدة التي حظوا بها من قائد المنطقة.", "المصابون",
     "support", "زيارة"),
    # a title named before, then an occasion phrase: the one named
    ("استقبل محافظ الخرج شبيلي بن مجدوع آل مجدوع رئيس قسم التحريات سامي المطيري. وقال المحافظ في "
     "تصريح صحفي إن الشرطة تبذل جهودا كبيرة.", "شبيلي بن مجدوع آل مجدوع", "assert", "الشرطة"),
    # an express verb used as 'said', a quotation after a colon (found after heldout15's first look)
    ("وأعربت كلينتون: «لا أعرف عن ماذا يتحدثون».", "كلينتون", "assert", "لا أعرف"),
    # praise after the speaker's title: what was praised opens at its بـ
    # the express verb's عن after a long title and an aside between commas
    ("وعبر رئيس مجلس إدارة الشركة الدكتور خالد بن محمد العتيبي، في تصريح صحفي، عن سعادته "
     "بالنتائج.", "خالد بن محمد العتيبي", "welcome", "عن سعادته"),
    ("أشاد الشيخ الدكتور سعد بن ناصر الغامدي الرئيس العام لهيئة الشؤون الدينية بنجاح موسم "
     "العمرة هذا العام.", "سعد بن ناصر الغامدي", "support", "بنجاح"),
])
def test_statement(text: str, speaker: str, stance: str, content_opens: str | None) -> None:
    said = _said(text)
    assert said and said[0][0] == speaker and said[0][1] == stance, said
    if content_opens:
        assert said[0][2].startswith(content_opens), said


@pytest.mark.parametrize("text", [
    "وقال المراقبون إن الوضع خطير.",  # generic: no speaker
    "وحقق المتسابقون نتائج جيدة في البطولة.",  # no saying verb
    # عبر the preposition: its عن, if any, is far or another verb's
    "يعمل الحزام كحاجز عبر دول جنوب الصحراء، عن طريق زراعة أحزمة خضراء.",
    "ونشر النادي عبر موقعه الرسمي صورة اللاعب في حفل أقيم للإعلان عن انضمامه.",
])
def test_no_statement(text: str) -> None:
    assert _said(text) == []
