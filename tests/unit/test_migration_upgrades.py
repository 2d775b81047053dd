"""Upgrades are safe: a journal made at each earlier schema revision, with a row in every
table, reaches HEAD with every row and value kept; a verified backup is taken first; and a
failing upgrade leaves the journal exactly as it was, with a plain MigrationFailed."""

import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.operations import Operations
from sqlalchemy import MetaData, text
from sqlalchemy import types as sa_types

from desktop.backups import verify_backup
from desktop.db import UPGRADE_BACKUP_FOLDER, Database, MigrationFailed, open_database
from desktop.migrations import HEAD, alembic_config
from fixture_keys import TEST_KEY

EARLIER = ["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008"]
NAME = "Әлібеков Нұрғали"


def make_at(path: Path, revision: str) -> Database:
    """An encrypted journal migrated only up to `revision`, as Database.migrate would."""
    (path.parent / "keys.json").write_text('{"format": "test-keyring"}', encoding="utf-8")
    db = Database(path, TEST_KEY)
    with db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    assert db.schema_revision() == revision
    return db


def _value(column, n: int):
    t = column.type
    if isinstance(t, sa_types.Boolean):
        return 1
    if isinstance(t, sa_types.DateTime):
        return datetime(2026, 11, 20, 10, 30, n % 60).isoformat(sep=" ") + ".000000"
    if isinstance(t, sa_types.Date):
        return date(2026, 11, (n % 28) + 1).isoformat()
    if isinstance(t, sa_types.Integer):
        return 7 + n
    if isinstance(t, (sa_types.Float, sa_types.Numeric)):
        return 1.5 + n
    if isinstance(t, sa_types.LargeBinary):
        return b"\x01\x02" + bytes([n % 256])
    if isinstance(t, sa_types.String):
        length = getattr(t, "length", None)
        if length == 32 or column.name == "id" or column.name.endswith("_id"):
            return uuid.uuid4().hex
        value = f"{NAME} {column.name}"
        return value[:length] if length else value
    return f"{NAME} {n}"


def fill_every_table(db: Database) -> dict[str, dict]:
    """One row in every table, parents first, foreign keys pointing at the rows inserted."""
    meta = MetaData()
    meta.reflect(db.engine)
    rows: dict[str, dict] = {}
    with db.engine.begin() as conn:
        for table in meta.sorted_tables:
            if table.name == "alembic_version":
                continue
            row = {}
            for n, column in enumerate(table.columns):
                fks = list(column.foreign_keys)
                if fks:
                    parent = fks[0].column
                    if parent.table.name in rows:
                        row[column.name] = rows[parent.table.name][parent.name]
                    elif column.nullable:
                        row[column.name] = None  # a reference to its own table
                    else:
                        raise AssertionError(f"{table.name}.{column.name}: no parent row")
                else:
                    row[column.name] = _value(column, n)
            names = ", ".join(f'"{c}"' for c in row)
            marks = ", ".join(f":{c}" for c in row)
            conn.execute(text(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'), row)
            rows[table.name] = row
    assert rows, "no tables"
    return rows


def all_rows(db: Database, table: str) -> list[dict]:
    with db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(f'SELECT * FROM "{table}"'))]


def snapshot(db: Database) -> dict:
    with db.engine.connect() as conn:
        master = conn.execute(text("SELECT type, name, sql FROM sqlite_master "
                                   "ORDER BY type, name")).all()
    tables = [r[1] for r in master if r[0] == "table" and not r[1].startswith("sqlite_")]
    return {"schema": master, "revision": db.schema_revision(),
            "rows": {t: sorted(map(repr, all_rows(db, t))) for t in tables}}


def upgrade_backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups" / UPGRADE_BACKUP_FOLDER).glob("*.db"))


