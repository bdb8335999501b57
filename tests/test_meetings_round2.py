"""Meetings stage, fixes found on dev7 (round 2): one table row per rule, Arabic in → expected."""

from __future__ import annotations

import pytest

from tests.test_meetings_helpers import meetings_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "محمد بن سلمان": (P, "محمد بن سلمان"), "اشتون كارتر": (P, "اشتون كارتر"),
    "فيديريكا موغيريني": (P, "فيديريكا موغيريني"), "الحبيب الصيد": (P, "الحبيب الصيد"),
    "سلمان بن عبدالعزيز": (P, "سلمان بن عبدالعزيز"), "سمير جعجع": (P, "سمير جعجع"),
    "باراك أوباما": (P, "باراك أوباما"), "رجب طيب أردوغان": (P, "رجب طيب أردوغان"),
    "فيصل بن بندر": (P, "فيصل بن بندر"), "أسامة فقيه": (P, "أسامة فقيه"),
    "خالد اليوسف": (P, "خالد اليوسف"), "ستيفان دي ميستورا": (P, "ستيفان دي ميستورا"),
    "لي باو دونغ": (P, "لي باو دونغ"), "رمضان قاديروف": (P, "رمضان قاديروف"),
    "محمد جواد ظريف": (P, "محمد جواد ظريف"),
    "جدة": (L, "جدة"), "سوريا": (L, "سوريا"), "بكين": (L, "بكين"), "طهران": (L, "طهران"),
    "اليمن": (L, "اليمن"), "الرياض": (L, "الرياض"), "ميريلاند": (L, "ميريلاند"),
    "كامب ديفيد": (L, "كامب ديفيد"), "بروكسل": (L, "بروكسل"),
}


def meetings(text: str) -> list[tuple[list[str], str | None, str | None, str]]:
    found = meetings_with(text, NAMES, "2015-07-21")
    return [(m.participants, m.place, m.date, m.kind) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time/place insertion between the subject and the meeting noun
        ("عقد الأمير محمد بن سلمان وزير الدفاع، في مكتبه بجدة اليوم اجتماعاً ثنائياً مع "
         "وزير الدفاع الأميركي اشتون كارتر.",
         [["محمد بن سلمان", "اشتون كارتر"]]),
        # an apposition after the subject's name, then the light verb
        ("قال المجلس إن فيديريكا موغيريني، منسقة السياسة الخارجية، ستجري محادثات مع رئيس "
         "الوزراء التونسي الحبيب الصيد في بروكسل.",
         [["فيديريكا موغيريني", "الحبيب الصيد"]]),
        # تناول / استعرض … مع: like بحث, a meeting with its مع-partner
        ("تناول خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في جدة، مساء أمس، مع سمير جعجع "
         "مستجدات الأوضاع.",
         [["سلمان بن عبدالعزيز", "سمير جعجع"]]),
        # "كما استقبل سموه …": the host is the one the report is about
        ("استقبل الأمير فيصل بن بندر أمير منطقة الرياض المهنئين. كما استقبل سموه في مكتبه "
         "أسامة فقيه وخالد اليوسف.",
         [["فيصل بن بندر", "المهنئين"], ["فيصل بن بندر", "أسامة فقيه", "خالد اليوسف"]]),
        # "زار X بكين، حيث التقى Y": the visitor is the dropped subject
        ("زار المبعوث الخاص إلى سوريا ستيفان دي ميستورا بكين، أمس، حيث التقى مع لي باو دونغ.",
         [["ستيفان دي ميستورا", "لي باو دونغ"]]),
    ],
)
def test_parties(text: str, expected: list[list[str]]) -> None:
    assert [m[0] for m in meetings(text)] == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "المبعوث الخاص إلى سوريا" is a title; the visit's destination is where they met
        ("زار المبعوث الخاص إلى سوريا ستيفان دي ميستورا طهران اليوم حيث التقى مع "
         "محمد جواد ظريف.", "طهران"),
        # "باليمن والخير والبركات" is a blessing; the seat phrase is the place
        ("استقبل الأمير فيصل بن بندر بقصر الحكم أمس أسامة فقيه، سائلين الله أن يعيده على "
         "الجميع باليمن والخير والبركات.", "قصر الحكم"),
        # "بولاية ميريلاند": a place word with its preposition attached
        ("عقد باراك أوباما اليوم اجتماعاً مع رجب طيب أردوغان في كامب ديفيد بولاية ميريلاند.",
         "كامب ديفيد"),
        # "تناول خلالها": the place of the visit just named in the sentence
        ("وتأتي الزيارة عقب زيارة استغرقت يومين في بكين، تناول خلالها العلاقات مع لي باو دونغ "
         "باراك أوباما.", "بكين"),
    ],
)
def test_place(text: str, place: str) -> None:
    got = meetings(text)
    assert got and got[0][1] == place


