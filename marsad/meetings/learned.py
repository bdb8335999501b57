"""A learned second pass over the meetings the hand rules did not make.

The rules of ``marsad.meetings`` are precise on the report forms they were written for and miss a
long tail on fresh articles: charity, Eid and condolence visits to a group ("عايد X المرضى
المنومين", "نقل تعازي … لذوي الشهيدين"), one side named only as a group or a body, a host
receiving guests in turn. Each hand rule added for one such case did not carry over; this pass
instead proposes a candidate for every meeting cue in a sentence the rules left without a meeting
— a side A (the clause's subject: the named person or body before the cue, right after a verb
cue, or the article's first person) and a side B (a name, or a group noun phrase, after the cue)
— and keeps the candidates a logistic regression over general features scores above its
threshold. The features name no person, place or article word: cue family, tense and
speculation cues, side types and distances, the sentence's position, whether the rules found
other meetings. Weights and threshold are data (``learned.json``, written by
``scripts/train_meetings_learned.py``); without that file the pass does nothing.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.document import Document, Entity, Meeting
from marsad.meetings import lexicon as lx
from marsad.meetings.folded import (
    HONORIFICS,
    TITLE_WORDS,
    WB_END,
    WB_START,
    Analysed,
    alternation,
    analysed,
    entities_between,
    fold_keep_length,
    governing_date,
    name_of,
    trie_alternation,
)

__all__ = ["Candidate", "candidates", "load_model", "meeting_of", "run", "score"]

MODEL_PATH = Path(__file__).with_name("learned.json")

# cue family → folded forms (verbs and nouns, clitics handled by CUE_RE); a family is a feature,
# the form itself never is
CUE_FAMILIES: dict[str, tuple[str, ...]] = {
    "host": ("استقبل", "استقبلت", "استقبلا", "استقبلوا", "يستقبل", "تستقبل", "استقبال",
             "استقباله", "استقبالها", "استقبالهم", "استقبالهما"),
    "meet": ("التقي", "التقت", "التقيا", "التقوا", "يلتقي", "تلتقي", "يلتقيان", "لقاء", "لقاءا",
             "لقاءات", "لقائه", "لقائها", "لقاءه", "اجتمع", "اجتمعت", "اجتمعا", "اجتمعوا",
             "يجتمع", "تجتمع", "اجتماع", "اجتماعا", "اجتماعات", "اجتماعه"),
    "talks": ("محادثات", "مباحثات", "مفاوضات", "مشاورات", "تباحث", "تباحثا", "تباحثت", "بحث",
              "بحثت", "بحثا", "ناقش", "ناقشت", "ناقشا", "محادثاته", "مباحثاته", "جلسه"),
    "visit": ("زار", "زارت", "زاروا", "يزور", "تزور", "زياره", "زيارته", "زيارتها", "زيارات",
              "جوله", "جولته", "جولتها"),
    "inspect": ("تفقد", "تفقدت", "يتفقد", "تتفقد", "تفقده", "اطمان", "اطمانت", "للاطمئنان"),
    "eid": ("عايد", "عايدت", "عايدوا", "يعايد", "تعايد", "معايده", "ليعايد", "هنئ", "تهنئه",
            "لتهنئه", "معايدته", "معايدتهم"),
    "condolence": ("عزي", "عزت", "واسي", "واست", "تعازي", "التعازي", "تعازيه", "عزاء", "العزاء",
                   "تعزيه", "مواساه", "مواساته", "تعزيته", "للتعزيه"),
    "call": ("اتصال", "اتصالا", "اتصالات", "مكالمه", "هاتف", "هاتفه", "هاتفيا", "هاتفت", "اتصل",
             "اتصلت"),
}
CUE_KIND: dict[str, str] = {"call": "call", "visit": "visit", "talks": "talks"}
_FORM_FAMILY: dict[str, str] = {f: fam for fam, forms in CUE_FAMILIES.items() for f in forms}
# a verb form opens a clause whose subject may follow it (VSO); a noun form never has one after it
_NOUN_ENDINGS = ("ه", "ات", "اء", "ال", "اءا")
CUE_RE = re.compile(
    WB_START + r"(?P<pre>[وف]?(?:س|ل|ب|لل|ال|بال)?)(?P<cue>"
    + trie_alternation(list(_FORM_FAMILY)) + r")" + WB_END
)
# "عاد المرضى": عاد is a sick visit only with the sick right after it
SICK_VISIT_RE = re.compile(WB_START + r"[وف]?(?:عاد|عادت|يعود)(?=\s+(?:ال)?(?:مرضي|مريض))")

# groups of people that can be the other side of a visit or reception (folded heads)
GROUP_HEADS: frozenset[str] = frozenset({
    "المرضي", "مرضي", "المريض", "المصابين", "المصابون", "مصابي", "الجرحي", "جرحي", "ذوي",
    "اسره", "اسر", "عائله", "عوائل", "اهالي", "اهل", "المسنين", "المسنات", "مسني", "نزلاء",
    "النزلاء", "نزيلات", "النزيلات", "الايتام", "ايتام", "الاطفال", "اطفال", "الطلاب", "طلاب",
    "الطالبات", "طالبات", "طلبه", "الطلبه", "وفد", "وفدا", "الوفد", "ممثلي", "ممثلين", "مسؤولي",
    "مسؤولين", "مسئولي", "مسئولين", "اعضاء", "منسوبي", "منسوبات", "اولياء", "المواطنين",
    "مواطنين", "المعاقين", "المرابطين", "الجنود", "جنود", "رجال", "قيادات", "قاده", "القاده",
    "زعماء", "رؤساء", "وزراء", "فريق", "الفريق", "منتسبي", "العاملين", "موظفي", "الموظفين",
    "المشايخ", "مشايخ", "الاعيان", "اعيان", "الشيوخ", "الحجاج", "الزوار", "المتطوعين",
    "الاسري", "السجناء", "اللاجئين", "لاجئين", "النازحين", "الضيوف", "ضيوف", "الصحفيين",
    "المسؤولين", "المسئولين", "الاهالي", "مجموعه", "جمع", "ابناء", "لجنه", "اللجنه",
    "الجهات", "جهات", "المجلس", "مجلس",
})
# heads in construct: the word after them belongs to the group's name, definite or not
CONSTRUCT_HEADS: frozenset[str] = frozenset({
    "ذوي", "اسره", "اسر", "عائله", "عوائل", "اهالي", "اهل", "مصابي", "مسني", "ممثلي",
    "مسؤولي", "مسئولي", "منسوبي", "منسوبات", "اولياء", "منتسبي", "موظفي", "مرضي", "طلاب",
    "طالبات", "اعضاء", "قيادات", "رؤساء", "وزراء", "زعماء", "قاده", "ابناء", "وفد", "فريق",
    "لجنه", "مجلس", "جرحي", "نزلاء", "نزيلات", "ايتام", "اطفال", "جنود", "رجال", "ضيوف",
})
# what kind of group a side is: a feature class, never the word itself
GROUP_CLASSES: dict[str, str] = {
    **dict.fromkeys(("المرضي", "مرضي", "المريض", "المصابين", "المصابون", "مصابي", "الجرحي",
                     "جرحي"), "sick"),
    **dict.fromkeys(("ذوي", "اسره", "اسر", "عائله", "عوائل", "ابناء"), "family"),
    **dict.fromkeys(("المسنين", "المسنات", "مسني", "نزلاء", "النزلاء", "نزيلات", "النزيلات",
                     "الايتام", "ايتام", "الاطفال", "اطفال"), "residents"),
    **dict.fromkeys(("وفد", "وفدا", "الوفد", "ممثلي", "ممثلين", "مسؤولي", "مسؤولين", "مسئولي",
                     "مسئولين", "قيادات", "قاده", "القاده", "زعماء", "رؤساء", "وزراء",
                     "المسؤولين", "المسئولين"), "officials"),
}
# "عدد من / مجموعة من": the partitive before the group
PARTITIVE_RE = re.compile(r"^(?:عدد|عددا|مجموعه|جمع|نخبه|بعض|عشرات)$")
# words that end a group's phrase (folded)
_NP_STOPS: frozenset[str] = frozenset({
    "في", "من", "الي", "علي", "عن", "مع", "امس", "اليوم", "حيث", "الذي", "التي", "الذين",
    "وذلك", "خلال", "بعد", "قبل", "عند", "لدي", "حول", "يوم", "مساء", "صباح", "و", "وقد",
    "كما", "ثم", "بين", "منذ", "لتقديم", "وقدم", "بمناسبه", "بحضور",
})
PLANNED_RE = re.compile(WB_START + r"[وف]?(?:من المقرر|من المرتقب|من المنتظر|من المتوقع|"
                        r"المرتقب|المرتقبه|يعتزم|تعتزم|ينوي|تنوي|يزمع|تزمع|سوف|المزمع|المقرر)"
                        + WB_END)
SPECULATIVE_RE = re.compile(WB_START + r"[وف]?(?:طلب|طالب|دعا|يدعو|اقترح|يامل|تامل|امل|"
                            r"مستعد|استعداد|استعداده|رفض|يرفض|ترفض|يمكن|قد|ربما|اذا|لو|"
                            r"في حال|شرط)" + WB_END)
NEGATION_RE = re.compile(WB_START + r"[وف]?(?:لم|لن|لا|ليس|دون|بدون|عدم|نفي|نفت)" + WB_END)
CANCELLED_RE = re.compile(WB_START + r"[وف]?(?:الغي|الغت|الغاء|تاجيل|تاجل|تاجلت|ارجاء|الغيت)"
                          + WB_END)
SAY_RE = re.compile(WB_START + r"[وف]?(?:قال|قالت|اكد|اكدت|اوضح|اوضحت|اشار|اشارت|ذكر|ذكرت|"
                    r"اضاف|اضافت|صرح|صرحت|افاد|افادت)" + WB_END)
SPORT_RE = re.compile(WB_START + r"[وف]?(?:ال)?(?:مباراه|ملعب|دوري|مدرب|اللاعب|لاعب|لاعبي|"
                      r"المنتخب|منتخب|هدف|بطوله|كاس)" + WB_END)
# "يرافقه مدير الشؤون الصحية X", "بحضور X": one who came along or attended is no side
ATTENDEE_RE = re.compile(WB_START + r"(?:" + alternation(list(lx.ATTENDEE_CUES)) + r")" + WB_END)
_ATTENDEE_REACH = 80  # folded characters before a name read for such a cue (titles between)
QUOTE_RE = re.compile(r"[\"“”«»]")
_WORD_RE = re.compile(r"\S+")
_PREP_CLITIC_RE = re.compile(r"^[وف]?(?:ل|ب|لل)(?=\S{3,})")
_A_BEFORE_WORDS = 14  # words between side A's name and its cue
_A_AFTER_WORDS = 9  # words from a verb cue to its subject (titles and honorifics between)
_B_WORDS = 10  # words after the cue (or after A) searched for side B
_GROUP_WORDS = 30  # words after the cue (or A) searched for a group side
_GROUP_CHARS = 300  # (characters: the same reach, bounding the scan)
_A_GROUP_WORDS = 4  # words at the sentence's start (or after a verb cue) for a group subject
_A_AFTER_NOUN_WORDS = 4  # words from a noun cue to the agent in construct with it
_B_ENTITIES = 2  # named B options per cue
_PARTY_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
# at most one learned meeting per sentence: two cues of one sentence ("زار … يرافقه …") are
# mostly one visit told twice
ONE_PER_SENTENCE = True


@dataclass
class Candidate:
    """One proposed meeting: the cue, its two sides, and the general features it is scored on."""

    sent: tuple[int, int]  # original offsets of the sentence
    cue: tuple[int, int]  # original offsets of the cue word
    family: str
    a: str
    b: str
    a_span: tuple[int, int]
    b_span: tuple[int, int]
    status: str
    features: dict[str, float] = field(default_factory=dict)
    meeting: Meeting | None = None  # meeting_of's result, kept: a threshold search asks often


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _words(s: str) -> int:
    return len(_WORD_RE.findall(s))


def _titled(a: Analysed, e: Entity) -> bool:
    """A name written with a title or an honorific just before it ("وزير الخارجية X")."""
    if e.titles:
        return True
    F = a.folded.text
    p = a.folded.fold_pos(e.start)
    before = F[max(0, p - 60):p].split()[-4:]
    return any(w.lstrip("وف") in TITLE_WORDS or w in HONORIFICS for w in before)


def _attending(a: Analysed, e: Entity) -> bool:
    """The name follows an attendee or companion cue in its clause ("يرافقه … X")."""
    p = a.folded.fold_pos(e.start)
    left = a.folded.text[max(0, p - _ATTENDEE_REACH):p]
    left = re.split(r"[،,.:]", left)[-1]
    return bool(ATTENDEE_RE.search(left))


def _side_a(a: Analysed, s0: int, cue0: int, cue1: int, verb: bool
            ) -> list[tuple[Entity, str]]:
    """Subject options: the nearest named person or body before the cue in its sentence, the
    sentence's first one before the cue, and the first one right after a verb cue (VSO)."""
    F = a.folded.text
    out: list[tuple[Entity, str]] = []
    before = [e for e in entities_between(a.entities, s0, cue0) if e.type in _PARTY_TYPES
              and e.type != "LOCATION" and not _attending(a, e)]
    if before:
        e = before[-1]
        gap = _words(F[a.folded.fold_pos(e.end):a.folded.fold_pos(cue0)])
        if gap <= _A_BEFORE_WORDS:
            out.append((e, "before"))
        if before[0] is not e:
            out.append((before[0], "first"))
    f1 = a.folded.fold_pos(cue1)
    after = [e for e in entities_between(a.entities, cue1, cue1 + 200)
             if e.type in ("PERSON", "ORGANIZATION") and not _attending(a, e)]
    # a verb's subject after it (VSO), a visit noun's agent in construct ("زيارة الوزير X")
    if after and _words(F[f1:a.folded.fold_pos(after[0].start)]) <= \
            (_A_AFTER_WORDS if verb else _A_AFTER_NOUN_WORDS):
        out.append((after[0], "after"))
    lead = _group_np(a, s0, min(cue0, cue0 + 400), _A_GROUP_WORDS)
    if lead is None and verb:
        lead = _group_np(a, cue1, cue1 + 80, _A_GROUP_WORDS)
    if lead is not None:
        text = a.text[lead[0]:lead[1]].strip()
        out.append((Entity(start=lead[0], end=lead[1], text=text, type="GROUP",
                           canonical=text), "group"))
    return out


