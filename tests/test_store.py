from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from marsad.document import Document, Entity, Keyword, Meeting, Statement
from marsad.store import Filters, Store, variant_key
from marsad.store import schema as S


def make_doc(
    text: str = "التقى الرئيس فلاديمير بوتين الوزير عباس عراقجي في موسكو.",
    pub: str = "2025-04-17",
    source: str = "عربي21",
) -> Document:
    d = Document(text=text, pub_date=pub, source=source, title="لقاء")
    d.entities = [
        Entity(
            start=13,
            end=27,
            text="فلاديمير بوتين",
            type="PERSON",
            canonical="فلاديمير بوتين",
            titles=["الرئيس"],
        ),
        Entity(
            start=35,
            end=46,
            text="عباس عراقجي",
            type="PERSON",
            canonical="عباس عراقجي",
            titles=["الوزير"],
        ),
    ]
    d.meetings = [
        Meeting(
            start=0,
            end=len(text),
            participants=["فلاديمير بوتين", "عباس عراقجي"],
            place="موسكو",
            date=pub,
            evidence=text,
        )
    ]
    d.statements = [
        Statement(start=0, end=5, speaker="عباس عراقجي", verb="أكد", stance="assert", content="نعم")
    ]
    d.keywords = [Keyword(term="موسكو", score=1.0, count=1, occurrences=[(50, 55)])]
    return d


@pytest.fixture
def store() -> Store:
    return Store("sqlite://")


def test_add_is_idempotent(store: Store) -> None:
    d = make_doc()
    assert store.add(d) is True
    assert store.add(d) is False
    assert store.count() == 1
    assert len(store.entities_df()) == 2


def test_failed_article_leaves_nothing_half_stored(store: Store) -> None:
    bad = make_doc()
    bad.meetings[0].participants = {"not", "json"}  # type: ignore[assignment]  # a set: not JSON
    with pytest.raises(StatementError):
        store.add(bad)
    assert store.count() == 0
    with store.engine.connect() as c:
        assert c.execute(select(S.entities)).first() is None


def test_roundtrip_export_import(store: Store, tmp_path) -> None:
    store.add(make_doc())
    store.add(make_doc(text="استقبل الملك سلمان الرئيس الفرنسي.", pub="2015-07-21", source="spa"))
    store.merge(["بوتين"], "فلاديمير بوتين", "PERSON")
    buf = io.StringIO()
    assert store.export_jsonl(buf) == 2
    other = Store(f"sqlite:///{tmp_path / 'b.sqlite'}")
    buf.seek(0)
    assert other.import_jsonl(buf) == 2
    assert sorted(other.ids()) == sorted(store.ids())
    assert other.get(store.ids()[0]).as_dict() == store.get(store.ids()[0]).as_dict()
    assert other.corpus_view().canonical_for("بوتين", "PERSON") == "فلاديمير بوتين"
    buf.seek(0)
    assert other.import_jsonl(buf) == 0  # importing twice adds nothing


def test_filters(store: Store) -> None:
    store.add(make_doc())
    other = Document(
        text="أدان الأمين العام للأمم المتحدة الهجوم.", pub_date="2015-07-21", source="spa"
    )
    store.add(other)
    assert len(store.articles_df(Filters(sources=("spa",)))) == 1
    assert len(store.articles_df(Filters(date_from=date(2020, 1, 1)))) == 1
    assert len(store.articles_df(Filters(entity="عباس عراقجي"))) == 1
    assert store.meetings_df(Filters(date_to=date(2016, 1, 1))).empty
    assert store.sources() == ["spa", "عربي21"]


def test_alias_corrections_apply_on_read(store: Store) -> None:
    store.add(make_doc())
    store.rename("عباس عراقجي", "عباس عراقچی", "PERSON")
    assert "عباس عراقچی" in set(store.entities_df()["canonical"])
    assert "عباس عراقچی" in store.meetings_df()["participants"][0]
    assert len(store.articles_df(Filters(entity="عباس عراقچی"))) == 1
    store.split("عباس عراقجي", "PERSON")
    assert "عباس عراقجي" in set(store.entities_df()["canonical"])


def test_role_holders_nearest_date_first(store: Store) -> None:
    store.add(make_doc(pub="2025-04-17"))
    store.add(
        make_doc(
            text="التقى الرئيس فلاديمير بوتين الوزير عباس عراقجي في موسكو مجدداً.", pub="2020-01-01"
        )
    )
    hold = store.corpus_view().role_holders("الوزير", date(2025, 4, 20))
    assert hold[0][0] == "عباس عراقجي" and hold[0][2] == "2025-04-17"


def test_corpus_keywords_tfidf(store: Store) -> None:
    store.add(make_doc())
    kw = store.corpus_keywords()
    assert list(kw["term"]) == ["موسكو"]