def test_blessing_place_is_no_party() -> None:
    text = ("استقبل الأمير فيصل بن بندر أمس أسامة فقيه، سائلين الله أن يعيده على الجميع "
            "باليمن والخير والبركات.")
    assert [m[0] for m in meetings(text)] == [["فيصل بن بندر", "أسامة فقيه"]]


def test_phone_call_through_bahath_has_no_place() -> None:
    text = ("بحث الرئيس الأميركي باراك أوباما ونظيره التركي رجب طيب أردوغان خلال اتصال هاتفي "
            "الحرب في سوريا.")
    assert [(m[0], m[1], m[3]) for m in meetings(text)] == [
        (["باراك أوباما", "رجب طيب أردوغان"], None, "call")]


def test_a_later_meeting_keeps_the_day_and_place() -> None:
    text = ("بحث الأمير محمد بن سلمان مع الرئيس رمضان قاديروف، في جدة أمس، المسائل المشتركة. "
            "وفي وقت لاحق، اجتمع الأمير محمد بن سلمان مع سمير جعجع.")
    got = meetings(text)
    assert [(m[1], m[2]) for m in got] == [("جدة", "2015-07-20")] * 2


MORE_NAMES = {
    **NAMES,
    "فيصل بن خالد": (P, "فيصل بن خالد"), "فهد العدواني": (P, "فهد العدواني"),
    "عسير": (L, "عسير"), "ماجد القصبي": (P, "ماجد القصبي"), "خالد القحطاني": (P, "خالد القحطاني"),
    "حمدان العمري": (P, "حمدان العمري"),
}


def meetings_more(text: str) -> list[tuple[list[str], str | None]]:
    return [(m.participants, m.place) for m in meetings_with(text, MORE_NAMES, "2015-07-21")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the host's title, then the guest's: "أمير منطقة عسير" is the host's, not the guest's
        ("استقبل الأمير فيصل بن خالد أمير منطقة عسير أمس الجريسي. من جانب آخر، استقبل سمو أمير "
         "منطقة عسير مدير عام مطار أبها فهد العدواني أمس.",
         [["فيصل بن خالد", "فهد العدواني"]]),
        # a bare title as the host: the article's holder of that title
        ("بحضور وزير الشؤون الاجتماعية ماجد القصبي أقيم الحفل. وقد استقبل معالي الوزير منسوبي "
         "الوزارة مهنئاً إياهم.",
         [["ماجد القصبي", "منسوبي الوزارة"]]),
        # thanks "على استقباله لهم" is no second meeting
        ("استقبل الملك سلمان بن عبدالعزيز سمير جعجع. وأعرب جعجع عن شكره لخادم الحرمين على "
         "استقباله له.",
         [["سلمان بن عبدالعزيز", "سمير جعجع"]]),
        # "ضمن مشاوراته مع …": the series, not a meeting of its own
        ("ضمن مشاوراته مع الأطراف المعنية، زار ستيفان دي ميستورا بكين أمس حيث التقى مع "
         "لي باو دونغ.",
         [["ستيفان دي ميستورا", "لي باو دونغ"]]),
    ],
)
def test_parties_more(text: str, expected: list[list[str]]) -> None:
    assert [m[0] for m in meetings_more(text)] == expected


