"""Token-level corrections after the CRF, for what the CRF misses on news (checked on dev).

- A known multi-word place ("سلطنة عمان", "الشرق الأوسط") is one LOC chunk, not a piece of one
  (document entities only: ANERcorp's own convention differs, see ``apply_rules``).
- A name right after an honorific or a title with a nationality ("آية الله علي خامنئي",
  "الرئيس الروسي فلاديمير بوتين") is PERS when its first word is a known first name or name word.
- A chunk ends before a time word or a pious formula ("مجلس الأمن أواخر يوليو", "فيصل رحمه
  الله"); a person's name ends before a clitic preposition or conjunction that opens a common noun
  ("الشمري بالوفد") and where a listed full name meets another listed name ("دي ميستورا المعلم").
- A currency after a number is MISC (ANERcorp's دولار), not the club ريال مدريد; a month after a
  number or another month is a date (أبريل (نيسان)), not the car maker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.entities.clusters import frequency_of
from marsad.entities.conll import bio_spans, repair_bio
from marsad.entities.features import phrase_marks_at
from marsad.entities.lexicon import (
    NAME_LINKS,
    Lexicon,
    given_names,
    lexicon,
    phrases_by_first,
    read_list,
    read_sections,
    split_entries,
    zipf_bucket,
)
from marsad.entities.titles import is_head, is_title_word
from marsad.text import clitic_variants, dediac_ar, fold, is_word

_JOINERS = NAME_LINKS | {"ولد"}  # ولد: son of, in Mauritanian names
MAX_NAME = 4


def extend_places(tokens: list[str], tags: list[str]) -> list[str]:
    """A multi-word place of the gazetteers is one LOC chunk. From the main list even where the
    model tagged none of it; from the regional and GeoNames lists ("محايل عسير", "وادي الدواسر")
    only where the model tagged part of it a place ("[محايل] عسير")."""
    out = list(tags)
    marks = phrase_marks_at(tokens)
    if not marks:
        return out
    for label in ("L", "R", "G"):
        out = _extend_marked_places(tokens, out, marks, label)
    return out


def _extend_marked_places(tokens: list[str], tags: list[str], marks: dict[int, list[str]],
                          label: str) -> list[str]:
    out = tags
    none: list[str] = []
    begin, inner = f"m{label}=B", f"m{label}=I"
    i = 0
    while i < len(tokens):
        if begin not in marks.get(i, none):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and inner in marks.get(j, none) and begin not in marks.get(j, none):
            j += 1
        kinds = {t[2:] for t in out[i:j] if t != "O"}
        if j - i >= 2 and label != "L" and (kinds != {"LOC"} or out[i] == "O" or any(
                v in _DESIGNATORS for v in clitic_variants(tokens[i]))):
            # only to the right of a place the model found; never over GeoNames' "منطقة حائل",
            # "محافظة الجيزة" (the place is حائل, الجيزة) or "باحات المسجد الأقصى"
            i = j
            continue
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
# "that" after a name ("راحيل شريف بأن"): بان opens a name (بان كي مون), it never goes on one
_THAT_WORDS = frozenset({"بان", "بانه", "بانها"})
# generic words before a place's name (folded): not part of it
_DESIGNATORS = frozenset({"منطقه", "محافظه", "مدينه", "حي", "قريه", "بلده", "اماره", "مركز",
                          "ولايه", "مقاطعه", "اقليم", "العاصمه"})


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


# the frequency list's affinity class "0": متقاعد has it, the names met (راحيل، كرافت، موافق) not
_NOT_NAME_AFFINITY = "0"
_RARE_ZIPF = 3  # at most this frequent in general Arabic, with every clitic reading: راحيل, كرافت


def _rare_word(word: str, lx: Lexicon) -> bool:
    """An indefinite word rare in general Arabic, under every clitic reading: after an honorific
    ("الجنرال راحيل شريف") such a word is a name the lists do not know."""
    return lx.answer("rare_word", word, _is_rare_word)


def _is_rare_word(word: str, lx: Lexicon) -> bool:
    f = fold(word)
    if len(f) < 3 or not is_word(word) or f.startswith("ال") or is_title_word(word, lx) \
            or lx.is_nationality(word) or f in lx.honorifics:
        return False
    if not all(zipf_bucket(v) <= _RARE_ZIPF for v in clitic_variants(word)):
        return False
    fq = frequency_of(f)
    return fq is None or fq[1] != _NOT_NAME_AFFINITY


# honorifics a name always follows (folded); الملك، البابا، الإمام، سمو … also stand alone for
# their holder ("لم يحرك الملك ساكنا"), so a rare word after them is no name by itself
_NAME_BEFORE_HONORIFICS = frozenset({"الجنرال", "اللواء", "العميد", "العقيد", "المشير", "الدكتور",
                                     "الدكتوره", "د.", "المهندس", "الاستاذ", "السيد", "السيده",
                                     "الشيخ", "الحاج", "القس", "الحاخام", "الكاردينال", "الاب"})


def _after_honorific(tokens: list[str], i: int) -> bool:
    return i > 0 and fold(tokens[i - 1]) in _NAME_BEFORE_HONORIFICS


def _place_phrase_at(tokens: list[str], i: int, lx: Lexicon) -> int:
    """Words of the listed multi-word place (CLDR, GeoNames) opening at ``i``, 0 if none."""
    for k in (3, 2):
        if i + k <= len(tokens):
            words = tuple(fold(t) for t in tokens[i:i + k])
            if words in lx.place_phrases or words in lx.more_place_phrases:
                return k
    return 0


_SPOKESMEN = frozenset({"المتحدث", "المتحدثه", "الناطق", "الناطقه", "متحدث", "متحدثه", "ناطق",
                        "ناطقه", "الرسمي", "الرسميه", "الاعلامي", "الاعلاميه"})  # folded


def on_behalf_of(tokens: list[str], tags: list[str]) -> list[str]:
    """Document mode: "المتحدثة باسم دي ميستورا" — after a spokesman's title باسم is "on behalf
    of", not the given name Basem: it leaves the name that follows."""
    out = list(tags)
    for kind, a, b in _spans(out):
        if kind == "PERS" and b - a >= 2 and a and fold(tokens[a]) == "باسم" and \
                fold(tokens[a - 1]) in _SPOKESMEN:
            _set_chunk(out, "O", a, a + 1)
            _set_chunk(out, "PERS", a + 1, b)
    return out


def titled_places_not_people(tokens: list[str], tags: list[str]) -> list[str]:
    """Document mode: a person chunk after a title that opens a listed multi-word place is that
    place ("محافظ [رياض] الخبراء" → the governorate رياض الخبراء, not a man named رياض)."""
    lx = lexicon()
    out = list(tags)
    for kind, a, b in _spans(out):
        if kind != "PERS" or a == 0 or not is_title_word(tokens[a - 1], lx):
            continue
        k = _place_phrase_at(tokens, a, lx)
        if k >= b - a and all(t == "O" for t in out[b:a + k]):
            _set_chunk(out, "LOC", a, a + k)
    return out


def names_after_titles(tokens: list[str], tags: list[str]) -> list[str]:
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    for i in range(n):
        # both tests depend on the tokens only; the cheaper, rarer one first
        if out[i] != "O":
            continue
        if _name_word(tokens[i], lx):
            if not _honorific_end(tokens, i, lx) or _place_phrase_at(tokens, i, lx):
                continue  # "محافظ رياض الخبراء": a governorate, not a man named رياض
        elif not (_after_honorific(tokens, i) and _rare_word(tokens[i], lx)):
            continue
        j = i + 1
        while j < n and j - i < MAX_NAME and out[j] == "O" and (
            _name_word(tokens[j], lx) or fold(tokens[j]) in _JOINERS
            or (fold(tokens[j - 1]) in _JOINERS)
        ) and not is_title_word(tokens[j], lx) and fold(tokens[j]) not in _THAT_WORDS:
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


def _set_chunk(out: list[str], kind: str, a: int, b: int) -> None:
    """Tag tokens a..b-1 as one ``kind`` chunk ("O" clears them); an I- right after becomes B-."""
    for k in range(a, b):
        out[k] = "O" if kind == "O" else ("B-" if k == a else "I-") + kind
    if b < len(out) and out[b].startswith("I-"):
        out[b] = "B-" + out[b][2:]


_LAST_SPANS: list[tuple[tuple[str, ...], list[tuple[str, int, int]]]] = []


def _spans(tags: list[str]) -> list[tuple[str, int, int]]:
    """``bio_spans`` remembered for the last tag sequence (read-only): the rules below ask it
    of the same tags one after another, and most rules change nothing."""
    key = tuple(tags)
    if _LAST_SPANS and _LAST_SPANS[0][0] == key:
        return _LAST_SPANS[0][1]
    spans = bio_spans(tags)
    _LAST_SPANS[:] = [(key, spans)]
    return spans


@lru_cache(maxsize=100_000)
def _flags(word: str) -> str:
    """The word lists a token is in, one letter each (asked of every token: one lookup):
    t time word, f formula, c currency, q quantity or number, m month, h institution head,
    p first word of a pious phrase."""
    lx = lexicon()
    f = fold(word)
    out = ""
    if f in lx.time_words:
        out += "t"
    if f in lx.formula_words:
        out += "f"
    if f in lx.currencies:
        out += "c"
    if f in lx.quantity_words or any(ch.isdigit() for ch in word):
        out += "q"
    if f in lx.months:
        out += "m"
    if lx.first_known(word, lx.institution_heads) is not None:
        out += "h"
    if f in _pious_firsts():
        out += "p"
    return out


@lru_cache(maxsize=1)
def _pious_firsts() -> frozenset[str]:
    return frozenset(p[0] for p in lexicon().pious_phrases)


@lru_cache(maxsize=1)
def _pious_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(p) for p in lexicon().pious_phrases}, reverse=True))


