"""Meetings stage, round 5 (newspaper-style reports; studied: heldout7/8 and dev1–10): one row
per rule, sentences written for the test (never corpus text).

Entities are hand-set (``doc_with``) so each row tests the meetings rule, not the tagger."""

from __future__ import annotations

import pytest

from tests.test_meetings_helpers import meetings_with

P, L, ORG = "PERSON", "LOCATION", "ORGANIZATION"

NAMES = {
    "كمال الراشد": (P, "كمال الراشد"), "الراشد": (P, "كمال الراشد"),
    "نبيل حداد": (P, "نبيل حداد"), "سامي العتيبي": (P, "سامي العتيبي"),
    "عبدالله": (P, "عبدالله"), "مروان بن فهد الحربي": (P, "مروان بن فهد الحربي"),
    "مروان الحربي": (P, "مروان الحربي"), "الرياض": (L, "الرياض"), "جدة": (L, "جدة"),
    "فادي منصور": (P, "فادي منصور"),
}


def parties(text: str, names: dict[str, tuple[str, str]] | None = None) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, names or NAMES, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "كما استقبل <title> X": the host of the sentence before receives one more guest
        ("استقبل وزير الداخلية كمال الراشد في مكتبه بالرياض أمس السفير نبيل حداد. كما استقبل "
         "مدير جامعة الملك عبدالله الدكتور سامي العتيبي.",
         [["كمال الراشد", "نبيل حداد"], ["كمال الراشد", "سامي العتيبي"]]),
        ("استقبل وزير الداخلية كمال الراشد أمس السفير نبيل حداد، واستقبل أيضاً رئيس الهيئة "
         "المهندس فادي منصور.",
         [["كمال الراشد", "نبيل حداد"], ["كمال الراشد", "فادي منصور"]]),
        # (not a plural subject of its own: "كما استقبل المواطنون …")
        ("استقبل وزير الداخلية كمال الراشد أمس السفير نبيل حداد. كما استقبل المواطنون خبر "
         "تعيين سامي العتيبي بالترحيب.",
         [["كمال الراشد", "نبيل حداد"]]),
    ],
)
def test_also_received_by_the_same_host(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first and family name after the full "X بن Y Z" is the same man, not a second party
        ("استقبل مروان بن فهد الحربي أمس في جدة السفير نبيل حداد، وأكد مروان الحربي أهمية "
         "التعاون.",
         [["مروان بن فهد الحربي", "نبيل حداد"]]),
    ],
)
def test_short_form_is_the_same_person(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


GROUP_NAMES = {**NAMES, "حزب الأمة": (ORG, "حزب الأمة")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staff, students, a team's staff, counterparts as the other side
        ("وزار مدير الصحة كمال الراشد المستشفى والتقى العاملين بالمركز واطلع على سير العمل.",
         [["كمال الراشد", "العاملين"]]),
        ("اجتمع عضو مجلس الإدارة كمال الراشد مع الجهاز الإداري للفريق وتم توزيع المهام.",
         [["كمال الراشد", "الجهاز الإداري"]]),
        ("ويلتقي وزير الخارجية كمال الراشد طلبة الكلية الحربية غدا.",
         [["كمال الراشد", "طلبة الكلية الحربية"]]),
        # a group head in construct before a noun opening with ب ("طلاب برنامج …")
        ("استقبل وكيل الجامعة الدكتور كمال الراشد، بمقر الجامعة بالرياض اليوم طلاب برنامج "
         "الموهبة الصيفي.",
         [["كمال الراشد", "طلاب برنامج الموهبة"]]),
        # a construct head with a partitive من: "مجموعة من …"
        ("وأدلى كمال الراشد بهذه التصريحات خلال اجتماع مع مجموعة من المراسلين الأجانب في جدة.",
         [["كمال الراشد", "مجموعة من المراسلين الأجانب"]]),
        # (not "طلبه" = his request, nor the press alone)
        ("ووافق كمال الراشد على طلبه دون تأخير بعد لقائه بالصحفيين.", []),
        # (not an institution admitting students)
        ("وتستقبل الجامعة طلاب السنة الأولى الأسبوع المقبل بحضور كمال الراشد.", []),
    ],
)
def test_group_as_the_other_party(text: str, expected: list[list[str]]) -> None:
    assert parties(text, GROUP_NAMES) == expected


