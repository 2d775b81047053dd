"""An invented year of the prevention council for the demo: its members, a meeting a month
(September to May, numbered per school year) up to today and one still to come, and
pupils accompanied at every step: just started, with the parents informed or not, with
the plan's measures (follow-ups, some done, some overdue), reviewed on time or overdue, a
plan changed, ended with an outcome. Each meeting also hears the quarter's preventive work.
Bulk rows like the rest of the demo; no confidential note (the demo has no notes key).
"""

from __future__ import annotations

from datetime import date, timedelta

from .common import DEPUTY, SCHOOL, SOCIAL_PEDAGOGUE, afternoon, school_days

MEMBERS = ((SCHOOL["director"], "директор школы, председатель совета"),
           (SCHOOL["psychologist"], "педагог-психолог, секретарь совета"),
           (DEPUTY, "заместитель директора по воспитательной работе"),
           (SOCIAL_PEDAGOGUE, "социальный педагог"),
           ("Жақсылықов Ерлан Маратұлы", "инспектор по делам несовершеннолетних"),
           ("Бекова Сәуле Нұрланқызы", "председатель родительского комитета"))
# (grounds, what was heard) in (Russian, Kazakh).
CASES = (
    (("bullying", "absences"),
     ("Классный руководитель: ученика дважды унижали одноклассники, 9 уроков пропущено без "
      "уважительной причины.",
      "Сынып жетекшісі: оқушыны сыныптастары екі рет қорлады, 9 сабақ дәлелсіз жіберілді.")),
    (("learning",),
     ("Неуспеваемость по трём предметам за четверть, ученик отказывается от помощи.",
      "Тоқсан бойы үш пәннен үлгермейді, оқушы көмектен бас тартады.")),
    (("antisocial", "offence"),
     ("Инспектор ПДН: задержан за мелкое хулиганство, повторные конфликты в школе.",
      "Кәмелетке толмағандар ісі жөніндегі инспектор: ұсақ бұзақылық үшін ұсталды, мектепте "
      "жанжал қайталанады.")),
    (("life_situation",),
     ("Социальный педагог: семья в трудной жизненной ситуации, ребёнок часто без присмотра.",
      "Әлеуметтік педагог: отбасы қиын өмірлік жағдайда, бала жиі қараусыз қалады.")),
    (("violence",),
     ("Педагог-психолог: ребёнок рассказал о насилии дома, мать обратилась за помощью.",
      "Педагог-психолог: бала үйдегі зорлық туралы айтты, анасы көмек сұрады.")),
)
MEASURES = (
    ("Индивидуальные консультации педагога-психолога, раз в неделю",
     "Педагог-психологтың жеке кеңестері, аптасына бір рет"),
    ("Встреча с родителями, ознакомление с планом", "Ата-анамен кездесу, жоспармен таныстыру"),
    ("Ежедневный контроль посещаемости", "Сабаққа қатысуды күнделікті бақылау"),
    ("Дополнительные занятия по математике", "Математикадан қосымша сабақтар"),
    ("Вовлечение в кружок или секцию", "Үйірмеге немесе секцияға тарту"),
    ("Классный час о дружбе и уважении", "Достық пен құрмет туралы сынып сағаты"),
)
REVIEWS = {"better": ("Есть улучшения: посещает уроки, конфликтов нет.",
                      "Жақсару бар: сабаққа қатысады, жанжал жоқ."),
           "same": ("Без изменений, план продолжить.", "Өзгеріс жоқ, жоспар жалғасын."),
           "worse": ("Ухудшение: снова пропуски, нужна встреча с родителями.",
                     "Нашарлады: қайтадан сабақ жібереді, ата-анамен кездесу керек.")}
OTHER = ("О профилактической работе за месяц", "Айдағы алдын алу жұмысы туралы")
OUTCOMES = ("Цели плана достигнуты: посещаемость и поведение в норме.",
            "Жоспар мақсаттарына жетті: сабаққа қатысуы мен мінез-құлқы қалыпты.")
LAW_IN_FORCE = date(2026, 3, 2)  # Law No. 245-VIII
INFORMED = ("in_person", "phone", "letter", "messenger")


