"""Accuracy gate on the hand-annotated dev set (bench/dev/dates/*.jsonl) — needs ../shared."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Any

import pytest

from tests.conftest import NEWS, ROOT

# floors just under what the stage reaches (see bench/eval_dates.py for the full table)
FLOORS = {"precision": 0.98, "recall": 0.96, "value_accuracy": 0.98, "end_to_end": 0.95}


@lru_cache(maxsize=1)
def _results() -> dict[str, Any]:
    return _eval_module().evaluate("all", NEWS)


def _eval_module() -> Any:
    spec = importlib.util.spec_from_file_location("eval_dates", ROOT / "bench" / "eval_dates.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.shared
@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_dev_set_floor(metric: str) -> None:
    if not NEWS.exists():
        pytest.skip("../shared news data is absent")
    res = _results()
    assert res["gold"] >= 800
    assert res[metric] >= FLOORS[metric], res
