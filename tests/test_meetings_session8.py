"""Meetings, session 8: calls told without هاتفي."""

from datetime import date

import pytest

from marsad.pipeline import analyze_text


@pytest.mark.parametrize(("text", "participants"), [
    # a call noun made or received, with its other side after it, is a call without هاتفي
    ("أجرى وزير الخارجية سامح شكري اتصالاً مع رئيس الحكومة اللبنانية تمام سلام.",
     ["سامح شكري", "تمام سلام"]),
    ("وأشار إلى أن وزير الخارجية سامح شكري كان قد أجرى اتصالاً مع رئيس الحكومة اللبنانية تمام "
     "سلام.", ["سامح شكري", "تمام سلام"]),
])
def test_call_without_phone_word(text: str, participants: list[str]) -> None:
    meetings = analyze_text(text, date(2015, 7, 27)).meetings
    assert [(m.kind, m.participants) for m in meetings] == [("call", participants)]


@pytest.mark.parametrize("text", [
    # contacts, and the ministry of communications, are no call
    "أجرى وزير الخارجية سامح شكري اتصالات مكثفة لحل الأزمة.",
    "وقال وزير الاتصالات محمد السويل إن الخدمة ستتحسن.",
])
def test_no_call(text: str) -> None:
    assert analyze_text(text, date(2015, 7, 27)).meetings == []


@pytest.mark.parametrize(("text", "participants"), [
    # an Eid visit told with the noun معايدة after a light verb; the subject before a comma
    ("قام محافظ المذنب سليمان التويجري بمعايدة المرضى المنومين في مستشفى المذنب العام.",
     ["سليمان التويجري", "المرضى المنومين"]),
    ("قام المدير العام لفرع وزارة الشؤون الاجتماعية بجازان محمد العزي، بزيارة نزلاء مركز "
     "التأهيل الشامل.", ["محمد العزي", "نزلاء مركز التأهيل"]),
    # those who went with him are no parties
    ("قام المدير العام محمد العزي بمعايدة نزلاء مركز التأهيل الشامل، ورافقه كل من مدير الدار "
     "جمال الراجحي، ومدير المركز أحمد الجباري.", ["محمد العزي", "نزلاء مركز التأهيل"]),
    # the light verb's subject is the one after it, not a name earlier in the run-on sentence
    ("أعقب ذلك قصيدة للشاعر نواف الشلاحي ثم قام بعدها الأمير عبدالرحمن بن عبدالله بمعايدة عدد "
     "من نزلاء مركز التأهيل.", ["عبدالرحمن بن عبدالله", "نزلاء مركز التأهيل"]),
])
def test_eid_visits(text: str, participants: list[str]) -> None:
    meetings = analyze_text(text, date(2015, 7, 22)).meetings
    assert [m.participants for m in meetings] == [participants]


@pytest.mark.parametrize("text", [
    # a party or a programme of Eid greetings is no visit told
    "وواصلت أمانة الرياض جهودها المتميزة في معايدة ذوي الاحتياجات الخاصة هذا العام.",
    "أقامت وزارة العدل حفل معايدة لمنسوبيها صباح أمس في مقر الوزارة.",
])
def test_no_eid_visit(text: str) -> None:
    assert analyze_text(text, date(2015, 7, 22)).meetings == []


@pytest.mark.parametrize(("text", "participants"), [
    # an inspection is a visit to the injured or patients it meets
    ("تفقد الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية اليوم، المصابين جراء العملية "
     "الإرهابية في مستشفى القطيف المركزي.", ["سعود بن نايف بن عبدالعزيز", "المصابين"]),
    # condolences brought to a family are a visit to it
    ("وقدم المدير العام للتعليم بمنطقة تبوك الدكتور عمر الشريف تعازيه ومواساته لأسرة المعلمة "
     "المتوفاة.", ["عمر الشريف", "أسرة المعلمة المتوفاة"]),
])
def test_visits_to_people(text: str, participants: list[str]) -> None:
    meetings = analyze_text(text, date(2015, 7, 24)).meetings
    assert [m.participants for m in meetings] == [participants]


@pytest.mark.parametrize("text", [
    # a site inspected, condolences sent by cable
    "تفقد الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية اليوم مشروع توسعة الطريق.",
    "وقدم الأمير فيصل بن خالد في برقية تعازيه ومواساته لأسرة الفقيد.",
])
def test_no_visit(text: str) -> None:
    assert analyze_text(text, date(2015, 7, 24)).meetings == []