def test_reception_on_arrival_takes_the_sentence_place() -> None:
    text = ("زار خالد القحطاني مقر اللجان. وكانت الزيارة للمقر بمنطقة عسير أمس، وكان في "
            "استقباله حمدان العمري.")
    got = meetings_more(text)
    assert got[-1] == (["حمدان العمري", "خالد القحطاني"], "عسير")  # the receiver hosts


MORE_NAMES.update({
    "سعود بن نايف": (P, "سعود بن نايف"), "فرانسوا هولاند": (P, "فرانسوا هولاند"),
    "هيلي ماريام": (P, "هيلي ماريام"), "أديس أبابا": (L, "أديس أبابا"),
    "آشتون كارتر": (P, "آشتون كارتر"), "مسعود البارزاني": (P, "مسعود البارزاني"),
    "أربيل": (L, "أربيل"), "محمد بن راشد": (P, "محمد بن راشد"), "دبي": (L, "دبي"),
    "عبد الرحمن السديس": (P, "عبد الرحمن السديس"),
})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word group as the guests
        ("استقبل الأمير سعود بن نايف اليوم المهنئين بعيد الفطر المبارك.",
         (["سعود بن نايف", "المهنئين"], None)),
        # the callers before "أثناء اتصال هاتفي"
        ("قال البيت الأبيض إن باراك أوباما ونظيره رجب طيب أردوغان اتفقا أثناء اتصال هاتفي على "
         "العمل معاً.",
         (["باراك أوباما", "رجب طيب أردوغان"], None)),
        # "عقد X في قصره بالرياض، مساء الاثنين، جلسة مباحثات مع Y"
        ("عقد الملك سلمان بن عبدالعزيز في قصره بالرياض، مساء الاثنين، جلسة مباحثات رسمية مع "
         "الرئيس فرانسوا هولاند.",
         (["سلمان بن عبدالعزيز", "فرانسوا هولاند"], "الرياض")),
        # "خلال زيارته للعاصمة أديس أبابا"
        ("التقى الرئيس باراك أوباما اليوم هيلي ماريام، وذلك خلال زيارة أوباما الرسمية للعاصمة "
         "الإثيوبية أديس أبابا.",
         (["باراك أوباما", "هيلي ماريام"], "أديس أبابا")),
        # a host whose title names his seat, no place written
        ("استقبل الشيخ محمد بن راشد حاكم دبي الشيخ عبد الرحمن السديس.",
         (["محمد بن راشد", "عبد الرحمن السديس"], "دبي")),
    ],
)
def test_parties_and_place(text: str, expected: tuple[list[str], str | None]) -> None:
    assert meetings_more(text)[0] == expected


def test_a_retelling_gives_the_place() -> None:
    text = ("التقى آشتون كارتر أمس مسعود البارزاني. وتطرقت محادثات آشتون كارتر في أربيل إلى "
            "مطالب الأكراد.")
    assert meetings_more(text) == [(["آشتون كارتر", "مسعود البارزاني"], "أربيل")]


MORE_NAMES.update({
    "عبدالله التركي": (P, "عبدالله التركي"), "أحمد الشيخ": (P, "أحمد الشيخ"),
    "موريتانيا": (L, "موريتانيا"), "جاكرتا": (L, "جاكرتا"), "ويدي أحمد": (P, "ويدي أحمد"),
})


@pytest.mark.parametrize(
    "text",
    [
        # the place ends the guest's title
        "استقبل الدكتور عبدالله التركي أمس المدير العام لمدارس ابن عامر في موريتانيا أحمد الشيخ.",
        "استقبل الدكتور عبدالله التركي أمس مدير الجامعة الإسلامية بجاكرتا البروفيسور ويدي أحمد.",
    ],
)
def test_a_place_in_a_title_is_not_where(text: str) -> None:
    got = meetings_more(text)
    assert len(got) == 1 and got[0][1] is None


