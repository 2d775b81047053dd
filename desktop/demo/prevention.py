"""Invented preventive work for the demo: the log of group activities over the last school
year and this one, up to the demo's clock.

Each quarter every class of grades 1-11 has a «Личная безопасность» lesson; grades 5-9 have
ДосболLIKE sessions (about two a year); the teachers have a training; the parents of three
grades meet; and four classes have a class hour on bullying, emotions or conflicts. Topics are in the class's
language (Kazakh or Russian); numbers are plausible for a class (18-32), a parents' meeting
or the staff. Only school days: weekdays outside the breaks and holidays (common.school_days),
and not in grade 1's extra week in February. Bulk rows, no service call per row.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ..models.enums import Audience, Programme
from ..models.prevention import activity_search_key
from ..models.school_class import parse_class
from .common import quarters, school_days, utc

# (Russian, Kazakh) topics by programme.
TOPICS = {
    Programme.PERSONAL_SAFETY: (
        ("Личная безопасность: безопасный путь в школу", "Жеке қауіпсіздік: мектепке қауіпсіз жол"),
        ("Личная безопасность в интернете", "Интернеттегі жеке қауіпсіздік"),
        ("Личная безопасность: как сказать «нет» незнакомцу",
         "Жеке қауіпсіздік: бейтаныс адамға «жоқ» деу"),
        ("Личная безопасность: кому рассказать, если тебя обижают",
         "Жеке қауіпсіздік: сені ренжітсе, кімге айту керек"),
        ("Личная безопасность: телефон доверия 111", "Жеке қауіпсіздік: 111 сенім телефоны"),
    ),
    Programme.DOSBOL_LIKE: (
        ("ДосболLIKE: что такое буллинг и как его остановить",
         "ДосболLIKE: буллинг деген не және оны қалай тоқтатуға болады"),
        ("ДосболLIKE: дружный класс", "ДосболLIKE: ынтымақты сынып"),
        ("ДосболLIKE: кибербуллинг и правила общения в чатах",
         "ДосболLIKE: кибербуллинг және чаттағы қарым-қатынас ережелері"),
        ("ДосболLIKE: роль свидетеля — не молчи", "ДосболLIKE: куәгердің рөлі — үндемеме"),
    ),
    Programme.TEACHER_TRAINING: (
        ("Раннее выявление буллинга: алгоритм действий педагога",
         "Буллингті ерте анықтау: педагогтің іс-әрекет алгоритмі"),
        ("Профилактика суицидального поведения подростков",
         "Жасөспірімдердің суицидтік мінез-құлқының алдын алу"),
        ("Конфликты в классе: медиация и восстановительные беседы",
         "Сыныптағы жанжалдар: медиация және қалпына келтіру әңгімелері"),
        ("Эмоциональное выгорание педагога: как себя поддержать",
         "Педагогтің эмоционалдық күйіп кетуі: өзіңді қалай қолдауға болады"),
    ),
    Programme.PARENT_MEETING: (
        ("Как распознать, что ребёнка травят", "Баланың қорлауға ұшырағанын қалай байқауға болады"),
        ("Безопасность детей в интернете и соцсетях",
         "Балалардың интернет пен әлеуметтік желілердегі қауіпсіздігі"),
        ("Подростковый возраст: как сохранить доверие",
         "Жасөспірімдік кезең: сенімді қалай сақтау керек"),
        ("Режим дня и эмоциональное благополучие ребёнка",
         "Күн тәртібі және баланың эмоционалдық саулығы"),
    ),
    Programme.CLASS_HOUR: (
        ("Классный час: толерантность и уважение", "Сынып сағаты: төзімділік пен құрмет"),
        ("Классный час: как разрешать конфликты мирно", "Сынып сағаты: жанжалдарды бейбіт шешу"),
        ("Классный час: мои эмоции и как с ними справляться",
         "Сынып сағаты: менің эмоцияларым және оларды басқару"),
        ("Классный час: мы против травли", "Сынып сағаты: біз қорлауға қарсымыз"),
    ),
}
STAFF = ("Педагогический коллектив", "Педагогтер ұжымы")
PARENTS_OF = ("Родители {g}-х классов", "{g}-сынып ата-аналары")
PSYCHOLOGIST, SOCIAL_PEDAGOGUE = "Омарова Д. С.", "Ким Е. В."


def _grade_one_week(day: date) -> bool:
    """Grade 1's extra holiday week in February (9-15 February in 2026)."""
    return day.month == 2 and 9 <= day.day <= 15


