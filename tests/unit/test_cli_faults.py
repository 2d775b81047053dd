"""Every command names what stopped it, for real faults: the journal's file missing or empty
beside keys.json (found before any password is tried, nothing created), keys.json missing
beside the journal, the file locked by another process, random bytes, a truncated file, one
damaged page, a full disk and a read-only file system (small tmpfs mounts: root only, else
skipped). One plain line, no traceback; exit 2 (`senim check`: 1 for the journal's own
faults)."""

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop import cli
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in
from journals import demo_journal_with_backup

MISSING = "The journal file senim.db is missing from"
EMPTY = "is empty although this folder has its keys (keys.json): nothing was created over it"
DAMAGED = "is damaged: it cannot be read with its key"
FULL = "is full, so Senim cannot work on the journal. The journal is not damaged"
READ_ONLY = "the folder is read-only, or the disk or USB stick is gone. The journal is not damaged"
LOCKED = "is locked by another program"
KEYRING = "its keyring (keys.json) is missing"
# Commands that open the journal, with arguments that would otherwise work.
COMMANDS = [["check"], ["backup"], ["audit", "verify"], ["demo", "--pupils", "1"],
            ["attention"], ["pupils", "export", "--out", "out.csv"], ["export", "--out", "x"],
            ["referral", "list"], ["calendar", "show"], ["report", "term", "--year", "2025-2026", "--out", "t.csv"]]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return demo_journal_with_backup(tmp_path_factory.mktemp("template"), "--pupils", "3",
                                    "--records", "4")


@pytest.fixture
def journal(template, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "data"
    shutil.copytree(template, path)
    capsys.readouterr()
    return path


def run(journal, capsys, *args):
    code = cli.main(["--data-dir", str(journal), "--lang", "en", *args])
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return code, out.out.strip(), out.err.strip()


def newest_backup(journal) -> Path:
    return sorted((journal / "backups").glob("senim-*.db"))[-1]


def files(journal) -> set[str]:
    """The folder's files, less the sign-in back-off's lock (taken by any sign-in)."""
    return {p.name for p in journal.iterdir()} - {"keys.json.lock"}


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[:2]))
def test_a_missing_journal_is_named_with_the_backup_and_nothing_is_created(journal, capsys,
                                                                            command):
    (journal / "senim.db").unlink()
    before = files(journal)
    code, out, err = run(journal, capsys, *command)
    said = out if command == ["check"] else err
    assert code == (1 if command == ["check"] else 2)
    assert said.startswith(MISSING) and len(said.splitlines()) == 1
    assert f'senim restore "{newest_backup(journal)}"' in said
    assert files(journal) == before  # no new senim.db, no WAL, nothing


def test_a_missing_journal_is_found_before_the_password_is_tried(journal, capsys, monkeypatch):
    (journal / "senim.db").unlink()
    monkeypatch.setenv("SENIM_PASSWORD", "not-the-password")
    code, _out, err = run(journal, capsys, "backup")
    assert code == 2 and err.startswith(MISSING) and "Wrong user name" not in err


def test_an_empty_journal_is_named_and_left_as_it_is(journal, capsys):
    (journal / "senim.db").write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (journal / f"senim.db{suffix}").unlink(missing_ok=True)
    shutil.rmtree(journal / "backups")
    for command in (["check"], ["backup"]):
        code, out, err = run(journal, capsys, *command)
        said = out if command == ["check"] else err
        assert code == (1 if command == ["check"] else 2)
        assert EMPTY in said and "There is no verified backup to restore" in said
    assert (journal / "senim.db").stat().st_size == 0
    assert files(journal) == {"senim.db", "keys.json"} | ({"settings.json"} & files(journal))


def test_the_restore_the_message_names_puts_the_journal_back(journal, capsys):
    pupils = sign_in(journal, DEMO_USER, DEMO_PASSWORD)
    count = pupils.pupils.count()
    pupils.db.dispose()
    (journal / "senim.db").write_bytes(b"")
    code, out, _err = run(journal, capsys, "check")
    assert code == 1
    command = out.split("senim restore ")[1]
    code, out, err = run(journal, capsys, "restore", "--yes", command.strip('"'))
    assert code == 0 and "Restored." in out, err
    assert run(journal, capsys, "check")[0] == 0
    services = sign_in(journal, DEMO_USER, DEMO_PASSWORD)
    assert services.pupils.count() == count
    services.db.dispose()
    [aside] = journal.glob("before-restore-*")
    assert (aside / "senim.db").stat().st_size == 0  # the empty file is kept aside


def test_restoring_a_missing_journal_needs_the_password_and_a_psychologist(journal, capsys,
                                                                           monkeypatch):
    (journal / "senim.db").unlink()
    monkeypatch.setenv("SENIM_PASSWORD", "not-the-password")
    code, _out, err = run(journal, capsys, "restore", "--yes", str(newest_backup(journal)))
    assert code == 2 and "Wrong user name or password" in err
    assert not (journal / "senim.db").exists()