MORE_NAMES.update({
    "جمعان الغامدي": (P, "جمعان الغامدي"), "فهد البصلاني": (P, "فهد البصلاني"),
    "الباحة": (L, "الباحة"), "حسن روحاني": (P, "حسن روحاني"),
    "تميم بن حمد": (P, "تميم بن حمد"), "محسن النجار": (P, "محسن النجار"),
    "ناصيف البياوي": (P, "ناصيف البياوي"), "تونس": (L, "تونس"),
})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "… بمحافظة جدة" after a posted title is the guest's post; the visit gives the place
        ("زار اللواء جمعان الغامدي الباحة، والتقى الغامدي بمساعد القنصل العام اليمني بمحافظة جدة "
         "فهد البصلاني.",
         [(["جمعان الغامدي", "فهد البصلاني"], "الباحة")]),
        # the caller of "وقال عقب اتصال هاتفي مع X" is the one speaking
        ("أكد الرئيس حسن روحاني أن الاتفاق مهم. وقال عقب اتصال هاتفي مع أمير قطر الشيخ "
         "تميم بن حمد إن العلاقات ستتحسن.",
         [(["حسن روحاني", "تميم بن حمد"], None)]),
        # on a pitch a single named side is not completed from the sentence before
        ("وكان في استقبال البعثة سكرتير النادي محسن النجار. ودشن الفريق حصته التدريبية على ملعب "
         "قرطاج بالعاصمة التونسية «تونس» وقبل انطلاق الحصة التدريبية للفريق اجتمع المدرب "
         "ناصيف البياوي باللاعبين.",
         []),
        # a seat phrase ends before a purpose clause
        ("التقى جمعان الغامدي فهد البصلاني في مقر الجوازات لإنهاء الإجراءات.",
         [(["جمعان الغامدي", "فهد البصلاني"], "مقر الجوازات")]),
    ],
)
def test_round2_more(text: str, expected: list[tuple[list[str], str | None]]) -> None:
    assert meetings_more(text) == expected


def test_a_name_inside_an_embassy_name_is_no_party() -> None:
    text = ("وكان في استقبال البعثة سكرتير النادي محسن النجار وممثلو سفارة خادم الحرمين الشريفين "
            "الملك سلمان بن عبدالعزيز بتونس.")
    assert all("سلمان بن عبدالعزيز" not in m[0] for m in meetings_more(text))


