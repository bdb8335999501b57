"""CAMeL lemmas for keywords, exercised on a tiny morphology DB written here in CAMeL's format.

Each scenario runs in a fresh interpreter: CAMeL fixes its data dir and loads its catalogue at
the first import of ``camel_tools.data``, so the import-time state must start clean, with HOME
and CAMELTOOLS_DATA pointing into tmp_path (no real ~/.camel_tools is read or written).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# --- a tiny CAMeL morphology DB -------------------------------------------------------------
# Sections and line shapes follow camel_tools.morphology.database.MorphologyDB._parse_dbfile:
# DEFINE/DEFAULT/ORDER/TOKENIZATION/STEMBACKOFF lines are space-separated; PREFIXES, SUFFIXES
# and STEMS are "form<TAB>category<TAB>feat:val feat:val ..."; the three compatibility tables
# are "category category". Lookup forms are normalised as CAMeL's analyser does (ة → ه).

_FEATS = "prc2:0 prc0:0 num:s gloss:-"
DB_HEADER = """\
###DEFINES###
DEFINE pos pos:noun pos:verb pos:noun_prop pos:punc pos:digit pos:latin
DEFINE prc2 prc2:0 prc2:wa_conj prc2:na
DEFINE prc0 prc0:0 prc0:Al_det prc0:na
DEFINE num num:s num:p num:na
DEFINE lex lex:*open*
DEFINE diac diac:*open*
DEFINE bw bw:*open*
DEFINE gloss gloss:*open*
DEFINE atbtok atbtok:*open*
DEFINE pos_lex_logprob pos_lex_logprob:*open*
DEFINE lex_logprob lex_logprob:*open*
###DEFAULTS###
DEFAULT pos:noun prc2:0 prc0:0 num:s
DEFAULT pos:punc prc2:na prc0:na num:na
DEFAULT pos:digit prc2:na prc0:na num:na
DEFAULT pos:latin prc2:na prc0:na num:na
###ORDER###
ORDER pos prc2 prc0 num lex diac bw gloss pos_lex_logprob lex_logprob
###TOKENIZATIONS###
TOKENIZATION atbtok
###STEMBACKOFF###
STEMBACKOFF PROP N_PROP
"""
PREFIXES = [
    ("", "Pref-0", "diac: bw:"),
    ("و", "Pref-wa", "diac:وَ bw:وَ/CONJ prc2:wa_conj"),
    ("ال", "Pref-Al", "diac:ال bw:ال/DET prc0:Al_det"),
    ("وال", "Pref-waAl", "diac:وَال bw:وَ/CONJ+ال/DET prc2:wa_conj prc0:Al_det"),
]
SUFFIXES = [
    ("", "Nsuff-0", "diac: bw: num:s"),
    ("ات", "Nsuff-At", "diac:ات bw:+ات/NSUFF_FEM_PL num:p"),
    ("ه", "Nsuff-ap", "diac:َة bw:+َة/NSUFF_FEM_SG num:s"),
    ("", "Vsuff-0", "diac:َ bw:+َ/PVSUFF"),
]
STEMS = [
    ("مفاوض", "N-At", "diac:مُفاوَض lex:مُفاوَضَة_1 pos:noun bw:مُفاوَض/NOUN "
                      f"{_FEATS} pos_lex_logprob:-4.2 lex_logprob:-4.1"),
    ("كتب", "N", f"diac:كُتُب lex:كِتاب_1 pos:noun bw:كُتُب/NOUN {_FEATS} "
                 "pos_lex_logprob:-3.5 lex_logprob:-3.4"),
    ("كتب", "PV", f"diac:كَتَب lex:كَتَب-u_1 pos:verb bw:كَتَب/PV {_FEATS} "
                  "pos_lex_logprob:-3.9 lex_logprob:-3.8"),
    ("وزير", "N", f"diac:وَزِير lex:وَزِير_1 pos:noun bw:وَزِير/NOUN {_FEATS} "
                  "pos_lex_logprob:-3.0 lex_logprob:-3.0"),
    ("NOAN", "N_PROP", f"diac:NOAN lex:NOAN_0 pos:noun_prop bw:NOAN/NOUN_PROP {_FEATS}"),
]
NOUN_CATS = ("N-At", "N", "N_PROP")
TABLE_AB = [(p, s) for p in ("Pref-0", "Pref-wa", "Pref-Al", "Pref-waAl") for s in NOUN_CATS]
TABLE_AB += [("Pref-0", "PV"), ("Pref-wa", "PV")]
TABLE_BC = [("N-At", "Nsuff-At"), ("N-At", "Nsuff-ap"), ("N", "Nsuff-0"), ("N_PROP", "Nsuff-0"),
            ("PV", "Vsuff-0")]
TABLE_AC = [(p, s) for p in ("Pref-0", "Pref-wa", "Pref-Al", "Pref-waAl")
            for s in ("Nsuff-0", "Nsuff-At", "Nsuff-ap")]
TABLE_AC += [("Pref-0", "Vsuff-0"), ("Pref-wa", "Vsuff-0")]

# The MLE model says the bare كتب is the verb; the DB's log-probabilities prefer the noun.
MLE_MODEL = {"كتب": {"lex": "كَتَب-u_1", "pos": "verb", "diac": "كَتَبَ", "bw": "كَتَب/PV+َ/PVSUFF",
                     "prc0": "0", "prc2": "0", "num": "s"}}

ARTICLE = (
    "استؤنفت المفاوضات في موسكو أمس. وقال الوزير إن مفاوضات جديدة ستبدأ قريبا، "
    "والمفاوضات مستمرة منذ أشهر. وأكد أن كل مفاوضة تحتاج إلى صبر."
)


def morphology_db_text() -> str:
    def rows(entries: list[tuple[str, str, str]]) -> str:
        return "".join(f"{form}\t{cat}\t{feats}\n" for form, cat, feats in entries)

    def pairs(table: list[tuple[str, str]]) -> str:
        return "\n".join(f"{a} {b}" for a, b in table)

    return (DB_HEADER + "###PREFIXES###\n" + rows(PREFIXES) + "###SUFFIXES###\n" + rows(SUFFIXES)
            + "###STEMS###\n" + rows(STEMS) + "###TABLE AB###\n" + pairs(TABLE_AB)
            + "\n###TABLE BC###\n" + pairs(TABLE_BC) + "\n###TABLE AC###\n" + pairs(TABLE_AC))


def write_db(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "morphology.db"
    path.write_text(morphology_db_text(), encoding="utf-8")
    return path


def write_camel_install(data_dir: Path) -> None:
    """A miniature of what `camel_data -i light` leaves: catalogue, calima DB and MLE model."""
    name = "calima-msa-r13"
    comps = {"MorphologyDB": ("morphology_db", "morphology.db"),
             "DisambigMLE": ("disambig_mle", "model.json")}
    catalogue = {"version": "1.6", "packages": {}, "components": {
        comp: {"default": name, "datasets": {name: {"path": f"{sub}/{name}"}}}
        for comp, (sub, _) in comps.items()}}
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "catalogue.json").write_text(json.dumps(catalogue), encoding="utf-8")
    write_db(data_dir / "data" / "morphology_db" / name)
    mle = data_dir / "data" / "disambig_mle" / name / "model.json"
    mle.parent.mkdir(parents=True)
    mle.write_text(json.dumps(MLE_MODEL, ensure_ascii=False), encoding="utf-8")


# --- one scenario per fresh interpreter --------------------------------------------------------

SCENARIO = textwrap.dedent("""
    import json, logging, sys
    records = []
    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record.getMessage())
    logging.getLogger("marsad").addHandler(Keep())
    from marsad.document import Document
    from marsad.keywords import run
    from marsad.keywords.lemmas import LemmaBackendMissing, active_lemmatizer, describe
    from marsad.pipeline import Context
    options = json.loads(sys.argv[1])
    words = json.loads(sys.argv[2])
    ctx = Context(options=options)
    out = {"describe": describe(options)}
    try:
        lem = active_lemmatizer(ctx)
        active_lemmatizer(ctx)  # a second article: no second notice, no reload
        out["active"] = lem is not None
        out["lemmas"] = lem(words) if lem else None
        out["same_object"] = lem is active_lemmatizer(ctx)
        doc = Document(text=sys.argv[3])
        run(doc, ctx)
        out["keywords"] = {k.term: k.count for k in doc.keywords}
    except LemmaBackendMissing as exc:
        out["error"] = str(exc)
    out["notices"] = records
    out["camel_data_imported"] = "camel_tools.data" in sys.modules
    print(json.dumps(out, ensure_ascii=False))
