"""Score the meetings and statements stages on the annotated dev set (bench/dev/facts/*.json).

The annotations hold only (zip, url, offsets, names, stance, date, place); the article text is
read from ../shared/data/news at run time, run through the real pipeline (ingest cleaning,
entities, dates, meetings, statements) and compared:

- meetings: gold and predicted meetings of an article are paired greedily by participant overlap;
  participants P/R/F1 are micro-averaged over names (unpaired meetings count all their names);
  date and place accuracy are over paired meetings (a gold date of null = undetermined, skipped;
  a gold "YYYY-MM" accepts any day of that month); "invented" = meetings predicted in articles
  whose annotation has none.
- statements: a predicted statement matches a gold one when the speaker names match and the
  content tokens overlap with F1 ≥ 0.5; stance accuracy is over matched statements.

Names match leniently: folded, "عبد X" joined, بن/ال dropped, one token set inside the other;
a gold name may list alternatives.

    .venv/bin/python bench/eval_facts.py [--files bench/dev/facts/dev1.json ...] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.document import Document  # noqa: E402
from marsad.entities.resolve import join_abd  # noqa: E402
from marsad.ingest import article_from_text  # noqa: E402
from marsad.meetings.folded import fold_key  # noqa: E402
from marsad.pipeline import Context, document_from_article, stages  # noqa: E402

NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-2015-07"
FACT_STAGES = ("meetings", "statements")
_DROP = frozenset({"بن", "ابن", "بنت", "ال", "آل"})
_TOKEN_RE = re.compile(r"\w+")


def period_month(period: str | None) -> str | None:
    """The month a meeting's ``period`` lies in: "2015-09" itself, an ISO week ("2015-W31") when
    all its days fall in one month, else None. The GUIDE dates a meeting told by a week or month
    expression to "YYYY-MM" when the month is certain; the meetings stage keeps that in
    ``period`` with ``date`` null (the contract's date is a day)."""
    if not period:
        return None
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return period
    m = re.fullmatch(r"(\d{4})-W(\d{2})", period)
    if m is None:
        return None
    first = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    last = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7)
    return first.isoformat()[:7] if first.month == last.month else None


def name_tokens(name: str) -> frozenset[str]:
    k = join_abd(fold_key(name))
    toks = []
    for t in k.split():
        if t in _DROP:
            continue
        if t.startswith("ال") and len(t) > 4:
            t = t[2:]
        toks.append(t)
    return frozenset(toks)


def name_match(gold_alts: list[str] | None, pred: str | None) -> bool:
    if not gold_alts or not pred:
        return False
    p = name_tokens(pred)
    for g in gold_alts:
        gt = name_tokens(g)
        if gt and p and (gt <= p or p <= gt):
            return True
    return False


def place_match(gold_alts: list[str] | None, pred: str | None) -> bool:
    if gold_alts is None:
        return pred is None
    if pred is None:
        return False
    pk = fold_key(pred)
    for g in gold_alts:
        gk = fold_key(g)
        if gk in pk or pk in gk or name_match([g], pred):
            return True
    return False


def content_f1(a: str, b: str) -> float:
    ta, tb = _TOKEN_RE.findall(fold_key(a)), _TOKEN_RE.findall(fold_key(b))
    if not ta or not tb:
        return 0.0
    from collections import Counter

    common = sum((Counter(ta) & Counter(tb)).values())
    if common == 0:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Scores:
    participants: Tally = field(default_factory=Tally)
    attendees: Tally = field(default_factory=Tally)
    meetings: Tally = field(default_factory=Tally)
    statements: Tally = field(default_factory=Tally)
    date_right: int = 0
    date_n: int = 0
    date_by_period: int = 0  # of date_right: no day, the month from Meeting.period
    place_right: int = 0
    place_n: int = 0
    status_right: int = 0
    stance_right: int = 0
    invented: int = 0
    none_articles: int = 0
    articles: int = 0
    fact_seconds: float = 0.0
    log: list[str] = field(default_factory=list)


