"""`senim backup`, `senim check` and `senim restore` on the command line."""

import json

import pytest
from unit_factories import pupil_input

from desktop import cli
from desktop.models.account import AccountInput
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in


def pupils_in(folder) -> int:
    services = sign_in(folder, DEMO_USER, DEMO_PASSWORD)
    try:
        return services.pupils.count()
    finally:
        services.db.dispose()


@pytest.fixture
def journal(tmp_path, monkeypatch):
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    folder = tmp_path / "data"
    assert cli.main(["--data-dir", str(folder), "demo", "--pupils", "3", "--records", "5"]) == 0
    return folder


def test_backup_to_a_second_folder_verifies_and_lists(journal, tmp_path, capsys):
    capsys.readouterr()
    stick = tmp_path / "stick"
    assert cli.main(["--data-dir", str(journal), "backup", "--to", str(stick)]) == 0
    out = capsys.readouterr().out
    [db_in_data] = (journal / "backups").glob("senim-*.db")
    [db_on_stick] = stick.glob("senim-*.db")
    assert db_in_data.name in out and db_on_stick.name in out and out.count("verified") == 2
    # The same keyring, but for the audit trail's anchors: the command's sign-out moved them on.
    copied = json.loads((stick / db_on_stick.name.replace(".db", ".keys.json")).read_text())
    current = json.loads((journal / "keys.json").read_text())
    for anchor in ("audit_head", "sealed_head"):
        assert copied.pop(anchor)["seq"] < current.pop(anchor)["seq"]
    assert copied == current
    manifest = json.loads((stick / db_on_stick.name.replace(".db", ".manifest.json")).read_text())
    assert manifest["state"] == "verified" and manifest["counts"]["pupil"] == 3


