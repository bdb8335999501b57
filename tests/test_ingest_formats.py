"""Every input kind through the public API, files written by the tests themselves (tmp_path)."""

from __future__ import annotations

import json
import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import pytest

from marsad.ingest import Article, IngestError, article_from_text, read_bytes, read_paths
from marsad.ingest.bidi import reverse_line

BODY = (
    "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان، أمس، نظيره الفرنسي في باريس.\n\n"
    "وبحث الجانبان العلاقات الثنائية والتطورات الإقليمية، بحضور سفيري البلدين."
)
TITLE = "وزير الخارجية يلتقي نظيره الفرنسي في باريس"


def _articles(items: list[Article | IngestError]) -> list[Article]:
    return [a for a in items if isinstance(a, Article)]


def _errors(items: list[Article | IngestError]) -> list[IngestError]:
    return [a for a in items if isinstance(a, IngestError)]


# --- plain text in every encoding -------------------------------------------------------------

@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"]
)
def test_txt_encodings_decode_to_the_same_article(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(f"{TITLE}\n\n{BODY}\n".encode(encoding))
    [a] = list(read_paths([f]))
    assert isinstance(a, Article), a
    assert a.title == TITLE
    assert a.text == BODY
    assert a.origin == str(f)


def test_short_cp1256_text_is_not_mojibake() -> None:
    [a] = list(read_bytes("قمة الرياض\nاجتمع القادة في الرياض اليوم.".encode("cp1256"), "s.txt"))
    assert isinstance(a, Article)
    assert a.title == "قمة الرياض" and a.text == "اجتمع القادة في الرياض اليوم."


def test_paragraph_breaks_kept_and_runs_of_blank_lines_collapsed() -> None:
    a = article_from_text("الفقرة الأولى هنا.   \n\n\n\n\nالفقرة الثانية هنا.\nسطر تابع لها.")
    assert a.text == "الفقرة الأولى هنا.\n\nالفقرة الثانية هنا.\nسطر تابع لها."


def test_presentation_forms_entities_and_tatweel_normalised() -> None:
    # ﺍﻟﺮﻳﺎﺽ is الرياض in presentation forms; &quot; an HTML entity; الـــوزير has tatweel
    a = article_from_text("وصل الـــوزير إلى ﺍﻟﺮﻳﺎﺽ وقال &quot;أهلاً&quot; للصحفيين.")
    assert a.text == 'وصل الوزير إلى الرياض وقال "أهلاً" للصحفيين.'


def test_user_pub_date_used_when_the_text_has_none() -> None:
    a = article_from_text(BODY, pub_date=date(2025, 4, 18))
    assert (a.pub_date, a.pub_date_source) == (date(2025, 4, 18), "user")


def test_dateline_wins_over_user_pub_date() -> None:
    text = "الرياض 5 رمضان 1446 هـ الموافق 05 مارس 2025 م واس\n" + BODY
    a = article_from_text(text, pub_date=date(2025, 4, 18))
    assert (a.pub_date, a.pub_date_source) == (date(2025, 3, 5), "dateline")
    assert a.text == BODY
    assert a.source == "واس"


# --- HTML ---------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}">
<title>{title} | موقع تجريبي</title>
<meta name="keywords" content="السعودية، فرنسا">
<script>var promo = "اشترك الآن في النشرة";</script><style>p {{ color: red }}</style></head>
<body><nav><ul><li>الرئيسية</li><li>سياسة</li><li>اقتصاد</li></ul></nav>
<article><h1>{title}</h1><p>{p1}</p><p>{p2}</p></article>
<!-- تعليق مخفي -->
<footer>جميع الحقوق محفوظة</footer><script>track("زيارة");</script></body></html>"""


@pytest.mark.parametrize("charset", ["utf-8", "windows-1256"])
def test_html_main_text_without_scripts_menus_comments(tmp_path: Path, charset: str) -> None:
    p1, p2 = BODY.split("\n\n")
    page = HTML.format(charset=charset, title=TITLE, p1=p1, p2=p2)
    f = tmp_path / "page.html"
    f.write_bytes(page.encode("cp1256" if charset == "windows-1256" else "utf-8"))
    [a] = list(read_paths([f]))
    assert isinstance(a, Article), a
    assert a.title == TITLE
    assert a.text == BODY
    assert a.tags == ["السعودية", "فرنسا"]
    for clutter in ("اشترك", "الرئيسية", "تعليق", "الحقوق", "زيارة"):
        assert clutter not in a.text


def test_html_fallback_when_extractor_finds_no_article() -> None:
    page = "<html><body><div>قال الوزير إن المحادثات بناءة.</div><script>x()</script></body></html>"
    [a] = list(read_bytes(page.encode(), "short.htm"))
    assert isinstance(a, Article), a
    assert a.text == "قال الوزير إن المحادثات بناءة."


# --- DOCX and PDF -------------------------------------------------------------------------------

def test_docx(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph(TITLE)
    for para in BODY.split("\n\n"):
        d.add_paragraph(para)
    f = tmp_path / "a.docx"
    d.save(str(f))
    [a] = list(read_paths([f]))
    assert isinstance(a, Article), a
    assert a.title == TITLE
    assert " ".join(a.text.split()) == " ".join(BODY.split())


def _isolated_forms() -> dict[str, str]:
    """Arabic letter → its isolated presentation form, as a PDF text layer may carry it."""
    out: dict[str, str] = {}
    for cp in range(0xFE70, 0xFEFD):
        ch = chr(cp)
        dec = unicodedata.decomposition(ch)
        parts = dec.split()
        if parts[:1] == ["<isolated>"] and len(parts) == 2 and "\u0621" <= chr(int(parts[1], 16)):
            out.setdefault(chr(int(parts[1], 16)), ch)
    return out


def make_pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF whose text layer maps one-byte codes to the given characters
    through a ToUnicode CMap — the way many Arabic PDFs encode text."""
    chars = sorted({c for ln in lines for c in ln})
    assert len(chars) < 250
    code = {c: i + 1 for i, c in enumerate(chars)}
    ops = ["BT /F1 12 Tf 16 TL 72 760 Td"]
    for ln in lines:
        ops.append("<" + "".join(f"{code[c]:02X}" for c in ln) + "> Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    entries = [f"<{code[c]:02X}> <{ord(c):04X}>" for c in chars]
    blocks = []
    for i in range(0, len(entries), 100):
        chunk = entries[i:i + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        + "\n".join(blocks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    ).encode("ascii")
    widths = " ".join("500" for _ in chars)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        (f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 "
         f"/LastChar {len(chars)} /Widths [{widths}] /ToUnicode 6 0 R >>").encode("ascii"),
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


# No digits: pypdf's own right-to-left reordering moves digits inside Arabic lines, which no
# repair can undo reliably (see the report in marsad/ingest/bidi.py).
PDF_LINES = [
    "التقى وزير الخارجية نظيره الفرنسي في باريس أمس.",
    "وبحث الجانبان العلاقات الثنائية (بحضور السفيرين).",
]


def test_pdf_glyphs_in_visual_order_with_presentation_forms(tmp_path: Path) -> None:
    """The common layout: glyphs drawn left to right, as presentation forms."""
    pytest.importorskip("pypdf")
    forms = _isolated_forms()
    visual = ["".join(forms.get(c, c) for c in reverse_line(ln)) for ln in PDF_LINES]
    assert visual[0] != PDF_LINES[0] and "\ufe8d" in visual[0]  # ﺍ: alef, isolated form
    f = tmp_path / "visual.pdf"
    f.write_bytes(make_pdf(visual))
    [a] = list(read_paths([f]))
    assert isinstance(a, Article), a
    assert a.text.split("\n") == PDF_LINES


def test_pdf_text_that_comes_out_reversed_is_repaired(tmp_path: Path) -> None:
    """Glyphs stored in logical order: the extractor's visual→logical flip reverses them."""
    pytest.importorskip("pypdf")
    f = tmp_path / "logical.pdf"
    f.write_bytes(make_pdf(PDF_LINES))
    [a] = list(read_paths([f]))
    assert isinstance(a, Article), a
    assert a.text.split("\n") == PDF_LINES
    assert any("visual order" in w for w in a.warnings)


def test_pdf_without_text_layer_is_an_error() -> None:
    [e] = list(read_bytes(make_pdf([" "]), "scan.pdf"))
    assert isinstance(e, IngestError)
    assert "no text layer" in e.reason


# --- bulk records -----------------------------------------------------------------------------

RECORDS = [
    {"Title": TITLE, "Content": BODY, "Date_Extracted": "2015-07-21 02:51:32",
     "source": "spa", "URL": "http://example.org/1"},
    {"headline": "قمة خليجية", "body": "اجتمع قادة دول الخليج في الرياض اليوم.",
     "pub_date": "2025-03-05"},
]


def _check_records(items: list[Article | IngestError], name: str) -> None:
    assert _errors(items) == []
    a, b = _articles(items)
    assert (a.title, a.text, a.source, a.url) == (TITLE, BODY, "spa", "http://example.org/1")
    assert (a.pub_date, a.pub_date_source) == (date(2015, 7, 21), "record")
    assert a.origin == f"{name}#record 1"
    assert (b.title, b.pub_date, b.origin) == ("قمة خليجية", date(2025, 3, 5), f"{name}#record 2")


@pytest.mark.parametrize(
    "wrap", [lambda r: r, lambda r: {"articles": r}, lambda r: {"meta": {}, "stuff": r}]
)
def test_json_array_or_object_holding_the_list(tmp_path: Path, wrap) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps(wrap(RECORDS), ensure_ascii=False), encoding="utf-8")
    _check_records(list(read_paths([f], pub_date=date(2020, 1, 1))), str(f))


def test_jsonl(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS), encoding="utf-8")
    _check_records(list(read_paths([f])), str(f))


def test_csv_case_insensitive_columns_multiline_cells(tmp_path: Path) -> None:
    import csv

    f = tmp_path / "a.csv"
    with f.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["TITLE", "Text", "Date", "Source", "url"])
        w.writerow([TITLE, BODY, "2015-07-21", "spa", "http://example.org/1"])
        w.writerow(["قمة خليجية", "اجتمع قادة دول الخليج في الرياض اليوم.", "05/03/2025", "", ""])
    _check_records(list(read_paths([f])), str(f))


