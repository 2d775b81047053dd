"""The texts of the term summary documents (PDF, .xlsx, .csv) in Kazakh, Russian and English.

Not Qt translations, for the reason wording.py gives: a document is written in the language
chosen for it, whatever the interface language. Every table key and row key of
models/term_summary.py has a label here in every language (tests check it); the row labels
follow the interface's words for the same codes (views/widgets/labels.py and its translations).
"""

from __future__ import annotations

from datetime import date

from ..models.term_summary import CURRENT, LAST_YEAR, PREVIOUS, Period, TermSummary
from . import wording

LANGUAGES = ("kk", "ru", "en")

# Fixed texts. {term} is 1-4, {year} "2025-2026", {start}/{end} dates, {period} a period's name.
TEXTS: dict[str, dict[str, str]] = {
    "ru": {
        "title_term": "Отчёт о работе педагога-психолога за {term} четверть {year} "
                      "учебного года",
        "title_year": "Отчёт о работе педагога-психолога за {year} учебный год",
        "title_range": "Отчёт о работе педагога-психолога за период с {start} по {end}",
        "term_name": "{term} четверть {year} уч. года",
        "year_name": "{year} учебный год",
        "dates": "{start} – {end}",
        "period_line": "Период: {dates}.",
        "compared_line": "Для сравнения: {previous}; {last_year}.",
        "compared_one": "Для сравнения: {previous}.",
        "compared_item": "{head} — {name}",
        "confidential": "Обобщённые данные, без персональных данных",
        "running_head": "Отчёт педагога-психолога, {dates}",
        "page": "{page} / {pages}",
        "sheet": "Отчёт",
        "table": "Таблица",
        "row": "Показатель",
        "total": "Всего",
        "footnote": "«<5» — от 1 до 4: точное число не указывается, чтобы по нему нельзя "
                    "было узнать ученика. «×» — число скрыто, чтобы «<5» нельзя было "
                    "вычислить из итога. Числа от 5 и больше округлены до кратного 5, чтобы "
                    "сравнением периодов или таблиц нельзя было найти малое число. Отчёт "
                    "содержит только количества, без имён и персональных данных.",
        "psychologist": "Педагог-психолог",
        "signature": "(подпись)",
        "full_name": "(ФИО)",
        "date": "Дата",
        "made_on": "Сформирован {date}",
        "as_of": "Данные по состоянию на {date}.",
        "running_term": "Четверть ещё не закончилась: данные неполные.",
        "running_period": "Период ещё не закончился: данные неполные.",
        "approve": "УТВЕРЖДАЮ",
        "director": "Директор",
        "approve_date": "«____» ______________ 20____ г.",
        "stamp": "М.П.",
        "outgoing": "Исх. № {number} от {date}",
    },
    "kk": {
        "title_term": "{year} оқу жылының {term}-тоқсанындағы педагог-психолог жұмысы "
                      "туралы есеп",
        "title_year": "{year} оқу жылындағы педагог-психолог жұмысы туралы есеп",
        "title_range": "{start} – {end} кезеңіндегі педагог-психолог жұмысы туралы есеп",
        "term_name": "{year} оқу жылының {term}-тоқсаны",
        "year_name": "{year} оқу жылы",
        "dates": "{start} – {end}",
        "period_line": "Кезең: {dates}.",
        "compared_line": "Салыстыру үшін: {previous}; {last_year}.",
        "compared_one": "Салыстыру үшін: {previous}.",
        "compared_item": "{head} — {name}",
        "confidential": "Жинақталған деректер, дербес деректерсіз",
        "running_head": "Педагог-психолог есебі, {dates}",
        "page": "{page} / {pages}",
        "sheet": "Есеп",
        "table": "Кесте",
        "row": "Көрсеткіш",
        "total": "Барлығы",
        "footnote": "«<5» — 1-ден 4-ке дейін: оқушыны тануға болмауы үшін нақты сан "
                    "көрсетілмейді. «×» — «<5» санын жиынтықтан есептеп шығаруға болмауы "
                    "үшін сан жасырылған. 5 және одан көп сандар 5-ке еселік санға дейін "
                    "дөңгелектенген: кезеңдерді не кестелерді салыстырып, кіші санды табуға "
                    "болмайды. Есепте тек сандар бар, аты-жөн мен дербес деректер жоқ.",
        "psychologist": "Педагог-психолог",
        "signature": "(қолы)",
        "full_name": "(аты-жөні)",
        "date": "Күні",
        "made_on": "Жасалған күні: {date}",
        "as_of": "Деректер {date} жағдай бойынша.",
        "running_term": "Тоқсан әлі аяқталған жоқ: деректер толық емес.",
        "running_period": "Кезең әлі аяқталған жоқ: деректер толық емес.",
        "approve": "БЕКІТЕМІН",
        "director": "Мектеп директоры",
        "approve_date": "20____ ж. «____» ______________",
        "stamp": "М.О.",
        "outgoing": "Шығыс № {number}, {date}",
    },
    "en": {
        "title_term": "Report on the school psychologist's work for term {term} of the "
                      "{year} school year",
        "title_year": "Report on the school psychologist's work for the {year} school year",
        "title_range": "Report on the school psychologist's work from {start} to {end}",
        "term_name": "term {term} of {year}",
        "year_name": "the {year} school year",
        "dates": "{start} – {end}",
        "period_line": "Period: {dates}.",
        "compared_line": "Compared with: {previous}; {last_year}.",
        "compared_one": "Compared with: {previous}.",
        "compared_item": "{head}: {name}",
        "confidential": "Counts only, no personal data",
        "running_head": "School psychologist's report, {dates}",
        "page": "{page} / {pages}",
        "sheet": "Report",
        "table": "Table",
        "row": "Item",
        "total": "Total",
        "footnote": "«<5»: 1 to 4; the exact number is not given so that no pupil can be "
                    "recognised by it. «×»: hidden so that a «<5» cannot be worked out from "
                    "the total. Counts of 5 and more are rounded to a multiple of 5, so that no two "
                    "periods or tables can be subtracted to find a small count. The report "
                    "holds counts only, no names and no personal data.",
        "psychologist": "School psychologist",
        "signature": "(signature)",
        "full_name": "(full name)",
        "date": "Date",
        "made_on": "Made on {date}",
        "as_of": "Figures as of {date}.",
        "running_term": "The quarter is still running: the figures are not final.",
        "running_period": "The period is still running: the figures are not final.",
        "approve": "APPROVED",
        "director": "Head of school",
        "approve_date": "Date: ______________",
        "stamp": "Seal",
        "outgoing": "Ref. No. {number} of {date}",
    },
}

