"""A learned second opinion on who said it: re-rank the speaker of each statement the rules found.

The hand rules pick one speaker per reporting verb and are tuned to the articles they were
studied on; on fresh articles their commonest miss is the right words given to the wrong name
(an addressee after لـ, the King named before "وأكد سموه", a man for "قالت", the last country
named for "وأضاف"). Here every statement gets a small set of candidates — the rules' choice, the
names around the verb (its sentence and the three before it) and the speakers already quoted —
each described by general features (where it stands relative to the verb, agreement with the
verb's gender and number, a preposition in front of it, an honorific pronoun and the candidate's
titles, how often the article names it); a logistic model trained by
``scripts/train_speaker_rank.py`` scores them and the best one speaks. No name and no article is
known to the model: only these features, whose weights live as data in ``speaker_rank.json``.

Spans, content, stance and target stay as the rules made them. (The stance reads the speaker in
one place only — ``_embedded_stance``: "إنها ترفض …" counts when the clause's subject is the
speaker — and a changed speaker keeps the stance the rules gave.)

Status: measured by leave-one-file-out (bench/eval_speaker_cv.py) the model did not beat the rules
in total, so the weights ship with ``"enabled": false`` and the stage runs the rules alone.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.document import Document, Entity, Statement
from marsad.meetings.folded import analysed, fold_key, name_of
from marsad.statements import lexicon as lx

__all__ = ["FEATURES", "Candidate", "apply", "candidates", "load_model", "score"]

WEIGHTS_PATH = Path(__file__).with_name("speaker_rank.json")
# The statements stage applies the model only while this is set: the training and evaluation
# scripts turn it off to see the rules' own choices
ENABLED = True
_SPEAKER_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
_PREV_SENTENCES = 3  # how far back a name may be the one speaking
_PREV_STATEMENTS = 3  # speakers already quoted, latest first
_NEAR_WORDS = 3  # "right after the verb": title words allowed in between
_MAX_DIST = 60
# What was said, or its preposition, right after the verb: the subject is a dropped pronoun
_DROPPED_RE = re.compile(r"[\s،,]*(?:[:«\"“]|(?:ب|ل)?ان(?:ه|ها|هم|هما|نا)?\s|(?:الي|علي|عن|في)\s|"
                         r"ب\S)")
# Words in front of a name that make it the verb's object or a circumstance, not its subject
# (folded, whole words; the attached ب/ل are read from the letter itself)
_OBJECT_WORDS = frozenset({"عن", "مع", "علي", "الي", "من", "في", "بين", "ضد", "لدي", "امام",
                           "حول", "بشان", "تجاه", "نحو", "مثل", "عبر", "خلال", "منذ", "بعد",
                           "قبل", "عند", "ضمن"})
# Heads of a medium spoken to: "لصحيفة «X»", "لوكالة الأنباء" (folded)
_ADDRESSEE_HEADS = ("لصحيفه", "لوكاله", "لقناه", "لموقع", "لاذاعه", "لمجله", "لشبكه", "لتلفزيون",
                    "للصحيفه", "للوكاله", "للقناه")
# Past forms that open with ت like a present one ("وتابع", "تحدث"; folded)
PAST_WITH_TA = frozenset({"تابع", "تابعت", "تحدث", "تحدثت", "تساءل", "تساءلت", "تعهد", "تعهدت",
                          "توقع", "توقعت", "تمني", "تمنت", "تطرق", "تطرقت", "توعد", "توعدت",
                          "تعهدوا", "تحدثوا"})
# The honorific pronoun after a verb ("وأكد سموه") and the title words of those it stands for
# (folded): a prince is سمو, a minister معالي, a president فخامة, a king جلالة
HONORIFIC_TITLES: dict[str, tuple[str, ...]] = {
    "سموه": ("امير", "الامير", "سمو", "ولي", "الشيخ"),
    "سموها": ("اميره", "الاميره", "سمو"),
    "معاليه": ("وزير", "الوزير", "معالي", "امين", "رئيس", "محافظ", "سفير", "مدير"),
    "معاليها": ("وزيره", "الوزيره", "معالي"),
    "فخامته": ("رئيس", "الرئيس", "فخامه"),
    "جلالته": ("ملك", "الملك", "جلاله", "خادم"),
    "سماحته": ("الشيخ", "شيخ", "مفتي", "المفتي", "سماحه", "اماما", "الامام", "المرشد"),
    "دولته": ("رئيس", "دوله"),
    "سعادته": ("سفير", "السفير", "مدير", "سعاده", "رئيس", "وكيل"),
    "سيادته": ("رئيس", "الرئيس", "سياده"),
    "فضيلته": ("الشيخ", "شيخ", "فضيله", "مفتي", "امام"),
}

FEATURES: tuple[str, ...] = (
    "bias", "rules",
    "person", "organization", "location", "nominal",
    "after_near", "after_far", "before_same", "prev_sentence", "unplaced",
    "log_dist", "first_after", "nearest_before",
    "addressee", "object_prep",
    "prev_speaker", "earlier_speaker",
    "fem_verb_f", "fem_verb_m", "masc_verb_f",
    "plural_verb_person", "plural_verb_group", "singular_verb_group",
    "participle_after", "participle_before", "participle_prev", "participle_prev_speaker",
    "conj_after_near", "conj_prev_speaker", "present_before",
    "honorific_titled", "honorific_untitled", "honorific_prev_sentence",
    "log_mentions", "first_sentence", "titled",
    "sentence_first", "most_mentioned", "dropped_rules", "dropped_prev_speaker",
    "dropped_sentence_first", "dropped_most_mentioned", "dropped_location",
)
# The rules' choice in the same situations: how far to trust the rules depends on where their
# choice stands (an addressee, a place, a name two sentences back …)
_RULES_WITH: tuple[str, ...] = (
    "person", "organization", "location", "nominal",
    "after_near", "after_far", "before_same", "prev_sentence", "unplaced",
    "addressee", "object_prep", "prev_speaker",
    "fem_verb_f", "fem_verb_m", "masc_verb_f", "plural_verb_person", "plural_verb_group",
    "participle_after", "participle_prev", "conj_after_near", "honorific_titled",
    "honorific_untitled", "sentence_first", "most_mentioned",
)
FEATURES = FEATURES + tuple("rules*" + k for k in _RULES_WITH)


@dataclass
class Candidate:
    """One name that may have said it, with the features the model reads."""

    name: str
    key: frozenset[str]
    feats: dict[str, float] = field(default_factory=dict)
    entity_type: str | None = None


@dataclass
class _Verb:
    """What the reporting verb's form tells about its subject."""

    start: int
    end: int
    form: str  # folded, without the و/ف conjunction
    conj: bool
    feminine: bool
    plural: bool
    participle: bool
    present: bool
    honorific: str | None  # "سموه" right after the verb
    dropped: bool = False  # what was said follows the verb at once: no subject written