@pytest.mark.parametrize("revision", EARLIER)
def test_upgrade_from_each_earlier_revision_keeps_every_row(tmp_path, revision):
    path = tmp_path / "senim.db"
    old = make_at(path, revision)
    inserted = fill_every_table(old)
    old.dispose()

    db = open_database(path, TEST_KEY)
    try:
        assert db.schema_revision() == HEAD
        for table, row in inserted.items():
            if table == "holiday":  # 0011: the list became the school's corrections
                _assert_holiday_row_kept(db, row)
                continue
            after = all_rows(db, table)
            kept = [{c: r[c] for c in row} for r in after]
            assert row in kept, f"{table}: the row inserted at {revision} changed or is gone"
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        db.dispose()


def _assert_holiday_row_kept(db: Database, row: dict) -> None:
    """A day off typed into the old list is a correction now, unless the law (the holidays
    package: a holiday or a weekend) already has it off."""
    import holidays

    day = date.fromisoformat(row["day"])
    law = holidays.country_holidays("KZ", years=day.year)
    corrections = {(r["day"], r["kind"], r["name"]) for r in all_rows(db, "holiday_correction")}
    if day in law or (day.weekday() >= 5 and day not in law.weekend_workdays):
        assert not corrections
    else:
        assert (row["day"], "day_off", row["name"]) in corrections


@pytest.mark.parametrize("revision", ["0001", "0005"])
def test_a_verified_backup_is_taken_before_the_upgrade(tmp_path, revision):
    path = tmp_path / "senim.db"
    old = make_at(path, revision)
    fill_every_table(old)
    before = snapshot(old)
    old.dispose()

    open_database(path, TEST_KEY).dispose()

    [backup] = upgrade_backups(tmp_path)
    assert backup.name.startswith("senim-") and backup.name.endswith(f"-before-{HEAD}.db")
    assert backup.with_name(backup.name[:-3] + ".keys.json").exists()
    assert verify_backup(backup, TEST_KEY).ok
    copy = Database(backup, TEST_KEY)  # opened as it is, not migrated
    try:
        assert snapshot(copy) == before
    finally:
        copy.dispose()


def test_no_backup_for_a_new_file_nor_at_head(tmp_path):
    (tmp_path / "keys.json").write_text("{}", encoding="utf-8")
    open_database(tmp_path / "senim.db", TEST_KEY).dispose()
    open_database(tmp_path / "senim.db", TEST_KEY).dispose()
    assert upgrade_backups(tmp_path) == []


def _boom(*_args, **_kwargs):
    raise RuntimeError("a migration step failed")


def test_a_failing_revision_leaves_the_journal_as_it_was(tmp_path, monkeypatch):
    """0005 creates tables and recreates others (batch mode) before its bulk_insert: all of
    that is rolled back in the one transaction, so nothing needs putting back."""
    path = tmp_path / "senim.db"
    old = make_at(path, "0004")
    fill_every_table(old)
    before = snapshot(old)
    old.dispose()
    monkeypatch.setattr(Operations, "bulk_insert", _boom)

    with pytest.raises(MigrationFailed) as caught:
        open_database(path, TEST_KEY)

    assert caught.value.revision == "0004"
    assert "from schema 0004 to" in str(caught.value)
    assert "nothing was changed" in str(caught.value)
    assert caught.value.backup in upgrade_backups(tmp_path)
    again = Database(path, TEST_KEY)
    try:
        assert snapshot(again) == before
    finally:
        again.dispose()


def test_a_failing_upgrade_that_committed_half_is_put_back_from_the_backup(tmp_path,
                                                                           monkeypatch):
    """A step that is not transactional (simulated: it commits, then fails) leaves a half
    upgraded file; the backup taken first is put back over it."""
    path = tmp_path / "senim.db"
    old = make_at(path, "0004")
    fill_every_table(old)
    before = snapshot(old)
    old.dispose()

    def commit_then_fail(self, *_args, **_kwargs):
        self.get_bind().exec_driver_sql("COMMIT")
        raise RuntimeError("a migration step failed")

    monkeypatch.setattr(Operations, "bulk_insert", commit_then_fail)

    with pytest.raises(MigrationFailed) as caught:
        open_database(path, TEST_KEY)

    assert "was put back" in str(caught.value)
    again = Database(path, TEST_KEY)
    try:
        assert snapshot(again) == before
    finally:
        again.dispose()
    monkeypatch.undo()
    healed = open_database(path, TEST_KEY)  # and the next start upgrades it
    try:
        assert healed.schema_revision() == HEAD
    finally:
        healed.dispose()