""")


def run_scenario(tmp_path: Path, options: dict[str, str], env: dict[str, str] | None = None,
                 words: list[str] | None = None) -> dict:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    full_env = {k: v for k, v in os.environ.items()
                if k not in ("MARSAD_LEMMAS", "MARSAD_MORPH_DB", "CAMELTOOLS_DATA")}
    full_env.update({"HOME": str(home), "CAMELTOOLS_DATA": str(tmp_path / "no-camel-data"),
                     "TMPDIR": str(tmp_path)})
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-c", SCENARIO, json.dumps(options), json.dumps(words or []), ARTICLE],
        cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


WORDS = ["المفاوضات", "مفاوضات", "والمفاوضات", "مفاوضة", "الوزير", "كتب", "بوتين", "،", "2025"]


@pytest.mark.parametrize("how", ["option", "env"])
def test_db_file_lemmas_drive_keyword_counts(tmp_path: Path, how: str) -> None:
    db = write_db(tmp_path / "mydb")
    if how == "option":
        out = run_scenario(tmp_path, {"morph_db": str(db)}, words=WORDS)
    else:
        out = run_scenario(tmp_path, {}, {"MARSAD_MORPH_DB": str(db)}, words=WORDS)
    assert out["active"] and out["same_object"]
    # the analyser alone: highest pos_lex_logprob wins (كتب → the noun كتاب); the proper-noun
    # backoff's guess for بوتين is no lemma; punctuation and digits are never analysed
    assert out["lemmas"] == ["مفاوضة", "مفاوضة", "مفاوضة", "مفاوضة", "وزير", "كتاب",
                             None, None, None]
    assert out["keywords"]["مفاوضة"] == 4  # المفاوضات + مفاوضات + والمفاوضات + مفاوضة
    assert "مفاوضات" not in out["keywords"]
    assert out["notices"] == []
    assert out["describe"].startswith("keywords use CAMeL lemmas (analyser,")
    # no catalogue in the data dir, yet nothing was fetched: the import went through the
    # private empty catalogue
    assert out["camel_data_imported"]


def test_light_stemmer_keeps_plural_and_singular_apart(tmp_path: Path) -> None:
    """The contrast that shows the lemma path above is doing the work."""
    out = run_scenario(tmp_path, {"lemmas": "light"}, {"MARSAD_MORPH_DB": str(write_db(tmp_path))})
    assert out["active"] is False
    assert out["keywords"]["مفاوضات"] == 3
    assert out["notices"] == []
    assert not out["camel_data_imported"]


def test_installed_camel_data_uses_mle_disambiguator(tmp_path: Path) -> None:
    data_dir = tmp_path / "camel-data"
    write_camel_install(data_dir)
    out = run_scenario(tmp_path, {"lemmas": "camel"}, {"CAMELTOOLS_DATA": str(data_dir)},
                       words=WORDS)
    assert "error" not in out, out.get("error")
    # the MLE model's verb reading of كتب overrides the DB's log-probabilities
    assert out["lemmas"] == ["مفاوضة", "مفاوضة", "مفاوضة", "مفاوضة", "وزير", "كتب",
                             None, None, None]
    assert out["keywords"]["مفاوضة"] == 4
    assert out["describe"].startswith("keywords use CAMeL lemmas (MLE disambiguator,")


def test_absent_data_is_one_notice_and_the_light_stemmer(tmp_path: Path) -> None:
    out = run_scenario(tmp_path, {})
    assert out["active"] is False
    assert len(out["notices"]) == 1
    assert "CAMeL morphology data not installed" in out["notices"][0]
    assert "camel_data -i light" in out["notices"][0]
    assert out["describe"] == out["notices"][0]
    assert out["keywords"]["مفاوضات"] == 3
    assert not out["camel_data_imported"]  # nothing that could reach the network was imported


@pytest.mark.parametrize(("options", "env", "expected"), [
    ({"lemmas": "camel"}, {}, "CAMeL morphology data not installed"),
    ({}, {"MARSAD_LEMMAS": "camel"}, "CAMeL morphology data not installed"),
    ({"lemmas": "camel", "morph_db": "/nonexistent/morphology.db"}, {}, "not found"),
])
def test_explicit_camel_without_data_is_a_clear_error(
    tmp_path: Path, options: dict[str, str], env: dict[str, str], expected: str
) -> None:
    out = run_scenario(tmp_path, options, env)
    assert expected in out["error"]
    assert not out["camel_data_imported"]


def test_corrupt_db_is_a_notice_in_auto_mode(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("###DEFINES###\nnot a define line\n", encoding="utf-8")
    out = run_scenario(tmp_path, {"morph_db": str(bad)})
    assert out["active"] is False
    assert len(out["notices"]) == 1 and "DatabaseParseError" in out["notices"][0]
    assert out["describe"].startswith("keywords use CAMeL lemmas")  # known only once loaded
    assert out["keywords"]["مفاوضات"] == 3


@pytest.mark.parametrize("mode", ["auto", "camel", "light", " Camel "])
def test_requested_mode_accepts_known_modes(mode: str) -> None:
    from marsad.keywords.lemmas import requested_mode

    assert requested_mode({"lemmas": mode}) == mode.strip().lower()


def test_requested_mode_rejects_unknown() -> None:
    from marsad.keywords.lemmas import requested_mode

    with pytest.raises(ValueError, match="lemmas must be one of"):
        requested_mode({"lemmas": "stanza"})
