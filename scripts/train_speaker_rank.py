"""Train the statements stage's speaker re-ranker (marsad/statements/speaker_rank.json).

Rows come from the annotated facts articles (bench/dev/facts/*.json and heldout/*.json; never
pending/): each article is run through the real pipeline with the ranker off; every statement the
rules produce is aligned to the gold statement whose content it covers best (token F1 ≥ .5); its
candidates are labelled by whether they name that gold speaker (the scorer's ``name_match``).
Statements whose candidates hold no right speaker teach nothing about ranking and are left out.
The model is a plain L2-regularised logistic regression fitted by Newton's method (numpy only,
deterministic); the runtime reads its weights from JSON in pure Python.

The article text is read from ../shared/data/news at run time (the corpus licence forbids
copying it), so without ../shared there is nothing to train on.

    .venv/bin/python scripts/train_speaker_rank.py [--out marsad/statements/speaker_rank.json]
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import sys
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import eval_facts as ef  # noqa: E402

from marsad.statements import speaker_rank as sr  # noqa: E402

FACTS = ROOT / "bench" / "dev" / "facts"
L2 = 0.3
ALIGN_F1 = 0.5


def annotated_files() -> list[Path]:
    """The annotated facts files; pending/ holds blind sets and is never read."""
    return sorted(FACTS.glob("*.json")) + sorted((FACTS / "heldout").glob("*.json"))


def collect(files: list[Path], cache: Path | None = None) -> list[tuple[str, dict, str, object]]:
    """(file stem, gold article, corpus text, document with the rules' statements) per article."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    if not ef.NEWS.exists():
        sys.exit(f"no news corpus at {ef.NEWS}: the annotated articles cannot be read, "
                 "nothing to train on (needs ../shared)")
    sr.ENABLED = False
    out = []
    for f in files:
        for a in ef.load_articles([f]):
            raw = ef.raw_article(a["zip"], a["url"])
            doc = ef.analyse(raw, date.fromisoformat(a["pub_date"]), ef.Scores())
            doc.drop_caches()
            out.append((f.stem, a, raw["content"], doc))
    sr.ENABLED = True
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def statement_rows(doc, gold: list[dict], text: str) -> list[tuple[list[dict], list[int]]]:
    """Per single-speaker statement: its candidates' features and 0/1 labels."""
    out = []
    previous: list[str] = []
    sts = doc.statements
    quoted = [sr.content_span(doc.text, s) for s in sts]
    view = sr._View(doc)
    for group in sr._groups(sts):
        st = sts[group[0]]
        if len(group) == 1:
            best, g_best = 0.0, None
            for g in gold:
                f = ef.content_f1(text[g["content"][0]:g["content"][1]], st.content)
                if f > best:
                    best, g_best = f, g
            cands = sr.candidates(doc, st, previous, quoted, view) if best >= ALIGN_F1 else None
            if cands:
                labels = [int(ef.name_match(g_best["speaker"], c.name)) for c in cands]
                if any(labels):
                    out.append(([c.feats for c in cands], labels))
        if st.speaker:
            previous = [st.speaker, *previous]
    return out


def matrix(groups: list[tuple[list[dict], list[int]]]
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature rows, labels, and the statement each row belongs to."""
    xs, ys, gs = [], [], []
    for gi, (feats, labels) in enumerate(groups):
        for f, y in zip(feats, labels, strict=True):
            xs.append([f.get(k, 0.0) for k in sr.FEATURES])
            ys.append(y)
            gs.append(gi)
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), np.asarray(gs)


def fit(x: np.ndarray, y: np.ndarray, g: np.ndarray, l2: float = L2,
        iters: int = 100) -> np.ndarray:
    """Conditional logistic regression (a softmax over each statement's candidates, the right
    ones sharing the target), L2-penalised, by Newton's method: it learns which candidate beats
    which within one statement, not how often a candidate is right in general. The bias
    cancels within a statement and stays 0."""
    n_groups = int(g.max()) + 1
    target = y / np.bincount(g, weights=y, minlength=n_groups)[g]
    w = np.zeros(x.shape[1])
    pen = np.full(x.shape[1], l2)
    for _ in range(iters):
        s = x @ w
        s -= np.bincount(g, weights=s, minlength=n_groups)[g] / np.bincount(g)[g]
        e = np.exp(s - s.max())
        p = e / np.bincount(g, weights=e, minlength=n_groups)[g]
        grad = x.T @ (p - target) + pen * w
        m = np.zeros((n_groups, x.shape[1]))
        np.add.at(m, g, x * p[:, None])
        hess = (x * p[:, None]).T @ x - m.T @ m + np.diag(pen)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def article_rows(items: list[tuple[str, dict, str, object]]) -> list[list]:
    """Training rows per article (the costly part: built once, then any folds are cheap)."""
    return [statement_rows(doc, a["statements"], text) for _, a, text, doc in items]


def train(items: list[tuple[str, dict, str, object]]) -> dict:
    return train_groups([g for rows in article_rows(items) for g in rows])


def train_groups(groups: list[tuple[list[dict], list[int]]]) -> dict:
    x, y, g = matrix(groups)
    w = fit(x, y, g)
    return {
        "about": "speaker re-ranker weights (logistic regression over general features); "
                 "written by scripts/train_speaker_rank.py",
        "enabled": True,
        "margin": 0.0,
        "features": list(sr.FEATURES),
        "weights": {k: round(float(v), 4) for k, v in zip(sr.FEATURES, w, strict=True)},
        "trained_on": {"statements": len(groups), "candidates": len(y),
                       "positives": int(y.sum())},
    }


def rerank(items: list[tuple[str, dict, str, object]], model: dict) -> list:
    """Copies of the documents' statements with the model applied (the documents untouched)."""
    out = []
    for _, _, _, doc in items:
        sts = [copy.copy(s) for s in doc.statements]
        sr.apply(doc, sts, model)
        out.append(sts)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=sr.WEIGHTS_PATH)
    ap.add_argument("--cache", type=Path, default=None,
                    help="pickle of the pipeline's output, to train again without re-running it")
    ap.add_argument("--disabled", action="store_true",
                    help="write the weights with the hook switched off")
    args = ap.parse_args()
    items = collect(annotated_files(), args.cache)
    model = train(items)
    if args.disabled:
        model["enabled"] = False
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(items)} articles, {model['trained_on']} → {args.out}")
    for k, v in sorted(model["weights"].items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:<26} {v:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
