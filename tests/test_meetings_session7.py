"""Meetings, session 7: where a held meeting took place."""

from datetime import date

import pytest

from marsad.pipeline import analyze_text


@pytest.mark.parametrize(("text", "place"), [
    # the place told in the next sentence, naming the meeting again
    ("عقد محافظ محافظة ينبع خالد الغامدي أمس اجتماعًا مع مدير السياحة سامر العتيبي. وناقش "
     "الاجتماع الذي عقد في مقر المحافظة عددًا من الأمور.", "مقر المحافظة"),
    # a hospital visited
    ("قام محافظ شقراء محمد بن سعود الهلال بزيارة معايدة للمرضى المنومين في مستشفى شقراء العام.",
     "مستشفى شقراء العام"),
    ("قام فريق سفراء التطوع برئاسة الدكتور محمد باجبير بزيارة لمستشفى الملك فهد، وكان في "
     "استقبالهم المدير الطبي الدكتور عبد اللطيف مهيوب.", "مستشفى الملك فهد"),
])
def test_meeting_place(text: str, place: str) -> None:
    doc = analyze_text(text, date(2015, 7, 23))
    assert doc.meetings, doc.meetings
    assert doc.meetings[0].place == place, doc.meetings[0]


def test_byline_city_is_the_place() -> None:
    from marsad.ingest import article_from_text
    from marsad.pipeline import Context, analyze

    art = article_from_text("عبدالله الراجحي- سبق- جدة: قام الرئيس التنفيذي للشركة سهيل الحمد "
                            "بزيارة لمشغل المعدات نوشاد أحمد.", pub_date=date(2015, 7, 26))
    assert art.dateline and "جدة" in art.dateline
    doc = analyze(art, Context(pub_date=date(2015, 7, 26)))
    assert [m.place for m in doc.meetings] == ["جدة"], doc.meetings


@pytest.mark.parametrize("text", [
    # requested or speculative meetings are no meetings (GUIDE)
    "ودعا الأمين العام للأمم المتحدة إلى عقد اجتماع بين الرئيس محمود عباس ورئيس الوزراء "
    "بنيامين نتنياهو.",
    "وطالبت الحركة بعقد لقاء بين الرئيس محمود عباس ورئيس الوزراء بنيامين نتنياهو.",
    "وربما يلتقي الوزير سيرغي لافروف بنظيره الأمريكي جون كيري الأسبوع المقبل.",
])
def test_no_meeting_when_requested_or_speculative(text: str) -> None:
    assert analyze_text(text, date(2015, 7, 23)).meetings == []


@pytest.mark.parametrize(("text", "status"), [
    ("واستقبل الرئيس محمود عباس رئيس الوزراء بنيامين نتنياهو.", "held"),
    # the meeting frames the request
    ("ودعا الرئيس اليمني عبدربه منصور هادي خلال لقائه المبعوث الأممي إسماعيل ولد الشيخ إلى زيارة "
     "عدن.", "held"),
    ("ومن المتوقع أن يلتقي الوزير سيرغي لافروف بنظيره الأمريكي جون كيري غدا.", "planned"),
])
def test_meeting_kept(text: str, status: str) -> None:
    meetings = analyze_text(text, date(2015, 7, 23)).meetings
    assert [m.status for m in meetings] == [status], meetings


def test_undated_meeting_to_come_in_quoted_words_is_a_forecast() -> None:
    text = ("واعتبر المحلل سمير جبور أن «المرحلة صعبة. والرئيس الأمريكي باراك أوباما سيلتقي الرئيس "
            "الإيراني حسن روحاني لإعادة تركيب التوازنات».")
    assert analyze_text(text, date(2015, 7, 21)).meetings == []
    told = "وقال الوزير إن الرئيس الأمريكي باراك أوباما سيلتقي الرئيس الإيراني حسن روحاني."
    assert [m.status for m in analyze_text(told, date(2015, 7, 21)).meetings] == ["planned"]
