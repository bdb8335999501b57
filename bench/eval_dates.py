"""Dev-set evaluation of the dates stage: detection precision/recall and exact-value accuracy.

Gold: bench/dev/dates/{tune,test,heldout}.jsonl — (zip, url, offsets, expression, value, kind)
annotated by hand on SaudiNewsNet articles; the text is read from ../shared at run time (never
stored here). See bench/dev/dates/README.md for the guidelines and which split was seen when.

    .venv/bin/python bench/eval_dates.py [--split tune|test|heldout…|all] [--errors] [--news PATH]

Matching: a prediction and a gold expression match when their character spans overlap (one-to-one,
largest overlap first). Value accuracy = matched pairs with the exact gold value / matched pairs;
"end-to-end" = gold expressions found with the exact value / all gold expressions.
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV = ROOT / "bench" / "dev" / "dates"
# in the order they were annotated (see bench/dev/dates/README.md)
SPLITS = ("tune", "test", "heldout", "heldout2", "heldout3", "heldout4")
DEFAULT_NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-2015-07"

from marsad.dates import extract_dates  # noqa: E402


def load_gold(split: str) -> list[dict[str, Any]]:
    names = list(SPLITS) if split == "all" else [split]
    rows: list[dict[str, Any]] = []
    for name in names:
        p = DEV / f"{name}.jsonl"
        if p.exists():
            rows += [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x]
    return rows


def load_articles(news: Path, keys: set[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    out: dict[tuple[str, str], dict] = {}
    for zname in sorted({z for z, _ in keys}):
        with zipfile.ZipFile(news / zname) as zf:
            for a in json.load(zf.open(zf.namelist()[0])):
                if (zname, a["url"]) in keys:
                    out[(zname, a["url"])] = a
    return out


def match(gold: list[dict], pred: list[Any]) -> list[tuple[int, int]]:
    pairs = []
    for gi, gd in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = min(gd["end"], p.end) - max(gd["start"], p.start)
            if ov > 0:
                pairs.append((ov, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def evaluate(split: str, news: Path, show_errors: bool = False) -> dict[str, float]:
    gold = load_gold(split)
    by_doc: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for g in gold:
        by_doc[(g["zip"], g["url"])].append(g)
    arts = load_articles(news, set(by_doc))
    n_gold = n_pred = n_match = n_value = n_span = 0
    per_kind: Counter[str] = Counter()
    per_kind_ok: Counter[str] = Counter()
    errors: list[str] = []
    for key, golds in by_doc.items():
        a = arts[key]
        pub = date.fromisoformat(a["date_extracted"][:10])
        pred = extract_dates(a["content"], pub)
        pairs = match(golds, pred)
        n_gold += len(golds)
        n_pred += len(pred)
        n_match += len(pairs)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            gd, p = golds[gi], pred[pi]
            per_kind[gd["kind"]] += 1
            if (gd["start"], gd["end"]) == (p.start, p.end):
                n_span += 1
            if p.value == gd["value"]:
                n_value += 1
                per_kind_ok[gd["kind"]] += 1
            else:
                errors.append(f"VALUE {gd['expression']!r}: gold {gd['value']} got {p.value} "
                              f"({p.text!r}, pub {pub}) {key[1][:60]}")
        for gi, gd in enumerate(golds):
            if gi not in matched_g:
                errors.append(f"MISS  {gd['expression']!r} gold {gd['value']} {key[1][:60]}")
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                errors.append(f"EXTRA {p.text!r} -> {p.value} {key[1][:60]}")
    prec = n_match / n_pred if n_pred else 0.0
    rec = n_match / n_gold if n_gold else 0.0
    res = {
        "articles": len(by_doc), "gold": n_gold, "predicted": n_pred,
        "precision": prec, "recall": rec,
        "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "value_accuracy": n_value / n_match if n_match else 0.0,
        "end_to_end": n_value / n_gold if n_gold else 0.0,
        "exact_span": n_span / n_match if n_match else 0.0,
    }
    for k in sorted(per_kind):
        res[f"value_accuracy[{k}]"] = per_kind_ok[k] / per_kind[k]
    if show_errors:
        for e in errors:
            print(e)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all", choices=[*SPLITS, "all"])
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--news", type=Path, default=DEFAULT_NEWS)
    args = ap.parse_args()
    if not args.news.exists():
        sys.exit(f"news data not found at {args.news} (../shared is absent): nothing to evaluate")
    splits = list(SPLITS) if args.split == "all" else [args.split]
    rows = {s: evaluate(s, args.news, args.errors) for s in splits}
    if args.split == "all":
        rows["all"] = evaluate("all", args.news)
    keys = list(dict.fromkeys(k for r in rows.values() for k in r))
    print(f"{'metric':28s}" + "".join(f"{s:>10s}" for s in rows))
    for k in keys:
        cells = []
        for r in rows.values():
            v = r.get(k)
            cells.append("" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v)))
        print(f"{k:28s}" + "".join(f"{c:>10s}" for c in cells))


if __name__ == "__main__":
    main()
