"""Role phrases attached to a person: "الرئيس الروسي فلاديمير بوتين" → ["الرئيس الروسي"].

A role phrase starts with a title head (وزير، الرئيس، مستشار …) or an honorific (آية الله، الشيخ)
and continues over words that can sit inside a title: other heads, modifiers (الخارجية، الأعلى),
nationality adjectives, في/باسم, and place or organisation names. Anything else ends it. It is
read backwards from the name ("وزير الخارجية الإيراني عباس عراقجي"), across one comma for a
second title ("الزعيم الأعلى الإيراني، آية الله علي خامنئي"), and forwards as an apposition
("يوري أوشاكوف مستشار السياسة الخارجية في الرئاسة الروسية").
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.entities.lexicon import Lexicon, lexicon
from marsad.text import Token, clitic_variants, fold

MAX_TITLE_TOKENS = 9
COMMAS = frozenset({"،", ","})
# A proclitic that may start a role phrase and is left out of the displayed title.
_LEADING_CLITICS = ("و", "ف", "ل", "ب")


@dataclass(frozen=True)
class TitleSpan:
    start_tok: int
    end_tok: int  # exclusive
    start: int  # character offsets into the text
    end: int


def _in(word: str, table: frozenset[str]) -> bool:
    return any(v in table for v in clitic_variants(word))


def is_head(word: str, lx: Lexicon) -> bool:
    return lx.answer("head", word, _is_head)


def _is_head(word: str, lx: Lexicon) -> bool:
    return _in(word, lx.title_heads) or _in(word, lx.honorifics)


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


def honorific_length(tokens: list[Token], end: int, lx: Lexicon) -> int:
    """How many tokens right before ``end`` form an honorific (آية الله → 2, الشيخ → 1, else 0)."""
    for p in sorted(lx.honorific_phrases, key=len, reverse=True):
        k = len(p)
        if end - k >= 0 and tuple(fold(t.text) for t in tokens[end - k:end]) == p:
            return k
    if end >= 1 and fold(tokens[end - 1].text) in lx.honorifics:
        return 1
    return 0


def title_start(tok: Token, lx: Lexicon) -> int:
    """Start offset of a title's first word without a leading و/ف (ومستشار → مستشار)."""
    f = fold(tok.text)
    for c in _LEADING_CLITICS:
        exact = f in lx.title_heads or f in lx.honorifics
        if f.startswith(c) and not exact and is_head(f[len(c):], lx):
            return tok.start + len(c)
    return tok.start


def _span(tokens: list[Token], a: int, b: int, lx: Lexicon) -> TitleSpan:
    return TitleSpan(a, b, title_start(tokens[a], lx), tokens[b - 1].end)


def split_at_heads(tokens: list[Token], a: int, b: int, lx: Lexicon,
                   inside: frozenset[int]) -> list[tuple[int, int]]:
    """Cut a run of title words into titles where a new head follows a non-head word.

    "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع" → three titles; a head with a
    genitive ل (لرئيس) continues the title before it.
    """
    parts: list[tuple[int, int]] = []
    s = a
    for i in range(a + 1, b):
        w = tokens[i].text
        prev = tokens[i - 1].text
        starts_new = (
            is_head(w, lx)
            and not fold(w).startswith("ل")
            and not is_head(prev, lx)
            and i not in inside
            and fold(prev) not in {"في", "باسم"}
        )
        if starts_new:
            parts.append((s, i))
            s = i
    parts.append((s, b))
    return parts


def titles_before(tokens: list[Token], name_start: int, inside: frozenset[int],
                  blocked: frozenset[int]) -> list[TitleSpan]:
    """Titles read backwards from the token before a name; outermost first."""
    lx = lexicon()
    out: list[TitleSpan] = []
    end = name_start
    for _ in range(2):  # the title right before the name, then one more across a comma
        hon = honorific_length(tokens, end, lx)
        if hon:
            out.insert(0, _span(tokens, end - hon, end, lx))
            end -= hon
            if end > 0 and tokens[end - 1].text in COMMAS:
                end -= 1
            continue
        a = end
        while a > 0 and end - a < MAX_TITLE_TOKENS and (a - 1) not in blocked:
            w = tokens[a - 1].text
            if is_title_word(w, lx) or (a - 1) in inside:
                a -= 1
            else:
                break
        while a < end and not is_head(tokens[a].text, lx):
            a += 1
        if a >= end:
            break
        for s, e in reversed(split_at_heads(tokens, a, end, lx, inside)):
            out.insert(0, _span(tokens, s, e, lx))
        end = a
        if end > 0 and tokens[end - 1].text in COMMAS:
            end -= 1
        else:
            break
    return out


def titles_after(tokens: list[Token], name_end: int, inside: frozenset[int],
                 blocked: frozenset[int]) -> list[TitleSpan]:
    """An apposition after the name: "يوري أوشاكوف، مستشار السياسة الخارجية …"."""
    lx = lexicon()
    a = name_end
    if a < len(tokens) and tokens[a].text in COMMAS:
        a += 1
    if a >= len(tokens) or fold(tokens[a].text) not in lx.title_heads or a in blocked:
        return []  # ومستشار …: a coordinated new person, not an apposition
    if fold(tokens[a].text).startswith(("ل", "ب")):  # لوزير: a dative, not an apposition
        return []
    b = a
    while b < len(tokens) and b - a < MAX_TITLE_TOKENS and b not in blocked:
        if is_title_word(tokens[b].text, lx) or b in inside:
            b += 1
        else:
            break
    while b > a and fold(tokens[b - 1].text) in {"في", "باسم", "لدى"}:
        b -= 1
    return [_span(tokens, s, e, lx) for s, e in split_at_heads(tokens, a, b, lx, inside)]
