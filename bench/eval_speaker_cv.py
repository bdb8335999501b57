"""Leave-one-file-out measurement of the statements stage's speaker re-ranker.

For each annotated facts file (bench/dev/facts/*.json and heldout/*.json — never pending/, the
blind sets), the ranker is trained on the other files and applied to this file's statements; the
statements are scored with eval_facts' own scorer (speaker by ``name_match``, content token F1 ≥
.5). Rules only vs rules + ranker, per file, in total, and for heldout10–13 together (the files the
rules were least tuned on). The pipeline runs once with the ranker off; only the re-ranking is
repeated per fold.

    .venv/bin/python bench/eval_speaker_cv.py [--cache /tmp/x.pkl] [--nested] [-v]

Measured 2026-11-30 (session 7; statements rules of the working tree then), statements P/R/F1:

| statements P / R / F1 | all 23 files, 496 articles | heldout10–13, 120 articles |
| --- | --- | --- |
| rules only | .833 / .798 / .815 | .761 / .702 / .730 |
| + ranker, margin 0 (as declared) | .832 / .797 / .814 (16 changed) | .767 / .707 / .736 (5) |
| + ranker, margin per fold (--nested) | .833 / .798 / .815 (2 changed) | .761 / .702 / .730 (0) |

The ranker did not rise in total, so it is not switched on (speaker_rank.json: enabled false).
Why: the rules' speaker is right for 96% of the statements whose candidates hold the gold
speaker (1,625 of 1,699 aligned), and no general feature marks the wrong 4% — even a rules' choice
standing after لـ or a preposition, or a place, is right four times in five.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_facts as ef  # noqa: E402
import train_speaker_rank as tr  # noqa: E402

UNSEEN = ("heldout10", "heldout11", "heldout12", "heldout13")
MARGINS = (0.0, 0.5, 1.0, 2.0)


def inner_margin(rows: dict[str, list], train: list, stems: list[str]) -> float:
    """--nested: the margin chosen by leave-one-file-out inside the training files alone (ties go
    to the larger margin: fewer changes), so the outer file never picks its own setting."""
    tallies = {m: ef.Tally() for m in MARGINS}
    for stem in stems:
        test = [it for it in train if it[0] == stem]
        if not test:
            continue
        model = tr.train_groups([g for s in stems if s != stem for g in rows[s]])
        for m in MARGINS:
            s = _score(test, tr.rerank(test, {**model, "margin": m}))
            t = tallies[m]
            t.tp, t.fp, t.fn = t.tp + s.statements.tp, t.fp + s.statements.fp, \
                t.fn + s.statements.fn
    return max(MARGINS, key=lambda m: (tallies[m].prf()[2], m))


def _score(items: list, preds: list[list], log: list[str] | None = None) -> ef.Scores:
    s = ef.Scores()
    for (_, a, text, _), sts in zip(items, preds, strict=True):
        ef.score_statements(a["statements"], text, sts, s, a["url"][-50:])
    if log is not None:
        log.extend(s.log)
    return s


def _row(name: str, n: int, base: ef.Scores, new: ef.Scores, changed: int) -> str:
    bp, br, bf = base.statements.prf()
    np_, nr, nf = new.statements.prf()
    bst = f"{base.stance_right}/{base.statements.tp}"
    nst = f"{new.stance_right}/{new.statements.tp}"
    return (f"{name:<16}{n:>5}  {bp:.3f} {br:.3f} {bf:.3f}  {np_:.3f} {nr:.3f} {nf:.3f}  "
            f"{nf - bf:+.3f}  {bst:>9} {nst:>9}  {changed:>4}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=None,
                    help="pickle of the pipeline's output (written on the first run)")
    ap.add_argument("--nested", action="store_true",
                    help="choose the decision margin per fold by an inner leave-one-file-out")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list the speakers the ranker changed, right or wrong")
    args = ap.parse_args()
    if not ef.NEWS.exists():
        print(f"no news corpus at {ef.NEWS}: nothing to score", file=sys.stderr)
        return 2
    files = tr.annotated_files()
    items = tr.collect(files, args.cache)
    by_file: dict[str, list] = {}
    rows: dict[str, list] = {}
    for it, r in zip(items, tr.article_rows(items), strict=True):
        by_file.setdefault(it[0], []).append(it)
        rows.setdefault(it[0], []).extend(r)
    print(f"{'file':<16}{'arts':>5}  {'rules P  R     F1':<18}  {'+ranker P R   F1':<18}  "
          f"{'dF1':>6}  {'stance':>9} {'stance+':>9}  {'chg':>4}")
    totals: dict[str, tuple[list, list, list, int]] = {"ALL": ([], [], [], 0),
                                                       "heldout10-13": ([], [], [], 0)}
    t0 = time.process_time()
    for stem in [f.stem for f in files]:
        test = by_file.get(stem, [])
        train = [it for it in items if it[0] != stem]
        model = tr.train_groups([g for s, r in rows.items() if s != stem for g in r])
        if args.nested:
            model["margin"] = inner_margin(rows, train,
                                           [f.stem for f in files if f.stem != stem])
            print(f"   {stem}: inner margin {model['margin']}")
        base_preds = [it[3].statements for it in test]
        new_preds = tr.rerank(test, model)
        changed = sum(1 for b, n in zip(base_preds, new_preds, strict=True)
                      for x, y in zip(b, n, strict=True) if x.speaker != y.speaker)
        base, new = _score(test, base_preds), _score(test, new_preds)
        print(_row(stem, len(test), base, new, changed))
        for key in ("ALL", "heldout10-13"):
            if key == "ALL" or stem in UNSEEN:
                its, bps, nps, ch = totals[key]
                its.extend(test)
                bps.extend(base_preds)
                nps.extend(new_preds)
                totals[key] = (its, bps, nps, ch + changed)
        if args.verbose:
            for it, b, n in zip(test, base_preds, new_preds, strict=True):
                gold = it[1]["statements"]
                for x, y in zip(b, n, strict=True):
                    if x.speaker != y.speaker:
                        ok = _verdict(gold, it[2], y)
                        was = _verdict(gold, it[2], x)
                        print(f"   {was}->{ok} {x.speaker} -> {y.speaker} | {x.verb} | "
                              f"{it[1]['url'][-40:]}")
    print("-" * 100)
    for key, (its, bps, nps, ch) in totals.items():
        print(_row(key, len(its), _score(its, bps), _score(its, nps), ch))
    print(f"\n(CPU {time.process_time() - t0:.1f}s for {len(files)} folds)")
    return 0


def _verdict(gold: list[dict], text: str, st) -> str:
    """'R' when this statement's speaker is the gold one for the content it covers, 'W' when a
    gold statement covers it with another speaker, '-' when none does."""
    for g in gold:
        if ef.content_f1(text[g["content"][0]:g["content"][1]], st.content) >= 0.5:
            if ef.name_match(g["speaker"], st.speaker):
                return "R"
            w = "W"
            break
    else:
        return "-"
    return w


if __name__ == "__main__":
    raise SystemExit(main())