def end_at_edges(tokens: list[str], tags: list[str]) -> list[str]:
    """A chunk ends before a time word or a pious formula's first word (chunk_edges.txt): "مجلس
    الأمن [أواخر يوليو]", "الملك فيصل [رحمه] الله" — the rest of the chunk is no part of it,
    except الله after a formula, which ANERcorp tags MISC."""
    out = list(tags)
    for _, a, b in _spans(tags):
        for i in range(a + 1, b):
            fl = _flags(tokens[i])
            if "t" in fl:
                _set_chunk(out, "O", i, b)
                break
            if "f" in fl:
                _set_chunk(out, "O", i, b)
                if i + 1 < b and fold(tokens[i + 1]) == "الله":
                    _set_chunk(out, "MISC", i + 1, i + 2)
                break
    return out


_CUT_CLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "وب", "ول", "فب", "فل", "و", "ف",
                "ب", "ل", "ك")
_COMMON_ZIPF = 4  # a word this frequent in general Arabic is a common word (الوفد, عصبية)


def _name_word_anywhere(folded: str, lx: Lexicon) -> bool:
    return (folded in lx.first_names or folded in lx.person_tokens or folded in lx.notable_tokens
            or folded in lx.family_names)


def clitic_noun_after_name(word: str, lx: Lexicon) -> str:
    """What a word with a proclitic inside a person's name opens: "LOC" (ببريدة), "PERS" (a
    coordinated name: وعبدالله), "O" (a common noun: بالوفد, بعصبية) or "" (part of the name:
    وليد, بلقاسم — a listed name, or a rest that is no common word)."""
    return lx.answer_str("clitic_noun", word, _clitic_noun_after_name)


def _clitic_noun_after_name(word: str, lx: Lexicon) -> str:
    f = fold(word)
    if _name_word_anywhere(f, lx) or not is_word(word):
        return ""
    for p in _CUT_CLITICS:
        if not f.startswith(p) or len(f) - len(p) < 3:
            continue
        rest = f[len(p):]
        if p.endswith(("ال", "لل")):  # بالوفد, للوفد → الوفد
            rest = "ال" + rest
        if p == "و" and (rest in lx.first_names or rest in NAME_LINKS):
            return "PERS"  # "سراج وريان": and a second person
        if p in ("و", "ف"):  # وعصبية is rare, و/ف + a foreign name (فلوريس) is not
            continue
        if rest in lx.places:
            return "LOC"
        if zipf_bucket(rest) >= _COMMON_ZIPF and not _name_word_anywhere(rest, lx):
            return "O"
    return ""


def end_names_at_clitic_nouns(tokens: list[str], tags: list[str]) -> list[str]:
    """"الدكتور الشمري [بالوفد]", "عبد الله [ببريدة]": a word with a clitic preposition or
    conjunction that opens a common noun (or a place) is where the person's name has ended."""
    lx = lexicon()
    out = list(tags)
    for kind, a, b in _spans(tags):
        if kind != "PERS":
            continue
        for i in range(a + 1, b):
            if fold(tokens[i - 1]) in _JOINERS:
                continue
            what = clitic_noun_after_name(tokens[i], lx)
            if not what:
                continue
            _set_chunk(out, "O", i, b)
            if what == "LOC":
                _set_chunk(out, "LOC", i, i + 1)
            elif what == "PERS":
                _set_chunk(out, "PERS", i, b)
            break
    return out


def split_listed_names(tokens: list[str], tags: list[str]) -> list[str]:
    """"[دي ميستورا المعلم]": a person chunk that is one listed full name (or the particle-led end
    of one: دي ميستورا) followed by the end of another (المعلم, of وليد المعلم) is two people;
    a name particle (دي، فون) just before a person's name is its first word."""
    lx = lexicon()
    out = list(tags)
    for kind, a, b in _spans(tags):
        if kind != "PERS":
            continue
        if a > 0 and out[a - 1] == "O" and dediac_ar(tokens[a - 1]) in lx.name_particles:
            a -= 1
            _set_chunk(out, "PERS", a, b)
        cut = _listed_split(tuple(fold(t) for t in tokens[a:b]), lx) if b - a >= 3 else 0
        if cut:
            _set_chunk(out, "PERS", a, a + cut)
            _set_chunk(out, "PERS", a + cut, b)
    return out


def _listed_split(words: tuple[str, ...], lx: Lexicon) -> int:
    """Where ``words`` (a person chunk) splits into two listed names, else 0."""
    index = _listed_name_pieces()
    if words in index.pieces:
        return 0
    for k in range(2, len(words)):
        left, right = words[:k], words[k:]
        if right[0] in _JOINERS or left[-1] in _JOINERS or right[0] in given_names() \
                or left[-2] in _JOINERS:  # "عبدالعزيز بن سعود العنزي": a nasab takes a nisba
            continue
        if (left in index.names or (left[0] in index.particles and left in index.tails)) \
                and right in index.tails:
            return k
    return 0


class _Pieces:
    """The listed full names (leaders, notable people), their ends and their contiguous pieces."""

    def __init__(self, names: frozenset[tuple[str, ...]]) -> None:
        pieces: set[tuple[str, ...]] = set()
        tails: set[tuple[str, ...]] = set()
        for n in names:
            for i in range(len(n)):
                tails.add(n[i:])
                for j in range(i + 1, len(n) + 1):
                    pieces.add(n[i:j])
        self.names = names
        # inside a listed name a folded particle is one (no فإن there)
        self.particles = frozenset(fold(w) for w in lexicon().name_particles)
        self.pieces = frozenset(pieces)
        self.tails = frozenset(tails)


@lru_cache(maxsize=1)
def _listed_name_pieces() -> _Pieces:
    lx = lexicon()
    return _Pieces(lx.person_phrases | lx.notable_phrases)


def _nationality_word(word: str, lx: Lexicon) -> bool:
    """المصريون, كوبي (the list has الكوبي) — not تركي, which is a first name too."""
    f = fold(word)
    if lx.is_nationality(word):
        return True
    return not f.startswith("ال") and f not in lx.first_names and lx.is_nationality("ال" + f)


def drop_nationalities(tokens: list[str], tags: list[str]) -> list[str]:
    """A chunk of nationality adjectives alone ("وفد [كوبي]", "[المصريون]") names nobody:
    ANERcorp leaves them O."""
    lx = lexicon()
    out = list(tags)
    for kind, a, b in _spans(tags):
        # سورية, السعودية: places that read as adjectives
        if kind != "LOC" and all(_nationality_word(t, lx) and lx.first_known(t, lx.places) is None
                                 for t in tokens[a:b]):
            _set_chunk(out, "O", a, b)
    return out


def listed_places_as_people(tokens: list[str], tags: list[str]) -> list[str]:
    """A person chunk that is word for word a listed place of two words or more ("أبو ظبي": أبو
    opens a kunya) is that place, unless a listed person bears the same name."""
    lx = lexicon()
    out = list(tags)
    for kind, a, b in _spans(tags):
        if kind != "PERS" or b - a < 2:
            continue
        words = tuple(fold(t) for t in tokens[a:b])
        if words in lx.place_phrases and words not in lx.person_phrases \
                and words not in lx.notable_phrases:
            _set_chunk(out, "LOC", a, b)
    return out


def pious_phrases(tokens: list[str], tags: list[str]) -> list[str]:
    """No word of a pious phrase ("بحمد الله", "عز وجل") is a person, place or organisation:
    those tokens go out of their chunk, a MISC one too ("الله ولي التوفيق"), but for a MISC الله,
    as ANERcorp tags it."""
    phrases = lexicon().pious_phrases
    out = list(tags)
    i = 0
    while i < len(tokens):
        k = 0
        if "p" in _flags(tokens[i]):  # fold a window only where a phrase can start
            k = next((n for n in _pious_lengths() if i + n <= len(tokens)
                      and tuple(fold(t) for t in tokens[i:i + n]) in phrases), 0)
        if not k:
            i += 1
            continue
        for j in range(i, i + k):
            kind = out[j][2:]
            if kind in ("PERS", "LOC", "ORG") or (kind == "MISC" and fold(tokens[j]) != "الله"):
                out[j] = "O"
        i += k
    return repair_bio(out)


def media_names(tokens: list[str], tags: list[str]) -> list[str]:
    """"لصحيفة [فينر تسايتونج]": a person chunk right after an outlet's noun is that outlet."""
    lx = lexicon()
    out = list(tags)
    for kind, a, b in _spans(tags):
        noun = lx.first_known(tokens[a - 1], lx.media_nouns) if kind == "PERS" and a else None
        # the outlet's noun in construct (لصحيفة X), not definite (مراسل الصحيفة X is a person)
        if noun and not fold(tokens[a - 1])[:-len(noun)].endswith(("ال", "لل")):
            _set_chunk(out, "ORG", a, b)
    return out


def split_org_person(tokens: list[str], tags: list[str]) -> list[str]:
    """"رئيس اللجنة [المنظمة وليد الفي]", "لنادي [الاتحاد منصور البلوي]": an organisation that
    runs on into a first name and more after a definite word is an organisation and a person.
    Not after an indefinite head ("مؤسسة محمد بن راشد": a construct with the name) or a title
    ("جامعة الملك سعود")."""
    lx = lexicon()
    out = list(tags)
    for kind, a, b in _spans(tags):
        if kind != "ORG" or b - a < 3:
            continue
        for i in range(a + 1, b - 1):
            prev = fold(tokens[i - 1])
            if fold(tokens[i]) in lx.first_names and prev.startswith("ال") \
                    and not is_head(tokens[i - 1], lx):
                _set_chunk(out, "PERS", i, b)
                break
    return out


_DATE_OPENERS = frozenset({"(", "/", "-", "،", ","})


def months_in_dates(tokens: list[str], tags: list[str]) -> list[str]:
    """"أبريل ([نيسان])", "10 [نيسان] 2015": a month after a number, another month or a bracket
    is part of a date, not the car maker (ANERcorp's نيسان ORG) or the planet."""
    out = list(tags)
    for _, a, b in _spans(tags):
        if b - a != 1 or a == 0 or "m" not in _flags(tokens[a]):
            continue
        k = a - 1
        if tokens[k] in _DATE_OPENERS and k > 0:
            k -= 1
        if "q" in _flags(tokens[k]) or "m" in _flags(tokens[k]):
            _set_chunk(out, "O", a, b)
    return out


