"""Dev-split NER evaluation: conlleval-style exact-span precision/recall/F1 per type, micro-F1.

    .venv/bin/python scripts/train_ner.py --holdout          # → /tmp/ner-holdout.crfsuite
    .venv/bin/python bench/eval_ner.py [--model /tmp/ner-holdout.crfsuite] [DATA_DIR]

Dev sets: the last 10% of ANERcorp-train by sentence (PERS/LOC/ORG/MISC) and AQMAR-dev
(PERS/LOC/ORG; its MIS is broader than ANERcorp's MISC and not scored). "unseen" is recall on gold
entities whose exact token string never occurs as an entity in the training data.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.entities.conll import bio_spans, ner_datasets, tag_sentence  # noqa: E402
from marsad.entities.memory import EntityMemory  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ner"
SCORED = {"anercorp-dev": ("PERS", "LOC", "ORG", "MISC"), "aqmar-dev": ("PERS", "LOC", "ORG")}


def entity_set(sents: list[tuple[list[str], list[str]]]) -> set[tuple[str, str]]:
    return {(k, " ".join(toks[a:b])) for toks, tags in sents for k, a, b in bio_spans(tags)}


def score(gold_sents: list[tuple[list[str], list[str]]], pred: list[list[str]],
          types: tuple[str, ...], seen: set[tuple[str, str]]) -> dict[str, tuple[float, ...]]:
    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    np_: Counter[str] = Counter()
    unseen_tot = unseen_hit = 0
    for (toks, gold), p in zip(gold_sents, pred, strict=True):
        g = {s for s in bio_spans(gold) if s[0] in types}
        q = {s for s in bio_spans(p) if s[0] in types}
        for s in g:
            ng[s[0]] += 1
        for s in q:
            np_[s[0]] += 1
        for s in g & q:
            tp[s[0]] += 1
        for s in g:
            if (s[0], " ".join(toks[s[1]:s[2]])) not in seen:
                unseen_tot += 1
                unseen_hit += s in q
    out: dict[str, tuple[float, ...]] = {}
    for k in (*types, "micro"):
        t = sum(tp.values()) if k == "micro" else tp[k]
        gg = sum(ng.values()) if k == "micro" else ng[k]
        pp = sum(np_.values()) if k == "micro" else np_[k]
        p_ = t / pp if pp else 0.0
        r_ = t / gg if gg else 0.0
        f = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
        out[k] = (p_, r_, f, gg)
    out["unseen"] = (unseen_hit / unseen_tot if unseen_tot else 0.0, unseen_tot)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", type=Path, default=Path("/tmp/ner-holdout.crfsuite"))
    ap.add_argument("--sources", default="anercorp,aqmar",
                    help="the sources the model was trained on (for the unseen-name split)")
    ap.add_argument("--no-memory", action="store_true", help="sentence by sentence, no memory")
    ap.add_argument("--no-rules", action="store_true", help="CRF tags without the rules")
    args = ap.parse_args()
    if not (args.data / "anercorp-train.conll").exists():
        sys.exit(f"no NER data at {args.data}")
    from marsad.entities.model import CrfRecognizer

    rec = CrfRecognizer(args.model)
    train, dev = ner_datasets(args.data, holdout=True, sources=tuple(args.sources.split(",")))
    seen = entity_set(train)
    print(f"model {args.model}")
    print(f"{'set':<14}{'type':<7}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for name, sents in dev.items():
        mem = None if args.no_memory else EntityMemory()
        pred = [tag_sentence(toks, rec, mem, rules=not args.no_rules) for toks, _ in sents]
        res = score(sents, pred, SCORED[name], seen)
        for k in (*SCORED[name], "micro"):
            p, r, f, n = res[k]
            print(f"{name:<14}{k:<7}{p:7.3f}{r:7.3f}{f:7.3f}{int(n):7d}")
        ur, un = res["unseen"]
        print(f"{name:<14}{'unseen':<7}{'':>7}{ur:7.3f}{'':>7}{int(un):7d}")


if __name__ == "__main__":
    main()
