"""Leave-one-file-out measurement of the learned meetings pass (marsad/meetings/learned.py).

For each annotated facts file (bench/dev/facts/*.json and heldout/*.json — never pending/, the
blind sets): train the pass on the other files (weights, and the decision threshold chosen by a
leave-one-file-out inside those files only), run rules + learned on the held-out file, and score
with eval_facts' meeting scorer. Prints per file and in total meetings P/R/F1, participants
P/R/F1 and meetings invented in articles without meetings, rules alone against rules + learned,
and the union of heldout10–13 (the freshest files). The rules' own output does not depend on the
fold, so every article is analysed once.

    .venv/bin/python bench/eval_meetings_cv.py [--files F ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_meetings_learned as tr  # noqa: E402

from bench.eval_facts import NEWS, Scores, score_meetings  # noqa: E402
from marsad.meetings import learned  # noqa: E402

FRESH = ("heldout10", "heldout11", "heldout12", "heldout13")


def _score(rows: list[tr.ArticleRows], extra: list[list] | None) -> Scores:
    s = Scores()
    for i, r in enumerate(rows):
        pred = list(r.doc.meetings) + (extra[i] if extra is not None else [])
        pred.sort(key=lambda m: m.start)
        s.articles += 1
        if not r.gold:
            s.none_articles += 1
            s.invented += len(pred)
        score_meetings(r.gold, pred, s, r.file)
    return s


def _fmt(s: Scores) -> str:
    mp, mr, mf = s.meetings.prf()
    pp, pr, pf = s.participants.prf()
    return (f"{mp:.3f} {mr:.3f} {mf:.3f}  {pp:.3f} {pr:.3f} {pf:.3f}  {s.invented:>3}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", nargs="*", type=Path, default=None)
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list the learned meetings of each held-out file")
    args = ap.parse_args()
    if not NEWS.exists():
        print(f"no news corpus at {NEWS} (../shared absent): nothing to measure", file=sys.stderr)
        return 2
    files = args.files or tr.annotated_files()
    if any("pending" in p.parts for p in files):
        print("bench/dev/facts/pending/ holds blind sets: not measured here", file=sys.stderr)
        return 2
    t0 = time.time()
    rows = tr.build_rows(files)
    names = [p.stem for p in files]
    extra: list[list] = [[] for _ in rows]
    thresholds: dict[str, float] = {}
    for f in names:
        train_rows = [r for r in rows if r.file != f]
        model = tr.train(train_rows)
        model["threshold"] = thresholds[f] = tr.choose_threshold(train_rows)
        for i, r in enumerate(rows):
            if r.file == f and r.cands:
                extra[i] = learned.accepted(r.doc, r.cands, tr.scores_for(r, model),
                                            model["threshold"])
    head = (f"{'file':<10} {'art':>4} {'thr':>5}  {'rules: meet P R F1':<18}  "
            f"{'part P R F1':<17}  inv  |  {'rules+learned: meet P R F1':<18}  "
            f"{'part P R F1':<17}  inv  added")
    print(head)
    print("-" * len(head))

    def line(tag: str, sel: list[int], thr: str) -> None:
        sub = [rows[i] for i in sel]
        ex = [extra[i] for i in sel]
        print(f"{tag:<10} {len(sub):>4} {thr:>5}  {_fmt(_score(sub, None))}  |  "
              f"{_fmt(_score(sub, ex))}  {sum(len(x) for x in ex):>5}")

    for f in names:
        line(f, [i for i, r in enumerate(rows) if r.file == f], f"{thresholds[f]:.2f}")
    print("-" * len(head))
    line("TOTAL", list(range(len(rows))), "")
    fresh = [i for i, r in enumerate(rows) if r.file in FRESH]
    if fresh:
        line("h10-13", fresh, "")
    if args.verbose:
        print()
        for i, r in enumerate(rows):
            for m in extra[i]:
                ok = any(tr.label(type("C", (), {"a": m.participants[0],
                                                 "b": m.participants[1]})(), [g])
                         for g in tr.unpaired_gold(r.gold, r.doc.meetings))
                print(f"{r.file} {'RIGHT' if ok else 'WRONG'} {m.participants} {m.status} "
                      f"{m.kind} [{m.start}:{m.end}]")
    print(f"\n{len(rows)} articles, {sum(len(r.cands) for r in rows)} candidates "
          f"({sum(sum(r.labels) for r in rows)} positive); {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