def currencies_after_numbers(tokens: list[str], tags: list[str]) -> list[str]:
    """"مليون [ريال]", "99.05 [ريال]": a currency after a number is MISC (as ANERcorp tags
    دولار), not the club ريال مدريد the CRF learned the word from; a currency tagged as a place
    alone ("دول [اليورو]", "منطقة [اليورو]") is MISC too, as ANERcorp has it."""
    lx = lexicon()
    out = list(tags)
    for kind, a, b in _spans(tags):
        if kind == "LOC" and b - a == 1 and lx.first_known(tokens[a], lx.currencies):
            out[a] = "B-MISC"
    forms = _currency_forms()
    for i, tok in enumerate(tokens):
        if tok in forms and i and out[i] in ("O", "B-ORG") and "q" in _flags(tokens[i - 1]) \
                and (i + 1 >= len(out) or not out[i + 1].startswith("I-")):
            out[i] = "B-MISC"
    return out


@lru_cache(maxsize=1)
def _currency_forms() -> frozenset[str]:
    """Currencies as written and folded (a set test per token: this rule sees every token)."""
    written = _sections("misc_cues.txt")["currencies"]
    return frozenset(written) | frozenset(fold(w) for w in written)


_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
_NOT_IN_CHAIN = _RELATIVES | {"الي", "الا", "الان"}  # folded: إلى, إلا, الآن
MAX_CHAIN = 5
_ARTICLE_CLITICS = ("بال", "وال", "فال", "كال", "لل", "وبال", "ولل", "فبال", "فلل")
_DEFINITE_OPENINGS = ("ال", "وال", "بال", "لل")  # a definite word, with و / ب / ل at most


def _opens_definite(word: str) -> bool:
    return fold(word).startswith(_DEFINITE_OPENINGS)


_PEOPLE_PLURAL_RE = re.compile(r"^وال(?:م\w{3,}|\w{2,}ي|عامل)(?:ين|ون)$")  # والمواطنين، والسعوديين


def _chain_word(word: str, first: bool, head: str, lx: Lexicon) -> bool:
    """A word that continues an institution's name. Right after an indefinite head (وزارة) a
    definite noun (الخارجية); right after a definite head (المفوضية) an adjective agreeing with
    it (الأوروبية, not الإلكتروني after الوزارة). Further on an adjective (a nisba or a listed one:
    العليا), a coordinated or ل-complement noun (والتجارة، للتنمية). Never a title word, a time
    word, a relative (والتي) or a listed describing word (السابق، التابعة)."""
    f = fold(word)
    bare = f[1:] if f.startswith("و") else f
    if not is_word(word) or len(f) <= 4 or f in _NOT_IN_CHAIN or bare in _RELATIVES \
            or f in lx.time_words or f in lx.institution_stops or is_head(word, lx):
        return False
    if f.startswith(("لل", "ولل")) and "ال" + f.split("لل", 1)[1] in lx.places:
        return False  # "وزارة الخدمة المدنية للرياض": a place after ل is where, not a name
    adjective = f in lx.institution_adjectives or (f.startswith("ال") and f.endswith(("ي", "يه")))
    if first and head.startswith("ال"):  # "المفوضية الأوروبية", but "المنظمة الحقوقية" is
        # the organisation named before (an anaphor, not a name)
        return f in lx.institution_adjectives or (
            lx.is_nationality(word) and f.endswith("يه" if head.endswith("ه") else "ي"))
    if first:  # "إدارة المستشفى": the management of a body named before, not a name
        return f.startswith("ال") and "h" not in _flags(word)
    # "وزارة الثقافة والعاملين فيها": a coordinated plural of people is not in the name (but
    # والفنون، والشؤون، والتأمين are)
    return adjective or f.startswith("لل") or (
        f.startswith("وال") and not _PEOPLE_PLURAL_RE.match(f))


def institutions(tokens: list[str], tags: list[str]) -> list[str]:
    """"نفى متحدث باسم [المفوضية الأوروبية]", "[وزارة الخارجية الأمريكية]": an institution head
    (institution_heads.txt) and its genitive chain is an organisation in an article, where the
    CRF leaves it O as ANERcorp does. Only where every word is untagged."""
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    i = 0
    while i < n:
        head = None
        if out[i] == "O" and "h" in _flags(tokens[i]):
            head = lx.first_known(tokens[i], lx.institution_heads)
        if head is None:
            i += 1
            continue
        if fold(tokens[i]).startswith(_ARTICLE_CLITICS):
            head = "ال" + head.removeprefix("ال")  # بالجامعة: a definite head behind a clitic
        j = i + 1
        while j < n and j - i <= MAX_CHAIN and out[j] == "O" and \
                _chain_word(tokens[j], j == i + 1, head, lx):
            j += 1
        if j > i + 1:
            _set_chunk(out, "ORG", i, j)
        i = j
    return out


@lru_cache(maxsize=8)
def _sections(name: str) -> dict[str, list[str]]:
    """A data file's sections, read once for all the rules that take a table from it."""
    return read_sections(name)


@lru_cache(maxsize=1)
def _facility_tables() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """head (folded) → kind, and the titles and closing adjectives of facility_heads.txt."""
    sec = _sections("facility_heads.txt")
    heads = {fold(w): kind for kind in ("LOC", "LOC-person", "ORG", "MISC") for w in sec[kind]}
    return heads, frozenset(fold(w) for w in sec["titles"]), \
        frozenset(fold(w) for w in sec["adjectives"])


@lru_cache(maxsize=100_000)  # asked of every untagged token of every sentence
def facility_head(word: str) -> str | None:
    """The kind of an indefinite facility head ("ومطار" → LOC); a definite one ("المستشفى محمد
    الخياط") is the place named before, with a person in apposition."""
    heads = _facility_tables()[0]
    if fold(word).startswith(("ال", *_ARTICLE_CLITICS)):
        return None
    for v in clitic_variants(word):
        if v in heads:
            return heads[v]
    return None


def named_facilities(tokens: list[str], tags: list[str]) -> list[str]:
    """"مطار [الملك عبدالعزيز] الدولي", "مستشفى الملك [فهد]", "مركز [محمد بن نايف] للمناصحة":
    a facility, body or award named after a person is one LOC / ORG / MISC chunk (head, titles,
    name, closing adjective), not a PERSON; a facility head before any entity joins it ("قاعدة
    [العند] الجوية"); a MISC chunk opened by a facility head is a place ("المسجد الأقصى").
    Document mode: ANERcorp tags the person inside."""
    lx = lexicon()
    heads, titles, adjectives = _facility_tables()
    out = list(tags)
    for kind, a, b in _spans(tags):  # "[المسجد الأقصى]" tagged MISC is a place
        if kind == "MISC" and b - a >= 2 and any(
                heads.get(v.removeprefix("ال")) == "LOC" for v in clitic_variants(tokens[a])):
            _set_chunk(out, "LOC", a, b)
    n = len(tokens)
    i = 0
    while i < n - 1:
        kind = facility_head(tokens[i]) if out[i] == "O" else None
        if kind is None:
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= 2 and out[j] == "O" and fold(tokens[j]) in titles:
            j += 1
        titled = j > i + 1
        e = j
        if j < n and out[j].startswith("B-") and (
                titled or kind == "LOC" or out[j] == "B-PERS"
                or (out[j] == "B-LOC" and kind != "LOC-person")  # "مستشفى العريش"
                or (out[j] == "B-ORG" and kind == "ORG")):  # "جامعة [ليون]"
            e = j + 1  # the chunk, but not past a closing adjective the model ran on over
            while e < n and out[e].startswith("I-") and fold(tokens[e]) not in adjectives:
                e += 1
        elif titled:
            while e < n and out[e] == "O" and e - j < 3 and (
                    _name_word(tokens[e], lx) or fold(tokens[e]) in NAME_LINKS):
                e += 1
        if e == j:
            i += 1
            continue
        if e < n and out[e].startswith("I-") and fold(tokens[e]) in adjectives:
            # "قاعدة [الملك خالد الجوية بخميس مشيط]" PERS: the adjective closes the facility,
            # the model's words after it are a person only if a name opens them ("مطار الملك
            # عبدالعزيز الدولي [عبدالحميد أبا العري]"), else none (a place the gazetteers may
            # tag again)
            r = e + 1
            while r < n and out[r].startswith("I-"):
                r += 1
            rest = "PERS" if r > e + 1 and _name_word(tokens[e + 1], lx) else "O"
            if rest == "PERS" and r < n and out[r] == "B-PERS":  # ([محمد] [العقيل]: one name)
                r += 1
                while r < n and out[r] == "I-PERS":
                    r += 1
            _set_chunk(out, rest, e + 1, r)
            e += 1
        while e < n and out[e] == "O" and fold(tokens[e]) in adjectives:
            e += 1
        if kind == "ORG":  # "مركز الملك سلمان [للإغاثة والأعمال الإنسانية]", "مكتبة … [العامة]"
            head = fold(tokens[i])
            while e < n and e - i <= MAX_BODY and out[e] == "O" and \
                    _chain_word(tokens[e], False, head, lx):
                e += 1
        _set_chunk(out, "LOC" if kind == "LOC-person" else kind, i, e)
        i = e
    return out


MAX_BODY = 8  # tokens of a body's name from its head: "مركز الملك سلمان للإغاثة والأعمال الإنسانية"


@lru_cache(maxsize=1)
def _branch_heads() -> tuple[frozenset[str], frozenset[str]]:
    sec = _sections("facility_heads.txt")
    return frozenset(fold(w) for w in sec["branches"]), \
        frozenset(fold(w) for w in sec["branches-area"])


