"""`senim export --out DIR` and `senim pupils export --out FILE` on a demo journal, signed in
with SENIM_USER / SENIM_PASSWORD as a script would."""

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop import cli
from desktop.models.account import AccountInput
from desktop.models.audit import AuditFilter
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in, sign_out

FILES = {"school", "pupils", "guardians", "sessions", "session_pupils", "observations",
         "observation_forms", "observation_pupils", "follow_ups", "concerns",
         "concern_pupils", "concern_responses", "bullying_cases", "case_pupils", "case_stages",
         "warning_dismissals", "organisations", "referrals", "referral_amendments",
         "academic_years", "terms", "school_breaks", "holiday_corrections",
         "preventive_activities", "council_members", "council_meetings", "council_attendance",
         "council_items", "accompaniment_grounds", "accompaniments", "accompaniment_reviews",
         "council_proposals"}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A demo journal with a counsellor and a head teacher, made once for the module."""
    folder = tmp_path_factory.mktemp("journal")
    mp = pytest.MonkeyPatch()
    mp.setenv("SENIM_USER", DEMO_USER)
    mp.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    try:
        assert cli.main(["--data-dir", str(folder), "demo", "--pupils", "15",
                         "--records", "60"]) == 0
    finally:
        mp.undo()
    services = sign_in(folder, DEMO_USER, DEMO_PASSWORD)
    try:
        for user, role in (("ұлжан", "counsellor"), ("директор", "head")):
            services.accounts.add(AccountInput(user_name=user, display_name="Әріптес",
                                               role=role, password="Құпия-сөз-2026"))
    finally:
        sign_out(services)
    return folder


@pytest.fixture
def journal(template, tmp_path):
    import shutil

    folder = tmp_path / "journal"
    shutil.copytree(template, folder)
    return folder


@pytest.fixture
def as_user(monkeypatch):
    def use(user=DEMO_USER, password=DEMO_PASSWORD):
        monkeypatch.setenv("SENIM_USER", user)
        monkeypatch.setenv("SENIM_PASSWORD", password)

    use()
    return use


def exported_folder(out: Path) -> Path:
    (folder,) = out.iterdir()
    return folder


def header(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return next(csv.reader(f))


def test_export_writes_every_file_and_says_where(journal, tmp_path, capsys, as_user):
    out = tmp_path / "флешка"
    assert cli.main(["--data-dir", str(journal), "export", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    folder = exported_folder(out)
    assert folder.name.startswith("senim-export-")
    assert str(folder) in printed and "not included" in printed and "not encrypted" in printed
    assert {p.name for p in folder.iterdir()} == (
        {f"{n}.csv" for n in FILES} | {"README.txt", "senim-export.xlsx"})
    assert "notes" not in header(folder / "sessions.csv")
    with open(folder / "pupils.csv", encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == 15
    assert set(load_workbook(folder / "senim-export.xlsx", read_only=True).sheetnames) == FILES
    # The export is in the audit trail, and the command signed out again.
    services = sign_in(journal, DEMO_USER, DEMO_PASSWORD)
    try:
        entries = services.audit.entries(AuditFilter(actor=DEMO_USER))
    finally:
        services.db.dispose()
    actions = [e.action for e in entries]
    assert actions[:4] == ["sign_in", "sign_out", "export", "sign_in"]
    assert "notes=no" in entries[2].detail and "pupils=15" in entries[2].detail


def test_notes_with_the_flag_for_a_psychologist_only(journal, tmp_path, capsys, as_user):
    assert cli.main(["--data-dir", str(journal), "export", "--out", str(tmp_path / "p"),
                     "--include-notes"]) == 0
    assert "notes: included" in capsys.readouterr().out
    assert "notes" in header(exported_folder(tmp_path / "p") / "sessions.csv")

    as_user("ұлжан", "Құпия-сөз-2026")
    out = tmp_path / "c"
    assert cli.main(["--data-dir", str(journal), "export", "--out", str(out),
                     "--include-notes"]) == 2
    assert "only a psychologist" in capsys.readouterr().err
    assert not out.exists() or list(out.iterdir()) == []
    assert cli.main(["--data-dir", str(journal), "export", "--out", str(out)]) == 0
    assert "notes" not in header(exported_folder(out) / "sessions.csv")


def test_a_head_teacher_cannot_export(journal, tmp_path, capsys, as_user):
    as_user("директор", "Құпия-сөз-2026")
    assert cli.main(["--data-dir", str(journal), "export", "--out", str(tmp_path / "h")]) == 2
    assert "counts only" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(journal), "pupils", "export", "--out",
                     str(tmp_path / "h" / "list.csv")]) == 2
    assert "counts only" in capsys.readouterr().err
    assert not (tmp_path / "h").exists() or list((tmp_path / "h").iterdir()) == []


def test_plain_messages_when_it_cannot_run(journal, tmp_path, capsys, monkeypatch):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    assert cli.main(["--data-dir", str(journal), "export", "--out", str(a_file)]) == 2
    assert "is a file" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(journal), "export", "--out", str(tmp_path / "o")]) == 2
    assert "SENIM_USER" in capsys.readouterr().err  # no credentials, nothing written
    assert not (tmp_path / "o").exists()


def test_a_disk_error_or_a_bug_gets_a_message_not_a_traceback(journal, tmp_path, capsys,
                                                             as_user, monkeypatch):
    from desktop.exporting import files
    from desktop.services import export

    def full_disk(self, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.Workbook, "save", full_disk)
    out = tmp_path / "out"
    assert cli.main(["--data-dir", str(journal), "export", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "nothing was left" in err
    assert "Traceback" not in err and list(out.iterdir()) == []

    def bug(self, *args, **kwargs):
        raise RuntimeError("Әлібеков Нұрғали 200608664439")  # a message with personal data

    monkeypatch.setattr(export.ExportService, "export_all", bug)
    assert cli.main(["--data-dir", str(journal), "export", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "something went wrong" in err
    assert "Traceback" not in err and "Әлібеков" not in err


def test_pupils_export_by_extension(journal, tmp_path, capsys, as_user):
    csv_file, xlsx_file = tmp_path / "list.csv", tmp_path / "Оқушылар.xlsx"
    assert cli.main(["--data-dir", str(journal), "pupils", "export", "--out",
                     str(csv_file)]) == 0
    assert str(csv_file) in capsys.readouterr().out
    assert header(csv_file)[:7] == ["Фамилия", "Имя", "Отчество", "Пол", "Дата рождения",
                                    "ИИН", "Класс"]
    assert cli.main(["--data-dir", str(journal), "pupils", "export", "--out",
                     str(xlsx_file), "--include-left"]) == 0
    rows = list(load_workbook(xlsx_file).active.iter_rows(values_only=True))
    assert rows[0][0] == "Фамилия" and len(rows) == 16  # every pupil, those who left too


def test_pupils_export_refuses_to_overwrite_or_guess(journal, tmp_path, capsys, as_user):
    target = tmp_path / "list.csv"
    target.write_text("keep me", encoding="utf-8")
    assert cli.main(["--data-dir", str(journal), "pupils", "export", "--out",
                     str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me"
    assert cli.main(["--data-dir", str(journal), "pupils", "export", "--out", str(target),
                     "--force"]) == 0
    assert header(target)[0] == "Фамилия"
    assert cli.main(["--data-dir", str(journal), "pupils", "export", "--out",
                     str(tmp_path / "list.ods")]) == 2
    assert ".csv or .xlsx" in capsys.readouterr().err