def test_replace_swaps_a_document_whole(store: Store) -> None:
    d = make_doc()
    store.add(d)
    d2 = Document.from_dict(d.as_dict())
    d2.pub_date = "2025-04-18"
    d2.entities = d2.entities[:1]
    store.replace(d2)
    assert store.count() == 1
    assert store.get(d.id).pub_date == "2025-04-18"
    assert len(store.entities_df()) == 1


def test_add_batch_stores_the_good_and_returns_the_bad(store: Store) -> None:
    good1 = make_doc()
    bad = make_doc(text="استقبل الملك سلمان الرئيس الفرنسي في جدة.")
    bad.meetings[0].participants = {"not", "json"}  # type: ignore[assignment]
    good2 = make_doc(text="أدان الأمين العام للأمم المتحدة الهجوم.")
    added, failed = store.add_batch([good1, bad, good2, good1])
    assert added == 2
    assert [d.id for d, _ in failed] == [bad.id]
    assert sorted(store.ids()) == sorted([good1.id, good2.id])
    with store.engine.connect() as c:
        ids = {r[0] for r in c.execute(select(S.meetings.c.doc_id))}
    assert bad.id not in ids  # nothing of the failed article is stored


def test_add_batch_all_good_in_one_commit(store: Store) -> None:
    docs = [make_doc(text=f"التقى الوزير نظيره في الرياض يوم {i}.") for i in range(5)]
    assert store.add_batch(docs) == (5, [])
    assert store.add_batch(docs) == (0, [])


@pytest.mark.parametrize(("typed", "expected"), [
    ("sqlite://", "sqlite://"),
    ("postgresql://u@h/db", "postgresql://u@h/db"),
    ("/data/m.sqlite", "sqlite:////data/m.sqlite"),
])
def test_url_for_keeps_urls_and_makes_paths_sqlite(typed: str, expected: str) -> None:
    from marsad.store import url_for

    assert url_for(typed) == expected


@pytest.mark.parametrize("typed", ["sqlite:/tmp/x.sqlite", "sqlite:x.db", "postgresql:host/db"])
def test_url_for_rejects_a_url_missing_its_slashes(typed: str) -> None:
    """Taken as a path, 'sqlite:/tmp/x' used to create a folder named 'sqlite:' in the cwd."""
    from marsad.store import url_for

    with pytest.raises(ValueError, match="not a database URL"):
        url_for(typed)


def test_cli_reports_a_broken_db_url_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["export", "-", "--db", "sqlite:/tmp/x.sqlite"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "sqlite:///tmp/x.sqlite" in err
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("سلمان بن عبد العزيز", "سلمان بن عبدالعزيز"),
        ("سلمان بن عبدالعزيز آل سعود", "سلمان بن عبدالعزيز"),
        ("محمد بن سلمان بن عبدالعزيز", "محمد بن سلمان"),
        ("أبها", "ابها"),
    ],
)
def test_variant_key_groups_one_persons_spellings(a: str, b: str) -> None:
    assert variant_key(a) == variant_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another family, another founder's line, a different person
        ("عبدالله بن عبدالعزيز آل الشيخ", "عبدالله بن عبدالعزيز"),
        ("سلمان بن عبدالعزيز", "سلمان"),
        ("محمد بن سلمان", "محمد بن نايف"),
    ],
)
def test_variant_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert variant_key(a) != variant_key(b)


def _doc_naming(name: str, text: str) -> Document:
    d = Document(text=text, pub_date="2015-07-20", source="واس", title=text[:20])
    d.entities = [Entity(start=0, end=len(name), text=name, type="PERSON", canonical=name)]
    d.meetings = [Meeting(start=0, end=len(text), participants=[name, "باراك أوباما"],
                          evidence=text)]
    return d


def test_spelling_variants_are_one_entity_across_articles(store: Store) -> None:
    store.add(_doc_naming("سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز يستقبل أوباما."))
    store.add(_doc_naming("سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز يلتقي أوباما اليوم."))
    store.add(_doc_naming("سلمان بن عبدالعزيز آل سعود", "سلمان بن عبدالعزيز آل سعود يلتقي أوباما."))
    people = store.entities_df()
    assert set(people["canonical"]) == {"سلمان بن عبدالعزيز"}  # the most written form
    assert {m[0] for m in store.meetings_df()["participants"]} == {"سلمان بن عبدالعزيز"}
    assert len(store.articles_df(Filters(entity="سلمان بن عبدالعزيز"))) == 3
    # an analyst's split wins over the automatic grouping
    store.split("سلمان بن عبدالعزيز آل سعود", "PERSON")
    assert "سلمان بن عبدالعزيز آل سعود" in set(store.entities_df()["canonical"])
