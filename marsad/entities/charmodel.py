"""What a word's letters say about its type: a naive-Bayes model over character n-grams.

A transliterated name the CRF never saw (نيستلروي، كاسياس، عراقجي) still *looks* foreign, and
place and organisation words have their own endings; word-form features of 1–3 letters at the
edges miss the inside of the word. The model is trained by scripts/train_ner.py on word types of
the training data (cross-fitted by type, so a training word is scored by a model that did not see
it) and stored beside the CRF model as n-gram log-probabilities (data/ner.chars.tsv).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Protocol

CHAR_FILE = Path(__file__).resolve().parent / "data" / "ner.chars.tsv"
CLASSES = ("O", "PERS", "LOC", "ORG", "MISC")
N_RANGE = (2, 3, 4)


def ngrams(word: str) -> list[str]:
    w = f"<{word}>"
    return [w[i:i + n] for n in N_RANGE for i in range(len(w) - n + 1)]


class CharModel:
    def __init__(self, priors: dict[str, float], table: dict[str, tuple[float, ...]],
                 unseen: tuple[float, ...]) -> None:
        self.priors = tuple(priors[c] for c in CLASSES)
        self.table = table
        self.unseen = unseen

    @classmethod
    def fit(cls, examples: Iterable[tuple[str, str]], alpha: float = 0.5,
            min_count: int = 2) -> CharModel:
        """examples: (folded word type, class); each type counted once per class."""
        counts = {c: Counter() for c in CLASSES}
        docs: Counter[str] = Counter()
        for word, c in examples:
            counts[c].update(set(ngrams(word)))
            docs[c] += 1
        total_docs = sum(docs.values())
        priors = {c: math.log((docs[c] + 1) / (total_docs + len(CLASSES))) for c in CLASSES}
        vocab = {g for c in CLASSES for g, k in counts[c].items() if k >= 1}
        kept = {g for g in vocab if sum(counts[c][g] for c in CLASSES) >= min_count}
        table: dict[str, tuple[float, ...]] = {}
        # Bernoulli-ish: P(ngram present | class), smoothed
        for g in kept:
            table[g] = tuple(
                math.log((counts[c][g] + alpha) / (docs[c] + 2 * alpha)) for c in CLASSES
            )
        unseen = tuple(math.log(alpha / (docs[c] + 2 * alpha)) for c in CLASSES)
        return cls(priors, table, unseen)

    def probs(self, word: str) -> tuple[float, ...]:
        table = self.table
        # dict.fromkeys, not set: the same summation order in every process (reproducible scores)
        rows = [r for r in map(table.get, dict.fromkeys(ngrams(word))) if r is not None]
        cols = zip(*rows, strict=True)
        scores = [p + sum(c) for p, c in zip(self.priors, cols, strict=True)] if rows \
            else list(self.priors)
        m = max(scores)
        exps = [math.exp(s - m) for s in scores]
        z = sum(exps)
        return tuple(e / z for e in exps)

    def save(self, path: Path) -> None:
        lines = ["# char n-gram naive Bayes for NER (scripts/train_ner.py); classes: "
                 + " ".join(CLASSES),
                 "\t".join(["__prior__", *(f"{v:.4f}" for v in self.priors)])]
        lines += ["\t".join([g, *(f"{v:.3f}" for v in row)])
                  for g, row in sorted(self.table.items())]  # sorted: the same file every run
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> CharModel:
        table: dict[str, tuple[float, ...]] = {}
        priors: tuple[float, ...] = ()
        with open(path, encoding="utf-8") as fp:
            for line in fp:
                if line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                row = tuple(float(x) for x in parts[1:])
                if parts[0] == "__prior__":
                    priors = row
                else:
                    table[parts[0]] = row
        return cls(dict(zip(CLASSES, priors, strict=True)), table, ())


class Scorer(Protocol):
    def probs(self, word: str) -> tuple[float, ...]: ...


_ACTIVE: list[Scorer | None] = []
# caches holding char features computed with the model in use, emptied when it changes
_DEPENDENT_CACHES: list[Callable[[], None]] = []


def on_change(clear: Callable[[], None]) -> None:
    _DEPENDENT_CACHES.append(clear)


def _changed() -> None:
    _char_features.cache_clear()
    for clear in _DEPENDENT_CACHES:
        clear()


@lru_cache(maxsize=1)
def shipped() -> CharModel | None:
    return CharModel.load(CHAR_FILE) if CHAR_FILE.exists() else None


def use(model: Scorer | None) -> None:
    """Score words with ``model`` instead of the shipped one (training; a model beside a CRF)."""
    _ACTIVE.clear()
    _ACTIVE.append(model)
    _changed()


def use_shipped() -> None:
    """Back to the shipped model after ``use`` (a test that trained its own)."""
    _ACTIVE.clear()
    _changed()


def char_features(stem: str) -> list[str]:
    """ng= features of a stem; scored once per distinct stem (many words share one: وال…, بال…)."""
    return list(_char_features(stem))


@lru_cache(maxsize=100_000)
def _char_features(stem: str) -> tuple[str, ...]:
    model = _ACTIVE[0] if _ACTIVE else shipped()
    if model is None or len(stem) < 2:
        return ()
    p = model.probs(stem)
    best = max(range(len(CLASSES)), key=p.__getitem__)
    feats = ["ng=" + CLASSES[best]]
    if p[best] > 0.9:
        feats.append("ng=" + CLASSES[best] + ":hi")
    if CLASSES[best] == "O" and p[0] < 0.6:
        feats.append("ng=O:lo")
    return tuple(feats)
