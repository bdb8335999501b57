from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

ARTICLE = "التقى وزير الخارجية السعودي نظيره الأردني في الرياض أمس، وبحثا العلاقات الثنائية.\n"


def run(
    *args: str, stdin: str | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "marsad", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


def test_analyze_stdin_gives_contract_json() -> None:
    r = run("analyze", "-", "--pub-date", "2025-04-18", stdin=ARTICLE)
    assert r.returncode == 0, r.stderr
    docs = json.loads(r.stdout)
    assert len(docs) == 1
    d = docs[0]
    for key in (
        "id",
        "title",
        "source",
        "url",
        "pub_date",
        "text",
        "tags",
        "entities",
        "dates",
        "meetings",
        "statements",
        "keywords",
    ):
        assert key in d
    assert d["pub_date"] == "2025-04-18"
    assert d["text"].startswith("التقى وزير الخارجية")
    for kw in d["keywords"]:
        assert isinstance(kw["term"], str) and isinstance(kw["score"], float)


def test_bad_file_is_one_line_and_the_rest_goes_through(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run("analyze", str(empty), str(good), "--format", "jsonl", "-q")
    assert r.returncode == 1
    lines = [ln for ln in r.stdout.splitlines() if ln.strip()]
    assert len(lines) == 1 and json.loads(lines[0])["text"].startswith("التقى")
    errs = [ln for ln in r.stderr.splitlines() if "empty.txt" in ln]
    assert len(errs) == 1


def test_missing_file_is_reported(tmp_path: Path) -> None:
    r = run("analyze", str(tmp_path / "nope.txt"), "-q")
    assert r.returncode == 1
    assert "nope.txt" in r.stderr
    assert json.loads(r.stdout) == []


def test_ingest_twice_then_export_import(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, city in enumerate(["الرياض", "جدة", "الدمام"]):
        (folder / f"a{i}.txt").write_text(ARTICLE.replace("الرياض", city), encoding="utf-8")
    db = str(tmp_path / "m.sqlite")
    r1 = run("ingest", str(folder), "--db", db, "-q")
    assert r1.returncode == 0, r1.stderr
    assert "added 3" in r1.stderr
    r2 = run("ingest", str(folder), "--db", db, "-q")
    assert "added 0" in r2.stderr and "already stored 3" in r2.stderr
    out = tmp_path / "corpus.jsonl"
    assert run("export", str(out), "--db", db).returncode == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    db2 = str(tmp_path / "n.sqlite")
    r3 = run("import", str(out), "--db", db2)
    assert r3.returncode == 0 and "imported 3" in r3.stderr


def test_import_rejects_garbage(tmp_path: Path) -> None:
    bad = tmp_path / "x.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    r = run("import", str(bad), "--db", str(tmp_path / "m.sqlite"))
    assert r.returncode == 1 and "x.jsonl" in r.stderr


def test_tag_conll_keeps_tokens_and_blank_lines(tmp_path: Path) -> None:
    conll = tmp_path / "t.conll"
    conll.write_text(
        "التقى O\nبوتين B-PERS\nفي O\nموسكو B-LOC\n\nقال O\nلافروف B-PERS\n", encoding="utf-8"
    )
    r = run("tag-conll", str(conll))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.split("\n")
    toks = [ln.split("\t")[0] for ln in lines if ln]
    assert toks == ["التقى", "بوتين", "في", "موسكو", "قال", "لافروف"]
    assert lines[4] == ""
    tags = [ln.split("\t")[1] for ln in lines if ln]
    valid = {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PERS", "LOC", "ORG", "MISC")}
    assert set(tags) <= valid


@pytest.mark.shared
def test_seed_article_analyze() -> None:
    if not SEED.exists():
        pytest.skip("../shared absent")
    r = run("analyze", str(SEED), "--pub-date", "2025-04-18")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)[0]
    assert d["text"].startswith("التقى الرئيس الروسي")
    assert d["text"].rstrip().endswith("بين طهران وواشنطن.")
    assert d["source"] == "عربي21"
    assert {"بوتين", "عراقجي", "النووي"} <= set(d["tags"])
    assert "إقرأ أيضاً" not in d["text"] and "مقالات مشابهة" not in d["text"]
