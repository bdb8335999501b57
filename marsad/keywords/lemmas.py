"""Optional CAMeL Tools lemmas for keywords, used instead of the light stemmer where installed.

Which backend is active comes from ``ctx.options["lemmas"]`` or env ``MARSAD_LEMMAS``:

- ``"auto"`` (default): CAMeL when its data is there, else the light stemmer with ONE notice line;
- ``"camel"``: CAMeL or a ``LemmaBackendMissing`` error naming what is missing;
- ``"light"``: the light stemmer, silently.

Two CAMeL sources, tried in this order:

1. An explicit morphology DB file (``ctx.options["morph_db"]`` or env ``MARSAD_MORPH_DB``), in
   CAMeL's text format. Without an MLE model the analyser alone decides: of a word's analyses the
   one with the highest ``pos_lex_logprob`` (then ``lex_logprob``) wins; a DB without those
   scores gives its first analysis.
2. The installed CAMeL data (``camel_data -i light``: calima-msa-r13 + its MLE model) in
   ``$CAMELTOOLS_DATA`` or ``~/.camel_tools``: the MLE disambiguator's top analysis.

The lemma is that analysis' ``lex`` without diacritics. Analyses made up by CAMeL's proper-noun
backoff are not lemmas (the backoff only guesses a segmentation), so unknown words keep the
light stemmer's key.

Why the care around importing: ``camel_tools.morphology.database`` imports ``camel_tools.data``,
whose ``__init__`` loads ``catalogue.json`` from the data dir at import time and *downloads* it
when missing — offline that import fails (or hangs on the network). So nothing from CAMeL's
morphology is imported before we know what is on disk: the catalogue and the dataset files are
read as plain JSON/paths first. An explicit DB file needs no catalogue at all; when the data dir
has none and ``camel_tools.data`` is not imported yet, ``CAMELTOOLS_DATA`` is pointed, for the
duration of that first import only, at a private folder holding an empty catalogue. The data
dir is fixed by CAMeL at that first import, so the choice is per process.

Models load once per (kind, path) and are never mutated; lemmas are cached per word form.
``ctx.options`` wins over the environment. ``describe(options)`` gives the one line a CLI or the
app can show without loading anything. A batch that forks workers should call
``active_lemmatizer(ctx)`` once in the parent first: the workers then inherit the loaded model
and the "notice already given" state, so the notice stays one line and a missing "camel" fails
before the batch rather than once per article.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from camel_tools.utils.charsets import AR_DIAC_CHARSET, AR_LETTERS_CHARSET
from camel_tools.utils.dediac import dediac_ar

ENV_MODE = "MARSAD_LEMMAS"
ENV_MORPH_DB = "MARSAD_MORPH_DB"
ENV_CAMEL_DATA = "CAMELTOOLS_DATA"
MODES = frozenset({"auto", "camel", "light"})
DEFAULT_MODE = "auto"

# What `camel_data -i light` installs, as named in CAMeL's catalogue.json.
MLE_COMPONENT = "DisambigMLE"
DB_COMPONENT = "MorphologyDB"
MLE_FILE = "model.json"
DB_FILE = "morphology.db"

NOTICE = (
    "CAMeL morphology data not installed (run `camel_data -i light`, or set MARSAD_MORPH_DB to "
    "a morphology DB file); keywords use the light stemmer"
)
NO_SCORE = -99.0  # CAMeL's own value for "no log-probability"
MAX_CACHED_FORMS = 500_000  # distinct word forms kept; ~15k news articles stay well under it

_AR_WORD_RE = re.compile(
    "^[" + re.escape("".join(sorted(AR_LETTERS_CHARSET | AR_DIAC_CHARSET))) + "\u0640]+$"
)
_EMPTY_CATALOGUE = {"version": "1.6", "packages": {}, "components": {}}

log = logging.getLogger(__name__)
_FAILED: dict[tuple[str, str], str] = {}  # a source that failed to load is not retried per article
Lemmatizer = Callable[[list[str]], list[str | None]]


class LemmaBackendMissing(RuntimeError):
    """CAMeL lemmas were asked for explicitly (``lemmas="camel"``) but cannot be loaded."""


# ---------------------------------------------------------------------------------------------
# What the user asked for, and what is on disk (no CAMeL morphology import here)


def requested_mode(options: dict[str, Any] | None) -> str:
    mode = str((options or {}).get("lemmas") or os.environ.get(ENV_MODE) or DEFAULT_MODE)
    mode = mode.strip().lower()
    if mode not in MODES:
        raise ValueError(f"lemmas must be one of {sorted(MODES)}, not {mode!r}")
    return mode


def explicit_morph_db(options: dict[str, Any] | None) -> Path | None:
    raw = (options or {}).get("morph_db") or os.environ.get(ENV_MORPH_DB)
    return Path(str(raw)).expanduser() if raw else None


def camel_data_dir() -> Path:
    """CAMeL's data dir as CAMeL itself will see it (fixed at its first import)."""
    cat_mod = sys.modules.get("camel_tools.data.catalogue")
    if cat_mod is not None:
        return Path(cat_mod.CT_DATA_DIR)
    env = os.environ.get(ENV_CAMEL_DATA)
    return Path(env).expanduser().absolute() if env else Path.home() / ".camel_tools"


