"""The entities stage: people (with their titles), places, organisations, other names.

Recognition is token tagging (the shipped CRF, or CAMeL Tools' BERT with ``ctx.ner_backend ==
"camel"``) over ``marsad.text.tokenize`` tokens, sentence by sentence with a document memory.
Token chunks become character spans without the clitic (لعراقجي → عراقجي, بأوكرانيا →
أوكرانيا) and without a leading title. People then get their role phrases and a canonical name
(see marsad.entities.resolve); a role mentioned without a name becomes a PERSON entity whose
``evidence`` starts with "role:" — those are never produced by ``conll.tag_tokens``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad.document import Document, Entity
from marsad.entities.conll import bio_spans, load_recognizer, tag_sentence
from marsad.entities.lexicon import (
    NAME_LINKS,
    given_names,
    lexicon,
    phrases_by_first,
    read_list,
    zipf_bucket,
)
from marsad.entities.memory import EntityMemory
from marsad.entities.resolve import (
    PersonMention,
    corpus_alias,
    display,
    join_abd,
    resolve_by_gazetteer,
    resolve_in_article,
    role_holder,
    role_key,
)
from marsad.entities.rules import OPEN_QUOTES, is_state_form, listed_org, names_a_body
from marsad.entities.titles import (
    inner_words,
    is_head,
    is_title_word,
    title_start,
    titles_after,
    titles_before,
)
from marsad.entities.topics import topic_chunks
from marsad.text import (
    TATWEEL,
    Token,
    clitic_variants,
    dediac_ar,
    fold,
    fold_key,
    has_arabic,
    is_word,
    sentences,
)

TYPE_NAMES = {"PERS": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"}
_SINGLE_CLITICS = ("و", "ف", "ب", "ل", "ك")
_DOUBLE_CLITICS = ("وب", "ول", "فب", "فل", "وك", "فك")
# A person chunk never ends on a day or time word or a future verb: the CRF runs "جون كيري الجمعة",
# "سلمان سيزور" into the name (folded forms)
# first parts of names with الله ("نصر الله", "عطا الله", "ضيف الله"), folded
_THEOPHORIC = frozenset({"نصر", "عطا", "عطاء", "فضل", "ضيف", "جار", "خير", "حسب", "رزق", "فتح",
                         "هبه", "عوض", "جاد", "مال", "سعد", "عبيد", "حمد", "فرج", "حرز", "سيف",
                         "نعمه", "شكر", "جود", "دخيل", "عون", "حفظ", "خلف"})
_RUN_ON_TAILS = frozenset({
    "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "امس", "اليوم",
    "غدا", "مساء", "صباح", "سيزور", "ستزور", "سيلتقي", "ستلتقي", "سيجتمع", "ستجتمع", "سيعقد",
    "ستعقد", "سيتوجه", "ستتوجه", "سيصل", "ستصل", "سيقوم", "ستقوم", "سيبحث", "ستبحث", "سيشارك",
    "ستشارك", "سيستقبل", "ستستقبل", "يزور", "تزور", "يلتقي", "تلتقي", "اكد", "اكدا", "اكدت",
    "قال", "قالت", "قالا", "اوضح", "اوضحت", "اضاف", "اضافت", "شدد", "شددت", "اعلن", "اعلنت",
})


@dataclass
class Chunk:
    kind: str  # PERS | LOC | ORG | MISC
    a: int  # token indices into the document's token list, end exclusive
    b: int
    start: int  # character offsets
    end: int


def run(doc: Document, ctx: Any) -> None:
    """Append Entity spans for ``doc`` (sorted by start)."""
    backend = getattr(ctx, "ner_backend", "default") or "default"
    tokens = doc.tokens()  # shared with the later stages
    if not tokens:
        return
    chunks = recognise(doc.text, tokens, backend, doc.sentences())
    chunks += listed_people(doc.text, tokens, chunks)
    chunks += topic_chunks(doc.text, tokens, chunks)
    known = _known_names(doc.text, chunks)
    later = _later_name_words(doc.text, chunks)
    for c in chunks:
        _trim(doc.text, tokens, c, known, later)
    _cut_words_after_short_names(tokens, chunks)
    chunks = [c for c in chunks if c.end > c.start]
    entities = build_entities(doc, tokens, chunks, ctx)
    doc.entities.extend(sorted(entities, key=lambda e: (e.start, e.end)))


_LISTED_CLITICS = ("", "و", "ب", "ل", "وب", "ول")


@lru_cache(maxsize=1)
def _listed_full_names() -> frozenset[tuple[str, ...]]:
    """Folded full names (two words or more) of the curated office holders."""
    return frozenset(t for h in lexicon().holders
                     if len(t := tuple(fold_key(w) for w in h.name.split())) >= 2)


def listed_people(text: str, tokens: list[Token], chunks: list[Chunk]) -> list[Chunk]:
    """Untagged full names the model missed: a curated office holder ("الرئيس تمام سلام") or a
    name of two words or more the model tagged elsewhere in this article — only where no
    chunk already covers a token, and with a proclitic allowed on the first word."""
    covered = {i for c in chunks for i in range(c.a, c.b)}
    names = set(_listed_full_names())
    lasts: set[str] = set()
    for c in chunks:
        if c.kind == "PERS":
            words = tuple(fold_key(w) for w in text[c.start:c.end].split())
            if len(words) >= 2:
                names.add(words)
                lasts.add(words[-1])
    lx = lexicon()
    firsts = {n[0] for n in names}
    longest = max((len(n) for n in names), default=0)
    out: list[Chunk] = []
    folded = [fold_key(t.text) for t in tokens]
    i = 0
    while i < len(tokens):
        hit = None
        w = folded[i]
        if i not in covered and any(w.startswith(p) and w[len(p):] in firsts
                                    for p in _LISTED_CLITICS):
            for k in range(min(longest, len(tokens) - i), 1, -1):
                if any(j in covered for j in range(i, i + k)):
                    continue
                rest = tuple(folded[i + 1:i + k])
                for p in _LISTED_CLITICS:
                    if folded[i].startswith(p) and (folded[i][len(p):], *rest) in names:
                        hit = (k, len(p))
                        break
                if hit:
                    break
        if hit is None and i not in covered and i > 0 and folded[i] in lasts and \
                is_head(tokens[i - 1].text, lx):
            hit = (1, 0)  # "بعد لقائها الرئيس سلام": a titled family name of this article
        if hit is None:
            i += 1
            continue
        k, cut = hit
        if k >= 2:
            lasts.add(folded[i + k - 1])
        start = tokens[i].start + cut
        if fold(text[tokens[i].start:start]) != folded[i][:cut]:
            start = tokens[i].start
        out.append(Chunk("PERS", i, i + k, start, tokens[i + k - 1].end))
        i += k
    return out


def recognise(text: str, tokens: list[Token], backend: str,
              spans: list[tuple[int, int]] | None = None) -> list[Chunk]:
    """Tag sentence by sentence (one memory per document) and return token chunks.

    ``spans``: the text's sentences when the caller has them already (``sentences(text)``).
    """
    rec = load_recognizer(backend)
    memory = EntityMemory()
    chunks: list[Chunk] = []
    i = 0
    for s_start, s_end in (sentences(text) if spans is None else spans):
        while i < len(tokens) and tokens[i].end <= s_start:
            i += 1
        j = i
        while j < len(tokens) and tokens[j].start < s_end:
            j += 1
        sent = tokens[i:j]
        if sent:
            tags = tag_sentence([t.text for t in sent], rec, memory, places=True)
            for kind, a, b in bio_spans(tags):
                chunks.append(Chunk(kind, i + a, i + b, sent[a].start, sent[b - 1].end))
        i = j
    return chunks


def _known_names(text: str, chunks: list[Chunk]) -> frozenset[str]:
    """Folded single words that stand as (part of) a recognised name somewhere in the article."""
    out: set[str] = set()
    for c in chunks:
        for w in text[c.start:c.end].split():
            out.add(fold(w))
    return frozenset(out)


def _later_name_words(text: str, chunks: list[Chunk]) -> frozenset[str]:
    """Folded words standing inside a name after its first word, where no proclitic goes: after
    "جيم كرافت", a lone "كرافت" is the surname again, not ك + the first name رأفت."""
    return frozenset(fold(w) for c in chunks for w in text[c.start:c.end].split()[1:])


# words a name may open with that are never a name's whole first word with a clitic on it:
# وبن أفليك is و + بن أفليك, وعبد الله is و + عبد الله, وأم كلثوم
_NAME_OPENERS = NAME_LINKS | {"ام"}


def _clitic_length(word: str, known: frozenset[str], later: frozenset[str] = frozenset()) -> int:
    """How many leading letters of a name token are a proclitic (لعراقجي → 1, وبالرياض → 2)."""
    f = fold(word)
    gaz = _name_gazetteer()
    notable = lexicon().notable_tokens  # "بصائب عريقات": صائب is a notable person's name word
    if f in gaz or f in notable or f in later:
        return 0
    for p in (*_DOUBLE_CLITICS, *_SINGLE_CLITICS):
        if not f.startswith(p) or len(f) - len(p) < 2:
            continue
        rest = f[len(p):]
        # "كاليفورنيا", "فالنسيا": ك/ف before ال only when the rest is a known word
        definite = rest.startswith("ال") and (p[-1] not in "كف" or zipf_bucket(rest) >= 3)
        if rest in gaz or rest in known or definite or rest in _NAME_OPENERS \
                or names_a_body(rest) or listed_org(rest):  # ودولة الكويت، وشارع …، لرويترز
            return len(p)
        if len(p) == 1 and len(rest) >= 3 and rest in notable \
                and zipf_bucket(rest) > zipf_bucket(f):
            return 1  # but وارين, فلوريس, بلال are names as written (as common as the rest)
        if p.endswith("ل") and (("ال" + rest) in gaz or ("ال" + rest) in known
                                or listed_org("ال" + rest)):  # للأسد → (ا)لأسد، للجزيرة
            return len(p)
    return 0


@lru_cache(maxsize=1)
def _name_gazetteer() -> frozenset[str]:
    lx = lexicon()
    return lx.places | lx.first_names | lx.person_tokens | lx.org_heads


_TANWEEN_FATH = "\u064b"


@lru_cache(maxsize=1)
def _not_entities() -> frozenset[str]:
    return frozenset(fold(w) for w in read_list("not_entities.txt"))


_SON_OF = frozenset({"بن", "ابن"})


def _role_word(word: str, lx: Any) -> bool:
    """A title head or title modifier (not a nationality, which is also a family name)."""
    return is_head(word, lx) or any(v in lx.modifiers for v in clitic_variants(word))


def _latin(word: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in word) and not has_arabic(word)


def _surname_after_name(tokens: list[Token], c: Chunk) -> bool:
    """A rank or honorific right after a name word ends the name as its surname: ranks and
    honorifics come before a name in Arabic, so "حسين الرقيب", "خالد الفريق", "يوسف السيد" are
    families (the end of a chunk that the CRF ran on into "ولي العهد" is a head, not these)."""
    if c.b - c.a < 2:
        return False
    iw = inner_words()
    last = fold(tokens[c.b - 1].text)
    if last not in iw.ranks and last not in iw.family_honorifics:
        return False
    before = tokens[c.b - 2].text
    return is_word(before) and not is_title_word(before, lexicon()) \
        and fold(before) not in NAME_LINKS


def _cut_words_after_short_names(tokens: list[Token], chunks: list[Chunk]) -> None:
    """"إن أبو الغيط طالب بتحقيق": a later short mention (the end of a full name told earlier,
    أحمد أبو الغيط) that the model ran on into a common word (a verb, طالب) ends before it."""
    full: set[tuple[str, ...]] = set()  # the ends of the full names told so far
    for c in sorted(chunks, key=lambda c: c.a):
        if c.kind != "PERS" or c.end <= c.start:
            continue
        words = tuple(fold(t.text) for t in tokens[c.a:c.b])
        head, last = words[:-1], words[-1]
        if len(words) >= 2 and head in full and zipf_bucket(last) >= 4 \
                and (len(head) >= 2 or head[0] not in given_names()) \
                and not last.startswith("ال") and last not in given_names():
            # (not "سعود الفيصل": a family's ال; not "حسين بابا": one given name is no tail)
            c.b -= 1
            c.end = tokens[c.b - 1].end
            continue
        full.update(words[i:] for i in range(1, len(words)))


def _trim(text: str, tokens: list[Token], c: Chunk, known: frozenset[str],
          later: frozenset[str] = frozenset()) -> None:
    """Cut titles, clitics, punctuation and stray Latin words off the edges of a chunk."""
    lx = lexicon()
    if c.kind == "PERS":
        while c.a < c.b - 1 and (is_head(tokens[c.a].text, lx) or _latin(tokens[c.a].text)) \
                and fold(tokens[c.a + 1].text) not in _SON_OF:
            c.a += 1  # but "مساعد بن محمد العيبان": a head word before بن is a first name
        # "محمد بن نايف ولي العهد": the CRF sometimes runs on into the title (but "حسن نصر
        # الله", "ضيف الله": a theophoric name's الله is no honorific's)
        while c.b - 1 > c.a and (is_title_word(tokens[c.b - 1].text, lx)
                                 or _latin(tokens[c.b - 1].text)) \
                and not _surname_after_name(tokens, c) and not (
                    fold(tokens[c.b - 1].text) == "الله"
                    and fold(tokens[c.b - 2].text) in _THEOPHORIC):
            c.b -= 1
        while c.b - 1 > c.a and fold(tokens[c.b - 1].text) in _RUN_ON_TAILS:
            c.b -= 1
        # "الأمير سلطان بن سلمان": a name cut before its بن gets its first name back
        if c.a > 0 and fold(tokens[c.a].text) in _SON_OF and is_word(tokens[c.a - 1].text) \
                and not is_title_word(tokens[c.a - 1].text, lx):
            c.a -= 1
        # "حامد آل" + "الشيخ": a name never ends on آل / بن / أبو
        if fold(tokens[c.b - 1].text) in NAME_LINKS and c.b < len(tokens) \
                and is_word(tokens[c.b].text) and has_arabic(tokens[c.b].text):
            c.b += 1
        # "سمو ولي العهد" tagged as a person: the title alone ("العهد", "الدولة") names nobody
        if all(_role_word(t.text, lx) for t in tokens[c.a:c.b]):
            c.b = c.a
    # "سالزبورغ النمساوية": the adjective is not the name; "المملكة العربية السعودية" is
    if c.kind in ("LOC", "PERS") and not is_state_form(tokens[c.a].text):
        while c.b - 1 > c.a and lx.is_nationality(tokens[c.b - 1].text):
            c.b -= 1
    while c.b > c.a and not is_word(tokens[c.b - 1].text):
        c.b -= 1
    while c.a < c.b and not is_word(tokens[c.a].text):
        c.a += 1
    if c.a < c.b and all(fold(t.text) in _not_entities() for t in tokens[c.a:c.b]):
        c.b = c.a
    elif c.b - c.a == 1 and not _not_entities().isdisjoint(clitic_variants(tokens[c.a].text)):
        c.b = c.a  # "للبنين" (for boys) is no Benin, "بالعالم" no place
    # "يرى [زيفاً] أن", "[هاجساً]": one word with the accusative tanween is an adverb or an
    # indefinite noun, never a name as news writes names
    if c.b - c.a == 1 and _TANWEEN_FATH in tokens[c.a].text:
        c.b = c.a
    if c.a >= c.b:
        c.end = c.start
        return
    first = tokens[c.a]
    others = known - {fold(first.text)}
    cut = _clitic_length(first.text, others, later)
    c.start = first.start + cut
    c.end = tokens[c.b - 1].end
    # the offsets must stay on characters the fold did not change in length
    if fold(text[first.start:c.start]) != fold(first.text)[:cut]:
        c.start = first.start


def build_entities(doc: Document, tokens: list[Token], chunks: list[Chunk], ctx: Any
                   ) -> list[Entity]:
    text = doc.text
    known = _known_names(text, chunks)
    pub = getattr(ctx, "pub_date", None)
    corpus = getattr(ctx, "corpus", None)
    year = pub.year if pub is not None else None
    inside: set[int] = set()
    for c in chunks:
        if c.kind in ("LOC", "ORG"):
            inside.update(range(c.a, c.b))
    person_tok = frozenset(i for c in chunks if c.kind == "PERS" for i in range(c.a, c.b))
    entities: list[Entity] = []
    mentions: list[PersonMention] = []
    title_toks: set[int] = set()
    honorific_toks = _honorific_tokens(tokens)
    chunks = [c for c in chunks if not set(range(c.a, c.b)) <= honorific_toks]
    for c in chunks:
        ent_text = text[c.start:c.end]
        e = Entity(start=c.start, end=c.end, text=ent_text, type=TYPE_NAMES[c.kind],
                   canonical=join_abd(display(_restore_article(ent_text, tokens[c.a].text,
                                                               known))))
        if c.kind == "ORG":
            e.canonical = _without_generic_head(e.canonical)
        if c.kind == "PERS":
            blocked = person_tok - set(range(c.a, c.b))
            # 'المدرب الروماني "بولوني"': a title before the quote that opens the name
            quoted = c.a > 0 and tokens[c.a - 1].text in OPEN_QUOTES
            spans = titles_before(tokens, c.a - 1 if quoted else c.a, frozenset(inside), blocked)
            spans += titles_after(tokens, c.b, frozenset(inside), blocked)
            e.titles = [display(text[t.start:t.end]) for t in spans]
            for t in spans:
                title_toks.update(range(t.start_tok, t.end_tok))
            mentions.append(PersonMention(len(entities), e.canonical, list(e.titles)))
        entities.append(e)
    _resolve_people(entities, mentions, year, text)
    _merge_titles(entities)
    for e in entities:
        alias = corpus_alias(corpus, e.canonical, e.type)
        if alias and alias != e.canonical:
            e.evidence = f"alias: analysts' table ({e.canonical} → {alias})"
            e.canonical = alias
    taken = person_tok | frozenset(i for c in chunks for i in range(c.a, c.b)) | title_toks
    entities += role_mentions(text, tokens, entities, frozenset(taken), frozenset(inside),
                              corpus, pub)
    return entities


# "تنظيم داعش" and "داعش", "حركة حماس" and "حماس" are one organisation: the generic word before
# a listed name is left out of the canonical (the text span keeps it)
_GENERIC_ORG_HEADS = frozenset({"تنظيم", "حركه", "جماعه", "ميليشيا", "مليشيا", "ميليشيات",
                                "مليشيات", "شركه", "صحيفه", "جريده", "وكاله", "قناه"})


def _without_generic_head(name: str) -> str:
    head, _, rest = name.partition(" ")
    if rest and fold(head) in _GENERIC_ORG_HEADS and listed_org(rest):
        return rest
    return name


def _honorific_tokens(tokens: list[Token]) -> set[int]:
    """Tokens of multi-word honorifics (آية الله, حجة الإسلام): never an entity of their own."""
    out: set[int] = set()
    folded = [fold(t.text) for t in tokens]
    starts = _honorific_starts()
    for i, f in enumerate(folded):
        for p in starts.get(f, ()):
            k = len(p)
            if i + k <= len(tokens) and tuple(folded[i:i + k]) == p:
                out.update(range(i, i + k))
    return out


@lru_cache(maxsize=1)
def _honorific_starts() -> dict[str, tuple[tuple[str, ...], ...]]:
    return phrases_by_first(lexicon().honorific_phrases)


def _honorific_led(tokens: list[Token], i: int, lx: Any) -> bool:
    """صاحب السمو الملكي, معالي …: a form of address, not a role anyone can be looked up by."""
    return lx.answer("honorific_led", tokens[i].text, _is_honorific_word)


def _is_honorific_word(word: str, lx: Any) -> bool:
    words = {w for p in lx.honorific_phrases for w in p} | set(lx.honorifics)
    return any(v in words for v in clitic_variants(word))


_LAM_LAM = ("لل", "ولل", "فلل")


def _restore_article(name: str, token: str, known: frozenset[str] = frozenset()) -> str:
    """للأمم is ل + الأمم with the alef dropped: the canonical gets its ال back — unless the word
    itself starts with ل (لليبيا = ل + ليبيا, as the gazetteer or the rest of the article knows).
    The preposition may still be on ``name`` (the span kept it) or already trimmed off."""
    if not fold(token).startswith(_LAM_LAM):
        return name
    plain = dediac_ar(name).replace(TATWEEL, "")
    f = fold(plain)  # letter for letter the same length as plain
    names = _name_gazetteer()
    for pre in _LAM_LAM:
        if f.startswith(pre) and len(f) - len(pre) >= 2:
            rest = plain[len(pre):]
            lam_word = fold("ل" + rest)
            return "ل" + rest if lam_word in names or lam_word in known else "ال" + rest
    if f.startswith("ال"):
        return plain
    if f.startswith("ل"):  # one ل trimmed: ليبيا stays, لأمم is (ا)لأمم
        return plain if f in names or f in known else "ا" + plain
    return "ال" + plain


def _resolve_people(entities: list[Entity], mentions: list[PersonMention],
                    year: int | None, text: str | None = None) -> None:
    inner = resolve_in_article(mentions)
    for m in mentions:
        e = entities[m.index]
        if m.index in inner:
            e.canonical, e.evidence = inner[m.index]
            continue
        g = resolve_by_gazetteer(e.canonical, year, text, bool(e.titles))
        if g is not None:
            e.canonical, e.evidence = g


def _merge_titles(entities: list[Entity]) -> None:
    """Every mention of a person carries the titles the article gives that person."""
    by_name: dict[str, list[str]] = {}
    for e in entities:
        if e.type != "PERSON":
            continue
        lst = by_name.setdefault(e.canonical, [])
        for t in e.titles:
            if t not in lst:
                lst.append(t)
    for name, titles in by_name.items():
        keys = [role_key(t) for t in titles]
        keep = [
            t for t, k in zip(titles, keys, strict=True)
            if not any(o != k and o.startswith(k + " ") for o in keys)
        ]
        seen: set[str] = set()
        uniq = []
        for t in keep:
            k = role_key(t)
            if k not in seen:
                seen.add(k)
                uniq.append(t)
        by_name[name] = uniq
    for e in entities:
        if e.type == "PERSON":
            e.titles = list(by_name.get(e.canonical, e.titles))


_ROLE_NAME_GAP = 4  # "وزير الخارجية بدولة قطر الدكتور X": words between a role and its name


_POST_LINKS = frozenset({"بدوله", "بجمهوريه", "بمملكه", "بسلطنه", "باماره", "لدي", "في"})


def _name_follows(tokens: list[Token], j: int, person_starts: frozenset[int],
                  inside: frozenset[int], lx: Any) -> bool:
    """Does a named person follow the role phrase ending before token ``j``, with only the rest
    of a title between ("وزير الخارجية بدولة قطر الدكتور X")? Then the role is that person's."""
    for k in range(j, min(len(tokens), j + _ROLE_NAME_GAP + 1)):
        if tokens[k].start in person_starts:
            return True
        word = tokens[k].text
        if not is_word(word) or (is_head(word, lx) and fold(word) not in lx.honorifics):
            return False
        if not (k in inside or fold(word) in _POST_LINKS or fold(word) in lx.honorifics
                or is_title_word(word, lx)):
            return False  # "الرئيس الأمريكي قمة مع نظيره …": the role's own sentence goes on
    return False


