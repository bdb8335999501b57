"""Word clusters and general-Arabic word frequencies.

Word clusters learned from unlabelled text (scripts/train_ner.py --clusters writes them).

A word's cluster lets the CRF generalise from a name it saw in training to one it didn't: words
used in the same contexts (names after الرئيس, places after في) share a cluster id. The file is
optional: without it, no cluster features are produced (and a model trained without it is used).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

CLUSTERS_FILE = Path(__file__).resolve().parent / "data" / "clusters.tsv"


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    if not CLUSTERS_FILE.exists():
        return {}
    out: dict[str, tuple[str, str]] = {}
    for line in CLUSTERS_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, fine, coarse = line.split("\t")
        out[word] = (fine, coarse)
    return out


def cluster_of(folded_word: str, coarse: bool = False) -> str | None:
    entry = _table().get(folded_word)
    if entry is None:
        return None
    return entry[1] if coarse else entry[0]


FREQ_FILE = Path(__file__).resolve().parent / "data" / "wordfreq_ar.tsv"


@lru_cache(maxsize=1)
def _freq() -> dict[str, tuple[str, str]]:
    if not FREQ_FILE.exists():
        return {}
    out: dict[str, tuple[str, str]] = {}
    with open(FREQ_FILE, encoding="utf-8") as fp:
        for line in fp:
            if line.startswith("#"):
                continue
            word, z, aff = line.rstrip("\n").split("\t")
            out[word] = (z, aff)
    return out


def frequency_of(folded_word: str) -> tuple[str, str] | None:
    """(Zipf bucket, definite-article affinity) of a folded word in general Arabic, if listed."""
    return _freq().get(folded_word)
