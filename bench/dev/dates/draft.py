"""Annotation helper: print sampled articles with the stage's output, to annotate by hand.

    .venv/bin/python bench/dev/dates/draft.py tune 40 > /tmp/tune.txt

The draft only saves typing; every line is read against the text and corrected, missed expressions
are added, and only (zip, url, start, end, expression, value, kind) is stored — never sentences.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import zipfile
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-2015-07"

from marsad.dates import extract_dates  # noqa: E402

# a crude, independent filter so the sample is not mostly date-free: any common temporal word
_TEMPORAL = re.compile(r"أمس|اليوم|غد|الماضي|المقبل|القادم|عام|سنة|أسبوع|شهر|يوم|هـ|\d{4}")


def split_of(url: str) -> str:
    """Stable split by url hash: 'tune' (used while developing) or 'test' (held out)."""
    return "tune" if int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2 == 0 else "test"


def annotated_urls(except_name: str) -> set[str]:
    """URLs already in another annotation file, so a new sample never repeats an article."""
    out: set[str] = set()
    for p in Path(__file__).parent.glob("*.jsonl"):
        if p.stem != except_name:
            out |= {json.loads(x)["url"] for x in p.read_text(encoding="utf-8").splitlines() if x}
    return out


def sample(split: str, n: int, seed: int = 7, name: str | None = None) -> list[tuple[str, dict]]:
    """n articles of the split, round-robin over sources; with ``name`` (a later batch, e.g.
    "heldout"), articles annotated in the other files are skipped."""
    skip = annotated_urls(name) if name else set()
    by_source: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for z in sorted(NEWS.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            arr = json.load(zf.open(zf.namelist()[0]))
        for a in arr:
            c = a.get("content") or ""
            if (250 <= len(c) <= 1400 and split_of(a["url"]) == split
                    and len(_TEMPORAL.findall(c)) >= 4 and a["url"] not in skip):
                by_source[a["source"]].append((z.name, a))
    out = []
    i = 0
    sources = sorted(by_source)
    while len(out) < n:
        s = sources[i % len(sources)]
        lst = by_source[s]
        h = sorted(lst, key=lambda t: hashlib.sha1(f"{seed}{t[1]['url']}".encode()).hexdigest())
        k = i // len(sources)
        if k < len(h):
            out.append(h[k])
        i += 1
    return out


def main() -> None:
    split, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    name = sys.argv[4] if len(sys.argv) > 4 else None
    draft = []
    seen: list[str] = []
    for zname, a in sample(split, n, seed, name):
        seen.append(a["url"])
        pub = date.fromisoformat(a["date_extracted"][:10])
        text = a["content"]
        print(f"\n##### [{len(seen)}] {zname} {a['source']} pub={pub} ({pub.strftime('%A')})"
              f" {a['url']}")
        found = extract_dates(text, pub)
        marked, last = [], 0
        for d in found:
            marked.append(text[last:d.start])
            marked.append(f"⟦{text[d.start:d.end]}|{d.value}|{d.kind}⟧")
            last = d.end
            draft.append({"zip": zname, "url": a["url"], "start": d.start, "end": d.end,
                          "text": d.text, "value": d.value, "kind": d.kind})
        marked.append(text[last:])
        print("".join(marked))
    Path(f"/tmp/draft-{split}.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in draft) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
