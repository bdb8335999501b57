"""Shared helpers for the benchmarks: locating the corpus, peak memory, printing a table."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-2015-07"
sys.path.insert(0, str(ROOT))


def need_news() -> Path:
    if not NEWS.exists():
        sys.exit(f"bench: {NEWS} is absent — this benchmark needs the SaudiNewsNet July corpus")
    return NEWS


def peak_rss_mb(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def table(rows: list[tuple[str, str]], title: str) -> None:
    w = max(len(k) for k, _ in rows)
    print(f"\n{title}\n" + "-" * (w + 24))
    for k, v in rows:
        print(f"{k:<{w}}  {v}")
