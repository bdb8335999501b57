"""Meetings stage, recall fixes of round 4 (studied: all 256 annotated articles): one row per rule.

Entities are hand-set (``doc_with``) so each row tests the meetings rule, not the tagger."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import run as find_dates
from marsad.meetings import run
from marsad.meetings.folded import analysed
from marsad.pipeline import Context
from tests.test_meetings_helpers import doc_with, meetings_with

P, L = "PERSON", "LOCATION"

NAMES = {
    "ناصر جودة": (P, "ناصر جودة"), "عمان": (L, "عمان"), "القاهرة": (L, "القاهرة"),
    "عادل بن زيد الطريفي": (P, "عادل بن زيد الطريفي"), "جدة": (L, "جدة"),
    "كامب ديفيد": (L, "كامب ديفيد"), "باراك أوباما": (P, "باراك أوباما"),
    "جون كيري": (P, "جون كيري"), "كيري": (P, "جون كيري"), "إيران": (L, "إيران"),
    "فيصل بن بندر": (P, "فيصل بن بندر"), "الرياض": (L, "الرياض"),
    "صالح الفوزان": (P, "صالح الفوزان"), "خيري": (P, "خيري"),
    "وزارة الشؤون الاجتماعية": ("ORGANIZATION", "وزارة الشؤون الاجتماعية"),
}


def meetings(text: str) -> list[tuple[list[str], str | None]]:
    return [(m.participants, m.place) for m in meetings_with(text, NAMES, "2015-07-23")]


def parties(text: str) -> list[list[str]]:
    return [p for p, _ in meetings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group head in construct before an indefinite noun: the noun belongs to the group
        ("بحث وزير الخارجية الأردني ناصر جودة في عمان أمس مع وفد لجنة المتابعة المعنية "
         "بتنفيذ نتائج مؤتمر القاهرة الثاني تطورات الأوضاع.",
         [["ناصر جودة", "وفد لجنة المتابعة"]]),
        ("اجتمع معالي وزير الثقافة والإعلام الدكتور عادل بن زيد الطريفي في مكتب الوزارة بجدة "
         "امس مع لجنة دراسة أوضاع هيئة الإذاعة والتلفزيون.",
         [["عادل بن زيد الطريفي", "لجنة دراسة"]]),
        # a quoted group name after its head
        ("استقبل الدكتور عادل بن زيد الطريفي في مكتبه، فريق “سفراء الحزم” المكون من ثلاثة طلاب.",
         [["عادل بن زيد الطريفي", "فريق سفراء الحزم"]]),
        # وزراء as a group head
        ("وصرح جون كيري بأن اجتماعه المقرر في الثالث من أغسطس المقبل بوزراء خارجية دول مجلس "
         "التعاون سيكون هدفه الخروج باستراتيجية.",
         [["جون كيري", "وزراء خارجية"]]),
    ],
)
def test_construct_group_heads(text: str, expected: list[list[str]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting noun in construct with a place, then who it brought together
        ("وقال كيري إن إيران ستبقى معزولة، وقمة كامب ديفيد التي جمعت باراك أوباما بقادة دول "
         "مجلس التعاون كان هدفها التصدي لإيران.",
         [(["باراك أوباما", "قادة دول"], "كامب ديفيد")]),
        # the place with no جمع-relative after it is no meeting of that place
        ("وقال كيري إن قمة كامب ديفيد كان هدفها التصدي لإيران.", []),
    ],
)
def test_meeting_noun_with_its_place_then_jama(
    text: str, expected: list[tuple[list[str], str | None]]
) -> None:
    assert meetings(text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an office named in words is a place when the tagger gave none
        ("اجتمع الدكتور عادل بن زيد الطريفي في مكتب الوزارة امس مع لجنة دراسة أوضاع الهيئة.",
         "مكتب الوزارة"),
        # "في مكتب سموه بقصر الحكم": the palace, not "his office", names the place
        ("استقبل الأمير فيصل بن بندر في مكتب سموه بقصر الحكم أمس الشيخ صالح الفوزان.",
         "قصر الحكم"),
    ],
)
def test_office_and_palace_in_words(text: str, place: str) -> None:
    got = meetings(text)
    assert len(got) == 1 and got[0][1] == place, got


def test_fold_cache_is_shared() -> None:
    # the stage reads the cached analysis the statements stage also uses
    doc = doc_with("استقبل فيصل بن بندر صالح الفوزان.", NAMES)
    assert analysed(doc) is analysed(doc)


HOSTS = {
    "فيصل بن بندر": (P, "فيصل بن بندر"), "الرياض": (L, "الرياض"),
    "أسامة فقيه": (P, "أسامة فقيه"), "خالد اليوسف": (P, "خالد اليوسف"),
    "علي الغفيص": (P, "علي الغفيص"), "عبدالله القرني": (P, "عبدالله القرني"),
    "عبدالله التركي": (P, "عبدالله التركي"), "ويدي أحمد": (P, "ويدي أحمد"),
    "جاكرتا": (L, "جاكرتا"),
}


def hosted(text: str) -> list[tuple[list[str], str | None]]:
    return [(m.participants, m.place) for m in meetings_with(text, HOSTS, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one present at the last reception is not the host of the next ("كما استقبل سموه")
        ("استقبل الأمير فيصل بن بندر أمير منطقة الرياض بقصر الحكم أمس أسامة فقيه. حضر الاستقبال "
         "معالي وكيل الإمارة عبدالله القرني. كما استقبل سموه في مكتبه أمس خالد اليوسف.",
         [(["فيصل بن بندر", "أسامة فقيه"], "قصر الحكم"),
          (["فيصل بن بندر", "خالد اليوسف"], "قصر الحكم")]),
        # "أمير المنطقة": a title over the seat already named stands for its holder, who
        # receives where he received before
        ("استقبل أمير منطقة الرياض فيصل بن بندر في مكتبه بقصر الحكم اليوم أسامة فقيه. واستقبل "
         "أمير المنطقة محافظ المؤسسة العامة للتدريب التقني والمهني الدكتور علي الغفيص.",
         [(["فيصل بن بندر", "أسامة فقيه"], "قصر الحكم"),
          (["فيصل بن بندر", "علي الغفيص"], "قصر الحكم")]),
        # a place before an honorific and a name ends the guest's title ("البروفسور")
        ("استقبل الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله التركي أمس، مدير الجامعة "
         "الإسلامية بجاكرتا البروفسور ويدي أحمد.",
         [(["عبدالله التركي", "ويدي أحمد"], None)]),
    ],
)
def test_hosts_and_their_seats(text: str, expected: list[tuple[list[str], str | None]]) -> None:
    assert hosted(text) == expected


TALKS = {
    "مارتن ديمبسي": (P, "مارتن ديمبسي"), "ديمبسي": (P, "مارتن ديمبسي"), "بغداد": (L, "بغداد"),
    "حيدر العبادي": (P, "حيدر العبادي"), "خالد العبيدي": (P, "خالد العبيدي"),
    "أشتون كارتر": (P, "أشتون كارتر"), "كارتر": (P, "أشتون كارتر"),
    "باراك أوباما": (P, "باراك أوباما"), "رجب طيب أردوغان": (P, "رجب طيب أردوغان"),
}


def talks(text: str) -> list[tuple[list[str], str | None, str]]:
    return [(m.participants, m.place, m.kind) for m in meetings_with(text, TALKS, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun-owned meeting noun with two or more guests after بـ: the owner meets them all
        ("وجاء اتهام الجنرال ديمبسي خلال اجتماعه في بغداد السبت الماضي برئيس الوزراء القائد "
         "العام للقوات المسلحة حيدر العبادي ووزير الدفاع خالد العبيدي.",
         [(["مارتن ديمبسي", "حيدر العبادي", "خالد العبيدي"], "بغداد", "meeting")]),
        # the owner named before a second guest list is not added twice
        ("وبحث ديمبسي خلال اجتماعه برئيس الوزراء حيدر العبادي ووزير الدفاع خالد العبيدي "
         "تطورات الحملة.",
         [(["مارتن ديمبسي", "حيدر العبادي", "خالد العبيدي"], None, "meeting")]),
        # a phone call takes no place from a visit told before it
        ("وصل أشتون كارتر إلى بغداد أمس. وقال البيت الأبيض إن الرئيس باراك أوباما ونظيره "
         "التركي رجب طيب أردوغان اتفقا أثناء اتصال هاتفي على العمل معا.",
         [(["باراك أوباما", "رجب طيب أردوغان"], None, "call")]),
    ],
)
def test_owners_and_calls(text: str, expected: list[tuple[list[str], str | None, str]]) -> None:
    assert talks(text) == expected


PRESS = {
    "عادل الجبير": (P, "عادل الجبير"), "الجبير": (P, "عادل الجبير"), "سامح شكري": (P, "سامح شكري"),
    "جدة": (L, "جدة"), "السيسي": (P, "عبد الفتاح السيسي"), "محمد بن سلمان": (P, "محمد بن سلمان"),
    "بشار الأسد": (P, "بشار الأسد"), "القاهرة": (L, "القاهرة"),
}


def press(text: str) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, PRESS, "2015-07-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint press conference with the counterpart is a meeting of the two
        ("وأشاد وزير الخارجية عادل الجبير في مؤتمر صحفي مع نظيره المصري، سامح شكري، بالاجتماع "
         "الذي جمع بين الرئيس السيسي، وولي ولي العهد الأمير محمد بن سلمان.",
         [["عادل الجبير", "سامح شكري"], ["عبد الفتاح السيسي", "محمد بن سلمان"]]),
        # the speaker dropped before it: the one told before; the rest of the sentence is said
        ("أكد عادل الجبير أن العلاقات متينة. وشدد في مؤتمر صحفي مشترك عقده في جدة أمس مع "
         "نظيره المصري سامح شكري، على أن مواقف السعودية ثابتة، كما قال بشار الأسد.",
         [["عادل الجبير", "سامح شكري"]]),
        ("وقال سامح شكري خلال مؤتمر صحفي مشترك عقده مع وزير الخارجية عادل الجبير إن المشاورات "
         "مثمرة.", [["سامح شكري", "عادل الجبير"]]),
        # one speaker's press conference, or a conference by name, is no meeting
        ("وقال سامح شكري في مؤتمر صحفي عقده في القاهرة إن المشاورات مثمرة.", []),
        ("وشارك عادل الجبير في مؤتمر القاهرة مع سامح شكري.", []),
    ],
)
def test_joint_press_conference(text: str, expected: list[list[str]]) -> None:
    assert press(text) == expected


SIDES = {"جون كيري": (P, "جون كيري"), "طالبان": ("ORGANIZATION", "طالبان"),
         "باكستان": (L, "باكستان"), "إيران": (L, "إيران")}


def sides(text: str) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, SIDES, "2015-07-26")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks told with the definite noun and three untagged sides right after بين
        ("قال جون كيري إن الحوار ضروري. وفشلت المحادثات بين الحكومة وأحزاب المعارضة وجماعات "
         "المجتمع المدني التي استمرت عدة أسابيع.",
         [["الحكومة", "أحزاب المعارضة", "جماعات المجتمع"]]),
        # a tagged name after an untagged head noun, then a third side
        ("قال جون كيري إن الحوار ضروري. وتجري مفاوضات بين الحكومة الأفغانية وحركة طالبان "
         "وباكستان.", [["الحكومة الأفغانية", "طالبان", "باكستان"]]),
        # the talks as a topic ("مسار المباحثات"), the talks named again as a side: none
        ("قال جون كيري إن الحوار ضروري. وقدما تقريرهما بشأن مسار المباحثات بين إيران والدول الست "
         "الكبرى ومحصلة المباحثات.", []),
        # بين not right after the noun: no sides from untagged words
        ("قال جون كيري إن الحوار ضروري. وجرى خلال اللقاء بحث أوجه التعاون بين الرابطة والمدارس.",
         []),
    ],
)
def test_sides_after_bayna(text: str, expected: list[list[str]]) -> None:
    assert sides(text) == expected


CHAIR = {"خالد الفيصل": (P, "خالد الفيصل"), "مكة المكرمة": (L, "مكة المكرمة"), "جدة": (L, "جدة"),
         "فيديريكا موغيريني": (P, "فيديريكا موغيريني"), "بروكسل": (L, "بروكسل")}


def chaired(text: str) -> list[tuple[list[str], str | None, str | None]]:
    return [(m.participants, m.place, m.date) for m in meetings_with(text, CHAIR, "2015-07-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's meeting and the one chairing it: where and when he chaired it
        ("ناقش الأمير خالد الفيصل الخطط. جاء ذلك خلال الاجتماع الشهري للقيادات الأمنية بمنطقة "
         "مكة المكرمة الذي ترأسه الأمير خالد الفيصل في مكتبه بجدة أول من أمس.",
         [(["خالد الفيصل", "قيادات الأمنية"], "جدة", "2015-07-29")]),
        ("وعقد أمس اجتماع لمسؤولي الإمارة برئاسة الأمير خالد الفيصل.",
         [(["خالد الفيصل", "مسؤولي الإمارة"], None, "2015-07-30")]),
        # "للوزراء" after a meeting told with its parties is the addressee of a report, no body
        ("ويعد اجتماع وزراء الخارجية، الذي سينعقد غدا في بروكسل، الأخير، وستترأس فيديريكا "
         "موغيريني الاجتماعات، كما ستقدم للوزراء تقريرا.", []),
        # no chair named: no meeting of the body
        ("وعقد أمس الاجتماع الشهري للقيادات الأمنية بمنطقة مكة المكرمة.", []),
    ],
)
def test_chaired_body_meeting(
    text: str, expected: list[tuple[list[str], str | None, str | None]]
) -> None:
    assert chaired(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "خلال استقبال سموه المهنئين": his reception of a group; "أعيان منطقة مكة" is whose
        # people they are, not where
        ("رفع الأمير خالد الفيصل التهنئة للقيادة. جاء ذلك خلال استقبال سموه البارحة المهنئين "
         "بعيد الفطر، وكان في مقدمتهم وجهاء وأعيان منطقة مكة المكرمة.",
         [(["خالد الفيصل", "المهنئين"], None, "2015-07-30")]),
        # without an honorific pronoun "خلال استقبال" is no reception of guests
        ("رفع الأمير خالد الفيصل التهنئة للقيادة خلال استقبال المملكة ملايين المعتمرين.", []),
    ],
)
def test_reception_during(
    text: str, expected: list[tuple[list[str], str | None, str | None]]
) -> None:
    assert chaired(text) == expected


MEMBERS = {"أشتون كارتر": (P, "أشتون كارتر"), "حيدر العبادي": (P, "حيدر العبادي"),
           "بغداد": (L, "بغداد"), "أوباما": (P, "باراك أوباما"), "كينيا": (L, "كينيا"),
           "أوغندا": (L, "أوغندا")}


def members(text: str) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, MEMBERS, "2015-07-24")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group after مع/بـ, then the people named among them: all are sides
        ("بحث وزير الدفاع الأمريكي أشتون كارتر مع قادة عسكريين أمريكيين وزعماء سياسيين عراقيين "
         "من بينهم رئيس الوزراء حيدر العبادي خلال زيارة لبغداد أمس تطورات الحملة.",
         [["أشتون كارتر", "قادة عسكريين أمريكيين", "حيدر العبادي"]]),
        # countries named among the group are not sides of their own
        ("ومن المقرر أن يلتقي أوباما بقادة إقليميين من بينهم رؤساء كينيا وأوغندا في وقت لاحق.",
         [["باراك أوباما", "قادة إقليميين"]]),
        # no "من بينهم": the named guest stays the only other side
        ("بحث أشتون كارتر مع رئيس الوزراء حيدر العبادي تطورات الحملة.",
         [["أشتون كارتر", "حيدر العبادي"]]),
    ],
)
def test_group_and_its_named_members(text: str, expected: list[list[str]]) -> None:
    assert members(text) == expected


SPEAKER = {"عبد الله البدري": (P, "عبد الله البدري"), "البدري": (P, "عبد الله البدري"),
           "الكسندر نوفاك": (P, "الكسندر نوفاك"), "أوبراين": (P, "ستيفن أوبراين")}


def spoken(text: str) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, SPEAKER, "2015-07-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "قال X بعد لقاء مع Y": the one speaking is the other side
        ("أعلن عبد الله البدري أن المنظمة ليست مستعدة لخفض الإنتاج، وقال البدري بعد لقاء مع "
         "وزير الطاقة الروسي الكسندر نوفاك إن السوق متوازنة.",
         [["عبد الله البدري", "الكسندر نوفاك"]]),
        # "بعض من …" is a group guest
        ("التقى أوبراين الأربعاء ببعض من اللاجئين المقيمين في قواعد قوات حفظ السلام.",
         [["ستيفن أوبراين", "بعض من اللاجئين المقيمين"]]),
        # a definite "اللقاء" after بعد tells of one already told: no new meeting
        ("وقال البدري بعد اللقاء إن السوق متوازنة.", []),
    ],
)
def test_speaker_after_a_meeting_and_partitive_groups(
    text: str, expected: list[list[str]]
) -> None:
    assert spoken(text) == expected


DROPPED = {"ماجد الحقيل": (P, "ماجد الحقيل"), "الحقيل": (P, "ماجد الحقيل"),
           "أحمد السهلي": (P, "أحمد السهلي"), "الحمد": (P, "عبدالله الحمد")}


def dropped(text: str) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, DROPPED, "2015-07-24")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dropped subject meets a group opened by بـ (the spelling مسئولي too)
        ("أكد ماجد الحقيل أهمية دور الصندوق. جاء ذلك في حفل المعايدة الذي أقامته إدارة الصندوق "
         "والتقى فيها بمسئولي ومنسوبي الصندوق.", [["ماجد الحقيل", "مسئولي ومنسوبي الصندوق"]]),
        ("والتقى الحمد الطاقم الطبي المشرف على علاج الموظف.",
         [["عبدالله الحمد", "الطاقم الطبي المشرف"]]),
        # a group right after the verb is its subject, not a guest
        ("أكد ماجد الحقيل أهمية الصندوق. واجتمع أعضاء مجلس الإدارة أمس.", []),
        # one who came along ("يرافقه X") is not the dropped subject
        ("زار المحافظ مستشفى الملك فهد يرافقه مدير الشؤون الصحية الدكتور أحمد السهلي، والتقى "
         "بعدد من المرضى.", []),
    ],
)
def test_dropped_subject_meets_a_group(text: str, expected: list[list[str]]) -> None:
    assert dropped(text) == expected


GUARDS = {"ألبرتو فرنانديز": (P, "ألبرتو فرنانديز"), "مارغريت برينان": (P, "مارغريت برينان"),
          "الباجي قائد السبسي": (P, "الباجي قائد السبسي"), "إيطاليا": (L, "إيطاليا"),
          "وليد جنبلاط": (P, "وليد جنبلاط"), "فيصل بن معمر": (P, "فيصل بن معمر"),
          "كمران خان": (P, "كمران خان"), "عباس": (P, "أزهر عباس"),
          "أحمد داود أوغلو": (P, "أحمد داود أوغلو"), "داود أوغلو": (P, "أحمد داود أوغلو")}


def guarded(text: str) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, GUARDS, "2015-07-21")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a medium named in quotes after "لقاء مع قناة" is an interview, not a group
        ("إذا لم تشاهد لقاء السفير ألبرتو فرنانديز مع قناة «سي بي إس» في ضيافة المذيعة مارغريت "
         "برينان، فعليك مشاهدته.", []),
        # a press conference's other side is a person after مع, never a country in the sentence
        ("وعلى ظاهرة الهجرة بين السواحل التونسية وسواحل إيطاليا احتج الباجي قائد السبسي خلال "
         "مؤتمر صحافي مع الرئيس الألماني في قصر قرطاج.", []),
        # inside a quotation the speaker is not the dropped subject of "واجتمع"
        ("وقال وليد جنبلاط: «زار السويداء المدعو علي مملوك، واجتمع مع مشايخ العقل محرضا».", []),
        # "تلتقي" (you meet) has no dropped third-person subject
        ("قال فيصل بن معمر إن المركز عريق، وفور أن تلتقي بطاقم العمل في المركز تشعر بالحيوية.",
         []),
        # a guest after a comma is no longer the one met after مع
        ("قال كمران خان إن القناة أغلقت. كذلك تقدم المدير باستقالته بعد مشاورات مع المحررين "
         "والعاملين بالقناة، حسب إفادة عباس نفسه.", []),
        # استكمل carries a meeting noun like أجرى: the subject is a side
        ("وكان أحمد داود أوغلو قد استكمل قبل العيد الجولة الأولى من اللقاءات مع قادة الأحزاب "
         "الممثلة في البرلمان.", [["أحمد داود أوغلو", "قادة الأحزاب الممثلة"]]),
    ],
)
def test_precision_guards(text: str, expected: list[list[str]]) -> None:
    assert guarded(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "الدخول في مفاوضات مع X": في is no "after the meeting" word for a meeting noun
        "وقال كمران خان إنه يمكن لإيران في المستقبل الدخول في مفاوضات مع عباس.",
        # a future meeting told inside "أنه …" has the speaker, not the one named before, as subject
        "قال كمران خان إن المدير شدد على أنه سيجتمع بلجنة الاحتراف قبل المؤتمر.",
    ],
)
def test_no_meeting_for_the_wrong_subject(text: str) -> None:
    assert guarded(text) == []


COUNTER = {"باراك أوباما": (P, "باراك أوباما"), "أوباما": (P, "باراك أوباما"),
           "جون كيري": (P, "جون كيري"), "كيري": (P, "جون كيري"),
           "سيرغي لافروف": (P, "سيرغي لافروف"), "جنيف": (L, "جنيف"),
           "عادل الجبير": (P, "عادل الجبير"), "سامح شكري": (P, "سامح شكري"), "جدة": (L, "جدة"),
           "برونو رودريغيز": (P, "برونو رودريغيز"), "واشنطن": (L, "واشنطن"),
           "الباجي قائد السبسي": (P, "الباجي قائد السبسي"), "محمد علي": (P, "محمد علي")}


def counter(text: str) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, COUNTER, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counterpart named by nationality only: the country
        ("قال باراك أوباما إن بلاده ملتزمة. ومن المقرر أن يلقي أوباما كلمة في القمة، كما سيجري "
         "محادثات مع نظيره الكيني حول القضايا الاقتصادية.", [["باراك أوباما", "كينيا"]]),
        ("وقال جون كيري إن الاتفاق جيد. واجتمع مع نظيره الروسي في جنيف.",
         [["جون كيري", "روسيا"]]),
        # … or the person this article gave the subject's title with that nationality
        ("وأكد وزير الخارجية الأمريكي جون كيري أن وزير الخارجية الروسي سيرغي لافروف سيشارك. "
         "وبحث كيري مع نظيره الروسي سبل حل الأزمة.", [["جون كيري", "سيرغي لافروف"]]),
        # a nationality with no country in the table: nothing invented
        ("وبحث جون كيري مع نظيره الأوروبي سبل حل الأزمة.", []),
        # a name between commas before a meeting noun: the light verb is before it
        ("عقد وزير الخارجية السعودي، عادل الجبير، اجتماعاً مع نظيره المصري سامح شكري، ظهر "
         "الخميس، في مدينة جدة.", [["عادل الجبير", "سامح شكري"]]),
        # press conference forms: "عقده مع", "الذي عقده أمس مع", "مؤتمره الصحفي المشترك مع"
        ("وقال جون كيري في مؤتمر صحافي عقده مع نظيره الكوبي برونو رودريغيز أمس في واشنطن، إن "
         "العلاقات ستتحسن.", [["جون كيري", "برونو رودريغيز"]]),
        ("وأضاف عادل الجبير في المؤتمر الصحافي الذي عقده أمس مع نظيره المصري سامح شكري في جدة، "
         "أن الوفد زار مكة.", [["عادل الجبير", "سامح شكري"]]),
        ("فجرت تصريحات عادل الجبير خلال مؤتمره الصحفي المشترك مع نظيره المصري، سامح شكري، "
         "جدلاً.", [["عادل الجبير", "سامح شكري"]]),
        # nobody named right after مع: no side from far away in the sentence
        ("كما سجل الباجي قائد السبسي في مؤتمره الصحافي المشترك مع الرئيس الألماني أن «المهاجرين "
         "ليسوا تونسيين» كما قال محمد علي.", []),
    ],
)
def test_counterparts_and_press_forms(text: str, expected: list[list[str]]) -> None:
    assert counter(text) == expected


TITLED = {"خالد العطية": (P, "خالد العطية"), "أربيل": (L, "أربيل"),
          "مسعود بارزاني": (P, "مسعود بارزاني"), "آشتون كارتر": (P, "آشتون كارتر"),
          "سليم الجبوري": (P, "سليم الجبوري")}


def titled(text: str) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, TITLED, "2015-07-20")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a guest named by a title the article gave a person
        ("وصل وزير الخارجية القطري خالد العطية إلى أربيل. واستقبل رئيس الإقليم مسعود بارزاني "
         "وزير الخارجية القطري أمس.", [["مسعود بارزاني", "خالد العطية"]]),
        # … or, with no one given that title, the country of its nationality word
        ("واستقبل رئيس الإقليم مسعود بارزاني وزير الخارجية القطري أمس.",
         [["مسعود بارزاني", "قطر"]]),
        # group heads: مسؤولين, كتل
        ("بحث وزير الدفاع الأميركي آشتون كارتر أمس مع مسؤولين سياسيين وعسكريين في التصدي للتنظيم.",
         [["آشتون كارتر", "مسؤولين سياسيين وعسكريين"]]),
        ("وبحث رئيس البرلمان سليم الجبوري، مع كتل تحالف القوى المضي بالتشريعات.",
         [["سليم الجبوري", "كتل تحالف القوى"]]),
        # "طلبه" may be "his request": no group
        ("واستقبل مسعود بارزاني طلبه دون تأخير.", []),
    ],
)
def test_title_guests_and_more_group_heads(text: str, expected: list[list[str]]) -> None:
    assert titled(text) == expected


SUBJ = {"زيغمار غابرييل": (P, "زيغمار غابرييل"), "طهران": (L, "طهران"),
        "حسن روحاني": (P, "حسن روحاني"), "ستيفان دي ميستورا": (P, "ستيفان دي ميستورا"),
        "بكين": (L, "بكين"), "القاهرة": (L, "القاهرة"), "نبيل العربي": (P, "نبيل العربي"),
        "بوب كروكر": (P, "بوب كروكر"), "جو بايدن": (P, "جو بايدن"),
        "جون كيري": (P, "جون كيري")}


def subj(text: str) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, SUBJ, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare title as the subject of a light verb: the one the article gave that title
        ("وأعلن وزير الاقتصاد الألماني زيغمار غابرييل أنه سيزور طهران. ومن المقرر أن يجري الوزير "
         "الألماني محادثات مع الرئيس الإيراني حسن روحاني.", [["زيغمار غابرييل", "حسن روحاني"]]),
        ("زار مبعوث الأمم المتحدة الخاص إلى سوريا ستيفان دي ميستورا بكين. وتوجه المبعوث الخاص إلى "
         "القاهرة بهدف عقد اجتماع مع الأمين العام لجامعة الدول العربية نبيل العربي.",
         [["ستيفان دي ميستورا", "نبيل العربي"]]),
        # the title's nationality must match: no German minister for "الوزير الأمريكي"
        ("وأعلن وزير الاقتصاد الألماني زيغمار غابرييل أنه سيزور طهران. ومن المقرر أن يجري الوزير "
         "الأمريكي محادثات مع الرئيس الإيراني حسن روحاني.", []),
        # "بعد خروجه من اجتماع مع X": the speaker met X
        ("وقال السيناتور بوب كروكر، بعد خروجه من اجتماع مع نائب الرئيس جو بايدن حول إيران، إن "
         "التصويت إهانة.", [["بوب كروكر", "جو بايدن"]]),
    ],
)
def test_titled_subjects_and_leaving_a_meeting(text: str, expected: list[list[str]]) -> None:
    assert subj(text) == expected


RECEIVE = {"سلمان بن عبدالعزيز": (P, "سلمان بن عبدالعزيز"),
           "خادم الحرمين الشريفين": (P, "سلمان بن عبدالعزيز"), "سامح شكري": (P, "سامح شكري"),
           "عبدالفتاح السيسي": (P, "عبدالفتاح السيسي"), "محمد بن نايف": (P, "محمد بن نايف"),
           "باولو جنتيلوني": (P, "باولو جنتيلوني"), "لوران فابيوس": (P, "لوران فابيوس"),
           "إيران": (L, "إيران"), "مصر": (L, "مصر"), "جدة": (L, "جدة")}


def received(text: str) -> list[tuple[list[str], str | None]]:
    return [(m.participants, m.place) for m in meetings_with(text, RECEIVE, "2015-07-24")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "خلال استقبال X في قصر السلام Y": a named host right after the reception noun; a
        # relative clause after the guest is what he said, not more parties
        ("جاء ذلك خلال استقبال خادم الحرمين الشريفين في قصر السلام أمس وزير الخارجية سامح شكري "
         "والوفد المرافق له، الذي نقل للملك، تحيات الرئيس عبدالفتاح السيسي وتقديره.",
         [(["سلمان بن عبدالعزيز", "سامح شكري"], "قصر السلام")]),
        # "وكان X، استقبل … Y": the subject before the comma (a title-only guest here)
        ("أشاد سامح شكري بالعلاقات. وكان ولي العهد الأمير محمد بن نايف، استقبل في قصره بجدة مساء "
         "أول من أمس وزير الخارجية المصري.", [(["محمد بن نايف", "مصر"], "جدة")]),
        # "…، ويزور X إيران": a new clause with its own subject
        ("وكان باولو جنتيلوني قد أعلن عن الزيارة، ويزور نظيره الفرنسي لوران فابيوس إيران الأربعاء.",
         [(["لوران فابيوس", "إيران"], "إيران")]),
    ],
)
def test_receptions_and_clause_subjects(
    text: str, expected: list[tuple[list[str], str | None]]
) -> None:
    assert received(text) == expected


def test_min_ajl_is_no_light_verb() -> None:
    # "من أجل لقاء X": أجل is "for the sake of" here, not "postponed" carrying a subject
    text = ("وذكرت الصحيفة أن المدير الرياضي باولو جنتيلوني كان في إيران من أجل لقاء مدير أعمال "
            "اللاعب، فيما أكد لوران فابيوس أن الطلب وصل.")
    assert received(text) == []


def test_title_apposition_before_a_meeting_noun() -> None:
    names = {"ألكسندر مدفيديف": (P, "ألكسندر مدفيديف"),
             "مارجريت فيستاجير": (P, "مارجريت فيستاجير")}
    doc = doc_with("وبعد ثلاثة أشهر، عقد ألكسندر مدفيديف، المسؤول الثاني في الشركة الروسية العامة، "
                   "لقاء مع المفوضة المكلفة المنافسة مارجريت فيستاجير.", names, "2015-07-24")
    run(doc, Context(pub_date=date(2015, 7, 24)))
    assert [m.participants for m in doc.meetings] == [["ألكسندر مدفيديف", "مارجريت فيستاجير"]]


TITLES = {"آشتون كارتر": (P, "آشتون كارتر"), "جدة": (L, "جدة"),
          "محمد بن سلمان": (P, "محمد بن سلمان")}


def by_title(text: str) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, TITLES, "2015-07-23")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second subject by title after و
        ("وصل وزير الدفاع الأمريكي آشتون كارتر إلى جدة. عقب ذلك عقد الأمير محمد بن سلمان ووزير "
         "الدفاع الأمريكي اجتماعاً موسعاً.", [["محمد بن سلمان", "آشتون كارتر"]]),
        # the other side by a bare title after مع (الأميركي / الأمريكي spelled either way)
        ("وصل وزير الدفاع الأمريكي آشتون كارتر إلى جدة. كما عقد ولي ولي العهد الأمير محمد بن "
         "سلمان، في مكتبه بجدة اجتماعا ثنائيا مع الوزير الأميركي، جرى خلاله مناقشة التعاون.",
         [["محمد بن سلمان", "آشتون كارتر"]]),
        # no one given that title: the country
        ("عقد الأمير محمد بن سلمان في جدة اجتماعا مع الوزير الأميركي.",
         [["محمد بن سلمان", "الولايات المتحدة"]]),
    ],
)
def test_sides_named_by_title(text: str, expected: list[list[str]]) -> None:
    assert by_title(text) == expected


def test_the_two_presidents_are_the_last_meetings_parties() -> None:
    names = {"باراك أوباما": (P, "باراك أوباما"), "رجب طيب أردوغان": (P, "رجب طيب أردوغان")}
    doc = doc_with("بحث الرئيس باراك أوباما ونظيره التركي رجب طيب أردوغان الحرب في سوريا. واتفق "
                   "الرئيسان في اتصال هاتفي أمس على العمل سويا.", names, "2015-07-23")
    ctx = Context(pub_date=date(2015, 7, 23))
    find_dates(doc, ctx)
    run(doc, ctx)
    assert [(m.participants, m.date) for m in doc.meetings] == [
        (["باراك أوباما", "رجب طيب أردوغان"], "2015-07-22")]


PLACES = {"باراك أوباما": (P, "باراك أوباما"), "أوباما": (P, "باراك أوباما"),
          "هيلي ماريام": (P, "هيلي ماريام"), "ستافان دي ميستورا": (P, "ستافان دي ميستورا"),
          "سورية": (L, "سورية"), "دمشق": (L, "دمشق"), "وليد المعلم": (P, "وليد المعلم")}


def placed(text: str) -> list[str | None]:
    return [m.place for m in meetings_with(text, PLACES, "2015-07-27")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit "للعاصمة الإثيوبية": the country of the (feminine) nationality word
        ("التقى الرئيس الأمريكي باراك أوباما اليوم هيلي ماريام، وذلك خلال زيارة أوباما الرسمية "
         "للعاصمة الاثيوبية.", ["إثيوبيا"]),
        # the arrival past the visitor's title ("المبعوث الخاص للأمم المتحدة إلى سورية"), and no
        # place from what the talks were about ("حول إيجاد حل سياسي في سورية")
        ("وصل المبعوث الخاص للأمم المتحدة إلى سورية ستافان دي ميستورا أمس إلى دمشق حيث التقى "
         "وزير الخارجية وليد المعلم وأطلعه على مشاوراته حول إيجاد حل سياسي في سورية.", ["دمشق"]),
    ],
)
def test_places_of_visits_not_topics(text: str, expected: list[str | None]) -> None:
    assert placed(text) == expected


DUAL = {"باراك أوباما": (P, "باراك أوباما"), "أوباما": (P, "باراك أوباما"),
        "محمدو بخاري": (P, "محمدو بخاري"), "بخاري": (P, "محمدو بخاري"),
        "سعد المقرن": (P, "سعد المقرن")}


def dual(text: str) -> list[list[str]]:
    return [m.participants for m in meetings_with(text, DUAL, "2015-07-21")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "محادثاتهما": the two told before (one meeting, not a new one with the speaker)
        ("التقى باراك أوباما الرئيس النيجيري محمدو بخاري في واشنطن. وعلى إثر محادثاتهما قال "
         "أوباما إن بخاري لديه جدول أعمال واضح.", [["باراك أوباما", "محمدو بخاري"]]),
        # a definite group right after مع, in one word
        ("وقد بادر سعد المقرن بزيارة ميدانية وبحث الموضوع من كافة جوانبه مع المسؤولين بالجوازات.",
         [["سعد المقرن", "المسؤولين"]]),
    ],
)
def test_dual_owner_and_one_word_groups(text: str, expected: list[list[str]]) -> None:
    assert dual(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "في وقت يحاول فيه …" (meanwhile) opens another matter: its place is not the meeting's;
        # the visit "لبغداد" is where
        ("بحث أشتون كارتر مع رئيس الوزراء حيدر العبادي خلال زيارة لم يعلن عنها مسبقا لبغداد أمس "
         "تطورات الحملة في وقت يحاول فيه العراق استعادة السيطرة على مدينة الرمادي.", ["بغداد"]),
    ],
)
def test_meanwhile_is_no_place(text: str, expected: list[str | None]) -> None:
    names = {"أشتون كارتر": (P, "أشتون كارتر"), "حيدر العبادي": (P, "حيدر العبادي"),
             "بغداد": (L, "بغداد"), "العراق": (L, "العراق"), "الرمادي": (L, "الرمادي")}
    doc = doc_with(text, names, "2015-07-24")
    run(doc, Context(pub_date=date(2015, 7, 24)))
    assert [m.place for m in doc.meetings] == expected


def test_later_the_same_day_keeps_its_place() -> None:
    names = {"جون كيري": (P, "جون كيري"), "جاك لو": (P, "جاك لو"), "واشنطن": (L, "واشنطن")}
    doc = doc_with("وفي وقت لاحق اليوم من المقرر أن يلتقي جون كيري وجاك لو مشرعين في مقر الكونجرس "
                   "بواشنطن.", names, "2015-07-22")
    run(doc, Context(pub_date=date(2015, 7, 22)))
    assert [m.place for m in doc.meetings] == ["واشنطن"]


def test_a_place_with_its_day_after_the_topic_is_where() -> None:
    names = {"كوريا الجنوبية": (L, "كوريا الجنوبية"), "اليابان": (L, "اليابان"),
             "الصين": (L, "الصين"), "بكين": (L, "بكين")}
    doc = doc_with("تعتزم كوريا الجنوبية واليابان والصين عقد جولة جديدة من المباحثات المتعلقة "
                   "باتفاقية تجارة حرة ثلاثية في بكين اليوم.", names, "2015-07-21")
    run(doc, Context(pub_date=date(2015, 7, 21)))
    assert [m.place for m in doc.meetings] == ["بكين"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite one-word group after بـ is the guest
        ("والتقى خلال الحفل نائب رئيس الهيئة الدكتور فيصل الصقير بالموظفين، وهنأهم بالعيد.",
         [["فيصل الصقير", "الموظفين"]]),
        # the accusative group head opens the guests (session 8: the annotated article has
        # "جموعا من المواطنين", not the one-word "المهنئين" after it)
        ("استقبل محافظ العويقيلة الأستاذ حسين الدغيم جموعا من المواطنين بالمحافظة المهنئين بعيد "
         "الفطر المبارك.", [["حسين الدغيم", "جموعا من المواطنين"]]),
    ],
)
def test_one_word_group_objects(text: str, expected: list[list[str]]) -> None:
    names = {"فيصل الصقير": (P, "فيصل الصقير"), "حسين الدغيم": (P, "حسين الدغيم")}
    doc = doc_with(text, names, "2015-07-21")
    run(doc, Context(pub_date=date(2015, 7, 21)))
    assert [m.participants for m in doc.meetings] == expected


def test_common_group_word_is_no_guest_without_its_object_marker() -> None:
    names = {"باولو جينتيلوني": (P, "باولو جينتيلوني"), "روما": (L, "روما"),
             "برناردينو ليون": (P, "برناردينو ليون"), "ليون": (P, "برناردينو ليون")}
    doc = doc_with("قال برناردينو ليون إن الوضع صعب. وأدان ليون في تصريح صحفي عقب لقائه بوزير "
                   "الخارجية الإيطالي باولو جينتيلوني في روما اختطاف الموظفين الإيطاليين.",
                   names, "2015-07-22")
    run(doc, Context(pub_date=date(2015, 7, 22)))
    assert [m.participants for m in doc.meetings] == [["برناردينو ليون", "باولو جينتيلوني"]]


def test_host_seat_from_a_title_written_before_the_name() -> None:
    names = {"حامد الشمري": (P, "حامد الشمري"), "سعيد مخايش": (P, "سعيد مخايش"),
             "مسفر آل هاشل": (P, "مسفر آل هاشل")}
    doc = doc_with("استقبل وكيل إمارة منطقة الباحة الدكتور حامد الشمري في مكتبه، مشرف التوجيه "
                   "مسفر آل هاشل.", names, "2015-07-30")
    run(doc, Context(pub_date=date(2015, 7, 30)))
    assert [(m.participants, m.place) for m in doc.meetings] == [
        (["حامد الشمري", "مسفر آل هاشل"], "الباحة")]


def test_a_side_after_bayna_written_as_a_title_with_a_nationality() -> None:
    names = {"ظريف": (P, "محمد جواد ظريف"), "إيران": (L, "إيران")}
    doc = doc_with("وزار ظريف الكويت أمس. وقالت الوكالة إن جلسة المباحثات بين وزير الخارجية "
                   "الكويتي وظريف تناولت القضايا المشتركة.", names, "2015-07-27")
    run(doc, Context(pub_date=date(2015, 7, 27)))
    assert [m.participants for m in doc.meetings][-1:] == [["الكويت", "محمد جواد ظريف"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "خلال اجتماع عقده مع GROUP": the one speaking met the group
        ("أكد وزير التعليم الدكتور عزام الدخيل، خلال اجتماع عقده مع وكلاء الوزارة، أهمية الرد.",
         [["عزام الدخيل", "وكلاء الوزارة"]]),
        # "غداة اجتماع مع القادة العسكريين"
        ("وأعلن أحمد داود أوغلو أن تركيا مصممة على الدفاع عن أمنها، وذلك غداة اجتماع مع القادة "
         "العسكريين في أنقرة.", [["أحمد داود أوغلو", "القادة العسكريين"]]),
        # a definite meeting noun after خلال tells of one already told: nothing new
        ("وأكد عزام الدخيل خلال الاجتماع مع وكلاء الوزارة أهمية الرد.", []),
    ],
)
def test_speaker_meets_a_group(text: str, expected: list[list[str]]) -> None:
    names = {"عزام الدخيل": (P, "عزام الدخيل"), "أحمد داود أوغلو": (P, "أحمد داود أوغلو"),
             "أنقرة": (L, "أنقرة"), "تركيا": (L, "تركيا")}
    doc = doc_with(text, names, "2015-07-27")
    run(doc, Context(pub_date=date(2015, 7, 27)))
    assert [m.participants for m in doc.meetings] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what an institution does, with a person far on (خيري 'charitable' mistagged): no meeting
    ("وأفاد الحوشان أن وزارة الشؤون الاجتماعية تدعم وتشجع و تستقبل وترخص للأفراد الراغبين في "
     "تأسيس مؤسسات و جمعيات ذات طابع خيري أو تعاوني، مشيراً إلى أن عدد الجمعيات المسجلة بلغ "
     "679 جمعية.", []),
    # … but a present-tense reception with its subject right after the verb is one
    ("يستقبل صالح الفوزان اليوم ناصر جودة في الرياض.", [["صالح الفوزان", "ناصر جودة"]]),
])
def test_present_tense_receives_far_from_any_name_is_habitual(text: str,
                                                              expected: list[list[str]]) -> None:
    assert parties(text) == expected