def _group_np(a: Analysed, start: int, s1: int, reach: int = 0) -> tuple[int, int] | None:
    """A group of people named by a common noun right after ``start`` (original offsets):
    "المرضى المنومين", "لذوي الشهيدين", "عدداً من ممثلي الحكومة" — head, then up to two
    definite words agreeing with it or governed by it."""
    F = a.folded.text
    f0 = a.folded.fold_pos(start)
    fe = min(a.folded.fold_pos(s1), f0 + _GROUP_CHARS)
    toks = [(m.start() + f0, m.end() + f0, m.group())
            for m in _WORD_RE.finditer(F[f0:fe])][:reach or _GROUP_WORDS]
    i = 0
    while i < len(toks):
        w = toks[i][2].strip("،,.:")
        if w in GROUP_HEADS or _PREP_CLITIC_RE.sub("", w) in GROUP_HEADS or \
                (PARTITIVE_RE.match(_PREP_CLITIC_RE.sub("", w)) and i + 2 < len(toks) and
                 toks[i + 1][2] == "من"):
            break
        if toks[i][2][-1:] in ".؟!":
            return None
        i += 1
    if i >= len(toks):
        return None
    core = toks[i][2].strip("،,.:")
    if PARTITIVE_RE.match(_PREP_CLITIC_RE.sub("", core)) and i + 2 < len(toks) and \
            toks[i + 1][2] == "من":
        i += 2
        core = toks[i][2].strip("،,.:")
    head = core if core in GROUP_HEADS else _PREP_CLITIC_RE.sub("", core)
    if head not in GROUP_HEADS:
        return None
    first = toks[i]
    clitic = len(core) - len(head)
    end = first[1] - (len(first[2]) - len(first[2].rstrip("،,.:")))
    last_punct = first[2] != first[2].rstrip("،,.:")
    n = 0
    j = i + 1
    while not last_punct and j < len(toks) and n < 2:
        t = toks[j][2]
        core = t.rstrip("،,.:")
        construct = n == 0 and head in CONSTRUCT_HEADS  # "مسؤولي شركة", "أسرة الفقيدة"
        if core in _NP_STOPS or core.lstrip("وف") in TITLE_WORDS or len(core) < 3 or \
                not (construct or core.startswith("ال")):
            break
        end = toks[j][0] + len(core)
        last_punct = core != t
        n += 1
        j += 1
    return a.folded.orig(first[0] + clitic), a.folded.orig(end)