# Column heads: (this, previous, a year earlier), long for tables and files, short for the
# narrow columns of the PDF's breakdowns.
HEADS: dict[str, dict[str, tuple[str, str, str]]] = {
    "ru": {
        "term": ("Эта четверть", "Предыдущая четверть", "Та же четверть прошлого года"),
        "year": ("Этот учебный год", "Предыдущий учебный год", "Год назад"),
        "range": ("Этот период", "Предыдущий период", "Год назад"),
        "term_short": ("Эта четв.", "Пред. четв.", "Год назад"),
        "year_short": ("Этот год", "Пред. год", "Год назад"),
        "range_short": ("Этот период", "Пред. период", "Год назад"),
    },
    "kk": {
        "term": ("Осы тоқсан", "Алдыңғы тоқсан", "Өткен жылғы осы тоқсан"),
        "year": ("Осы оқу жылы", "Алдыңғы оқу жылы", "Бір жыл бұрын"),
        "range": ("Осы кезең", "Алдыңғы кезең", "Бір жыл бұрын"),
        "term_short": ("Осы тоқсан", "Алдыңғы тоқсан", "Өткен жыл"),
        "year_short": ("Осы жыл", "Алдыңғы жыл", "Бір жыл бұрын"),
        "range_short": ("Осы кезең", "Алдыңғы кезең", "Бір жыл бұрын"),
    },
    "en": {
        "term": ("This term", "Previous term", "Same term last year"),
        "year": ("This year", "Previous year", "A year earlier"),
        "range": ("This period", "The period before", "A year earlier"),
        "term_short": ("This term", "Previous term", "Last year"),
        "year_short": ("This year", "Previous year", "A year earlier"),
        "range_short": ("This period", "Period before", "A year earlier"),
    },
}

