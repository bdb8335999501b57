"""Reading + cleaning only: the SaudiNewsNet July corpus through ``read_paths``, per zip.

No analysis and no store — this isolates what marsad.ingest costs (unzip, JSON, normalisation,
clutter removal, metadata), so the 3-minute budget for the whole ingest can be split honestly.

Usage: .venv/bin/python bench/bench_ingest_read.py [--repeat N] [--clutter]
"""

from __future__ import annotations

import argparse
import json
import re
import time
import zipfile
from collections import Counter
from pathlib import Path

from _common import need_news, peak_rss_mb, table

from marsad.ingest import Article, read_paths

# Site furniture seen in this corpus: how many raw records carry it, how many bodies keep it.
CLUTTER_MARKERS: dict[str, re.Pattern[str]] = {
    "رابط الخبر بصحيفة (alweeam)": re.compile(r"رابط الخبر بصحيفة"),
    "مقالات أخرى للكاتب (aljazirah)": re.compile(r"مقالات [أا]خرى للكاتب"),
    "للتواصل مع الكاتب / SMS (almadina)": re.compile(r"للتواصل مع الكاتب"),
    "Next Previous (3alyoum)": re.compile(r"Next Previous"),
    "سمات tags at the end (3alyoum)": re.compile(r"سمات [^.!؟]{2,200}\s*$"),
    "...المزيد more-link": re.compile(r"\.{2,}\s*المزيد\s*$"),
    "page code (jQuery/CSS)": re.compile(r"jQuery|\{\s*margin"),
    "HTML entity": re.compile(r"&(?:nbsp|amp|quot|#\d+);"),
    "e-mail address": re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}"),
    "syndication credit (خدمة «…»)": re.compile(r"خدمة:? [«{]"),
}


def clutter_table(zips: list[Path]) -> list[tuple[str, str]]:
    raw_hits: Counter[str] = Counter()
    body_hits: Counter[str] = Counter()
    for z in zips:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for rec in json.loads(zf.read(name)):
                    for label, pat in CLUTTER_MARKERS.items():
                        raw_hits[label] += bool(pat.search(rec.get("content") or ""))
        for item in read_paths([z]):
            if isinstance(item, Article):
                for label, pat in CLUTTER_MARKERS.items():
                    body_hits[label] += bool(pat.search(item.text))
    return [(label, f"{raw_hits[label]:5d} raw records → {body_hits[label]:4d} cleaned bodies")
            for label in CLUTTER_MARKERS]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=1, help="read the corpus N times, best time")
    ap.add_argument("--clutter", action="store_true", help="also count clutter left in bodies")
    a = ap.parse_args()
    news = need_news()
    zips = sorted(news.glob("*.zip"))
    rows: list[tuple[str, str]] = []
    total_art = total_err = 0
    total_chars = 0
    best_total = best_cpu = float("inf")
    reasons: Counter[str] = Counter()
    for rep in range(a.repeat):
        t_all, cpu_all = time.perf_counter(), time.process_time()
        for z in zips:
            t = time.perf_counter()
            n_art = n_err = chars = 0
            for item in read_paths([z]):
                if isinstance(item, Article):
                    n_art += 1
                    chars += len(item.text)
                else:
                    n_err += 1
                    if rep == 0:
                        reasons[item.reason.split(" (")[0][:60]] += 1
            dt = time.perf_counter() - t
            if rep == 0:
                rows.append((z.name, f"{n_art:6d} articles {n_err:4d} errors {dt:6.2f} s "
                                     f"{n_art / dt:7.0f} art/s"))
                total_art += n_art
                total_err += n_err
                total_chars += chars
        best_total = min(best_total, time.perf_counter() - t_all)
        best_cpu = min(best_cpu, time.process_time() - cpu_all)
    rows.append(("TOTAL", f"{total_art:6d} articles {total_err:4d} errors {best_total:6.2f} s "
                          f"{total_art / best_total:7.0f} art/s"))
    rows.append(("CPU time (this process)", f"{best_cpu:.2f} s — wall time above includes waiting "
                                            "for a CPU on a shared machine"))
    rows.append(("cleaned body text", f"{total_chars / 1e6:.1f} M characters"))
    rows.append(("peak RSS", f"{peak_rss_mb():.0f} MB"))
    table(rows, f"marsad.ingest.read_paths on {news.name} (best of {a.repeat})")
    table([(r, str(n)) for r, n in reasons.most_common()], "records that became errors")
    if a.clutter:
        table(clutter_table(zips), "clutter markers: raw records vs cleaned bodies")


if __name__ == "__main__":
    main()
