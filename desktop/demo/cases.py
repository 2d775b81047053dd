"""Invented demo concerns and bullying cases, built on the incidents that generator.py made.

Cases follow pupils who were targeted more than once, at every ДосболLIKE stage (some with
their monitoring review overdue); concerns come from parents, pupils, teachers, the 111
line, the support centre or anonymously, mostly answered on time, some late, some still
waiting, and some about a pupil whose earlier concern is still open. A few recent sessions
are marked with a risk of self-harm. Texts are (Russian, Kazakh) pairs, like generator.py's.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from ..models.enums import CaseStage, Channel, ConcernSource, ResponseKind
from ..models.working_days import WorkingDays, add_working_days
from .common import DEPUTY, SCHOOL, SOCIAL_PEDAGOGUE, afternoon, utc

_STAGES = [s.value for s in CaseStage]
_TARGET, _AGGRESSOR = "target", "aggressor"

CASE_TITLES = (
    ("{c}: систематические насмешки", "{c}: жүйелі мазақ"),
    ("{c}: травля в чате класса", "{c}: сынып чатындағы қудалау"),
    ("{c}: исключение из игр и общения", "{c}: ойын мен қарым-қатынастан шеттету"),
    ("{c}: вымогательство денег", "{c}: қорқытып ақша талап ету"),
)
STAGE_NOTES = {
    "complaint": ("Жалоба зарегистрирована, собрана первичная информация",
                  "Шағым тіркелді, алғашқы ақпарат жиналды"),
    "analysis": ("Беседы с участниками и свидетелями, анкетирование класса",
                 "Қатысушылармен және куәлармен әңгіме, сыныпта сауалнама"),
    "help_plan": ("План помощи утверждён на заседании антибуллинговой команды",
                  "Көмек жоспары антибуллинг тобының отырысында бекітілді"),
    "monitoring": ("Наблюдение за классом, повторная встреча с родителями",
                   "Сыныпты бақылау, ата-анамен қайта кездесу"),
    "closed": ("Случай закрыт по итогам мониторинга", "Мониторинг қорытындысы бойынша жабылды"),
}
OUTCOMES = (
    ("Травля прекращена, отношения в классе восстановлены",
     "Қудалау тоқтатылды, сыныптағы қарым-қатынас қалпына келді"),
    ("Агрессор переведён в другой класс по решению родителей, пострадавший чувствует себя "
     "в безопасности", "Ата-ананың шешімімен агрессор басқа сыныпқа ауыстырылды, зардап "
     "шегуші өзін қауіпсіз сезінеді"),
)
PLAN_ACTIONS = (
    ("Индивидуальные консультации с пострадавшим", "Зардап шегушімен жеке кеңестер"),
    ("Беседа с родителями агрессора", "Агрессордың ата-анасымен әңгіме"),
    ("Классный час о дружбе и уважении", "Достық пен құрмет туралы сынып сағаты"),
    ("Тренинг ДосболLIKE для класса", "Сыныпқа ДосболLIKE тренингі"),
)
SUMMARIES = {
    "parent": (("Мама сообщила, что сына дразнят одноклассники и отбирают вещи.",
                "Анасы ұлын сыныптастары мазақтап, заттарын тартып алатынын айтты."),
               ("Отец жалуется, что дочь боится идти в школу из-за насмешек в чате класса.",
                "Әкесі қызының сынып чатындағы мазақ үшін мектепке барудан қорқатынын айтты."),
               ("Родители просят разобраться: ребёнка толкают и обзывают на переменах.",
                "Ата-анасы үзілісте баланы итеріп, ат қоятынын айтып, шара қолдануды сұрайды.")),
    "pupil": (("Ученик сам пришёл и рассказал, что его обзывают и не берут в игры.",
               "Оқушы өзі келіп, оны мазақтап, ойынға қоспайтынын айтты."),),
    "teacher": (("Классный руководитель заметила, что ребёнок сидит один и плачет после уроков.",
                 "Сынып жетекшісі баланың сабақтан кейін жалғыз отырып жылайтынын байқады."),),
    "line_111": (("Сообщение с линии 111: ребёнку пишут угрозы в мессенджере.",
                  "111 желісінен хабарлама: балаға мессенджерде қорқыту жазылады."),),
    "support_centre": (("ЦПП передал информацию о конфликте в классе для работы школы.",
                        "Психологиялық қолдау орталығы сыныптағы жанжал туралы ақпаратты "
                        "мектепке жіберді."),),
    "anonymous": (("Анонимно: на перемене старшеклассники отбирают у младших деньги.",
                   "Жасырын: үзілісте жоғары сынып оқушылары кішілердің ақшасын тартып алады."),),
}
SOURCE_WEIGHTS = (("parent", 50), ("pupil", 12), ("teacher", 18), ("line_111", 6),
                  ("support_centre", 4), ("anonymous", 10))
CHANNELS = {
    "parent": ("in_person", "phone", "written", "messenger"),
    "pupil": ("in_person",),
    "teacher": ("in_person", "messenger"),
    "line_111": ("line_111",),
    "support_centre": ("written", "phone"),
    "anonymous": ("written", "messenger"),
}
SOURCE_NAMES = {
    "line_111": ("Единый контакт-центр 111", "111 бірыңғай байланыс орталығы"),
    "support_centre": ("Центр психологической поддержки", "Психологиялық қолдау орталығы"),
}
RESPONSE_NOTES = {
    "acknowledged": ("Обращение принято, назначена встреча", "Өтініш қабылданды, кездесу белгіленді"),
    "meeting": ("Встреча с родителями и классным руководителем",
                "Ата-анамен және сынып жетекшісімен кездесу"),
    "written_answer": ("Дан письменный ответ о принятых мерах",
                       "Қабылданған шаралар туралы жазбаша жауап берілді"),
}
assert {s.value for s in ConcernSource} == set(SUMMARIES) == set(CHANNELS)
assert {c for cs in CHANNELS.values() for c in cs} <= {c.value for c in Channel}


class CasesAndConcerns:
    """Adds rows to the generator's `rows` (generator.Generator) after its records are made."""

    def __init__(self, gen, calendar: WorkingDays, answer_days: int = 15):
        """`calendar` counts the concern clocks (models/holidays.HolidayCalendar);
        `answer_days` is the school's answer deadline in working days."""
        self.gen, self.rng, self.today = gen, gen.rng, gen.today
        self.calendar, self.answer_days = calendar, answer_days
        self.by_id = {p.id: p for p in gen.pool}
        self.targeted: dict[uuid.UUID, list[dict]] = {}
        self.roles: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
        incidents = {o["id"]: o for o in gen.rows["observation"]}
        for link in gen.rows["observation_pupil"]:
            o = incidents[link["observation_id"]]
            self.roles.setdefault(o["id"], []).append((link["pupil_id"], link["role"]))
            if link["role"] == _TARGET:
                self.targeted.setdefault(link["pupil_id"], []).append(o)
        self.case_of: dict[uuid.UUID, tuple[uuid.UUID, date]] = {}  # target -> case, opened

    def settled(self, day: date) -> bool:
        """Older than this school year, with more than one year of history: done."""
        return self.gen.years > 1 and day < self.gen.this_year

    def staff(self, p) -> str:
        x = self.rng.random()
        return (SCHOOL["psychologist"] if x < 0.55 else SOCIAL_PEDAGOGUE if x < 0.75
                else DEPUTY if x < 0.85 else self.gen.teacher(p.class_name))

    # --- cases ------------------------------------------------------------------------------

    def cases(self, count: int) -> int:
        repeated = [pid for pid, obs in self.targeted.items()
                    if len(obs) >= 2 and pid in self.by_id]
        repeated.sort(key=lambda pid: max(o["occurred_at"] for o in self.targeted[pid]),
                      reverse=True)
        if self.gen.years > 1:  # a case is about a run of incidents, not years apart
            repeated = [pid for pid in repeated if self._run(self.targeted[pid])]
        made = 0
        repeated = repeated[:count]
        if self.gen.years > 1:  # a past school year's cases are closed
            current = [pid for pid in repeated
                       if max(o["occurred_at"] for o in self.targeted[pid]).date()
                       >= self.gen.this_year]
            count = max(len(current), 1)
        for i, pid in enumerate(repeated):
            # Every stage appears: the newest cases are early in the process, older ones later.
            final = _STAGES[min(i * len(_STAGES) // max(count, 1), len(_STAGES) - 1)]
            self.case(self.by_id[pid], final)
            made += 1
        return made

    @staticmethod
    def _run(incidents: list[dict], days: int = 120) -> list[dict]:
        """The latest incidents within `days` of the last one, oldest first; none unless
        there are two or more."""
        ordered = sorted(incidents, key=lambda o: o["occurred_at"])
        since = ordered[-1]["occurred_at"] - timedelta(days=days)
        run = [o for o in ordered if o["occurred_at"] >= since]
        return run if len(run) >= 2 else []

    def case(self, p, final: str) -> None:
        rng, gen, lang = self.rng, self.gen, p.lang
        incidents = sorted(self.targeted[p.id], key=lambda o: o["occurred_at"])
        if gen.years > 1:  # the case is about the latest run of incidents, not ten years'
            incidents = self._run(incidents)
        opened = incidents[-2]["occurred_at"].date() if final in ("complaint", "analysis") \
            else incidents[0]["occurred_at"].date()
        steps = [("complaint", opened)]
        day = opened
        gaps = {"analysis": (1, 4), "help_plan": (2, 6), "monitoring": (5, 12), "closed": (20, 45)}
        for stage in _STAGES[1:_STAGES.index(final) + 1]:
            day = day + timedelta(days=rng.randint(*gaps[stage]))
            if day > self.today:
                break
            steps.append((stage, day))
        stage, last = steps[-1]
        review = None
        if stage == "monitoring":  # mostly ahead; some reviews overdue
            review = max(last + timedelta(days=rng.randint(10, 30)),
                         self.today + timedelta(days=rng.randint(-6, 20)))
        case_id = gen.uid()
        row = gen.tracked(afternoon(opened), afternoon(last))
        row.update(title=rng.choice(CASE_TITLES)[lang].format(c=p.class_name), opened_on=opened,
                   stage=stage, review_date=review,
                   outcome=rng.choice(OUTCOMES)[lang] if stage == "closed" else "",
                   closed_on=last if stage == "closed" else None)
        row["id"] = case_id
        gen.rows["bullying_case"].append(row)
        for s, on in steps:
            entry = gen.tracked(afternoon(on))
            entry.update(case_id=case_id, stage=s, on_date=on, responsible=self.staff(p),
                         note=STAGE_NOTES[s][lang])
            gen.rows["case_stage"].append(entry)
        members = {p.id: _TARGET}
        for o in incidents:
            if o["occurred_at"].date() >= opened - timedelta(days=60):
                o["case_id"] = case_id
                for pid, role in self.roles[o["id"]]:
                    if role == _AGGRESSOR and pid in self.by_id:
                        members.setdefault(pid, _AGGRESSOR)
        gen.rows["case_pupil"] += [{"case_id": case_id, "pupil_id": pid, "role": role}
                                   for pid, role in members.items()]
        planned = dict(steps).get("help_plan")
        if planned is not None:
            for what in rng.sample(PLAN_ACTIONS, rng.randint(1, 3)):
                due = planned + timedelta(days=rng.randint(3, 14))
                done = None
                if due < self.today and (rng.random() < 0.8 or self.settled(due)):
                    done = min(due + timedelta(days=rng.randint(-2, 2)), self.today)
                action = gen.tracked(afternoon(planned), afternoon(done) if done else None)
                action.update(pupil_id=p.id, session_id=None, observation_id=None,
                              what=what[lang], due_date=due, responsible=self.staff(p),
                              done_date=done, case_id=case_id)
                gen.rows["follow_up"].append(action)
        self.case_of[p.id] = (case_id, opened)

    # --- concerns ---------------------------------------------------------------------------

    def concerns(self, count: int) -> int:
        rng, gen = self.rng, self.gen
        sources = [s for s, w in SOURCE_WEIGHTS for _ in range(w)]
        favourites = list(self.case_of) + [p.id for p in gen.frequent]
        made = []
        while len(made) < count:
            received = gen.past_moment(8, 19, 5)
            # The last month is busier: that is what the dashboard shows. Over several school
            # years, the same month's share of them all (not 30% of ten years' concerns).
            if rng.random() < 0.3 / gen.years:
                day = gen.today - timedelta(days=rng.randint(0, 30))
                minutes = rng.randrange(8 * 60, 18 * 60, 5)
                received = min(datetime.combine(day, time(minutes // 60, minutes % 60)),
                               gen.now.replace(second=0, microsecond=0))
            if favourites and rng.random() < 0.45:
                p = self.by_id[rng.choice(favourites)]
            else:
                p = gen.some_pupil(received.date())
            first = self.concern(p, rng.choice(sources), received)
            made.append(first)
            again = datetime.combine(received.date() + timedelta(days=rng.randint(2, 8)),
                                     time(rng.randint(8, 17), rng.choice((0, 15, 30, 45))))
            # Some families complain again before they had an answer (the Almaty pattern).
            if rng.random() < 0.12 and again <= gen.now and len(made) < count:
                made.append(self.concern(p, "parent", again))
        made.sort(key=lambda c: c["received_at"])
        self.link_repeats(made)
        gen.rows["concern"] += made
        return len(made)

    def concern(self, p, source: str, received: datetime) -> dict:
        rng, gen, lang = self.rng, self.gen, p.lang
        day = received.date()
        if source == "parent":
            who = p.parent
        elif source == "pupil":
            who = p.name
        elif source == "teacher":
            who = gen.teacher(p.class_name)
        elif source in SOURCE_NAMES:
            who = SOURCE_NAMES[source][lang]
        else:
            who = ""
        ack_due = add_working_days(day, 1, self.calendar)
        answer_due = add_working_days(day, self.answer_days, self.calendar)
        age = (self.today - day).days
        acknowledged = answered = None
        responses = []
        if age > 14 or rng.random() < 0.7:
            late = rng.random() < 0.08
            acknowledged = min(day + timedelta(days=rng.randint(2, 6)) if late else
                               rng.choice((day, ack_due)), self.today)
            responses.append(("acknowledged", acknowledged))
            if rng.random() < 0.4:
                responses.append(("meeting", min(acknowledged + timedelta(days=rng.randint(1, 5)),
                                                 self.today)))
        if acknowledged is not None:
            x = rng.random()
            if age > 14 and x < 0.82:
                answered = answer_due - timedelta(days=rng.randint(0, 6))
            elif age > 14 and x < 0.94:
                answered = answer_due + timedelta(days=rng.randint(1, 10))  # late
            elif age <= 14 and rng.random() < age / 20:
                answered = day + timedelta(days=rng.randint(1, max(1, age)))
            if answered is None and self.settled(day):
                answered = answer_due - timedelta(days=rng.randint(0, 6))
            if answered is not None:
                answered = min(max(answered, acknowledged), self.today)
                responses.append(("written_answer", answered))
        concern_id = gen.uid()
        case = self.case_of.get(p.id)
        row = gen.tracked(utc(received), utc(received))
        row.update(id=concern_id, received_at=received, source=source,
                   channel=rng.choice(CHANNELS[source]), from_name=who, contact="",
                   summary=rng.choice(SUMMARIES[source])[lang], ack_due=ack_due,
                   answer_due=answer_due, acknowledged_on=acknowledged, answered_on=answered,
                   previous_id=None,
                   case_id=case[0] if case and day >= case[1] else None)
        row["_pupil"] = p.id
        gen.rows["concern_pupil"].append({"concern_id": concern_id, "pupil_id": p.id})
        for kind, on in responses:
            r = gen.tracked(afternoon(on))
            r.update(concern_id=concern_id, kind=ResponseKind(kind).value, on_date=on,
                     by=self.staff(p), note=RESPONSE_NOTES[kind][lang])
            gen.rows["concern_response"].append(r)
        return row

    @staticmethod
    def link_repeats(concerns: list[dict]) -> None:
        """A concern about a pupil whose earlier concern was still unanswered links to it."""
        latest: dict[uuid.UUID, dict] = {}
        for c in concerns:
            pid = c.pop("_pupil")
            before = latest.get(pid)
            if before is not None and (before["answered_on"] is None
                                       or before["answered_on"] > c["received_at"].date()):
                c["previous_id"] = before["id"]
            latest[pid] = c

    # --- risks ------------------------------------------------------------------------------

    def self_harm_risks(self, lookback_days: int = 60) -> int:
        """Mark a few recent held crisis or individual sessions with a risk of self-harm."""
        since = self.gen.now - timedelta(days=lookback_days)
        recent = [s for s in self.gen.rows["counselling_session"]
                  if s["status"] == "held" and s["kind"] in ("crisis", "individual")
                  and s["starts_at"] >= since]
        marked = [s for s in recent if s["kind"] == "crisis" and self.rng.random() < 0.3][:3]
        if not marked and recent:
            marked = [self.rng.choice(recent)]
        for s in marked:
            s["self_harm_risk"] = True
        return len(marked)
