"""Each page run alone with AppTest on a seeded store (AppTest cannot drive st.navigation apps
whole): no exception, the widgets that matter are there, and a filter changes what is shown."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from marsad.store import Store  # noqa: E402
from tests.test_pages_seed import XSS, seed_docs  # noqa: E402

PAGES = ["ingest", "articles", "timeline", "meetings", "map", "keywords", "entities", "stances"]


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'pages.sqlite'}"
    s = Store(url)
    for d in seed_docs():
        s.add(d)
    monkeypatch.setenv("MARSAD_DB", url)
    monkeypatch.delenv("MARSAD_PER_SESSION", raising=False)
    return url


@pytest.fixture
def empty_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    Store(url)
    monkeypatch.setenv("MARSAD_DB", url)
    return url


def run(page: str, lang: str = "ar", **state: object) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=60)
    at.session_state["lang"] = lang
    at.session_state["_marsad_shell"] = True  # app.py's mark; pages run alone here
    for k, v in state.items():
        at.session_state[k] = v
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def html_of(at: AppTest) -> str:
    return "\n".join(str(h.proto.body) for h in at.get("html"))


def all_text(at: AppTest) -> str:
    parts = [html_of(at)]
    parts += [m.value for m in at.markdown] + [str(x.value) for x in at.caption]
    parts += [str(x.value) for x in at.info] + [str(x.value) for x in at.title]
    parts += [str(x.value) for x in at.subheader]
    for df in at.dataframe:
        parts.append(df.value.to_string())
    return "\n".join(parts)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_page_runs_on_a_seeded_store(db: str, page: str, lang: str) -> None:
    at = run(page, lang)
    assert at.title, "every page has a title"


@pytest.mark.parametrize("page", PAGES[1:])
def test_empty_store_says_what_to_do(empty_db: str, page: str) -> None:
    at = run(page, "en")
    assert any("Ingest" in str(i.value) for i in at.info)


def test_ingest_offers_sample_data_on_an_empty_store(empty_db: str) -> None:
    at = run("ingest", "en")
    labels = [b.label for b in at.button]
    from components.state import sample_paths

    if sample_paths():
        assert "Load sample data" in labels
    assert at.text_area(key="paste_text") is not None
    assert at.date_input(key="paste_date") is not None


def test_ingest_paste_adds_an_article(empty_db: str) -> None:
    at = run("ingest", "en")
    at.text_area(key="paste_text").input("التقى الرئيس بوتين الوزير عراقجي في موسكو أمس.")
    at.date_input(key="paste_date").set_value(date(2025, 4, 18))
    at.text_input(key="paste_source").input("اختبار")
    form_buttons = [b for b in at.button if b.label == "Analyse the article"]
    form_buttons[0].click().run()
    assert not at.exception
    assert Store(empty_db).count() == 1
    assert "added" in all_text(at)


def test_articles_reader_escapes_markup(db: str) -> None:
    xss_id = seed_docs()[2].id
    at = run("articles", "en", open_doc=(xss_id, None, None))
    body = html_of(at)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script>" not in body and "<img src=x" not in body
    assert XSS not in body


def test_articles_reader_highlights_and_hover(db: str) -> None:
    moscow = seed_docs()[0]
    at = run("articles", "en", open_doc=(moscow.id, None, None))
    body = html_of(at)
    assert 'class="t-PERSON"' in body and "وزير الخارجية الإيراني" in body
    assert "2025-04-17" in body  # the ISO value in the date's hover


def test_articles_source_filter_changes_the_list(db: str) -> None:
    at = run("articles", "en")
    n_all = len(at.selectbox(key="sel_article").options)
    at = run("articles", "en", f_sources=["سبق"])
    assert len(at.selectbox(key="sel_article").options) == 1 < n_all


def test_meetings_table_and_person_filter(db: str) -> None:
    at = run("meetings", "ar")
    text = all_text(at)
    assert "عباس عراقجي" in text and "جون كيري" in text
    at.selectbox(key="mt_person").select("جون كيري").run()
    assert not at.exception
    text = html_of(at)
    assert "جون كيري" in text and "عباس عراقجي" not in text


def test_meetings_escape_markup_in_names(db: str) -> None:
    at = run("meetings", "ar")
    body = html_of(at)
    assert "سامي &lt;script&gt;" in body and "<script>" not in body


def test_meetings_date_filter(db: str) -> None:
    at = run("meetings", "ar", f_dates=(date(2025, 1, 1), date(2025, 12, 31)))
    text = html_of(at)
    assert "عباس عراقجي" in text and "جون كيري" not in text


def test_entity_filter_narrows_every_page(db: str) -> None:
    at = run("stances", "ar", f_entity="الرياض")
    text = all_text(at)
    assert "جون كيري" in text and "التخصيب" not in text


def test_timeline_kinds_and_person(db: str) -> None:
    at = run("timeline", "en")
    assert at.multiselect(key="tl_kinds").value == ["meeting", "statement", "date"]
    before = at.dataframe[0].value.shape[0]
    at.selectbox(key="tl_person").select("جون كيري").run()
    assert not at.exception
    after = at.dataframe[0].value.shape[0]
    assert 0 < after < before


def test_timeline_table_lists_newest_first(db: str) -> None:
    """The table is capped at 1,000 rows: oldest-first would show only the history lessons."""
    at = run("timeline", "en")
    when = list(at.dataframe[0].value.iloc[:, 0])
    assert len(when) > 1 and when == sorted(when, reverse=True)


def test_map_places_listed(db: str) -> None:
    at = run("map", "en")
    assert "موسكو" in at.selectbox(key="map_place").options
    at.selectbox(key="map_place").select("موسكو").run()
    assert not at.exception
    assert "بوتين يلتقي عراقجي في موسكو" in html_of(at)


def test_keywords_page_and_person_terms(db: str) -> None:
    at = run("keywords", "en")
    assert "التخصيب" in at.multiselect(key="kw_terms").options
    at.selectbox(key="kw_person").select("عباس عراقجي").run()
    assert not at.exception
    assert len(at.get("plotly_chart")) >= 3


def test_entities_people_with_titles_and_merge(db: str) -> None:
    at = run("entities", "en")
    body = all_text(at)
    assert "فلاديمير بوتين" in body and "الرئيس الروسي" in body
    at.multiselect(key="al_merge_names").select("عباس عراقجي").select("جون كيري")
    at.text_input(key="al_merge_into").input("عباس عراقجي")
    next(b for b in at.button if b.label == "Apply").click().run()
    assert not at.exception
    al = Store(db).aliases_df()
    assert set(al["variant"]) >= {"جون كيري", "عباس عراقجي"}
    at = run("stances", "en")
    assert "جون كيري" not in html_of(at)


def test_stances_filter_by_stance(db: str) -> None:
    at = run("stances", "en")
    assert "عباس عراقجي" in html_of(at)
    at.multiselect(key="stc_stances").select("warn").run()
    body = html_of(at)
    assert "جون كيري" in body and "حق إيران" not in body


def test_upload_lists_each_file_and_keeps_the_good_ones(empty_db: str) -> None:
    at = run("ingest", "en")
    up = at.get("file_uploader")[0]
    up.upload("good.txt", "التقى الوزير نظيره في الرياض أمس.".encode(), "text/plain")
    up.upload("broken.pdf", b"%PDF-1.4 this is not really a pdf", "application/pdf")
    at.run()
    assert not at.exception
    next(b for b in at.button if b.label == "Analyse the files").click().run()
    assert not at.exception
    body = html_of(at)
    assert "good.txt" in body and "broken.pdf" in body
    assert Store(empty_db).count() == 1
    assert any("broken.pdf" in str(e.value) for e in at.error)


def test_load_sample_data_fills_an_empty_store(empty_db: str) -> None:
    from components.state import sample_paths

    if not sample_paths():
        pytest.skip("sample_data/ holds no articles")
    at = run("ingest", "en")
    next(b for b in at.button if b.label == "Load sample data").click().run()
    assert not at.exception
    assert Store(empty_db).count() >= len(sample_paths())
    assert "Load sample data" not in [b.label for b in at.button]


def test_article_without_pub_date_asks_for_it_and_resolves_relative_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from marsad.pipeline import analyze_text

    url = f"sqlite:///{tmp_path / 'nodate.sqlite'}"
    s = Store(url)
    doc = analyze_text("التقى وزير الخارجية السعودي نظيره الأردني أمس الخميس في الرياض.")
    assert doc.pub_date is None and doc.dates and doc.dates[0].value is None
    s.add(doc)
    monkeypatch.setenv("MARSAD_DB", url)
    monkeypatch.delenv("MARSAD_PER_SESSION", raising=False)
    at = run("articles", "en", sel_article=doc.id)
    assert any("no publication date" in str(w.value) for w in at.warning)
    at.date_input(key=f"pubdate_{doc.id}").set_value(date(2025, 4, 18)).run()
    at.button(key=f"set_pub_{doc.id}").click().run()
    assert not at.exception, [e.message for e in at.exception]
    again = Store(url).get(doc.id)
    assert again.pub_date == "2025-04-18"
    assert [d.value for d in again.dates if d.text.startswith("أمس")] == ["2025-04-17"]
    assert not any("no publication date" in str(w.value) for w in at.warning)
