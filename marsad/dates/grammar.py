"""The dates grammar: lexicon.yaml compiled into ONE regular expression over folded text.

Matching runs once over the whole document (``SCANNER.finditer``); each alternative is a named
branch (numeric date, day+month, relative day, weekday, period, offset, duration, set …) whose
sub-groups the resolver reads. Text is folded character-wise (``fold_with_map``) so hamza/yaa/
taa-marbuta spellings and diacritics (غداً, عاماً) match one pattern, and offsets map back exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")

# character-wise fold: same length except the dropped marks, whose positions are mapped back
_DROP = frozenset(chr(c) for c in [*range(0x064B, 0x0653), 0x0670, 0x0640, 0x200C, 0x200D,
                                     0x200E, 0x200F, 0x061C])
_DROP_RE = re.compile("[" + "".join(sorted(_DROP)) + "]")
_FOLD_TABLE = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ھ": "ه",
    "ۀ": "ه", "٬": ",", "٫": ".", "\u00a0": " ", "\u202f": " ",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
})


class OffsetMap:
    """Folded index → original index, from the positions of the dropped marks (bisect, no list
    of every character)."""

    __slots__ = ("_adj",)

    def __init__(self, dropped: list[int]) -> None:
        # a folded index j sits after every drop i with p_i - i <= j
        self._adj = [p - i for i, p in enumerate(dropped)]

    def __getitem__(self, j: int) -> int:
        return j + bisect_right(self._adj, j)


def fold_with_map(text: str) -> tuple[str, OffsetMap | None]:
    """Folded text and, when marks were dropped, the map back to the original offsets."""
    if not _DROP_RE.search(text):
        return text.translate(_FOLD_TABLE), None
    dropped = [m.start() for m in _DROP_RE.finditer(text)]
    return _DROP_RE.sub("", text).translate(_FOLD_TABLE), OffsetMap(dropped)


def fold_word(s: str) -> str:
    """Fold a lexicon entry the same way as the text, blanks collapsed."""
    return " ".join(_DROP_RE.sub("", s).translate(_FOLD_TABLE).split())


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    with _LEXICON_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _words(items: Any) -> list[str]:
    return [fold_word(str(w)) for w in items]


def alt(words: list[str] | set[str] | frozenset[str]) -> str:
    """Alternation, longest first (Python's re takes the first branch that matches)."""
    uniq = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


def definite(words: list[str]) -> str:
    """Words with the article ال, allowing و/ف + ب/ك (وبالأمس) or the لل of ل+ال (للعام)."""
    stems = [w[2:] for w in words if w.startswith("ال")]
    return r"(?:[وف]?(?:[بك]?ال|لل))" + alt(stems)


def with_clitics(words: list[str]) -> str:
    """Indefinite words with an optional و/ف and ب/ل/ك in front (وأمس, لمدة)."""
    return r"(?:[وف]?[بلك]?)" + alt(words)


def key(s: str) -> str:
    return " ".join(s.split())


# ----------------------------------------------------------------------------------------------
# lookup tables built from the lexicon (folded keys → values)

def _index(section: dict[Any, list[str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for value, words in section.items():
        for w in _words(words):
            out[w] = value
    return out


LEX = lexicon()
GREG_MONTH = {k: int(v) for k, v in _index(LEX["gregorian_months"]).items()}
HIJRI_MONTH = {k: int(v) for k, v in _index(LEX["hijri_months"]).items()}
AMBIGUOUS_MONTHS = frozenset(_words(LEX["ambiguous_month_names"]))
AMBIGUOUS_HIJRI = frozenset(_words(LEX["ambiguous_hijri_names"]))
NAME_HEADS = frozenset(_words(LEX["name_heads"]))
WEEKDAY = _index(LEX["weekdays"])
WEEKDAY_BARE = _index(LEX["weekdays_bare"])
WEEKDAY_NUM = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
               "saturday": 5, "sunday": 6}
REL_DAY = {k: int(v) for k, v in _index(LEX["relative_days"]).items()}
NOT_TODAY_AFTER = frozenset(_words(LEX["not_today_after"]))
PAST_MODS = frozenset(_words(LEX["past_modifiers"]))
FUTURE_MODS = frozenset(_words(LEX["future_modifiers"]))
CURRENT_MODS = frozenset(_words(LEX["current_modifiers"]))
AFTER_NEXT = frozenset(_words(LEX["after_next"]))
BEFORE_LAST = frozenset(_words(LEX["before_last"]))
PERIOD_PART = _index(LEX["period_parts"])
UNIT_FORM: dict[str, tuple[str, str]] = {}  # folded form → (unit, number: singular|dual|plural)
for _unit, _forms in LEX["units"].items():
    for _number, _ws in _forms.items():
        for _w in _words(_ws):
            UNIT_FORM[_w] = (_unit, _number)
PERIOD_NOUN = _index(LEX["period_nouns"])
NUMBER_WORD = {k: int(v) for k, v in _index(LEX["numbers"]).items()}
ORDINAL = {k: int(v) for k, v in _index(LEX["ordinals"]).items()}
ORDINAL_UNIT = {k: int(v) for k, v in _index(LEX["ordinal_units"]).items()}
HOUR_WORD = {k: int(v) for k, v in _index(LEX["hour_words"]).items()}
TIME_PART = _index(LEX["time_parts"])
SET_ADVERB = _index(LEX["set_adverbs"])
FUTURE_CUES = frozenset(_words(LEX["future_cues"]))
PAST_CUES = frozenset(_words(LEX["past_cues"]))
NOT_FUTURE_S = frozenset(_words(LEX["not_future_s"]))

# ----------------------------------------------------------------------------------------------
# pattern pieces (all over folded text)

S = r"\s+"
COMMA = r"\s*[،,]?\s*"
_GM_ALL = list(GREG_MONTH)
_HM_ALL = list(HIJRI_MONTH)
GM = alt(_GM_ALL)
HM = alt(_HM_ALL)
MONTH = alt(_GM_ALL + _HM_ALL)
ALIAS = r"(?:\s*[\(/\-]?\s*" + GM + r"\s*\)?)"
ERA = r"(?:\s*(?:ه|هجري|هجريه|م|ميلادي|ميلاديه)(?!\w))"
YEAR_NOUN = r"(?:[وف]?(?:ال|ل|لل)?(?:عامي|عام|سنه|سنتي)\s*\.?)"
WD = definite(list(WEEKDAY))
WD_BARE = alt(list(WEEKDAY_BARE))
YAWM = r"(?:[وف]?[بلك]?يوم\s+)"
PARTS = with_clitics(list(PERIOD_PART))
DAY_PARTS = with_clitics(_words(LEX["day_parts"]))
MODS_LIST = sorted(PAST_MODS | FUTURE_MODS | CURRENT_MODS)
MODS = alt(list(AFTER_NEXT | BEFORE_LAST) + MODS_LIST)
REL_MODS = alt(list(AFTER_NEXT | BEFORE_LAST | PAST_MODS | FUTURE_MODS))
_NUM_UNITS = alt([w for w, v in NUMBER_WORD.items() if v < 10])
_NUM_TENS = alt([w for w, v in NUMBER_WORD.items() if 20 <= v <= 90])
_NUM_ANY = alt(list(NUMBER_WORD))
NUMBER = (r"(?:[وف]?(?:ال)?\(?\s*\d{1,4}\s*\)?|(?:[وف]?[بل]?(?:ال)?)(?:" + _NUM_UNITS
          + r"\s+و\s*" + _NUM_TENS + r"|" + _NUM_ANY + r"))")
UNIT_SG = alt([w for w, (_, n) in UNIT_FORM.items() if n == "singular"])
UNIT_DU = alt([w for w, (_, n) in UNIT_FORM.items() if n == "dual"])
UNIT_PL = alt([w for w, (_, n) in UNIT_FORM.items() if n == "plural"])
UNIT_ANY = alt(list(UNIT_FORM))
_ORD_UNITS = alt(list(ORDINAL_UNIT))
ORD = (r"(?:" + _ORD_UNITS + r"\s+(?:عشر|عشره)|" + _ORD_UNITS + r"\s+و\s*(?:العشرين|الثلاثين)|"
       + alt(list(ORDINAL)) + r"|غره)")
APPROX = (r"(?:(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يزيد\s+(?:عن|علي)|ما\s+يقارب"
          r"|ما\s+يقرب\s+من)\s+)")
WDPRE = (r"(?:" + YAWM + r"?(?P<{p}_wd>" + WD + r")" + COMMA
         + r"(?:(?:ال)?موافق\s*(?:ل\s*)?)?)?")
VAGUE_PL = definite(_words(LEX["vague_periods"]))
VAGUE_MOD = alt(_words(LEX["vague_modifiers"]))
VAGUE_COUNT = alt(_words(LEX["vague_counts"]))
_YEAR_NOUNS = frozenset({"عام", "العام", "سنه", "السنه", "لعام", "للعام", "عامي"})
YEAR_CUE = with_clitics([w for w in _words(LEX["year_cues"]) if w not in _YEAR_NOUNS])
HOUR_WORDS = alt(list(HOUR_WORD))
AMPM = alt(list(TIME_PART))


def _year_tail(p: str) -> str:
    return (r"(?:" + COMMA + r"(?:من\s+)?" + YEAR_NOUN + r"?\(?(?P<" + p + r"_y>\d{4})\)?"
            r"(?P<" + p + r"_era>" + ERA + r")?)")


BRANCHES: list[tuple[str, str]] = [
    # 15/4/2025, 2025-04-15, 6 / 10 / 1436هـ (with an optional weekday before)
    ("nd", WDPRE.format(p="nd") + r"(?:(?P<nd_d>\d{1,2})\s*(?P<nd_s>[/\-.])\s*(?P<nd_m>\d{1,2})"
           r"\s*(?P=nd_s)\s*(?P<nd_y>\d{4})|(?P<nd_y2>\d{4})\s*(?P<nd_s2>[/\-.])\s*"
           r"(?P<nd_m2>\d{1,2})\s*(?P=nd_s2)\s*(?P<nd_d2>\d{1,2}))(?!\d)(?P<nd_era>" + ERA + r")?"),
    # 15 أبريل 2025, الخامس عشر من أبريل, 18 شوال 1436 هـ, 21 سبتمبر الماضي
    # السابع من الشهر المقبل, 5 من هذا الشهر, 29 الجاري (the day of the current month)
    ("dr", r"(?:و\s*)?(?:ال\s*)?(?:(?P<dr_d>\d{1,2})|(?P<dr_o>" + ORD + r"))\s+(?:من\s+"
           r"(?:(?P<dr_this>هذا\s+)"
           r"الشهر|الشهر\s+(?P<dr_mod>" + MODS + r")|الشهر\s+(?P<dr_same>ذاته|نفسه))"
           r"|(?P<dr_cur>الجاري|الحالي))"),
    ("dm", WDPRE.format(p="dm") + r"(?:و\s*)?(?:(?:ال\s*)?(?P<dm_d>\d{1,2})|(?P<dm_o>" + ORD
           + r"))\s*"
           r"(?:من\s+)?(?:شهر\s+)?(?P<dm_m>" + MONTH + r")" + ALIAS + r"?(?:" + _year_tail("dm")
           + r"|\s+(?P<dm_mod>" + MODS + r"))?"),
    # الساعة العاشرة صباحاً, الساعة 10:30
    # منتصف النهار, منتصف الليل (a time of day, not a date)
    ("tn", r"(?P<tn_w>[وف]?[بل]?منتصف\s+(?:النهار|الليل))(?!\s+(?:" + WD + r"|" + MONTH + r"))"),
    ("tm", r"(?=[وف]?[بلك]?(?:ال)?ساعه\s|(?:ال\s*)?\d{1,2}(?:[:.]\d{2})?\s+" + AMPM + r"(?!\w)"
           r"|[وف]?[بل]?" + HOUR_WORDS + r"(?:\s+و\s*(?:النصف|الربع))?\s+" + AMPM + r"(?!\w)"
           r"|\d{1,2}:\d{2}\s*(?:ت\s*غ|GMT|بتوقيت))"
           r"(?:(?P<tm_sa>[وف]?[بلك]?(?:ال)?ساعه)\s+(?:الان\s+)?)?(?:[وف]?[بل]?(?=ال))?(?:ال\s*)?(?:(?P<tm_h>\d{1,4})"
           r"(?:\s*[:.]\s*(?P<tm_mi>\d{2}))?|(?P<tm_hw>" + HOUR_WORDS + r"))(?:\s+(?:و\s*)?"
           r"(?P<tm_fr>النصف|الربع|نصف|ربع))?(?:\s+(?:من\s+)?(?P<tm_ap>" + AMPM + r"))?"
           r"(?=\s+من\s+(?P<tm_ap2>ظهر|صباح|مساء|فجر|عصر|ليل))?(?:\s*(?P<tm_gmt>بتوقيت\s+"
           r"(?:جرينتش|غرينتش|جرينيتش|مكه|السعوديه|الرياض)|GMT|ت\s*غ))?"),
    # (مطلع) يوليو 2015, شهر رمضان 1436
    ("my", r"(?:(?P<my_part>" + PARTS + r")\s+)?(?:[وف]?[بل]?شهر\s+)?(?P<my_m>" + MONTH + r")"
           + ALIAS + r"?" + _year_tail("my")),
    # يوليو الماضي, رمضان المقبل, أغسطس القادم
    ("mm", r"(?:(?P<mm_part>" + PARTS + r")\s+)?(?P<mm_sh>[وف]?[بل]?شهر\s+)?(?P<mm_m>" + MONTH
           + r")" + ALIAS + r"?\s+(?:(?P<mm_mod>" + MODS + r")|(?:من\s+)?" + YEAR_NOUN
           + r"(?P<mm_ymod>" + MODS + r"))"),
    # الشهر نفسه عام 2014: the month of the last expression, in another year
    ("sm", r"[وف]?[بل]?(?:ال)?شهر\s+(?:نفسه|ذاته)\s+(?:من\s+)?(?:" + YEAR_NOUN + r"?(?P<sm_y>\d{4})"
           r"|(?:ال|ل|لل)?(?:عام|سنه)\s+(?P<sm_mod>" + MODS + r"))"),
    # عام 2015, في 2018, 1436هـ, عامي 2010 و2015
    ("yr", r"(?:(?P<yr_cue>" + YEAR_CUE + r")\s+)?(?P<yr_noun>" + YEAR_NOUN + r")?\(?"
           r"(?P<yr_y>\d{4})\)?(?P<yr_era>" + ERA + r")?(?:\s*(?P<yr_sep>و|-|–|/|الي|حتي)\s*"
           r"(?P<yr_y2>\d{4})"
           r"(?P<yr_era2>" + ERA + r")?)?(?!\s*[/\-.]\s*\d)"),
    # العام الماضي, مطلع الأسبوع الجاري, في وقت سابق من العام الجاري, هذا الشهر
    ("pr", r"(?:(?P<pr_early>(?:[وف]?في\s+)?وقت\s+(?:سابق|لاحق|مبكر|متاخر)\s+(?:من\s+)?)"
           r"|(?P<pr_part>" + PARTS + r")\s+|(?P<pr_this>[وف]?ل?(?:هذا|هذه)\s+))?(?P<pr_n>"
           + definite(list(PERIOD_NOUN)) + r")(?:\s+(?P<pr_mod>" + MODS + r"))?"
           r"(?:" + COMMA + r"\(?(?P<pr_y>\d{4})\)?(?P<pr_era>" + ERA + r")?)?"),
    # اليوم, أمس الخميس, صباح أمس, بعد غد, أول أمس
    ("rd", r"(?:(?P<rd_part>" + DAY_PARTS + r")\s+)?(?:" + YAWM + r")?(?P<rd_w>"
           + definite([w for w in REL_DAY if w.startswith("ال")]) + r"|"
           + r"[وف]?" + alt([w for w in REL_DAY if not w.startswith("ال")]) + r")"
           r"(?:" + COMMA + r"(?P<rd_po>\(\s*)?(?P<rd_wd>" + WD + r")(?(rd_po)\s*\)))?"),
    # الثمانينيات من القرن العشرين, التسعينيات
    ("dc", r"(?P<dc_w>[وف]?[بل]?(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين"
           r"|تسيعين)ي?ات)"
           r"(?:\s+(?:من\s+)?(?:ال)?قرن\s+(?P<dc_c>الماضي|العشرين|ال20|الحادي\s+والعشرين|الحالي"
           r"|الجاري))?"),
    # الجمعة, يوم السبت المقبل, السبت بعد المقبل, مساء الخميس الماضي
    ("wd", r"(?:(?P<wd_part>" + DAY_PARTS + r")\s+)?(?:" + YAWM + r")?(?P<wd_d>" + WD + r")"
           r"(?:\s+(?P<wd_mod>" + REL_MODS + r")|\s*(?P<wd_a>\d{1,2})\s*/\s*(?P<wd_b>\d{1,2})"
           r"(?!\s*/?\s*\d))?"),
    # قبل ثلاثة أيام, منذ عامين, بعد أسبوع, قبل أيام
    ("of", r"(?P<of_rel>[وف]?(?:قبل|منذ|بعد|مند))\s+(?P<of_apx>" + APPROX + r")?(?:(?P<of_n>"
           + NUMBER + r")\s+(?P<of_u>" + UNIT_ANY + r")|(?P<of_du>" + UNIT_DU + r")|(?P<of_u1>"
           + UNIT_SG + r")(?!\s*\(?\d)(?!\s+(?:" + MONTH + r"|" + WD + r"))|(?P<of_vq>(?:"
           + VAGUE_COUNT + r"\s+)?"
           + UNIT_PL + r"))"),
    # كل أسبوع, كل 3 أشهر, يومياً, كل جمعة
    ("st", r"(?:(?P<st_kull>[وف]?[بل]?كل)\s+(?:(?P<st_n>" + NUMBER + r")\s+(?P<st_u>" + UNIT_ANY
           + r")|(?P<st_du>" + UNIT_DU + r")|(?P<st_u1>" + UNIT_SG + r")|(?P<st_wd>" + WD_BARE
           + r"))|(?P<st_adv>" + with_clitics(list(SET_ADVERB)) + r")|(?:[وف]?ب)?شكل\s+"
           r"(?P<st_adj>يومي|اسبوعي|شهري|سنوي))"),
    # الأيام المقبلة, السنوات العشر الماضية
    ("vg", r"(?P<vg_du>" + definite(["ال" + w for w, (_, n) in UNIT_FORM.items() if n == "dual"])
           + r")\s+(?P<vg_mod2>الماضيين|القادمين|المقبلين|الاخيرين|المنصرمين|الفائتين)|"
           r"(?P<vg_p>" + VAGUE_PL + r")\s+(?:(?P<vg_n>" + NUMBER + r")\s+)?(?P<vg_mod>"
           + VAGUE_MOD + r")"),
    # 20 عاماً, ثلاثة أشهر, عامين, لمدة عام, عدة أيام, لسنوات
    ("du", r"(?:(?P<du_n>" + NUMBER + r")\s*(?P<du_u>" + UNIT_ANY + r")(?P<du_half>\s+و\s*نصف)?"
           r"(?:\s+(?:الماضيه|الاخيره|المقبله|القادمه|الماضي|المقبل|القادم|المنصرمه))?|(?P<du_d>[وف]?[بلك]?"
           + UNIT_DU + r")(?P<du_half2>\s+و\s*نصف)?|(?P<du_cue>"
           + with_clitics(_words(LEX["duration_cues"])) + r")\s+"
           r"(?P<du_u1>" + UNIT_SG + r")(?!\s*\(?\d)(?!\s+(?:" + MONTH + r"|" + WD + r"))"
           r"(?:\s+واحد[ه]?)?"
           r"|(?P<du_vq>"
           + with_clitics(_words(LEX["vague_counts"])) + r"\s+" + UNIT_PL
           + r")|(?P<du_l>[وف]?ل(?:سنوات|اعوام|عقود|سنين))"
           r"|(?P<du_tens>[وف]?[بل]?(?:عشرات|مئات|الاف)\s+"
           r"(?:السنين|السنوات|الاعوام|الايام|الساعات|الاشهر|الشهور|القرون))|[وف]?[بل]?(?P<du_u2>"
           + UNIT_SG + r")\s+واحد[ه]?)"),
    # يوليو, شهر رمضان, مطلع أغسطس
    ("mo", r"(?:(?P<mo_part>" + PARTS + r")\s+)?(?P<mo_sh>[وف]?[بل]?شهر\s+)?(?P<mo_m>" + MONTH
           + r")" + ALIAS + r"?"),
]

def _all_words(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [w for v in node.values() for w in _all_words(v)]
    if isinstance(node, list):
        return [w for v in node for w in _all_words(v)]
    return [fold_word(str(node))]


# Every word a match can start with (clitics peeled): the scanner is tried only at these words,
# so the text is walked word by word in C (\w+) and the big pattern runs at few positions.
_FIRST = {w.split(" ")[0] for w in _all_words(LEX) if w} | {
    "يوم", "شهر", "ساعه", "قبل", "منذ", "مند", "بعد", "كل", "شكل", "هذا", "هذه", "في", "وقت",
    "ال", "عام", "عامي", "سنه", "سنتي", "غره", "غد", "عشرات", "مئات", "الاف", "منتصف"} | {
    p + w + s for p in ("", "ال") for s in ("يات", "ات")
    for w in ("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "تسيعين")}
FIRST_WORDS = frozenset(_FIRST | {"ال" + w for w in _FIRST if not w.startswith("ال")})
_CLITIC_HEADS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


@lru_cache(maxsize=100_000)
def may_start(word: str) -> bool:
    """Whether a folded word (with its clitics) can begin a date expression."""
    if word[0].isdigit() or word[-1].isdigit():
        return True
    for head in _CLITIC_HEADS:
        if not word.startswith(head):
            continue
        rest = word[len(head):]
        if rest in FIRST_WORDS:
            return True
        if rest.startswith("ل") and "ا" + rest in FIRST_WORDS:  # للعام = ل + العام
            return True
    return False


WORD = re.compile(r"\w+")

SCANNER = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in BRANCHES) + r")(?!\w)"
)
BRANCH_NAMES = tuple(name for name, _ in BRANCHES)
