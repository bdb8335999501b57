"""Does a small neural tagger, alone or mixed with the CRF, beat the CRF? Same folds as eval_ner.

    nice .venv/bin/python bench/eval_nn_ner.py --cv 3 [--folds 0] [--epochs 12] [DATA_DIR]

For each fold (ANERcorp-train cut into K contiguous blocks exactly as bench/eval_ner.py --cv
does; the other blocks + AQMAR-train are the training data) this trains the CRF the way
scripts/train_ner.py does, the net below on the same sentences (its char-model
features cross-fitted, as the CRF's are), and scores the block and AQMAR-dev with the CRF alone,
the net alone and their average (net weight --weight, fixed, not tuned on the block) — all three
through the same repair, rules and document memory as tag-conll. Prints per-fold micro-F1 and a
pooled table per type. ``--speed`` also times the ensemble and the CRF on the first block.

The net (kept here, not in the package: it lost — see the commit that ran it): the CRF's own
symbolic per-token features (gazetteer flags, char-model class, affixes, clusters, frequency, phrase
marks; marsad.entities.features) as a bag of embeddings, a word embedding learned from scratch
(folded words, rare → UNK, frequency-scaled word dropout) and a char CNN → BiLSTM → softmax, decoded
by Viterbi under BIO constraints. The ensemble averages its per-token tag probabilities with the
CRF's marginals (pycrfsuite Tagger.marginal) and decodes the same way.

Fold 0 of 3 (run 2026-11-29, 10 epochs): CRF .783, net .741, ensemble (0.5) .785 — PERS/LOC up
~.01, MISC down .056; AQMAR-dev .735 / .708 / .729; ensemble 6.3k tok/s against the CRF's 52k.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_ner import SCORED, entity_set, score, tag_all  # noqa: E402

from marsad.entities.conll import read_conll  # noqa: E402
from marsad.entities.features import phrase_marks, word_features  # noqa: E402
from marsad.text import fold  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ner"


# ---- the net ----

TAGS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
PAD, UNK = 0, 1
MAX_CHARS = 20
# symbolic features with fewer training occurrences than this carry no weight worth learning
MIN_FEATURE_COUNT = 3
MIN_WORD_COUNT = 2


def symbolic_features(tokens: Sequence[str]) -> list[list[str]]:
    """Per token, the CRF's own word features minus the word form (the word embedding has it),
    plus the sentence's phrase/quote/head marks — the same knowledge the CRF sees."""
    marks = phrase_marks(list(tokens))
    out: list[list[str]] = []
    for tok, m in zip(tokens, marks, strict=True):
        feats = [f for f in word_features(tok) if not f.startswith("w=")]
        out.append(feats + m)
    return out


@dataclass
class Vocab:
    """String → index tables (index 0 padding, 1 unknown) and the training counts of words."""

    words: dict[str, int] = field(default_factory=dict)
    chars: dict[str, int] = field(default_factory=dict)
    feats: dict[str, int] = field(default_factory=dict)
    word_counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, sents: Sequence[Sequence[str]], feats: Sequence[list[list[str]]]) -> Vocab:
        wc = Counter(fold(t) for s in sents for t in s)
        cc = Counter(ch for w in wc for ch in w)
        fc = Counter(f for fs in feats for tf in fs for f in tf)
        words = [w for w, c in sorted(wc.items()) if c >= MIN_WORD_COUNT]
        return cls(
            words={w: i + 2 for i, w in enumerate(words)},
            chars={ch: i + 2 for i, ch in enumerate(sorted(c for c, k in cc.items() if k >= 2))},
            feats={f: i + 2 for i, f in enumerate(sorted(f for f, k in fc.items()
                                                          if k >= MIN_FEATURE_COUNT))},
            word_counts={w: wc[w] for w in words},
        )

    def as_dict(self) -> dict[str, Any]:
        return {"words": self.words, "chars": self.chars, "feats": self.feats,
                "word_counts": self.word_counts}


@dataclass
class Encoded:
    """One sentence as index lists (chars and features ragged; padded per batch)."""

    words: list[int]
    chars: list[list[int]]
    feats: list[list[int]]
    folded: list[str]