_AREA_WORDS = frozenset({"منطقه", "محافظه"})  # folded


def service_branches(tokens: list[str], tags: list[str]) -> list[str]:
    """"[شرطة منطقة القصيم]", "[صحة الأحساء]", "[تعليم مكة]": a public service's word right
    before a region or city (منطقة/محافظة between or not) names that service's branch there,
    one organisation — how Saudi news names its local directorates. Document mode."""
    heads, area_heads = _branch_heads()
    out = list(tags)
    for kind, a, b in list(_spans(tags)):
        if kind != "LOC" or a == 0:
            continue
        k = a - 1
        area = fold(tokens[k]) in _AREA_WORDS and out[k] == "O"
        if area:
            k -= 1
        if k < 0 or out[k] != "O":
            continue
        if not (_indefinite_head(tokens[k], heads) or (area and _indefinite_head(tokens[k],
                                                                                area_heads))):
            continue
        if not area and _has_preposition(tokens[a]):
            continue  # "إدارة التعليم [بمحايل عسير]": the body's place, not its name
        _set_chunk(out, "ORG", k, b)
    return _branches_of_towns(tokens, out, heads)


def _branches_of_towns(tokens: list[str], out: list[str], heads: frozenset[str]) -> list[str]:
    """"[غرفة الرس]", "[تعليم الزلفي]": a service's word before a town of the regional lists
    the model left untagged (it knows the big cities) is that branch too."""
    lx = lexicon()
    for k in range(len(tokens) - 1):
        if out[k] != "O" or out[k + 1] != "O" or not _indefinite_head(tokens[k], heads):
            continue
        f = fold(tokens[k + 1])  # (a common word that is also a place is not: "غرفة نوم")
        if (f in lx.places or f in lx.more_places) and (
                f.startswith("ال") or zipf_bucket(f) <= _RARE_ZIPF):
            _set_chunk(out, "ORG", k, k + 2)
    return out


def _indefinite_head(word: str, heads: frozenset[str]) -> bool:
    """``word`` is one of ``heads`` without the article (شرطة، لشرطة، وصحة; not التعليم)."""
    f = fold(word)
    for v in clitic_variants(word):
        if v in heads and f.endswith(v) and not f[:len(f) - len(v)].endswith(("ال", "لل")):
            return True
    return False


def _has_preposition(word: str) -> bool:
    """A place word behind ب / ل / و+ب ("بمحايل", "للرياض"): its own reading is a longer one."""
    f = fold(word)
    return f[:1] in ("ب", "ل") and f not in lexicon().places and len(clitic_variants(word)) > 1


def nationality_after_orgs(tokens: list[str], tags: list[str]) -> list[str]:
    """"[وزارة الخارجية] المصرية", "[حزب الله] اللبناني", "[جامعة برمنجهام] البريطانية": the
    nationality adjective after an organisation, agreeing with its head, is part of its name as
    news writes it (which country's ministry). Not a plural ("اللبنانيين") nor a disagreeing one
    ("[الشرطة الإيطالية] المغربي": the Moroccan she arrested). Document mode."""
    lx = lexicon()
    out = list(tags)
    for kind, a, b in _spans(tags):
        if kind != "ORG" or b >= len(tokens) or out[b] != "O":
            continue
        f = fold(tokens[b])
        if not f.startswith("ال") or not f.endswith(("ي", "يه")) or \
                not lx.is_nationality(tokens[b]):
            continue
        feminine = fold(tokens[a]).endswith("ه")
        if feminine != f.endswith("يه"):
            continue
        _set_chunk(out, "ORG", a, b + 1)
    return out


def _body_head(word: str, lx: Lexicon) -> str | None:
    """The institution head (folded, as listed) ``word`` is, clitics tried off."""
    return lx.first_known(word, lx.institution_heads) if "h" in _flags(word) else None


# words after a ل-complement that make it a purpose ("للقيام بزيارات", "للوقوف على"), not a name
_PURPOSE_NEXT = frozenset({"علي", "على", "في", "من", "عن", "الي", "مع", "به", "بها", "لها", "له"})


def _means_by(word: str, lx: Lexicon) -> bool:
    """"بزيارات", "بمعالجة": an indefinite ب-word after a ل-complement makes it a purpose
    ("للقيام بزيارات") — not where it says where the body is ("للمهندسين [بمحافظة] الأحساء")."""
    f = fold(word)
    if not f.startswith("ب") or _opens_definite(word):
        return False
    return f[1:] not in _DESIGNATORS and f[1:] not in lx.places


def _complement_end(tokens: list[str], out: list[str], a: int, b: int, head: str,
                    lx: Lexicon) -> int:
    """Where the ل-complement at ``b`` of the body ``a:b`` ends (``b``: none). One word alone
    ("جامعة تبوك [للطالبة]", "ووتش [للتحالف]") only after a name that ends in its adjective
    ("الهيئة السعودية للمهندسين"); never a purpose ("للقيام [بزيارات]", "للوقوف [على]") nor past a
    second body ("… [والإدارة] العامة")."""
    n = len(tokens)
    if b >= n or out[b] != "O" or not fold(tokens[b]).startswith(("لل", "ولل")) or \
            not _chain_word(tokens[b], False, head, lx):
        return b
    if fold(tokens[b]) in _EVENT_STOPS:
        return b  # "بجامعة حائل [للعام] الجامعي المقبل"
    if b + 1 < n and (fold(tokens[b + 1]) in _PURPOSE_NEXT or _means_by(tokens[b + 1], lx)):
        return b
    e = b + 1
    while e < n and e - a <= MAX_BODY and out[e] == "O" and _complement_word(tokens, e, lx):
        e += 1
    last = fold(tokens[b - 1])
    if e == b + 1 and not (last in lx.institution_adjectives or (
            last.startswith("ال") and last.endswith(("ي", "يه")))):
        return b
    return e


def _complement_word(tokens: list[str], i: int, lx: Lexicon) -> bool:
    """A word that goes on a body's ل-complement: an adjective ("للأمن [الجنائي]", "للمحاسبين
    [القانونيين]") or a coordinated noun ("للدراسات [والنشر]") — not a second ل-complement
    ("للمهندسين [للمساهمة]"), nor a second body ("[والأكاديمية] الأميركية", "[والإدارة] العامة")."""
    f = fold(tokens[i])
    if f.startswith(("لل", "ولل")) or "h" in _flags(tokens[i]):
        return False
    if f.startswith("ال") and f.endswith("يين") and fold(tokens[i - 1]).endswith("ين"):
        return True
    if f.startswith("وال") and i + 1 < len(tokens) and lx.is_nationality(tokens[i + 1]):
        return False
    return _chain_word(tokens[i], False, "", lx)


def bodies_go_on(tokens: list[str], tags: list[str]) -> list[str]:
    """"[الهيئة السعودية] للمدن الصناعية", "[هيئة الإمارات] للمواصفات والمقاييس": a body's name
    the model tagged as far as its country goes on with its ل-complement ("للمدن") and what
    follows it (adjectives, coordinated nouns), as rules.institutions' chains do; the model's
    place on an institution head ("[الهيئة السعودية]" LOC) is that body. Document mode."""
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    for kind, a, b in _spans(tags):
        if kind not in ("LOC", "ORG") or b - a < 2 or out[a] != f"B-{kind}":
            continue
        head = _body_head(tokens[a], lx)
        if head is None:
            continue
        if fold(tokens[a]).startswith(_ARTICLE_CLITICS):
            head = "ال" + head.removeprefix("ال")
        e = b
        if not any(fold(t).startswith(("لل", "ولل")) for t in tokens[a + 1:b]):
            e = _complement_end(tokens, out, a, b, head, lx)
        if kind == "LOC" or e > b:
            _set_chunk(out, "ORG", a, e)
            if e < n and out[e].startswith("I-"):
                out[e] = "B-" + out[e][2:]
    return out


# generic words before an organisation's name that news drops when it names it again and that
# the dashboard shows without ("نادي [الهلال]", "تنظيم [داعش]", "شركة [أرامكو]"; not وكالة: its
# name is "وكالة الأنباء السعودية"; not مجموعة: "مجموعة العشرين") (folded)
_GENERIC_HEADS = frozenset({"نادي", "تنظيم", "جماعه", "شركه", "شركات", "صحيفه", "جريده",
                            "فريق"})  # (not بنك: "بنك الشعب الصيني", "بنك تجاري")
# heads that join a named organisation right after them ("[هيئة] الهلال الأحمر السعودي") (folded)
# and فرع, a body's branch ("[فرع] وزارة الشؤون الاجتماعية بجازان")
_JOINING_HEADS = frozenset({"هيئه", "منظمه", "مؤسسه", "جمعيه", "فرع"})
# "الاتحاد السعودي [لكرة القدم]": a sports body's name goes on with its sport (folded)
_SPORT_TAILS = {"لكره": frozenset({"القدم", "السله", "الطائره", "اليد"}),
                "لالعاب": frozenset({"القوي"})}


@lru_cache(maxsize=1)
def _org_facility_heads() -> frozenset[str]:
    return frozenset(h for h, kind in _facility_tables()[0].items() if kind == "ORG")


