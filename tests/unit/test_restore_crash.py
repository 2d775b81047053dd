"""A restore killed at every step (os._exit in a real process, so no except or finally
runs): the next command finds the journal as it was or as restored, never a mix, an empty
new journal, or no journal where there was one."""

import os
import shutil
import subprocess
import sys

import pytest
from unit_factories import pupil_input

from desktop import cli
from desktop.config import RESTORE_JOURNAL_FILE
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in

STEPS = ["journal written", "moved senim.db", "moved keys.json", "copied", "placed the journal",
         "placed the keyring", "checked", "done"]

KILL_AT = """
import os, sys
from desktop import backups, cli
step = sys.argv[1]
def stop(name):
    if name == step:
        os._exit(9)
backups._restore_step = stop
sys.exit(cli.main(sys.argv[2:]))
"""


def pupils_in(folder) -> int:
    services = sign_in(folder, DEMO_USER, DEMO_PASSWORD)
    try:
        return services.pupils.count()
    finally:
        services.db.dispose()


@pytest.fixture(scope="module")
def journal_and_backup(tmp_path_factory):
    """A journal of 3 pupils backed up, then a 4th added: restoring brings back 3."""
    folder = tmp_path_factory.mktemp("journal") / "data"
    os.environ["SENIM_USER"], os.environ["SENIM_PASSWORD"] = DEMO_USER, DEMO_PASSWORD
    try:
        assert cli.main(["--data-dir", str(folder), "demo", "--pupils", "3", "--records",
                         "3"]) == 0
        assert cli.main(["--data-dir", str(folder), "backup"]) == 0
    finally:
        for name in ("SENIM_USER", "SENIM_PASSWORD"):
            os.environ.pop(name, None)
    services = sign_in(folder, DEMO_USER, DEMO_PASSWORD)
    services.pupils.create(pupil_input())
    services.db.dispose()
    stick = tmp_path_factory.mktemp("stick")
    for f in (folder / "backups").glob("senim-*"):
        shutil.copy2(f, stick / f.name)
    [backup] = stick.glob("senim-*.db")
    return folder, backup


def kill_restore_at(step, data_dir, backup):
    done = subprocess.run(
        [sys.executable, "-c", KILL_AT, step, "--data-dir", str(data_dir), "restore",
         str(backup), "--yes"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "SENIM_USER": DEMO_USER, "SENIM_PASSWORD": DEMO_PASSWORD,
             "SENIM_KDF_FAST": "1", "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == (0 if step == "never" else 9), done.stderr


@pytest.mark.parametrize("step", STEPS)
def test_a_restore_killed_at_any_step_is_finished_or_undone(journal_and_backup, tmp_path,
                                                            monkeypatch, capsys, step):
    journal, backup = journal_and_backup
    data_dir = tmp_path / "data"
    shutil.copytree(journal, data_dir)
    kill_restore_at(step, data_dir, backup)
    assert (data_dir / RESTORE_JOURNAL_FILE).exists()
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    capsys.readouterr()
    assert cli.main(["--data-dir", str(data_dir), "check"]) == 0  # whole, and readable
    said = capsys.readouterr().err
    assert ("finished" if step == "done" else "undone") in said
    assert not (data_dir / RESTORE_JOURNAL_FILE).exists()
    assert not (data_dir / "senim.db.restoring").exists()
    assert pupils_in(data_dir) == (3 if step == "done" else 4)
    asides = list(data_dir.glob("before-restore-*"))
    assert len(asides) == (1 if step == "done" else 0)


@pytest.mark.parametrize("step", [s for s in STEPS if not s.startswith("moved")])
def test_a_restore_into_a_new_laptop_killed_at_any_step(journal_and_backup, tmp_path,
                                                        monkeypatch, step):
    _journal, backup = journal_and_backup
    data_dir = tmp_path / "new-laptop"
    kill_restore_at(step, data_dir, backup)
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    code = cli.main(["--data-dir", str(data_dir), "check"])
    names = {p.name for p in data_dir.iterdir()}
    assert RESTORE_JOURNAL_FILE not in names and "senim.db.restoring" not in names
    assert not list(data_dir.glob("before-restore-*"))
    if step == "done":
        assert code == 0 and pupils_in(data_dir) == 3
    else:  # back to the empty folder it was: no journal half made, nothing to sign in to
        assert not {"senim.db", "keys.json", "senim.db-wal", "senim.db-shm"} & names
