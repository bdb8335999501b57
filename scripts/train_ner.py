"""Train the default NER model (a CRF) and write it into the package.

    .venv/bin/python scripts/train_ner.py [DATA_DIR] [--holdout] [--out PATH]

DATA_DIR defaults to ../shared/data/ner. Reproducible: the data order is fixed, L-BFGS is
deterministic and the cluster k-means uses a fixed seed. ``--holdout`` trains without the dev
split (last 10% of ANERcorp-train, AQMAR-dev) for bench/eval_ner.py; the shipped model
(marsad/entities/data/ner.crfsuite) is trained on everything. ``--clusters`` first rebuilds the
word clusters (marsad/entities/data/clusters.tsv) from the unlabelled text of the training corpora.
``--augment N`` (off by default) adds N mention-replacement copies of the ANERcorp sentences that
hold an entity (Dai & Adel 2020): every mention swapped for another of its type, drawn with
``--seed`` from the other training mentions (``--augment-source train``), the package gazetteers
(``gazetteer``), their curated core (``core``) or per type (``PERS=gazetteer``), its proclitic
(و، ب، لل …) kept on the new first word. Measured by bench/eval_ner.py --cv 3 it does not pay:
no source beat plain duplicate copies (--augment-p 0) beyond seed noise, and all lowered the
AQMAR-dev mean (gazetteer names most) — hence off; the numbers are in the git log.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Container, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from marsad.entities.conll import ner_datasets  # noqa: E402
from marsad.entities.model import MODEL_FILE  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ner"
SEED = 13
# the shipped model's recipe (chosen by bench/eval_ner.py --cv): training sources, and whether the
# char model also learns from the gazetteers' words
DEFAULT_SOURCES = ("anercorp", "aqmar")
CHAR_GAZETTEERS = False
# two-pass stacking: first-pass fold models over ANERcorp give the memory features (0: off)
STACK = 0


Sentence = tuple[list[str], list[str]]
Pool = Mapping[str, Sequence[tuple[str, ...]]]
# where replacement mentions come from: the training mentions, the package gazetteers, or their
# core (curated countries/cities, notable people, the short organisation list)
POOLS = ("train", "gazetteer", "core")
ENTITY_TYPES = ("PERS", "LOC", "ORG", "MISC")
# gazetteer files whose entries stand in for mentions of each type (GeoNames left out: mostly
# obscure transliterations; the single given-name lists left out: news names come in full)
GAZETTEER_POOL_FILES = {"LOC": ("places_cldr.txt", "places_extra.txt", "places_more.txt"),
                        "PERS": ("notable_people.txt",),
                        "ORG": ("org_names.txt", "org_names_more.txt"),
                        "MISC": ("misc_names.txt",)}
CORE_POOL_FILES = {"LOC": ("places_cldr.txt", "places_extra.txt"),
                   "PERS": ("notable_people.txt",),
                   "ORG": ("org_names.txt",),
                   "MISC": ("misc_names.txt",)}


def parse_augment_source(source: str) -> list[dict[str, str]]:
    """The pool of each type, per copy: "train" / "gazetteer" / "core" for every type, "both"
    (copies alternate train and gazetteer), or "PERS=gazetteer,LOC=core" (unnamed types: train).
    """
    if source == "both":
        return [dict.fromkeys(ENTITY_TYPES, "train"), dict.fromkeys(ENTITY_TYPES, "gazetteer")]
    if source in POOLS:
        return [dict.fromkeys(ENTITY_TYPES, source)]
    spec = dict.fromkeys(ENTITY_TYPES, "train")
    for part in source.split(","):
        kind, _, pool = part.partition("=")
        if kind not in ENTITY_TYPES or pool not in POOLS:
            raise ValueError(f"augment source {source!r}: train, gazetteer, core, both or "
                             f"TYPE=POOL,… with TYPE in {ENTITY_TYPES}, POOL in {POOLS}")
        spec[kind] = pool
    return [spec]


def split_proclitic(word: str, known: Container[str] = frozenset()) -> tuple[str, str]:
    """A mention's first word as (conjunction/preposition, name): وبموسكو → (وب, موسكو),
    للأمم → (ل, الأمم), والكرملين → (و, الكرملين). The article stays with the name. The split is
    marsad.text's, and a bare و/ف/ب/ل/ك is taken only when the rest is itself a ``known`` word
    (لبوتين → بوتين, but فرانكفورت, لبنان stay whole)."""
    from marsad.text import fold_keep_teh, split_clitics

    if len(fold_keep_teh(word)) != len(word):  # diacritics: offsets would not map back
        return "", word
    pre, _ = split_clitics(word)
    head = word[:pre]
    if head.endswith("لل"):  # ل + ال contracted
        return head[:-1], "ا" + word[pre - 1:]
    if head.endswith("ال"):
        return head[:-2], word[pre - 2:]
    if head in ("و", "ف"):  # وب، فل …: maybe one more preposition
        inner, rest = split_proclitic(word[pre:], known)
        return (head + inner, rest) if inner or rest in known else ("", word)
    if not head or word[pre:] not in known:
        return "", word
    return head, word[pre:]


def join_proclitic(clitic: str, word: str) -> str:
    """The inverse of split_proclitic: ل + الأمم → للأمم."""
    if clitic.endswith("ل") and word.startswith("ال"):
        return clitic + word[1:]
    return clitic + word


def mention_pool(sents: Sequence[Sentence], known: Container[str] = frozenset()
                 ) -> dict[str, list[tuple[str, ...]]]:
    """Distinct mentions of each type (proclitic peeled), sorted so a seed gives one result."""
    from marsad.entities.conll import bio_spans

    pool: dict[str, set[tuple[str, ...]]] = {}
    for tokens, tags in sents:
        for kind, a, b in bio_spans(tags):
            words = tokens[a:b]
            pool.setdefault(kind, set()).add((split_proclitic(words[0], known)[1], *words[1:]))
    return {k: sorted(v) for k, v in pool.items()}


def gazetteer_pool(files: Mapping[str, Sequence[str]] = GAZETTEER_POOL_FILES
                   ) -> dict[str, list[tuple[str, ...]]]:
    """Entries of the package's place/person/organisation/misc lists as mentions of that type."""
    from marsad.entities.lexicon import read_list, read_sections

    pool: dict[str, list[tuple[str, ...]]] = {}
    for kind, names in files.items():
        entries: set[tuple[str, ...]] = set()
        for name in names:
            lines = (read_sections(name).get("names", []) if name.startswith("org_names")
                     else read_list(name))
            entries.update(tuple(line.split()) for line in lines if line.split())
        pool[kind] = sorted(entries)
    return pool