def load_articles(paths: list[Path]) -> list[dict]:
    out: list[dict] = []
    for p in paths:
        out.extend(json.loads(p.read_text(encoding="utf-8"))["articles"])
    return out


_ZIPS: dict[str, dict[str, dict]] = {}


def raw_article(zname: str, url: str) -> dict:
    if zname not in _ZIPS:
        with zipfile.ZipFile(NEWS / zname) as zf:
            arr = json.loads(zf.read(zname.replace(".zip", ".json")))
        _ZIPS[zname] = {a["url"]: a for a in arr}
    return _ZIPS[zname][url]


_ORG_WORDS = ("وزار", "وكال", "مجلس", "شرك", "مجموع", "منظم", "صحيف", "مركز", "هيئ", "مجل",
              "الكونجرس", "البنتاغون", "البيت", "الكرملين", "ذي ", "فرانس", "متحدث", "مسؤول",
              "مصدر", "تقارير", "وسائل", "الحكوم")


def oracle_entities(doc: Document, a: dict) -> None:
    """--oracle-names: the gold names as entity spans (every occurrence, and a person's family
    name alone), so the facts stages can be judged apart from the entities stage's errors."""
    from marsad.document import Entity

    places = {x for m in a["meetings"] for x in (m["place"] or [])}
    names: dict[str, tuple[str, str]] = {}
    for m in a["meetings"]:
        for alts in m["participants"] + m["attendees"]:
            names.setdefault(alts[0], ("", alts[0]))
    for st in a["statements"]:
        for alt in st["speaker"] or []:
            names.setdefault(alt, ("", st["speaker"][0]))
        for alt in st["target"] or []:
            names.setdefault(alt, ("", alt))
    for p in places:
        names[p] = ("LOCATION", p)
    typed: dict[str, tuple[str, str]] = {}
    for n, (t, canon) in names.items():
        if not t:
            if any(w in n for w in _ORG_WORDS):
                t = "ORGANIZATION"
            elif len(n.split()) >= 2 or n in ("أوباما", "كارتر"):
                t = "PERSON"
            else:
                t = "LOCATION"
        typed[n] = (t, canon)
        toks = n.split()
        if t == "PERSON" and len(toks) >= 2 and len(toks[-1]) > 3:
            typed.setdefault(toks[-1], (t, canon))
    spans: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for surface in sorted(typed, key=len, reverse=True):
        t, canon = typed[surface]
        pat = r"(?<![\w])(?:[وف]?[بلك]?)(" + re.escape(surface) + r")(?![\w])"
        for m in re.finditer(pat, doc.text):
            if any(m.start(1) < b and x < m.end(1) for x, b in taken):
                continue
            taken.append((m.start(1), m.end(1)))
            spans.append(Entity(start=m.start(1), end=m.end(1), text=surface, type=t,
                                canonical=canon))
    doc.entities = sorted(spans, key=lambda e: e.start)


def analyse(raw: dict, pub: date, s: Scores, oracle: dict | None = None) -> Document:
    art = article_from_text(raw["content"], pub_date=pub, title=raw.get("title"), url=raw["url"])
    doc = document_from_article(art)
    ctx = Context(pub_date=art.pub_date or pub)
    if oracle is not None:
        oracle_entities(doc, oracle)
    for name, fn in stages():
        if name == "keywords" or (name == "entities" and oracle is not None):
            continue
        t0 = time.process_time()
        fn(doc, ctx)
        if name in FACT_STAGES:
            s.fact_seconds += time.process_time() - t0
    return doc