def places(text: str) -> list[str | None]:
    return [m.place for m in meetings_with(text, NAMES, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the host's own office, in the body named after it
        ("استقبل وزير الداخلية كمال الراشد،في مكتبه بالرئاسة العامة للشؤون اليوم السفير نبيل "
         "حداد.",
         ["مكتبه بالرئاسة العامة"]),
        # (a city after it is the place, as before)
        ("استقبل وزير الداخلية كمال الراشد في مكتبه بالرياض اليوم السفير نبيل حداد.",
         ["الرياض"]),
    ],
)
def test_own_office_in_a_named_body_is_the_place(text: str, expected: list[str | None]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit to a family is a meeting with it; one receiving the visitor is of the family
        ("زار أمير المنطقة كمال الراشد أمس عددا من مجالس الأسر بجدة، وقد استهل سموه الزيارة "
         "بزيارة أسرة البوعينين، حيث كان في استقباله نبيل حداد، بعد ذلك قام بزيارة أسرة الخنيني.",
         [["كمال الراشد", "أسرة البوعينين"], ["كمال الراشد", "أسرة الخنيني"]]),
        ("وقام كمال الراشد أمس بزيارة لأسرة الشهيد سامي العتيبي في جدة وقدم لهم التعازي.",
         [["كمال الراشد", "أسرة سامي العتيبي"]]),  # (the family of the man named)
        # the visitor named right after the noun, then "إلى عائلة …"
        ("وصف سامي العتيبي زيارة النائب د. كمال الراشد إلى عائلة القائد العسكري في الحزب نبيل "
         "حداد بأنها تصرف استفزازي.",
         [["كمال الراشد", "عائلة نبيل حداد"]]),
    ],
)
def test_family_visit(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


MORE_NAMES = {**NAMES, "قصر الصفا": (L, "قصر الصفا"), "مكة المكرمة": (L, "مكة المكرمة"),
              "بروكسل": (L, "بروكسل"), "البيت الأبيض": (ORG, "البيت الأبيض"),
              "أبو مازن": (P, "أبو مازن"), "محمود عباس": (P, "محمود عباس")}


def kinds(text: str) -> list[tuple[list[str], str]]:
    return [(m.participants, m.kind) for m in meetings_with(text, MORE_NAMES, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "عقب صلاة العيد" before the guests is when, not what was discussed
        ("وكان الملك كمال الراشد قد استقبل صباح اليوم في قصر الصفا بمكة المكرمة عقب صلاة عيد "
         "الفطر الأمراء والعلماء ورئيس الوزراء الأسبق نبيل حداد والوزراء.",
         [(["كمال الراشد", "نبيل حداد"], "meeting")]),
        # "اتصل X بـ Y": a call, with its caller named before the verb
        ("قال البيت الأبيض إن الرئيس كمال الراشد اتصل بالرئيس نبيل حداد اليوم لبحث الاتفاق.",
         [(["كمال الراشد", "نبيل حداد"], "call")]),
        ("وقال كمال الراشد «واتصلت بنا نبيل حداد أمس».", []),  # (quoted, first person)
        ("وقال كمال الراشد إن القضية تتصل بالهوية.", []),  # (relates to)
        # an inserted "خلال لقائه X …،" ends at its comma
        ("وعبر المسؤول الأوروبي كمال الراشد، خلال لقائه نبيل حداد وزير الخارجية والوفد المرافق "
         "له في بروكسل، عن سعادته بتحرير المدينة من الرئيس المخلوع سامي العتيبي.",
         [(["كمال الراشد", "نبيل حداد"], "meeting")]),
        # … unless the guest is told by title there and named in apposition after the comma
        ("وأكد كمال الراشد، أمس، أثناء لقائه القنصل العام الجديد في جدة، نبيل حداد، أن "
         "المشروع مستمر.",
         [(["كمال الراشد", "نبيل حداد"], "meeting")]),
        # "في حين" opens a clause with its own subject: nothing before it takes part
        ("وقال كمال الراشد إن الوضع هادئ، في حين التقى نبيل حداد السفير سامي العتيبي.",
         [(["نبيل حداد", "سامي العتيبي"], "meeting")]),
        # a name in brackets after a party is its other name, not a second party
        ("وطالب كمال الراشد بعقد اجتماع لتشكيل حكومة على أساس موافقة الرئيس أبو مازن (محمود "
         "عباس) عليها.", []),
    ],
)
def test_newspaper_phrasings(text: str, expected: list[tuple[list[str], str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a continuing "واستقبل / والتقى" with a definite group in the object case: the one told
        # before meets it
        ("وصل يوم أمس لمقر الفرع بجدة فضيلة الشيخ كمال الراشد المدير العام واستقبل المعيدين "
         "الذين تبادلوا التهاني بالعيد.",
         [["كمال الراشد", "المعيدين"]]),
        ("زار كمال الراشد المستشفى أمس. كما قام بزيارة المركز الصحي والتقى العاملين بالمركز "
         "واطلع على سير العمل.",
         [["كمال الراشد", "العاملين"]]),
        # (a plural subject: "والتقى المسؤولون …" is no group object)
        ("وصل كمال الراشد إلى جدة أمس والتقى المسؤولون في المحافظة لبحث الخطة.", []),
    ],
)
def test_dropped_subject_meets_a_group(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


TRAVEL_NAMES = {**NAMES, "أبو ظبي": (P, "أبو ظبي")}  # (a place the tagger took for a person)


def meetings_of(text: str) -> list[tuple[list[str], str | None]]:
    return [(m.participants, m.place) for m in meetings_with(text, TRAVEL_NAMES, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the traveller of the sentence holds the talks "لإجراء محادثات مع Y", where she went
        ("توجهت المستشارة الألمانية كمال الراشد إلى جدة، أمس الإثنين، لإجراء محادثات مع الرئيس "
         "نبيل حداد من أجل رسم الطريق.",
         [(["كمال الراشد", "نبيل حداد"], "جدة")]),
        # (no travel: no subject taken from far off)
        ("وأكد كمال الراشد أهمية الخطة، لإجراء محادثات مع نبيل حداد.", []),
        # "للقاء Y" after a travel verb: the traveller goes to meet Y
        ("وتوجه كمال الراشد بعد ذلك إلى جدة للقاء الرئيس نبيل حداد.",
         [(["كمال الراشد", "نبيل حداد"], "جدة")]),
        ("وأكد كمال الراشد أنه يسعى للقاء نبيل حداد.", []),
        # a known place after a title word is the title's place, never a party
        ("بحث الأمير كمال الراشد مع الشيخ نبيل حداد ولي عهد أبو ظبي العلاقات بين البلدين.",
         [(["كمال الراشد", "نبيل حداد"], None)]),
    ],
)
def test_travel_and_titles(text: str, expected: list[tuple[list[str], str | None]]) -> None:
    assert meetings_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting verb joined by و to the one just told shares its subject
        ("وزار كمال الراشد جدة حيث التقى سامي العتيبي واجتمع مع نظيره نبيل حداد.",
         [["كمال الراشد", "سامي العتيبي"], ["كمال الراشد", "نبيل حداد"]]),
    ],
)
def test_joined_verb_shares_the_subject(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "محادثاتهم" (their talks) tells the meeting of the three again: one meeting
        ("اجتمع كمال الراشد مع نبيل حداد وسامي العتيبي في جدة أمس. وفي ختام محادثاتهم أكدوا "
         "أهمية التعاون.",
         [["كمال الراشد", "نبيل حداد", "سامي العتيبي"]]),
    ],
)
def test_their_talks_told_again(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "حيث استقبلهم X": X hosts the group (and its leader) told before the verb
        ("قام عدد من أعضاء شرف النادي يتقدمهم السفير سامي العتيبي بزيارة لمقر النادي مساء "
         "السبت، حيث استقبلهم رئيس مجلس إدارة النادي كمال الراشد وأعضاء مجلس إدارته.",
         [["كمال الراشد", "عدد من أعضاء", "سامي العتيبي"]]),
        ("وصل السفير سامي العتيبي إلى جدة أمس، واستقبله أمير المنطقة كمال الراشد في مكتبه.",
         [["كمال الراشد", "سامي العتيبي"]]),
    ],
)
def test_host_with_object_pronoun(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


def rounds(text: str) -> list[tuple[list[str], str | None, str, str | None]]:
    return [(m.participants, m.place, m.status, m.date)
            for m in meetings_with(text, {**NAMES, "إيران": (L, "إيران"),
                                          "ألمانيا": (L, "ألمانيا")}, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "…، على أن تعقد الجولة المقبلة …": the round held, then the next one, planned, with its
        # own place and day
        ("واختتمت في جدة أمس جولة جديدة من المحادثات بين إيران وألمانيا، على أن تعقد الجولة "
         "المقبلة في الرياض يوم 29 يوليو.",
         [(["إيران", "ألمانيا"], "جدة", "held", "2015-07-22"),
          (["إيران", "ألمانيا"], "الرياض", "planned", "2015-07-29")]),
    ],
)
def test_next_round_is_a_meeting_of_its_own(
        text: str, expected: list[tuple[list[str], str | None, str, str | None]]) -> None:
    assert rounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "زيارة X بعد زيارة Y، الذي كان أول مسؤول يزور إيران": Y visited Iran; X met nobody
        ("وتأتي زيارة كمال الراشد بعد زيارة نائب المستشارة الألمانية نبيل حداد، الذي كان أول "
         "مسؤول غربي يزور إيران بعد توقيع الاتفاق.",
         [["نبيل حداد", "إيران"]]),
    ],
)
def test_two_visits_are_not_a_meeting(text: str, expected: list[list[str]]) -> None:
    assert parties(text, {**NAMES, "إيران": (L, "إيران")}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare title subject ("الوزير الألماني") after a state's name ("الجمهورية …") in the
        # same long sentence: the state is read over, the title is the subject's
        ("توجه وزير الاقتصاد الألماني كمال الراشد إلى إيران الأحد ليكون أول مسؤول غربي يتوجه "
         "إلى الجمهورية الإسلامية، ويجري الوزير الألماني محادثات مع الرئيس الإيراني نبيل حداد "
         "والعديد من الوزراء.",
         [["كمال الراشد", "نبيل حداد"]]),
    ],
)
def test_bare_title_subject_after_a_state_name(text: str, expected: list[list[str]]) -> None:
    assert parties(text, {**NAMES, "إيران": (L, "إيران")}) == expected


