"""Role phrases attached to a person: "الرئيس الروسي فلاديمير بوتين" → ["الرئيس الروسي"].

A role phrase starts with a title head (وزير، الرئيس، مستشار …), an honorific (آية الله، الشيخ،
د.) or a rank (العماد، اللواء), or — right before a name — an occupation (الخطاط، البائع). It
continues over title words (other heads, modifiers such as الخارجية/الأعلى, nationality
adjectives, في/باسم, place and organisation names) and over the ordinary nouns of a genitive
chain, read as a small grammar so that a title never swallows a verb or the clause before it:

- after a word that needs its genitive (an indefinite noun: رئيس، مجلس إدارة، لشركة) comes a
  noun — an ال-word, another such noun, or a name ("مجلس إدارة الشركة", "مستشفى صامطة");
- after a complete (definite) word only an adjective (nisba -ي/-ية or a listed one: المخلوع،
  الركن), a prepositional phrase (لشركة المياه، بالديوان الملكي، باسم المركز, على after
  المشرف العام), a coordinated ال-word (والفنون) or a bracketed name ("(سراج)") may follow;
- verbs that look like ال-nouns (التقى), relatives (الذي), time words (اليوم) and anything not
  listed end it.

It is read backwards from the name — the leftmost head from which the grammar reaches the name
wins ("وزير الخارجية الإيراني عباس عراقجي"), across one comma or honorific for a second title
("الزعيم الأعلى الإيراني، آية الله علي خامنئي", "رئيس الجمهورية اللبنانية العماد جوزاف عون")
— and forwards as an apposition ("يوري أوشاكوف مستشار السياسة الخارجية في الرئاسة الروسية").
Where a phrase names two people it is cut: a head that is the genitive of an ordinary noun
("مدير أعمال الفنان X"), a coordinated counterpart or honorific ("ونظيره X"، "والعقيد X"), a
complete apposition right before another name ("… وليد المعلم المبعوث الأممي ستيفان …") each
belong to the name after them. The words beyond titles.txt are data: data/title_inner.txt.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.entities.lexicon import Lexicon, fold_phrase, lexicon, read_sections, split_entries
from marsad.text import Token, clitic_variants, dediac_ar, fold, has_arabic

MAX_TITLE_TOKENS = 12
COMMAS = frozenset({"،", ","})
# Prepositions that continue a role phrase anywhere ("السفير في موسكو", "المتحدث باسم الوزارة").
_PREPOSITIONS = frozenset({"في", "لدي", "باسم"})
# … and those that do only after the words listed in [governed] ("المشرف العام على المركز").
_GOVERNED_PREPOSITIONS = frozenset({"علي", "عن"})
_BRACKETS = {"(": ")", "«": "»", '"': '"', "“": "”"}
_MAX_BRACKETED = 4
_NISBA_ENDINGS = ("ي", "ية", "يه", "يين", "يون", "يات")

# States of the role-phrase grammar: a word that needs its genitive, a complete noun phrase, a
# preposition that needs its noun.
_OPEN, _DONE, _PREP = 0, 1, 2


@dataclass(frozen=True)
class TitleSpan:
    start_tok: int
    end_tok: int  # exclusive
    start: int  # character offsets into the text
    end: int


@dataclass(frozen=True)
class InnerWords:
    """The lists of data/title_inner.txt, folded."""

    ranks: frozenset[str]
    rank_phrases: frozenset[tuple[str, ...]]
    ambiguous_ranks: frozenset[str]
    adjectival: frozenset[str]
    family_honorifics: frozenset[str]
    occupations: frozenset[str]
    occupation_phrases: frozenset[tuple[str, ...]]
    abbreviations: tuple[tuple[str, ...], ...]  # the letters, longest abbreviation first
    nouns: frozenset[str]
    adjectives: frozenset[str]
    governed: frozenset[tuple[str, ...]]  # the words before the preposition, preposition last
    stops: frozenset[str]


@lru_cache(maxsize=1)
def inner_words() -> InnerWords:
    sec = read_sections("title_inner.txt")
    ranks, rank_phrases = split_entries(sec["ranks"])
    occ, occ_phrases = split_entries(sec["occupations"])
    abbr = sorted((tuple(fold(c) for c in e.split(".") if c) for e in sec["abbreviations"]),
                  key=len, reverse=True)
    adjectives = {fold(w) for w in sec["adjectives"]}
    adjectives |= {w + "ه" for w in adjectives if not w.endswith("ه")}  # السابق → السابقة
    return InnerWords(
        ranks=ranks,
        rank_phrases=rank_phrases,
        ambiguous_ranks=frozenset(fold(w) for w in sec["ambiguous_ranks"]),
        adjectival=frozenset(fold(w) for w in sec["adjectival"]),
        family_honorifics=frozenset(fold(w) for w in sec["family_honorifics"]),
        occupations=occ,
        occupation_phrases=occ_phrases,
        abbreviations=tuple(abbr),
        nouns=frozenset(fold(w) for w in sec["nouns"]),
        adjectives=frozenset(adjectives),
        governed=frozenset(fold_phrase(e) for e in sec["governed"]),
        stops=frozenset(fold(w) for w in sec["stops"]),
    )


def _in(word: str, table: frozenset[str]) -> bool:
    return any(v in table for v in clitic_variants(word))


def is_head(word: str, lx: Lexicon) -> bool:
    return lx.answer("head", word, _is_head)


def _is_head(word: str, lx: Lexicon) -> bool:
    return _in(word, lx.title_heads) or _in(word, lx.honorifics) or _in(word, inner_words().ranks)


_HONORIFIC_WORDS = frozenset({"اية", "الله", "حجة", "الاسلام"})


def is_title_word(word: str, lx: Lexicon) -> bool:
    return lx.answer("title_word", word, _is_title_word)


def _is_title_word(word: str, lx: Lexicon) -> bool:
    return (
        is_head(word, lx)
        or _in(word, lx.modifiers)
        or lx.is_nationality(word)
        or fold(word) in _HONORIFIC_WORDS
    )


def _abbreviation_length(tokens: list[Token], end: int, iw: InnerWords) -> int:
    """How many tokens right before ``end`` spell an abbreviated honorific: د . / أ . د . / وم ."""
    if end < 2 or tokens[end - 1].text != ".":
        return 0
    for letters in iw.abbreviations:
        k = 2 * len(letters)
        if end - k < 0:
            continue
        ok = True
        for j, letter in enumerate(letters):
            tok = fold(tokens[end - k + 2 * j].text)
            if tokens[end - k + 2 * j + 1].text != "." or not (
                tok == letter or (j == 0 and tok == "و" + letter)
            ):
                ok = False
                break
        if ok:
            return k
    return 0


@dataclass(frozen=True)
class _HonorificTables:
    """The honorific lists arranged for the per-mention lookups (built once)."""

    phrases: tuple[tuple[str, ...], ...]  # longest first
    by_last: dict[str, tuple[tuple[str, ...], ...]]  # phrases by their last word
    firsts: frozenset[str]  # first words of the phrases
    lengths: tuple[int, ...]  # the phrase lengths, longest first, then 1
    singles: frozenset[str]  # one-word honorifics and ranks
    joinable: frozenset[str]  # … that a proclitic may join (not الفريق: للفريق = for the team)
    occupation_firsts: frozenset[str]  # first words of the occupation phrases


@lru_cache(maxsize=1)
def _honorific_tables() -> _HonorificTables:
    lx = lexicon()
    iw = inner_words()
    phrases = tuple(sorted(lx.honorific_phrases | iw.rank_phrases, key=len, reverse=True))
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        by_last.setdefault(p[-1], []).append(p)
    singles = lx.honorifics | iw.ranks
    return _HonorificTables(
        phrases=phrases,
        by_last={w: tuple(ps) for w, ps in by_last.items()},
        firsts=frozenset(p[0] for p in phrases),
        lengths=(*sorted({len(p) for p in phrases}, reverse=True), 1),
        singles=singles,
        joinable=singles - iw.ambiguous_ranks,
        occupation_firsts=frozenset(p[0] for p in iw.occupation_phrases),
    )


def honorific_length(tokens: list[Token], end: int, lx: Lexicon) -> int:
    """How many tokens right before ``end`` form an honorific (آية الله → 2, الشيخ → 1, د. → 2,
    else 0)."""
    if end < 1:
        return 0
    tables = _honorific_tables()
    last = fold(tokens[end - 1].text)
    for p in tables.by_last.get(last, ()):
        k = len(p)
        if end - k >= 0 and tuple(fold(t.text) for t in tokens[end - k:end]) == p:
            return k
    if last in tables.singles:
        return 1
    return _abbreviation_length(tokens, end, inner_words())


def title_start(tok: Token, lx: Lexicon) -> int:
    """Start offset of a title's first word without its proclitics (ومستشار → مستشار, ولأمين →
    أمين, للرئيس → رئيس: the ال of لل is not written, so the title shows the bare noun)."""
    f = fold(tok.text)
    iw = inner_words()
    occ = iw.occupations | {p[0] for p in iw.occupation_phrases}
    if f in lx.title_heads or f in lx.honorifics or f in occ:
        return tok.start
    for c in _TITLE_CLITICS:
        rest = f[len(c):]
        if f.startswith(c) and len(rest) >= 2 and (
                is_head(rest, lx) or rest in occ or (c.endswith("لل") and "ال" + rest in occ)):
            if fold(tok.text[:len(c)]) == c:  # the offsets stay on the written letters
                return tok.start + len(c)
    return tok.start


# longest first; لل before ل: "للرئيس" shows as "رئيس", not "لرئيس"
_TITLE_CLITICS = ("ول", "وب", "فل", "فب", "لل", "و", "ف", "ل", "ب")


def _span(tokens: list[Token], a: int, b: int, lx: Lexicon) -> TitleSpan:
    start = title_start(tokens[a], lx)
    f = fold(tokens[a].text)
    if len(f) == 2 and f[0] in "وف" and a + 1 < b and tokens[a + 1].text == ".":
        start = tokens[a].start + 1  # وأ.د. → أ.د.
    return TitleSpan(a, b, start, tokens[b - 1].end)


# --- the role-phrase grammar ---------------------------------------------------------------

# What one word can be inside a role phrase (see _word_kind).
_K_TITLE_DONE, _K_TITLE_OPEN, _K_STOP, _K_DEF, _K_ADJ, _K_AND_DEF, _K_PP_DEF, _K_PP_OPEN, \
    _K_NOUN, _K_BARE, _K_OTHER = range(11)
_FORMAT_CHARS = str.maketrans("", "", "\u200c\u200d\u200e\u200f\u061c\u0640")


def _is_nisba(word: str) -> bool:
    """الوطنية، التنفيذي: the ending in the written word (ى is not ي: المستشفى is no nisba)."""
    w = dediac_ar(word).translate(_FORMAT_CHARS)
    return w.endswith(_NISBA_ENDINGS) and len(w) >= 5


def _named(folded: str, lx: Lexicon) -> bool:
    return folded in lx.first_names or folded in lx.places


def _definite(w: str) -> bool:
    """الخارجية، والإعلام، للرئاسة، بالديوان (folded)."""
    if w.startswith("ال"):
        return True
    rest = w[1:] if w[:1] in "وف" else w
    return len(rest) >= 4 and rest.startswith(("ال", "لل", "بال", "كال"))


@lru_cache(maxsize=100_000)
def _word_kind(word: str) -> int:
    """What ``word`` can be inside a role phrase, whatever its neighbours."""
    lx = lexicon()
    iw = inner_words()
    word = word.translate(_FORMAT_CHARS) or word
    w = fold(word)
    if not has_arabic(word):
        return _K_BARE if word.isalpha() else _K_OTHER
    if not word.isalpha():
        return _K_OTHER
    if w in iw.stops or any(w.startswith(c) and w[len(c):] in iw.stops for c in "وف"):
        return _K_STOP
    if is_title_word(word, lx):
        if lx.is_nationality(word) or _definite(w):
            return _K_TITLE_DONE
        return _K_TITLE_OPEN
    if w in iw.occupations or (w[:1] in "وف" and w[1:] in iw.occupations):
        # a new title inside a phrase; نائبه/نظيره (a pronoun, not ة) is complete
        done = "ال" in w[:3] or dediac_ar(word).endswith("ه")
        return _K_TITLE_DONE if done else _K_TITLE_OPEN
    known = iw.nouns | lx.title_heads | lx.modifiers
    if dediac_ar(word).endswith("ه") and len(w) > 3 and (w[:-1] in known or w[:-1] in iw.nouns):
        return _K_STOP  # "في مكتبه", "في بلاده": a pronoun, the phrase of the sentence
    if w in known:
        return _K_DEF if w.startswith("ال") else _K_NOUN
    if w.startswith("ال") and len(w) >= 4:
        return _K_ADJ if w in iw.adjectives or _is_nisba(word) else _K_DEF
    for c in ("و", "ف"):
        rest = w[1:]
        if w.startswith(c) and rest.startswith("ال") and len(rest) >= 4 and rest not in iw.stops:
            return _K_AND_DEF
    rest = w[1:] if w[:1] in "وف" and len(w) > 4 and w[1:2] in "لب" else w
    if rest.startswith("لل") and len(rest) >= 4:
        return _K_STOP if "ال" + rest[2:] in iw.stops else _K_PP_DEF
    if rest.startswith(("بال", "كال")) and len(rest) >= 5:
        return _K_STOP if rest[1:] in iw.stops else _K_PP_DEF
    if rest[:1] in "لب" and rest[1:] in known:
        return _K_PP_OPEN
    if _named(w, lx):
        return _K_BARE
    # وبحضور، وهو: a conjunction opens a new phrase; يستقبل: a present-tense verb
    if w[:1] in "وفي" and len(w) > 3:
        return _K_OTHER
    return _K_BARE


def _governed(tokens: list[Token], i: int, iw: InnerWords) -> bool:
    """Is the preposition at ``i`` one that the words before it govern (المشرف العام على)?"""
    for p in iw.governed:
        k = len(p) - 1
        if p[-1] == fold(tokens[i].text) and i - k >= 0 and \
                tuple(fold(t.text) for t in tokens[i - k:i]) == p[:-1]:
            return True
    return False


# States of the role-phrase grammar: a word that needs its genitive (رئيس، مجلس، لشركة), a
# complete noun phrase, a preposition that needs its noun, a bare word that may be a name or
# a noun with a genitive still to come ("مستشفى صامطة", "لجنة إسكان الحجاج").
_OPEN, _DONE, _PREP, _BARE = 0, 1, 2, 3
# What each kind of word becomes after each state (absent: the phrase cannot go on).
_TRANSITIONS: dict[int, dict[int, int]] = {
    _K_DEF: {_OPEN: _DONE, _PREP: _DONE, _BARE: _DONE},
    _K_ADJ: {_OPEN: _DONE, _PREP: _DONE, _DONE: _DONE, _BARE: _DONE},
    _K_AND_DEF: {_DONE: _DONE},
    _K_PP_DEF: {_DONE: _DONE, _BARE: _DONE},
    _K_PP_OPEN: {_DONE: _OPEN, _BARE: _OPEN},
    _K_NOUN: {_OPEN: _OPEN, _PREP: _OPEN, _BARE: _OPEN},
    _K_BARE: {_OPEN: _BARE},
}


def _step(tokens: list[Token], i: int, state: int, depth: int, inside: frozenset[int],
          blocked: frozenset[int]) -> tuple[int, int, bool] | None:
    """Read the word at ``i`` after ``state``, ``depth`` words into the phrase: (new state,
    next index, the word was a title word or a name), or None where the role phrase cannot go
    on."""
    if i in blocked:
        return None
    text = tokens[i].text
    kind = _word_kind(text)
    if kind == _K_STOP:
        return None
    if i in inside:
        return _DONE, i + 1, True
    f = fold(text)
    if f in _PREPOSITIONS:
        return (_PREP, i + 1, True) if state != _PREP else None
    if f in _GOVERNED_PREPOSITIONS:
        ok = state != _PREP and _governed(tokens, i, inner_words())
        return (_PREP, i + 1, False) if ok else None
    if text in _BRACKETS:
        # "رئيس مجلس إدارة (سراج)", "لشركة «أبل»"; after a complete phrase only deep inside
        # it ("لمنظمة الدول المصدرة للنفط (أوبك)"): "السلطان (الرياض)" is a name and a town
        if state == _PREP or (state == _DONE and depth < 3):
            return None
        close = _BRACKETS[text]
        for j in range(i + 1, min(len(tokens), i + _MAX_BRACKETED + 2)):
            if tokens[j].text == close:
                ok = j > i + 1 and all(tokens[k].text.isalpha() and k not in blocked
                                       for k in range(i + 1, j))
                return (_DONE, j + 1, False) if ok else None
        return None
    if kind == _K_TITLE_DONE:
        return _DONE, i + 1, True
    if kind == _K_TITLE_OPEN:
        return _OPEN, i + 1, True
    nxt = _TRANSITIONS.get(kind, {}).get(state)
    return None if nxt is None else (nxt, i + 1, False)


def _first_state(word: str) -> int:
    return _OPEN if _word_kind(word) in (_K_TITLE_OPEN, _K_NOUN) else _DONE


def _reaches(tokens: list[Token], h: int, end: int, inside: frozenset[int],
             blocked: frozenset[int]) -> bool:
    """Does the grammar read a role phrase from the head at ``h`` exactly up to ``end``?"""
    state = _first_state(tokens[h].text)
    known_last = True
    i = h + 1
    while i < end:
        got = _step(tokens, i, state, i - h, inside, blocked)
        if got is None or got[1] > end:
            return False
        state, i, known_last = got
    return _may_end(state, known_last)


def _may_end(state: int, known_last: bool) -> bool:
    """A phrase ends complete, on a bare word, or on a title word ("نائب رئيس"), never on a
    preposition or on an ordinary noun still waiting for its genitive."""
    return state in (_DONE, _BARE) or (state == _OPEN and known_last)


def _occupation_at(tokens: list[Token], i: int, iw: InnerWords) -> bool:
    f = fold(tokens[i].text)
    if f in iw.occupations or (f[:1] in "وف" and f[1:] in iw.occupations):
        return True
    if f.startswith(("لل", "ولل")) and "ال" + f[f.index("لل") + 2:] in iw.occupations:
        return True  # "للكاتبة الأمريكية X"
    return _head_length(tokens, i) > 1


def _head_length(tokens: list[Token], i: int) -> int:
    """Tokens of the head at ``i``: 2 for "القائمة بأعمال", "رجل الأعمال", else 1."""
    f = fold(tokens[i].text)
    firsts = _honorific_tables().occupation_firsts
    if f not in firsts and not (f[:1] in "وف" and f[1:] in firsts):
        return 1
    for p in inner_words().occupation_phrases:
        k = len(p)
        if i + k <= len(tokens) and (f == p[0] or (f[:1] in "وف" and f[1:] == p[0])) and \
                tuple(fold(t.text) for t in tokens[i + 1:i + k]) == p[1:]:
            return k
    return 1


def _role_head(tokens: list[Token], i: int, lx: Lexicon) -> bool:
    f = fold(tokens[i].text)
    iw = inner_words()
    if f[:1] in "لب" and any(f.endswith(r[2:]) and len(f) <= len(r) + 1
                             for r in iw.ambiguous_ranks):
        return False  # بالفريق، للواء: the team, the brigade
    return is_head(tokens[i].text, lx) or _occupation_at(tokens, i, iw)


def _adjectival_occupation(tokens: list[Token], i: int, lx: Lexicon) -> bool:
    """الإعلامي، الأكاديمي: an occupation that is also an adjective (المركز الإعلامي)."""
    f = fold(tokens[i].text)
    iw = inner_words()
    return f in iw.adjectival or (f[:1] in "وف" and f[1:] in iw.adjectival)


_OPENING = (_K_TITLE_OPEN, _K_NOUN, _K_PP_OPEN)


def split_at_heads(tokens: list[Token], a: int, b: int, lx: Lexicon,
                   inside: frozenset[int], name_follows: bool = False) -> list[tuple[int, int]]:
    """Cut a role phrase into titles where a new head follows a complete phrase.

    "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع" → three titles. No cut before
    a head that continues the phrase: after another head ("نائب رئيس", "مدرب الفريق"), with a
    genitive ل (لرئيس), after a preposition ("كاتب الدولة لدى وزير الداخلية"), after a noun
    awaiting its genitive ("مدير مكتب الرئيس"), or a bare word unless the head is an honorific
    ("مدير مستشفى صامطة الدكتور"). An occupation that is also an adjective (الإعلامي) starts a
    title only right before the name ("مشرف المنتدى بالجمعية الإعلامي X", but "مسؤول المركز
    الإعلامي").
    """
    parts: list[tuple[int, int]] = []
    s = a
    honorifics = lx.honorifics | inner_words().ranks
    for i in range(a + 1, b):
        w = tokens[i].text
        prev = tokens[i - 1].text
        prev_kind = _word_kind(prev)
        starts_new = (
            _role_head(tokens, i, lx)
            and not fold(w).startswith("ل")
            and not _role_head(tokens, i - 1, lx)
            and i not in inside
            and fold(prev) not in _PREPOSITIONS | _GOVERNED_PREPOSITIONS
            and ((i - 1) in inside or prev_kind not in _OPENING)
            and ((i - 1) in inside or prev_kind != _K_BARE or fold(w) in honorifics)
            and not (_adjectival_occupation(tokens, i, lx) and not (name_follows and i == b - 1))
            and fold(w) not in inner_words().adjectives  # "وكيل الإمارة المساعد"
        )
        if starts_new:
            parts.append((s, i))
            s = i
    parts.append((s, b))
    return parts


def _may_sit_inside(tok: Token) -> bool:
    return tok.text in _BRACKETS.values() or tok.text in _BRACKETS or \
        _word_kind(tok.text) not in (_K_STOP, _K_OTHER) or fold(tok.text) in _PREPOSITIONS


def _role_start(tokens: list[Token], end: int, inside: frozenset[int],
                blocked: frozenset[int], lx: Lexicon, after_comma: bool) -> int | None:
    """The leftmost head from which a role phrase runs up to ``end`` (None when there is none).
    ``after_comma``: a second title across a comma, which is never one that follows another
    person's name ("محمد عرفة رئيس النادي السابق، اللواء أحمد عرفة": it is that name's)."""
    lo = end
    while lo > 0 and end - lo < MAX_TITLE_TOKENS and (lo - 1) not in blocked and (
        (lo - 1) in inside or _may_sit_inside(tokens[lo - 1])
    ):
        lo -= 1
    for h in range(lo, end):
        if not _role_head(tokens, h, lx):
            continue
        if _adjectival_occupation(tokens, h, lx) and h != end - 1:
            continue  # "للخدمات الاستشارية بجامعة": an adjective, not the head of a title
        if h > 0 and fold(tokens[h - 1].text) == "غير":
            continue  # "التصريحات غير المسؤولة": an adjective
        if _reaches(tokens, h, end, inside, blocked):
            return None if after_comma and h > 0 and (h - 1) in blocked else h
    return None


@lru_cache(maxsize=1)
def _address_words() -> frozenset[str]:
    lx = lexicon()
    return frozenset({w for p in lx.honorific_phrases for w in p}) | lx.honorifics | \
        lx.title_heads | inner_words().ranks | inner_words().occupations


def _coordinated_head(tok: Token, lx: Lexicon) -> bool:
    """والعقيد، ومدير، ولصاحب: a head joined by و/ف — a title of its own, often a new person's."""
    f = fold(tok.text)
    if f[:1] not in "وف" or f in _address_words():
        return False
    rest = f[1:]
    return rest in _address_words() or (rest[:1] in "لب" and rest[1:] in _address_words()) \
        or (rest.startswith("لل") and "ال" + rest[2:] in _address_words())


