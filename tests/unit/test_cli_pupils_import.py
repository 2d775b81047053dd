"""`senim pupils import FILE` on the command line: one line per row, a summary, exit codes."""

from datetime import date

import pytest
from import_files import HEADER_RU, KAZAKH, iin_for, rows_ru, write_csv, write_xlsx

from desktop import cli
from desktop.models.account import AccountInput
from desktop.vault import set_up, sign_in, sign_out

USER, PASSWORD = "asel.n", "Құпия-сөз-2026"


@pytest.fixture
def journal(tmp_path, monkeypatch):
    """A new journal with a psychologist's account, signed in through the environment."""
    folder = tmp_path / "data"
    services, _recovery = set_up(folder, AccountInput(user_name=USER, display_name="Әсел",
                                                      password=PASSWORD))
    services.db.dispose()
    monkeypatch.setenv("SENIM_USER", USER)
    monkeypatch.setenv("SENIM_PASSWORD", PASSWORD)
    return folder


def pupils(folder, include_left=True) -> dict[str, tuple[str, bool]]:
    services = sign_in(folder, USER, PASSWORD)
    try:
        return {r.full_name: (r.class_name, r.active)
                for r in services.pupils.search(include_left=include_left)}
    finally:
        sign_out(services)


def run(folder, *args) -> int:
    return cli.main(["--data-dir", str(folder), "pupils", "import", *map(str, args)])


def test_a_list_is_imported_with_a_line_per_row(journal, tmp_path, capsys):
    path = write_xlsx(tmp_path / "7.xlsx", [HEADER_RU] + rows_ru(KAZAKH))
    assert run(journal, path) == 0
    out = capsys.readouterr().out
    assert "row 2: ADD Нұрланова Әсем Серікқызы, 7Ә" in out
    assert "row 6: ADD Һашимова Інжу Үмбетқызы, 5Ң" in out
    assert "Summary: 5 to add, 0 to update, 0 unchanged, 0 rejected." in out
    assert "Imported: 5 added, 0 updated, 0 marked as left." in out
    assert pupils(journal)["Қасымов Ерасыл Болатұлы"] == ("8Б", True)


