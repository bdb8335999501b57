"""Statements, session 8: error classes that recur on unseen news (found on the STUDY split and
on corpus output, checked against held-out articles never read)."""

from datetime import date

import pytest

from marsad.pipeline import analyze_text


def _said(text: str) -> list[tuple[str, str, str]]:
    doc = analyze_text(text, date(2015, 7, 20))
    return [(s.speaker, s.stance, s.content) for s in doc.statements]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # the place, the occasion or medium, or a bracket between the speaker and the verb's object
    # are not what was said
    ("ورحبت المفوضية الأوروبية في بروكسل بهذا القرار.", "المفوضية الأوروبية", "بهذا القرار"),
    ("نفت شركة الاتصالات السعودية، في تغريدة عبر حسابها في تويتر، صحة ما تردد عن إغلاق فرعها.",
     "الاتصالات السعودية", "صحة ما تردد عن إغلاق فرعها"),
    ("وطالب حسن محمد الجهمي (أحد سكان القرية) الجهات المسؤولة بافتتاح لجنة.", "حسن محمد الجهمي",
     "الجهات المسؤولة بافتتاح لجنة"),
    ("أعلنت إدارة النصر أمس (السبت) تجديد عقد المهاجم فابيان.", "إدارة النصر",
     "تجديد عقد المهاجم فابيان"),
])
def test_object_content(text: str, speaker: str, content: str) -> None:
    said = _said(text)
    assert said and said[0][0] == speaker and said[0][2] == content, said


@pytest.mark.parametrize(("text", "speaker"), [
    # an unnamed member of X's party: X is in his description, not the one speaking
    ("الى ذلك، قال عضو في حزب الرئيس اليمني السابق علي عبدالله صالح إن ممثلين لصالح يجرون "
     "محادثات مع دبلوماسيين.", "عضو في حزب الرئيس اليمني السابق علي عبدالله صالح"),
    # a member's roles, then his name with no comma: the named one
    ("وأكد عضو البرلمان العراقي عن محافظة الأنبار والقيادي في تحالف القوى العراقية فارس طه "
     "الفارس أن المحافظة تشهد عمليات عسكرية كبيرة.", "فارس طه الفارس"),
    # a title, then the name between commas
    ("دعا عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية، أحمد مجدلاني، الدول الكبرى إلى "
     "التدخل لإنهاء الاحتلال.", "أحمد مجدلاني"),
])
def test_member_speaker(text: str, speaker: str) -> None:
    said = _said(text)
    assert said and said[0][0] == speaker, said


def test_time_phrase_object_kept() -> None:
    # a time phrase running into the object is no occasion to skip up to the comma
    said = _said("وكانت السعودية أعلنت في مطلع مايو (أيار) الماضي أول هدنة إنسانية في اليمن، لمدة "
                 "خمسة أيام.")
    assert said and "أول هدنة" in said[0][2], said


@pytest.mark.parametrize(("text", "speaker"), [
    # "one of the X": a specific anonymous source speaks as that phrase
    ("وقال أحد الشهود لرويترز عبر الهاتف إن الانفجار كان قويا.", "أحد الشهود"),
    ("وأكدت إحدى الطالبات أن الاختبار كان صعبا.", "إحدى الطالبات"),
    ("وقال أحد السكان المحليين إن القصف استمر.", "أحد السكان المحليين"),
    ("وقال أحد المحققين لدى الادعاء العام إن الواقعة ثابتة.", "أحد المحققين لدى الادعاء"),
    # the people of a place speak as a group, not as the place
    ("وقال أهالي سياتل في مستندات دعوى قضائية إن المدينة تنتهك ضمانات الخصوصية.", "أهالي سياتل"),
    ("وقال أهالي القرية إن المياه مقطوعة.", "أهالي القرية"),
    # a family or a crowd, named by whose it is
    ("وعبر والد وأقارب الشهيد عن بالغ شكرهم وتقديرهم لسمو أمير المنطقة.", "والد وأقارب الشهيد"),
    ("وقالت والدة الطفلة إن التنفس توقف قبل نصف ساعة.", "والدة الطفلة"),
    ("وأكدت أسرة الفقيد أنها تثق في القضاء.", "أسرة الفقيد"),
    ("وعبرت جماهير النادي عن غضبها من النتيجة.", "جماهير النادي"),
    # the family of the person named right after the kin noun, not the person
    ("وعبر أبناء الشيخ عبدالرحمن بن رجا المويشير عن شكرهم وتقديرهم لخادم الحرمين الشريفين.",
     "أبناء الشيخ عبدالرحمن بن رجا المويشير"),
    # an unnamed group (not the name that comes later in the sentence)
    ("وقال باحثون إن المخطوطة تتكون من ورقتين، بحسب ديفيد توماس.", "باحثون"),
    ("وأكد مستثمرون أن السوق ستتعافى قريبا.", "مستثمرون"),
])
def test_one_of_speaker(text: str, speaker: str) -> None:
    said = _said(text)
    assert said and said[0][0] == speaker, said


