"""Optional backend: CAMeL Tools' BERT NER (CAMeL-Lab/bert-base-arabic-camelbert-msa-ner).

Installed by the user with ``camel_data -i ner-arabert``; never downloaded by Marsad. Two traps:
``import camel_tools.ner`` imports ``camel_tools.data``, which fetches CAMeL's catalogue from the
web when ``catalogue.json`` is absent (and fails offline); and the model may simply not be there.
So the import is lazy, the model path is checked first, and — only when there is no catalogue —
``camel_tools.ner`` is imported with a placeholder ``camel_tools.data`` that is removed again
afterwards (``NERecognizer(model_path)`` never consults the catalogue; only ``.pretrained`` does).
"""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path
from typing import Any

from marsad.entities.conll import normalise_tag

MODEL_ENV = "MARSAD_CAMEL_NER_MODEL"  # an explicit model folder (config.json, vocab.txt, weights)
INSTALL_HINT = "run `camel_data -i ner-arabert` to install it, or use the default backend"


class CamelNerUnavailable(RuntimeError):
    """CAMeL Tools' NER model is not installed here."""


def camel_data_dir() -> Path:
    """Where camel_data installs packages (as camel_tools.data.catalogue, without importing it)."""
    env = os.environ.get("CAMELTOOLS_DATA")
    if env:
        return Path(env).expanduser().absolute()
    if sys.platform == "win32":
        return Path.home() / "AppData" / "Roaming" / "camel_tools"
    return Path.home() / ".camel_tools"


def default_model_path() -> Path:
    env = os.environ.get(MODEL_ENV)
    return Path(env) if env else camel_data_dir() / "data" / "ner" / "arabert"


def _ner_class() -> Any:
    """camel_tools.ner.NERecognizer, imported without a web request when there is no catalogue."""
    if "camel_tools.ner" in sys.modules or (camel_data_dir() / "catalogue.json").exists():
        from camel_tools.ner import NERecognizer

        return NERecognizer
    placeholder = types.ModuleType("camel_tools.data")
    placeholder.CATALOGUE = None  # type: ignore[attr-defined]
    saved = sys.modules.get("camel_tools.data")
    sys.modules["camel_tools.data"] = placeholder
    try:
        from camel_tools.ner import NERecognizer
    finally:
        if saved is None:
            del sys.modules["camel_tools.data"]
        else:
            sys.modules["camel_tools.data"] = saved
    return NERecognizer


class CamelRecognizer:
    """Tags token lists with CAMeL Tools' NERecognizer (ANERcorp labels), on the CPU."""

    def __init__(self, model_path: Path | str | None = None) -> None:
        path = Path(model_path) if model_path is not None else default_model_path()
        if not (path / "config.json").exists():
            raise CamelNerUnavailable(f"CAMeL Tools NER model not found at {path}: {INSTALL_HINT}")
        try:
            ner_class = _ner_class()
        except ImportError as exc:  # camel-tools or torch/transformers missing
            raise CamelNerUnavailable(f"CAMeL Tools NER cannot be imported ({exc})") from exc
        self.path = path
        self._ner = ner_class(str(path), use_gpu=False)

    def tag(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        tok = self._ner.tokenizer
        # NERecognizer drops a word that its tokenizer turns into nothing, which would shift
        # every later tag: give such words the unknown token instead.
        safe = [t if tok.tokenize(t) else tok.unk_token for t in tokens]
        tags = self._ner.predict_sentence(safe)
        if len(tags) != len(tokens):  # never expected; keep the one-tag-per-token promise
            tags = (list(tags) + ["O"] * len(tokens))[: len(tokens)]
        return [normalise_tag(t) for t in tags]