def name_key(name: str) -> frozenset[str]:
    """A name as a set of folded words, ال and بن dropped: two candidates with one key inside
    the other are one party ("الجبير" and "عادل بن أحمد الجبير")."""
    out = set()
    for w in fold_key(name).replace("-", " ").split():
        if w in ("بن", "ابن", "بنت", "ال", "آل"):
            continue
        out.add(w[2:] if w.startswith("ال") and len(w) > 4 else w)
    return frozenset(out)


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and (a <= b or b <= a)


def verb_info(text: str, start: int, surface: str) -> _Verb:
    """Gender, number and kind of a reporting verb, from its written form only."""
    from marsad.statements import VERB_INDEX

    f = fold_key(surface).strip()
    conj = f[:1] in ("و", "ف") and f not in VERB_INDEX and (f[1:] in VERB_INDEX or len(f) > 3)
    form = f[1:] if conj else f
    kind = lx.DERIVED_KIND.get(form)
    participle = form in lx.PARTICIPLES or kind == "participle" or (
        form.startswith("م") and form.endswith(("ا", "ه", "ين")) and len(form) >= 5)
    plural = kind in ("plural", "dual") or form in lx.DUAL_FORMS or (
        form.endswith(("وا", "ون", "ين", "ان")) and len(form) >= 5)
    feminine = form in lx.FEMININE_FORMS
    present = kind == "present" or (kind != "past" and not participle and
                                    form[:1] in ("ي", "ت") and len(form) >= 4 and
                                    form not in PAST_WITH_TA)
    end = start + len(surface)
    nxt = text[end:end + 14].split()[:1]
    hon = fold_key(nxt[0]).strip("،,.:") if nxt else ""
    dropped = participle or bool(_DROPPED_RE.match(fold_key(text[end:end + 24])))
    return _Verb(start, end, form, conj, feminine, plural, participle, present,
                 hon if hon in HONORIFIC_TITLES else None, dropped)


