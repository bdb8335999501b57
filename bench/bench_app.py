"""Dashboard speed with 5,000 real articles: each page's first render and a filter change.

    nice .venv/bin/python bench/bench_app.py [--n 5000] [--db bench/out/app5000.sqlite]

Builds (once) a store from ../shared/data/news via marsad.ingest.read_paths + analyze, then times
the page scripts with streamlit.testing's AppTest — the same script run Streamlit does for a
browser, without the network and drawing:

- cold: the page run right after the caches are cleared (as after an ingest or alias edit, or on
  a fresh process): the store's whole-corpus frames are read again. Reported, not a target.
- first render: a new session (a new AppTest) opening the page, caches warm from other sessions —
  what the second visitor, or the first visitor's next page, waits for.
- filter change: the same session re-run after changing the sidebar's source filter (state in
  st.session_state, as the sidebar widgets keep it) — then after setting a date range.

Targets: first render < 1.5 s, filter change < 0.5 s. Prints a table; skips without ../shared.
"""

from __future__ import annotations

import argparse
import gc
import re
import resource
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-2015-07"
PAGES = ["articles", "timeline", "meetings", "map", "keywords", "entities", "stances", "ingest"]


def build_store(url: str, n: int) -> tuple[int, float]:
    """Fill the store up to ``n`` articles (resumable); returns (articles added, seconds)."""
    from marsad.ingest import IngestError, read_paths
    from marsad.pipeline import Context, analyze
    from marsad.store import Store

    s = Store(url)
    have = s.count()
    if have >= n:
        return 0, 0.0
    t0 = time.perf_counter()
    ctx = Context(corpus=s.corpus_view())
    added = 0
    seen = 0
    for item in read_paths(sorted(NEWS.glob("*.zip"))):
        if isinstance(item, IngestError):
            continue
        seen += 1
        if seen <= have:  # resumed: these were analysed and stored before
            continue
        try:
            added += s.add(analyze(item, ctx))
        except Exception as e:  # one bad article must not stop the bench
            print(f"skip {item.origin}: {type(e).__name__}: {e}", file=sys.stderr)
        if (have + added) % 250 == 0:
            print(f"  {have + added} stored", file=sys.stderr, flush=True)
        if have + added >= n:
            break
    return added, time.perf_counter() - t0


def time_pages(url: str, reps: int = 3) -> list[tuple[str, float, float, float, float]]:
    """(page, cold, first, source change, date change) — medians over ``reps`` tries, each filter
    change to a value not seen before (so the derived caches miss, as for a real analyst)."""
    import os

    from streamlit.testing.v1 import AppTest

    from marsad.store import Store

    os.environ["MARSAD_DB"] = url
    s = Store(url)
    sources = s.sources() or [None]
    lo, _hi = s.date_range()

    def new(page: str) -> AppTest:
        at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=300)
        at.session_state["lang"] = "ar"
        at.session_state["_marsad_shell"] = True
        return at

    def timed(at: AppTest) -> float:
        t0 = time.perf_counter()
        at.run()
        dt = time.perf_counter() - t0
        assert not at.exception, [e.message for e in at.exception]
        return dt

    import streamlit as st

    rows = []
    for page in PAGES:
        st.cache_resource.clear()  # as after an ingest: every frame is read from the store again
        cold = timed(new(page))
        firsts, by_source, by_date = [], [], []
        for i in range(reps):
            at = new(page)
            firsts.append(timed(at))
            at.session_state["f_sources"] = [sources[i % len(sources)]] if sources[0] else []
            by_source.append(timed(at))
            at.session_state["f_sources"] = []
            if lo:
                at.session_state["f_dates"] = (lo + timedelta(days=i), lo + timedelta(days=i + 3))
            by_date.append(timed(at))
        rows.append((page, cold, statistics.median(firsts), statistics.median(by_source),
                     statistics.median(by_date)))
    return rows


