"""Speed and memory of the default recogniser, on one core.

    .venv/bin/python bench/bench_ner.py [DATA_DIR]

Prints a table: tokens/s of ``conll.tag_tokens`` (CRF + rules + memory, the tag-conll path) on
ANERcorp-train sentences — first pass (feature caches cold) and second pass (warm) — tokens/s of
the whole entities stage on SaudiNewsNet articles when ../shared has them (tokens/s and CPU
ms per article, first and second pass over the same articles), and the resident
memory that loading the model and word lists adds. Targets: ≥ 20,000 tokens/s, < 300 MB.
"""

from __future__ import annotations

import json
import os
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "data"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fp:
        for line in fp:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def news_texts(news_dir: Path, limit: int) -> list[str]:
    texts: list[str] = []
    for z in sorted(news_dir.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for rec in json.loads(zf.read(name).decode("utf-8")):
                    if rec.get("content"):
                        texts.append(rec["content"])
                    if len(texts) >= limit:
                        return texts
    return texts


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA
    ner_file = data / "ner" / "anercorp-train.conll"
    if not ner_file.exists():
        sys.exit(f"no NER data at {ner_file}: nothing to measure on")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    base = rss_mb()
    from marsad.entities.conll import load_recognizer, read_conll, reset_memory, tag_tokens

    sents = [t for t, _ in read_conll(ner_file)]
    after_data = rss_mb()
    t0 = time.perf_counter()
    load_recognizer("default")
    tag_tokens(["موسكو"])  # loads the word lists too
    load_s = time.perf_counter() - t0
    loaded = rss_mb()
    n_tok = sum(len(s) for s in sents)
    rows = [("load model + word lists (s)", f"{load_s:.2f}")]
    for label in ("tag_tokens, cold caches (tok/s)", "tag_tokens, warm caches (tok/s)"):
        reset_memory()
        t0 = time.perf_counter()
        for s in sents:
            tag_tokens(s)
        rows.append((label, f"{n_tok / (time.perf_counter() - t0):,.0f}"))
    news = data / "news" / "saudinewsnet-2015-07"
    if news.exists():
        from marsad.document import Document
        from marsad.entities import run
        from marsad.pipeline import Context
        from marsad.text import tokenize

        texts = news_texts(news, 500)
        n_news = sum(len(tokenize(t)) for t in texts)
        for label in ("first pass", "second pass"):  # word caches cold, then warm
            cpu = 0.0
            t0 = time.perf_counter()
            for t in texts:
                doc = Document(text=t)
                c0 = time.process_time()
                run(doc, Context())
                cpu += time.process_time() - c0
            rows.append((f"entities stage, {len(texts)} news articles, {label} (tok/s)",
                         f"{n_news / (time.perf_counter() - t0):,.0f}"))
            rows.append((f"entities stage, {label} (CPU ms/article, incl. tokenize)",
                         f"{1000 * cpu / len(texts):.2f}"))
    rows.append(("memory: model + word lists loaded (MB)", f"{loaded - after_data:.0f}"))
    rows.append(("memory: process RSS at end (MB)", f"{rss_mb():.0f}"))
    rows.append(("memory: process RSS before import (MB)", f"{base:.0f}"))
    rows.append(("tokens per pass", f"{n_tok:,}"))
    w = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{w}}  {v:>12}")


if __name__ == "__main__":
    main()