@lru_cache(maxsize=8)  # read once per data dir, not per article
def installed_mle_files(data_dir: Path) -> tuple[Path, Path] | None:
    """(morphology DB, MLE model) of the catalogue's default MLE model, if both files exist."""
    try:
        cat = json.loads((data_dir / "catalogue.json").read_text(encoding="utf-8"))
        comps = cat["components"]
        name = comps[MLE_COMPONENT]["default"]
        mle = data_dir / "data" / comps[MLE_COMPONENT]["datasets"][name]["path"] / MLE_FILE
        db = data_dir / "data" / comps[DB_COMPONENT]["datasets"][name]["path"] / DB_FILE
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return (db, mle) if db.is_file() and mle.is_file() else None


def resolve(options: dict[str, Any] | None) -> tuple[str, tuple[str, str] | None, str | None]:
    """(mode, source to load, why not CAMeL): source is ("db", path) or ("mle", data dir)."""
    mode = requested_mode(options)
    if mode == "light":
        return mode, None, None
    db = explicit_morph_db(options)
    if db is not None:
        if db.is_file():
            return mode, ("db", str(db.resolve())), None
        return mode, None, f"morphology DB {db} not found; keywords use the light stemmer"
    data_dir = camel_data_dir()
    if installed_mle_files(data_dir) is not None:
        return mode, ("mle", str(data_dir)), None
    return mode, None, NOTICE


def lemma_source(options: dict[str, Any] | None) -> tuple[str, str] | None:
    """What to load, None for the light stemmer.

    Raises ``LemmaBackendMissing`` when CAMeL was asked for and is not there; in ``auto`` mode
    the reason is logged once instead.
    """
    mode, source, reason = resolve(options)
    if source is None and reason is not None:
        return _missing(mode, reason)
    return source


def describe(options: dict[str, Any] | None) -> str:
    """One line for the CLI or the app saying what the keywords are counted on (loads nothing)."""
    _, source, reason = resolve(options)
    if source is None:
        return reason or "keywords use the light stemmer (lemmas=light)"
    if source in _FAILED:
        return _FAILED[source]
    kind, path = source
    what = "MLE disambiguator" if kind == "mle" else "analyser"
    return f"keywords use CAMeL lemmas ({what}, {path})"


def _missing(mode: str, reason: str) -> None:
    if mode == "camel":
        raise LemmaBackendMissing(reason)
    notice_once(reason)
    return None


_NOTICED: set[str] = set()
_NOTICE_LOCK = threading.Lock()


def notice_once(message: str) -> None:
    """One line per process and reason: a batch of 15,000 articles must not repeat it."""
    with _NOTICE_LOCK:
        if message in _NOTICED:
            return
        _NOTICED.add(message)
    log.warning(message)


# ---------------------------------------------------------------------------------------------
# Loading CAMeL (lazy, once)


def _private_catalogue_dir() -> Path:
    """A folder with an empty catalogue.json, so importing camel_tools.data downloads nothing."""
    folder = Path(tempfile.gettempdir()) / f"marsad-camel-catalogue-{os.getuid()}"
    folder.mkdir(parents=True, exist_ok=True)
    cat = folder / "catalogue.json"
    if not cat.is_file():
        tmp = folder / f"catalogue.json.{os.getpid()}"
        tmp.write_text(json.dumps(_EMPTY_CATALOGUE), encoding="utf-8")
        os.replace(tmp, cat)
    return folder