def _side_b(a: Analysed, after: int, s1: int, a_ent: Entity | None
            ) -> list[tuple[str, tuple[int, int], str, str]]:
    """Side B options after ``after``: the first named party (not A), and a group phrase."""
    F = a.folded.text
    out: list[tuple[str, tuple[int, int], str, str]] = []
    fa = a.folded.fold_pos(after)
    for e in entities_between(a.entities, after, s1):
        if e.type not in _PARTY_TYPES or (a_ent is not None and name_of(e) == name_of(a_ent)):
            continue
        if _words(F[fa:a.folded.fold_pos(e.start)]) > _B_WORDS:
            break
        out.append((name_of(e), (e.start, e.end), e.type, f"entity{len(out) + 1}"))
        if len(out) >= _B_ENTITIES:
            break
    np_ = _group_np(a, after, s1)
    if np_ is not None:
        text = a.text[np_[0]:np_[1]].strip()
        if text and not any(o[1][0] <= np_[0] < o[1][1] for o in out):
            out.append((text, np_, "GROUP", "group"))
    return out


def _opener(F: str, fb: int, fc: int) -> str:
    """The word just before side B ("مع", "ب…", "ل…"), as a feature class."""
    between = F[fb:fc].split()
    if between and between[-1] == "مع":
        return "maa"
    return "none"


