"""Entity-stage rules the meetings stage relies on (resolution of short mentions, role-only
person chunks): one table row per case."""

from __future__ import annotations

import pytest

from marsad.entities.resolve import PersonMention, resolve_in_article


@pytest.mark.parametrize(
    ("names", "short", "expected"),
    [
        # a name at the edge of a fuller mention explains it better than a run-on span
        (["ستيفان دي ميستورا", "باسم دي ميستورا جيسي شاهين", "دي ميستورا"], 2,
         "ستيفان دي ميستورا"),
        # a run-on span is still used when nothing better holds the name
        (["باسم دي ميستورا جيسي شاهين", "دي ميستورا"], 1, "باسم دي ميستورا جيسي شاهين"),
        # a family name resolves to the full name
        (["عبد الرحمن السديس", "السديس"], 1, "عبد الرحمن السديس"),
        # the given name of a بن-name is the person ("الأمير محمد")
        (["محمد بن سلمان", "محمد"], 1, "محمد بن سلمان"),
        (["عادل بن زيد الطريفي", "الطريفي"], 1, "عادل بن زيد الطريفي"),
    ],
)
def test_short_mention_resolution(names: list[str], short: int, expected: str) -> None:
    mentions = [PersonMention(i, n) for i, n in enumerate(names)]
    assert resolve_in_article(mentions)[short][0] == expected


@pytest.mark.parametrize(
    ("names", "short"),
    [
        # the father's name inside the son's: not the same person
        (["محمد بن سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز"], 1),
        (["محمد بن نايف بن عبدالعزيز", "نايف بن عبدالعزيز"], 1),
        (["محمد بن سلمان", "سلمان"], 1),  # "الملك سلمان" and his son in one article
        (["عبدالله بن زايد آل نهيان", "زايد"], 1),
    ],
)
def test_a_fathers_name_is_not_resolved_to_the_son(names: list[str], short: int) -> None:
    mentions = [PersonMention(i, n) for i, n in enumerate(names)]
    assert short not in resolve_in_article(mentions)


def test_a_role_before_a_name_is_that_persons_title() -> None:
    from marsad.document import Document
    from marsad.entities import run
    from marsad.pipeline import Context

    text = ("استقبل الأمير تميم بن حمد وزير الخارجية عادل الجبير. وكان في استقباله لدى وصوله "
            "وزير الخارجية بدولة قطر الدكتور خالد العطية.")
    doc = Document(text=text)
    run(doc, Context())
    second = text.index("وزير الخارجية بدولة")
    roles = [e for e in doc.entities if e.start == second]
    assert all(e.canonical == "خالد العطية" for e in roles)  # no one else's role


@pytest.mark.parametrize(
    ("text", "chunk", "kept"),
    [
        # "ولي العهد" tagged as a person: the title words alone name nobody
        ("وكان في استقبال سمو ولي العهد الرئيس.", "ولي العهد", ""),
        ("حضر اللقاء وزير الدولة عضو مجلس الوزراء.", "الدولة", ""),
        # a name after its title keeps the name
        ("حضر اللقاء الأمير محمد بن سلمان.", "الأمير محمد بن سلمان", "محمد بن سلمان"),
        # a head word that is also a first name, before بن, stays ("مساعد" = assistant / a name)
        ("حضر اللقاء الدكتور مساعد بن محمد العيبان.", "مساعد بن محمد العيبان",
         "مساعد بن محمد العيبان"),
    ],
)
def test_title_words_alone_are_no_person(text: str, chunk: str, kept: str) -> None:
    from marsad.entities import Chunk, _trim
    from marsad.text import tokenize

    tokens = tokenize(text)
    s0 = text.index(chunk)
    idx = [i for i, t in enumerate(tokens) if s0 <= t.start < s0 + len(chunk)]
    c = Chunk("PERS", idx[0], idx[-1] + 1, tokens[idx[0]].start, tokens[idx[-1]].end)
    _trim(text, tokens, c, frozenset())
    assert text[c.start:c.end] == kept


def test_a_role_with_its_own_sentence_after_it_still_resolves() -> None:
    from marsad.document import Document
    from marsad.entities import run
    from marsad.pipeline import Context

    text = "وعقد الرئيس الأمريكي قمة مع نظيره الصيني شي جين بينغ أمس."
    doc = Document(text=text, pub_date="2015-07-22")
    from datetime import date

    run(doc, Context(pub_date=date(2015, 7, 22)))
    roles = [e for e in doc.entities if e.start == text.index("الرئيس الأمريكي")]
    assert [e.canonical for e in roles] == ["باراك أوباما"]
