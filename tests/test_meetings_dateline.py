"""A dateline that ingestion takes out of the text still gives the meeting its place."""

from __future__ import annotations

import pytest

from marsad.ingest import article_from_text
from marsad.meetings import place_in_dateline
from marsad.pipeline import analyze


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("جدة 5 رمضان 1446 هـ الموافق 05 مارس 2025 م واس", "جدة"),
        ("الرياض 18 شوال 1436 هـ الموافق 03 اغسطس 2015 م واس", "الرياض"),
        ("واس - القاهرة", "القاهرة"),
        ("18 شوال 1436 هـ واس", None),
    ],
)
def test_place_in_dateline(line: str, place: str | None) -> None:
    assert place_in_dateline(line) == place


def test_meeting_without_a_written_place_takes_the_dateline_city() -> None:
    text = (
        "جدة 5 رمضان 1446 هـ الموافق 05 مارس 2025 م واس\n"
        "استقبل صاحب السمو الأمير فيصل بن فرحان وزير الخارجية اليوم وزير الخارجية الأردني "
        "أيمن الصفدي، وبحث معه العلاقات الثنائية.\n"
    )
    doc = analyze(article_from_text(text))
    assert doc.dateline and doc.dateline.startswith("جدة")
    assert not doc.text.startswith("جدة 5 رمضان")
    assert doc.pub_date == "2025-03-05"
    assert [m.place for m in doc.meetings] == ["جدة"]
    assert doc.as_dict()["dateline"] == doc.dateline


def test_a_week_governing_a_meeting_is_kept_beside_the_fallback_day() -> None:
    from datetime import date

    from marsad.pipeline import analyze_text

    doc = analyze_text(
        "أجريت جولة أولى من المحادثات بين واشنطن وطهران في سلطنة عمان مطلع الأسبوع الجاري.",
        pub_date=date(2025, 4, 18),
    )
    (m,) = doc.meetings
    assert m.period == "2025-W16"
    assert (m.date, m.date_source) == ("2025-04-18", "pub_date")