def replace_mentions(tokens: Sequence[str], tags: Sequence[str], pool: Pool, rng: random.Random,
                     p: float = 1.0, known: Container[str] = frozenset()) -> Sentence:
    """The sentence with each mention, with probability ``p``, swapped for a random mention of
    the same type from ``pool``, BIO tags redrawn to the new length; types without a pool keep
    their mention."""
    from marsad.entities.conll import bio_spans

    out_tokens: list[str] = []
    out_tags: list[str] = []
    pos = 0
    for kind, a, b in bio_spans(list(tags)):
        out_tokens += tokens[pos:a]
        out_tags += tags[pos:a]
        words: list[str] = list(tokens[a:b])
        candidates = pool.get(kind, ())
        if candidates and rng.random() < p:
            clitic, _ = split_proclitic(words[0], known)
            new = list(candidates[rng.randrange(len(candidates))])
            words = [join_proclitic(clitic, new[0]), *new[1:]]
        out_tokens += words
        out_tags += [f"B-{kind}"] + [f"I-{kind}"] * (len(words) - 1)
        pos = b
    out_tokens += tokens[pos:]
    out_tags += tags[pos:]
    return out_tokens, out_tags


def augment(sents: Sequence[Sentence], copies: int, source: str, seed: int,
            p: float = 1.0) -> list[Sentence]:
    """``copies`` mention-replaced copies of every sentence that holds an entity (only the new
    sentences are returned). The train pool is drawn from ``sents`` themselves, so a CV fold
    never sees a held-out block's names."""
    from marsad.entities.conll import bio_spans

    specs = parse_augment_source(source)
    known = frozenset(w for tokens, _ in sents for w in tokens)
    used = {name for spec in specs for name in spec.values()}
    by_name: dict[str, Pool] = {}
    if "train" in used:
        by_name["train"] = mention_pool(sents, known)
    if "gazetteer" in used:
        by_name["gazetteer"] = gazetteer_pool(GAZETTEER_POOL_FILES)
    if "core" in used:
        by_name["core"] = gazetteer_pool(CORE_POOL_FILES)
    pools = [{kind: by_name[name].get(kind, ()) for kind, name in spec.items()}
             for spec in specs]
    rng = random.Random(seed)
    with_entities = [s for s in sents if bio_spans(s[1])]
    return [replace_mentions(tokens, tags, pools[(c + n) % len(pools)], rng, p, known)
            for c in range(copies) for n, (tokens, tags) in enumerate(with_entities)]


