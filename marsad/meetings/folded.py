"""An offset-keeping fold of a whole article, shared by the meetings and statements stages.

Cue phrases are matched on a folded copy (alef/yaa/teh-marbuta folded, diacritics and tatweel
dropped) so one pattern covers أكد / اكد / أكّد; every match is mapped back to ``Document.text``
offsets through ``orig``. Letter folding keeps the length, only dropped marks shift positions, so
the common undiacritised article costs one ``str.translate``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from marsad.document import Document, Entity
from marsad.text import MARKS_RE as _MARKS_RE
from marsad.text import fold_keep_length as fold_keep_length  # re-exported: the stages import it
from marsad.text import fold_key as fold_key  # here; the light folds live in marsad.text

# Clitics in front of a word: conjunction, then preposition, then article.
NOUN_PREFIX = r"(?:[وف])?(?:[بلك])?(?:ال)?"
VERB_PREFIX = r"(?:[وف])?(?:[سل])?"
WB_START = r"(?<![\w])"
WB_END = r"(?![\w])"


def alternation(forms: Iterable[str]) -> str:
    """A flat regex alternation of ``forms``, longest first (for short cue lists)."""
    return "|".join(sorted({re.escape(f) for f in forms}, key=len, reverse=True))


def trie_alternation(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """One regex alternation for many words, factored as a trie: Python's ``re`` tries every
    branch of a flat ``a|b|c`` at each position, a trie shares the prefixes (several times faster
    for a few hundred verb forms). Longest match first, as a flat sorted alternation would."""
    trie: dict[str, dict] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)


@dataclass
class Folded:
    """The folded text of one document and the way back to original offsets."""

    text: str
    _dropped: list[int] | None  # original positions of dropped marks, sorted; None if none

    def orig(self, i: int) -> int:
        """Original offset of folded position ``i`` (also valid for an end offset)."""
        if not self._dropped:
            return i
        # find o with o - (#dropped < o) == i, o not dropped: walk the cumulative count
        o = i
        while True:
            k = bisect_right(self._dropped, o)
            cand = i + k
            if cand == o:
                return o
            o = cand

    def fold_pos(self, o: int) -> int:
        """Folded position of original offset ``o``."""
        if not self._dropped:
            return o
        return o - bisect_right(self._dropped, o - 1)


_LETTER_PAIRS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"))


def _fold_letters(text: str) -> str:
    # a few str.replace passes run in C over the whole article; translate() with a dict table
    # looks every character up in Python and is several times slower on long texts
    for a, b in _LETTER_PAIRS:
        if a in text:
            text = text.replace(a, b)
    return text


def fold_document(text: str) -> Folded:
    letters = _fold_letters(text)
    if not _MARKS_RE.search(letters):
        return Folded(letters, None)
    dropped = [m.start() for m in _MARKS_RE.finditer(letters)]
    return Folded(_MARKS_RE.sub("", letters), dropped)


@dataclass
class Analysed:
    """Per-document material both stages need, built once and cached on the document object."""

    folded: Folded
    sents: list[tuple[int, int]]  # original offsets
    entities: list[Entity]  # sorted by start, overlapping duplicates removed
    text: str = ""
    _titles: dict[str, Entity] | None = None
    _title_heads: frozenset[str] | None = None
    # nominal speakers named so far, (folded head noun, text): "اللجنة التنفيذية لمهرجان …"
    nominal: list[tuple[str, str]] = field(default_factory=list)

    def text_of(self, start: int, end: int) -> str:
        return self.text[start:end].strip()

    def titles(self) -> dict[str, Entity]:
        """Role phrases written next to a named person in this article ("أمير منطقة الرياض",
        "وزير الخارجية الإيراني") → that person; built on first use."""
        if self._titles is None:
            self._titles = _build_title_index(self)
        return self._titles

    def person_for_title(self, fpos: int, limit: int) -> Entity | None:
        """The person a title-only mention at folded ``fpos`` stands for, if this article
        named them with that title; honorifics (سمو، معالي …) skipped."""
        hit = self.title_at(fpos, limit)
        return hit[0] if hit else None

    def person_by_title_head(self, head: str, before: int) -> Entity | None:
        """"وأكد السفير أن …": the latest person before ``before`` (original offset) whose title
        in this article opens with that word ("السفير الأمريكي X", "سفير المملكة X")."""
        bare = head[2:] if head.startswith("ال") else head
        best: Entity | None = None
        for key, e in self.titles().items():
            first = key.split()[0]
            if (first[2:] if first.startswith("ال") else first) == bare and e.start < before and \
                    (best is None or e.start > best.start):
                best = e
        return best

    def title_at(self, fpos: int, limit: int) -> tuple[Entity, int] | None:
        """``person_for_title`` with the folded end of the title phrase it matched."""
        index = self.titles()
        if not index:
            return None
        if self._title_heads is None:
            self._title_heads = frozenset(k.split(" ", 1)[0] for k in index)
        words = list(re.finditer(r"\S+", self.folded.text[fpos:min(limit, fpos + 120)]))
        while words and words[0].group(0).strip("،,") in HONORIFICS:
            words.pop(0)
        if not words or words[0].group(0).strip("،,") not in self._title_heads:
            return None
        bare = [w.group(0).strip("،,") for w in words[:_TITLE_SPAN_MAX]]
        for n in range(min(_TITLE_SPAN_MAX, len(bare)), 1, -1):
            key = " ".join(bare[:n])
            if key in index:
                return index[key], fpos + words[n - 1].end()
        return None


_CACHE_ATTR = "_marsad_facts_cache"

# Words of address before a title ("صاحب السمو الملكي الأمير", "معالي وزير …")
HONORIFICS: frozenset[str] = frozenset({
    "صاحب", "السمو", "الملكي", "سمو", "معالي", "فخامه", "سعاده", "جلاله", "سماحه", "دوله",
    "الدكتور", "د", "الاستاذ", "المهندس", "الشيخ", "اللواء", "العميد", "الفريق",
})
TITLE_WORDS: frozenset[str] = frozenset({
    "امير", "محافظ", "وزير", "رئيس", "سفير", "ولي", "نائب", "مدير", "وكيل", "امين", "مستشار",
    "قائد", "الرئيس", "الوزير", "الامير", "المحافظ", "السفير", "المدير", "ملك", "الملك", "خادم",
    "المتحدث", "الناطق", "مساعد", "عميد", "رئيسه", "وزيره",
    "منسق", "المنسق", "مبعوث", "المبعوث", "ممثل", "الممثل", "مفوض", "المفوض", "مندوب",
    "المندوب", "الامين", "المستشار", "القائد", "النائب", "الوكيل", "السفيره", "الوزيره",
})
# a title may run this many words before its name ("المنسق الإنساني للأمم المتحدة في اليمن X")
_TITLE_SPAN_MAX = 7
# shorter beginnings of a long title are indexed from this length on ("المنسق الإنساني للأمم")
_TITLE_PREFIX_MIN = 3


def _build_title_index(a: Analysed) -> dict[str, Entity]:
    F = a.folded.text
    index: dict[str, Entity] = {}
    people = [e for e in a.entities if e.type == "PERSON"]
    for k, e in enumerate(people):
        fs, fe = a.folded.fold_pos(e.start), a.folded.fold_pos(e.end)
        after = F[fe:fe + 60].split()[:4]
        nxt = people[k + 1] if k + 1 < len(people) else None
        gap = F[fe:a.folded.fold_pos(nxt.start)].split() if nxt is not None else []
        if nxt is not None and len(gap) <= 4 and not any(w in _TIME_WORDS for w in gap):
            # "استقبل الأمير X السفير الأمريكي Y": the title after X is Y's (but "X أمير منطقة
            # الرياض أمس Y": X's own)
            after = []
        if after and after[0].strip("،,") in TITLE_WORDS:
            for n in (4, 3, 2):
                if len(after) >= n and not any(w[-1:] in "،,." for w in after[:n - 1]):
                    _index_title(index, [w.strip("،,.") for w in after[:n]], e)
        prev_end = a.folded.fold_pos(people[k - 1].end) if k > 0 else 0
        before = [w for w in F[max(0, prev_end, fs - 100):fs].split()[-_TITLE_SPAN_MAX:]]
        for i, w in enumerate(before):
            if w.strip("،,") in TITLE_WORDS and not any(x[-1:] in "،,." for x in before[i:-1]) \
                    and before[-1][-1:] != ".":
                # the last word may carry an apposition comma ("وزير الخارجية السعودي، X")
                span = [x.strip("،,") for x in before[i:]]
                if any(x in _TIME_WORDS for x in span):
                    break  # "X أمير منطقة الرياض أمس Y": that title is X's, not Y's
                span = _nearest_title(span)
                if 2 <= len(span) <= 4:
                    _index_title(index, span, e)
                for n in range(_TITLE_PREFIX_MIN, len(span)):
                    _index_title(index, span[:n], e)
                if len(span) > 4:
                    _index_title(index, span, e)
                break
    return index


_TIME_WORDS = frozenset({"امس", "اليوم", "مساء", "صباح", "ظهر", "امس،", "اليوم،"})
_WEAK_LAST = frozenset({"منطقه", "محافظه", "مدينه", "امس", "اليوم", "مساء", "صباح", "في", "ب",
                        "الي", "من", "عن", "علي", "لدي", "العام", "الاول", "الثاني"})


def _nearest_title(span: list[str]) -> list[str]:
    """"استقبل سمو أمير منطقة عسير مدير عام مطار أبها فهد العدواني": a second title opening
    after a name-like word is the one that belongs to the name; the first is the host's."""
    for j in range(len(span) - 2, 0, -1):
        if span[j] in TITLE_WORDS and span[j - 1] not in TITLE_WORDS:
            return span[j:]
    return span