def role_mentions(text: str, tokens: list[Token], entities: list[Entity], taken: frozenset[int],
                  inside: frozenset[int], corpus: Any, pub: Any) -> list[Entity]:
    """Role phrases without a name ("وزير الخارجية الإيراني" alone) → the person holding them."""
    lx = lexicon()
    article_roles: dict[str, str] = {}
    for e in entities:
        if e.type == "PERSON":
            for t in e.titles:
                article_roles.setdefault(role_key(t), e.canonical)
    out: list[Entity] = []
    person_starts = frozenset(e.start for e in entities if e.type == "PERSON")
    i = 0
    n = len(tokens)
    while i < n:
        if i in taken or not is_head(tokens[i].text, lx) or fold(tokens[i].text) in lx.honorifics:
            i += 1
            continue
        j = i + 1
        while j < n and j not in taken and j - i < 8 and (
            is_title_word(tokens[j].text, lx) or j in inside
        ):
            j += 1
        while j > i + 1 and fold(tokens[j - 1].text) in {"في", "باسم", "لدى"}:
            j -= 1
        if j - i >= 2 and not _honorific_led(tokens, i, lx) and \
                not _name_follows(tokens, j, person_starts, inside, lx):  # one word: too vague
            start = title_start(tokens[i], lx)
            phrase = display(text[start:tokens[j - 1].end])
            hit = role_holder(phrase, article_roles, corpus, pub)
            if hit is not None:
                name, evidence = hit
                end = tokens[j - 1].end
                out.append(Entity(start=start, end=end, text=text[start:end], type="PERSON",
                                  canonical=name, titles=[phrase], evidence=evidence))
        i = max(j, i + 1)
    return out


__all__ = ["TYPE_NAMES", "build_entities", "recognise", "run"]