def test_record_date_wins_over_user_date(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": BODY, "date": "2025-01-02"}), encoding="utf-8")
    [a] = list(read_paths([f], pub_date=date(2025, 4, 18)))
    assert isinstance(a, Article)
    assert (a.pub_date, a.pub_date_source) == (date(2025, 1, 2), "record")


# --- zip and folders --------------------------------------------------------------------------

def test_zip_members_named_and_sorted(tmp_path: Path) -> None:
    z = tmp_path / "batch.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("b/news.json", json.dumps(RECORDS, ensure_ascii=False))
        zf.writestr("a.txt", BODY)
        zf.writestr("empty.txt", "")
        zf.writestr("__MACOSX/._a.txt", "junk")
        zf.writestr("notes.md", "ignored")
    items = list(read_paths([z]))
    assert [i.origin for i in items] == [
        f"{z}!a.txt", f"{z}!b/news.json#record 1", f"{z}!b/news.json#record 2",
        f"{z}!empty.txt",
    ]
    assert isinstance(items[-1], IngestError) and items[-1].reason == "empty file"


def test_folder_walked_sorted_skipping_unsupported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "README.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert [Path(i.origin).relative_to(tmp_path).as_posix() for i in items] == [
        "a.txt", "b.txt", "sub/c.txt",
    ]