TABLE_TITLES: dict[str, dict[str, str]] = {
    "ru": {
        "headline": "Основные показатели",
        "sessions_by_kind": "Консультации и занятия по видам",
        "sessions_by_initiator": "Консультации по инициатору",
        "incidents_by_form": "Инциденты буллинга по формам (у инцидента может быть "
                             "несколько форм)",
        "incidents_by_severity": "Инциденты буллинга по степени тяжести",
        "incidents_by_place": "Инциденты буллинга по месту",
        "incidents_by_grade": "Инциденты буллинга по классам (параллелям)",
        "concerns_by_source": "Обращения по источнику",
        "concerns_by_answer": "Обращения: письменный ответ",
        "cases_by_stage": "Случаи (ДосболLIKE) по этапу на конец периода",
        "referrals_by_destination": "Направления по организациям",
        "referrals_by_status": "Направления: состояние сейчас",
        "activities_by_programme": "Профилактические мероприятия по программам",
        "participants_by_programme": "Участники мероприятий по программам",
        "accompanied_by_ground": "Ученики на педагогическом сопровождении на конец "
                                 "периода: по основаниям (у ученика может быть несколько)",
        "accompanied_by_grade": "Ученики на педагогическом сопровождении на конец периода: "
                                "по классам",
        "sessions_by_part": "Консультации и занятия по четвертям, каникулам и лету",
        "incidents_by_part": "Инциденты буллинга по четвертям, каникулам и лету",
        "concerns_by_part": "Обращения по четвертям, каникулам и лету",
        "referrals_by_part": "Направления по четвертям, каникулам и лету",
    },
    "kk": {
        "headline": "Негізгі көрсеткіштер",
        "sessions_by_kind": "Кеңестер мен сабақтар түрлері бойынша",
        "sessions_by_initiator": "Кеңестер бастамашысы бойынша",
        "incidents_by_form": "Буллинг оқиғалары түрлері бойынша (бір оқиғада бірнеше түрі "
                             "болуы мүмкін)",
        "incidents_by_severity": "Буллинг оқиғалары ауырлық дәрежесі бойынша",
        "incidents_by_place": "Буллинг оқиғалары орны бойынша",
        "incidents_by_grade": "Буллинг оқиғалары сыныптар (параллельдер) бойынша",
        "concerns_by_source": "Өтініштер көзі бойынша",
        "concerns_by_answer": "Өтініштер: жазбаша жауап",
        "cases_by_stage": "Жағдайлар (ДосболLIKE) кезең соңындағы сатысы бойынша",
        "referrals_by_destination": "Жолдамалар ұйымдар бойынша",
        "referrals_by_status": "Жолдамалар: қазіргі күйі",
        "activities_by_programme": "Профилактикалық іс-шаралар бағдарламалар бойынша",
        "participants_by_programme": "Іс-шараларға қатысушылар бағдарламалар бойынша",
        "accompanied_by_ground": "Кезең соңында педагогикалық сүйемелдеудегі оқушылар: "
                                 "негіздері бойынша (оқушыда бірнеше негіз болуы мүмкін)",
        "accompanied_by_grade": "Кезең соңында педагогикалық сүйемелдеудегі оқушылар: "
                                "сыныптар бойынша",
        "sessions_by_part": "Кеңестер мен сабақтар тоқсандар, каникулдар мен жаз бойынша",
        "incidents_by_part": "Буллинг оқиғалары тоқсандар, каникулдар мен жаз бойынша",
        "concerns_by_part": "Өтініштер тоқсандар, каникулдар мен жаз бойынша",
        "referrals_by_part": "Жолдамалар тоқсандар, каникулдар мен жаз бойынша",
    },
    "en": {
        "headline": "Key figures",
        "sessions_by_kind": "Sessions by kind",
        "sessions_by_initiator": "Sessions by who asked for them",
        "incidents_by_form": "Bullying incidents by form (an incident may have several)",
        "incidents_by_severity": "Bullying incidents by severity",
        "incidents_by_place": "Bullying incidents by place",
        "incidents_by_grade": "Bullying incidents by grade",
        "concerns_by_source": "Concerns by source",
        "concerns_by_answer": "Concerns: the written answer",
        "cases_by_stage": "Cases (ДосболLIKE) by stage at the end of the period",
        "referrals_by_destination": "Referrals by organisation",
        "referrals_by_status": "Referrals: where they are now",
        "activities_by_programme": "Preventive activities by programme",
        "participants_by_programme": "Participants in activities by programme",
        "accompanied_by_ground": "Pupils accompanied at the end of the period, by ground "
                                 "(a pupil may have several)",
        "accompanied_by_grade": "Pupils accompanied at the end of the period, by grade",
        "sessions_by_part": "Sessions by quarter, break and summer",
        "incidents_by_part": "Bullying incidents by quarter, break and summer",
        "concerns_by_part": "Concerns by quarter, break and summer",
        "referrals_by_part": "Referrals by quarter, break and summer",
    },
}