def test_reception_on_arrival_pairs_the_arriving_one_with_the_first_receiver() -> None:
    text = ("وصل باراك أوباما إلى أربيل. ولدى وصوله كان في استقباله مسعود البارزاني، "
            "وآشتون كارتر.")
    found = meetings_with(text, MORE_NAMES, "2015-07-21")
    assert [(m.participants, m.attendees) for m in found] == [
        (["مسعود البارزاني", "باراك أوباما"], ["آشتون كارتر"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "في حين زار X …" is "whereas", not a dropped subject
        ("ونقل ولي ولي العهد تحيات الملك سلمان بن عبدالعزيز. وهنأ الجميع، في حين زار الأمير "
         "محمد بن سلمان عقب ذلك وحدات المدفعية.", []),
        # two spans of one name ("X بن Y …") are one party
        ("والتقى الأمير محمد بن سلمان بن عبدالعزيز محمد بن سلمان طياري التحالف وسمير جعجع.",
         [["محمد بن سلمان بن عبدالعزيز", "سمير جعجع"]]),
    ],
)
def test_round2_parties_more(text: str, expected: list[list[str]]) -> None:
    names = {**MORE_NAMES, "محمد بن سلمان بن عبدالعزيز": (P, "محمد بن سلمان بن عبدالعزيز"),
             "محمد بن سلمان طياري": (P, "محمد بن سلمان طياري")}
    found = meetings_with(text, names, "2015-07-21")
    assert [m.participants for m in found] == expected


def test_a_meeting_told_as_past_and_a_planned_one_in_the_same_report() -> None:
    text = ("استقبل الملك سلمان بن عبدالعزيز في قصر السلام أمس آشتون كارتر. وصرح كارتر "
            "للصحافيين بعد لقائه بخادم الحرمين الشريفين بأنه من المتوقع أن يزور الملك سلمان "
            "الولايات المتحدة. وكان كارتر قد قال لخادم الحرمين الشريفين إن الرئيس باراك أوباما "
            "يتطلع للقائه في سبتمبر المقبل في الولايات المتحدة.")
    names = {**MORE_NAMES, "كارتر": (P, "آشتون كارتر"), "الملك سلمان": (P, "سلمان بن عبدالعزيز"),
             "خادم الحرمين الشريفين": (P, "سلمان بن عبدالعزيز"),
             "الولايات المتحدة": (L, "الولايات المتحدة")}
    found = meetings_with(text, names, "2015-07-23")
    got = [(sorted(m.participants), m.place, m.status) for m in found]
    assert got == [
        (["آشتون كارتر", "سلمان بن عبدالعزيز"], "قصر السلام", "held"),
        # a visit to a country with no one named there is a meeting with that country
        (["الولايات المتحدة", "سلمان بن عبدالعزيز"], "الولايات المتحدة", "planned"),
        (["باراك أوباما", "سلمان بن عبدالعزيز"], "الولايات المتحدة", "planned"),
    ]


MORE_NAMES.update({
    "بغداد": (L, "بغداد"), "الرمادي": (L, "الرمادي"), "إريك روزينباخ": (P, "إريك روزينباخ"),
    "رونالد لويس": (P, "رونالد لويس"), "محمد بن نايف": (P, "محمد بن نايف"),
})


def test_a_visit_to_hold_talks_with_a_group_at_the_destination() -> None:
    text = ("قام وزير الدفاع الأمريكي آشتون كارتر بزيارة لم يعلن عنها مسبقا لبغداد اليوم لإجراء "
            "محادثات مع الزعماء العراقيين الذين يسعون للتصدي للتنظيم الذي سيطر على مدينة "
            "الرمادي.")
    assert meetings_more(text) == [(["آشتون كارتر", "الزعماء العراقيين"], "بغداد")]


def test_attendee_lists_continue_over_the_sentences_of_the_report() -> None:
    text = ("استقبل الملك سلمان بن عبدالعزيز في قصر السلام اليوم آشتون كارتر. ونقل كارتر التحيات. "
            "وجرى بحث العلاقات. وأكد الوزير حرص بلاده. وتناول اللقاء الأوضاع. وصافح الملك الضيف. "
            "حضر الاستقبال محمد بن نايف. فيما حضره من الجانب الأميركي إريك روزينباخ، "
            "ورونالد لويس.")
    found = meetings_with(text, MORE_NAMES, "2015-07-22")
    assert [m.attendees for m in found] == [
        ["محمد بن نايف", "إريك روزينباخ", "رونالد لويس"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت الخارجية الإيطالية أن الوزير باولو جنتيلوني سيزور إيران في الرابع من أغسطس المقبل.",
         [(["باولو جنتيلوني", "إيران"], "إيران", "planned")]),
        # a visit to a region's town is an inspection, not a meeting
        ("زار الأمير فيصل بن خالد محافظة النماص أمس.", []),
        # "وتأتي زيارته بعد …" opens a clause of its own
        ("ويزور نظيره لوران فابيوس إيران الأربعاء المقبل، وتأتي زيارته بعد زيارة مماثلة لوزير "
         "الاقتصاد الألماني سيغمار غابريل.",
         [(["لوران فابيوس", "إيران"], "إيران", "planned")]),
    ],
)
def test_a_visit_to_a_country(text: str, expected: list[tuple[list[str], str, str]]) -> None:
    names = {**MORE_NAMES, "باولو جنتيلوني": (P, "باولو جنتيلوني"), "إيران": (L, "إيران"),
             "لوران فابيوس": (P, "لوران فابيوس"), "سيغمار غابريل": (P, "سيغمار غابريل"),
             "النماص": (L, "النماص")}
    found = meetings_with(text, names, "2015-07-25")
    assert [(m.participants, m.place, m.status) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انتقدت المعارضة اليوم الزيارة التي من المزمع أن تقوم بها الممثلة العليا فيديريكا "
         "موغيريني إلى طهران.",
         [(["فيديريكا موغيريني", "طهران"], "طهران", "planned")]),
        # a visit told through the meeting held there is that meeting only
        ("وجاء الإعلان خلال زيارة لآشتون كارتر إلى بغداد حيث التقى برئيس الوزراء حيدر العبادي.",
         [(["آشتون كارتر", "حيدر العبادي"], "بغداد", "held")]),
    ],
)
def test_a_visit_noun_to_a_country(text: str, expected: list[tuple[list[str], str, str]]) -> None:
    names = {**MORE_NAMES, "حيدر العبادي": (P, "حيدر العبادي")}
    found = meetings_with(text, names, "2015-07-26")
    assert [(m.participants, m.place, m.status) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat of government tagged as an organisation is a place after في
        ("عقد باراك أوباما قمة مع نظيره شي جين بينغ في البيت الأبيض أمس.",
         [(["باراك أوباما", "شي جين بينغ"], "البيت الأبيض")]),
        # a "name" right after a town noun is a place, never a party
        ("تمنت جدته أن يزور الرئيس باراك أوباما بلدة كوغيلو الصغيرة.", []),
    ],
)
def test_places_tagged_as_other_things(text: str, expected: list[tuple[list[str], str]]) -> None:
    names = {**MORE_NAMES, "شي جين بينغ": (P, "شي جين بينغ"),
             "البيت الأبيض": ("MISC", "البيت الأبيض"), "كوغيلو": (P, "كوغيلو")}
    found = meetings_with(text, names, "2015-07-26")
    assert [(m.participants, m.place) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تلقى الأمير محمد بن سلمان اتصالات هاتفية من آشتون كارتر وسمير جعجع.",
         [["محمد بن سلمان", "آشتون كارتر"], ["محمد بن سلمان", "سمير جعجع"]]),
        ("وفي وقت لاحق، تلقى الأمير محمد بن سلمان اتصالات هاتفية للتهنئة بالعيد. وتلقى الاتصالات "
         "من آشتون كارتر، وسمير جعجع.",
         [["محمد بن سلمان", "آشتون كارتر"], ["محمد بن سلمان", "سمير جعجع"]]),
    ],
)
def test_plural_calls_one_with_each_caller(text: str, expected: list[list[str]]) -> None:
    found = meetings_with(text, MORE_NAMES, "2015-07-21")
    assert [m.participants for m in found] == expected
    assert {m.kind for m in found} == {"call"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قام الوزير محمد جواد ظريف بجولة خليجية شملت الكويت وقطر والعراق.",
         [(["محمد جواد ظريف", "الكويت"], "الكويت"), (["محمد جواد ظريف", "قطر"], "قطر"),
          (["محمد جواد ظريف", "العراق"], "العراق")]),
        ("أكد محمد جواد ظريف أهمية الجوار. وأشار على صفحته في تويتر إلى جولته الخليجية التي "
         "شملت كلا من الكويت وقطر.",
         [(["محمد جواد ظريف", "الكويت"], "الكويت"), (["محمد جواد ظريف", "قطر"], "قطر")]),
        # a platform is never a party
        ("وأشار محمد جواد ظريف على صفحته في تويتر إلى أنه أجرى محادثات مع كبار المسؤولين.", []),
    ],
)
def test_tours_and_platforms(text: str, expected: list[tuple[list[str], str]]) -> None:
    names = {**MORE_NAMES, "محمد جواد ظريف": (P, "محمد جواد ظريف"), "الكويت": (L, "الكويت"),
             "قطر": (L, "قطر"), "العراق": (L, "العراق"), "تويتر": (ORG, "تويتر")}
    found = meetings_with(text, names, "2015-07-31")
    assert [(m.participants, m.place) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prayer time is not a country
        ("وقال باراك أوباما إن المسلحين هاجموا القرية. وكانت قريتان تعرضتا لهجوم عندما قتل "
         "متطرفون 48 مصليا اجتمعوا لصلاة المغرب.", []),
        # a group guest after a long title
        ("استقبل الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
         "في مكتبه بالمعذر أمس، المهنئين من منسوبي الوزارة.",
         [["محمد بن سلمان", "المهنئين"]]),
        # a missing space ("طلالقام") does not make a second person
        ("التقى الأمير خالد بن طلالقام والأمير خالد بن طلال سمير جعجع.",
         [["خالد بن طلالقام", "سمير جعجع"]]),
    ],
)
def test_round2_more_parties(text: str, expected: list[list[str]]) -> None:
    names = {**MORE_NAMES, "المغرب": (L, "المغرب"), "خالد بن طلالقام": (P, "خالد بن طلالقام"),
             "خالد بن طلال": (P, "خالد بن طلال")}
    found = meetings_with(text, names, "2015-07-21")
    assert [m.participants for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "محادثات فيينا بين X و Y": the city names the talks, the sides follow بين
        ("قدمت إيران تنازلات في محادثات فيينا بين إيران والدول الكبرى.",
         [(["إيران", "الدول الكبرى"], "فيينا")]),
        # a visit in a relative clause is a biographical aside
        ("وأبدى باراك أوباما – الذي زار كينيا عام 2006 – قدرا من الإحباط.", []),
    ],
)
def test_talks_city_and_asides(text: str, expected: list[tuple[list[str], str]]) -> None:
    names = {**MORE_NAMES, "إيران": (L, "إيران"), "فيينا": (L, "فيينا"), "كينيا": (L, "كينيا")}
    found = meetings_with(text, names, "2015-07-24")
    assert [(m.participants, m.place) for m in found] == expected