# Frames whose speaker the rules read from a fixed slot ("نقلت X عن Y" → Y, "بحسب X", "جاء في
# بيان X"): the name after the verb there is no subject, so they are left as they are
_OWN_FRAMES = frozenset({"quote_from", "according", "in_statement"})


def _frame(form: str) -> str | None:
    from marsad.statements import VERB_INDEX

    hit = VERB_INDEX.get(form)
    return hit[1] if hit else None


def _words(text: str, a: int, b: int) -> int:
    """Words between two offsets, counted up to the distance the model reads (``_MAX_DIST``)."""
    a, b = min(a, b), max(a, b)
    return len(text[a:min(b, a + 12 * _MAX_DIST)].split())


def _addressee(text: str, e: Entity) -> bool:
    i = e.start
    while i > 0 and text[i - 1] in "«\"“(ـ ":
        if text[i - 1] == " " and not (i > 1 and text[i - 2] == "ل"):
            break
        i -= 1
    if i > 0 and text[i - 1] == "ل" and (i < 2 or text[i - 2] in " \n"):
        return True
    head = fold_key(text[max(0, e.start - 18):e.start]).split()[-1:]
    return bool(head) and head[0].startswith(_ADDRESSEE_HEADS)


def _object_prep(text: str, e: Entity) -> bool:
    i = e.start
    if i > 0 and text[i - 1] == "ب" and (i < 2 or text[i - 2] in " \n"):
        return True
    if i > 1 and text[i - 2:i] in ("وب", "فب") and (i < 3 or text[i - 3] in " \n"):
        return True
    prev = fold_key(text[max(0, i - 12):i]).split()[-1:]
    return bool(prev) and prev[0].strip("،,") in _OBJECT_WORDS


def _group_name(name: str) -> bool:
    """A body or a group of people: several speak with one voice ("أسر الفقيدين")."""
    first = fold_key(name).split()[:1]
    if not first:
        return False
    w = first[0]
    return w in lx.PLURAL_SPEAKERS or w in lx.CONSTRUCT_HEADS or (
        w.endswith(("ون", "ين", "ات")) and len(w) >= 5) or w in ("الطرفان", "الجانبان")


def _titles_of(text: str, e: Entity) -> list[str]:
    """The candidate's titles: those the entities stage kept, and the words written right before
    the name ("صاحب السمو الملكي الأمير")."""
    lead = fold_key(text[max(0, e.start - 40):e.start]).split()[-4:]
    return [fold_key(t) for t in e.titles] + lead


def _honorific_fits(pron: str, titles: list[str]) -> bool:
    heads = HONORIFIC_TITLES.get(pron, ())
    return any(w in heads for t in titles for w in t.split())


def content_span(text: str, st: Statement) -> tuple[int, int]:
    """Where a statement's content lies in the text ((-1, -1) when it cannot be found back)."""
    c_end = min(st.end, len(text))
    cpos = text.rfind(st.content[:40], max(0, c_end - len(st.content) - 20), c_end + 2)
    return (cpos, cpos + len(st.content)) if cpos >= 0 else (-1, -1)