class DemoPrevention:
    """Adds preventive_activity rows to the generator's `rows` (generator.Generator), for the
    classes of the pupils it has indexed (`gen.by_class`)."""

    def __init__(self, gen):
        self.gen, self.rng, self.today = gen, gen.rng, gen.today
        self.rows = gen.rows.setdefault("preventive_activity", [])
        self.classes: dict[str, tuple[int, int]] = {}  # name -> (grade, 1 if Kazakh-medium)
        for name in sorted(gen.by_class):
            parsed = parse_class(name)
            pupils = gen.by_class[name]
            if parsed and parsed[0] >= 1:
                kazakh = sum(p.lang for p in pupils) * 2 >= len(pupils)
                self.classes[name] = (parsed[0], int(kazakh))

    def activities(self) -> int:
        """The generator's school years up to today (last one and this one, or more);
        returns how many activities were added."""
        before = len(self.rows)
        for year in range(self.gen.year - self.gen.years, self.gen.year + 1):
            for first, last in quarters(year):
                days = school_days(first, last)
                if days and days[0] <= self.today:
                    self._quarter(days)
        return len(self.rows) - before

    # --- one quarter ----------------------------------------------------------------------

    def _quarter(self, days: list[date]) -> None:
        rng = self.rng
        for name, (grade, lang) in self.classes.items():
            self._add(days, Programme.PERSONAL_SAFETY, Audience.PUPILS, lang, grade,
                      class_name=name, participants=rng.randint(18, 32),
                      led_by=rng.choice((PSYCHOLOGIST, SOCIAL_PEDAGOGUE)))
            # ДосболLIKE for grades 5-9: about one session a half-year.
            if 5 <= grade <= 9 and rng.random() < 0.5:
                self._add(days, Programme.DOSBOL_LIKE, Audience.PUPILS, lang, grade,
                          class_name=name, participants=rng.randint(18, 32), led_by=PSYCHOLOGIST)
        for name in rng.sample(sorted(self.classes), min(len(self.classes), 4)):
            grade, lang = self.classes[name]
            self._add(days, Programme.CLASS_HOUR, Audience.PUPILS, lang, grade, class_name=name,
                      participants=rng.randint(18, 32),
                      led_by=rng.choice((PSYCHOLOGIST, self.gen.teacher(name))))
        lang = rng.randrange(2)
        self._add(days, Programme.TEACHER_TRAINING, Audience.TEACHERS, lang, 0,
                  group_name=STAFF[lang], participants=rng.randint(24, 60), led_by=PSYCHOLOGIST)
        grades = sorted({g for g, _l in self.classes.values()})
        for grade in rng.sample(grades, min(len(grades), 3)):
            parallel = [n for n, (g, _l) in self.classes.items() if g == grade]
            lang = rng.randrange(2)
            self._add(days, Programme.PARENT_MEETING, Audience.PARENTS, lang, grade,
                      group_name=PARENTS_OF[lang].format(g=grade),
                      participants=sum(rng.randint(12, 22) for _ in parallel),
                      led_by=rng.choice((PSYCHOLOGIST, SOCIAL_PEDAGOGUE)))

    def _add(self, days: list[date], programme: Programme, audience: Audience, lang: int,
             grade: int, *, participants: int, led_by: str, class_name: str = "",
             group_name: str = "") -> None:
        """One activity on a school day of the quarter; none if the day drawn is still to
        come (the current quarter then has only part of its activities)."""
        rng = self.rng
        day = rng.choice(days)
        if grade == 1 and _grade_one_week(day):
            day = next((d for d in days if d > day and not _grade_one_week(d)), None)
        if day is None or day > self.today:
            return
        held_at = datetime.combine(day, time(rng.randint(9, 15), rng.choice((0, 15, 30, 45))))
        row = self.gen.tracked(utc(held_at + timedelta(hours=2)))  # written up after it
        topic = rng.choice(TOPICS[programme])[lang]
        row.update(held_on=day, programme=programme.value, topic=topic,
                   audience=audience.value, class_name=class_name, group_name=group_name,
                   participants=participants, led_by=led_by,
                   search_key=activity_search_key(topic, group_name, class_name))
        self.rows.append(row)