def pair_meetings(gold: list[dict], pred: list) -> list[tuple[int, int]]:
    """Gold and predicted meetings paired greedily by the share of participants they have in
    common (best first), each used once: (gold index, predicted index)."""
    pairs: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            hit = sum(1 for alts in g["participants"] if any(name_match(alts, x)
                                                             for x in p.participants))
            if hit:
                pairs.append((hit / max(len(g["participants"]), len(p.participants)), gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def score_meetings(gold: list[dict], pred: list, s: Scores, tag: str) -> None:
    paired = pair_meetings(gold, pred)
    used_g = {gi for gi, _ in paired}
    used_p = {pi for _, pi in paired}
    for gi, pi in paired:
        g, p = gold[gi], pred[pi]
        s.meetings.tp += 1
        before = (s.participants.fp, s.participants.fn)
        _names(g["participants"], p.participants, s.participants)
        if (s.participants.fp, s.participants.fn) != before:
            s.log.append(f"{tag} PARTICIPANTS gold={[x[0] for x in g['participants']]} "
                         f"pred={p.participants}")
        _names(g["attendees"], p.attendees, s.attendees)
        if g["date"] is not None:
            s.date_n += 1
            ok = bool(p.date) and str(p.date).startswith(g["date"])
            if not ok and not p.date and len(g["date"]) == 7 and \
                    period_month(p.period) == g["date"]:
                ok = True  # a month-level gold date met by the meeting's month-level period
                s.date_by_period += 1
            s.date_right += ok
            if not ok:
                s.log.append(f"{tag} DATE gold={g['date']} pred={p.date} ({p.date_source})")
        s.place_n += 1
        okp = place_match(g["place"], p.place)
        s.place_right += okp
        if not okp:
            s.log.append(f"{tag} PLACE gold={g['place']} pred={p.place}")
        s.status_right += g["status"] == p.status
        if g["status"] != p.status:
            s.log.append(f"{tag} STATUS gold={g['status']} pred={p.status}")
    for gi, g in enumerate(gold):
        if gi not in used_g:
            s.meetings.fn += 1
            s.participants.fn += len(g["participants"])
            s.attendees.fn += len(g["attendees"])
            s.log.append(f"{tag} MISSED meeting {[a[0] for a in g['participants']]}")
    for pi, p in enumerate(pred):
        if pi not in used_p:
            s.meetings.fp += 1
            s.participants.fp += len(p.participants)
            s.attendees.fp += len(p.attendees)
            s.log.append(f"{tag} EXTRA meeting {p.participants} [{p.start}:{p.end}]")


def _names(gold: list[list[str]], pred: list[str], t: Tally) -> None:
    left = list(pred)
    for alts in gold:
        for x in left:
            if name_match(alts, x):
                t.tp += 1
                left.remove(x)
                break
        else:
            t.fn += 1
    t.fp += len(left)


def score_statements(gold: list[dict], text: str, pred: list, s: Scores, tag: str) -> None:
    used: set[int] = set()
    for g in gold:
        gc = text[g["content"][0]:g["content"][1]]
        best, best_i = 0.0, -1
        for i, p in enumerate(pred):
            if i in used or not name_match(g["speaker"], p.speaker):
                continue
            f = content_f1(gc, p.content)
            if f > best:
                best, best_i = f, i
        if best >= 0.5:
            used.add(best_i)
            s.statements.tp += 1
            p = pred[best_i]
            s.stance_right += p.stance == g["stance"]
            if p.stance != g["stance"]:
                s.log.append(f"{tag} STANCE {g['speaker'][0]} gold={g['stance']} pred={p.stance}"
                             f" verb={p.verb}")
        else:
            s.statements.fn += 1
            s.log.append(f"{tag} MISSED statement {g['speaker'][0]} {g['stance']} "
                         f"@{g['content'][0]}")
    for i, p in enumerate(pred):
        if i not in used:
            s.statements.fp += 1
            s.log.append(f"{tag} EXTRA statement {p.speaker} {p.stance} verb={p.verb} "
                         f"[{p.start}:{p.end}]")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", nargs="*", type=Path,
                    default=sorted((ROOT / "bench" / "dev" / "facts").glob("*.json")))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--oracle-names", action="store_true",
                    help="use the annotated names as entity spans instead of the entities stage")
    ap.add_argument("--speed", type=int, default=0, metavar="N",
                    help="instead: CPU time of the meetings+statements stages on N corpus articles")
    args = ap.parse_args()
    if not NEWS.exists():
        print(f"no news corpus at {NEWS}: nothing to score", file=sys.stderr)
        return 2
    if args.speed:
        return speed(args.speed)
    s = Scores()
    for a in load_articles(args.files):
        raw = raw_article(a["zip"], a["url"])
        doc = analyse(raw, date.fromisoformat(a["pub_date"]), s, a if args.oracle_names else None)
        tag = f"{a['zip']} {a['url'][-60:]}"
        s.articles += 1
        if not a["meetings"]:
            s.none_articles += 1
            s.invented += len(doc.meetings)
        score_meetings(a["meetings"], doc.meetings, s, tag)
        score_statements(a["statements"], raw["content"], doc.statements, s, tag)
    pp, pr, pf = s.participants.prf()
    ap_, ar, af = s.attendees.prf()
    mp, mr, mf = s.meetings.prf()
    sp, sr, sf = s.statements.prf()
    rows = [
        ("articles (without meetings)", f"{s.articles} ({s.none_articles})"),
        ("meetings P / R / F1", f"{mp:.3f} / {mr:.3f} / {mf:.3f}  (tp {s.meetings.tp}, "
                                f"fp {s.meetings.fp}, fn {s.meetings.fn})"),
        ("participants P / R / F1", f"{pp:.3f} / {pr:.3f} / {pf:.3f}"),
        ("attendees P / R / F1", f"{ap_:.3f} / {ar:.3f} / {af:.3f}"),
        ("meeting date right", f"{s.date_right}/{s.date_n} = {_pct(s.date_right, s.date_n)}"
                               f" ({s.date_by_period} by month period)"),
        ("meeting place right", f"{s.place_right}/{s.place_n} = "
                                f"{_pct(s.place_right, s.place_n)}"),
        ("meeting status right", f"{s.status_right}/{s.meetings.tp}"),
        ("meetings invented (none-articles)", str(s.invented)),
        ("statements P / R / F1", f"{sp:.3f} / {sr:.3f} / {sf:.3f}  (tp {s.statements.tp}, "
                                  f"fp {s.statements.fp}, fn {s.statements.fn})"),
        ("stance right (of found)", f"{s.stance_right}/{s.statements.tp} = "
                                    f"{_pct(s.stance_right, s.statements.tp)}"),
        ("meetings+statements CPU ms/article", f"{1000 * s.fact_seconds / max(1, s.articles):.2f}"),
    ]
    w = max(len(r[0]) for r in rows)
    for k, v in rows:
        print(f"{k:<{w}}  {v}")
    if args.verbose:
        print()
        print("\n".join(s.log))
    return 0