def statuses(text: str) -> list[str]:
    return [m.status for m in meetings_with(text, {**NAMES, "إيران": (L, "إيران")}, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting carried by a present light verb, or "سوف", is still to come
        ("وصل وزير الخارجية كمال الراشد إلى جدة، ويجري الوزير محادثات مع الرئيس نبيل حداد.",
         ["planned"]),
        ("وقالت إن كمال الراشد سوف تجري مباحثات مع نبيل حداد في زيارتها.", ["planned"]),
        # "يصل X اليوم إلى الرياض لإجراء محادثاته مع Y": arriving to hold talks
        ("بعد زيارة ناجحة إلى جدة الأسبوع الماضي، يصل الرئيس النيجيري كمال الراشد اليوم إلى "
         "الرياض لإجراء محادثاته مع نظيره نبيل حداد حول التصدي للمتمردين.", ["planned"]),
        # (unless its clause dates it, and never a visit: "أول مسؤول يزور إيران")
        ("ويجري كمال الراشد منذ أسبوع محادثات مع نبيل حداد.", ["held"]),
        ("وكان نبيل حداد أول مسؤول غربي يزور إيران بعد الاتفاق.", ["held"]),
    ],
)
def test_present_tense_is_planned(text: str, expected: list[str]) -> None:
    assert statuses(text) == expected


