"""Dev-split NER evaluation: conlleval-style exact-span precision/recall/F1 per type, micro-F1.

    .venv/bin/python scripts/train_ner.py --holdout          # → /tmp/ner-holdout.crfsuite
    .venv/bin/python bench/eval_ner.py [--model /tmp/ner-holdout.crfsuite] [DATA_DIR]

Dev sets: the last 10% of ANERcorp-train by sentence (PERS/LOC/ORG/MISC) and AQMAR-dev
(PERS/LOC/ORG; its MIS is broader than ANERcorp's MISC and not scored). "unseen" is recall on gold
entities whose exact token string never occurs as an entity in the training data.

    .venv/bin/python bench/eval_ner.py --cv 3 [--c1 … --c2 … --iterations …]

trains K models instead (minutes): ANERcorp-train cut into K contiguous blocks (documents stay
together), each block scored by a model trained on the other blocks + AQMAR-train; the fixed
950-entity dev split is too small to choose between two variants by itself (±2 points).
AQMAR-dev is scored by every fold's model (the mean is printed). ``--augment N
--augment-source train|gazetteer|… --seed S`` adds mention-replacement copies of each fold's
ANERcorp training blocks (scripts/train_ner.py); "unseen" stays relative to the real training data.
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


def error_rows(sents: list[tuple[list[str], list[str]]], pred: list[list[str]],
               types: tuple[str, ...]) -> list[str]:
    """One TSV line per wrong span: miss / spurious / boundary (overlapping, other extent) /
    type (same extent, other type), with the sentence around it — for grouping errors by cause."""
    rows: list[str] = []
    for (toks, gold), p in zip(sents, pred, strict=True):
        g = {s for s in bio_spans(gold) if s[0] in types}
        q = {s for s in bio_spans(p) if s[0] in types}
        for kind, own, other in (("miss", g - q, q), ("spurious", q - g, g)):
            for t, a, b in sorted(own, key=lambda s: s[1]):
                near = [s for s in other if s[1] < b and a < s[2]]
                if near and kind == "spurious":
                    continue  # reported once, from the gold side
                label = kind
                if near:
                    label = "type" if (near[0][1], near[0][2]) == (a, b) else "boundary"
                ctx = " ".join([*toks[max(0, a - 6):a], "[", *toks[a:b], "]", *toks[b:b + 6]])
                got = "; ".join(f"{s[0]}:{' '.join(toks[s[1]:s[2]])}" for s in near)
                rows.append(f"{label}\t{t}\t{' '.join(toks[a:b])}\t{got}\t{ctx}")
    return rows


def tag_all(rec: object, sents: list[tuple[list[str], list[str]]], memory: bool = True,
            rules: bool = True) -> list[list[str]]:
    """Tags of every sentence in order, with the document memory as tag-conll uses it."""
    mem = EntityMemory() if memory else None
    return [tag_sentence(toks, rec, mem, rules=rules) for toks, _ in sents]  # type: ignore[arg-type]


def cross_validate(data: Path, k: int, c1: float, c2: float, iterations: int, workdir: Path,
                   reuse: bool = False, memory: bool = True, rules: bool = True,
                   aqmar_misc: str = "MISC", char_gazetteers: bool = False,
                   aner_copies: int = 1, stack: bool = False,
                   errors: Path | None = None, augment_copies: int = 0,
                   augment_source: str = "train", seed: int = 13,
                   augment_p: float = 1.0) -> None:
    """K-fold scores over ANERcorp-train (pooled counts) and mean AQMAR-dev F1.

    With ``stack`` each fold is scored by a second-pass model whose memory features on training
    blocks come from the first-pass fold model that never saw that block (see train_ner.py)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_ner import augment, stack_extras, train_model

    from marsad.entities.conll import read_conll
    from marsad.entities.model import CrfRecognizer

    aner = list(read_conll(data / "anercorp-train.conll"))
    aqmar_train = list(read_conll(data / "aqmar-train.conll"))
    if aqmar_misc != "MISC":  # AQMAR's MIS is far broader than ANERcorp's MISC
        aqmar_train = [(t, [x if not x.endswith("MISC") else
                            ("O" if aqmar_misc == "O" else x[:2] + aqmar_misc) for x in g])
                       for t, g in aqmar_train]
    aqmar_dev = list(read_conll(data / "aqmar-dev.conll"))
    types = SCORED["anercorp-dev"]
    pooled: list[tuple[list[list[str]], list[tuple[list[str], list[str]]],
                       set[tuple[str, str]]]] = []
    aq: list[float] = []
    bounds = [len(aner) * i // k for i in range(k + 1)]
    block_extras: list[list[list[list[str]]]] = []
    if stack:  # first-pass fold models (as without --stack; --reuse keeps them), then their tags
        for i in range(k):
            first = workdir / f"cv{i}.crfsuite"
            if not (reuse and first.exists()):
                train_model(aner[:bounds[i]] + aner[bounds[i + 1]:] + aqmar_train, first, c1, c2,
                            iterations, char_gazetteers=char_gazetteers)
            block_extras.append(stack_extras(first, aner[bounds[i]:bounds[i + 1]]))
    for i in range(k):
        test = aner[bounds[i]:bounds[i + 1]]
        aner_train = aner[:bounds[i]] + aner[bounds[i + 1]:]
        train = aner_train * aner_copies + aqmar_train
        seen = entity_set(train)  # before augmentation: unseen means unseen in the real data
        if augment_copies:
            assert not stack, "--augment with --stack is not wired"
            extra = augment(aner_train, augment_copies, augment_source, seed, augment_p)
            train = aner_train * aner_copies + extra + aqmar_train
        out = workdir / f"cv{i}.crfsuite"
        if stack:
            out = workdir / f"stack{i}.crfsuite"
            extras = [x for j in range(k) if j != i for x in block_extras[j]] * aner_copies
            extras += [None] * len(aqmar_train)
            train_model(train, out, c1, c2, iterations, char_gazetteers=char_gazetteers,
                        extras=extras)
        elif not (reuse and out.exists()):
            train_model(train, out, c1, c2, iterations, char_gazetteers=char_gazetteers)
        rec = CrfRecognizer(out)
        pred = tag_all(rec, test, memory, rules)
        res = score(test, pred, types, seen)
        aq_res = score(aqmar_dev, tag_all(rec, aqmar_dev, memory, rules), SCORED["aqmar-dev"],
                       seen)
        aq.append(aq_res["micro"][2])
        print(f"fold {i}: anercorp micro F1 {res['micro'][2]:.3f}, unseen R "
              f"{res['unseen'][0]:.3f}; aqmar-dev {aq_res['micro'][2]:.3f}", flush=True)
        pooled.append((pred, test, seen))
    if errors is not None:
        rows = [f"anercorp-cv\t{r}" for pred, test, _ in pooled
                for r in error_rows(test, pred, types)]
        errors.write_text("\n".join(rows) + "\n", encoding="utf-8")
    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    np_: Counter[str] = Counter()
    un_tot = un_hit = 0
    for pred, test, seen in pooled:
        for (toks, gold), p in zip(test, pred, strict=True):
            g = {s for s in bio_spans(gold) if s[0] in types}
            q = {s for s in bio_spans(p) if s[0] in types}
            for s in g:
                ng[s[0]] += 1
                if (s[0], " ".join(toks[s[1]:s[2]])) not in seen:
                    un_tot += 1
                    un_hit += s in q
            for s in q:
                np_[s[0]] += 1
            for s in g & q:
                tp[s[0]] += 1
    print(f"{'cv' + str(k):<14}{'type':<7}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for t in (*types, "micro"):
        a = sum(tp.values()) if t == "micro" else tp[t]
        g_ = sum(ng.values()) if t == "micro" else ng[t]
        p_ = sum(np_.values()) if t == "micro" else np_[t]
        pr = a / p_ if p_ else 0.0
        rc = a / g_ if g_ else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        print(f"{'anercorp-cv':<14}{t:<7}{pr:7.3f}{rc:7.3f}{f:7.3f}{g_:7d}")
    print(f"{'anercorp-cv':<14}{'unseen':<7}{'':>7}{un_hit / max(un_tot, 1):7.3f}{'':>7}"
          f"{un_tot:7d}")
    print(f"{'aqmar-dev':<14}{'mean':<7}{'':>14}{sum(aq) / len(aq):7.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", type=Path, default=Path("/tmp/ner-holdout.crfsuite"))
    ap.add_argument("--sources", default="anercorp,aqmar",
                    help="the sources the model was trained on (for the unseen-name split)")
    ap.add_argument("--no-memory", action="store_true", help="sentence by sentence, no memory")
    ap.add_argument("--no-rules", action="store_true", help="CRF tags without the rules")
    ap.add_argument("--cv", type=int, default=0, help="K-fold cross-validation (trains K models)")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/ner-cv"))
    ap.add_argument("--aqmar-misc", default="MISC",
                    help="--cv: AQMAR's MIS tags trained as MISC, O or a separate type (XMISC)")
    ap.add_argument("--char-gazetteers", action="store_true",
                    help="--cv: the char model also learns from the gazetteers' words")
    ap.add_argument("--aner-copies", type=int, default=1,
                    help="--cv: ANERcorp sentences this many times in training (a weight)")
    ap.add_argument("--stack", action="store_true",
                    help="--cv: two-pass stacking, memory features from the fold models' tags")
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_ner import add_augment_arguments

    add_augment_arguments(ap, "--cv: ")
    ap.add_argument("--reuse", action="store_true",
                    help="score the fold models already in --workdir (rules/memory changes)")
    ap.add_argument("--errors", type=Path,
                    help="write every wrong span (set, miss/spurious/boundary/type, …) to this TSV")
    args = ap.parse_args()
    if not (args.data / "anercorp-train.conll").exists():
        sys.exit(f"no NER data at {args.data}")
    if args.cv:
        cross_validate(args.data, args.cv, args.c1, args.c2, args.iterations, args.workdir,
                       args.reuse, not args.no_memory, not args.no_rules,
                       args.aqmar_misc, args.char_gazetteers, args.aner_copies, args.stack,
                       args.errors, args.augment, args.augment_source, args.seed,
                       args.augment_p)
        return
    from marsad.entities.model import CrfRecognizer

    rec = CrfRecognizer(args.model)
    train, dev = ner_datasets(args.data, holdout=True, sources=tuple(args.sources.split(",")))
    seen = entity_set(train)
    print(f"model {args.model}")
    print(f"{'set':<14}{'type':<7}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    errors: list[str] = []
    for name, sents in dev.items():
        pred = tag_all(rec, sents, memory=not args.no_memory, rules=not args.no_rules)
        res = score(sents, pred, SCORED[name], seen)
        for k in (*SCORED[name], "micro"):
            p, r, f, n = res[k]
            print(f"{name:<14}{k:<7}{p:7.3f}{r:7.3f}{f:7.3f}{int(n):7d}")
        errors += [f"{name}\t{r}" for r in error_rows(sents, pred, SCORED[name])]
        ur, un = res["unseen"]
        print(f"{name:<14}{'unseen':<7}{'':>7}{ur:7.3f}{'':>7}{int(un):7d}")
    if args.errors is not None:  # written afresh, like the --cv run's
        args.errors.write_text("".join(r + "\n" for r in errors), encoding="utf-8")


if __name__ == "__main__":
    main()