def encode(tokens: Sequence[str], feats: list[list[str]], vocab: Vocab) -> Encoded:
    folded = [fold(t) for t in tokens]
    ch = vocab.chars
    fv = vocab.feats
    return Encoded(
        words=[vocab.words.get(w, UNK) for w in folded],
        chars=[[ch.get(c, UNK) for c in w[:MAX_CHARS]] or [UNK] for w in folded],
        feats=[[fv[f] for f in tf if f in fv] for tf in feats],
        folded=folded,
    )


def _torch() -> Any:
    try:
        import torch
    except ImportError as e:  # pragma: no cover - torch is in the venv
        raise RuntimeError("the neural NER tagger needs torch (pip install torch)") from e
    torch.set_num_threads(1)
    return torch


def make_net(n_words: int, n_chars: int, n_feats: int, dims: dict[str, int]) -> Any:
    """The network: [word emb; char CNN; sum of feature embs] → BiLSTM → per-token tag scores."""
    torch = _torch()
    nn = torch.nn

    class Net(nn.Module):  # type: ignore[misc,name-defined]
        def __init__(self) -> None:
            super().__init__()
            self.wemb = nn.Embedding(n_words, dims["word"], padding_idx=PAD)
            self.cemb = nn.Embedding(n_chars, dims["char"], padding_idx=PAD)
            self.conv = nn.Conv1d(dims["char"], dims["cnn"], kernel_size=3, padding=1)
            self.femb = nn.Embedding(n_feats, dims["feat"], padding_idx=PAD)
            self.drop = nn.Dropout(dims["dropout"] / 100)
            width = dims["word"] + dims["cnn"] + dims["feat"]
            self.lstm = nn.LSTM(width, dims["hidden"], batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * dims["hidden"], len(TAGS))

        def forward(self, words: Any, chars: Any, feats: Any, lengths: Any = None) -> Any:
            b, t, c = chars.shape
            ce = self.cemb(chars.view(b * t, c)).transpose(1, 2)  # (bt, dim, c)
            cv = torch.relu(self.conv(ce)).max(dim=2).values.view(b, t, -1)
            fe = self.femb(feats).sum(dim=2)
            x = self.drop(torch.cat([self.wemb(words), cv, fe], dim=2))
            if lengths is not None:
                packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True,
                                                           enforce_sorted=False)
                h, _ = self.lstm(packed)
                h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
            else:
                h, _ = self.lstm(x)
            return self.out(self.drop(h))

    return Net()


DEFAULT_DIMS = {"word": 64, "char": 24, "cnn": 48, "feat": 48, "hidden": 64, "dropout": 40}


def _batch(items: Sequence[Encoded], word_dropout: float = 0.0,
           rng: random.Random | None = None, counts: dict[str, int] | None = None) -> tuple:
    torch = _torch()
    t = max(len(e.words) for e in items)
    c = max(len(ch) for e in items for ch in e.chars)
    f = max(1, max((len(x) for e in items for x in e.feats), default=1))
    words: list[list[int]] = []
    chars: list[list[list[int]]] = []
    feats: list[list[list[int]]] = []
    no_chars = [PAD] * c
    no_feats = [PAD] * f
    for e in items:
        ws = e.words
        if word_dropout and rng is not None and counts is not None:
            # a rare word is dropped more often: the net must learn UNK from contexts like those
            # of the unseen names at test time (alpha / (alpha + count), Kiperwasser & Goldberg)
            ws = [UNK if w != UNK and rng.random() < word_dropout /
                  (word_dropout + counts.get(fw, 1)) else w for w, fw in zip(ws, e.folded,
                                                                           strict=True)]
        pad = t - len(ws)
        words.append([*ws, *[PAD] * pad])
        chars.append([[*ch, *[PAD] * (c - len(ch))] for ch in e.chars] + [no_chars] * pad)
        feats.append([[*fs, *[PAD] * (f - len(fs))] for fs in e.feats] + [no_feats] * pad)
    long = torch.long
    return (torch.tensor(words, dtype=long), torch.tensor(chars, dtype=long),
            torch.tensor(feats, dtype=long), torch.tensor([len(e.words) for e in items]))