class _View:
    """What every statement of one document asks again — its names, their keys, how often each
    is named, where sentences start — computed once per document."""

    def __init__(self, doc: Document) -> None:
        a = analysed(doc)
        self.analysed = a
        self.text = doc.text
        self.ents: list[Entity] = list(a.entities)
        self.starts = [e.start for e in self.ents]
        self.sents = a.sents
        self.sent_starts = [x for x, _ in a.sents]
        self.first_in = [bisect_right(self.starts, x - 1) for x in self.sent_starts]
        self.folded = [fold_key(name_of(e)) if e.type in _SPEAKER_TYPES else ""
                       for e in self.ents]
        self.mentions: dict[str, int] = {}
        for k in self.folded:
            if k:
                self.mentions[k] = self.mentions.get(k, 0) + 1
        self.top_person = max((k for e, k in zip(self.ents, self.folded, strict=True)
                               if e.type == "PERSON"),
                              key=lambda k: self.mentions.get(k, 0), default=None)
        # mentions that open their sentence's names ("X …" before any other name)
        self.sentence_first: set[int] = set()
        for j, first in enumerate(self.first_in):
            end = self.sent_starts[j + 1] if j + 1 < len(self.sent_starts) else len(self.text)
            k = first
            while k < len(self.ents) and self.ents[k].start < end:
                if self.ents[k].type in _SPEAKER_TYPES:
                    self.sentence_first.add(k)
                    break
                k += 1
        self.inside: set[int] = set()  # mentions inside what some statement says
        self.marked = False
        self._keys: dict[str, frozenset[str]] = {}
        self._group: dict[str, bool] = {}
        self._marks: dict[int, tuple[bool, bool, list[str]]] = {}
        self._gender: dict[tuple[str, str | None], str | None] = {}

    def mark_inside(self, spans: list[tuple[int, int]]) -> None:
        self.marked = True
        for c0, c1 in spans:
            k = bisect_right(self.starts, c0 - 1)
            while k < len(self.ents) and self.ents[k].start < c1:
                self.inside.add(k)
                k += 1

    def key(self, name: str) -> frozenset[str]:
        k = self._keys.get(name)
        if k is None:
            k = self._keys[name] = name_key(name)
        return k

    def marks(self, e: Entity) -> tuple[bool, bool, list[str]]:
        """(addressee, object of a preposition, titles) of one mention."""
        m = self._marks.get(e.start)
        if m is None:
            m = self._marks[e.start] = (_addressee(self.text, e), _object_prep(self.text, e),
                                        _titles_of(self.text, e))
        return m

    def group(self, name: str) -> bool:
        k = self._group.get(name)
        if k is None:
            k = self._group[name] = _group_name(name)
        return k

    def gender(self, name: str, etype: str | None) -> str | None:
        """The rules' reading of a name's gender; a place's says little (and a person tagged
        as a place would look feminine), so agreement is read for people and bodies only."""
        if etype == "LOCATION":
            return None
        k = (name, etype)
        if k not in self._gender:
            from marsad.statements import _gender

            self._gender[k] = _gender(self.analysed, name)
        return self._gender[k]