def build_clusters(sentences: list[list[str]], out: Path, n_fine: int = 400, n_coarse: int = 60,
                   min_count: int = 3, dims: int = 60) -> int:
    """Brown-like clusters by k-means over SVD-reduced PPMI left/right context vectors."""
    from collections import Counter

    import numpy as np
    from scipy.sparse import coo_matrix
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD

    from marsad.text import fold

    folded = [[fold(t) for t in s] for s in sentences]
    counts = Counter(w for s in folded for w in s)
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    vidx = {w: i for i, w in enumerate(vocab)}
    ctx_words = [w for w, _ in counts.most_common(2000)]
    cidx = {w: i for i, w in enumerate(ctx_words)}
    rows, cols = [], []
    nctx = len(ctx_words)
    for s in folded:
        for i, w in enumerate(s):
            r = vidx.get(w)
            if r is None:
                continue
            for off, base in ((-1, 0), (1, nctx), (-2, 2 * nctx), (2, 3 * nctx)):
                j = i + off
                if 0 <= j < len(s) and s[j] in cidx:
                    rows.append(r)
                    cols.append(base + cidx[s[j]])
    m = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 4 * nctx)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel()
    m = m.tocoo()
    pmi = np.log(m.data * total / (row_sum[m.row] * col_sum[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    vecs = TruncatedSVD(n_components=dims, random_state=SEED).fit_transform(ppmi)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    fine = MiniBatchKMeans(n_fine, random_state=SEED, n_init=3, batch_size=4096).fit_predict(vecs)
    coarse = MiniBatchKMeans(n_coarse, random_state=SEED, n_init=3,
                             batch_size=4096).fit_predict(vecs)
    lines = ["# word clusters from unlabelled ANERcorp/AQMAR/Wojood text (scripts/train_ner.py)"]
    lines += [f"{w}\t{f}\t{c}" for w, f, c in zip(vocab, fine, coarse, strict=True)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(vocab)


def fit_char_model(train_set: list[tuple[list[str], list[str]]], out: Path,
                   folds: int = 5, gazetteers: bool = False) -> None:
    """Fit the char n-gram model on word types; CRF features of training words come from the
    fold model that never saw that word (so the CRF learns how far to trust it on new names)."""
    import zlib

    from marsad.entities.charmodel import CLASSES, CharModel, use
    from marsad.text import strip_clitics

    examples: set[tuple[str, str]] = set()
    for tokens, tags in train_set:
        for tok, tag in zip(tokens, tags, strict=True):
            stem = strip_clitics(tok)
            if len(stem) >= 2:
                kind = tag[2:] if tag != "O" else "O"
                examples.add((stem, kind if kind in CLASSES else "MISC"))  # XMISC: see model
    if gazetteers:
        from marsad.entities.lexicon import lexicon

        lx = lexicon()
        for table, kind in ((lx.places, "LOC"), (lx.geo_places, "LOC"), (lx.first_names, "PERS"),
                            (lx.person_tokens, "PERS"), (lx.org_names, "ORG")):
            examples.update((w, kind) for w in table if len(w) >= 2)
    ordered = sorted(examples)

    def fold_of(word: str) -> int:
        return zlib.crc32(word.encode("utf-8")) % folds

    models = [CharModel.fit(e for e in ordered if fold_of(e[0]) != k) for k in range(folds)]

    class CrossFitted:
        def probs(self, word: str) -> tuple[float, ...]:
            return models[fold_of(word)].probs(word)

    use(CrossFitted())
    CharModel.fit(ordered).save(out)
    print(f"char model: {len(ordered)} word types → {out}", flush=True)


def train(data: Path, out: Path, holdout: bool, sources: tuple[str, ...], c1: float, c2: float,
          iterations: int, algorithm: str = "lbfgs", chars: bool = True,
          char_gazetteers: bool = CHAR_GAZETTEERS, stack: int = STACK, augment_copies: int = 0,
          augment_source: str = "train", seed: int = SEED, augment_p: float = 1.0) -> None:
    if augment_copies and "anercorp" in sources:  # the ANERcorp part only (AQMAR's MIS differs)
        aner, _ = ner_datasets(data, holdout=holdout, sources=("anercorp",))
        others, _ = ner_datasets(data, holdout=holdout,
                                 sources=tuple(s for s in sources if s != "anercorp"))
        extra = augment(aner, augment_copies, augment_source, seed, augment_p)
        print(f"augment: {len(extra)} sentences ({augment_source}, seed {seed})", flush=True)
        train_model(aner + extra + others, out, c1, c2, iterations, algorithm, chars,
                    char_gazetteers)
        return
    if stack and "anercorp" in sources:
        aner, _ = ner_datasets(data, holdout=holdout, sources=("anercorp",))
        others, _ = ner_datasets(data, holdout=holdout,
                                 sources=tuple(s for s in sources if s != "anercorp"))
        train_stacked(aner, others, out, stack, Path("/tmp/ner-stack"), c1=c1, c2=c2,
                      iterations=iterations, algorithm=algorithm, chars=chars,
                      char_gazetteers=char_gazetteers)
        return
    train_set, _ = ner_datasets(data, holdout=holdout, sources=sources)
    train_model(train_set, out, c1, c2, iterations, algorithm, chars, char_gazetteers)


def train_model(train_set: list[tuple[list[str], list[str]]], out: Path, c1: float = 0.05,
                c2: float = 0.01, iterations: int = 150, algorithm: str = "lbfgs",
                chars: bool = True, char_gazetteers: bool = False,
                extras: list[list[list[str]] | None] | None = None) -> None:
    """Fit the char model (cross-fitted) and the CRF on ``train_set``; write both beside ``out``.

    ``extras``: per sentence, per token document features (see ``stack_extras``) or None."""
    from marsad.entities.features import sentence_features, word_features

    out.parent.mkdir(parents=True, exist_ok=True)
    if chars:
        fit_char_model(train_set, out.with_suffix(".chars.tsv"), gazetteers=char_gazetteers)
    word_features.cache_clear()  # it holds char features of the last char model used
    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=False)
    t0 = time.time()
    for n, (tokens, tags) in enumerate(train_set):
        extra = extras[n] if extras is not None else None
        trainer.append(sentence_features(tokens, extra), tags)
    print(f"{len(train_set)} sentences, {sum(len(t) for t, _ in train_set)} tokens, "
          f"features in {time.time() - t0:.0f}s", flush=True)
    params: dict[str, object] = {"max_iterations": iterations,
                                 "feature.possible_transitions": True}
    if algorithm == "lbfgs":
        params.update({"c1": c1, "c2": c2})
    elif algorithm == "l2sgd":
        params["c2"] = c2
    trainer.set_params(params)
    t0 = time.time()
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    print(f"trained in {time.time() - t0:.0f}s → {out} ({out.stat().st_size / 1e6:.1f} MB)")


def stack_extras(first_pass: Path, sents: list[tuple[list[str], list[str]]]
                 ) -> list[list[list[str]]]:
    """Per sentence, the document-memory features ("dm=PERS": the word's type in the preceding
    sentences) as the first-pass model's tags give them — the stacked model sees the same features
    at run time, from its own tags of the preceding sentences (tag-conll is sentence by sentence).
    """
    from marsad.entities.conll import tag_sentence
    from marsad.entities.memory import EntityMemory
    from marsad.entities.model import CrfRecognizer

    rec = CrfRecognizer(first_pass)
    mem = EntityMemory()
    out: list[list[list[str]]] = []
    for tokens, _ in sents:
        out.append(mem.doc_features(tokens))
        tag_sentence(tokens, rec, mem)  # type: ignore[arg-type]
    return out


def train_stacked(aner: list[tuple[list[str], list[str]]],
                  others: list[tuple[list[str], list[str]]], out: Path, k: int,
                  workdir: Path, **kw: object) -> None:
    """Two-pass stacking (Krishnan & Manning 2006): ANERcorp cut into ``k`` contiguous blocks,
    each block's memory features from a first-pass model trained without it (cross-fitted, so
    the final model learns how far to trust them); the other corpora get none."""
    bounds = [len(aner) * i // k for i in range(k + 1)]
    extras: list[list[list[str]] | None] = []
    for i in range(k):
        first = workdir / f"first{i}.crfsuite"
        train_model(aner[:bounds[i]] + aner[bounds[i + 1]:] + others, first, **kw)  # type: ignore[arg-type]
        extras += stack_extras(first, aner[bounds[i]:bounds[i + 1]])
    extras += [None] * len(others)
    train_model(aner + others, out, extras=extras, **kw)  # type: ignore[arg-type]


def add_augment_arguments(ap: argparse.ArgumentParser, scope: str = "") -> None:
    """The augmentation options, shared with bench/eval_ner.py (``scope``: its "--cv: ")."""
    ap.add_argument("--augment", type=int, default=0,
                    help=scope + "mention-replacement copies of the ANERcorp sentences (0: off)")
    ap.add_argument("--augment-source", default="train",
                    help=scope + "train, gazetteer, core, both, or per type: "
                    "PERS=gazetteer,LOC=core")
    ap.add_argument("--augment-p", type=float, default=1.0,
                    help=scope + "chance that a mention in a copy is replaced")
    ap.add_argument("--seed", type=int, default=SEED, help=scope + "seed of the augmentation draw")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--holdout", action="store_true", help="leave the dev split out")
    ap.add_argument("--sources", default=",".join(DEFAULT_SOURCES))
    ap.add_argument("--char-gazetteers", action=argparse.BooleanOptionalAction,
                    default=CHAR_GAZETTEERS)
    ap.add_argument("--stack", type=int, default=STACK,
                    help="two-pass stacking with this many first-pass folds (0: one plain CRF)")
    add_augment_arguments(ap)
    ap.add_argument("--clusters", action="store_true", help="rebuild word clusters first")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--algorithm", default="lbfgs", choices=["lbfgs", "l2sgd", "ap", "pa", "arow"])
    args = ap.parse_args()
    if not (args.data / "anercorp-train.conll").exists():
        sys.exit(f"no NER data at {args.data} (expected anercorp-train.conll there)")
    out = args.out or (Path("/tmp/ner-holdout.crfsuite") if args.holdout else MODEL_FILE)
    sources = tuple(args.sources.split(","))
    if args.clusters:
        from marsad.entities.clusters import CLUSTERS_FILE

        all_sents, _ = ner_datasets(args.data, holdout=False,
                                    sources=("anercorp", "aqmar", "wojood"))
        n = build_clusters([t for t, _ in all_sents], CLUSTERS_FILE)
        print(f"{n} words clustered → {CLUSTERS_FILE}")
    train(args.data, out, args.holdout, sources, args.c1, args.c2, args.iterations,
          args.algorithm, char_gazetteers=args.char_gazetteers, stack=args.stack,
          augment_copies=args.augment, augment_source=args.augment_source, seed=args.seed,
          augment_p=args.augment_p)


if __name__ == "__main__":
    main()
