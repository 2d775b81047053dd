"""The pupil file (models/pupil_file.py) from what the signed-in role may see: the pupil's
card, and the chronology between two days worded in the file's language. A session gives
its kind and reason only (the chronology never carries confidential notes); other pupils'
names in the records' words are replaced (models/other_pupils.py)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import select

from ..documents.summary_wording import ROW_LABELS
from ..models import Pupil
from ..models.other_pupils import replace_other_pupils
from ..models.organisation import organisation_name
from ..models.pupil_file import FileEntry, PupilFileData
from ..models.referral import LetterGuardian
from ..models.validation import FieldError, ValidationError

_KINDS = {  # (ru, kk)
    "session": ("Консультация", "Кеңес"), "observation": ("Инцидент", "Оқиға"),
    "followup": ("Действие", "Іс-шара"), "case": ("Случай (ДосболLIKE)", "Жағдай (ДосболLIKE)"),
    "concern": ("Обращение", "Өтініш"), "referral": ("Направление", "Жолдама"),
    "accompaniment": ("Педагогическое сопровождение", "Педагогикалық сүйемелдеу"),
}
_STEPS = {"start": ("начато", "басталды"), "review": ("обзор", "қарау"),
          "end": ("завершено", "аяқталды")}
_ROLES = {"target": ("пострадавший", "зардап шегуші"), "aggressor": ("агрессор", "агрессор"),
          "witness": ("свидетель", "куә")}
_STATUS = {
    "held": ("проведена", "өткізілді"), "planned": ("запланирована", "жоспарланған"),
    "cancelled": ("отменена", "болдырылмады"), "open": ("открыто", "ашық"),
    "monitoring": ("наблюдение", "бақылауда"), "resolved": ("решено", "шешілді"),
    "done": ("выполнено", "орындалды"), "answered": ("дан ответ", "жауап берілді"),
    "draft": ("проект", "жоба"), "ended": ("завершено", "аяқталды"),
    "better": ("лучше", "жақсарды"), "same": ("без изменений", "өзгеріссіз"),
    "worse": ("хуже", "нашарлады"),
}
_CONSENT = {"given": ("дано", "берілді"), "refused": ("отказ", "бас тартты"),
            "not_asked": ("не запрашивалось", "сұралмаған")}


def pupil_file_data(services, pupil_id: uuid.UUID, starts_on: date, ends_on: date,
                    language: str) -> PupilFileData:
    """The file for `pupil_id` between the two days (both included), in "kk" or "ru"."""
    if ends_on < starts_on:
        raise ValidationError([FieldError("ends_on", "calendar.end_before_start")])
    i = 1 if language == "kk" else 0
    pupil = services.pupils.get(pupil_id)
    entries = [e for e in services.chronology.for_pupil(pupil_id)
               if starts_on <= e.when.date() <= ends_on]
    with services.db.session() as s:
        names = s.exec(select(Pupil.id, Pupil.surname, Pupil.given_name, Pupil.patronymic)).all()
    others = [(n.surname, n.given_name, n.patronymic) for n in names if n.id != pupil_id]
    own = (pupil.surname, pupil.given_name, pupil.patronymic)
    labels = ROW_LABELS[language]
    replaced: list[str] = []
    made = []
    for e in sorted(entries, key=lambda x: x.when):
        what = _KINDS.get(e.kind, (e.kind, e.kind))[i]
        if e.kind == "session":
            what += ": " + labels["session_kind"].get(e.title, e.title).lower()
        elif e.kind == "observation":
            forms = ", ".join(labels["form"].get(f, f).lower() for f in e.title.split(",") if f)
            role = _ROLES.get(e.role, (e.role, e.role))[i]
            what += f": {forms}" + (f"; {role}" if role else "")
        elif e.kind == "case":
            what += ": " + labels["case_stage"].get(e.title, e.title).lower()
        elif e.kind == "concern":
            what += ": " + labels["concern_source"].get(e.title, e.title).lower()
        elif e.kind == "referral":
            what += f": {e.title}"
        elif e.kind == "accompaniment":
            what += ": " + _STEPS.get(e.title, (e.title, e.title))[i]
        status = (labels["referral_status"].get(e.status, "") if e.kind == "referral"
                  else _STATUS.get(e.status, ("", ""))[i])
        if e.kind == "referral" and e.status == "draft":
            status = _STATUS["draft"][i]
        found = replace_other_pupils(e.summary or "", others, own, language)
        replaced += [n for n in found.names if n not in replaced]
        made.append(FileEntry(e.when.date(), what, found.text, status.lower()))
    school = services.school.get()
    account = services.accounts.by_user_name(services.ctx.actor)
    consent = _CONSENT.get(pupil.consent_status, ("", ""))[i]
    if pupil.consent_by:
        consent += f", {pupil.consent_by}"
    if pupil.consent_date:
        consent += f", {pupil.consent_date:%d.%m.%Y}"
    return PupilFileData(
        language=language,
        school_name=organisation_name(school.name_kk, school.name_ru, language) if school else "",
        pupil_name=pupil.full_name, birth_date=pupil.birth_date, class_name=pupil.class_name,
        address=pupil.address,
        guardians=tuple(LetterGuardian(g.name, g.relation, g.phone) for g in pupil.guardians),
        consent=consent, starts_on=starts_on, ends_on=ends_on, entries=tuple(made),
        made_on=services.ctx.today(),
        made_by=(account.display_name if account else "") or services.ctx.actor,
        replaced=tuple(replaced))
