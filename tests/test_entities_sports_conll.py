"""CoNLL mode: listed clubs inside a sports report (a window of sentences with sport cues)."""

import pytest

from marsad.entities.memory import EntityMemory
from marsad.entities.rules import clubs_in_sports


@pytest.mark.parametrize(("sentence", "tags", "expected"), [
    # an untagged club after a verb, with its city's adjective
    ("وفاز الكوكب المراكشي على ضيفه", "O O O O O", "O B-ORG I-ORG O O"),
    # a club the model read as a place or a person
    ("تعادل الأهلي مع الزمالك", "O B-LOC O O", "O B-ORG O B-ORG"),
    ("وتغلب والنصر على الشباب", "O B-PERS O O", "O B-ORG O O"),
    # victory, not the club
    ("وحقق النصر في المباراة", "O O O O", "O O O O"),
    # other organisations untouched
    ("وقال الاتحاد الدولي لكرة القدم", "O B-ORG I-ORG I-ORG I-ORG", "O B-ORG I-ORG I-ORG I-ORG"),
])
def test_clubs_in_sports(sentence: str, tags: str, expected: str) -> None:
    assert clubs_in_sports(sentence.split(), tags.split()) == expected.split()


@pytest.mark.parametrize(("before", "sentence", "sports"), [
    (["سجل اللاعب هدفا في المباراة"], "وفاز الأهلي", True),
    ([], "سجل اللاعب هدفا في المباراة", True),
    (["قال الوزير إن الحكومة ستعمل"], "وفاز الأهلي بالانتخابات", False),
    # cues older than the window are forgotten
    (["سجل اللاعب هدفا في المباراة"] + ["قال الوزير إن الحكومة ستعمل"] * 6, "وفاز الأهلي", False),
])
def test_sports_window(before: list[str], sentence: str, sports: bool) -> None:
    mem = EntityMemory()
    for s in before:
        mem.in_sports_report(s.split())  # (each sentence is asked about once, in order)
    assert mem.in_sports_report(sentence.split()) is sports
