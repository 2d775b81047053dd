"""Data out: the full export (CSV files, a README and one workbook) and the pupil list, on an
encrypted test journal with Kazakh names. What a user would notice: the files, their
headers and rows, letters that survive, notes only where allowed, nothing half-written."""

import csv
import re
import tempfile
import threading
import uuid
from dataclasses import replace
from datetime import date, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert
from sqlalchemy.sql import visitors

from desktop.models.audit import AuditFilter
from desktop.models.case import CONCERN, OBSERVATION, SESSION
from desktop.models.pupil import GuardianInput
from desktop.models.tables import BullyingCase, CounsellingSession, SessionPupil
from desktop.services import Services
from desktop.services.context import NotAllowed
from desktop.exporting.files import Workbook
from desktop.exporting.readme import README, WORKBOOK
from desktop.exporting.tables import TABLES, pupil_list_columns
from desktop.services.export import ExportCancelled
from unit_factories import (
    NOW, TODAY, case_input, concern_input, followup_input, response_input, stage_input,
)

NOTE = "Жалуется на насмешки, плачет"
DELETED_NOTE = "Удалённая встреча"
FILES = {"school", "pupils", "guardians", "sessions", "session_pupils", "observations",
         "observation_forms", "observation_pupils", "follow_ups", "concerns",
         "concern_pupils", "concern_responses", "bullying_cases", "case_pupils", "case_stages",
         "warning_dismissals", "organisations", "referrals", "referral_amendments",
         "academic_years", "terms", "school_breaks", "holiday_corrections",
         "preventive_activities", "council_members", "council_meetings", "council_attendance",
         "council_items", "accompaniment_grounds", "accompaniments", "accompaniment_reviews",
         "council_proposals"}
CONCERN_SUMMARY = "Сыныптастары қызымды чатта мазақтайды, мектепке барғысы келмейді"
CASE_TITLE = "Қорлау: 7Ә сыныбындағы чат"
PLAN_ACTION = "Сыныппен тренинг: «Біз бірге»"
DISMISSAL_REASON = "Ата-анасымен сөйлестік, ЦПП-ға жіберілді"
REFERRAL_REASON = "Жүйелі қорлау, оқушы мектепке барғысы келмейді"


@pytest.fixture
def journal(services, make_pupil, make_session, make_observation, make_followup):
    """Two pupils studying, one who left, one deleted; sessions, incidents, follow-ups; a
    concern with a response; a bullying case with its pupils, stages, a linked incident,
    session and concern and a help-plan action; a dismissed warning."""
    from desktop.models.school import SchoolInput

    services.school.save(SchoolInput(name_kk="№7 мектеп-гимназия", name_ru="Школа-гимназия №7"))
    a = make_pupil()  # Әлібеков Нұрғали Қуанышұлы, 7Ә
    b = make_pupil(surname="Өмірзақова", given_name="Іңкәр", patronymic="Ұланқызы",
                   sex="female", birth_date=date(2012, 3, 8), class_name="8Ғ",
                   guardians=[GuardianInput("Өмірзақова Һәжер", "mother", "+7 702 111 22 33")])
    left = make_pupil(surname="Үсенов", given_name="Ғалым", birth_date=date(2011, 1, 2),
                      active=False, left_date=date(2026, 6, 1), class_name="9А")
    gone = make_pupil(surname="Жойылған", given_name="Бала", birth_date=date(2012, 2, 2))
    held = make_session([a.id, b.id], notes=NOTE, self_harm_risk=True)
    with_gone = make_session([a.id, gone.id], reason="Групповое занятие", kind="group",
                             notes="")
    deleted = make_session([a.id], reason="Будет удалено", notes=DELETED_NOTE)
    incident = make_observation([(a.id, "target"), (b.id, "aggressor"), (gone.id, "witness")],
                                forms=["verbal", "cyber"],
                                description="=HYPERLINK(\"http://evil\",\"нажми\")",
                                notified="@SUM(A1)")
    follow = make_followup(a.id, session_id=held.id, what="+cmd|' /C calc'!A0")
    make_followup(gone.id)
    # Later the same day, b is hurt: severity 4 raises a warning, which is dismissed.
    severe = make_observation([(b.id, "target")], occurred_at=NOW - timedelta(hours=2),
                              severity=4, forms=["physical"],
                              description="Үзілісте итеріп жіберді, басын соқты")
    warning = next(w for w in services.attention.warnings()
                   if w.rule == "severe_incident" and w.pupil_id == b.id)
    services.attention.dismiss(warning, DISMISSAL_REASON)
    concern = services.concerns.create(concern_input(
        [b.id], from_name="Өмірзақова Һәжер", summary=CONCERN_SUMMARY))
    services.concerns.add_response(concern.id, response_input(note="Қабылданды, хабарласамыз"))
    bullying = services.cases.create(case_input([(a.id, "target"), (b.id, "aggressor")],
                                                title=CASE_TITLE))
    services.cases.move(bullying.id, stage_input("analysis"))
    for kind, record in ((OBSERVATION, incident.id), (SESSION, held.id),
                         (CONCERN, concern.id)):
        services.cases.link(bullying.id, kind, record)
    action = services.cases.add_action(bullying.id, followup_input(
        b.id, what=PLAN_ACTION, due_date=TODAY + timedelta(days=14)))
    # A referral sent with an amendment, a draft, and a draft about the pupil deleted below.
    from referral_factories import organisation_input, referral_input

    centre = services.organisations.create(organisation_input())
    referral = services.referrals.create(referral_input(a.id, centre.id, case_id=bullying.id,
                                                        reason=REFERRAL_REASON))
    services.referrals.send(referral.id, TODAY)
    services.referrals.add_amendment(referral.id, TODAY, "Анасының жаңа телефоны")
    services.referrals.create(referral_input(b.id, centre.id, language="ru"))
    services.referrals.create(referral_input(gone.id, centre.id))
    services.sessions.delete(deleted.id)
    services.pupils.delete(gone.id)
    return {"a": a, "b": b, "left": left, "gone": gone, "held": held, "with_gone": with_gone,
            "deleted": deleted, "incident": incident, "follow": follow, "severe": severe,
            "warning": warning, "concern": concern, "case": bullying, "action": action,
            "centre": centre, "referral": referral}