def test_backup_into_a_folder_that_cannot_be_made_is_exit_1(journal, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert cli.main(["--data-dir", str(journal), "backup", "--to", str(blocker / "x")]) == 1
    captured = capsys.readouterr()
    assert "failed" in captured.err
    assert list((journal / "backups").glob("senim-*.db"))  # the data folder's one was made


def test_check_is_0_when_healthy_1_when_damaged_2_without_credentials(journal, capsys,
                                                                      monkeypatch):
    capsys.readouterr()
    assert cli.main(["--data-dir", str(journal), "check"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("Journal healthy")
    services = sign_in(journal, DEMO_USER, DEMO_PASSWORD)
    with services.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
        conn.exec_driver_sql("UPDATE audit_entry SET detail = 'x' WHERE seq = 1")
    services.db.dispose()
    assert cli.main(["--data-dir", str(journal), "check"]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("Journal damaged") and "audit trail" in out[0]
    monkeypatch.delenv("SENIM_PASSWORD")
    assert cli.main(["--data-dir", str(journal), "check"]) == 2


def test_check_of_an_unreadable_journal_is_1(journal, capsys):
    db = journal / "senim.db"
    data = bytearray(db.read_bytes())
    data[4096:8192] = bytes(4096)  # the second page wiped
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (journal / f"senim.db{suffix}").unlink(missing_ok=True)
    capsys.readouterr()
    assert cli.main(["--data-dir", str(journal), "check"]) == 1
    assert capsys.readouterr().out.startswith("Journal damaged")


def test_restore_with_yes_brings_the_backup_back(journal, capsys):
    assert cli.main(["--data-dir", str(journal), "backup"]) == 0
    [backup] = (journal / "backups").glob("senim-*.db")
    services = sign_in(journal, DEMO_USER, DEMO_PASSWORD)
    services.pupils.create(pupil_input())
    services.db.dispose()
    assert pupils_in(journal) == 4
    capsys.readouterr()
    assert cli.main(["--data-dir", str(journal), "restore", str(backup), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "pupil" in out and "Restored" in out
    assert pupils_in(journal) == 3
    [aside] = journal.glob("before-restore-*")
    assert (aside / "senim.db").exists() and (aside / "keys.json").exists()


def test_restore_without_yes_and_no_terminal_refuses(journal, capsys, monkeypatch):
    assert cli.main(["--data-dir", str(journal), "backup"]) == 0
    [backup] = (journal / "backups").glob("senim-*.db")
    monkeypatch.setattr("sys.stdin", None)
    capsys.readouterr()
    assert cli.main(["--data-dir", str(journal), "restore", str(backup)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert not list(journal.glob("before-restore-*"))


def test_restore_is_for_the_psychologist_only(journal, capsys, monkeypatch):
    assert cli.main(["--data-dir", str(journal), "backup"]) == 0
    [backup] = (journal / "backups").glob("senim-*.db")
    services = sign_in(journal, DEMO_USER, DEMO_PASSWORD)
    services.accounts.add(AccountInput("counsellor", "Кеңесші", "counsellor", "counsellor-pass-1"))
    services.db.dispose()
    monkeypatch.setenv("SENIM_USER", "counsellor")
    monkeypatch.setenv("SENIM_PASSWORD", "counsellor-pass-1")
    assert cli.main(["--data-dir", str(journal), "restore", str(backup), "--yes"]) == 2
    assert "psychologist" in capsys.readouterr().err
    assert not list(journal.glob("before-restore-*"))


def test_restore_of_a_damaged_backup_changes_nothing(journal, capsys):
    assert cli.main(["--data-dir", str(journal), "backup"]) == 0
    [backup] = (journal / "backups").glob("senim-*.db")
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    assert cli.main(["--data-dir", str(journal), "restore", str(backup), "--yes"]) == 1
    assert "damaged" in capsys.readouterr().err
    assert pupils_in(journal) == 3 and not list(journal.glob("before-restore-*"))


def restorable(journal, tmp_path):
    """A backup copied away (as to a USB stick) and a new laptop's empty data folder."""
    import shutil

    assert cli.main(["--data-dir", str(journal), "backup"]) == 0
    stick = tmp_path / "stick"
    shutil.copytree(journal / "backups", stick)
    [backup] = stick.glob("senim-*.db")
    return backup, tmp_path / "new-laptop"


def test_restore_into_an_empty_folder_signs_in_against_the_backups_keyring(journal, tmp_path,
                                                                            capsys):
    backup, fresh = restorable(journal, tmp_path)
    services = sign_in(journal, DEMO_USER, DEMO_PASSWORD)
    first = services.pupils.get(services.pupils.search()[0].id)
    services.pupils.create(pupil_input(surname="Ескендір"))  # after the backup: not in it
    services.db.dispose()
    capsys.readouterr()
    assert cli.main(["--data-dir", str(fresh), "restore", str(backup), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Restored into" in out and "passwords come back with it" in out
    assert (fresh / "senim.db").is_file() and (fresh / "keys.json").is_file()
    assert not list(fresh.glob("before-restore-*"))
    assert pupils_in(fresh) == 3
    services = sign_in(fresh, DEMO_USER, DEMO_PASSWORD)
    try:
        back = services.pupils.get(first.id)
        assert (back.surname, back.given_name, back.iin) == (first.surname, first.given_name,
                                                             first.iin)
        assert not services.pupils.search("Ескендір")
    finally:
        services.db.dispose()
    assert cli.main(["--data-dir", str(fresh), "check"]) == 0


def test_restore_into_an_empty_folder_with_a_wrong_password_leaves_it_empty(
        journal, tmp_path, capsys, monkeypatch):
    backup, fresh = restorable(journal, tmp_path)
    monkeypatch.setenv("SENIM_PASSWORD", "not-the-password")
    capsys.readouterr()
    assert cli.main(["--data-dir", str(fresh), "restore", str(backup), "--yes"]) == 2
    assert "Wrong user name or password" in capsys.readouterr().err
    # Only the sign-in back-off's own files (wrong passwords count here too).
    assert {p.name for p in fresh.iterdir()} <= {"signin-failures.json", "keys.json.lock"}


def test_restore_into_an_empty_folder_is_for_a_psychologist_of_the_backup(
        journal, tmp_path, capsys, monkeypatch):
    services = sign_in(journal, DEMO_USER, DEMO_PASSWORD)
    services.accounts.add(AccountInput("counsellor", "Кеңесші", "counsellor", "counsellor-pass-1"))
    services.db.dispose()
    backup, fresh = restorable(journal, tmp_path)
    monkeypatch.setenv("SENIM_USER", "counsellor")
    monkeypatch.setenv("SENIM_PASSWORD", "counsellor-pass-1")
    assert cli.main(["--data-dir", str(fresh), "restore", str(backup), "--yes"]) == 2
    assert "psychologist" in capsys.readouterr().err
    assert not (fresh / "senim.db").exists() and not (fresh / "keys.json").exists()


def test_restore_into_an_empty_folder_needs_the_backups_keyring(journal, tmp_path, capsys):
    backup, fresh = restorable(journal, tmp_path)
    backup.with_name(backup.name[:-3] + ".keys.json").unlink()
    assert cli.main(["--data-dir", str(fresh), "restore", str(backup), "--yes"]) == 2
    assert "keyring beside the backup" in capsys.readouterr().err
    assert not (fresh / "senim.db").exists()


HOLD_INSTANCE_LOCK = """
import sys
from pathlib import Path
from desktop.instance_lock import take_instance_lock
lock = take_instance_lock(Path(sys.argv[1]))
print("held" if lock is not None else "not held", flush=True)
sys.stdin.readline()
"""


@pytest.mark.parametrize("command", [["restore", "BACKUP", "--yes"], ["backup"],
                                     ["demo", "--pupils", "1", "--records", "1"],
                                     ["recover", "--user", DEMO_USER],
                                     ["pupils", "import", "FILE"],
                                     ["calendar", "import", "FILE", "--yes"]],
                         ids=lambda c: "-".join(c[:2]))
def test_writing_commands_refuse_while_another_senim_holds_the_lock(journal, capsys, command):
    import os
    import subprocess
    import sys

    assert cli.main(["--data-dir", str(journal), "backup"]) == 0
    [backup] = (journal / "backups").glob("senim-*.db")
    command = [str(backup) if c == "BACKUP" else str(journal / "x.csv") if c == "FILE" else c
               for c in command]
    before = sorted(p.name for p in journal.iterdir())
    db_time = (journal / "senim.db").stat().st_mtime_ns
    holder = subprocess.Popen([sys.executable, "-c", HOLD_INSTANCE_LOCK, str(journal)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert holder.stdout.readline().strip() == "held"
        capsys.readouterr()
        assert cli.main(["--data-dir", str(journal), *command]) == 2
        said = capsys.readouterr().err.strip()
        assert said.startswith(f"senim {command[0]}: Senim is open on this journal")
        assert len(said.splitlines()) == 1
        assert sorted(p.name for p in journal.iterdir()) == sorted(before + ["senim.lock"])
        assert (journal / "senim.db").stat().st_mtime_ns == db_time
        assert not list(journal.glob("before-restore-*"))
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    # Once the other Senim lets go, the command runs (and lets go of the lock itself).
    if command[0] == "restore":
        assert cli.main(["--data-dir", str(journal), *command]) == 0
        assert list(journal.glob("before-restore-*"))
        assert not (journal / "senim.lock").exists()


def test_reading_commands_run_beside_the_app(journal, capsys):
    from desktop.instance_lock import take_instance_lock

    lock = take_instance_lock(journal)
    try:
        assert cli.main(["--data-dir", str(journal), "check"]) == 0
    finally:
        lock.unlock()
