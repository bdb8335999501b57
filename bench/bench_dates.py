"""Speed and memory of the dates stage on real sentences (SaudiNewsNet, ../shared).

    nice .venv/bin/python bench/bench_dates.py [--articles 1500] [--news PATH]

Prints a table: sentences/s and chars/s for (a) the stage run on whole documents through
``marsad.dates.run`` and (b) sentence by sentence; plus import time and peak memory. One core.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-2015-07"


def load(news: Path, n: int) -> list[tuple[str, date]]:
    out: list[tuple[str, date]] = []
    for z in sorted(news.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for a in json.load(zf.open(zf.namelist()[0])):
                if a.get("content"):
                    out.append((a["content"], date.fromisoformat(a["date_extracted"][:10])))
                if len(out) >= n:
                    return out
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1500)
    ap.add_argument("--news", type=Path, default=DEFAULT_NEWS)
    args = ap.parse_args()
    if not args.news.exists():
        sys.exit(f"news data not found at {args.news} (../shared is absent): nothing to measure")

    t0 = time.perf_counter()
    from marsad.dates import extract_dates, run
    from marsad.document import Document
    from marsad.pipeline import Context
    from marsad.text import sentences
    import_s = time.perf_counter() - t0

    docs = load(args.news, args.articles)
    sents = [(text[a:b], pub) for text, pub in docs for a, b in sentences(text)]
    n_chars = sum(len(t) for t, _ in docs)

    extract_dates(docs[0][0], docs[0][1])  # warm caches
    t0 = time.perf_counter()
    n_found = 0
    for text, pub in docs:
        doc = Document(text=text, pub_date=pub.isoformat())
        run(doc, Context(pub_date=pub))
        n_found += len(doc.dates)
    doc_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    for text, pub in sents:
        extract_dates(text, pub)
    sent_s = time.perf_counter() - t0

    tracemalloc.start()
    for text, pub in docs[:300]:
        extract_dates(text, pub)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [
        ("articles", f"{len(docs)}"),
        ("sentences", f"{len(sents)}"),
        ("expressions found", f"{n_found}"),
        ("import (lexicon + compile)", f"{import_s * 1000:.0f} ms"),
        ("whole documents: sentences/s", f"{len(sents) / doc_s:,.0f}"),
        ("whole documents: chars/s", f"{n_chars / doc_s:,.0f}"),
        ("whole documents: ms/article", f"{doc_s / len(docs) * 1000:.2f}"),
        ("sentence by sentence: sentences/s", f"{len(sents) / sent_s:,.0f}"),
        ("peak Python alloc, 300 articles", f"{peak / 1e6:.1f} MB"),
        ("max RSS of this process", f"{rss_mb:.0f} MB"),
    ]
    w = max(len(k) for k, _ in rows)
    print(f"{'measure':{w}s}  value")
    print(f"{'-' * w}  {'-' * 12}")
    for k, v in rows:
        print(f"{k:{w}s}  {v}")


if __name__ == "__main__":
    main()