# The charts' titles: short, for the narrow space above each chart.
CHART_TITLES: dict[str, dict[str, str]] = {
    "ru": {"incidents_by_form": "Инциденты буллинга по формам",
           "sessions_by_kind": "Консультации и занятия по видам",
           "activities_by_programme": "Профилактические мероприятия"},
    "kk": {"incidents_by_form": "Буллинг оқиғалары түрлері бойынша",
           "sessions_by_kind": "Кеңестер мен сабақтар түрлері бойынша",
           "activities_by_programme": "Профилактикалық іс-шаралар"},
    "en": {"incidents_by_form": "Bullying incidents by form",
           "sessions_by_kind": "Sessions by kind",
           "activities_by_programme": "Preventive activities"},
}

# The labels of the rows, by the kind of code; a table's rows are of one kind (_GROUP).
ROW_LABELS: dict[str, dict[str, dict[str, str]]] = {
    "ru": {
        "headline": {
            "pupils_served": "Учеников получили консультации",
            "sessions_held": "Проведено консультаций и занятий",
            "incidents": "Зарегистрировано инцидентов буллинга",
            "concerns_received": "Поступило обращений",
            "concerns_answered_on_time": "Обращений с ответом в срок",
            "concerns_overdue": "Обращений с ответом не в срок",
            "cases_opened": "Открыто случаев (ДосболLIKE)",
            "cases_closed": "Закрыто случаев (ДосболLIKE)",
            "referrals_sent": "Отправлено направлений",
            "activities": "Проведено профилактических мероприятий",
            "activity_participants": "Участников мероприятий",
            "accompanied": "На сопровождении (конец периода)",
            "accompaniments_started": "Начато сопровождений",
            "accompaniments_ended": "Завершено сопровождений",
            "accompaniment_reviews_overdue": "Рассмотрение просрочено",
        },
        "session_kind": {
            "individual": "Индивидуальная консультация", "group": "Групповое занятие",
            "parent": "Консультация родителя", "teacher": "Консультация педагога",
            "diagnostic": "Диагностика", "correctional": "Коррекционно-развивающее занятие",
            "crisis": "Кризисное вмешательство",
        },
        "initiator": {
            "pupil": "Ученик", "parent": "Родитель", "teacher": "Педагог",
            "administration": "Администрация школы", "psychologist": "Психолог",
            "line_111": "Единый контакт-центр 111",
            "support_centre": "Центр психологической поддержки", "police": "Полиция",
        },
        "form": {
            "physical": "Физический", "verbal": "Вербальный",
            "social": "Социальный (изоляция, слухи)", "cyber": "Кибербуллинг",
            "sexual": "Сексуальные домогательства", "property": "Имущественный (порча, кража)",
            "extortion": "Вымогательство", "threats": "Угрозы",
        },
        "severity": {"1": "1 — низкая", "2": "2 — средняя", "3": "3 — серьёзная",
                     "4": "4 — критическая"},
        "place": {
            "classroom": "Класс", "corridor": "Коридор", "canteen": "Столовая",
            "toilets": "Туалет", "sports_ground": "Спортивная площадка",
            "school_bus": "Школьный автобус", "online": "Онлайн", "outside_school": "Вне школы",
        },
        "grade": {str(g): f"{g} класс" for g in range(13)},
        "ground": {
            "learning": "Трудности в обучении",
            "absences": "Пропуски занятий без уважительной причины",
            "antisocial": "Антиобщественное поведение", "offence": "Правонарушение",
            "violence": "Пережитое насилие", "bullying": "Пережитый буллинг",
            "life_situation": "Трудная жизненная ситуация", "other": "Другие основания",
        },
        "concern_source": {
            "parent": "Родитель", "pupil": "Ученик", "teacher": "Педагог",
            "line_111": "Единый контакт-центр 111",
            "support_centre": "Центр психологической поддержки", "anonymous": "Анонимно",
        },
        "answer": {"on_time": "Ответ дан в срок", "late": "Ответ дан с опозданием",
                   "overdue": "Ответа нет, срок истёк", "in_time": "Ответа нет, срок не истёк"},
        "case_stage": {"complaint": "Жалоба", "analysis": "Анализ", "help_plan": "План помощи",
                       "monitoring": "Мониторинг", "closed": "Закрыт"},
        "organisation_kind": {
            "support_centre": "Центр психологической поддержки (ЦПП)", "pmpk": "ПМПК",
            "juvenile_police": "Инспектор по делам несовершеннолетних",
            "kdn": "Комиссия по делам несовершеннолетних и защите их прав (КДНиЗП)",
            "health": "Организация здравоохранения", "other": "Другая организация",
        },
        "referral_status": {"sent": "Отправлено", "acknowledged": "Получение подтверждено",
                            "feedback": "Получен ответ", "closed": "Закрыто"},
        "part": {
            "before": "До начала 1 четверти", "q1": "1 четверть", "break1": "Осенние каникулы",
            "q2": "2 четверть", "break2": "Зимние каникулы", "q3": "3 четверть",
            "break3": "Весенние каникулы", "q4": "4 четверть",
            "summer": "Летние каникулы (до 31 августа)",
            "unknown": "Весь год (нет в календаре)",
        },
        "programme": {
            "personal_safety": "«Личная безопасность»", "dosbol_like": "ДосболLIKE",
            "teacher_training": "Тренинги и семинары для педагогов",
            "parent_meeting": "Встречи с родителями (всеобуч)", "class_hour": "Классный час",
            "other": "Другое",
        },
    },
    "kk": {
        "headline": {
            "pupils_served": "Кеңес алған оқушылар",
            "sessions_held": "Өткізілген кеңестер мен сабақтар",
            "incidents": "Тіркелген буллинг оқиғалары",
            "concerns_received": "Түскен өтініштер",
            "concerns_answered_on_time": "Мерзімінде жауап берілген өтініштер",
            "concerns_overdue": "Жауабы мерзімінде берілмеген өтініштер",
            "cases_opened": "Ашылған жағдайлар (ДосболLIKE)",
            "cases_closed": "Жабылған жағдайлар (ДосболLIKE)",
            "referrals_sent": "Жіберілген жолдамалар",
            "activities": "Өткізілген профилактикалық іс-шаралар",
            "activity_participants": "Іс-шараларға қатысушылар",
            "accompanied": "Сүйемелдеуде (кезең соңы)",
            "accompaniments_started": "Басталған сүйемелдеу",
            "accompaniments_ended": "Аяқталған сүйемелдеу",
            "accompaniment_reviews_overdue": "Қарауы кешіккен",
        },
        "session_kind": {
            "individual": "Жеке кеңес", "group": "Топтық сабақ", "parent": "Ата-анаға кеңес",
            "teacher": "Педагогке кеңес", "diagnostic": "Диагностика",
            "correctional": "Түзету-дамыту сабағы", "crisis": "Дағдарыстық араласу",
        },
        "initiator": {
            "pupil": "Оқушы", "parent": "Ата-ана", "teacher": "Педагог",
            "administration": "Мектеп әкімшілігі", "psychologist": "Психолог",
            "line_111": "111 бірыңғай байланыс орталығы",
            "support_centre": "Психологиялық қолдау орталығы", "police": "Полиция",
        },
        "form": {
            "physical": "Физикалық", "verbal": "Сөзбен", "social": "Әлеуметтік (оқшаулау, өсек)",
            "cyber": "Кибербуллинг", "sexual": "Жыныстық қудалау",
            "property": "Мүліктік (бүлдіру, ұрлық)", "extortion": "Қорқытып алу",
            "threats": "Қорқыту",
        },
        "severity": {"1": "1 — төмен", "2": "2 — орташа", "3": "3 — елеулі",
                     "4": "4 — аса қауіпті"},
        "place": {
            "classroom": "Сынып бөлмесі", "corridor": "Дәліз", "canteen": "Асхана",
            "toilets": "Дәретхана", "sports_ground": "Спорт алаңы",
            "school_bus": "Мектеп автобусы", "online": "Онлайн",
            "outside_school": "Мектептен тыс",
        },
        "grade": {str(g): f"{g} сынып" for g in range(13)},
        "ground": {
            "learning": "Оқудағы қиындықтар",
            "absences": "Сабаққа дәлелсіз себеппен қатыспау",
            "antisocial": "Қоғамға жат мінез-құлық", "offence": "Құқық бұзушылық",
            "violence": "Зорлық-зомбылыққа ұшырау", "bullying": "Буллингке ұшырау",
            "life_situation": "Қиын өмірлік жағдай", "other": "Басқа негіздер",
        },
        "concern_source": {
            "parent": "Ата-ана", "pupil": "Оқушы", "teacher": "Педагог",
            "line_111": "111 бірыңғай байланыс орталығы",
            "support_centre": "Психологиялық қолдау орталығы", "anonymous": "Жасырын",
        },
        "answer": {"on_time": "Жауап мерзімінде берілді", "late": "Жауап кешігіп берілді",
                   "overdue": "Жауап жоқ, мерзімі өтті", "in_time": "Жауап жоқ, мерзімі өтпеді"},
        "case_stage": {"complaint": "Шағым", "analysis": "Талдау", "help_plan": "Көмек жоспары",
                       "monitoring": "Мониторинг", "closed": "Жабылды"},
        "organisation_kind": {
            "support_centre": "Психологиялық қолдау орталығы (ПҚО)", "pmpk": "ПМПК",
            "juvenile_police": "Кәмелетке толмағандардың істері жөніндегі инспектор",
            "kdn": "Кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі "
                   "комиссия",
            "health": "Денсаулық сақтау ұйымы", "other": "Басқа ұйым",
        },
        "referral_status": {"sent": "Жіберілді", "acknowledged": "Алынғаны расталды",
                            "feedback": "Жауап алынды", "closed": "Жабылды"},
        "part": {
            "before": "1-тоқсан басталғанға дейін", "q1": "1-тоқсан", "break1": "Күзгі каникул",
            "q2": "2-тоқсан", "break2": "Қысқы каникул", "q3": "3-тоқсан",
            "break3": "Көктемгі каникул", "q4": "4-тоқсан",
            "summer": "Жазғы каникул (31 тамызға дейін)",
            "unknown": "Бүкіл жыл (күнтізбеде жоқ)",
        },
        "programme": {
            "personal_safety": "«Жеке қауіпсіздік»", "dosbol_like": "ДосболLIKE",
            "teacher_training": "Педагогтерге тренингтер мен семинарлар",
            "parent_meeting": "Ата-аналармен кездесулер", "class_hour": "Сынып сағаты",
            "other": "Басқа",
        },
    },
    "en": {
        "headline": {
            "pupils_served": "Pupils counselled",
            "sessions_held": "Sessions held",
            "incidents": "Bullying incidents recorded",
            "concerns_received": "Concerns received",
            "concerns_answered_on_time": "Concerns answered on time",
            "concerns_overdue": "Concerns not answered on time",
            "cases_opened": "Cases opened (ДосболLIKE)",
            "cases_closed": "Cases closed (ДосболLIKE)",
            "referrals_sent": "Referrals sent",
            "activities": "Preventive activities held",
            "activity_participants": "Activity participants",
            "accompanied": "Accompanied (end of period)",
            "accompaniments_started": "Accompaniments started",
            "accompaniments_ended": "Accompaniments ended",
            "accompaniment_reviews_overdue": "Accompaniment reviews overdue",
        },
        "session_kind": {
            "individual": "Individual consultation", "group": "Group session",
            "parent": "Parent consultation", "teacher": "Teacher consultation",
            "diagnostic": "Diagnostics", "correctional": "Correctional-developmental session",
            "crisis": "Crisis intervention",
        },
        "initiator": {
            "pupil": "Pupil", "parent": "Parent", "teacher": "Teacher",
            "administration": "School administration", "psychologist": "Psychologist",
            "line_111": "111 contact centre", "support_centre": "Psychological support centre",
            "police": "Police",
        },
        "form": {
            "physical": "Physical", "verbal": "Verbal", "social": "Social (exclusion, rumours)",
            "cyber": "Cyberbullying", "sexual": "Sexual harassment",
            "property": "Property (damage, theft)", "extortion": "Extortion",
            "threats": "Threats",
        },
        "severity": {"1": "1 — low", "2": "2 — moderate", "3": "3 — serious",
                     "4": "4 — critical"},
        "place": {
            "classroom": "Classroom", "corridor": "Corridor", "canteen": "Canteen",
            "toilets": "Toilets", "sports_ground": "Sports ground", "school_bus": "School bus",
            "online": "Online", "outside_school": "Outside school",
        },
        "grade": {str(g): f"Grade {g}" for g in range(13)},
        "ground": {
            "learning": "Learning difficulties", "absences": "Unexcused absences",
            "antisocial": "Antisocial behaviour", "offence": "An offence",
            "violence": "Experience of violence", "bullying": "Experience of bullying",
            "life_situation": "A difficult life situation", "other": "Other grounds",
        },
        "concern_source": {
            "parent": "Parent", "pupil": "Pupil", "teacher": "Teacher",
            "line_111": "111 contact centre", "support_centre": "Psychological support centre",
            "anonymous": "Anonymous",
        },
        "answer": {"on_time": "Answered on time", "late": "Answered late",
                   "overdue": "No answer, deadline passed",
                   "in_time": "No answer yet, within the deadline"},
        "case_stage": {"complaint": "Complaint", "analysis": "Analysis",
                       "help_plan": "Help plan", "monitoring": "Monitoring", "closed": "Closed"},
        "organisation_kind": {
            "support_centre": "Psychological support centre (ЦПП)", "pmpk": "ПМПК",
            "juvenile_police": "Juvenile police inspector",
            "kdn": "Commission on minors' affairs and the protection of their rights (КДНиЗП)",
            "health": "Health organisation",
            "other": "Other organisation",
        },
        "referral_status": {"sent": "Sent", "acknowledged": "Acknowledged",
                            "feedback": "Feedback received", "closed": "Closed"},
        "part": {
            "before": "Before quarter 1", "q1": "Quarter 1", "break1": "Autumn break",
            "q2": "Quarter 2", "break2": "Winter break", "q3": "Quarter 3",
            "break3": "Spring break", "q4": "Quarter 4", "summer": "Summer (to 31 August)",
            "unknown": "Whole year (not in the calendar)",
        },
        "programme": {
            "personal_safety": "“Personal safety”", "dosbol_like": "ДосболLIKE",
            "teacher_training": "Trainings and seminars for teachers",
            "parent_meeting": "Meetings with parents", "class_hour": "Class hour",
            "other": "Other",
        },
    },
}

