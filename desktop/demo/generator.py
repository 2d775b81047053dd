"""Invented demo data: a school, pupils with guardians, sessions, observations, follow-ups.

Everything here is made up. Names are common Kazakh and Russian names combined at random,
IINs are computed (valid check digit, matching birth date and sex), phone numbers are random.

Same seed, same clock and same starting database give the same data: every random choice
comes from one `random.Random`, ids included, and every time is derived from `ctx`.
Rows go in with bulk Core inserts in one transaction, so 2,000 pupils and 100,000 records
take seconds, not minutes. No Qt here.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, select

from ..db import Database
from ..models import (
    AcademicYear,
    Accompaniment,
    AccompanimentReview,
    CouncilAttendance,
    CouncilItem,
    CouncilMeeting,
    CouncilMember,
    BullyingCase,
    CasePupil,
    CaseStageEntry,
    Concern,
    ConcernPupil,
    ConcernResponse,
    CounsellingSession,
    FollowUp,
    Guardian,
    HolidayCorrection,
    HolidayYear,
    Observation,
    ObservationForm,
    ObservationPupil,
    Organisation,
    PreventiveActivity,
    Pupil,
    Referral,
    ReferralAmendment,
    School,
    SchoolBreak,
    SessionPupil,
    Term,
    WarningSettings,
)
from ..models.enums import (
    KINDS_NEEDING_CONSENT,
    BullyingForm,
    ConsentStatus,
    GuardianRelation,
    Initiator,
    ObservationStatus,
    Place,
    Reporter,
    Role,
    SessionKind,
    SessionStatus,
    Sex,
    StudyLanguage,
)
from ..models.holidays import Correction, HolidayCalendar
from ..models.iin import make_iin
from ..models.school_class import MAX_GRADE
from ..models.school_calendar import YearInput, check_year
from ..models.school_year import school_year, school_year_start
from ..models.text import full_name, search_form
from ..services.context import Context
from .cases import CasesAndConcerns
from .common import DEPUTY, SCHOOL, SOCIAL_PEDAGOGUE, quarters, school_days, utc
from .council import DemoCouncil
from .prevention import DemoPrevention
from .referrals import PLAN, DemoReferrals

_BATCH = 5000
_LAST_GRADE = 11  # the demo's pupils finish school in grade 11 (MAX_GRADE allows a 12th)
_MALE, _FEMALE = Sex.MALE.value, Sex.FEMALE.value


@dataclass(frozen=True)
class DemoSummary:
    pupils: int = 0
    sessions: int = 0
    observations: int = 0
    follow_ups: int = 0
    concerns: int = 0
    cases: int = 0
    referrals: int = 0
    preventive_activities: int = 0
    accompaniments: int = 0  # pupils accompanied by the prevention council's decision

    @property
    def records(self) -> int:
        return self.sessions + self.observations


# --- names ---------------------------------------------------------------------------------
# Male surname forms; the female form adds "а" (Нұрланов / Нұрланова, Ильин / Ильина).

KK_SURNAMES = (
    "Нұрланов", "Сәрсенбаев", "Қасымов", "Әбдірахманов", "Жұмабаев", "Төлегенов",
    "Құдайбергенов", "Серікбаев", "Бекмұхамбетов", "Оспанов", "Ахметов", "Мұратов", "Сейітов",
    "Әлімжанов", "Ержанов", "Қуанышев", "Темірбаев", "Үсенов", "Байжанов", "Омаров",
    "Сүлейменов", "Рахымжанов", "Әбілов", "Дүйсенов", "Қалиев", "Мақсұтов", "Тоқтаров",
    "Ғабдуллин", "Шәріпов", "Ысқақов", "Өтепов", "Тұрсынов", "Жанұзақов", "Бейсенов",
    "Кенжебеков", "Мәмбетов", "Сағындықов", "Нұрмағамбетов", "Қожахметов", "Есенов",
    "Әмірханов", "Ізбасаров", "Ілиясов", "Қайыров", "Смағұлов", "Дәулетов", "Жетпісбаев",
    "Әлібеков", "Көшербаев", "Мұқанов", "Сыздықов", "Шаһмұратов", "Тәжібаев", "Бақытжанов",
)
RU_SURNAMES = (
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков",
    "Морозов", "Петров", "Волков", "Соловьёв", "Васильев", "Зайцев", "Павлов", "Семёнов",
    "Голубев", "Виноградов", "Богданов", "Воробьёв", "Фёдоров", "Михайлов", "Беляев",
    "Тарасов", "Белов", "Комаров", "Орлов", "Киселёв", "Макаров", "Андреев", "Ковалёв",
    "Ильин", "Гусев", "Титов", "Кузьмин", "Баранов", "Куликов", "Алексеев", "Степанов",
    "Яковлев", "Сорокин", "Сергеев", "Романов", "Захаров", "Борисов", "Королёв",
    "Никитин", "Поляков", "Данилов", "Жуков", "Фролов", "Николаев", "Крылов", "Максимов",
    "Осипов", "Егоров", "Матвеев", "Исмаилов", "Масимов", "Хасанов", "Юсупов", "Гарипов",
)
# The same for both sexes.
RU_SURNAMES_INVARIANT = ("Ким", "Пак", "Цой", "Тен", "Ли", "Шевченко", "Бондаренко")

KK_BOYS = (
    "Нұрсұлтан", "Әлихан", "Ерасыл", "Ақжол", "Дәулет", "Бауыржан", "Ернұр", "Қуаныш",
    "Мұхаммед", "Нұрислам", "Айбек", "Санжар", "Темірлан", "Әділет", "Ерқанат", "Жәнібек",
    "Ілияс", "Рахат", "Алихан", "Мейіржан", "Нұрдәулет", "Ғалым", "Дастан", "Рауан",
    "Бекзат", "Азамат", "Асылжан", "Еламан", "Өркен", "Арсен", "Аян", "Ұлан", "Абылай",
)
KK_GIRLS = (
    "Айгерім", "Әсел", "Ақбота", "Аружан", "Әйгерім", "Дана", "Жансая", "Інжу", "Мөлдір",
    "Томирис", "Ұлжан", "Гүлназ", "Назерке", "Нұрай", "Айзере", "Балнұр", "Дильназ",
    "Көркем", "Ғалия", "Жұлдыз", "Сезім", "Аяулым", "Аида", "Меруерт", "Қарақат", "Ақнұр",
    "Зәһра", "Әмина", "Үміт", "Перизат",
)
# Fathers' names give the patronymic: Серік -> Серікұлы / Серікқызы.
KK_FATHERS = (
    "Нұрлан", "Серік", "Ерлан", "Бауыржан", "Қайрат", "Талғат", "Асқар", "Мұрат", "Ержан",
    "Болат", "Дәулет", "Ғалымжан", "Марат", "Жандос", "Қанат", "Өмірзақ", "Әділ", "Бақыт",
    "Нұржан", "Ерболат", "Сәкен", "Құдайберген", "Тимур", "Ғани", "Жасұлан", "Мақсат",
)
KK_WOMEN = (
    "Гүлнар", "Сәуле", "Ләззат", "Жанар", "Динара", "Айгүл", "Гүлмира", "Салтанат", "Әлия",
    "Шынар", "Ақмарал", "Мәдина", "Жібек", "Гүлшат", "Роза", "Бибігүл", "Күләш", "Зәуре",
)
RU_BOYS = (
    "Александр", "Максим", "Артём", "Михаил", "Даниил", "Иван", "Дмитрий", "Кирилл",
    "Андрей", "Егор", "Никита", "Илья", "Алексей", "Матвей", "Тимофей", "Роман",
    "Владимир", "Ярослав", "Фёдор", "Георгий", "Константин", "Лев", "Марк", "Арсений",
)
RU_GIRLS = (
    "Анастасия", "Мария", "Анна", "Виктория", "Екатерина", "Наталья", "Дарья", "Алина",
    "Полина", "Елизавета", "Софья", "Ксения", "Валерия", "Вероника", "Арина", "Алёна",
    "Ульяна", "Кристина", "Милана", "Варвара", "Ева", "Яна",
)
# (father's name, son's patronymic, daughter's patronymic)
RU_FATHERS = (
    ("Сергей", "Сергеевич", "Сергеевна"), ("Андрей", "Андреевич", "Андреевна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"), ("Алексей", "Алексеевич", "Алексеевна"),
    ("Иван", "Иванович", "Ивановна"), ("Александр", "Александрович", "Александровна"),
    ("Владимир", "Владимирович", "Владимировна"), ("Николай", "Николаевич", "Николаевна"),
    ("Михаил", "Михайлович", "Михайловна"), ("Евгений", "Евгеньевич", "Евгеньевна"),
    ("Игорь", "Игоревич", "Игоревна"), ("Олег", "Олегович", "Олеговна"),
    ("Виктор", "Викторович", "Викторовна"), ("Павел", "Павлович", "Павловна"),
    ("Максим", "Максимович", "Максимовна"), ("Роман", "Романович", "Романовна"),
    ("Денис", "Денисович", "Денисовна"), ("Юрий", "Юрьевич", "Юрьевна"),
    ("Артём", "Артёмович", "Артёмовна"), ("Константин", "Константинович", "Константиновна"),
)
RU_WOMEN = (
    "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Юлия", "Марина",
    "Оксана", "Людмила", "Галина", "Надежда", "Вера", "Любовь", "Евгения",
)
PHONE_PREFIXES = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")


# --- texts by kind, Russian and Kazakh -------------------------------------------------------

REASONS = {
    "individual": (
        ("Жалобы на конфликты с одноклассниками", "Тревожность перед СОР и СОЧ",
         "Снижение успеваемости, пропуски уроков", "Обращение ученика: чувствует себя одиноким в классе",
         "Адаптация после перевода из другой школы", "Повторяющиеся насмешки в классе, просит помощи",
         "Трудности в общении со сверстниками", "Эмоциональная нестабильность, частые слёзы на уроках",
         "Конфликт с учителем", "Тяжело переживает развод родителей", "Страх отвечать у доски",
         "Агрессивное поведение на переменах", "Подготовка к ЕНТ: стресс, нарушения сна",
         "Профориентация: выбор профиля обучения"),
        ("Сыныптастарымен жанжал туралы шағым", "БЖБ және ТЖБ алдындағы мазасыздық",
         "Үлгерімнің төмендеуі, сабақ босатуы", "Оқушының өтініші: сыныпта өзін жалғыз сезінеді",
         "Басқа мектептен ауысқаннан кейінгі бейімделу", "Сыныпта қайталанатын келеке, көмек сұрайды",
         "Құрдастарымен қарым-қатынастағы қиындықтар", "Эмоциялық тұрақсыздық, сабақта жиі жылайды",
         "Мұғаліммен келіспеушілік", "Ата-анасының ажырасуын ауыр қабылдайды",
         "Тақтаға шығудан қорқады", "Үзілісте агрессивті мінез-құлық",
         "ҰБТ-ға дайындық: күйзеліс, ұйқының бұзылуы", "Кәсіптік бағдар: бейін таңдау"),
    ),
    "group": (
        ("Профилактическое занятие ДосболLIKE «Стоп буллинг»", "Тренинг на сплочение классного коллектива",
         "Занятие «Личная безопасность»", "Тренинг «Умею сказать нет»",
         "Занятие по профилактике кибербуллинга", "Тренинг снижения экзаменационной тревожности",
         "Адаптационное занятие для первоклассников", "Адаптация пятиклассников к среднему звену",
         "Тренинг «Разрешение конфликтов без насилия»"),
        ("ДосболLIKE алдын алу сабағы «Буллингке тосқауыл»", "Сынып ұжымын топтастыру тренингі",
         "«Жеке қауіпсіздік» сабағы", "«Жоқ деп айта аламын» тренингі",
         "Кибербуллингтің алдын алу сабағы", "Емтихан алдындағы мазасыздықты төмендету тренингі",
         "Бірінші сынып оқушыларының бейімделу сабағы", "5-сынып оқушыларының орта буынға бейімделуі",
         "«Жанжалды зорлықсыз шешу» тренингі"),
    ),
    "parent": (
        ("Консультация матери по поводу конфликтов ребёнка в классе",
         "Родители обратились: ребёнок не хочет идти в школу",
         "Рекомендации родителям по адаптации ребёнка", "Обсуждение результатов диагностики с родителями",
         "Жалоба отца на систематические оскорбления сына",
         "Консультация по детско-родительским отношениям",
         "Беседа с опекуном о поведении ребёнка дома и в школе"),
        ("Баласының сыныптағы жанжалдары бойынша анасына кеңес",
         "Ата-анасы жүгінді: бала мектепке барғысы келмейді",
         "Баланың бейімделуі бойынша ата-анаға ұсыныстар", "Диагностика нәтижелерін ата-анамен талқылау",
         "Әкесінің ұлын жүйелі түрде қорлау туралы шағымы", "Бала мен ата-ана қарым-қатынасы бойынша кеңес",
         "Қамқоршымен баланың үйдегі және мектептегі мінез-құлқы туралы әңгіме"),
    ),
    "teacher": (
        ("Консультация классного руководителя по поведению ученика",
         "Обсуждение с учителем признаков травли в классе",
         "Рекомендации учителю по работе с тревожным ребёнком",
         "Совместный план с классным руководителем по ДосболLIKE",
         "Учитель сообщил о резком снижении успеваемости"),
        ("Сынып жетекшісіне оқушының мінез-құлқы бойынша кеңес",
         "Сыныптағы қудалау белгілерін мұғаліммен талқылау",
         "Мазасыз баламен жұмыс бойынша мұғалімге ұсыныстар",
         "Сынып жетекшісімен ДосболLIKE бойынша бірлескен жоспар",
         "Мұғалім үлгерімнің күрт төмендегенін хабарлады"),
    ),
    "diagnostic": (
        ("Диагностика тревожности (шкала Филлипса)", "Социометрия в классе",
         "Диагностика адаптации (анкета Лускановой)", "Исследование самооценки (Дембо — Рубинштейн)",
         "Диагностика профессиональных склонностей", "Проективная методика «Рисунок семьи»",
         "Диагностика эмоционального состояния после инцидента"),
        ("Мазасыздық диагностикасы (Филлипс шкаласы)", "Сыныптағы социометрия",
         "Бейімделу диагностикасы (Лусканова сауалнамасы)",
         "Өзін-өзі бағалауды зерттеу (Дембо — Рубинштейн)", "Кәсіби бейімділік диагностикасы",
         "«Отбасы суреті» проективті әдістемесі", "Оқиғадан кейінгі эмоциялық күйді диагностикалау"),
    ),
    "correctional": (
        ("Коррекционное занятие: навыки саморегуляции", "Коррекция агрессивного поведения (цикл занятий)",
         "Развитие коммуникативных навыков", "Коррекция тревожности, арт-терапия",
         "Работа с самооценкой после травли"),
        ("Түзету сабағы: өзін-өзі реттеу дағдылары", "Агрессивті мінез-құлықты түзету (сабақтар циклі)",
         "Қарым-қатынас дағдыларын дамыту", "Мазасыздықты түзету, арт-терапия",
         "Қудалаудан кейін өзін-өзі бағалаумен жұмыс"),
    ),
    "crisis": (
        ("Острая стрессовая реакция после драки", "Экстренное обращение: угрозы в мессенджере",
         "Кризисное состояние после конфликта в семье", "Сообщение с линии 111 об угрозе ребёнку",
         "Паническая атака на уроке", "Публикация унизительного видео в соцсетях"),
        ("Төбелестен кейінгі жедел стресс реакциясы", "Шұғыл өтініш: мессенджердегі қоқан-лоққы",
         "Отбасындағы жанжалдан кейінгі дағдарыс жағдайы", "111 желісінен балаға қауіп туралы хабарлама",
         "Сабақ үстіндегі үрей шабуылы", "Әлеуметтік желіде қорлайтын бейне жарияланды"),
    ),
}
# Some reasons fit only some grades: (lowest, highest, 12 being the top grade some schools
# have); the Kazakh text shares the index.
REASON_GRADES = {
    "Тревожность перед СОР и СОЧ": (2, 12), "Страх отвечать у доски": (1, 8),
    "Подготовка к ЕНТ: стресс, нарушения сна": (10, 12),
    "Профориентация: выбор профиля обучения": (8, 12),
    "Тренинг снижения экзаменационной тревожности": (9, 12),
    "Адаптационное занятие для первоклассников": (0, 1),
    "Адаптация пятиклассников к среднему звену": (5, 5),
    "Занятие по профилактике кибербуллинга": (4, 12),
    "Диагностика тревожности (шкала Филлипса)": (1, 7),
    "Диагностика адаптации (анкета Лускановой)": (1, 4),
    "Исследование самооценки (Дембо — Рубинштейн)": (5, 12),
    "Диагностика профессиональных склонностей": (8, 12),
    "Проективная методика «Рисунок семьи»": (0, 6),
}
assert set(REASON_GRADES) <= {r for ru, _kk in REASONS.values() for r in ru}


def _reasons_by_grade() -> dict[tuple[str, int], list[int]]:
    """(kind, grade) -> indices of the reasons that fit that grade."""
    out = {}
    for kind, (ru, kk) in REASONS.items():
        assert len(ru) == len(kk), kind
        for grade in range(MAX_GRADE + 1):  # a journal may have a grade 12 the demo joins
            fit = [i for i, r in enumerate(ru)
                   if REASON_GRADES.get(r, (0, MAX_GRADE))[0] <= grade
                   <= REASON_GRADES.get(r, (0, MAX_GRADE))[1]]
            out[kind, grade] = fit or list(range(len(ru)))
    return out


OUTCOMES = {
    "held": (
        ("Проведена беседа, даны рекомендации. Повторная встреча через неделю.",
         "Уровень тревоги снизился, ученик согласился на повторную встречу.",
         "Составлен план помощи, классный руководитель информирован.",
         "Рекомендовано обратиться в ЦПП, родители согласны.",
         "Проведена релаксация, отработаны приёмы саморегуляции.",
         "Ситуация стабилизирована, назначено наблюдение.",
         "Результаты внесены в карту развития, даны рекомендации учителям.",
         "Родителям даны рекомендации, договорились о совместных действиях."),
        ("Әңгіме жүргізілді, ұсыныстар берілді. Бір аптадан кейін қайта кездесу.",
         "Мазасыздық деңгейі төмендеді, оқушы қайта кездесуге келісті.",
         "Көмек жоспары құрылды, сынып жетекшісі хабардар етілді.",
         "Психологиялық қолдау орталығына жүгіну ұсынылды, ата-анасы келісті.",
         "Релаксация жүргізілді, өзін-өзі реттеу тәсілдері пысықталды.",
         "Жағдай тұрақтандырылды, бақылау белгіленді.",
         "Нәтижелер даму картасына енгізілді, мұғалімдерге ұсыныстар берілді.",
         "Ата-анаға ұсыныстар берілді, бірлескен әрекеттер келісілді."),
    ),
    "group": (
        ("Участники активно включились, проведена рефлексия.",
         "Выработаны правила класса, классный руководитель поддержит их выполнение.",
         "Занятие проведено по плану, трое учеников попросили индивидуальной встречи."),
        ("Қатысушылар белсенді қатысты, рефлексия өткізілді.",
         "Сынып ережелері бекітілді, сынып жетекшісі олардың орындалуын қадағалайды.",
         "Сабақ жоспар бойынша өтті, үш оқушы жеке кездесу сұрады."),
    ),
    "cancelled": (
        ("Не состоялась: ученик отсутствовал по болезни.", "Перенесено по просьбе родителей.",
         "Отменено: олимпиада по расписанию."),
        ("Өткізілмеді: оқушы ауырып қалды.", "Ата-ананың өтініші бойынша ауыстырылды.",
         "Тоқтатылды: кесте бойынша олимпиада."),
    ),
}
NOTES = (
    ("Скован, избегает зрительного контакта. Рассказал о ситуации в раздевалке.",
     "Говорит, что дома об этом не знают. Просит не сообщать классу.",
     "Рисунок: фигура себя маленькая, в углу листа. Обсудить с родителями.",
     "Открыт к разговору, называет двух одноклассников, с которыми дружит."),
    ("Тұйық, көзге қарамайды. Киім ауыстыратын бөлмедегі жағдайды айтып берді.",
     "Үйдегілер бұл туралы білмейтінін айтады. Сыныпқа айтпауды сұрайды.",
     "Сурет: өзін кішкентай етіп, парақтың бұрышына салған. Ата-анамен талқылау.",
     "Әңгімеге ашық, дос болатын екі сыныптасын атады."),
)
NO_CONSENT = (
    ("Экстренное кризисное вмешательство: угроза жизни и здоровью ребёнка. Законный "
     "представитель уведомлён по телефону, письменное согласие будет получено.",
     "Кризисная ситуация, помощь оказана незамедлительно (Приказ № 377). Родители извещены, "
     "согласие оформляется."),
    ("Шұғыл дағдарыстық араласу: баланың өмірі мен денсаулығына қауіп. Заңды өкіл телефон "
     "арқылы хабардар етілді, жазбаша келісім кейін алынады.",
     "Дағдарыс жағдайы, көмек дереу көрсетілді (№ 377 бұйрық). Ата-анасы хабардар етілді."),
)
# Place phrases: Russian, Kazakh.
PLACES = {
    "classroom": ("в классе", "сыныпта"),
    "corridor": ("в коридоре на перемене", "үзілісте дәлізде"),
    "canteen": ("в столовой", "асханада"),
    "toilets": ("в туалете", "дәретханада"),
    "sports_ground": ("на спортивной площадке", "спорт алаңында"),
    "school_bus": ("в школьном автобусе", "мектеп автобусында"),
    "online": ("в классном чате", "сынып чатында"),
    "outside_school": ("по дороге домой", "үйге қайтар жолда"),
}
# "{P}" is the place phrase; a second form's sentence drops it.
DESCRIPTIONS = {
    "physical": (
        ("{P} одноклассники толкали и пинали ребёнка, на руке синяк.",
         "{P} произошла драка, пострадавшему ребёнку разбили очки.",
         "{P} ребёнка несколько раз ударили по спине рюкзаком."),
        ("{P} сыныптастары баланы итеріп, тепкен, қолында көгерген із бар.",
         "{P} төбелес болды, зардап шеккен баланың көзілдірігі сынды.",
         "{P} баланың арқасынан сөмкемен бірнеше рет ұрған."),
    ),
    "verbal": (
        ("{P} ребёнка систематически называют обидными прозвищами.",
         "{P} над ребёнком смеялись из-за внешности и акцента.",
         "{P} звучали оскорбления в адрес ребёнка и его семьи."),
        ("{P} баланы жүйелі түрде қорлайтын лақап атпен атайды.",
         "{P} баланың сырт келбеті мен сөйлеу мәнері мазақ болды.",
         "{P} балаға және оның отбасына қатысты балағат сөздер айтылды."),
    ),
    "social": (
        ("{P} ребёнка демонстративно не принимают в игры и групповую работу.",
         "{P} о ребёнке распускают слухи, с ним перестали общаться.",
         "{P} ребёнка исключили из общей компании, от него пересаживаются."),
        ("{P} баланы ойынға және топтық жұмысқа әдейі қоспайды.",
         "{P} бала туралы өсек таратады, онымен сөйлеспей қойды.",
         "{P} баланы ортақ топтан шеттетіп, қасынан басқа орынға ауысады."),
    ),
    "cyber": (
        ("{P} публикуют унизительные мемы с фотографией ребёнка.",
         "{P} создали отдельную группу, чтобы высмеивать ребёнка.",
         "{P} без согласия распространили видео с ребёнком, под ним оскорбительные комментарии."),
        ("{P} баланың суретімен қорлайтын мемдер жарияланды.",
         "{P} баланы мазақтау үшін бөлек топ құрылған.",
         "{P} баланың бейнесі келісімсіз таратылып, астына қорлайтын пікірлер жазылған."),
    ),
    "sexual": (
        ("{P} ребёнку делали непристойные замечания и жесты.",
         "{P} ребёнка трогали без его согласия, ребёнок очень расстроен."),
        ("{P} балаға әдепсіз сөздер айтылып, ишаралар жасалды.",
         "{P} баланың келісімінсіз оған қол тигізген, бала қатты қапаланған."),
    ),
    "property": (
        ("{P} испортили рюкзак и тетради ребёнка.",
         "{P} у ребёнка пропал телефон, позже найден сломанным.",
         "{P} спрятали сменную обувь и форму ребёнка."),
        ("{P} баланың сөмкесі мен дәптерлері бүлдірілді.",
         "{P} баланың телефоны жоғалып, кейін сынған күйінде табылды.",
         "{P} баланың ауыспалы аяқ киімі мен формасын жасырған."),
    ),
    "extortion": (
        ("{P} у ребёнка регулярно отбирают деньги на обед.",
         "{P} старшеклассники вымогают у ребёнка деньги, угрожая избиением."),
        ("{P} баладан түскі асқа берілген ақшаны үнемі тартып алады.",
         "{P} жоғары сынып оқушылары баладан ұрамыз деп қорқытып, ақша бопсалайды."),
    ),
    "threats": (
        ("{P} ребёнку угрожали расправой после уроков.",
         "{P} ребёнок получил угрожающие сообщения с неизвестного номера."),
        ("{P} балаға сабақтан кейін сабаймыз деп қорқытқан.",
         "{P} бала белгісіз нөмірден қоқан-лоққы хабарламалар алған."),
    ),
}
ACTIONS = (
    ("Проведена беседа с участниками, родители приглашены в школу.",
     "Пострадавшего осмотрела медсестра, классный руководитель информирован.",
     "Материалы из чата сохранены, администратору группы направлено обращение.",
     "Усилено дежурство учителей на переменах.", "Созван совет профилактики.", ""),
    ("Қатысушылармен әңгіме жүргізілді, ата-аналар мектепке шақырылды.",
     "Зардап шеккен баланы медбике қарады, сынып жетекшісі хабардар етілді.",
     "Чаттағы материалдар сақталды, топ әкімшісіне хабарлама жіберілді.",
     "Үзілістегі мұғалімдердің кезекшілігі күшейтілді.", "Құқық бұзушылықтың алдын алу кеңесі шақырылды.", ""),
)
NOTIFIED = (
    ("Классный руководитель", "Родители пострадавшего", "Родители всех участников",
     "Заместитель директора по ВР", "Инспектор ПДН", "ЦПП"),
    ("Сынып жетекшісі", "Зардап шеккен баланың ата-анасы", "Барлық қатысушылардың ата-аналары",
     "Директордың тәрбие ісі жөніндегі орынбасары", "Кәмелетке толмағандар ісі жөніндегі инспектор",
     "Психологиялық қолдау орталығы"),
)
LINE_111 = ("Единый контакт-центр 111", "111 бірыңғай байланыс орталығы")
FOLLOW_UPS = (
    ("Повторная беседа с пострадавшим", "Проверить ситуацию в классе через неделю",
     "Встреча с родителями пострадавшего", "Наблюдение на переменах",
     "Подготовить направление в ЦПП", "Повторная диагностика эмоционального состояния",
     "Проверить выполнение рекомендаций"),
    ("Зардап шеккен баламен қайта әңгіме", "Бір аптадан кейін сыныптағы жағдайды тексеру",
     "Зардап шеккен баланың ата-анасымен кездесу", "Үзілістерде бақылау",
     "Психологиялық қолдау орталығына жолдама дайындау", "Эмоциялық күйді қайта диагностикалау",
     "Ұсыныстардың орындалуын тексеру"),
)

KIND_WEIGHTS = {"individual": 34, "group": 14, "parent": 15, "teacher": 10,
                "diagnostic": 13, "correctional": 9, "crisis": 5}
INITIATORS = {
    "individual": {"pupil": 35, "teacher": 25, "parent": 20, "psychologist": 10, "administration": 5,
                   "line_111": 2, "support_centre": 2, "police": 1},
    "group": {"psychologist": 70, "administration": 20, "teacher": 10},
    "parent": {"parent": 60, "teacher": 20, "psychologist": 15, "administration": 5},
    "teacher": {"teacher": 60, "psychologist": 30, "administration": 10},
    "diagnostic": {"psychologist": 50, "teacher": 20, "parent": 15, "support_centre": 10,
                   "administration": 5},
    "correctional": {"psychologist": 60, "parent": 20, "support_centre": 15, "teacher": 5},
    "crisis": {"teacher": 30, "pupil": 15, "parent": 15, "line_111": 15, "police": 10,
               "administration": 10, "support_centre": 5},
}
DURATIONS = {"individual": (30, 60), "group": (40, 90), "parent": (30, 60), "teacher": (20, 40),
             "diagnostic": (40, 90), "correctional": (40, 45), "crisis": (30, 120)}
FORM_WEIGHTS = {"verbal": 30, "physical": 20, "social": 15, "cyber": 12, "property": 8,
                "threats": 7, "extortion": 4, "sexual": 4}
PLACE_WEIGHTS = {"classroom": 20, "corridor": 25, "canteen": 10, "toilets": 8, "sports_ground": 12,
                 "school_bus": 4, "online": 13, "outside_school": 8}
REPORTER_WEIGHTS = {"pupil": 30, "parent": 25, "teacher": 30, "anonymous": 10, "line_111": 5}
LETTERS_KK, LETTERS_RU = ("А", "Ә", "Б"), ("В", "Г")
_NEEDS_CONSENT = frozenset(k.value for k in KINDS_NEEDING_CONSENT)
# Plain strings for the hot loops (an enum attribute costs a lookup each time).
_HELD = SessionStatus.HELD.value
_PLANNED = SessionStatus.PLANNED.value
_CANCELLED = SessionStatus.CANCELLED.value
_CRISIS = SessionKind.CRISIS.value
_GROUP = SessionKind.GROUP.value
_INDIVIDUAL = SessionKind.INDIVIDUAL.value
_PARENT = SessionKind.PARENT.value
_TEACHER = SessionKind.TEACHER.value
_TARGET = Role.TARGET.value
_AGGRESSOR = Role.AGGRESSOR.value
_WITNESS = Role.WITNESS.value
_CYBER = BullyingForm.CYBER.value

# Keep the literal codes in step with the enums (a rename should fail loudly here).
assert set(REASONS) == {k.value for k in SessionKind} == set(INITIATORS)
assert {i for w in INITIATORS.values() for i in w} == {i.value for i in Initiator}
assert set(DESCRIPTIONS) == set(FORM_WEIGHTS) == {f.value for f in BullyingForm}
assert set(PLACES) == set(PLACE_WEIGHTS) == {p.value for p in Place}
assert set(REPORTER_WEIGHTS) == {r.value for r in Reporter}
assert all(len(ru) == len(kk) for ru, kk in (*OUTCOMES.values(), *DESCRIPTIONS.values(), NOTES,
                                              NO_CONSENT, ACTIONS, NOTIFIED, FOLLOW_UPS))


# --- helpers -------------------------------------------------------------------------------


class _Pick:
    """Weighted choice over a fixed table, fast enough for 100,000 calls."""

    def __init__(self, weights: dict[str, int]):
        self.values = list(weights)
        self.cum = []
        total = 0
        for v in self.values:
            total += weights[v]
            self.cum.append(total)
        self.total = total

    def __call__(self, rng: random.Random) -> str:
        x = rng.random() * self.total
        for v, c in zip(self.values, self.cum):
            if x < c:
                return v
        return self.values[-1]


@dataclass(slots=True)
class _P:
    """A pupil as the generator needs them."""

    id: uuid.UUID
    sex: str
    grade: int
    class_name: str
    lang: int  # 0: Russian texts, 1: Kazakh texts
    consent: bool
    left: date | None  # None while the pupil still attends
    name: str
    parent: str  # a guardian's name for parent sessions and reports
    joined: date = date.min  # grade 0 pupils came to school this September

    def at_school(self, day: date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left)


# --- the generator -------------------------------------------------------------------------


class Generator:
    def __init__(self, ctx: Context, rng: random.Random, taken_iins: set[str], years: int = 1):
        """`years` school years of history before this one (this one so far too). With more
        than one, pupils who finished school in those years are among the pupils, and what
        is older than this school year is settled, as a school's journal would have it."""
        self.ctx, self.rng, self.taken = ctx, rng, taken_iins
        self.years = years
        self.now = ctx.now()
        self.today = ctx.today()
        self.year = school_year_start(self.today).year
        self.this_year = date(self.year, 9, 1)  # older than this is settled when years > 1
        self.stamp = utc(self.now)
        self.rows: dict[str, list[dict]] = {t: [] for t in (
            "pupil", "guardian", "counselling_session", "session_pupil", "observation",
            "observation_form", "observation_pupil", "follow_up", "bullying_case", "case_stage",
            "case_pupil", "concern", "concern_pupil", "concern_response", "organisation",
            "referral", "referral_amendment", "preventive_activity")}
        self.kind = _Pick(KIND_WEIGHTS)
        self.initiator = {k: _Pick(w) for k, w in INITIATORS.items()}
        self.form = _Pick(FORM_WEIGHTS)
        self.place = _Pick(PLACE_WEIGHTS)
        self.reporter = _Pick(REPORTER_WEIGHTS)
        self.past_days = school_days(date(self.year - years, 9, 1), self.today) or [self.today]
        # From today: the dashboard lists today's planned sessions.
        future = [self.today + timedelta(days=i) for i in range(0, 15)]
        self.future_days = [d for d in future if d.weekday() < 5] or future
        self.teachers: dict[str, str] = {}
        self.reasons = _reasons_by_grade()
        self.actor = ctx.actor

    # ids and times
    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def tracked(self, created: datetime, updated: datetime | None = None) -> dict:
        created = min(created, self.stamp)
        updated = min(max(updated or created, created), self.stamp)
        return {"id": self.uid(), "created_at": created, "updated_at": updated,
                "updated_by": self.actor, "deleted_at": None}

    def past_moment(self, start_h: int = 8, end_h: int = 17, step: int = 5) -> datetime:
        """A school-day time in the past (never after now)."""
        rng = self.rng
        for _ in range(20):
            day = rng.choice(self.past_days)
            minutes = rng.randrange(start_h * 60, end_h * 60, step)
            moment = datetime.combine(day, time(minutes // 60, minutes % 60))
            if moment <= self.now:
                return moment
        return self.now.replace(second=0, microsecond=0) - timedelta(hours=rng.randint(1, 48))

    def teacher(self, class_name: str) -> str:
        """The class teacher's short name ("Ахметова Г. С."), invented once per class."""
        if class_name not in self.teachers:
            rng = self.rng
            if rng.random() < 0.6:
                first, fathers = rng.choice(KK_WOMEN), KK_FATHERS
                surname = rng.choice(KK_SURNAMES) + "а"
            else:
                first, fathers = rng.choice(RU_WOMEN), [f[0] for f in RU_FATHERS]
                surname = rng.choice(RU_SURNAMES) + "а"
            self.teachers[class_name] = f"{surname} {first[0]}. {rng.choice(fathers)[0]}."
        return self.teachers[class_name]

    # --- pupils ---------------------------------------------------------------------------

    def pupils(self, count: int) -> list[_P]:
        rng = self.rng
        letters = max(3, min(5, round(count / 12 / 25)))
        n_kk = -(-letters * 3 // 5)  # ceil(letters * 0.6)
        kk_letters, ru_letters = LETTERS_KK[:n_kk], LETTERS_RU[: letters - n_kk] or LETTERS_RU[:1]
        weights = {str(g): 6 if g == 0 else 7 if g >= 10 else 10 for g in range(12)}
        grade_pick = _Pick(weights)
        # Over several years, each year's leavers from grade 11 are as many as a grade 11.
        finished = weights[str(_LAST_GRADE)] * self.years
        finished_share = finished / (finished + sum(weights.values()))
        out = []
        for _ in range(count):
            sex = _MALE if rng.random() < 0.51 else _FEMALE
            kazakh = rng.random() < 0.7
            if kazakh:
                lang = StudyLanguage.KAZAKH.value if rng.random() < 0.85 else StudyLanguage.RUSSIAN.value
            else:
                lang = StudyLanguage.RUSSIAN.value if rng.random() < 0.97 else StudyLanguage.KAZAKH.value
            grade = int(grade_pick(rng))
            gone = 0  # school years since the pupil finished grade 11
            if self.years > 1 and rng.random() < finished_share:
                gone, grade = rng.randint(1, self.years), _LAST_GRADE
            letter = rng.choice(kk_letters if lang == StudyLanguage.KAZAKH.value else ru_letters)
            class_name = f"{grade}{letter}"
            surname, given, patronymic, father = self.person(kazakh, sex)
            born = self.birth_date(grade + gone)
            guardians = self.guardians(kazakh, surname, sex, father)
            out.append(self.pupil_row(sex, born, grade, class_name, lang, surname, given,
                                      patronymic, guardians, gone=gone))
        return out

    def person(self, kazakh: bool, sex: str) -> tuple[str, str, str, str]:
        """(surname, given name, patronymic, father's name) of a pupil."""
        rng = self.rng
        male = sex == _MALE
        if kazakh:
            surname = rng.choice(KK_SURNAMES)
            surname = surname if male else surname + "а"
            given = rng.choice(KK_BOYS if male else KK_GIRLS)
            father = rng.choice(KK_FATHERS)
            patronymic = (father + ("ұлы" if male else "қызы")) if rng.random() < 0.8 else ""
        else:
            if rng.random() < 0.1:
                surname = rng.choice(RU_SURNAMES_INVARIANT)
            else:
                surname = rng.choice(RU_SURNAMES)
                surname = surname if male else surname + "а"
            given = rng.choice(RU_BOYS if male else RU_GIRLS)
            father, son, daughter = rng.choice(RU_FATHERS)
            patronymic = (son if male else daughter) if rng.random() < 0.9 else ""
        return surname, given, patronymic, father

    def birth_date(self, grade: int) -> date:
        """Six years old on 1 September in grade 0; a few a year older."""
        rng = self.rng
        older = 1 if rng.random() < 0.07 else 0
        first = date(self.year - 7 - grade - older, 9, 2)
        return first + timedelta(days=rng.randrange(365))

    def guardians(self, kazakh: bool, surname: str, sex: str, father: str) -> list[tuple[str, str]]:
        """[(relation, full name)] of one or two guardians, the first one signs consent."""
        rng = self.rng
        if kazakh:
            male_surname = surname if sex == _MALE else surname[:-1]
            women, fathers = KK_WOMEN, KK_FATHERS

            def patr(male: bool) -> str:
                return rng.choice(fathers) + ("ұлы" if male else "қызы")
        else:
            invariant = surname in RU_SURNAMES_INVARIANT
            male_surname = surname if sex == _MALE or invariant else surname[:-1]
            women = RU_WOMEN

            def patr(male: bool) -> str:
                f = rng.choice(RU_FATHERS)
                return f[1] if male else f[2]

        female_surname = male_surname if male_surname in RU_SURNAMES_INVARIANT else male_surname + "а"
        mother = f"{female_surname} {rng.choice(women)} {patr(False)}"
        dad = f"{male_surname} {father} {patr(True)}"
        x = rng.random()
        if x < 0.55:
            first = (GuardianRelation.MOTHER.value, mother)
            second = (GuardianRelation.FATHER.value, dad)
        elif x < 0.8:
            first = (GuardianRelation.FATHER.value, dad)
            second = (GuardianRelation.MOTHER.value, mother)
        elif x < 0.9:
            grandma = f"{female_surname} {rng.choice(women)} {patr(False)}"
            men = KK_FATHERS if kazakh else [f[0] for f in RU_FATHERS]
            grandpa = f"{male_surname} {rng.choice(men)} {patr(True)}"
            first = (GuardianRelation.GRANDMOTHER.value, grandma)
            second = (GuardianRelation.GRANDFATHER.value, grandpa)
        elif x < 0.97:
            aunt_surname = (rng.choice(KK_SURNAMES) if kazakh else rng.choice(RU_SURNAMES)) + "а"
            aunt = f"{aunt_surname} {rng.choice(women)} {patr(False)}"
            first = (GuardianRelation.GUARDIAN.value, aunt)
            second = (GuardianRelation.OTHER.value, mother)
        else:
            first = (GuardianRelation.OTHER.value, mother)
            second = (GuardianRelation.FATHER.value, dad)
        return [first, second] if rng.random() < 0.4 else [first]

    def phone(self) -> str:
        r = self.rng
        prefix = r.choice(PHONE_PREFIXES)
        return f"+7 {prefix} {r.randrange(1000):03d} {r.randrange(100):02d} {r.randrange(100):02d}"

    def iin(self, born: date, sex: str) -> str | None:
        for _ in range(50):
            iin = make_iin(born, sex, self.rng.randrange(10000))
            if iin is not None and iin not in self.taken:
                self.taken.add(iin)
                return iin
        return None

    def pupil_row(self, sex, born, grade, class_name, lang, surname, given, patronymic,
                  guardians, consent: str | None = None, leaves: bool | None = None,
                  gone: int = 0) -> _P:
        """`gone`: the pupil finished grade 11 that many school years ago (years > 1 only)."""
        rng, today = self.rng, self.today
        # The school year the pupil came to grade 0, and their first one in the journal.
        entry = self.year - gone - grade
        first = max(entry, self.year - self.years)
        iin = self.iin(born, sex) if rng.random() < 0.92 else None
        if consent is None:
            x = rng.random()
            consent = (ConsentStatus.GIVEN.value if x < 0.82 else
                       ConsentStatus.NOT_ASKED.value if x < 0.96 else ConsentStatus.REFUSED.value)
        consent_date, consent_by = None, ""
        if consent != ConsentStatus.NOT_ASKED.value:
            year = self.year if grade == 0 or rng.random() < 0.3 else self.year - 1
            if self.years > 1:
                year = rng.randint(first, self.year - gone)
            consent_date = min(date(year, 9, 1) + timedelta(days=rng.randrange(25)), today)
            consent_by = guardians[0][1]
        if leaves is None:
            leaves = rng.random() < 0.02
        left = today - timedelta(days=rng.randrange(1, 300)) if leaves else None
        if gone:  # left at the end of their last school year, their last class kept
            left = date(self.year - gone + 1, 5, 31)
        enrolled = datetime(self.year - 1, 8, 20, 9, 0) + timedelta(minutes=rng.randrange(10 * 24 * 60))
        if grade == 0:
            enrolled = enrolled.replace(year=self.year)
        if self.years > 1:
            enrolled = enrolled.replace(year=first)
        created = utc(enrolled)
        updated = utc(datetime.combine(left, time(12, 0))) if left else created
        row = self.tracked(created, updated)
        row.update(
            surname=surname, given_name=given, patronymic=patronymic, sex=sex, birth_date=born,
            iin=iin, class_name=class_name, grade=grade, study_language=lang,
            consent_status=consent, consent_date=consent_date, consent_by=consent_by,
            active=left is None, left_date=left,
            search_key=search_form(full_name(surname, given, patronymic)),
        )
        self.rows["pupil"].append(row)
        for i, (relation, name) in enumerate(guardians):
            g = self.tracked(row["created_at"] + timedelta(seconds=i + 1))
            g.update(pupil_id=row["id"], name=name, relation=relation, phone=self.phone())
            self.rows["guardian"].append(g)
        return _P(row["id"], sex, grade, class_name, 1 if lang == StudyLanguage.KAZAKH.value else 0,
                  consent == ConsentStatus.GIVEN.value, left,
                  full_name(surname, given, patronymic), guardians[0][1],
                  date(entry, 9, 1) if self.years > 1 else self.joined(grade))

    def joined(self, grade: int) -> date:
        return date(self.year, 9, 1) if grade == 0 else date.min

    # --- records --------------------------------------------------------------------------

    def index(self, pool: list[_P]) -> None:
        self.pool = pool
        self.by_class: dict[str, list[_P]] = {}
        self.by_grade: dict[int, list[_P]] = {}
        for p in pool:
            self.by_class.setdefault(p.class_name, []).append(p)
            self.by_grade.setdefault(p.grade, []).append(p)
        active = [p for p in pool if p.left is None] or pool
        n = max(1, round(len(active) * 0.03))
        self.frequent = self.rng.sample(active, min(n, len(active)))

    def some_pupil(self, day: date) -> _P:
        rng = self.rng
        for _ in range(10 if self.years == 1 else 60):
            p = rng.choice(self.pool)
            if p.at_school(day):
                return p
        if self.years > 1:  # over years, a record's pupils were at school on its day
            there = [q for q in self.pool if q.at_school(day)]
            if there:
                return rng.choice(there)
        return p

    def mates(self, p: _P, day: date, count: int, exclude: set, consent_only: bool = False) -> list[_P]:
        """Up to `count` other pupils, from p's class first, then the grade, then anyone."""
        def ok(q: _P) -> bool:
            return q.id not in exclude and q.at_school(day) and (q.consent or not consent_only)

        rng = self.rng
        same_class = self.by_class[p.class_name]
        # Usually a few random draws from the class are enough; filter only when they are not.
        picked: dict[uuid.UUID, _P] = {}
        for _ in range(count * 3):
            q = same_class[rng.randrange(len(same_class))]
            if q.id not in picked and ok(q):
                picked[q.id] = q
                if len(picked) == count:
                    return list(picked.values())
        candidates = [q for q in same_class if ok(q)]
        if len(candidates) < count:
            candidates += [q for q in self.by_grade[p.grade] if q.class_name != p.class_name and ok(q)]
        if len(candidates) < count:
            seen = {q.id for q in candidates}
            candidates += [q for q in self.pool if q.id not in seen and ok(q)][: count * 4]
        return rng.sample(candidates, min(count, len(candidates)))

    def session(self, focus: _P | None = None, planned: bool = False) -> tuple[dict, list[_P]]:
        """One counselling session (planned ones ahead, the rest in the past), its pupils
        linked. The steps draw from `rng` in this order; keep it, or the demo changes."""
        rng = self.rng
        kind = self.kind(rng)
        starts, status = self._session_start(planned)
        day = starts.date()
        needs = kind in _NEEDS_CONSENT
        main = self._main_pupil(focus, kind, needs, day)
        if needs and not main.consent and kind != _CRISIS and status == _HELD:
            kind = _CRISIS
        pupils = self._session_pupils(kind, main, day)
        lang = main.lang
        lo, hi = DURATIONS[kind]
        other = self._other_participants(kind, main, lang)
        outcome = self._session_outcome(status, kind, lang)
        notes = ""
        if (status == _HELD and kind in ("individual", "crisis", "correctional")
                and rng.random() < 0.5):
            notes = rng.choice(NOTES[lang])
        lacking = any(not p.consent for p in pupils)
        no_consent = (rng.choice(NO_CONSENT[lang])
                      if needs and lacking and status == _HELD else "")
        if planned:
            created = self.now - timedelta(days=rng.randint(0, 6), minutes=rng.randrange(600))
        else:
            created = starts + timedelta(minutes=rng.randint(lo, hi + 30))
        row = self.tracked(utc(created))
        row.update(
            starts_at=starts, duration_min=rng.randrange(lo, hi + 1, 5), kind=kind,
            initiator=self.initiator[kind](rng), other_participants=other,
            reason=REASONS[kind][lang][rng.choice(self.reasons[kind, main.grade])],
            notes=notes, outcome=outcome,
            status=status, no_consent_reason=no_consent,
        )
        self.rows["counselling_session"].append(row)
        self.rows["session_pupil"] += [{"session_id": row["id"], "pupil_id": p.id} for p in pupils]
        return row, pupils

    def _session_start(self, planned: bool) -> tuple[datetime, str]:
        """When a session starts and its status: planned ones from today on (later today,
        or tomorrow once the day is over), the others in the past, a few cancelled."""
        rng = self.rng
        if not planned:
            starts = self.past_moment()
            return starts, _CANCELLED if rng.random() < 0.06 else _HELD
        day = rng.choice(self.future_days)
        earliest = 8 * 60
        if day == self.today:
            earliest = max(earliest, (self.now.hour * 60 + self.now.minute) // 5 * 5 + 15)
            if earliest >= 17 * 60:
                day, earliest = self.today + timedelta(days=1), 8 * 60
        minutes = rng.randrange(earliest, 17 * 60, 5)
        return datetime.combine(day, time(minutes // 60, minutes % 60)), _PLANNED

    def _main_pupil(self, focus: _P | None, kind: str, needs: bool, day: date) -> _P:
        """The psychologist works with pupils who have consent; without it, only in a crisis
        (the caller turns such a session into one)."""
        if focus is not None:
            return focus
        main = self.some_pupil(day)
        if needs and kind != _CRISIS:
            for _ in range(5):
                if main.consent:
                    break
                main = self.some_pupil(day)
        return main

    def _session_pupils(self, kind: str, main: _P, day: date) -> list[_P]:
        """A group has three to eight pupils; a few individual sessions have two."""
        rng = self.rng
        pupils = [main]
        if kind == _GROUP:
            pupils += self.mates(main, day, rng.randint(2, 7), {main.id}, consent_only=True)
            if len(pupils) < 3:
                pupils += self.mates(main, day, 3 - len(pupils), {q.id for q in pupils})
        elif kind == _INDIVIDUAL and rng.random() < 0.05:
            pupils += self.mates(main, day, 1, {main.id}, consent_only=True)
        return pupils

    def _other_participants(self, kind: str, main: _P, lang: int) -> str:
        """Who else took part: the parent, the class teacher, in a crisis some staff."""
        rng = self.rng
        if kind == _PARENT:
            return main.parent
        if kind == _TEACHER:
            return ("Классный руководитель ", "Сынып жетекшісі ")[lang] + self.teacher(main.class_name)
        if kind == _CRISIS and rng.random() < 0.3:
            if rng.random() < 0.6:
                return ("Социальный педагог ", "Әлеуметтік педагог ")[lang] + SOCIAL_PEDAGOGUE
            return ("Инспектор ПДН", "Кәмелетке толмағандар ісі жөніндегі инспектор")[lang]
        if kind == _GROUP and rng.random() < 0.5:
            return ("Классный руководитель ", "Сынып жетекшісі ")[lang] + self.teacher(main.class_name)
        return ""

    def _session_outcome(self, status: str, kind: str, lang: int) -> str:
        if status == _HELD:
            return self.rng.choice(OUTCOMES["group" if kind == _GROUP else "held"][lang])
        if status == _CANCELLED:
            return self.rng.choice(OUTCOMES["cancelled"][lang])
        return ""

    def observation(self, focus: _P | None = None) -> tuple[dict, _P, list[_P]]:
        """One incident, its pupils by role and its forms. With `focus`, that pupil is in
        it. The steps draw from `rng` in this order; keep it, or the demo changes."""
        rng = self.rng
        place = self.place(rng)
        online = place in ("online", "outside_school")
        occurred = self.past_moment(8, 22 if online else 18, 1)
        day = occurred.date()
        focus_role = self._focus_role(focus)
        target = self._target(focus, focus_role, day)
        roles = self._incident_roles(target, focus, focus_role, day)
        forms = self._incident_forms(place)
        lang = target.lang
        description = self._incident_description(forms, place, lang)
        severity = self._severity(forms, roles)
        reporter, reporter_name = self._reporter(roles, target, lang)
        notified = ", ".join(rng.sample(NOTIFIED[lang][: 4 if severity < 3 else 6],
                                        1 if severity == 1 else 2 if severity < 4 else 3))
        status = self._incident_status(day)
        row = self.tracked(utc(occurred + timedelta(minutes=rng.randint(10, 240))))
        row.update(
            occurred_at=occurred, place=place, severity=severity, reporter=reporter,
            reporter_name=reporter_name, description=description,
            immediate_actions=rng.choice(ACTIONS[lang]), notified=notified,
            status=ObservationStatus(status).value,
        )
        self.rows["observation"].append(row)
        self.rows["observation_form"] += [{"observation_id": row["id"], "form": f} for f in forms]
        self.rows["observation_pupil"] += [
            {"observation_id": row["id"], "pupil_id": q.id, "role": r} for q, r in roles]
        return row, target, [q for q, _ in roles]

    def _focus_role(self, focus: _P | None) -> str | None:
        if focus is None:
            return None
        x = self.rng.random()
        return "target" if x < 0.6 else "aggressor" if x < 0.8 else "witness"

    def _target(self, focus: _P | None, focus_role: str | None, day: date) -> _P:
        """A few pupils are targeted again and again: that is what the app must surface."""
        rng = self.rng
        if focus_role == "target":
            return focus
        if focus is not None:
            return (self.mates(focus, day, 1, {focus.id}) or [self.some_pupil(day)])[0]
        if rng.random() < 0.15:
            target = rng.choice(self.frequent)
            return target if target.at_school(day) else self.some_pupil(day)
        return self.some_pupil(day)

    def _incident_roles(self, target: _P, focus: _P | None, focus_role: str | None,
                        day: date) -> list[tuple[_P, str]]:
        """The target first, then the focus pupil in their role, then classmates: the first
        an aggressor (unless the focus pupil is), the others mostly witnesses."""
        rng = self.rng
        size = 2 if rng.random() < 0.45 else 3 if rng.random() < 0.64 else 4
        exclude = {target.id}
        if focus is not None:
            exclude.add(focus.id)
        others = self.mates(target, day, size - 1 - (focus_role in ("aggressor", "witness")), exclude)
        roles = [(target, _TARGET)]
        if focus_role in ("aggressor", "witness"):
            roles.append((focus, focus_role))
        for i, q in enumerate(others):
            if i == 0 and focus_role != "aggressor":
                roles.append((q, _AGGRESSOR))
            else:
                x = rng.random()
                roles.append((q, _WITNESS if x < 0.55 else _AGGRESSOR if x < 0.95
                              else _TARGET))
        return roles

    def _incident_forms(self, place: str) -> list[str]:
        """Online means cyber; the first form drives the description."""
        rng = self.rng
        forms = [_CYBER] if place == "online" else []
        for _ in range(1 if rng.random() < 0.6 else 2 if rng.random() < 0.75 else 3):
            f = self.form(rng)
            if f == "cyber" and place != "online" and rng.random() < 0.7:
                f = "verbal"
            if f not in forms:
                forms.append(f)
        return forms

    def _incident_description(self, forms: list[str], place: str, lang: int) -> str:
        """A sentence for each of the first two forms; only the first names the place."""
        place_text = PLACES[place][lang]
        sentences = []
        for i, f in enumerate(forms[:2]):
            text = self.rng.choice(DESCRIPTIONS[f][lang])
            text = text.replace("{P}", place_text) if i == 0 else text.replace("{P} ", "")
            sentences.append(text[0].upper() + text[1:])
        return " ".join(sentences)

    def _severity(self, forms: list[str], roles: list[tuple[_P, str]]) -> int:
        rng = self.rng
        severity = 1 + (rng.random() < 0.55) + (rng.random() < 0.35) + (rng.random() < 0.2)
        if forms[0] in ("physical", "sexual", "extortion") and rng.random() < 0.4:
            severity = min(4, severity + 1)
        if len(roles) >= 4 and severity == 1:
            severity = 2
        return severity

    def _reporter(self, roles: list[tuple[_P, str]], target: _P, lang: int) -> tuple[str, str]:
        """Who told the school, and their name where the journal keeps one."""
        reporter = self.reporter(self.rng)
        if reporter == "pupil":
            witness = [q for q, r in roles if r == "witness"]
            return reporter, (witness[0] if witness else target).name
        if reporter == "parent":
            return reporter, target.parent
        if reporter == "teacher":
            return reporter, self.teacher(target.class_name)
        if reporter == "line_111":
            return reporter, LINE_111[lang]
        return reporter, ""

    def _incident_status(self, day: date) -> str:
        """Older incidents are mostly resolved; recent ones mostly open or monitored."""
        age = (self.today - day).days
        x = self.rng.random()
        if self.years > 1 and day < self.this_year:
            return "resolved"  # a past school year's incidents are settled
        if age > 60:
            return "resolved" if x < 0.85 else "monitoring" if x < 0.95 else "open"
        if age > 14:  # taken into work by now, mostly
            return "resolved" if x < 0.45 else "monitoring" if x < 0.92 else "open"
        return "open" if x < 0.4 else "monitoring" if x < 0.8 else "resolved"

    def follow_up(self, pupil: _P, event: datetime, session_id=None, observation_id=None) -> None:
        rng, today = self.rng, self.today
        due = event.date() + timedelta(days=rng.randint(2, 10))
        done = None
        if due <= today:
            age = (today - due).days
            keep_open = 0.04 if age > 60 else 0.08 if age > 14 else 0.15
            if self.years > 1 and due < self.this_year:
                keep_open = 0.0  # a past school year's follow-ups were done
            if rng.random() >= keep_open:
                done = min(max(due + timedelta(days=rng.randint(-3, 3)), event.date()), today)
        elif rng.random() < 0.3:
            done = min(event.date() + timedelta(days=rng.randint(1, 3)), today)
        x = rng.random()
        responsible = (SCHOOL["psychologist"] if x < 0.6 else self.teacher(pupil.class_name) if x < 0.85
                       else SOCIAL_PEDAGOGUE if x < 0.95 else DEPUTY)
        created = utc(event + timedelta(hours=1))
        updated = utc(datetime.combine(done, time(15, 0))) if done else created
        row = self.tracked(created, updated)
        row.update(pupil_id=pupil.id, session_id=session_id, observation_id=observation_id,
                   what=rng.choice(FOLLOW_UPS[pupil.lang]), due_date=due, responsible=responsible,
                   done_date=done)
        self.rows["follow_up"].append(row)

    def records(self, count: int, focus: _P | None = None, planned_cap: int = 40) -> None:
        """`count` sessions and observations (60/40), with follow-ups for some of them.

        With `focus`, every record involves that pupil and `count` is the number of lines
        in the pupil's chronology (follow-ups for them included)."""
        rng = self.rng
        n_sessions = round(count * 0.6)
        n_planned = min(planned_cap, n_sessions // 50) if n_sessions >= 10 else 0
        made = sessions = observations = 0
        while made < count:
            if sessions < n_sessions and (observations >= count - n_sessions or rng.random() < 0.6):
                row, pupils = self.session(focus, planned=sessions < n_planned)
                sessions += 1
                made += 1
                if (row["status"] == _HELD
                        and row["kind"] in ("individual", "crisis", "diagnostic", "parent")
                        and rng.random() < 0.2):
                    who = focus or pupils[0]
                    if focus is None or made < count:
                        self.follow_up(who, row["starts_at"], session_id=row["id"])
                        made += focus is not None
            else:
                row, target, _involved = self.observation(focus)
                observations += 1
                made += 1
                if rng.random() < 0.5:
                    if focus is None:
                        self.follow_up(target, row["occurred_at"], observation_id=row["id"])
                    elif target.id == focus.id and made < count:
                        self.follow_up(target, row["occurred_at"], observation_id=row["id"])
                        made += 1


# --- database ------------------------------------------------------------------------------

# In the order foreign keys need: cases before the records that point at them.
_ORDER = ("pupil", "guardian", "bullying_case", "case_stage", "case_pupil", "counselling_session",
          "session_pupil", "observation", "observation_form", "observation_pupil", "concern",
          "concern_pupil", "concern_response", "council_member", "council_meeting",
          "council_attendance", "accompaniment", "follow_up", "organisation", "referral",
          "referral_amendment", "preventive_activity", "accompaniment_review", "council_item")
_TABLES = {
    "pupil": Pupil, "guardian": Guardian, "counselling_session": CounsellingSession,
    "session_pupil": SessionPupil, "observation": Observation, "observation_form": ObservationForm,
    "observation_pupil": ObservationPupil, "follow_up": FollowUp, "bullying_case": BullyingCase,
    "case_stage": CaseStageEntry, "case_pupil": CasePupil, "concern": Concern,
    "concern_pupil": ConcernPupil, "concern_response": ConcernResponse,
    "organisation": Organisation, "referral": Referral, "referral_amendment": ReferralAmendment,
    "preventive_activity": PreventiveActivity, "council_member": CouncilMember,
    "council_meeting": CouncilMeeting, "council_attendance": CouncilAttendance,
    "council_item": CouncilItem, "accompaniment": Accompaniment,
    "accompaniment_review": AccompanimentReview,
}
# Columns only some rows set; a bulk insert needs every row to name the same columns.
_DEFAULTS = {
    "counselling_session": {"case_id": None, "self_harm_risk": False},
    "observation": {"case_id": None},
    "follow_up": {"case_id": None, "accompaniment_id": None},
    "pupil": {"address": ""},
}


def _existing(conn, today: date) -> tuple[list[_P], set[str], tuple]:
    """Live pupils already in the database, their IINs, and counts to vary the seed by."""
    first_september = school_year_start(today)

    def joined(grade: int) -> date:
        return first_september if grade == 0 else date.min

    guardians: dict[uuid.UUID, str] = {}
    for pid, name in conn.execute(
        select(Guardian.pupil_id, Guardian.name).where(Guardian.deleted_at.is_(None))
        .order_by(Guardian.pupil_id, Guardian.created_at, Guardian.id)
    ):
        guardians.setdefault(pid, name)
    pool = []
    iins: set[str] = set()
    for r in conn.execute(
        select(Pupil.id, Pupil.sex, Pupil.grade, Pupil.class_name, Pupil.study_language,
               Pupil.consent_status, Pupil.active, Pupil.left_date, Pupil.surname,
               Pupil.given_name, Pupil.patronymic, Pupil.iin, Pupil.deleted_at).order_by(Pupil.id)
    ):
        if r.iin:
            iins.add(r.iin)  # soft-deleted IINs too: never hand out a number twice
        if r.deleted_at is not None:
            continue
        left = None if r.active else (r.left_date or date.min)
        pool.append(_P(r.id, r.sex, r.grade, r.class_name,
                       1 if r.study_language == StudyLanguage.KAZAKH.value else 0,
                       r.consent_status == ConsentStatus.GIVEN.value, left,
                       full_name(r.surname, r.given_name, r.patronymic),
                       guardians.get(r.id, ""), joined(r.grade)))
    counts = tuple(conn.execute(select(func.count()).select_from(t)).scalar()
                   for t in (Pupil.__table__, CounsellingSession.__table__, Observation.__table__,
                             FollowUp.__table__))
    return pool, iins, counts


def _rng(seed: int, counts: tuple) -> random.Random:
    # A database that already holds rows gets a different stream, so ids never repeat.
    return random.Random(seed if not any(counts) else f"{seed}/{'/'.join(map(str, counts))}")


def _ensure_school(conn, gen: Generator) -> None:
    if conn.execute(select(School.id).where(School.deleted_at.is_(None))).first() is None:
        row = gen.tracked(gen.stamp)
        row.update(SCHOOL)
        conn.execute(School.__table__.insert(), [row])


def _write(conn, rows: dict[str, list[dict]]) -> None:
    # Random UUID keys touch pages all over the file: a big page cache for this connection
    # halves the time. Put back the default afterwards (the connection returns to the pool).
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql("PRAGMA cache_size=-262144")
    try:
        _insert_all(conn, rows)
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")


def _insert_all(conn, rows: dict[str, list[dict]]) -> None:
    for name in _ORDER:
        table = _TABLES[name].__table__
        data = rows.get(name, [])
        for row in data:
            for column, value in _DEFAULTS.get(name, {}).items():
                row.setdefault(column, value)
        for i in range(0, len(data), _BATCH):
            conn.execute(table.insert(), data[i: i + _BATCH])


def generate_demo(db: Database, ctx: Context, pupils: int, records: int, seed: int = 1,
                  years: int = 1) -> DemoSummary:
    """Add `pupils` invented pupils and `records` sessions + observations (about 60/40), with
    the school profile (if none), guardians and follow-ups. Records involve new and existing
    pupils alike. Deterministic for a given seed, clock and starting database.

    The records span last school year and this one so far; with `years` > 1, that many
    school years before this one: `pupils` then counts every pupil of those years, those
    who finished grade 11 among them, and what is older than this school year is settled
    (incidents resolved, follow-ups done, cases closed, concerns and referrals answered)."""
    if pupils < 0 or records < 0:
        raise ValueError("pupils and records must be zero or more")
    if years < 1:
        raise ValueError("years must be one or more")
    with db.engine.begin() as conn:
        pool, iins, counts = _existing(conn, ctx.today())
        gen = Generator(ctx, _rng(seed, counts), iins, years)
        _ensure_school(conn, gen)
        pool = pool + gen.pupils(pupils)
        if records:
            if not pool:
                raise ValueError("no pupils to attach records to")
            gen.index(pool)
            gen.records(records)
            # The clocks count on the journal's calendar: the law's days and the school's.
            calendar = HolidayCalendar(
                (), [Correction(r.day, r.kind, r.name) for r in conn.execute(
                    select(HolidayCorrection.day, HolidayCorrection.kind, HolidayCorrection.name))],
                conn.execute(select(HolidayYear.year)).scalars())
            answer_days = conn.execute(select(WarningSettings.answer_working_days)
                                       .where(WarningSettings.id == 1)).scalar()
            more = CasesAndConcerns(gen, calendar, answer_days or 15)
            more.cases(max(1, records // 150))
            more.concerns(max(1, records // 30))
            more.self_harm_risks()
            # Every way a referral goes appears at least once; a school sends a few dozen.
            DemoReferrals(gen, conn).referrals(max(len(PLAN), min(records // 100, 300)))
            DemoPrevention(gen).activities()
            if conn.execute(select(CouncilMeeting.id).limit(1)).first() is None:
                DemoCouncil(gen).year()  # one council a journal: not again on a second run
        _write(conn, gen.rows)
    if records:
        _demo_calendar(db, ctx)
    return DemoSummary(
        pupils=len(gen.rows["pupil"]), sessions=len(gen.rows["counselling_session"]),
        observations=len(gen.rows["observation"]), follow_ups=len(gen.rows["follow_up"]),
        concerns=len(gen.rows["concern"]), cases=len(gen.rows["bullying_case"]),
        referrals=len(gen.rows["referral"]),
        preventive_activities=len(gen.rows["preventive_activity"]),
        accompaniments=len(gen.rows.get("accompaniment", [])),
    )


def _demo_calendar(db: Database, ctx: Context) -> None:
    """The demo's own school year when the calendar lacks today's (schema 0010 seeds
    2025-2026 and a guess for 2026-2027; a demo year never replaces them): the same quarters the demo's activities keep to, so that the term summary
    has a current quarter. Demo data only; a real school types in its ministry's dates.
    Written like the rest of the demo (no audit entries, ids from the year's name)."""

    name = school_year(ctx.today())
    terms = quarters(school_year_start(ctx.today()).year)
    breaks = [(a[1] + timedelta(days=1), b[0] - timedelta(days=1), False)
              for a, b in zip(terms, terms[1:])]
    check_year(YearInput(name=name, starts_on=terms[0][0], ends_on=terms[-1][1], terms=terms,
                         breaks=breaks)).raise_if_any()
    year_id = uuid.uuid5(uuid.NAMESPACE_URL, f"senim-demo-year:{name}")
    now = ctx.now().astimezone(timezone.utc)
    with db.engine.begin() as conn:
        if conn.execute(select(AcademicYear.id).where(AcademicYear.name == name)).first():
            return
        conn.execute(AcademicYear.__table__.insert().values(
            id=year_id, created_at=now, updated_at=now, updated_by="", name=name,
            starts_on=terms[0][0], ends_on=terms[-1][1], confirmed=False))
        conn.execute(Term.__table__.insert(), [
            {"year_id": year_id, "number": n, "starts_on": a, "ends_on": b}
            for n, (a, b) in enumerate(terms, 1)])
        conn.execute(SchoolBreak.__table__.insert(), [
            {"id": uuid.uuid5(year_id, str(a)), "year_id": year_id, "starts_on": a,
             "ends_on": b, "first_grade_only": first} for a, b, first in breaks])


def add_pupil_with_history(db: Database, ctx: Context, entries: int, seed: int = 1) -> uuid.UUID:
    """Add one invented pupil (consent given) whose chronology has exactly `entries` lines:
    sessions and observations with other pupils from the database, and follow-ups.
    For benchmarks and tests of long chronologies; returns the new pupil's id."""
    with db.engine.begin() as conn:
        pool, iins, counts = _existing(conn, ctx.today())
        gen = Generator(ctx, _rng(seed, counts + (entries,)), iins)
        kazakh = gen.rng.random() < 0.7
        sex = gen.rng.choice((_MALE, _FEMALE))
        grade = gen.rng.randint(5, 9)
        letter = "Ә" if kazakh else "В"
        lang = StudyLanguage.KAZAKH.value if kazakh else StudyLanguage.RUSSIAN.value
        surname, given, patronymic, father = gen.person(kazakh, sex)
        focus = gen.pupil_row(sex, gen.birth_date(grade), grade, f"{grade}{letter}", lang, surname,
                              given, patronymic, gen.guardians(kazakh, surname, sex, father),
                              consent=ConsentStatus.GIVEN.value, leaves=False)
        gen.index(pool + [focus])
        if entries:
            gen.records(entries, focus=focus)
        _write(conn, gen.rows)
    return focus.id