def _address_word(word: str, lx: Lexicon) -> bool:
    """سمو، معالي، صاحب: a form of address, which the honorific after it completes."""
    return any(f in lx.honorifics or any(f in p for p in lx.honorific_phrases)
               for f in clitic_variants(word))


_JOINING_CLITICS = ("ولل", "فلل", "ول", "وب", "فل", "فب", "لل", "و", "ف", "ل", "ب")


def _joined_honorific_length(tokens: list[Token], end: int, lx: Lexicon) -> tuple[int, int]:
    """Tokens before ``end`` that spell an honorific with و/ف/ل/ب on its first word (والعقيد،
    ولصاحب السمو الملكي، للأمير), and the letters of that proclitic — (0, 0) when there is
    none."""
    tables = _honorific_tables()
    for k in tables.lengths:
        if end - k < 0:
            continue
        first = fold(tokens[end - k].text)
        if first[:1] not in "وفلب" or first in tables.singles or first in tables.firsts:
            continue  # no clitic: an ordinary honorific, or none
        rest = tuple(fold(t.text) for t in tokens[end - k + 1:end])
        for c in _JOINING_CLITICS:
            if not first.startswith(c) or len(first) - len(c) < 2:
                continue
            bare = first[len(c):]
            if c.endswith("لل"):
                bare = "ال" + bare
            if (k == 1 and bare in tables.joinable) or \
                    (k > 1 and (bare, *rest) in tables.by_last.get(rest[-1], ())):
                return k, len(c)
    return 0, 0


