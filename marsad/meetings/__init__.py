"""The meetings stage: who met whom, where, when, and whether it happened or is still to come.

One pass over the sentences. A trigger (verb, noun or phone-call phrase from ``lexicon``) opens a
scope — the clause around it, cut where the sentence turns to *what* was discussed — and the
entities of the entities stage inside that scope become the parties; places are the LOCATIONs after
في / بـ. Persons named after an attendee cue (بحضور، حضر اللقاء …) in this or the next few
sentences are attendees. A meeting needs two distinct parties; a report that names fewer is not
turned into a meeting by guessing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from marsad.document import Document, Entity, Meeting
from marsad.entities.rules import facility_head
from marsad.entities.topics import club_reading, on_topic, topic
from marsad.meetings import lexicon as lx
from marsad.meetings.folded import (
    HONORIFICS,
    NOUN_PREFIX,
    TITLE_WORDS,
    WB_END,
    WB_START,
    Analysed,
    EntityList,
    alternation,
    analysed,
    entities_between,
    fold_keep_length,
    governing_date,
    name_of,
    trie_alternation,
)
from marsad.text import fold

__all__ = ["run"]

_PARTY_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
_MATCH_VERBS = frozenset({"التقي", "التقت", "التقيا", "يلتقي", "تلتقي", "يلتقيان", "التقوا",
                          "يلتقون", "يلتقيا"})
# sentences after the trigger sentence (or after the last attendee sentence) searched for
# attendee cues: agency reports put "حضر الاستقبال …" after a few sentences of what was discussed
_ATTENDEE_LOOKAHEAD = 6


# present-tense prefixes (folded forms), and how far after such a host verb its subject may
# start (characters) before the verb reads as habitual
PRESENT_PREFIXES = ("ي", "ت", "ن")
HABITUAL_GAP = 40


def _build_trigger_index() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    index: dict[str, tuple[str, str]] = {}
    verbs: list[str] = []
    nouns: list[str] = []
    for forms, kind, frame in lx.TRIGGERS:
        for f in forms:
            index.setdefault(f, (kind, frame))
            (nouns if frame in ("noun", "call", "round", "reception", "press") else verbs).append(f)
    pattern = (
        WB_START
        + r"(?:(?P<vp>[وف]?(?:س)?)(?P<v>" + trie_alternation(verbs) + r")"
        + r"|(?P<np>[وف]?لل|" + NOUN_PREFIX + r")(?P<n>" + trie_alternation(nouns) + r"))"
        + WB_END
    )
    return re.compile(pattern), index


TRIGGER_RE, TRIGGER_INDEX = _build_trigger_index()


def _cue_re(cues: tuple[str, ...] | frozenset[str], conj: bool = False) -> re.Pattern[str]:
    pre = r"[وف]?" if conj else ""
    return re.compile(WB_START + pre + r"(?:" + alternation(list(cues)) + r")" + WB_END)


PLANNED_RE = _cue_re(lx.PLANNED_CUES, conj=True)
CANCELLED_RE = _cue_re(lx.CANCELLED_CUES, conj=True)
NOT_HELD_RE = _cue_re(lx.NOT_HELD_CUES, conj=True)
REQUEST_RE = _cue_re(lx.REQUEST_CUES, conj=True)
TO_HOLD_RE = re.compile(r"(?:^|\s)(?:الي\s+|ل|ب)(?:عقد|اجراء|تنظيم)\s*$")
_NOT_HELD_WORDS = 4  # words before the trigger searched for a request or a speculation
_DURING_OR_AFTER = lx.DURING_RECEPTION | lx.AFTER_WORDS | {"لدي", "ولدي", "في", "وفي"}
THAT_RE = re.compile(WB_START + r"(?:ان|انه|انها|بان|الي ان|علي ان)" + WB_END)
# "… تأتي في حين اجتمعت حكومة أنقرة": a contrast opens a clause with a subject of its own (folded)
WHILE_RE = re.compile(WB_START + r"(?:في حين|بينما)" + WB_END)
ATTENDEE_RE = _cue_re(lx.ATTENDEE_CUES)
STOP_RE = _cue_re(lx.SCOPE_STOPS)
NAME_NOT_STOP_RE = re.compile(alternation(list(lx.NAMES_OPENING_WITH_STOP)) + WB_END)
BOTH_RE = _cue_re(lx.BOTH_PARTIES)
ROUND_RE = re.compile(WB_START + r"[وف]?(?:ال)?جوله" + WB_END)
ROUND_NEXT_RE = re.compile(r"\s*(?:" + alternation(list(lx.ROUND_NEXT)) + r")" + WB_END)
HABITUAL_RE = _cue_re(lx.HABITUAL_CUES, conj=True)
PRESS_RE = re.compile(r"\s*(?:" + alternation(list(lx.PRESS_WORDS)) + r")(?:\s+[^\s،,.:]+){0,4}?"
                      r"\s+(?:" + alternation(list(lx.PRESS_JOINT)) + r")" + WB_END)
CALL_QUAL_RE = re.compile(r"\s*(?:" + alternation(list(lx.CALL_QUALIFIERS)) + r")" + WB_END)
QUOTE_CUT_RE = re.compile(r":|«|“")  # what follows is said, not who met
JAMA_RE = re.compile(WB_START + r"(?:الذي|التي)?\s*(?:جمع|جمعت|جمعه|جمعها|جمعهما)" + WB_END)
ANOTHER_RE = re.compile(r"\s+(?:اخر|اخري|جديد|جديدا|جديده|ثان|ثانيا|ثانيه)" + WB_END)
EVENT_RE = re.compile(r"\s+(?:السنوي|الدوري|الاسبوعي|الشهري|التعريفي|المفتوح|الموسع|العام)"
                      + WB_END)
MAA_RE_WORD = re.compile(WB_START + r"مع" + WB_END)
COUNTERPART_RE = re.compile(WB_START + r"و(?:نظيره|نظيرته|نظيريه)" + WB_END)
RELATIVE_RE = re.compile(WB_START + r"(?:" + "|".join(lx.RELATIVES) + r")" + WB_END)
PURPOSE_LIGHT_RE = re.compile(WB_START + r"ل(?:اجراء|عقد)" + WB_END)
CALL_NOUN_RE = re.compile(WB_START + r"(?:اتصال|اتصالا|مكالمه|اتصالات|مكالمات)\s+(?:" +
                          "|".join(lx.CALL_QUALIFIERS) + r")" + WB_END)
WHERE_RE = re.compile(r"(?:^|\s)(?<!في )[وف]?(?:حيث|حين|عندما)\s*$")  # not "في حين" (whereas)
MAA_AFTER_RE = re.compile(r"\s*(?:مع|ب)\s")
# "اجتماع عقده مع …", "لقاء أجراه مع …": the meeting noun's own light verb, then its guest
HELD_WITH_RE = re.compile(r"\s+(?:الذي\s+|التي\s+)?(?:عقده|عقدها|اجراه|اجراها|عقدته)\s+مع"
                          + WB_END)
TOPIC_RE = re.compile(WB_START + r"(?:" + alternation(list(lx.TOPIC_OPENERS)) + r")" + WB_END
                      + r"(?!\s+(?:لاحق|سابق|مبكر|متاخر|واحد))")  # not "في وقت لاحق" (later)
OBJECT_AFTER_RE = re.compile(r"\s*(?:مع\s|ب\S|ل\S)")  # "، بالرئيس القبرصي": the object goes on
VISIT_RE = _cue_re(lx.VISIT_WORDS, conj=True)
# (not "من أجل لقاء …": أجل there is "for the sake of", not "postponed")
_CALL_SIDE_RE = re.compile(r"\s+(?:مع|من)\s")
LIGHT_RE = re.compile(WB_START + r"(?<!من )[وف]?(?:" + alternation(list(lx.LIGHT_VERBS)) + r")"
                      + WB_END)
NON_GUEST_RE = re.compile(WB_START + r"[وف]?(?:" + alternation(list(lx.NON_GUESTS)) + r")"
                          + WB_END)
BAYNA_RE = re.compile(WB_START + r"[وف]?بين" + WB_END)
DATELINE_RE = re.compile(r"^\s*[(«]?([^\s\-–:()]+(?:\s[^\s\-–:()]+){0,2})\s*[)»]?\s*[-–:(]")
_WORD_RE = re.compile(r"\S+")
OFFICE_RE = re.compile(WB_START + r"(?:" + alternation(list(lx.OFFICE_CUES)) + r")" + WB_END)
SEQUEL_RE = re.compile(r"\s*(?:" + alternation(list(lx.SEQUEL_OPENERS)) + r")" + WB_END)
DURING_IT_RE = re.compile(r"\s+(?:خلالها|خلاله|فيها|هناك)" + WB_END)
REL_TENSE_RE = re.compile(r"\s*[،,]?\s*(?:الذي|التي)\s+[^،,.]*")  # the body's relative clause
SAY_RE = _cue_re(lx.SAY_VERBS, conj=True)
SAID_THAT_RE = re.compile(WB_START + r"(?:انه|انها|بانه|بانها)\s*$")
BARE_THAT_RE = re.compile(WB_START + r"(?:ان|بان)" + WB_END)
# before these أن opens a plan or a duty, not what was said ("من المقرر أن يقدم X …")
_NOT_SAID_BEFORE = frozenset({"المقرر", "المتوقع", "المنتظر", "المرتقب", "المزمع", "المفترض",
                              "يجب", "ينبغي", "علي", "بعد", "قبل", "يمكن", "يتوقع"})
IF_RE = re.compile(WB_START + r"(?:في حال|في حاله|حال|اذا|لو|ان تم)\s+(?:\S+\s+)?$")
BETWEEN_THEM_RE = re.compile(r"\s+(?:\S+\s+)?(?:بينهما|بينهم)" + WB_END)
TRAINING_RE = _cue_re(lx.TRAINING_WORDS)
LATER_RE = re.compile(r"\s*(?:" + alternation(list(lx.LATER_OPENERS)) + r")" + WB_END)
_CLAUSE_SEP = frozenset("،,")


@dataclass
class _Draft:
    parties: list[Entity]
    trigger: tuple[int, int]  # original offsets
    sent_index: int
    kind: str
    status: str
    place: str | None
    scope: tuple[int, int] = (0, 0)  # original offsets of the clause the date is read from
    attendees: list[str] = field(default_factory=list)
    sequel: bool = False  # "عقب ذلك، عقد X وY اجتماعاً موسعاً": a further meeting, not a retelling
    later: bool = False  # "وفي وقت لاحق، اجتمع X مع Z": same day and place as the one before
    also: bool = False  # "من المقرر أن يلتقي X أيضاً مع Z": one more meeting of the same visit
    one_each: bool = False  # "تلقى X اتصالات هاتفية من Y وZ": one call with each
    seat: str | None = None  # the place in the host's title ("محافظ جدة", "أمير منطقة عسير")
    multilateral: bool = False  # "اجتماع وزراء خارجية الاتحاد الأوروبي": one body, one party
    # a visit whose other side is the place, told by its frame or intention ("خلال زيارته إلى
    # طهران", "أعلن عزمه زيارة إيران"): left out when the report names whom the visitor meets
    place_only: bool = False


# "من مسلمين ومسيحيين ودروز وايزيديين": a conjunction and an indefinite plural is the tail of a
# list of kinds of people, never a side's name
_CONJOINED_PLURAL_RE = re.compile(r"^و(?!ال)\w{3,}(?:يين|ين|ون)$")


def _person_names(doc: Document) -> frozenset[str]:
    return frozenset(e.canonical for e in doc.entities if e.type == "PERSON")


def _a_match(names: list[str], people: frozenset[str]) -> bool:
    """In a sports report, sides that are a listed club and no person play, they do not meet."""
    clubs = topic("clubs.txt")
    return not any(n in people for n in names) and any(
        club_reading(n) is not None or tuple(fold(w) for w in n.split()) in clubs.phrases
        for n in names)


def run(doc: Document, ctx: object) -> None:
    """Append the meetings reported in ``doc`` (needs the entities stage's spans)."""
    from marsad.meetings import learned  # imported here: learned imports this package

    if not doc.text or not doc.entities:
        return
    a = _with_surname_subjects(analysed(doc))
    pub = _pub_date(doc, ctx)
    drafts = _drafts(doc, a)
    if not drafts:
        learned.run(doc, ctx)  # the learned pass (a no-op without learned.json)
        return
    dateline = _dateline_place(doc, a)
    arrivals = _arrivals(a) if any(d.place is None for d in drafts) else []
    people = _person_names(doc)
    sports = on_topic(doc.tokens(), topic("clubs.txt"))
    met = _people_met(drafts)
    out: list[Meeting] = []
    filed_from: set[int] = set()  # ids of meetings placed only by the dateline's city
    for d in drafts:
        if d.place_only and any(name_of(d.parties[0]) == who and abs(si - d.sent_index) <=
                                _MET_THERE_SENTENCES and where in (None, d.place)
                                for who, si, where in met):
            continue  # "أنه سيزور طهران. ومن المقرر أن يجري الوزير محادثات مع روحاني" (not
            # "بعد زيارة إلى واشنطن، يصل X إلى الكاميرون لإجراء محادثات": another visit's)
        # "على ملعب قرطاج … اجتمع المدرب باللاعبين": a stadium, airport or street meets no one
        names = [n for n in _unique_names(d.parties)
                 if facility_head(n.split()[0]) not in ("LOC", "LOC-person")
                 and not _CONJOINED_PLURAL_RE.match(n)]
        if len(names) < 2 and not (d.multilateral and names):
            continue
        if sports and _a_match(names, people):
            continue  # "يلتقي الهلال مع النصر": a football match, not a meeting
        s0, s1 = a.sents[d.sent_index]
        unsure = _requested_or_speculative(a, s0, d.trigger[0])
        if unsure == "speculation" or (unsure == "request" and not any(
                d.trigger[0] < x.start < s1 for x in doc.dates)):
            # "دعا إلى عقد لقاء بين X وY", "وربما يلتقي X بـY": no meeting (GUIDE); but "ودعوا
            # إلى اجتماع قمة … يوم الثلاثاء" has been called for a day: a planned meeting
            continue
        date_value, date_source = governing_date(doc, *d.scope, anchor=d.trigger[0])
        status = d.status
        if status == "held" and date_value and pub and date_source == "expression":
            if date_value[:10] > pub.isoformat():
                status = "planned"
        if status == "held" and date_source == "paragraph" and pub and date_value and \
                date_value[:10] > pub.isoformat():
            # "… نهاية تفشي الفيروس في الثاني من آب. وأدلى وون بهذه التصريحات خلال اجتماع":
            # a meeting held is never after publication; the last past day told before it
            date_value = _past_day_before(doc, a, d.sent_index, d.trigger[0], pub)
            date_source = "paragraph" if date_value else None
        if status == "planned" and (date_source != "expression" or _bare_today(
                doc, *d.scope)) and _inside_guillemets(doc.text[:d.trigger[0]]):
            # "اعتبر جبور أن «… اليوم ستدخل في مفاوضات بين إيران والدول العربية …»": a meeting
            # to come, undated (or only "today", which a pundit's "اليوم" is: nowadays), inside
            # someone's quoted words is their forecast, not a plan
            continue
        if status != "held" and date_source in ("paragraph", "pub_date"):
            # a meeting still to come is not on the day of an earlier sentence or of publication
            date_value, date_source = None, None
        period = None
        if date_source in ("paragraph", "pub_date", None):
            # "جولة أولى … مطلع الأسبوع الجاري": the sentence names its week, not a day. The day
            # stays the flagged fallback (on the dev set nulling it lost a right date: 32 → 31/35);
            # the period is kept beside it so the reader can tell.
            period = governing_period(doc, *d.scope, anchor=d.trigger[0])
            if period and date_value and not day_in_period(date_value, period):
                # "وكان الوزيران قد التقيا الأسبوع الماضي": publication day is outside that week
                date_value, date_source = None, None
        place = d.place if d.kind != "call" else None  # a phone call joins two places
        if place and d.seat and fold(place).split()[0] in _OWN_SEATS:
            place = d.seat  # "أمير منطقة عسير في مكتبه بالإمارة": his seat names the place
        if place and fold(place) in _OWN_SEATS:
            place = None  # "في قصره" alone names no place: the dateline's city, or none
        if d.also and date_source in ("paragraph", "pub_date", None):
            # "ومن المقرر أن يلتقي فابيوس أيضاً مع ظريف": the day of the meeting of the same
            # visitor told before, when the text dated that one
            prior = next((x for x in reversed(out) if x.participants[:1] == names[:1]
                          and x.status == status and x.date_source == "expression"), None)
            if prior is not None:
                date_value, date_source = prior.date, prior.date_source
        if status == "planned" and date_value is None and d.kind != "call":
            # "سيتوجه إلى طهران «الأسبوع المقبل» … والزيارة مقررة في 29 تموز": the day a
            # following sentence gives the event still to come
            told = _day_told_after(doc, a, d.sent_index, pub, period)
            if told is not None:
                date_value, date_source = told, "expression"
        if d.later and out and status == out[-1].status:
            # "وفي وقت لاحق، اجتمع …": the day and place of the meeting told before
            if date_source in ("paragraph", "pub_date", None) and out[-1].date:
                date_value, date_source = out[-1].date, out[-1].date_source
            place = place or out[-1].place
        if place is None and d.kind != "call":
            # "وصل كارتر إلى أربيل … ومن المتوقع أن يلتقي بارزاني": where the visitor arrived
            prior = [p for pos, p in arrivals if pos <= s1 and _arrival_of(a, pos, names)]
            if prior:
                place = prior[-1]
        if place is None and status == "held" and d.kind != "call":
            # "… اجتماعًا مع X. وناقش الاجتماع الذي عقد في مقر المحافظة …"
            place = _place_told_after(a, d.sent_index)
        by_dateline = place is None and bool(dateline) and status == "held" and d.kind != "call"
        if by_dateline:
            place = dateline
        if place is None and d.seat and status == "held" and d.kind != "call":
            place = d.seat  # "استقبل محافظ جدة بمكتبه …": a governor receives at his seat
        if place is None and status == "held" and d.kind != "call" and out and \
                out[-1].status == "held" and out[-1].kind != "call" and \
                out[-1].participants[0] == names[0]:
            place = out[-1].place  # "واستقبل أمير المنطقة X": the same host, where he was
        if place is None and status == "held" and d.kind != "call":
            place = _facility_of_group(d.parties[1:])  # "زار X مرضى مستشفى المذنب العام"
        attendees = [n for n in _unique_list(d.attendees)
                     if n not in names and not _too_short(n)]
        m = Meeting(
            start=s0, end=s1, participants=names, attendees=attendees, place=place,
            date=date_value, status=status, evidence=doc.text[s0:s1], kind=d.kind,
            date_source=date_source, period=period,
        )
        if d.multilateral and _merge_body(out, m):
            continue  # "اجتماع وزراء خارجية الاتحاد الأوروبي" … "اجتماع وزراء خارجية الاتحاد"
        if d.sequel:
            before = [x for x in out if set(x.participants) == set(names)]
            if before and m.place is None:
                m.place = before[-1].place  # "عقب ذلك، عقد …": where they already were
            out.append(m)
        elif not _merge_into(out, m, filed_from, by_dateline):
            out.append(m)
            if by_dateline:
                filed_from.add(id(m))
    doc.meetings.extend(sorted(out, key=lambda m: m.start))
    learned.run(doc, ctx)  # cues the rules made nothing of, scored by marsad/meetings/learned.json


# "مرضى مستشفى المذنب العام", "نزلاء مركز التأهيل الشامل": a group named by where it lives or
# lies, whose house is then where it was met (folded heads)
_FACILITY_RE = re.compile(WB_START + r"(?:ب|ل|في\s+)?(?P<head>(?:ال)?(?:" +
                          alternation(list(lx.GROUP_FACILITIES)) + r"))\s+\S")


def _facility_of_group(parties: list[Entity]) -> str | None:
    for e in parties:
        if e.type == "PERSON":
            continue
        text = name_of(e)
        m = _FACILITY_RE.search(fold_keep_length(text))
        if m is not None and m.start() > 0:
            return text[m.start("head"):].strip(" ،,.")
    return None


def _bare_today(doc: Document, s0: int, s1: int) -> bool:
    """The meeting's clause is dated only by a bare "اليوم" (no weekday, no time of day) inside
    the quotation: in a pundit's words that is "nowadays" ("«… اليوم ستدخل في مفاوضات …»")."""
    told = [x for x in doc.dates if s0 <= x.start < s1 and x.value]
    return bool(told) and all(fold(x.text).strip() == "اليوم" and
                              _inside_guillemets(doc.text[:x.start]) for x in told)


_PAST_DAY_SENTENCES = 2  # sentences before a held meeting searched for its day


def _past_day_before(doc: Document, a: Analysed, si: int, before: int, pub: date
                     ) -> str | None:
    """The nearest full date before ``before``, in its sentence or the two before it, that is
    not after publication (a held meeting's day when the nearest date is a future one)."""
    lo = a.sents[max(0, si - _PAST_DAY_SENTENCES)][0]
    days = [x for x in doc.dates if lo <= x.start < before and x.value and len(x.value) == 10
            and x.value[4] == "-" and x.value <= pub.isoformat()]
    return max(days, key=lambda x: x.start).value if days else None


def _sentences_after(a: Analysed, si: int, n: int) -> Iterator[tuple[int, int, int, int]]:
    """The ``n`` sentences after sentence ``si``: (start, end) in the text, then in the fold."""
    for s0, s1 in a.sents[si + 1:si + 1 + n]:
        yield s0, s1, a.folded.fold_pos(s0), a.folded.fold_pos(s1)


EVENT_TOLD_RE = re.compile(WB_START + r"[وف]?ال(?:" + alternation(list(lx.EVENT_NOUNS)) + r")"
                           + WB_END)
EVENT_PLAN_RE = _cue_re(lx.EVENT_PLAN_WORDS, conj=True)
_DAY_TOLD_SENTENCES = 2  # sentences after a planned meeting searched for its day


def _day_told_after(doc: Document, a: Analysed, si: int, pub: date | None,
                    period: str | None) -> str | None:
    """The day of a planned meeting told in one of the next sentences, which names the event
    again with a planning word ("والزيارة مقررة في 29 تموز", "أن الاجتماع … سيعقد 29 يوليو
    الجاري"): a full date after publication, inside the week or month the meeting's own
    sentence gave, if it gave one."""
    if pub is None:
        return None
    F = a.folded.text
    for s0, s1, f0, f1 in _sentences_after(a, si, _DAY_TOLD_SENTENCES):
        if not (EVENT_TOLD_RE.search(F, f0, f1) and EVENT_PLAN_RE.search(F, f0, f1)):
            continue
        days = {x.value for x in doc.dates if s0 <= x.start < s1 and x.value
                and len(x.value) == 10 and x.value[4] == "-" and x.value > pub.isoformat()}
        if len(days) != 1:
            continue
        day = days.pop()
        if period is None or day_in_period(day, period):
            return day
    return None


# the meeting named again and where it was held: "الاجتماع الذي عقد في …", "وجرى اللقاء في …"
HELD_IN_RE = re.compile(
    WB_START + r"[وف]?(?:(?:ال(?:اجتماع|لقاء|مباحثات|محادثات))\s+(?:الذي|التي)\s+"
    r"(?:عقد|عقدت|جري|جرت|اقيم|تم)|(?:عقد|جري|اقيم)\s+ال(?:اجتماع|لقاء))"
    r"(?:\s+(?:امس|اليوم|صباح|مساء|ظهر)\S*){0,2}\s+(?=في\s|ب)")
_PLACE_TOLD_SENTENCES = 2  # sentences after a held meeting searched for where it was held


def _place_told_after(a: Analysed, si: int) -> str | None:
    """Where a held meeting took place, told in one of the next sentences that names the meeting
    again ("وناقش الاجتماع الذي عقد في مقر المحافظة …")."""
    F = a.folded.text
    for _, s1, f0, f1 in _sentences_after(a, si, _PLACE_TOLD_SENTENCES):
        m = HELD_IN_RE.search(F, f0, f1)
        if m is not None:
            o = a.folded.orig  # (from the space before في/بـ, which the regex ends on)
            return _place_in(a, o(m.end() - 1), min(o(m.end()) + 80, s1))
    return None


_OWN_SEATS = frozenset({"مكتبه", "مقره", "قصره", "مكتبها", "مقرها"})
_SURNAME_MIN_LETTERS = 4
_SUBJECT_AFTER_RE = re.compile(r"\s+(\S+?)(?=[،,\s])")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from marsad.entities.lexicon import read_list

    return frozenset(fold_keep_length(x) for x in read_list("given_names.txt"))


def _with_surname_subjects(a: Analysed) -> Analysed:
    """"تلقى سلام، اتصالاً هاتفياً من …", "وعايد الجبيلي منسوبي …": a person named before by his
    full name comes back as his family name alone, right after a meeting or light verb, where
    the entities stage left it untagged. The meetings stage (only) reads it as that person."""
    surnames: dict[str, Entity] = {}
    given = _given_names()
    for e in a.entities:
        words = e.text.split()
        last = fold_keep_length(words[-1]) if words else ""
        if e.type == "PERSON" and len(words) >= 2 and len(last) >= _SURNAME_MIN_LETTERS and \
                last not in given:  # ("محمد بن إبراهيم بن محمد": no family name)
            surnames.setdefault(last, e)
    if not surnames:
        return a
    F = a.folded.text
    o = a.folded.orig
    extra: list[Entity] = []
    for rx in (TRIGGER_RE, LIGHT_RE):
        for m in rx.finditer(F):
            if rx is TRIGGER_RE and m.group("v") is None:
                continue
            w = _SUBJECT_AFTER_RE.match(F, m.end())
            person = surnames.get(w.group(1)) if w is not None else None
            if person is None or person.start >= o(m.start()):
                continue
            s0, s1 = o(w.start(1)), o(w.end(1))
            i = bisect_right(a.entities.starts, s1 + 2) if isinstance(
                a.entities, EntityList) else len(a.entities)
            if any(x.start < s1 + 2 and x.end > s0 for x in a.entities[max(0, i - 3):i]) or \
                    any(x.start == s0 for x in extra):
                continue  # (covered, or the first word of a name tagged after it)
            extra.append(Entity(start=s0, end=s1, text=a.text[s0:s1], type="PERSON",
                                canonical=name_of(person)))
    fixed: dict[int, Entity] = {}
    for i, e in enumerate(a.entities):
        words = e.text.split()
        if e.type != "PERSON" or len(words) != 2 or not words[0].startswith("و") or \
                fold_keep_length(words[0]) in given or fold_keep_length(words[0][1:]) in given:
            continue
        person = surnames.get(fold_keep_length(words[1]))
        if person is not None and person is not e and len(person.text.split()) >= 2:
            # "واطمأن البريكان", "وسيستقبل كيري": a verb glued to a family name by the tagger
            s0 = e.start + len(words[0]) + 1
            fixed[i] = Entity(start=s0, end=e.end, text=a.text[s0:e.end], type="PERSON",
                              canonical=name_of(person))
    if not extra and not fixed:
        return a
    merged = sorted([*(fixed.get(i, e) for i, e in enumerate(a.entities)), *extra],
                    key=lambda e: e.start)
    return Analysed(a.folded, a.sents, EntityList(merged), a.text)
_MET_THERE_SENTENCES = 2  # sentences around a place-only visit searched for whom he meets


def _people_met(drafts: list[_Draft]) -> list[tuple[str, int, str | None]]:
    """(side, sentence, place) for every side of every meeting with two people (a visitor met
    on arrival is its guest: "وصل X إلى الرياض. واستقبله Y")."""
    return [(name_of(e), d.sent_index, d.place) for d in drafts
            if not d.place_only and sum(p.type == "PERSON" for p in d.parties) >= 2
            for e in d.parties]


def governing_period(doc: Document, start: int, end: int, anchor: int) -> str | None:
    """The week/month/year expression governing a fact in its own sentence (dates stage)."""
    from marsad.dates.facts import period_for_span

    value, _ = period_for_span(doc, start, end, anchor)
    return value


def day_in_period(day: str, period: str) -> bool:
    """Whether an ISO day falls in an ISO period (YYYY, YYYY-MM or YYYY-Www); a fallback day
    outside the period its own sentence names is no day of that meeting."""
    from marsad.dates.calendars import iso_week

    try:
        d = date.fromisoformat(day[:10])
    except ValueError:
        return True
    return iso_week(d) == period if "-W" in period else d.isoformat().startswith(period)


def _pub_date(doc: Document, ctx: object) -> date | None:
    p = getattr(ctx, "pub_date", None)
    if isinstance(p, date):
        return p
    if doc.pub_date:
        try:
            return date.fromisoformat(doc.pub_date[:10])
        except ValueError:
            return None
    return None


_MIN_NAME_LETTERS = 3


def _too_short(name: str) -> bool:
    """A one- or two-letter "name" is a fragment, never a party."""
    return sum(ch.isalpha() for ch in name) < _MIN_NAME_LETTERS


def _drop_same_person(ents: list[Entity]) -> list[Entity]:
    """"محمد بن سلمان بن عبد العزيز" and a run-on "محمد بن سلمان طياري" are one person: two
    names sharing "X بن Y" are never two parties of one meeting."""
    out: list[Entity] = []
    seen: list[tuple[str, ...]] = []
    seen_full: list[tuple[str, ...]] = []
    for e in ents:
        words = tuple(fold(w) for w in name_of(e).split())
        key = words[:3] if len(words) >= 3 and words[1] in ("بن", "ابن") else None
        if len(words) >= 2 and any(_short_form(k, words) or _short_form(words, k)
                                   for k in seen_full):
            continue  # "سعد بن حيا الصاعدي" and later "سعد الصاعدي": one man
        seen_full.append(words)
        if key is not None and any(
                k[:2] == key[:2] and (k[2].startswith(key[2]) or key[2].startswith(k[2]))
                for k in seen):
            continue  # also "خالد بن طلالقام" (a missing space) beside "خالد بن طلال"
        if key is not None:
            seen.append(key)
        out.append(e)
    return out


def _short_form(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """"سعد الصاعدي" after "سعد بن حيا الصاعدي": a first and family name with no بن between is
    the man the longer name gave (but "محمد بن نايف بن عبدالعزيز" is not "محمد بن سلمان بن
    عبدالعزيز": two long names are two men)."""
    return len(short) == 2 and len(full) >= 3 and "بن" in full and \
        short[0] == full[0] and short[-1] == full[-1]


def _unique_names(ents: list[Entity]) -> list[str]:
    return _unique_list([name_of(e) for e in ents])


def _unique_list(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for n in names:
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return out


def _merge_into(out: list[Meeting], m: Meeting, filed_from: set[int], m_filed: bool) -> bool:
    """The same meeting told twice (headline-style lead, then details): keep one, richer. A place
    taken from the dateline's city (``filed_from``, ``m_filed``) yields to one the text told."""
    for o in out:
        if {_name_key(x) for x in o.participants} != {_name_key(x) for x in m.participants} \
                or o.status != m.status:
            continue  # ("عبد الحميد دشتي" and "عبدالحميد دشتي" are one man)
        both_expr = o.date_source == m.date_source == "expression"
        if o.date and m.date and o.date != m.date and both_expr:
            continue
        o_filed = id(o) in filed_from
        if o.place and m.place and o.place != m.place and not (o_filed or m_filed):
            continue
        if o_filed and m.place and not m_filed:
            o.place = m.place
            filed_from.discard(id(o))
        o.place = o.place or m.place
        if m.date_source == "expression" and o.date_source != "expression":
            # the later telling carries the date: it is the better evidence
            o.date, o.date_source = m.date, m.date_source
            o.start, o.end, o.evidence = m.start, m.end, m.evidence
        extra = [x for x in m.attendees if x not in o.participants]
        o.attendees = _unique_list(o.attendees + extra)
        return True
    return False


def _merge_body(out: list[Meeting], m: Meeting) -> bool:
    """A body's meeting told again by a shorter or longer name of the body: one meeting."""
    key = set(_name_key(m.participants[0]).split())
    for o in out:
        if len(o.participants) != 1 or o.status != m.status:
            continue
        other = set(_name_key(o.participants[0]).split())
        if key <= other or other <= key:
            o.place = o.place or m.place
            o.date = o.date or m.date
            return True
    return False


_ABD_SPACE_RE = re.compile(r"\bعبد\s+")


def _name_key(name: str) -> str:
    return _ABD_SPACE_RE.sub("عبد", fold(name))


# --- drafts -----------------------------------------------------------------------------------


def _drafts(doc: Document, a: Analysed) -> list[_Draft]:
    F = a.folded.text
    drafts: list[_Draft] = []
    last_parties: list[Entity] = []
    last_talks: list[Entity] = []
    by_sentence: dict[int, list[re.Match[str]]] = {}
    starts = [a.folded.fold_pos(s0) for s0, _ in a.sents]
    for mt in TRIGGER_RE.finditer(F):
        si = bisect_right(starts, mt.start()) - 1
        if si >= 0 and mt.end() <= a.folded.fold_pos(a.sents[si][1]):
            by_sentence.setdefault(si, []).append(mt)
    for si in sorted(by_sentence):
        f0, f1 = starts[si], a.folded.fold_pos(a.sents[si][1])
        matches = by_sentence[si]
        sent_f = F[f0:f1]
        sporty = _is_sport(sent_f)
        in_sentence: list[_Draft] = []
        for mt in matches:
            told = in_sentence[-1].parties if in_sentence and \
                len(_unique_names(in_sentence[-1].parties)) >= 2 else last_parties
            talks = in_sentence[-1].parties if in_sentence and in_sentence[-1].kind == "talks" \
                else last_talks
            d = _draft_for(doc, a, mt, si, (f0, f1), sporty, told, talks)
            if d is None:
                d = _countries_hold(a, mt, si, (f0, f1))
            if d is None:
                continue
            if d.one_each and len(_unique_names(d.parties)) > 2:
                in_sentence.extend(_one_call_each(d))
                continue
            names = set(_unique_names(d.parties))
            if any(names <= set(_unique_names(o.parties)) and o.status == d.status
                   for o in in_sentence):
                continue  # the same meeting again in one sentence (في إطار زيارة …), but
                # "…، على أن تعقد الجولة المقبلة …" is the next one
            in_sentence.append(d)
        for d in in_sentence:
            if len(_unique_names(d.parties)) >= 2:
                last_parties = d.parties
                if d.kind == "talks":
                    last_talks = d.parties
        drafts.extend(in_sentence)
    for si in range(len(a.sents)):
        # "يتوجه X، وزير الخارجية، اليوم، إلى طهران": a traveller no trigger told of
        told = {name_of(e) for d in drafts if d.sent_index == si for e in d.parties}
        for d in _travel_visits(a, si, told) + _condolences(a, si, told):
            drafts.append(d)
        if not told:
            drafts.extend(_group_visits(a, si))
    drafts.sort(key=lambda d: (d.sent_index, d.trigger[0]))
    _attach_attendees(doc, a, drafts)
    return drafts


ALSO_BEFORE_RE = re.compile(r"(?<![^\s،,])(?:كما|وكما)\s*$")
ALSO_AFTER_RE = re.compile(r"\s+(?:ايضا|كذلك)" + WB_END)
ALSO_NEAR_RE = re.compile(r"(?:\s+\S+){0,2}?\s+(?:ايضا|كذلك)" + WB_END)  # "يلتقي فابيوس أيضاً"


_ALSO_GUEST_REACH = 90  # folded characters from the verb to the guest's name (his title first)


def _also_host(F: str, f0: int, ts: int, te: int) -> bool:
    """"كما استقبل …" / "واستقبل أيضاً …" opening a clause: the same host again (not "كما
    استقبل المواطنون …", a plural subject of its own)."""
    nxt = F[te:te + 30].split()[:1]
    if nxt and nxt[0].strip("،,").endswith("ون"):
        return False
    return bool(ALSO_BEFORE_RE.search(F, max(f0, ts - 8), ts)) or bool(ALSO_AFTER_RE.match(F, te))


# "لمنزل الأسرة", "إلى منزل الفقيد", "بيت العزاء": the house of a family told before (folded)
HOUSE_OF_RE = re.compile(r"(?:\s+\S+){0,2}?\s+(?:الي\s+)?[لب]?(?:منزل|بيت|دار)\s+(?:ال)?"
                         r"(?:اسره|فقيد|فقيده|شهيد|عزاء|عائله)" + WB_END)
# ("بزيارة معايدة لأسرة البواردي", "زيارة عزاء لأسرة …": the visit's kind between)
FAMILY_RE = re.compile(r"\s+(?:(?:معايده|عزاء|تعزيه|تهنئه|مواساه)\s+)?(?:الي\s+)?[لب]?(?:"
                       + alternation(list(lx.FAMILY_HEADS)) + r")\s+")
_FAMILY_MAX_WORDS = 5


def _family_visited(a: Analysed, te: int, f1: int) -> Entity | None:
    """"بزيارة أسرة البوعينين", "زيارته لأسرة الشهيد X": the family right after a visit noun, as
    a group party (up to a comma, a place or time word, or five words)."""
    F = a.folded.text
    m = FAMILY_RE.match(F, te, f1)
    if m is None:
        return None
    head_at = m.start() + len(F[m.start():m.end()]) - len(F[m.start():m.end()].lstrip())
    kind_word = F[head_at:m.end()].split()[:1]
    if kind_word and kind_word[0] in ("معايده", "عزاء", "تعزيه", "تهنئه", "مواساه"):
        head_at += len(kind_word[0]) + 1  # "معايدة لأسرة البواردي"
    if F[head_at:head_at + 4] == "الي ":
        head_at += 4
    if F[head_at] in "لب":
        head_at += 1
    end = m.end()
    n = 0
    for w in re.finditer(r"\S+", F[m.end():f1]):
        word = w.group(0)
        bare = word.strip("،,.:؛\"«»()")
        if not bare or bare in lx.FAMILY_NAME_STOPS or (bare.startswith("ب") and n > 0):
            break
        end = m.end() + w.start() + word.find(bare) + len(bare)
        n += 1
        if n == _FAMILY_MAX_WORDS or word[-1:] in "،,.:؛":
            break
    if n == 0:
        return None
    o = a.folded.orig
    text = a.text[o(head_at):o(end)]
    head_end = F.find(" ", head_at)
    named = next((e for e in entities_between(a.entities, o(head_at), o(min(f1, head_at + 70)))
                  if e.type == "PERSON"), None)
    between = F[head_end:a.folded.fold_pos(named.start)] if named is not None else ""
    first = between.split()[:1]
    if named is not None and len(between.split()) <= 8 and "،" not in between and \
            "," not in between and not (first and first[0].endswith("ين")):
        # (not "ذوي الشهيدين الوكيل رقيب X والعريف Y": the family of two, named by both)
        # "عائلة القائد العسكري في حزب الله عماد مغنية": the family of that man
        text = a.text[o(head_at):o(head_end)] + " " + name_of(named)
        end = a.folded.fold_pos(named.end)
    return Entity(start=o(head_at), end=o(end), text=text, type="ORGANIZATION", canonical=text)


def _alias_in_brackets(a: Analysed, e: Entity, parties: list[Entity]) -> bool:
    """"الرئيس أبو مازن (محمود عباس)": a name in brackets right after another party is that
    party's other name."""
    return a.text[max(0, e.start - 3):e.start].strip().endswith("(") and any(
        p is not e and p.end <= e.start and a.text[p.end:e.start].strip() == "("
        for p in parties)


_CHAIRED_BY_RE = re.compile(WB_START + r"(?:برئاسه|يراسه|يتراسه|تراسه|تتراسه)" + WB_END)  # folded
_TOLD_MEETING_RE = re.compile(WB_START + r"(?:خلال|اثناء|في)\s+(?:الاتصال|اللقاء|الاجتماع|"
                              r"المكالمه)" + WB_END)
_LED_BY_RE = re.compile(WB_START + r"(?:يتقدمهم|تتقدمهم|يتقدمهن|يتراسهم|برئاسه|علي راسهم)" + WB_END)
_IN_ORDER_TO_RE = re.compile(r"(?:^|\s|،)ل(?:اجراء|عقد)\s*$")


def _sentence_subject(a: Analysed, f0: int, ts: int, guest: Entity) -> Entity | None:
    """The first person named in the sentence before the trigger, when a travel or visit verb
    opens the sentence ("توجه/وصل/يصل X …") — the one who goes to hold the talks."""
    if not VISIT_RE.search(a.folded.text, f0, ts) and not _ARRIVE_RE.search(a.folded.text, f0, ts):
        return None
    o = a.folded.orig
    return next((e for e in entities_between(a.entities, o(f0), o(ts))
                 if e.type == "PERSON" and name_of(e) != name_of(guest)
                 and not _in_institution_name(a, e)), None)


_ARRIVE_RE = re.compile(WB_START + r"[وف]?(?:توجه|توجهت|يتوجه|تتوجه|وصل|وصلت|يصل|تصل|غادر|"
                        r"غادرت|يغادر|تغادر|سافر|سافرت|يسافر|تسافر)" + WB_END)


_PRESENT_TRAVEL_RE = re.compile(WB_START + r"[وف]?(?:يصل|تصل|يتوجه|تتوجه|يغادر|تغادر|يزور|تزور)"
                                + WB_END)
HELD_CUE_RE = re.compile(WB_START + r"(?:امس|الماضي|الماضيه|سابقا|مؤخرا|قبل|منذ)" + WB_END)
_PRESENT_LIGHT_RE = re.compile(WB_START + r"[وف]?(?:يجري|تجري|يعقد|تعقد|يجريان|تجريان)\s+"
                               r"(?:\S+\s+){0,4}$")


def _present_tense(F: str, f0: int, ts: int, form: str, is_noun: bool, frame: str) -> bool:
    """A meeting verb in the present ("ويلتقي X Y"), or a meeting noun carried by a present
    light verb ("ويجري الوزير محادثات"); host verbs in the present are habits or agency
    headlines, left as they were."""
    if is_noun:
        return bool(_PRESENT_LIGHT_RE.search(F, max(f0, ts - 60), ts)) or (
            bool(PURPOSE_LIGHT_RE.search(F, max(f0, ts - 12), ts))
            and bool(_PRESENT_TRAVEL_RE.search(F, max(f0, ts - 120), ts)))
    return frame == "verb" and form[:1] in ("ي", "ت") and form not in _GATHER_VERBS


_VISITED_ORG_GAP = 4  # words between a visitor and the body he visits
_FAR_GUEST_WORDS = 12  # words between a host and a second name before a group there wins
_TITLE_PHRASE_HEADS = frozenset({"مدير", "رئيس", "وزير", "محافظ", "امين", "وكيل", "قائد",
                                 "مدراء", "مديري", "رؤساء", "وزراء"})
_TITLE_PHRASE_STOPS = frozenset({"في", "الي", "علي", "عن", "من", "مع", "امس", "اليوم", "حول",
                                 "بشان", "لبحث", "لمناقشه", "بحضور", "وذلك", "حيث"})
_TITLE_PHRASE_WORDS = 6


def _title_phrase(a: Analysed, f_start: int, stop: int) -> Entity | None:
    """"مع مدير عام الطرق ومساعديه بمنطقة الباحة": an office-holder named by title alone (an
    indefinite title head right after مع, no name within the phrase), up to a comma or a
    preposition."""
    F = a.folded.text
    words = list(re.finditer(r"\S+", F[f_start:stop]))[:_TITLE_PHRASE_WORDS]
    if not words or words[0].group(0).strip("،,") not in _TITLE_PHRASE_HEADS:
        return None
    end = f_start + words[0].end()
    for w in words[1:]:
        word = w.group(0)
        bare = word.strip("،,.")
        if not bare or bare in _TITLE_PHRASE_STOPS or word[:1] in "،,":
            break
        end = f_start + w.start() + len(word.rstrip("،,."))
        if word[-1:] in "،,.":
            break
    o = a.folded.orig
    if any(e.type == "PERSON" for e in entities_between(a.entities, o(f_start), o(end))):
        return None  # a name inside: the title of a named person, not an office alone
    text = a.text[o(f_start + words[0].start()):o(end)]
    if len(text.split()) < 2:
        return None
    return Entity(start=o(f_start + words[0].start()), end=o(end), text=text,
                  type="ORGANIZATION", canonical=text)


_UNTAGGED_GUEST_WORDS = 10  # a guest's title and name, up to the clause's end
_UNTAGGED_REACH = 8  # words (place and time) between the host and the guest's title


# Words between a verb and its object that tell when, not whom ("والتقى فور وصوله أمس X")
_INSERTED_WORDS = frozenset({"فور", "لدي", "عند", "عقب", "وصوله", "وصولها", "امس", "اليوم",
                             "ايضا", "كذلك", "صباح", "مساء", "صباحا", "مساءا", "بدوره"})


def _subject_before_comma(a: Analysed, f0: int, comma_end: int) -> Entity | None:
    """The person whose name and title (up to four words: titles, ال-words) end the text before
    a comma that a verb follows — a subject fronted before its verb."""
    F = a.folded.text
    people = [e for e in entities_between(a.entities, a.folded.orig(f0), a.folded.orig(comma_end))
              if e.type == "PERSON"]
    if not people:
        return None
    tail = F[a.folded.fold_pos(people[-1].end):comma_end].rstrip(" ،,").split()
    if len(tail) > 4 or not all(w.startswith("ال") or _bare_title(w) in lx.TITLE_HEADS
                                or nisba_country(w) for w in tail):
        return None
    return people[-1]


def _untagged_guest(a: Analysed, te: int, stop: int, titled_host: bool = False
                    ) -> Entity | None:
    """The guest of a host verb told by title (and a name the entities stage missed): from the
    first title head after the host's place and time to a comma, a relative or a preposition."""
    F = a.folded.text
    words = list(re.finditer(r"\S+", F[te:stop]))
    host = next((e for e in entities_between(a.entities, a.folded.orig(te), a.folded.orig(stop))
                 if e.type == "PERSON"), None)
    gap = F[te:a.folded.fold_pos(host.start)] if host is not None else "،"
    if len(gap.split()) <= _UNTAGGED_REACH and not any(c in gap for c in "،,."):
        # the host named right after the verb (his title between): the guest comes after him
        words = [w for w in words if te + w.start() >= a.folded.fold_pos(host.end)]
    elif titled_host:
        # "استقبل سمو أمير منطقة عسير مدير عام مطار أبها X": the host told by his title (the
        # article's holder of it); the guest's title is the next one, not joined by و
        while words and words[0].group(0) in HONORIFICS:
            words = words[1:]
        if not words or _bare_title(words[0].group(0)) not in lx.TITLE_HEADS:
            return None
        nxt = next((i for i, w in enumerate(words[1:_UNTAGGED_REACH], 1)
                    if _bare_title(w.group(0)) in _TITLE_PHRASE_HEADS), None)
        if nxt is None or words[nxt].group(0)[:1] == "و":
            return None  # ("استقبل ولي عهد البحرين وولي عهد أبوظبي ورئيس …": all guests)
        words = words[nxt:]
    else:
        return None
    first = next((i for i, w in enumerate(words[:_UNTAGGED_REACH])
                  if _bare_title(w.group(0)) in _TITLE_PHRASE_HEADS), None)
    if first is None or any(w.group(0)[-1:] in "،,." for w in words[:first]) or \
            first + 1 >= len(words) or words[first + 1].group(0)[:1] in ("ب", "ل"):
        return None  # (not "استقبل الأمين بالأغاني …": the title's next word is no preposition)
    start = te + words[first].start()
    end = te + words[first].end()
    for w in words[first + 1:first + _UNTAGGED_GUEST_WORDS]:
        word = w.group(0)
        bare = word.strip("،,.")
        if not bare or bare in _TITLE_PHRASE_STOPS or bare in lx.RELATIVES or word[:1] in "،,":
            break
        end = te + w.start() + len(word.rstrip("،,."))
        if word[-1:] in "،,.":
            break
    o = a.folded.orig
    if any(e.type == "PERSON" for e in entities_between(a.entities, o(start), o(end))):
        return None
    text = a.text[o(start + _title_clitics(words[first].group(0))):o(end)]
    if len(text.split()) < 3:
        return None
    return Entity(start=o(start), end=o(end), text=text, type="ORGANIZATION", canonical=text)


def _is_family(e: Entity) -> bool:
    return e.type == "ORGANIZATION" and fold(e.text).split()[:1] in (
        [h] for h in lx.FAMILY_HEADS)


def _interview(after: list[str]) -> bool:
    """Words after a meeting noun that make it an interview: "تلفزيوني/صحفي", or "خاص مع" a
    medium (a Latin name, قناة، صحيفة، وكالة …)."""
    first = after[0].strip("،,.")
    if first == "خاص":
        if len(after) < 3 or after[1] != "مع":
            return False
        nxt = after[2].strip("«\"“")
        return any("a" <= ch.lower() <= "z" for ch in nxt) or nxt in lx.MEDIA_HEADS
    return first in lx.INTERVIEW_WORDS


def _one_call_each(d: _Draft) -> list[_Draft]:
    """"تلقى X اتصالات هاتفية من Y، وZ": the receiver's call with each caller; "جولة شملت
    الكويت وقطر": the visitor's visit to each country, there."""
    first, *others = _drop_same_person(d.parties)
    out = []
    for e in others:
        if name_of(e) == name_of(first):
            continue
        place = name_of(e) if d.kind == "visit" else d.place
        out.append(_Draft(parties=[first, e], trigger=d.trigger, sent_index=d.sent_index,
                          kind=d.kind, status=d.status, place=place, scope=d.scope))
    return out


TOUR_RE = re.compile(r"\s*(?:\S+\s+){0,3}?(?:التي\s+)?(?:شملت|تشمل|ستشمل|يشمل|شمل)\s+"
                     r"(?:كلا\s+من\s+)?")


_QUOTED_AFTER_RE = re.compile(r"(?:\s+[^\s\"“«،,.]+){0,3}?\s*[\"“«][^\"”»]{2,40}[\"”»]")
_INSTITUTION_HOST_WORDS = 9  # words of the receiving institution's name, before its guests


def _institution_host(a: Analysed, te: int, stop: int) -> tuple[Entity, Entity] | None:
    """(institution, visiting group) for "استقبلت الإدارة العامة للتعليم بمنطقة المدينة المنورة
    وفد طلاب …": an institution head right after the host verb, its name up to a visiting
    group's head (وفد، فريق، جموع …) a few words on."""
    F = a.folded.text
    o = a.folded.orig
    words = list(re.finditer(r"\S+", F[te:stop]))[:_INSTITUTION_HOST_WORDS + 1]
    if not words or words[0].group(0).strip("،,").removeprefix("ال") not in lx.INSTITUTION_HOSTS:
        return None
    for i, w in enumerate(words[1:], start=1):
        x = w.group(0).strip("،,")
        if any(c in w.group(0) for c in "،,.:"):
            if x.removeprefix("ال") not in lx.VISITING_GROUPS:
                return None
        if x in lx.VISITING_GROUPS:
            at = te + w.start()
            guest = _group_party(a, at, stop, None)
            if guest is None or guest.start != o(at):
                return None
            named = _QUOTED_AFTER_RE.match(a.text, guest.end)
            if named is not None:
                # "فريق المبادرة الوزارية "سفراء الحزم"": the group's own name in quotes
                text = a.text[guest.start:named.end()]
                guest = Entity(start=guest.start, end=named.end(), text=text,
                               type="ORGANIZATION", canonical=_QUOTE_MARKS_RE.sub("", text))
            h0, h1 = o(te + words[0].start()), o(te + words[i - 1].end())
            text = a.text[h0:h1].strip(" ،,")
            host = Entity(start=h0, end=h0 + len(text), text=text, type="ORGANIZATION",
                          canonical=text)
            return host, guest
    return None


_SPORT_GUEST_WORDS = 5  # words (a title) from مع / بـ to the person met


def _person_meets_person(a: Analysed, parties: list[Entity], ts: int, te: int, stop: int
                         ) -> bool:
    """"عقد المشرف العام X اجتماعاً مع المدرب Y": a person before the meeting word, and a
    person named right after the مع / بـ that follows it."""
    F = a.folded.text
    o = a.folded.orig
    if not any(e.type == "PERSON" and e.start < o(ts) for e in parties):
        return False
    m = re.compile(r"(?:\s+\S+){0,2}?\s+(?:مع\s+|ب(?=\S))").match(F, te)
    if m is None:
        return False
    guest = next((e for e in entities_between(a.entities, o(m.end()), o(stop))
                  if e.type in _PARTY_TYPES), None)
    return guest is not None and guest.type == "PERSON" and \
        len(F[m.end():a.folded.fold_pos(guest.start)].split()) <= _SPORT_GUEST_WORDS and \
        not any(w.lstrip("بل") in lx.SPORT_GROUPS | lx.GROUP_HEADS
                for w in F[m.end():a.folded.fold_pos(guest.start)].split()[:1])


def _visited_group(a: Analysed, te: int, stop: int, visitor: Entity) -> Entity | None:
    """The patients, injured or residents a visit is paid to, named by a group noun within a few
    words after the visit word (or after the visitor named after it)."""
    F = a.folded.text
    start = te
    if visitor.start >= a.folded.orig(te):
        start = a.folded.fold_pos(visitor.end)
    for w in list(re.finditer(r"\S+", F[start:stop]))[:lx.VISITED_GROUP_WORDS]:
        word = w.group(0).strip("،,.")
        bare = word
        for pre in ("لل", "بال", "ل", "ب"):
            if word.startswith(pre) and (("ال" if pre in ("لل", "بال") else "") +
                                         word[len(pre):]) in lx.VISITED_GROUPS:
                bare = ("ال" if pre in ("لل", "بال") else "") + word[len(pre):]
                break
        if bare not in lx.VISITED_GROUPS:
            continue
        at = start + w.start() + (len(word) - len(bare) if bare != word and
                                  not bare.startswith("ال") else 0)
        group = _group_party(a, at, stop, None, of_body=True)
        if group is None or group.start > a.folded.orig(at) + 3:
            return None
        if word.startswith("لل") and not group.text.startswith("ال"):
            # "للمرضى المنومين": ل + ال joined; the group is "المرضى المنومين"
            group = Entity(start=group.start, end=group.end, text=group.text,
                           type=group.type, canonical="ال" + group.canonical.lstrip("ل"))
        return group
    return None


def _greeting_opens(a: Analysed, te: int, after_words: list[str]) -> bool:
    """"عايد مدير المستشفى …", "واسى سمو الأمير …", "عايد طلاب النادي …", "وعايد الجبيلي …" (a
    name the entities stage tagged): the verb's subject follows."""
    if not after_words:
        return False
    w = after_words[0].strip("،,")
    if w in TITLE_WORDS or w in HONORIFICS or w in lx.GROUP_HEADS or \
            w.removeprefix("ال") in _PERSON_TITLE_HEADS:
        return True
    at = a.folded.orig(te + len(a.folded.text[te:]) - len(a.folded.text[te:].lstrip()))
    return any(e.start == at and e.type == "PERSON" for e in entities_between(
        a.entities, at, at + 1))


def _tour(a: Analysed, mt: re.Match[str], si: int, fsent: tuple[int, int]) -> _Draft | None:
    """"قام ظريف بجولة خليجية شملت الكويت وقطر والعراق", "جولته التي شملت كلا من …": a visit
    to each country listed (countries and capitals only), by the subject or the one "جولته"
    points back to."""
    F = a.folded.text
    f0, f1 = fsent
    ts, te = mt.start(), mt.end()
    m = TOUR_RE.match(F, te, min(f1, te + 60))
    if m is None:
        return None
    o = a.folded.orig
    places: list[Entity] = []
    pos = m.end()
    for e in entities_between(a.entities, o(m.end()), o(f1)):
        gap = F[pos:a.folded.fold_pos(e.start)].strip(" ،,")
        if e.type != "LOCATION" or gap not in ("", "و") or \
                fold_keep_length(name_of(e)) not in _world_places():
            break
        places.append(e)
        pos = a.folded.fold_pos(e.end)
    if len(places) < 1:
        return None
    form = mt.group("n") or ""
    visitor: Entity | None = None
    if _owned(form):
        visitor = _previous_subject(a, si, o(ts), nearest=True)  # "دي ميستورا … بعد جولته"
    else:
        subj = [e for e in entities_between(a.entities, o(f0), o(ts)) if e.type == "PERSON"]
        visitor = subj[0] if subj else None
    if visitor is None:
        return None
    status = "planned" if PLANNED_RE.search(F, f0, te) or "س" in (mt.group("np") or "") \
        else "held"
    return _Draft(parties=[visitor, *places], trigger=(o(ts), o(te)), sent_index=si,
                  kind="visit", status=status, place=None, scope=(o(f0), o(pos)),
                  one_each=True)


# "وعشر دول اخري من منطقه المحيط الهادئ", "عقد": words between the last country and the noun
_COUNTRIES_GAP_WORDS = 8
_WITH_AFTER_RE = re.compile(r"(?:\s+\S+){0,2}?\s+(?:مع|بين)" + WB_END)
_PRESENT_LIGHT = frozenset({"يعقد", "تعقد", "يجري", "تجري", "يعتزم", "تعتزم", "ينوي", "تنوي",
                            "يزمع", "تزمع", "سيعقد", "ستعقد", "سيجري", "ستجري"})


def _countries_hold(a: Analysed, mt: re.Match[str], si: int, fsent: tuple[int, int]
                    ) -> _Draft | None:
    """"تعقد الولايات المتحدة واليابان والصين اجتماعاً غداً", "عقدت مصر واليونان وقبرص قمة":
    countries joined by و as the subject of a light verb hold the meeting noun after them — each
    country a side (only people joined so were read before)."""
    if mt.group("n") is None or _owned(mt.group("n")):
        return None
    F = a.folded.text
    f0, _ = fsent
    ts, te = mt.start(), mt.end()
    o = a.folded.orig
    ents = entities_between(a.entities, o(f0), o(ts))
    if len(ents) < 2:
        return None
    verb = F[f0:a.folded.fold_pos(ents[0].start)].split()
    light = verb[-1][1:] if verb and verb[-1][:1] in "وف" and verb[-1][1:] in lx.LIGHT_VERBS \
        else (verb[-1] if verb else "")
    if light not in lx.LIGHT_VERBS or len(verb) > 3 or _WITH_AFTER_RE.match(F, te):
        return None  # "عقدت فرنسا وألمانيا اجتماعاً مع إيران": a side after, left to the rules
    places = _world_places()
    sides: list[Entity] = []
    pos = a.folded.fold_pos(ents[0].start)
    for e in ents:
        gap = F[pos:a.folded.fold_pos(e.start)].strip()
        if e.type != "LOCATION" or gap not in ("", "و") or \
                fold_keep_length(name_of(e)) not in places:
            break
        sides.append(e)
        pos = a.folded.fold_pos(e.end)
    if len(sides) < 2 or any(e.type != "LOCATION" for e in ents[len(sides):]):
        return None
    between = F[pos:ts]
    if any(c in between for c in "،,.:") or len(between.split()) > _COUNTRIES_GAP_WORDS:
        return None
    status = "planned" if light in _PRESENT_LIGHT or \
        PLANNED_RE.search(F, f0, te) else "held"
    return _Draft(parties=sides, trigger=(o(ts), o(te)), sent_index=si, kind="meeting",
                  status=status, place=None, scope=(o(f0), o(fsent[1])))


def _any_sport_word(folded_sentence: str) -> bool:
    return any(w.strip("،,.:؛«»\"()").removeprefix("و") in lx.SPORT_SURE
               for w in _WORD_RE.findall(folded_sentence))


def _is_sport(folded_sentence: str) -> bool:
    words = _WORD_RE.findall(folded_sentence)
    hits = sum(1 for i, w in enumerate(words) if _strip_wa(w) in lx.SPORT_WORDS and not (
        _strip_wa(w) in ("فريق", "الفريق") and i + 1 < len(words)
        and words[i + 1].strip("،,.:؛") in lx.NOT_SPORT_AFTER_TEAM))  # "فريق العمل": a work team
    return hits >= 2


def _placed_call(F: str, f0: int, ts: int, te: int, prefix: str) -> bool:
    """"أجرى X اتصالاً مع Y", "تلقى اتصالاً من Y": a call noun without هاتفي is still a call when
    one is made or received and its other side follows — but "أجرى اتصالات مكثفة" (contacts) and
    "وزارة الاتصالات" are not."""
    if prefix:
        return False
    before = F[max(f0, ts - 80):ts].split()[-8:]
    return any(_strip_wa(w) in lx.CALL_LIGHT_VERBS for w in before) and \
        bool(_CALL_SIDE_RE.match(F, te))


def _strip_wa(w: str) -> str:
    w = w.strip("،,.:؛«»\"()")
    if w[:1] in ("و", "ف") and w[1:] in lx.SPORT_WORDS:
        return w[1:]
    return w


def _draft_for(
    doc: Document,
    a: Analysed,
    mt: re.Match[str],
    si: int,
    fsent: tuple[int, int],
    sporty: bool,
    last_parties: list[Entity],
    last_talks: list[Entity],
) -> _Draft | None:
    F = a.folded.text
    f0, f1 = fsent
    is_noun = mt.group("n") is not None
    form = mt.group("n") if is_noun else mt.group("v")
    prefix = (mt.group("np") if is_noun else mt.group("vp")) or ""
    kind, frame = TRIGGER_INDEX[form]
    ts, te = mt.start(), mt.end()
    sport_meeting = sporty and (is_noun or frame == "bahath" or form in _MATCH_VERBS) and \
        form in lx.SPORT_MEETING_FORMS
    if sporty and (is_noun or frame == "bahath" or form in _MATCH_VERBS) and not sport_meeting:
        return None  # "يلتقي الهلال فريق …", "لقاء الدوري": a match
    told_calls = False
    if frame == "call" and not CALL_QUAL_RE.match(F, te, min(te + 12, f1)) and \
            not _placed_call(F, f0, ts, te, mt.group("np") or ""):
        # "وتلقى الاتصالات من X، وY" after "تلقى … اتصالات هاتفية": the calls told before
        told_calls = ("ال" in (mt.group("np") or "") and bool(CALL_NOUN_RE.search(F, 0, ts))
                      and bool(LIGHT_RE.search(F, max(f0, ts - 12), ts))
                      and F[max(f0, ts - 8):ts].split()[-1:] not in (["خلال"], ["اثناء"]))
        # (not "وجرى خلال الاتصال بحث … الجهود المبذولة من تحالف دعم الشرعية": the call told
        # before, and what it was about)
        if not told_calls:
            return None
    if frame == "round" and not ROUND_NEXT_RE.match(F, te, min(te + 20, f1)):
        return _tour(a, mt, si, (f0, f1))
    if frame == "reception":
        prev_word = F[max(f0, ts - 8):ts].split()[-1:]
        if not prev_word or prefix or (prev_word[0] not in lx.AT_RECEPTION and not (
                prev_word[0] in lx.DURING_RECEPTION and form == "استقبال"
                and (_HONORIFIC_RE.match(F, te) or _host_right_after(a, te)))):
            return None  # (but "خلال استقبال سموه المهنئين", "خلال استقبال الملك X Y")
    # "للاجتماع" is ل + الاجتماع
    definite = "ال" in prefix or prefix.endswith("لل") or form.startswith("ال")
    # "زيارة لبغداد للاجتماع مع الزعماء العراقيين": a purpose, not a meeting told again
    purpose = is_noun and prefix.lstrip("وف").startswith("ل") and \
        bool(MAA_AFTER_RE.match(F, te)) and frame == "noun"
    before = F[max(f0, ts - 12):ts].split()
    if form == "معايده" and "ب" not in prefix and not (
            prefix == "و" and before and before[-1].lstrip("وب") in lx.VISIT_NOUNS):
        return None  # only "قام X بمعايدة Y" / "بزيارة ومعايدة Y" (not "حفل معايدة", "جهودها
        # في معايدة ذوي الاحتياجات": a party, a programme)
    if is_noun and before and before[-1] in ("هذا", "هذه", "ذلك", "تلك", "دون", "عدم"):
        return None  # (and "حال … دون زيارة أوباما لكينيا": a visit prevented)
    if IF_RE.search(F, max(f0, ts - 25), ts):
        return None  # "في حالة عقد اجتماع بين …", "إذا التقى …": a meeting only supposed
    after_words = F[te:min(f1, te + 40)].split()[:3]
    before_words = F[max(f0, ts - 8):ts].split()
    if form in lx.GREETING_VERBS and (not _greeting_opens(a, te, after_words) or (
            before_words and before_words[-1] in lx.RELATIVES) or any(
            w in lx.RECIPROCALS for w in F[te:min(f1, te + 50)].split()[:5])):
        # "وعايد البلوي، ومحمود الصايغ": a name in a list, not a verb; "الفنان X الذي يعايد
        # أبناء الرياض بمسرحية": what he does, not a greeting told
        return None
    if not is_noun and frame == "verb" and after_words and after_words[0] in lx.CROWD_WORDS:
        return None  # "اجتمع الكثير من سائقي …": a crowd gathered
    press = PRESS_RE.match(F, te, min(f1, te + 70)) if frame == "press" else None
    if frame == "press":
        if press is None:
            return None  # "مؤتمر القاهرة", "في مؤتمر صحفي": no joint press conference
    elif is_noun and kind == "meeting" and after_words and _interview(after_words):
        return None  # "في لقاء خاص مع DW أعربت …", "لقاء تلفزيوني": an interview
    if is_noun and before and before[-1] in lx.FRAME_WORDS and _pronoun_party(mt, True, False):
        return None  # "ضمن مشاوراته مع الأطراف …": the round of consultations, told in detail
    if is_noun and before and before[-1] in lx.THANKS_FOR and _pronoun_party(mt, True, False):
        return None  # "شكرهم لخادم الحرمين على استقباله لهم": thanks for a meeting told before

    stop = _scope_end(F, te, f1)
    if press is not None:
        # "في المؤتمر الصحافي الذي عقده أمس مع X": the sides after the joint word
        stop = _press_scope_end(a, te, max(stop, _scope_end(F, press.end(), f1)))
    if is_noun and _owned(form) and before and before[-1] in lx.DURING_RECEPTION and \
            F[f0:ts].rstrip()[:-len(before[-1])].rstrip()[-1:] in ("،", ","):
        # "وعبر المسؤول، خلال لقائه X في بروكسل، عن سعادته …": the inserted clause ends at its
        # comma (unless the guests go on: "، و…")
        c = F.find("،", te, stop)
        if c > 0 and not any(e.type == "PERSON" for e in entities_between(
                a.entities, a.folded.orig(te), a.folded.orig(c))):
            # "أثناء لقائه القنصل الأميركي العام في القدس، دونالد بلوم، أن …": a guest told by
            # title alone is named in apposition after the comma
            c = F.find("،", c + 1, stop)
        if c > 0 and not F[c + 1:c + 3].lstrip().startswith("و"):
            stop = c
    if SAY_RE.search(F, f0, ts):
        said = next((m for m in BARE_THAT_RE.finditer(F, te, stop)
                     if not NAME_NOT_STOP_RE.match(F, m.start()) and
                     F[max(f0, m.start() - 12):m.start()].split()[-1:] and
                     F[max(f0, m.start() - 12):m.start()].split()[-1] not in _NOT_SAID_BEFORE),
                    None)
        if said is not None:
            stop = said.start()  # "أوضح X خلال استقباله Y، أمس، أن …": what was said follows
    clause, left = _clause_start(F, f0, ts, is_noun, joined=prefix[:1] in ("و", "ف"))
    # a past-tense verb: only a cue before it ("كان من المقرر أن …") makes the meeting planned
    past = not is_noun and form in lx.PAST_TRIGGERS and "س" not in prefix
    planned = bool(PLANNED_RE.search(F, clause, ts if past else stop)) or "س" in prefix
    if not planned and kind != "visit" and _present_tense(F, f0, ts, form, is_noun, frame) and \
            not HELD_CUE_RE.search(F, clause, stop):
        # "ويجري الوزير محادثات مع …", "يصل X اليوم لإجراء محادثات": a report in the present
        # tells what is to come (unless "أمس" / "الماضي" dates it)
        planned = True
    told_before = is_noun and bool(before) and before[-1] in lx.AFTER_WORDS
    if told_before:
        planned = False  # "بعد لقائه بخادم الحرمين …": a meeting already held
        comma = F.find("،", te, stop)
        if comma > 0 and len(F[f0:ts].split()) <= 2:
            # "بعد زيارة ناجحة إلى واشنطن الأسبوع الماضي، يصل X …": a fronted 'after' phrase
            # ends at its comma
            stop = comma
    cancelled = bool(CANCELLED_RE.search(F, max(f0, ts - 40), stop))
    status = "cancelled" if cancelled else "planned" if planned else "held"

    o = a.folded.orig
    right_ents = [e for e in entities_between(a.entities, o(te), o(stop)) if e.type in _PARTY_TYPES]
    left_ents = [e for e in entities_between(a.entities, o(left), o(ts)) if e.type in _PARTY_TYPES]
    if not is_noun and not left_ents and not prefix and clause > f0 and \
            not F[clause:ts].split():
        # "يذكر أن الأمير X أمير المنطقة، استقبل Y": the subject and its title end the part
        # before the comma
        subj = _subject_before_comma(a, f0, clause)
        if subj is not None:
            left_ents = [subj]
    if is_noun and len(left_ents) > 1:
        light = max((m.end() for m in LIGHT_RE.finditer(F, left, ts)), default=None)
        after_light = [e for e in left_ents if light is not None and e.start >= o(light)]
        if after_light:
            # "… قصيدة للشاعر نواف الشلاحي ثم … قام بعدها سمو الأمير عبدالرحمن بمعايدة …":
            # the light verb's subject is after it
            left_ents = after_light
    if is_noun and not purpose and not LIGHT_RE.search(F, left, ts) and \
            not PURPOSE_LIGHT_RE.search(F, max(left, ts - 12), ts) and not (
            frame in ("call", "press") and before and before[-1] in lx.DURING_WORDS):
        # "موافقة X على قيام Y بزيارة": X did not take part (but "X ونظيره Y اتفقا أثناء
        # اتصال هاتفي": the two callers)
        left_ents = []
    if frame in ("host", "reception") and NON_GUEST_RE.search(F, te, min(stop, te + 40)) and \
            (is_noun or _institution_host(a, te, stop) is None):
        # "استقبل الأهالي جثمان الشهيد": not a guest (but "استقبلت إدارة نشاط الطلاب … فريق
        # …": the word is in the host's name)
        return None
    place: str | None = None
    topic = TOPIC_RE.search(F, te, f1)  # "… حول إيجاد حل سياسي في سورية": what, not where
    topic_at = topic.start() if topic else None
    parties: list[Entity] = []
    for e in left_ents + right_ents:
        if _too_short(name_of(e)) or _in_blessing(a, e) or _prayer_name(a, e) or \
                fold_keep_length(name_of(e)) in _NOT_PARTIES or _mourned(a, e) or \
                _CONJOINED_PLURAL_RE.match(name_of(e)) or (
                form in lx.GREETING_VERBS and e.type == "LOCATION"):
            # (a greeting is to people: "واسى X، مواطناً … من الرياض" meets no city)
            continue  # "ولي" split by the entities stage into "و" + "لي": no party
        if e.type == "PERSON" and (_in_institution_name(a, e) or _after_place_noun(a, e)
                                   or _place_in_title(a, e)):
            continue  # "مركز الملك سلمان", "بلدة كوغيلو", "ولي عهد أبو ظبي" tagged as a person
        if _is_place(a, e) or (kind == "visit" and e.type == "LOCATION") or (
                e.type != "PERSON" and (_is_destination(a, e)
                                        or fold_keep_length(name_of(e)) in _NOT_PLACES)):
            # a place first: "… مع أردوغان في كامب ديفيد بولاية ميريلاند" is where, though
            # not in a party's slot
            if (place is None or fold(place) in _OWN_SEATS) and e.type == "LOCATION" and \
                    _is_place(a, e) and not _in_relative(a, e, te, f1) and \
                    not _topic_place(a, e, topic_at) and not _sources_place(a, e):
                place = name_of(e)  # ("في قصره بالرياض": the city after his palace names it)
            continue
        if e.type != "PERSON" and not _party_slot(a, e, te):
            continue
        parties.append(e)
    if place is None:
        # a meeting told as past ("بعد لقائه بـ X بأنه من المتوقع أن يزور … الولايات المتحدة")
        # takes no place from what the rest of the sentence reports
        rel = RELATIVE_RE.search(F, te, f1)  # "… الزعماء الذين يسعون … مدينة الرمادي"
        place = _place_in(a, o(left), o(stop if told_before else f1),
                          strict_from=o(rel.start()) if rel else None, topic_at=topic_at)
    at_reception = frame == "reception" or (
        form.startswith(("استقبال", "وداع")) and bool(before) and before[-1] in lx.AT_RECEPTION)
    whole_sentence = kind != "visit" and (at_reception or bool(DURING_IT_RE.match(F, te)))
    if place is None and whole_sentence:
        # "عقب زيارة استغرقت يومين في نيروبي، تناول خلالها …", "وصل X إلى الرياض أمس، وكان في
        # استقباله Y": the place (and day) of the arrival or visit the sentence opens with
        place = _place_in(a, o(f0), o(left))
    if place is None and not told_before:
        place = _destination(a, f0, f1)
    if place is None:
        # "زار مستشفى الملك فهد …، والتقى بعدد من المرضى", "جاء ذلك خلال زيارته، صباح أمس،
        # مستشفى القوات المسلحة، حيث التقى المصابين": the facility visited in the sentence
        place = _visited_facility(a, f0, f1)

    if is_noun and right_ents and right_ents[0].type == "LOCATION" and \
            not F[te:a.folded.fold_pos(right_ents[0].start)].strip() and \
            BAYNA_RE.match(F, a.folded.fold_pos(right_ents[0].end) + 1):
        # "محادثات فيينا بين إيران والدول الكبرى": the talks' city, then their sides
        place = place or name_of(right_ents[0])
        parties = [e for e in parties if e is not right_ents[0]]
        if len(_unique_names(parties)) < 2:
            named = _bayna_words(a, te, stop)
            if named:
                parties = [e for e in named if name_of(e) != name_of(right_ents[0])]
    named_after = _named_place_after(a, mt, right_ents)
    if named_after is not None:
        # "قمة كامب ديفيد التي جمعت X بـ Y": the meeting's place, then who it brought together
        place = place or name_of(named_after)
    if is_noun and (definite or named_after is not None) and frame not in ("round", "press") and \
            not told_calls and not purpose:
        # "اللقاء" / "المحادثات" tells again of a known meeting unless بين X و Y follows at once
        # or "اللقاء الذي جمع X بـ Y"
        rel = REL_BAYNA_RE.match(F, te, f1)
        if rel is not None:
            # "المباحثات التي جرت بين X وY": the relative clause names the sides
            stop = _scope_end(F, rel.end(), f1)
            right_ents = [e for e in entities_between(a.entities, o(rel.end()), o(stop))
                          if e.type in _PARTY_TYPES]
        b = BAYNA_RE.search(F, rel.end() - 4, rel.end()) if rel is not None else \
            BAYNA_RE.search(F, te, min(stop, te + 25))
        j = JAMA_RE.search(F, te, min(f1, te + 30 + (
            len(name_of(named_after)) if named_after is not None else 0)))
        if b is not None:
            parties = [e for e in right_ents if e.start >= o(b.end()) and not _is_place(a, e)]
            gap = F[te:b.start()].split()
            if len(_unique_names(parties)) < 2 and (
                    not gap or (len(gap) == 1 and gap[0].startswith("ال"))) and not (
                    before and before[-1] in lx.TOPIC_HEADS):
                # "وفشلت المحادثات بين الحكومة وأحزاب المعارضة …" with the sides untagged
                parties = _bayna_words(a, te, stop) or parties
        elif j is not None:
            stop = _scope_end(F, j.end(), f1)
            parties = [e for e in entities_between(a.entities, o(j.end()), o(stop))
                       if e.type in _PARTY_TYPES and not _is_place(a, e)
                       and (e.type == "PERSON" or _party_slot(a, e, j.end()))]
            if place is None:
                place = _place_in(a, o(j.end()), o(f1))
        else:
            parties = []
    if is_noun and len(_unique_names(parties)) < 2 and ANOTHER_RE.match(F, te) and last_parties:
        parties = list(last_parties)  # "اتفقا على عقد لقاء آخر": the same two again
    if frame == "bahath":
        # بحث / ناقش is a meeting only "بحث X مع Y" (or "بحث X ونظيره Y")
        if not (MAA_RE_WORD.search(F, te, stop) or COUNTERPART_RE.search(F, te, stop)):
            if _TOLD_MEETING_RE.search(F, f0, ts):
                return None  # "وجرى خلال الاتصال بحث …": what the call told before was about
            host = _where_host(a, te, f0, ts)
            if host is None:
                return None
            # "يواصل ظريف زيارته لدول الخليج، حيث ناقش في الكويت …": the visitor named last
            # before حيث talks with the host country
            ref = _previous_subject(a, si, o(ts), frozenset({name_of(host)}), nearest=True)
            if ref is None:
                return None
            parties = [ref, host]
            place = place or name_of(host)
        if CALL_NOUN_RE.search(F, te, stop):
            kind = "call"  # "بحث X ونظيره Y خلال اتصال هاتفي"

    if is_noun and not definite and frame == "noun" and not left_ents and \
            len(_unique_names(parties)) >= 2 and all(e.start >= o(te) for e in parties) and \
            _VERB_BEFORE_SIDES_RE.search(F, te, a.folded.fold_pos(parties[0].start)):
        # "وبعد مشاورات طويلة عينوا الرفيق … X": the names are another verb's, not the sides
        parties = []
    if len(_unique_names(parties)) < 2 and is_noun and not definite:
        named = _bayna_words(a, te, stop)
        if named:
            parties = named
    if is_noun and len(_unique_names(parties)) < 2 and BETWEEN_THEM_RE.match(F, te):
        # "وناقش الأصبحي والزياني … خلال لقاء بينهما": the two joined by و before it
        subj = next((e for e in entities_between(a.entities, o(f0), o(ts))
                     if e.type == "PERSON"), None)
        joined = _joined_people(a, subj, o(ts)) if subj is not None else []
        if len(_unique_names(joined)) >= 2:
            parties = joined
    if last_parties and (BOTH_RE.search(F, max(left, ts - 30), min(stop, te + 30)) or (
            is_noun and form.endswith(("هما", "هم")) and len(_unique_names(parties)) < 2)):
        parties = list(last_parties)  # "الطرفان", "وعلى إثر محادثاتهما": the two told before
    if frame == "round" and len(_unique_names(parties)) < 2 and last_talks:
        parties = list(last_talks)
    if not is_noun and not any(e.start < o(ts) for e in parties) and (
            (frame == "host" and _HONORIFIC_RE.match(F, te))
            or (frame != "host" and kind != "visit" and WHERE_RE.search(F, max(f0, ts - 12), ts))):
        # "كما استقبل سموه في مكتبه …", "زار X بكين، حيث التقى Y": the subject is the one the
        # sentence or the one before is about
        ref = _previous_subject(a, si, o(ts), frozenset(_unique_names(parties)))
        if ref is not None:
            parties = [ref, *parties]
    if not is_noun and not any(e.start < o(ts) for e in parties):
        # "استقبل سمو أمير منطقة الرياض …": a title this article gave a named person
        ref = a.person_for_title(te, stop) or _bare_title_holder(a, te, stop, o(ts), parties)
        if ref is not None and _in_institution_name(a, ref):
            ref = None  # "رئيس مدينة الملك عبدالله …": the king named in a body's name
        if ref is not None and name_of(ref) not in _unique_names(parties):
            parties = [ref, *parties]
    if not is_noun and prefix[:1] == "و" and last_parties and \
            last_parties[0].start >= o(f0) and len(_unique_names(parties)) >= 2:
        # "حيث سيقابل روحاني ويجتمع مع نظيره ظريف": the verb joined by و to the meeting just
        # told shares its subject; the name between is the first verb's object
        prev_end = max(e.end for e in last_parties)
        if not a.text[prev_end:o(ts)].strip(" ،,") and last_parties[0].start < prev_end:
            parties = [last_parties[0], *[e for e in parties if e.start >= o(te)]]
    parties = _prefer_people(a, parties)
    chaired = _chaired_body(a, te, f1) if is_noun and kind != "visit" and frame != "call" and \
        not sporty and len(_unique_names(parties)) <= 1 else None
    if chaired is not None and (not parties or name_of(parties[0]) == name_of(chaired[0])):
        # "خلال الاجتماع الشهري للقيادات الأمنية … الذي ترأسه الأمير X في مكتبه بجدة أول من
        # أمس": the chair meets the body whose meeting it is, where and when he chaired it
        parties = list(chaired)
        stop = _scope_end(F, a.folded.fold_pos(chaired[0].end), f1)
        place = _place_in(a, chaired[0].end, o(stop)) or place
    else:
        chaired = None
    if is_noun and len(_unique_names(parties)) == 1 and parties[0].start >= o(te) and \
            (LIGHT_RE.search(F, left, ts) or PURPOSE_LIGHT_RE.search(F, max(f0, ts - 12), ts)):
        # "عقد قادة دول مجلس التعاون اجتماعاً مع الرئيس": a group as the subject
        group = _group_party(a, left, ts, None)
        if group is not None:
            parties = [group, *parties]
        else:
            # "ومن المقرر أن يجري الوزير الألماني محادثات مع X", "وتوجّه المبعوث الخاص … بهدف
            # عقد اجتماع مع X": a bare title as the subject, for the one the article gave it
            ref = _titled_subject(a, f0, ts, parties[0])
            if ref is None and PURPOSE_LIGHT_RE.search(F, max(left, ts - 12), ts) and \
                    _IN_ORDER_TO_RE.search(F, max(f0, ts - 14), ts):
                # "توجهت X إلى باريس، أمس، لإجراء محادثات مع Y": the one travelling, the
                # sentence's subject, holds the talks
                ref = _sentence_subject(a, f0, ts, parties[0])
            if ref is not None:
                parties = [ref, *parties]
    if is_noun and prefix.lstrip("وف") == "ل" and form == "لقاء" and \
            len(_unique_names(parties)) == 1 and parties[0].start >= o(te):
        # "وتوجه X إلى وزارة الخارجية للقاء نظيره Y": the traveller goes to meet Y
        ref = _sentence_subject(a, f0, ts, parties[0])
        if ref is not None:
            parties = [ref, *parties]
    subject_group = _group_party(a, te, a.folded.fold_pos(parties[0].start), None) if \
        not is_noun and frame == "verb" and kind == "meeting" and \
        len(_unique_names(parties)) == 1 and parties[0].start > o(te) else None
    if subject_group is not None and not F[te:a.folded.fold_pos(subject_group.start)].strip():
        # "التقى وفد من المثقفين المصريين مساء الاثنين رئيس الحكومة X": a group right after
        # the verb is its subject, the person after it the one met
        parties = [subject_group, *parties]
    elif len(_unique_names(parties)) == 1 and parties[0].type == "PERSON" and \
            frame not in ("call",) and kind != "visit":
        group = _group_party(a, te, stop, parties[0])
        if group is not None:
            parties = [*parties, group]
    elif len(_unique_names(parties)) == 1 and parties[0].type == "ORGANIZATION" and \
            not is_noun and frame == "verb" and kind == "meeting" and \
            parties[0].start < o(ts) and MAA_AFTER_RE.match(F, te):
        # "إن مجلس الشورى اجتمع مع علماء البلد": a body as the subject meets the group after مع
        group = _group_party(a, te, stop, None)
        if group is not None:
            parties = [*parties, group]
    elif frame == "host" and not is_noun and len(_unique_names(parties)) == 2 and \
            parties[0].type == "PERSON" and o(te) <= parties[0].start and (
            len(F[a.folded.fold_pos(parties[0].end):a.folded.fold_pos(parties[1].start)].split())
            > _FAR_GUEST_WORDS or parties[1].type == "LOCATION"):
        # (or a place after the group: "استقبل المحافظ X جموعا من المواطنين بمحافظة والقرى
        # التابعة لها": the people from there are the guests)
        # "استقبل أمين الطائف X، المعايدين من مسؤولي الأمانة …، في ظل القيادة وعلى رأسها خادم
        # الحرمين": the group right after the host is the guest, not a name far on
        group = _group_party(a, a.folded.fold_pos(parties[0].end),
                             a.folded.fold_pos(parties[1].start), None)
        if group is not None and (parties[1].type == "LOCATION" or len(
                a.text[group.end:parties[1].start].split()) > _FAR_GUEST_WORDS // 2):
            # (not a body in the second one's title: "عضو اللجنة
            parties = [parties[0], group]  # الدائمة للإفتاء الشيخ X")
    if frame == "host" and not is_noun and last_parties and len(_unique_names(parties)) == 1 \
            and parties[0].type == "PERSON" and parties[0].start >= o(te) and \
            a.folded.fold_pos(parties[0].start) - te <= _ALSO_GUEST_REACH and \
            _also_host(F, f0, ts, te):
        # "كما استقبل رئيس … الدكتور X", "واستقبل أيضاً …": the host told just before
        # receives one more guest
        parties = [last_parties[0], *parties]
    if not is_noun and frame == "verb" and kind in ("meeting", "talks") and not sporty and \
            len(_unique_names(parties)) >= 2 and not any(e.start < o(ts) for e in parties) and \
            _object_opens(F[te:a.folded.fold_pos(parties[0].start)]):
        # "وكانت الوزيرة قد التقت مع X ومع Y": everyone named after the verb is its object
        # (مع / بـ opens the first); the subject is the one told before, or a title for him
        ref = _previous_subject(a, si, o(ts), frozenset(_unique_names(parties)))
        if ref is not None:
            parties = [ref, *parties]
    subject_before = any(e.start < o(ts) for e in parties)
    after = [e.start for e in parties if e.start >= o(te)]
    if frame == "host" and not is_noun and form.lstrip("وف")[:1] in PRESENT_PREFIXES \
            and after and min(after) - o(te) > HABITUAL_GAP:
        # "وزارة الشؤون الاجتماعية تدعم وتشجع وتستقبل وترخص للأفراد …": a present-tense
        # 'receives' with no name right after it tells what an institution does, not a
        # reception (the first name is far on, in another phrase)
        return None
    if not is_noun and not subject_before and frame != "host" and parties and \
            _unnamed_subject(a, te, parties[0]):
        # "والتقى المسؤول الأممي … فريقاً ضم X": the subject is a title for someone named before
        ref = _previous_subject(a, si, o(ts), frozenset(_unique_names(parties)))
        if ref is not None and name_of(ref) not in _unique_names(parties):
            parties = [ref, *parties]
    if not parties and not is_noun and kind != "visit" and frame in ("verb", "host") and \
            not sporty and not form.startswith("ت") and not _in_quote(F[f0:ts]) and \
            not THAT_RE.search(F, max(f0, ts - 8), ts):  # not "تلتقي" (you), not "أنه سيجتمع"
        # "والتقى فيها بمسئولي ومنسوبي الصندوق": a dropped subject meets a group opened by
        # بـ / مع (a group right after the verb is its subject: "اجتمع أعضاء اللجنة")
        opened = _OBJECT_GROUP_RE.search(F, te, min(stop, te + 30))
        group = _group_party(a, opened.start(), stop, None) if opened is not None and \
            (opened.group("w") or opened.group("b") or "").strip("،,") in lx.GROUP_HEADS else None
        first = F[te:min(stop, te + 30)].split()[:1]
        if group is None and prefix[:1] == "و" and form not in _GATHER_VERBS and first and \
                first[0].strip("،,.").startswith("ال") and first[0].strip("،,.").endswith("ين") \
                and first[0].strip("،,.") in lx.GROUP_HEADS | lx.STANDALONE_GROUPS:
            # "… الصاعدي المدير العام واستقبل المعيدين", "والتقى العاملين بالمركز": the one told
            # before meets a definite group in the object case (not "اجتمع المسؤولون")
            group = _group_party(a, te, stop, None)
        ref = _previous_subject(a, si, o(ts)) if group is not None else None
        if ref is not None:
            parties = [ref, group]
    if not parties and not is_noun and kind != "visit" and frame in ("verb", "host") and \
            not sporty and SAID_THAT_RE.search(F, max(f0, ts - 8), ts) and \
            SAY_RE.search(F, f0, ts):
        # "أكد X … أنه سيلتقي نظراءه من دول …", "قال X إنه سيلتقي ذوي الطفلة": the one
        # speaking meets the group right after the verb
        first = F[te:min(stop, te + 30)].split()[:1]
        word = first[0].strip("،,.") if first else ""
        word = word[1:] if word[:1] == "ب" and word[1:] in lx.GROUP_HEADS else word
        group = _group_party(a, te, stop, None) if word in lx.GROUP_HEADS else None
        ref = _previous_subject(a, si, o(ts), nearest=True) if group is not None else None
        said = SAID_THAT_RE.search(F, max(f0, ts - 8), ts)
        if ref is not None and ref.start >= a.sents[si][0] and not THAT_RE.search(
                F, a.folded.fold_pos(ref.end), said.start()):
            # (not "قال X إن المدير شدد على أنه سيجتمع …": the speaker told of another)
            parties = [ref, group]
    if not parties and is_noun and kind != "visit" and frame != "call" and not sporty:
        light_subject = bool(LIGHT_RE.search(F, left, ts)) and bool(MAA_AFTER_RE.match(F, te))
        attended = not definite and bool(before) and before[-1] in lx.ATTEND_WORDS and \
            F[te:te + 3].startswith((" لل", " لج"))
        held_by = not definite and (
            (bool(before) and before[-1] in lx.AFTER_MEETING_WORDS) or _left_meeting(F, f0, ts)
        ) and (MAA_AFTER_RE.match(F, te) or HELD_WITH_RE.match(F, te))
        if attended:
            # "وقال عراقجي خلال حضوره اجتماعاً للجنة السياسة الخارجية": the one attending meets
            # the body whose meeting it is
            group = _group_party(a, te, stop, None)
            ref = _previous_subject(a, si, o(ts), nearest=True) if group is not None else None
            if group is not None and ref is not None:
                parties = [ref, group]
        elif held_by:
            # "أكد الوزير X، خلال اجتماع عقده مع وكلاء الوزارة", "غداة اجتماع مع القادة
            # العسكريين": the one speaking met the group
            with_at = HELD_WITH_RE.match(F, te)
            group = _group_party(a, with_at.end() if with_at else te, stop, None)
            ref = _previous_subject(a, si, o(ts), nearest=True) if group is not None else None
            if group is not None and ref is not None:
                parties = [ref, group]
        elif _owned(form) or light_subject:
            # "لدى استقباله عدداً من كبار المسؤولين", "عقد المدير العام اجتماعاً مع فريق العمل":
            # the pronoun's owner (or the unnamed subject told before) meets a group
            group = _group_party(a, te, stop, None)
            if group is not None:
                parties = [group]
                if light_subject and not _owned(form):
                    lv = LIGHT_RE.search(F, left, ts)
                    ref = (_bare_title_holder(a, lv.end(), ts, o(lv.start()), []) if lv
                           else None) or _previous_subject(a, si, o(ts))
                    if ref is not None:
                        parties = [ref, group]
    near = bool(parties) and len([w for w in F[te:a.folded.fold_pos(parties[0].start)].split()
                                  if w not in _INSERTED_WORDS]) <= 3  # ("فور وصوله", "أمس")
    own_reception = at_reception and (bool(_owned(form)) or form.endswith("هم"))
    if own_reception and NON_GUEST_RE.search(F, f0, ts):
        return None  # "طائرة تقل جثماني الشهيدين وكان في استقبالها …": no guest to meet
    if own_reception and last_parties and _is_family(last_parties[-1]) and \
            last_parties[-1].start < o(ts) and a.sents[si][0] <= last_parties[-1].start:
        return None  # "بزيارة أسرة X، حيث كان في استقباله Y": Y is of the family visited
    if own_reception and parties:
        # "ولدى وصوله … كان في استقباله X، وY": the one arriving meets X; the others are present
        titled = a.person_for_title(te, stop)
        if titled is not None and titled.start < o(te) and not _mourned(a, titled) and \
                name_of(titled) not in _unique_names(parties) and \
                a.folded.fold_pos(parties[0].start) > te + 4:
            # "وكان في استقباله سمو وزير الدفاع، ومعالي رئيس الأركان X": the first to receive
            # him is the one the title stands for
            parties = [titled, *parties]
        ref = _previous_subject(a, si, o(ts), frozenset(_unique_names(parties)))
        # "قام X وY بزيارة …، وكان في استقبالهم Z": a plural pronoun stands for X and Y
        refs = _joined_people(a, ref, o(ts)) if ref is not None and form.endswith("هم") else \
            [ref] if ref is not None else []
        if ref is not None and before and before[-1] in ("لدي", "ولدي") and \
                form.startswith("استقبال"):
            parties = [ref, *parties]  # "وشدد لدى استقباله X": he received X (he hosts)
        elif refs:
            parties = [parties[0], *refs, *parties[1:]]
    elif frame == "reception" and _HONORIFIC_RE.match(F, te):
        ref = _previous_subject(a, si, o(ts), frozenset(_unique_names(parties)))
        if ref is not None:
            parties = [ref, *parties]  # "وكان في وداع سموه X و Y": the one seen off first
        if len(_unique_names(parties)) == 1 and before and before[-1] in lx.DURING_RECEPTION:
            group = _group_party(a, te, stop, None)  # "خلال استقبال سموه المهنئين"
            if group is not None:
                parties = [*parties, group]
    elif frame == "call" and form in lx.PLURAL_CALLS and parties and \
            not any(e.start < o(ts) for e in parties) and LIGHT_RE.search(F, max(f0, ts - 12), ts):
        # "وتلقى الاتصالات من X، وY": the receiver is the one the report is about
        ref = _previous_subject(a, si, o(ts), frozenset(_unique_names(parties)))
        if ref is not None:
            parties = [ref, *parties]
    elif len(_unique_names(parties)) == 1 and before and (
            before[-1] in lx.AFTER_CALL_WORDS or _left_meeting(F, f0, ts)) \
            and not left_ents and (frame == "call" or (
                frame == "noun" and not definite and (
                    before[-1] in lx.AFTER_MEETING_WORDS or _left_meeting(F, f0, ts))
                and MAA_AFTER_RE.match(F, te)
                and parties[0].start >= o(te)
                and _near_guest(F[te:a.folded.fold_pos(parties[0].start)]))):
        # "وقال عقب اتصال هاتفي مع أمير قطر …", "وقال البدري بعد لقاء مع وزير الطاقة الروسي
        # X": the one speaking is the other side
        ref = _previous_subject(a, si, o(ts), frozenset(_unique_names(parties)))
        if ref is not None:
            parties = [ref, *parties]
    elif len(_unique_names(parties)) == 1 and kind != "visit" and not sporty and \
            _pronoun_party(mt, is_noun, subject_before, near,
                           a.folded.fold_pos(parties[0].start) if parties else None):
        subj = parties[0].start if is_noun and subject_before else o(ts)
        ref = _previous_subject(a, si, subj, frozenset(_unique_names(parties)),
                                nearest=is_noun and subject_before)
        if ref is not None and name_of(ref) not in _unique_names(parties):
            parties = [ref, *parties]
    elif len(_unique_names(parties)) >= 2 and is_noun and kind != "visit" and not sporty and \
            _owned(form) and not form.endswith("هما") and not subject_before and \
            _object_opens(F[te:a.folded.fold_pos(parties[0].start)]):
        # "خلال اجتماعه في بغداد برئيس الوزراء X ووزير الدفاع Y": the owner meets them all
        ref = _previous_subject(a, si, o(ts), frozenset(_unique_names(parties)), nearest=True)
        if ref is not None:
            parties = [ref, *parties]
    if kind != "visit" and frame not in ("call", "host") and parties:
        # "بحث كارتر مع قادة عسكريين أمريكيين وزعماء عراقيين من بينهم العبادي": the group is a
        # side, the people named among them too; countries inside it are not
        parties = _group_with_members(a, te, stop, parties)
    if frame == "press":
        # "احتج خلال مؤتمر صحافي مع الرئيس الألماني": the speaker and a person after مع only
        parties = [e for e in parties if e.type == "PERSON"]
    if frame == "press" and parties and not any(e.start < o(ts) for e in parties):
        # "وشدد في مؤتمر صحفي مشترك عقده … مع نظيره X": the speaker told before holds it
        ref = _previous_subject(a, si, o(ts), frozenset(_unique_names(parties)))
        if ref is not None:
            parties = [ref, *parties]
    if frame == "host" and not is_noun and form in lx.HOST_WITH_OBJECT_PRONOUN:
        # "قام أعضاء شرف النادي يتقدمهم X بزيارة …، حيث استقبلهم رئيس النادي Y": Y hosts the
        # ones the pronoun points back to (a group and its leader told before the verb)
        host = next((e for e in parties if e.type == "PERSON" and e.start >= o(te)), None)
        if host is not None and (len(F[te:a.folded.fold_pos(host.start)].split()) > 8
                                 or fold(host.text).split()[0].removeprefix("ال")
                                 in lx.TITLE_HEADS):
            host = None  # (a name far after the verb is no longer its subject; a bare title
            # "الرئيس المصري" tagged as a person is left to the rules before)
        if host is not None:
            group = _group_party(a, f0, ts, None)
            led = _LED_BY_RE.search(F, a.folded.fold_pos(group.end), ts) if group else None
            guest = next((e for e in entities_between(a.entities, o(led.end()), o(ts))
                          if e.type == "PERSON"), None) if led else None
            if group is None:
                guest = _previous_subject(a, si, o(ts), frozenset({name_of(host)}))
            guests = [g for g in (group, guest) if g is not None]
            if guests:
                parties = [host, *guests]
    parties = _drop_same_person([e for e in parties if not _too_short(name_of(e))
                                 and not _alias_in_brackets(a, e, parties)])
    if kind == "visit" and not is_noun and len(parties) == 2 and \
            parties[1].type == "ORGANIZATION" and parties[1].evidence != _NATIONALITY_SIDE and \
            len(a.text[parties[0].end:parties[1].start].split()) > _VISITED_ORG_GAP:
        # "زار X مقر لجان المقابلات … ممن رشحتهم وزارة الخدمة المدنية": a body named far on is
        # not the one visited
        parties = parties[:1]
    lefts = [e for e in parties if e.start < o(ts) and e.type == "PERSON"]
    if kind == "visit" and not is_noun and len(_unique_names(lefts)) >= 2 and \
            RELATIVE_RE.search(F, a.folded.fold_pos(lefts[-1].end), ts):
        # "زيارة X بعد زيارة Y، الذي كان أول مسؤول يزور إيران": the relative's antecedent visits
        parties = [lefts[-1], *[e for e in parties if e.start >= o(te)]]
    names_here = _unique_names(parties)
    place_only = False
    # ("بعد زيارة ناجحة إلى واشنطن، يصل X … لإجراء محادثات": a fronted 'after' phrase ends at
    # its comma; the talks after it are another visit's)
    fronted = told_before and stop < f1 and F[stop:stop + 1] in ("،", ",")
    met_there = kind == "visit" and (_other_meeting_after(F, te, stop if fronted else f1) or (
        bool(before) and before[-1] in lx.RELATIVES))  # "الذي زار كينيا عام 2006"
    if kind == "visit" and not is_noun and len(names_here) == 1 and parties[0].type == "PERSON" \
            and parties[0].start >= o(te) and (prefix[:1] == "و" or ALSO_BEFORE_RE.search(
                F, max(f0, ts - 8), ts)) and last_parties and \
            last_parties[0].start < o(ts) and last_parties[0].start >= a.sents[si][0] and \
            len(F[te:a.folded.fold_pos(parties[0].start)].split()) <= 3 and \
            form in ("زار", "زارت") and _visited_country(a, te, stop) is None:
        # (not "ويزور نظيره X إيران": X the subject, the country visited)
        # "…، حيث التقى Y، كما زار الشيخ Z": the visitor told just before visits one more host
        parties = [last_parties[0], parties[0]]
        names_here = _unique_names(parties)
        kind = "meeting"
    if kind == "visit" and not is_noun and len(names_here) == 1 and not met_there and \
            parties[0].type == "PERSON":
        # "سيزور جنتيلوني إيران في الرابع من أغسطس": a visit to a country (or capital) with no
        # one named there is a meeting with that country
        host = _visited_country(a, te, stop)
        if host is not None:
            parties = [parties[0], host]
            place = place or name_of(host)
            names_here = _unique_names(parties)
    if kind == "visit" and parties and parties[0].type == "PERSON" and not met_there and (
            len(names_here) == 1 or (len(names_here) == 2 and parties[-1].type != "PERSON")) \
            and (not is_noun or LIGHT_RE.search(F, left, ts)):
        # "زار وزير الصحة X مرضى المجمع الطبي", "قام X بزيارة معايدة للمرضى المنومين": the
        # visitor meets the people visited (not the hospital named after them)
        group = _visited_group(a, te, stop, parties[0])
        if group is not None and (len(names_here) == 1 or group.start < parties[-1].start):
            parties = [parties[0], group]
            names_here = _unique_names(parties)
            kind = "meeting"
        elif group is None and form in lx.INSPECT_VERBS:
            return None  # "تفقد الأمير المشروع": a site inspected
    if form in lx.INSPECT_VERBS and kind == "visit":
        return None
    family = _family_visited(a, te, f1) if kind == "visit" and is_noun else None
    family_visitor: Entity | None = None
    if family is None and kind == "visit" and is_noun:
        # "زيارة النائب د. X إلى عائلة …": the visitor named first, then the family
        first = next((e for e in right_ents if e.type == "PERSON"), None)
        if first is not None and len(F[te:a.folded.fold_pos(first.start)].split()) <= 3:
            family = _family_visited(a, a.folded.fold_pos(first.end), f1)
            family_visitor = first if family is not None else None
    if family is None and kind == "visit" and is_noun and _owned(form) and \
            HOUSE_OF_RE.match(F, te, f1):
        # "نقل X تعازي … لأسرة الشهيد Y، وذلك أثناء زيارته الثلاثاء لمنزل الأسرة": the family
        # named before in the sentence is the one visited
        told = None
        for fm in FAMILY_RE.finditer(F, f0, ts):
            told = fm
        family = _family_visited(a, told.start(), ts) if told is not None else None
        if family is not None:
            family_visitor = _previous_subject(a, si, family.start)
            house = HOUSE_OF_RE.match(F, te, f1)
            h_end = house.end()
            h_start = h_end - len(F[te:h_end].split()[-1]) - 1 - len(F[te:h_end].split()[-2])
            near = next((e for e in entities_between(a.entities, o(h_end), o(min(f1, h_end + 30)))
                         if e.type == "LOCATION" and not F[h_end:a.folded.fold_pos(
                             e.start)].strip(" ب")), None)
            # "لمنزل الأسرة بقرية آل سرور": the village named after the house, else the house
            place = name_of(near) if near is not None else \
                a.text[o(h_start):o(h_end)].strip().lstrip("لب")
    if family is not None:
        # "قام سموه بزيارة أسرة الخنيني، وكان الشيخ X في مقدمة مستقبليه": the visitor meets
        # the family (those receiving him are of it)
        lv = LIGHT_RE.search(F, left, ts)
        visitor = next((e for e in entities_between(a.entities, o(lv.end()), o(ts))
                        if e.type == "PERSON"), None) if lv is not None else None
        visitor = family_visitor or visitor or _previous_subject(a, si, o(ts))
        if visitor is not None:
            parties = [visitor, family]
            names_here = _unique_names(parties)
            kind = "meeting"
    elif kind == "visit" and is_noun and len(names_here) < 2 and not met_there:
        # "الزيارة التي من المزمع أن تقوم بها موغيريني إلى طهران": visitor, then إلى + country
        pair = _noun_visit(a, te, f1) or _light_visit(a, max(f0, ts - 80), ts, te, f1) or \
            _arrival_visit(a, f0, ts)
        if pair is None and not _visit_in_history(doc, o(te), o(stop)):
            pair = _framed_visit(a, si, form, before, ts, te, f1)
            place_only = pair is not None and not fronted  # (a fronted 'after' visit is over)
        if pair is None and not prefix:
            pair = _intended_visit(a, si, before, ts, te, f1)
            if pair is not None:
                place_only = True
                status = "planned"  # "أعلن X عزمه زيارة إيران"
        if pair is not None and before and before[-1] in lx.VISIT_BEFORE_WORDS:
            status = "planned"  # "قبيل زيارته إلى طهران": still to come
        if pair is not None:
            parties = list(pair)
            place = name_of(pair[1])
            names_here = _unique_names(parties)
            if status == "held" and PLANNED_RE.search(F, te, a.folded.fold_pos(pair[0].start)):
                status = "planned"  # "الزيارة التي من المزمع أن تقوم بها X إلى طهران"
    if is_noun and len(names_here) == 1 and place is not None and last_parties and \
            kind != "visit" and names_here[0] in _unique_names(last_parties) and \
            status == "held" and not F[te:a.folded.fold_pos(parties[0].start)].strip():
        # "وتطرقت محادثات كارتر في أربيل إلى …": the last meeting told again, with its place
        parties = list(last_parties)
    if not parties and kind != "visit" and _COUNTERPART_NISBA_RE.search(F, te, stop) and (
            (is_noun and (LIGHT_RE.search(F, left, ts) or _owned(form)))
            or (not is_noun and F[te:stop].split()[:1] == ["مع"])):
        # "كما سيجري محادثات مع نظيره الكيني": the subject told before
        ref = _previous_subject(a, si, o(ts))
        parties = [ref] if ref is not None else []
    if is_noun and frame == "noun" and not definite and not _owned(form) and kind != "visit" \
            and len(_unique_names(parties)) == 1 and parties[0].start >= o(te):
        # "اجتماع أحزاب الائتلاف مع رئيس الحكومة X": the noun's genitive meets the one after مع
        owner = _genitive_owner(a, te, a.folded.fold_pos(parties[0].start))
        if owner is not None and name_of(owner) != name_of(parties[0]):
            parties = [owner, *parties]
        elif owner is None:
            # "اجتماع قائد المنطقة العسكرية X، بحلف القبائل": the owner named (after his
            # title) in construct, then the group he met after بـ / مع
            guest = _group_after_owner(a, te, parties[0], stop)
            if guest is not None:
                parties = [parties[0], guest]
    if len(_unique_names(parties)) == 1 and parties[0].type == "PERSON" and kind != "visit":
        # "سيجري محادثات مع نظيره الكيني": the counterpart this article names with that title,
        # else the counterpart's country
        other = _counterpart(a, parties[0], te, stop)
        if other is None and not is_noun and frame in ("host", "verb"):
            other = _title_guest(a, parties[0], te, stop)
        if other is None and not is_noun and frame == "host":
            # "استقبل الأمير X في مكتبه أمس مدير عام مطار أبها فهد العدواني" with the guest's
            # name untagged: the guest is his title and name as written
            other = _untagged_guest(a, te, stop, titled_host=parties[0].start < o(ts))
        if other is None and is_noun and frame == "noun" and MAA_OPEN_RE.match(F, te):
            # "عقد X اجتماعاً ثنائياً مع الوزير الأميركي": the other side by title after مع
            other = _title_guest(a, parties[0], MAA_OPEN_RE.match(F, te).end(), stop)
            if other is None and parties[0].start < o(ts) and LIGHT_RE.search(F, left, ts):
                # "ترأس X اجتماعاً موسعاً مع مدير عام الطرق ومساعديه": an office named by its
                # title alone is the other side
                other = _title_phrase(a, MAA_OPEN_RE.match(F, te).end(), stop)
        if other is None and is_noun and parties[0].start < o(ts) and \
                LIGHT_RE.search(F, left, ts):
            # "عقد الأمير محمد بن سلمان ووزير الدفاع الأمريكي اجتماعاً": a second subject by title
            pe = a.folded.fold_pos(parties[0].end)
            if F[pe:ts].lstrip().startswith("و"):
                other = _title_guest(a, parties[0], pe, ts, joined=True)
        if other is not None:
            parties = [*parties, other]
    if not parties and is_noun and _owned(form) and not form.endswith(("هما", "هم")) and \
            frame == "noun" and kind != "visit" and not sporty:
        # "وأكد X خلال لقائه وزير الخارجية الفرنسي أمس": the owner meets a guest told by title
        # only — the person this article gave that title, else the title's country
        ref = _previous_subject(a, si, o(ts), nearest=True)
        other = _title_guest(a, ref, te, stop) if ref is not None else None
        if other is not None and name_of(other) != name_of(ref):
            parties = [ref, other]
    institution = None
    if frame == "host" and not is_noun and not any(e.type == "PERSON" for e in parties) and \
            not sporty and form.startswith("استقبل"):  # (not "وتستقبل الجامعة طلاب …")
        # "كما استقبلت إدارة نشاط الطلاب في تعليم الأحساء فريق سفراء الحزم": an institution
        # receives a visiting group (GUIDE: institutional receptions count)
        institution = _institution_host(a, te, stop)
        if institution is not None:
            parties = list(institution)
    if form in lx.GREETING_VERBS:
        # "عزى خادم الحرمين رئيس الوزراء الصومالي": a country for a guest told by title is a
        # condolence sent, not one given in person
        parties = [e for e in parties if e.type != "LOCATION"]
    if len(_unique_names(parties)) < 2:
        body = _multilateral_body(a, te, stop) if is_noun and not definite and \
            frame in ("noun", "round") and not _owned(form) and not sporty and \
            not _in_quote(F[f0:ts]) else None
        if body is None:
            return None
        rel = REL_TENSE_RE.match(F, a.folded.fold_pos(body.end))
        if rel is not None and status == "held" and PLANNED_RE.search(F, rel.start(), rel.end()):
            status = "planned"  # "اجتماع وزراء خارجية دول الاتحاد، الذي سينعقد غداً"
        return _Draft(parties=[body], trigger=(o(ts), o(te)), sent_index=si, kind=kind,
                      status=status, place=place, scope=(o(left), o(stop)), multilateral=True)
    if form in lx.NAMED_CALLER_VERBS and (_in_quote(F[f0:ts]) or not any(
            e.type == "PERSON" and o(left) <= e.start < o(ts) for e in parties)):
        return None
    if sporty and TRAINING_RE.search(F, f0, f1) and any(
            e.type == "ORGANIZATION" and fold(e.text).split()[0] in lx.SPORT_GROUPS
            for e in parties):
        return None  # "اجتمع المدرب باللاعبين قبل الحصة التدريبية": a training session
    if not any(e.type == "PERSON" for e in parties) and (sporty or _any_sport_word(F[f0:f1])):
        return None  # two teams meeting on a pitch ("ويلتقي برشلونة مع مانشستر يونايتد …")
    if sport_meeting and not _person_meets_person(a, parties, ts, te, stop):
        # (in a sports report only a person meeting a person named after مع / بـ: not a coach
        # "اجتماعاً مع اللاعبين" — the team's own session — nor those present at it)
        return None
    if not any(e.type == "PERSON" for e in parties) and frame != "round" and institution is None:
        # countries / organisations only: "بين X و Y", "مع Y" or a named round — not "تجتمع
        # تلك المزايا" nor a passing mention
        if frame in ("host", "verb", "call", "bahath", "reception"):
            maa_slot = any("مع" in F[max(te, a.folded.fold_pos(e.start) - 30):
                                     a.folded.fold_pos(e.start)].split()[-3:] for e in parties)
            if not (maa_slot or BAYNA_RE.search(F, te, stop)):
                return None  # (مع must open a side: not "احتفلت بها إدارة الفندق مع نزلائه")
        elif not BAYNA_RE.search(F, te, min(stop, te + 25)) or HABITUAL_RE.search(F, left, ts):
            return None
    if is_noun and EVENT_RE.match(F, te) and not BAYNA_RE.search(F, te, min(stop, te + 40)) \
            and chaired is None:
        return None  # "لقاؤها السنوي": a yearly gathering, not a meeting of parties
    extra_present: list[str] = []
    if (frame == "reception" or own_reception) and len(_unique_names(parties)) > 2:
        # "كان في وداعه X، وY، وZ": the first one seeing off meets, the others are present
        extra_present = _unique_names(parties)[2:]
        keep = set(_unique_names(parties)[:2])
        parties = [e for e in parties if name_of(e) in keep]
    if ROUND_RE.search(F, max(f0, ts - 20), min(stop, te + 20)):
        kind = "talks"
    if len(parties) == 2 and parties[0].type == "ORGANIZATION" and \
            parties[1].type == "PERSON" and parties[0].end <= parties[1].start and \
            _CHAIRED_BY_RE.search(F, max(te, a.folded.fold_pos(parties[0].end)),
                                  a.folded.fold_pos(parties[1].start)):
        # "عقد مجلس الشؤون السياسية اجتماعا … برئاسة ولي العهد", "اجتماع للمكتب السياسي … الذي
        # يرأسه شي جين بينغ": the body's own session
        return None
    return _Draft(parties=parties, trigger=(o(ts), o(te)), sent_index=si, kind=kind,
                  status=status, place=place, scope=(o(f0 if whole_sentence else left), o(stop)),
                  attendees=extra_present, sequel=bool(SEQUEL_RE.match(F, f0, ts)),
                  later=bool(LATER_RE.match(F, f0, ts)), one_each=form in lx.PLURAL_CALLS,
                  also=bool(ALSO_NEAR_RE.match(F, te)) or bool(
                      ALSO_BEFORE_RE.search(F, max(f0, ts - 8), ts)),
                  place_only=place_only and kind == "visit",
                  seat=_city_seat(_host_seat(a, parties)) if (
                      frame == "host" or OFFICE_RE.search(F, f0, f1))
                  and parties[0].start >= o(f0) else None)  # a host named here, with his title


def _requested_or_speculative(a: Analysed, s0: int, trigger: int) -> str | None:
    """"request" or "speculation" when one is among the few words of the sentence right before
    the trigger (no comma between), else None."""
    F = a.folded.text
    f0, ts = a.folded.fold_pos(s0), a.folded.fold_pos(trigger)
    cut = max(F.rfind("،", f0, ts), F.rfind(",", f0, ts))
    start = cut + 1 if cut >= 0 else f0
    words = list(re.finditer(r"\S+", F[start:ts]))
    apposition = False
    if not words and cut >= 0:
        # "دعوة الدكتور X، شيخ الأزهر، لاجتماع بين …": over the apposition to its head
        inner = max(F.rfind("،", f0, cut), F.rfind(",", f0, cut))
        before = max(F.rfind("،", f0, inner), F.rfind(",", f0, inner)) if inner >= 0 else -1
        start = before + 1 if before >= 0 else f0
        words = list(re.finditer(r"\S+", F[start:ts]))
        apposition = True
    if not words or words[-1].group(0) in _DURING_OR_AFTER:
        return None  # "ودعا الرئيس خلال لقائه المبعوث إلى …": the meeting frames the request
    near = start if apposition else start + words[-_NOT_HELD_WORDS:][0].start()
    if REQUEST_RE.search(F, near, ts) is not None or (
            TO_HOLD_RE.search(F[start:ts]) and REQUEST_RE.search(F, start, ts) is not None):
        # "دعا الأمين العام للأمم المتحدة إلى عقد لقاء بين …": the request, then "to hold"
        return "request"
    return "speculation" if NOT_HELD_RE.search(F, near, ts) is not None else None


def _city_seat(seat: str | None) -> str | None:
    """The seat a host's title names, unless it is a whole country: "أمير دولة قطر … في قصره"
    tells no city (the annotators leave such a place null), "أمير منطقة عسير" does."""
    if seat is None:
        return None
    key = fold_keep_length(seat)
    if key.split()[0] in lx.COUNTRY_SEAT_HEADS or key in _nisba_countries():
        return None
    return seat


@lru_cache(maxsize=1)
def _nisba_countries() -> frozenset[str]:
    return frozenset(fold_keep_length(c) for c in lx.NISBA_COUNTRY.values())


def _in_construct(word: str) -> bool:
    """An indefinite noun inside a body's name goes on in construct to the next word, up to the
    definite one that ends the chain ("لجنة متابعة مبادرة السلام العربية")."""
    return not word.startswith("ال") and word[-1:] == "ه" and len(word) >= 4


def _multilateral_body(a: Analysed, te: int, stop: int) -> Entity | None:
    """"اجتماع وزراء خارجية الاتحاد الأوروبي", "قمة لقادة منطقة اليورو": the body of many states
    or parties whose meeting this is, right after the meeting noun (or after ل)."""
    F = a.folded.text
    words = [(w.start(), w.group(0)) for w in re.finditer(r"\S+", F[te:stop])]
    words = words[:lx.MULTI_MAX_WORDS]
    while words and words[0][1].strip("،,.") in lx.MULTI_SKIP:
        words = words[1:]  # "اجتماع قمة لقادة …", "اجتماع طارئ لوزراء …"
    if not words:
        return None
    head = words[0][1].strip("،,.")
    lam = head[:1] == "ل" and head[1:] in lx.MULTI_HEADS
    head = head[1:] if lam else head
    if head not in lx.MULTI_HEADS:
        return None
    end = 0
    marked = False
    prev = head
    for i, (at, raw) in enumerate(words):
        x = raw.strip("،,.\"“”«»()")
        if i > 0:
            if x in lx.MULTI_STOPS or x.isdigit():
                break
            joined = x == "و" or (x[:1] == "و" and x[1:] in lx.MULTI_HEADS | lx.MULTI_JOINED)
            # "وزراء الداخلية والهجرة", "شيوخ ووجهاء القبائل": one body; a name word goes on
            # after ال or a head in construct ("وزراء خارجية دول …")
            if not joined and not (x.startswith("ال") or x in lx.MULTI_MARKERS
                                   or prev in lx.MULTI_HEADS | lx.MULTI_CONSTRUCT
                                   or (i > 1 and _in_construct(prev))):
                break
        marked = marked or x.removeprefix("و") in lx.MULTI_MARKERS or (
            i == 1 and head in lx.MULTI_POST_HEADS and x in lx.MULTI_PORTFOLIOS)
        end = at + raw.find(x) + len(x)
        prev = head if i == 0 else x
        if raw[-1:] in "،,.":
            break
    short = len(F[te + words[0][0]:te + end].split()) < 3 and not any(
        w.strip("،,.") in lx.MULTI_MARKERS for _, w in words[1:3])
    if not marked or end == 0 or short:
        return None  # (not "اجتماع وزراء الخارجية" alone: which states' is told elsewhere)
    o = a.folded.orig
    s0 = o(te + words[0][0] + (1 if lam else 0))
    text = a.text[s0:o(te + end)].strip(" ،,.")
    return Entity(start=s0, end=s0 + len(text), text=text, type="ORGANIZATION",
                  canonical=_QUOTE_MARKS_RE.sub("", text))


_MEMBERS_RE = re.compile(WB_START + r"(?:ومن بينهم|من بينهم|ومنهم|منهم|في مقدمتهم)" + WB_END)
_OBJECT_GROUP_RE = re.compile(WB_START + r"(?:مع\s+(?P<w>\S+)|ب(?P<b>\S+))")


def _group_with_members(a: Analysed, te: int, stop: int, parties: list[Entity]) -> list[Entity]:
    """A group after مع/بـ right after the named subject, then "من بينهم" and its named members:
    the subject, the group, and the people named among them."""
    F = a.folded.text
    o = a.folded.orig
    subj = [e for e in parties if a.folded.fold_pos(e.start) < te] or parties[:1]
    pos = max(te, a.folded.fold_pos(subj[-1].end)) if subj[-1].start >= o(te) else te
    m = _OBJECT_GROUP_RE.match(F, pos + 1) if F[pos:pos + 1].isspace() else None
    if m is None:
        return parties
    word = (m.group("w") or m.group("b") or "").strip("،,.")
    if word not in lx.GROUP_HEADS:
        return parties
    members = _MEMBERS_RE.search(F, m.end(), stop)
    if members is None:
        return parties
    group = _group_party(a, pos, members.start(), None)
    if group is None:
        return parties
    named = [e for e in entities_between(a.entities, o(members.end()), o(stop))
             if e.type == "PERSON"]
    return [*subj, group, *named]


_COUNTERPART_NISBA_RE = re.compile(WB_START + r"(?:مع\s+|ب|و)?(?:نظيره|نظيرته)\s+(?P<nisba>ال\S+)")


def _counterpart(a: Analysed, subject: Entity, te: int, stop: int) -> Entity | None:
    """"مع نظيره الروسي" with no name after it: the person this article titled like the
    subject but with that nationality ("وزير الخارجية الروسي X"), else the country."""
    F = a.folded.text
    m = _COUNTERPART_NISBA_RE.search(F, te, stop)
    if m is None:
        return None
    nisba = m.group("nisba").strip("،,.")
    country = nisba_country(nisba)
    if country is None:
        return None
    o = a.folded.orig
    after = entities_between(a.entities, o(m.end()), o(min(stop, m.end() + 40)))
    if any(e.type == "PERSON" for e in after):
        return None  # "نظيره الروسي سيرغي لافروف": the name is there (the tagger's to find)
    index = a.titles()
    for key, e in index.items():
        words = key.split()
        if name_of(e) == name_of(subject) and len(words) >= 2 and nisba_country(words[-1]):
            match = index.get(" ".join([*words[:-1], nisba]))
            if match is not None and fold_keep_length(name_of(match)) != \
                    fold_keep_length(name_of(subject)):
                return match
    s0, s1 = o(m.start("nisba")), o(m.start("nisba") + len(nisba))
    return _country_side(a, s0, s1, country)


_TITLE_GUEST_REACH = 10  # words after the host searched for a guest's title
MAA_OPEN_RE = re.compile(r"(?:\s+\S+){0,2}?\s+مع(?=\s)")  # "اجتماعاً ثنائياً مع"


def _title_clitics(word: str) -> int:
    """Length of the conjunction/preposition before a title word ("ووزير" 1, "بالوزير" 1)."""
    for pre in ("و", "ب", "ل"):
        if word.startswith(pre) and word[len(pre):].removeprefix("ال") in lx.TITLE_HEADS:
            return len(pre)
    return 0


def nisba_country(word: str) -> str | None:
    """The country of a nationality word, masculine, feminine or plural ("الاثيوبية" →
    إثيوبيا, "الأميركيين" → الولايات المتحدة); folded input."""
    word = word.strip("،,.")
    for cand in (word, word[:-1] if word.endswith("ه") else "",
                 word[:-2] if word.endswith(("ين", "ون")) else ""):
        if cand and cand in lx.NISBA_COUNTRY:
            return lx.NISBA_COUNTRY[cand]
    return None


def _bare_title(word: str) -> str:
    """"ووزير", "بالوزير", "الوزير" → "وزير": a title word without its clitics."""
    return word[_title_clitics(word):].removeprefix("ال")


def _title_guest(
    a: Analysed, host: Entity, te: int, stop: int, joined: bool = False
) -> Entity | None:
    """"واستقبل مسعود بارزاني وزير الخارجية القطري أمس": a guest named by title only — the
    person this article gave that title, else the country of its nationality word. ``joined``:
    the title is the word right after "و" ("X ووزير الدفاع الأمريكي")."""
    F = a.folded.text
    pos = max(te, a.folded.fold_pos(host.end)) if host.start >= a.folded.orig(te) else te
    words = list(re.finditer(r"\S+", F[pos:stop]))[:_TITLE_GUEST_REACH]
    # over a place and time ("في قصره بجدة مساء أول من أمس") to the first title word
    while words and _bare_title(words[0].group(0)) not in lx.TITLE_HEADS and not joined:
        words.pop(0)
    if words and _bare_title(words[0].group(0)) not in lx.TITLE_HEADS:
        return None
    if not words or any(e.type == "PERSON" for e in entities_between(
            a.entities, a.folded.orig(pos), a.folded.orig(pos + words[0].start()))):
        return None
    start = pos + words[0].start()
    hit = a.title_at(start + _title_clitics(words[0].group(0)), stop)  # past "و"/"ب"
    if hit is not None and fold_keep_length(name_of(hit[0])) != fold_keep_length(name_of(host)):
        return hit[0]
    nisba = next((w.group(0).strip("،,.") for w in words[1:4]
                  if nisba_country(w.group(0))), None)
    if nisba is not None:
        # "الوزير الأميركي": the latest person titled with that head and that nationality
        head = _bare_title(words[0].group(0))
        best: Entity | None = None
        for key, e in a.titles().items():
            kw = key.split()
            if kw[0].removeprefix("ال") == head and e.start < a.folded.orig(start) and \
                    any(nisba_country(k) == nisba_country(nisba) for k in kw) and \
                    fold_keep_length(name_of(e)) != fold_keep_length(name_of(host)) and \
                    (best is None or e.start > best.start):
                best = e
        if best is not None:
            return best
    for w in words[1:4]:
        word = w.group(0).strip("،,.")
        country = nisba_country(word)
        if country is not None:
            o = a.folded.orig
            s0, s1 = o(pos + w.start()), o(pos + w.start() + len(word))
            return _country_side(a, s0, s1, country)
        if word[-1:] in "،,." or w.group(0)[-1:] in "،,.":
            break
    return None


_NATIONALITY_SIDE = "meetings: a country named by its nationality word"


def _country_side(a: Analysed, s0: int, s1: int, country: str) -> Entity:
    """A side given as a nationality word ("نظيره الكيني", "الوزير الأميركي") → its country."""
    return Entity(start=s0, end=s1, text=a.text[s0:s1], type="LOCATION", canonical=country,
                  evidence=_NATIONALITY_SIDE)


def _press_scope_end(a: Analysed, te: int, stop: int) -> int:
    """A joint press conference's other side is the one named after مع (with his title): the
    scope ends at the comma after that name, or at the next meeting word ("… مع نظيره X،
    بالاجتماع الذي جمع …" tells of another meeting)."""
    F = a.folded.text
    nxt = TRIGGER_RE.search(F, te, stop)
    if nxt is not None:
        stop = nxt.start()
    maa = MAA_RE_WORD.search(F, te, stop)
    if maa is None:
        return stop
    for e in entities_between(a.entities, a.folded.orig(maa.end()), a.folded.orig(stop)):
        if len(F[maa.end():a.folded.fold_pos(e.start)].split()) > _NEAR_GUEST:
            return maa.end()  # "مع الرئيس الألماني أن «…» … X": no one named after مع
        fe = a.folded.fold_pos(e.end)
        comma = re.search(r"[،,:]|\s(?:علي|الي|ان)\s", F[fe:stop])
        return fe + comma.start() if comma else stop
    return stop


_CHAIR_RE = re.compile(WB_START + r"(?:(?:الذي|التي)\s+(?:تراسه|يراسه|راسه|يتراسه|تراسها|"
                       r"يراسها|راسها|تتراسه|تراسته)|برئاسه)" + WB_END)  # folded: ترأسه → تراسه
_LAM_NEXT_RE = re.compile(r"\s+ل")  # "الاجتماع للقيادات": the body the meeting is of
_CHAIR_REACH = 90  # folded characters from the meeting noun to its chair cue
_CHAIR_NAME_WORDS = 8  # words (title, honorifics) between the chair cue and the name


def _chaired_body(a: Analysed, te: int, f1: int) -> tuple[Entity, Entity] | None:
    """(chair, body) for "الاجتماع [الشهري] للقيادات الأمنية … الذي ترأسه X" / "اجتماع لمسؤولي
    … برئاسة X": a meeting of a group (GROUP_HEADS, with ل) and the person chairing it."""
    F = a.folded.text
    cue = _CHAIR_RE.search(F, te, min(f1, te + _CHAIR_REACH))
    if cue is None:
        return None
    adj = EVENT_RE.match(F, te)
    if _LAM_NEXT_RE.match(F, adj.end() if adj else te) is None:
        return None
    body = _group_party(a, adj.end() if adj else te, cue.start(), None, of_body=True)
    if body is None:
        return None
    for e in entities_between(a.entities, a.folded.orig(cue.end()), a.folded.orig(f1)):
        gap = F[cue.end():a.folded.fold_pos(e.start)].split()
        if e.type == "PERSON" and len(gap) <= _CHAIR_NAME_WORDS:
            return e, body
        break
    return None


def _named_place_after(a: Analysed, mt: re.Match[str], right_ents: list[Entity]) -> Entity | None:
    """"قمة كامب ديفيد التي جمعت …", "لقاء بروكسل الذي جمع …": a meeting noun in construct
    with a LOCATION, a جمع-relative right after it."""
    if mt.group("n") is None or not right_ents or right_ents[0].type != "LOCATION":
        return None
    F = a.folded.text
    loc = right_ents[0]
    fs, fe = a.folded.fold_pos(loc.start), a.folded.fold_pos(loc.end)
    if F[mt.end():fs].strip() or not JAMA_RE.match(F, fe + 1):
        return None
    return loc


_PRONOUN_SUFFIX_RE = re.compile(r"(?:ه|ها|هما)$")
_NEAR_GUEST = 6  # words from a meeting noun to the one guest named after its مع (title included)


def _left_meeting(F: str, f0: int, ts: int) -> bool:
    """"بعد خروجه من اجتماع مع X": the one speaking came out of a meeting with X."""
    words = F[max(f0, ts - 30):ts].split()[-2:]
    return len(words) == 2 and words[1] == "من" and words[0] in lx.EXIT_WORDS


def _host_right_after(a: Analysed, te: int) -> bool:
    """"خلال استقبال خادم الحرمين الشريفين … X": a person named right after a reception noun
    (honorifics and a title of up to three words between) is the host."""
    for e in entities_between(a.entities, a.folded.orig(te), a.folded.orig(te) + 60):
        gap = [w for w in a.folded.text[te:a.folded.fold_pos(e.start)].split()
               if w not in HONORIFICS]
        return e.type == "PERSON" and len(gap) <= 3
    return False


def _inside_guillemets(before: str) -> bool:
    """Does ``before`` end inside a «…» or “…” quotation (which may run over several sentences;
    straight quotes, unpaired over a whole article, are left to ``_in_quote``)?"""
    # the last opening mark after the last closing one (counts go wrong after one stray »)
    return before.rfind("«") > before.rfind("»") or before.rfind("“") > before.rfind("”")


def _in_quote(before: str) -> bool:
    """Is the end of ``before`` (a sentence up to a trigger) inside a quotation?"""
    return _inside_guillemets(before) or before.count('"') % 2 == 1


def _near_guest(between: str) -> bool:
    """"بعد لقاء مع وزير الطاقة الروسي X": the guest follows مع with only its title between —
    not "بعد مشاورات مع المحررين والعاملين، حسب إفادة X"."""
    return len(between.split()) <= _NEAR_GUEST and not any(c in between for c in "،,.")


def _owned(form: str) -> bool:
    """"لقائه", "اجتماعها": a pronoun owns the meeting noun ("قمه" is قمة, no pronoun)."""
    return bool(_PRONOUN_SUFFIX_RE.search(form)) and form not in lx.TEH_MARBUTA_FORMS
_HONORIFIC_RE = re.compile(r"\s+(?:سموه|معاليه|فخامته|سعادته|جلالته|سماحته|دولته)" + WB_END)
_POSSESSOR_RE = re.compile(r"\s*(?:جمعه|جمعها|جمعهما|جمعتهما|جمعته|جمعتها)" + WB_END)


def _pronoun_party(
    mt: re.Match[str], is_noun: bool, subject_before: bool, near_object: bool = False,
    party_at: int | None = None,
) -> bool:
    """Is one side a pronoun — "لقائه X", "لقاء جمعه مع X", a verb whose subject is dropped
    ("من المتوقع أن يلتقي … مع بارزاني")?"""
    if is_noun:
        form = mt.group("n")
        F = mt.string
        return (bool(_owned(form)) or bool(_POSSESSOR_RE.match(F, mt.end()))
                or bool(_HONORIFIC_RE.match(F, mt.end())))  # "في وداع سموه"
    form = mt.group("v")
    if form.endswith(("ه", "ها", "هم")):
        return True  # استقبله، التقاه: the object is the pronoun
    if subject_before or form.startswith(("است", "يست", "تست")):
        return False
    # a dropped subject only with its partner named by مع / بـ ("… أن يلتقي اليوم مع بارزاني")
    # or right after the verb ("حيث سيلتقي خصوصاً الرئيس حسن روحاني")
    maa = MAA_RE_WORD.search(mt.string, mt.end(), mt.end() + 90)
    if maa is not None and party_at is not None and party_at < maa.start():
        return False  # "ناقش الربيعة مع المسؤول الأممي": the named one is the subject
    return maa is not None or near_object


_GROUP_STOP = frozenset({"في", "من", "الي", "علي", "عن", "مع", "امس", "اليوم", "مساء", "صباح",
                         "الذي", "التي", "الذين", "بمناسبه", "لبحث", "و", "تضم", "يضم", "تمثل",
                         "يمثل", "تتكون", "يتكون", "تتالف", "يتالف", "المكون", "المكونه"})


_GROUP_REACH = 24  # words after the host searched for a group guest (long titles come first)


def _group_party(
    a: Analysed, te: int, stop: int, named: Entity | None, of_body: bool = False
) -> Entity | None:
    """"استقبل الأمير X جموع المهنئين": a group noun after the named party, as a party.
    ``of_body``: the group may come as ل + ال ("اجتماع للقيادات الأمنية")."""
    F = a.folded.text
    start = te
    if named is not None and named.start >= a.folded.orig(te):
        start = max(te, a.folded.fold_pos(named.end))
    words = list(re.finditer(r"\S+", F[start:stop]))[:_GROUP_REACH]
    for i, w in enumerate(words):
        word = w.group(0).strip("،,.")
        if word in lx.STANDALONE_GROUPS:
            # "استقبل الأمير X المهنئين بعيد الفطر": a group named by one word
            o = a.folded.orig
            s0 = o(start + w.start())
            s1 = o(start + w.start() + len(word))
            return Entity(start=s0, end=s1, text=a.text[s0:s1], type="ORGANIZATION",
                          canonical=a.text[s0:s1])
        if i > 0 and words[i - 1].group(0) in lx.GROUP_NOT_AFTER:
            continue  # "على مستوى وزراء المالية"
        bare = word[1:] if word[:1] in ("و", "ب", "ل") and word[1:] in lx.GROUP_HEADS else word
        if of_body and word.startswith("لل") and word[2:] in lx.GROUP_HEADS:
            bare = word[2:]  # "للقيادات الأمنية": ل + ال + the group head
        if bare not in lx.GROUP_HEADS:
            continue
        if bare in lx.DEFINITE_NEXT_HEADS and not (
                i + 1 < len(words) and words[i + 1].group(0).startswith("ال")):
            continue
        if bare in lx.OBJECT_ONLY_GROUPS and not (word[:1] == "ب" or (
                i > 0 and words[i - 1].group(0) == "مع")):
            continue
        end = start + w.end()
        construct = bare.endswith("ي") or bare in lx.CONSTRUCT_GROUP_HEADS
        partitive = False
        of_at = 0
        quantity = False
        for k, nxt in enumerate(words[i + 1:i + 6]):
            x = nxt.group(0)
            xs = x.strip("،,.\"“”«»()")
            if k == 0 and xs in lx.GROUP_QUANTITY and not construct:
                quantity = True
                continue  # "عدداً كبيراً من رؤساء البلديات"
            if (xs == "من" or (xs == "عن" and bare in lx.ON_BEHALF_HEADS)) and not partitive \
                    and (k == 0 or (k == 1 and quantity)):  # ("ممثلين عن نقابة المزارعين")
                # "وفداً من رجال الأعمال", "مجموعة من المراسلين", "قادة من حزب …"
                partitive = True  # "وفداً من رجال الأعمال": the group's members follow
                of_at = k
                continue
            if k >= 2 and not partitive:
                break
            if ((partitive and k == of_at + 1) or k == 0) and xs in lx.NOT_PEOPLE:
                end = -1  # "عدد من الجوانب الفنية": things, not a group of people
                break
            genitive = ((construct and k == 0) or (partitive and k == of_at + 1)) and \
                xs not in _GROUP_STOP and (xs[:1] not in "بل" or xs in lx.GROUP_HEADS
                                           or xs in lx.BA_LAM_NOUNS)
            if xs in _GROUP_STOP or x[:1] in "،," or not (
                    genitive or xs.startswith("ال")
                    or xs.endswith(("يا", "يه", "ي", "يين", "يون"))):
                break  # "جموع المهنئين بالعيد", "وفداً عشائرياً يمثل": the group's noun phrase only
            end = start + nxt.start() + x.find(xs) + len(xs)
            if x[-1:] in "،,.":
                break
        if end < 0:
            continue
        o = a.folded.orig
        s0 = o(start + w.start() + (len(word) - len(bare)))
        text = a.text[s0:o(end)].strip(" ،,.")
        if len(text.split()) < 2 and not (bare.startswith("ال") and (
                word[:1] == "ب" or (i > 0 and words[i - 1].group(0) == "مع")
                or (i == 0 and bare == word and bare not in lx.OBJECT_ONLY_GROUPS))):
            continue  # (but "مع المسؤولين", "والتقى … بالموظفين", "والتقى X العاملين":
            # a definite group object)
        return Entity(start=s0, end=o(end), text=text, type="ORGANIZATION",
                      canonical=_QUOTE_MARKS_RE.sub("", text))
    return None


_QUOTE_MARKS_RE = re.compile(r"[\"“”«»]")


_IN_RE = re.compile(r"\s+في\s+")


def _where_host(a: Analysed, te: int, f0: int, ts: int) -> Entity | None:
    """"حيث ناقش في الكويت …": after حيث, a talks verb followed at once by في + a country or
    capital stands for talks with that country (the visitor is the sentence's subject)."""
    if not WHERE_RE.search(a.folded.text, max(f0, ts - 12), ts):
        return None
    m = _IN_RE.match(a.folded.text, te)
    if m is None:
        return None
    at = a.folded.orig(m.end())
    for e in a.entities:
        if e.start == at and e.type == "LOCATION" and fold_keep_length(name_of(e)) in \
                _world_places():
            return e
    return None


# title heads that name a person (not "الجمهورية", "المملكة", "الحكومة", "المنطقة" …)
_PERSON_TITLE_HEADS = frozenset({"محافظ", "امير", "رئيس", "سفير", "وزير", "ملك", "حاكم", "قنصل",
                                 "مندوب", "ممثل", "نائب", "وكيل", "مدير", "عمده", "رئيسه",
                                 "وزيره", "سفيره", "ولي", "شيخ"})


def _titled_subject(a: Analysed, f0: int, ts: int, guest: Entity) -> Entity | None:
    """The person a bare definite title before the trigger stands for ("الوزير الألماني",
    "المبعوث الخاص"): the latest one before it whose title in this article opens with that word
    — and carries the title's next word (a nationality) when one follows."""
    F = a.folded.text
    words = F[f0:ts].split()
    for i, w in enumerate(words):
        w = w.lstrip("و")
        if not (w.startswith("ال") and (w[2:] in lx.TITLE_HEADS or w in TITLE_WORDS)):
            continue
        nxt = words[i + 1].strip("،,") if i + 1 < len(words) else ""
        best: Entity | None = None
        for key, e in a.titles().items():
            kw = key.split()
            if kw[0].removeprefix("ال") != w[2:] or e.start >= a.folded.orig(ts) or \
                    (nisba_country(nxt) and nisba_country(nxt) not in map(nisba_country, kw)):
                continue
            if best is None or e.start > best.start:
                best = e
        if best is not None and fold_keep_length(name_of(best)) != \
                fold_keep_length(name_of(guest)):
            return best
        if best is None and w[2:] in lx.TITLE_HEADS and w[2:] not in _PERSON_TITLE_HEADS:
            continue  # "… إلى الجمهورية الإسلامية، ويجري الوزير الألماني محادثات": a state's
            # name, not the subject's title — read on
        return None
    return None


def _bare_title_holder(
    a: Analysed, te: int, stop: int, before: int, parties: list[Entity]
) -> Entity | None:
    """"استقبل معالي الوزير منسوبي الوزارة": a bare title as the subject, with no name after it,
    stands for the last person this article gave a title opening with that word."""
    words = list(re.finditer(r"\S+", a.folded.text[te:min(stop, te + 60)]))
    while words and words[0].group(0) in HONORIFICS:
        words.pop(0)
    if not words:
        return None
    head = words[0].group(0)
    generic = head in lx.TITLE_HEADS and len(words) > 1 and \
        words[1].group(0).strip("،,") in lx.GENERIC_SEATS  # "واستقبل أمير المنطقة X"
    if not (head.startswith("ال") and head[2:] in lx.TITLE_HEADS) and not generic:
        return None
    head_end = a.folded.orig(te + words[0].end())
    for e in parties:
        if e.type == "PERSON" and e.start >= head_end and \
                len(a.text[head_end:e.start].split()) <= 3:
            return None  # "استقبل الأمير فيصل بن بندر …": the title of a name that follows
    return a.person_by_title_head(head, before)


def _unnamed_subject(a: Analysed, te: int, first_party: Entity) -> bool:
    """A definite noun opens the subject ("المسؤول الأممي") and no name follows within three
    words: a title standing for a person the entities stage did not resolve."""
    F = a.folded.text
    words = F[te:a.folded.fold_pos(first_party.start)].split()
    head = words[0] if words else ""
    return len(words) > 3 and head not in lx.NON_GUESTS and (
        head.startswith("ال") or head in lx.TITLE_HEADS)


def _is_destination(a: Analysed, e: Entity) -> bool:
    """"إلى محافظة عدن", "لقرية كوجيلو": where a visit goes, not who was visited."""
    F = a.folded.text
    fs = a.folded.fold_pos(e.start)
    if fs > 0 and F[fs - 1] == "ل":
        return True
    prev = F[max(0, fs - 25):fs].split()[-2:]
    return any(w in ("الي", "لقريه", "لمدينه", "لمحافظه", "لمنطقه") for w in prev)


def _object_opens(between: str) -> bool:
    """"… برئيس الوزراء X", "… مع الرئيس X": the words before a party open it as the object."""
    return any(w == "مع" or w.startswith("بال") or (w[:1] == "ب" and w[1:] in lx.TITLE_HEADS)
               for w in between.split())


def _is_object(a: Analysed, e: Entity) -> bool:
    """Introduced as the other side ("مع نظيره X", "بالرئيس X"): not the one a pronoun means."""
    F = a.folded.text
    fs = a.folded.fold_pos(e.start)
    prev = F[max(0, fs - 40):fs].split()[-4:]
    return any(w in ("مع", "نظيره", "نظيرته") or (w.startswith("ب") and len(w) > 3 and
               w[1:3] == "ال") for w in prev)


_GENITIVE_WORDS = 6  # the genitive phrase between a meeting noun and its مع


def _genitive_owner(a: Analysed, te: int, guest_at: int) -> Entity | None:
    """"اجتماع حزب الأمة مع X", "اجتماع أحزاب الائتلاف مع X": a name or a group in construct
    right after an indefinite meeting noun, closed by مع / بـ before the guest, is a side."""
    F = a.folded.text
    maa = None
    for m in re.finditer(r"(?:^|\s)(?:مع\s|ب)", F[te:guest_at]):
        maa = te + m.start()
    if maa is None or maa == te or len(F[te:maa].split()) > _GENITIVE_WORDS or \
            any(c in F[te:maa] for c in "،,.:"):
        return None
    first = next((e for e in entities_between(a.entities, a.folded.orig(te), a.folded.orig(maa))
                  if e.type in _PARTY_TYPES), None)
    if first is not None and not F[te:a.folded.fold_pos(first.start)].strip():
        return first
    group = _group_party(a, te, maa, None)
    if group is not None and not F[te:a.folded.fold_pos(group.start)].strip():
        return group
    return None


_AFTER_OWNER_RE = re.compile(r"\s*[،,]?\s*(?:مع\s+|ب(?=\S))")
_OWNER_TITLE_STOPS = frozenset({"مع", "في", "من", "الي", "علي", "عن", "بين", "حول", "الذي", "التي"})


def _group_after_owner(a: Analysed, te: int, owner: Entity, stop: int) -> Entity | None:
    """The group met after بـ / مع when the meeting noun's genitive is a named person whose
    title alone stands between them ("اجتماع قائد المنطقة X، بحلف القبائل")."""
    F = a.folded.text
    gap = F[te:a.folded.fold_pos(owner.start)].split()
    if owner.type != "PERSON" or len(gap) > _GENITIVE_WORDS or \
            any(w in _OWNER_TITLE_STOPS or w[-1:] in "،,." for w in gap):
        return None
    oe = a.folded.fold_pos(owner.end)
    m = _AFTER_OWNER_RE.match(F, oe, stop)
    if m is None:
        return None
    group = _group_party(a, m.start(), stop, None)
    if group is not None and a.folded.fold_pos(group.start) <= m.end() + 1:
        return group
    return None


def _joined_people(a: Analysed, first: Entity, before: int) -> list[Entity]:
    """``first`` and the people joined to it by و right after ("X ووزير الصحة Y"), up to
    ``before``: the antecedents of a plural pronoun."""
    out = [first]
    for e in entities_between(a.entities, first.end, before):
        gap = a.folded.text[a.folded.fold_pos(out[-1].end):a.folded.fold_pos(e.start)].split()
        if e.type != "PERSON" or not gap or not gap[0].startswith("و") or len(gap) > 4 or \
                any(c in " ".join(gap) for c in "،,."):
            break
        out.append(e)
    return out


def _previous_subject(
    a: Analysed, si: int, before: int, exclude: frozenset[str] = frozenset(),
    nearest: bool = False,
) -> Entity | None:
    """The person a pronoun most likely points at: the first PERSON of this sentence before the
    trigger that is not itself someone's counterpart, else of the sentence before, else the
    article's first person. ``nearest``: the last one instead ("قال كارتر للملك سلمان إن أوباما
    يتطلع للقائه": with a subject of its own, the pronoun is the one named just before)."""
    s0 = a.sents[si][0]
    here = [e for e in entities_between(a.entities, s0, before)
            if e.type == "PERSON" and (nearest or not _is_object(a, e))
            and name_of(e) not in exclude and not _in_institution_name(a, e)
            and not _place_in_title(a, e) and not _mourned(a, e)]
    cue = _NOT_SUBJECT_RE.search(a.folded.text, a.folded.fold_pos(s0),
                                 a.folded.fold_pos(before)) if here and not nearest else None
    if cue is not None:
        # "زار المستشفى يرافقه مدير الشؤون الصحية X، والتقى بعدد من المرضى": not X
        here = [e for e in here if e.start < a.folded.orig(cue.start())]
        if not here:
            return None
    if here:
        return here[-1] if nearest else here[0]
    if si > 0:
        p0, p1 = a.sents[si - 1]
        # "حضر الاستقبال X. كما استقبل سموه …": one present at the last meeting is not its host
        cue = _NOT_SUBJECT_RE.search(a.folded.text, a.folded.fold_pos(p0), a.folded.fold_pos(p1))
        if cue is not None:
            p1 = min(p1, a.folded.orig(cue.start()))
        prev = [e for e in entities_between(a.entities, p0, p1)
                if e.type == "PERSON" and name_of(e) not in exclude
                and not _in_institution_name(a, e) and not _place_in_title(a, e)
                and not _mourned(a, e)]
        if prev:
            return prev[0]
    for e in a.entities:
        if e.start >= before:
            break  # never someone named only after the trigger
        if e.type == "PERSON" and name_of(e) not in exclude and not _in_institution_name(a, e) \
                and not _mourned(a, e):
            return e
    return None


# after these the people named are present or receiving, never the subject a pronoun means
_NOT_SUBJECT_RE = re.compile(ATTENDEE_RE.pattern + r"|" + WB_START
                             + r"(?:في|وفي|لدي)\s+(?:استقبال|وداع)\S*" + WB_END)


_BAYNA_WORDS_RE = re.compile(
    # (the first side may run over a construct and a ب-place: "بين مؤسسات حجاج الداخل و…",
    # "بين السفير الأميركي السابق بصنعاء وقيادات …")
    WB_START + r"بين\s+((?:ال)?\w+(?:\s+ال\w+){0,2}|(?:ال)?\w+(?:\s+(?!و)\w+){1,3}?)"
    r"\s+و((?:ال)?\w+(?:\s+ال\w+)?)" + WB_END
)


_NEXT_WORD_RE = re.compile(r"\s+\S+")
_BAYNA_GAP_WORDS = 7
_BAYNA_MORE_RE = re.compile(r"\s+و((?:ال)?\w+(?:\s+ال\w+)?)" + WB_END)
_BAYNA_MAX_SIDES = 4


def _bayna_words(a: Analysed, te: int, stop: int) -> list[Entity]:
    """"مفاوضات بين الحكومة الأفغانية وحركة طالبان" with the names untagged: the two sides as
    written (a noun and its adjective each), as party pseudo-entities."""
    F = a.folded.text
    m = _BAYNA_WORDS_RE.search(F, te, min(stop, te + 80))
    if m is None:
        return []
    if m.start() - te > 25:
        # "اجتماع جرى في القاهرة بين X وY", "ثلاثة اجتماعات ساخنة شهدها شهر رمضان بين X وY": the
        # meeting's own verb (and its time or place) before the sides
        gap = F[te:m.start()].split()
        if len(gap) > _BAYNA_GAP_WORDS or "،" in F[te:m.start()] or \
                not any(w in lx.HAPPENED_VERBS for w in gap[:3]):
            return []
    o = a.folded.orig
    out = []
    spans = [m.span(1), m.span(2)]
    pos = m.end()
    while len(spans) < _BAYNA_MAX_SIDES:
        more = _BAYNA_MORE_RE.match(F, pos, stop)  # "… وأحزاب المعارضة وجماعات المجتمع"
        if more is None:
            name = _NEXT_WORD_RE.match(F, pos, stop)  # "وحركة طالبان وباكستان"
            more = _BAYNA_MORE_RE.match(F, name.end(), stop) if name else None
        if more is None or TRIGGER_RE.search(F, more.start(1), more.end(1)):
            break  # "… والدول الست ومحصلة المباحثات": the talks themselves, no side
        spans.append(more.span(1))
        pos = more.end()
    for k, (f_s, f_e) in enumerate(spans):
        s0, s1 = o(f_s), o(f_e)
        nxt = _NEXT_WORD_RE.match(a.text, s1)
        reach = nxt.end() if nxt else s1  # "وحركة طالبان": the name may follow the head noun
        if k + 1 < len(spans):
            reach = min(reach, o(spans[k + 1][0]))  # never the next side's name
        ents = [e for e in entities_between(a.entities, s0 - 1, s1 + 60)
                if e.start < reach and e.type in _PARTY_TYPES and not (
                    e.type == "LOCATION" and e.start > s0 and F[a.folded.fold_pos(e.start) - 1:
                                                                a.folded.fold_pos(e.start)] == "ب")]
        # (not "بين السفير الأميركي السابق بصنعاء": where he served)
        titled = _title_side(a, f_s, f_e) if not ents else None
        head = F[f_s:f_e].split()[0]
        side_end = spans[k + 1][0] - 1 if k + 1 < len(spans) else stop  # never the next side
        group = _group_party(a, f_s, side_end, None) if not ents and \
            head.removeprefix("و") in lx.GROUP_HEADS else None
        if group is not None:
            out.append(group)  # "وقيادات من حزب المخلوع علي صالح"
        elif ents:
            out.append(ents[0])
        elif titled is not None:
            out.append(titled)  # "بين وزير الخارجية الكويتي وظريف": the minister, or Kuwait
        else:
            out.append(Entity(start=s0, end=s1, text=a.text[s0:s1], type="ORGANIZATION",
                              canonical=a.text[s0:s1]))
    return out


def _title_side(a: Analysed, f_s: int, f_e: int) -> Entity | None:
    """A side written as a title with a nationality: the person the article gave it, else the
    country of the nationality word."""
    words = a.folded.text[f_s:f_e].split()
    if not words or words[0] not in TITLE_WORDS:  # a person's title, not "الحكومة الأفغانية"
        return None
    hit = a.title_at(f_s, f_e + 1)
    if hit is not None and hit[0].start < a.folded.orig(f_s):
        return hit[0]  # (one named before: the title just before a name is that name's)
    for w in words[1:]:
        country = nisba_country(w)
        if country is not None:
            o = a.folded.orig
            s0 = o(a.folded.text.find(w, f_s, f_e))
            return _country_side(a, s0, s0 + len(w), country)
    return None


def _scope_end(F: str, te: int, f1: int) -> int:
    """Where the parties stop: a cut-off word or an attendee cue. A parenthesis between commas
    ("، التي تشغل …،", "، في إطار الزيارة …،") is stepped over when the parties go on after it."""
    pos = te
    while True:
        m = STOP_RE.search(F, pos, f1)
        end = m.start() if m else f1
        if m is None:
            break
        if PRAYER_AFTER_RE.match(F, m.end()):
            pos = m.end()  # "استقبل … عقب صلاة عيد الفطر الأمراء …": a time, not the topic
            continue
        if NAME_NOT_STOP_RE.match(F, m.start()):
            pos = m.end()  # "مع الأمين العام بان كي مون": a name, not "بأن"
            continue
        comma_before = F[te:m.start()].rstrip()[-1:] in ("،", ",")
        nxt = F.find("،", m.end(), f1)
        if nxt > 0 and (
            (comma_before and m.group(0) in lx.RELATIVES and OBJECT_AFTER_RE.match(F, nxt + 1))
            or MAA_AFTER_RE.match(F, nxt + 1)
        ):  # (not "سامح شكري والوفد المرافق له، الذي نقل …، تحيات …": the parties are told)
            pos = nxt + 1
            continue
        break
    a = ATTENDEE_RE.search(F, te, end)
    if a:
        end = a.start()
    q = QUOTE_CUT_RE.search(F, te, end)
    while q is not None and q.group(0) != ":" and \
            F[max(te, q.start() - 12):q.start()].split()[-1:] and \
            F[max(te, q.start() - 12):q.start()].split()[-1].lstrip("وب") in _NAMED_BY_QUOTE:
        q = QUOTE_CUT_RE.search(F, q.end(), end)  # "فريق “سفراء الحزم”": a name in quotes
    return q.start() if q else end


_GATHER_VERBS = frozenset({"اجتمع", "اجتمعت", "اجتمعا", "اجتمعوا", "يجتمع", "تجتمع", "يجتمعون"})
# a past plural/dual verb between an indefinite meeting noun and the names after it
_VERB_BEFORE_SIDES_RE = re.compile(r"\s(?:[وف]?\S{2,}(?:وا|تا))\s")
REL_BAYNA_RE = re.compile(r"\s+(?:التي|الذي)\s+(?:جرت|جري|عقدت|عقد|دارت|دار|تمت|تم|جمعت)"
                          r"(?:\s+\S+){0,2}?\s+بين" + WB_END)
PRAYER_AFTER_RE = re.compile(r"\s+صلاه" + WB_END)
_NAMED_BY_QUOTE = lx.GROUP_HEADS  # (not a medium: "مع قناة «سي بي إس»" is an interview)


def _clause_start(
    F: str, f0: int, ts: int, noun: bool = False, joined: bool = False
) -> tuple[int, int]:
    """(comma clause start, subject region start): back to the last comma, and further on to
    the أن/إن that opens an embedded clause ("من المرتقب أن يجتمع X" keeps its cue). A meeting
    noun right after a comma closes an apposition: "عقد وزير الخارجية، عادل الجبير، اجتماعاً"
    reaches back over the name to its light verb."""
    start = f0
    i = ts - 1
    while i >= f0:
        if F[i] in _CLAUSE_SEP:
            start = i + 1
            break
        i -= 1
    if start > f0 and F[start:ts].split() in ([], ["قد"]):
        j = start - 2
        while j >= f0 and F[j] not in _CLAUSE_SEP:
            j -= 1
        before = F[j + 1:start - 1].split()
        if not noun and not joined and before and before[0] in lx.KANA_OPENERS and \
                not F[start:ts].split():
            # "وكان ولي العهد … الأمير محمد بن نايف، استقبل …": its subject (not "…، ويزور
            # X": a new clause with its own subject)
            start = j + 1
        elif (noun or (not joined and F[start:ts].split() == ["قد"])) and j >= f0 and (
                1 <= len(before) <= _APPOSITION_MAX_WORDS or (
                len(before) <= _INSERTION_MAX_WORDS and _title_opens(before[0]))):
            # ("وكان X، وزير الخارجية، قد استقبل Y": the pluperfect's subject before the
            # apposition)
            # (a title too: "عقد ألكسندر مدفيديف، المسؤول الثاني في الشركة الروسية، لقاء")
            # a short name between two commas: the verb is before the first one
            k = j - 1
            while k >= f0 and F[k] not in _CLAUSE_SEP:
                k -= 1
            start = k + 1
        elif noun and before and _strip_wa(before[0]) in lx.LIGHT_VERBS:
            # "قام المدير العام لفرع الوزارة بجازان محمد العزي، بمعايدة النزلاء": the light
            # verb and its long subject before the comma
            start = j + 1
    if start > f0 and not F[start:ts].split():
        # "وكان X، الذي قام بزيارة إلى …، التقى Y": a relative clause between commas; the
        # subject is its antecedent, before the first comma
        j = start - 2
        while j >= f0 and F[j] not in _CLAUSE_SEP:
            j -= 1
        seg = F[j + 1:start - 1].split()
        if j >= f0 and seg and seg[0] in lx.RELATIVES:
            k = j - 1
            while k >= f0 and F[k] not in _CLAUSE_SEP:
                k -= 1
            start = k + 1
    while start > f0 and _is_insertion(F, start, ts):
        # "عقد X، في مكتبه بجدة اليوم، اجتماعاً": the subject is before the insertion
        j = start - 2
        while j >= f0 and F[j] not in _CLAUSE_SEP:
            j -= 1
        start = max(f0, j + 1)
    first = F[start:ts].split()[:1]
    if first and first[0] in lx.RELATIVES and start > f0:
        # "وقال رينزي، الذي التقى …": the antecedent before the comma is the subject
        j = start - 2
        while j >= f0 and F[j] not in _CLAUSE_SEP:
            j -= 1
        start = max(f0, j + 1)
    last_that = None
    for m in THAT_RE.finditer(F, start, ts):
        last_that = m
    left = last_that.end() if last_that else start
    for m in WHILE_RE.finditer(F, left, ts):
        left = m.end()
    return start, left


_APPOSITION_MAX_WORDS = 5  # "، عادل بن أحمد الجبير،": a name between commas
_INSERTION_MAX_WORDS = 7  # "في إطار زيارة رسمية تهدف إلى تنسيق المواقف قبيل": a clause of its own


def _title_opens(word: str) -> bool:
    """Does ``word`` open a title or role in apposition ("المسؤول", "منسقة", "وزير")?"""
    head = word.removeprefix("ال")
    return head in lx.TITLE_HEADS or word in lx.POSTED_TITLES or head in lx.APPOSITION_HEADS


def _is_insertion(F: str, start: int, ts: int) -> bool:
    """The comma segment [start, ts) before a trigger is a time/place insertion or a bare verb
    whose subject stands before the comma ("إن فيديريكا موغيريني، منسقة …، ستجري محادثات")."""
    words = F[start:ts].split()
    if not words:
        return False  # "…، بحثا خلاله": the verb opens its own clause
    if all(w in lx.MEETING_NOUN_HEADS for w in words):
        return True  # "عقد X في قصره، مساء الاثنين، جلسة مباحثات": the object's head noun
    if words[0] in lx.INSERTION_OPENERS:
        return len(words) <= _INSERTION_MAX_WORDS
    head = words[0].removeprefix("ال")
    if head in lx.TITLE_HEADS or words[0] in lx.POSTED_TITLES or head in lx.APPOSITION_HEADS:
        return True  # "، منسقة السياسة الخارجية …،": an apposition after the subject's name
    return len(words) == 1 and words[0][:1] in "يتس" and words[0] not in lx.RELATIVES


def _prefer_people(a: Analysed, parties: list[Entity]) -> list[Entity]:
    """Two or more persons are the parties; countries and organisations only fill in for a
    missing side (a delegation, "بين واشنطن وطهران"), never when they sit in a person's title."""
    people = [e for e in parties if e.type == "PERSON"]
    if len(_unique_names(people)) >= 2:
        return people
    others = [e for e in parties if e.type != "PERSON" and (
        e.evidence == _NATIONALITY_SIDE or not _in_title_of_person(a, e, parties))]
    if not people:
        return others
    # one person: the other side is the delegation / organisation / country named with it
    return sorted(people + others[:1], key=lambda e: e.start) if others else people


def _in_title_of_person(a: Analysed, e: Entity, parties: list[Entity]) -> bool:
    """"وزير خارجية إيران عباس عراقجي", "محافظ عدن، نائف البكري": the place belongs to a title."""
    before = a.folded.text[max(0, a.folded.fold_pos(e.start) - 20):a.folded.fold_pos(e.start)]
    prev = before.split()[-1:]
    if prev and prev[0].lstrip("وفبل") in lx.TITLE_HEADS | {"ال" + t for t in lx.TITLE_HEADS}:
        return True
    for p in parties:
        if p.type != "PERSON" or p.start < e.end:
            continue
        gap = a.folded.text[a.folded.fold_pos(e.end):a.folded.fold_pos(p.start)]
        if len(gap) <= 30 and not any(c in gap for c in "،,") and " و" not in " " + gap.strip()[:1]:
            return True
        break
    return False


_NOT_PLACES = frozenset(fold_keep_length(x) for x in lx.NOT_PLACES)
_SEAT_ORGS = frozenset(fold_keep_length(x) for x in lx.SEAT_ORGANIZATIONS)
_NOT_PARTIES = frozenset(fold_keep_length(x) for x in lx.NOT_PARTIES)


def _after_title(a: Analysed, e: Entity) -> bool:
    F = a.folded.text
    fs = a.folded.fold_pos(e.start)
    words = F[max(0, fs - 60):fs].split()[-5:]
    if words and words[-1] in lx.ATTACHED_POSTS:
        words[-1] = "في"  # "مساعد القنصل العام اليمني بمحافظة جدة": a post, joined by بـ
    if not words or words[-1] not in lx.POST_PREPS:
        return False
    for w in reversed(words[:-1]):
        w = w.strip("،,")
        if w in lx.POSTED_TITLES or (w[:1] == "و" and w[1:] in lx.POSTED_TITLES):
            return True  # "والملحق العسكري السعودي في مصر": a title in a list
        if w in lx.POST_ADJECTIVES or (words[-1] == "الي" and w.startswith(("ال", "لل"))) or \
                w in ("العام", "العامه"):
            continue  # "مبعوث الأمم المتحدة الخاص إلى سوريا", "المبعوث الخاص للأمم المتحدة إلى"
        if not (w.endswith(("ي", "يه")) and w.startswith("ال")):
            return False
    return False


_REGION_NOUNS = frozenset({"منطقه", "محافظه", "مدينه", "دوله", "جمهوريه", "مملكه", "امانه",
                           "بلديه", "اماره"})


def _title_place(a: Analysed, e: Entity) -> bool:
    """"أمير منطقة مكة المكرمة", "محافظ جدة": the place names a title, not where they met."""
    F = a.folded.text
    words = F[max(0, a.folded.fold_pos(e.start) - 40):a.folded.fold_pos(e.start)].split()[-2:]
    while words and words[-1] in _REGION_NOUNS:
        words.pop()
    if not words:
        return False
    w = words[-1].lstrip("و")
    return w in lx.TITLE_HEADS or (w.startswith("ال") and w[2:] in lx.TITLE_HEADS) or \
        w in lx.GROUP_HEADS or w in lx.PEOPLE_OF  # "وأعيان منطقة مكة المكرمة": whose people


def _host_seat(a: Analysed, parties: list[Entity]) -> str | None:
    """The place named in the first party's title, between its name and the next party
    ("الشيخ محمد بن راشد … حاكم دبي", "الأمير فيصل بن خالد أمير منطقة عسير")."""
    if len(parties) < 2 or parties[0].type != "PERSON" or parties[1].start <= parties[0].end:
        return None
    F = a.folded.text
    for e in entities_between(a.entities, parties[0].end, parties[1].start):
        if e.type != "LOCATION":
            continue
        words = F[max(0, a.folded.fold_pos(e.start) - 30):a.folded.fold_pos(e.start)].split()
        if (words and words[-1] in lx.SEAT_HEADS) or words[-2:] in ([h, "منطقه"]
                                                                  for h in lx.SEAT_HEADS):
            return name_of(e)
    after = _seat_in_words(a.text[parties[0].end:parties[1].start])
    if after is not None:
        return after
    # "استقبل وكيل إمارة منطقة الباحة الدكتور X": the title written before the host's name
    before = a.text[max(0, parties[0].start - _SEAT_TITLE_REACH):parties[0].start]
    words = before.split()
    return _seat_in_words(" ".join(words[-_SEAT_TITLE_WORDS:]))


_SEAT_TITLE_REACH = 80  # characters before a host's name read for his title
_SEAT_TITLE_WORDS = 6


def _seat_in_words(between: str) -> str | None:
    """"… أمير منطقة عسير في مكتبه" → عسير, "محافظ جدة بمكتبه" → جدة; not "أمين عام الرابطة"."""
    words = [w.strip("،,") for w in between.split()]
    folded = [fold_keep_length(w) for w in words]
    director = _director_seat(words, folded)
    if director is not None:
        return director
    for i, f in enumerate(folded):
        if f not in lx.SEAT_HEADS:
            continue
        j = i + 1
        if f == "وكيل" and j < len(folded) and folded[j] in ("اماره", "امانه"):
            j += 1  # "وكيل إمارة منطقة الباحة": the region after the emirate
        elif f == "وكيل":
            continue
        if j < len(folded) and folded[j] in ("منطقه", "محافظه"):
            j += 1
        elif f not in ("محافظ", "حاكم"):
            continue
        if j >= len(folded) or folded[j] in lx.SEAT_SKIP or folded[j] in HONORIFICS or \
                folded[j] in lx.GENERIC_SEATS:  # "محافظ المؤسسة العامة …": no seat
            return None
        n = 2 if folded[j] in lx.SEAT_TWO_WORDS and j + 1 < len(folded) else 1
        return " ".join(words[j:j + n])
    return None


def _director_seat(words: list[str], folded: list[str]) -> str | None:
    """"مدير تعليم الطائف" → الطائف, "مدير عام التعليم بمنطقة الباحة" → الباحة, "مدير شرطة
    منطقة جازان" → جازان: a regional director's seat."""
    for i, f in enumerate(folded):
        if f not in ("مدير", "ومدير"):
            continue
        j = i + 1
        if j < len(folded) and folded[j] in ("عام", "العام"):
            j += 1
        if j >= len(folded) or folded[j] not in lx.DIRECTOR_SECTORS:
            return None
        j += 1
        if j < len(folded) and folded[j] in ("منطقه", "محافظه", "بمنطقه", "بمحافظه"):
            j += 1
        if j >= len(folded) or folded[j] in HONORIFICS or folded[j] in lx.SEAT_SKIP:
            return None
        w = words[j]
        if folded[j][:1] == "ب" and folded[j - 1] in lx.DIRECTOR_SECTORS:
            w = w[1:]  # "بالأحساء"
        n = 2 if fold_keep_length(w) in lx.SEAT_TWO_WORDS and j + 1 < len(words) else 1
        return " ".join([w, *words[j + 1:j + n]])
    return None


def _after_place_noun(a: Analysed, e: Entity) -> bool:
    """"يزور الرئيس بلدة كوغيلو": a name right after a town noun is a place."""
    F = a.folded.text
    prev = F[max(0, a.folded.fold_pos(e.start) - 20):a.folded.fold_pos(e.start)].split()[-1:]
    if not prev:
        return False
    w = prev[0]
    return w in lx.TOWN_NOUNS or (w[:1] in "وبل" and w[1:] in lx.TOWN_NOUNS)


def _in_institution_name(a: Analysed, e: Entity) -> bool:
    """"مركز الملك سلمان للإغاثة": a person's name inside an institution's."""
    F = a.folded.text
    words = F[max(0, a.folded.fold_pos(e.start) - 60):a.folded.fold_pos(e.start)].split()[-6:]
    honorific = bool(words) and words[-1] in lx.INSTITUTION_HONORIFICS
    if honorific:
        words.pop()
        while words and words[-1] in lx.INSTITUTION_TITLE_CHAIN:
            words.pop()  # "سفارة خادم الحرمين الشريفين الملك سلمان"
    if not words:
        return False
    head = words[-1]
    if head[:1] in "وبل" and head[1:].removeprefix("ال") in lx.INSTITUTION_HEADS | \
            lx.OWN_OFFICE_HEADS:
        head = head[1:]  # "لمستشفى الملك سعود", "وبمركز"
    if head.startswith("ال") and head[2:] in lx.INSTITUTION_HEADS:
        # "مدير المستشفى سامي …": a definite noun is never in construct with a name — it ends
        # a title ("مستشفى الملك فهد", the institution's name, has no ال on its head)
        return False
    head = head.removeprefix("ال")
    if head in lx.OWN_OFFICE_HEADS and not honorific:
        return False  # "في مكتبه أسامة فقيه": his office (folded like مكتبة, a library)
    return head in lx.INSTITUTION_HEADS


_PARTY_HEADS = frozenset({"وفد", "وفدا", "ممثلي", "ممثلين", "مسؤولي", "مسؤولين", "اعضاء",
                          "سفير", "سفيره", "رئيس", "وزير", "وزراء", "قاده", "قيادات"})


def _party_slot(a: Analysed, e: Entity, te: int) -> bool:
    """A country or organisation takes part only from a party's slot: before the trigger (the
    subject), right after it (the object), after مع / بين / وفد من, or joined by و to a party —
    not as a genitive in passing ("لإمارة أفغانستان")."""
    F = a.folded.text
    fs = a.folded.fold_pos(e.start)
    if fs < te:
        return True
    gap = F[te:fs].split()
    if len(gap) <= 1:
        return True
    prev = gap[-1]
    if prev in ("مع", "بين", "من", "عن", "و") or F[fs - 1:fs] in ("و", "ب"):
        return True
    # "بممثلي شركة أرامكو", "وفداً من …", "سفير فرنسا": a party named through its people
    return prev.startswith("ب") or prev.lstrip("وب") in _PARTY_HEADS


def _in_relative(a: Analysed, e: Entity, te: int, f1: int) -> bool:
    """A LOCATION inside a relative clause after the trigger, not introduced by في ("الزعماء
    الذين يعكفون على … مدينة الرمادي")."""
    F = a.folded.text
    fs = a.folded.fold_pos(e.start)
    rel = RELATIVE_RE.search(F, te, min(fs, f1))
    return rel is not None and _word_before(F, fs, 1) != ["في"]


def _prayer_name(a: Analysed, e: Entity) -> bool:
    """"اجتمعوا لصلاة المغرب": a prayer time, not Morocco."""
    F = a.folded.text
    prev = F[max(0, a.folded.fold_pos(e.start) - 12):a.folded.fold_pos(e.start)].split()[-1:]
    return bool(prev) and prev[0] in ("صلاه", "لصلاه", "بصلاه", "وصلاه")


def _before_name(a: Analysed, e: Entity) -> bool:
    """"مدير مدارس ابن عامر في موريتانيا أحمد الشيخ", "مدير الجامعة بجاكرتا البروفيسور X": a
    place right before a name (at most an honorific between) ends that person's title."""
    F = a.folded.text
    fe = a.folded.fold_pos(e.end)
    fs = a.folded.fold_pos(e.start)
    prev_words = F[max(0, fs - 30):fs].split()
    prev = prev_words[-2] if prev_words and prev_words[-1] in lx.PLACE_PREPS else \
        prev_words[-1] if prev_words else ""
    if prev in _TIME_WORDS or any(p.type == "PERSON" and a.folded.fold_pos(p.end) >= fs - 5
                                   for p in entities_between(a.entities, e.start - 40, e.start)):
        return False  # "استقبل X في جدة Y": where the host received, after his name
    for p in entities_between(a.entities, e.end, e.end + 40):
        if p.type != "PERSON":
            return False
        gap = F[fe:a.folded.fold_pos(p.start)].split()
        # (the name may be cut short by the entities stage: "البروفيسور ويدي [روسادا أحمد]")
        return not gap or (len(gap) <= 2 and gap[0] in lx.NAME_HONORIFICS)
    return False


def _mourned(a: Analysed, e: Entity) -> bool:
    """"في وفاة صاحبة السمو الملكي الأميرة X": the one mourned, a few honorifics after the cue."""
    fs = a.folded.fold_pos(e.start)
    words = a.folded.text[max(0, fs - 80):fs].split()[-(lx.MOURNED_MAX_WORDS + 1):]
    if words[-1:] in (["بنت"], ["بن"]):
        # "الأميرة مشاعل بنت عبدالمحسن …" split in two: the rest of the one mourned
        prev = [p for p in entities_between(a.entities, max(0, e.start - 40), e.start)
                if p.type == "PERSON" and p.end < e.start]
        return bool(prev) and _mourned(a, prev[-1])
    for i in range(len(words) - 1, -1, -1):
        if words[i] in lx.MOURNED_CUES:
            return not any(c in w for w in words[i + 1:] for c in "،,.")
    return False


def _in_blessing(a: Analysed, e: Entity) -> bool:
    """"أن يعيده على الجميع باليمن والخير والبركات": a blessing, not the country."""
    nxt = a.folded.text[a.folded.fold_pos(e.end):a.folded.fold_pos(e.end) + 12].split()[:1]
    return bool(nxt) and nxt[0].strip("،,.") in lx.BLESSING_NEXT


def _word_before(F: str, i: int, n: int = 3) -> list[str]:
    return F[max(0, i - 45):i].split()[-n:]


def _is_place(a: Analysed, e: Entity) -> bool:
    """A LOCATION (or a seat, بمقر X) introduced by في / بـ / العاصمة … is where, not who."""
    if e.type not in ("LOCATION", "ORGANIZATION") and \
            fold_keep_length(name_of(e)) not in _SEAT_ORGS:
        return False
    if fold_keep_length(name_of(e)) in _NOT_PLACES:
        return False
    if _after_title(a, e) or _title_place(a, e) or _in_blessing(a, e) or _before_name(a, e):
        return False  # "السفير الإسرائيلي في الولايات المتحدة", "أمير منطقة مكة": a title
    F = a.folded.text
    fs = a.folded.fold_pos(e.start)
    ent_f = F[fs:a.folded.fold_pos(e.end)]
    canon_f = fold_keep_length(name_of(e))
    if e.type == "LOCATION":
        if ent_f.startswith(("ب", "وب", "في")) and not canon_f.startswith(("ب", "في")):
            return True
        if fs >= 1 and F[fs - 1] == "ب" and (fs < 2 or F[fs - 2].isspace() or F[fs - 2] == "و"):
            return True
    words = _word_before(F, fs)
    if any(w in lx.ORIGIN_WORDS for w in words[-3:-1]) and words[-1] in ("من", "منطقه",
                                                                        "محافظه", "مدينه"):
        return False  # "وفد سفراء الحزم القادم من منطقة نجران": where the guests come from
    if e.type == "LOCATION" and len(words) >= 2 and words[-1] in lx.PASSAGE_NOUNS and \
            words[-2] in lx.PASSAGE_TIMES:
        return True  # "وكان في وداعه لدى مغادرته مطار القاهرة الدولي …"
    for w in reversed(words):
        w = w.strip("،,()«»\"")
        if not w:
            continue  # "بالعاصمة التونسية «تونس»": a quotation mark
        if w in lx.PLACE_PREPS:
            return e.type == "LOCATION" or (bool(words) and words[-1] in lx.PLACE_WORDS) or \
                canon_f in _SEAT_ORGS  # "في البيت الأبيض"
        if w in lx.PLACE_WORDS:
            return True
        if w.endswith(("يه", "ي")) or w.startswith("ال"):
            continue
        return False
    return False


_PLACE_PHRASE_RE = re.compile(
    # "بزيارة لمستشفى شرق جدة": the place visited
    WB_START + r"(?:[وف]?في\s+|[وف]?ب|(?<=زياره\s)ل)(?P<seat>(?:ال)?(?:مقر|قصر|ديوان|مكتب|سراي"
    r"|مستشفي|مستوصف|فندق|قاعه)"
    # "في مكتبه بالرئاسة العامة …": his own office, in the body named after it
    r"|(?:مكتبه|مقره|قصره|مكتبها|مقرها)(?=\s+بال))\s+"
    r"(?P<words>\S+(?:\s+\S+){0,3})"
)


_TIME_WORDS = frozenset({"امس", "اليوم", "مساء", "صباح", "ظهر", "عصر", "مساءه", "صباحا",
                         "غدا", "الليله", "بعد", "قبل"})


_VISITED_FACILITY_RE = re.compile(
    WB_START + r"[وف]?ب?(?:زار|زارت|زيارته|زيارتها|زياره)(?:،?\s+(?:" + alternation(
        sorted(_TIME_WORDS | {"الاول"})) + r")،?)*\s+(?:ل|الي\s+)?(?P<place>(?:" +
    alternation([*lx.GROUP_FACILITIES, "مقر"]) + r")\s+[^\s،,.]+(?:\s+[^\s،,.]+){0,3})")


def _visited_facility(a: Analysed, f0: int, f1: int) -> str | None:
    m = _VISITED_FACILITY_RE.search(a.folded.text, f0, f1)
    if m is None:
        return None
    o = a.folded.orig
    words = a.text[o(m.start("place")):o(m.end("place"))].split()
    keep: list[str] = []
    for w in words:
        if fold(w) in _TIME_WORDS or (fold(w).startswith(("ي", "ل")) and keep):
            break  # "مستشفى الملك فهد يرافقه …", "… لتقديم"
        keep.append(w)
    return " ".join(keep) or None


def _topic_place(a: Analysed, e: Entity, topic_at: int | None) -> bool:
    """A place after a topic opener ("حول إيجاد حل سياسي في سورية") is the topic's — unless a
    time word follows it ("المباحثات المتعلقة باتفاقية التجارة في بكين اليوم")."""
    if topic_at is None or a.folded.fold_pos(e.start) < topic_at:
        return False
    nxt = a.folded.text[a.folded.fold_pos(e.end):a.folded.fold_pos(e.end) + 12].split()[:1]
    return not (nxt and nxt[0].strip("،,.") in _TIME_WORDS)


def _place_in(
    a: Analysed, o0: int, o1: int, strict_from: int | None = None, topic_at: int | None = None
) -> str | None:
    """A place named by a LOCATION in the sentence after في/بـ (first one wins), else a seat
    named in words ("في قصر السلام", "بمقر الوزارة") the entities stage left untagged. From
    ``strict_from`` on (a relative clause) only "في X" counts: "الذي يتلقى العلاج في جدة" is
    where the guest was, "الذين يسعون … على مدينة الرمادي" is not."""
    seat: str | None = None
    for e in entities_between(a.entities, o0, o1):
        if (e.type == "LOCATION" or fold_keep_length(name_of(e)) in _SEAT_ORGS) and \
                _is_place(a, e) and not _topic_place(a, e, topic_at) and \
                not _guest_institution_place(a, e) and not _sources_place(a, e):
            if strict_from is not None and e.start >= strict_from and \
                    _word_before(a.folded.text, a.folded.fold_pos(e.start), 1) != ["في"]:
                continue
            if fold(name_of(e)) in _OWN_SEATS:
                seat = seat or name_of(e)  # "في قصره بالرياض": the city after names it
                continue
            return name_of(e)
    if seat is not None:
        return seat
    F = a.folded.text
    pos, f_end = a.folded.fold_pos(o0), a.folded.fold_pos(o1)
    if topic_at is not None:
        f_end = min(f_end, topic_at)
    m = _PLACE_PHRASE_RE.search(F, pos, f_end)
    while m is not None and m.group("seat").endswith("مكتب") and \
            _HONORIFIC_RE.match(F, m.end("seat")):
        # "في مكتب سموه بقصر الحكم": the palace names the place
        m = _PLACE_PHRASE_RE.search(F, m.end("seat"), f_end)
    if m is None:
        return None
    n_words = 0
    end = m.start("seat")
    for w in re.finditer(r"\S+", F[m.start("words"):m.end("words")]):
        word = w.group(0).strip("،,.")
        if not word or word in _TIME_WORDS or word[:1] in "،," or (
                word[:1] == "ل" and not word.startswith("لجن")):
            break  # "بمقر الجوازات لإنهاء …": a purpose clause follows the seat
        if n_words == 1 and word.endswith("ا") and not word.startswith(("ال", "بال")):
            break  # "في مقر المحافظة عددًا من …": the verb's object follows the seat's name
        end = m.start("words") + w.start() + len(word)
        n_words += 1
        if n_words == 2 or w.group(0)[-1:] in "،,.":
            break
    if n_words == 0:
        return None
    o = a.folded.orig
    return a.text_of(o(m.start("seat")), o(end))


def _sources_place(a: Analysed, e: Entity) -> bool:
    """"وحسب مصادر سياسية في إسرائيل فقد بحث X في مكتبه في القدس": where the sources are."""
    F = a.folded.text
    fs = a.folded.fold_pos(e.start)
    words = [w.strip("،,") for w in _word_before(F, fs, 4)]
    if words and words[-1] == "في":
        words.pop()
    elif not (F[fs:fs + 1] == "ب" or F[fs - 1:fs] == "ب"):
        return False
    return any(w in lx.SOURCE_NOUNS or (w[:1] == "و" and w[1:] in lx.SOURCE_NOUNS)
               for w in words[-2:])


def _guest_institution_place(a: Analysed, e: Entity) -> bool:
    """"استقبل X مدير الجامعة الإسلامية بجاكرتا Y", "ومدير المعهد الديني بوزارة الشؤون الدينية
    بجاكرتا": the city of a guest's institution, named in his title, is not where he was
    received (a title word right before the institution's head)."""
    F = a.folded.text
    fs = a.folded.fold_pos(e.start)
    if F[fs:fs + 1] != "ب" and F[fs:fs + 2] != "في":
        before = F[max(0, fs - 120):fs].rstrip()
        if not before.endswith((" في", " ب")):
            return False
        fs = len(before) - 2 + max(0, fs - 120)
    words = [w.strip("،,") for w in F[max(0, fs - 120):fs].split()]
    for i in range(1, min(lx.GUEST_INSTITUTION_WORDS, len(words) - 1) + 1):
        w = words[-i]
        if not w or F[max(0, fs - 120):fs].split()[-i][-1:] in "،,." or \
                w in ("في", "الي", "من", "مع", "و"):
            return False
        head = w[2:] if w.startswith("ال") else w
        title = words[-i - 1]
        title = title[1:] if title[:1] == "و" and title[1:] in lx.GUEST_INSTITUTION_TITLES \
            else title
        if head in lx.GUEST_INSTITUTION_HEADS and title in lx.GUEST_INSTITUTION_TITLES:
            return True  # (the nearer head "بوزارة" is a genitive of the farther one)
    return False


@lru_cache(maxsize=1)
def _gazetteer_places() -> frozenset[str]:
    """Every place name the entities stage ships (CLDR, curated, press spellings), folded."""
    from marsad.entities.lexicon import read_list

    return frozenset(fold_keep_length(x) for name in ("places_cldr.txt", "places_extra.txt",
                                                      "places_more.txt")
                     for x in read_list(name))


def _place_in_title(a: Analysed, e: Entity) -> bool:
    """"ولي عهد أبو ظبي" with "أبو ظبي" tagged as a person: a known place name right after a
    title word is the title's place, never a party."""
    F = a.folded.text
    prev = F[max(0, a.folded.fold_pos(e.start) - 12):a.folded.fold_pos(e.start)].split()[-1:]
    return bool(prev) and prev[0] in lx.TITLE_HEADS and \
        fold_keep_length(name_of(e)) in _gazetteer_places()


@lru_cache(maxsize=1)
def _world_places() -> frozenset[str]:
    """Countries and world cities (CLDR territory names and exemplar cities)."""
    from marsad.entities.lexicon import read_list

    return frozenset(fold_keep_length(x) for x in read_list("places_cldr.txt"))


@lru_cache(maxsize=1)
def _visit_places() -> frozenset[str]:
    """Where a visit goes: the world places and the curated capitals, major cities and press
    spellings of countries (CLDR lacks واشنطن، أربيل، المملكة …)."""
    from marsad.entities.lexicon import read_list

    extra = frozenset(fold_keep_length(x) for x in read_list("places_extra.txt"))
    # (not "الشرق الأوسط": a region; not the home towns)
    return (_world_places() | extra) - _NOT_PLACES - lx.HOME_PLACES


def _visited_country(a: Analysed, te: int, stop: int) -> Entity | None:
    """The LOCATION right after a visit verb (and its subject), if it is a country or capital."""
    F = a.folded.text
    after = te
    for e in entities_between(a.entities, a.folded.orig(te), a.folded.orig(stop)):
        gap = F[after:a.folded.fold_pos(e.start)].split()
        if e.type == "PERSON" and len(gap) <= 3:
            after = a.folded.fold_pos(e.end)
            continue
        if e.type == "LOCATION" and len(gap) <= 1 and all(w == "الي" for w in gap) and \
                fold_keep_length(name_of(e)) in _visit_places() and not _title_place(a, e):
            return e
        return None
    return None


_NOUN_VISIT_REACH = 140


def _other_meeting_after(F: str, te: int, f1: int) -> bool:
    """"زيارة … إلى بغداد حيث التقى العبادي": the visit is told through the meeting held there."""
    for m in TRIGGER_RE.finditer(F, te, f1):
        form = m.group("n") or m.group("v")
        if TRIGGER_INDEX[form][0] != "visit":
            return True
    return False  # folded characters after a visit noun searched for visitor and country


def _noun_visit(a: Analysed, te: int, f1: int) -> tuple[Entity, Entity] | None:
    """(visitor, country) for "زيارة X إلى Y" / "الزيارة التي … تقوم بها X إلى Y", Y a country or
    capital, nothing but the visitor's title between."""
    F = a.folded.text
    o = a.folded.orig
    end = min(f1, te + _NOUN_VISIT_REACH)
    if "،" in F[te:end] or "," in F[te:end]:
        end = min(i for i in (F.find("،", te, end), F.find(",", te, end)) if i >= 0)
    visitor: Entity | None = None
    for e in entities_between(a.entities, o(te), o(end)):
        if e.type == "PERSON" and visitor is None:
            visitor = e
            continue
        if visitor is not None and e.type == "LOCATION":
            fs = a.folded.fold_pos(e.start)
            gap = [w for w in F[a.folded.fold_pos(visitor.end):fs].split()
                   if w not in lx.VISIT_TIME_WORDS]  # ("X الأسبوع الماضي إلى أربيل")
            to = gap == ["الي"] or (gap == [F[fs - 1:fs]] and F[fs - 1:fs] == "ل")
            # ("زيارة وزير الدفاع X لإسرائيل": لـ attached to the country)
            if to and fold_keep_length(name_of(e)) in _visit_places():
                return visitor, e
        if visitor is not None:
            return None
    return None


_ARRIVAL_VISIT_WORDS = 8  # words from an arrival verb to its visitor (his title between)


def _arrival_visit(a: Analysed, f0: int, ts: int) -> tuple[Entity, Entity] | None:
    """(visitor, country) for "وصل X إلى طهران أمس في زيارة رسمية": the visit noun after an
    arrival told in the same clause — its traveller visits the country or capital reached."""
    F = a.folded.text
    o = a.folded.orig
    if not F[max(f0, ts - 4):ts].rstrip().endswith("في"):
        return None  # ("في زيارة …": the arrival's purpose, not a visit told of its own)
    arrival = None
    for m in _ARRIVE_RE.finditer(F, f0, ts):
        arrival = m
    if arrival is None or F[arrival.end():ts].count("،") + F[arrival.end():ts].count(",") > 1:
        return None
    visitor: Entity | None = None
    for e in entities_between(a.entities, o(arrival.end()), o(ts)):
        fs = a.folded.fold_pos(e.start)
        if visitor is None:
            if e.type != "PERSON" or len(F[arrival.end():fs].split()) > _ARRIVAL_VISIT_WORDS:
                return None
            visitor = e
            continue
        gap = F[a.folded.fold_pos(visitor.end):fs].split()
        if e.type == "LOCATION" and gap[-1:] == ["الي"] and len(gap) <= 4 and \
                fold_keep_length(name_of(e)) in _visit_places():
            return visitor, e
        return None
    return None


def _light_visit(a: Analysed, left: int, ts: int, te: int, f1: int
                 ) -> tuple[Entity, Entity] | None:
    """(visitor, country) for "بدأ X وزير المالية البريطاني، زيارة لباريس", "قام X بزيارة رسمية
    إلى Y": the visitor is the light verb's subject, the country or capital follows the noun
    after إلى / لـ (two adjectives at most between)."""
    F = a.folded.text
    o = a.folded.orig
    lv = LIGHT_RE.search(F, left, ts)
    if lv is None:
        return None
    visitor = next((e for e in entities_between(a.entities, o(lv.end()), o(ts))
                    if e.type == "PERSON"), None)
    if visitor is None:
        return None
    for e in entities_between(a.entities, o(te), o(min(f1, te + 60))):
        if e.type != "LOCATION":
            return None
        fs = a.folded.fold_pos(e.start)
        gap = F[te:fs].split()
        to = (gap[-1:] == ["الي"] and len(gap) <= 3) or (
            F[fs - 1:fs] == "ل" and len(gap) <= 2 and F[:fs].split()[-1:] in (["ل"], []))
        if to and fold_keep_length(name_of(e)) in _visit_places():
            return visitor, e
        return None
    return None


def _visit_in_history(doc: Document, start: int, end: int) -> bool:
    """"خلال زيارته إلى الولايات المتحدة خلال شهر أبريل الماضي": a visit the text dates to an
    earlier month than the report's is background, not news."""
    if not doc.pub_date:
        return False
    month = doc.pub_date[:7]
    return any(start <= d.start < end and d.value and len(d.value) >= 7 and d.value[:7] < month
               for d in doc.dates)


TRAVEL_RE = re.compile(WB_START + r"(?P<p>[وف]?س?)(?P<v>" + alternation(list(lx.TRAVEL_VERBS))
                       + r")" + WB_END)
_TO_WORD_RE = re.compile(WB_START + r"الي" + WB_END)
VISIT_NOUN_RE = re.compile(WB_START + NOUN_PREFIX + r"زيار(?:ه|ته|تها|تهما)" + WB_END)


def _travel_visits(a: Analysed, si: int, told: set[str]) -> list[_Draft]:
    """Visits told by a travel verb, its traveller (a person, named after it) and إلى + a country
    or capital: one meeting of the traveller with the place, unless the sentence already gives
    him a meeting. Present and future tenses are a visit to come."""
    F = a.folded.text
    o = a.folded.orig
    f0, f1 = a.folded.fold_pos(a.sents[si][0]), a.folded.fold_pos(a.sents[si][1])
    out: list[_Draft] = []
    for m in TRAVEL_RE.finditer(F, f0, f1):
        before = F[max(f0, m.start() - 12):m.start()].split()
        if before and (before[-1] in lx.RELATIVES or before[-1] in lx.GENERIC_VISITORS):
            continue  # "الذي وصل إلى …", "من يصل إلى …": not the sentence's visit
        if IF_RE.search(F, max(f0, m.start() - 25), m.start()):
            continue
        visitor = next((e for e in entities_between(a.entities, o(m.end()), o(f1))
                        if e.type in _PARTY_TYPES), None)
        if visitor is None or visitor.type != "PERSON" or \
                len(F[m.end():a.folded.fold_pos(visitor.start)].split()) > \
                lx.TRAVEL_VISITOR_WORDS or _in_institution_name(a, visitor) or \
                name_of(visitor) in told:
            continue
        ve = a.folded.fold_pos(visitor.end)
        to = _TO_WORD_RE.search(F, ve, f1)
        if to is None or len(F[ve:to.start()].split()) > lx.TRAVEL_DESTINATION_WORDS or \
                "." in F[ve:to.start()] or any(w in lx.RETURN_WORDS for w in F[m.end():f1].split()):
            continue
        dest = next((e for e in entities_between(a.entities, o(to.end()), o(min(f1, to.end() + 40)))
                     if e.type == "LOCATION"), None)
        if dest is None or F[to.end():a.folded.fold_pos(dest.start)].split()[:1] not in (
                [], ["العاصمه"]) or fold_keep_length(name_of(dest)) not in _visit_places() or \
                _title_place(a, dest):
            continue
        if any(e.type == "PERSON" for e in entities_between(a.entities, ve, dest.start)) and \
                _other_meeting_after(F, ve, a.folded.fold_pos(dest.start)):
            continue
        title = F[m.end():a.folded.fold_pos(visitor.start)].split() + \
            F[ve:to.start()].split()
        if any(fold(nisba_country(w) or "") == fold(name_of(dest)) for w in title):
            continue  # "ووصل وزير الداخلية اليمني X إلى اليمن": coming home
        verb = m.group("v")
        if verb in lx.ARRIVAL_VERBS and not VISIT_NOUN_RE.search(F, f0, f1):
            continue
        planned = "س" in m.group("p") or (verb.startswith(("ي", "ت"))
                                          and not HELD_CUE_RE.search(F, m.end(), f1))
        out.append(_Draft(parties=[visitor, dest], trigger=(o(m.start()), o(m.end())),
                          sent_index=si, kind="visit", status="planned" if planned else "held",
                          place=name_of(dest), scope=(o(f0), o(f1)), place_only=True))
        told.add(name_of(visitor))
    return out


_GROUP_VISIT_RE = re.compile(WB_START + r"[وف]?(?:ب|ل)?(?:زياره|معايده)" + WB_END)
_GROUP_VISITOR_WORDS = 14  # words from the sentence's verb to the visit noun


def _institution_subject(a: Analysed, start: int, stop: int) -> Entity | None:
    """"نفذت [شركة العثيم] برنامجا لمعايدة …": a body the entities stage left untagged, from its
    head word to the verb's object (an accusative), a comma or the visit noun."""
    F = a.folded.text
    words = list(re.finditer(r"\S+", F[start:stop]))
    if not words or words[0].group(0) not in lx.VISITOR_BODY_HEADS:
        return None
    end = start + words[0].end()
    for w in words[1:6]:
        word = w.group(0)
        if word.endswith("ا") or word[:1] in "،," or word.startswith(("ب", "ل")) or \
                word in _GROUP_STOP or word in _TIME_WORDS:
            break  # (not "مركز التأهيل في جازان أمس")
        end = start + w.end()
        if word[-1:] in "،,":
            break
    o = a.folded.orig
    s0, s1 = o(start + words[0].start()), o(end)
    text = a.text[s0:s1].strip(" ،,")
    if len(text.split()) < 2:
        return None
    return Entity(start=s0, end=s1, text=text, type="ORGANIZATION", canonical=text)


def _group_visits(a: Analysed, si: int) -> list[_Draft]:
    """"قام فريق من شركة … بزيارة المرضى المنومين", "نفذت شركة العثيم برنامجا لمعايدة المرضى":
    a body or a group visits the people a visit is paid to (a sentence with no meeting told)."""
    F = a.folded.text
    o = a.folded.orig
    f0, f1 = a.folded.fold_pos(a.sents[si][0]), a.folded.fold_pos(a.sents[si][1])
    for m in _GROUP_VISIT_RE.finditer(F, f0, f1):
        head = F[f0:m.start()].split()
        if not head or len(head) > _GROUP_VISITOR_WORDS or \
                head[0].lstrip("وف") not in lx.GROUP_VISIT_VERBS:
            continue
        verb_end = f0 + F[f0:m.start()].find(head[0]) + len(head[0])
        named = [e for e in entities_between(a.entities, o(verb_end), o(m.start()))
                 if e.type in _PARTY_TYPES]
        if any(e.type == "PERSON" for e in named):
            continue  # a person's visit: the rules' own frames
        visitor = _group_party(a, verb_end, m.start(), None) or next(
            (e for e in named if e.type == "ORGANIZATION"), None) or \
            _institution_subject(a, verb_end, m.start())
        if visitor is None:
            continue
        group = _visited_group(a, m.end(), f1, visitor)
        own = {"ال" + v.lstrip("و").removeprefix("ال") for v in fold(name_of(visitor)).split()}
        if group is None or {"ال" + w.removeprefix("ال")
                             for w in fold(name_of(group)).split()[1:]} & own:
            continue  # "نظم مركز التأهيل ودار المسنين برنامج معايدة لنزلاء الدار": its own
        return [_Draft(parties=[visitor, group], trigger=(o(m.start()), o(m.end())),
                       sent_index=si, kind="meeting", status="held", place=None,
                       scope=(o(f0), o(f1)))]
    return []


CONDOLENCE_VERB_RE = _cue_re(lx.CONDOLENCE_VERBS, conj=True)
CONDOLENCE_NOUN_RE = re.compile(WB_START + r"(?:" + alternation(list(lx.CONDOLENCE_NOUNS)) + r")"
                                + WB_END)
_WISHES_NOUN_RE = re.compile(WB_START + r"(?:" + alternation(list(lx.WISHES_NOUNS)) + r")"
                             + WB_END)
_TO_FAMILY_RE = re.compile(r"(?<![^\s،,])(?:ل|الي\s+)(?:" + alternation(list(lx.FAMILY_HEADS)) +
                           r")" + WB_END)


# "بمقر العزاء", "لمنزل أسرة المعلمة", "في منزل الفقيد": where condolences were brought (folded)
_HOUSE_RE = re.compile(r"(?<![^\s،,])(?:[بل]|(?:في|الي)\s+)((?:منزل|بيت|مقر|دار)\s+(?:العزاء|"
                       r"(?:اسره|عائله|ذوي)\s+ال\S+|ال\S+))")


_THAT_CAME_RE = re.compile(r"[\s.]*و?جاء\s+ذلك" + WB_END)


def _condolences(a: Analysed, si: int, told: set[str]) -> list[_Draft]:
    """"قدم X تعازيه ومواساته لأسرة المعلمة", "نقل X أمس تعازي القيادة … لذوي الشهيدين": the
    one who brings condolences meets the family (a visit; a cable or a call is another matter)."""
    F = a.folded.text
    o = a.folded.orig
    f0, f1 = a.folded.fold_pos(a.sents[si][0]), a.folded.fold_pos(a.sents[si][1])
    verbs = list(CONDOLENCE_VERB_RE.finditer(F, f0, f1))
    # (the verb first: most sentences have none, and this runs for every sentence)
    if not verbs or any(w in lx.SENT_WORDS for w in F[f0:f1].split()):
        return []
    out: list[_Draft] = []
    for m in verbs:
        last = F[max(f0, m.start() - 12):m.start()].split()[-1:]
        if last and last[0] in lx.RELATIVES:
            continue
        noun = CONDOLENCE_NOUN_RE.search(F, m.end(), f1)
        wishes = None if noun is not None else _WISHES_NOUN_RE.search(F, m.end(), f1)
        if wishes is not None:
            noun = wishes  # "قدم مدير المستشفى X التهاني والتبريكات … للمرضى المنومين"
        if noun is None:
            continue
        visitor = next((e for e in entities_between(a.entities, o(m.end()), o(noun.start()))
                        if e.type == "PERSON"), None)
        if visitor is None or name_of(visitor) in told or len(
                F[a.folded.fold_pos(visitor.end):noun.start()].split()) > \
                lx.CONDOLENCE_NOUN_WORDS + len(visitor.titles) * 6:
            continue
        nxt = a.folded.fold_pos(a.sents[si + 1][1]) if si + 1 < len(a.sents) else f1
        if wishes is not None:
            # to the sick, the injured, residents: wishes brought to them in person
            group = _visited_group(a, noun.end(), f1, visitor)
            if group is None or len(F[noun.end():a.folded.fold_pos(group.start)].split()) > \
                    lx.WISHES_GROUP_WORDS:
                continue
            out.append(_Draft(parties=[visitor, group], trigger=(o(m.start()), o(noun.end())),
                              sent_index=si, kind="meeting", status="held", place=None,
                              scope=(o(f0), o(f1))))
            told.add(name_of(visitor))
            continue
        to = _TO_FAMILY_RE.search(F, noun.end(), min(f1, noun.end() + lx.CONDOLENCE_FAMILY_REACH))
        if to is None:
            continue
        family = _family_visited(a, to.start() - 1, f1)
        if family is None:
            continue
        if m.group(0).lstrip("وف") not in lx.IN_PERSON_VERBS and not any(
                w.strip("،,.") in lx.IN_PERSON_WORDS for w in F[m.end():nxt].split()):
            continue  # "قدّم الأمين العام للمنظمة تعازيه لأسر الضحايا": said from afar
        status = "planned" if m.group(0).lstrip("وف").startswith("ي") else "held"
        house = _HOUSE_RE.search(F, noun.end(), nxt)
        place = a.text[o(house.start(1)):o(house.end(1))] if house is not None else None
        # "جاء ذلك خلال زيارة قام بها مساء أمس الأول لمنزل الأسرة": the next sentence dates it
        then = _THAT_CAME_RE.match(F, f1, nxt) is not None
        out.append(_Draft(parties=[visitor, family], trigger=(o(m.start()), o(noun.end())),
                          sent_index=si, kind="visit", status=status, place=place,
                          scope=(o(f0), o(nxt if then else f1))))
        told.add(name_of(visitor))
    return out


INTENT_VERB_RE = _cue_re(lx.INTENT_VERBS, conj=True)


def _intended_visit(a: Analysed, si: int, before: list[str], ts: int, te: int, f1: int
                    ) -> tuple[Entity, Entity] | None:
    """(visitor, country) for "أعلن X عزمه زيارة إيران", "يعتزم X زيارة قبرص": the visit noun
    with its destination as direct object after an intention word — the owner of the pronoun
    (the sentence's subject), or the intending verb's subject."""
    if not before:
        return None
    F = a.folded.text
    o = a.folded.orig
    nxt = next((e for e in entities_between(a.entities, o(te), o(min(f1, te + 40)))), None)
    if nxt is None or nxt.type != "LOCATION" or F[te:a.folded.fold_pos(nxt.start)].strip() or \
            fold_keep_length(name_of(nxt)) not in _visit_places():
        return None
    s0 = a.sents[si][0]
    cue = before[-2] if before[-1] in ("علي", "في") and len(before) > 1 else before[-1]
    if cue in lx.INTENT_NOUNS:
        here = [e for e in entities_between(a.entities, s0, o(ts)) if e.type == "PERSON"
                and not _in_institution_name(a, e)]
        return (here[-1], nxt) if here else None
    verb = None
    for m in INTENT_VERB_RE.finditer(F, max(a.folded.fold_pos(s0), ts - 90), ts):
        verb = m
    if verb is None:
        return None
    prev = F[max(0, verb.start() - 8):verb.start()].split()[-1:]
    if prev and prev[0] in lx.GENERIC_VISITORS:
        return None  # "وكل من ينوي زيارة تونس": anyone at all
    between = [e for e in entities_between(a.entities, o(verb.end()), o(ts))
               if e.type == "PERSON"]
    if between:
        return between[0], nxt  # "يعتزم رئيس الوزراء X زيارة قبرص"
    if F[verb.end():ts].split():
        return None
    here = [e for e in entities_between(a.entities, s0, o(verb.start())) if e.type == "PERSON"]
    if here and len(F[a.folded.fold_pos(here[-1].end):verb.start()].split()) <= 2:
        return here[-1], nxt  # "وكان X يعتزم زيارة طهران"
    return None


def _visit_destination(a: Analysed, te: int, f1: int) -> Entity | None:
    """The country or capital a visit noun goes to: right after it (two adjectives at most
    between) after إلى / لـ, or "إلى الشطر الشمالي من قبرص" (three words, then من / في)."""
    F = a.folded.text
    o = a.folded.orig
    for e in entities_between(a.entities, o(te), o(min(f1, te + 70))):
        fs = a.folded.fold_pos(e.start)
        gap = F[te:fs].split()
        if e.type != "LOCATION" or any(c in F[te:fs] for c in "،,.:"):
            return None
        attached = F[fs - 1:fs] == "ل" and F[fs - 2:fs - 1].isspace()
        if any(w in lx.VISIT_NOT_ADJECTIVES for w in gap):
            return None  # ("زيارة له إلى فيتنام", "زيارة قام بها …": not the plain form)
        if attached:
            adjectives = gap[:-1] if gap[-1:] == ["ل"] else gap
            ok = len(adjectives) <= lx.VISIT_ADJECTIVE_MAX and "الي" not in adjectives
        elif "الي" in gap:
            i = gap.index("الي")
            inner = gap[i + 1:]
            ok = i <= lx.VISIT_ADJECTIVE_MAX and (
                not inner or (len(inner) <= 4 and inner[-1] in ("من", "في")))
        else:
            ok = False
        if ok and fold_keep_length(name_of(e)) in _visit_places() and not _title_place(a, e):
            return e
        return None
    return None


def _framed_visit(a: Analysed, si: int, form: str, before: list[str], ts: int, te: int,
                  f1: int) -> tuple[Entity, Entity] | None:
    """(visitor, country) for a visit noun with no visitor after it, framed by خلال / على هامش /
    بعد …: "وقال X خلال زيارته إلى قبرص", "أعرب X على هامش زيارة لسنغافورة" — the sentence's
    subject (the one speaking) visits; "بعد زيارة ناجحة إلى واشنطن …، يصل X": a fronted phrase,
    the visitor is the subject after its comma."""
    if not before or before[-1] not in lx.VISIT_FRAME_WORDS or form == "زيارات":
        return None
    if _owned(form) and before[-1] in lx.AT_RECEPTION:
        return None  # "مسؤولون يرافقون X في زيارته لأربيل": those with him, not his visit told
    F = a.folded.text
    o = a.folded.orig
    nxt = F[te:te + 30].split()[:1]
    if not _owned(form) and nxt and nxt[0].startswith("ال") and nxt[0] != "الي":
        return None  # "زيارة الوفد إلى …": the visitor is the genitive, told by _noun_visit
    s0 = a.sents[si][0]
    clause0 = max(a.folded.fold_pos(s0), F.rfind("،", 0, ts), F.rfind(",", 0, ts))
    if _other_meeting_after(F, clause0, ts):
        return None  # "بحث X مع Y خلال زيارة لبغداد": the visit is where they met
    dest = _visit_destination(a, te, f1)
    if dest is None:
        return None
    here = [e for e in entities_between(a.entities, s0, o(ts)) if e.type == "PERSON"
            and not _in_institution_name(a, e) and not _place_in_title(a, e)]
    if here:
        return here[-1], dest
    fronted = len(F[a.folded.fold_pos(s0):ts].split()) <= 2
    if _owned(form) and not fronted:
        # "وقال خلال زيارته إلى X إن …": the subject told before
        ref = _previous_subject(a, si, o(ts), nearest=True)
        prev0 = a.sents[si - 1][0] if si > 0 else s0
        return (ref, dest) if ref is not None and ref.start >= prev0 else None
    if not fronted:
        return None
    comma = min((i for i in (F.find("،", te, f1), F.find(",", te, f1)) if i >= 0), default=-1)
    if comma < 0:
        return None
    subj = next((e for e in entities_between(a.entities, o(comma), a.sents[si][1])
                 if e.type == "PERSON"), None)
    if subj is None or len(F[comma + 1:a.folded.fold_pos(subj.start)].split()) > 6:
        return None
    return subj, dest


def _destination(a: Analysed, f0: int, f1: int) -> str | None:
    """"سيتوجه إلى إيران حيث سيلتقي …", "سيزور الولايات المتحدة ويلتقي …": where the visit goes."""
    F = a.folded.text
    o = a.folded.orig
    for v in VISIT_RE.finditer(F, f0, f1):
        after = v.end()
        visitor = False
        transitive = v.group(0).lstrip("وف") in _VISIT_VERBS
        for e in entities_between(a.entities, o(v.end()), o(min(f1, v.end() + 90))):
            gap = F[after:a.folded.fold_pos(e.start)].split()
            if transitive and (e.type != "LOCATION" or _after_title(a, e) or _title_place(a, e)):
                # "زار مبعوث الأمم المتحدة الخاص إلى سوريا ستيفان دي ميستورا طهران": over the
                # visitor and the title
                after = a.folded.fold_pos(e.end)
                visitor = visitor or e.type == "PERSON"
                continue
            if not transitive and not visitor and e.type == "PERSON" and len(gap) <= 4 and \
                    F[a.folded.fold_pos(e.end):a.folded.fold_pos(e.end) + 5].split()[:1] == ["الي"]:
                # "توجهت المستشارة الألمانية X إلى باريس": over the traveller (and title)
                after = a.folded.fold_pos(e.end)
                visitor = True
                continue
            if e.type == "LOCATION" and len(gap) <= 1 and (
                    visitor or all(w in ("الي", "لـ") for w in gap)):
                return name_of(e)
            break
    return None


_VISIT_VERBS = frozenset({"زار", "زارت", "يزور", "تزور", "سيزور", "ستزور",
                          "اوفد", "اوفدت", "يوفد", "توفد"})  # (the sender, then the envoy)
_ARRIVAL_RE = re.compile(
    WB_START + r"[وف]?(?:وصل|وصلت|يصل|تصل|سيصل|ستصل|وصوله|وصولها|زياره|بزياره|زيارته|"
    r"زيارتها|يزور|تزور|سيزور|ستزور|زار|زارت|سيتوجه|يتوجه|توجه|سافر|يسافر|سيسافر|"
    r"ستسافر|تتوجه|ستتوجه)" + WB_END
)
_TO_RE = re.compile(WB_START + r"الي\s+(?:(?:محافظه|مدينه|العاصمه|جمهوريه|مملكه|دوله)\s+"
                    r"(?:ال\S+يه\s+)?)?")  # "إلى العاصمة الفرنسية باريس"


def _arrivals(a: Analysed) -> list[tuple[int, str]]:
    """(offset, place) of every "وصل/زيارة … إلى X" in the article, X a LOCATION."""
    F = a.folded.text
    out: list[tuple[int, str]] = []
    o = a.folded.orig
    for m in _ARRIVAL_RE.finditer(F):
        to = _TO_RE.search(F, m.end(), min(len(F), m.end() + 70))
        if to is None or "." in F[m.end():to.start()]:
            # "بزيارة لم يعلن عنها مسبقا لبغداد": the destination with ل
            for e in entities_between(a.entities, o(m.end()), o(min(len(F), m.end() + 70))):
                fs = a.folded.fold_pos(e.start)
                if e.type == "LOCATION" and F[fs - 1:fs] == "ل" and F[fs - 2:fs - 1].isspace() \
                        and "." not in F[m.end():fs]:
                    out.append((e.start, name_of(e)))
                    break
            continue
        while to is not None and "." not in F[m.end():to.start()]:
            dest = next((e for e in entities_between(a.entities, o(to.end()), o(to.end()) + 40)
                         if e.start == o(to.end()) and e.type == "LOCATION"), None)
            if dest is not None and _after_title(a, dest):
                # "وصل المبعوث الخاص للأمم المتحدة إلى سورية X أمس إلى دمشق": past the title
                to = _TO_RE.search(F, to.end(), min(len(F), m.end() + 120))
                continue
            if dest is not None:
                out.append((dest.start, name_of(dest)))
            break
    for m in _CAPITAL_OF_RE.finditer(F):
        # "زيارة أوباما الرسمية للعاصمة الإثيوبية": the country of the capital's nationality word
        country = nisba_country(m.group("nisba"))
        if country is not None and _ARRIVAL_RE.search(F, max(0, m.start() - 60), m.start()):
            out.append((o(m.start()), country))
    out.sort()
    return out


def _arrival_of(a: Analysed, pos: int, names: list[str]) -> bool:
    """Whether the sentence telling an arrival names one of a meeting's sides (or no person at
    all): "بدأ X زيارة إلى
    الجزائر" is no place of a meeting of Y with Z told later, nor "على هامش زيارة لسنغافورة"
    of another minister's reception in London."""
    sent = next(((s0, s1) for s0, s1 in a.sents if s0 <= pos < s1), None)
    if sent is None:
        return True
    people = [name_of(e) for e in entities_between(a.entities, *sent) if e.type == "PERSON"]
    if not people or set(people) & set(names):
        return True  # "وصل سموه إلى …": the visitor told by pronoun; "توجه ولي ولي العهد إلى
        # …": by a title the entities stage resolved to his name
    words = {w for n in names for w in fold_keep_length(n).split() if len(w) > 3}
    here = set(fold_keep_length(a.text[sent[0]:sent[1]]).replace("،", " ").split())
    return bool(words & here) or any(w[:1] in "وبل" and w[1:] in words for w in here)


_CAPITAL_OF_RE = re.compile(WB_START + r"(?:لل|الي\s+ال)عاصمه\s+(?P<nisba>ال\S+?)(?:[،,.]|\s|$)")


# "عبدالله الراجحي- سبق- جدة:": byline, outlet and city, dash-separated, up to the colon
BYLINE_DATELINE_RE = re.compile(r"^\s*((?:[^\s\-–:()]+(?:\s[^\s\-–:()]+){0,2}\s*[-–]\s*){1,3}"
                                r"[^\s\-–:()]+(?:\s[^\s\-–:()]+){0,2})\s*:")


def _dateline_place(doc: Document, a: Analysed) -> str | None:
    head = doc.text[: lx.DATELINE_MAX_CHARS + 10]
    byline = BYLINE_DATELINE_RE.match(doc.text[: 2 * lx.DATELINE_MAX_CHARS])
    for m in (DATELINE_RE.match(head), byline):
        if m:
            for e in entities_between(a.entities, m.start(1), m.end(1) + 1):
                if e.type == "LOCATION":
                    return name_of(e)
    return place_in_dateline(doc.dateline) if doc.dateline else None


_DATELINE_WORD_RE = re.compile(r"[\w\u0600-\u06FF]+")


def place_in_dateline(line: str) -> str | None:
    """The city of an agency dateline that ingestion took out of the text ("جدة 5 رمضان 1446 هـ
    الموافق … واس", "واس - القاهرة"): the first known place among its first words."""
    from marsad.entities.lexicon import lexicon

    lex = lexicon()
    words = _DATELINE_WORD_RE.findall(line)[:6]
    for i in range(len(words)):
        for n in (3, 2):
            if tuple(fold(w) for w in words[i : i + n]) in lex.place_phrases:
                return " ".join(words[i : i + n])
        if lex.first_known(words[i], lex.places):
            return words[i]
    return None


# --- attendees ---------------------------------------------------------------------------------


def _attach_attendees(doc: Document, a: Analysed, drafts: list[_Draft]) -> None:
    if not drafts:
        return
    F = a.folded.text
    o = a.folded.orig
    by_sent: dict[int, list[_Draft]] = {}
    for d in drafts:
        by_sent.setdefault(d.sent_index, []).append(d)
    owner: _Draft | None = None
    owner_si = -10
    for si, (s0, s1) in enumerate(a.sents):
        here = [d for d in by_sent.get(si, []) if len(_unique_names(d.parties)) >= 2]
        f0, f1 = a.folded.fold_pos(s0), a.folded.fold_pos(s1)
        if here:
            owner, owner_si = here[0], si
            scan_from = a.folded.fold_pos(owner.trigger[1])
        elif owner is not None and si - owner_si <= _ATTENDEE_LOOKAHEAD:
            scan_from = f0
        else:
            continue
        assert owner is not None
        for cue in ATTENDEE_RE.finditer(F, scan_from, f1):
            word = cue.group(0)
            nxt = ATTENDEE_RE.search(F, cue.end(), f1)
            end = f1
            stop = STOP_RE.search(F, cue.end(), f1)
            if stop and (nxt is None or stop.start() < nxt.start()):
                end = stop.start()
            ents = [e for e in entities_between(a.entities, o(cue.end()), o(end))
                    if e.type == "PERSON"]
            if word.endswith("الي جانب") and ents:
                # "إلى جانب" lists only the person right after it
                gap = F[cue.end():a.folded.fold_pos(ents[0].start)]
                ents = ents[:1] if len(gap.split()) <= 3 else []
            owner.attendees.extend(name_of(e) for e in ents)
            if ents and not here:
                owner_si = si  # "فيما حضره من الجانب الأميركي …" may follow the first list
