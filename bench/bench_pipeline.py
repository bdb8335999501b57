"""Pipeline speed: per-stage time on one core, and whole-pipeline articles/s on all cores.

Reads N real articles from the July corpus (ingest time excluded), runs every stage single-process
to time each one, then the multi-process batch runner as the CLI uses it.
Targets: whole pipeline ≥ 50 articles/s on this 2-core machine, peak memory < 1 GB (issue 5).

Usage: .venv/bin/python bench/bench_pipeline.py [--n 2000]
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict

from _common import need_news, peak_rss_mb, table

from marsad.batch import analyze_all
from marsad.ingest import Article, read_paths
from marsad.pipeline import Context, document_from_article, stages


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    a = ap.parse_args()
    news = need_news()
    arts: list[Article] = []
    for it in read_paths(sorted(news.glob("*.zip"))):
        if isinstance(it, Article):
            arts.append(it)
            if len(arts) >= a.n:
                break
    t0 = time.perf_counter()
    st = stages()
    load = time.perf_counter() - t0
    per: dict[str, float] = defaultdict(float)
    t_one = time.perf_counter()
    for art in arts:
        doc = document_from_article(art)
        ctx = Context(pub_date=art.pub_date)
        for name, fn in st:
            t = time.perf_counter()
            fn(doc, ctx)
            per[name] += time.perf_counter() - t
    t_one = time.perf_counter() - t_one
    t_all = time.perf_counter()
    n_ok = sum(1 for r in analyze_all(arts, Context(), workers=os.cpu_count()) if hasattr(r, "id"))
    t_all = time.perf_counter() - t_all
    chars = sum(len(x.text) for x in arts)
    rows = [("articles", f"{len(arts)} (mean {chars / max(1, len(arts)):.0f} chars)"),
            ("stage load (models)", f"{load:.2f} s")]
    for name, _ in st:
        rows.append((f"  {name}", f"{per[name] / len(arts) * 1000:.2f} ms/article"))
    rows += [
        ("one core, all stages", f"{len(arts) / t_one:.1f} articles/s"),
        (f"{os.cpu_count()} processes, all stages", f"{n_ok / t_all:.1f} articles/s"),
        ("peak RSS main process", f"{peak_rss_mb():.0f} MB"),
        ("peak RSS largest worker", f"{peak_rss_mb(children=True):.0f} MB"),
    ]
    table(rows, "Marsad pipeline benchmark")


if __name__ == "__main__":
    main()
