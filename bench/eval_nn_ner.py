"""Does a small neural tagger, alone or mixed with the CRF, beat the CRF? Same folds as eval_ner.

    nice .venv/bin/python bench/eval_nn_ner.py --cv 3 [--folds 0] [--epochs 12] [DATA_DIR]

For each fold (ANERcorp-train cut into K contiguous blocks exactly as bench/eval_ner.py --cv
does; the other blocks + AQMAR-train are the training data) this trains the CRF the way
scripts/train_ner.py does, the net of marsad.entities.nn on the same sentences (its char-model
features cross-fitted, as the CRF's are), and scores the block and AQMAR-dev with the CRF alone,
the net alone and their average (net weight --weight, fixed, not tuned on the block) — all three
through the same repair, rules and document memory as tag-conll. Prints per-fold micro-F1 and a
pooled table per type. ``--speed`` also times the ensemble and the CRF on the first block.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_ner import SCORED, entity_set, score, tag_all  # noqa: E402

from marsad.entities.conll import read_conll  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ner"
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
    from marsad.entities.nn import NeuralTagger, symbolic_features, train_net

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
    from marsad.entities.nn import EnsembleRecognizer

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
