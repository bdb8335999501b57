"""Names that are common words, taken as names only inside an article on their topic.

Saudi papers run sports and market pages every day. The big clubs are named with common words
(الهلال crescent, النصر victory, الاتحاد union), and so are listed companies in a market report
(الإنماء development, المتقدمة advanced, كيان, زين). The CRF, trained on ANERcorp's politics,
leaves them O or reads one as a person. Each topic list (clubs.txt, listed_companies.txt) has
its [names] and the [cues] that make an article one of its topic (at least MIN_CUES distinct
cue words); only there is a listed name an organisation — elsewhere النصر stays a victory.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.entities.lexicon import phrases_by_first, read_sections, split_entries
from marsad.text import fold

if TYPE_CHECKING:
    from marsad.entities import Chunk
    from marsad.text import Token

MIN_CUES = 3  # distinct cue words that make an article one of a topic
TOPIC_FILES = ("clubs.txt", "listed_companies.txt")
_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")  # not ك: "كملاذ آمن"
# "حقق الفريق النصر": victory, not the club, after these (folded)
_VICTORY_VERBS = frozenset({"حقق", "وحقق", "يحقق", "تحقيق", "لتحقيق", "حققوا", "طعم", "فرحه"})


@dataclass(frozen=True)
class Topic:
    singles: frozenset[str]
    phrases: frozenset[tuple[str, ...]]
    cues: frozenset[str]
    by_first: dict[str, tuple[tuple[str, ...], ...]]  # phrases by first word, longest first


@lru_cache(maxsize=len(TOPIC_FILES))
def topic(name: str) -> Topic:
    sec = read_sections(name)
    singles, phrases = split_entries(sec["names"])
    return Topic(singles, phrases, split_entries(sec["cues"])[0], phrases_by_first(phrases))


@lru_cache(maxsize=200_000)  # asked of every token of an article on the topic
def name_reading(word: str, name: str) -> str | None:
    """The name listed in topic file ``name`` that a token is, proclitics off ("وللهلال" →
    الهلال), else None."""
    singles = topic(name).singles
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


def club_reading(word: str) -> str | None:
    return name_reading(word, "clubs.txt")


def reads_as_name(word: str, before: str | None, name: str) -> bool:
    """Is ``word`` a name of topic file ``name``, not the common word after a victory verb
    ("حقق الفريق النصر": victory, not the club)? ``before`` is the word before it, if any."""
    return name_reading(word, name) is not None and not (
        before is not None and fold(before) in _VICTORY_VERBS)


def on_topic(tokens: list[Token], t: Topic) -> bool:
    seen = {f for tok in tokens if (f := fold(tok.text)) in t.cues}
    return len(seen) >= MIN_CUES


def _nationality(word: str) -> bool:
    """"الهلال السعودي", "السد القطري" — not "الهلال الودية" (a friendly)."""
    from marsad.entities.lexicon import lexicon

    return fold(word).startswith("ال") and lexicon().is_nationality(word)


def topic_chunks(text: str, tokens: list[Token], chunks: list[Chunk]) -> list[Chunk]:
    """New ORG chunks for untagged listed names in an article of their topic; a chunk that is
    exactly a listed name (a PERSON "النصر") is retyped in place. A nationality after the name
    stays with it ("الاتحاد السعودي", "السد القطري")."""
    out: list[Chunk] = []
    for name in TOPIC_FILES:
        if tokens and on_topic(tokens, topic(name)):
            out += _chunks_for(tokens, chunks + out, name)
    return out


def _chunks_for(tokens: list[Token], chunks: list[Chunk], name: str) -> list[Chunk]:
    from marsad.entities import Chunk

    t = topic(name)
    for c in chunks:
        words = tuple(fold(tok.text) for tok in tokens[c.a:c.b])
        if c.kind != "ORG" and (words in t.phrases or (
                len(words) == 1 and name_reading(tokens[c.a].text, name))):
            c.kind = "ORG"
    covered = {i for c in chunks for i in range(c.a, c.b)}
    out: list[Chunk] = []
    i = 0
    while i < len(tokens):
        if i in covered:
            i += 1
            continue
        k = 0
        for ph in t.by_first.get(fold(tokens[i].text), ()):
            n = len(ph)
            if i + n <= len(tokens) and not any(j in covered for j in range(i, i + n)) and \
                    tuple(fold(tok.text) for tok in tokens[i:i + n]) == ph:
                k = n
                break
        if not k and reads_as_name(tokens[i].text, tokens[i - 1].text if i else None, name):
            k = 1
        if not k:
            i += 1
            continue
        j = i + k
        while j < len(tokens) and j not in covered and j - i < k + 2 \
                and _nationality(tokens[j].text):
            j += 1
        out.append(Chunk("ORG", i, j, tokens[i].start, tokens[j - 1].end))  # clitics: _trim
        i = j
    return out
