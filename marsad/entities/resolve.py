"""Canonical names: the full name without titles or clitics, and bare roles resolved to people.

Order of evidence for a person's canonical name:
1. the analysts' alias table (``ctx.corpus.canonical_for``) — their corrections win;
2. a fuller mention of the same person in this article ("لافروف" → "سيرغي لافروف");
3. the curated office-holders list (leaders.tsv: "بوتين" → "فلاديمير بوتين");
4. the mention itself.
A role without a name ("وزير الخارجية الإيراني" alone) becomes a PERSON entity whose evidence
starts with "role:"; it resolves to whoever holds that title in this article, else in the corpus
around the publication date, else in the office-holders list for that year — or is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from marsad.entities.lexicon import NAME_LINKS, Holder, lexicon
from marsad.text import clean_display, fold

_AL = "ال"
# Press spellings that fold() leaves apart (أمريكي/أميركي).
_SPELLING = (("اميركي", "امريكي"), ("اميريكي", "امريكي"))


@lru_cache(maxsize=50_000)
def name_key(name: str) -> tuple[str, ...]:
    """Folded words of a name, for comparing mentions."""
    return tuple(fold(w) for w in name.split())


def role_key(title: str) -> str:
    """A title's matching key: folded, first word without ال, press spellings unified."""
    words = [fold(w) for w in title.split()]
    if words and words[0].startswith(_AL) and len(words[0]) > 4:
        words[0] = words[0][2:]
    key = " ".join(words)
    for a, b in _SPELLING:
        key = key.replace(a, b)
    return key


@lru_cache(maxsize=100_000)
def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Is ``shorter`` a contiguous run of ``longer`` (names compare with or without ال)?"""
    if len(shorter) >= len(longer) or not shorter:
        return False
    if all(w in NAME_LINKS for w in shorter):
        return False

    def eq(a: str, b: str) -> bool:
        return a == b or (a.startswith(_AL) and a[2:] == b) or (b.startswith(_AL) and b[2:] == a)

    n = len(shorter)
    return any(
        all(eq(longer[i + j], shorter[j]) for j in range(n)) for i in range(len(longer) - n + 1)
    )


@dataclass
class PersonMention:
    index: int  # position in the document's entity list
    name: str
    titles: list[str] = field(default_factory=list)


_SON_OF = frozenset({"بن", "ابن", "بنت"})


def _ancestor(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """"سلمان بن عبدالعزيز" inside "محمد بن سلمان بن عبدالعزيز" names the father, not the son:
    every place the shorter name fits in the longer one follows بن / ابن / بنت. A single word
    too: "الملك سلمان" is not "محمد بن سلمان" (the son is "الأمير محمد", never "سلمان"), though
    "الجبير" is still "عادل الجبير" and "محمد" still "محمد بن سلمان"."""
    n = len(shorter)
    starts = [k for k in range(len(longer) - n + 1)
              if contains((*longer[k:k + n], "\0"), shorter)]
    return bool(starts) and all(k > 0 and longer[k - 1] in _SON_OF for k in starts)


def _at_edge(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Is ``shorter`` the start or the end of ``longer`` (a first name or a family name)?"""
    n = len(shorter)
    return contains((*longer[:n], "\0"), shorter) or contains(("\0", *longer[-n:]), shorter)


def resolve_in_article(mentions: list[PersonMention]) -> dict[int, tuple[str, str]]:
    """index → (canonical, evidence) for short mentions that a fuller mention explains."""
    keys = [name_key(m.name) for m in mentions]
    out: dict[int, tuple[str, str]] = {}
    for i, m in enumerate(mentions):
        cands = [j for j in range(len(mentions)) if j != i and contains(keys[j], keys[i])
                 and not _ancestor(keys[j], keys[i])]
        edge = [j for j in cands if _at_edge(keys[j], keys[i])]
        # "دي ميستورا": "ستيفان دي ميستورا" (the name at its end) explains it better than a
        # run-on span "باسم دي ميستورا جيسي شاهين" that holds it in the middle
        cands = edge or cands
        if not cands:
            continue
        # the nearest fuller mention before (else after), then the longest name that contains it
        best = min(cands, key=lambda j: (j > i, abs(i - j)))
        longer = [j for j in cands if keys[j] == keys[best] or contains(keys[j], keys[best])]
        best = max(longer, key=lambda j: (len(keys[j]), j < i))
        where = "earlier" if best < i else "later"
        out[m.index] = (mentions[best].name, f"alias: {where} full mention in this article")
    return out


def holders_for_year(year: int | None) -> list[Holder]:
    hs = lexicon().holders
    if year is None:
        return list(hs)
    return [h for h in hs if h.first_year <= year <= h.last_year] or list(hs)


@lru_cache(maxsize=1)
def _holder_names_by_word() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for h in lexicon().holders:
        for w in name_key(h.name):
            index.setdefault(w, set()).add(h.name)
    return {w: frozenset(names) for w, names in index.items()}