def _status(F: str, fs0: int, fc0: int, fc1: int, pre: str) -> str:
    left = F[fs0:fc0]
    if CANCELLED_RE.search(F[fs0:fc1 + 60]):
        return "cancelled"
    if "س" in pre or PLANNED_RE.search(left) or PLANNED_RE.search(F[fc1:fc1 + 50]):
        return "planned"
    return "held"


def candidates(doc: Document) -> list[Candidate]:
    """Every cue with two sides (the rules' own pairs are dropped later, in ``accepted``)."""
    if not doc.text or not doc.entities:
        return []
    a = analysed(doc)
    F = a.folded.text
    covered = {(m.start, m.end) for m in doc.meetings}
    rules_found = bool(doc.meetings)
    people = [e for e in a.entities if e.type == "PERSON"]
    main_actor = people[0] if people else None
    out: list[Candidate] = []
    # one pass of the cue pattern over the article; sentences without a cue cost nothing more
    every = [(m.start("pre"), m.start("cue"), m.end(), m.group("pre"), _FORM_FAMILY[m.group("cue")])
             for m in CUE_RE.finditer(F)]
    every += [(m.start(), m.start(), m.end(), "", "visit") for m in SICK_VISIT_RE.finditer(F)]
    if not every:
        return out
    every.sort()
    starts = [x[0] for x in every]
    for si, (s0, s1) in enumerate(a.sents):
        if s1 - s0 < 15:
            continue
        fs0, fs1 = a.folded.fold_pos(s0), a.folded.fold_pos(s1)
        matches = every[bisect_left(starts, fs0):bisect_left(starts, fs1)]
        if not matches:
            continue
        in_rules = (s0, s1) in covered
        sent_f = F[fs0:fs1]
        sport = bool(SPORT_RE.search(sent_f))
        quoted = len(QUOTE_RE.findall(sent_f))
        n_ents = len([e for e in entities_between(a.entities, s0, s1) if e.type in _PARTY_TYPES])
        seen: set[tuple[str, str]] = set()
        for fp0, fc0, fc1, pre, fam in matches:
            c0, c1 = a.folded.orig(fc0), a.folded.orig(fc1)
            cue = F[fc0:fc1]
            noun = "ال" in pre or cue.endswith(_NOUN_ENDINGS) or pre.endswith("ب") or \
                pre.endswith("ل")
            verb = not noun
            sides_a = _side_a(a, s0, a.folded.orig(fp0), c1, verb)
            if not sides_a and main_actor is not None and main_actor.start < c0:
                sides_a = [(main_actor, "main")]
            for a_ent, a_src, b, b_span, b_type, b_src in [
                    (e, src, *side) for e, src in sides_a
                    for side in _side_b(a, max(e.end, c1) if e.start >= c1 else c1, s1, e)]:
                b_from = max(a_ent.end, c1) if a_ent.start >= c1 else c1
                key = (name_of(a_ent), b)
                if key in seen or fold_keep_length(b) == fold_keep_length(name_of(a_ent)):
                    continue
                seen.add(key)
                fb = a.folded.fold_pos(b_span[0])
                status = _status(F, fs0, fc0, fc1, pre)
                left = F[max(fs0, fc0 - 40):fc0]
                feats: dict[str, float] = {
                    f"fam={fam}": 1.0,
                    f"form={'verb' if verb else 'noun'}": 1.0,
                    f"fam_form={fam}_{'verb' if verb else 'noun'}": 1.0,
                    f"status={status}": 1.0,
                    "future_prefix": float("س" in pre),
                    "negation_before": float(bool(NEGATION_RE.search(left))),
                    "speculative_before": float(bool(SPECULATIVE_RE.search(F[fs0:fc0]))),
                    "say_before": float(bool(SAY_RE.search(F[fs0:fc0]))),
                    f"a_src={a_src}": 1.0,
                    f"a_src_form={a_src}_{'verb' if verb else 'noun'}": 1.0,
                    f"a_type={a_ent.type}": 1.0,
                    "a_titled": float(_titled(a, a_ent)),
                    f"b_src={b_src}": 1.0,
                    f"b_class={_group_class(b) if b_src == 'group' else 'name'}": 1.0,
                    f"fam_bclass={fam}_{_group_class(b) if b_src == 'group' else 'name'}": 1.0,
                    f"b_type={b_type}": 1.0,
                    f"b_opener={_opener(F, a.folded.fold_pos(b_from), fb)}": 1.0,
                    f"b_clitic={_b_clitic(F, fb)}": 1.0,
                    f"b_gap={_bucket(_words(F[a.folded.fold_pos(b_from):fb]), (0, 1, 3, 6))}": 1.0,
                    f"a_gap={_bucket(_a_gap(a, a_ent, c0, c1), (0, 2, 5, 10))}": 1.0,
                    f"b_len={_bucket(_words(b), (1, 2, 3))}": 1.0,
                    f"sent_idx={_bucket(si, (0, 1, 3, 6))}": 1.0,
                    "rules_found_other": float(rules_found),
                    "rules_same_sentence": float(in_rules),
                    f"sent_ents={_bucket(n_ents, (1, 2, 4, 7))}": 1.0,
                    "sport": float(sport),
                    "quoted": float(quoted > 0),
                    "cue_early": float(fc0 - fs0 < 60),
                    f"pair={a_ent.type}_{b_type}": 1.0,
                    "b_after_title": float(_after_title_word(F, fb)),
                    "b_is_a_part": float(b_span[0] < a_ent.end and a_ent.start < b_span[1]),
                    f"fam_b={fam}_{b_src}": 1.0,
                }
                out.append(Candidate(sent=(s0, s1), cue=(c0, c1), family=fam, a=name_of(a_ent),
                                     b=b, a_span=(a_ent.start, a_ent.end), b_span=b_span,
                                     status=status, features=feats))
    return out


