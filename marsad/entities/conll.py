"""Token-level tagging for `python -m marsad tag-conll`, and CoNLL reading/scoring helpers.

``tag_tokens`` never changes, merges or splits tokens: one BIO tag (PERS/LOC/ORG/MISC, the
ANERcorp scheme) per input token. Role phrases without a name are never tagged PERS here
(ANERcorp doesn't); they exist only as document-level entities (see marsad.entities.resolve).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from marsad.entities.memory import EntityMemory

# Corpus tag spellings → the ANERcorp scheme (AQMAR writes PER and MIS).
TAG_ALIASES = {"PER": "PERS", "MIS": "MISC", "PERS": "PERS", "LOC": "LOC", "ORG": "ORG",
               "MISC": "MISC"}
BACKENDS = ("default", "camel")


class Recognizer(Protocol):
    def tag(self, tokens: list[str]) -> list[str]: ...


@lru_cache(maxsize=4)
def load_recognizer(backend: str = "default") -> Recognizer:
    """Load a backend once per process ("default": the shipped CRF; "camel": CAMeL Tools BERT)."""
    if backend == "default":
        from marsad.entities.model import CrfRecognizer

        return CrfRecognizer()
    if backend == "camel":
        from marsad.entities.camel import CamelRecognizer

        return CamelRecognizer()
    raise ValueError(f"unknown NER backend {backend!r}; choose one of {', '.join(BACKENDS)}")


@lru_cache(maxsize=4)
def _memory(backend: str) -> EntityMemory:
    from marsad.entities.memory import EntityMemory

    return EntityMemory()


def reset_memory(backend: str = "default") -> None:
    """Forget remembered names, e.g. between two unrelated files."""
    _memory(backend).clear()


def tag_tokens(tokens: list[str], backend: str = "default", memory: bool = True) -> list[str]:
    """BIO tags, one per token, repaired so every I- continues a chunk of its own type.

    With ``memory`` (the default) names recognised in the last few sentences tagged through this
    function are recognised again (see marsad.entities.memory): the CLI feeds a file sentence by
    sentence, in order, so a repeated surname is caught. Call ``reset_memory`` between files.
    """
    if not tokens:
        return []
    return tag_sentence(list(tokens), load_recognizer(backend),
                        _memory(backend) if memory else None)


def tag_sentence(tokens: list[str], recognizer: Recognizer,
                 memory: EntityMemory | None = None, rules: bool = True,
                 places: bool = False) -> list[str]:
    """Model tags, repaired, then filled in from (and added to) the document memory."""
    if memory is not None and getattr(recognizer, "uses_memory_features", False):
        raw = recognizer.tag(tokens, memory.doc_features(tokens))  # type: ignore[call-arg]
    else:
        raw = recognizer.tag(tokens)
    tags = repair_bio(raw)
    if rules:
        from marsad.entities.rules import apply_rules

        tags = apply_rules(tokens, tags, places=places)
    if memory is not None:
        tags = memory.apply(tokens, tags)
        if rules and not places and memory.in_sports_report(tokens):
            from marsad.entities.rules import clubs_in_sports

            tags = clubs_in_sports(tokens, tags)  # (document mode: entities.topics)
        memory.remember(tokens, tags)
    if rules and places:
        from marsad.entities.rules import outlet_names

        tags = outlet_names(tokens, tags)  # never remembered: الوطن, المدينة are words too
    return tags


def repair_bio(tags: list[str]) -> list[str]:
    """An I-X after O or after another type becomes B-X (conlleval reads it so anyway)."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def normalise_tag(tag: str) -> str:
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O"
    kind = TAG_ALIASES.get(tag[2:])
    return f"{tag[0]}-{kind}" if kind else "O"


