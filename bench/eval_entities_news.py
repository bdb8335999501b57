"""Score the entities stage on real news articles (bench/dev/entities/*.json).

The CoNLL cross-validation (bench/eval_ner.py) measures ANERcorp- and Wikipedia-style text; this
measures what analysts paste: SaudiNewsNet articles annotated by hand (offsets only, the text is
read from ../shared at run time — its licence forbids copying it here). The entities stage runs on
the article's ``content`` as it is (no ingest cleaning, so offsets line up).

Scores, micro-averaged over mentions:
- exact: same start, end and type;
- clitics peeled: a predicted span that starts with proclitics the gold span leaves out
  ("وبوتين" for "بوتين") counts when the rest is exact — the contract's ``canonical`` drops them,
  so this is the figure for what the analyst sees;
- per type (clitics peeled), and type-blind spans;
- titles: of the gold person mentions found whose text gives titles, how many of those titles the
  predicted entity carries (folded, either way contained).

    .venv/bin/python bench/eval_entities_news.py [--files bench/dev/entities/news1.json] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.document import Document, Entity  # noqa: E402
from marsad.entities import run as run_entities  # noqa: E402
from marsad.pipeline import Context  # noqa: E402
from marsad.text import fold  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from _common import table  # noqa: E402
from eval_facts import Tally  # noqa: E402  (the same P/R/F1 counter)

NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-2015-07"

TYPES = ("PERSON", "LOCATION", "ORGANIZATION", "MISC")
_PROCLITICS = frozenset("وفبلك")
_RAW: dict[str, dict[str, str]] = {}


@dataclass
class Scores:
    exact: Tally = field(default_factory=Tally)
    peeled: Tally = field(default_factory=Tally)
    spans: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in TYPES})
    titles_gold: int = 0
    titles_found: int = 0
    tokens: int = 0
    seconds: float = 0.0
    log: list[str] = field(default_factory=list)


def content_of(zname: str, url: str) -> str:
    import zipfile

    if zname not in _RAW:
        with zipfile.ZipFile(NEWS / zname) as zf:
            arr = json.loads(zf.read(zname.replace(".zip", ".json")))
        _RAW[zname] = {a["url"]: a["content"] for a in arr}
    return _RAW[zname][url]


def peeled_start(text: str, e: Entity, gold_starts: set[int]) -> int:
    """The entity's start past the proclitics a gold mention leaves out (at most two letters)."""
    s = e.start
    for k in (1, 2):
        if s + k < e.end and all(c in _PROCLITICS for c in text[s:s + k]) \
                and s + k in gold_starts:
            return s + k
    return s


def _title_found(gold: str, pred: list[str]) -> bool:
    g = fold(gold)
    return any(g in fold(p) or fold(p) in g for p in pred if p)


def score_article(text: str, gold: list[dict], pred: list[Entity], s: Scores, tag: str) -> None:
    gold_exact = {(g["start"], g["end"], g["type"]) for g in gold}
    gold_starts = {g["start"] for g in gold}
    pred_exact = {(e.start, e.end, e.type) for e in pred}
    s.exact.tp += len(gold_exact & pred_exact)
    s.exact.fp += len(pred_exact - gold_exact)
    s.exact.fn += len(gold_exact - pred_exact)
    by_key: dict[tuple[int, int, str], Entity] = {}
    for e in pred:
        by_key[(peeled_start(text, e, gold_starts), e.end, e.type)] = e
    peeled = set(by_key)
    for t in TYPES:
        g_t = {k for k in gold_exact if k[2] == t}
        p_t = {k for k in peeled if k[2] == t}
        s.by_type[t].tp += len(g_t & p_t)
        s.by_type[t].fp += len(p_t - g_t)
        s.by_type[t].fn += len(g_t - p_t)
    s.peeled.tp += len(gold_exact & peeled)
    s.peeled.fp += len(peeled - gold_exact)
    s.peeled.fn += len(gold_exact - peeled)
    g_spans = {k[:2] for k in gold_exact}
    p_spans = {k[:2] for k in peeled}
    s.spans.tp += len(g_spans & p_spans)
    s.spans.fp += len(p_spans - g_spans)
    s.spans.fn += len(g_spans - p_spans)
    for g in gold:
        if g["type"] != "PERSON" or not g.get("titles"):
            continue
        e = by_key.get((g["start"], g["end"], "PERSON"))
        if e is None:
            continue
        for t in g["titles"]:
            s.titles_gold += 1
            if _title_found(t, e.titles):
                s.titles_found += 1
            else:
                s.log.append(f"{tag} TITLE {g['text']} gold={t!r} pred={e.titles}")
    for k in sorted(gold_exact - peeled):
        s.log.append(f"{tag} MISSED {k[2]} {text[k[0]:k[1]]!r} @{k[0]}")
    for k in sorted(peeled - gold_exact):
        s.log.append(f"{tag} EXTRA {k[2]} {text[k[0]:k[1]]!r} @{k[0]}")


def score_files(paths: list[Path]) -> tuple[Scores, int]:
    """Run the entities stage on every annotated article of ``paths`` and score it."""
    s = Scores()
    n_articles = 0
    run_entities(Document(text="قال الرئيس في الرياض."), Context())  # load the model untimed
    for path in paths:
        for a in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            text = content_of(a["zip"], a["url"])
            doc = Document(text=text, pub_date=a["pub_date"])
            t0 = time.process_time()
            run_entities(doc, Context(pub_date=date.fromisoformat(a["pub_date"])))
            s.seconds += time.process_time() - t0
            s.tokens += len(text.split())
            n_articles += 1
            score_article(text, a["entities"], doc.entities, s, f"{a['zip']} {a['url'][-50:]}")
    return s, n_articles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", nargs="*", type=Path,
                    default=sorted((ROOT / "bench" / "dev" / "entities").glob("*.json")))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if not NEWS.exists():
        print(f"no news corpus at {NEWS}: nothing to score", file=sys.stderr)
        return 2
    if not args.files:
        print("no gold files under bench/dev/entities: nothing to score", file=sys.stderr)
        return 2
    s, n_articles = score_files(args.files)
    counts = Counter()
    for path in args.files:
        for a in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            counts.update(g["type"] for g in a["entities"])
    rows = [("articles / gold mentions", f"{n_articles} / {sum(counts.values())} "
             f"({', '.join(f'{t} {counts[t]}' for t in TYPES)})")]
    for name, t in (("exact spans P / R / F1", s.exact), ("clitics peeled P / R / F1", s.peeled),
                    ("spans, type-blind P / R / F1", s.spans)):
        rows.append((name, "{:.3f} / {:.3f} / {:.3f}".format(*t.prf())))
    for ty in TYPES:
        rows.append((f"  {ty}", "{:.3f} / {:.3f} / {:.3f}".format(*s.by_type[ty].prf())))
    rows.append(("person titles found", f"{s.titles_found}/{s.titles_gold}"))
    rows.append(("entities stage CPU, words/s",
                 f"{s.tokens / s.seconds:,.0f}" if s.seconds else "-"))
    table(rows, "Entities on annotated news (" + ", ".join(p.name for p in args.files) + ")")
    if args.verbose:
        print()
        print("\n".join(s.log))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