# Which kind of code each table's rows are.
_GROUP = {
    "headline": "headline",
    "sessions_by_kind": "session_kind",
    "sessions_by_initiator": "initiator",
    "incidents_by_form": "form",
    "incidents_by_severity": "severity",
    "incidents_by_place": "place",
    "incidents_by_grade": "grade",
    "concerns_by_source": "concern_source",
    "concerns_by_answer": "answer",
    "cases_by_stage": "case_stage",
    "referrals_by_destination": "organisation_kind",
    "referrals_by_status": "referral_status",
    "activities_by_programme": "programme",
    "participants_by_programme": "programme",
    "accompanied_by_ground": "ground",
    "accompanied_by_grade": "grade",
    "sessions_by_part": "part",
    "incidents_by_part": "part",
    "concerns_by_part": "part",
    "referrals_by_part": "part",
}


def texts(language: str) -> dict[str, str]:
    """The fixed texts of a summary document in `language` ("kk", "ru" or "en")."""
    try:
        return TEXTS[language]
    except KeyError:
        raise ValueError(f"no summary wording for language {language!r}") from None


def date_text(value: date | None, language: str) -> str:
    """A date the official numeric way (wording.date_text), which English shares."""
    texts(language)
    return wording.date_text(value, "ru")


def table_title(key: str, language: str) -> str:
    return TABLE_TITLES[language].get(key, key)