def candidates(doc: Document, st: Statement, previous: list[str],
               quoted: list[tuple[int, int]] | None = None,
               view: _View | None = None) -> list[Candidate] | None:
    """The speakers ``st`` may have (``quoted``: where the article's statements' contents lie);
    None when the verb cannot be found back in the text or the rules read the speaker from a
    fixed slot."""
    text = doc.text
    vpos = text.find(st.verb, st.start)
    if vpos < 0 or not st.speaker:
        return None
    verb = verb_info(text, vpos, st.verb)
    if _frame(verb.form) in _OWN_FRAMES:
        return None
    v = view if view is not None else _View(doc)
    ents, sents, starts = v.ents, v.sents, v.starts
    si = max(0, bisect_right(v.sent_starts, vpos) - 1)
    s0, s1 = sents[si] if sents else (0, len(text))
    w0 = sents[max(0, si - _PREV_SENTENCES)][0] if sents else 0
    content = content_span(text, st)
    region_end = content[0] if content[0] > verb.end else s1
    if quoted is not None and not v.marked:
        v.mark_inside(quoted)
    first_sent_end = sents[0][1] if sents else 0
    cands: list[Candidate] = []

    def find(key: frozenset[str]) -> Candidate | None:
        for c in cands:
            if _same(c.key, key):
                return c
        return None

    i = bisect_right(starts, w0 - 1)
    first_after_seen = False
    nearest_before: Candidate | None = None
    while i < len(ents) and ents[i].start < region_end:
        e = ents[i]
        folded = v.folded[i]
        i += 1
        if e.type not in _SPEAKER_TYPES or i - 1 in v.inside or \
                content[0] <= e.start < content[1]:
            continue  # a name inside what was said is spoken of, not speaking
        if verb.start <= e.start < verb.end:
            continue
        name = name_of(e)
        key = v.key(name)
        if not key:
            continue
        c = find(key)
        if c is None:
            c = Candidate(name, key, {}, e.type)
            cands.append(c)
        elif c.entity_type is None:
            c.entity_type = e.type
        f = c.feats
        if e.start >= verb.end:
            d = _words(text, verb.end, e.start)
            if not first_after_seen:
                f["first_after"] = 1.0
                first_after_seen = True
            pos = "after_near" if d <= _NEAR_WORDS else "after_far"
        elif e.start >= s0:
            d = _words(text, e.end, verb.start)
            pos = "before_same"
            nearest_before = c
        else:
            d = _words(text, e.end, verb.start)
            pos = "prev_sentence"
        addressee, object_prep, titles = v.marks(e)
        if addressee:
            f["addressee"] = 1.0
        if object_prep:
            f["object_prep"] = 1.0
        if "dist" not in f or d < f["dist"]:
            f["dist"] = d
            f["pos"] = pos  # type: ignore[assignment]
        if e.titles or f.get("titled"):
            f["titled"] = 1.0
        if verb.honorific and _honorific_fits(verb.honorific, titles):
            f["honorific_fit"] = 1.0
        if e.start < first_sent_end:
            f["first_sentence"] = 1.0
        if folded == v.top_person:
            f["most_mentioned"] = 1.0
        if i - 1 in v.sentence_first:
            f["sentence_first"] = 1.0
        f["mentions"] = max(f.get("mentions", 0.0), v.mentions.get(folded, 1))
        if e.type == "PERSON" and e.titles:
            f["person_titled"] = 1.0
    if nearest_before is not None:
        nearest_before.feats["nearest_before"] = 1.0

    rules_key = v.key(st.speaker)
    rc = find(rules_key)
    if rc is None:
        rc = Candidate(st.speaker, rules_key, {}, None)
        cands.append(rc)
    else:
        rc.name = st.speaker  # the rules' own form of the name
    rc.feats["rules"] = 1.0
    for k, sp in enumerate(previous[:_PREV_STATEMENTS]):
        key = v.key(sp)
        if not key:
            continue
        c = find(key)
        if c is None:
            c = Candidate(sp, key, {}, None)
            cands.append(c)
        if k == 0:
            c.feats["prev_speaker"] = 1.0
        c.feats["earlier_speaker"] = 1.0
    for c in cands:
        _finish(v, c, verb)
    return cands


