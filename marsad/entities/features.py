"""CRF features for Arabic NER: word form, clitic-stripped stem, affixes, gazetteers, neighbours.

Why each exists: over half of the names in unseen news never occur in the training data, so what
carries the model there is what a name *looks like* (affixes, no ال, not a known common word),
what is *around* it (a title before it, في/إلى before a place) and what the gazetteers know
(CLDR and GeoNames places, given names, named organisations, MISC cue words). Sentence-level
marks add what the ±2 window can't see: multi-word gazetteer matches, the distance from an
organisation/title/event head, short quoted names, a place followed by a nationality (a club).
Word-level features are cached per distinct token string, so tagging costs a few dictionary
lookups per token (see bench/bench_ner.py).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

from marsad.entities.charmodel import char_features, on_change
from marsad.entities.clusters import cluster_of, frequency_of
from marsad.entities.lexicon import Lexicon, lexicon
from marsad.text import clitic_variants, fold, is_word, strip_clitics

_PROCLITIC_LETTERS = frozenset("وفبلك")
_DIGITS = frozenset("0123456789٠١٢٣٤٥٦٧٨٩")
_WINDOW = (-2, -1, 1, 2)
_NEIGHBOUR_PREFIXES = tuple(f"{off}:" for off in _WINDOW)


def _len_bucket(n: int) -> str:
    if n <= 2:
        return str(n)
    if n <= 3:
        return "3"
    if n <= 5:
        return "45"
    return "6+"


def _gazetteer_tables(lx: Lexicon) -> tuple[tuple[str, frozenset[str]], ...]:
    return (
        ("gL", lx.places),
        ("gG", lx.geo_places),
        ("gLM", lx.more_places),
        ("gP", lx.first_names),
        ("gPT", lx.person_tokens),
        ("gPN", lx.notable_tokens),
        ("gT", lx.title_heads),
        ("gH", lx.honorifics),
        ("gO", lx.org_heads),
        ("gON", lx.org_names),
        ("gOM", lx.more_org_names),
        ("gOA", lx.org_ambiguous),
        ("gM", lx.misc_words),
        ("gMN", lx.misc_names),
    )


_TABLE_INDEX: list[tuple[Lexicon, dict[str, tuple[int, ...]]]] = []


def _table_index(lx: Lexicon) -> dict[str, tuple[int, ...]]:
    """Folded word → the positions of the tables that list it (one lookup per clitic reading)."""
    if _TABLE_INDEX and _TABLE_INDEX[0][0] is lx:
        return _TABLE_INDEX[0][1]
    index: dict[str, list[int]] = {}
    for k, (_, table) in enumerate(_gazetteer_tables(lx)):
        for w in table:
            index.setdefault(w, []).append(k)
    frozen = {w: tuple(ks) for w, ks in index.items()}
    _TABLE_INDEX[:] = [(lx, frozen)]
    return frozen


def gazetteer_flags(tok: str, lx: Lexicon) -> list[str]:
    """Which lists know this word under some clitic reading (لعراقجي → عراقجي); "c" marks a
    list that knows it only with a clitic peeled. In the lists' order."""
    index = _table_index(lx)
    names = _gazetteer_tables(lx)
    found: dict[int, bool] = {}  # table position → known as written
    for i, v in enumerate(clitic_variants(tok)):
        for k in index.get(v, ()):
            if k not in found:
                found[k] = i == 0
    flags = [names[k][0] if found[k] else names[k][0] + "c" for k in sorted(found)]
    if lx.is_nationality(tok):
        flags.append("gN")
    return flags


@lru_cache(maxsize=80_000)
def core_features(tok: str) -> tuple[str, ...]:
    """Features a neighbour contributes: its form, stem, cluster and gazetteer flags."""
    f = fold(tok)
    feats = ["w=" + f]
    if not is_word(tok):
        feats.append("punc")
        return tuple(feats)
    stem = strip_clitics(tok)
    feats.append("s=" + stem)
    c = cluster_of(f)
    if c is not None:
        feats.append("c=" + c)
    feats.extend(gazetteer_flags(tok, lexicon()))
    fq = frequency_of(f)
    if fq is not None:
        feats.append("zf=" + fq[0])
        feats.append("af=" + fq[1])
    else:
        fs = frequency_of(stem)
        if fs is not None:
            feats.append("zfs=" + fs[0])
            feats.append("afs=" + fs[1])
        else:
            feats.append("zf=oov")
    return tuple(feats)