def org_edges(tokens: list[str], tags: list[str]) -> list[str]:
    """Where an organisation's span starts and ends in an article. A generic head goes out of it
    ("نادي [الهلال]", "تنظيم [داعش]", "شركة [أرامكو]" — as the dashboard's organisations table
    lists them); هيئة / منظمة / مؤسسة / جمعية right before a named body join it ("هيئة الهلال الأحمر
    السعودي"); a federation's name goes on with its sport ("الاتحاد السعودي لكرة القدم"); a place
    chunk opened by an indefinite body's head is that body ("مكتبة الإسكندرية", "جامعة جازان").
    Document mode."""
    out = list(tags)
    n = len(tokens)
    for kind, a, b in _spans(tags):
        # an indefinite head (مكتبة the library written with ة: "مكتبه بجدة" is his office)
        if kind == "LOC" and b - a >= 2 and dediac_ar(tokens[a])[-1:] != "ه" and (
                _indefinite_head(tokens[a], _org_facility_heads())
                or dediac_ar(tokens[a]).endswith("مكتبة")) and \
                not _opens_definite(tokens[a]):
            _set_chunk(out, "ORG", a, b)
            kind = "ORG"
        if kind != "ORG":
            continue
        if b + 1 < n and out[b] == "O" and out[b + 1] == "O" and \
                "اتحاد" in fold(tokens[a]) and \
                fold(tokens[b + 1]) in _SPORT_TAILS.get(fold(tokens[b]), ()):
            # (a federation's; "فريق الأهلي لكرة القدم" is the club's team)
            _set_chunk(out, "ORG", a, b + 2)
            b += 2
        if a > 0 and out[a - 1] == "O" and _indefinite_head(tokens[a - 1], _JOINING_HEADS) \
                and not _indefinite_head(tokens[a], _GENERIC_HEADS) and \
                not fold(tokens[a]).startswith("ل"):  # ("فرع [تنظيم داعش]", "فرع [لجامعة] الباحة")
            _set_chunk(out, "ORG", a - 1, b)
        elif b - a >= 2 and _indefinite_head(tokens[a], _GENERIC_HEADS):
            _set_chunk(out, "O", a, a + 1)
    return _ministries_by_adjective(tokens, out, lexicon())


_MINISTRY_ADJECTIVES = frozenset({"الخارجيه", "الداخليه", "الحكومه", "الشرطه", "البحريه",
                                  "الاستخبارات", "المخابرات"})  # folded, feminine
# masculine heads named by their country the same way ("الجيش التركي") (folded)
_MASCULINE_BODIES = frozenset({"الجيش", "البرلمان", "الكونغرس"})


def _ministries_by_adjective(tokens: list[str], out: list[str], lx: Lexicon) -> list[str]:
    """"وقالت الخارجية الأمريكية", "أعلنت الداخلية التونسية", "الجيش التركي", "الحكومة
    اليمنية": a state body named by its country is an organisation — not the adjective of a noun
    before it ("الشؤون الداخلية المصرية"), nor inside a role ("وزير الخارجية المصرية")."""
    for i in range(len(tokens) - 1):
        if out[i] != "O" or out[i + 1] != "O":
            continue
        variants = clitic_variants(tokens[i])
        feminine = not _MINISTRY_ADJECTIVES.isdisjoint(variants)
        if not feminine and _MASCULINE_BODIES.isdisjoint(variants):
            continue
        nxt = fold(tokens[i + 1])
        if not (nxt.startswith("ال") and nxt.endswith("يه" if feminine else "ي")
                and lx.is_nationality(tokens[i + 1])):
            continue
        if i > 0 and (_opens_definite(tokens[i - 1])
                      or out[i - 1] != "O" or is_title_word(tokens[i - 1], lx)):
            continue  # (nor inside a role, "وزير الخارجية المصرية", as rules.institutions)
        _set_chunk(out, "ORG", i, i + 2)
    return out


# words that name the kind of place the next word is ("بقرية الظبية", "بمحافظة ضباء",
# "مديرية الحيمة"); their duals take two ("بلدتي الوهط وصبر", "منطقتي الفيوش وجعولا")
# (folded, indefinite)
_PLACE_DESIGNATORS = frozenset({"قريه", "بلده", "محافظه", "مدينه", "حي", "مديريه"})
# (not مركز "مركز الرعاية" a centre, هجرة "هجرة الطيور" migration, قضاء "قضاء عطلة" spending,
# ناحية "ناحية الغرب" a side)
_DUAL_DESIGNATORS = frozenset({"قريتي", "بلدتي", "منطقتي", "مدينتي", "محافظتي", "مديريتي"})
# words that follow a designator without being a place's name (folded)
_NOT_PLACE_AFTER = frozenset({"علي", "الي", "في", "من", "عن", "مع", "التي", "الذي", "كبيره",
                              "صغيره", "جديده", "واحده", "اخري", "ثانيه", "كامله", "باكملها",
                              "بكاملها", "كل", "اي", "هذه", "تلك", "نفسها", "المنطقه", "المحافظه"})


def _place_name_word(word: str, lx: Lexicon) -> bool:
    """A word that can be a local place's name after its designator: Arabic, not a function
    word, title, nationality, time word or common adjective."""
    f = fold(word)
    if not f.startswith("ال") and f.endswith(("يه", "ات", "ها", "هم")) and f not in lx.places:
        return False  # "مدينة متوسطية", "دورات", "لكل محافظة نسبتها": adjective, plural, pronoun
    return is_word(word) and len(f) >= 2 and f not in _NOT_PLACE_AFTER and \
        not is_title_word(word, lx) and not lx.is_nationality(word) and \
        f not in lx.time_words and zipf_bucket(f) <= 4 and "m" not in _flags(word)


def designated_places(tokens: list[str], tags: list[str]) -> list[str]:
    """"بقرية [الظبية]", "بمحافظة [ضباء]", "مديرية [الحيمة]", "بلدتي [الوهط] و[صبر]": the word after
    a place's designator is that place's name, one the gazetteers rarely hold (villages,
    districts, Yemeni fronts). The designator stays out, as the news gold has it. Document mode."""
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        if out[i] != "O":
            continue
        variants = clitic_variants(tokens[i])
        dual = any(v in _DUAL_DESIGNATORS for v in variants)
        if not dual and not _indefinite_head(tokens[i], _PLACE_DESIGNATORS):
            continue
        j = i + 1
        if out[j] != "O" or not _place_name_word(tokens[j], lx):
            continue
        _set_chunk(out, "LOC", j, j + 1)
        k = j + 1
        if dual and k < n and out[k] == "O" and fold(tokens[k]).startswith("و") and \
                _place_name_word(tokens[k][1:], lx):
            _set_chunk(out, "LOC", k, k + 1)  # "بلدتي الوهط [وصبر]"
    return out


# heads of named events, competitions and prizes (folded, indefinite): "كأس العالم", "مهرجان الصيف
# الدولي", "مسابقة الطائف سما", "دوري أبطال آسيا"
_EVENT_HEADS = frozenset({"بطوله", "كاس", "دوري", "مهرجان", "مسابقه", "جائزه", "ملتقي",
                          "موسوعه"})
# (not برنامج: "برنامج إيران النووي", "برنامج المساعدة المالية" are common nouns' phrases)
# ل-words that end an event's name rather than go on with it ("دوري جميل [للموسم] المقبل")
_EVENT_STOPS = frozenset({"للموسم", "للعام", "للمره", "للسنه", "للدوره"})
MAX_EVENT = 9
# words a holy or royal name goes on with ("القرآن [الكريم]", "خادم الحرمين [الشريفين]") (folded)
_NAME_CLOSERS = {"القران": "الكريم", "الحرمين": "الشريفين"}


def named_events(tokens: list[str], tags: list[str]) -> list[str]:
    """Events, competitions and prizes as news names them: an indefinite event head
    and its name — a place, a person or a definite chain ("كأس [آسيا]", "جائزة [الشيخ خالد]",
    "مهرجان الصيف الدولي") — are one MISC; "الدوري" with a nationality is one ("الدوري
    الإنجليزي"); a MISC chunk the model opened on a word before the head starts at the head
    ("بطل [دوري جميل]"); a holy or royal name keeps its closing adjective ("القرآن الكريم").
    Document mode."""
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    for kind, a, b in _spans(tags):
        if kind == "MISC" and b - a >= 2 and not _event_head(tokens[a]):
            h = next((k for k in range(a + 1, b) if _event_head(tokens[k])), None)
            if h is not None:
                _set_chunk(out, "O", a, h)
                _set_chunk(out, "MISC", h, b)
                a = h
        closer = _NAME_CLOSERS.get(fold(tokens[b - 1]).removeprefix("ل"))
        if closer and b < n and out[b] == "O" and fold(tokens[b]) == closer:
            _set_chunk(out, kind, a, b + 1)
    i = 0
    while i < n - 1:
        if out[i] != "O":
            i += 1
            continue
        f = fold(tokens[i])
        if f in ("الدوري", "والدوري", "بالدوري", "للدوري") and out[i + 1] == "O" and \
                fold(tokens[i + 1]).startswith("ال") and (
                lx.is_nationality(tokens[i + 1]) or fold(tokens[i + 1]) in _LEAGUE_NATIONS):
            _set_chunk(out, "MISC", i, i + 2)  # "الدوري الإنجليزي"
            i += 2
            continue
        if not _event_head(tokens[i]) or _opens_definite(tokens[i]):
            i += 1
            continue
        j = i + 1
        if out[j].startswith("B-") and out[j][2:] in ("LOC", "PERS", "MISC") and \
                fold(tokens[j]) not in lx.misc_words:
            j += 1  # "كأس [آسيا]", "جائزة [الشيخ خالد بن عيد العرجي]"
            while j < n and out[j].startswith("I-"):
                j += 1
        elif j + 1 < n and fold(tokens[j]) == "خادم" and fold(tokens[j + 1]) == "الحرمين":
            j += 2  # "كأس خادم الحرمين الشريفين"
        elif out[j] == "O" and fold(tokens[j]).startswith("ال") and \
                _chain_word(tokens[j], True, "x", lx) and not lx.is_nationality(tokens[j]) \
                and fold(tokens[j]) not in lx.misc_words:
            j += 1  # "مهرجان الصيف", "كأس العالم" (not "مسابقة القرآن الكريم": what about)
        if j == i + 1:
            i += 1
            continue
        while j < n and j - i < MAX_EVENT and out[j] in ("O", "B-MISC") and \
                fold(tokens[j]) not in _EVENT_STOPS and (
                _chain_word(tokens[j], False, "x", lx) or fold(tokens[j]) in _CLOSING_WORDS):
            j += 1  # "… العرجي [للقرآن الكريم]": a MISC chunk whole
            while j < n and out[j] == "I-MISC":
                j += 1
        _set_chunk(out, "MISC", i, j)
        i = j
    return out