def _group_class(np_text: str) -> str:
    head = _PREP_CLITIC_RE.sub("", fold_keep_length(np_text.split()[0]))
    return GROUP_CLASSES.get(head, "other")


def _after_title_word(F: str, fb: int) -> bool:
    """B written right after a title word ("أمير المنطقة الشرقية"): part of someone's title."""
    before = F[max(0, fb - 30):fb].split()
    return bool(before) and before[-1].lstrip("وف") in TITLE_WORDS


def _b_clitic(F: str, fb: int) -> str:
    w = F[max(0, fb - 2):fb]
    if fb >= 1 and F[fb - 1] in "لب" and (fb < 2 or not F[fb - 2].isalpha() or
                                          F[fb - 2] in "وف"):
        return F[fb - 1]
    return "none" if not w.strip() or w.endswith(" ") else "other"


def _a_gap(a: Analysed, e: Entity, c0: int, c1: int) -> int:
    F = a.folded.text
    if e.end <= c0:
        return _words(F[a.folded.fold_pos(e.end):a.folded.fold_pos(c0)])
    if e.start >= c1:
        return _words(F[a.folded.fold_pos(c1):a.folded.fold_pos(e.start)])
    return 99


@lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> dict | None:
    try:
        model = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return model if isinstance(model.get("weights"), dict) else None


