from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "data" / "seed" / "putin-araghchi-moscow.txt"
NEWS = SHARED / "data" / "news" / "saudinewsnet-2015-07"
NER = SHARED / "data" / "ner"


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared seed article is absent")
    return SEED.read_text(encoding="utf-8")