def import_camel_data_offline() -> None:
    """Import camel_tools.data without letting it reach for the network."""
    if "camel_tools.data" in sys.modules:
        return
    if (camel_data_dir() / "catalogue.json").is_file():
        importlib.import_module("camel_tools.data")
        return
    old = os.environ.get(ENV_CAMEL_DATA)
    os.environ[ENV_CAMEL_DATA] = str(_private_catalogue_dir())
    try:
        importlib.import_module("camel_tools.data")
    finally:
        if old is None:
            os.environ.pop(ENV_CAMEL_DATA, None)
        else:
            os.environ[ENV_CAMEL_DATA] = old


def analysis_score(analysis: dict[str, Any]) -> tuple[float, float]:
    def num(key: str) -> float:
        try:
            return float(analysis.get(key, NO_SCORE))
        except (TypeError, ValueError):
            return NO_SCORE

    return (num("pos_lex_logprob"), num("lex_logprob"))


def is_lexical(analysis: dict[str, Any]) -> bool:
    return analysis.get("source") != "backoff" and bool(analysis.get("lex"))


def best_analysis(analyses: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Highest pos-lex (then lex) log-probability; ``max`` keeps the first of equals."""
    lexical = [a for a in analyses if is_lexical(a)]
    return max(lexical, key=analysis_score) if lexical else None


def lex_of(analysis: dict[str, Any] | None) -> str | None:
    if analysis is None or not is_lexical(analysis):
        return None
    return dediac_ar(str(analysis["lex"])) or None


@lru_cache(maxsize=4)
def load_word_lemma(kind: str, path: str) -> Callable[[str], str | None]:
    """word → lemma from a morphology DB file ("db") or CAMeL's installed MLE model ("mle")."""
    import_camel_data_offline()
    if kind == "db":
        from camel_tools.morphology.analyzer import Analyzer
        from camel_tools.morphology.database import MorphologyDB

        analyzer = Analyzer(MorphologyDB(path, "a"))
        return lambda word: lex_of(best_analysis(analyzer.analyze(word)))
    if kind == "mle":
        from camel_tools.disambig.mle import MLEDisambiguator

        mle = MLEDisambiguator.pretrained(top=1, cache_size=0)

        def top_lex(word: str) -> str | None:
            scored = mle.disambiguate([word])[0].analyses
            return lex_of(scored[0].analysis) if scored else None

        return top_lex
    raise ValueError(f"unknown lemma source {kind!r}")


class CachedLemmatizer:
    """Lemmas per token list, remembered per word form (news reuses a small vocabulary)."""

    def __init__(self, word_lemma: Callable[[str], str | None]) -> None:
        self._word_lemma = word_lemma
        self._cache: dict[str, str | None] = {}

    def lemma(self, word: str) -> str | None:
        try:
            return self._cache[word]
        except KeyError:
            pass
        lem = self._word_lemma(word) if _AR_WORD_RE.match(word) else None
        if len(self._cache) >= MAX_CACHED_FORMS:
            self._cache.clear()
        self._cache[word] = lem
        return lem

    def __call__(self, words: list[str]) -> list[str | None]:
        return [self.lemma(w) for w in words]


@lru_cache(maxsize=4)
def cached_lemmatizer(kind: str, path: str) -> CachedLemmatizer:
    return CachedLemmatizer(load_word_lemma(kind, path))


def active_lemmatizer(ctx: object) -> Lemmatizer | None:
    """The keywords stage's lemmatizer for this context, or None for the light stemmer."""
    options = getattr(ctx, "options", None) or {}
    mode = requested_mode(options)
    source = lemma_source(options)
    if source is None:
        return None
    if source in _FAILED:
        return _missing(mode, _FAILED[source])
    try:
        return cached_lemmatizer(*source)
    except Exception as exc:  # a corrupt DB or a half-installed CAMeL: say so, don't crash
        _FAILED[source] = (
            f"CAMeL lemmas unavailable ({type(exc).__name__}: {exc}); "
            "keywords use the light stemmer"
        )
        if mode == "camel":
            raise LemmaBackendMissing(_FAILED[source]) from exc
        notice_once(_FAILED[source])
        return None