@pytest.mark.parametrize("text", [
    "ولا يستطيع أحد أن يؤثر على الشعب.",  # "nobody": no one speaks
    # a feminine participle describing the indefinite noun before it, or a verbal noun
    "وفرضت الحكومة رقابة مشددة على وسائل الإعلام والنشر.",
    "فيما ارتفعت أصوات منددة باعتقال فتاتين لمجرد أنهما كانتا ترتديان تنورة.",
    "وبلغ الأمر بالخبراء حد مطالبة اليونان ببيع سيادتها.",
])
def test_no_statement(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # … but a participle after the speaker, a definite object or a list still speaks
    ("وقالت موغيريني مشددة على أن الاتفاق تاريخي.", "موغيريني"),
    ("وقالت الوزارة مشددة على أن القرار نهائي.", "الوزارة"),
    ("وصفت صحيفة معاريف العبرية الفيديو بالمقلق قائلة إن التنظيم نشر مشاهد مقلقة.", "معاريف"),
    ("حذرت السفارة السعودية باليونان من عروض بيع السيارات بأسعار رخيصة ومغرية مؤكدة أن هناك "
     "عصابات تقوم بالاحتيال.", "السعودية"),
])
def test_participle_still_speaks(text: str, speaker: str) -> None:
    said = _said(text)
    assert any(speaker in s[0] for s in said), said


def test_colon_after_nominal_speaker() -> None:
    # the colon after a nominal speaker marks what was said (it was swallowed into the speaker,
    # and then no marker was left: the statement was lost)
    said = _said("وكشفت مصادر مطلعة أن المالكي كان لاجئا. وأضافت المصادر: المالكي هرب من بطش "
                 "الرئيس العراقي السابق إلى سوريا في عام 1980.")
    assert len(said) == 2 and said[1][2].startswith("المالكي هرب"), said


def test_ibban_is_during() -> None:
    # "إبان" (during) is no أبان (explained)
    said = _said("وأظهرت الصورة اللاجئين في محافظة رفحاء، إبان إقامتهم في المخيم قبل 24 عاماً.")
    assert said == [], said


def test_addressee_before_object() -> None:
    said = _said("كشفت مصادر مطلعة ل“الوئام” حقيقة الصورة التي تداولتها مواقع التواصل.")
    assert said and said[0][2].startswith("حقيقة الصورة"), said


def test_report_with_adjective_then_issuer() -> None:
    # "التقرير اليومي لمنظمة …": past the report's adjective to its issuer
    said = _said("وقال البيان الختامي الصادر عن وزارة الخارجية إن الدول اتفقت على التعاون.")
    assert said and said[0][0] == "وزارة الخارجية", said


@pytest.mark.parametrize("pronoun_pp", ["فيها", "خلالها"])
def test_pronoun_pp_is_no_speaker(pronoun_pp: str) -> None:
    # "كلمة رحب فيها بـ…", "هدد خلالها بـ…": the pronoun is the speech or the time, no name
    said = _said(f"وألقى اللواء سعيد بن منير الروقي كلمة رحب {pronoun_pp} بسمو الأمير متعب بن "
                 "عبدالله.")
    assert all(s[0] != pronoun_pp and not s[2].startswith(pronoun_pp) for s in said), said


