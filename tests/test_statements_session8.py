"""Statements, session 8: error classes that recur on unseen news (found on the STUDY split and
on corpus output, checked against held-out articles never read)."""

from datetime import date

import pytest

from marsad.pipeline import analyze_text


def _said(text: str) -> list[tuple[str, str, str]]:
    doc = analyze_text(text, date(2015, 7, 20))
    return [(s.speaker, s.stance, s.content) for s in doc.statements]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # the place, the occasion or medium, or a bracket between the speaker and the verb's object
    # are not what was said
    ("ورحبت المفوضية الأوروبية في بروكسل بهذا القرار.", "المفوضية الأوروبية", "بهذا القرار"),
    ("نفت شركة الاتصالات السعودية، في تغريدة عبر حسابها في تويتر، صحة ما تردد عن إغلاق فرعها.",
     "الاتصالات السعودية", "صحة ما تردد عن إغلاق فرعها"),
    ("وطالب حسن محمد الجهمي (أحد سكان القرية) الجهات المسؤولة بافتتاح لجنة.", "حسن محمد الجهمي",
     "الجهات المسؤولة بافتتاح لجنة"),
    ("أعلنت إدارة النصر أمس (السبت) تجديد عقد المهاجم فابيان.", "إدارة النصر",
     "تجديد عقد المهاجم فابيان"),
])
def test_object_content(text: str, speaker: str, content: str) -> None:
    said = _said(text)
    assert said and said[0][0] == speaker and said[0][2] == content, said
