"""Document memory: a name recognised once is recognised again a few sentences later.

News repeats its names: "محمد بركات" in one sentence, "بركات" or "وبركات" in the next. The CRF
sees one sentence at a time and misses many of the repeats; the memory remembers the entities of
the last few sentences (and the surname of a full person name) and tags later untagged matches,
clitics peeled (وبركات → بركات). Common words are never propagated as single tokens.
"""

from __future__ import annotations

from collections import Counter, deque

from marsad.entities.clusters import frequency_of
from marsad.entities.conll import bio_spans
from marsad.entities.topics import MIN_CUES, topic
from marsad.text import clitic_variants, fold, is_word

MAX_KEY = 4
SPORT_WINDOW = 6  # sentences (this one included) whose sport cues make a sports report
# The most frequent affinity a lone word may have, by Zipf bucket, to be propagated: a rare word
# always; a common one only when it rarely takes the article, as names do (بوتين, not دين); never
# the most frequent words (علي the name folds into على the preposition).
_AFFINITY_RANK = {"p": 0, "0": 1, "na": 1, "n1": 2, "n2": 3, "n3": 4}
_MIN_RANK_BY_ZIPF = {4: 1, 5: 3, 6: 4}
_NAME_AFFINITY = frozenset({"n2", "n3", "na"})


def sport_cues(tokens: list[str]) -> frozenset[str]:
    cues = topic("clubs.txt").cues
    return frozenset(f for t in tokens if (f := fold(t)) in cues)


def _keys(tokens: list[str]) -> list[tuple[str, ...]]:
    """Every clitic reading of the first token, the rest folded (وبركات → وبركات, بركات, …)."""
    rest = tuple(fold(t) for t in tokens[1:])
    return [(v, *rest) for v in clitic_variants(tokens[0])]


def propagatable(word: str, kind: str = "PERS") -> bool:
    """A lone word worth propagating: a real word, not short, not a common noun or verb.

    Stricter for a name (PERS) than for the rest: a lone place or MISC word (رمضان، الإسلام) is
    ANERcorp's tag wherever it stands, a common word that was once part of a name is not."""
    if not is_word(word) or len(fold(word)) < 3:
        return False
    fq = frequency_of(fold(word))
    if kind != "PERS":
        return fq is None or int(fq[0]) < 5 or fq[1] in _NAME_AFFINITY
    if fq is None or int(fq[0]) < 4:
        return True
    need = _MIN_RANK_BY_ZIPF.get(int(fq[0]))
    return need is not None and _AFFINITY_RANK.get(fq[1], 0) >= need


class EntityMemory:
    """Entities of the last ``window`` sentences, by folded (clitic-peeled) token key."""

    def __init__(self, window: int = 40) -> None:
        self.window = window
        self._recent: deque[list[tuple[tuple[str, ...], str]]] = deque()
        self._counts: dict[tuple[str, ...], Counter[str]] = {}
        self._words: dict[str, Counter[str]] = {}
        self._recent_words: deque[list[tuple[str, str]]] = deque()
        self._sport_cues: deque[frozenset[str]] = deque(maxlen=SPORT_WINDOW - 1)  # of earlier ones

    def clear(self) -> None:
        self._sport_cues.clear()
        self._recent.clear()
        self._counts.clear()
        self._words.clear()
        self._recent_words.clear()

    def doc_features(self, tokens: list[str]) -> list[list[str]]:
        """Per token, the type its word had in the last sentences (a CRF feature, "dm=PERS")."""
        out: list[list[str]] = []
        for tok in tokens:
            feats: list[str] = []
            for v in clitic_variants(tok):
                c = self._words.get(v)
                if c:
                    feats.append("dm=" + c.most_common(1)[0][0])
                    break
            out.append(feats)
        return out

    def in_sports_report(self, tokens: list[str]) -> bool:
        """Do this sentence and the few before it read as a sports report (topics.MIN_CUES
        distinct cue words)? The CoNLL files have no article boundaries, so a window stands in
        for the article that ``topics.on_topic`` looks at in document mode. Asked once per
        sentence, in order: the sentence joins the window (only tag-conll keeps one)."""
        cues = sport_cues(tokens)
        seen = set(cues)
        for before in self._sport_cues:
            seen |= before
        self._sport_cues.append(cues)
        return len(seen) >= MIN_CUES

    def remember(self, tokens: list[str], tags: list[str]) -> None:
        items: list[tuple[tuple[str, ...], str]] = []
        spans = bio_spans(tags)
        for kind, a, b in spans:
            items.extend((k, kind) for k in _keys(tokens[a:b]))
            if kind == "PERS" and b - a >= 2 and propagatable(tokens[b - 1], kind):
                items.append(((fold(tokens[b - 1]),), kind))
        for key, kind in items:
            self._counts.setdefault(key, Counter())[kind] += 1
        self._recent.append(items)
        words = [(fold(tokens[i]), kind) for kind, a, b in spans for i in range(a, b)
                 if is_word(tokens[i])]
        for w, kind in words:
            self._words.setdefault(w, Counter())[kind] += 1
        self._recent_words.append(words)
        while len(self._recent_words) > self.window:
            for w, kind in self._recent_words.popleft():
                c = self._words[w]
                c[kind] -= 1
                if c[kind] <= 0:
                    del c[kind]
                if not c:
                    del self._words[w]
        while len(self._recent) > self.window:
            for key, kind in self._recent.popleft():
                c = self._counts[key]
                c[kind] -= 1
                if c[kind] <= 0:
                    del c[kind]
                if not c:
                    del self._counts[key]

    def apply(self, tokens: list[str], tags: list[str]) -> list[str]:
        """Tags with remembered entities filled in where the model said O."""
        out = list(tags)
        n = len(tokens)
        # a remembered key can only match where a clitic reading of the token is its first word
        firsts = {k[0] for k in self._counts}
        i = 0
        while i < n:
            if out[i] != "O" or firsts.isdisjoint(clitic_variants(tokens[i])):
                i += 1
                continue
            hit = self._match(tokens, out, i)
            if hit is None:
                i += 1
                continue
            length, kind = hit
            out[i] = "B-" + kind
            for j in range(i + 1, i + length):
                out[j] = "I-" + kind
            if i + length < n and out[i + length].startswith("I-"):
                out[i + length] = "B-" + out[i + length][2:]
            i += length
        return out

    def _match(self, tokens: list[str], tags: list[str], i: int) -> tuple[int, str] | None:
        if not self._counts:
            return None
        for length in range(min(MAX_KEY, len(tokens) - i), 0, -1):
            if any(tags[j] != "O" for j in range(i, i + length)):
                continue
            rest = tuple(fold(t) for t in tokens[i + 1:i + length])
            for v in clitic_variants(tokens[i]):
                c = self._counts.get((v, *rest))
                if c:
                    kind = c.most_common(1)[0][0]
                    if length == 1 and not propagatable(v, kind):
                        return None
                    return length, kind
        return None
