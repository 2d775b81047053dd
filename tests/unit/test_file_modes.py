"""Only the user who runs Senim may read its files (POSIX): 0600 files, 0700 folders, even with
a permissive umask (the library is used without `senim`, which sets 0o077); and a killed
export's hidden ".partial" folder is removed at the next export and at start."""

import os
import stat
import time
from datetime import datetime
from pathlib import Path

import pytest
from unit_factories import pupil_input

from desktop.backups import backup_folder, make_backup
from desktop.file_modes import restrict_process, tighten_data_dir
from desktop.models.account import AccountInput
from desktop.exporting.cleanup import PENDING_FILE, STALE_AFTER_SECONDS, \
    remove_stale_exports
from desktop.vault import set_up, sign_out

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
PASSWORD = "Сенім-2026-құпия"


@pytest.fixture
def open_umask():
    """The usual 0o022, as when the services run outside `senim`; restored after."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_private(folder: Path) -> None:
    assert mode(folder) == 0o700, folder
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            assert mode(Path(root) / name) == 0o700, Path(root) / name
        for name in files:
            assert mode(Path(root) / name) == 0o600, Path(root) / name


@pytest.fixture
def journal(tmp_path, open_umask):
    data = tmp_path / "data"
    services, _recovery = set_up(data, AccountInput(user_name="aigerim", display_name="Айгерім",
                                                     password=PASSWORD))
    services.pupils.create(pupil_input())
    yield data, services
    sign_out(services)


def test_journal_keyring_backups_and_exports_are_the_users_alone(journal, tmp_path):
    data, services = journal
    assert (data / "senim.db-wal").exists()
    make_backup(services.db, data, backup_folder(data) / "before-upgrade", datetime.now(),
                label="before-x")
    make_backup(services.db, data, backup_folder(data), datetime.now())
    assert_private(data)
    assert len(list(backup_folder(data).rglob("*.keys.json"))) == 2

    target = tmp_path / "exports"
    target.mkdir()
    result = services.export.export_all(target, include_notes=True)
    assert_private(result.path)
    pupils = services.export.export_pupils(target / "pupils.csv")
    assert mode(pupils.path) == 0o600
    assert mode(target) == 0o755  # the folder the user chose keeps its mode


def test_files_of_an_earlier_version_are_tightened_at_start(tmp_path, open_umask):
    data = tmp_path / "data"
    (data / "backups" / "before-upgrade").mkdir(parents=True)
    for name in ("senim.db", "senim.db-wal", "keys.json", "backups/senim-x.keys.json",
                 "backups/before-upgrade/senim-y.db"):
        (data / name).write_bytes(b"x")
    os.chmod(data, 0o755)
    elsewhere = tmp_path / "not-senims"
    elsewhere.mkdir()
    tighten_data_dir(data)
    assert_private(data)
    assert mode(elsewhere) == 0o755


def test_the_process_umask_catches_what_sqlite_and_others_create(tmp_path, open_umask):
    restrict_process()
    (tmp_path / "made-by-someone-else").write_bytes(b"x")
    (tmp_path / "folder").mkdir()
    assert mode(tmp_path / "made-by-someone-else") == 0o600
    assert mode(tmp_path / "folder") == 0o700


# --- a killed export's leftovers ------------------------------------------------------------


def stale_partial(parent: Path, name: str = ".senim-export-abc123_x.partial") -> Path:
    folder = parent / name
    folder.mkdir(parents=True)
    (folder / "session_notes.csv").write_text("confidential", encoding="utf-8")
    old = time.time() - STALE_AFTER_SECONDS - 60
    for p in (folder / "session_notes.csv", folder):
        os.utime(p, (old, old))
    return folder


def test_a_stale_partial_folder_goes_at_the_next_export(journal, tmp_path):
    data, services = journal
    target = tmp_path / "exports"
    stale = stale_partial(target)
    stale_pupils = stale_partial(target, ".senim-pupils-zz9.partial")
    fresh = target / ".senim-export-running.partial"  # another Senim's, exporting now
    fresh.mkdir()
    others = [target / ".partial", target / "senim-export-2026.partial",
              target / ".senim-export-x.partial.keep"]
    for p in others:
        p.mkdir()
        os.utime(p, (0, 0))
    services.export.export_all(target)
    assert not stale.exists() and not stale_pupils.exists()
    assert fresh.exists() and all(p.exists() for p in others)
    assert not (data / PENDING_FILE).exists()  # nothing left listed after a finished export


def test_a_killed_exports_folder_goes_at_start_wherever_it_was(tmp_path):
    data, elsewhere = tmp_path / "data", tmp_path / "usb"
    data.mkdir()
    stale = stale_partial(elsewhere)
    not_ours = stale_partial(elsewhere, "holiday-photos")
    (data / PENDING_FILE).write_text(f"{stale}\n{not_ours}\n", encoding="utf-8")
    assert remove_stale_exports(data) == [stale]
    assert not stale.exists() and not_ours.exists()
    assert (data / PENDING_FILE).read_text(encoding="utf-8") == f"{not_ours}\n"