@lru_cache(maxsize=80_000)
def word_features(tok: str) -> tuple[str, ...]:
    """Features of the token itself."""
    feats = list(core_features(tok))
    if not is_word(tok):
        return tuple(feats)
    f = fold(tok)
    n = len(f)
    feats.append("len=" + _len_bucket(n))
    for k in (1, 2, 3):
        if n > k:
            feats.append(f"p{k}=" + f[:k])
            feats.append(f"x{k}=" + f[-k:])
    feats.extend(char_features(strip_clitics(tok)))
    if f.startswith("ال"):
        feats.append("al")
    if f and f[0] in _PROCLITIC_LETTERS:
        feats.append("pc=" + f[0])
    if not _DIGITS.isdisjoint(tok):
        feats.append("dig")
    if any("a" <= ch.lower() <= "z" for ch in tok):
        feats.append("lat")
    c = cluster_of(f, coarse=True)
    if c is not None:
        feats.append("cc=" + c)
    return tuple(feats)


@lru_cache(maxsize=150_000)
def neighbour_features(tok: str, offset: int) -> tuple[str, ...]:
    prefix = f"{offset}:"
    return tuple(prefix + x for x in core_features(tok))


for _cache in (core_features, word_features, neighbour_features):
    on_change(_cache.cache_clear)


def _phrase_index(lx: Lexicon) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for label, phrases in (
        ("L", lx.place_phrases),
        ("G", lx.geo_phrases),
        ("R", lx.more_place_phrases),
        ("X", lx.misc_phrases),
        ("P", lx.person_phrases),
        ("Q", lx.notable_phrases),
        ("T", lx.title_phrases),
        ("O", lx.org_phrases),
        ("N", lx.org_name_phrases),
        ("M", lx.more_org_phrases),
    ):
        for p in phrases:
            index.setdefault(p[0], []).append((label, p))
    for v in index.values():
        v.sort(key=lambda lp: -len(lp[1]))
    return index


@lru_cache(maxsize=1)
def phrase_index() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    return _phrase_index(lexicon())


