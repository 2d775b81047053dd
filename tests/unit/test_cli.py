"""`senim` on the command line: version, help, where the data goes, demo data."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__, cli
from desktop.config import resolve_data_dir
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in


def pupils_in(folder: Path, user=DEMO_USER, password=DEMO_PASSWORD) -> int:
    services = sign_in(folder, user, password)
    try:
        return services.pupils.count()
    finally:
        services.db.dispose()


@pytest.fixture
def as_demo(monkeypatch):
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"senim {__version__}"


def test_help_names_the_commands_and_the_data_folder(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "demo" in out and "--data-dir" in out and "SENIM_DATA_DIR" in out


@pytest.mark.parametrize("argv", [
    [], ["run"], ["--data-dir", "x"], ["--data-dir=", "--lang=kk", "--bench-startup"],
    ["--lang", "ru", "run"], ["run", "--data-dir=z"], ["--data-dir", "x", "run", "--data-dir", "y"],
    ["--data-dir", "a", "--data-dir", "b", "--bench-startup", "--bench-startup"],
])
def test_starting_the_app_reads_its_options_as_the_parser_does(argv):
    assert vars(cli.app_start_args(argv)) == vars(cli.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["-h"], ["--help"], ["--version"], ["--self-test"], ["run", "--lang", "en"], ["run", "run"],
    ["--lang", "de"], ["--lang="], ["--lang"], ["--data-dir"], ["--data-dir", "-x"],
    ["--data", "x"], ["--bench-startup=1"], ["run", "--bench-startup"], ["demo"],
    ["--data-dir", "x", "check"], ["--"], [""],
])
def test_anything_else_is_left_to_the_parser(argv):
    """Help, the commands, abbreviations and mistakes: the parser's answer, as before."""
    assert cli.app_start_args(argv) is None


def test_starting_the_app_loads_no_command(tmp_path):
    """The commands' modules (and their parsers) are not part of the app's start-up."""
    code = ("import sys, desktop.app\n"
            "desktop.app.run_app = lambda folder, lang, bench_startup: print(folder, lang)\n"
            "from desktop import cli\n"
            f"cli.main(['--data-dir', {str(tmp_path)!r}, '--lang', 'kk', 'run'])\n"
            "print(sorted(m for m in sys.modules if m.startswith('desktop.commands.')))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).parents[2], timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"{tmp_path} kk", "['desktop.commands.common']"]


def test_demo_fills_the_folder_given_and_only_once_with_if_empty(tmp_path, capsys, as_demo):
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "12", "--records", "20"]) == 0
    assert pupils_in(tmp_path) == 12
    assert "Recovery key" in capsys.readouterr().out
    # --data-dir after the command works too; --if-empty leaves a filled folder alone.
    assert cli.main(["demo", "--if-empty", "--pupils", "5", "--data-dir", str(tmp_path)]) == 0
    assert pupils_in(tmp_path) == 12
    assert "already has pupils" in capsys.readouterr().out


def test_environment_variable_points_elsewhere(tmp_path, monkeypatch):
    monkeypatch.setenv("SENIM_DATA_DIR", str(tmp_path / "stick"))
    assert cli.main(["demo", "--pupils", "3", "--records", "0"]) == 0
    assert pupils_in(tmp_path / "stick") == 3
    # The command line wins over the environment.
    assert resolve_data_dir(str(tmp_path / "other")) == (tmp_path / "other").resolve()


def test_default_is_the_user_data_folder(monkeypatch):
    monkeypatch.delenv("SENIM_DATA_DIR", raising=False)
    assert resolve_data_dir(None).name == "Senim"


def test_a_new_folder_gets_the_account_named_in_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SENIM_USER", "Әсел.Психолог")
    monkeypatch.setenv("SENIM_PASSWORD", "Құпия-сөз-2026")
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "4", "--records", "0"]) == 0
    assert pupils_in(tmp_path, "әсел.психолог", "Құпия-сөз-2026") == 4


def test_commands_refuse_to_open_the_journal_without_credentials(tmp_path, capsys, monkeypatch):
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "3", "--records", "0"]) == 0
    capsys.readouterr()
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "3"]) == 2
    assert "SENIM_USER" in capsys.readouterr().err
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", "not-the-password")
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "3"]) == 2
    assert "Wrong user name or password" in capsys.readouterr().err
    assert pupils_in(tmp_path) == 3  # nothing was added


def test_bad_numbers_are_refused_without_a_traceback(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "-3"])
    assert exit_.value.code == 2
    assert "zero or more" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "0", "--records", "5"]) == 2
    assert "no pupils" in capsys.readouterr().err


def test_recover_sets_a_new_password_with_the_recovery_key(tmp_path, capsys, monkeypatch):
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "2", "--records", "0"]) == 0
    recovery = capsys.readouterr().out.split("Recovery key (keep it safe): ")[1].split()[0]
    monkeypatch.setenv("SENIM_NEW_PASSWORD", "Жаңа-құпиясөз-1")
    monkeypatch.setenv("SENIM_RECOVERY_KEY", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert cli.main(["--data-dir", str(tmp_path), "recover", "--user", DEMO_USER]) == 2
    assert "not right" in capsys.readouterr().err
    monkeypatch.setenv("SENIM_RECOVERY_KEY", recovery.lower().replace("-", " "))
    assert cli.main(["--data-dir", str(tmp_path), "recover", "--user", DEMO_USER]) == 0
    assert pupils_in(tmp_path, DEMO_USER, "Жаңа-құпиясөз-1") == 2


def test_a_damaged_database_gets_a_plain_message(tmp_path, capsys, as_demo):
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "2", "--records", "0"]) == 0
    db_file = tmp_path / "senim.db"
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"senim.db{suffix}").unlink(missing_ok=True)
    db_file.write_bytes(db_file.read_bytes()[:1000])  # truncated
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "1"]) == 2
    err = capsys.readouterr().err
    assert "is damaged: it cannot be read with its key" in err and "Traceback" not in err
    db_file.write_bytes(b"not a database at all" * 100)  # replaced with garbage
    assert cli.main(["--data-dir", str(tmp_path), "audit", "verify"]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "audit trail broken" not in err.lower()