def test_condolence_visit_place_and_day_told_next() -> None:
    text = ("وقدم مدير التعليم الدكتور عمر الشريف تعازيه ومواساته لأسرة المعلمة المتوفاة. جاء ذلك "
            "خلال زيارة قام بها مساء أمس الأول لمنزل أسرة المعلمة بمنطقة تبوك.")
    meetings = analyze_text(text, date(2015, 7, 26)).meetings
    assert [(m.place, m.date) for m in meetings][:1] == [("منزل أسرة المعلمة", "2015-07-24")]


def test_definite_delegation_is_the_guest() -> None:
    text = "استقبل رئيس التحرير عبدالوهاب الفايز الوفد الجزائري في مقر الصحيفة."
    meetings = analyze_text(text, date(2015, 7, 31)).meetings
    assert [m.participants for m in meetings] == [["عبدالوهاب الفايز", "الوفد الجزائري"]]


@pytest.mark.parametrize(("text", "place"), [
    # the group met is named by where it lies: that is where it was met
    ("زار محافظ المذنب سليمان التويجري مرضى مستشفى المذنب العام.", "مستشفى المذنب"),
    # the facility visited, told in the sentence of the meeting
    ("وعايد رئيس الأركان عبدالرحمن البنيان الجنود المصابين. جاء ذلك خلال زيارته، صباح أمس، مستشفى "
     "القوات المسلحة بالمنطقة الجنوبية، حيث التقى المصابين وهنأهم بعيد الفطر المبارك.",
     "مستشفى القوات المسلحة بالمنطقة الجنوبية"),
])
def test_place_of_visit_to_people(text: str, place: str) -> None:
    meetings = analyze_text(text, date(2015, 7, 22)).meetings
    assert [m.place for m in meetings] == [place]


@pytest.mark.parametrize(("text", "place"), [
    # the seat visited, then "حيث التقى"
    ("قام السفير علي عواض عسيري، أمس، بزيارة لمقر صحيفة عكاظ، حيث التقى رئيس التحرير محمد "
     "المختار الفال.", "مقر صحيفة عكاظ"),
    # an envoy sent to a city, where he met someone
    ("أوفدت الحكومة التركية أمس نائب وزير الخارجية فريدون سينيرلي إلى أربيل حيث التقى رئيس إقليم "
     "كردستان مسعود بارزاني.", "أربيل"),
])
def test_place_visited_then_met(text: str, place: str) -> None:
    meetings = analyze_text(text, date(2015, 7, 31)).meetings
    assert [m.place for m in meetings] == [place]


@pytest.mark.parametrize(("text", "participants"), [
    # a body or a group runs a visit programme to the sick
    ("نفذت شركة العثيم برنامجا لمعايدة المرضى في عدد من المستشفيات بمدينة بريدة.",
     ["شركة العثيم", "المرضى"]),
    ("قام فريق من شركة الرياض العالمية للأغذية بزيارة المرضى المنومين في عدد من المستشفيات "
     "بمدينة الرياض.", ["فريق من شركة الرياض العالمية للأغذية", "المرضى المنومين"]),
])
def test_group_visits(text: str, participants: list[str]) -> None:
    meetings = analyze_text(text, date(2015, 7, 27)).meetings
    assert [m.participants for m in meetings] == [participants]


def test_party_for_own_residents_is_no_visit() -> None:
    text = "نظم مركز التأهيل الشامل ودار المسنين في جازان أمس برنامج معايدة لنزلاء الدار."
    assert analyze_text(text, date(2015, 7, 22)).meetings == []


@pytest.mark.parametrize(("text", "participants"), [
    # the meeting's own verb and place before بين; a group as one side
    ("خاصة بعد اجتماع جرى في القاهرة بين السفير الأميركي السابق بصنعاء وقيادات من حزب المخلوع "
     "علي صالح، وقال الوزير إن المملكة على علم.", ["الولايات المتحدة", "قيادات من حزب المخلوع"]),
    ("كشفت مصادر عن اجتماعات جرت بين مصلحة الجمارك وممثلين عن مستوردي الأقمشة في جدة.",
     ["مصلحة الجمارك", "ممثلين عن مستوردي الأقمشة"]),
])
def test_sides_after_bayna(text: str, participants: list[str]) -> None:
    meetings = analyze_text(text, date(2015, 7, 24)).meetings
    assert [m.participants for m in meetings] == [participants]


