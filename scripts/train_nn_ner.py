"""Train the neural NER tagger (marsad.entities.nn) and write its model file.

    nice .venv/bin/python scripts/train_nn_ner.py [DATA_DIR] [--holdout] [--out PATH] [--epochs N]

DATA_DIR defaults to ../shared/data/ner. The training data are those of the shipped CRF
(scripts/train_ner.py: ANERcorp-train + AQMAR train/dev, or without the dev split with
``--holdout``). The char-model features of training words come from a cross-fitted char model, as
for the CRF (a model that never saw the word), so the net learns how far to trust them on new
names; at run time the shipped char model (data/ner.chars.tsv) gives them. Reproducible: fixed data
order, fixed seeds, one torch thread.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from marsad.entities.conll import ner_datasets  # noqa: E402
from marsad.entities.nn import NN_FILE  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ner"
SEED = 13
EPOCHS = 10


def train(data: Path, out: Path, holdout: bool, sources: tuple[str, ...], epochs: int,
          seed: int) -> None:
    from train_ner import fit_char_model

    from marsad.entities.charmodel import use_shipped
    from marsad.entities.nn import symbolic_features, train_net

    train_set, _ = ner_datasets(data, holdout=holdout, sources=sources)
    with tempfile.TemporaryDirectory() as tmp:
        fit_char_model(train_set, Path(tmp) / "xfit.chars.tsv")  # the cross-fitted one is active
        feats = [symbolic_features(toks) for toks, _ in train_set]
    use_shipped()
    t0 = time.time()
    net = train_net(train_set, feats, epochs=epochs, seed=seed)
    net.save(out)
    print(f"{len(train_set)} sentences, trained in {time.time() - t0:.0f}s → {out} "
          f"({out.stat().st_size / 1e6:.1f} MB)")


def main() -> None:
    from train_ner import DEFAULT_SOURCES

    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--holdout", action="store_true", help="leave the dev split out")
    ap.add_argument("--sources", default=",".join(DEFAULT_SOURCES))
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    if not (args.data / "anercorp-train.conll").exists():
        sys.exit(f"no NER data at {args.data} (expected anercorp-train.conll there)")
    out = args.out or (Path("/tmp/ner-holdout.nn.pt") if args.holdout else NN_FILE)
    train(args.data, out, args.holdout, tuple(args.sources.split(",")), args.epochs, args.seed)


if __name__ == "__main__":
    main()