def chart_title(key: str, language: str) -> str:
    return CHART_TITLES[language].get(key) or table_title(key, language)


def row_label(table_key: str, row_key: str, language: str) -> str:
    """A row's label; the code itself for a code this version does not know."""
    group = ROW_LABELS[language].get(_GROUP.get(table_key, ""), {})
    return group.get(row_key, row_key)


def _kind(period: Period) -> str:
    return "term" if period.is_term else "year" if period.is_year else "range"


def column_heads(current: Period, language: str, short: bool = False) -> tuple[str, str, str]:
    """The heads of the (this, previous, a year earlier) columns for the current period."""
    texts(language)
    return HEADS[language][_kind(current) + ("_short" if short else "")]


def dates(period: Period, language: str) -> str:
    return texts(language)["dates"].format(start=date_text(period.starts_on, language),
                                           end=date_text(period.ends_on, language))


def period_name(period: Period, language: str) -> str:
    """«2 четверть 2025-2026 уч. года (03.11.2025 – 28.12.2025)»; a range as its dates."""
    t = texts(language)
    span = dates(period, language)
    if period.is_term:
        return f"{t['term_name'].format(term=period.term, year=period.year)} ({span})"
    if period.is_year:
        return f"{t['year_name'].format(year=period.year)} ({span})"
    return span