def train_net(sents: Sequence[tuple[list[str], list[str]]], feats: Sequence[list[list[str]]],
              epochs: int = 12, seed: int = 13, dims: dict[str, int] | None = None,
              batch_size: int = 32, lr: float = 2e-3, word_dropout: float = 0.25,
              log: bool = True) -> NeuralTagger:
    """Fit vocabulary and network on (tokens, BIO tags) with each sentence's symbolic features
    (computed by the caller, so training can use cross-fitted char-model features)."""
    torch = _torch()
    torch.manual_seed(seed)
    rng = random.Random(seed)
    dims = dict(DEFAULT_DIMS if dims is None else dims)
    vocab = Vocab.build([t for t, _ in sents], feats)
    net = make_net(len(vocab.words) + 2, len(vocab.chars) + 2, len(vocab.feats) + 2, dims)
    tag_index = {t: i for i, t in enumerate(TAGS)}
    data = [(encode(toks, f, vocab), [tag_index.get(t, 0) for t in tags])
            for (toks, tags), f in zip(sents, feats, strict=True)]
    opt = torch.optim.Adam(net.parameters(), lr=lr)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-1)
    order = list(range(len(data)))
    for ep in range(epochs):
        net.train()
        rng.shuffle(order)
        total = 0.0
        for k in range(0, len(order), batch_size):
            chunk = [data[i] for i in order[k:k + batch_size]]
            words, chars, fts, lengths = _batch([e for e, _ in chunk], word_dropout, rng,
                                                vocab.word_counts)
            gold = torch.full(words.shape, -1, dtype=torch.long)
            for i, (_, y) in enumerate(chunk):
                gold[i, :len(y)] = torch.tensor(y)
            scores = net(words, chars, fts, lengths)
            loss = loss_fn(scores.reshape(-1, len(TAGS)), gold.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach()) * len(chunk)
        if log:
            print(f"  epoch {ep + 1}/{epochs} loss {total / len(data):.4f}", flush=True)
    net.eval()
    return NeuralTagger(net, vocab, dims)


class NeuralTagger:
    """The trained network with its vocabulary; gives per-token tag probabilities."""

    def __init__(self, net: Any, vocab: Vocab, dims: dict[str, int]) -> None:
        self.net = net
        self.vocab = vocab
        self.dims = dims

    def save(self, path: Path) -> None:
        torch = _torch()
        path.parent.mkdir(parents=True, exist_ok=True)
        # half precision halves the file (the fold scores are those of the reloaded net)
        state = {k: v.half() if v.is_floating_point() else v
                 for k, v in self.net.state_dict().items()}
        torch.save({"state": state, "vocab": self.vocab.as_dict(), "dims": self.dims,
                    "tags": TAGS}, path)

    @classmethod
    def load(cls, path: Path) -> NeuralTagger:
        torch = _torch()
        blob = torch.load(path, map_location="cpu", weights_only=True)
        if tuple(blob["tags"]) != TAGS:
            raise ValueError(f"{path}: tag set {blob['tags']} is not {TAGS}")
        v = blob["vocab"]
        vocab = Vocab(v["words"], v["chars"], v["feats"], v["word_counts"])
        dims = dict(blob["dims"])
        net = make_net(len(vocab.words) + 2, len(vocab.chars) + 2, len(vocab.feats) + 2, dims)
        net.load_state_dict({k: t.float() for k, t in blob["state"].items()})
        net.eval()
        return cls(net, vocab, dims)

    def probs(self, tokens: Sequence[str]) -> list[list[float]]:
        """Per token, a probability for every tag in TAGS order."""
        if not tokens:
            return []
        torch = _torch()
        enc = encode(tokens, symbolic_features(tokens), self.vocab)
        words, chars, feats, _ = _batch([enc])
        with torch.inference_mode():
            p = torch.softmax(self.net(words, chars, feats)[0], dim=1)
        return p.tolist()

    def tag(self, tokens: list[str], extra: list[list[str]] | None = None) -> list[str]:
        return viterbi_bio(self.probs(tokens))


_START_OK = tuple(not t.startswith("I-") for t in TAGS)
# for tag j, the tags that may precede it: any for O and B-X, only B-X or I-X for I-X
_PREDECESSORS = tuple(
    tuple(range(len(TAGS))) if not t.startswith("I-")
    else (TAGS.index("B-" + t[2:]), TAGS.index(t))
    for t in TAGS
)
_FLOOR = 1e-12