def load_model(path: Path = MODEL_PATH) -> dict | None:
    """The trained weights and threshold, or None when no model was written."""
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    return _load(str(path), mtime)


def score(features: dict[str, float], model: dict) -> float:
    """The model's probability that the candidate is a meeting the annotators would list."""
    w = model["weights"]
    z = model.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def meeting_of(doc: Document, c: Candidate) -> Meeting:
    """The candidate as the rules would write it: sentence span, host first, place and date from
    the stage's own helpers."""
    from marsad.meetings import _dateline_place

    a = analysed(doc)
    s0, s1 = c.sent
    kind = CUE_KIND.get(c.family, "meeting")
    date_value, date_source = governing_date(doc, s0, s1, anchor=c.cue[0])
    if c.status != "held" and date_source in ("paragraph", "pub_date"):
        date_value, date_source = None, None
    place = None
    if kind != "call":
        F = a.folded.text
        for e in entities_between(a.entities, c.cue[1], s1):
            if e.type != "LOCATION" or e.start == c.b_span[0]:
                continue
            fp = a.folded.fold_pos(e.start)
            before = F[max(0, fp - 4):fp]
            if before.endswith(("في ", "ب", "بال")) or before.endswith(" في"):
                place = name_of(e)
                break
        if place is None and c.status == "held":
            place = _dateline_place(doc, a)
    return Meeting(start=s0, end=s1, participants=[c.a, c.b], place=place, date=date_value,
                   status=c.status, evidence=doc.text[s0:s1], kind=kind,
                   date_source=date_source)