def _inner_start(tokens: list[Token], a: int, end: int, inside: frozenset[int],
                 blocked: frozenset[int], lx: Lexicon) -> int:
    """Where the name's own title starts inside the phrase from ``a``.

    A head that is the genitive of an ordinary noun before it ("عضو في حزب الرئيس اليمني
    السابق X", "مدير أعمال الفنان X") names X: the words before it describe someone else. After
    a coordinated counterpart (ونظيره، ونائبه) a new person starts: "حيدر العبادي رئيس الوزراء
    ونظيره X".
    """
    start = a
    head_end = a + _head_length(tokens, a)
    for k in range(head_end + 1, end):
        prev = tokens[k - 1].text
        f = fold(tokens[k].text)
        head = is_head(tokens[k].text, lx) and not _honorific_word(tokens[k].text, lx) and \
            _reaches(tokens, k, end, inside, blocked)  # "مستشفى الملك فهد": a name
        genitive_head = head and (k - 1) not in inside and \
            _word_kind(prev) in (_K_NOUN, _K_PP_OPEN, _K_BARE) and \
            fold(prev) not in _PREPOSITIONS | _GOVERNED_PREPOSITIONS and not f.startswith("ل")
        # "المتحدث باسم المكتب الإعلامي لرئيس الوزراء X": a head with ل after ordinary words
        # is the genitive too ("النائب الثاني لرئيس مجلس الوزراء" is all title words)
        dative_head = head and f.startswith("ل") and any(
            (_word_kind(tokens[j].text) not in (_K_TITLE_DONE, _K_TITLE_OPEN)
             or _adjectival_occupation(tokens, j, lx))
            and j not in inside and fold(tokens[j].text) not in _PREPOSITIONS
            for j in range(start + 1, k))
        counterpart = f[:1] in "وف" and f[1:] in inner_words().occupations and \
            dediac_ar(tokens[k].text).endswith("ه")
        # "… رئيس مجلس التنمية السياحية وسمو رئيس هيئة السياحة الأمير X": an address joined
        # by و opens the next person's titles
        address = f[:1] in "وف" and f not in lx.honorifics and _address_word(f[1:], lx)
        if genitive_head or dative_head or counterpart or address:
            start = k
    return start