def as_role(services, role, actor="colleague"):
    return Services.build(services.db, replace(services.ctx, role=role, actor=actor))


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def all_text(folder: Path) -> str:
    """Every CSV, the README and every workbook cell, as one text."""
    parts = [p.read_text(encoding="utf-8-sig") for p in folder.glob("*.csv")]
    parts.append((folder / README).read_text(encoding="utf-8-sig"))
    book = load_workbook(folder / WORKBOOK, read_only=True)
    for ws in book.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.extend(str(v) for v in row if v is not None)
    book.close()
    return "\n".join(parts)


def sheet_rows(folder: Path, name: str) -> list[tuple]:
    book = load_workbook(folder / WORKBOOK)
    return [tuple(c for c in row) for row in book[name].iter_rows(values_only=True)]


def export_entries(services):
    return services.audit.entries(AuditFilter(action="export"))


# --- the files ---------------------------------------------------------------------------------


def test_every_file_has_its_header_and_rows(services, journal, tmp_path):
    result = services.export.export_all(tmp_path / "out")
    folder = result.path
    assert folder.parent == tmp_path / "out"
    assert folder.name == f"senim-export-{NOW:%Y-%m-%d-%H%M}"
    assert {p.name for p in folder.iterdir()} == {f"{n}.csv" for n in FILES} | {README, WORKBOOK}
    a, b, left = journal["a"], journal["b"], journal["left"]

    header, pupils = read_csv(folder / "pupils.csv")
    assert header == ["id", "surname", "given_name", "patronymic", "sex", "birth_date", "iin",
                      "class_name", "study_language", "consent_status", "consent_date",
                      "consent_by", "studying", "left_date", "address",
                      "iin_mismatch_accepted_at", "iin_mismatch_accepted_by", "created_at",
                      "updated_at", "updated_by"]
    by_id = {r["id"]: r for r in pupils}
    assert set(by_id) == {str(a.id), str(b.id), str(left.id)}
    assert by_id[str(a.id)]["surname"] == "Әлібеков"
    assert by_id[str(a.id)]["patronymic"] == "Қуанышұлы"
    assert by_id[str(a.id)]["iin"] == a.iin and len(a.iin) == 12  # in full
    assert by_id[str(a.id)]["birth_date"] == "2013-05-14"
    assert by_id[str(a.id)]["class_name"] == "7Ә"
    assert by_id[str(b.id)]["given_name"] == "Іңкәр" and by_id[str(b.id)]["class_name"] == "8Ғ"
    assert by_id[str(left.id)]["studying"] == "no"
    assert by_id[str(left.id)]["left_date"] == "2026-06-01"
    assert by_id[str(a.id)]["studying"] == "yes" and by_id[str(a.id)]["left_date"] == ""
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", by_id[str(a.id)]["created_at"])
    # Ordered by class: 7Ә, 8Ғ, 9А.
    assert [r["class_name"] for r in pupils] == ["7Ә", "8Ғ", "9А"]

    _h, guardians = read_csv(folder / "guardians.csv")
    assert {(g["pupil_name"], g["name"], g["relation"]) for g in guardians} == {
        ("Әлібеков Нұрғали Қуанышұлы", "Әлібекова Ұлжан", "mother"),
        ("Өмірзақова Іңкәр Ұланқызы", "Өмірзақова Һәжер", "mother"),
        ("Үсенов Ғалым Қуанышұлы", "Әлібекова Ұлжан", "mother"),
    }
    assert "+7 702 111 22 33" in {g["phone"] for g in guardians}  # a phone is not a formula

    _h, sessions = read_csv(folder / "sessions.csv")
    assert {s["id"] for s in sessions} == {str(journal["held"].id), str(journal["with_gone"].id)}
    held = next(s for s in sessions if s["id"] == str(journal["held"].id))
    assert held["starts_at"] == (NOW - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    assert held["kind"] == "individual" and held["duration_min"] == "45"
    assert held["self_harm_risk"] == "yes" and held["case_id"] == str(journal["case"].id)
    with_gone = next(s for s in sessions if s["id"] == str(journal["with_gone"].id))
    assert with_gone["self_harm_risk"] == "no" and with_gone["case_id"] == ""

    _h, links = read_csv(folder / "session_pupils.csv")
    assert {(l["session_id"], l["pupil_id"]) for l in links} == {
        (str(journal["held"].id), str(a.id)), (str(journal["held"].id), str(b.id)),
        (str(journal["with_gone"].id), str(a.id))}

    _h, observations = read_csv(folder / "observations.csv")
    assert [(o["id"], o["case_id"]) for o in observations] == [  # oldest first
        (str(journal["incident"].id), str(journal["case"].id)), (str(journal["severe"].id), "")]
    _h, forms = read_csv(folder / "observation_forms.csv")
    assert sorted(f["form"] for f in forms) == ["cyber", "physical", "verbal"]
    _h, involved = read_csv(folder / "observation_pupils.csv")
    assert {(p["pupil_name"], p["class_name"], p["role"]) for p in involved} == {
        ("Әлібеков Нұрғали Қуанышұлы", "7Ә", "target"),
        ("Өмірзақова Іңкәр Ұланқызы", "8Ғ", "aggressor"),
        ("Өмірзақова Іңкәр Ұланқызы", "8Ғ", "target")}

    _h, follow_ups = read_csv(folder / "follow_ups.csv")
    assert len(follow_ups) == 2
    assert follow_ups[0]["session_id"] == str(journal["held"].id)
    assert follow_ups[0]["observation_id"] == "" and follow_ups[0]["case_id"] == ""
    assert follow_ups[0]["due_date"] == (NOW.date() + timedelta(days=7)).isoformat()
    assert follow_ups[1]["id"] == str(journal["action"].id)
    assert follow_ups[1]["what"] == PLAN_ACTION
    assert follow_ups[1]["case_id"] == str(journal["case"].id)

    _h, school = read_csv(folder / "school.csv")
    assert school == [{"name_kk": "№7 мектеп-гимназия", "name_ru": "Школа-гимназия №7",
                       "address": "", "phone": "", "director": "", "psychologist": "",
                       "address_kk": "", "director_kk": "",
                       "referral_number_pattern": "{n}/{year}"}]
    assert result.counts == {"school": 1, "pupils": 3, "guardians": 3, "sessions": 2,
                             "session_pupils": 3, "observations": 2, "observation_forms": 3,
                             "observation_pupils": 3, "follow_ups": 2, "concerns": 1,
                             "concern_pupils": 1, "concern_responses": 1, "bullying_cases": 1,
                             "case_pupils": 2, "case_stages": 2, "warning_dismissals": 1,
                             "organisations": 1, "referrals": 2, "referral_amendments": 1,
                             "academic_years": 2, "terms": 8, "school_breaks": 8,
                             "holiday_corrections": 0, "preventive_activities": 0,
                             "council_members": 0, "council_meetings": 0,
                             "council_attendance": 0, "council_items": 0,
                             "accompaniment_grounds": 7, "accompaniments": 0,
                             "accompaniment_reviews": 0, "council_proposals": 0}


def test_concerns_cases_and_dismissed_warnings_are_exported(services, journal, tmp_path):
    folder = services.export.export_all(tmp_path).path
    a, b = journal["a"], journal["b"]
    concern_id, case_id = str(journal["concern"].id), str(journal["case"].id)

    header, concerns = read_csv(folder / "concerns.csv")
    assert header == ["id", "received_at", "source", "channel", "from_name", "contact",
                      "summary", "ack_due", "answer_due", "acknowledged_on", "answered_on",
                      "previous_id", "case_id", "created_at", "updated_at", "updated_by"]
    (concern,) = concerns
    assert concern["id"] == concern_id
    assert concern["received_at"] == (NOW - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    assert (concern["source"], concern["channel"]) == ("parent", "in_person")
    assert concern["from_name"] == "Өмірзақова Һәжер" and concern["summary"] == CONCERN_SUMMARY
    assert concern["contact"] == "+7 701 555 12 34"  # a phone, not a formula
    assert concern["ack_due"] == journal["concern"].ack_due.isoformat()
    assert concern["acknowledged_on"] == TODAY.isoformat() and concern["answered_on"] == ""
    assert concern["previous_id"] == "" and concern["case_id"] == case_id
    _h, about = read_csv(folder / "concern_pupils.csv")
    assert about == [{"concern_id": concern_id, "pupil_id": str(b.id),
                      "pupil_name": "Өмірзақова Іңкәр Ұланқызы", "class_name": "8Ғ"}]
    _h, responses = read_csv(folder / "concern_responses.csv")
    assert [(r["concern_id"], r["kind"], r["on_date"], r["by"], r["note"])
            for r in responses] == [(concern_id, "acknowledged", TODAY.isoformat(),
                                     "Сәрсенбаева Әйгерім, психолог", "Қабылданды, хабарласамыз")]

    header, cases = read_csv(folder / "bullying_cases.csv")
    assert header == ["id", "title", "opened_on", "stage", "review_date", "outcome",
                      "closed_on", "created_at", "updated_at", "updated_by"]
    assert [(c["id"], c["title"], c["opened_on"], c["stage"], c["closed_on"])
            for c in cases] == [(case_id, CASE_TITLE, (TODAY - timedelta(days=3)).isoformat(),
                                 "analysis", "")]
    _h, in_case = read_csv(folder / "case_pupils.csv")
    assert [(p["case_id"], p["pupil_id"], p["pupil_name"], p["class_name"], p["role"])
            for p in in_case] == [
        (case_id, str(a.id), "Әлібеков Нұрғали Қуанышұлы", "7Ә", "target"),
        (case_id, str(b.id), "Өмірзақова Іңкәр Ұланқызы", "8Ғ", "aggressor")]
    _h, stages = read_csv(folder / "case_stages.csv")
    assert [(s["case_id"], s["stage"], s["on_date"], s["responsible"]) for s in stages] == [
        (case_id, "complaint", (TODAY - timedelta(days=3)).isoformat(),
         "Сәрсенбаева Гүлнұр, психолог"),
        (case_id, "analysis", TODAY.isoformat(), "Сәрсенбаева Гүлнұр, психолог")]
    assert stages[0]["note"] == "Анасы өтініш жазды: қызын сынып чатында мазақ етеді"

    header, dismissals = read_csv(folder / "warning_dismissals.csv")
    assert header == ["id", "pupil_id", "pupil_name", "rule", "subject", "reason",
                      "created_at", "updated_at", "updated_by"]
    (dismissal,) = dismissals
    assert dismissal["pupil_id"] == str(b.id)
    assert dismissal["pupil_name"] == "Өмірзақова Іңкәр Ұланқызы"
    assert dismissal["rule"] == "severe_incident"
    assert dismissal["subject"] == journal["warning"].subject
    assert dismissal["reason"] == DISMISSAL_REASON and dismissal["updated_by"] == "test"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", dismissal["created_at"])

    # The workbook has them too, Kazakh letters intact.
    assert (CASE_TITLE,) == tuple(r[1] for r in sheet_rows(folder, "bullying_cases")[1:])
    assert CONCERN_SUMMARY in {r[6] for r in sheet_rows(folder, "concerns")}
    assert DISMISSAL_REASON in {r[5] for r in sheet_rows(folder, "warning_dismissals")}


def test_referrals_their_organisations_and_amendments_are_exported(services, journal,
                                                                  tmp_path):
    import json

    folder = services.export.export_all(tmp_path).path
    _h, orgs = read_csv(folder / "organisations.csv")
    assert [(o["kind"], o["name_kk"], o["active"]) for o in orgs] == [
        ("support_centre", "Медеу ауданының психологиялық қолдау орталығы", "yes")]
    header, referrals = read_csv(folder / "referrals.csv")
    assert header[:6] == ["id", "pupil_id", "pupil_name", "organisation_id", "case_id", "status"]
    # The sent one, then the draft; the deleted pupil's draft is not there.
    assert [(r["pupil_name"], r["status"], r["number"]) for r in referrals] == [
        ("Әлібеков Нұрғали Қуанышұлы", "sent", "1/2026-27"),
        ("Өмірзақова Іңкәр Ұланқызы", "draft", "")]
    sent = referrals[0]
    assert sent["reason"] == REFERRAL_REASON and sent["school_year"] == "2026-2027"
    assert sent["case_id"] == str(journal["case"].id) and sent["consent_how"] == "written"
    letter = json.loads(sent["letter"])
    assert letter["pupil_name"] == "Әлібеков Нұрғали Қуанышұлы" and letter["number"] == "1/2026-27"
    assert referrals[1]["letter"] == ""
    _h, amendments = read_csv(folder / "referral_amendments.csv")
    assert [(a["referral_id"], a["text"]) for a in amendments] == [
        (str(journal["referral"].id), "Анасының жаңа телефоны")]
    readme = (folder / README).read_text(encoding="utf-8-sig")
    assert "organisation_kind" in readme and "juvenile police" in readme


def test_the_preventive_work_log_and_the_calendar_are_exported(services, journal, tmp_path):
    from datetime import date

    from desktop.models.prevention import ActivityInput

    data = ActivityInput(held_on=date(2026, 11, 16), programme="dosbol_like",
                         topic="ДосболLIKE: сыныптағы достық", audience="pupils",
                         class_name="6Ә", participants=27, led_by="Сейітова Г. М.")
    kept = services.prevention.create(data)
    gone = services.prevention.create(data)
    services.prevention.remove(gone.id)
    from desktop.models.holidays import DAY_OFF, WORKING, Correction

    services.holidays.replace_corrections(2026, [
        Correction(date(2026, 11, 23), DAY_OFF, "Әкімдік шешімі"),
        Correction(date(2026, 5, 27), WORKING, "")])
    folder = services.export.export_all(tmp_path).path
    _h, corrections = read_csv(folder / "holiday_corrections.csv")
    assert [(c["day"], c["kind"], c["name"]) for c in corrections] == [
        ("2026-05-27", "working", ""), ("2026-11-23", "day_off", "Әкімдік шешімі")]
    header, rows = read_csv(folder / "preventive_activities.csv")
    assert header[:9] == ["id", "held_on", "programme", "topic", "audience", "class_name",
                          "group_name", "participants", "led_by"]
    assert [(r["id"], r["held_on"], r["programme"], r["topic"], r["class_name"],
             r["participants"]) for r in rows] == [
        (str(kept.id), "2026-11-16", "dosbol_like", "ДосболLIKE: сыныптағы достық", "6Ә", "27")]
    _h, years = read_csv(folder / "academic_years.csv")
    assert [(y["name"], y["starts_on"], y["ends_on"], y["confirmed"]) for y in years] == [
        ("2025-2026", "2025-09-02", "2026-05-25", "yes"),
        ("2026-2027", "2026-09-01", "2027-05-25", "no")]
    _h, terms = read_csv(folder / "terms.csv")
    assert [(t["year_id"], t["number"], t["starts_on"]) for t in terms][1] == (
        years[0]["id"], "2", "2025-11-03")
    _h, breaks = read_csv(folder / "school_breaks.csv")
    assert [(b["starts_on"], b["first_grade_only"]) for b in breaks
            if b["year_id"] == years[0]["id"]] == [
        ("2025-10-27", "no"), ("2025-12-29", "no"), ("2026-02-09", "yes"), ("2026-03-19", "no")]
    readme = (folder / README).read_text(encoding="utf-8-sig")
    assert "dosbol_like = a session of the ДосболLIKE anti-bullying programme" in readme


def test_csv_is_utf8_with_a_bom_and_the_workbook_has_a_sheet_per_file(services, journal,
                                                                         tmp_path):
    folder = services.export.export_all(tmp_path).path
    raw = (folder / "pupils.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads Cyrillic right only with it
    assert "Әлібеков,Нұрғали,Қуанышұлы".encode() in raw
    book = load_workbook(folder / WORKBOOK)
    assert set(book.sheetnames) == FILES
    for name in FILES:
        header, rows = read_csv(folder / f"{name}.csv")
        sheet = [r for r in book[name].iter_rows(values_only=True)]
        assert list(sheet[0]) == header, name
        assert len(sheet) - 1 == len(rows), name
        assert book[name].freeze_panes == "A2"
        assert book[name]["A1"].font.b
    pupils = book["pupils"]
    values = {c.value for row in pupils.iter_rows() for c in row}
    assert {"Әлібеков", "Өмірзақова", "Іңкәр", "Ұланқызы", "7Ә", "8Ғ"} <= values
    row = next(r for r in pupils.iter_rows(values_only=True) if r[1] == "Әлібеков")
    assert row[6] == journal["a"].iin  # text: an IIN keeps its digits
    assert row[5].date() == date(2013, 5, 14)  # a real date, not text
    guardians = {r[3] for r in sheet_rows(folder, "guardians")}
    assert "Өмірзақова Һәжер" in guardians


def test_a_formula_typed_into_a_record_is_never_run(services, journal, tmp_path):
    folder = services.export.export_all(tmp_path).path
    _h, observations = read_csv(folder / "observations.csv")
    assert observations[0]["description"] == "'=HYPERLINK(\"http://evil\",\"нажми\")"
    assert observations[0]["notified"] == "'@SUM(A1)"
    _h, follow_ups = read_csv(folder / "follow_ups.csv")
    assert follow_ups[0]["what"] == "'+cmd|' /C calc'!A0"

    book = load_workbook(folder / WORKBOOK)
    header = [c.value for c in book["observations"][1]]
    cell = book["observations"].cell(row=2, column=header.index("description") + 1)
    assert cell.value == "=HYPERLINK(\"http://evil\",\"нажми\")"  # unchanged...
    assert cell.data_type == "s" and cell.quotePrefix  # ...but text, not a formula
    header = [c.value for c in book["follow_ups"][1]]
    cell = book["follow_ups"].cell(row=2, column=header.index("what") + 1)
    assert cell.data_type == "s" and cell.value == "+cmd|' /C calc'!A0"


def test_deleted_records_are_not_exported(services, journal, tmp_path):
    folder = services.export.export_all(tmp_path, include_notes=True).path
    text = all_text(folder)
    assert "Жойылған" not in text  # the deleted pupil, in links and follow-ups too
    assert str(journal["gone"].id) not in text
    assert str(journal["deleted"].id) not in text and DELETED_NOTE not in text
    assert "Будет удалено" not in text


def test_a_follow_up_link_to_a_deleted_session_is_left_empty(services, journal, tmp_path):
    services.sessions.delete(journal["held"].id)
    folder = services.export.export_all(tmp_path).path
    _h, follow_ups = read_csv(folder / "follow_ups.csv")
    assert follow_ups[0]["id"] == str(journal["follow"].id)
    assert follow_ups[0]["session_id"] == ""


@pytest.mark.parametrize("how", ["service", "row"])
def test_a_deleted_case_leaves_its_links_empty(services, journal, tmp_path, how):
    """The cases service unlinks a deleted case's records; should a link be left behind
    (`row`: only the case's row marked deleted), the export still leaves it empty."""
    case_id = journal["case"].id
    if how == "service":
        services.cases.delete(case_id)
    else:
        with services.db.session() as s:
            s.get(BullyingCase, case_id).deleted_at = NOW.replace(tzinfo=timezone.utc)
    folder = services.export.export_all(tmp_path).path
    for name in ("sessions", "observations", "follow_ups", "concerns"):
        _h, rows = read_csv(folder / f"{name}.csv")
        assert rows and {r["case_id"] for r in rows} == {""}, name
    _h, follow_ups = read_csv(folder / "follow_ups.csv")
    assert str(journal["action"].id) in {f["id"] for f in follow_ups}  # the action stays
    for name in ("bullying_cases", "case_pupils", "case_stages"):
        assert read_csv(folder / f"{name}.csv")[1] == [], name
    assert str(case_id) not in all_text(folder) and CASE_TITLE not in all_text(folder)


def test_a_link_to_a_deleted_earlier_concern_is_left_empty(services, journal, tmp_path):
    a = journal["a"]
    first = services.concerns.create(concern_input(
        [a.id], received_at=NOW - timedelta(hours=3), summary="Бірінші өтініш: мазақтайды"))
    second = services.concerns.create(concern_input(
        [a.id], received_at=NOW - timedelta(hours=2), summary="Екінші өтініш: тағы да"))
    services.concerns.add_response(first.id, response_input(kind="meeting"))
    assert second.previous_id == first.id
    folder = services.export.export_all(tmp_path / "before").path
    _h, concerns = read_csv(folder / "concerns.csv")
    by_id = {c["id"]: c for c in concerns}
    assert by_id[str(second.id)]["previous_id"] == str(first.id)

    services.concerns.delete(first.id)
    folder = services.export.export_all(tmp_path / "after").path
    _h, concerns = read_csv(folder / "concerns.csv")
    by_id = {c["id"]: c for c in concerns}
    assert str(first.id) not in by_id and by_id[str(second.id)]["previous_id"] == ""
    _h, about = read_csv(folder / "concern_pupils.csv")
    _h, responses = read_csv(folder / "concern_responses.csv")
    assert str(first.id) not in {p["concern_id"] for p in about}
    assert [r["kind"] for r in responses] == ["acknowledged"]  # the deleted one's went too
    assert "Бірінші өтініш" not in all_text(folder)


def test_a_deleted_pupils_dismissed_warnings_are_not_exported(services, journal, tmp_path):
    services.pupils.delete(journal["b"].id)
    folder = services.export.export_all(tmp_path).path
    assert read_csv(folder / "warning_dismissals.csv")[1] == []
    assert read_csv(folder / "case_pupils.csv")[1][0]["pupil_id"] == str(journal["a"].id)
    assert read_csv(folder / "concern_pupils.csv")[1] == []


# --- who sees what ----------------------------------------------------------------------------


def test_notes_only_when_a_psychologist_ticks_the_box(services, journal, tmp_path):
    plain = services.export.export_all(tmp_path / "plain").path
    header, _rows = read_csv(plain / "sessions.csv")
    assert "notes" not in header  # absent, not empty
    assert NOTE not in all_text(plain)
    assert "Confidential session notes: not included (not chosen" in (
        plain / README).read_text(encoding="utf-8-sig")

    with_notes = services.export.export_all(tmp_path / "notes", include_notes=True)
    assert with_notes.notes_included
    header, rows = read_csv(with_notes.path / "sessions.csv")
    assert "notes" in header
    assert {r["notes"] for r in rows} == {NOTE, ""}
    assert NOTE in all_text(with_notes.path)
    assert "Confidential session notes: INCLUDED" in (
        with_notes.path / README).read_text(encoding="utf-8-sig")


def test_a_counsellor_never_gets_notes(services, journal, tmp_path):
    counsellor = as_role(services, "counsellor")
    assert counsellor.export.may_export() and not counsellor.export.may_include_notes()
    with pytest.raises(NotAllowed):
        counsellor.export.export_all(tmp_path / "asked", include_notes=True)
    assert not (tmp_path / "asked").exists() or list((tmp_path / "asked").iterdir()) == []
    folder = counsellor.export.export_all(tmp_path / "plain").path
    # Every file (concerns, cases and dismissed warnings are theirs to read too), no notes.
    assert {p.name for p in folder.iterdir()} == {f"{n}.csv" for n in FILES} | {README, WORKBOOK}
    assert "Not exported" not in (folder / README).read_text(encoding="utf-8-sig")
    assert read_csv(folder / "bullying_cases.csv")[1][0]["title"] == CASE_TITLE
    assert read_csv(folder / "concerns.csv")[1][0]["summary"] == CONCERN_SUMMARY
    header, rows = read_csv(folder / "sessions.csv")
    assert "notes" not in header
    assert {r["reason"] for r in rows} == {"Конфликт с одноклассниками", "Групповое занятие"}
    assert NOTE not in all_text(folder)
    assert "may not read them" in (folder / README).read_text(encoding="utf-8-sig")


def test_a_head_teacher_is_refused_and_nothing_is_written(services, journal, tmp_path):
    head = as_role(services, "head")
    assert not head.export.may_export()
    out = tmp_path / "out"
    with pytest.raises(NotAllowed):
        head.export.export_all(out)
    with pytest.raises(NotAllowed):
        head.export.export_pupils(out / "pupils.csv")
    assert not out.exists()
    assert export_entries(services) == []


# --- the README --------------------------------------------------------------------------------


def test_the_readme_describes_every_column_of_every_file(services, journal, tmp_path):
    folder = services.export.export_all(tmp_path, include_notes=True).path
    readme = (folder / README).read_text(encoding="utf-8-sig")
    sections = re.split(r"\n(?=\S+\.csv \(\d+ rows?\): )", readme)
    described = {}
    for section in sections:
        m = re.match(r"(\S+)\.csv \((\d+) rows?\): ", section)
        if m:
            described[m.group(1)] = (int(m.group(2)),
                                      set(re.findall(r"^    (\w+): \S", section, re.M)))
    assert set(described) == FILES
    for name in FILES:
        header, rows = read_csv(folder / f"{name}.csv")
        count, columns = described[name]
        assert count == len(rows), name
        assert set(header) <= columns, (name, set(header) - columns)
    # Who, when, and the warning; the codes in use explained.
    assert "By:              test (psychologist)" in readme
    assert f"Exported:        {NOW:%Y-%m-%d %H:%M}" in readme
    assert "School:          №7 мектеп-гимназия" in readme
    assert "PERSONAL DATA" in readme and "NOT" in readme and "encrypted" in readme
    for line in ("    target = target", "    individual = individual consultation",
                 "    kk = Kazakh", "    school_bus = school bus", "case_stage:",
                 "concern_source:", "channel:", "response_kind:", "warning_rule:",
                 "    in_person = in person", "    severe_incident = "):
        assert line in readme
    assert "ДосболLIKE" in readme
    assert "    self_harm_risk: yes: " in readme


# --- cancel, failure, progress, audit ---------------------------------------------------------


def bulk_sessions(services, pupil_id, n: int) -> None:
    ids = [uuid.uuid4() for _ in range(n)]
    rows = [dict(id=ids[i], starts_at=NOW - timedelta(minutes=i + 120), duration_min=45,
                 kind="individual", initiator="teacher", reason=f"Причина {i}",
                 status="held", other_participants="", notes="", outcome="",
                 no_consent_reason="", updated_by="test") for i in range(n)]
    with services.db.session() as s:
        s.execute(insert(CounsellingSession), rows)
        s.execute(insert(SessionPupil), [dict(session_id=i, pupil_id=pupil_id) for i in ids])


def test_progress_counts_every_row_up_to_the_total(services, journal, tmp_path):
    bulk_sessions(services, journal["a"].id, 2500)
    seen = []
    result = services.export.export_all(tmp_path, progress=lambda d, t: seen.append((d, t)))
    totals = {t for _d, t in seen}
    assert totals == {result.rows} and result.rows > 5000
    done = [d for d, _t in seen]
    assert done[0] == 0 and done[-1] == result.rows and done == sorted(done)
    assert len(seen) > 5  # in batches, not once at the end


def test_cancel_leaves_nothing_behind(services, journal, tmp_path):
    bulk_sessions(services, journal["a"].id, 2500)
    cancel = threading.Event()

    def progress(done, total):
        if done >= 2000:  # part-way through the sessions
            cancel.set()

    out = tmp_path / "out"
    with pytest.raises(ExportCancelled):
        services.export.export_all(out, progress=progress, cancel=cancel)
    assert list(out.iterdir()) == []
    assert export_entries(services) == []  # nothing was exported


def test_a_failure_leaves_nothing_behind(services, journal, tmp_path, monkeypatch):
    def full_disk(self, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full_disk)
    out = tmp_path / "out"
    with pytest.raises(OSError):
        services.export.export_all(out)
    assert list(out.iterdir()) == []
    assert export_entries(services) == []


def test_nothing_goes_to_the_system_temp_folder(services, journal, tmp_path, monkeypatch):
    """openpyxl would stream its sheets through the system temp folder: plain personal data
    in a place nobody cleans."""
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    bulk_sessions(services, journal["a"].id, 1500)
    seen = []
    services.export.export_all(tmp_path / "out",
                               progress=lambda d, t: seen.extend(system_temp.iterdir()))
    assert seen == [] and list(system_temp.iterdir()) == []


def test_an_export_never_overwrites_an_earlier_one(services, journal, tmp_path):
    first = services.export.export_all(tmp_path).path
    (first / "pupils.csv").write_text("mine", encoding="utf-8")
    second = services.export.export_all(tmp_path).path
    assert second != first and second.name == first.name + "-2"
    assert (first / "pupils.csv").read_text(encoding="utf-8") == "mine"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_audit_trail_records_the_export_without_names(services, journal, tmp_path):
    services.db.actor = "test"  # as signing in sets it
    services.export.export_all(tmp_path, include_notes=True)
    services.export.export_pupils(tmp_path / "list.xlsx")
    entries = export_entries(services)
    assert len(entries) == 2
    pupil_list, full = entries  # newest first
    assert full.actor == "test" and full.entity == ""
    assert "notes=yes" in full.detail and "pupils=3" in full.detail
    assert "sessions=2" in full.detail
    assert pupil_list.entity == "pupil" and pupil_list.detail == "list=xlsx,rows=2"
    for entry in entries:
        assert not re.search(r"[А-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", entry.detail)
        assert str(tmp_path) not in entry.detail
    assert services.audit.verify().ok


# --- the pupil list ----------------------------------------------------------------------------


def test_the_pupil_list_as_csv_has_russian_headers_and_studying_pupils(services, journal,
                                                                        tmp_path):
    result = services.export.export_pupils(tmp_path / "pupils.csv")
    header, rows = read_csv(result.path)
    assert header == ["Фамилия", "Имя", "Отчество", "Пол", "Дата рождения", "ИИН", "Класс",
                      "Язык обучения", "Согласие родителей", "Дата согласия",
                      "Кто дал согласие", "Дата выбытия"]
    assert [(r["Фамилия"], r["Имя"], r["Класс"]) for r in rows] == [
        ("Әлібеков", "Нұрғали", "7Ә"), ("Өмірзақова", "Іңкәр", "8Ғ")]
    assert rows[0]["ИИН"] == journal["a"].iin and rows[0]["Дата рождения"] == "2013-05-14"
    assert result.counts == {"pupils": 2}
    everyone = services.export.export_pupils(tmp_path / "all.csv", include_left=True)
    _h, rows = read_csv(everyone.path)
    assert [r["Фамилия"] for r in rows] == ["Әлібеков", "Өмірзақова", "Үсенов"]
    assert rows[2]["Дата выбытия"] == "2026-06-01"


def test_the_pupil_list_as_xlsx(services, journal, tmp_path):
    path = services.export.export_pupils(tmp_path / "Ученики 7Ә.XLSX").path
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert list(rows[0]) == [c.list_title for c in pupil_list_columns()]
    assert rows[1][:3] == ("Әлібеков", "Нұрғали", "Қуанышұлы")
    assert rows[2][5] == journal["b"].iin
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_the_pupil_list_refuses_to_overwrite_or_guess_the_format(services, journal, tmp_path):
    target = tmp_path / "pupils.csv"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError):
        services.export.export_pupils(target)
    assert target.read_text(encoding="utf-8") == "keep me"
    services.export.export_pupils(target, overwrite=True)
    assert read_csv(target)[0][0] == "Фамилия"
    with pytest.raises(ValueError):
        services.export.export_pupils(tmp_path / "pupils.txt")
    assert not (tmp_path / "pupils.txt").exists()


def test_a_cancelled_pupil_list_leaves_no_file(services, journal, tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled):
        services.export.export_pupils(tmp_path / "out" / "pupils.xlsx", cancel=cancel)
    assert list((tmp_path / "out").iterdir()) == []


# --- the table list itself ---------------------------------------------------------------------

# Columns of the exported tables that are deliberately left out: bookkeeping the user never
# sees, or a value the export gives in another form.
NOT_EXPORTED = {"deleted_at", "search_key", "grade"}
# School profile: one row, identified by nothing but being the school.
NOT_EXPORTED_SCHOOL = {"id", "created_at", "updated_at", "updated_by"}


def test_every_column_of_an_exported_table_is_exported_or_deliberately_left_out():
    """A column added to a table later must be added to the export (or listed above)."""
    from desktop.models import tables

    by_table = {m.__table__: m.__table__.name for m in tables.TABLES}
    exported: dict[str, set[str]] = {}
    for spec in TABLES:
        for column in spec.columns:
            for element in visitors.iterate(column.expr.__clause_element__()
                                            if hasattr(column.expr, "__clause_element__")
                                            else column.expr):
                table = getattr(element, "table", None)
                if table in by_table and hasattr(element, "name"):
                    exported.setdefault(by_table[table], set()).add(element.name)
    for table, name in by_table.items():
        if name not in exported or name == "audit_entry":
            continue
        skip = NOT_EXPORTED | (NOT_EXPORTED_SCHOOL if name == "school" else set())
        missing = {c.name for c in table.columns} - exported[name] - skip
        assert missing == set(), f"{name}: {missing} neither exported nor listed as left out"


def test_files_are_from_one_moment_even_when_someone_saves_meanwhile(services, journal,
                                                                     make_session, tmp_path):
    """The window stays usable during an export: a session saved meanwhile is in no file,
    so no link points at a session missing from sessions.csv."""
    bulk_sessions(services, journal["a"].id, 2500)
    added = []

    def save_meanwhile():  # on another thread, as the window does (its own connection)
        added.append(make_session([journal["b"].id], reason="Сохранено во время выгрузки"))

    def progress(done, total):
        if done and not added:
            saver = threading.Thread(target=save_meanwhile)
            saver.start()
            saver.join()

    folder = services.export.export_all(tmp_path, progress=progress).path
    _h, sessions = read_csv(folder / "sessions.csv")
    _h, links = read_csv(folder / "session_pupils.csv")
    ids = {s["id"] for s in sessions}
    assert added and str(added[0].id) not in ids
    assert {l["session_id"] for l in links} <= ids


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_pupil_list_reads_back_into_the_import_unchanged(services, journal, tmp_path,
                                                             suffix):
    """Export, then the import (desktop/importing) of the same file: it finds every column
    by its Russian header and every pupil already there, with nothing to change."""
    from desktop.importing.headers import guess
    from desktop.importing.readers import read_table

    path = services.export.export_pupils(tmp_path / f"list{suffix}").path
    table = read_table(path)
    mapping = guess(table.header, table.rows, table.merged)
    assert {"surname", "given_name", "patronymic", "iin", "birth_date", "class_name", "sex",
            "study_language"} <= set(mapping)
    plan = services.pupil_import.plan(table, mapping)
    assert plan.counts["unchanged"] == 2
    assert plan.count("add") == plan.count("update") == plan.count("reject") == 0