def browser_pass(db: str) -> None:
    """Serve app.py on the 5,000-article store, open every page in Chromium (wall time until the
    run finishes, as an analyst waits), and report the server's memory afterwards."""
    import os
    import socket
    import subprocess
    import urllib.request

    from playwright.sync_api import sync_playwright

    with socket.socket() as sk:
        sk.bind(("127.0.0.1", 0))
        port = sk.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env["MARSAD_DB"] = db
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        from components.i18n import t

        rows = []

        def done(pg: object) -> None:
            pg.wait_for_timeout(150)
            while pg.locator('[data-testid="stStatusWidget"]').count():
                pg.wait_for_timeout(50)

        with sync_playwright() as p:
            b = p.chromium.launch(executable_path="/usr/bin/chromium",
                                  args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
            pg = b.new_page(viewport={"width": 1400, "height": 1000})
            t0 = time.perf_counter()
            pg.goto(url)
            pg.wait_for_selector('[data-testid="stMain"] h1', timeout=180_000)
            done(pg)
            rows.append(("open", "landing", time.perf_counter() - t0))
            for visit in ("first", "again"):
                for page in PAGES:
                    title = t(f"page_{page}", "ar")
                    t0 = time.perf_counter()
                    pg.get_by_role("link", name=title, exact=True).click()
                    pg.locator('[data-testid="stMain"] h1').filter(
                        has_text=re.compile(f"^{re.escape(title)}$")).wait_for()
                    done(pg)
                    rows.append((visit, page, time.perf_counter() - t0))
                    if visit == "again":
                        side = pg.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]')
                        side.first.locator("input").click()
                        t0 = time.perf_counter()
                        pg.get_by_role("option").first.click()
                        pg.keyboard.press("Escape")
                        done(pg)
                        rows.append(("filter", page, time.perf_counter() - t0))
                        t0 = time.perf_counter()
                        pg.get_by_role("button", name=t("clear_filters", "ar")).click()
                        done(pg)
                        rows.append(("clear", page, time.perf_counter() - t0))
            b.close()
        status = Path(f"/proc/{proc.pid}/status").read_text()
        rss = {k: v.split()[0] for k, v in (ln.split(":", 1) for ln in status.splitlines())
               if k in ("VmRSS", "VmHWM")}
        print("\nbrowser (Chromium, one session, sidebar clicks; s until the run has ended and the "
              "browser has drawn it):")
        print("open = first load of the app; first/again = page visits; filter = choosing a "
              "source; clear = clearing the filters")
        for visit in ("open", "first", "again", "filter", "clear"):
            print(f"{visit:<5} " + "  ".join(f"{pg_}={dt:.2f}" for v, pg_, dt in rows
                                              if v == visit))
        print(f"server memory after all pages: RSS {int(rss['VmRSS']) // 1024} MB, "
              f"peak {int(rss['VmHWM']) // 1024} MB")
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--db", default=str(ROOT / "bench" / "out" / "app5000.sqlite"))
    ap.add_argument("--browser", action="store_true",
                    help="also time every page in Chromium and report the server's memory")
    ap.add_argument("--browser-only", action="store_true", help="skip the AppTest timings")
    args = ap.parse_args()
    if not NEWS.is_dir():
        print(f"skipped: {NEWS} is absent")
        return
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{args.db}"
    added, secs = build_store(url, args.n)
    from marsad.store import Store

    s = Store(url)
    n = s.count()
    if added:
        print(f"store: analysed and stored {added} articles in {secs:.0f} s "
              f"({1000 * secs / max(1, added):.0f} ms/article)")
    sizes = {k: len(getattr(s, f"{k}_df")()) for k in
             ("entities", "dates", "meetings", "statements", "keywords", "tags")}
    print(f"store: {n} articles; rows: " + ", ".join(f"{k} {v}" for k, v in sizes.items()))
    gc.collect()
    if args.browser_only:
        browser_pass(args.db)
        return
    rows = time_pages(url)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print("AppTest timing of page scripts (s, median of 3); target: first render < 1.5, "
          "filter change < 0.5")
    print(f"{'page':<10} {'cold':>6} {'first':>7} {'source→':>8} {'dates→':>8}  verdict")
    for page, cold, first, c1, c2 in rows:
        ok = first < 1.5 and c1 < 0.5 and c2 < 0.5
        print(f"{page:<10} {cold:6.2f} {first:7.3f} {c1:8.3f} {c2:8.3f}  {'ok' if ok else 'SLOW'}")
    print(f"\npeak RSS of this process: {rss:.0f} MB (store, frames, pages, gazetteer)")
    mods = [m for m in ("torch", "transformers") if m in sys.modules]
    print(f"heavy modules imported: {', '.join(mods) if mods else 'none (default backend)'}")
    if args.browser:
        browser_pass(args.db)


if __name__ == "__main__":
    main()
