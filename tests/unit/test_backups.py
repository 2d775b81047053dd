"""Backups: encrypted copies made by SQLCipher, verified, kept 7/4/12, and restored."""

import json
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from desktop import backups
from desktop.backups import (
    FAILED, VERIFIED, BackupError, apply_retention, backup_summary, check_database,
    choose_kept, list_backups, make_backup, restore_backup, verify_backup,
)
from desktop.db import open_database
from fixture_keys import TEST_KEY, psychologist_keys

NOW = datetime(2026, 11, 21, 23, 15)


@pytest.fixture
def data_dir(db, tmp_path):
    """The test database lives in tmp_path; a keyring file beside it, as in a real folder."""
    assert db.path.parent == tmp_path
    (tmp_path / "keys.json").write_text('{"format": "test-keyring"}', encoding="utf-8")
    return tmp_path


@pytest.fixture
def filled(services, make_pupil, make_session, make_observation, make_followup):

    a, b = make_pupil(), make_pupil(surname="Серіков", given_name="Арман")
    make_session([a.id])
    make_observation([(a.id, "target"), (b.id, "aggressor")])
    make_followup(b.id)
    return services


def dump(path: Path, key: bytes = TEST_KEY) -> dict[str, list]:
    """Every row of every table, in a fixed order: the export before and after a restore."""
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        conn.close()


