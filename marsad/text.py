"""The text layer: thin helpers on top of camel-tools' normalisers and tokeniser.

Everything here is offset-preserving where it returns spans (tokens, sentences) and lossy only in
``fold``, which builds *matching keys* — never text to show.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.charsets import EMOJI_ALL_CHARSET, UNICODE_PUNCT_SYMBOL_CHARSET
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

TATWEEL = "\u0640"
ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# Sentence ends: . ! ? ؟ ؛ and line breaks. A '.' between digits (3.5) is not an end.
_SENT_END_CHARS = frozenset(".!?؟؛\n")
_OPEN_QUOTES = {"«": "»", "“": "”", '"': '"', "„": "“"}
_CLAUSE_RE = re.compile(r"[،,]")

# Light clitic stripping for matching and counting (not a morphological analysis: CAMeL's analyser
# is used for lemmas where its database is installed, see marsad.keywords.lemmas).
PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ل", "ك")
ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي")
_MIN_STEM = 2


_WORD_RE = re.compile(r"\S+")
_SYMBOL_CHARS = frozenset(
    c for c in UNICODE_PUNCT_SYMBOL_CHARSET | EMOJI_ALL_CHARSET if len(c) == 1
)
_HIGH_RE = re.compile(r"[\u2000-\U0010ffff]")  # emoji sequences and other rare symbols: slow path


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


# Characters that camel-tools' normalize_unicode can change (presentation forms, ligatures and other
# compatibility characters live above U+06FF or in U+0080-U+00FF); plain text skips it — it was the
# largest cost of folding.
_COMPAT_RE = re.compile(r"[\u0080-\u00ff\u0700-\uffff]")


def _unicode_norm(s: str) -> str:
    return normalize_unicode(s) if _COMPAT_RE.search(s) else s


@lru_cache(maxsize=500_000)
def fold(s: str) -> str:
    """Matching key: NFKC-ish unicode fold, no diacritics or tatweel, alef/yaa/taa-marbuta folded.

    أحمد / احمد / أحْمَد and وزارة / وزاره all fold to the same key.
    """
    s = _unicode_norm(s)
    s = dediac_ar(s).replace(TATWEEL, "")
    s = normalize_alef_ar(s)
    s = normalize_alef_maksura_ar(s)
    s = normalize_teh_marbuta_ar(s)
    return s.translate(ARABIC_INDIC_DIGITS)


# The light fold of the facts stages and of name matching: letters folded one for one (so offsets
# survive), marks dropped separately — no unicode normalisation, no camel-tools call.
_LETTER_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
MARKS_RE = re.compile(r"[\u064B-\u0652\u0670\u0640]")


def fold_keep_length(s: str) -> str:
    """Fold letters only (same length): what cue patterns and entity keys are written in."""
    return s.translate(_LETTER_FOLD)


@lru_cache(maxsize=200_000)
def fold_key(s: str) -> str:
    """Matching key for names: letters folded, marks dropped, blanks collapsed."""
    return " ".join(MARKS_RE.sub("", s.translate(_LETTER_FOLD)).split())


def clean_display(s: str) -> str:
    """Text for display and storage: presentation forms undone (NFKC), tatweel kept out."""
    return unicodedata.normalize("NFKC", s).replace(TATWEEL, "")


def has_arabic(s: str, min_letters: int = 1) -> bool:
    return len(ARABIC_LETTER_RE.findall(s[:20000])) >= min_letters


def tokenize(text: str) -> list[Token]:
    """Words and punctuation with character offsets, exactly as camel-tools' simple_word_tokenize.

    Why not call it on the whole text: it walks every character with a regex, which made it the
    largest cost of the pipeline. A whitespace-delimited word with no punctuation, symbol or emoji
    is one token either way, so only words that contain one are handed to camel-tools.
    """
    out: list[Token] = []
    for m in _WORD_RE.finditer(text):
        word, start = m.group(), m.start()
        if _SYMBOL_CHARS.isdisjoint(word) and not _HIGH_RE.search(word):
            out.append(Token(word, start, m.end()))
            continue
        pos = 0
        for tok in simple_word_tokenize(word):
            i = word.find(tok, pos)
            if i < 0:  # the tokeniser never rewrites characters, but stay safe
                continue
            out.append(Token(tok, start + i, start + i + len(tok)))
            pos = i + len(tok)
    return out


def is_word(tok: str) -> bool:
    return any(c.isalnum() for c in tok)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) split at . ! ? ؟ ؛ and line breaks.

    Not inside quotes (« » “ ” "…") — a quoted statement stays with its verb — not at a point
    between digits (3.5), and not after a lone title letter (د. حمدان، م. صالح). Found by jumping
    from one special character to the next rather than walking every character: every stage
    splits every article. Leading/trailing blanks are trimmed from each span; empty spans dropped.
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    closing: str | None = None
    pos = 0
    while True:
        m = _SENT_SPECIAL_RE.search(text, pos)
        if m is None:
            break
        i = m.start()
        c = text[i]
        if closing is not None:
            if c == closing:
                closing = None
            elif c == "\n":  # a quote never runs across a paragraph
                closing = None
                spans.append((start, i))
                start = i + 1
            pos = i + 1
            continue
        if c in _OPEN_QUOTES:
            closing = _OPEN_QUOTES[c]
            pos = i + 1
            continue
        if c not in _SENT_END_CHARS:
            pos = i + 1
            continue
        if c == "." and 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            pos = i + 1
            continue
        if c == "." and (_is_abbreviation(text, i) or _in_initials(text, i)):
            pos = i + 1
            continue
        j = i + 1
        while j < n and text[j] in ".!?؟":
            j += 1
        spans.append((start, j if c != "\n" else i))
        start = j
        pos = j
    spans.append((start, n))
    return [_trim(text, a, b) for a, b in spans if text[a:b].strip()]


_SENT_SPECIAL_RE = re.compile(r"[.!?؟؛\n«“\"„»”]")
_ABBREVIATIONS = frozenset({"د", "م", "أ", "ا", "ص", "ج", "ش"})


def _is_abbreviation(text: str, i: int) -> bool:
    """A lone Arabic letter before the dot (د. = doctor, م. = engineer) and a word after it."""
    return (
        i >= 1
        and text[i - 1] in _ABBREVIATIONS
        and (i < 2 or not text[i - 2].isalnum())
        and i + 2 < len(text)
        and text[i + 1] == " "
        and text[i + 2].isalpha()
    )


# Initials: a '.' between single letters ("د.ب.أ", "أ.ف.ب:") or after one inside a short
# bracket ("(أ. ف. ب)", "(9:00 ت.غ)") — an agency's signature or an abbreviation, no sentence end
_INITIALS_BRACKET = 14  # characters from the dot to the bracket on either side
_INITIAL_EDGES = frozenset(" \t\n().-–/:«»\"“”،,")


def _single_letter_at(text: str, j: int) -> bool:
    return 0 <= j < len(text) and text[j].isalpha() and \
        (j == 0 or text[j - 1] in _INITIAL_EDGES) and \
        (j + 1 >= len(text) or text[j + 1] in _INITIAL_EDGES)


def _in_initials(text: str, i: int) -> bool:
    """A dot between one-letter words ("د.ب.أ"), or after one inside a short bracket."""
    if not _single_letter_at(text, i - 1):
        return False
    if _single_letter_at(text, i + 1):
        return True
    opened = text.rfind("(", max(0, i - _INITIALS_BRACKET), i)
    if opened < 0 or ")" in text[opened:i] or "\n" in text[opened:i]:
        return False
    closed = text.find(")", i, i + _INITIALS_BRACKET)
    return closed > 0 and "\n" not in text[i:closed]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated clauses of a sentence span (، and ,), for finer-grained matching."""
    out: list[tuple[int, int]] = []
    a = start
    for m in _CLAUSE_RE.finditer(text, start, end):
        out.append(_trim(text, a, m.start()))
        a = m.end()
    out.append(_trim(text, a, end))
    return [s for s in out if s[1] > s[0]]