def resolve_by_gazetteer(name: str, year: int | None, text: str | None = None,
                         titled: bool = False) -> tuple[str, str] | None:
    """A short name completed from the office-holders list, when exactly one holder fits.

    A first name alone needs both: a title on the mention and the holder pointed at
    ("الملك سلمان" in an article that names the king).
    A one-word family name with ال (الأسد، السيسي) also needs the article (``text``) to point
    at that holder: a title on the mention, or the holder's country written somewhere. Such names
    double as words — "الأسد" is a lion and a Medina district (حمراء الأسد); without Syria in the
    article it is nobody's. A bare بوتين is nothing but the name and resolves as it is."""
    key = name_key(name)
    hit = _resolve_by_gazetteer(key, year)
    if hit is not None and len(key) == 1 and key[0] in lexicon().first_names:
        # "وليد" alone is anyone called Walid, not the one Walid on the list: a first name needs
        # a title and the holder's country or role in the article ("الملك سلمان")
        pointed = titled and text is not None and _holder_pointed_at(hit[0], _folded_article(text))
        return _as_written(hit) if pointed else None
    if (hit is None or len(key) > 1 or not key[0].startswith(_AL) or titled
            or text is None):
        return _as_written(hit)
    return _as_written(hit) if _holder_pointed_at(hit[0], _folded_article(text)) else None


def _as_written(hit: tuple[str, str] | None) -> tuple[str, str] | None:
    """The holder's name as the entities stage writes canonicals ("سلمان بن عبد العزيز" of the
    list → "سلمان بن عبدالعزيز"), so a role resolved through the list and the name written in
    another article are one entity in the store."""
    return None if hit is None else (join_abd(hit[0]), hit[1])


@lru_cache(maxsize=4)
def _folded_article(text: str) -> str:
    return fold(text)


def _holder_pointed_at(holder: str, folded_text: str) -> bool:
    """Does the article name the holder's country (its nationality stem: روسي → روسيا، الروسي)
    or, for a role without one (الملك), the role itself?"""
    for h in lexicon().holders:
        if h.name != holder:
            continue
        stems = _country_stems(h.role)
        if stems:
            if any(st in folded_text for st in stems):
                return True
        elif fold(h.role) in folded_text:
            return True
    return False


@lru_cache(maxsize=2048)
def _country_stems(role: str) -> tuple[str, ...]:
    """روسي for "الرئيس الروسي", عمان for "سلطان عمان": the role's words of nation or place,
    without ال and the adjective's ي/ه, so the country's name and its adjective both match."""
    lx = lexicon()
    out = []
    for w in role.split():
        f = fold(w)
        if not (lx.is_nationality(w) or f in lx.places):
            continue
        f = f[2:] if f.startswith(_AL) and len(f) > 4 else f
        if len(f) >= 4 and f[-1] in "يه":
            f = f[:-1]
        out.append(f)
    return tuple(out)


@lru_cache(maxsize=50_000)
def _resolve_by_gazetteer(key: tuple[str, ...], year: int | None) -> tuple[str, str] | None:
    if not key:
        return None
    # only a holder with a word equal to the key's first word (give or take ال) can contain it
    first = key[0]
    words = {first, _AL + first, first[2:] if first.startswith(_AL) else first}
    cands = set().union(*(_holder_names_by_word().get(w, ()) for w in words))
    if not cands:
        return None
    found = {h.name for h in holders_for_year(year)
             if h.name in cands and contains(name_key(h.name), key)}
    if len(found) == 1:
        full = found.pop()
        return full, "gazetteer: office holders list"
    return None


def role_holder(title: str, article_roles: dict[str, str], corpus: Any, pub: date | None
                ) -> tuple[str, str] | None:
    """Who holds ``title``: in this article, else in the corpus near ``pub``, else the list."""
    key = role_key(title)
    if key in article_roles:
        return article_roles[key], f"role: {title} → {article_roles[key]} in this article"
    if corpus is not None:
        try:
            hits = corpus.role_holders(key, pub)
        except Exception:  # a read-only view that fails must not break analysis
            hits = []
        if hits:
            name, doc_id, when = hits[0]
            return name, f"role: {title} → {name} (corpus: article {doc_id}, {when})"
    if pub is not None:
        for h in lexicon().holders:
            if h.first_year <= pub.year <= h.last_year and role_key(h.role) == key:
                name = join_abd(h.name)
                return name, f"role: {title} → {name} (office holders list, {pub.year})"
    return None


def corpus_alias(corpus: Any, name: str, kind: str) -> str | None:
    if corpus is None:
        return None
    try:
        return corpus.canonical_for(fold(name), kind)
    except Exception:
        return None


_ABD_SPACE_RE = re.compile(r"(?<!\S)(عبد)\s+(?=\S)")


def join_abd(name: str) -> str:
    """"سلمان بن عبد العزيز" and "سلمان بن عبدالعزيز" are one man: a name's عبد is written
    joined to the word after it, as the Saudi press writes it, so the two spellings share one
    canonical (the store groups entities by it)."""
    return _ABD_SPACE_RE.sub(r"\1", name)


def display(s: str) -> str:
    return " ".join(clean_display(s).split())