_CLOSING_WORDS = frozenset({"الكريم", "الشريفين"})
# leagues' nationalities the nationality list leaves out (added there, they moved AQMAR's
# football MISC boundaries in tag-conll: dev .725 -> .704) (folded)
_LEAGUE_NATIONS = frozenset({"الانجليزي", "الانكليزي", "الاسباني"})


def _event_head(word: str) -> bool:
    return _indefinite_head(word, _EVENT_HEADS)


def given_and_family_names(tokens: list[str], tags: list[str]) -> list[str]:
    """"مدير عام مطار أبها [فهد العدواني]", "أمين عام النادي [علي الشايعي]": a known given name
    followed by a family name — a nisba (ال…ي, Zipf <= 4), a listed family name, or a word
    general Arabic hardly knows (Zipf <= 1) — is a person, where the model, trained on older
    Levantine and Egyptian news, misses the Gulf family names after a long role. Not a title,
    nationality or place after the name; not "على" (which folds to علي). A rarer common noun
    is no family name: "حسن التآلف", "آمل التكرم", "أكبر المصارف" were taken when any rare
    ال-word counted. Document mode."""
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        if out[i] != "O" or out[i + 1] != "O":
            continue
        g, f = fold(tokens[i]), fold(tokens[i + 1])
        if g not in lx.first_names or is_title_word(tokens[i], lx) or \
                dediac_ar(tokens[i]).endswith("ى"):
            continue  # (على البئر: the preposition folds to علي)
        z = zipf_bucket(f)
        if not f.startswith("ال") or len(f) < 5 or f.endswith(("ه", "ات")) or \
                not ((f.endswith("ي") and z <= 4) or f in lx.family_names or z <= 1) or \
                (is_title_word(tokens[i + 1], lx) and f not in lx.family_names) or \
                lx.is_nationality(tokens[i + 1]) or \
                f in lx.places or "m" in _flags(tokens[i + 1]):
            continue
        _set_chunk(out, "PERS", i, i + 2)
    return out


# verbs of saying after which a quoted name is the one who speaks ('وأوضح "الحجيري":') (folded)
_SAY_VERBS = frozenset({"قال", "وقال", "اوضح", "واوضح", "اكد", "واكد", "اضاف", "واضاف", "اشار",
                        "واشار", "كشف", "وكشف", "بين", "وبين", "ذكر", "وذكر", "لفت", "ولفت"})
OPEN_QUOTES = frozenset({"«", "“", '"'})
_CLOSE_QUOTES = frozenset({"»", "”", '"'})
MAX_QUOTED_NAME = 3


def quoted_people(tokens: list[str], tags: list[str]) -> list[str]:
    """News quotes a person's name after a role or a verb of saying: 'المدرب الروماني "بولوني"',
    'الفنان «علي معدي»', 'وأوضح "الحجيري":'. The model takes short quoted stretches for works
    (MISC) or leaves them; with a title (and a nationality) or a say-verb right before the quote,
    a rare name word inside it is a person. Document mode."""
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    for i in range(1, n):
        if tokens[i - 1] not in OPEN_QUOTES:
            continue
        j = i
        while j < n and j - i < MAX_QUOTED_NAME and tokens[j] not in _CLOSE_QUOTES:
            j += 1
        if j == i or j >= n or tokens[j] not in _CLOSE_QUOTES or \
                any(t[2:] not in ("", "MISC", "PERS") for t in out[i:j]) or \
                not all(is_word(t) for t in tokens[i:j]) or \
                min(zipf_bucket(fold(t)) for t in tokens[i:j]) > 3:
            continue
        k = i - 2
        if k >= 0 and lx.is_nationality(tokens[k]) and not is_head(tokens[k], lx):
            k -= 1
        titled = k >= 0 and is_head(tokens[k], lx)
        # after a say-verb only a name the words follow: 'وأوضح "الحجيري":', not the words
        # themselves ('قال «اذهبوا فأنتم الطلقاء»')
        said = i >= 2 and fold(tokens[i - 2]) in _SAY_VERBS and j - i <= 2 and \
            j + 1 < n and (tokens[j + 1] in (":", "،", ",") or fold(tokens[j + 1]) in ("ان", "بان"))
        if titled or said:
            _set_chunk(out, "PERS", i, j)
    return out


@lru_cache(maxsize=1)
def _outlets() -> dict[str, tuple[tuple[str, ...], ...]]:
    return phrases_by_first(tuple(fold(w).split()) for w in read_list("outlets.txt"))


_DASHES = frozenset({"-", "–", "—", "ـ"})
# a paper's or channel's noun before its name ("بصحيفة الوئام"); not وكالة (وكالة الرياض للسفر is
# a travel agency) (folded)
_PAPER_NOUNS = frozenset({"صحيفه", "جريده", "مجله", "قناه"})
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"', "'": "'"}


def _outlet_at(tokens: list[str], i: int) -> int:
    """Tokens of the listed outlet name starting at ``i`` (0: none)."""
    for ph in _outlets().get(fold(tokens[i]), ()):
        m = len(ph)
        if tuple(fold(t) for t in tokens[i:i + m]) == ph:
            return m
    return 0


def outlet_names(tokens: list[str], tags: list[str]) -> list[str]:
    """A newspaper or site named as a source is an organisation where the text marks it as one:
    quoted whole ('لـ"سبق"', 'مع «المدينة»', 'لـ “عين اليوم”'), in a byline between dashes
    ("السلمي- سبق- جدة:", "نايف عبدالله – عين اليوم"), or after صحيفة/جريدة ("بصحيفة الوئام").
    Elsewhere the same words are words or places (سبق أن، المدينة، اليوم), so this runs after
    the document memory (conll.tag_sentence): "لـ«الوطن»" must not make "حب الوطن" a name.
    Document mode."""
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    for i in range(n):
        m = _outlet_at(tokens, i)
        if not m or any(t.endswith("ORG") for t in out[i:i + m]):
            continue  # ("وكالة [الأنباء الألمانية]": a name the model or a rule has whole)
        before = tokens[i - 1] if i else ""
        after = tokens[i + m] if i + m < n else ""
        quoted = before in _QUOTE_PAIRS and after == _QUOTE_PAIRS[before]
        byline = before in _DASHES and (after in _DASHES or not after) and \
            " ".join(fold(t) for t in tokens[i:i + m]) not in lx.places
        # (not a paper named like a city: "البرنامج الأول - الرياض-" is where the radio was)
        named = bool(before) and lx.first_known(before, _PAPER_NOUNS) is not None and \
            not _opens_definite(before)
        if quoted or byline or named:
            _set_chunk(out, "ORG", i, i + m)
    return out


@lru_cache(maxsize=1)
def _state_tables() -> tuple[frozenset[str], frozenset[str]]:
    sec = _sections("facility_heads.txt")
    return frozenset(fold(w) for w in sec["states"]), \
        frozenset(fold(w) for w in sec["state-adjectives"])


@lru_cache(maxsize=100_000)
def is_state_form(word: str) -> bool:
    """جمهورية، المملكة، سلطنة …: the word a state's official name opens with."""
    return any(v in _state_tables()[0] for v in clitic_variants(word))


def names_a_body(folded_word: str) -> bool:
    """A word that opens the name of a state, facility or institution (دولة، شارع، وزارة):
    a proclitic before it is not part of the name."""
    return folded_word in _state_tables()[0] or folded_word in _facility_tables()[0] \
        or folded_word in lexicon().institution_heads