def _coordinated_honorific(tok: Token, lx: Lexicon) -> bool:
    """والعقيد، والدكتور، ولصاحب: an honorific or form of address joined by و/ف — a new
    person's, not more of the title before it."""
    f = fold(tok.text)
    if f[:1] not in "وف" or f in lx.honorifics:
        return False
    rest = f[1:]
    if rest[:1] in "لب" and len(rest) > 3:
        rest = rest[1:]
    return _honorific_word(rest, lx) or _address_word(rest, lx)


def _coordinated_name(word: str, lx: Lexicon) -> bool:
    """واسماعيل، لهادي: a name joined to the one before or governed by a preposition — the
    phrase before it is not its title ("القوات الموالية لهادي")."""
    f = fold(word)
    return f[:1] in "وفلب" and f not in lx.first_names and f[1:] in lx.first_names


def titles_before(tokens: list[Token], name_start: int, inside: frozenset[int],
                  blocked: frozenset[int]) -> list[TitleSpan]:
    """Titles read backwards from the token before a name; outermost first."""
    lx = lexicon()
    out: list[TitleSpan] = []
    if name_start < len(tokens) and _coordinated_name(tokens[name_start].text, lx):
        return out
    end = name_start
    after_comma = False
    # the title right before the name, then one more across a comma; honorifics do not count
    # ("ولي ولي العهد صاحب السمو الملكي الأمير X": a role before two honorifics is X's too)
    roles = steps = 0
    most = 2
    while roles < most and steps < 4 + (most - 2):
        steps += 1
        hon = honorific_length(tokens, end, lx)
        joined, cut = (0, 0) if hon else _joined_honorific_length(tokens, end, lx)
        if joined:
            # "… مدير المباحث السابق والعقيد Y", "… وزير الداخلية ولصاحب السمو الملكي Y",
            # "وزير الداخلية الكويتي للأمير Y": the phrase before و/ل is someone else's
            first = tokens[end - joined]
            start = first.start + cut if fold(first.text[:cut]) == fold(first.text)[:cut] \
                else first.start
            out.insert(0, TitleSpan(end - joined, end, start, tokens[end - 1].end))
            break
        prev = tokens[end - hon - 1].text if hon and end - hon > 0 else ""
        genitive = bool(prev) and _word_kind(prev) in _OPENING and not _address_word(prev, lx)
        if fold(prev) in _PREPOSITIONS | _GOVERNED_PREPOSITIONS:
            genitive = fold(tokens[end - hon].text) in inner_words().ambiguous_ranks
        # "مدير الفريق X": a rank that is also a noun, after a word awaiting its genitive, is
        # that genitive — the whole phrase is X's title
        if hon and not (
            genitive and fold(tokens[end - hon].text) in inner_words().ambiguous_ranks
        ):
            out.insert(0, _span(tokens, end - hon, end, lx))
            if genitive:
                break  # "مدير مكتب الأمير X", "مركز الملك سلمان": the phrase is someone else's
            end -= hon
            if end > 0 and tokens[end - 1].text in COMMAS:
                end -= 1
                after_comma = True
            continue  # a role phrase may stand right before the honorific
        else:
            roles += 1
            a = _role_start(tokens, end, inside, blocked, lx, after_comma)
            if a is None or (end == name_start and a == end - 1 and a > 0
                             and (a - 1) in blocked and _bare_head(tokens[a].text)):
                # "دينيس روس مستشار أوباما": one indefinite head between two names is the
                # first one's title in construct with the second (Obama's adviser), not his
                break
            a = _inner_start(tokens, a, end, inside, blocked, lx)
            parts = split_at_heads(tokens, a, end, lx, inside, name_follows=end == name_start)
            if most == 3 and parts and parts[0][1] - parts[0][0] > 1 and \
                    honorific_length(tokens, parts[0][0] + 1, lx) == 1:
                s0, e0 = parts[0]  # "[معالي] [سفير …]": the honorific is a title of its own
                parts = [(s0, s0 + 1), (s0 + 1, e0), *parts[1:]]
            for s, e in reversed(parts):
                out.insert(0, _span(tokens, s, e, lx))
            end = a
        # "…، ورئيس الفنون الفنان X": a coordinated phrase is a new item of a list — what
        # comes before its comma is the item before
        if end > 0 and tokens[end - 1].text in COMMAS and not _coordinated_head(tokens[end], lx):
            end -= 1
            after_comma = True
        elif most == 2 and roles == 1 and _honoured_role_before(tokens, end, inside, blocked, lx):
            most = 3  # "معالي سفير … لدى جمهورية مصر العربية مندوب المملكة … السفير X"
        else:
            break
    return out


