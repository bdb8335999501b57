"""Football clubs in sports reports: "فوز الهلال على النصر" names two organisations.

Saudi papers run several sports pages a day, and the big clubs are named with common words
(الهلال crescent, النصر victory, الاتحاد union). The CRF, trained on ANERcorp's politics, leaves
them O or reads one as a person. Only inside a sports report (enough distinct cue words) is a
listed club name taken as the club; elsewhere النصر stays a victory.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.entities.lexicon import read_sections, split_entries
from marsad.text import fold

if TYPE_CHECKING:
    from marsad.entities import Chunk
    from marsad.text import Token

MIN_CUES = 3  # distinct sport words that make an article a sports report
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
# "حقق الفريق النصر": victory, not the club, after these (folded)
_VICTORY_VERBS = frozenset({"حقق", "وحقق", "يحقق", "تحقيق", "لتحقيق", "حققوا", "طعم", "فرحه"})


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[str]]:
    sec = read_sections("clubs.txt")
    singles, phrases = split_entries(sec["clubs"])
    return singles, phrases, split_entries(sec["cues"])[0]


def club_reading(word: str) -> str | None:
    """The listed club a token names, proclitics off ("وللهلال" → الهلال), else None."""
    singles = _tables()[0]
    f = fold(word)
    for p in _CLITICS:
        if not f.startswith(p):
            continue
        rest = f[len(p):]
        if rest in singles:
            return rest
        if p.endswith("ل") and rest.startswith("ل") and "ا" + rest in singles:
            return "ا" + rest  # للهلال: ل + الهلال
    return None


def is_sports_report(tokens: list[Token]) -> bool:
    cues = _tables()[2]
    seen = {f for t in tokens if (f := fold(t.text)) in cues}
    return len(seen) >= MIN_CUES


def _nisba(word: str) -> bool:
    f = fold(word)
    return f.startswith("ال") and f.endswith(("ي", "يه")) and len(f) > 4


def club_chunks(text: str, tokens: list[Token], chunks: list[Chunk]) -> list[Chunk]:
    """New ORG chunks for untagged club names in a sports report; a chunk that is exactly a club
    name (a PERSON "النصر") is retyped in place. A nisba after the name stays with it
    ("الاتحاد السعودي", "الهلال السعودي")."""
    from marsad.entities import Chunk

    if not tokens or not is_sports_report(tokens):
        return []
    _, phrases, _ = _tables()
    for c in chunks:
        words = tuple(fold(t.text) for t in tokens[c.a:c.b])
        if c.kind != "ORG" and (words in phrases or (len(words) == 1
                                                    and club_reading(tokens[c.a].text))):
            c.kind = "ORG"
    covered = {i for c in chunks for i in range(c.a, c.b)}
    longest = max((len(p) for p in phrases), default=1)
    out: list[Chunk] = []
    i = 0
    while i < len(tokens):
        if i in covered:
            i += 1
            continue
        k = 0
        for n in range(min(longest, len(tokens) - i), 1, -1):
            if not any(j in covered for j in range(i, i + n)) and \
                    tuple(fold(t.text) for t in tokens[i:i + n]) in phrases:
                k = n
                break
        if not k and club_reading(tokens[i].text) and not (
                i and fold(tokens[i - 1].text) in _VICTORY_VERBS):
            k = 1
        if not k:
            i += 1
            continue
        j = i + k
        while j < len(tokens) and j not in covered and j - i < k + 2 and _nisba(tokens[j].text):
            j += 1
        out.append(Chunk("ORG", i, j, tokens[i].start, tokens[j - 1].end))  # clitics: _trim
        i = j
    return out
