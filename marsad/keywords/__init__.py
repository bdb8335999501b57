"""The keywords stage: clitic-stripped, normalised words and two-word phrases, scored TF-IDF.

Terms are counted on a matching key (folded, clitics peeled — or a CAMeL lemma where its morphology
data is installed, see ``marsad.keywords.lemmas``) and shown in their most frequent written form
without clitics or diacritics. The IDF comes from the stored corpus when the pipeline runs with one
(``ctx.corpus``); a one-off analysis has no corpus, so scores are then plain term frequencies.
Site tags are not keywords: they stay in ``Document.tags``.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar

from marsad.document import Document, Keyword
from marsad.text import (
    TATWEEL,
    fold,
    has_arabic,
    split_clitics,
    stopwords,
    strip_clitics,
)

TOP_N = 20
MIN_STEM_LEN = 2
BIGRAM_WEIGHT = 1.5  # a phrase is more telling than either of its words


@dataclass(frozen=True, slots=True)
class _Term:
    key: str
    shown: str
    start: int
    end: int


def surface_stem(word: str) -> str:
    """The written word without diacritics, tatweel and the clitics ``split_clitics`` found."""
    plain = dediac_ar(word).replace(TATWEEL, "")
    pre, suf = split_clitics(word)
    if len(plain) != len(fold(word)):  # a ligature changed the length: show it unsplit
        return plain
    return plain[pre : len(plain) - suf]


@lru_cache(maxsize=500_000)
def light_term(word: str) -> tuple[str, str] | None:
    """(matching key, shown form) of a content word; None for stopwords, numbers, punctuation."""
    if len(word) < MIN_STEM_LEN + 1 or not has_arabic(word):
        return None
    stops = stopwords()
    if fold(word) in stops:
        return None
    key = strip_clitics(word)
    if len(key) < MIN_STEM_LEN or key in stops:
        return None
    return key, surface_stem(word)


def content_terms(doc: Document, lemmatize: object = None) -> list[list[_Term]]:
    """Per sentence, the runs of adjacent content words (punctuation and stopwords break a run)."""
    runs: list[list[_Term]] = []
    toks = doc.tokens()
    ends = [b for _, b in doc.sentences()]
    si = 0
    run: list[_Term] = []
    lemmas = lemmatize([t.text for t in toks]) if callable(lemmatize) else None
    for i, t in enumerate(toks):
        while si < len(ends) and t.start >= ends[si]:
            si += 1
            if run:
                runs.append(run)
                run = []
        term = light_term(t.text)
        if term is not None:
            if lemmas is not None and lemmas[i]:
                term = (fold(lemmas[i]), dediac_ar(lemmas[i]))
            run.append(_Term(term[0], term[1], t.start, t.end))
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def extract(doc: Document, corpus: object = None, lemmatize: object = None) -> list[Keyword]:
    counts: dict[str, int] = {}
    shown: dict[str, dict[str, int]] = {}
    occ: dict[str, list[tuple[int, int]]] = {}

    def add(key: str, form: str, span: tuple[int, int]) -> None:
        counts[key] = counts.get(key, 0) + 1
        forms = shown.setdefault(key, {})
        forms[form] = forms.get(form, 0) + 1
        occ.setdefault(key, []).append(span)

    for run in content_terms(doc, lemmatize):
        for t in run:
            add(t.key, t.shown, (t.start, t.end))
        for a, b in itertools.pairwise(run):
            add(f"{a.key} {b.key}", f"{a.shown} {b.shown}", (a.start, b.end))
    if not counts:
        return []
    n_docs = getattr(corpus, "n_docs", 0) if corpus is not None else 0
    out = []
    for key, c in counts.items():
        is_phrase = " " in key
        if is_phrase and c < 2:
            continue  # a phrase seen once is noise, not a keyword
        tf = c * (BIGRAM_WEIGHT if is_phrase else 1.0)
        if n_docs:
            df = corpus.doc_freq(key)  # type: ignore[attr-defined]
            tf *= math.log((n_docs + 1) / (df + 1)) + 1
        forms = shown[key]
        out.append(
            Keyword(term=max(forms, key=forms.__getitem__), score=round(tf, 4), count=c,
                    occurrences=occ[key])
        )
    out.sort(key=lambda k: (-k.score, k.term))
    return out[:TOP_N]


def run(doc: Document, ctx: object) -> None:
    from marsad.keywords.lemmas import active_lemmatizer

    doc.keywords = extract(doc, getattr(ctx, "corpus", None), active_lemmatizer(ctx))
