"""Repair Arabic text that a PDF's text layer gives in reversed (visual) order.

Many Arabic PDFs are laid out glyph by glyph from left to right, so the extracted line reads
backwards: "ةيجراخلا ريزو" for "وزير الخارجية". Letters betray the direction: ة and ى only end a
word, and the article ال only starts one. A line whose words mostly start with ة/ى or end with لا
is reversed; reversing it back must keep numbers and Latin words in their own (left-to-right)
order and swap mirrored brackets.
"""

from __future__ import annotations

import re

_ARABIC_WORD_RE = re.compile(r"[\u0621-\u064A]{2,}")
_LTR_RUN_RE = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+(?:[.,:/%+\-][0-9A-Za-z\u00C0-\u024F]+)*")
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_WORD_FINAL_ONLY = frozenset("ةى")


def direction_score(line: str) -> int:
    """Positive when the line reads reversed, negative when it reads in logical order, 0 unsure."""
    score = 0
    for w in _ARABIC_WORD_RE.findall(line):
        if w[0] in _WORD_FINAL_ONLY:
            score += 2
        if w[-1] in _WORD_FINAL_ONLY:
            score -= 2
        if len(w) > 3 and w.endswith("لا"):
            score += 1
        if len(w) > 3 and w.startswith("ال"):
            score -= 1
    return score


def reverse_line(line: str) -> str:
    """The line read right to left; numbers and Latin runs stay left-to-right, brackets mirror."""
    rev = line[::-1].translate(_MIRROR)
    return _LTR_RUN_RE.sub(lambda m: m.group(0)[::-1], rev)


_LEADING_STOP_RE = re.compile(r"^([.،:؛!؟]+)\s*(?=[\u0621-\u064A])")
_BRACKET_SWAP = str.maketrans("()«»", ")(»«")


def fix_line_edges(line: str) -> str:
    """Undo what a right-to-left reordering of a visual line leaves behind in a logical one: the
    final full stop at the start (".التقى … أمس") and brackets facing the wrong way (")…(")."""
    m = _LEADING_STOP_RE.match(line)
    if m:
        line = line[m.end():].rstrip() + m.group(1)
    depth = 0
    for c in line:
        if c in "(«":
            depth += 1
        elif c in ")»":
            depth -= 1
            if depth < 0:
                return line.translate(_BRACKET_SWAP)
    return line


def repair_visual_order(text: str) -> tuple[str, int]:
    """Text with reversed lines put back in logical order, and how many lines were reversed.

    Lines with no evidence either way follow the majority of the document, so a short reversed
    line ("وزير" → "ريزو" has no telltale letter) is fixed when the rest of the page is reversed.
    """
    lines = text.split("\n")
    scores = [direction_score(ln) for ln in lines]
    reversed_lines = sum(1 for s in scores if s > 0)
    logical_lines = sum(1 for s in scores if s < 0)
    majority_reversed = reversed_lines > logical_lines
    out: list[str] = []
    fixed = 0
    for ln, s in zip(lines, scores, strict=True):
        if s > 0 or (s == 0 and majority_reversed and _ARABIC_WORD_RE.search(ln)):
            ln = reverse_line(ln)
            fixed += 1
        out.append(fix_line_edges(ln) if _ARABIC_WORD_RE.search(ln) else ln)
    return "\n".join(out), fixed
