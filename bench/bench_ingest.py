"""Ingest the whole SaudiNewsNet July corpus into a fresh store: throughput and peak memory.

Runs the real CLI (`python -m marsad ingest`) as a user would, then again (must add nothing), then
export → import into an empty store. Target (issue 2): the whole corpus in under 3 minutes.

Usage: .venv/bin/python bench/bench_ingest.py [--workers N] [--limit-zips K]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, need_news, peak_rss_mb, table


def run(args: list[str]) -> tuple[float, str]:
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "marsad", *args], cwd=ROOT, capture_output=True,
                       text=True)
    dt = time.perf_counter() - t
    if r.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(args)} failed:\n{r.stderr[-2000:]}")
    return dt, r.stderr


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--limit-zips", type=int, default=None)
    a = ap.parse_args()
    news = need_news()
    zips = sorted(str(p) for p in news.glob("*.zip"))[: a.limit_zips]
    extra = ["--workers", str(a.workers)] if a.workers else []
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.sqlite")
        t1, err1 = run(["ingest", *zips, "--db", db, "-q", *extra])
        m = re.search(r"added (\d+), already stored (\d+), failed (\d+)", err1)
        added, _, failed = (int(x) for x in m.groups()) if m else (0, 0, 0)
        t2, err2 = run(["ingest", *zips, "--db", db, "-q", *extra])
        m2 = re.search(r"added (\d+)", err2)
        out = str(Path(tmp) / "corpus.jsonl")
        t3, _ = run(["export", out, "--db", db])
        t4, err4 = run(["import", out, "--db", str(Path(tmp) / "copy.sqlite")])
        m4 = re.search(r"imported (\d+)", err4)
        size = Path(db).stat().st_size / 1e6
    table([
        ("input", f"{len(zips)} zip(s) from {news.name}"),
        ("articles stored", f"{added} ({failed} inputs failed: see stderr of the CLI)"),
        ("first ingest", f"{t1:.1f} s  →  {added / t1:.1f} articles/s"),
        ("second ingest (adds)", f"{m2.group(1) if m2 else '?'} in {t2:.1f} s"),
        ("export", f"{t3:.1f} s"),
        ("import into empty store", f"{m4.group(1) if m4 else '?'} articles in {t4:.1f} s"),
        ("store size", f"{size:.0f} MB"),
        ("peak RSS, largest process", f"{peak_rss_mb(children=True):.0f} MB"),
    ], "Marsad ingest benchmark (python -m marsad ingest)")


if __name__ == "__main__":
    main()