def state_names(tokens: list[str], tags: list[str]) -> list[str]:
    """"[المملكة العربية السعودية]", "[جمهورية مصر العربية]", "[جمهورية المالديف]": a state's
    form, its adjectives and the place they frame are one place, as سلطنة عمان is (the model
    tagged السعودية alone, or العربية as a place of its own)."""
    adjectives = _state_tables()[1]
    out = list(tags)
    n = len(tokens)
    i = 0
    while i < n - 1:
        if out[i] not in ("O", "B-LOC") or not is_state_form(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= 2 and fold(tokens[j]) in adjectives:
            j += 1
        if j >= n or out[j] != "B-LOC":
            i += 1
            continue
        e = j + 1
        while e < n and out[e] == "I-LOC":
            e += 1
        while e < n and e - j <= 3 and out[e] == "O" and fold(tokens[e]) in adjectives:
            e += 1
        _set_chunk(out, "LOC", i, e)
        i = e
    return out


@lru_cache(maxsize=1)
def _listed_orgs() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """org_names.txt [names] and [news] (not [ambiguous]): one-word names, phrases by first
    word."""
    sections = _sections("org_names.txt")
    singles, phrases = split_entries(sections["names"] + sections["news"])
    lx = lexicon()  # not a name that is also a place (برشلونة), a given name, a month or short
    singles = frozenset(w for w in singles if len(w) > 3 and w not in lx.places  # ومع، وفا
                        and w not in given_names() and "m" not in _flags(w))  # نيسان
    return singles, phrases_by_first(phrases)


@lru_cache(maxsize=1)
def _more_orgs() -> dict[str, tuple[tuple[str, ...], ...]]:
    """org_names_more.txt's names of two words or more ("ديوان المظالم", "حرس الحدود", "الرئاسة
    العامة لرعاية الشباب"), by first word: its one-word names are too often words or places."""
    more = _sections("org_names_more.txt")
    return phrases_by_first(p for p in split_entries(more["names"])[1]
                            - split_entries(more["not-in-text"])[1]
                            if "في" not in p)  # "تحالف دعم الشرعية [في] اليمن": the place apart


def _more_org_at(tokens: list[str], out: list[str], i: int, folded: list[str]) -> int:
    """The length of a name of ``_more_orgs`` at ``i`` over whole chunks only (it never cuts one
    short, as the main list's names may: "[وزارة العمل والشؤون الاجتماعية]" holds the listed
    "وزارة العمل"), and not right after a role word
    ("قائد [الجيش الباكستاني]": the body a role names, as rules.institutions)."""
    phrases = _more_orgs()
    if i > 0 and is_title_word(tokens[i - 1], lexicon()):
        return 0
    n = len(tokens)
    for v in clitic_variants(tokens[i]):
        for ph in phrases.get(v, ()):
            m = len(ph)
            if i + m <= n and tuple(folded[i + 1:i + m]) == ph[1:] and \
                    not out[i].startswith("I-") and \
                    (i + m == n or not out[i + m].startswith("I-")):
                return m  # (over chunks inside it: "[مجلس التعاون] لدول [الخليج] العربية")
    return 0


@lru_cache(maxsize=100_000)
def _org_readings(word: str) -> tuple[str, ...]:
    """The clitic readings of a word that open a listed organisation (most words: none)."""
    singles, phrases = _listed_orgs()
    readings = clitic_variants(word)
    f = fold(word)
    if f.startswith(("لل", "ولل", "فلل")):  # للحوثيين: ل + الحوثيين
        readings += ("ال" + f.split("لل", 1)[1],)
    return tuple(v for v in readings if v in phrases or v in singles)


def listed_orgs(tokens: list[str], tags: list[str]) -> list[str]:
    """Document mode: an untagged (or MISC) name from the curated list of organisations (أنصار
    الله، داعش، الهلال الأحمر، البيت الأبيض) is one; the list is only a CRF feature, and the
    model, trained on ANERcorp's older news, leaves many O."""
    singles, phrases = _listed_orgs()
    out = list(tags)
    n = len(tokens)
    folded: list[str] = []  # (folded once, when a token opens a listed name)
    i = 0
    while i < n:
        # "[البيت الأبيض]" tagged MISC is the organisation; "[حزب العدالة] والتنمية" an ORG
        # chunk the model cut short goes on to the listed name's end
        if out[i] not in ("O", "B-MISC", "B-ORG"):
            i += 1
            continue
        kind = out[i][2:]
        k = 0
        readings = _org_readings(tokens[i])
        if (readings or _opens_more_org(tokens[i])) and not folded:
            folded = [fold(t) for t in tokens]
        for v in readings:
            for ph in phrases.get(v, ()):
                m = len(ph)  # over O and MISC tokens: "أنصار الله" has ANERcorp's MISC الله
                if i + m <= n and tuple(folded[i + 1:i + m]) == ph[1:] and all(
                        out[j] == "O" or out[j][2:] in ("MISC", kind) or (
                        j > i and out[j][2:] == "LOC")  # "[ولاية سيناء]", not LOC سيناء
                        for j in range(i, i + m)):
                    k = m
                    break
            if not k and v in singles and kind != "ORG":
                k = 1
            if k:
                break
        if k and i + k < n and out[i + k].startswith("I-"):
            if kind == "ORG" and fold(tokens[i + k]).startswith("و"):
                # "[مليشيا الحوثي] وقوات صالح": the model ran on across a coordination
                e = i + k
                while e < n and out[e] == "I-ORG":
                    out[e] = "O"
                    e += 1
            else:
                k = 0  # a longer name holds the listed one
        if not k and not out[i].startswith("I-") and _opens_more_org(tokens[i]):
            k = _more_org_at(tokens, out, i, folded)
        if k:
            _set_chunk(out, "ORG", i, i + k)
            i += k
        else:
            i += 1
    return out


@lru_cache(maxsize=100_000)
def _opens_more_org(word: str) -> bool:
    phrases = _more_orgs()
    return any(v in phrases for v in clitic_variants(word))


@lru_cache(maxsize=1)
def _company_sectors() -> frozenset[str]:
    return frozenset(fold(w) for w in _sections("facility_heads.txt")["company-sectors"])


def _company_name_word(word: str) -> bool:
    """A word that can name a company before its sector: a nisba (العالمية، الاتحادية) or a rare
    word (ميدغلف، الدرع), not a common noun ("برنامج وطني", "العقارات المناسبة للاستثمار")."""
    f = fold(word)
    f = f[1:] if f.startswith(("وال", "فال")) else f
    nisba = f.startswith("ال") and f.endswith(("ي", "يه"))  # العالمية، الاتحادية
    return is_word(word) and len(f) > 2 and (nisba or zipf_bucket(f) < 4)


def company_names(tokens: list[str], tags: list[str]) -> list[str]:
    """"[ميدغلف للتأمين]", "[العالمية للتأمين]", "[الشركة] السعودية للكهرباء": Saudi companies
    are named "<name> ل<sector>"; the name (an entity chunk, or one or two name-like words) and
    the sector are one organisation. Document mode."""
    sectors = _company_sectors()
    out = list(tags)
    for s in range(1, len(tokens)):
        if fold(tokens[s]) not in sectors or out[s] != "O":
            continue
        a = s - 1
        if out[a] != "O":
            while a > 0 and out[a].startswith("I-"):
                a -= 1
            if out[a][2:] == "PERS" or "h" in _flags(tokens[a]):
                continue  # a person is not renamed; "وزارة الثقافة للإعلان" is not a company
        else:
            if not _company_name_word(tokens[a]):
                continue
            if a > 0 and out[a - 1] == "O" and _company_name_word(tokens[a - 1]) \
                    and fold(tokens[a - 1]).lstrip("وف").startswith("ال") \
                    and "h" not in _flags(tokens[a - 1]):
                a -= 1  # "الدرع العربي للتأمين"
        _set_chunk(out, "ORG", a, s + 1)
    return out


_ALI = frozenset({"علي", "وعلي"})  # as written (dediacritised): ي, not the preposition's ى
_ALA = frozenset({"على", "وعلى"})


def ali_before_names(tokens: list[str], tags: list[str]) -> list[str]:
    """"المجرم علي [عبدالله صالح]": علي written with ي right before a person's name is the
    name's first word, not the preposition على (which folds to the same key, so the CRF,
    reading folded words, often leaves it out). Document mode: SaudiNewsNet keeps ى apart."""
    out = list(tags)
    for i in range(len(tokens) - 1):
        if out[i] == "O" and out[i + 1] == "B-PERS" and dediac_ar(tokens[i]) in _ALI:
            out[i] = "B-PERS"
            out[i + 1] = "I-PERS"
    # and the other way: "اعتمد [على أوباما]" — على written with ى opening a person chunk is the
    # preposition (SaudiNewsNet keeps ى apart; the CRF reads the folded علي)
    for kind, a, b in _spans(out):
        if kind == "PERS" and dediac_ar(tokens[a]) in _ALA:
            _set_chunk(out, "O", a, a + 1)
            if a + 1 < b:
                _set_chunk(out, "PERS", a + 1, b)
    return out


_CLITIC_LETTERS = frozenset("وفبلك")
_IMPERFECT_LETTERS = frozenset("يتنأ")


def _surname_word(word: str, lx: Lexicon) -> bool:
    """A word that goes on a Gulf name after its given name: a first name (the father's), a word
    general Arabic hardly knows (عواض، عسيري), or a family name (الغامدي, a rare ال…ي nisba)."""
    f = fold(word)
    if is_title_word(word, lx) or lx.is_nationality(word) or f in lx.places or \
            f in _NOT_IN_CHAIN or "m" in _flags(word) or dediac_ar(word).endswith("ى"):
        return False
    if f in lx.first_names or f in lx.family_names:
        return True
    if f[:1] in _CLITIC_LETTERS or f.endswith(("ا", "هم", "هما", "كم", "هن")):
        # "نعيم قاسم ووفود", "فتحي سلامة حفلا", "قوات صالح إمداداتهم": a clitic, an accusative
        # or a possessive ending
        return False
    raw = dediac_ar(word)
    if raw[:1] in _IMPERFECT_LETTERS or raw.endswith(("ت", "ه", "ها", "ي" + "ا")):
        return False  # "وكان سعد ينتهز", "ابنه عبدالرحمن نالت", "بيتر حفيدته": a verb, a pronoun
    if _rare_word(word, lx):
        return True
    # a nisba, with its article (الغامدي) or without (عسيري: its stem عسير is a common place)
    return len(f) >= 4 + 2 * f.startswith("ال") and f.endswith("ي") and zipf_bucket(f) <= 3


def _listed_name_word(word: str, lx: Lexicon) -> bool:
    f = fold(word)
    return f in lx.first_names or f in lx.family_names or (f.startswith("ال") and f.endswith("ي"))


def _role_before(tokens: list[str], i: int, lx: Lexicon) -> bool:
    """A title or honorific in the two words before ``i`` ("متحدثها الرسمي علي زعلة")."""
    return any(is_title_word(t, lx) or fold(t) in lx.honorifics or
               (t.endswith(("ها", "ه")) and is_title_word(t.removesuffix("ا")[:-1], lx))
               for t in tokens[max(0, i - 2):i])  # (متحدثها: its spokesman)


def ali_opens_names(tokens: list[str], tags: list[str]) -> list[str]:
    """"السفير [علي عواض عسيري]": علي written with ي, then words that go on a name, is the given
    name Ali, where the CRF (reading folded words, in which it is the preposition على) tags
    nothing or only the last word. Document mode: SaudiNewsNet keeps ى apart, and in its
    articles that also write على, 'علي' is the name in over 95 of 100 uses (26 July)."""
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    for i in range(n - 1):
        if out[i] != "O" or dediac_ar(tokens[i]) not in _ALI:
            continue
        j = i + 1
        while j < n and j - i <= MAX_NAME and out[j] == "O" and (
                _surname_word(tokens[j], lx) or (
                fold(tokens[j]) in _JOINERS and j + 1 < n and _surname_word(tokens[j + 1], lx))):
            j += 1
        if j < n and out[j] in ("B-PERS", "I-PERS") and not (
                out[j] == "B-PERS" and fold(tokens[j]).startswith("و")):
            # (not "علي آل نصر [وعبدالعظيم الضامن]": the next person in a list)
            j += 1  # "علي [عبدالله صالح]", "علي عواض [عسيري]": that one chunk
            while j < n and out[j] == "I-PERS":
                j += 1
        elif j == i + 1 or (j == i + 2 and not _listed_name_word(tokens[i + 1], lx) and
                            not _role_before(tokens, i, lx)):
            continue  # "بامتداد 300 متر علي ضفاف سد أبها": one rare word after no role
        _set_chunk(out, "PERS", i, j)
    return out


_MAX_GULF_NAME = 6  # "الأميرة [مشاعل بنت عبدالمحسن بن عبدالعزيز]"


def given_names_go_on(tokens: list[str], tags: list[str]) -> list[str]:
    """"السفير [محمد] عواض عسيري": a person's chunk that is a lone given name goes on over the
    words that go on a Gulf name (the father's given name, a rare word, a nisba), which the CRF,
    trained on Levantine and Egyptian news, does not know. Document mode."""
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    for kind, a, b in _spans(out):
        if kind != "PERS" or b >= n or out[b] != "O" or b - a > 1 or \
                fold(tokens[b - 1]) not in lx.first_names:
            continue
        j = b
        while j < n and j - a < _MAX_GULF_NAME and out[j] == "O" and (
                _surname_word(tokens[j], lx) or (
                fold(tokens[j]) in _JOINERS and j + 1 < n and _surname_word(tokens[j + 1], lx))):
            j += 1
        if j > b:
            _set_chunk(out, "PERS", a, j)
    return out


def fathers_names_go_on(tokens: list[str], tags: list[str]) -> list[str]:
    """"[أحمد بن عبدالعزيز] قطان", "[علي بن موسى] زعله": a person's chunk that ends on the father's
    name after بن goes on over a family name the model did not know (a rare word or a nisba, as
    ``given_names_go_on``) — not over a first name (the next person of a list). Document mode."""
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    for kind, a, b in _spans(out):
        if kind != "PERS" or b - a < 3 or b >= n or out[b] != "O" or \
                fold(tokens[b - 2]) not in _SON_OF:
            continue
        f = fold(tokens[b])
        if f not in lx.first_names and is_word(tokens[b]) and not f.endswith("تي") and \
                _surname_word(tokens[b], lx) and (
                f in lx.family_names or f.startswith("ال") or zipf_bucket(f) < _RARE_ZIPF):
            _set_chunk(out, "PERS", a, b + 1)
    return out


# (folded) "son/daughter of": not عبد, which opens the father's own name
_SON_OF = frozenset({"بن", "بنت", "ابن", "ابنه"})
# (a dual in construct, "محمد بن سلمان [هديتي] الرئيس", ends in تي; a participle, "حائز", is
# as common as the family names the rule wants, so only the rarer ones: قطان, زعلة)


_PLURAL_ZIPF = 3  # the sound plural at least this common: طيارين, مسؤولين, ممثلين


def _construct_plural(word: str, lx: Lexicon) -> bool:
    """"طياري" (of طيارين), "ممثلي", "منسوبي": a sound masculine plural in construct, cut of its
    ين — a common noun that opens the genitive after a name, never a word of it. Not a word any
    name list knows ("سامي", "راضي", "صالحي")."""
    return lx.answer("construct_plural", word, _is_construct_plural)


def _is_construct_plural(word: str, lx: Lexicon) -> bool:
    f = fold(word)
    if len(f) < 4 or not f.endswith("ي") or f.startswith("ال") or not is_word(word) or \
            _name_word_anywhere(f, lx) or is_title_word(word, lx):
        return False
    return zipf_bucket(f[:-1] + "ين") >= _PLURAL_ZIPF


def construct_plurals_after_names(tokens: list[str], tags: list[str]) -> list[str]:
    """"والتقى الأمير [محمد بن سلمان] طياري التحالف": the last word of a person's chunk that is
    a plural in construct with a definite word after it is the object the name governs, not the
    name's end. Only after two name words. Document mode."""
    lx = lexicon()
    out = list(tags)
    n = len(tokens)
    for kind, a, b in _spans(tags):
        if kind != "PERS" or b - a < 3 or b >= n or out[b] != "O" or \
                not fold(tokens[b]).startswith("ال") or fold(tokens[b - 2]) in _JOINERS:
            continue
        if _construct_plural(tokens[b - 1], lx):
            _set_chunk(out, "O", b - 1, b)
    return out


@lru_cache(maxsize=1)
def _hijri_months() -> frozenset[tuple[str, ...]]:
    singles, phrases = split_entries(_sections("chunk_edges.txt")["hijri_months"])
    return frozenset((w,) for w in singles) | phrases


# folded words after which a month name is the month: "في [نيسان]", "مطلع [يوليو]"
_MONTH_LEADS = frozenset({"في", "خلال", "منذ", "حتي", "شهر", "مطلع", "اواخر", "اوائل", "منتصف",
                          "نهايه", "بدايه", "اواسط", "قبل", "بعد"})


def months_not_names(tokens: list[str], tags: list[str]) -> list[str]:
    """"خلال شهر [رمضان]", "في [نيسان] الماضي": a chunk that is only a month is the month — a
    person chunk that is a Hijri month (in July 2015 Saudi news رمضان alone is never a man), and
    any chunk that is a month after a time word (not Nissan the car maker). Document mode."""
    months = _hijri_months()
    out = list(tags)
    for kind, a, b in _spans(tags):
        if b - a > 2:
            continue
        rest = tuple(fold(t) for t in tokens[a + 1:b])
        hijri = any((v, *rest) in months for v in clitic_variants(tokens[a]))
        lead = a > 0 and fold(tokens[a - 1]) in _MONTH_LEADS
        if (hijri and (kind == "PERS" or lead)) or (
                lead and b - a == 1 and "m" in _flags(tokens[a])):
            _set_chunk(out, "O", a, b)
    return out


def currencies_out(tokens: list[str], tags: list[str]) -> list[str]:
    """Document mode: a currency is not something an analyst follows ("ريال" thirty times in a
    market report); ANERcorp's MISC currencies stay for tag-conll."""
    lx = lexicon()
    out = list(tags)
    for kind, a, b in _spans(tags):
        if kind == "MISC" and b - a <= 2 and lx.first_known(tokens[a], lx.currencies):
            _set_chunk(out, "O", a, b)
        elif b - a >= 2 and lx.first_known(tokens[b - 1], lx.currencies) and all(
                "q" in _flags(t) for t in tokens[a:b - 1]):
            _set_chunk(out, "O", a, b)  # "[مليار ريال]" tagged ORG: an amount
    return out


def listed_org(name: str) -> bool:
    """Is ``name`` (as written) a curated organisation's name (org_names.txt [names]/[news])?"""
    singles, phrases = _listed_orgs()
    words = tuple(fold(w) for w in name.split())
    return (len(words) == 1 and words[0] in singles) or (
        bool(words) and words in phrases.get(words[0], ()))


_NISBA_RE = re.compile(r"ال\w{3,}ي")  # folded


def clubs_in_sports(tokens: list[str], tags: list[str]) -> list[str]:
    """CoNLL mode, inside a sports report: a listed club (clubs.txt) is ORG, untagged or tagged
    otherwise (document mode does the same per article in ``entities.topics``)."""
    from marsad.entities.topics import club_reading, reads_as_name, topic

    phrases = topic("clubs.txt").phrases
    out = list(tags)
    for kind, a, b in _spans(out):
        if kind != "ORG" and (tuple(fold(t) for t in tokens[a:b]) in phrases
                              or (b - a == 1 and club_reading(tokens[a]) is not None)):
            _set_chunk(out, "ORG", a, b)
    for i, tok in enumerate(tokens):
        if out[i] == "O" and reads_as_name(tok, tokens[i - 1] if i else None, "clubs.txt"):
            out[i] = "B-ORG"
            if i + 1 < len(tokens) and out[i + 1] == "O" and \
                    _NISBA_RE.fullmatch(fold(tokens[i + 1])):
                out[i + 1] = "I-ORG"  # "الكوكب المراكشي", "الرجاء البيضاوي": its city's adjective
    return out


def apply_rules(tokens: list[str], tags: list[str], places: bool = False) -> list[str]:
    """Token-level rules. ``places`` (document mode) joins multi-word places and tags institutions:
    right for analysts (سلطنة عمان is one place, وزارة الخارجية an organisation) but not
    ANERcorp's convention (it tags غزة alone in قطاع غزة, leaves ministries O), so off for CoNLL."""
    tags = names_after_titles(tokens, tags)
    tags = family_name_ends(tokens, tags)
    tags = end_at_edges(tokens, tags)
    tags = end_names_at_clitic_nouns(tokens, tags)
    tags = split_listed_names(tokens, tags)
    tags = currencies_after_numbers(tokens, tags)
    tags = drop_nationalities(tokens, tags)
    tags = listed_places_as_people(tokens, tags)
    tags = pious_phrases(tokens, tags)
    tags = media_names(tokens, tags)
    tags = months_in_dates(tokens, tags)
    tags = split_org_person(tokens, tags)
    if not places:
        return tags
    tags = on_behalf_of(tokens, titled_places_not_people(tokens, tags))
    tags = named_facilities(tokens, state_names(tokens, extend_places(tokens, tags)))
    tags = service_branches(tokens, tags)
    tags = months_not_names(tokens, given_names_go_on(
        tokens, ali_opens_names(tokens, ali_before_names(tokens, tags))))
    tags = construct_plurals_after_names(tokens, fathers_names_go_on(tokens, tags))
    tags = bodies_go_on(tokens, listed_orgs(tokens, institutions(tokens, tags)))
    tags = org_edges(tokens, nationality_after_orgs(tokens, tags))
    # (then the gazetteers' longer names again: "محافظة [حفر] الباطن" → "حفر الباطن")
    tags = extend_places(tokens, designated_places(tokens, quoted_people(tokens, tags)))
    tags = given_and_family_names(tokens, named_events(tokens, tags))
    return currencies_out(tokens, company_names(tokens, tags))
