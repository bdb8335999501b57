"""Acceptance (issue 5): the seed article through the whole pipeline. Passes once the entities and
dates stages work; skipped when ../shared is absent."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.pipeline import analyze_text

pytestmark = pytest.mark.shared


@pytest.fixture
def seed_doc(seed_text: str):
    body = seed_text.split("المصدر")[0]
    return analyze_text(body, date(2025, 4, 18))


def _has(names: list[str], *wanted: str) -> bool:
    return all(any(w in n for n in names) for w in wanted)


def test_held_meeting_putin_araghchi(seed_doc) -> None:
    held = [m for m in seed_doc.meetings
            if m.status == "held" and _has(m.participants, "بوتين", "عراقجي")]
    assert held, seed_doc.meetings
    m = held[0]
    assert "فلاديمير بوتين" in m.participants and "عباس عراقجي" in m.participants
    assert m.place == "موسكو"
    assert m.date == "2025-04-17"
    assert _has(m.attendees, "لافروف", "أوشاكوف", "جلالي")


def test_planned_meeting_lavrov_araghchi(seed_doc) -> None:
    planned = [m for m in seed_doc.meetings
               if m.status == "planned" and _has(m.participants, "لافروف", "عراقجي")]
    assert planned and planned[0].date == "2025-04-18"


def test_planned_round_tehran_washington_in_rome(seed_doc) -> None:
    rounds = [m for m in seed_doc.meetings
              if m.status == "planned" and set(m.participants) == {"طهران", "واشنطن"}]
    assert rounds
    assert rounds[0].place == "روما"
    assert rounds[0].date == "2025-04-19"


@pytest.mark.parametrize(
    ("speaker", "stance", "content"),
    [
        ("عباس عراقجي", "assert", "حق إيران في تخصيب اليورانيوم غير قابل للتفاوض"),
        ("الكرملين", "decline_comment", None),
        ("طهران", "deny", None),
        ("دول غربية", "accuse", None),
    ],
)
def test_seed_statements(seed_doc, speaker: str, stance: str, content: str | None) -> None:
    found = [s for s in seed_doc.statements if s.speaker == speaker and s.stance == stance]
    assert found, [(s.speaker, s.stance) for s in seed_doc.statements]
    if content is not None:
        assert found[0].content == content