class DemoCouncil:
    """Adds the council's rows to the generator's `rows` (generator.Generator)."""

    def __init__(self, gen):
        self.gen, self.rng, self.today = gen, gen.rng, gen.today
        for name in ("council_member", "council_meeting", "council_attendance", "council_item",
                     "accompaniment", "accompaniment_review", "follow_up"):
            gen.rows.setdefault(name, [])
        self.rows = gen.rows

    def year(self) -> int:
        """A meeting a month from last September to today, and one to come; returns how
        many pupils were accompanied."""
        gen, rng = self.gen, self.rng
        members = []
        for name, position in MEMBERS:
            row = gen.tracked(afternoon(date(gen.year - 1, 9, 1)))
            row.update(name=name, position=position, active=True)
            members.append(row)
        self.rows["council_member"] += members
        days = self._meeting_days()
        active = [p for p in gen.pool if p.left is None and p.grade >= 1]
        chosen = rng.sample(active, min(len(active), max(3, len(days) * 2)))
        open_: list[tuple] = []  # (accompaniment row, pupil, meeting index)
        numbers: dict[int, int] = {}
        started = 0
        for i, day in enumerate(days):
            year = day.year if day.month >= 9 else day.year - 1
            numbers[year] = numbers.get(year, 0) + 1
            meeting = gen.tracked(afternoon(day))
            meeting.update(held_on=day, school_year=f"{year}-{year + 1}", number=numbers[year],
                           chair_id=members[0]["id"], secretary_id=members[1]["id"])
            self.rows["council_meeting"].append(meeting)
            held = day <= self.today
            if held:
                for m in members:
                    if members.index(m) < 2 or rng.random() < 0.8:
                        row = gen.tracked(afternoon(day))
                        row.update(meeting_id=meeting["id"], member_id=m["id"])
                        self.rows["council_attendance"].append(row)
            items = []
            if held:
                for acc, p, since in list(open_):
                    if i - since >= 3 and rng.random() < 0.35:
                        items.append((p, "end", acc))
                        open_.remove((acc, p, since))
                    elif i - since >= 2 and rng.random() < 0.2:
                        items.append((p, "change_plan", acc))
                for _ in range(rng.randint(1, 2)):
                    if chosen:
                        p = chosen.pop()
                        acc = self._accompaniment(p, day, days, i)
                        items.append((p, "start", acc))
                        open_.append((acc, p, i))
                        started += 1
            elif chosen:
                items.append((chosen.pop(), "", None))  # on the agenda, not decided yet
            for position, (p, decision, acc) in enumerate(items, start=1):
                item = gen.tracked(afternoon(day))
                ground_case = CASES[hash(p.id) % len(CASES)]
                item.update(meeting_id=meeting["id"], position=position, pupil_id=p.id,
                            title="", heard=ground_case[1][p.lang], decision=decision,
                            decided="", accompaniment_id=acc["id"] if acc else None,
                            referral_id=None)
                if decision == "end":
                    acc.update(ended_on=day, outcome=OUTCOMES[p.lang])
                self.rows["council_item"].append(item)
            other = gen.tracked(afternoon(day))
            other.update(meeting_id=meeting["id"], position=len(items) + 1, pupil_id=None,
                         title=OTHER[rng.randrange(2)], heard="", decision="no_measure" if held
                         else "", decided="", accompaniment_id=None, referral_id=None)
            self.rows["council_item"].append(other)
        self._reviews()
        return started

    def _meeting_days(self) -> list[date]:
        """A late school day of each month from September to May, from a year ago (and not
        before 2 March 2026, when the law came into force) up to today; then the next one
        to come."""
        out = []
        first = date(self.gen.year - 1, 9, 1)
        month = first
        while True:
            if month.month not in (6, 7, 8):
                days = [d for d in school_days(month, _month_end(month)) if d.weekday() >= 3]
                if days:
                    day = days[min(len(days) - 1, 8)]
                    if day > self.today:
                        out.append(day)
                        return out
                    if day >= max(self.today - timedelta(days=370), LAW_IN_FORCE):
                        out.append(day)
            month = _next_month(month)

    def _accompaniment(self, p, day: date, days: list[date], i: int) -> dict:
        gen, rng = self.gen, self.rng
        grounds, _heard = CASES[hash(p.id) % len(CASES)]
        row = gen.tracked(afternoon(day))
        informed = day + timedelta(days=rng.randint(1, 5))
        if informed > self.today or rng.random() < 0.15:
            row.update(parents_informed_on=None, parents_informed_how="")
        else:
            row.update(parents_informed_on=informed, parents_informed_how=rng.choice(INFORMED))
        row.update(pupil_id=p.id, grounds=",".join(grounds), started_on=day,
                   responsible=rng.choice((SCHOOL["psychologist"], SOCIAL_PEDAGOGUE,
                                           gen.teacher(p.class_name))),
                   review_days=30, ended_on=None, outcome="")
        self.rows["accompaniment"].append(row)
        for n, what in enumerate(rng.sample(MEASURES, rng.randint(2, 4))):
            due = day + timedelta(days=7 + 14 * n)
            done = None
            settled = gen.years > 1 and due < gen.this_year  # a past school year's: done
            if due < self.today and (rng.random() < 0.75 or settled):
                done = min(due + timedelta(days=rng.randint(-3, 2)), self.today)
            measure = gen.tracked(afternoon(day), afternoon(done) if done else None)
            measure.update(pupil_id=p.id, session_id=None, observation_id=None, what=what[p.lang],
                           due_date=due, responsible=row["responsible"], done_date=done,
                           case_id=None, accompaniment_id=row["id"])
            self.rows["follow_up"].append(measure)
        return row

    def _reviews(self) -> None:
        """Monthly reviews, now and then late or missed: some open accompaniments are
        overdue today."""
        rng = self.rng
        late = next((r for r in self.rows["accompaniment"] if r["ended_on"] is None
                     and r["started_on"] <= self.today - timedelta(days=40)), None)
        for row in self.rows["accompaniment"]:
            end = min(row["ended_on"] or self.today, self.today)
            day = row["started_on"]
            skip_last = row["ended_on"] is None and (row is late or rng.random() < 0.3)
            while True:
                day = day + timedelta(days=row["review_days"] + rng.randint(-4, 3))
                if day > end:
                    break
                if skip_last and day + timedelta(days=row["review_days"]) > end:
                    break
                progress = rng.choice(("better", "better", "same", "worse"))
                review = self.gen.tracked(afternoon(day))
                review.update(accompaniment_id=row["id"], on_date=day, progress=progress,
                              note=REVIEWS[progress][rng.randrange(2)], confidential_note="")
                self.rows["accompaniment_review"].append(review)


def _month_end(day: date) -> date:
    return _next_month(day) - timedelta(days=1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)
