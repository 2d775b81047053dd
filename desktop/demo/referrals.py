"""Invented demo organisations and referrals, built after generator.py's records and
cases.py's cases.

The organisations are one of each kind, named by their kind with "(демо)" so nobody takes
them for real ones, at "ул. Примерная" addresses and 000 phone numbers. The referrals go
mostly to the support centre, from the pupils of bullying cases and the often targeted ones,
at every status: drafts, sent recently, sent more than 30 days ago with no feedback
(waiting), acknowledged, with feedback, closed; one urgent without consent, with its reason.
Sent ones carry their number in the school year and the letter as sent, built by the same
function the service uses; a few have an amendment. Bulk rows, no service call per row.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from types import SimpleNamespace

from sqlalchemy import func, select

from ..models import Guardian, Organisation, Pupil, Referral, School
from ..models.enums import OrganisationKind
from ..models.referral import LetterGuardian
from ..models.referral_record import (
    ACKNOWLEDGED, CLOSED, DRAFT, FEEDBACK, SENT, ReferralInput, build_letter, format_number,
    letter_language, school_year,
)
from ..models.text import full_name
from .common import utc

# (Russian, Kazakh) names by kind: generic, clearly invented.
ORGANISATIONS = {
    "support_centre": ("Центр психологической поддержки (демо)",
                       "Психологиялық қолдау орталығы (демо)"),
    "pmpk": ("Психолого-медико-педагогическая консультация (демо)",
             "Психологиялық-медициналық-педагогикалық консультация (демо)"),
    "juvenile_police": ("Инспекция по делам несовершеннолетних (демо)",
                        "Кәмелетке толмағандардың істері жөніндегі инспекция (демо)"),
    "kdn": ("Комиссия по делам несовершеннолетних и защите их прав (демо)",
            "Кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі "
            "комиссия (демо)"),
    "health": ("Центр психического здоровья (демо)", "Психикалық денсаулық орталығы (демо)"),
    "other": ("Центр поддержки семьи (демо)", "Отбасын қолдау орталығы (демо)"),
}
ADDRESS = ("г. Алматы, ул. Примерная, {n}", "Алматы қ., Үлгі көшесі, {n}")
PUPIL_ADDRESS = ("г. Алматы, мкр. Примерный, д. {n}, кв. {m}",
                 "Алматы қ., Үлгі ықшамауданы, {n}-үй, {m}-пәтер")
HEADS = ("Жақыпова А. С.", "Ермеков Д. Т.", "Лебедева О. И.", "Сейітов Н. Қ.", "Ахметова Г. Б.",
         "Пак Е. В.")
assert set(ORGANISATIONS) == {k.value for k in OrganisationKind}

REASONS = {
    "support_centre": (("Систематическая травля, ребёнок боится идти в школу",
                        "Жүйелі қудалау, бала мектепке баруға қорқады"),
                       ("Тревожность и замкнутость после случаев буллинга",
                        "Буллинг жағдайларынан кейінгі мазасыздық пен тұйықтық")),
    "pmpk": (("Стойкие трудности в обучении, нужна оценка образовательных потребностей",
              "Оқудағы тұрақты қиындықтар, білім беру қажеттіліктерін бағалау қажет"),),
    "juvenile_police": (("Вымогательство денег у младших школьников",
                         "Кіші сынып оқушыларынан ақша бопсалау"),),
    "kdn": (("Повторные правонарушения, родители не выполняют рекомендации",
             "Қайталанған құқық бұзушылықтар, ата-ана ұсыныстарды орындамайды"),),
    "health": (("Высказывания о нежелании жить, нужна консультация специалиста",
                "Өмір сүргісі келмейтіні туралы айтады, маман кеңесі қажет"),),
    "other": (("Семье нужна помощь: конфликты дома отражаются на поведении в школе",
               "Отбасына көмек қажет: үйдегі жанжалдар мектептегі мінез-құлыққа әсер етеді"),),
}
SUMMARIES = (
    ("С сентября ребёнок неоднократно становился целью насмешек в классе и в чате класса. "
     "Проведены беседы с участниками, ситуация повторяется.",
     "Қыркүйектен бері бала сыныпта және сынып чатында бірнеше рет мазақ болды. "
     "Қатысушылармен әңгіме жүргізілді, жағдай қайталанып отыр."),
    ("После двух случаев травли ребёнок стал замкнутым, жалуется на головные боли по утрам, "
     "пропускает уроки.",
     "Екі қудалау жағдайынан кейін бала тұйықталып, таңертең бас ауыратынын айтады, "
     "сабақ босатады."),
)
MEASURES = (
    ("Индивидуальные консультации психолога, беседа с родителями, классный час ДосболLIKE.",
     "Психологтың жеке кеңестері, ата-анамен әңгіме, ДосболLIKE сынып сағаты."),
    ("Совет профилактики, план помощи, наблюдение классного руководителя.",
     "Алдын алу кеңесі, көмек жоспары, сынып жетекшісінің бақылауы."),
)
FEEDBACK_TEXTS = (
    ("Ребёнок принят на консультации, проведено 4 встречи, рекомендовано продолжить работу "
     "с семьёй.", "Бала кеңеске қабылданды, 4 кездесу өтті, отбасымен жұмысты жалғастыру "
     "ұсынылды."),
    ("Проведено обследование, рекомендации направлены в школу и родителям.",
     "Тексеру жүргізілді, ұсыныстар мектепке және ата-анаға жіберілді."),
)
NO_CONSENT = ("Ребёнок высказывал мысли о самоповреждении, родители недоступны по телефону; "
              "медлить нельзя.",
              "Бала өзіне зиян келтіру туралы ойларын айтты, ата-анасымен телефон арқылы "
              "байланысу мүмкін болмады; кідіруге болмайды.")
AMENDMENTS = (("Уточнение: новый телефон матери для связи.",
               "Нақтылау: байланыс үшін анасының жаңа телефоны."),)

# The ways the demo referrals go, in turn (every status, waiting ones twice).
PLAN = ("closed", "sent_waiting", "draft", "feedback", "acknowledged_waiting", "sent_recent",
        "acknowledged_recent", "closed", "sent_waiting", "feedback", "draft", "urgent")
KIND_TURNS = ("support_centre", "support_centre", "pmpk", "support_centre", "juvenile_police",
              "health", "support_centre", "kdn", "other")


class DemoReferrals:
    """Adds organisation, referral and referral_amendment rows to the generator's `rows`
    (generator.Generator), reading what it needs of the pupils already in the database."""

    def __init__(self, gen, conn):
        self.gen, self.conn, self.rng, self.today = gen, conn, gen.rng, gen.today
        for name in ("organisation", "referral", "referral_amendment"):
            gen.rows.setdefault(name, [])
        self.new_pupils = {p["id"]: p for p in gen.rows["pupil"]}
        self.new_guardians: dict[uuid.UUID, list[dict]] = {}
        for g in gen.rows["guardian"]:
            self.new_guardians.setdefault(g["pupil_id"], []).append(g)
        row = conn.execute(select(School).where(School.deleted_at.is_(None))).first()
        self.school = SimpleNamespace(**row._mapping) if row is not None else None

    # --- organisations --------------------------------------------------------------------

    def organisations(self) -> dict[str, uuid.UUID]:
        """kind -> id: the demo's own from an earlier run if there are, else new ones."""
        found = {}
        for oid, kind in self.conn.execute(
                select(Organisation.id, Organisation.kind)
                .where(Organisation.deleted_at.is_(None), Organisation.active.is_(True),
                       Organisation.name_ru.like("%(демо)"))
                .order_by(Organisation.created_at, Organisation.id)):
            found.setdefault(kind, oid)
        for i, (kind, (ru, kk)) in enumerate(ORGANISATIONS.items()):
            if kind in found:
                continue
            row = self.gen.tracked(self.gen.stamp - timedelta(days=400))
            row.update(kind=kind, name_ru=ru, name_kk=kk, address=ADDRESS[0].format(n=i + 1),
                       phone=f"+7 727 000 00 {i + 1:02d}", head=HEADS[i], active=True)
            self.gen.rows["organisation"].append(row)
            found[kind] = row["id"]
        self.org_rows = {r["id"]: r for r in self.gen.rows["organisation"]}
        return found

    def _organisation(self, oid: uuid.UUID) -> SimpleNamespace:
        if oid in self.org_rows:
            return SimpleNamespace(**self.org_rows[oid])
        row = self.conn.execute(select(Organisation).where(Organisation.id == oid)).first()
        return SimpleNamespace(**row._mapping)

    # --- pupils ------------------------------------------------------------------------------

    def _pupil(self, pid: uuid.UUID) -> tuple[SimpleNamespace, list[tuple[str, str, str]]]:
        if pid in self.new_pupils:
            p = SimpleNamespace(**self.new_pupils[pid])
            guardians = [(g["name"], g["relation"], g["phone"])
                         for g in self.new_guardians.get(pid, [])]
            return p, guardians
        p = SimpleNamespace(**self.conn.execute(select(Pupil).where(Pupil.id == pid)).first()
                            ._mapping)
        guardians = [tuple(r) for r in self.conn.execute(
            select(Guardian.name, Guardian.relation, Guardian.phone)
            .where(Guardian.pupil_id == pid, Guardian.deleted_at.is_(None))
            .order_by(Guardian.created_at, Guardian.id))]
        return p, guardians

    def _candidates(self) -> list[uuid.UUID]:
        """Targets of bullying cases first, then the often targeted pupils; studying now."""
        studying = {p.id for p in self.gen.pool if p.left is None}
        out = [link["pupil_id"] for link in self.gen.rows["case_pupil"]
               if link["role"] == "target"]
        out += [p.id for p in self.gen.frequent]
        out += [p.id for p in self.gen.pool]
        seen, picked = set(), []
        for pid in out:
            if pid in studying and pid not in seen:
                seen.add(pid)
                picked.append(pid)
        return picked

    # --- referrals ---------------------------------------------------------------------------

    def referrals(self, count: int) -> int:
        orgs = self.organisations()
        pupils = self._candidates()
        if not pupils or count <= 0:
            return 0
        cases = {link["pupil_id"]: link["case_id"] for link in self.gen.rows["case_pupil"]
                 if link["role"] == "target"}
        opened = {c["id"]: c["opened_on"] for c in self.gen.rows["bullying_case"]}
        made = []
        for i in range(count):
            way = PLAN[i % len(PLAN)]
            kind = "support_centre" if way == "urgent" else KIND_TURNS[i % len(KIND_TURNS)]
            pid = pupils[i % len(pupils)]
            case_id = cases.get(pid)
            made.append(self._referral(way, orgs[kind], kind, pid, case_id, opened.get(case_id)))
        if self.gen.years > 1:
            made += self._past_years(count, orgs)
        self._number(made)
        self._letters(made)
        self.gen.rows["referral"] += made
        return len(made)

    def _past_years(self, count: int, orgs: dict[str, uuid.UUID]) -> list[dict]:
        """As many again, sent before this school year, spread over the years before it,
        to pupils at school then: all answered, most closed."""
        days = [d for d in self.gen.past_days if d < self.gen.this_year]
        made = []
        for i in range(count if days else 0):
            day = self.rng.choice(days)
            kind = KIND_TURNS[i % len(KIND_TURNS)]
            way = "closed" if self.rng.random() < 0.85 else "feedback"
            pid = self.gen.some_pupil(day).id
            made.append(self._referral(way, orgs[kind], kind, pid, None, None, sent_on=day))
        return made

    def _referral(self, way: str, org_id, kind: str, pid, case_id, case_opened,
                  sent_on: date | None = None) -> dict:
        """`sent_on` (a past school year's referral) instead of a date drawn for `way`."""
        rng, today = self.rng, self.today
        sent = sent_on
        if pid in self.new_pupils and not self.new_pupils[pid].get("address"):
            kazakh = self.new_pupils[pid]["study_language"] == "kk"
            self.new_pupils[pid]["address"] = PUPIL_ADDRESS[kazakh].format(
                n=rng.randint(1, 60), m=rng.randint(1, 120))
        p, guardians = self._pupil(pid)
        lang = letter_language(p.study_language)
        li = 1 if lang == "kk" else 0
        sent_on = acknowledged = feedback_on = closed = None
        if sent is not None:
            sent_on = sent
        elif way == "sent_recent":
            sent_on = today - timedelta(days=rng.randint(2, 25))
        elif way in ("sent_waiting", "acknowledged_waiting"):
            sent_on = today - timedelta(days=rng.randint(31, 80))
        elif way == "acknowledged_recent":
            sent_on = today - timedelta(days=rng.randint(8, 25))
        elif way in ("feedback", "closed", "urgent"):
            sent_on = today - timedelta(days=rng.randint(45, 200))
        if (self.gen.years > 1 and sent_on is not None and sent_on < self.gen.this_year
                and way not in ("feedback", "closed")):
            sent_on = self.gen.this_year  # still waiting: sent this school year
        if way.startswith("acknowledged") or way in ("feedback", "closed"):
            acknowledged = min(sent_on + timedelta(days=rng.randint(1, 6)), today)
        if way in ("feedback", "closed"):
            feedback_on = min(acknowledged + timedelta(days=rng.randint(10, 30)), today)
        if way == "closed":
            closed = min(feedback_on + timedelta(days=rng.randint(1, 10)), today)
        status = {"draft": DRAFT, "sent_recent": SENT, "sent_waiting": SENT, "urgent": SENT,
                  "acknowledged_waiting": ACKNOWLEDGED, "acknowledged_recent": ACKNOWLEDGED,
                  "feedback": FEEDBACK, "closed": CLOSED}[way]
        written = (sent_on or today) - timedelta(days=rng.randint(1, 5))
        urgent = way == "urgent"
        consent_by = "" if urgent else (guardians[0][0] if guardians else "")
        if not urgent and not consent_by:
            consent_by = p.surname  # a pupil with no guardian on record: their family name
        last = closed or feedback_on or acknowledged or sent_on or written
        row = self.gen.tracked(utc(written), utc(last))
        row.update(
            pupil_id=pid, organisation_id=org_id,
            case_id=case_id if case_id and case_opened and case_opened <= written else None,
            reason=self.rng.choice(REASONS[kind])[li], summary=self.rng.choice(SUMMARIES)[li],
            measures=self.rng.choice(MEASURES)[li], urgency="urgent" if urgent else "routine",
            consent_by=consent_by,
            consent_date=None if urgent else written - timedelta(days=rng.randint(0, 3)),
            consent_how="" if urgent else ("written" if rng.random() < 0.8 else "oral"),
            no_consent_reason=NO_CONSENT[li] if urgent else "", language=lang, status=status,
            school_year="", number_seq=None, number="", sent_on=sent_on,
            acknowledged_on=acknowledged, feedback_on=feedback_on, closed_on=closed,
            feedback=self.rng.choice(FEEDBACK_TEXTS)[li] if feedback_on else "", letter="")
        row["_pupil"], row["_guardians"] = p, guardians
        if sent_on is not None and rng.random() < 0.25:
            on = min(sent_on + timedelta(days=rng.randint(1, 10)), today)
            amendment = self.gen.tracked(utc(datetime.combine(on, time(15, 0))))
            amendment.update(referral_id=row["id"], on_date=on, text=AMENDMENTS[0][li])
            self.gen.rows["referral_amendment"].append(amendment)
        return row

    def _number(self, made: list[dict]) -> None:
        """Numbers in the order sent, per school year, after those already in the database."""
        pattern = getattr(self.school, "referral_number_pattern", "") or ""
        last: dict[str, int] = dict(self.conn.execute(
            select(Referral.school_year, func.max(Referral.number_seq))
            .where(Referral.number_seq.is_not(None)).group_by(Referral.school_year)).all())
        for row in sorted((r for r in made if r["sent_on"]), key=lambda r: (r["sent_on"],
                                                                             r["id"])):
            year = school_year(row["sent_on"])
            last[year] = (last.get(year) or 0) + 1
            row.update(school_year=year, number_seq=last[year],
                       number=format_number(pattern, last[year], year))

    def _letters(self, made: list[dict]) -> None:
        for row in made:
            p, guardians = row.pop("_pupil"), row.pop("_guardians")
            if row["sent_on"] is None:
                continue
            org = self._organisation(row["organisation_id"])
            data = ReferralInput(
                pupil_id=row["pupil_id"], organisation_id=row["organisation_id"],
                language=row["language"], urgency=row["urgency"], reason=row["reason"],
                summary=row["summary"], measures=row["measures"], consent_by=row["consent_by"],
                consent_date=row["consent_date"], consent_how=row["consent_how"] or None,
                no_consent_reason=row["no_consent_reason"])
            row["letter"] = build_letter(
                row["language"], school=self.school, organisation_kk=org.name_kk,
                organisation_ru=org.name_ru, organisation_head=org.head,
                organisation_address=org.address,
                pupil_name=full_name(p.surname, p.given_name, p.patronymic),
                birth_date=p.birth_date, class_name=p.class_name,
                pupil_address=getattr(p, "address", "") or "",
                guardians=tuple(LetterGuardian(*g) for g in guardians), data=data,
                number=row["number"], letter_date=row["sent_on"]).to_json()