def _index_title(index: dict[str, Entity], words: list[str], e: Entity) -> None:
    """Only specific phrases: "أمير منطقة الرياض", not "أمير منطقة" or "… أمس"."""
    if not words or words[-1] in _WEAK_LAST or len(words) < 2:
        return
    # the first person the article gives a role keeps it (the full presentation comes first)
    index.setdefault(" ".join(words), e)


def analysed(doc: Document) -> Analysed:
    cached = getattr(doc, _CACHE_ATTR, None)
    if cached is not None and cached[0] == (len(doc.text), len(doc.entities)):
        return cached[1]
    ents = sorted(doc.entities, key=lambda e: (e.start, -(e.end - e.start)))
    kept: list[Entity] = []
    last_end = -1
    for e in ents:
        if e.start >= last_end:
            kept.append(e)
            last_end = e.end
    a = Analysed(fold_document(doc.text), doc.sentences(), EntityList(kept), doc.text)
    try:
        object.__setattr__(doc, _CACHE_ATTR, ((len(doc.text), len(doc.entities)), a))
    except AttributeError:  # a slotted document: just don't cache
        pass
    return a


class EntityList(list[Entity]):
    """Entities sorted by start, with their starts kept for bisection."""

    def __init__(self, ents: list[Entity]) -> None:
        super().__init__(ents)
        self.starts = [e.start for e in ents]


def entities_between(ents: list[Entity], start: int, end: int) -> list[Entity]:
    """Entities lying inside [start, end) (original offsets); ``ents`` sorted by start."""
    starts = ents.starts if isinstance(ents, EntityList) else [e.start for e in ents]
    i = bisect_right(starts, start - 1)
    out = []
    while i < len(ents) and ents[i].start < end:
        if ents[i].end <= end:
            out.append(ents[i])
        i += 1
    return out


def name_of(e: Entity) -> str:
    return (e.canonical or e.text).strip()


def governing_date(
    doc: Document, start: int, end: int, anchor: int | None = None
) -> tuple[str | None, str | None]:
    """The dates stage's verdict for a fact (``anchor``: the trigger, to pick the nearest of
    several dates); (None, None) while that stage is not there."""
    try:
        from marsad.dates.facts import date_for_span
    except ImportError:
        return None, None
    try:
        value, source = date_for_span(doc, start, end, anchor)
    except TypeError:  # an older signature without the anchor
        value, source = date_for_span(doc, start, end)
    return value, (source if source != "none" else None)