def test_the_occasion_is_not_a_party() -> None:
    text = ("يستقبل الأمير فيصل بن خالد صباح غد في ديوان الإمارة أهالي المنطقة المبايعين بمناسبة "
            "اختيار الأمير محمد بن نايف ولياً للعهد.")
    got = meetings_more(text)
    assert [m[0] for m in got] == [["فيصل بن خالد", "أهالي المنطقة المبايعين"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an interview is not a meeting
        ("في لقاء خاص مع DW أعربت سارة أوباما عن سعادتها بزيارة باراك أوباما.", []),
        ("وقال باراك أوباما في لقاء تلفزيوني مع قناة سي بي إس إن الاتفاق جيد.", []),
        # but a private meeting of two named people is
        ("عقد باراك أوباما لقاء خاصا مع رجب طيب أردوغان.", [["باراك أوباما", "رجب طيب أردوغان"]]),
        # "لكن" opens a clause of its own; "وسيلي … اجتماع بين" is still to come
        ("سيزور باراك أوباما كينيا، لكن كوغيلو التي ولد فيها والده لا تقع في البرنامج.",
         [["باراك أوباما", "كينيا"]]),
    ],
)
def test_interviews_and_clauses(text: str, expected: list[list[str]]) -> None:
    names = {**MORE_NAMES, "سارة أوباما": (P, "سارة أوباما"), "كينيا": (L, "كينيا"),
             "كوغيلو": (P, "كوغيلو")}
    found = meetings_with(text, names, "2015-07-22")
    assert [m.participants for m in found] == expected


