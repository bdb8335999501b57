"""The neural NER tagger (marsad.entities.nn): decoding, model file, a tiny trained model."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.entities.nn import (
    NN_FILE,
    TAGS,
    EnsembleRecognizer,
    NeuralTagger,
    NNModelMissingError,
    crf_marginals,
    symbolic_features,
    train_net,
    viterbi_bio,
)

ROOT = Path(__file__).resolve().parent.parent


def _one_hot(*tags: str, p: float = 0.9) -> list[list[float]]:
    rest = (1 - p) / (len(TAGS) - 1)
    return [[p if t == tag else rest for t in TAGS] for tag in tags]


@pytest.mark.parametrize(
    ("argmax", "expected"),
    [
        (("O", "B-PERS", "I-PERS"), ["O", "B-PERS", "I-PERS"]),
        (("B-LOC",), ["B-LOC"]),
        # an I- may not open a chunk nor follow another type: the decoder repairs it
        (("I-PERS",), ["B-PERS"]),
        (("O", "I-ORG", "I-ORG"), ["O", "B-ORG", "I-ORG"]),
    ],
)
def test_viterbi_obeys_bio(argmax: tuple[str, ...], expected: list[str]) -> None:
    # where the likeliest tag is an I- that can't stand there, B- of its type is next likeliest
    probs = _one_hot(*argmax)
    for row, tag in zip(probs, argmax, strict=True):
        if tag.startswith("I-"):
            row[TAGS.index("B-" + tag[2:])] += 0.05
    assert viterbi_bio(probs) == expected


def _valid(seq: tuple[str, ...]) -> bool:
    prev = "O"
    for t in seq:
        if t.startswith("I-") and prev[2:] != t[2:]:
            return False
        prev = t
    return True


@pytest.mark.parametrize("seed", range(8))
def test_viterbi_matches_brute_force(seed: int) -> None:
    import random

    rng = random.Random(seed)
    n = 1 + seed % 3
    probs = [[rng.random() + 1e-3 for _ in TAGS] for _ in range(n)]
    probs = [[x / sum(r) for x in r] for r in probs]

    def logp(s: tuple[str, ...]) -> float:
        return sum(math.log(probs[i][TAGS.index(t)]) for i, t in enumerate(s))

    best = max((s for s in itertools.product(TAGS, repeat=n) if _valid(s)), key=logp)
    assert viterbi_bio(probs) == list(best)


def test_missing_model_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NNModelMissingError, match=r"train_nn_ner\.py"):
        NeuralTagger.load(tmp_path / "absent.nn.pt")


def test_import_does_not_load_torch() -> None:
    code = "import sys, marsad.entities.nn; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "False"


_SENTS = [
    (["قال", "الرئيس", "زيلبرمان", "في", "موسكو", "."],
     ["O", "O", "B-PERS", "O", "B-LOC", "O"]),
    (["وصل", "زيلبرمان", "إلى", "موسكو", "أمس"], ["O", "B-PERS", "O", "B-LOC", "O"]),
    (["التقى", "كارلوس", "زيلبرمان", "وزير", "الخارجية"],
     ["O", "B-PERS", "I-PERS", "O", "O"]),
    (["ذهب", "الوفد", "إلى", "موسكو", "اليوم"], ["O", "O", "O", "B-LOC", "O"]),
]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> NeuralTagger:
    sents = _SENTS * 8
    feats = [symbolic_features(t) for t, _ in sents]
    dims = {"word": 16, "char": 8, "cnn": 16, "feat": 8, "hidden": 16, "dropout": 0}
    net = train_net(sents, feats, epochs=25, seed=1, dims=dims, batch_size=8, lr=1e-2,
                    word_dropout=0.0, log=False)
    path = tmp_path_factory.mktemp("nn") / "tiny.nn.pt"
    net.save(path)
    return NeuralTagger.load(path)  # the real loading path, half-precision weights included


def test_tiny_model_tags_a_name_it_was_trained_on(tiny: NeuralTagger) -> None:
    tokens = ["وصل", "زيلبرمان", "إلى", "موسكو", "أمس"]
    assert tiny.tag(tokens) == ["O", "B-PERS", "O", "B-LOC", "O"]


def test_probabilities_one_row_per_token(tiny: NeuralTagger) -> None:
    probs = tiny.probs(["قال", "زيلبرمان", "كلاما"])
    assert len(probs) == 3
    assert all(len(r) == len(TAGS) and abs(sum(r) - 1) < 1e-4 for r in probs)
    assert tiny.probs([]) == []


def test_ensemble_weights_pick_either_tagger(tiny: NeuralTagger) -> None:
    from marsad.entities.model import MODEL_FILE, CrfRecognizer

    if not MODEL_FILE.exists():
        pytest.skip("no shipped CRF model")
    crf = CrfRecognizer()
    tokens = ["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو"]
    marg = crf_marginals(crf, tokens)
    assert len(marg) == len(tokens)
    assert all(abs(sum(r) - 1) < 1e-6 for r in marg)
    assert EnsembleRecognizer(crf, tiny, 1.0).tag(tokens) == tiny.tag(tokens)
    assert EnsembleRecognizer(crf, tiny, 0.0).tag(tokens) == viterbi_bio(marg)


@pytest.mark.skipif(not NN_FILE.exists(), reason="no shipped neural model")
def test_shipped_model_loads_and_tags() -> None:
    net = NeuralTagger.load()
    tags = net.tag(["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو"])
    assert tags[3:5] == ["B-PERS", "I-PERS"]
    assert tags[6] == "B-LOC"
