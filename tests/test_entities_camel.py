"""The CAMeL Tools backend's real loading path, on a tiny random BERT saved to a temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.entities.camel import CamelNerUnavailable, CamelRecognizer

LABELS = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "التقى", "الرئيس", "بوتين", "في",
         "موسكو", "##ين", "ب", "."]


def tiny_model(folder: Path) -> Path:
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    torch.manual_seed(0)
    (folder / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizer(str(folder / "vocab.txt"), do_lower_case=False)
    config = transformers.BertConfig(
        vocab_size=len(VOCAB), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=256,
        id2label=dict(enumerate(LABELS)), label2id={k: i for i, k in enumerate(LABELS)},
    )
    model = transformers.BertForTokenClassification(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def test_missing_model_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CamelNerUnavailable, match="camel_data -i ner-arabert"):
        CamelRecognizer(tmp_path / "nothing-here")


def test_tiny_model_loads_and_tags_one_label_per_token(tmp_path: Path) -> None:
    rec = CamelRecognizer(tiny_model(tmp_path))
    tokens = ["التقى", "الرئيس", "بوتين", "في", "موسكو", "\u200f", "."]
    tags = rec.tag(tokens)
    assert len(tags) == len(tokens)
    assert set(tags) <= {*LABELS}
    assert rec.tag([]) == []


def test_tag_tokens_keeps_tokens_with_camel_backend(tmp_path: Path, monkeypatch) -> None:
    from marsad.entities import conll

    monkeypatch.setenv("MARSAD_CAMEL_NER_MODEL", str(tiny_model(tmp_path)))
    conll.load_recognizer.cache_clear()
    try:
        tags = conll.tag_tokens(["بوتين", "في", "موسكو"], backend="camel", memory=False)
        assert len(tags) == 3
    finally:
        conll.load_recognizer.cache_clear()
