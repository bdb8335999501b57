"""Token-level corrections after the CRF, for what the CRF misses on news (checked on dev).

- A known multi-word place ("سلطنة عمان", "الشرق الأوسط") is one LOC chunk, not a piece of one
  (document entities only: ANERcorp's own convention differs, see ``apply_rules``).
- A name right after an honorific or a title with a nationality ("آية الله علي خامنئي",
  "الرئيس الروسي فلاديمير بوتين") is PERS when its first word is a known first name or name word.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.entities.features import phrase_marks_at
from marsad.entities.lexicon import NAME_LINKS, Lexicon, lexicon
from marsad.entities.titles import is_title_word
from marsad.text import clitic_variants, fold

_JOINERS = NAME_LINKS | {"ولد"}  # ولد: son of, in Mauritanian names
MAX_NAME = 4


def extend_places(tokens: list[str], tags: list[str]) -> list[str]:
    out = list(tags)
    marks = phrase_marks_at(tokens)
    if not marks:
        return out
    none: list[str] = []
    i = 0
    while i < len(tokens):
        if "mL=B" not in marks.get(i, none):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and "mL=I" in marks.get(j, none) and "mL=B" not in marks.get(j, none):
            j += 1
        kinds = {t[2:] for t in out[i:j] if t != "O"}
        if kinds <= {"LOC"} and (kinds or j - i >= 2):
            if j < len(out) and out[j] == "I-LOC":
                i = j
                continue
            out[i] = "B-LOC"
            for k in range(i + 1, j):
                out[k] = "I-LOC"
            if j < len(out) and out[j].startswith("I-"):
                out[j] = "B-" + out[j][2:]
        i = j
    return out


_NOT_NAMES = frozenset({"على", "إلى", "الى", "الفريق", "عن", "من"})


def _name_word(word: str, lx: Lexicon) -> bool:
    """A known first name or name word that is not also a title, honorific or preposition."""
    return lx.answer("name_word", word, _is_name_word)


def _is_name_word(word: str, lx: Lexicon) -> bool:
    if word in _NOT_NAMES or is_title_word(word, lx) or fold(word) in lx.honorifics:
        return False
    return any(v in lx.first_names or v in lx.person_tokens for v in clitic_variants(word))


@lru_cache(maxsize=1)
def _phrase_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(p) for p in lexicon().honorific_phrases}))


@lru_cache(maxsize=1)
def _phrase_ends() -> frozenset[str]:
    return frozenset(p[-1] for p in lexicon().honorific_phrases)


def _honorific_end(tokens: list[str], i: int, lx: Lexicon) -> bool:
    """Do the tokens before ``i`` end in an honorific or a title + nationality?"""
    if i == 0:
        return False
    prev = fold(tokens[i - 1])
    # a phrase match needs its last word right here (checked first: most tokens are not one)
    if lx is not lexicon() or prev in _phrase_ends():
        for k in _phrase_lengths():
            if i - k >= 0 and tuple(fold(t) for t in tokens[i - k:i]) in lx.honorific_phrases:
                return True
    if prev in lx.honorifics:
        return True
    return lx.is_nationality(tokens[i - 1]) and i >= 2 and is_title_word(tokens[i - 2], lx)


def names_after_titles(tokens: list[str], tags: list[str]) -> list[str]:
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    for i in range(n):
        # both tests depend on the tokens only; the cheaper, rarer one first
        if out[i] != "O" or not _name_word(tokens[i], lx) or not _honorific_end(tokens, i, lx):
            continue
        j = i + 1
        while j < n and j - i < MAX_NAME and out[j] == "O" and (
            _name_word(tokens[j], lx) or fold(tokens[j]) in _JOINERS
            or (fold(tokens[j - 1]) in _JOINERS)
        ) and not is_title_word(tokens[j], lx):
            j += 1
        while j > i + 1 and fold(tokens[j - 1]) in _JOINERS:
            j -= 1
        if j < n and out[j].startswith("I-PERS"):
            continue
        out[i] = "B-PERS"
        for k in range(i + 1, j):
            out[k] = "I-PERS"
        if j < n and out[j].startswith("I-"):
            out[j] = "B-" + out[j][2:]
    return out


def family_name_ends(tokens: list[str], tags: list[str]) -> list[str]:
    """A listed family name right after a person's name is its last word (سعيد بن حسين
    [الغامدي]): long Gulf names are where the CRF most often stops one word short."""
    fam = lexicon().family_names
    out = list(tags)
    for i in range(1, len(tokens)):
        if out[i] == "O" and out[i - 1][2:] == "PERS" and fold(tokens[i]) in fam:
            out[i] = "I-PERS"
    return out


def apply_rules(tokens: list[str], tags: list[str], places: bool = False) -> list[str]:
    """Token-level rules. ``places`` joins multi-word places: right for analysts (سلطنة عمان is
    one place) but not ANERcorp's convention (it tags غزة alone in قطاع غزة), so off for CoNLL."""
    tags = names_after_titles(tokens, tags)
    tags = family_name_ends(tokens, tags)
    return extend_places(tokens, tags) if places else tags