def speed(n: int) -> int:
    """CPU ms per article of the two facts stages, entities and dates computed beforehand."""
    from marsad.ingest import Article, read_paths

    arts: list[Article] = []
    for it in read_paths(sorted(NEWS.glob("*.zip"))):
        if isinstance(it, Article):
            arts.append(it)
        if len(arts) >= n:
            break
    run = dict(stages())
    docs = []
    for art in arts:
        doc = document_from_article(art)
        ctx = Context(pub_date=art.pub_date)
        for name in ("entities", "dates"):
            if name in run:
                run[name](doc, ctx)
        docs.append((doc, ctx))
    per: dict[str, float] = {name: 0.0 for name in FACT_STAGES}
    counts = {"meetings": 0, "statements": 0}
    for doc, ctx in docs:
        for name in FACT_STAGES:
            t0 = time.process_time()
            run[name](doc, ctx)
            per[name] += time.process_time() - t0
        counts["meetings"] += len(doc.meetings)
        counts["statements"] += len(doc.statements)
    chars = sum(len(d.text) for d, _ in docs) / max(1, len(docs))
    print(f"articles                     {len(docs)} (mean {chars:.0f} chars)")
    for name in FACT_STAGES:
        print(f"{name + ' CPU ms/article':<29}{1000 * per[name] / max(1, len(docs)):.2f}"
              f"  ({counts[name]} found)")
    return 0


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


if __name__ == "__main__":
    raise SystemExit(main())
