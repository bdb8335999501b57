"""Train the learned meetings pass (marsad/meetings/learned.py) on the annotated facts files.

    .venv/bin/python scripts/train_meetings_learned.py [--out PATH] [--files F ...]

Each annotated article is run through the real pipeline with the learned pass off (the rules'
meetings are what it adds to); every candidate ``learned.candidates`` proposes is a row, positive
when its two sides match (``name_match``) two participants of one gold meeting that no rules
meeting already pairs with. A logistic regression (numpy, L2, full-batch Newton steps: no
randomness at all, the same file always gives the same weights) is fitted on all rows. The
decision threshold is chosen without looking at any row's own fit: each file's rows are scored by
a model trained on the other files, and the threshold that gives the best participants F1 over
those out-of-file scores, with no meeting invented in an article without meetings, is kept.
bench/dev/facts/pending/ (blind sets) is never read. Needs ../shared (the article text).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FACTS = ROOT / "bench" / "dev" / "facts"
L2 = 1.0
NEWTON_STEPS = 25
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 20))


def annotated_files() -> list[Path]:
    """The annotated files CV and training use: dev and heldout, never pending/ (blind)."""
    return sorted(FACTS.glob("*.json")) + sorted((FACTS / "heldout").glob("*.json"))


@dataclass
class ArticleRows:
    """One article: the rules' output, the learned pass's candidates and their labels."""

    file: str
    gold: list[dict]
    doc: object  # marsad.document.Document after entities, dates and the rules' meetings
    cands: list
    labels: list[int]
    base: object = None  # eval_facts' tally of the rules' meetings alone, computed once


def unpaired_gold(gold: list[dict], meetings: list) -> list[dict]:
    """The gold meetings eval_facts' greedy pairing leaves without a predicted meeting."""
    from bench.eval_facts import pair_meetings

    used_g = {gi for gi, _ in pair_meetings(gold, meetings)}
    return [g for gi, g in enumerate(gold) if gi not in used_g]


def label(cand: object, gold: list[dict]) -> int:
    """1 when the candidate's sides are two participants of one of ``gold`` (the gold meetings
    the rules left unpaired)."""
    from bench.eval_facts import name_match

    for g in gold:
        ia = {i for i, alts in enumerate(g["participants"]) if name_match(alts, cand.a)}
        ib = {i for i, alts in enumerate(g["participants"]) if name_match(alts, cand.b)}
        if ia and ib and len(ia | ib) >= 2:
            return 1
    return 0


def build_rows(files: list[Path]) -> list[ArticleRows]:
    """Run the pipeline once per article (learned pass off) and collect its candidates."""
    from bench.eval_facts import Scores, analyse, raw_article
    from marsad.meetings import learned

    learned.load_model = lambda *_a, **_k: None  # the rules alone: what the pass adds to
    out: list[ArticleRows] = []
    for f in files:
        for art in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            raw = raw_article(art["zip"], art["url"])
            doc = analyse(raw, date.fromisoformat(art["pub_date"]), Scores(), None)
            cands = learned.candidates(doc)
            missed = unpaired_gold(art["meetings"], doc.meetings)
            labels = [label(c, missed) for c in cands]
            out.append(ArticleRows(f.stem, art["meetings"], doc, cands, labels))
    return out


def feature_names(rows: list[ArticleRows]) -> list[str]:
    return sorted({k for r in rows for c in r.cands for k in c.features})


