"""Turn a hand annotation list into offset records (bench/dev/dates/<split>.jsonl).

Input (kept outside the repo): blocks "[k]" (k = 1-based article index of ``draft.sample(split,
n)``) followed by lines "expression[#n]|value[|kind]"; value "None" for null, kind default "date";
#n picks the n-th whole-word occurrence in the article. Only zip/url/offsets/expression/value/kind
are written — the text stays in ../shared.

    .venv/bin/python bench/dev/dates/build_gold.py tune 40 /tmp/gold/tune.txt
    .venv/bin/python bench/dev/dates/build_gold.py test 40 /tmp/gold/heldout.txt 11 heldout
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft import sample


def occurrences(text: str, expr: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(expr) + r"(?!\w)", text)]


def main() -> None:
    split, n, src = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 7
    name = sys.argv[5] if len(sys.argv) > 5 else split
    arts = sample(split, n, seed, name if name != split else None)
    rows, k, bad = [], 0, 0
    for line in src.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        if m := re.fullmatch(r"\[(\d+)\]", line):
            k = int(m.group(1))
            continue
        parts = line.split("|")
        expr, value = parts[0], parts[1]
        kind = parts[2] if len(parts) > 2 else "date"
        nth = 1
        if "#" in expr:
            expr, nth_s = expr.rsplit("#", 1)
            nth = int(nth_s)
        zname, art = arts[k - 1]
        text = art["content"]
        occ = occurrences(text, expr)
        if len(occ) < nth:
            print(f"NOT FOUND [{k}] {expr!r} #{nth}", file=sys.stderr)
            bad += 1
            continue
        start = occ[nth - 1]
        rows.append({"zip": zname, "url": art["url"], "start": start, "end": start + len(expr),
                     "expression": expr, "value": None if value == "None" else value,
                     "kind": kind, "split": name})
    out = Path(__file__).with_name(f"{name}.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                   encoding="utf-8")
    print(f"{len(rows)} expressions from {len({r['url'] for r in rows})} articles -> {out}"
          f" ({bad} not found)")


if __name__ == "__main__":
    main()
