"""Word lists for the entities stage, read once from the data files beside this module.

Every entry is stored as a folded matching key (``marsad.text.fold``), so spelling variants
(أ/ا، ى/ي، ة/ه، diacritics) meet. Multi-word entries are kept as tuples of folded words and
matched token by token, the first token with its proclitics tried off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from marsad.text import clitic_variants, fold

DATA_DIR = Path(__file__).resolve().parent / "data"
_MEMO_MAX = 200_000


def read_list(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")]


def read_sections(name: str) -> dict[str, list[str]]:
    """An INI-like list file: ``[section]`` lines followed by entries."""
    out: dict[str, list[str]] = {}
    current = ""
    for line in read_list(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, [])
        else:
            out.setdefault(current, []).append(line)
    return out


def fold_phrase(s: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in s.split())


@dataclass(frozen=True)
class Holder:
    """One office holder from leaders.tsv."""

    name: str
    role: str
    first_year: int
    last_year: int


def _years(s: str) -> tuple[int, int]:
    a, _, b = s.partition("-")
    return int(a), int(b or a)


@dataclass(frozen=True)
class Lexicon:
    places: frozenset[str]  # single folded words
    place_phrases: frozenset[tuple[str, ...]]  # multi-word, folded
    geo_places: frozenset[str]  # GeoNames city names: a CRF feature only, never a rule
    geo_phrases: frozenset[tuple[str, ...]]
    first_names: frozenset[str]
    person_tokens: frozenset[str]  # every word of every office holder's name
    person_phrases: frozenset[tuple[str, ...]]
    more_places: frozenset[str]  # places_more.txt (regions, variants, seas …): a CRF feature only
    more_place_phrases: frozenset[tuple[str, ...]]
    misc_names: frozenset[str]  # misc_names.txt (wars, prizes, titles …): a CRF feature only
    misc_phrases: frozenset[tuple[str, ...]]
    more_org_names: frozenset[str]  # org_names_more.txt [names]: a CRF feature of its own
    more_org_phrases: frozenset[tuple[str, ...]]
    family_names: frozenset[str]  # nisba surnames (الغامدي): end a person's name (rules.py)
    notable_tokens: frozenset[str]  # words of notable people's names: a CRF feature only
    notable_phrases: frozenset[tuple[str, ...]]
    title_heads: frozenset[str]
    title_phrases: frozenset[tuple[str, ...]]  # multi-word heads (رئيس الوزراء, ولي العهد)
    honorifics: frozenset[str]
    honorific_phrases: frozenset[tuple[str, ...]]
    modifiers: frozenset[str]
    nationalities: frozenset[str]
    org_heads: frozenset[str]
    org_phrases: frozenset[tuple[str, ...]]
    org_names: frozenset[str]  # named organisations (حماس، رويترز): CRF features only
    org_name_phrases: frozenset[tuple[str, ...]]
    org_ambiguous: frozenset[str]  # org names that are also words or places (الاتحاد، ليون)
    misc_words: frozenset[str]  # currencies, religions, prizes: MISC in ANERcorp
    event_heads: frozenset[str]  # words a MISC name follows (بطولة، جائزة، مهرجان)
    currencies: frozenset[str]  # MISC after a number (rules.py); also in misc_words
    quantity_words: frozenset[str]  # مليون، مليار: a number written as a word
    time_words: frozenset[str]  # chunk_edges.txt: a chunk ends before them (rules.py)
    formula_words: frozenset[str]  # رحمه، رضي، صلى: a pious formula after a name
    pious_phrases: frozenset[tuple[str, ...]]  # بحمد الله، عز وجل: no word of them is a name
    media_nouns: frozenset[str]  # صحيفة، وكالة: the name after one is an organisation
    months: frozenset[str]  # نيسان، مارس: a date after a number, not Nissan or Mars
    institution_heads: frozenset[str]  # وزارة، المفوضية: organisations in document mode
    institution_adjectives: frozenset[str]  # العليا، العامة: non-nisba adjectives of a body
    institution_stops: frozenset[str]  # السابق، التابعة: end a body's name
    name_particles: frozenset[str]  # دي، فون: a European name's first word (as written, not
    # folded: فان folds like فإن)
    holders: tuple[Holder, ...]
    max_phrase: int
    # per-word answers of the predicates below (and in marsad.entities.titles), by predicate name
    _memos: dict[str, dict[str, bool]] = field(default_factory=dict, compare=False, repr=False)
    _str_memos: dict[str, dict[str, str]] = field(default_factory=dict, compare=False,
                                                  repr=False)

    def answer(self, name: str, word: str, compute: Callable[[str, Lexicon], bool]) -> bool:
        """``compute(word, self)``, remembered per predicate ``name`` (a cache emptied when it
        grows big): the stage asks the same few questions of the same words thousands of times
        an article."""
        return _remember(self._memos, name, word, compute, self)

    def answer_str(self, name: str, word: str, compute: Callable[[str, Lexicon], str]) -> str:
        """``answer`` for a predicate with a short string answer (a kind, "" for none)."""
        return _remember(self._str_memos, name, word, compute, self)

    def first_known(self, word: str, table: frozenset[str]) -> str | None:
        """The first clitic reading of ``word`` that is in ``table`` (longest reading first)."""
        for v in clitic_variants(word):
            if v in table:
                return v
        return None

    def is_nationality(self, word: str) -> bool:
        """الروسي / الروسية: masculine list entries; feminine and plural endings accepted."""
        return self.answer("nationality", word, _is_nationality)


_T = TypeVar("_T")


def _remember(memos: dict[str, dict[str, _T]], name: str, word: str,
              compute: Callable[[str, Lexicon], _T], lx: Lexicon) -> _T:
    """The per-predicate memo behind ``Lexicon.answer``/``answer_str``."""
    d = memos.get(name)
    if d is None:
        d = memos[name] = {}
    hit = d.get(word)
    if hit is None:
        if len(d) > _MEMO_MAX:
            d.clear()
        hit = d[word] = compute(word, lx)
    return hit


def _is_nationality(word: str, lx: Lexicon) -> bool:
    for v in clitic_variants(word):
        if v in lx.nationalities:
            return True
        for end, repl in (("ه", ""), ("ين", ""), ("ون", ""), ("يه", "ي")):
            if v.endswith(end) and v[: len(v) - len(end)] + repl in lx.nationalities:
                return True
    return False


def split_entries(entries: Iterable[str]) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """A list's entries folded, one-word entries apart from phrases (matched token by token)."""
    singles: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for e in entries:
        words = fold_phrase(e)
        if len(words) == 1:
            singles.add(words[0])
        elif words:
            phrases.add(words)
    return frozenset(singles), frozenset(phrases)