def viterbi_bio(probs: Sequence[Sequence[float]]) -> list[str]:
    """The most probable tag sequence under the product of per-token probabilities that obeys
    BIO (averaged probabilities of two taggers need not chain into valid chunks)."""
    if not probs:
        return []
    log = math.log
    score = [log(max(p, _FLOOR)) if ok else -1e9
             for p, ok in zip(probs[0], _START_OK, strict=True)]
    back: list[list[int]] = []
    for row in probs[1:]:
        best_any = max(range(len(TAGS)), key=score.__getitem__)
        new: list[float] = []
        ptr: list[int] = []
        for j, preds in enumerate(_PREDECESSORS):
            i = best_any if len(preds) > 2 else (preds[0] if score[preds[0]] >= score[preds[1]]
                                                 else preds[1])
            new.append(score[i] + log(max(row[j], _FLOOR)))
            ptr.append(i)
        score = new
        back.append(ptr)
    j = max(range(len(TAGS)), key=score.__getitem__)
    path = [j]
    for ptr in reversed(back):
        j = ptr[j]
        path.append(j)
    return [TAGS[k] for k in reversed(path)]


def crf_marginals(rec: Any, tokens: list[str], extra: list[list[str]] | None = None
                  ) -> list[list[float]]:
    """Per token, the CRF's marginal probability of every tag in TAGS order (its XMISC, if any,
    counted as O, as the CRF's output relabels it)."""
    tagger = rec._tagger
    tagger.set(rec._features.items(tokens, extra))
    labels = set(tagger.labels())
    out: list[list[float]] = []
    for i in range(len(tokens)):
        row = [tagger.marginal(t, i) if t in labels else 0.0 for t in TAGS]
        for x in ("B-XMISC", "I-XMISC"):
            if x in labels:
                row[0] += tagger.marginal(x, i)
        out.append(row)
    return out


class EnsembleRecognizer:
    """CRF marginals and the net's probabilities averaged with weight ``weight`` on the net,
    decoded under BIO constraints; a drop-in for CrfRecognizer in conll.tag_sentence."""

    def __init__(self, crf: Any, net: NeuralTagger, weight: float = 0.5) -> None:
        self.crf = crf
        self.net = net
        self.weight = weight
        self.uses_memory_features = getattr(crf, "uses_memory_features", False)

    def mixed(self, tokens: list[str], extra: list[list[str]] | None = None
              ) -> list[list[float]]:
        w = self.weight
        pc = crf_marginals(self.crf, tokens, extra)
        pn = self.net.probs(tokens)
        return [[w * a + (1 - w) * b for a, b in zip(rn, rc, strict=True)]
                for rn, rc in zip(pn, pc, strict=True)]

    def tag(self, tokens: list[str], extra: list[list[str]] | None = None) -> list[str]:
        if not tokens:
            return []
        return viterbi_bio(self.mixed(tokens, extra))


# ---- the evaluation ----

Sents = list[tuple[list[str], list[str]]]