def test_ddl_is_rolled_back_with_the_revision(tmp_path, monkeypatch):
    """The claim the safety rests on: CREATE TABLE in a failing upgrade does not survive
    (the sqlite3 driver alone would have committed it before the first INSERT)."""
    path = tmp_path / "senim.db"
    old = make_at(path, "0002")
    fill_every_table(old)
    old.dispose()
    monkeypatch.setattr(Operations, "bulk_insert", _boom)  # in 0005, after 0003 and 0004

    with pytest.raises(MigrationFailed):
        open_database(path, TEST_KEY)

    again = Database(path, TEST_KEY)
    try:
        tables = {r[0] for r in again.engine.connect().execute(
            text("SELECT name FROM sqlite_master WHERE type='table'"))}
        assert "account" not in tables and "audit_entry" not in tables
        assert again.schema_revision() == "0002"
    finally:
        again.dispose()


def test_the_backup_failing_stops_the_upgrade(tmp_path):
    path = tmp_path / "senim.db"
    old = make_at(path, "0003")
    fill_every_table(old)
    before = snapshot(old)
    old.dispose()
    (tmp_path / "keys.json").unlink()

    with pytest.raises(MigrationFailed, match="no backup could be taken"):
        open_database(path, TEST_KEY)
    again = Database(path, TEST_KEY)
    try:
        assert snapshot(again) == before
    finally:
        again.dispose()


def test_the_command_line_says_plainly_that_the_upgrade_failed(capsys, monkeypatch, tmp_path):
    """`senim` commands print MigrationFailed's own words, not "damaged or foreign"."""
    from desktop import cli
    from desktop.db import MigrationFailed

    def refuse(*_args, **_kwargs):
        raise MigrationFailed("0004", tmp_path / "backups" / "x.db", "the upgrade failed "
                              "(OperationalError); nothing was changed")

    monkeypatch.setattr("desktop.vault.sign_in", refuse)
    monkeypatch.setattr("desktop.vault.is_set_up", lambda _d: True)
    monkeypatch.setenv("SENIM_USER", "demo")
    monkeypatch.setenv("SENIM_PASSWORD", "senim-demo")
    assert cli.sign_in_or_explain(tmp_path) is None
    out = capsys.readouterr().err
    assert "could not be upgraded from schema 0004" in out and "nothing was changed" in out
    assert "damaged" not in out


def test_upgrading_to_0009_gives_old_activities_their_search_key(tmp_path):
    from desktop.models.enums import Audience, Programme
    from desktop.models.prevention import ActivityFilter
    from desktop.services import Services
    from desktop.services.context import Context

    path = tmp_path / "senim.db"
    old = make_at(path, "0008")
    with old.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO preventive_activity (id, created_at, updated_at, updated_by, held_on, "
            "programme, topic, audience, class_name, group_name, participants, led_by) VALUES "
            "('0123456789abcdef0123456789abcdef', '2026-11-20 10:00:00', '2026-11-20 10:00:00', "
            "'', '2026-11-19', :p, 'Жеке ҚАУІПСІЗДІК: Ёлка', :a, '7Ә', '', 25, '')"),
            {"p": Programme.PERSONAL_SAFETY.value, "a": Audience.PUPILS.value})
    old.dispose()
    db = open_database(path, TEST_KEY)
    try:
        prevention = Services.build(db, Context()).prevention
        assert prevention.count(ActivityFilter(text="қауіпсіздік елка 7ә")) == 1
        assert prevention.count(ActivityFilter(text="шахмат")) == 0
    finally:
        db.dispose()