# The words that link the parts of an Arabic name (folded): بن، أبو، آل، عبد
NAME_LINKS = frozenset({"ال", "بن", "ابن", "بنت", "ابو", "عبد"})
# … and, with أم and the particles of foreign names, the words of a name that tell nothing alone
_NAME_JOINERS = NAME_LINKS | {"ام", "دي", "فون", "فان"}


def _name_words(names: Iterable[str]) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """Every telling word of the names (not بن، أبو، آل …) and the multi-word names whole."""
    tokens: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for name in names:
        words = fold_phrase(name)
        # the word after عبد is a divine attribute (عبد الباري، عبد الرحمن), a word alone
        tokens.update(w for i, w in enumerate(words) if len(w) > 2 and w not in _NAME_JOINERS
                      and (i == 0 or words[i - 1] != "عبد"))
        if len(words) > 1:
            phrases.add(words)
    return frozenset(tokens), frozenset(phrases)


def _holders() -> tuple[Holder, ...]:
    out = []
    for line in read_list("leaders.tsv"):
        name, role, years = line.split("\t")
        a, b = _years(years)
        out.append(Holder(name.strip(), role.strip(), a, b))
    return tuple(out)


@lru_cache(maxsize=1)
def phrases_by_first(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Folded phrases indexed by their first word, longest first: a rule looks a phrase up only
    where a token can open one, and the longest match wins."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for ph in sorted(phrases, key=len, reverse=True):
        by_first.setdefault(ph[0], []).append(ph)
    return {w: tuple(ps) for w, ps in by_first.items()}


def given_names() -> frozenset[str]:
    """First names proper (given_names.txt, folded). Lexicon.first_names also holds the surnames
    of person_names.txt (أردوغان، روحاني), so it cannot tell a first name from a family name."""
    return split_entries(read_list("given_names.txt"))[0]


def zipf_bucket(folded_word: str) -> int:
    """The word's Zipf bucket in general Arabic (wordfreq), 0 when unlisted."""
    from marsad.entities.clusters import frequency_of

    fq = frequency_of(folded_word)
    return int(fq[0]) if fq is not None else 0


def _adjective(folded_word: str) -> bool:
    """السعيد (نوري السعيد, but also العيد السعيد): an ال-word whose bare form is one of the
    most common words is a name word too weak to flag — the Eid greetings were names."""
    return folded_word.startswith("ال") and zipf_bucket(folded_word[2:]) >= 5


def _very_common(folded_word: str) -> bool:
    return zipf_bucket(folded_word) >= 6


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    places, place_phrases = split_entries(read_list("places_cldr.txt")
                                          + read_list("places_extra.txt"))
    titles = read_sections("titles.txt")
    heads, head_phrases = split_entries(titles["heads"])
    hon, hon_phrases = split_entries(titles["honorifics"])
    mods, _ = split_entries(titles["modifiers"])
    org, org_phrases = split_entries(read_list("org_heads.txt"))
    org_sections = read_sections("org_names.txt")
    # a second, larger list as a feature of its own: merged into org_names it lowered ORG F1 in
    # cross-validation (.606 → .594); its [ambiguous] part is not read (added to org_ambiguous
    # it changed nothing: CV .746 either way)
    more_sections = read_sections("org_names_more.txt")
    more_names, more_phrases = split_entries(more_sections.get("names", []))
    org_names, org_name_phrases = split_entries(org_sections["names"])
    org_amb, org_amb_phrases = split_entries(org_sections["ambiguous"])
    more_places, more_place_phrases = split_entries(read_list("places_more.txt"))
    misc_names, misc_phrases = split_entries(read_list("misc_names.txt"))
    misc = read_sections("misc_cues.txt")
    currencies, _ = split_entries(misc["currencies"])
    misc_words = split_entries(misc["words"])[0] | currencies
    edges = read_sections("chunk_edges.txt")
    inst = read_sections("institution_heads.txt")
    event_heads, _ = split_entries(misc["event_heads"])
    holders = _holders()
    person_tokens, person_phrases = _name_words(h.name for h in holders)
    first = split_entries(read_list("person_names.txt"))[0] | given_names()
    notable_tokens, notable_phrases = _name_words(read_list("notable_people.txt"))
    geo, geo_phrases = split_entries(read_list("places_geonames.txt"))
    # GeoNames has names that open with a function word (لا …, في …): never worth a lookup
    geo_phrases = frozenset(p for p in geo_phrases if not _very_common(p[0]))
    nats, _ = split_entries(read_list("nationalities.txt"))
    all_phrases = place_phrases | person_phrases | head_phrases | hon_phrases | org_phrases
    return Lexicon(
        places=places,
        place_phrases=place_phrases,
        geo_places=geo - places,
        geo_phrases=geo_phrases - place_phrases,
        first_names=first,
        person_tokens=person_tokens,
        person_phrases=person_phrases,
        more_places=more_places - places,
        more_place_phrases=more_place_phrases - place_phrases,
        misc_names=misc_names,
        misc_phrases=misc_phrases,
        more_org_names=more_names - org_names,
        more_org_phrases=more_phrases - org_name_phrases,
        family_names=frozenset(fold(w) for w in read_list("family_names.txt")),
        notable_tokens=frozenset(w for w in notable_tokens - person_tokens if not _adjective(w)),
        notable_phrases=notable_phrases - person_phrases,
        title_heads=heads | {p[0] for p in head_phrases},
        title_phrases=head_phrases,
        honorifics=hon,
        honorific_phrases=hon_phrases,
        modifiers=mods,
        nationalities=nats,
        org_heads=org,
        org_phrases=org_phrases,
        org_names=org_names,
        org_name_phrases=(org_name_phrases | org_amb_phrases) - org_phrases,
        org_ambiguous=org_amb,
        misc_words=misc_words,
        event_heads=event_heads,
        currencies=currencies,
        quantity_words=split_entries(misc["quantities"])[0],
        time_words=split_entries(edges["time"])[0],
        formula_words=split_entries(edges["formulas"])[0],
        pious_phrases=frozenset(fold_phrase(e) for e in edges["pious"]),
        media_nouns=split_entries(edges["media"])[0],
        months=split_entries(edges["months"])[0],
        institution_heads=split_entries(inst["heads"])[0],
        institution_adjectives=split_entries(inst["adjectives"])[0],
        institution_stops=split_entries(inst["stops"])[0],
        name_particles=frozenset(edges["particles"]),
        holders=holders,
        max_phrase=max((len(p) for p in all_phrases), default=1),
    )