def read_conll(path: Path, column: int = 1) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences of (tokens, tags) from a CoNLL file; tags from ``column`` (normalised)."""
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            parts = line.split()
            if not parts:
                if tokens:
                    yield tokens, tags
                tokens, tags = [], []
                continue
            tokens.append(parts[0])
            tags.append(normalise_tag(parts[column]) if len(parts) > column else "O")
    if tokens:
        yield tokens, tags


def bio_spans(tags: list[str]) -> list[tuple[str, int, int]]:
    """(type, start, end) token spans, conlleval-style: a chunk starts at B- or at a type change."""
    spans: list[tuple[str, int, int]] = []
    kind: str | None = None
    start = 0
    for i, t in enumerate([*tags, "O"]):
        cur = t[2:] if t != "O" else None
        begins = t.startswith("B-") or cur != kind
        if kind is not None and (cur is None or begins):
            spans.append((kind, start, i))
            kind = None
        if cur is not None and (kind is None or begins):
            kind, start = cur, i
    return spans


# Wojood (nested, 21 types) → ANERcorp types, outermost tag only. Wojood tags a country acting as
# a government ORG and a country as place GPE; ANERcorp tags both LOC-ish, so GPE → LOC and ORG
# stays ORG. NORP (nationalities), OCC (occupations), DATE … are O in ANERcorp.
WOJOOD_MAP = {"PERS": "PERS", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG",
              "EVENT": "MISC"}
WOJOOD_SEPARATOR = "$#$"


def read_wojood(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences of a Wojood file with its outermost tag mapped to ANERcorp types."""
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fp:
        for line in [*fp, ""]:
            parts = line.split()
            if not parts:
                if tokens:
                    yield tokens, repair_bio(tags)
                tokens, tags = [], []
                continue
            if parts[0] == WOJOOD_SEPARATOR:
                continue
            tag = "O"
            if len(parts) > 1 and parts[1] != "O" and parts[1][2:] in WOJOOD_MAP:
                tag = parts[1][:2] + WOJOOD_MAP[parts[1][2:]]
            tokens.append(parts[0])
            tags.append(tag)


def ner_datasets(
    data_dir: Path, holdout: bool = True, sources: tuple[str, ...] = ("anercorp", "aqmar")
) -> tuple[list[tuple[list[str], list[str]]], dict[str, list[tuple[list[str], list[str]]]]]:
    """Training sentences and named dev sets from ../shared/data/ner.

    With ``holdout`` the dev sets are the last 10% of ANERcorp-train (by sentence) and AQMAR-dev,
    and neither is trained on; without it everything is training data (the shipped model).
    """
    train: list[tuple[list[str], list[str]]] = []
    dev: dict[str, list[tuple[list[str], list[str]]]] = {}
    aner = list(read_conll(data_dir / "anercorp-train.conll"))
    cut = len(aner) - len(aner) // 10 if holdout else len(aner)
    if "anercorp" in sources:
        train += aner[:cut]
    if holdout:
        dev["anercorp-dev"] = aner[cut:]
    aqmar = [s for s in sources if s.startswith("aqmar")]
    if aqmar:
        sents = list(read_conll(data_dir / "aqmar-train.conll"))
        if not holdout:
            sents += list(read_conll(data_dir / "aqmar-dev.conll"))
        # AQMAR's MIS is far broader than ANERcorp's MISC: dropped, or kept as its own type
        # (XMISC, see marsad.entities.model) so that it teaches neither MISC nor O
        if aqmar[0] in ("aqmar-nomisc", "aqmar-xmisc"):
            new = "O" if aqmar[0] == "aqmar-nomisc" else "XMISC"
            sents = [(t, [x if not x.endswith("MISC") else
                          ("O" if new == "O" else x[:2] + new) for x in g]) for t, g in sents]
        train += sents
    if holdout:
        dev["aqmar-dev"] = list(read_conll(data_dir / "aqmar-dev.conll"))
    if "wojood" in sources:
        for name in ("train.txt", "val.txt"):
            f = data_dir / "wojood-sample" / name
            if f.exists():
                train += list(read_wojood(f))
    return train, dev