def _honoured_role_before(tokens: list[Token], end: int, inside: frozenset[int],
                          blocked: frozenset[int], lx: Lexicon) -> bool:
    """A second role right before the first, without comma or و, that an honorific opens
    ("معالي سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية مندوب المملكة الدائم …"): one
    person's roles listed in a row. Only after an honorific: "استقبل وزير الخارجية سفير اليابان
    X" is the minister, unnamed, receiving the ambassador X."""
    if end == 0 or (end - 1) in blocked or tokens[end - 1].text in COMMAS:
        return False
    a = _role_start(tokens, end, inside, blocked, lx, False)
    if a is None or a >= end:
        return False
    if honorific_length(tokens, a + 1, lx) > 0:  # the role phrase opens with it ("معالي سفير")
        a += 1
    elif honorific_length(tokens, a, lx) == 0:
        return False
    opener = a - 1 - honorific_length(tokens, a, lx)
    return opener >= 0 and _intransitive_opener(tokens[opener].text)


@lru_cache(maxsize=1)
def _intransitive_openers() -> frozenset[str]:
    return split_entries(read_sections("titles.txt")["intransitive-openers"])[0]


def _intransitive_opener(word: str) -> bool:
    """"وأوضح", "قال": a verb with no object, so the roles after it are its subject's."""
    return not _intransitive_openers().isdisjoint(clitic_variants(word))


