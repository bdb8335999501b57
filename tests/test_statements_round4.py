"""Statements stage, round 4 (text nobody tuned on): unnamed sources with the body they speak for,
sources named in apposition, and the other classes of this round — one table row per case
(Arabic input written for the test → expected statements)."""

from __future__ import annotations

import pytest

from marsad.statements import lexicon as lx
from tests.test_meetings_helpers import statements_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "بروكسل": (L, "بروكسل"), "باريس": (L, "باريس"), "سالم العتيبي": (P, "سالم العتيبي"),
    "جربا شيهو": (L, "جربا شيهو"), "المفوضية الأوروبية": (ORG, "المفوضية الأوروبية"),
}


def said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.stance, s.content) for s in statements_with(text, NAMES, "2015-07-20")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed spokesman speaks for the body after باسم, whatever that body is
        ("وفي بروكسل، نفى متحدث باسم اللجنة الأوروبية أن تكون المفاوضات قد توقفت.",
         [("متحدث باسم اللجنة الأوروبية", "deny", "تكون المفاوضات قد توقفت")]),
        ("وقال ناطق باسم وزارة الصحة الفرنسية إن الحملة ستتواصل حتى نهاية الشهر.",
         [("ناطق باسم وزارة الصحة الفرنسية", "assert", "الحملة ستتواصل حتى نهاية الشهر")]),
        # … the body tagged as a name is kept with the spokesman
        ("وأكد متحدث باسم المفوضية الأوروبية أن الاتفاق سيوقع قريبا.",
         [("متحدث باسم المفوضية الأوروبية", "assert", "الاتفاق سيوقع قريبا")]),
        # "آخر" extends the source noun; the source named in apposition after هو is the speaker
        ("ومن جهته، قال متحدث آخر باسم الرئاسة هو جربا شيهو، إن الزيارة ستدوم يومين.",
         [("جربا شيهو", "assert", "الزيارة ستدوم يومين")]),
        ("وقال مسؤول في الحكومة هو سالم العتيبي إن الميزانية أصبحت جاهزة.",
         [("سالم العتيبي", "assert", "الميزانية أصبحت جاهزة")]),
    ],
)
def test_unnamed_sources_and_apposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(text) == expected


def test_source_tables_are_folded() -> None:
    assert "باسم" in lx.SPOKESMAN_LINKS
    assert {"اخر", "هو"} <= lx.SOURCE_EXTENSIONS | lx.APPOSITION_PRONOUNS
