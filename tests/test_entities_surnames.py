"""A rank or honorific right after a name is the family name, not a title cut off the name."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.pipeline import analyze_text


@pytest.mark.parametrize(("text", "name", "titles"), [
    ("وقال المحلل حسين الرقيب إن الأسواق ستتعافى.", "حسين الرقيب", ["المحلل"]),
    ("التقى المهندس خالد الفريق بالوفد الزائر.", "خالد الفريق", ["المهندس"]),
    ("وقال الكاتب سعد العميد إن المشروع مهم.", "سعد العميد", ["الكاتب"]),
    ("وقال يوسف السيد إن اللقاء كان مثمراً.", "يوسف السيد", []),
    ("وأوضح المهندس عدنان بن أحمد السيد أن العمل بدأ.", "عدنان بن أحمد السيد", ["المهندس"]),
    # a real title after the name is still cut off it
    ("واستقبل الأمير محمد بن نايف ولي العهد السفير أمس.", "محمد بن نايف", None),
])
def test_rank_or_honorific_after_a_name_is_its_surname(text: str, name: str,
                                                       titles: list[str] | None) -> None:
    doc = analyze_text(text, date(2015, 7, 22))
    people = {e.text: e.titles for e in doc.entities if e.type == "PERSON"}
    assert name in people, people
    if titles is not None:
        assert people[name] == titles


@pytest.mark.parametrize(("text", "name"), [
    ("واجتمع الوزير بصائب عريقات في رام الله.", "صائب عريقات"),   # ب + a notable's first name
    ("وأكد فالس أن الحكومة مستعدة.", "فالس"),  # ف + ال… is no clitic when the word is a name
    ("وكانت فاليري تريرفيلر قد كتبت الكتاب.", "فاليري تريرفيلر"),
    ("وأكد باسيل أن لبنان صامد.", "باسيل"),
])
def test_a_clitic_is_peeled_only_off_a_name_it_is_not_part_of(text: str, name: str) -> None:
    doc = analyze_text(text, date(2015, 7, 22))
    people = [e.canonical for e in doc.entities if e.type == "PERSON"]
    assert name in people, people


@pytest.mark.parametrize(("text", "later"), [
    # a later short mention that ran on into a verb ends before it, and resolves to the full name
    ("أدان الأمين العام أحمد أبو الغيط الهجوم. وقال المتحدث إن أبو الغيط طالب بتحقيق دولي.",
     "أبو الغيط"),
    # a family's ال-word is no run-on: سعود الفيصل is a man of his own
    ("استقبل الملك سلمان بن عبدالعزيز آل سعود الضيوف. وحضر الأمير سعود الفيصل.", "سعود الفيصل"),
])
def test_short_mention_ends_before_a_common_word(text: str, later: str) -> None:
    doc = analyze_text(text, date(2015, 7, 22))
    people = [e.text for e in doc.entities if e.type == "PERSON"]
    assert later in people, people