def with_attendees(text: str) -> list[tuple[list[str], list[str]]]:
    return [(m.participants, m.attendees) for m in meetings_with(text, NAMES, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وكان في استقباله سمو وزير الدفاع، ومعالي … X": the title's holder receives him (the
        # meeting told before); the others named are present
        ("بحث وزير الدفاع كمال الراشد مع الشيخ نبيل حداد العلاقات بين البلدين. وكان في "
         "استقباله سمو وزير الدفاع، ومعالي رئيس هيئة الأركان العامة الفريق سامي العتيبي، وقائد "
         "المنطقة اللواء فادي منصور.",
         [(["كمال الراشد", "نبيل حداد"], ["سامي العتيبي", "فادي منصور"])]),
    ],
)
def test_reception_led_by_a_title(text: str, expected: list[tuple[list[str], list[str]]]) -> None:
    assert with_attendees(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وقد رافق سموه …", "وبرفقته …": the ones with the visitor are present
        ("استقبل الأمير كمال الراشد في جدة أمس السفير نبيل حداد. وقد رافق سموه خلال الزيارة "
         "محافظ جدة المهندس سامي العتيبي.",
         [(["كمال الراشد", "نبيل حداد"], ["سامي العتيبي"])]),
        ("استقبل كمال الراشد في جدة أمس وفد الجامعة برئاسة نبيل حداد وبرفقته عميد الكلية "
         "فادي منصور.",
         [(["كمال الراشد", "نبيل حداد"], ["فادي منصور"])]),
        # "رفقة المحافظ X", "وعضوية Y"
        ("والتقى كمال الراشد في جدة أمس الشيخ نبيل حداد، رفقة المحافظ سامي العتيبي.",
         [(["كمال الراشد", "نبيل حداد"], ["سامي العتيبي"])]),
    ],
)
def test_accompanying_are_attendees(text: str, expected: list[tuple[list[str], list[str]]]) -> None:
    assert with_attendees(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "بدأ X وزير المالية، زيارة لبروكسل": the light verb's subject visits the capital
        ("كما تأتي بينما بدأ كمال الراشد وزير المالية البريطاني، زيارة لبروكسل للحصول على دعم "
         "لإصلاحات في الاتحاد.",
         [["كمال الراشد", "بروكسل"]]),
        # (not someone else's visit reported after إن)
        ("وقال كمال الراشد إن الوزير بدأ زيارة لمدينة قديمة.", []),
    ],
)
def test_visit_after_a_light_verb(text: str, expected: list[list[str]]) -> None:
    assert parties(text, {**NAMES, "بروكسل": (L, "بروكسل")}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ترأس X اجتماعاً موسعاً مع مدير عام الطرق …": the chair meets an office named by title
        ("ترأس وكيل إمارة المنطقة الدكتور كمال الراشد اجتماعاً موسعاً مع مدير عام الطرق "
         "ومساعديه بمنطقة جدة، بحضور جميع مقاولي الطريق.",
         [["كمال الراشد", "مدير عام الطرق ومساعديه بمنطقة جدة"]]),
        # (a title with its holder's name is that person)
        ("عقد كمال الراشد اجتماعا مع رئيس البلدية نبيل حداد.", [["كمال الراشد", "نبيل حداد"]]),
    ],
)
def test_office_named_by_title(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group right after the host is the guest, not a name far on in the greeting
        ("استقبل أمين جدة رئيس المجلس البلدي المهندس كمال الراشد، المعايدين من مسؤولي الأمانة "
         "ومنسوبيها بمكتبه، وهنأهم بعيد الفطر المبارك، سائلاً الله أن يعيد هذه المناسبة على "
         "الجميع في ظل القيادة الحكيمة وعلى رأسها نبيل حداد.",
         [["كمال الراشد", "المعايدين"]]),
        # (a body in the guest's own title is no group guest)
        ("استقبل الأمير كمال الراشد أمير المنطقة في مكتب سموه أمس عضو هيئة كبار العلماء وعضو "
         "اللجنة الدائمة للإفتاء الشيخ نبيل حداد الذي هنأ سموه بالعيد.",
         [["كمال الراشد", "نبيل حداد"]]),
    ],
)
def test_group_guest_before_a_far_name(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "عدد من / بعض" + plural things is no group of people
        ("اجتمع مدرب الفريق كمال الراشد عصر السبت في جدة، وعرض عليهم مقاطع تحتوي على عدد من "
         "الجوانب الفنية وشرح بعض الجوانب التكتيكية.", []),
        ("واستقبل كمال الراشد عددا من المسؤولين في جدة.", [["كمال الراشد", "عددا من المسؤولين"]]),
    ],
)
def test_things_are_no_group(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite meeting noun whose relative clause names the sides ("التي جرت بين X وY")
        ("وتناولت المباحثات التي جرت بين كمال الراشد ونبيل حداد في جدة أمس العلاقات الثنائية.",
         [["كمال الراشد", "نبيل حداد"]]),
        ("وأشار سامي العتيبي إلى أن الاجتماع الذي عقد مؤخرا بين الرئيس كمال الراشد والأمير "
         "نبيل حداد وضع أسس التعاون.",
         [["كمال الراشد", "نبيل حداد"]]),
        # (the meeting told again with no sides: nothing new)
        ("وأكد كمال الراشد أن المباحثات كانت مثمرة.", []),
    ],
)
def test_meeting_noun_with_sides_in_a_relative(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "… وبعد مشاورات طويلة عينوا X نائبا لـ Y": names after another verb are not the sides of
        # the consultations
        ("وقالت الحركة إن المجلس اجتمع مع علماء البلد والشيوخ، وبعد مشاورات طويلة عينوا "
         "النائب السابق لكمال الراشد نبيل حداد أميرا جديدا.", []),
        # (the sides right after the noun still count)
        ("وبدأت أمس في جدة مباحثات كمال الراشد ونبيل حداد.", [["كمال الراشد", "نبيل حداد"]]),
    ],
)
def test_names_after_another_verb(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one meeting told twice with two spellings of a name ("عبد الحميد" / "عبدالحميد",
        # "أشتون" / "آشتون") is one meeting
        ("التقى عبد الحميد دشتي نبيل حداد في جدة أمس. وكان عبدالحميد دشتي التقى نبيل حداد "
         "في جدة أمس.",
         1),
    ],
)
def test_spelling_variants_merge(text: str, expected: int) -> None:
    names = {**NAMES, "عبد الحميد دشتي": (P, "عبد الحميد دشتي"),
             "عبدالحميد دشتي": (P, "عبدالحميد دشتي")}
    assert len(meetings_with(text, names, "2015-07-23")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "…، وأن مسألة (حزب الأمة) ستكون …": a further reported clause, no side
        ("وسيجري كمال الراشد محادثات مع الرئيس نبيل حداد فور وصوله، وأن مسألة (حزب الأمة) "
         "ستكون في صلب محادثاتهما.",
         [["كمال الراشد", "نبيل حداد"]]),
    ],
)
def test_that_clause_ends_the_sides(text: str, expected: list[list[str]]) -> None:
    assert parties(text, GROUP_NAMES) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "جولته التي شملت …" in a quote: the tour is the one named just before, not the speaker
        ("وقال كمال الراشد: «من الواضح أن نبيل حداد يحاول تقديم أفكار جديدة بعد جولته التي "
         "شملت القاهرة وطهران».",
         [["نبيل حداد", "القاهرة"], ["نبيل حداد", "طهران"]]),
    ],
)
def test_tour_of_the_nearest_person(text: str, expected: list[list[str]]) -> None:
    assert parties(text, {**NAMES, "القاهرة": (L, "القاهرة"), "طهران": (L, "طهران")}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named far after the visitor is not the one visited
        ("زار المدير العام كمال الراشد مقر لجان إجراء المقابلات للخريجين الجدد المتقدمين "
         "للتدريس ممن تم ترشيحهم من وزارة الخدمة المدنية.", []),
    ],
)
def test_visited_body_right_after_the_visitor(text: str, expected: list[list[str]]) -> None:
    names = {**NAMES, "وزارة الخدمة المدنية": (ORG, "وزارة الخدمة المدنية")}
    assert parties(text, names) == expected


def test_a_contrast_clause_has_its_own_subject() -> None:
    """"… تأتي في حين اجتمعت حكومة أنقرة": a body's own session; the sentence's opening party and
    the border 'مع' make no meeting (the whole pipeline, entities included)."""
    from datetime import date

    from marsad.pipeline import analyze_text

    doc = analyze_text("وهجوم حزب العمال الذي جاء بعد عملية سلام أطلقت مع أنقرة في 2012 يأتي في "
                       "حين اجتمعت حكومة أنقرة لتعزيز أمنها على الحدود مع سوريا.",
                       date(2015, 7, 23))
    assert doc.meetings == []