def test_group_of_guests_before_a_place() -> None:
    text = ("استقبل محافظ العويقيلة الاستاذ حسين بن عبدالرحمن الدغيم جموعا من المواطنين بمحافظة "
            "والقرى التابعة لها المهنئين بمناسبة حلول عيد الفطر المبارك بمقر المحافظة.")
    meetings = analyze_text(text, date(2015, 7, 21)).meetings
    assert [m.participants for m in meetings] == [
        ["حسين بن عبدالرحمن الدغيم", "جموعا من المواطنين"]]


def test_eid_wishes_brought_to_patients() -> None:
    text = ("قدم مدير مستشفى العيون بمحافظة جدة الدكتور طلال بن محمد النهدي، التهاني والتبريكات "
            "بمناسبة عيد الفطر المبارك، للمرضى المنومين بالمستشفى.")
    meetings = analyze_text(text, date(2015, 7, 27)).meetings
    assert [m.participants[1] for m in meetings] == ["المرضى المنومين بالمستشفى"]


@pytest.mark.parametrize("text", [
    # a body's own session, chaired by a person, is no meeting (GUIDE)
    "عقد مجلس الشؤون السياسية والأمنية اجتماعا في قصر السلام بجدة أول من أمس، برئاسة ولي العهد "
    "الأمير محمد بن نايف بن عبدالعزيز.",
    # what a call told before was about
    "تلقى الأمير محمد بن سلمان اتصالاً هاتفياً من الرئيس اليمني عبدربه منصور هادي. وجرى خلال "
    "الاتصال بحث الجهود المبذولة من تحالف دعم الشرعية في اليمن.",
])
def test_no_extra_meeting(text: str) -> None:
    meetings = analyze_text(text, date(2015, 7, 23)).meetings
    assert all("تحالف دعم الشرعية" not in m.participants for m in meetings)
    assert all("مجلس الشؤون السياسية والأمنية" not in m.participants for m in meetings)


def test_visitors_before_him_are_not_met() -> None:
    text = ("وأعلنت وزارة الخارجية الإيطالية أن جنتيلوني سيزور إيران في الرابع والخامس من أغسطس "
            "المقبل، بعد نظيره الفرنسي لوران فابيوس ووزير الاقتصاد الألماني سيغمار غابريل.")
    meetings = analyze_text(text, date(2015, 7, 25)).meetings
    assert [m.participants for m in meetings] == [["جنتيلوني", "إيران"]]


@pytest.mark.parametrize("text", [
    # a pundit's quoted "today" is "nowadays"; a stray closing mark before does not hide the quote
    "وكانت الصحيفة قد نشرت رأيا آخر». وحول الحروب في المنطقة، اعتبر المحلل سمير جبور ان «كل "
    "الامل ان يؤدي الاتفاق الى انهاء الحروب ولكنها اليوم سوف تدخل في مفاوضات بين ايران والدول "
    "العربية من اجل اعادة تركيب التوازنات».",
])
def test_pundits_today_in_quotes_is_a_forecast(text: str) -> None:
    assert analyze_text(text, date(2015, 7, 21)).meetings == []



def test_meeting_called_for_by_noun_is_none() -> None:
    # (first look at the session-8 blind batches: the one meeting invented in a none-article)
    text = ("وقال الدكتور أحمد راسم النفيس، القيادي الشيعي، إن دعوة الدكتور أحمد الطيب، شيخ "
            "الأزهر، لاجتماع بين علماء السنة والشيعة بالأزهر لوأد الفتنة الطائفية دعوة جيدة.")
    assert analyze_text(text, date(2015, 7, 26)).meetings == []


@pytest.mark.parametrize("text", [
    # a body's own session, its chair told by a relative clause
    "وقالت وكالة الأنباء إن القرار اتخذ عقب اجتماع للمكتب السياسي إحدى أعلى الهيئات في الحزب "
    "والذي يرأسه شي جين بينغ.",
    "عقد المجلس التنفيذي لهيئة أعضاء الشرف اجتماعاً بمركز الأمير عبدالله الفيصل برئاسة الأمير فهد "
    "بن خالد رئيس مجلس الإدارة.",
])
def test_chaired_session_is_none(text: str) -> None:
    assert analyze_text(text, date(2015, 7, 21)).meetings == []
