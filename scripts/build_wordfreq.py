"""Build marsad/resources/wordfreq.tsv: folded word-form frequencies from the NER corpora's text.

Why: the light clitic stripper needs to know whether "وزارة" is a word or و+"زارة". A frequency list
from real Arabic text answers that. Sources are CC BY-SA (ANERcorp 4.0, AQMAR 3.0) and MIT (Wojood
sample), credited in the README; no labels are used.

Usage: python scripts/build_wordfreq.py [DATA_DIR]   (default ../shared/data/ner)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.text import fold_keep_teh, has_arabic  # noqa: E402

MIN_COUNT = 2
HEADER = (
    "# folded form\tcount — from ANERcorp (CC BY-SA 4.0), AQMAR (CC BY-SA 3.0), "
    "Wojood sample (MIT)\n"
)


def tokens(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and has_arabic(parts[0]):
            out.append(parts[0])
    return out


def main(data_dir: Path) -> None:
    files = [data_dir / "anercorp-train.conll", data_dir / "aqmar-train.conll",
             data_dir / "aqmar-dev.conll", *sorted((data_dir / "wojood-sample").glob("*.txt"))]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        sys.exit(f"build_wordfreq: missing corpus files: {', '.join(missing)}")
    c: Counter[str] = Counter()
    for f in files:
        c.update(fold_keep_teh(t) for t in tokens(f))
    out = ROOT / "marsad" / "resources" / "wordfreq.tsv"
    with out.open("w", encoding="utf-8") as fp:
        fp.write(HEADER)
        for w, n in sorted(c.items(), key=lambda x: (-x[1], x[0])):
            if n >= MIN_COUNT:
                fp.write(f"{w}\t{n}\n")
    print(f"wrote {out} ({sum(1 for v in c.values() if v >= MIN_COUNT)} forms)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "ner")
