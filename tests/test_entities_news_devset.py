"""Accuracy gate for the entities stage on hand-annotated real news (bench/dev/entities) — needs
../shared.

The CoNLL gate (test_ner_devset.py) keeps ANERcorp-style accuracy; this one keeps what analysts
see on SaudiNewsNet articles: clitics-peeled span F1 per gold file, and person-title recall.
Floors sit just under the measured figures (bench/eval_entities_news.py); raise them when the
stage gets better, never lower one on the same file.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from typing import Any

import pytest

from tests.conftest import NEWS, ROOT

GOLD = ROOT / "bench" / "dev" / "entities"
# file → (span F1 floor, person-title recall floor), measured 2026-11-30 (session 6; all three
# seen and tuned on this session: news1 .769 -> .845, news2 .629 -> .723, news3 .680 -> .767).
# Session 8 (document-mode rules: the given name علي, Gulf names, bodies with their ل-complement,
# local branches, the longer listed organisation names): news1 .863, news2 .748, news3 .801,
# news4 .741, news5 .781, news6 .696 (news1-5 tuned on, news6 validation only)
FLOORS = {
    "news1.json": (0.85, 0.80),  # first look (session 5) .593; titles 57/67
    "news2.json": (0.74, 0.80),  # blind in session 5: .546 -> .629; titles 27/33
    "news3.json": (0.79, 0.80),  # blind in session 5: .647 -> .680; titles 75/90
    # blind in session 6 (annotated at its start, scored once with the start code and once at
    # the end): news4 .674 -> .702, titles 59/66; news5 .721 -> .771, titles 26/34
    "news4.json": (0.73, 0.85),
    "news5.json": (0.77, 0.75),
    # blind in session 7: .696 at the start and at the end (no rule of the session touched these
    # 15 articles), titles 56/61
    "news6.json": (0.69, 0.90),
}


def _eval_module() -> Any:
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("eval_entities_news",
                                                  ROOT / "bench" / "eval_entities_news.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["eval_entities_news"] = mod
    spec.loader.exec_module(mod)
    return mod


@cache
def _scores(name: str) -> tuple[float, float]:
    s, _ = _eval_module().score_files([GOLD / name])
    return s.peeled.prf()[2], s.titles_found / max(1, s.titles_gold)


@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared/data/news")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_entities_on_annotated_news(name: str) -> None:
    f1, titles = _scores(name)
    f1_floor, title_floor = FLOORS[name]
    assert f1 >= f1_floor, f"{name}: span F1 {f1:.3f} < {f1_floor}"
    assert titles >= title_floor, f"{name}: person titles {titles:.3f} < {title_floor}"
