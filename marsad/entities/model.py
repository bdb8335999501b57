"""The default recogniser: a linear-chain CRF (python-crfsuite) over marsad.entities.features.

The model file ships in the package (trained by scripts/train_ner.py on ANERcorp + AQMAR), so
nothing is downloaded. Tags are BIO over the ANERcorp types PERS, LOC, ORG, MISC.
"""

from __future__ import annotations

from pathlib import Path

import pycrfsuite

from marsad.entities.features import KnownFeatures

MODEL_FILE = Path(__file__).resolve().parent / "data" / "ner.crfsuite"
TAG_TYPES = ("PERS", "LOC", "ORG", "MISC")
# AQMAR's MIS (far broader than ANERcorp's MISC: sciences, events, works) trained as its own type,
# so it neither teaches ANERcorp's MISC nor counts as O; what it becomes in the output:
XMISC_AS = "O"


class ModelMissingError(RuntimeError):
    """The shipped CRF model file is not there (a broken install or an untrained checkout)."""


class CrfRecognizer:
    """Tags token lists; one instance per process (see conll.load_recognizer)."""

    def __init__(self, path: Path = MODEL_FILE) -> None:
        if not path.exists():
            raise ModelMissingError(
                f"NER model {path} is missing: run `python scripts/train_ner.py` to build it"
            )
        self.path = path
        chars = path.with_suffix(".chars.tsv")
        if chars.exists() and path != MODEL_FILE:  # a model trained elsewhere brings its own
            from marsad.entities.charmodel import CharModel, use

            use(CharModel.load(chars))
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        # trained with document-memory features ("dm=PERS": the word's type a few sentences ago)
        known = frozenset(self._tagger.info().attributes)
        self.uses_memory_features = "dm=PERS" in known
        self._features = KnownFeatures(known)
        self._relabel = {f"{p}-XMISC": (f"{p}-{XMISC_AS}" if XMISC_AS != "O" else "O")
                         for p in "BI" if f"{p}-XMISC" in self._tagger.labels()}

    def tag(self, tokens: list[str], extra: list[list[str]] | None = None) -> list[str]:
        if not tokens:
            return []
        tags = self._tagger.tag(self._features.items(tokens, extra))
        if self._relabel:
            relabel = self._relabel
            return [relabel.get(t, t) for t in tags]
        return list(tags)

    def marginals(self, tokens: list[str], tags: list[str]) -> list[float]:
        """Per-token probability of the given tags (the last tagged sequence must be ``tokens``)."""
        return [self._tagger.marginal(t, i) for i, t in enumerate(tags)]