@lru_cache(maxsize=1)
def _word_freqs() -> dict[str, int]:
    path = Path(__file__).resolve().parent / "resources" / "wordfreq.tsv"
    out: dict[str, int] = {}
    with path.open(encoding="utf-8") as fp:
        for line in fp:
            if not line.startswith("#"):
                w, _, n = line.rstrip("\n").partition("\t")
                out[w] = int(n)
    return out


def word_freq(folded: str) -> int:
    """How often a folded form (``fold_keep_teh``) occurs in the reference corpora; 0 if unseen."""
    return _word_freqs().get(folded, 0)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Folded Arabic stopwords (marsad/resources/stopwords_ar.txt): function and formula words."""
    path = Path(__file__).resolve().parent / "resources" / "stopwords_ar.txt"
    with path.open(encoding="utf-8") as fp:
        words = [ln.strip() for ln in fp if ln.strip() and not ln.startswith("#")]
    return frozenset(fold(w) for w in words) | frozenset(fold_keep_teh(w) for w in words)


def _rest_is_likelier(w: str, rest: str) -> bool:
    """Is و/ف/ب/ل/ك + rest the better reading of w? Function words (كما، بين، ولي) never split."""
    if w in stopwords():
        return False
    fw, fr = word_freq(w), word_freq(rest)
    if fw == 0 and fr == 0:
        return len(rest) >= 4  # an unseen long word after و/ب/ل is most often a clitic + name
    return fr >= max(3, fw // 5)


@lru_cache(maxsize=500_000)
def fold_keep_teh(s: str) -> str:
    """Like ``fold`` but ة stays ة — needed wherever a final ه may be a pronoun (وزارة ≠ وزاره)."""
    s = _unicode_norm(s)
    s = dediac_ar(s).replace(TATWEEL, "")
    s = normalize_alef_ar(s)
    s = normalize_alef_maksura_ar(s)
    return s.translate(ARABIC_INDIC_DIGITS)


@lru_cache(maxsize=500_000)
def split_clitics(word: str) -> tuple[int, int]:
    """How many leading and trailing characters of ``fold_keep_teh(word)`` are clitics.

    Light and conservative, for matching and counting (CAMeL's analyser gives real lemmas where its
    database is installed): one proclitic group (و ف ب ل ك ال and their combinations) and one
    multi-letter pronoun suffix, only while at least three letters of stem remain. Single-letter
    suffixes (ي ك ه) are left alone: they end too many stems (عراقجي، بنك، وجه).
    """
    w = fold_keep_teh(word)
    suf = 0
    for e in ENCLITICS:
        if len(e) > 1 and w.endswith(e) and len(w) - len(e) >= _MIN_STEM + 1:
            suf = len(e)
            break
    core = w[: len(w) - suf]
    pre = 0
    for p in PROCLITICS:
        if core.startswith(p) and len(core) - len(p) >= _MIN_STEM + 1:
            rest = core[len(p) :]
            # a bare one- or two-letter proclitic (و ف ب ل ك, وب …) is stripped only when what is
            # left is the likelier word (وقال → قال, but وزارة stays); with ال it always is
            if "ال" in p or p == "لل" or _rest_is_likelier(core, rest):
                pre = len(p)
                break
    return pre, suf


@lru_cache(maxsize=200_000)
def strip_clitics(word: str) -> str:
    """Folded word without its leading conjunction/preposition/article and trailing pronoun."""
    w = fold_keep_teh(word)
    pre, suf = split_clitics(word)
    return normalize_teh_marbuta_ar(w[pre : len(w) - suf])


@lru_cache(maxsize=200_000)
def clitic_variants(word: str) -> tuple[str, ...]:
    """Every plausible folded reading of a word with proclitics peeled: لعراقجي → (لعراقجي, عراقجي).

    Lexicon lookups try each; the first that is known wins. Ordered longest (no stripping) first.
    """
    w = fold(word)
    out = [w]
    for p in PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= _MIN_STEM:
            rest = w[len(p) :]
            if rest not in out:
                out.append(rest)
            if p in ("و", "ف") and rest.startswith(("ب", "ل", "ك")) and len(rest) > 3:
                if rest[1:] not in out:
                    out.append(rest[1:])
    return tuple(out)