def _finish(v: _View, c: Candidate, verb: _Verb) -> None:
    """Turn the raw facts about a candidate into the model's features (only those not 0)."""
    f = c.feats
    out: dict[str, float] = {"bias": 1.0}
    t = c.entity_type
    pos = f.get("pos")
    on = ["person" if t == "PERSON" else "organization" if t == "ORGANIZATION" else
          "location" if t == "LOCATION" else "nominal", pos or "unplaced"]
    for k in ("rules", "first_after", "nearest_before", "addressee", "object_prep",
              "prev_speaker", "earlier_speaker", "first_sentence", "titled", "sentence_first",
              "most_mentioned"):
        if f.get(k):
            on.append(k)
    flags = set(on)
    g = v.gender(c.name, t)
    group = v.group(c.name)
    prev = "prev_speaker" in flags
    if verb.feminine and g == "f":
        on.append("fem_verb_f")
    if verb.feminine and g == "m":
        on.append("fem_verb_m")
    if not verb.feminine and not verb.plural and g == "f":
        on.append("masc_verb_f")
    if verb.plural and t == "PERSON":
        on.append("plural_verb_person")
    if verb.plural and (group or t == "ORGANIZATION"):
        on.append("plural_verb_group")
    if not verb.plural and group:
        on.append("singular_verb_group")
    if verb.participle:
        if pos in ("after_near", "after_far"):
            on.append("participle_after")
        elif pos == "before_same":
            on.append("participle_before")
        elif pos == "prev_sentence":
            on.append("participle_prev")
        if prev:
            on.append("participle_prev_speaker")
    if verb.conj and pos == "after_near":
        on.append("conj_after_near")
    if verb.conj and prev:
        on.append("conj_prev_speaker")
    if verb.present and pos == "before_same":
        on.append("present_before")
    if verb.honorific:
        if f.get("honorific_fit"):
            on.append("honorific_titled")
            if pos in ("prev_sentence", "before_same"):
                on.append("honorific_prev_sentence")
        else:
            on.append("honorific_untitled")
    if verb.dropped:
        for k in ("rules", "prev_speaker", "sentence_first", "most_mentioned", "location"):
            if k in flags:
                on.append("dropped_" + k)
    for k in on:
        out[k] = 1.0
    out["log_dist"] = math.log1p(min(_MAX_DIST, f.get("dist", _MAX_DIST)))
    if f.get("mentions"):
        out["log_mentions"] = math.log1p(f["mentions"])
    if "rules" in flags:
        for k in _RULES_WITH:
            if k in out:
                out["rules*" + k] = 1.0
    c.feats = out


def score(c: Candidate, weights: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in c.feats.items() if v)


@lru_cache(maxsize=1)
def load_model(path: str = str(WEIGHTS_PATH)) -> dict | None:
    """The trained weights, or None when no model has been trained (the rules stand alone)."""
    p = Path(path)
    if not p.exists():
        return None
    model = json.loads(p.read_text(encoding="utf-8"))
    if not model.get("enabled", True):
        return None
    return model


def _groups(statements: list[Statement]) -> list[list[int]]:
    """Statements by verb occurrence: several speakers of one verb ("قالا") stay as they are."""
    out: list[list[int]] = []
    for i, s in enumerate(statements):
        if out and (statements[out[-1][0]].start, statements[out[-1][0]].verb,
                    statements[out[-1][0]].content) == (s.start, s.verb, s.content):
            out[-1].append(i)
        else:
            out.append([i])
    return out


def apply(doc: Document, statements: list[Statement], model: dict | None = None) -> int:
    """Re-rank the speaker of each single-speaker statement in place; returns how many changed.
    A statement keeps the rules' speaker unless another candidate scores higher by the model's
    margin."""
    if model is None:
        model = load_model() if ENABLED else None
    if not model or not statements:
        return 0
    weights: dict[str, float] = model["weights"]
    margin = float(model.get("margin", 0.0))
    previous: list[str] = []  # the rules' speakers so far, latest first (as in training)
    quoted = [content_span(doc.text, s) for s in statements]
    view = _View(doc)
    changed = 0
    for group in _groups(statements):
        st = statements[group[0]]
        said_by = st.speaker or ""
        if len(group) == 1:
            cands = candidates(doc, st, previous, quoted, view)
            if cands:
                scored = [(score(c, weights), c) for c in cands]
                rules = next(s for s, c in scored if c.feats.get("rules"))
                best_s, best = max(scored, key=lambda x: x[0])
                if not best.feats.get("rules") and best_s > rules + margin:
                    st.speaker = best.name
                    changed += 1
        if said_by:
            previous = [said_by, *previous]
    return changed