@lru_cache(maxsize=100_000)
def _phrase_candidates(tok: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The phrases that may start at ``tok``: those of its first clitic reading that starts any."""
    index = phrase_index()
    for v in clitic_variants(tok):
        cands = index.get(v)
        if cands:
            return tuple(cands)
    return ()


def phrase_marks(tokens: list[str]) -> list[list[str]]:
    """Multi-word gazetteer matches as B/I marks per token (سلطنة عمان, الشرق الأوسط, ولي العهد),
    and short quoted stretches (see ``quote_marks``)."""
    marks: list[list[str]] = [[] for _ in tokens]
    for i, m in phrase_marks_at(tokens).items():
        marks[i] = list(m)
    return marks


_LAST_MARKS: list[tuple[tuple[str, ...], dict[int, list[str]]]] = []


def phrase_marks_at(tokens: list[str]) -> dict[int, list[str]]:
    """``phrase_marks`` for the few tokens that have any (read-only: the last answer is reused,
    as the features and then the rules ask it of the same sentence)."""
    key = tuple(tokens)
    last = _LAST_MARKS[0] if _LAST_MARKS else None
    if last is not None and last[0] == key:
        return last[1]
    marks = _phrase_marks_at(key)
    _LAST_MARKS[:] = [(key, marks)]
    return marks


_OPENING = {"«": "»", "“": "”"}
_TOGGLES = frozenset({'"', "'", "''"})
_QUOTE_TOKENS = frozenset({*_OPENING, *_OPENING.values(), *_TOGGLES})
MAX_QUOTED = 6


def quote_marks(tokens: tuple[str, ...] | list[str]) -> dict[int, list[str]]:
    """Tokens inside a short quoted stretch ("q", the first one also "qB"): « حبيب الملايين »,
    " سانتياغو برنابيو " — programme, car, stadium and paper names, MISC or ORG in ANERcorp.
    A quotation longer than ``MAX_QUOTED`` tokens is speech, not a name, and marks nothing."""
    marks: dict[int, list[str]] = {}
    if _QUOTE_TOKENS.isdisjoint(tokens):
        return marks
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        close = _OPENING.get(t)
        if close is None and t not in _TOGGLES:
            i += 1
            continue
        a = i + 1
        while a < n and t in _TOGGLES and tokens[a] in _TOGGLES:  # ' ' X ' ': one quote mark
            a += 1
        b = a
        while b < n and b - a <= MAX_QUOTED and tokens[b] not in _QUOTE_TOKENS:
            b += 1
        ends = b < n and (tokens[b] == close if close else tokens[b] in _TOGGLES)
        if ends and a < b <= a + MAX_QUOTED:
            marks[a] = ["qB", "q"]
            for j in range(a + 1, b):
                marks[j] = ["q"]
            while b + 1 < n and tokens[b + 1] in _TOGGLES and tokens[b] in _TOGGLES:
                b += 1
            i = b + 1
        else:
            i = a if a > i + 1 else i + 1
    return marks


HEAD_REACH = 4
_NAT = 4  # _word_info bit: a nationality adjective
_PLACE = 8  # _word_info bit: a known place name


@lru_cache(maxsize=100_000)
def _word_info(tok: str) -> tuple[str, int]:
    """(head kind, bits) of a word, for the marks below; ("", 0) for most words.

    Head kind: "O" an organisation head (وزارة، والمجلس), "T" a title or honorific, "E" an event
    or work head (بطولة، جائزة). Bits: _NAT, _PLACE."""
    lx = lexicon()
    kind = ""
    for v in clitic_variants(tok):
        if v in lx.org_heads:
            kind = "O"
        elif v in lx.title_heads or v in lx.honorifics:
            kind = "T"
        elif v in lx.event_heads:
            kind = "E"
        if kind:
            break
    bits = _NAT if lx.is_nationality(tok) else 0
    if any(v in lx.places or v in lx.geo_places for v in clitic_variants(tok)):
        bits |= _PLACE
    return kind, bits


_NO_INFO = ("", 0)


def context_marks(tokens: tuple[str, ...] | list[str], marks: dict[int, list[str]]) -> None:
    """Marks from the words around a token, beyond what the ±2 neighbour features say.

    - "aO2": two words after an organisation head, "aT3": three after a title, "aE1": one after
      an event head — up to ``HEAD_REACH``, not across punctuation: a long organisation name
      (المجلس الاقتصادي والاجتماعي) or the name after "الرئيس الروسي" is out of the ±2 window.
    - "LN" on a place name followed by a nationality adjective: "ليون الفرنسي", "هامبورغ
      الالماني" name clubs (ORG), as a city is seldom given its country's adjective in news.
    """
    infos = list(map(_word_info, tokens))
    if infos.count(_NO_INFO) == len(infos):
        return
    n = len(tokens)
    for i, (k, bits) in enumerate(infos):
        if k:
            for d in range(1, HEAD_REACH + 1):
                j = i + d
                if j >= n or infos[j][0] == k or not is_word(tokens[j]):
                    break
                marks.setdefault(j, []).append(f"a{k}{d}")
        if bits & _PLACE and i + 1 < n and infos[i + 1][1] & _NAT:
            marks.setdefault(i, []).append("LN")


def _phrase_marks_at(tokens: tuple[str, ...]) -> dict[int, list[str]]:
    marks = quote_marks(tokens)
    context_marks(tokens, marks)
    cands_at = list(map(_phrase_candidates, tokens))
    if not any(cands_at):
        return marks
    n = len(tokens)
    for i in compress(range(n - 1), cands_at):  # every phrase has two words or more
        second = fold(tokens[i + 1])
        for label, p in cands_at[i]:
            k = len(p)
            if p[1] == second and i + k <= n and all(
                fold(tokens[i + j]) == p[j] for j in range(2, k)
            ):
                marks.setdefault(i, []).append("m" + label + "=B")
                for j in range(1, k):
                    marks.setdefault(i + j, []).append("m" + label + "=I")
                break
    return marks


def sentence_features(tokens: list[str], extra: list[list[str]] | None = None
                      ) -> list[list[str]]:
    """The CRF's item sequence for one sentence (``extra``: per-token document features)."""
    n = len(tokens)
    marks = phrase_marks(tokens)
    out: list[list[str]] = []
    for i, tok in enumerate(tokens):
        feats = ["b", *word_features(tok)]
        for off in _WINDOW:
            j = i + off
            if 0 <= j < n:
                feats.extend(neighbour_features(tokens[j], off))
            elif off in (-1, 1):
                feats.append(f"{off}:edge")
        if i > 0:
            feats.append("bg=" + fold(tokens[i - 1]) + "|" + fold(tok))
        if extra is not None:
            feats.extend(extra[i])
            for off in (-1, 1):
                j = i + off
                if 0 <= j < n:
                    feats.extend(f"{off}:" + x for x in extra[j])
        feats.extend(marks[i])  # last: the fast path appends them (an item's order is free)
        out.append(feats)
    return out


_NO_EXTRA: tuple[tuple[bytes, ...], ...] = ((), (), ())


class KnownFeatures:
    """``sentence_features`` keeping only the attributes a model has weights for, UTF-8 encoded.

    The CRF ignores an attribute it has no weight for, so dropping those (about a fifth) before
    handing the sequence over changes no tag and spares their conversion; a word's own and
    neighbour features are filtered and encoded once per distinct word and then reused (bytes
    go to crfsuite without a per-call encode).
    """

    def __init__(self, known: frozenset[str], cache_size: int = 100_000) -> None:
        self.known = known
        self._bytes = frozenset(k.encode("utf-8") for k in known)
        # each known attribute's bytes, one object however many words' tuples hold it
        self._enc = {k: k.encode("utf-8") for k in known}
        self._word = lru_cache(maxsize=cache_size)(self._word_uncached)
        # per neighbour offset: core feature → that offset's attribute ("w=X" → b"-1:w=X")
        self._as_neighbour = tuple(
            {k[len(p):]: b for k, b in self._enc.items() if k.startswith(p)}
            for p in _NEIGHBOUR_PREFIXES
        )
        edges = [self._keep((f"{off}:edge",)) for off in (-1, 1)]
        far: tuple[tuple[bytes, ...] | bytes | None, ...] = ((), (), (), (), (), None, None)
        # pads around a sentence: two slots before it and two after, standing in for neighbours
        self._pad_before = (far, ((), (), edges[0], (), (), None, None))
        self._pad_after = (((), (), (), edges[1], (), None, None), far)
        self._extras: dict[tuple[str, ...], tuple[tuple[bytes, ...], ...]] = {}
        self._marks: dict[tuple[str, ...], tuple[bytes, ...]] = {}

    def _keep(self, feats: tuple[str, ...] | list[str]) -> tuple[bytes, ...]:
        enc = self._enc
        return tuple([enc[f] for f in feats if f in enc])

    def _word_uncached(self, tok: str) -> tuple[tuple[bytes, ...] | bytes, ...]:
        """Own features (bias first); as neighbour at -2, -1, +1, +2; the two halves of bg=."""
        core = core_features(tok)
        f = fold(tok).encode("utf-8")
        return (
            self._keep(("b", *word_features.__wrapped__(tok))),  # this cache replaces that one
            *(tuple([d[x] for x in core if x in d]) for d in self._as_neighbour),
            b"bg=" + f + b"|",
            f,
        )

    def _extra(self, feats: list[str]) -> tuple[tuple[bytes, ...], ...]:
        key = tuple(feats)
        hit = self._extras.get(key)
        if hit is None:
            hit = self._extras[key] = (
                self._keep(key),
                self._keep([f"-1:{x}" for x in key]),
                self._keep([f"1:{x}" for x in key]),
            )
        return hit

    def _mark(self, marks: list[str]) -> tuple[bytes, ...]:
        key = tuple(marks)
        hit = self._marks.get(key)
        if hit is None:
            hit = self._marks[key] = self._keep(key)
        return hit

    def items(self, tokens: list[str], extra: list[list[str]] | None = None
              ) -> list[list[bytes]]:
        """The same item sequence as ``sentence_features`` minus attributes outside ``known``."""
        n = len(tokens)
        known = self._bytes
        ws = [*self._pad_before, *map(self._word, tokens), *self._pad_after]
        out: list[list[bytes]] = []
        for a, b, w, d, e in zip(ws[:-4], ws[1:-3], ws[2:-2], ws[3:-1], ws[4:], strict=True):
            feats = [*w[0], *a[1], *b[2], *d[3], *e[4]]
            if b[5] is not None:  # None: the first token has no bigram
                bg = b[5] + w[6]
                if bg in known:
                    feats.append(bg)
            out.append(feats)
        if extra is not None and any(extra):
            ext = [_NO_EXTRA, *(self._extra(x) if x else _NO_EXTRA for x in extra), _NO_EXTRA]
            for i in range(n):
                tail = [*ext[i + 1][0], *ext[i][1], *ext[i + 2][2]]
                if tail:
                    out[i] += tail
        for i, m in phrase_marks_at(tokens).items():
            out[i] += self._mark(m)
        return out