@pytest.mark.parametrize("command", [["check"], ["backup"], ["demo", "--pupils", "1"]],
                         ids=lambda c: c[0])
def test_a_journal_without_its_keyring_is_named_and_nothing_is_set_up(journal, capsys,
                                                                      command):
    (journal / "keys.json").unlink()
    code, out, err = run(journal, capsys, *command)
    said = out if command == ["check"] else err
    assert code == (1 if command == ["check"] else 2)
    assert KEYRING in said and "Wrong user name" not in said and "no Senim journal" not in said
    assert not (journal / "keys.json").exists()


def wipe(journal):
    for suffix in ("-wal", "-shm"):
        (journal / f"senim.db{suffix}").unlink(missing_ok=True)


@pytest.mark.parametrize("damage", ["random bytes", "truncated"])
def test_random_bytes_and_a_truncated_file_are_named_damaged(journal, capsys, damage):
    db = journal / "senim.db"
    wipe(journal)
    db.write_bytes(os.urandom(64 * 1024) if damage == "random bytes"
                   else db.read_bytes()[:6000])
    code, out, _err = run(journal, capsys, "check")
    assert code == 1 and out.startswith("Journal damaged") and DAMAGED in out
    assert f'senim restore "{newest_backup(journal)}"' in out
    for command in (["backup"], ["audit", "verify"]):
        code, _out, err = run(journal, capsys, *command)
        assert code == 2 and DAMAGED in err and len(err.splitlines()) == 1
    # The restore it names works on such a file, which is kept aside.
    code, out, err = run(journal, capsys, "restore", "--yes", str(newest_backup(journal)))
    assert code == 0, err
    assert run(journal, capsys, "check")[0] == 0


def test_one_damaged_page_in_the_middle_is_restored_without_a_traceback(journal, capsys):
    db = journal / "senim.db"
    wipe(journal)
    size = db.stat().st_size
    with open(db, "r+b") as f:
        f.seek(size // 2 // 4096 * 4096 + 100)
        f.write(os.urandom(512))
    code, out, _err = run(journal, capsys, "check")
    assert code == 1 and out.startswith("Journal damaged")
    code, out, err = run(journal, capsys, "restore", "--yes", str(newest_backup(journal)))
    assert code == 0 and "Restored." in out, err
    assert run(journal, capsys, "check")[0] == 0


HOLD_LOCK = textwrap.dedent("""
    import sys
    import sqlcipher3
    from desktop.security import Keyring
    from pathlib import Path
    folder = Path(sys.argv[1])
    key = Keyring.load(folder).unlock(sys.argv[2], sys.argv[3])
    conn = sqlcipher3.connect(str(folder / "senim.db"), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = \\"x'" + key.hex() + "'\\"")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("SELECT count(*) FROM pupil").fetchone()
    print("locked", flush=True)
    sys.stdin.readline()
""")


def test_a_journal_locked_by_another_process_is_named_locked_not_damaged(journal, capsys):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(journal), DEMO_USER,
                               DEMO_PASSWORD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "SENIM_KDF_FAST": "1"})
    try:
        assert holder.stdout.readline().strip() == "locked"
        code, out, err = run(journal, capsys, "check")
        assert code == 2 and LOCKED in err and "damaged" not in (out + err).replace(
            "not damaged", "")
        code, _out, err = run(journal, capsys, "backup")
        assert code == 2 and LOCKED in err and len(err.splitlines()) == 1
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert run(journal, capsys, "check")[0] == 0  # whole once the other program lets go


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MiB tmpfs: a real disk that fills, and can be made read-only."""
    where = tmp_path / "disk"
    where.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(where)],
                          capture_output=True)
    if made.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_disk_is_named_full_not_damaged(template, small_disk, capsys, monkeypatch):
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    journal = small_disk / "data"
    journal.mkdir()
    for name in ("senim.db", "keys.json"):
        shutil.copy2(template / name, journal / name)
    # Unbuffered: a write that did not fit leaves nothing behind to fail again on close.
    with open(small_disk / "filler", "wb", buffering=0) as f:  # every free block taken
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    for command in (["check"], ["demo", "--pupils", "5"], ["audit", "verify"]):
        code, out, err = run(journal, capsys, *command)
        assert code == 2 and FULL in err, (command, out, err)
        assert "broken" not in out + err and "restore" not in out + err
    (small_disk / "filler").unlink()
    assert run(journal, capsys, "check")[0] == 0  # the journal was whole all along


def test_a_read_only_file_system_is_named_read_only(template, small_disk, capsys, monkeypatch):
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    journal = small_disk / "data"
    journal.mkdir()
    for name in ("senim.db", "keys.json"):
        shutil.copy2(template / name, journal / name)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    for command in (["check"], ["backup"], ["audit", "verify"]):
        code, out, err = run(journal, capsys, *command)
        assert code == 2 and READ_ONLY in err, (command, out, err)
        assert "broken" not in out + err
