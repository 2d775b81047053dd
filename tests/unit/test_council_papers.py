"""The council's papers from a real journal: the minutes (number, date, those present, each
item's heard / decided, the chair's and secretary's lines), the pupil's plan (its measures
and reviews, never the confidential note) and the parents' notice, in Kazakh and Russian,
read back from the PDF with poppler's pdftotext; and `senim council list / minutes`."""

import shutil
import subprocess
from datetime import timedelta

import pytest
from unit_factories import TODAY, followup_input, pupil_input

from desktop import cli
from desktop.documents.council_papers import render_minutes, render_notice, render_plan
from desktop.models.accompaniment import ReviewInput
from desktop.models.audit import AuditFilter
from desktop.models.council import DecisionInput, ItemInput, MeetingInput, MemberInput
from desktop.models.school import SchoolInput
from desktop.services.errors import ValidationError
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed")
LAST_WEEK = TODAY - timedelta(days=7)
SECRET = "Құпия: әкесі ішімдік ішеді"


def text_of(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf,
                         capture_output=True, check=True).stdout.decode("utf-8")
    return " ".join(out.split())


def make_meeting(services, pupil):
    c = services.council
    chair = c.save_member(None, MemberInput("Серікова Айгүл Маратқызы", "директор"))
    secretary = c.save_member(None, MemberInput("Жұмабаева Мөлдір Қайратқызы", "педагог-психолог"))
    m = c.create_meeting(MeetingInput(
        held_on=LAST_WEEK, chair_id=chair.id, secretary_id=secretary.id,
        present=[chair.id, secretary.id],
        items=[ItemInput(pupil_id=pupil.id, heard="Сынып жетекшісі: екі рет қорланған"),
               ItemInput(title="Тоқсандағы алдын алу жұмысы", heard="14 сабақ өткізілді")]))
    c.decide(m.items[0].id, DecisionInput(decision="start", decided="Жоспар бір аптада келісілсін",
                                          grounds=["bullying"], responsible="Бекова С.Н.",
                                          review_days=30))
    return c.decide(m.items[1].id, DecisionInput(decision="no_measure",
                                                 decided="Ақпарат назарға алынсын"))


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_minutes_say_who_heard_what_and_what_was_decided(services, pupil, language):
    services.school.save(SchoolInput(name_kk="№ 999 мектеп (үлгі)", name_ru="Школа № 999 (пример)"))
    m = make_meeting(services, pupil)
    text = text_of(render_minutes(services.council.minutes(m.id, language)))
    assert (f"№ {m.number} ХАТТАМАСЫ" if language == "kk" else f"ПРОТОКОЛ № {m.number}") in text
    assert ("№ 999 мектеп (үлгі)" if language == "kk" else "Школа № 999 (пример)") in text
    assert "Серікова Айгүл Маратқызы" in text and "Жұмабаева Мөлдір Қайратқызы" in text
    assert pupil.full_name in text and "екі рет қорланған" in text
    assert ("ТЫҢДАЛДЫ" if language == "kk" else "СЛУШАЛИ") in text
    assert ("ҚАУЛЫ ЕТІЛДІ" if language == "kk" else "ПОСТАНОВИЛИ") in text
    assert ("Буллингке ұшырау" if language == "kk" else "Пережитый буллинг") in text
    assert ("Төраға" if language == "kk" else "Председатель") in text
    assert ("Хатшы" if language == "kk" else "Секретарь") in text
    assert LAST_WEEK.strftime("%d.%m.%Y") in text


def test_minutes_with_no_one_present_are_refused(services, pupil, make_pupil):
    m = services.council.create_meeting(MeetingInput(held_on=TODAY + timedelta(days=3)))
    with pytest.raises(ValidationError) as err:
        services.council.minutes(m.id, "ru")
    assert err.value.codes() == {"present": "council.nobody_present"}


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_plan_and_the_notice(services, pupil, language):
    make_meeting(services, pupil)
    a = services.accompaniment.of_pupil(pupil.id)[0]
    services.accompaniment.add_measure(a.id, followup_input(
        None, what="Сынып сағаты: достық туралы", responsible="Сынып жетекшісі"))
    services.accompaniment.add_review(a.id, ReviewInput(TODAY, "better", "Қатысуы жақсарды",
                                                        SECRET))
    plan = text_of(render_plan(services.council.plan(a.id, language)))
    assert pupil.full_name in plan and "Сынып сағаты: достық туралы" in plan
    assert "Қатысуы жақсарды" in plan
    assert SECRET not in plan
    assert ("хаттама" if language == "kk" else "протокол №") in plan
    notice = text_of(render_notice(services.council.notice(a.id, language)))
    assert ("ХАБАРЛАМА" if language == "kk" else "УВЕДОМЛЕНИЕ") in notice
    assert "245-VIII" in notice and pupil.full_name in notice


# --- the command --------------------------------------------------------------------------


@pytest.fixture
def journal(tmp_path, monkeypatch):
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "0", "--records", "0"]) == 0
    services = sign_in(tmp_path, DEMO_USER, DEMO_PASSWORD)
    try:
        today = services.ctx.today()
        pupil = services.pupils.create(pupil_input(birth_date=today.replace(year=today.year - 13)))
        meeting = make_meeting(services, pupil)
        empty = services.council.create_meeting(MeetingInput(held_on=today + timedelta(days=5)))
    finally:
        services.db.dispose()
    return tmp_path, meeting, empty


def run(data_dir, *argv) -> int:
    return cli.main(["--data-dir", str(data_dir), "council", *argv])


def test_council_list_and_minutes(journal, capsys, tmp_path):
    data_dir, meeting, empty = journal
    assert run(data_dir, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    ids = [line.split("\t")[0] for line in lines]
    assert str(meeting.id) in ids and str(empty.id) in ids
    mine = lines[ids.index(str(meeting.id))].split("\t")
    assert mine[2] == meeting.held_on.isoformat() and mine[3] == "present 2"
    out = tmp_path / "out" / "minutes.pdf"
    assert run(data_dir, "minutes", str(meeting.id), "--out", str(out), "--lang", "kk") == 0
    assert "ХАТТАМАСЫ" in text_of(out.read_bytes())
    assert run(data_dir, "minutes", str(meeting.id), "--out", str(out)) == 2  # exists
    assert "--force" in capsys.readouterr().err
    assert run(data_dir, "minutes", str(meeting.id), "--out", str(out), "--force") == 0
    assert "ПРОТОКОЛ" in text_of(out.read_bytes())
    assert run(data_dir, "minutes", str(empty.id), "--out", str(tmp_path / "e.pdf")) == 2
    assert "no one is marked present" in capsys.readouterr().err
    assert not (tmp_path / "e.pdf").exists()
    services = sign_in(data_dir, DEMO_USER, DEMO_PASSWORD)
    try:
        pdfs = [e for e in services.audit.entries(AuditFilter(), 0, 500) if e.action == "pdf"]
        assert [e.entity for e in pdfs] == ["council_meeting", "council_meeting"]
    finally:
        services.db.dispose()