# --- bad input: one clear error each, the batch goes on -----------------------------------------

BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("binary.txt", bytes(range(256)) * 8, "binary data"),
    ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary data"),
    ("bad.csv", 'title,text\nعنوان,"نص لم يغلق\n'.encode(), "malformed CSV"),
    ("nocol.csv", b"a,b\n1,2\n", "no text column"),
    ("bad.json", b'[{"text": "abc"', "malformed JSON"),
    ("nolist.json", b'{"count": 3}', "no article list"),
    ("scripts.html", b"<html><head><script>var a = 1;</script></head>"
     b"<body><script>alert('x')</script><style>p{}</style></body></html>",
     "no readable text in the HTML"),
    ("english.txt", b"The minister met his counterpart in Paris yesterday.", "no Arabic text"),
    ("bad.zip", b"PK\x03\x04 not really a zip", "not a valid zip"),
    ("bad.docx", b"not a zip at all", "not a valid .docx"),
    ("bad.pdf", b"%PDF-1.4 garbage", "PDF"),
    ("doc.rtf", b"{\\rtf1 hello}", "unsupported file type '.rtf'"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_gives_one_error_and_batch_continues(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    items = list(read_paths([bad, good]))
    assert len(items) == 2, items
    err, ok = items
    assert isinstance(err, IngestError), err
    assert err.origin.split("#record ")[0] == str(bad)  # a CSV row error names its record
    assert reason in err.reason
    assert "\n" not in str(err)
    assert isinstance(ok, Article) and ok.text == BODY


def test_file_over_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(BODY * 50, encoding="utf-8")
    [e] = list(read_paths([big], max_bytes=1000))
    assert isinstance(e, IngestError) and "size limit" in e.reason
    [e2] = list(read_bytes(big.read_bytes(), "upload.txt", max_bytes=1000))
    assert isinstance(e2, IngestError) and "size limit" in e2.reason
    assert isinstance(next(iter(read_paths([big]))), Article)  # default limit is 20 MB


def test_missing_file(tmp_path: Path) -> None:
    [e] = list(read_paths([tmp_path / "nope.txt"]))
    assert isinstance(e, IngestError) and "cannot read" in e.reason


def test_bulk_file_with_bad_records_keeps_the_good_ones(tmp_path: Path) -> None:
    f = tmp_path / "mixed.json"
    recs = [RECORDS[0], {"title": "بلا نص"}, 42, {"text": "Only English here."}, RECORDS[1]]
    f.write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    items = list(read_paths([f]))
    assert [type(i).__name__ for i in items] == [
        "Article", "IngestError", "IngestError", "IngestError", "Article",
    ]
    assert [e.origin for e in _errors(items)] == [f"{f}#record {n}" for n in (2, 3, 4)]
    reasons = [e.reason for e in _errors(items)]
    assert "no text" in reasons[0] and "not an object" in reasons[1]
    assert "no Arabic" in reasons[2]


def test_jsonl_with_a_broken_line(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_text(
        json.dumps(RECORDS[0], ensure_ascii=False) + '\n{"text": "broken\n'
        + json.dumps(RECORDS[1], ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    items = list(read_paths([f]))
    assert [type(i).__name__ for i in items] == ["Article", "IngestError", "Article"]
    assert items[1].origin == f"{f}#record 2" and "malformed JSON line" in items[1].reason


def test_csv_row_with_wrong_field_count(tmp_path: Path) -> None:
    f = tmp_path / "rows.csv"
    f.write_text("title,text\nأ,نص عربي أول.,زائد\nب,نص عربي ثان.\n", encoding="utf-8")
    items = list(read_paths([f]))
    assert isinstance(items[0], IngestError) and items[0].origin == f"{f}#record 1"
    assert isinstance(items[1], Article) and items[1].text == "نص عربي ثان."


def test_zip_member_error_is_named_zip_bang_member(tmp_path: Path) -> None:
    z = tmp_path / "x.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("bad.json", "{oops")
        zf.writestr("good.txt", BODY)
    err, ok = list(read_paths([z]))
    assert isinstance(err, IngestError) and err.origin == f"{z}!bad.json"
    assert isinstance(ok, Article) and ok.origin == f"{z}!good.txt"


def test_article_from_text_rejects_non_arabic() -> None:
    from marsad.ingest.errors import IngestFailure

    with pytest.raises(IngestFailure, match="no Arabic"):
        article_from_text("Just an English sentence, nothing else.")


def test_html_published_time_meta_is_the_record_date() -> None:
    page = (
        '<html><head><meta charset="utf-8">'
        '<meta property="article:published_time" content="2025-02-03T10:00:00Z"></head>'
        f"<body><article><h1>{TITLE}</h1><p>{BODY.split(chr(10))[0]}</p></article></body></html>"
    )
    [a] = list(read_bytes(page.encode(), "p.html", pub_date=date(2025, 4, 18)))
    assert isinstance(a, Article), a
    assert (a.pub_date, a.pub_date_source, a.title) == (date(2025, 2, 3), "record", TITLE)


def test_stdin_dash_reads_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    fake = io.TextIOWrapper(io.BytesIO(f"{TITLE}\n{BODY}".encode("cp1256")))
    monkeypatch.setattr(sys, "stdin", fake)
    [a] = list(read_paths(["-"], pub_date=date(2025, 4, 18)))
    assert isinstance(a, Article), a
    assert (a.origin, a.title, a.text, a.pub_date_source) == ("<stdin>", TITLE, BODY, "user")


def test_json_lines_saved_as_dot_json(tmp_path: Path) -> None:
    f = tmp_path / "lines.json"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS), encoding="utf-8")
    _check_records(list(read_paths([f])), str(f))


def test_tsv_and_semicolon_csv_in_cp1256(tmp_path: Path) -> None:
    for name, sep in (("a.tsv", "\t"), ("b.csv", ";")):
        f = tmp_path / name
        rows = [["title", "body"], ["قمة خليجية", "اجتمع قادة دول الخليج في الرياض اليوم."]]
        f.write_bytes("\n".join(sep.join(r) for r in rows).encode("cp1256"))
        [a] = list(read_paths([f]))
        assert isinstance(a, Article), a
        assert (a.title, a.text) == ("قمة خليجية", "اجتمع قادة دول الخليج في الرياض اليوم.")