def report_title(period: Period, language: str) -> str:
    t = texts(language)
    if period.is_term:
        return t["title_term"].format(term=period.term, year=period.year)
    if period.is_year:
        return t["title_year"].format(year=period.year)
    return t["title_range"].format(start=date_text(period.starts_on, language),
                                   end=date_text(period.ends_on, language))


def shown_columns(summary: TermSummary) -> tuple[int, ...]:
    """The columns worth showing: the year before a school year is both its previous period
    and the same period a year earlier, so that column is shown once."""
    periods = summary.periods
    if periods[PREVIOUS] == periods[LAST_YEAR]:
        return CURRENT, PREVIOUS
    return CURRENT, PREVIOUS, LAST_YEAR


def compared_line(summary: TermSummary, language: str) -> str:
    """What the other columns are: «Для сравнения: предыдущая четверть — …; …»."""
    t = texts(language)
    heads = column_heads(summary.periods[CURRENT], language)
    items = [t["compared_item"].format(head=heads[c].lower(),
                                       name=period_name(summary.periods[c], language))
             for c in shown_columns(summary)[1:]]
    if len(items) == 1:
        return t["compared_one"].format(previous=items[0])
    return t["compared_line"].format(previous=items[0], last_year=items[1])


def status_lines(summary: TermSummary, language: str) -> list[str]:
    """«Данные по состоянию на 20.11.2026.» for a period that reaches today, and, while it
    runs, that its figures are not final."""
    t = texts(language)
    lines = []
    if summary.as_of is not None:
        lines.append(t["as_of"].format(date=date_text(summary.as_of, language)))
    if summary.running:
        lines.append(t["running_term" if summary.periods[CURRENT].is_term
                       else "running_period"])
    return lines