def _bare_head(word: str) -> bool:
    """An indefinite noun with no proclitic (مستشار، نائب): a title only in construct."""
    f = fold(word)
    return not f.startswith(("ال", "و", "ل", "ب"))


def _genitive_at(tokens: list[Token], i: int, inside: frozenset[int], lx: Lexicon) -> bool:
    """Can the word at ``i`` be the genitive of the noun before it (مسؤول الاحتراف, مقدم
    برنامج …) rather than its adjective (مسؤول روسي)?"""
    kind = _word_kind(tokens[i].text)
    return i in inside or kind in (_K_DEF, _K_NOUN) or (
        kind == _K_TITLE_DONE and not lx.is_nationality(tokens[i].text))


def titles_after(tokens: list[Token], name_end: int, inside: frozenset[int],
                 blocked: frozenset[int]) -> list[TitleSpan]:
    """An apposition after the name: "يوري أوشاكوف، مستشار السياسة الخارجية …"."""
    lx = lexicon()
    iw = inner_words()
    a = name_end
    if a < len(tokens) and tokens[a].text in COMMAS:
        a += 1
    if a >= len(tokens) or a in blocked:
        return []
    f = fold(tokens[a].text)
    # ومستشار …: a coordinated new person, not an apposition; الخطاط after a name is as often
    # the family name as a title: only an indefinite occupation (مسؤولة الأسر المنتجة) opens one
    if f not in lx.title_heads and not (f in iw.occupations and not f.startswith("ال")):
        return []
    if f.startswith(("ل", "ب")):  # لوزير: a dative, not an apposition
        return []
    state = _first_state(tokens[a].text)
    ends = [(a + 1, state)]
    i = a + 1
    while i < len(tokens) and i - a < MAX_TITLE_TOKENS:
        and_def = _word_kind(tokens[i].text) == _K_AND_DEF and not (
            i + 1 < len(tokens) and _word_kind(tokens[i + 1].text) == _K_ADJ)
        if _coordinated_honorific(tokens[i], lx) or and_def:
            # "… مدير المباحث السابق والعقيد عبد الله", "… الأميركي والوفد المرافق" — but
            # "وزير الدولة وعضو مجلس الوزراء" goes on: a coordinated role is the same person's
            break
        if i == a + 1 and state == _OPEN and _word_kind(tokens[i].text) == _K_BARE and \
                dediac_ar(tokens[i].text).endswith("ي") and i not in inside | blocked and \
                not _named(fold(tokens[i].text), lx):
            return []  # "أوباما رئيس استثنائي": an indefinite adjective, a predicate
        got = _step(tokens, i, state, i - a, inside, blocked)
        if got is None:
            break
        state, i, known = got
        if _may_end(state, known):
            ends.append((i, state))
    b, end_state = ends[-1]
    if b < len(tokens) and b in blocked and dediac_ar(tokens[a].text).endswith("ه") and \
            f not in lx.title_heads:
        return []  # "سالفا كير نائبه السابق رياك مشار": the counterpart is the next name
    nxt = fold(tokens[b].text) if b < len(tokens) else ""
    if b < len(tokens) and b in blocked and not (
            nxt[:1] in "وفلب" and nxt not in lx.first_names):  # "… لمارادونا": a genitive
        # "محافظ X الأستاذ Y", "مدير عام مطار الملك فهد": the honorific before another name is
        # that name's; the phrase before it stays X's only where it can end there
        k = b
        while k > a and _honorific_word(tokens[k - 1].text, lx):
            k -= 1
        if k < b:
            ends = [e for e in ends if e[0] <= k]
            if not ends or k == a:
                return []
            b = ends[-1][0]
        elif end_state != _OPEN:
            # "أبلغ … وليد المعلم المبعوث الأممي ستيفان دي ميستورا": a complete title right
            # before another name is that name's; "مستشارة أوباما" waits for its genitive
            return []
    if f not in lx.title_heads and (b == a + 1 or not _genitive_at(tokens, a + 1, inside, lx)):
        return []  # "قال لعراقجي مسؤول روسي": an occupation needs its genitive to be a title
    if b == a + 1 and f in iw.family_honorifics:
        return []  # "يوسف السيد، …": an honorific alone after a name is a family name
    return [_span(tokens, s, e, lx) for s, e in split_at_heads(tokens, a, b, lx, inside)]


def _honorific_word(word: str, lx: Lexicon) -> bool:
    f = fold(word)
    return f in lx.honorifics or f in inner_words().ranks or (
        any(f in p for p in lx.honorific_phrases) and f not in lx.title_heads)
