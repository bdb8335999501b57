"""From raw article text to a clean body: characters normalised, web clutter and metadata lines out.

The cleaner works on lines because web clutter comes in lines: a "read also" heading and its
headlines, a share bar, a tags block, a source line, a section menu repeated at the bottom. What it
removes that carries meaning (tags, source, byline, dateline) it hands back in ``Extracted`` so the
metadata reader can use it instead of losing it.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from marsad.ingest.cues import (
    AGENCIES,
    AUTHOR_LABELS,
    BULLETS,
    CREDIT_OPENINGS,
    NAV_LINES,
    RELATED_HEADINGS,
    SHARE_WORDS,
    SOURCE_LABELS,
    TAG_LABELS,
    TAG_STOPWORDS,
    TAIL_MARKERS,
)

TATWEEL = "\u0640"
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"
_MARKS_RE = re.compile(f"[{_DIACRITICS}{TATWEEL}]")
_EASTERN_DIGIT_RE = re.compile("[٠-٩۰-۹]")
_DIGIT_TABLE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Invisible characters that web pages and PDFs scatter through Arabic text.
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_LONE_TATWEEL_RE = re.compile(r"(?:(?<=\s)|^)\u0640+(?=\s|$)", re.MULTILINE)
# Only what needs changing: runs of 2+ blanks, or a single tab/nbsp/other blank (not " ").
_HSPACE_RE = re.compile(r"[^\S\n]{2,}|[^\S\n ]")
_MANY_NEWLINES_RE = re.compile(r"\n{3,}")
_SENTENCE_END = frozenset(".!?؟…")
_LABEL_SEP_RE = re.compile(r"\s*[:：]\s*")
_URL_OR_EMAIL_RE = re.compile(r"^(?:https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+)$", re.IGNORECASE)
_TAG_SPLIT_RE = re.compile(r"\s*[،,|;؛/#\n]\s*")
_LEADING_NAV_RE = re.compile(r"^(?:(?:next|previous)\s*)+", re.IGNORECASE)
_DASH_SPLIT_RE = re.compile(r"\s*[-–—]+\s*")
# Site furniture glued to the end of the text ("… رابط الخبر بصحيفة الوئام: <title>"): cut from
# the match to the end. 3alyoum ends its last line with "… سمات tag tag".
_INLINE_TAIL_RE = re.compile(
    r"\s*(?:رابط الخبر بصحيفة\s+\S+\s*:|مقالات [أا]خرى للكاتب|للتواصل مع الكاتب).*\Z", re.DOTALL
)
_INLINE_TAGS_TAIL_RE = re.compile(r"(?:(?<=[.!؟?\"”»)])|(?<=\w))\s+سمات\s+([^.!؟?:\"«»،,]{2,200})$")
_INLINE_TAGS_MAX_WORDS = 15  # after a word: short, or it is prose that happens to say سمات
_INLINE_TAGS_MAX_WORDS_AFTER_STOP = 30  # after a full stop the run can only be tags
_STOP_BEFORE_TAGS = frozenset(".!؟?\"”»)/>")
# Syndication credits between the pieces of a compiled page: "* خدمة «واشنطن بوست»", "خاص ب{…}".
_SYNDICATION_RE = re.compile(r"^(?:[*•·]\s*خدمة\s*:?\s*[«{\"]|خاص\s*ب\s*[«{}\"])")
# Cloudflare's e-mail obfuscation as scraped: the address is gone, "[email protected] /* */" stays
# behind (in 18 of the July corpus's job and contact notices) and became a MISC entity.
_OBFUSCATED_EMAIL_RE = re.compile(r"[^\S\n]*\[email\s*protected\](?:\s*/\*\s*\*/)?", re.IGNORECASE)
_GALLERY_NAV_RE = re.compile(r"[^\S\n]*\bNext\s+Previous\b[^\S\n]*")
# Page code pasted into the text (alriyadh poll boxes: CSS rules, then jQuery): where it starts.
_CODE_START_RE = re.compile(
    r"(?:[#.][A-Za-z][\w-]*(?:\s+[\w.#-]+)*\s*\{|jQuery[.(]|function\s*\(|\bvar\s+\w+\s*=|"
    r"<script|document\.|window\.)"
)
_CODE_MIN_CHARS = 60
_CODE_TAIL_MAX_CHARS = 400
# "… نهاية الخبر. المزيد", "…...المزيد": a more-link after the last sentence, never "طالب بالمزيد".
_TRAILING_MORE_RE = re.compile(
    r"(?:(?<=[.!؟?»\"”])\s*|\s*\.{2,}\s*|^)(?:المزيد|اقرأ المزيد|إقرأ المزيد)\s*$"
)
_CREDIT_MAX_WORDS = 8
_CREDIT_LEAD = "*-–—•· "
_CREDIT_SQUEEZE_RE = re.compile(r"[\s:]+")  # "خدمة: {…}" and "خاص ب «…»" match "خدمة{", "خاصب«"
_HEADLINE_MAX_WORDS = 28
_BULLET_MAX_WORDS = 40
_MENU_MAX_WORDS = 12
_BYLINE_MAX_WORDS = 8
_HEAD_CHARS = 60
_WIDGET_PUNCT = ":|-–—•·,،()[]"


@dataclass
class Extracted:
    """What the cleaner took out of the body but the article keeps as metadata."""

    tags: list[str] = field(default_factory=list)
    source: str | None = None
    byline: str | None = None
    removed: list[str] = field(default_factory=list)  # kinds of clutter removed, for warnings


def key(s: str) -> str:
    """Matching form of a line: no diacritics or tatweel, alef/yaa/taa folded, ASCII digits.

    Chained ``str.replace`` rather than one ``translate`` table: several times faster on Arabic,
    and this runs on every line of every article.
    """
    if _MARKS_RE.search(s):
        s = _MARKS_RE.sub("", s)
    if _EASTERN_DIGIT_RE.search(s):
        s = s.translate(_DIGIT_TABLE)
    s = s.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ٱ", "ا")
    s = s.replace("ى", "ي").replace("ة", "ه")
    return " ".join(s.lower().split())


def head_key(s: str) -> str:
    """``key`` of a line's opening only: cue phrases sit at the start, and long paragraphs are
    the common case, so this keeps cleaning linear in the number of lines, not characters."""
    return key(s[:_HEAD_CHARS])


def normalize_chars(text: str) -> str:
    """NFKC (undoes presentation forms), entities decoded, invisibles out, spaces collapsed.

    A run of tatweel standing alone between spaces is a dash ("عكاظ ــ جدة"); inside a word it is
    decoration and goes, so the body never mixes both spellings.
    """
    for _ in range(2):  # "&amp;nbsp;" (escaped twice) is common in scraped feeds
        if "&" not in text:
            break
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE_RE.sub("", text)
    if TATWEEL in text:
        text = _LONE_TATWEEL_RE.sub("-", text).replace(TATWEEL, "")
    return _HSPACE_RE.sub(" ", text)


def join_paragraphs(lines: list[str]) -> str:
    """Lines back to text: a blank line between paragraphs, never more than one."""
    text = "\n".join(ln.strip() for ln in lines)
    return _MANY_NEWLINES_RE.sub("\n\n", text).strip()


def _starts_with_cue(k: str, cues: tuple[str, ...]) -> str | None:
    for cue in cues:
        if k.startswith(cue) and (len(k) == len(cue) or k[len(cue)] in " :-–—"):
            return cue
    return None


def is_label_line(line: str) -> bool:
    """"المصدر: …", "كلمات دلالية: …" and the like — metadata, never a headline."""
    k = head_key(line)
    return _labelled(k, SOURCE_LABELS) or _labelled(k, TAG_LABELS)


def _labelled(k: str, labels: tuple[str, ...]) -> bool:
    """"label: value" or the label alone on its line — never prose that merely starts so."""
    cue = _starts_with_cue(k, labels)
    return cue is not None and (k == cue or k[len(cue):].lstrip().startswith(":"))


def _word_count(s: str) -> int:
    return len(s.split())


def _is_headline_like(line: str) -> bool:
    s = line.strip()
    return bool(s) and _word_count(s) <= _HEADLINE_MAX_WORDS and s[-1] not in _SENTENCE_END


def _is_bullet(line: str) -> bool:
    """A list item that reads as a headline: bullet first, no sentence-final stop at the end."""
    return bool(line) and line[0] in BULLETS and line[-1] not in _SENTENCE_END


def _after_label(line: str) -> str:
    parts = _LABEL_SEP_RE.split(line, maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


def split_tags(raw: str) -> list[str]:
    """Tag strings from a tags block, deduplicated in order, site-menu runs dropped.

    With separators (، , | # …) each piece is a tag. Without, the block is a run of words where a
    site menu often repeats ("سياسة اقتصاد رياضة … سياسة اقتصاد رياضة …"): every word inside a
    three-word sequence that occurs twice is menu, not a tag.
    """
    raw = raw.strip()
    if not raw:
        return []
    if _TAG_SPLIT_RE.search(raw):
        pieces = [p.strip(" .:-") for p in _TAG_SPLIT_RE.split(raw)]
    else:
        words = raw.split()
        keys = [key(w) for w in words]
        grams = Counter(tuple(keys[i:i + 3]) for i in range(len(keys) - 2))
        menu = {k for g, n in grams.items() if n >= 2 for k in g}
        pieces = _longest_run_outside(words, keys, menu) if menu else words
    out: list[str] = []
    seen: set[str] = set()
    for p in pieces:
        k = key(p)
        if not p or k in seen or k in TAG_STOPWORDS or len(k) < 2:
            continue
        seen.add(k)
        out.append(p)
    return out


def _longest_run_outside(words: list[str], keys: list[str], menu: set[str]) -> list[str]:
    """The longest stretch of words between menu words: a site's tags sit between its menus
    ("سياسة اقتصاد … | بوتين عراقجي النووي … | المزيد في سياسة …"); stray menu entries that
    happen not to repeat form shorter stretches and are left out."""
    runs: list[list[str]] = [[]]
    for w, k in zip(words, keys, strict=True):
        if k in menu:
            if runs[-1]:
                runs.append([])
        elif k not in TAG_STOPWORDS:
            runs[-1].append(w)
    return max(runs, key=len)


def byline_agency(byline: str) -> str | None:
    """The agency or paper a byline names ("واس- جدة" → واس), None for a person's name.

    With two ("عين اليوم – واس", "الرياض - واس") the last is the wire the story came from.
    """
    for seg in reversed(_DASH_SPLIT_RE.split(byline)):
        if key(seg).strip("() ") in AGENCIES:
            return seg.strip("() ")
    return None


def _looks_like_name_place(line: str) -> bool:
    """"مهند قحطان – جدة (تصوير: غرم عسيري)": short, dash-separated, no sentence punctuation."""
    if not line or _word_count(line) > _BYLINE_MAX_WORDS + 2 or line[-1] in _SENTENCE_END:
        return False
    if "تصوير" in line:
        return True
    segments = [seg for seg in _DASH_SPLIT_RE.split(line) if seg]
    return 2 <= len(segments) <= 3 and all(_word_count(seg) <= 4 for seg in segments)


def strip_byline(line: str, author: str | None) -> tuple[str, str | None]:
    """A leading byline ("واس- جدة:", "عين اليوم – واس", the record's author) off the first line.

    Returns the rest of the line and the byline removed (None when the line has none). A byline is
    short, split by dashes, and names an agency/paper or the article's author.
    """
    s = _LEADING_NAV_RE.sub("", line).strip()
    author_key = key(author).strip(" :") if author else ""
    if author_key and key(s).startswith(author_key) and len(author_key) >= 4:
        n = len(author.split()) if author else 0
        rest = " ".join(s.split()[n:]).lstrip(" :-–—")
        return rest, author.strip(" :") if author else None
    head, colon, rest = s.partition(":")
    candidates = [(head, rest)] if colon and _word_count(head) <= _BYLINE_MAX_WORDS else []
    if _word_count(s) <= _BYLINE_MAX_WORDS - 2:
        candidates.append((s, ""))
    for cand, remainder in candidates:
        segments = [seg for seg in _DASH_SPLIT_RE.split(cand.strip()) if seg]
        if len(segments) < 2 and key(cand).strip("() ") not in AGENCIES:
            continue
        if any(key(seg).strip("() ") in AGENCIES for seg in segments):
            return remainder.strip(), cand.strip()
    return s, None


def clean_lines(
    text: str, author: str | None = None, title_known: bool = False
) -> tuple[list[str], Extracted]:
    """The body's lines with clutter and metadata lines removed, and what was taken out.

    ``title_known``: the headline came separately (a record field, the page's <h1>), so a short
    "name – place" first line can only be a byline, not the headline.
    """
    ex = Extracted()
    text = strip_code(text, ex)
    if "protected]" in text:
        text = _OBFUSCATED_EMAIL_RE.sub("", text)
        ex.removed.append("obfuscated e-mail")
    if "Next Previous" in text:  # 3alyoum's photo-gallery arrows, anywhere in the text
        text = _GALLERY_NAV_RE.sub(" ", text)
    m = _INLINE_TAIL_RE.search(text)
    if m:
        text = text[: m.start()]
        ex.removed.append("tail")
    lines = [ln.strip() for ln in text.split("\n")]
    lines = _take_metadata_lines(lines, ex)  # before the tail cut: tags may follow a share bar
    lines = _cut_tail(lines, ex)
    lines = _drop_related_blocks(lines, ex)
    lines = _drop_bullet_runs(lines, ex)
    lines = _drop_widgets(lines, ex)
    lines = _drop_repeated_menus(lines, ex)
    lines = _strip_inline_tails(lines, ex)
    lines = _drop_trailing_credits(lines, ex)
    lines = _strip_leading_byline(lines, ex, author, title_known)
    return lines, ex


def strip_code(text: str, ex: Extracted | None = None) -> str:
    """Remove CSS/JavaScript that a scraper kept as text: from the first code-like token to the
    last closing brace, if that stretch is code (almost no Arabic). What follows a code block
    is the widget it drove (a poll's options): when short, it goes too."""
    if "{" not in text:
        return text
    m = _CODE_START_RE.search(text)
    end = text.rfind("}")
    if not m or end - m.start() < _CODE_MIN_CHARS:
        return text
    end += 1
    while end < len(text) and text[end] in ");, ":
        end += 1
    span = text[m.start():end]
    arabic = sum(span.count(c) for c in "اأإلمنهويرتبسعدكفقحجشصطزخذضثظغةىء")
    if arabic > 0.1 * len(span):
        return text
    if ex is not None:
        ex.removed.append("page code")
    rest = text[end:]
    if len(rest.strip()) < _CODE_TAIL_MAX_CHARS:
        rest = ""
    return text[: m.start()].rstrip() + ("\n" + rest.lstrip() if rest.strip() else "")


def _cut_tail(lines: list[str], ex: Extracted) -> list[str]:
    for i, ln in enumerate(lines):
        if ln and _starts_with_cue(head_key(ln), TAIL_MARKERS) and _word_count(ln) <= 20:
            if i == 0:
                continue
            ex.removed.append("tail")
            return lines[:i]
    return lines


def _take_metadata_lines(lines: list[str], ex: Extracted) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        k = head_key(ln)
        if ln and _labelled(k, TAG_LABELS):
            rest = _after_label(ln)
            if not rest:  # label alone: the tags follow, one per line or in one line
                j = i + 1
                while j < len(lines) and not lines[j]:
                    j += 1
                block = []
                while j < len(lines) and lines[j] and _word_count(lines[j]) <= 6:
                    block.append(lines[j])
                    j += 1
                rest = "\n".join(block)
                i = j - 1
            ex.tags.extend(t for t in split_tags(rest) if t not in ex.tags)
            ex.removed.append("tags")
        elif ln and _word_count(ln) <= _BYLINE_MAX_WORDS and _labelled(k, AUTHOR_LABELS):
            value = _after_label(ln).strip(" .")
            if value and ex.byline is None:
                ex.byline = value
            ex.removed.append("byline")
        elif ln and _word_count(ln) <= 8 and _labelled(k, SOURCE_LABELS):
            value = _after_label(ln).strip(" .")
            if value and ex.source is None:
                ex.source = value
            ex.removed.append("source line")
        else:
            out.append(ln)
        i += 1
    return out


def _drop_related_blocks(lines: list[str], ex: Extracted) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln and _starts_with_cue(head_key(ln), RELATED_HEADINGS) and (
            _word_count(ln) <= _HEADLINE_MAX_WORDS
        ):
            ex.removed.append("related links")
            i += 1
            while i < len(lines) and (
                not lines[i] or _is_bullet(lines[i]) or _is_headline_like(lines[i])
            ):
                i += 1
            continue
        out.append(ln)
        i += 1
    return out


def _drop_bullet_runs(lines: list[str], ex: Extracted) -> list[str]:
    """Two or more short bullet lines in a row (blank lines aside) are a related-headlines list."""
    idx = [
        i for i, ln in enumerate(lines) if _is_bullet(ln) and _word_count(ln) <= _BULLET_MAX_WORDS
    ]
    drop: set[int] = set()
    run: list[int] = []
    for i in idx:
        if run and any(lines[j] for j in range(run[-1] + 1, i)):
            if len(run) >= 2:
                drop.update(run)
            run = []
        run.append(i)
    if len(run) >= 2:
        drop.update(run)
    if drop:
        ex.removed.append("headline list")
    return [ln for i, ln in enumerate(lines) if i not in drop]


def _is_widget(ln: str) -> bool:
    if len(ln) > 120:
        return False
    k = key(ln)
    if k in NAV_LINES or _URL_OR_EMAIL_RE.match(ln):
        return True
    words = [w.strip(_WIDGET_PUNCT) for w in k.split()]
    words = [w for w in words if w]
    return bool(words) and len(words) <= 12 and all(w in SHARE_WORDS for w in words)


def _drop_widgets(lines: list[str], ex: Extracted) -> list[str]:
    out = []
    for ln in lines:
        if ln and _is_widget(ln):
            ex.removed.append("share/navigation line")
            continue
        if ln and _word_count(ln) <= _CREDIT_MAX_WORDS and _SYNDICATION_RE.match(ln):
            ex.removed.append("syndication credit")
            continue
        if ln and len(ln) < 30 and key(ln).strip("() ") in AGENCIES:
            if ex.byline is None:
                ex.byline = ln.strip("() ")
            ex.removed.append("agency line")
            continue
        out.append(ln)
    return out


def _drop_repeated_menus(lines: list[str], ex: Extracted) -> list[str]:
    """A short non-sentence line seen twice is site furniture (a section menu, a repeated title)."""
    short = [ln for ln in lines if ln and len(ln) < 100 and _word_count(ln) <= _MENU_MAX_WORDS]
    if len(short) < 2:
        return lines
    counts = Counter(key(ln) for ln in short)
    repeated = {k for k, n in counts.items() if n >= 2}
    if not repeated:
        return lines
    out = []
    for ln in lines:
        if ln and ln[-1] not in _SENTENCE_END and len(ln) < 100 and key(ln) in repeated:
            ex.removed.append("repeated menu line")
            continue
        out.append(ln)
    return out


def _strip_inline_tails(lines: list[str], ex: Extracted) -> list[str]:
    last = max((i for i, ln in enumerate(lines) if ln), default=-1)
    if last < 0:
        return lines
    lines = list(lines)
    ln = lines[last]
    cue = _starts_with_cue(head_key(ln), TAG_LABELS)
    rest = " ".join(ln.split()[len(cue.split()):]) if cue else ""
    if rest and ln[-1] not in _SENTENCE_END and _word_count(ln) <= 25:
        # a last line "سمات جدة التاريخية مهرجان …": a tags label without a colon
        ex.tags.extend(t for t in split_tags(rest) if t not in ex.tags)
        ex.removed.append("tags")
        lines[last] = ""
        return lines
    m = _INLINE_TAGS_TAIL_RE.search(ln)
    if m and _word_count(m.group(1)) <= (
        _INLINE_TAGS_MAX_WORDS_AFTER_STOP
        if ln[: m.start()].rstrip()[-1:] in _STOP_BEFORE_TAGS
        else _INLINE_TAGS_MAX_WORDS
    ):
        ex.tags.extend(t for t in split_tags(m.group(1)) if t not in ex.tags)
        ln = ln[: m.start()]
        ex.removed.append("tags")
    ln2 = _TRAILING_MORE_RE.sub("", ln)
    if ln2 != ln:
        ex.removed.append("trailing more-link")
    lines[last] = ln2
    return lines


_CREDIT_OPENINGS_SQUEEZED = tuple(_CREDIT_SQUEEZE_RE.sub("", c.lower()) for c in CREDIT_OPENINGS)


def is_credit_line(line: str) -> bool:
    """A closing credit: syndication ("* خدمة «نيويورك تايمز»"), the writer's contact or handle,
    a photo credit, or an agency in brackets ("(أ. ف. ب)") — short, never a sentence of news."""
    s = line.strip()
    if not s or _word_count(s) > _CREDIT_MAX_WORDS:
        return False
    if "@" in s or set(s) <= set(". "):
        return True
    low = _CREDIT_SQUEEZE_RE.sub("", s.lstrip(_CREDIT_LEAD).lower())
    if low.startswith(_CREDIT_OPENINGS_SQUEEZED):
        return True
    return s[0] in "({[" and s[-1] in ")}]" and _word_count(s) <= 5


def _drop_trailing_credits(lines: list[str], ex: Extracted) -> list[str]:
    lines = list(lines)
    for _ in range(4):
        last = max((i for i, ln in enumerate(lines) if ln), default=-1)
        if last <= 0 or not is_credit_line(lines[last]):
            break
        lines[last] = ""
        ex.removed.append("credit line")
    return lines


def _strip_leading_byline(
    lines: list[str], ex: Extracted, author: str | None, title_known: bool
) -> list[str]:
    seen_headline = False
    for i, ln in enumerate(lines[:4]):
        if not ln:
            continue
        rest, byline = strip_byline(ln, author)
        if byline is None and (title_known or seen_headline) and _looks_like_name_place(rest):
            rest, byline = "", rest
        if byline is None:
            if rest != ln:  # only a "Next Previous" prefix went
                return [*lines[:i], rest, *lines[i + 1:]]
            if not seen_headline and _is_headline_like(ln):
                seen_headline = True  # "headline / byline / body": look one line further
                continue
            return lines
        ex.byline = byline
        ex.removed.append("byline")
        return [*lines[:i], rest, *lines[i + 1:]]
    return lines
