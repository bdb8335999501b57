"""Accuracy gate on the fixed NER dev split — needs ../shared (trains a small model, ~45 s).

The shipped model was trained on the dev split too, so it can't be scored here: the gate trains
the same features and word lists on the training part only (fewer L-BFGS iterations than the
shipped model, to stay under a minute) and scores the dev split the way bench/eval_ner.py does
(document memory and rules on). Training is deterministic, so the numbers repeat exactly; the
floors sit just under them (see bench/eval_ner.py for the full model's table).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import NER, ROOT

ITERATIONS = 60
# micro-F1 floors, just under what the gate's model reaches
FLOORS = {"anercorp-dev": 0.755, "aqmar-dev": 0.725}  # gate model: .763 / .737


def _module(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@lru_cache(maxsize=1)
def _scores() -> dict[str, float]:
    import tempfile

    from marsad.entities import charmodel
    from marsad.entities.conll import ner_datasets
    from marsad.entities.model import CrfRecognizer

    train_ner = _module("train_ner", ROOT / "scripts" / "train_ner.py")
    eval_ner = _module("eval_ner", ROOT / "bench" / "eval_ner.py")
    train, dev = ner_datasets(NER, holdout=True, sources=train_ner.DEFAULT_SOURCES)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "gate.crfsuite"
            train_ner.train_model(train, out, iterations=ITERATIONS,
                                  char_gazetteers=train_ner.CHAR_GAZETTEERS)
            rec = CrfRecognizer(out)
            seen = eval_ner.entity_set(train)
            return {name: eval_ner.score(sents, eval_ner.tag_all(rec, sents),
                                         eval_ner.SCORED[name], seen)["micro"][2]
                    for name, sents in dev.items()}
    finally:  # the shipped char model again (word feature caches emptied with it)
        charmodel.use_shipped()


@pytest.mark.shared
@pytest.mark.parametrize("dev_set", sorted(FLOORS))
def test_ner_dev_split_floor(dev_set: str) -> None:
    if not (NER / "anercorp-train.conll").exists():
        pytest.skip("../shared NER data is absent")
    assert _scores()[dev_set] >= FLOORS[dev_set], _scores()