def _fold_set(name: str) -> frozenset[str]:
    return frozenset(fold_keep_length(w) for w in name.split())


def accepted(doc: Document, cands: list[Candidate], scores: list[float], threshold: float
             ) -> list[Meeting]:
    """The meetings of the candidates scored at or above ``threshold``: the best one per cue,
    one per pair of sides, none that repeats a meeting already made."""
    best: dict[tuple[int, int], tuple[float, Candidate]] = {}
    for c, p in zip(cands, scores, strict=True):
        where = c.sent if ONE_PER_SENTENCE else c.cue
        if p >= threshold and (where not in best or p > best[where][0]):
            best[where] = (p, c)
    pairs = [[_fold_set(n) for n in m.participants] for m in doc.meetings]
    out: list[Meeting] = []
    for _, c in sorted(best.values(), key=lambda x: x[1].cue):
        sa, sb = _fold_set(c.a), _fold_set(c.b)
        if any(any(sa <= x or x <= sa for x in ps) and any(sb <= x or x <= sb for x in ps)
               for ps in pairs):
            continue
        pairs.append([sa, sb])
        if c.meeting is None:
            c.meeting = meeting_of(doc, c)
        out.append(c.meeting)
    return out


def run(doc: Document, ctx: object, model: dict | None = None) -> None:
    """Append the learned meetings (after the rules); a no-op without a trained model."""
    model = model or load_model()
    if model is None:
        return
    cands = candidates(doc)
    if not cands:
        return
    scores = [score(c.features, model) for c in cands]
    new = accepted(doc, cands, scores, float(model["threshold"]))
    if new:
        doc.meetings.extend(new)
        doc.meetings.sort(key=lambda m: m.start)