def matrix(rows: list[ArticleRows], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    idx = {n: i for i, n in enumerate(names)}
    xs, ys = [], []
    for r in rows:
        for c, y in zip(r.cands, r.labels, strict=True):
            v = np.zeros(len(names))
            for k, val in c.features.items():
                if k in idx:
                    v[idx[k]] = val
            xs.append(v)
            ys.append(y)
    if not xs:
        return np.zeros((0, len(names))), np.zeros(0)
    return np.array(xs), np.array(ys, dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (bias not penalised)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[-1] = 1e-6
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + reg * w
        h = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(h, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def model_dict(names: list[str], w: np.ndarray, b: float, threshold: float) -> dict:
    return {"features": names, "weights": {n: round(float(v), 6) for n, v in zip(names, w,
                                                                                  strict=True)},
            "bias": round(b, 6), "threshold": threshold}


def train(rows: list[ArticleRows]) -> dict:
    names = feature_names(rows)
    x, y = matrix(rows, names)
    if not len(y) or y.min() == y.max():
        return model_dict(names, np.zeros(len(names)), -10.0, 1.0)
    w, b = fit(x, y)
    return model_dict(names, w, b, 0.5)


def scores_for(r: ArticleRows, model: dict) -> list[float]:
    from marsad.meetings import learned

    return [learned.score(c.features, model) for c in r.cands]


def _tally(r: ArticleRows, pred: list):
    from bench.eval_facts import Scores, score_meetings

    s = Scores()
    score_meetings(r.gold, sorted(pred, key=lambda m: m.start), s, r.file)
    return s


def evaluate(rows: list[ArticleRows], scores: list[list[float]] | None, threshold: float):
    """eval_facts' meeting scorer over ``rows``: rules' meetings plus (when ``scores``) the
    learned ones accepted at ``threshold``. Articles with nothing added reuse the rules' tally."""
    from bench.eval_facts import Scores
    from marsad.meetings import learned

    s = Scores()
    for i, r in enumerate(rows):
        add = learned.accepted(r.doc, r.cands, scores[i], threshold) if scores else []
        if add:
            t = _tally(r, list(r.doc.meetings) + add)
        else:
            if getattr(r, "base", None) is None:
                r.base = _tally(r, list(r.doc.meetings))
            t = r.base
        for k in ("meetings", "participants"):
            a, b = getattr(s, k), getattr(t, k)
            a.tp, a.fp, a.fn = a.tp + b.tp, a.fp + b.fp, a.fn + b.fn
        s.articles += 1
        if not r.gold:
            s.none_articles += 1
            s.invented += len(r.doc.meetings) + len(add)
    return s


def out_of_file_scores(rows: list[ArticleRows]) -> list[list[float]]:
    """Each article's candidate scores from a model trained on the other files only."""
    files = sorted({r.file for r in rows})
    out: list[list[float]] = [[] for _ in rows]
    for f in files:
        model = train([r for r in rows if r.file != f])
        for i, r in enumerate(rows):
            if r.file == f:
                out[i] = scores_for(r, model)
    return out


def choose_threshold(rows: list[ArticleRows]) -> float:
    """The threshold with the best participants F1 on out-of-file scores, inventing nothing in
    articles without meetings; 1.0 (nothing accepted) when no threshold beats the rules alone."""
    oof = out_of_file_scores(rows)
    base = evaluate(rows, None, 1.0).participants.prf()[2]
    best_t, best_f = 1.0, base
    for t in THRESHOLDS:
        s = evaluate(rows, oof, t)
        f = s.participants.prf()[2]
        if s.invented == 0 and f > best_f + 1e-9:
            best_t, best_f = t, f
    return best_t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "marsad" / "meetings" / "learned.json")
    ap.add_argument("--files", nargs="*", type=Path, default=None)
    args = ap.parse_args()
    from bench.eval_facts import NEWS

    if not NEWS.exists():
        print(f"no news corpus at {NEWS} (../shared absent): cannot read the annotated articles,"
              " nothing trained", file=sys.stderr)
        return 2
    files = args.files or annotated_files()
    if any("pending" in p.parts for p in files):
        print("bench/dev/facts/pending/ holds blind sets: not used for training", file=sys.stderr)
        return 2
    rows = build_rows(files)
    model = train(rows)
    model["threshold"] = choose_threshold(rows)
    model["trained_on"] = [p.stem for p in files]
    model["rows"] = sum(len(r.cands) for r in rows)
    model["positives"] = sum(sum(r.labels) for r in rows)
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{model['rows']} candidates ({model['positives']} positive) from {len(rows)} articles"
          f" in {len(files)} files; threshold {model['threshold']}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