def fold_data(data: Path, k: int) -> tuple[Sents, Sents, Sents, list[int]]:
    aner = list(read_conll(data / "anercorp-train.conll"))
    aqmar_train = list(read_conll(data / "aqmar-train.conll"))
    aqmar_dev = list(read_conll(data / "aqmar-dev.conll"))
    bounds = [len(aner) * i // k for i in range(k + 1)]
    return aner, aqmar_train, aqmar_dev, bounds


def train_fold(train: Sents, workdir: Path, i: int, reuse: bool, epochs: int,
               seed: int) -> tuple[object, object]:
    """The fold's CRF (as train_ner.train_model) and net; training features of the net come
    from the cross-fitted char model, like the CRF's."""
    from train_ner import fit_char_model, train_model

    from marsad.entities.model import CrfRecognizer

    crf_path = workdir / f"cv{i}.crfsuite"
    if not (reuse and crf_path.exists()):
        t0 = time.time()
        train_model(train, crf_path)
        print(f"fold {i}: CRF trained in {time.time() - t0:.0f}s", flush=True)
    nn_path = workdir / f"cv{i}.nn.pt"
    if reuse and nn_path.exists():
        net = NeuralTagger.load(nn_path)
    else:
        fit_char_model(train, workdir / f"cv{i}.xfit.chars.tsv")  # leaves the cross-fitted active
        feats = [symbolic_features(toks) for toks, _ in train]
        t0 = time.time()
        net = train_net(train, feats, epochs=epochs, seed=seed)
        print(f"fold {i}: net trained in {time.time() - t0:.0f}s", flush=True)
        net.save(nn_path)
        net = NeuralTagger.load(nn_path)  # scored as shipped (half-precision weights)
    crf = CrfRecognizer(crf_path)  # switches to the fold's full char model
    return crf, net


def pooled_table(rows: dict[str, list[tuple[Sents, list[list[str]], set]]],
                 types: tuple[str, ...], label: str) -> None:
    print(f"{label:<12}{'system':<14}" + "".join(f"{t:>7}" for t in (*types, "micro"))
          + f"{'P':>7}{'R':>7}{'unseenR':>9}")
    for name, parts in rows.items():
        gold = [s for test, _, _ in parts for s in test]
        pred = [p for _, ps, _ in parts for p in ps]
        res = score(gold, pred, types, set())
        hits = tot = 0.0
        for test, ps, seen in parts:
            r, n = score(test, ps, types, seen)["unseen"]
            hits += r * n
            tot += n
        print(f"{label:<12}{name:<14}" + "".join(f"{res[t][2]:7.3f}" for t in (*types, "micro"))
              + f"{res['micro'][0]:7.3f}{res['micro'][1]:7.3f}{hits / max(tot, 1):9.3f}")


def timed(rec: object, sents: Sents) -> float:
    toks = sum(len(t) for t, _ in sents)
    t0 = time.process_time()
    tag_all(rec, sents)
    return toks / (time.process_time() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cv", type=int, default=3)
    ap.add_argument("--folds", default="", help="comma-separated fold numbers (default: all)")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--weight", type=float, default=0.5, help="the net's share in the ensemble")
    ap.add_argument("--sweep", default="0.3,0.7",
                    help="other weights also printed (diagnostic only: chosen on the test block)")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/nn-ner"))
    ap.add_argument("--reuse", action="store_true", help="reuse fold models in --workdir")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--json", type=Path, help="append per-fold results here")
    args = ap.parse_args()
    if not (args.data / "anercorp-train.conll").exists():
        sys.exit(f"no NER data at {args.data}")
    import torch

    torch.set_num_threads(1)

    args.workdir.mkdir(parents=True, exist_ok=True)
    aner, aqmar_train, aqmar_dev, bounds = fold_data(args.data, args.cv)
    folds = [int(x) for x in args.folds.split(",")] if args.folds else list(range(args.cv))
    weights = [args.weight] + [float(w) for w in args.sweep.split(",") if w]
    types = SCORED["anercorp-dev"]
    aq_types = SCORED["aqmar-dev"]
    rows: dict[str, list] = {}
    aq_rows: dict[str, list] = {}
    for i in folds:
        test = aner[bounds[i]:bounds[i + 1]]
        train = aner[:bounds[i]] + aner[bounds[i + 1]:] + aqmar_train
        crf, net = train_fold(train, args.workdir, i, args.reuse, args.epochs, args.seed)
        seen = entity_set(train)
        systems: dict[str, object] = {"crf": crf, "nn": net}
        for w in weights:
            systems[f"ens{w:g}"] = EnsembleRecognizer(crf, net, w)
        line = {"fold": i}
        for name, rec in systems.items():
            pred = tag_all(rec, test)
            aq_pred = tag_all(rec, aqmar_dev)
            rows.setdefault(name, []).append((test, pred, seen))
            aq_rows.setdefault(name, []).append((aqmar_dev, aq_pred, seen))
            f = score(test, pred, types, seen)["micro"][2]
            fa = score(aqmar_dev, aq_pred, aq_types, seen)["micro"][2]
            line[name] = (round(f, 4), round(fa, 4))
            print(f"fold {i}: {name:<8} anercorp micro F1 {f:.3f}  aqmar-dev {fa:.3f}",
                  flush=True)
        if args.json:
            with open(args.json, "a", encoding="utf-8") as fp:
                fp.write(json.dumps(line) + "\n")
        if args.speed and i == folds[0]:
            ens = systems[f"ens{args.weight:g}"]
            for name, rec in (("crf", crf), ("nn", net), ("ensemble", ens)):
                print(f"speed {name}: {timed(rec, test):,.0f} tok/s (CPU time, 1 thread, "
                      f"rules + memory included)", flush=True)
            size = (args.workdir / f"cv{i}.nn.pt").stat().st_size / 1e6
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"net file {size:.1f} MB; process max RSS {rss:.0f} MB (pid {os.getpid()})")
    pooled_table(rows, types, "anercorp-cv")
    pooled_table(aq_rows, aq_types, "aqmar-dev")


if __name__ == "__main__":
    main()
