"""Hand-built documents for the dashboard tests (the extraction stages are tested elsewhere).

Each span's offsets are found in the text, so the reader, the timeline and the tables see what a
real pipeline would store. One article carries markup (`<img onerror>`, `<script>`) that must only
ever show as text.
"""

from __future__ import annotations

from marsad.document import DateExpr, Document, Entity, Keyword, Meeting, Statement

XSS = '<img src=x onerror=alert(1)> و<script>alert(1)</script>'


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    i = text.index(part, after)
    return i, i + len(part)


def moscow_doc() -> Document:
    text = ("التقى الرئيس الروسي فلاديمير بوتين، أمس الخميس، وزير الخارجية الإيراني عباس عراقجي "
            "في العاصمة موسكو. وقال عراقجي إن \"حق إيران في التخصيب غير قابل للتفاوض\".")
    d = Document(text=text, title="بوتين يلتقي عراقجي في موسكو", source="عربي21",
                 pub_date="2025-04-18", tags=["روسيا", "إيران"], origin="<test>")
    for part, typ, canon, titles in (
        ("فلاديمير بوتين", "PERSON", "فلاديمير بوتين", ["الرئيس الروسي"]),
        ("عباس عراقجي", "PERSON", "عباس عراقجي", ["وزير الخارجية الإيراني"]),
        ("موسكو", "LOCATION", "موسكو", []),
        ("إيران", "LOCATION", "إيران", []),
    ):
        a, b = _span(text, part, text.index("حق") if part == "إيران" else 0)
        d.entities.append(Entity(a, b, part, typ, canon, titles))
    a, b = _span(text, "عراقجي", text.index("وقال"))
    d.entities.append(Entity(a, b, "عراقجي", "PERSON", "عباس عراقجي", []))
    a, b = _span(text, "أمس الخميس")
    d.dates.append(DateExpr(a, b, "أمس الخميس", "2025-04-17", "date", True))
    s0, s1 = 0, text.index(".") + 1
    d.meetings.append(Meeting(s0, s1, ["فلاديمير بوتين", "عباس عراقجي"], [], "موسكو",
                              "2025-04-17", "held", text[s0:s1]))
    a = text.index("وقال")
    d.statements.append(Statement(a, len(text), "عباس عراقجي", "قال", "assert",
                                  "حق إيران في التخصيب غير قابل للتفاوض", target="إيران"))
    d.keywords = [Keyword("التخصيب", 2.0, 1), Keyword("موسكو", 1.5, 1)]
    return d


def riyadh_doc() -> Document:
    text = ("استقبل ولي العهد الأمير محمد بن سلمان في الرياض يوم 2015-07-22 وزير الخارجية "
            "الأمريكي جون كيري. وحذّر كيري من التصعيد في المنطقة.")
    d = Document(text=text, title="ولي العهد يستقبل كيري", source="سبق", pub_date="2015-07-23",
                 tags=["السعودية"], origin="<test>")
    for part, typ, canon, titles in (
        ("محمد بن سلمان", "PERSON", "محمد بن سلمان", ["ولي العهد"]),
        ("الرياض", "LOCATION", "الرياض", []),
        ("جون كيري", "PERSON", "جون كيري", ["وزير الخارجية الأمريكي"]),
    ):
        a, b = _span(text, part)
        d.entities.append(Entity(a, b, part, typ, canon, titles))
    a, b = _span(text, "2015-07-22")
    d.dates.append(DateExpr(a, b, "2015-07-22", "2015-07-22", "date", False))
    s1 = text.index(".") + 1
    d.meetings.append(Meeting(0, s1, ["محمد بن سلمان", "جون كيري"], [], "الرياض", "2015-07-22",
                              "held", text[:s1]))
    a = text.index("وحذّر")
    d.statements.append(Statement(a, len(text), "جون كيري", "حذّر", "warn", "من التصعيد"))
    d.keywords = [Keyword("التصعيد", 1.0, 1)]
    return d


def xss_doc() -> Document:
    text = f"مقال اختبار {XSS} التقى الوزير سامي في جدة."
    d = Document(text=text, title="عنوان <b>غامق</b> " + XSS, source="<script>src</script>",
                 pub_date="2015-07-25", origin="<test>")
    a, b = _span(text, "سامي")
    d.entities.append(Entity(a, b, "سامي", "PERSON", "سامي <script>", []))
    a, b = _span(text, "جدة")
    d.entities.append(Entity(a, b, "جدة", "LOCATION", "جدة", []))
    i = text.index("التقى")
    d.meetings.append(Meeting(i, len(text), ["سامي <script>"], [], "جدة", None, "planned",
                              text[i:]))
    return d


def seed_docs() -> list[Document]:
    return [moscow_doc(), riyadh_doc(), xss_doc()]


def test_seed_spans_point_at_their_text() -> None:
    for d in seed_docs():
        for e in d.entities:
            assert d.text[e.start:e.end] == e.text
        for x in d.dates:
            assert d.text[x.start:x.end] == x.text