def test_a_backup_is_encrypted_and_holds_the_same_rows(db, filled, data_dir, tmp_path):
    info = make_backup(db, data_dir, tmp_path / "out", NOW)
    assert info.state == VERIFIED and info.path.name == "senim-2026-11-21-2315.db"
    assert info.keys_path.read_text() == (data_dir / "keys.json").read_text()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "senim-2026-11-21-2315.db", "senim-2026-11-21-2315.keys.json",
        "senim-2026-11-21-2315.manifest.json"]
    assert not info.path.read_bytes().startswith(b"SQLite format 3")
    plain = sqlcipher3.connect(str(info.path))
    with pytest.raises(sqlcipher3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()
    assert dump(info.path) == dump(db.path)
    manifest = json.loads(info.manifest_path.read_text())
    assert manifest["state"] == "verified" and manifest["counts"]["pupil"] == 2
    assert manifest["schema_revision"] == db.schema_revision()
    # No personal data in the manifest.
    assert "Серіков" not in info.manifest_path.read_text()
    [listed] = list_backups(tmp_path / "out")
    assert listed.state == VERIFIED and listed.size == info.path.stat().st_size > 0


def test_two_backups_in_one_minute_do_not_overwrite(db, data_dir, tmp_path):
    first = make_backup(db, data_dir, tmp_path / "out", NOW)
    second = make_backup(db, data_dir, tmp_path / "out", NOW + timedelta(seconds=20))
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert [b.path for b in list_backups(tmp_path / "out")] == [second.path, first.path]


def test_verification_catches_flipped_bytes(db, filled, data_dir, tmp_path):
    info = make_backup(db, data_dir, tmp_path / "out", NOW)
    data = bytearray(info.path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(b ^ 0xFF for b in data[middle:middle + 64])
    info.path.write_bytes(bytes(data))
    result = verify_backup(info.path, TEST_KEY)
    assert not result.ok and result.reason
    [listed] = list_backups(tmp_path / "out")
    assert listed.state == FAILED and listed.reason == result.reason


def test_verification_catches_missing_rows(db, filled, data_dir, tmp_path):
    info = make_backup(db, data_dir, tmp_path / "out", NOW)
    conn = sqlcipher3.connect(str(info.path))
    conn.execute(f"PRAGMA key = \"x'{TEST_KEY.hex()}'\"")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM follow_up")
    conn.commit()
    conn.close()
    result = verify_backup(info.path, TEST_KEY)
    assert not result.ok and "follow_up" in result.reason
    assert verify_backup(info.path, bytes(32)).ok is False  # the wrong key


def test_a_backup_that_fails_verification_keeps_no_copy(db, data_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(backups, "_verify_file",
                        lambda *_a: backups.VerifyResult(False, "the integrity check failed"))
    info = make_backup(db, data_dir, tmp_path / "out", NOW)
    assert info.state == FAILED and not info.path.exists()
    assert not list((tmp_path / "out").glob("*.partial"))
    [listed] = list_backups(tmp_path / "out")
    assert listed.state == FAILED and listed.reason == "the integrity check failed"


def test_no_keyring_no_backup(db, tmp_path):
    with pytest.raises(BackupError):
        make_backup(db, tmp_path, tmp_path / "out", NOW)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# --- retention -----------------------------------------------------------------------------------


def expected_kept(last_day: datetime, daily_at) -> set[datetime]:
    """Written independently: one backup a day (the newest at daily_at): the last 7 days,
    the last day of this and the 3 weeks before (Sundays, or today), and of this and the 11
    months before (their last days, or today)."""
    today = last_day.date()
    days = {today - timedelta(days=i) for i in range(7)}
    sunday = today + timedelta(days=6 - today.weekday())
    weeks = {min(sunday - timedelta(weeks=i), today) for i in range(4)}
    months, first = set(), today.replace(day=1)
    months.add(today)
    for _ in range(11):
        last_of_previous = first - timedelta(days=1)
        months.add(last_of_previous)
        first = last_of_previous.replace(day=1)
    return {datetime.combine(d, daily_at) for d in days | weeks | months}


def test_retention_over_400_days_keeps_exactly_7_daily_4_weekly_12_monthly(tmp_path):
    from datetime import time

    start = datetime(2025, 10, 17)
    times: list[datetime] = []
    for day in range(400):
        base = start + timedelta(days=day)
        # Several a day (sign-in, exits): only the newest of the day can count.
        for t in (time(8, 5), time(13, 40), time(23, 0)):
            times.append(datetime.combine(base.date(), t))
        times = sorted(choose_kept(times))
    last = start + timedelta(days=399)
    assert set(times) == expected_kept(last, time(23, 0))
    assert 7 < len(times) <= 7 + 4 + 12


def make_fake_backup(folder: Path, at: datetime, state=VERIFIED) -> Path:
    stem = f"senim-{at:%Y-%m-%d-%H%M}"
    (folder / f"{stem}.db").write_bytes(b"x" * 10)
    (folder / f"{stem}.keys.json").write_text("{}")
    (folder / f"{stem}.manifest.json").write_text(json.dumps(
        {"taken_at": at.isoformat(), "state": state, "reason": "", "counts": {}}))
    return folder / f"{stem}.db"


def test_retention_deletes_db_keys_and_manifest_together(tmp_path):
    start = datetime(2026, 1, 1, 18, 0)
    for day in range(60):
        make_fake_backup(tmp_path, start + timedelta(days=day))
    failed_old = make_fake_backup(tmp_path, start + timedelta(days=30, hours=2), FAILED)
    failed_new = make_fake_backup(tmp_path, start + timedelta(days=60), FAILED)
    left = apply_retention(tmp_path)
    kept_times = {b.taken_at for b in left if b.state == VERIFIED}
    assert kept_times == choose_kept(start + timedelta(days=d) for d in range(60))
    assert not failed_old.exists() and failed_new.exists()  # a recent failure stays visible
    stems = {p.name.split(".")[0] for p in tmp_path.iterdir()}
    assert len(stems) == len(left)
    for stem in stems:
        assert {p.name[len(stem):] for p in tmp_path.glob(stem + ".*")} == {
            ".db", ".keys.json", ".manifest.json"}


# --- restore ----------------------------------------------------------------------------------


def test_restore_round_trip_and_the_journal_before_is_kept(db, filled, data_dir, tmp_path,
                                                          make_pupil):
    before = dump(db.path)
    info = make_backup(db, data_dir, data_dir / "backups", NOW)
    make_pupil(surname="Жаңа", given_name="Оқушы")
    (data_dir / "keys.json").write_text('{"format": "changed"}', encoding="utf-8")
    changed = dump(db.path)
    assert changed != before
    summary = backup_summary(info.path, TEST_KEY)
    assert summary.counts["pupil"] == 2 and summary.taken_at == NOW
    db.dispose()  # the caller closes the journal first

    aside = restore_backup(info.path, data_dir, TEST_KEY, now=NOW + timedelta(hours=1))
    assert aside.name == "before-restore-2026-11-22-001500"
    assert dump(db.path) == before
    assert json.loads((data_dir / "keys.json").read_text()) == {"format": "test-keyring"}
    assert dump(aside / "senim.db") == changed  # the restore can be undone
    assert json.loads((aside / "keys.json").read_text()) == {"format": "changed"}
    reopened = open_database(db.path, TEST_KEY, keys=psychologist_keys())
    try:
        assert check_database(reopened)[0]
    finally:
        reopened.dispose()


def test_a_failed_restore_leaves_the_journal_untouched(db, filled, data_dir, tmp_path):
    info = make_backup(db, data_dir, tmp_path / "out", NOW)
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    info.path.write_bytes(bytes(data))
    db.dispose()
    before, names = dump(db.path), sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(BackupError):
        restore_backup(info.path, data_dir, TEST_KEY)
    assert dump(db.path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == names


def test_a_restore_failing_half_way_puts_the_old_files_back(db, filled, data_dir, tmp_path,
                                                           monkeypatch):
    info = make_backup(db, data_dir, tmp_path / "out", NOW)
    before, keys = dump(db.path), (data_dir / "keys.json").read_text()
    db.dispose()
    real = backups._verify_file
    calls = []

    def second_check_fails(*args):
        calls.append(args[0])
        if len(calls) == 2:  # the restored file in place
            return backups.VerifyResult(False, "the integrity check failed")
        return real(*args)

    monkeypatch.setattr(backups, "_verify_file", second_check_fails)
    with pytest.raises(BackupError, match="restored journal"):
        restore_backup(info.path, data_dir, TEST_KEY)
    assert dump(db.path) == before and (data_dir / "keys.json").read_text() == keys
    assert not list(data_dir.glob("before-restore-*"))


# --- the full check -------------------------------------------------------------------------


def test_check_database_healthy_and_with_a_damaged_audit_trail(db, filled):
    ok, verdict = check_database(db)
    assert ok, verdict
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
        conn.exec_driver_sql("UPDATE audit_entry SET detail = 'x' WHERE seq = 2")
    ok, verdict = check_database(db)
    assert not ok and "audit trail" in verdict and "#2" in verdict


def test_check_database_finds_a_dangling_reference(db, filled):
    with db.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.exec_driver_sql("DELETE FROM pupil WHERE rowid = (SELECT min(rowid) FROM pupil)")
        conn.commit()
    ok, verdict = check_database(db)
    assert not ok and "do not exist" in verdict


def test_the_apps_backup_never_raises_and_remembers_a_failure(db, data_dir, tmp_path):
    from desktop.backups import last_outcome, safe_backup

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert safe_backup(db, data_dir, blocker / "stick", NOW) is False
    at, ok, problems = last_outcome(data_dir)
    assert at == NOW and not ok and len(problems) == 1 and str(blocker) in problems[0]
    assert len(list_backups(data_dir / "backups")) == 1  # the data folder's one was made
    assert safe_backup(db, data_dir, "", NOW + timedelta(minutes=1)) is True
    assert last_outcome(data_dir)[1:] == (True, [])
    assert not backups.is_due(data_dir, NOW + timedelta(hours=23))
    assert backups.is_due(data_dir, NOW + timedelta(days=1, minutes=2))


def test_the_second_folder_is_a_setting(tmp_path):
    from desktop.settings import Settings

    s = Settings()
    assert s.backup_dir == ""
    s.backup_dir = "/media/stick/Senim"
    s.save(tmp_path)
    assert Settings.load(tmp_path).backup_dir == "/media/stick/Senim"
    (tmp_path / "settings.json").write_text('{"backup_dir": 5, "language": "kk"}')
    loaded = Settings.load(tmp_path)
    assert loaded.backup_dir == "" and loaded.language == "kk"  # the rest still loads


def test_whether_the_journal_changed_since_the_newest_backup(filled, db, data_dir):
    """The exit's backup is skipped only when the newest verified one holds every record as
    it is; signing in (an audit entry) or a draft is not a change of the records."""
    from dataclasses import replace

    from desktop.backups import unchanged_since_newest

    folder = data_dir / "backups"
    assert not unchanged_since_newest(db, folder)  # no backup at all
    make_backup(db, data_dir, folder, NOW)
    assert unchanged_since_newest(db, folder)

    filled.audit.record("sign_in", "account")
    filled.drafts.keep(uuid.uuid4(), "session", None, {"notes": "Әсем…"})
    assert unchanged_since_newest(db, folder)

    t = filled.warning_settings.get()  # a settings row: no updated_at, compared whole
    filled.warning_settings.save(replace(t, follow_up_days=t.follow_up_days + 1))
    assert not unchanged_since_newest(db, folder)
    make_backup(db, data_dir, folder, NOW + timedelta(minutes=1))
    assert unchanged_since_newest(db, folder)

    pupil = filled.pupils.search("")[0]
    filled.pupils.update(pupil.id, replace(filled.pupils.get(pupil.id).to_input(),
                                           address="Шымкент, Қазыбек би көшесі 3"))
    assert not unchanged_since_newest(db, folder)