def test_dry_run_prints_and_writes_nothing(journal, tmp_path, capsys):
    path = write_xlsx(tmp_path / "7.xlsx", [HEADER_RU] + rows_ru(KAZAKH))
    assert run(journal, path, "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.count(": ADD ") == 5 and "Dry run: nothing was written." in out
    assert pupils(journal) == {}


def test_rejected_rows_stop_the_import_unless_skipped(journal, tmp_path, capsys):
    rows = rows_ru(KAZAKH)
    rows[1][4] = rows[1][4][:11] + str((int(rows[1][4][11]) + 1) % 10)  # a typo in the IIN
    rows[3][6] = "13Қ"
    path = write_csv(tmp_path / "l.csv", [HEADER_RU] + rows)
    assert run(journal, path) == 1
    out = capsys.readouterr().out
    assert (f"row 3: REJECT Қасымов Ерасыл Болатұлы, 8Б: The IIN “{rows[1][4]}” has a wrong "
            "check digit: there is a typo in it.") in out
    assert "row 5: REJECT Жұмабаев Нұрсұлтан Қайратұлы, 13Қ: Unknown class “13Қ”" in out
    assert "Nothing was imported: 2 rows were rejected." in out
    assert pupils(journal) == {}
    assert run(journal, path, "--dry-run") == 1  # a dry run says the same by its exit code
    assert pupils(journal) == {}
    capsys.readouterr()
    assert run(journal, path, "--skip-invalid") == 0
    assert "Imported: 3 added, 0 updated, 0 marked as left, 2 rejected rows left out." in (
        capsys.readouterr().out)
    assert set(pupils(journal)) == {"Нұрланова Әсем Серікқызы", "Өтепова Ұлжан",
                                    "Һашимова Інжу Үмбетқызы"}


def test_reimport_updates_and_marks_the_missing_as_left(journal, tmp_path, capsys):
    assert run(journal, write_xlsx(tmp_path / "v1.xlsx", [HEADER_RU] + rows_ru(KAZAKH))) == 0
    rows = rows_ru(KAZAKH)[:4]  # Һашимова left the school
    rows[0][6] = "8Ә"
    capsys.readouterr()
    path = write_xlsx(tmp_path / "v2.xlsx", [HEADER_RU] + rows)
    assert run(journal, path, "--mark-left") == 0
    out = capsys.readouterr().out
    assert "row 2: UPDATE Нұрланова Әсем Серікқызы, 7Ә -> 8Ә (class)" in out
    assert "row 3: UNCHANGED Қасымов Ерасыл Болатұлы, 8Б" in out
    assert "LEFT Һашимова Інжу Үмбетқызы, 5Ң: not in the file" in out
    assert "Imported: 0 added, 1 updated, 1 marked as left." in out
    now = pupils(journal)
    assert now["Нұрланова Әсем Серікқызы"] == ("8Ә", True)
    assert now["Һашимова Інжу Үмбетқызы"] == ("5Ң", False)
    assert len(now) == 5  # nobody twice


def test_a_file_that_is_no_list_gets_a_plain_message_before_any_password(tmp_path, capsys,
                                                                       monkeypatch):
    monkeypatch.delenv("SENIM_USER", raising=False)
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert run(tmp_path / "none", path) == 2
    captured = capsys.readouterr()
    assert "This is not a spreadsheet" in captured.err and "Traceback" not in captured.err
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert run(tmp_path / "none", empty) == 2
    assert "The file is empty." in capsys.readouterr().err


def test_no_surname_column(journal, tmp_path, capsys):
    path = write_csv(tmp_path / "l.csv", [["Имя", "Класс"], ["Әсем", "7Ә"]])
    assert run(journal, path) == 2
    assert "No column with surnames or full names was found. Columns in the file: A: Имя, " \
           "B: Класс." in capsys.readouterr().err


def test_a_head_teacher_may_not_import(journal, tmp_path, capsys, monkeypatch):
    services = sign_in(journal, USER, PASSWORD)
    try:
        services.accounts.add(AccountInput(user_name="director", display_name="Директор",
                                           role="head", password="director-2026"))
    finally:
        sign_out(services)
    monkeypatch.setenv("SENIM_USER", "director")
    monkeypatch.setenv("SENIM_PASSWORD", "director-2026")
    path = write_csv(tmp_path / "l.csv", [["Фамилия", "Имя", "ИИН", "Класс"],
                                         ["Нұрланова", "Әсем", iin_for(date(2013, 5, 4), "female"),
                                          "7Ә"]])
    assert run(journal, path) == 2
    assert "head teacher" in capsys.readouterr().err  # their account opens no journal
    assert pupils(journal) == {}


def test_help_lists_the_import_action(capsys):
    with pytest.raises(SystemExit):
        cli.main(["pupils", "--help"])
    assert "import" in capsys.readouterr().out


def test_an_iin_warning_is_printed_and_the_row_imported(journal, tmp_path, capsys):
    rows = rows_ru(KAZAKH)
    rows[1][4] = iin_for(date(2012, 3, 16), "male", 9)  # Қасымов, born 15.03.2012
    path = write_xlsx(tmp_path / "7.xlsx", [HEADER_RU] + rows)
    assert run(journal, path) == 0  # a warning is never exit 1
    out = capsys.readouterr().out
    assert "row 3: ADD Қасымов Ерасыл Болатұлы, 8Б" in out
    assert "row 3: warning: The IIN's digits give the birth date 2012-03-16" in out
    assert "Rows imported with a warning about the IIN: 1." in out
    assert "Imported: 5 added" in out
    assert pupils(journal)["Қасымов Ерасыл Болатұлы"] == ("8Б", True)