def test_an_announced_meeting_is_planned() -> None:
    text = ("وسيلي هذه المناسبة اجتماع في وزارة الخارجية الأمريكية بين باراك أوباما ورجب طيب "
            "أردوغان.")
    found = meetings_with(text, MORE_NAMES, "2015-07-22")
    assert [(m.participants, m.status) for m in found] == [
        (["باراك أوباما", "رجب طيب أردوغان"], "planned")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # teams meeting in a friendly are a match
        ("ويلتقي برشلونة مع مانشستر يونايتد بعد غد في الولايات المتحدة ضمن المباريات الودية.", []),
        # a crowd gathering is no meeting of parties
        ("اجتمع الكثير من سائقي فورمولا 1 أمس في مدينة نيس، في مقدمتهم باراك أوباما ورجب طيب "
         "أردوغان.", []),
        # "ولي عهد أبو ظبي" is a title, not a party
        ("استعرض محمد بن سلمان مع الشيخ محمد بن زايد ولي عهد أبو ظبي العلاقات.",
         [["محمد بن سلمان", "محمد بن زايد"]]),
    ],
)
def test_matches_crowds_and_crown_princes(text: str, expected: list[list[str]]) -> None:
    names = {**MORE_NAMES, "برشلونة": (ORG, "برشلونة"), "مانشستر يونايتد": (ORG, "مانشستر يونايتد"),
             "نيس": (L, "نيس"), "محمد بن زايد": (P, "محمد بن زايد"), "أبو ظبي": (L, "أبو ظبي")}
    found = meetings_with(text, names, "2015-07-22")
    assert [m.participants for m in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plane carrying the martyrs' bodies is received, not a guest
        "هبطت طائرة وهي تقل جثماني الشهيدين وكان في استقبالها وكيل المحافظة سمير جعجع.",
        # a final between two clubs (the tagger took one for a person)
        "ويلتقي باراك أوباما في النهائي مع مانشستر يونايتد، وسيلتقيان اليوم إيابا في المكسيك.",
        # a committee meeting to choose a successor to someone is not a meeting with him
        "تجتمع اللجنة التنفيذية غدا بمدينة زيوريخ لتحديد موعد لانتخاب خلف للرئيس باراك أوباما.",
    ],
)
def test_more_look_alikes(text: str) -> None:
    names = {**MORE_NAMES, "مانشستر يونايتد": (ORG, "مانشستر يونايتد"), "زيوريخ": (L, "زيوريخ"),
             "المكسيك": (L, "المكسيك")}
    found = meetings_with(text, names, "2015-07-23")
    assert found == []


