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
from collections import Counter, defaultdict
from dataclasses import dataclass

from camel_tools.utils.dediac import dediac_ar

from marsad.document import Document, Keyword
from marsad.text import (
    TATWEEL,
    Token,
    fold,
    has_arabic,
    sentences,
    split_clitics,
    stopwords,
    strip_clitics,
    tokenize,
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


def is_content(tok: Token) -> bool:
    w = tok.text
    if not has_arabic(w) or len(w) < MIN_STEM_LEN + 1:
        return False
    f = fold(w)
    return f not in stopwords() and strip_clitics(w) not in stopwords()


def content_terms(doc: Document, lemmatize: object = None) -> list[list[_Term]]:
    """Per sentence, the runs of adjacent content words (punctuation and stopwords break a run)."""
    runs: list[list[_Term]] = []
    toks = tokenize(doc.text)
    sent_spans = sentences(doc.text)
    si = 0
    run: list[_Term] = []
    lem = lemmatize if callable(lemmatize) else None
    lemmas = lem([t.text for t in toks]) if lem else None
    for i, t in enumerate(toks):
        while si < len(sent_spans) and t.start >= sent_spans[si][1]:
            si += 1
            if run:
                runs.append(run)
                run = []
        if is_content(t):
            if lemmas is not None and lemmas[i]:
                key, shown = fold(lemmas[i]), dediac_ar(lemmas[i])
            else:
                key, shown = strip_clitics(t.text), surface_stem(t.text)
            if len(key) >= MIN_STEM_LEN and key not in stopwords():
                run.append(_Term(key, shown, t.start, t.end))
                continue
        if run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def extract(doc: Document, corpus: object = None, lemmatize: object = None) -> list[Keyword]:
    counts: Counter[str] = Counter()
    shown: dict[str, Counter[str]] = defaultdict(Counter)
    occ: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for run in content_terms(doc, lemmatize):
        for t in run:
            counts[t.key] += 1
            shown[t.key][t.shown] += 1
            occ[t.key].append((t.start, t.end))
        for a, b in itertools.pairwise(run):
            key = f"{a.key} {b.key}"
            counts[key] += 1
            shown[key][f"{a.shown} {b.shown}"] += 1
            occ[key].append((a.start, b.end))
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
        out.append(
            Keyword(
                term=shown[key].most_common(1)[0][0],
                score=round(tf, 4),
                count=c,
                occurrences=occ[key],
            )
        )
    out.sort(key=lambda k: (-k.score, k.term))
    return out[:TOP_N]


def run(doc: Document, ctx: object) -> None:
    from marsad.keywords.lemmas import active_lemmatizer

    doc.keywords = extract(doc, getattr(ctx, "corpus", None), active_lemmatizer(ctx))
