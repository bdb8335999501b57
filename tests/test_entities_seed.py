"""The seed article (../shared; skipped without it): every person with titles, places, orgs."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.pipeline import analyze_text

PERSONS = {
    "فلاديمير بوتين": ["الرئيس الروسي"],
    "عباس عراقجي": ["وزير الخارجية الإيراني"],
    "سيرغي لافروف": ["وزير الخارجية الروسي"],
    "يوري أوشاكوف": ["مستشار السياسة الخارجية في الرئاسة الروسية"],
    "كاظم جلالي": ["السفير"],
    "علي خامنئي": ["الزعيم الأعلى الإيراني", "آية الله"],
    "دونالد ترامب": ["الرئيس الأميركي"],
    "بشار الأسد": ["الرئيس"],
}
LOCATIONS = {"موسكو", "طهران", "واشنطن", "سلطنة عمان", "روما", "روسيا", "إيران", "سوريا",
             "أوكرانيا", "الشرق الأوسط", "بكين"}
ORGANIZATIONS = {"الكرملين", "مجلس الأمن"}


@pytest.fixture
def seed_doc(seed_text: str):
    body = seed_text[: seed_text.index("المصدر")]
    return analyze_text(body, pub_date=date(2025, 4, 18))


@pytest.mark.shared
def test_seed_persons_with_titles(seed_doc) -> None:
    people = {e.canonical: e.titles for e in seed_doc.entities
              if e.type == "PERSON" and not (e.evidence or "").startswith("role:")}
    assert set(people) == set(PERSONS)
    for name, titles in PERSONS.items():
        assert people[name] == titles, name


@pytest.mark.shared
def test_seed_places_and_organisations(seed_doc) -> None:
    of = {k: {e.canonical for e in seed_doc.entities if e.type == k}
          for k in ("LOCATION", "ORGANIZATION")}
    assert LOCATIONS <= of["LOCATION"]
    assert ORGANIZATIONS <= of["ORGANIZATION"]
    extra = of["LOCATION"] - LOCATIONS - {"الولايات المتحدة"}
    assert not extra


@pytest.mark.shared
def test_seed_short_mentions_resolve(seed_doc) -> None:
    short = {e.text: e.canonical for e in seed_doc.entities if e.type == "PERSON"}
    assert short["لافروف"] == "سيرغي لافروف"
    assert short["عراقجي"] == "عباس عراقجي"
    assert short["بوتين"] == "فلاديمير بوتين"
    assert short["ترامب"] == "دونالد ترامب"