def test_travelling_to_a_capital_gives_the_place() -> None:
    text = ("أعلن لوران فابيوس أنه سيسافر إلى طهران الأسبوع المقبل لإجراء محادثات وسيجتمع مع "
            "الرئيس حسن روحاني.")
    names = {**MORE_NAMES, "لوران فابيوس": (P, "لوران فابيوس"), "طهران": (L, "طهران")}
    found = meetings_with(text, names, "2015-07-22")
    assert [(m.participants, m.place, m.status) for m in found] == [
        (["لوران فابيوس", "حسن روحاني"], "طهران", "planned")]


def test_a_purpose_meeting_noun_with_lil() -> None:
    # "للاجتماع" is ل + الاجتماع: a purpose, with the visitor as subject and the destination
    text = ("وجاءت زيارة آشتون كارتر لأربيل بعد يوم من زيارة لبغداد للاجتماع مع الزعماء العراقيين "
            "الذين يعكفون على وضع خطط لاستعادة مدينة الرمادي.")
    got = meetings_more(text)
    assert got == [(["آشتون كارتر", "الزعماء العراقيين"], "بغداد")]


def test_receiving_the_body_is_no_meeting() -> None:
    text = ("كما كان في استقبال الجثمان الأمير محمد بن سلمان، والأمير فيصل بن خالد، وعدد من "
            "المسؤولين.")
    assert meetings_more(text) == []