def test_the_sources_are_the_sources() -> None:
    # "وأضافت المصادر" refers back to the sources quoted before, not to the body they spoke
    # from or about
    said = _said("وقالت مصادر محلية إن المقاومة الشعبية استهدفت تعزيزات الحوثيين. وأضافت المصادر "
                 "أنه نتج عن الاستهداف سقوط قتلى في صفوف الحوثيين.")
    assert [s[0] for s in said] == ["مصادر محلية", "مصادر محلية"], said


def test_results_of_a_study_speak() -> None:
    said = _said("وأشارت نتائج دراسة حديثة إلى أن النهوض بالتعليم ضروري، بحسب الباحثين.")
    assert said and said[0][0] == "نتائج دراسة", said


def test_dropped_pronoun_after_a_persons_deed() -> None:
    # the sentence opened with another deed of a person named there: that person goes on,
    # not the one who spoke in an earlier sentence
    said = _said("وقال أوباما إن الاتفاق جيد. وابتسم كيسنجر وقال إن الوقت قد حان.")
    assert said[-1][0] == "كيسنجر", said


def test_witness_is_no_agency() -> None:
    said = _said("وقال شاهد لوكالة «رويترز» إن بقع الدماء كانت متناثرة.")
    assert said and said[0][0] == "شاهد", said
    said = _said("وأفاد مصور لفرانس برس أن هدم هذين المبنيين أدى إلى صدامات.")
    assert said and said[0][0] == "مصور", said


def test_aside_before_the_name() -> None:
    said = _said("وأكد بدوره الوزير عادل الجبير أن المملكة ثابتة.")
    assert said and said[0][0] == "عادل الجبير", said
    said = _said("وناشدت من جانبها الدكتورة سهيلة زين العابدين أعضاء مجلس الشورى بإقرار النظام.")
    assert said and said[0][0] == "سهيلة زين العابدين" and said[0][2].startswith("أعضاء"), said


def test_plural_noun_after_waw_takes_its_adjective() -> None:
    said = _said("وسقطت قذائف على البلدة، ومعلومات مؤكدة عن قتلى من قوات النظام.")
    assert said == [], said


def test_person_inside_a_relative_is_no_speaker() -> None:
    said = _said("ونشرت صحيفة الرياض تقريرا. وقالت الصحيفة التي يملكها رجل الأعمال محمد العلي إن "
                 "الحكومة ستستقيل.")
    assert said and said[-1][0] == "الرياض", said


def test_narrative_deed_ends_what_was_said() -> None:
    said = _said("وأكد الشيخ ابراهيم الحسيني أنهم كانوا على قدر من الأمانة والإخلاص، وتبادل الجميع "
                 "بعض الذكريات الجميلة.")
    assert said and said[0][2].endswith("والإخلاص"), said


def test_mithlama_inside_a_word_is_no_attribution() -> None:
    # "ومثلما كان …" (and just as …) is no "مثلما قال" cutting what was said
    said = _said("وقال الصيد إنه ومثلما كان الشباب القوة الطلائعية في بناء الجمهورية فإنه قادر "
                 "على البناء.")
    assert said and said[0][2].startswith("ومثلما كان"), said


def test_semicolon_before_what_was_said() -> None:
    # the sentence splitter ends a sentence at "؛"; the report goes on past it
    said = _said('من جانبه، قال ل"الاقتصادية" حميد العنزي؛ مصرفي سعودي، إن السعوديين هم أكثر '
                 "عملاء المصارف استفادة من القروض.")
    assert said and said[0][0] == "حميد العنزي" and said[0][2].startswith("السعوديين"), said


def test_long_title_before_that() -> None:
    said = _said("وذكر أحمد بهروزيان المدير التنفيذي لمؤسسة الترخيص في هيئة الطرق والمواصلات أن "
                 "حملات الفحص اليومي مستمرة.")
    assert said and said[0][0] == "أحمد بهروزيان", said
    said = _said("وذكرت صحيفة «الوطن» الصادرة بالفرنسية في موقعها الإلكتروني، أن عسكريين اثنين "
                 "أصيبا في تبادل إطلاق النار.")
    assert said and said[0][0] == "الوطن", said
