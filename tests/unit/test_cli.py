"""`senim` on the command line: version, help, where the data goes, demo data."""

from pathlib import Path

import pytest

from desktop import __version__, cli
from desktop.config import resolve_data_dir
from desktop.db import open_database
from desktop.services import Services


def pupils_in(folder: Path) -> int:
    db = open_database(folder / "senim.db")
    try:
        return Services.build(db).pupils.count()
    finally:
        db.dispose()


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


def test_demo_fills_the_folder_given_and_only_once_with_if_empty(tmp_path, capsys):
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "12", "--records", "20"]) == 0
    assert pupils_in(tmp_path) == 12
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


def test_bad_numbers_are_refused_without_a_traceback(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "-3"])
    assert exit_.value.code == 2
    assert "zero or more" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "0", "--records", "5"]) == 2
    assert "no pupils" in capsys.readouterr().err
