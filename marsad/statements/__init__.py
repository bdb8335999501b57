"""The statements stage: who said what, with which stance, and about whom.

One pass over the sentences. A reporting verb or participle from ``lexicon.VERBS`` is the anchor;
the speaker is the entity (or nominal speaker such as "دول غربية", "بيان صادر عن X") right after
a past-tense verb or right before a present-tense one, the speaker already speaking for a
participle (مؤكداً، مشيرةً إلى …) or a dropped-pronoun verb (وأضاف أن …); the content is the
quote, the أن/إن clause, or the verb's object, cut where the next reported clause begins. Stance
comes from the verb, refined by what the content opens with (أكد رفضه … → oppose).

Subjects are also found where news prose puts them out of the verb's way: fronted ("وكان X قد
قال"، "أما X فأكد")، in apposition to an untagged name ("قال جمال با رأس، القاضي …: إن")، as a
title pointing back to its holder ("أمين عام غرفة مكة")، a definite noun pointing back to the body
named with it ("المنظمة الحقوقية"، "الشركة")، two names for a dual verb ("قالا")؛ places after a
preposition, addressees ("لصحيفة «X»") and listeners ("لصحفيين …") are never speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from marsad.document import Document, Entity, Statement
from marsad.meetings.folded import (
    WB_END,
    WB_START,
    Analysed,
    alternation,
    analysed,
    entities_between,
    fold_key,
    governing_date,
    name_of,
    trie_alternation,
)
from marsad.statements import lexicon as lx

__all__ = ["run"]

_SPEAKER_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
_SPEAKER_GAP_WORDS = 5  # title words allowed between a verb and its speaker's name
_PERSON_GAP_WORDS = 8  # … before a person's name
# … when those words open with a title ("رئيس ديوان المظالم رئيس مجلس القضاء الإداري الشيخ …")
_TITLE_GAP_WORDS = 10
# "أعلن فريق بشكتاش … عن تعاقده مع ماريو جوميز": a person after these is an object, no speaker
_OBJECT_PREPS = frozenset({"عن", "مع", "علي", "الي"})
_LAST_SPEAKER_REACH = 3  # sentences a dropped-pronoun verb may look back for its speaker
_MIN_CONTENT_WORDS = 2
# "نقلت الوكالة عن مصدر وصفته بأنه موثوق ومطلع من وزارة … قوله": how far "قوله" may follow
_QAWL_REACH = 140


def _build_verbs() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    index: dict[str, tuple[str, str]] = {}
    for forms, stance, frame in lx.VERBS:
        for f in forms:
            index.setdefault(f, (stance, frame))
    pat = WB_START + r"(?P<p>[وف]?)(?P<v>" + trie_alternation(list(index)) + r")" + WB_END
    return re.compile(pat), index


VERB_RE, VERB_INDEX = _build_verbs()
THAT_RE = re.compile(
    WB_START + r"(?:(?:الي|علي)\s+)?(?:ب|ل)?ان(?:ه|ها|هم|هما|نا|ني)?" + WB_END + r"|:"
)
# the content marker right after the speaker (a form that is also a preposition needs it there)
THAT_NEXT_RE = re.compile(r"[\s،,]*(?:" + THAT_RE.pattern + r"|[«\"“])")
QUOTE_RE = re.compile(r"«[^»\n]*»|\"[^\"\n]*\"|“[^”\n]*”")
QUOTE_OPEN_RE = re.compile(r"\s*[:،,]?\s*[«\"“]")
QUOTE_START_RE = re.compile(r"[«\"“]")
FI_BAYAN_RE = re.compile(
    r"\s+(?:في\s+((?:ال)?(?:بيان|تصريح|تصريحات|رساله|كلمه|برقيه|تغريده|خطاب)\S*)|(فيها|فيه)(?=\s*:))"
)
_LIGHT = frozenset(lx.LIGHT_VERBS)
LIGHT_RE = re.compile(WB_START + r"(?:" + alternation(lx.LIGHT_NOUNS) + r")")
THANKS_RE = re.compile(WB_START + r"(?:" + alternation(lx.THANKS_NOUNS) + r")")
IMPERSONAL_RE = re.compile(WB_START + r"(?:" + alternation(lx.IMPERSONAL) + r")" + WB_END)
RELATIVE_RE = re.compile(r"(?:وهو|وهي|وهذا|الامر الذي)\s+ما\s*$|(?<!\w)ما\s*$")
OPPOSE_EVAL_RE = re.compile(alternation(lx.OPPOSE_EVAL))
DIDD_RE = re.compile(WB_START + r"ضد" + WB_END)
SADIR_RE = re.compile(WB_START + r"(?:ال)?صادر(?:ه)?\s+(?:عن|من)\s+|" + WB_START + r"ل(?=\S)")
AN_RE = re.compile(WB_START + r"عن" + WB_END)
PRAYER_RE = re.compile(r"\s*(?:" + "|".join(lx.PRAYER_OBJECTS) + r")" + WB_END)
# "وأكد حرصه على …": a possessed noun right after the verb — the pronoun is the speaker
POSSESSED_RE = re.compile(r"\s+\w{3,}(?:ته|ها|هم|هما)(?!\w)")
PASSIVE_BI_RE = re.compile(r"\s+ب\w{3,}")
EXPRESS_DIRECT_RE = re.compile(r"\s*(?:عن\s+)?(\S+)")
EXPRESS_AN_RE = re.compile(WB_START + r"عن\s+(\S+)")
WORD_AHEAD_RE = re.compile(r"\s*\S+")
DASH_OPEN_RE = re.compile(r"\s*[-–]\s")
PRAYER_CUT_RE = re.compile(r"[،,]?\s*(?:" + "|".join(lx.PRAYER_CUTS) + r")" + WB_END)
NARRATIVE_CUT_RE = re.compile(r"[،,]\s*(?:و|كما\s+|ثم\s+)(?:" + alternation(lx.NARRATIVE_CUTS)
                              + r")" + WB_END)
DHALIK_AFTER_RE = re.compile(r"\s+ذلك" + WB_END)
QUOTED_NAME_RE = re.compile(r"\s*[«\"“(]([^»\"”()]{2,30})[»\"”)]")
WARN_RE = re.compile(WB_START + r"(?:" + "|".join(lx.WARN_CUES) + r")" + WB_END)
OBJ_PREP_RE = re.compile(r"\s*(?:ب\S|الي\s|من\s|عن\s|علي\s)")
DHALIK_RE = re.compile(r"[،,]?\s*" + WB_START + r"(?:وذلك|وياتي ذلك|في حين|بينما|في الوقت الذي|"
                       + alternation(lx.ATTRIBUTION_CUTS) + r")" + WB_END
                       + r"|[،,]\s*ل[يت]\w+\s+بذلك" + WB_END
                       + r"|[،,.]\s*(?:" + alternation(lx.TOPIC_SHIFTS) + r")" + WB_END)
LEAD_PREP_RE = re.compile(r"[\s،,]*(?:علي|الي)\s+")
_LEAD_STANCE = dict(lx.CONTENT_LEAD_STANCE)
LEAD_STANCE_RE = re.compile(r"[\s«\"“:،,]*(?:(?:لهذا|لذلك|ولذلك|ولهذا)\s+(?:فانه|فان)\s+)?("
                            + alternation(list(_LEAD_STANCE)) + r")" + WB_END)
_EMBEDDED = dict(lx.EMBEDDED_STANCE)
FRONT_RE = re.compile(WB_START + r"(?:" + alternation(lx.FRONTING_WORDS) + r")\s+")
TIME_LEAD_RE = re.compile(
    r"(?:[\s،,]*(?:امس|اليوم|مساء|صباح|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت"
    r"|الاول|الماضي)" + WB_END + r")+"
)
CONDITIONAL_RE = re.compile(r"[\s«\"“:،,]*(?:" + alternation(lx.CONDITIONAL_LEADS) + r")" + WB_END)
THREAT_RE = re.compile(WB_START + r"(?:" + alternation(lx.THREAT_CUES) + r")" + WB_END)
TEMPORAL_CUT_RE = re.compile(r"[،,]?\s(?:(?:بعد|قبل|منذ) ان|وهي|وهو|وهم)" + WB_END)
QUOTED_SPEAKER_RE = re.compile(
    r"\s*[«\"“]([^»\"”\n]{2,45})[»\"”]\s*(?=:|(?:ان|انه|انها|بان)" + WB_END + r")")
FAR_THAT_RE = re.compile(WB_START + r"(?:ان|انه|انها|بان)\s*(?=[«\"“])|:\s*(?=[«\"“])")
ACCORDING_END_RE = re.compile(r"\s*[،,]\s*(?:ف(?:ان|انه|انها)\s)?|\s+ف(?:ان|انه|انها)\s")
MUST_RE = re.compile(r"[\s«\"“:]*و?علي\s+(?:\S+\s+){1,3}?ان" + WB_END)
RELATIVE_APPOSITION_RE = re.compile(r"\s*[،,]\s*(?:الذي|التي|الذين)\s")
RELATIVE_RESUME_RE = re.compile(r"\s*(?:علي|الي|ان|انه|انها|بان|:)" + WB_END + r"|\s*:")
DENY_AHEAD_RE = re.compile(r"\s*(?:(?:هذه|هذا|تلك|كل|جميع)\s+)?(\S+)")
COLON_THAT_RE = re.compile(r"\s*(?:ان|انه|انها|اننا|انهم)" + WB_END)
BACKWARD_RE = re.compile(WB_START + r"(?:" + alternation(lx.ATTRIBUTION_CUTS) + r")\s*$")
MUST_CUE_RE = re.compile(WB_START + r"(?:" + alternation(lx.MUST_CUES) + r")" + WB_END)
SUBJECT_TIME_RE = re.compile(r"(?:^|\s)(?:في وقت (?:سابق|لاحق)|امس|اليوم|مساء|صباح)(?:\s.*)?$")
NEW_SPEAKER_RE = re.compile(r"[\s«\"“]*(?:" + alternation(lx.NEW_SPEAKER_LEADS) + r")" + WB_END)
LIGHT_PP_RE = re.compile(r"\s*(?:في|خلال)\s+(?:ال)?(?:بيان|تصريح|كلمه|مؤتمر|رساله)\S*"
                         r"(?:\s+[^\s(]+){0,3}\s*(?:\([^)]{0,80}\))?\s*")
STATEMENT_PP_RE = re.compile(
    r"\s*(?:في|خلال)\s+(?:ال)?(?:بيان|تصريح|كلمه|مؤتمر|رساله|حديث|مقابله|لقاء)\S*"
    r"(?:\s+[^\s«\"“]+){0,6}?\s*[:،,]?\s*(?=[«\"“])")
FULL_STOP_RE = re.compile(r"[.!؟]\s+(\S+)")
KAMA_RE = re.compile(r"[،,]\s*كما\s*$")
PARENTHETICAL_RE = re.compile(
    r"\s*[،,]\s*و?(?:في|خلال|لدي|عبر|ل)\S*[^،,.:«\"“]{0,60}[،,]\s*(?:قد\s*)?")
MAFUL_RE = re.compile(r"م\w\wو\wا")  # "محدوداً": a passive participle describes, no new clause
PARTICIPLE_CUT_RE = re.compile(r"[،,]\s*(م\w{3,}ا)" + WB_END)
RESUMPTIVE_RE = re.compile(r"\s*(?:" + alternation(lx.RESUMPTIVE_PRONOUNS) + r")(?=\s+\S)" + WB_END)
# "في الوقت الذي …": a time before the relative, not its subject (folded)
_TIME_NOUNS = frozenset({"الوقت", "اليوم", "الحين", "اللحظه", "الاسبوع", "الشهر", "العام"})
RESUMPTIVE_PP_RE = re.compile(r"\s+(?:فيه|فيها|عنه|عنها|له|لها|عليه|عليها|منه|منها|به|بها|اليه|"
                              r"اليها)" + WB_END)
SIDE_LEAD_RE = re.compile(r"\s*(?:من\s+(?:جانبه|جانبها|جهته|جهتها|ناحيته|ناحيتها)|بدوره|بدورها)"
                          + WB_END + r"\s*[،,]?(?=\s+\S)")
ADDRESSEE_LEAD_RE = re.compile(r"\s*ل\s*[«\"“(][^»\"”)\n]{1,40}[»\"”)]")
QAWL_RE = re.compile(WB_START + r"(?:قوله|قولها|قولهم|قوله|قولهما)" + WB_END)
# "حمّل X Y مسؤولية …": the responsibility a few words after the speaker, an object before it
RESPONSIBILITY_RE = re.compile(r"[\s،,]*[^\s،,.:]+(?:\s+[^\s،,.:]+){0,3}\s+(?:ال)?مسؤولي")
HYPHEN_TAIL_RE = re.compile(r"-[^\W\d_]{2,}")
FIHI_RE = re.compile(r"\s*(?:فيه|فيها|فيهما|خلاله|خلالها)\s+")
OBJECT_FIRST_RE = re.compile(r"\s*(?:بال\S|ب(?:كل|جميع|هذا|هذه|ما|ان)\s|(?:الي|من|عن|علي)\s)")
ISSUE_RE = re.compile(r"[\s«\"“]*[وف]?(?:" + alternation(lx.ISSUE_VERBS) + r")\s+")
MIN_NEXT_RE = re.compile(r"[\s،,]*من\s")
ILA_QAWL_RE = re.compile(WB_START + r"الي\s+القول" + WB_END)
_PREPS = frozenset({"في", "علي", "عن", "من", "الي", "مع", "خلال", "حول", "بشان", "امام", "لدي",
                    "عبر", "بعد", "قبل", "منذ", "ان", "انه", "بان", "اليوم", "امس",
                    "لـ", "ل", "و", "التي", "الذي"})
_PUNCT_STRIP = " \t\n،,.:؛;«»\"“”()-–"
_GROUP_PLURAL_RE = re.compile(r"ال\w{3,}ون")  # folded: المتمردون، الانفصاليون، المصابون
SAME_SOURCE_RE = re.compile(r"\s+(ال\w+)\s+(?:نفسه|نفسها|ذاته|ذاتها|عينه|عينها)" + WB_END)
_SAME_SOURCE_HEADS = frozenset(lx.SOURCE_HEADS) | {"المتحدث", "المتحدثه", "الناطق", "الناطقه"}


@dataclass
class _Said:
    speakers: list[str]
    verb: tuple[int, int]  # original offsets
    stance: str
    content: tuple[int, int]  # original offsets
    target: str | None
    start: int


def run(doc: Document, ctx: object) -> None:
    """Append the statements reported in ``doc`` (uses the entities stage's spans)."""
    if not doc.text:
        return
    a = analysed(doc)
    a.nominal.clear()
    a.pairs = []  # type: ignore[attr-defined]  # (start, two speakers) who spoke together
    out: list[Statement] = []
    last_speaker: str | None = None
    last_si = -10
    state: dict[str, str] = {}  # "issuer": who issued the last بيان
    F = a.folded.text
    starts = [a.folded.fold_pos(s0) for s0, _ in a.sents]
    verbs_in: dict[int, list[re.Match[str]]] = {}
    for m in VERB_RE.finditer(F):  # one scan of the article, then only sentences with a verb
        verbs_in.setdefault(bisect_right(starts, m.start()) - 1, []).append(m)
    joined: set[int] = set()
    for si in sorted(verbs_in):
        if si < 0 or si in joined:
            continue
        s0, s1 = a.sents[si]
        found = verbs_in[si]
        sj = si
        while doc.text[s0:s1].rstrip()[-1:] == "؛" and sj + 1 < len(a.sents) and \
                THAT_RE.search(F, found[-1].end(), a.folded.fold_pos(s1)) is None:
            # "من جانبه، قال لـ«الاقتصادية» حميد العنزي؛ مصرفي سعودي، إن …": a semicolon
            # ends the sentence splitter's sentence, not the report (when what was said has
            # not begun before it)
            sj += 1
            s1 = a.sents[sj][1]
            found = found + verbs_in.get(sj, [])
            joined.add(sj)
        said = _sentence_statements(doc, a, si, s0, s1, found,
                                    last_speaker if si - last_si <= _LAST_SPEAKER_REACH else None,
                                    state)
        for st in said:
            c0, end = _trim_span(doc.text, *st.content)
            text = _clean(doc.text[c0:end])
            if len(text.split()) < _MIN_CONTENT_WORDS:
                continue
            if any(fold_key(sp).split()[:1] and fold_key(sp).split()[0] in lx.GENERIC_OUT
                   for sp in st.speakers):
                continue  # "يرى مراقبون أن …": nobody in particular
            date_value, date_source = _said_on(doc, st.start, c0, end, s1, st.verb[0])
            for sp in map(_balanced_name, st.speakers):
                if any(x.speaker == sp and x.content == text for x in out[-4:]):
                    continue  # "ووجه X رسالة … أكد فيها أن …": one thing said, two verbs
                out.append(Statement(
                    start=st.start, end=end, speaker=sp,
                    verb=doc.text[st.verb[0]:st.verb[1]], stance=st.stance, content=text,
                    target=st.target, date=date_value, date_source=date_source,
                ))
            if len(st.speakers) == 1:
                last_speaker, last_si = st.speakers[0], si
            elif len(st.speakers) == 2:
                a.pairs.append((st.start, tuple(st.speakers)))  # type: ignore[attr-defined]
    from marsad.statements import speaker_rank  # here: it reads this module's lexicon

    speaker_rank.apply(doc, out)  # the learned second opinion on speakers, when trained
    doc.statements.extend(out)


_BEFORE_NOUN = [[w] for w in lx.BEFORE_NOUN]
_FIRST_PERSON = [[w] for w in lx.FIRST_PERSON_LEADS]
_WHICH = [[w] for w in lx.WHICH_WORDS]
_MASDAR_GOVERNORS = [[w] for w in lx.MASDAR_GOVERNORS]
_SUBJUNCTIVE = [[w] for w in lx.SUBJUNCTIVE_LEADS]
_TRIM = " \t\n،,.:؛;-–"
_PAIRS = {"«": "»", '"': '"', "“": "”"}


def _balanced_name(name: str) -> str:
    """A speaker without a quotation mark left open ('مركز "روام' → 'مركز روام'): the entities
    stage may cut a quoted name after its opening mark."""
    for opening, closing in (("«", "»"), ("“", "”")):
        if name.count(opening) != name.count(closing):
            name = name.replace(opening, "").replace(closing, "")
    if name.count('"') % 2:
        name = name.replace('"', "")
    return " ".join(name.split())


COLON_QUOTE_RE = re.compile(r"(?:\s+[^\s:«\"“]+){1,4}\s*:\s*[«\"“]")
_EXPRESS_AN_WORDS = 20  # words from the verb (its subject and title) to its عن


def _an_follows(F: str, ve: int, limit: int) -> bool:
    """Does the express verb's عن follow within a few words, in the same clause — not a later
    "عن طريق" or a عن of another verb ("عبر موقعه الرسمي "بشكتاش يعلن عن …"")?"""
    if COLON_QUOTE_RE.match(F, ve, limit):
        return True  # "أعربت كلينتون: «لا أعرف …»": the verb used as 'said', a quotation follows
    an = EXPRESS_AN_RE.search(F, ve, limit)
    if an is None or an.group(1) == "طريق":
        return False
    gap = F[ve:an.start()]
    return len(gap.split()) <= _EXPRESS_AN_WORDS and not any(c in gap for c in ".:«\"“")


def _trim_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, b


def _clean(s: str) -> str:
    """Content as shown: outer punctuation off, a quote that wraps the whole content off, and an
    unmatched quote mark (the clause ran into a quotation) dropped."""
    s = s.strip(_TRIM)
    if len(s) > 1 and s[0] in _PAIRS and s[-1] == _PAIRS[s[0]] and s.count(s[-1]) <= 2:
        s = s[1:-1].strip(_TRIM)
    for q in ('"', "«", "»", "“", "”"):
        if s.count(q) == 1 or (q == '"' and s.count(q) % 2):
            s = s.replace(q, "", 1).strip(_TRIM) if s.startswith(q) or s.endswith(q) else s
    return s


def _sentence_statements(
    doc: Document, a: Analysed, si: int, s0: int, s1: int, found: list[re.Match[str]],
    last_speaker: str | None, state: dict[str, str],
) -> list[_Said]:
    F = a.folded.text
    fp, o = a.folded.fold_pos, a.folded.orig
    f0, f1 = fp(s0), fp(s1)
    found = [m for m in found if m.end() <= f1]
    quotes = [(m.start(), m.end()) for m in QUOTE_RE.finditer(F, f0, f1)] if any(
        c in F[f0:f1] for c in "«\"“") else []
    verbs = [m for m in found if not (any(q0 < m.start() < q1 for q0, q1 in quotes)
                                      and not (m.group("p") and
                                               F[max(0, m.start() - 3):m.start()].rstrip()[-1:]
                                               in (".", "!", "؟")))
             and not (m.group("v") in lx.SPOKESMAN_NOUN_FORMS and
                      F[m.end():m.end() + 8].split()[:1] and
                      F[m.end():m.end() + 8].split()[0] in lx.SPOKESMAN_LINKS)]
    # ("متحدثة باسم الشركة" is the spokeswoman, not the participle "speaking")
    named = {fp(e.start) for e in entities_between(a.entities, s0, s1)
             if e.type in _SPEAKER_TYPES}  # where names start: "… وقال خامنئي …" opens a clause
    out: list[_Said] = []
    current: str | None = _sentence_issuer(a, f0, f1)  # who is speaking in this sentence
    for k, m in enumerate(verbs):
        form = m.group("v")
        stance, frame = VERB_INDEX[form]
        if frame == "according" and F[f0:m.start("p")].strip(" \n،,.:«\"“"):
            continue  # "بحسب"/"وفق" inside a sentence attributes backwards; only a lead is taken
        vs, ve = m.start("v"), m.end()
        if IMPERSONAL_RE.match(F, m.start("p")) or (form in lx.NO_PREFIX and m.group("p")):
            continue  # "يذكر أن …"; "وعد" (promised) is no "عدّ"
        if form in ("يدعي", "تدعي") and doc.text[o(ve) - 1:o(ve)] == "ى":
            continue  # "القتيل يدعى محمد": is called, not claims (the unfolded ى tells)
        if form == "ابان" and doc.text[o(vs):o(vs) + 1] == "إ":
            continue  # "إبان إقامتهم": during, not أبان (explained) — the hamza tells
        if not m.group("p") and \
                F[max(0, m.start("p") - 8):m.start("p")].split()[-1:] in _BEFORE_NOUN:
            continue  # "من دون ذكر اسمه", "ويهدف إلى حث المواطنين": a noun, not a verb
        if not m.group("p") and form[:1] in ("ي", "ت") and not form.endswith(("ه", "ها")) \
                and F[max(0, m.start("p") - 6):m.start("p")].split()[-1:] in _WHICH:
            continue  # "مما يشير إلى أن …": which indicates ("وهو ما تنفيه طهران" still speaks)
        if not m.group("p") and form[:1] in ("ي", "ت") and \
                F[max(0, m.start("p") - 6):m.start("p")].split()[-1:] in _SUBJUNCTIVE:
            continue  # "ويأمل الأعضاء أن يعبر كوبرين عن …": wished for, not reported
        if not m.group("p") and \
                F[max(0, m.start("p") - 8):m.start("p")].split()[-1:] in _MASDAR_GOVERNORS:
            continue  # "الذي رفض ذكر اسمه": a verbal noun, the refusal's object
        if F[max(0, m.start("p") - 8):m.start("p")].split()[-1:] in _FIRST_PERSON:
            continue  # "كم كنت أنتقد …": the writer's own past, nobody reported
        if not m.group("p") and _after_quantity(F, m.start("p")):
            continue  # "200 ألف طالب", "كل طالب": a noun counted, not a verb
        if F[ve:ve + 8].split()[:1] in (["قوله"], ["قولها"]):
            continue  # "وأفاد قوله «بواحاً» أنه …": a gloss on words, nobody speaks
        if frame == "express" and form.startswith(lx.EXPRESS_THANKS_ONLY) and \
                THANKS_RE.search(F, ve, min(f1, ve + 90)) is None:
            continue  # "قدم/رفع" offer thanks or nothing said (a cheap test: they are frequent)
        if form in _LIGHT and (LIGHT_RE.search(F, ve, min(f1, ve + 90)) is None or
                               F[max(0, m.start("p") - 6):m.start("p")].split()[-1:]
                               in (["في"], ["علي"], ["من"], ["الي"]) or
                               F[ve:ve + 3].lstrip()[:1] == "ل"):
            continue  # "جدد العقد", "في وجه …", "وُجهت لكاميرون انتقادات": no one speaks
        if frame == "in_statement" and not FI_BAYAN_RE.match(F, ve):
            continue  # "جاء" is speech only as "جاء في بيان …"
        if stance == "call" and PRAYER_RE.match(F, ve):
            continue  # "داعياً الله أن يتغمده …"
        if F[ve:ve + 30].lstrip().startswith(lx.ANONYMITY_OBJECTS):
            continue  # "مسؤول رفض الكشف عن هويته": describes the source, says nothing
        if stance == "accuse" and PASSIVE_BI_RE.match(F, ve) and not any(
                e.start <= o(ve) + 2 for e in entities_between(a.entities, o(ve), o(ve) + 12)):
            continue  # "اتُّهم بسرقة …" (passive, undiacritised): nobody accuses here
        negated = _negated(F, m.start("p"))
        if negated:
            if form not in lx.DECLINE_WHEN_NEGATED:
                continue  # "لم يقل …" reports nothing said
            stance, frame = "decline_comment", "negated"
        elif frame == "negated_only":
            continue
        participle = form in lx.PARTICIPLES
        if participle and form.endswith("ه") and stance == "assert" and \
                not _after_comma(F, m.start("p")) and not _participle_marker(F, ve):
            continue  # "إجراءات أمنية مشددة", "خطوة لافتة": an adjective, nobody speaks
        if participle and form.endswith("ه") and form not in lx.BY_SAYING and \
                not m.group("p") and not _after_comma(F, m.start("p")) and \
                _after_indefinite_noun(a, F, f0, m.start("p")):
            continue  # "رقابة مشددة على", "أصوات منددة بـ", "حد مطالبة اليونان": an adjective or
            # a verbal noun after the noun it describes or depends on; nobody speaks
        if participle and lx.DERIVED_KIND.get(form) == "participle" and \
                not _after_comma(F, m.start("p")) and not _participle_marker(F, ve):
            continue  # "أطلق الحكم صافرته معلناً فوز النصر": a manner, nobody reported
        nxt = _next_clause_verb(F, verbs, k, f1, named)
        if frame == "express" and not form.startswith(lx.EXPRESS_DIRECT) and \
                not _an_follows(F, ve, min(nxt, ve + 120)):
            continue  # "إلى إنجلترا عبر كاليه": عبر without عن is the preposition, nobody speaks
        if not participle and any(p.content[0] <= o(vs) < p.content[1] for p in out):
            continue  # inside what someone is already reported to say
        if any(_first_word_at(doc.text, p.content[0], o(m.start("p"))) for p in out):
            continue  # "أكد رفض المملكة": the content's head noun, not a new verb

        speakers: list[str] = []
        spk_end = ve
        spk_start = vs
        if frame == "according":
            cut = ACCORDING_END_RE.search(F, ve, min(nxt, ve + 160))
            if cut is None or not ("ف" in F[cut.start():cut.end()] or
                                   _first_is_statement_noun(F, ve)):
                continue  # only "بحسب X فإن …" or "حسب البيان، …": else a narrative source
            src = ve
            if form in lx.ACCORDING_TO_LAM:
                lam = re.compile(r"\s*ل(?=\S{3})").match(F, ve)
                src = lam.end() if lam else ve  # "وفقاً لمصادر مطلعة": the source after لـ
                first = F[src:src + 20].split()[:1]
                if not (_first_is_statement_noun(F, src) or any(
                        e.start <= o(src) + 1 for e in entities_between(
                            a.entities, o(src) - 2, o(src) + 60) if e.type in _SPEAKER_TYPES)
                        or (first and first[0] in lx.SOURCE_NOUNS)):
                    continue  # "ووفق الأنظمة، فإن …": a rule, not a source
            names, _, _ = _speaker_after(doc, a, src, cut.start(), current or last_speaker,
                                         after_lam=src > ve)  # "وفقاً لسامح شكري": no addressee
            if not names:
                continue
            c0, c1 = o(cut.end()), o(nxt)
            if len(_clean(doc.text[c0:c1]).split()) < _MIN_CONTENT_WORDS:
                continue
            out.append(_Said(names, (o(vs), o(ve)), "assert", (c0, c1), None, o(vs)))
            if len(names) == 1:
                current = names[0]
            continue
        if frame == "quote_from":
            am = AN_RE.search(F, ve, min(nxt, ve + 60))
            if am is None:
                continue
            speakers, spk_end, _ = _speaker_after(doc, a, am.end(), nxt, current or last_speaker)
            q = QAWL_RE.search(F, spk_end, min(nxt, spk_end + _QAWL_REACH))
            if q:
                spk_end = q.end()
        elif participle:
            named, named_end, ent = _speaker_after(doc, a, ve, nxt)
            if ent is not None and ent.type == "PERSON" and frame == "say" and \
                    len(F[ve:fp(ent.start)].split()) <= 4 and ent.text not in _FUNCTION_SURFACES:
                # "مؤكداً وزير الدفاع الأمريكي أشتون كارتر حرص …": the subject follows
                speakers, spk_end = named, named_end
            else:
                who = (_named_in_clause(a, f0, m.start("p")) if form in lx.BY_SAYING else None) \
                    or current or _same_or_new(_clause_subject(a, f0, m.start("p")),
                                               last_speaker) \
                    or last_speaker or _fallback_speaker(a, si, o(vs))
                if who is None:
                    continue
                speakers = [who]
        elif (fronted := _fronted_subject(doc, a, f0, m.start("p"), m.group("p"),
                                          current or last_speaker)) is not None:
            speakers, spk_start = fronted
        elif (same := SAME_SOURCE_RE.match(F, ve, nxt)) is not None and \
                same.group(1) in _SAME_SOURCE_HEADS and (current or last_speaker):
            # "وتابع المصدر نفسه إنه …": the one who was speaking, under another name
            speakers, spk_end = [current or last_speaker], same.end()  # type: ignore[list-item]
        else:
            present = form[:1] in ("ي", "ت") and form not in ("تابع", "تابعت")
            before = _speaker_before(doc, a, f0, vs)
            after_from = ve
            if frame == "in_statement":
                fb = FI_BAYAN_RE.match(F, ve)
                assert fb is not None
                after_from = fb.start(1) if fb.group(1) else fb.end()
            issuer_first = frame == "in_statement" or _first_is_statement_noun(F, after_from)
            after, after_end, _ = _speaker_after(
                doc, a, after_from, nxt,
                state.get("issuer") if issuer_first
                else current or last_speaker or _fallback_speaker(a, si, o(vs)),
                frame == "object" and stance != "assert")
            if after and frame in ("object", "express") and OBJECT_FIRST_RE.match(F, ve) and \
                    not SIDE_LEAD_RE.match(F, ve):  # ("وناشدت من جانبها الدكتورة X …")
                after = []  # "ويرحبون بكل صاحب فكرة أو حماس …": the object comes first, so
                # no subject follows — a name inside it is no speaker
            if after and frame == "object" and not m.group("p") and \
                    _after_relative(F, m.start("p")) and not form.endswith(("ه", "ها")) and \
                    not RESUMPTIVE_PP_RE.match(F, ve) and \
                    _TIME_NOUNS.isdisjoint(F[max(f0, m.start("p") - 16):m.start("p")]
                                           .split()[-2:-1]):
                after = []  # "رئيس اللجنة الذي دعا الأعضاء إلى …": the relative is the
                # subject, the one after the verb is called on ("التي أطلقها الرئيس", "الذي قال
                # فيه الوزير", "في الوقت الذي عبر مسؤولو …" have their subject after the verb)
            if issuer_first and len(after) == 1:
                state["issuer"] = after[0]
            if present and before:
                speakers, spk_start = [name_of(before)], fp(before.start)
            elif after:
                speakers, spk_end = after, after_end
            elif before:
                speakers, spk_start = [name_of(before)], fp(before.start)
            elif not m.group("p") and \
                    (opener := _sentence_subject(a, f0, m.start("p"))) is not None:
                # "وكان الرئيس الأمريكي باراك أوباما وهو من المدافعين عن المعاهدة أعلن …",
                # "نائب الائتلاف السوري المعارض هشام مروة، أكد …": the name the sentence opens with
                speakers, spk_start = [name_of(opener)], fp(opener.start)
            elif not m.group("p") and \
                    (gen := _generic_before(doc, a, f0, m.start("p")) or
                     _plural_opener(doc, a, f0, m.start("p"), form)) is not None:
                speakers, spk_start = [gen[0]], gen[1]  # "وكان مسؤول كبير في الحكومة اعلن"
            elif present and _after_auxiliary(F, m.start("p")):
                # "ومضى يقول …", "وعاد ليؤكد …": the one speaking goes on
                who = current or last_speaker or _fallback_speaker(a, si, o(vs))
                speakers = [who] if who else []
            elif present and _noun_subject_before(F, f0, m.start("p")):
                speakers = []  # "منطق العاقل يقول": an unnamed subject, nobody to name
            elif (form.endswith(("ه", "ها")) and form not in ("نوه",)) or \
                    _after_relative(F, m.start("p")):
                # "ووصفه …", "الذي رفض …": the subject is not the last speaker — but the
                # relative's antecedent when it is a name ("محمد الثبيتي المتحدث الرسمي باسم
                # جامعة تبوك الذي أصر على …")
                ante = _relative_antecedent(a, f0, m.start("p")) \
                    if not form.endswith(("ه", "ها")) or form == "نوه" else None
                speakers = [ante] if ante else []
            elif (titled := _titled_subject(doc, a, ve, nxt)) is not None:
                speakers, spk_end = [titled[0]], titled[1]
            elif (titled := _title_phrase(doc, a, ve, nxt)) is not None:
                speakers, spk_end = [titled[0]], titled[1]
            elif (titled := _name_in_apposition(doc, a, ve, nxt)) is not None or \
                    (titled := _name_before_title(doc, a, ve, nxt)) is not None:
                speakers, spk_end = [titled[0]], titled[1]
            elif (titled := _title_and_name(doc, a, ve, nxt)) is not None or \
                    (titled := _definite_nominal(
                        doc, a, ve, nxt,
                        None if _new_speaker_lead(F, f0, m.start("p"))
                        else current or last_speaker or _fallback_speaker(a, si, o(vs)),
                        frame == "express", frame == "say")) is not None:
                # "وأكد السفير عسيري خلال اللقاء أن" (the name left untagged), "وأكد المسؤول
                # العراقي أن": a subject stands there, no dropped pronoun
                speakers, spk_end = [titled[0]], titled[1]
            elif form in lx.DUAL_FORMS and (pair := _conjoined_pair(a, f0, m.start("p"))):
                speakers = pair  # "الاتحاد الأوروبي والاتحاد الأفريقي … لأنهما قالا إن …"
            elif not _one_speaker(form):
                speakers = []  # "وأبدوا إعجابهم", "طلبت من …" (passive): no one named to go on
            elif current is not None:
                speakers = [current]  # a second verb of the same speaker in one sentence
            elif _pronoun_subject(a, F, vs, ve, nxt) or _stance_noun_next(F, ve) or \
                    (not present and _np_after_circumstance(F, form, ve, nxt) is not None) or \
                    (not present and _np_marker(F, form, ve)) or (
                frame in ("object", "express") and OBJ_PREP_RE.match(F, _past_aside(F, ve))
            ) or POSSESSED_RE.match(F, ve):
                # "وأضاف أن …", "وقال أمام الكنيست: …": the one who was speaking goes on —
                # unless the sentence opened with another deed of a person named there
                # ("ابتسم كيسنجر وقال: …", "كما زار الخمعلي المستشفى … وحثهم على …")
                who = _person_clause_subject(a, f0, m.start("p")) or last_speaker or \
                    _fallback_speaker(a, si, o(vs))
                speakers = [who] if who else []
            if not speakers:
                continue
        if len(speakers) == 1 and form in lx.FEMININE_FORMS and frame != "quote_from" and \
                (spk_end > ve or spk_start < vs) and _gender(a, speakers[0]) == "m" and \
                not _feminine_construct(F, ve, spk_end, speakers[0]):
            # "أعلنت منسقة … بالاتحاد الأوروبي، فدريكا موغريني،": a feminine verb's subject is
            # feminine — the woman or feminine body named with it; with none, the masculine
            # one is the verb's object or a wrong guess ("واتهمت ميليشيا … تنظيم داعش بـ…",
            # "شبكة نحلاوي تعتبر من …"). (An inherited speaker is left alone: the last woman
            # who spoke is no better a guess on the dev set.)
            alt = _feminine_after(a, ve, nxt, speakers[0]) if spk_end > ve else None
            if alt is None:
                continue
            speakers, spk_end = [alt[0]], alt[1]
        if speakers and F[spk_end:spk_end + 6].split()[:1] == ["الله"] and \
                fold_key(speakers[0]).split()[-1] in lx.THEOPHORIC_FIRSTS:
            spk_end = F.index("الله", spk_end) + 4  # "وقال نصر الله" with "نصر" tagged alone
        spk_end = _skip_parenthesis(F, _past_aside(F, spk_end), nxt)
        if form in lx.QUOTE_ONLY and _quote_near(F, spk_end, nxt) is None and \
                ":" not in F[max(0, spk_end - 1):spk_end + 3]:
            continue  # "واصل لازار إشرافه على التدريبات": went on doing, not saying
        if form in _LIGHT:
            if (ln := LIGHT_RE.search(F, spk_end, min(nxt, spk_end + 110))) is not None and \
                    LIGHT_PP_RE.fullmatch(F, spk_end, ln.start()):
                spk_end = ln.start()  # "ووجه اتحاد القوى في بيان له (…) انتقادات …"
            noun = WORD_AHEAD_RE.match(F, spk_end, nxt)
            key = noun.group(0).strip(_PUNCT_STRIP) if noun else ""
            if not key.startswith(lx.LIGHT_NOUNS):
                continue  # "جدد النادي عقد اللاعب": no speech
            bare = key[2:] if key.startswith("ال") else key
            stance = next((st for k, st in lx.EXPRESS_NOUNS if bare.startswith(k)), "assert")
            frame = "object"
        if stance == "oppose" and (dn := DENY_AHEAD_RE.match(F, spk_end, nxt)) is not None and \
                dn.group(1).strip(_PUNCT_STRIP).startswith(lx.DENY_OBJECTS):
            # "ترفض الحكومة اتهامات المعارضة بأنها …": a denial, the accusation is the content
            stance, frame = "deny", "deny_object"
        after_word = (F[spk_end:spk_end + 20].split() or [""])[0].strip("،,")
        that_reach = 160 if _is_title_word(after_word) or after_word in _RELATIVES or \
            after_word.startswith("الصادر") else 40  # "X المدير التنفيذي لـ… أن", "صحيفة
        # «الوطن» الصادرة بالفرنسية في موقعها الإلكتروني، أن"
        if form in lx.NEEDS_THAT and not (THAT_RE.search(F, spk_end,
                                                         min(nxt, spk_end + that_reach))
                                          or _quote_near(F, spk_end, nxt)
                                          or _occasion_then_that(F, spk_end, nxt)
                                          or _np_marker(F, form, spk_end)
                                          or _np_after_circumstance(F, form, spk_end, nxt)
                                          is not None
                                          or (form in lx.OPINION_VERBS and spk_end > ve
                                              and _named_subject(a, ve, spk_end))):
            continue
        if form in lx.NEEDS_RESPONSIBILITY and not RESPONSIBILITY_RE.match(F, spk_end, nxt):
            continue  # "حمّل X Y مسؤولية …" accuses; "حمل X الكأس" carries
        if form in lx.NEEDS_MIN and not (MIN_NEXT_RE.match(F, spk_end, nxt)
                                         or THAT_NEXT_RE.match(F, spk_end, nxt)):
            continue  # "طلب X من Y …" asks; "طلب اللجوء" is a request, nobody speaks
        if form in lx.NEEDS_QAWL:
            qm = ILA_QAWL_RE.search(F, spk_end, min(nxt, spk_end + 100))
            if qm is None or any(c in F[spk_end:qm.start()] for c in "،,.:«\"“"):
                continue  # "ومضى إلى القول" speaks; "ومضى الوفد في جولته" does not
            spk_end = qm.end()
        if form in lx.PREPOSITION_LIKE and not THAT_NEXT_RE.match(F, spk_end) and not (
                (pp := LIGHT_PP_RE.match(F, spk_end, nxt)) is not None and
                THAT_NEXT_RE.match(F, pp.end(), nxt)):
            continue  # "اتفاقية بين كوريا واليابان، حيث إن …": between, not 'explained'

        if stance == "call" and PRAYER_RE.match(F, spk_end):
            continue  # "ودعا الجبير الله أن …": a prayer
        rel = RELATIVE_RE.search(F, max(f0, vs - 12), vs) or \
            BACKWARD_RE.search(F, max(f0, m.start("p") - 14), m.start("p")) or (
                # "…، كما قال مدير عام المنظمة X، وينص …": the words before are X's
                KAMA_RE.search(F, max(f0, m.start("p") - 8), m.start("p"))
                if F[spk_end:spk_end + 2].lstrip()[:1] in ("،", ",", ".", "") else None)
        if DHALIK_AFTER_RE.match(F, ve) and si > 0 and not out and vs - f0 < 4:
            # "أوضح ذلك المتحدث …": what was said is the sentence before
            c0, c1 = a.sents[si - 1]
        elif rel and rel.re is KAMA_RE:
            # "…السلع)، وتبلغ قيمة … العالمية، كما قال X": the clause before, from its comma
            comma = max(F.rfind("،", f0, rel.start()), F.rfind(",", f0, rel.start()))
            c0, c1 = o(comma + 1 if comma > f0 else f0), o(rel.start())
        elif rel and out:
            c0, c1 = out[-1].content
        elif rel:
            c0, c1 = o(f0), o(rel.start())
        elif frame == "deny_object":
            comma = F.find("،", spk_end, nxt)  # "رفض … هذه الاتهامات، ووعد …": the object only
            c0, c1 = o(spk_end), o(comma if comma > 0 else nxt)
        elif frame == "express" and not form.startswith(lx.EXPRESS_DIRECT) and \
                not COLON_QUOTE_RE.match(F, ve, nxt) and \
                (an := EXPRESS_AN_RE.search(F, spk_end, min(nxt, spk_end + 120))) is not None:
            c0, c1 = o(an.start()), o(nxt)  # "أعرب X نائب رئيس … عن نيته": from عن on
        else:
            c0, c1 = _content(F, spk_end, nxt, o)
            if stance == "assert" and frame == "say" and not THAT_RE.search(F, spk_end, fp(c0)) \
                    and (key_at := _stressed_noun_at(F, fp(c0), fp(c1))) is not None:
                c0 = o(key_at)  # "وأكد X في كلمة بالمناسبة أهمية …": what he stressed
            if form in _NP_MARKERS and not THAT_RE.search(F, spk_end, fp(c0)):
                pm = _np_marker_after(F, form, spk_end, fp(c0) if c0 > o(spk_end) else nxt)
                if pm is not None and pm > spk_end:
                    c0 = o(pm)  # "كشفت اللجنة … في نسخته الثانية عن …": from عن on
                elif (pc := _np_after_circumstance(F, form, spk_end, nxt)) is not None:
                    c0 = o(pc)  # "وشدد لدى استقباله الوفد على ضرورة …": from ضرورة on
        if len(_clean(doc.text[c0:c1]).split()) < _MIN_CONTENT_WORDS:
            if len(speakers) == 1 and F[spk_end:spk_end + 3].lstrip()[:1] not in ("»", "”", '"'):
                # "صرح X قائلاً، …": the participle carries the words; "رفضت تسليمه وقالوا …"
                # goes on with them (but "…، كما أكد الرئيس السيسي”" closing a quotation hands
                # the words to nobody)
                current = speakers[0]
            continue
        stance, target = _stance_and_target(doc, a, form, stance, frame, fp(c0), fp(c1),
                                            speakers)
        if stance is None:
            continue
        out.append(_Said(speakers, (o(vs), o(ve)), stance, (c0, c1), target,
                         min(o(spk_start), o(vs))))
        if len(speakers) == 1:
            current = speakers[0]
    return out


def _name_sections() -> tuple[frozenset[str], frozenset[str]]:
    """Women's and men's given names (folded): the entities stage's given_names.txt by its
    sections (Arabic male, Gulf, Persian… / Arabic female) and this stage's own women's list."""
    female: set[str] = {fold_key(n).split()[0] for n in lx.FEMALE_GIVEN_NAMES}
    male: set[str] = set()
    path = Path(__file__).resolve().parent.parent / "entities" / "data" / "given_names.txt"
    section = ""
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line.startswith("# ---"):
                section = line
            elif line and not line.startswith("#") and fold_key(line).split():
                key = fold_key(line).split()[0]
                if "female" in section:
                    female.add(key)
                elif "foreign" not in section:
                    male.add(key)
    return frozenset(female), frozenset(male - female)


_FEMALE_NAMES, _MALE_NAMES = _name_sections()


def _gender(a: Analysed, name: str) -> str | None:
    """"f" / "m" when a speaker's grammatical gender is clear from its name, else None: a
    woman's or man's given name; a place (feminine, unless a masculine ال-name: العراق، الأردن);
    a body or source by its head noun (ة or a non-human plural: feminine; الاتحاد، مجلس: not)."""
    words = fold_key(name).split()
    if not words:
        return None
    first = words[0]
    if first in _FEMALE_NAMES:
        return "f"
    etype = next((e.type for e in a.entities if name_of(e) == name), None)
    if etype == "PERSON":
        return "m" if first in _MALE_NAMES else None
    bare = first[2:] if first.startswith("ال") and len(first) > 4 else first
    if etype == "LOCATION":
        # "أعلنت البحرين", "قال العراق": a country with ال may be either
        return "f" if not first.startswith("ال") or first.endswith(("ه", "ات")) else None
    if first.endswith("ه") or (first.endswith("ات") and len(first) > 4) or \
            bare in lx.FEMININE_PLURAL_HEADS:
        return "f"
    return "m" if bare in lx.MASCULINE_HEADS else None  # not "الديلي ميل": a foreign name


def _feminine_construct(F: str, ve: int, spk_end: int, name: str) -> bool:
    """"وأكدت دول مجلس التعاون": the verb agrees with the feminine head right before the
    masculine name in its genitive."""
    words = F[ve:spk_end].split()
    if len(words) != len(fold_key(name).split()) + 1:
        return False
    head = words[0].removeprefix("ال")
    return head.endswith("ه") or (head.endswith("ات") and len(head) > 3) or \
        head in lx.FEMININE_PLURAL_HEADS


def _feminine_after(a: Analysed, ve: int, limit: int, chosen: str) -> tuple[str, int] | None:
    """A feminine candidate named after the verb, before what was said, other than the masculine
    one taken ("أعلنت منسقة السياسات الخارجية بالاتحاد الأوروبي، فدريكا موغريني، اعتزامها"; a
    place only right after the verb: "انتقدت إيران عزل الرئيس مرسي")."""
    F = a.folded.text
    o, fp = a.folded.orig, a.folded.fold_pos
    mark = THAT_RE.search(F, ve, limit)
    stop = mark.start() if mark else min(limit, ve + 150)
    chosen_gender_known = next((e.type for e in a.entities if name_of(e) == chosen), None)
    for e in entities_between(a.entities, o(ve), o(stop)):
        if e.type not in _SPEAKER_TYPES or name_of(e) == chosen or e.text in _FUNCTION_SURFACES:
            continue
        g = _gender(a, name_of(e))
        if (g == "f" and (e.type != "LOCATION" or not F[ve:fp(e.start)].strip())) or (
                g is None and e.type == "PERSON" and chosen_gender_known != "PERSON"):
            return name_of(e), fp(e.end)
    for w in re.finditer(r"\S+", F[ve:stop]):
        # a woman the entities stage left untagged, in apposition: "…، فدريكا موغريني،"
        if w.group(0).strip(_PUNCT_STRIP) in _FEMALE_NAMES and \
                F[:ve + w.start()].rstrip()[-1:] in ("،", ","):
            nxt = WORD_AHEAD_RE.match(F, ve + w.end(), stop)
            end = ve + w.end()
            if nxt is not None and _name_like(nxt.group(0).strip(_PUNCT_STRIP + " ")):
                end = nxt.end() - (len(nxt.group(0)) - len(nxt.group(0).rstrip(_PUNCT_STRIP)))
            return a.text[o(ve + w.start()):o(end)].strip(_PUNCT_STRIP), end
    return None


def _title_by_nisba(a: Analysed, head: str, nisba: str, before: int) -> Entity | None:
    """The latest person named before ``before`` whose title opens with ``head`` (الوزير →
    وزير …) and carries the nationality ``nisba`` (الأردني), "الوزير الأردني" standing for
    "وزير الخارجية الأردني X"."""
    if not (nisba.startswith("ال") and nisba.endswith(("ي", "يه")) and len(nisba) > 4):
        return None
    bare = head.removeprefix("ال")
    stem = nisba[:-1] if nisba.endswith("ه") else nisba
    best: Entity | None = None
    for key, e in a.titles().items():
        words = key.split()
        if words[0].removeprefix("ال") == bare and \
                any(w.removesuffix("ه") == stem for w in words[1:]) and e.start < before and \
                (best is None or e.start > best.start):
            best = e
    return best


def _named_subject(a: Analysed, ve: int, spk_end: int) -> bool:
    """The subject after the verb is a tagged name (not a common noun the verb may describe:
    "يعتبر المشروع من أهم …" is "is considered")."""
    o = a.folded.orig
    return any(e.type in _SPEAKER_TYPES for e in entities_between(a.entities, o(ve), o(spk_end)))


def _one_speaker(form: str) -> bool:
    """A derived form may go on with the one already speaking only when it is singular (a
    plural or dual verb with no subject is about others) and not a verb that is mostly
    passive without its subject ("طُلب من المشاركين")."""
    return lx.DERIVED_KIND.get(form) not in ("plural", "dual") and form not in lx.NEEDS_MIN


def _addressee(text: str, e: Entity) -> bool:
    """"قال لرويترز", "صرح لـ«عكاظ»": the one spoken to, not the speaker."""
    i = e.start
    while i > 0 and text[i - 1] in "«\"“(ـ":
        i -= 1
    if i > 1 and text[i - 1] == " " and text[i - 2] == "ل" and text[i:i + 1] in "«\"“(":
        i -= 1  # "ل “واس”": a space between the preposition and the quoted name
    if i > 0 and text[i - 1] == "ل" and (i < 2 or text[i - 2] in " \n"):
        return True
    # "لصحيفة «حريت»", "لوكالة الأنباء الألمانية": a medium spoken to
    head = text[max(0, i - 16):i].split()[-1:]
    return bool(head) and head[0].startswith(_ADDRESSEE_HEADS)


_MEDIA_FOLDED = ("لصحيفه", "لوكاله", "لقناه", "لموقع", "لاذاعه", "لمجله", "لشبكه", "لتلفزيون",
                 "للصحيفه", "للوكاله")
_ADDRESSEE_FOLDED = ("لصحيفه", "لوكاله", "لقناه", "لموقع", "لاذاعه", "لمجله", "لشبكه", "لتلفزيون",
                     "لصحفي", "للصحفي", "لصحافي", "للصحافي", "لوسائل", "للصحيفه", "للوكاله",
                     "لمراسل", "للمراسل")
_ADDRESSEE_HEADS = ("لصحيفة", "لوكالة", "لقناة", "لموقع", "لإذاعة", "لاذاعة", "لمجلة",
                    "لشبكة", "لتلفزيون")


def _after_quantity(F: str, vstart: int) -> bool:
    w = F[max(0, vstart - 10):vstart].split()[-1:]
    return bool(w) and (w[0] in lx.QUANTITY_WORDS or w[0].isdigit())


def _negated(F: str, vstart: int) -> bool:
    w = F[max(0, vstart - 8):vstart].split()[-1:]
    return bool(w) and w[0] in lx.NEGATIONS


_NP_MARKERS = {}
for _verb, _prep in lx.NP_MARKERS:
    _NP_MARKERS.setdefault(_verb, []).append(_prep)


def _np_marker(F: str, form: str, pos: int) -> bool:
    """"كشفت اللجنة عن …", "لفتت الوزارة إلى …": the object is what was said."""
    preps = _NP_MARKERS.get(form)
    if not preps:
        return False
    nxt = F[pos:pos + 12].split()[:1]
    return bool(nxt) and any(nxt[0] == p or (len(p) == 1 and nxt[0].startswith(p))
                             for p in preps)


def _np_marker_after(F: str, form: str, pos: int, limit: int) -> int | None:
    """Where the verb's preposition (كشف عن، أشار إلى) opens, a few words after the speaker."""
    preps = _NP_MARKERS.get(form, [])
    before: list[str] = []
    for w in re.finditer(r"\S+", F[pos:min(limit, pos + 60)]):
        x = w.group(0)
        if x in preps:
            # "كشف عن …" keeps its عن (even past "في نسخته الثانية"); "شدد على …", "أشار
            # إلى …" start after the preposition, but only right after the speaker and its
            # adjectives ("أكدت موسكو حرصها على …": the possessed noun is what was said)
            if x in ("علي", "الي"):
                return pos + w.end() + 1 if all(_adjective_like(b) for b in before) else None
            return pos + w.start()
        if "ب" in preps and x.startswith("ب") and len(x) > 3 and before and \
                _is_title_word(before[0]) and not any(c in F[pos:pos + w.start()]
                                                      for c in "،,.:«\"“"):
            return pos + w.start()  # "أشاد X الرئيس العام لشؤون المسجد بنجاح": past his title
        before.append(x.strip(_PUNCT_STRIP))
    return None


def _np_after_circumstance(F: str, form: str, pos: int, limit: int) -> int | None:
    """"وشدد لدى استقباله عدداً من المسؤولين على ضرورة …", "ونوه X لدى استقباله السفير …،
    بمتانة …": after a circumstance (لدى/خلال/أثناء …) the verb's own preposition opens what was
    said; where it starts (after على/إلى, at عن or the بـ word)."""
    preps = _NP_MARKERS.get(form)
    words = list(re.finditer(r"\S+", F[pos:min(limit, pos + 160)]))
    if not preps or not words or words[0].group(0).strip("،,") not in _CIRCUMSTANCE_PREPS:
        return None
    for w in words[2:]:
        x = w.group(0).strip(_PUNCT_STRIP)
        if THAT_RE.fullmatch(x) or w.group(0)[:1] in "«\"“":
            return None
        if x in preps and x in ("علي", "الي"):
            return pos + w.end() + 1
        if x in preps or ("ب" in preps and x.startswith("ب") and len(x) > 3
                          and F[:pos + w.start()].rstrip()[-1:] in ("،", ",")):
            return pos + w.start()  # "عن …"; "، بمتانة …" (a بـ word inside it is a place)
    return None


def _sentence_issuer(a: Analysed, f0: int, f1: int) -> str | None:
    """"وأصدرت وزارة الشباب بياناً … طالبت فيه …": a sentence opening with the issuing of a
    statement — its issuer speaks the dropped-pronoun verbs that follow."""
    m = ISSUE_RE.match(a.folded.text, f0, f1)
    if m is None:
        return None
    o, fp = a.folded.orig, a.folded.fold_pos
    ents = [e for e in entities_between(a.entities, o(m.end()), o(min(f1, m.end() + 80)))
            if e.type in _SPEAKER_TYPES]
    if not ents or a.folded.text[m.end():fp(ents[0].start)].strip():
        return None
    after = a.folded.text[fp(ents[0].end):min(f1, fp(ents[0].end) + 40)].split()[:3]
    if not any(w.strip(_PUNCT_STRIP) in lx.STATEMENT_NOUNS or
               w.strip(_PUNCT_STRIP) in ("بيانا", "رساله", "برقيه", "تقريرا", "تغريده")
               for w in after):
        return None
    return name_of(ents[0])


def _skip_parenthesis(F: str, pos: int, limit: int) -> int:
    """"ولفت العتيبي - خلال رعايته … - إلى أن": step over a dash parenthesis after the speaker."""
    m = DASH_OPEN_RE.match(F, pos, limit)
    if m is None:
        r = RELATIVE_APPOSITION_RE.match(F, pos, limit)
        if r is not None:
            # "وشدد جعجع، الذي يعد أحد أبرز المتنافسين …، على ضرورة …": past the relative clause
            close = F.find("،", r.end(), min(limit, r.end() + 300))
            if close > 0 and RELATIVE_RESUME_RE.match(F, close + 1):
                return close + 1
        return pos
    close = F.find(" - ", m.end(), min(limit, m.end() + 300))
    if close < 0:
        close = F.find(" -", m.end(), min(limit, m.end() + 300))
    return close + 2 if close > 0 else pos


def _first_is_statement_noun(F: str, pos: int) -> bool:
    w = F[pos:pos + 30].split()[:1]
    return bool(w) and w[0].strip(_PUNCT_STRIP) in lx.STATEMENT_NOUNS


_PARTICLES = frozenset({"و", "ف", "قد", "وقد", "فقد", "كما", "بينما", "حيث", "ثم", "لكن",
                        "ولكن", "ان", "انه", "انها", "فيما", "اذ", "بل", "لا", "لم", "لن",
                        "ما", "وهو", "وهي", "الذي", "التي", "كذلك", "ايضا", "فان", "اما"})


_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي"})


def _after_relative(F: str, vstart: int) -> bool:
    """"… الذين بدورهم عبّروا …": the subject is the relative's antecedent, unnamed here."""
    words = F[max(0, vstart - 25):vstart].split()[-2:]
    if words and words[-1].startswith("بدور"):
        words.pop()
    return bool(words) and words[-1] in _RELATIVES


def _short_title_holder(a: Analysed, pos: int, limit: int) -> tuple[Entity, int] | None:
    """"رئيس الإقليم" after "رئيس إقليم كردستان مسعود بارزاني": a title of two words (head and
    a definite genitive) that opens a longer title this article gave a named person — the
    person named with it most recently before ``pos``, and the folded end of the two words."""
    F = a.folded.text
    words = list(re.finditer(r"\S+", F[pos:min(limit, pos + 40)]))[:2]
    if len(words) < 2 or not _is_title_word(words[0].group(0)) or \
            not words[1].group(0).startswith("ال") or words[1].group(0)[-1:] in "،,:":
        return None
    head, gen = words[0].group(0), words[1].group(0)[2:]
    before = a.folded.orig(pos)
    best: Entity | None = None
    for key, e in a.titles().items():
        kw = key.split()
        if len(kw) >= 3 and kw[0] == head and kw[1].removeprefix("ال") == gen and \
                e.start < before and (best is None or e.start > best.start):
            best = e
    return (best, pos + words[1].end()) if best is not None else None


def _clause_subject(a: Analysed, f0: int, at: int) -> str | None:
    """A participle in a sentence whose own verb is no reporting verb ("وقد حمل الملك المفدى
    الوزير نقل تحياته … مؤكداً …"): the subject named right after that verb, not whoever
    spoke in an earlier sentence."""
    F = a.folded.text
    if (lead := FRONTING_PHRASE_RE.match(F, f0, at)) is not None:
        f0 = lead.end()  # "من جهته، سلط رئيس الإقليم الضوء على …، مؤكدا"
    words = list(re.finditer(r"\S+", F[f0:min(at, f0 + 80)]))
    i = 0
    while i < len(words) and words[i].group(0) in _CLAUSE_LEAD:
        i += 1
    if i + 1 >= len(words):
        return None
    verb = words[i].group(0)
    if verb.startswith("ال") or not verb.isalpha() or len(verb) < 3 or verb in _PREPS or \
            verb in _PARTICLES or verb in VERB_INDEX or verb in lx.GENERIC_SPEAKERS:
        return None
    o = a.folded.orig
    s1 = f0 + words[i + 1].start()
    for e in entities_between(a.entities, o(s1), o(min(at, s1 + 40))):
        if e.type in ("PERSON", "ORGANIZATION") and e.start <= o(s1) + 1 and \
                e.text not in _FUNCTION_SURFACES and not _glued(a.text, e):
            return name_of(e)
        if e.type == "PERSON" and e.text not in _FUNCTION_SURFACES and \
                _role_words(F[s1:a.folded.fold_pos(e.start)]):
            # "بينما اطمأن اللاعب الدولي X على …، مؤكداً", "وبدأ الإعلامي الدكتور X …"
            return name_of(e)
        break
    hit = a.title_at(s1, at) or _short_title_holder(a, s1, at)
    if hit is not None:
        return name_of(hit[0])  # "سلط رئيس الإقليم الضوء …": the one this article titled so
    subj = words[i + 1].group(0).strip(_PUNCT_STRIP)
    if subj.startswith("ال") and (subj in lx.STATEMENT_NOUNS or subj in lx.REPORT_NOUNS or
                                  subj in lx.DOCUMENT_NOUNS):
        # "وحدد المنشور … مهلة 4 أيام، مضيفاً أن …": the document that set it goes on
        return a.text[o(s1):o(f0 + words[i + 1].end())].strip(_PUNCT_STRIP)
    return None


def _person_clause_subject(a: Analysed, f0: int, at: int) -> str | None:
    """The person named as the subject of the sentence's first verb, when that verb reports
    nothing and no comma or full stop parts it from the dropped-pronoun verb at ``at``."""
    if any(c in a.folded.text[f0:at] for c in "،,.؛:«\"“"):
        return None
    who = _clause_subject(a, f0, at)
    if who is None:
        return None
    persons = {name_of(e) for e in entities_between(a.entities, a.folded.orig(f0),
                                                    a.folded.orig(at)) if e.type == "PERSON"}
    return who if who in persons else None


def _same_or_new(subject: str | None, last: str | None) -> str | None:
    """A clause subject that shares its first name with the one who spoke last is that person
    under his fuller name ("واختتم الدكتور سمير كلامه مؤكداً" after "سمير بن عبد الرحمن توكل")."""
    if subject is None or last is None or subject == last:
        return subject
    first, prev = fold_key(subject).split()[:1], fold_key(last).split()[:1]
    return last if first and first == prev else subject


_CLAUSE_LEAD = frozenset({"و", "وقد", "قد", "كما", "ثم", "فيما", "بينما", "فقد", "ولقد", "لقد"})
_ROLE_WORDS = 3


def _role_words(gap: str) -> bool:
    """Up to three definite role words or titles before a name ("اللاعب الدولي"، "الإعلامي
    الدكتور"، "معالي الأمين العام") — the name's own description, nothing between."""
    words = gap.split()
    return 1 <= len(words) <= _ROLE_WORDS and all(
        w.isalpha() and (w.startswith("ال") or w in lx.SUBJECT_TITLES or w in lx.HONORIFIC_WORDS)
        and w not in _PREPS for w in words)


def _relative_antecedent(a: Analysed, f0: int, vstart: int) -> str | None:
    """The name a relative pronoun before the verb stands for: a person within a few words
    before it with only their title between ("X المتحدث الرسمي باسم جامعة تبوك الذي"), else a
    body right before it ("الحركة X التي")."""
    F = a.folded.text
    words = list(re.finditer(r"\S+", F[max(f0, vstart - 30):vstart]))
    base = max(f0, vstart - 30)
    rel = next((w for w in reversed(words) if w.group(0) in _RELATIVES), None)
    if rel is None:
        return None
    r0 = base + rel.start()
    o = a.folded.orig
    ents = [e for e in entities_between(a.entities, o(max(f0, r0 - 120)), o(r0))
            if e.type in _SPEAKER_TYPES and e.text not in _FUNCTION_SURFACES]
    for e in reversed(ents):
        between = F[a.folded.fold_pos(e.end):r0].split()
        if e.type == "PERSON" and len(between) > 1 and between[0] in ("،", ",") and \
                _is_title_word(between[1]):
            between = between[1:]  # "جان كلود يونكر، رئيس المفوضية الأوروبية الذي دعا …"
        if any(c in w for w in between for c in "،,.:«\"“()") or len(between) > 8:
            break
        if e.type == "PERSON" and (not between or _is_title_word(between[0])):
            return name_of(e)
        if e.type == "ORGANIZATION" and not between:
            last_person = next((p for p in reversed(ents) if p.type == "PERSON"
                                and p.end <= e.start), None)
            if last_person is None:
                return name_of(e)
    if rel.group(0) == "الذين":
        # "عدداً من أهالي الحي الذين بدورهم عبّروا عن …": a group named by its plural head
        # and one genitive, right before the relative
        before = list(re.finditer(r"\S+", F[max(f0, r0 - 40):r0]))[-2:]
        if len(before) == 2 and before[0].group(0) in lx.CONSTRUCT_HEADS and \
                before[1].group(0).startswith("ال") and before[1].group(0).isalpha():
            b0 = max(f0, r0 - 40)
            return a.text[o(b0 + before[0].start()):o(b0 + before[1].end())]
    return None


def _generic_before(doc: Document, a: Analysed, f0: int, vstart: int) -> tuple[str, int] | None:
    """A nominal subject before the verb ("وكان مسؤول كبير في الحكومة الأفغانية أعلن …")."""
    F = a.folded.text
    words = list(re.finditer(r"\S+", F[max(f0, vstart - 70):vstart]))[-7:]
    base = max(f0, vstart - 70)
    for i in range(len(words) - 1, -1, -1):
        w = words[i].group(0)
        if w[-1:] in "،,.:":
            return None
        if w.lstrip("و") in lx.GENERIC_SPEAKERS and w.lstrip("و") not in ("بعض", "كثير"):
            tail = [x.group(0) for x in words[i + 1:]]
            if tail and tail[-1] in ("قد", "فقد"):
                tail = tail[:-1]
            if tail and tail[-1] in _RELATIVES:
                return None  # "… الذين أكدوا": the relative's antecedent speaks, if named
            for j, t in enumerate(tail):
                if t in ("ومقرها", "ومقره"):
                    tail = tail[:j]  # "المنظمة الدولية ومقرها جنيف قالت": the seat is no part
                    break
            head = w.lstrip("و") if w.lstrip("و") in lx.GENERIC_SPEAKERS else w
            if head.startswith("ال") and all(_adjective_like(t, head) for t in tail):
                ref = _definite_reference(a, head, base + words[i].start())
                if ref is not None:
                    return ref, base + words[i].start()
            if any(t in _PARTICLES or THAT_RE.fullmatch(t) or t in lx.CLAUSE_OPENERS
                   for t in tail) or _balanced_name(" ".join(tail)) != " ".join(tail):
                return None  # "… الأفريقي مراقبين لأنهما قالا", "في الشؤون الداخلية
                # للجزائريين» عندما وصف …": a clause between
            s0 = base + words[i].start() + (1 if w.startswith("و") and w[1:] in
                                            lx.GENERIC_SPEAKERS else 0)
            end = base + (words[i + len(tail)].end() if tail else words[i].end())
            o = a.folded.orig
            return doc.text[o(s0):o(end)].strip(_PUNCT_STRIP), s0
    return None


PLURAL_OPENER_RE = re.compile(r"[\s«\"“]*و?(ال\w{3,}(?:ون|ين))(?=\s)")
_PLURAL_OPENER_WORDS = 10


def _plural_opener(doc: Document, a: Analysed, f0: int, vstart: int, form: str
                   ) -> tuple[str, int] | None:
    """A sentence that opens with people named by a plural ("المزارعون الأوروبيون المنتجون
    للحليب يطالبون …", "المدافعون عن حقوق المزارعين وهم من النقابيين يقولون: «…»"), then its
    plural present verb: those people speak — the plural and what describes it, up to a comma,
    a relative or an aside (وهم …)."""
    if lx.DERIVED_KIND.get(form) != "plural" or not form.startswith(("ي", "ت")):
        return None
    F = a.folded.text
    op = PLURAL_OPENER_RE.match(F, f0, vstart)
    if op is None or op.group(1) in lx.GENERIC_OUT:
        return None
    between = F[op.end():vstart]
    if len(between.split()) > _PLURAL_OPENER_WORDS or VERB_RE.search(between) or \
            THAT_RE.search(between) or any(c in between for c in "«\"“.:؛"):
        return None
    o = a.folded.orig
    end = op.end()
    for w in re.finditer(r"\S+", F[op.end():vstart]):
        if w.group(0) in _RELATIVES or w.group(0) in ("وهم", "وهن", "هم") or \
                w.group(0)[:1] in "،,(" or len(F[op.start(1):op.end() + w.end()].split()) > 5:
            break
        end = op.end() + w.end()
        if w.group(0)[-1:] in "،,":
            break
    return doc.text[o(op.start(1)):o(end)].strip(_PUNCT_STRIP), op.start(1)


def _person_gap(gap: str) -> int:
    """How many words may stand between a verb and its speaker's name: more when they are a
    title."""
    first = gap.split()[:1]
    if first and _is_title_word(first[0]):
        return _TITLE_GAP_WORDS
    return _PERSON_GAP_WORDS


def _is_title_word(w: str) -> bool:
    """"وزير" and "ووزير" are titles ("وزير" must keep its own و)."""
    return w in lx.SUBJECT_TITLES or (w[:1] == "و" and w[1:] in lx.SUBJECT_TITLES)


def _after_auxiliary(F: str, vs: int) -> bool:
    prev = F[max(0, vs - 12):vs].split()[-1:]
    return bool(prev) and prev[0] in lx.AUXILIARY_VERBS


def _noun_subject_before(F: str, f0: int, vs: int) -> bool:
    prev = F[max(f0, vs - 20):vs].split()[-1:]
    return bool(prev) and prev[0].strip("،,") not in _PARTICLES and not prev[0].endswith(("،", ","))


def _titled_subject(doc: Document, a: Analysed, ve: int, limit: int) -> tuple[str, int] | None:
    """"قال مدير الكرة فهد المفرج إن …" with no entity found: a title opens the subject, and
    its last two words before the content marker are taken as the name."""
    F = a.folded.text
    mark = THAT_RE.search(F, ve, min(limit, ve + 80))
    if mark is None:
        return None
    words = list(re.finditer(r"\S+", F[ve:mark.start()]))
    for i, w in enumerate(words):
        if w.group(0)[-1:] in "،,:":
            words = words[:i + 1]  # "… حسيب صديقي، اليوم (الأربعاء)، أن": the name ends at a comma
            break
        if w.group(0).startswith(_ADDRESSEE_FOLDED):
            words = words[:i]  # "مسؤول … لصحيفة «حريت» إنه": the paper is spoken to
            break
    while len(words) > 3 and words[-1].group(0).strip("،,") in lx.TIME_WORDS:
        words = words[:-1]  # "الناطق الرسمي بالوزارة طارق الخراز اليوم إن": when, not who
    while words and QAWL_RE.fullmatch(words[-1].group(0).strip("،,")):
        words = words[:-1]  # "نقلت عن مسؤول أمني قوله إن": the saying is no part of the name
    if not (3 <= len(words) <= 8) or not _is_title_word(words[0].group(0)):
        return None
    o = a.folded.orig
    if len(words) >= 4 and words[-3].group(0) in _PREPS and words[-1].group(0)[-1:] not in "،,:":
        # "رئيس لجنة التنمية في رجال ألمع إن", "وزير الحكومة في ذلك الحين على أنه": the last
        # two words are a place or a time, no name — the title phrase speaks (with its place)
        last = next((i - 1 for i, w in enumerate(words) if w.group(0)[:1] in "-–("),
                    len(words) - (4 if any(w.group(0) in lx.NOT_PLACES for w in words[-2:])
                                  else 1))
        end = ve + words[last].end()
        if last < 0 or entities_between(a.entities, o(ve), o(end)):
            return None
        return doc.text[o(ve + words[0].start()):o(end)].strip(_PUNCT_STRIP), ve + words[-1].end()
    for last2 in (words[-2:], words[2:4]):
        # the last two words before the marker; else title + genitive + two names ("قال والد
        # الشهيد مغرم الهلالي بنبرات الفخر بأن")
        if len(last2) < 2 or (last2[0] is words[2] and
                              not words[1].group(0).startswith("ال")):
            continue
        first_name, family = last2[0].group(0), last2[1].group(0).rstrip("،,:")
        if first_name.endswith(("ي", "يه")) and family.endswith(("ي", "يه")) and \
                len(first_name) > 3 and not family.startswith("ال"):
            continue  # "مسؤول عسكري اميركي": two adjectives, no name
        if first_name in _ADJ_WORDS or first_name in lx.SUBJECT_TITLES:
            continue  # "مسؤول أمني X": an adjective or a title opens no name
        if family in lx.SOURCE_ADJECTIVES:
            continue  # "مسؤول حكومي كبير", "مصدر أمني مطلع": adjectives, no name
        if first_name == "علي" and a.text[o(ve + last2[0].start()):o(ve + last2[0].end())] == \
                "علي":
            first_name = "_"  # the given name علي, not the folded preposition على
        if first_name in _PREPS or first_name.startswith(("ال", "ل", "ب")) or family in _PREPS \
                or family.startswith(("ب", "ل")) or first_name in lx.SUBJECT_TITLES:
            continue  # "مدير الكرة فهد المفرج": a given name, then a family name (ال allowed)
        name = doc.text[o(ve + last2[0].start()):o(ve + last2[-1].end())].strip(_PUNCT_STRIP)
        return name, ve + last2[-1].end()
    return None


def _title_phrase(doc: Document, a: Analysed, ve: int, limit: int) -> tuple[str, int] | None:
    """"ولفت رئيس البلدية إلى أن …" with nobody named: the title itself is the speaker (rather
    than whoever spoke last)."""
    F = a.folded.text
    mark = THAT_RE.search(F, ve, min(limit, ve + 120))
    if mark is None:
        return None
    cut = _before_statement_phrase(F, ve, mark.start())
    words = list(re.finditer(r"\S+", F[ve:cut]))
    longest = _TITLE_PHRASE_WORDS if STATEMENT_PHRASE_RE.match(F, cut) else 5
    # ("وأكد رئيس الجانب السعودي في مجلس الأعمال المشترك في تصريح لوكالة …": up to the occasion)
    if not (2 <= len(words) <= longest) or not _is_title_word(words[0].group(0)) or \
            words[0].group(0).lstrip("و").startswith("ال"):
        return None  # "وتابع الوزير الأمريكي أن": a definite title points back, not here
    if any(w.group(0)[-1:] in "،,:" or w.group(0)[:1] in "«\"“(" or w.group(0) in VERB_INDEX
           for w in words):
        return None
    o = a.folded.orig
    end = ve + words[-1].end()
    if entities_between(a.entities, o(ve), o(end if cut < mark.start() else mark.start())):
        return None
    return doc.text[o(ve + words[0].start()):o(end)].strip(_PUNCT_STRIP), end


_TITLE_PHRASE_WORDS = 8


def _named_in_clause(a: Analysed, f0: int, at: int) -> str | None:
    """"واختتم باتيس تصريحاته بالقول"، "ويصف لوتشر الواقعة بقوله": the person named a few
    words before."""
    o = a.folded.orig
    people = [e for e in entities_between(a.entities, o(max(f0, at - 60)), o(at))
              if e.type == "PERSON" and e.text not in _FUNCTION_SURFACES]
    if not people:
        return None
    gap = a.folded.text[a.folded.fold_pos(people[-1].end):at]
    if any(c in gap for c in "،,.:«\"“") or len(gap.split()) > 3:
        return None
    return name_of(people[-1])


def _name_in_apposition(doc: Document, a: Analysed, ve: int, limit: int
                        ) -> tuple[str, int] | None:
    """"قال جمال با رأس، القاضي اليمني السابق: إن …" with the name left untagged: up to four
    words before a comma, a title or description after it, then the content marker."""
    F = a.folded.text
    comma = F.find("،", ve, min(limit, ve + 40))
    if comma < 0:
        return None
    name = F[ve:comma].split()
    if not (1 <= len(name) <= 4) or any(w in _PREPS or w in _PARTICLES or THAT_RE.fullmatch(w)
                                        or (w.startswith("ال") and len(name) == 1)
                                        or not w.isalpha() for w in name):
        return None
    desc = F[comma + 1:min(limit, comma + 90)].split()[:9]
    if not desc or not (_is_title_word(desc[0]) or desc[0].startswith("ال")):
        return None
    for i, w in enumerate(desc):
        if w.endswith(":") or THAT_RE.fullmatch(w.strip("،,")) or (i and desc[i - 1].endswith(
                "،") and THAT_RE.fullmatch(w)):
            break
    else:
        return None
    o = a.folded.orig
    if entities_between(a.entities, o(ve), o(comma)):
        return None
    s0 = ve + len(F[ve:comma]) - len(F[ve:comma].lstrip())
    return doc.text[o(s0):o(comma)].strip(_PUNCT_STRIP), comma


_NOT_NAME_WORDS = _PREPS | _PARTICLES | lx.GENERIC_SPEAKERS | lx.STATEMENT_NOUNS | \
    lx.REPORT_NOUNS | lx.KIN_WORDS | frozenset({"امس", "اليوم", "مساء", "صباح", "ايضا", "كذلك",
                                                "بدوره", "بدورها", "خلال", "امام", "لدي"})


def _name_before_title(doc: Document, a: Analysed, ve: int, limit: int
                       ) -> tuple[str, int] | None:
    """"وقال الصديق الصور رئيس قسم التحقيقات … إن" with the name left untagged: one to three
    words, then a title word, then the content marker within a few words."""
    F = a.folded.text
    words = list(re.finditer(r"\S+", F[ve:min(limit, ve + 160)]))[:16]
    k = next((i for i, w in enumerate(words[:4]) if _is_title_word(w.group(0))), None)
    if not k:
        return None
    name = [w.group(0) for w in words[:k]]
    if any(not w.isalpha() or w in _NOT_NAME_WORDS or _is_title_word(w) or w in
           lx.HONORIFIC_WORDS for w in name):
        return None
    if not any(THAT_RE.fullmatch(w.group(0).strip("،,")) or w.group(0).endswith(":")
               for w in words[k + 1:k + 12]):
        return None
    o = a.folded.orig
    n0, n1 = ve + words[0].start(), ve + words[k - 1].end()
    if entities_between(a.entities, o(n0), o(n1)):
        return None
    return doc.text[o(n0):o(n1)].strip(_PUNCT_STRIP), n1


def _name_like(w: str) -> bool:
    """A word that may be a given or family name: no article, no particle, no title."""
    return (w.isalpha() and len(w) >= 3 and not w.startswith("ال") and w not in _NOT_NAME_WORDS
            and not _is_title_word(w) and w not in lx.HONORIFIC_WORDS
            and w not in lx.NOT_GIVEN_NAMES and w not in _NAME_STOPS and w not in VERB_INDEX
            and w not in lx.NOT_NAMES)


def _person_after_title(doc: Document, a: Analysed, start: int, limit: int) -> Entity | None:
    """"وقال المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد
    الشيخ X": the first person after the verb when everything between is a title the entities
    stage gave that person (an organisation inside it included), however long — X speaks, not
    the title up to the organisation."""
    o = a.folded.orig
    person = next((e for e in entities_between(a.entities, o(start), o(limit))
                   if e.type == "PERSON"), None)
    if person is None or not person.titles:
        return None
    between = fold_key(doc.text[o(start):person.start]).split()
    titles = set(fold_key(" ".join(person.titles)).split())
    return person if between and all(w in titles for w in between) else None


def _title_and_name(doc: Document, a: Analysed, ve: int, limit: int) -> tuple[str, int] | None:
    """"ووصف السفير عسيري العلاقات …", "وأكد الشيخ الحارثي أن": a definite title, then a name
    the entities stage left untagged — one word, or a given name and a family name in ال…ي
    ("الباحث مصلح العنزي") — then a boundary (a preposition, أن, a definite noun, a comma).
    A one-word name is completed from where the article introduced it ("علي عواض عسيري")."""
    F = a.folded.text
    words = [w.group(0) for w in re.finditer(r"\S+", F[ve:min(limit, ve + 100)])][:4]
    if len(words) < 2:
        return None
    title = words[0]
    if not (title.startswith("ال") and title in lx.SUBJECT_TITLES) or \
            title in lx.GENERIC_SPEAKERS:
        return None
    name = [words[1].rstrip("،,:")]
    if not (_name_like(name[0]) or (title in lx.HONORIFIC_TITLES and _nisba(name[0]))):
        return None  # ("الدكتور الشمري": an honorific takes a family name; "الوزير السعودي" no)
    if name[0] == words[1] and len(words) > 2 and _nisba(words[2].rstrip("،,:")) and (
            len(words) < 4 or words[2][-1:] in "،,:" or _boundary(words[3])):
        name.append(words[2].rstrip("،,:"))
    elif name[0] == words[1] and len(words) > 2 and not _boundary(words[2]):
        return None  # "الشيخ صالح بن …", "الوزير يرى": not a one-word name
    o = a.folded.orig
    n0 = ve + F[ve:].index(words[1])
    n1 = n0 + len(" ".join(name))
    if F[n0:n1] != " ".join(name) or entities_between(a.entities, o(n0), o(n1)):
        return None
    full = _full_name(a, name[0], o(n0)) if len(name) == 1 else None
    return full or doc.text[o(n0):o(n1)], n1


def _nisba(w: str) -> bool:
    return len(w) > 4 and w.startswith("ال") and w.endswith("ي") and w.isalpha() and \
        w not in _NOT_NAME_WORDS


def _boundary(w: str) -> bool:
    """Where a name after a title ends: a preposition, أن, a definite noun, a quote or colon."""
    x = w.strip(_PUNCT_STRIP)
    return not x or x.startswith(("ال", "بال", "لل")) or x in _PREPS or \
        bool(THAT_RE.fullmatch(x)) or x in _NAME_STOPS or w[:1] in "«\"“(:"


def _full_name(a: Analysed, family: str, before: int) -> str | None:
    """The person this article named with that family name before ``before``: a tagged person
    ending in it, else the one or two name-like words written before it."""
    for e in reversed(entities_between(a.entities, 0, before)):
        if e.type == "PERSON" and fold_key(e.text).split()[-1:] == [family]:
            return name_of(e)
    F = a.folded.text
    o = a.folded.orig
    for m in re.compile(WB_START + re.escape(family) + WB_END).finditer(
            F, 0, a.folded.fold_pos(before)):
        lo = max(0, m.start() - 40)
        prev = list(re.finditer(r"\S+", F[lo:m.start()]))[-2:]
        s0 = m.start()
        for w in reversed(prev):
            x = w.group(0)
            # the given name علي folds like the preposition على: the original letter tells
            if not (_name_like(x) or (x == "علي" and a.text[o(lo + w.end()) - 1] == "ي")):
                break
            s0 = lo + w.start()
        if s0 < m.start():
            return a.text[o(s0):o(m.end())].strip(_PUNCT_STRIP)
    return None


def _definite_nominal(doc: Document, a: Analysed, ve: int, limit: int, previous: str | None,
                      express: bool = False, say: bool = True) -> tuple[str, int] | None:
    """"وأكد المسؤول العراقي أن …", "وقال المتحدث الرسمي إن": a definite role noun and its
    adjectives right before what was said point back — to the person this article gave that
    role, to the same noun introduced indefinitely ("مسؤول عراقي رفيع المستوى"), to the one
    speaking so far ("قال … عقيل الجاسم …، وأكد المسؤول الخليجي أن"); else the phrase itself.
    After a say-verb any other definite noun there ("وقالت الوحدات في وقت سابق إن", "وقال
    المرصد إن") is a body speaking: the one this article named with that noun, else the noun
    itself (after "أدانت الصفقة بأنها" the noun is the object)."""
    F = a.folded.text
    mark = (EXPRESS_AN_RE if express else THAT_RE).search(F, ve, min(limit, ve + 120))
    if mark is None:
        return None
    words = F[ve:_before_statement_phrase(F, ve, mark.start())].split()
    tail = SUBJECT_TIME_RE.search(" ".join(words))
    if tail is not None:  # "في وقت سابق", "أمس": when, not who
        words = " ".join(words)[:tail.start()].split()
    if not 1 <= len(words) <= 4 or any(w[-1:] in "،,:" or w[:1] in "«\"“(" for w in words):
        return None
    head = words[0]
    titled = head in lx.SUBJECT_TITLES or head in lx.SOURCE_HEADS
    if not head.startswith("ال") or not (titled or (
            say and len(head) >= 5 and head not in lx.NOT_SUBJECTS and head.isalpha()
            and head not in lx.STATEMENT_NOUNS and head not in lx.REPORT_NOUNS
            and not head.endswith(("ها", "هم", "هما")))):
        return None
    if not all(_adjective_like(w, head) for w in words[1:]):
        return None
    o = a.folded.orig
    end = ve + F[ve:].index(words[-1]) + len(words[-1])
    if entities_between(a.entities, o(ve), o(end)):
        return None
    s0 = ve + F[ve:].index(words[0])
    if not titled:
        ref = _person_by_family(a, head, o(ve)) if len(words) == 1 else None
        ref = ref or _definite_reference(a, head, ve, previous) or _named_before(a, head)
        return ref or doc.text[o(s0):o(end)].strip(_PUNCT_STRIP), end
    ref = _title_reference(a, words, o(ve)) or _indefinite_mention(a, words, ve) or previous
    if ref is not None:
        return ref, end
    return doc.text[o(s0):o(end)].strip(_PUNCT_STRIP), end


STATEMENT_PHRASE_RE = re.compile(r"[\s،,]+(?:في|خلال)\s+(?:ال)?(?:" +
                                 alternation(lx.STATEMENT_PHRASE_NOUNS) + r")" + WB_END)


SUBJECT_RELATIVE_RE = re.compile(r"\s(?:الذي|التي|الذين)\s")


def _before_statement_phrase(F: str, start: int, mark: int) -> int:
    """Where a subject before what was said ends: at a phrase naming the occasion ("وأضاف الصور
    في مؤتمر صحفي نقلته قناة النبأ أن", "وأكد رئيس الجانب السعودي … في تصريح لوكالة …، أن") or
    at a relative clause describing it, else at the mark — the subject itself is then at most 60
    characters long."""
    m = STATEMENT_PHRASE_RE.search(F, start, mark)
    if m is not None:
        return m.start()
    rel = SUBJECT_RELATIVE_RE.search(F, start, mark)
    if rel is not None and F[start:rel.start()].split():
        return rel.start()  # "وقال المسؤول الأمني الذي طلب عدم الكشف عن هويته إن …"
    return mark if mark - start <= 60 else start


def _occasion_then_that(F: str, pos: int, limit: int) -> bool:
    """"وأضاف X في مؤتمر صحفي نقلته قناة النبأ التلفزيونية أن …": the occasion, then أن."""
    m = STATEMENT_PHRASE_RE.match(F, pos, limit)
    return m is not None and THAT_RE.search(F, m.end(), min(limit, m.end() + 100)) is not None


def _new_speaker_lead(F: str, f0: int, at: int) -> bool:
    """"من جانبه، أعرب المسؤول …", "بدوره قال …": the sentence hands over to someone else."""
    return NEW_SPEAKER_RE.match(F, f0, at) is not None


def _indefinite_mention(a: Analysed, words: list[str], before: int) -> str | None:
    """"مسؤول عراقي" written before "المسؤول العراقي": the same unnamed source."""
    bare = [w.removeprefix("ال") for w in words]
    pat = re.compile(WB_START + r"[وف]?" + r"\s+".join(re.escape(w) for w in bare) + WB_END)
    found = list(pat.finditer(a.folded.text, 0, before))
    if not found:
        return None
    m = found[-1]
    if m is None:
        return None
    o = a.folded.orig
    return a.text[o(m.start() + (1 if a.folded.text[m.start()] in "وف" and
                                   not a.folded.text.startswith(bare[0], m.start()) else 0)):
                  o(m.end())].strip(_PUNCT_STRIP)


def _title_reference(a: Analysed, words: list[str], before: int) -> str | None:
    """The person whose title in this article opens with ``words[0]`` and holds every adjective
    of ``words[1:]`` ("الوزير الأردني" → the one presented as "وزير الخارجية الأردني")."""
    bare = [w.removeprefix("ال") for w in words]
    best: Entity | None = None
    for key, e in a.titles().items():
        kw = [w.removeprefix("ال") for w in key.split()]
        if kw[0] != bare[0] or not all(b in kw for b in bare[1:]) or e.start >= before:
            continue
        if best is None or e.start > best.start:
            best = e
    return name_of(best) if best is not None else None


def _fallback_speaker(a: Analysed, si: int, before: int) -> str | None:
    """Nobody named yet: the first person of this sentence, of the one before, or the article's
    first person — who news prose keeps talking about."""
    s0 = a.sents[si][0]
    for e in entities_between(a.entities, s0, before):
        if e.type == "PERSON" and e.text not in _FUNCTION_SURFACES:
            return name_of(e)
    if si > 0:
        p0, p1 = a.sents[si - 1]
        prev = entities_between(a.entities, p0, p1)
        for e in prev:
            if e.type == "PERSON" and e.text not in _FUNCTION_SURFACES:
                return name_of(e)
    for e in a.entities:
        if e.type == "PERSON" and e.start < before and e.text not in _FUNCTION_SURFACES:
            return name_of(e)
    for e in a.entities:  # a company or body the article is about ("وقالت إنها …")
        if e.type == "ORGANIZATION" and e.start < before and e.text not in _FUNCTION_SURFACES:
            return name_of(e)
    return None


def _quote_near(F: str, pos: int, limit: int) -> re.Match[str] | None:
    """A quotation opening within a few words after the speaker (للصحفيين “…”)."""
    while True:
        m = QUOTE_START_RE.search(F, pos, min(limit, pos + 30))
        if m is None or len(F[pos:m.start()].split()) > 3:
            return None
        qe = _quote_end(F, m.start(), limit)
        lead = F[pos:m.start()].split()[-1:]
        if qe is not None and (len(F[m.start() + 1:qe].split()) <= 2 or
                               (lead and lead[0].startswith(_MEDIA_FOLDED))):
            # "لإذاعة "فرانس إنتر"", "لصحيفة «غانا سبورتس أون لاين»": a name in quotes, not
            # what was said
            pos = qe + 1
            continue
        return m


def _first_word_at(text: str, c0: int, at: int) -> bool:
    """Is ``at`` the first word of a content starting at ``c0`` (skipping quotes/blanks)?"""
    while c0 < at and text[c0] in _TRIM + "«\"“":
        c0 += 1
    return c0 == at


_OPENERS = frozenset({"«", '"', "“", ":"})
_CLAUSE_LINKS = frozenset({"حيث", "كما", "فيما", "بينما", "ثم", "وقد", "قد", "فقد", "لكنه",
                           "ولكنه", "الا", "اذ", "وهو", "وهي", "ما"})


def _open_quote(span: str) -> bool:
    """Does a quotation or parenthesis open in ``span`` and not close there?"""
    return span.count("«") > span.count("»") or span.count("“") > span.count("”") or \
        span.count("(") > span.count(")") or span.count('"') % 2 == 1


def _next_clause_verb(F: str, verbs: list[re.Match[str]], k: int, f1: int,
                      named: set[int] | frozenset[int] = frozenset()) -> int:
    """Where the content of verb k ends: at a later reporting verb that opens a clause of its own
    (after a comma: "، مشيراً إلى"، "، حيث ذكرت"، "، واعتبر"، "، وهو ما تنفيه"), or at "وذلك"."""
    ve = verbs[k].end()
    end = f1
    d = DHALIK_RE.search(F, ve, f1)
    if d:
        end = d.start()
    if (stop := _report_after_stop(F, ve, end)) is not None:
        # "… ربطنا مصيرنا به. وقال في تصريح أمس: «…»": a full stop and a new report, even
        # inside a quotation the sentence splitter kept whole
        end = stop
    p = PRAYER_CUT_RE.search(F, ve, end)
    if p:
        end = p.start()
    if (nc := NARRATIVE_CUT_RE.search(F, ve, end)) is not None and \
            not _open_quote(F[ve:nc.start()]):
        # "…، وضرب الصيني أمثلة …": a deed of the narrative, not said (but inside a
        # quotation still quoted: "(… بخطاب واحد، ومنح السعودية قوة …)")
        end = nc.start()
    for pc in PARTICIPLE_CUT_RE.finditer(F, ve, end):
        if pc.group(1) not in lx.NOT_PARTICIPLES and pc.start(1) not in named and \
                not MAFUL_RE.fullmatch(pc.group(1)):
            end = pc.start()  # "…، معدداً مناقبه": a new clause of circumstance
            break
    for m in verbs[k + 1:]:
        if m.start() >= end:
            break
        j = m.start("p")
        if VERB_INDEX[m.group("v")][1] == "according" and \
                F[m.end():m.end() + 9].split()[:1] in (["قوله"], ["قولها"], ["تعبيره"],
                                                       ["قوله،"], ["قولها،"], ["تعبيره،"]):
            continue  # "…، حسب قوله، في ظل …": a parenthesis inside what is said
        if m.group("v") in lx.PARTICIPLES:
            if m.group("v").endswith("ه") and VERB_INDEX[m.group("v")][0] == "assert" and \
                    not _after_comma(F, m.start("p")) and not _participle_marker(F, m.end()):
                continue  # "بميزة لافتة": an adjective inside what is said, no new clause
            c = F.rfind("،", ve, j)
            return c if c > ve and not F[c + 1:j].strip(" و") else j
        coordinated = m.group("p") == "و" or \
            F[max(ve, j - 7):j].split()[-1:] in (["وقد"], ["ولقد"], ["فقد"])
        if coordinated and (THAT_RE.match(F, m.end() + 1)
                                     or VERB_INDEX[m.group("v")][1] in ("object", "express")
                                     or F[m.end():m.end() + 3].lstrip()[:1] in _OPENERS
                                     or m.end() + 1 in named
                                     or (m.group("p") != "و" and _is_title_word(
                                         F[m.end():m.end() + 20].split()[0]
                                         if F[m.end():m.end() + 20].split() else ""))):
            # "… وأكد أن …", "… وحث المواطنين على …", "… وقال "…"", "… وقال خامنئي",
            # "…) وقد أعلن وزير الخارجية …": a new reported clause
            return j if m.group("p") == "و" else F.rfind(" ", ve, j - 1) + 1
        words = F[max(ve, j - 20):j].split()
        while words and words[-1] in _CLAUSE_LINKS:
            words.pop()
        tail = (words[-1] if words else "")[-1:]
        if tail in ("،", ","):
            return F.rfind(tail, ve, j)
    return end


FRONTING_PHRASE_RE = re.compile(r"\s*(?:" + alternation(lx.FRONTING_PHRASES) + r")\s*[،,]?\s*")
SENTENCE_LEAD_RE = re.compile(r"[\s«\"“]*(?:(?:" + alternation(lx.SENTENCE_LEADS) + r")\s+)*")
_SUBJECT_GAP_WORDS = 18  # words of apposition or relative clause between the name and its verb


def _sentence_subject(a: Analysed, f0: int, vs: int) -> Entity | None:
    """A sentence that opens with a name (after و، كان، لكن، إلا أن …), then an apposition or a
    relative clause, then the verb with no و: the name is its subject."""
    F = a.folded.text
    o, fp = a.folded.orig, a.folded.fold_pos
    if F[max(0, f0 - 4):f0].rstrip()[-1:] == "؛":
        return None  # "وحول مصير اللاعبين؛ زولاكا وسان مارتن، قال": a topic, not a subject
    start = SENTENCE_LEAD_RE.match(F, f0).end()
    ents = [e for e in entities_between(a.entities, o(start), o(vs)) if e.type in _SPEAKER_TYPES
            and e.text not in _FUNCTION_SURFACES]
    if not ents:
        return None
    e = ents[0]
    opening = F[start:fp(e.start)].split()
    if opening:
        # "وكان الأمين العام للجامعة العربية الدكتور نبيل العربي أكد …": a title opens it
        person = next((x for x in ents if x.type == "PERSON"), None)
        if person is None:
            return None
        opening = F[start:fp(person.start)].split()
        if not _is_title_word(opening[0].strip(" «\"“")) or len(opening) > 8 or any(
                THAT_RE.fullmatch(w) or w in _PREPS or w[-1:] in "،,:.؛" or w in VERB_INDEX
                for w in opening):
            return None
        e = person
    between = F[fp(e.end):vs]
    words = between.split()
    if not words or len(words) > _SUBJECT_GAP_WORDS or THAT_RE.search(between) or \
            any(c in between for c in "«\"“:.؛-–()") or VERB_RE.search(between) or \
            words[0] in _PREPS or words[0] in ("و", "او"):
        return None
    if e.type == "LOCATION" and not any(w in _RELATIVES for w in words):
        return None  # "الرياض تؤكد" is taken right before the verb; a place opening a longer
        # phrase is rarely its subject
    return e


def _speaker_before(doc: Document, a: Analysed, f0: int, vs: int) -> Entity | None:
    """SVO: "موسكو تؤكد", "الوزير الجبير أكد" — the entity ending right before the verb."""
    o = a.folded.orig
    ents = [e for e in entities_between(a.entities, o(max(f0, vs - 60)), o(vs))
            if e.type in _SPEAKER_TYPES and e.text not in _FUNCTION_SURFACES]
    if not ents:
        return None
    e = ents[-1]
    if a.folded.text[max(0, a.folded.fold_pos(e.start) - 8):a.folded.fold_pos(e.start)].split()[
            -1:] in (["ومقرها"], ["ومقره"], ["مقرها"], ["مقره"]):
        return None  # "المنظمة الدولية ومقرها جنيف قالت": the seat, not the speaker
    gap = a.folded.text[a.folded.fold_pos(e.end):vs]
    lead = a.folded.text[max(f0, a.folded.fold_pos(e.start) - 8):a.folded.fold_pos(e.start)]
    if lead.split()[-1:] and lead.split()[-1] in _PLACE_PREPS and lead[-1:] == " ":
        return None  # "التي تلتقي في هاواي تؤكد": a place in the clause before, no subject
    if gap.strip(" ") in ("", "قد", "فقد", "لقد") and "،" not in gap:
        return e
    if e.type == "PERSON" and PARENTHETICAL_RE.fullmatch(gap):
        return e  # "نائب طرابلس محمد كبارة، وفي تصريح له أمس، رأى أن …"
    return None


def _occasion_names_nobody(a: Analysed, F: str, pos: int, limit: int) -> bool:
    """"وقال المحافظ في تصريح صحفي إن …": an occasion phrase then what was said
    (``_occasion_then_that``), with no name in the phrase to speak instead."""
    if not _occasion_then_that(F, pos, limit):
        return False
    mark = THAT_RE.search(F, pos, limit)
    o = a.folded.orig
    return mark is not None and not any(
        e.type in ("PERSON", "ORGANIZATION")
        for e in entities_between(a.entities, o(pos), o(mark.start())))


def _speaker_after(
    doc: Document, a: Analysed, start: int, limit: int, previous: str | None = None,
    object_frame: bool = False, after_lam: bool = False,
) -> tuple[list[str], int, Entity | None]:
    """VSO: the subject right after the verb, through a few title words; or a nominal speaker."""
    F = a.folded.text
    o = a.folded.orig
    if (ad := ADDRESSEE_LEAD_RE.match(F, start, limit)) is not None:
        start = ad.end()  # "قال لـ«عكاظ» مدير الشرطة …": the paper spoken to stands first
    if (rp := RESUMPTIVE_RE.match(F, start, limit)) is not None:
        start = rp.end()  # "وهو ما شدد عليه الجبير": the pronoun points back to what was said
    if (side := SIDE_LEAD_RE.match(F, start, limit)) is not None:
        start = side.end()  # "وناشدت من جانبها الدكتورة X …": the aside stands before the name
    words = list(re.finditer(r"\S+", F[start:min(limit, start + 120)]))
    if not words:
        return [], start, None
    first = words[0].group(0).strip(_PUNCT_STRIP)
    first_bare = first
    if first[:1] in ("و", "ف") and len(first) > 3 and first not in _KNOWN_HEADS and \
            first not in lx.CONSTRUCT_HEADS:  # ("والد الشهيد" keeps its و)
        first_bare = first[1:]  # "والطرفان" → الطرفان, but "وكالة"/"وزارة" keep their و
    if first_bare in lx.HONORIFIC_PRONOUNS and previous:
        return [previous], start + words[0].end(), None
    if _GROUP_PLURAL_RE.fullmatch(first_bare) and first_bare not in lx.GENERIC_SPEAKERS and \
            first_bare not in lx.GENERIC_OUT:
        # "اتهم المتمردون القوات الحكومية بـ…", "ثمن المصابون الزيارة": a definite group speaks
        return [_word_text(a, start, words[0])], start + words[0].end(), None
    if first_bare in ("ابن", "بن", "ال") and len(words) >= 2:
        # "وأعرب ابن إبراهيم عن …": "سلمان بن إبراهيم آل خليفة", named before
        kin = _person_by_patronym(a, words[1].group(0).strip(_PUNCT_STRIP), first_bare == "ال")
        if kin is not None:
            w1 = words[1].group(0)
            return [kin], start + words[1].start() + len(w1.rstrip(_PUNCT_STRIP)), None
    if first_bare in lx.KIN_HEADS and (kin := _kin_of_person(a, F, start, limit, words)):
        return [kin[0]], kin[1], None
    if first_bare in lx.ONE_OF_HEADS and (one_of := _one_of_phrase(words)) is not None:
        # "وقال أحد الشهود لرويترز إن …": one of a group, no name
        return [doc.text[o(start + words[0].start()):o(start + words[one_of - 1].end())]
                .strip(_PUNCT_STRIP)], start + words[one_of - 1].end(), None
    if first_bare in lx.BOTH_PARTIES:
        parties = _last_meeting_parties(doc, o(start)) or _last_pair(a, o(start))
        if parties:
            return parties, start + words[0].end(), None
    if first_bare in lx.REPORT_NOUNS and first_bare not in lx.STATEMENT_NOUNS:
        # "كشفت دراسة …", "وأوضح التحليل …": the study speaks; "وأشارت نتائج دراسة حديثة
        # إلى": the results of a study, with its adjectives
        k = 1
        if len(words) > 1 and words[0].group(0)[-1:] not in "،,:" and \
                words[1].group(0).strip(_PUNCT_STRIP) in lx.REPORT_NOUNS:
            k = 2
            while k < min(4, len(words)) and words[k - 1].group(0)[-1:] not in "،,:" and \
                    _adjective_like(words[k].group(0).strip(_PUNCT_STRIP), words[1].group(0)):
                k += 1
        end = start + words[k - 1].end()
        text = a.text[a.folded.orig(start + words[0].start()):a.folded.orig(end)]
        return [text.strip(_PUNCT_STRIP)], end, None
    if first_bare in lx.STATEMENT_NOUNS:
        w_end = start + words[0].end()
        k = 1
        while k < min(3, len(words)) and words[k - 1].group(0)[-1:] not in "،,:" and \
                words[k].group(0) not in _RELATIVES and \
                _adjective_like(words[k].group(0).strip(_PUNCT_STRIP), first_bare) and \
                SADIR_RE.match(F, start + words[k].end() + 1) is not None:
            # "وقال التقرير اليومي لمنظمة أوبك، إن …", "البيان الختامي الصادر عن …": past the
            # adjectives to the issuer
            w_end = start + words[k].end()
            k += 1
        m = SADIR_RE.match(F, w_end + 1) if w_end < len(F) else None
        look_from = m.end() if m else w_end
        ents = [e for e in entities_between(a.entities, o(look_from), o(min(limit, look_from + 40)))
                if e.type in _SPEAKER_TYPES or e.type == "MISC"]  # "بيان البيت الأبيض"
        if ents and len(F[look_from:a.folded.fold_pos(ents[0].start)].split()) <= 1:
            return [name_of(ents[0])], a.folded.fold_pos(ents[0].end), ents[0]
        qn = QUOTED_NAME_RE.match(F, w_end)
        if qn is not None and not ents:
            # "أشارت معلومات «المدينة» أن": the paper named in quotes
            return [a.text[o(qn.start(1)):o(qn.end(1))]], qn.end(), None
        if first_bare == "البيان" and previous:
            return [previous], w_end, None  # "وأضاف البيان": the issuer already named
        nxt_word = F[w_end:w_end + 12].split()[:1]
        if nxt_word and nxt_word[0].strip(":،,") in lx.HONORIFIC_PRONOUNS and previous:
            return [previous], w_end + len(nxt_word[0]) + 1, None  # "برقية سموه"
        if m is not None and look_from > w_end:
            # "بيان لوزارة الخارجية الباكستانية": an issuer named in words
            named, named_end, _ = _speaker_after(doc, a, look_from, limit)
            if named and F[look_from:look_from + 12].split()[:1] and \
                    F[look_from:look_from + 12].split()[0].strip(_PUNCT_STRIP) in \
                    lx.MULTIWORD_HEADS | lx.GENERIC_SPEAKERS:
                return named, named_end, None
            if F[look_from:look_from + 1] == "ل" and \
                    (lil := _definite_after_lam(doc, a, look_from, limit)) is not None:
                return [lil[0]], lil[1], None  # "بيان للخارجية الأمريكية": الخارجية …
        if first_bare in ("بيان", "بيانا") and len(words) >= 3 and not ents:
            adj = words[1].group(0)
            bare_adj = adj.strip(_PUNCT_STRIP)
            if bare_adj.endswith("ي") and len(bare_adj) > 3 and \
                    bare_adj not in lx.STATEMENT_KIND_ADJECTIVES and \
                    (adj[-1:] in "،,:" or THAT_RE.fullmatch(words[2].group(0).strip(":،,"))
                     or words[2].group(0) == "الي"):
                # "وقال بيان أوروبي إن": the statement stands for its unnamed issuer
                return [_word_text(a, start, words[0]) + " " + _word_text(a, start, words[1])
                        .strip(_PUNCT_STRIP)], start + words[1].end(), None
        if first_bare in lx.REPORT_NOUNS and (
                THAT_RE.match(F, w_end + 1) or F[w_end:w_end + 6].split()[:1] == ["الي"]):
            # "وأشار التقرير إلى أن …" with no issuer named: the report speaks
            return [_word_text(a, start, words[0])], w_end, None
        return [], start, None
    ents = [e for e in entities_between(a.entities, o(start), o(min(limit, start + 120)))
            if e.type in _SPEAKER_TYPES and (after_lam or not _addressee(doc.text, e))
            and e.text not in _FUNCTION_SURFACES]
    qn = QUOTED_SPEAKER_RE.match(F, start, limit)
    if qn is not None and not (ents and o(qn.start(1)) <= ents[0].start < o(qn.end(1))
                               and ents[0].end >= o(qn.end(1))):
        # "وأضاف «إيرنست»: «…»", "وأكد «المرصد السوري» أن": a name in quotes, then the words
        return [doc.text[o(qn.start(1)):o(qn.end(1))].strip()], qn.end(1) + 1, None
    if first_bare.startswith("ال") and first_bare in lx.SUBJECT_TITLES and len(words) >= 2 and (
            THAT_RE.fullmatch(words[1].group(0).strip(_PUNCT_STRIP + ":") or ":")
            or _occasion_names_nobody(a, F, start + words[0].end(), limit)):
        ref = a.person_by_title_head(first_bare, o(start))
        if ref is not None:
            # "وأكد السفير أن …", "وقال المحافظ في تصريح صحفي إن …": the one named before
            return [name_of(ref)], start + words[0].end(), None
    if first_bare.startswith("ال") and first_bare in lx.SUBJECT_TITLES and len(words) >= 2 and \
            (by_nisba := _title_by_nisba(a, first_bare, words[1].group(0).strip(_PUNCT_STRIP),
                                         o(start))) is not None and \
            not (ents and ents[0].type == "PERSON" and
                 len(F[start:a.folded.fold_pos(ents[0].start)].split()) <= 3):
        # "وأكد الوزير الأردني موقف بلاده": the Jordanian minister this article named before
        # ("وزير الخارجية الأردني ناصر جودة")
        return [name_of(by_nisba)], start + words[1].end(), None
    if first_bare in lx.SUBJECT_TITLES and not any(e.type == "PERSON" for e in ents):
        titled = _title_and_name(doc, a, start, limit) or _titled_subject(doc, a, start, limit)
        if titled is not None:
            return [titled[0]], titled[1], None
    if first_bare in lx.GENERIC_SPEAKERS or first_bare in lx.AGENT_NOUNS or \
            first_bare in lx.ORG_HEADS or first_bare in lx.WITNESS_HEADS or \
            (first_bare in lx.CONSTRUCT_HEADS and not (
                first_bare in lx.KIN_HEADS and any(e.type == "PERSON" for e in ents[:1]) and
                len(F[start:a.folded.fold_pos(ents[0].start)].split()) <= 4)) or \
            (first_bare in lx.MEMBER_HEADS and
                                           _member_described(a, F, start, limit, words)):
        mark = THAT_RE.search(F, start, min(limit, start + 120))
        if first_bare in lx.ROLE_NOUNS and len(words) >= 3:
            # "طالبت الفنانة إلهام علي بـ…": a person this article names elsewhere, left
            # untagged here
            known = _known_person(a, [w.group(0).strip(_PUNCT_STRIP) for w in words[1:4]])
            if known is not None:
                return [known[0]], start + words[known[1]].end(), None
            w1, w2 = words[1].group(0), words[2].group(0).rstrip("،,:")
            ali = w1 == "علي" and doc.text[o(start + words[1].end()) - 1] == "ي"  # not على
            if (_name_like(w1) or ali) and \
                    (_name_like(w2) or _nisba(w2) or w2.startswith("ال")) and \
                    not entities_between(a.entities, o(start + words[1].start()),
                                         o(start + words[2].end())) and \
                    (len(words) < 4 or _boundary(words[3].group(0)) or w2 != words[2].group(0)):
                # "وتقول الطفلة سكينة الباشا إن": a role, then a name left untagged
                end2 = start + words[2].start() + len(w2)
                return [doc.text[o(start + words[1].start()):o(end2)]], end2, None
        # "ويتهم معارضون نكورونزيزا بـ…": after a plural head a name is its object
        plural = first_bare in lx.PLURAL_SPEAKERS or first_bare in lx.ORG_HEADS or \
            first_bare in lx.OFFICE_HEADS
        people = [] if plural else [x for x in ents if x.type == "PERSON" and (
            mark is None or o(mark.start()) >= x.end)]
        if people and any(w.startswith(_ADDRESSEE_FOLDED)
                          for w in F[start:a.folded.fold_pos(people[0].start)].split()):
            people = []  # "وقال الجيش لصحفيين يرافقون وزير الدفاع X": X is with the listeners
        if people and any(c in F[start:a.folded.fold_pos(people[0].start)] for c in "،,.؛:"):
            people = []  # "ورفض الجيش النيجيري الاتهامات، ووعد الرئيس X …": another clause
        if people and any(w in _RELATIVES
                          for w in F[start:a.folded.fold_pos(people[0].start)].split()):
            people = []  # "وقالت الصحيفة التي يملكها رجل الأعمال X إن": X is in the relative
        if people and ((first_bare in lx.SOURCE_NOUNS and not first_bare.startswith("ال") and
                        any(w in ("في", "من", "داخل", "لدي", "مقرب", "مقربه", "مقربون", "مقربين")
                            for w in F[start:a.folded.fold_pos(people[0].start)].split()[1:]))
                       or (first_bare in lx.MEMBER_HEADS and words[1].group(0) in ("في", "من"))) \
                and not any(w in lx.APPOSITION_PRONOUNS
                            for w in F[start:a.folded.fold_pos(people[0].start)].split()):
            # "قال مصدر مقرب من الرئيس السابق X", "مسؤول في حزب الرئيس X": an unnamed source
            # close to X or in X's party — X is in its description, not the one speaking
            end = a.folded.fold_pos(people[0].end)
            return [_BRACKETS_RE.sub("", doc.text[o(start):people[0].end]).strip(_PUNCT_STRIP)], \
                end, None
        if people and (len(F[start:a.folded.fold_pos(people[0].start)].split()) <= 8 or
                       first_bare in lx.MEMBER_HEADS):  # (no comma before him: his roles)
            # "الناطق الإعلامي بشرطة جازان المقدم محمد الحربي": the named one
            return [name_of(people[0])], a.folded.fold_pos(people[0].end), people[0]
        ent_near = ents[0] if ents else None
        if ent_near is not None and mark is not None and o(mark.start()) < ent_near.end:
            ent_near = None  # "كشفت وسائل الإعلام أن مانشستر …": that name is in what was said
        near_words = (len(F[start:a.folded.fold_pos(ent_near.start)].split())
                      if ent_near else 99)
        if ent_near is not None and first_bare in lx.SOURCE_NOUNS and near_words <= 7:
            lead = F[start:a.folded.fold_pos(ent_near.start)].split()
            if len(lead) >= 2 and lead[-1] in lx.APPOSITION_PRONOUNS and \
                    not any(c in w for w in lead for c in "،,:«\"“"):
                # "قال متحدث آخر باسم الرئاسة هو جربا شيهو": the source named in apposition
                return [name_of(ent_near)], a.folded.fold_pos(ent_near.end), ent_near
        if ent_near is not None and ent_near.type != "PERSON" and first_bare in lx.SOURCE_NOUNS \
                and near_words <= 5:
            lead = F[start:a.folded.fold_pos(ent_near.start)].split()
            if lead and (lead[-1] in _SOURCE_PREPS or (len(lead[-1]) == 1 and lead[-1] in "بل")
                         or (_glued(doc.text, ent_near) and doc.text[ent_near.start - 1] == "ب")) \
                    and all(_adjective_like(w, first_bare) for w in lead[1:-1]) \
                    and not any(c in w for w in lead for c in "،,:«\"“"):
                # "مسؤول نفطي كبير في أرامكو السعودية", "مصدر بوزارة الداخلية": the source
                # with the body it speaks from (which the annotators may name alone)
                end = a.folded.fold_pos(ent_near.end)
                return [doc.text[o(start):ent_near.end].strip(_PUNCT_STRIP)], end, None
        if ent_near is not None and near_words <= 3 and ent_near.type != "LOCATION" and \
                not (plural and (ent_near.type == "PERSON" or _glued(doc.text, ent_near))):
            # "دول مجلس التعاون" is a name; "النواب الجمهوريون بالكونغرس" are the speakers
            # "المتحدث باسم الخارجية X" / "مصدر في وزارة Y": the named one
            near_end = a.folded.fold_pos(ent_near.end)
            if F[near_end:near_end + 1] in ("»", '"', "”"):
                near_end += 1  # "شركة «رويال داتش شل»": past the closing quote
            return [name_of(ent_near)], near_end, ent_near
        n = 1
        if first_bare == "بعض" and len(words) >= 2 and words[1].group(0) not in _PREPS:
            # "وترى بعض سيدات الأعمال أن": the group, not the quantifier
            k = 3 if len(words) >= 3 and words[2].group(0).startswith("ال") and \
                not THAT_RE.fullmatch(words[2].group(0)) else 2
            np_end = start + words[k - 1].end()
            return [doc.text[o(start + words[1].start()):o(np_end)].strip(_PUNCT_STRIP)], \
                np_end, None
        if first_bare in lx.QUANTIFIER_HEADS and len(words) >= 3 and words[1].group(0) == "من":
            # "عدد من المشاركين", "كثير من المستشرقين": the group
            np_end = start + words[2].end()
            text = doc.text[o(start + words[0].start()):o(np_end)].strip(_PUNCT_STRIP)
            return [text], np_end, None
        if first_bare in lx.MULTIWORD_HEADS or first_bare in lx.ORG_HEADS:
            # the name runs to the content marker, a comma or a bracket (at most six words)
            quoted_end = _quoted_name_end(words) if first_bare in lx.ORG_HEADS else None
            if quoted_end is not None:
                n = quoted_end  # 'نقابة "أيه إف إل-سي آي أو" وهي …': the quoted name, whole
            while quoted_end is None and n < min(7, len(words)):
                w = words[n].group(0)
                ws = w.strip(_PUNCT_STRIP)
                if not ws or THAT_RE.fullmatch(ws) or ws in ("في", "عن", "علي", "الي", "من") \
                        or w in ("-", "–") or ws in _NAME_STOPS or \
                        (len(ws) > 4 and ws.endswith(("ها", "هم", "هما"))) or ws in _RELATIVES \
                        or (n >= 2 and words[n - 1].group(0).startswith("ال")
                            and _adjective_like(words[n - 1].group(0))
                            and not ws.startswith(("ال", "ب", "ل", "وال"))
                            and w[:1] not in "«\"“("):
                    # "… الإدارة الهلالية تأكيدها": a possessed noun ends the name; so does an
                    # indefinite word after its adjective ("وزارة الدفاع الأمريكية خطف …")
                    break
                if first_bare in lx.ORG_HEADS and n >= 2 and not _org_name_goes_on(
                        words[n - 1].group(0), w):
                    break  # "تنظيم الدولة بقتل …", "نادي الهلال الإقامة في …": the name ended
                n += 1
                if w[-1:] in "،,(:" or w[:1] == "(" or (first_bare in lx.ORG_HEADS and
                                                        w[-1:] in "»\"”"):
                    break
            np_end = start + words[n - 1].end()
            if F[np_end - 1:np_end] in (":", "،", ","):
                np_end -= 1  # "وقالت الوزارة: …": the colon marks what was said
            if first_bare.startswith("ال") and (n == 1 or all(
                    _adjective_like(words[i].group(0).strip(_PUNCT_STRIP), first_bare)
                    for i in range(1, n))):
                # "وقالت الصحيفة", "المنظمة الحقوقية": the one named before with that noun
                ref = _definite_reference(a, first_bare, start, previous) or \
                    _named_before(a, first_bare)
                if ref is not None:
                    return [ref], np_end, None
            text = _BRACKETS_RE.sub("", doc.text[o(start + words[0].start()):o(np_end)]).strip(
                _PUNCT_STRIP)
            if n > 1:
                a.nominal.append((first_bare, text))
            return [text], np_end, None
        agree = first_bare  # adjectives agree with the last noun of the phrase
        while n < min(4 if first_bare in lx.CONSTRUCT_HEADS else 3, len(words)):
            w = words[n].group(0)
            ws = w.strip(_PUNCT_STRIP)
            if first_bare in lx.CONSTRUCT_HEADS and not agree.startswith("ال") and \
                    ws not in _PREPS and not THAT_RE.fullmatch(ws) and ws.isalpha() and \
                    ws not in _NAME_STOPS and (ws.startswith("ال") or n == 1) and \
                    (w[-1:] not in "،,:" or ws.startswith("ال")):
                # "وسائل الإعلام", "مديرو تعليم الحد الجنوبي": a head in construct with its
                # genitives, up to the first definite one (its comma or colon ends the phrase:
                # "أكد منظمو التظاهرة: «…»")
                n += 1
                agree = ws
                if w[-1:] in "،,:":
                    break
                continue
            if words[n - 1].group(0)[-1:] in "،,:":
                break  # "وأضافت المصادر: المالكي هرب …": the colon ends the speaker
            if ws in _PREPS or THAT_RE.fullmatch(ws) or not (
                    _adjective_like(ws, agree) or (first_bare in lx.PLURAL_SPEAKERS
                                                        and ws.endswith(("ون", "ين"))
                                                        and len(ws) > 4)):
                break
            if ent_near is not None and start + words[n].start() >= a.folded.fold_pos(
                    ent_near.start):
                break
            n += 1
        spokesman = n < len(words) and words[n].group(0) in lx.SPOKESMAN_LINKS and \
            first_bare.removeprefix("ال") in lx.SOURCE_NOUNS
        if ((ent_near is None and first_bare in lx.SOURCE_NOUNS) or spokesman) and \
                words[n - 1].group(0)[-1:] not in "،,:":
            # "مسؤول في وزارة الداخلية", "مصادر بالاتحاد …", "المتحدث باسم التحالف الذي …"
            n = _source_body(words, n)
            if spokesman and first_bare.startswith("ال") and \
                    (holder := a.person_by_title_head(first_bare, o(start))) is not None:
                # "ولم يفصح الناطق باسم الداخلية" after "الناطق الرسمي بالوزارة طارق الخراز"
                return [name_of(holder)], start + words[n - 1].end(), None
        np_end = start + words[n - 1].end()
        if F[np_end - 1:np_end] in (":", "،", ","):
            np_end -= 1  # "وأضافت المصادر: المالكي هرب …": the colon marks what was said
        if n == 1 and first_bare.startswith("ال"):
            # ("وأضافت المصادر" after "مصادر في المقاومة …": the sources, not the body they
            # spoke from)
            ref = None if first_bare in lx.SOURCE_HEADS else \
                _definite_reference(a, first_bare, start, previous)
            if ref is None:
                for head in lx.SOURCE_HEADS.get(first_bare, ()):
                    ref = ref or _named_before(a, head)  # "وتابع المصدر": the source quoted
            if ref is not None:
                return [ref], np_end, None  # "وقالت الحركة": the حركة named before
            if first_bare in lx.SUBJECT_TITLES and previous:
                return [previous], np_end, None  # "وقال المتحدث": the spokesman just named
        text = doc.text[o(start + words[0].start()):o(np_end)].strip(_PUNCT_STRIP)
        if n > 1:
            a.nominal.append((first_bare, text))
        return [text], np_end, None
    hit = a.title_at(start, limit)
    if hit is not None and (not ents or ents[0].start > hit[0].end):
        return [name_of(hit[0])], hit[1], None  # "وقال وزير الخارجية": named before
    short = _short_title_holder(a, start, limit) if hit is None else None
    if short is not None and (not ents or ents[0].start > o(short[1]) + 30):
        return [name_of(short[0])], short[1], None  # "وأكد رئيس الإقليم": its longer title
    if (not ents or ents[0].start > o(start + words[0].end())) and \
            (known := _known_family_name(a, words, start)) is not None:
        return [known[0]], known[1], None  # "وكان خامنئي أكد" with this خامنئي left untagged
    if (not ents or ents[0].start > o(start + words[0].end())) and \
            (bare_name := _untagged_name(words)) is not None:
        # "وأضاف كشك «طالما …»": one untagged word, then the quotation, colon or أن
        return [_word_text(a, start, words[0])], start + words[0].start() + len(bare_name), None
    if not ents:
        return [], start, None
    e = ents[0]
    if e.type != "PERSON":
        # "صرح الناطق الإعلامي بشرطة منطقة جازان المقدم محمد الحربي": the person, not the place
        mark = THAT_RE.search(F, start, min(limit, start + 120))
        stop_at = o(mark.start()) if mark else o(min(limit, start + 120))
        people = [x for x in ents[1:] if x.type == "PERSON" and x.end <= stop_at]
        lead = F[start:a.folded.fold_pos(people[0].start)] if people else ""
        if people and len(lead.split()) <= _person_gap(lead) and \
                not any(c in lead for c in "،,:«\"“") and \
                not any(w in _OBJECT_PREPS for w in lead.split()):
            e = people[0]
    gap = F[start:a.folded.fold_pos(e.start)]
    gap_words = gap.split()
    if e.type == "ORGANIZATION" and 1 <= len(gap_words) <= 3 and _glued(doc.text, e) and \
            doc.text[e.start - 1] == "ب" and not _is_title_word(gap_words[0]) and \
            not any(w in _PREPS or THAT_RE.fullmatch(w) or not w.isalpha() for w in gap_words):
        # "أعلنت كلية الهندسة بجامعة الملك عبدالعزيز": the faculty, part of the university
        text = doc.text[o(start + words[0].start()):e.end].strip(_PUNCT_STRIP)
        a.nominal.append((gap_words[0], text))
        return [text], a.folded.fold_pos(e.end), None
    if object_frame and e.type == "PERSON" and \
            (subj := _subject_before_object(doc, a, start, words, e)):
        return [subj[0]], subj[1], None  # "هدد تنظيم الدولة بقتل رئيس المجلس X": X is the object
    max_gap = _person_gap(gap) if e.type == "PERSON" else _SPEAKER_GAP_WORDS
    inner = gap.rstrip()
    if e.type == "PERSON" and gap_words and _is_title_word(gap_words[0]):
        while inner.split()[-1:] and inner.split()[-1] in lx.HONORIFIC_WORDS:
            inner = inner[:inner.rstrip().rfind(" ")].rstrip()  # "مدير المركز، الشيخ X"
        if inner[-1:] in ("،", ","):
            # "أكد وزير الخارجية السعودي، عادل الجبير، …": title, comma, name
            inner = inner[:-1]
    quoted_name = F[a.folded.fold_pos(e.end):a.folded.fold_pos(e.end) + 1] in ("»", '"', "”")
    if len(gap_words) > max_gap or any(
            c in (inner.rstrip()[:-1] if quoted_name and inner.rstrip()[-1:] in ("«", '"', "“")
                  else inner)
            for c in "،,:«\"“"):
        return [], start, None  # (a quoted name is no gap: وقالت "شل" إنها; a quotation is)
    if any(THAT_RE.fullmatch(w) for w in gap_words) or any(w in _PLACE_PREPS
                                                           for w in gap_words[:1]):
        return [], start, None  # "وقال أمام الكنيست": the audience, not the speaker
    if gap_words[:1] and gap_words[0] in _CIRCUMSTANCE_PREPS and e.type == "PERSON":
        return [], start, None  # "وقال خلال لقائه محافظ الأنبار X": the one met, not the speaker
    if e.type != "PERSON" and gap_words and _is_title_word(gap_words[0]):
        # "وقال أمين عام غرفة مكة": the holder of that title, not the place — unless the title
        # goes on past the body to a person the entities stage gave it ("وقال المدير العام …
        # في وزارة الشؤون الإسلامية … الشيخ X")
        if (titled := _person_after_title(doc, a, start, limit)) is not None:
            return [name_of(titled)], a.folded.fold_pos(titled.end), titled
        holder = _title_holder(a, gap_words, e, o(start))
        end = a.folded.fold_pos(e.end)
        if holder is not None:
            return [holder], end, None
        return [doc.text[o(start + words[0].start()):e.end].strip(_PUNCT_STRIP)], end, None
    if e.type == "LOCATION" and (_glued(doc.text, e) or any(w in _PLACE_PREPS
                                                            for w in gap_words)):
        return [], start, None  # "ووصف معسكر الفريق في تركيا", "وأكد دعم … باليمن"
    if e.type == "ORGANIZATION" and len(gap_words) >= 2 and gap_words[-1] in _MEDIUM_PREPS:
        return [], start, None  # "وقال خامنئي في تعليقته على تويتر": where, not who
    names = [_given_name_before(a, e, gap_words) or name_of(e)]
    end = a.folded.fold_pos(e.end)
    if (tail := HYPHEN_TAIL_RE.match(doc.text, e.end)) is not None and \
            names[0].endswith(e.text.split()[-1]):
        # "إنجريد أرندت-براور": the entities stage stopped at the hyphen
        names[0] += tail.group(0)
        end = a.folded.fold_pos(tail.end())
    if F[end:end + 1] in ("»", '"', "”") and F[start:a.folded.fold_pos(e.start)].rstrip()[-1:] \
            in ("«", '"', "“"):
        end += 1  # وقالت "شل" إنها: past the closing quote
    if e.type == "PERSON":
        for x in ents:
            if x.start < e.end:
                continue
            if x.type == "PERSON" and F[end:a.folded.fold_pos(x.start)].strip() in ("،", ","):
                # "وزير الخارجية السعودي، عادل الجبير، …": the name in apposition is the same one
                end = a.folded.fold_pos(x.end)
            break
    for x in ents:
        # "أحجمت تومسون رويترز وبلومبرج": conjoined speakers
        if x.start < e.end:
            continue
        between = F[end:a.folded.fold_pos(x.start)]
        if between.strip() in ("و", "") and \
                F[end:a.folded.fold_pos(x.start) + 1].strip().startswith("و"):
            names.append(name_of(x))
            end = a.folded.fold_pos(x.end)
        elif e.type == "PERSON" and _titled_conjunct(between):
            if x.type != "PERSON":
                continue  # "… والمبعوث الأممي إلى ليبيا Y": a place inside the second title
            # "حذر وزير الخارجية الإيطالي X والمبعوث الأممي إلى ليبيا Y الأطراف …": two
            # people, each with a title
            names.append(name_of(x))
            end = a.folded.fold_pos(x.end)
        else:
            break
    return names, end, e


def _person_by_family(a: Analysed, family: str, before: int) -> str | None:
    """"وأوضح الخديدي" after "فيصل الخديدي": the person tagged before with that family name."""
    for e in reversed(entities_between(a.entities, 0, before)):
        if e.type == "PERSON" and len(e.text.split()) >= 2 and \
                fold_key(e.text).split()[-1] == family:
            return name_of(e)
    return None


def _untagged_name(words: list[re.Match[str]]) -> str | None:
    """A single name-like word right before what was said ("كشك «…»", "كشك: …", "كشك أن")."""
    if len(words) < 2:
        return None
    w = words[0].group(0)
    bare = w.rstrip(":")
    if not _name_like(bare) or bare.endswith(("ه", "ها", "هم", "هما", "ا", "ين", "ون")) or \
            bare in lx.GENERIC_SPEAKERS or bare in lx.STATEMENT_NOUNS or bare in lx.NOT_NAMES:
        return None
    if bare in lx.NOT_UNTAGGED_NAMES or bare.startswith(("لل", "بال", "وال")) or \
            (bare[:1] in "يتن" and bare.endswith(("ون", "ان"))):
        return None
    nxt = words[1].group(0)
    if w.endswith(":") or THAT_RE.fullmatch(nxt.strip("،,")):
        return bare  # (not before a quotation: "موقع «لو فيجارو»" quotes a name)
    return None


def _known_family_name(a: Analysed, words: list[re.Match[str]], start: int
                       ) -> tuple[str, int] | None:
    """The first word is the family name of a person tagged earlier in the article ("علي
    خامنئي" … "وقال خامنئي"): that person, if the next word does not go on with a name."""
    w = words[0].group(0)
    bare = w.rstrip("،,:")
    if not (_name_like(bare) or _nisba(bare) or (bare.startswith("ال") and len(bare) > 4
                                                  and bare not in _NOT_NAME_WORDS)):
        return None  # ("ورفع السحيباني الشكر": a family name with ال, known from before)
    if bare == w and len(words) > 1 and not _boundary(words[1].group(0)) and \
            words[1].group(0) not in VERB_INDEX and words[1].group(0) not in ("قد", "فقد"):
        return None  # "وقال عبدالله العمري …": a new person, not the one named before
    o = a.folded.orig
    for e in reversed(entities_between(a.entities, 0, o(start))):
        if e.type == "PERSON" and len(e.text.split()) >= 2 and \
                fold_key(e.text).split()[-1] == bare:
            return name_of(e), start + words[0].start() + len(bare)
    return None


def _titled_conjunct(between: str) -> bool:
    """"و المبعوث الأممي إلى ليبيا": و, then a title of a few words (no comma, no أن)."""
    words = between.split()
    if not words or not words[0].startswith("و"):
        return False
    if words[0] == "و":
        words = words[1:]
    else:
        words[0] = words[0][1:]
    return 1 <= len(words) <= 7 and _is_title_word(words[0]) and \
        not any(c in between for c in "،,.:«\"“()") and \
        not any(THAT_RE.fullmatch(w) for w in words)


def _subject_before_object(doc: Document, a: Analysed, start: int, words: list[re.Match[str]],
                           e: Entity) -> tuple[str, int] | None:
    """"هدد تنظيم الدولة بقتل رئيس مجلس النواب سليم الجبوري": an untagged noun phrase, then the
    verb's بـ complement, then the person — who is the object. The phrase before the بـ word
    speaks."""
    fs = a.folded.fold_pos(e.start)
    gap = [w for w in words if start + w.end() <= fs]
    if len(gap) < 2:
        return None
    first = gap[0].group(0)
    if _is_title_word(first) or first in lx.HONORIFIC_WORDS or first in _PREPS or \
            first in _PARTICLES or not first.isalpha() or first in lx.GENERIC_SPEAKERS or \
            first in lx.PRONOUN_PPS:
        return None  # ("كلمة رحب فيها بسمو الأمير": فيها is the speech, nobody's name)
    k = next((i for i, w in enumerate(gap[1:5], 1)
              if w.group(0).startswith("ب") and len(w.group(0)) > 3
              and not w.group(0).startswith("بال") and w.group(0) not in lx.NOT_OBJECT_BI),
             None)  # a verbal noun with بـ ("بقتل", "بإطلاق"), not "بالإدارة"
    if k is None or any(not w.group(0).isalpha() for w in gap[:k]):
        return None
    o = a.folded.orig
    s0, s1 = start + gap[0].start(), start + gap[k - 1].end()
    if entities_between(a.entities, o(s0), o(s1)) or \
            any(THAT_RE.fullmatch(w.group(0)) for w in gap[:k]):
        return None
    return doc.text[o(s0):o(s1)].strip(_PUNCT_STRIP), s1


_ADJ_ENDINGS = ("يه", "ي", "يون", "يين", "ات")
_ADJ_WORDS = frozenset({"مسؤول", "مطلع", "رفيع", "رفيعه", "مقرب", "مقربه", "مطلعه", "غربي",
                        "خاص", "خاصه", "موثوق", "موثوقه", "بارز", "بارزه", "كبير", "كبار",
                        "الابيض",
                        "رسمي", "عسكري", "امني", "دبلوماسي"}) | lx.SOURCE_EXTENSIONS


# words that end an institution's name ("نددت منظمة العفو الدولية الخميس بما …")
_NAME_STOPS = frozenset({"امس", "اليوم", "مساء", "صباح", "الاحد", "الاثنين", "الثلاثاء",
                         "الاربعاء", "الخميس", "الجمعه", "السبت", "بما", "بان", "بانه", "بانها",
                         "يوم", "امس،", "اليوم،", "عبر", "وفقا", "وفق", "حسب", "بحسب", "نقلا",
                         "ايضا", "كذلك"})  # "وأكدت الوزارة كذلك أن": an aside, not the name
_BRACKETS_RE = re.compile(r"[()«»\"“”]")
_MEDIUM_PREPS = frozenset({"علي", "في", "عبر", "الي", "مع"})
_PLACE_PREPS = frozenset({"في", "من", "الي", "علي", "عن", "مع", "حول", "بشان", "امام", "لدي",
                          "داخل", "خارج", "بين", "بحسب", "حسب", "وفق", "وفقا", "نقلا"})
_CIRCUMSTANCE_PREPS = frozenset({"خلال", "اثناء", "عقب", "بعد", "قبل", "عند", "لدي", "ابان"})
_FUNCTION_SURFACES = frozenset({"بأن", "بان", "أن", "ان", "إن", "لأن", "لان", "كان", "بأنه", "بانه",
                                "أنه", "انه"}) | lx.NOT_SPEAKER_NAMES


def _after_indefinite_noun(a: Analysed, F: str, f0: int, at: int) -> bool:
    """The word before a feminine participle is an indefinite noun ("رقابة مشددة", "أصوات
    منددة", "حد مطالبة"): not a verb ("وتابعت مؤكدة"), a name ("وقالت موغيريني مشددة"), a
    definite subject or object ("وقالت الوزارة مشددة", "وصفت الفيديو بالمقلق قائلة"), the last
    of a list ("بأسعار رخيصة ومغرية مؤكدة أن …": the clause has ended) or a particle."""
    before = F[f0:at].split()
    if not before:
        return False
    w = before[-1]
    if w[:1] == "و" and w.endswith("ات") and len(w) > 5 and not w.startswith("وال"):
        w = w[1:]  # "ومعلومات مؤكدة عن قتلى": a plural noun after و still takes its adjective
    if not w.isalpha() or w.startswith(("ال", "بال", "لل", "و", "فال", "كال")) or len(w) < 3 \
            or w in VERB_INDEX or \
            w in _PARTICLES or w in _PREPS or w in lx.HONORIFIC_PRONOUNS or \
            w in lx.SELF_WORDS or w in _NAME_STOPS or (w[:1] == "ف" and w[1:] in VERB_INDEX):
        return False
    return not entities_between(a.entities, a.folded.orig(max(f0, at - len(w) - 2)),
                                a.folded.orig(at))


def _after_comma(F: str, at: int) -> bool:
    """"…، مؤكدةً استمرار دعمها": a participle opening its own clause after a comma."""
    return F[max(0, at - 3):at].rstrip()[-1:] in ("،", ",")


def _participle_marker(F: str, ve: int) -> bool:
    """A feminine say-participle speaks only before what it says: أن، على، إلى، عن، a بـ
    word, a quotation or colon, a stance noun or a noun with her pronoun ("مؤكدة حرصها")."""
    nxt = F[ve:ve + 40].split()[:1]
    if not nxt:
        return False
    w = nxt[0]
    if w[:1] in "«\"“:،," or F[ve:ve + 2].lstrip()[:1] in ":«\"“":
        return True
    w = w.strip(_PUNCT_STRIP)
    bare = w.removeprefix("ال")
    return bool(THAT_RE.fullmatch(w)) or w in ("علي", "الي", "عن", "بان", "بانه", "بانها", "ذلك",
                                               "هذا", "هذه", "اياه", "اياها") or \
        w.startswith("ب") or w.endswith(("ها", "هم")) or \
        any(bare.startswith(k) for k, _ in lx.CONTENT_STANCE)


def _conjoined_pair(a: Analysed, f0: int, at: int) -> list[str] | None:
    """The last two names of the sentence before ``at`` joined by و ("X وY"): who a dual verb
    with no subject of its own ("قالا"، "أكدا") speaks for."""
    o = a.folded.orig
    ents = [e for e in entities_between(a.entities, o(f0), o(at)) if e.type in _SPEAKER_TYPES]
    for x, y in zip(reversed(ents[:-1]), reversed(ents[1:]), strict=True):
        between = a.folded.text[a.folded.fold_pos(x.end):a.folded.fold_pos(y.start)].strip()
        if between in ("و", ""):
            if between == "" and a.text[y.start - 1:y.start] != "و":
                continue
            return [name_of(x), name_of(y)]
    return None


def _known_person(a: Analysed, words: list[str]) -> tuple[str, int] | None:
    """The longest run of ``words`` (two or three) that is a person's name tagged elsewhere in
    the article; with the index of its last word (counted from the head noun)."""
    names = {fold_key(name_of(e)): name_of(e) for e in a.entities if e.type == "PERSON"}
    for n in (3, 2):
        if len(words) >= n:
            key = " ".join(words[:n])
            if key in names:
                return names[key], n
    return None


def _person_by_patronym(a: Analysed, father: str, family: bool = False) -> str | None:
    """"ابن إبراهيم" → "سلمان بن إبراهيم …"; "آل غالب" → "عبدالله … آل غالب …"."""
    key = (" ال " if family else " بن ") + father
    for e in a.entities:
        if e.type == "PERSON" and key in fold_key(e.text):
            return name_of(e)
    return None


def _glued(text: str, e: Entity) -> bool:
    """"باليمن", "لمصر": a name with a preposition written onto it is no subject."""
    i = e.start
    return i >= 1 and text[i - 1] in "بلك" and (i < 2 or text[i - 2] in " \n(«\"")


def _kin_of_person(a: Analysed, F: str, start: int, limit: int, words: list[re.Match[str]]
                   ) -> tuple[str, int] | None:
    """"وعبر أبناء الشيخ عبدالرحمن المويشير عن شكرهم": the family of the person named right
    after the kin noun (honorifics between) speaks, not the person; "والد الشهيد مغرم الهلالي"
    (a noun between) names the father himself."""
    o = a.folded.orig
    ents = [e for e in entities_between(a.entities, o(start), o(min(limit, start + 80)))
            if e.type == "PERSON"]
    if not ents or len(words) < 2:
        return None
    e = ents[0]
    gap = F[start + words[0].end():a.folded.fold_pos(e.start)].split()
    if any(w not in lx.HONORIFIC_WORDS and w not in lx.HONORIFIC_TITLES for w in gap) or \
            any(c in F[start:a.folded.fold_pos(e.start)] for c in "،,:«\"“"):
        return None
    return a.text[o(start + words[0].start()):e.end].strip(_PUNCT_STRIP), \
        a.folded.fold_pos(e.end)


def _one_of_phrase(words: list[re.Match[str]]) -> int | None:
    """How many words "أحد الشهود" / "أحد المحققين لدى الادعاء العام" / "إحدى الطالبات" take:
    the head, a definite group, its definite adjectives, and one definite prepositional phrase
    saying where the group belongs; None when no definite group follows."""
    if len(words) < 2:
        return None
    group = words[1].group(0)
    if not group.startswith("ال") or group[-1:] in "،,:" or THAT_RE.fullmatch(group) or \
            group.strip(_PUNCT_STRIP) in _NAME_STOPS:
        return None
    n = 2
    while n < len(words) and words[n - 1].group(0)[-1:] not in "،,:" and n < 5:
        w = words[n].group(0).strip(_PUNCT_STRIP)
        if w.startswith("ال") and _adjective_like(w) and not THAT_RE.fullmatch(w):
            n += 1
        elif w in lx.ONE_OF_LINKS and n + 1 < len(words) and \
                words[n + 1].group(0).startswith("ال") and words[n].group(0)[-1:] not in "،,:":
            n += 2
            while n < len(words) and n < 7 and words[n - 1].group(0)[-1:] not in "،,:" and \
                    words[n].group(0).startswith("ال") and \
                    _adjective_like(words[n].group(0).strip(_PUNCT_STRIP)):
                n += 1
            break
        else:
            break
    return n


def _member_described(a: Analysed, F: str, start: int, limit: int,
                      words: list[re.Match[str]]) -> bool:
    """"عضو في حزب الرئيس X" (a member of X's party) or "عضو البرلمان … والقيادي في … Y" (the
    person named after his roles): a member's head reads like a source's; but "عضو الهيئة،
    صلاح باتيس،" names him after a comma, as a title does."""
    if len(words) >= 2 and words[1].group(0) in ("في", "من"):
        return True
    person = next((e for e in entities_between(a.entities, a.folded.orig(start),
                                               a.folded.orig(min(limit, start + 120)))
                   if e.type == "PERSON"), None)
    return person is not None and not any(
        c in F[start:a.folded.fold_pos(person.start)] for c in "،,.:")


def _title_holder(a: Analysed, gap_words: list[str], e: Entity, before: int) -> str | None:
    """"أمين عام غرفة مكة" → the person this article presents with that title ("أمينها العام
    الدكتور X", "رئيس لجنة التنمية … X"): the title word and one more word of the phrase
    within a few words before the person's name; the nearest such person before ``before``,
    else the first after."""
    title = gap_words[0].lstrip("و")
    title = title[2:] if title.startswith("ال") else title
    others = {w.removeprefix("ال").strip(_PUNCT_STRIP) for w in gap_words[1:3]}
    others |= {w.removeprefix("ال") for w in a.folded.text[
        a.folded.fold_pos(e.start):a.folded.fold_pos(e.end)].split()}
    others.discard("")
    F = a.folded.text
    found_before: Entity | None = None
    for p in a.entities:
        if p.type != "PERSON":
            continue
        ps = a.folded.fold_pos(p.start)
        lead = [w.strip(_PUNCT_STRIP).removeprefix("ال") for w in F[max(0, ps - 90):ps].split()]
        lead = lead[-8:]
        if not any(w.startswith(title) for w in lead):
            continue
        if not any(w in others for w in lead):
            continue
        if p.start < before:
            found_before = p
        elif found_before is None:
            return name_of(p)
        else:
            break
    return name_of(found_before) if found_before is not None else None


def _fronted_subject(doc: Document, a: Analysed, f0: int, vstart: int, prefix: str,
                     previous: str | None) -> tuple[list[str], int] | None:
    """"وكان توني بلير رئيس الحكومة الأسبق قد صرح بأن …", "أما الجهات الأمنية فقد شددت على …":
    the subject stands between كان/أما and (قد) the verb."""
    F = a.folded.text
    lo = max(f0, vstart - 160)
    fronts = list(FRONT_RE.finditer(F, lo, vstart))
    if not fronts:
        return None
    k = fronts[-1]
    if F[max(0, k.start() - 8):k.start()].split()[-1:] in (
            ["ان"], ["اذا"], ["لو"], ["ما"], ["واذا"], ["فاذا"], ["ولو"], ["وان"], ["فان"]):
        return None  # "لا يعلم أحد إن كانت ستعقد": a conditional, no fronted subject
    words = F[k.end():vstart].split()
    if any(w[:2] in ("سي", "ست", "سن") or w in ("ام", "او") for w in words):
        return None
    amma = k.group(0).strip().lstrip("و") == "اما"
    qad = bool(words) and words[-1] in ("قد", "فقد", "لقد")
    if qad:
        if amma and words[-1] != "فقد":
            return None
        words = words[:-1]
    elif amma and prefix != "ف":
        return None
    if not (1 <= len(words) <= (8 if qad or amma else 4)):
        return None  # without قد only a short subject: "كانت الحكومة قالت"
    if any(w in _RELATIVES or w.startswith(("لل", "بحوز")) or
           (not qad and w[:1] in ("ي", "ت") and w not in lx.GENERIC_SPEAKERS and len(w) > 3
            and not w.startswith("تقرير")) for w in words):
        return None  # "كانت تعمل على …", "كان للصراع …", "كانت بحوزة …": no subject that speaks
    if any(w.strip("،,") in _PREPS and w not in ("في", "من") for w in words[:1]) or \
            words[0] in _FRONT_NOT_SUBJECT or any(THAT_RE.fullmatch(w) for w in words) or \
            any(w[-1:] in ".:؛" for w in words) or any("،" in w for w in words[:-1]):
        return None
    np_start = k.end()
    np_end = np_start + len(F[np_start:vstart].rstrip()) if not words else \
        F.rfind(words[-1], np_start, vstart) + len(words[-1])
    names, _, _ = _speaker_after(doc, a, np_start, np_end, previous)
    if names:
        return names, np_start
    first = words[0].strip(_PUNCT_STRIP).lstrip("و")
    if first in _PREPS or len(words) > 5 or not (
            first.startswith("ال") or first in lx.GENERIC_SPEAKERS or _is_title_word(first)
            or any(w.endswith("ون") for w in words[:2])) or \
            any(c in F[np_start:np_end] for c in "«\"“()"):
        return None  # an unnamed subject must look like one: "أعضاء سابقون"، "الجهات الأمنية"
    o = a.folded.orig
    return [doc.text[o(np_start):o(np_end)].strip(_PUNCT_STRIP)], np_start


# "كان من المقرر", "كان ذلك قد …", "كانت هناك …": no subject that speaks
_FRONT_NOT_SUBJECT = frozenset({"من", "ذلك", "هذا", "هذه", "هناك", "ثمه", "قد", "يجب", "لا",
                                "لم", "ان", "انه", "انها", "لافتا", "واضحا", "مقررا",
                                "يفترض", "يتوقع", "متوقعا"})


_SOURCE_PREPS = frozenset({"في", "من", "داخل", "لدي", "ب"}) | lx.SPOKESMAN_LINKS


def _org_name_goes_on(prev: str, w: str) -> bool:
    """Within a body's name after its first word: a quoted name, an adjective, a genitive after
    an indefinite noun, or "و" + a definite noun ("والتكنولوجيا") go on; anything else ends it."""
    if w[:1] in "«\"“(":
        return True
    x = w.strip(_PUNCT_STRIP)
    if x.startswith("وال"):
        return True
    if not x.startswith("ال"):
        return False
    # (an adjective, participial ones too: "المتمردة", "المتحدة")
    return _adjective_like(x) or x.startswith("الم") or \
        not prev.strip(_PUNCT_STRIP).startswith("ال")


def _source_body(words: list[re.Match[str]], n: int) -> int:
    """Past "في وزارة الداخلية" / "بالاتحاد الأرجنتيني" after an unnamed source: the body it
    speaks from (a preposition, an institution noun, its definite genitives), up to a comma,
    a preposition or أن."""
    if n >= len(words):
        return n
    w = words[n].group(0).strip(_PUNCT_STRIP)
    any_body = w in lx.SPOKESMAN_LINKS  # "متحدث باسم المفوضية": whatever body follows
    if w in ("في", "من", "داخل", "ب") or any_body:
        k = n + 1
    elif w.startswith(("ب", "في")) and w.removeprefix("ب").removeprefix("في") in \
            lx.SOURCE_BODIES:
        k = n  # "بالاتحاد"
    else:
        return n
    if k >= len(words):
        return n
    body = words[k].group(0).strip(_PUNCT_STRIP)
    if any_body and (body in _PREPS or THAT_RE.fullmatch(body) or not body.isalpha()):
        return n
    if k > n and not any_body:
        if body not in lx.SOURCE_BODIES and body.removeprefix("ال") not in lx.SOURCE_BODIES:
            return n
    end = k + 1
    while end < len(words) and end < k + 4 and words[end - 1].group(0)[-1:] not in "،,:(":
        x = words[end].group(0).strip(_PUNCT_STRIP)
        construct = any_body and not words[end - 1].group(0).startswith("ال") and x.isalpha() \
            and x not in VERB_INDEX and len(x) > 2  # "باسم مكتب رئاسة الوزراء"
        after_definite = any_body and words[end - 1].group(0).startswith("ال") and \
            not _adjective_like(x)  # "باسم مكتب رئاسة الوزراء التعليق": the chain has ended
        if not (x.startswith("ال") or construct) or x in _PREPS or THAT_RE.fullmatch(x) or \
                x in _NAME_STOPS or x in _RELATIVES or x in lx.SAYING_NOUNS or after_definite:
            break  # (… "عن المتحدث باسم الخارجية القول إن": the saying is no part of the body)
        end += 1
    return end


def _definite_after_lam(doc: Document, a: Analysed, pos: int, limit: int
                        ) -> tuple[str, int] | None:
    """"بيان للخارجية الأمريكية": after لـ the article's alef is dropped (لل…); the body named
    with its adjectives, written back with ال, when its head is a known speaker noun."""
    F = a.folded.text
    o = a.folded.orig
    words = list(re.finditer(r"\S+", F[pos:min(limit, pos + 60)]))[:1]
    if not words or not words[0].group(0).startswith("ل"):
        return None
    head = "ال" + words[0].group(0)[1:].strip(_PUNCT_STRIP)
    if head not in lx.GENERIC_SPEAKERS and head not in lx.MULTIWORD_HEADS:
        return None
    words = list(re.finditer(r"\S+", F[pos:min(limit, pos + 80)]))[:5]
    n = 1
    while n < len(words) and words[n - 1].group(0)[-1:] not in "،,:":
        x = words[n].group(0).strip(_PUNCT_STRIP)
        if THAT_RE.fullmatch(x) or x in _PREPS or x in _NAME_STOPS or x in _RELATIVES or not (
                _adjective_like(x, head) or (head in lx.MULTIWORD_HEADS and
                                             x.startswith(("ال", "لل")))):
            break  # (a body's name runs through its genitives: "للمديرية العامة للدفاع المدني")
        n += 1
    end = pos + words[n - 1].end()
    text = doc.text[o(pos + words[0].start()) + 1:o(end)].strip(_PUNCT_STRIP)
    return "ال" + text, end


def _quoted_name_end(words: list[re.Match[str]]) -> int | None:
    """After a body's head, a name in quotes of up to seven words ('نقابة "أيه إف إل-سي آي
    أو"'): the count of words through its closing quote, else None."""
    if len(words) < 2 or words[1].group(0)[:1] not in _PAIRS:
        return None
    closer = _PAIRS[words[1].group(0)[0]]
    for j in range(1, min(8, len(words))):
        wj = words[j].group(0).rstrip("،,:")
        if wj[-1:] == closer and (j > 1 or len(wj) > 1):
            return j + 1
    return None


def _adjective_like(w: str, head: str = "") -> bool:
    """Words that extend a nominal speaker ("دول غربية", "مصدر مسؤول"), not a following name;
    an adjective agrees with its head in definiteness ("الحركة تعيين" is no phrase)."""
    if head and head.startswith("ال") != w.startswith("ال"):
        return False
    return w in _ADJ_WORDS or (len(w) > 3 and w.endswith(_ADJ_ENDINGS))


VERB_ASIDE_RE = re.compile(r"[\s،,]*(?:" + alternation(lx.ASIDES) + r")" + WB_END + r"\s*[،,]?")


def _past_aside(F: str, pos: int) -> int:
    """Where the verb's own words begin past an aside ("ودعا في نفس السياق إلى …")."""
    m = VERB_ASIDE_RE.match(F, pos)
    return m.end() if m else pos


def _pronoun_subject(a: Analysed, F: str, vs: int, ve: int, limit: int) -> bool:
    """The verb's subject is a dropped pronoun: what was said follows within a few words and no
    name stands between ("وأضاف أن …", "وقال أمام الكنيست: «…»"), or "ولكنه أكد …"."""
    prev = F[max(0, vs - 8):vs].split()[-1:]
    if prev and prev[0] in ("لكنه", "ولكنه", "لكنها", "ولكنها", "انه", "انها", "بل"):
        return True
    if F[ve:ve + 12].split()[:1] and F[ve:ve + 12].split()[0] in _CIRCUMSTANCE_PREPS:
        # "وأضاف خلال لقائه الوفد الزائر أن …": the names in the circumstance are the ones met
        return THAT_RE.search(F, ve, min(limit, ve + 150)) is not None
    window_end = min(limit, ve + 60)
    m = THAT_RE.search(F, ve, window_end)
    q = QUOTE_START_RE.search(F, ve, window_end)
    marks = [x.start() for x in (m, q) if x is not None]
    if not marks:
        return False
    first = min(marks)
    o = a.folded.orig
    if any(not _adverbial_place(a, e) for e in entities_between(a.entities, o(ve), o(first))):
        return False
    return len(F[ve:first].split()) <= 6


def _adverbial_place(a: Analysed, e: Entity) -> bool:
    """"في تركيا", "باليمن", "أمام الكنيست": a name in a prepositional phrase, no subject."""
    if e.type == "LOCATION" and _glued(a.text, e):
        return True
    fs = a.folded.fold_pos(e.start)
    prev = a.folded.text[max(0, fs - 8):fs].split()[-1:]
    return bool(prev) and prev[0] in _PLACE_PREPS


def _stance_noun_next(F: str, ve: int) -> bool:
    """"وأكد دعم مسار …", "وأكد رفضه …": the verb's object opens at once, its subject dropped."""
    w = F[ve:ve + 30].split()[:1]
    if not w:
        return False
    x = w[0].strip(_PUNCT_STRIP)
    x = x[2:] if x.startswith("ال") else x
    return any(x.startswith(k) for k, _ in lx.CONTENT_STANCE)


_KNOWN_HEADS = (lx.GENERIC_SPEAKERS | lx.STATEMENT_NOUNS | lx.BOTH_PARTIES
                | lx.HONORIFIC_PRONOUNS | lx.MULTIWORD_HEADS)


def _definite_reference(a: Analysed, head: str, before: int, prefer: str | None = None
                        ) -> str | None:
    """"الحركة" / "الصحيفة" / "الوزارة": the last organisation introduced with that noun
    ("حركة طالبان", "صحيفة «هآرتس»") before this point — or ``prefer`` (the one speaking so
    far) when it too was introduced with that noun ("شركة شل" … "شركة شوا التابعة لها" …
    "وكانت الشركة أعلنت": still شل)."""
    F = a.folded.text
    bare = head[2:]
    o = a.folded.orig
    best: str | None = None
    pattern = re.compile(WB_START + r"[وفبل]?" + re.escape(bare) + WB_END)
    for m in pattern.finditer(F, 0, before):
        found = False
        for e in entities_between(a.entities, o(m.start()), o(min(before, m.end() + 20))):
            if _addressee(a.text, e) or \
                    len(F[m.end():a.folded.fold_pos(e.start)].split()) > 2:
                break  # "قال سياسي يمني لرويترز": the agency spoken to is no referent
            if e.type in ("ORGANIZATION", "PERSON", "MISC") and e.end > o(m.start()):
                best, found = name_of(e), True
                if prefer is not None and (best == prefer or _same_name(best, prefer)):
                    return best
            break
        if not found:
            q = QUOTED_NAME_RE.match(F, m.end())
            if q:  # "صحيفة «هآرتس»": the name in quotes the entities stage left untagged
                best = a.text[o(q.start(1)):o(q.end(1))]
    return best


def _same_name(x: str, y: str) -> bool:
    """"رويال داتش شل" and "شل": one name's words inside the other's."""
    a, b = set(fold_key(x).split()), set(fold_key(y).split())
    return bool(a and b) and (a <= b or b <= a)


def _given_name_before(a: Analysed, e: Entity, gap_words: list[str]) -> str | None:
    """"والد الشهيد مغرم الهلالي" where only "الهلالي" was tagged (and linked to another
    الهلالي of the article): the given name right before a one-word family name makes it a
    person of its own."""
    if e.type != "PERSON" or len(e.text.split()) != 1 or not gap_words:
        return None
    prev = gap_words[-1]
    if not prev.isalpha() or prev.startswith(("ال", "ل", "ب")) or prev in _PREPS or \
            _is_title_word(prev) or prev in lx.HONORIFIC_WORDS or prev in lx.NOT_GIVEN_NAMES \
            or len(prev) < 3:
        return None
    start = a.text.rfind(" ", 0, e.start - 1) + 1
    return a.text[start:e.end].strip(_PUNCT_STRIP)


def _word_text(a: Analysed, base: int, w: re.Match[str]) -> str:
    o = a.folded.orig
    return a.text[o(base + w.start()):o(base + w.end())].strip(_PUNCT_STRIP)


def _named_before(a: Analysed, head: str) -> str | None:
    """"وأوضحت اللجنة" after "كشفت اللجنة التنفيذية لمهرجان …": the nominal speaker this
    article already named with that head noun."""
    bare = head.removeprefix("ال")
    for h, text in reversed(a.nominal):
        if h == head or h.removeprefix("ال") == bare:  # "منظمة العفو …" → "المنظمة"
            return text
    return None


def _last_pair(a: Analysed, before: int) -> list[str]:
    """"وجدد الجانبان الدعوة" with no meeting reported: the two who last spoke together."""
    return list(a.pairs[-1][1]) if getattr(a, "pairs", None) and a.pairs[-1][0] < before else []


def _last_meeting_parties(doc: Document, before: int) -> list[str]:
    for m in reversed(doc.meetings):
        if m.start <= before and len(m.participants) >= 2:
            return list(m.participants[:2]) if len(m.participants) == 2 else list(m.participants)
    return []


_QUOTED_NAME_WORDS = 7  # a quotation this short right before أن names something, says nothing
_TEMPORAL_AN = (["بعد"], ["قبل"], ["منذ"], ["دون"], ["بدون"], ["حين"], ["لحين"])


def _content(F: str, pos: int, cut: int, o: object) -> tuple[int, int]:
    """The quote, the أن/إن clause, or the rest of the clause after the speaker."""
    orig = o  # callable mapping folded → original
    lead = F[pos:pos + 16].split()[:1]
    apposition = bool(lead) and _is_title_word(lead[0].strip("،,"))
    reach = 220 if lead in (["الذي"], ["التي"], ["الذين"], ["ومقرها"], ["ومقره"]) or \
        apposition else 90  # "X وزيرة الخارجية السابقة والتي تسعى … إن"
    sp = STATEMENT_PP_RE.match(F, pos, cut)
    if sp is not None and F[sp.end():sp.end() + 1] in ("«", '"', "“"):
        # "وأضاف في تصريح صحفي في القصر الوطني ”…”": the quotation after the occasion
        qe = _quote_end(F, sp.end(), cut)
        if qe is not None and len(F[sp.end() + 1:qe].split()) > 4 and \
                F[qe + 1:qe + 4].strip()[:1] in ("", ".", "،", ",", "؛"):
            # (not "خلال «المؤتمر الإعلامي الدولي …» الذي عقد": a quoted name goes on)
            return orig(sp.end() + 1), orig(qe)  # type: ignore[operator]
    t = THAT_RE.search(F, pos, min(cut, pos + reach))
    if apposition and (aq := QUOTE_START_RE.search(F, pos, min(cut, pos + reach))) is not None \
            and (t is None or aq.start() < t.start()) and \
            (aqe := _quote_end(F, aq.start(), cut)) is not None and \
            len(F[aq.start() + 1:aqe].split()) > 3:
        # "وقالت X عضو المجلس … لرويترز «الزيارات … ترجح أن …»": the quotation after the title
        return orig(aq.start() + 1), orig(aqe)  # type: ignore[operator]
    if t is None and F[pos:pos + 3].lstrip()[:1] in ("،", ","):
        # "وقال جعجع، خلال حوار أجرته معه … في جدة إن «…»": a long circumstance, then the
        # marker and a quotation
        far = FAR_THAT_RE.search(F, pos, min(cut, pos + 240))
        if far is not None:
            t = far
    if t is not None and F[max(0, t.start() - 6):t.start()].split()[-1:] in _TEMPORAL_AN:
        t = None  # "هددوا بسحب التمويل بعد أن نشرت …": a time clause, not what was said
    qn = _quote_near(F, pos, cut)
    if qn and (t is None or qn.start() < t.start()):
        qe = _quote_end(F, qn.start(), cut)
        if qe and t is not None and qe < t.start() and \
                len(F[qn.start() + 1:qe].split()) <= _QUOTED_NAME_WORDS and \
                not any(c in F[qe - 1:t.start()] for c in "،,.:؟!"):
            qe = None  # 'من معهد "سنتر فور …" أن …': a quoted name before the marker
        if qe and not (F[pos:qn.start()].split() and F[pos:qn.start()].split()[-1] in _PREPS
                       and len(F[qe + 1:cut].split()) > 3):
            return orig(qn.start() + 1), orig(qe)  # type: ignore[operator]
        # "حذر من «المخاطر الملموسة» في العاصمة …": a quoted phrase inside the object
    if t and t.group(0) == ":":
        after_colon = COLON_THAT_RE.match(F, t.end(), cut)
        if after_colon is not None:
            t = after_colon  # "قال أول أمس: إن الحزب …": what was said starts after إن
    if t:
        q = QUOTE_OPEN_RE.match(F, t.end())
        if q:
            qs = q.end() - 1
            qe = _quote_end(F, qs, cut)
            if qe and len(F[qe + 1:cut].split()) <= 3:
                return orig(qs + 1), orig(qe)  # type: ignore[operator]
        return orig(t.end()), orig(cut)  # type: ignore[operator]
    q = QUOTE_OPEN_RE.match(F, pos)
    if q:
        qs = q.end() - 1
        qe = _quote_end(F, qs, cut)
        if qe:
            return orig(qs + 1), orig(qe)  # type: ignore[operator]
    pos = _past_apposition(F, pos, cut)
    if (fihi := FIHI_RE.match(F, pos, cut)) is not None:
        pos = fihi.end()  # "بياناً طالبت فيه بالمرونة": the pronoun is the statement, not said
    pos = _past_object_lead(F, pos, cut)
    tm = TIME_LEAD_RE.match(F, pos, cut)
    if tm:
        pos = tm.end()  # "نددت المنظمة الخميس بما …": the day is not what was said
        pos = _past_object_lead(F, pos, cut)
    p = LEAD_PREP_RE.match(F, pos)
    if p:
        pos = p.end()
    tc = TEMPORAL_CUT_RE.search(F, pos + 1, cut)
    if tc is not None and not any(q in F[pos:pos + 25] for q in _OPENERS):
        cut = tc.start()  # "هددوا بسحب التمويل بعد أن نشرت …": the time clause is not said
    return orig(pos), orig(cut)  # type: ignore[operator]


OBJECT_LEAD_RE = re.compile(
    r"\s*\([^()\n]{1,40}\)\s*[،,]?"
    r"|" + ADDRESSEE_LEAD_RE.pattern +
    r"|[\s،,]*(?:في|عبر|خلال|من خلال)\s+(?:ال)?(?:" + alternation(lx.OCCASION_NOUNS) + r")\S*"
    r"(?:\s+[^\s،,.:؛]+){0,5}\s*[،,]"
    r"|[\s،,]*من\s+خلال(?:ها|ه)(?=\s)"
    r"|[\s،,]*في\s+(?!ال)[^\s،,.:«\"“]+(?=\s*[،,]|\s+ب\S)"
)


def _past_object_lead(F: str, pos: int, cut: int) -> int:
    """What stands between the speaker and a verb's object is not what was said: a bracket
    ("وطالب X (أحد سكان القرية) الجهات …"), the paper spoken to ("كشفت مصادر لـ«الوئام» حقيقة
    الصورة"), the occasion or medium up to its comma ("نفت الشركة،
    في تغريدة عبر حسابها، صحة ما تردد"), a bare place ("ورحبت المفوضية في بروكسل بالقرار")."""
    for _ in range(3):
        m = OBJECT_LEAD_RE.match(F, pos, cut)
        if m is None or m.end() <= pos or len(F[m.end():cut].split()) < _MIN_CONTENT_WORDS:
            break
        pos = m.end()
    return pos


COMMA_RE = re.compile(r"[،,](?!\d)")  # not "الساعة ٨،١٥"
# "، وهو أبرز حزب معارض أمس،", "، خلال لقائه الوفد،": an aside between commas after the speaker
ASIDE_RE = re.compile(r"\s*[،,]\s*(?:و?(?:هو|هي|هم)|و?(?:في|خلال|لدي|عبر|اثناء|عقب|امام)"
                      r"|امس|اليوم)\s[^،,.:«\"“]{0,80}?[،,]")


def _past_apposition(F: str, pos: int, cut: int) -> int:
    """Where a content with no أن/quotation starts after the speaker's apposition and asides:
    "أعلن X زعيم حزب الشعب، وهو أبرز حزب معارض أمس، استعداده …" → "استعداده …"."""
    start = pos
    lead = F[pos:pos + 16].split()[:1]
    if lead and _is_title_word(lead[0].strip("،,")):
        comma = next((c.start() for c in COMMA_RE.finditer(F, pos, cut)), -1)
        if comma < 0 or comma - pos > 100 or any(c in F[pos:comma] for c in ".:«\"“"):
            return start
        pos = comma
        if (aside := ASIDE_RE.match(F, pos, cut)) is not None:
            return aside.end()
        return pos + 1
    if (aside := ASIDE_RE.match(F, pos, cut)) is not None:
        return aside.end()
    return start


def _quote_end(F: str, qs: int, cut: int) -> int | None:
    close = {"«": "»", '"': '"', "“": "”"}[F[qs]]
    j = F.find(close, qs + 1, max(cut, qs + 1) + 400)
    if j > qs and (stop := _report_after_stop(F, qs, j)) is not None:
        return stop  # "«الخطة تسير. وقال في تصريح آخر: «…»": the first quotation was not closed
    return j if j > qs else None


def _report_after_stop(F: str, start: int, end: int) -> int | None:
    """Where a full stop is followed by a new say-verb with its و/ف ("… به. وقال في تصريح …")."""
    for stop in FULL_STOP_RE.finditer(F, start, end):
        w = stop.group(1)
        if w[:1] in ("و", "ف") and w[1:] in VERB_INDEX and w[1:] not in lx.PARTICIPLES:
            return stop.start()  # (a bare "رأى شيئا" inside a quotation is the speaker's own)
    return None


_STRESSED_RE = re.compile(r"(?:ال)?(?:" + alternation(
    [k for k, st in lx.CONTENT_STANCE if st != "assert"]) + r")")


def _stressed_noun_at(F: str, c0: int, c1: int) -> int | None:
    """"وأكد X رئيس جمهورية المالديف في كلمة بالمناسبة أهمية التقارب …": past a circumstance
    (or a title in apposition) that opens with في/خلال/لدى …, the stance noun within the first
    nine words ("… على أهمية"); its folded start, else None."""
    words = list(re.finditer(r"\S+", F[c0:min(c1, c0 + 120)]))[:9]
    seen_lead = False
    for i, w in enumerate(words):
        x = w.group(0).strip(_PUNCT_STRIP)
        if x in lx.CIRCUMSTANCE_LEADS:
            seen_lead = True
            continue
        if i and seen_lead and (m := _STRESSED_RE.match(x)) is not None and \
                m.end() >= len(x) - 1:
            return c0 + w.start()
        if THAT_RE.fullmatch(x) or x in _RELATIVES:
            return None
    return None


def _first_word(F: str, c0: int, c1: int) -> str:
    w = [x for x in F[c0:c1].split()[:3] if x.strip(_PUNCT_STRIP)][:2]
    if len(w) == 2 and w[0].strip(_PUNCT_STRIP) in ("علي", "الي"):
        w = w[1:]  # "على أهمية …": the noun after the preposition
    if not w:
        return ""
    x = w[0].strip(_PUNCT_STRIP)
    for p in ("وب", "ب", "و", "ل"):
        if x.startswith(p + "ال"):
            x = x[len(p):]
            break
    if x.startswith("ال"):
        x = x[2:]
    return x


def _stance_and_target(
    doc: Document, a: Analysed, form: str, stance: str, frame: str, c0: int, c1: int,
    speakers: list[str] | None = None,
) -> tuple[str | None, str | None]:
    F = a.folded.text
    speaker_key = frozenset(w.removeprefix("ال") for sp in (speakers or [])
                            for w in fold_key(sp).split())
    if frame == "negated":
        return "decline_comment", None
    if frame == "deny_object":
        return "deny", None
    head = _first_word(F, c0, c1)
    if form.startswith(("رفض", "يرفض", "ترفض", "رافض", "امتنع", "يمتنع", "تمتنع", "احجم",
                        "يحجم", "تحجم")):
        body = F[c0:c1].lstrip(_PUNCT_STRIP)
        if body.startswith("عن "):
            body = body[3:]
        if body.startswith(lx.ANONYMITY_OBJECTS):
            return None, None  # "رفض مسؤول الكشف عن هويته": describes the source
        if body.startswith(lx.DECLINE_OBJECTS):
            return "decline_comment", None
        if body.startswith(lx.DENY_OBJECTS):
            return "deny", None  # "ترفض الحكومة اتهامات المعارضة بأنها …"
        if stance == "decline_comment":
            return None, None  # امتنع عن … something else: abstained, not a statement
    if frame == "express":
        # أعرب/عبّر عن + noun; أبدى + noun
        direct = form.startswith(lx.EXPRESS_DIRECT)
        body_starts = (EXPRESS_DIRECT_RE.match(F, c0, c1) if direct
                       else EXPRESS_AN_RE.search(F, c0, min(c1, c0 + 80)))
        if body_starts and form.startswith(lx.EXPRESS_THANKS_ONLY) and \
                not body_starts.group(1).startswith(lx.THANKS_NOUNS):
            return None, None  # "قدم الفريق أداءً جيداً", "رفع العلم": no speech
        if body_starts:
            noun = body_starts.group(1)
            noun = noun[2:] if noun.startswith("ال") else noun
            for key, st in lx.EXPRESS_NOUNS:
                if noun.startswith(key):
                    stance = st
                    break
            else:
                if direct and form not in _LIGHT:
                    return None, None  # "وأبدى جاهزية للمشاركة", "أبدى تحياته": no stance said
        else:
            return None, None
    elif stance == "assert" and form.startswith(lx.PRAISE_VERBS) and \
            (head.startswith(lx.PRAISE_OBJECTS) or F[c0:c1].lstrip(_PUNCT_STRIP)[:1] == "ب"):
        # "منوهاً بالجهود …", "ونوه بمتانة العلاقات …": نوّه بـ is praise (the guide), نوّه
        # إلى points out
        stance = "support"
    elif stance == "assert":
        lead = F[max(0, c0 - 22):c0].split()
        lead_word = lead[-2] if len(lead) >= 2 and THAT_RE.fullmatch(lead[-1]) else ""
        for key, st in lx.CONTENT_STANCE:
            if head.startswith(key) or lead_word.removeprefix("ال").startswith(key):
                stance = st
                break
        else:
            lead = LEAD_STANCE_RE.match(F, c0, c1)
            if lead is not None:
                stance = _LEAD_STANCE[lead.group(1)]
            elif MUST_RE.match(F, c0, min(c1, c0 + 60)) or \
                    MUST_CUE_RE.search(F, c0, _word_end(F, c0, c1, 6)):
                stance = "call"  # "على الأمم المتحدة أن تعيد الملف …"
            elif (emb := _embedded_stance(F, c0, c1, speaker_key)) is not None:
                stance = emb  # "إنها ترفض …", "أن مملكة البحرين «تدين …»": the speaker's verb
            elif CONDITIONAL_RE.match(F, c0, c1):
                # "إذا لم يُنفذ الاتفاق فإن …": a warning; "… فإننا سنرد": a threat
                stance = "threaten" if THREAT_RE.search(F, c0, c1) else "warn"
            elif WARN_RE.search(F, c0, c1):
                stance = "warn"
    target: str | None = None
    d = DIDD_RE.search(F, c0, c1)
    if d and OPPOSE_EVAL_RE.search(F, d.end(), c1):
        stance = "oppose"
        target = _entity_at(a, d.end(), min(c1, d.end() + 30))
    if target is None and stance not in ("assert", "decline_comment"):
        t0 = c0
        ahead = F[c0:min(c1, c0 + 80)].split()[:3]
        if len(ahead) == 3 and _STRESSED_RE.fullmatch(ahead[0].strip(_PUNCT_STRIP)) and \
                (ahead[2] in lx.STANCE_OBJECT_PREPS or (
                    ahead[2][:1] in ("ل", "ب") and not ahead[2].startswith(("لا", "بعد", "بين")))):
            # "تنديد السعودية بالأعمال …", "دعم باريس للبنان": the genitive is who takes the
            # stance; its object follows the preposition
            t0 = F.index(ahead[2], c0) if ahead[2] in F[c0:c1] else c0
        head_end = t0
        for _ in range(3):  # the object's first three words
            m = WORD_AHEAD_RE.match(F, head_end, c1)
            if not m:
                break
            head_end = m.end()
        target = _entity_at(a, t0, head_end)
    return stance, target


def _word_end(F: str, c0: int, c1: int, n: int) -> int:
    """Where the first ``n`` words after ``c0`` end (at most ``c1``)."""
    pos = c0
    for _ in range(n):
        m = WORD_AHEAD_RE.match(F, pos, c1)
        if m is None:
            break
        pos = m.end()
    return min(c1, pos + 4)


def _embedded_stance(F: str, c0: int, c1: int, speaker_key: frozenset[str]) -> str | None:
    """The stance verb opening the clause, or right after the speaker's own name repeated as
    its subject ("أن مملكة البحرين «تدين …»") — not someone else's ("إن الفصائل ترفض …" is
    what the speaker reports of others)."""
    words = [x.strip(_PUNCT_STRIP) for x in F[c0:min(c1, c0 + 80)].split()[:5]]
    for i, w in enumerate(words):
        if w in _EMBEDDED:
            subject = {x.removeprefix("ال") for x in words[:i]}
            if not subject or subject & speaker_key:
                return _EMBEDDED[w]
            return None
    return None


def _entity_at(a: Analysed, f_from: int, f_to: int) -> str | None:
    o = a.folded.orig
    for e in entities_between(a.entities, o(f_from), o(f_to)):
        if e.type in _SPEAKER_TYPES:
            return name_of(e)
    return None


def _said_on(doc: Document, start: int, c0: int, c1: int, sent_end: int,
             verb: int) -> tuple[str | None, str | None]:
    """When it was said: a date beside the verb, never one inside what was said ("قال تشارلز إن
    الماغنا كارتا وُقّعت في 15 يونيو 1215" was not said in 1215, nor "أكد أنه سيزور … الأحد"
    on Sunday). Quote first ("«…»، قال X أمس"): the words after the quote; else those before it."""
    if c0 > start:
        return governing_date(doc, start, c0, anchor=verb)
    return governing_date(doc, c1, max(c1, sent_end), anchor=verb)

