"""Accuracy gate on the hand-annotated facts dev set (bench/dev/facts) — needs ../shared.

Floors sit just under what the meetings and statements stages reach on every annotated file
(dev and the already-reported held-out batches together; see bench/eval_facts.py for the table).
A new held-out batch is scored once with bench/eval_facts.py (its first look, reported in
bench/dev/facts/README.md) before it is committed under heldout/: this gate reads every file.
A change that lowers one fails here; raise a floor when the stages get better, never lower it.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from functools import lru_cache
from typing import Any

import pytest

from tests.conftest import NEWS, ROOT

FACTS = ROOT / "bench" / "dev" / "facts"
FLOORS = {  # measured 2026-11-29 (session 4) on 376 articles (dev1–11, held-out 2–9): .776 /
    # .889 / .800 / .816 / .956. dev11 and heldout9 (newspaper-heavy, the hardest kinds) joined
    # after their first looks and lowered date, place and statements; on the 316 articles of the
    # previous floors the stages now measure .829 / .923 / .842 / .854 / .958 (floors there were
    # .775 / .915 / .825 / .83 / .945). Raise a floor when the stages get better, never lower it
    # on the same set.
    "participants_f1": 0.77,
    "meeting_date": 0.88,
    "meeting_place": 0.79,
    "statements_f1": 0.81,
    "stance": 0.95,
}


def _eval_module() -> Any:
    spec = importlib.util.spec_from_file_location("eval_facts", ROOT / "bench" / "eval_facts.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["eval_facts"] = mod  # its dataclasses look their module up while being built
    spec.loader.exec_module(mod)
    return mod


@lru_cache(maxsize=1)
def _results() -> dict[str, float]:
    ev = _eval_module()
    s = ev.Scores()
    files = sorted(FACTS.glob("*.json")) + sorted((FACTS / "heldout").glob("*.json"))
    invented = 0
    for a in ev.load_articles(files):
        raw = ev.raw_article(a["zip"], a["url"])
        doc = ev.analyse(raw, date.fromisoformat(a["pub_date"]), s)
        s.articles += 1
        if not a["meetings"]:
            invented += len(doc.meetings)
        ev.score_meetings(a["meetings"], doc.meetings, s, "")
        ev.score_statements(a["statements"], raw["content"], doc.statements, s, "")
    return {
        "articles": s.articles,
        "participants_f1": s.participants.prf()[2],
        "meeting_date": s.date_right / max(1, s.date_n),
        "meeting_place": s.place_right / max(1, s.place_n),
        "statements_f1": s.statements.prf()[2],
        "stance": s.stance_right / max(1, s.statements.tp),
        "invented": invented,
    }


def _need_news() -> None:
    if not NEWS.exists():
        pytest.skip("../shared news data is absent")


@pytest.mark.shared
@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_facts_dev_set_floor(metric: str) -> None:
    _need_news()
    res = _results()
    assert res["articles"] >= 370
    assert res[metric] >= FLOORS[metric], res


@pytest.mark.shared
def test_no_meeting_invented_in_articles_that_report_none() -> None:
    _need_news()
    assert _results()["invented"] == 0
