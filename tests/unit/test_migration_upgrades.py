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
from desktop.models.text import full_name, search_form
from fixture_keys import TEST_KEY

# Columns computed from others: (table, column).
DERIVED = {("pupil", "search_key"), ("preventive_activity", "search_key")}
EARLIER = ["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0013", "0014",
           "0015", "0016", "0017", "0018", "0019", "0020", "0021", "0022", "0023", "0024"]
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
            # A stored search key is derived from the row's names: a revision that changes
            # the folding (0012) computes it again, checked below; every other value stays.
            row = {c: v for c, v in row.items() if (table, c) not in DERIVED}
            kept = [{c: r[c] for c in row} for r in after]
            assert row in kept, f"{table}: the row inserted at {revision} changed or is gone"
        pupil = all_rows(db, "pupil")[0]
        if revision < "0012":  # the folding changed then; later revisions keep the key
            assert pupil["search_key"] == search_form(
                full_name(pupil["surname"], pupil["given_name"], pupil["patronymic"]))
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


def test_upgrading_to_0012_mends_latin_lookalikes_and_recomputes_search_keys(tmp_path):
    """A journal at 0011 typed partly on an English keyboard: «Aсем» (Latin A), «Hұрланова»
    (Latin H), the class 7A, a guardian «Kанат», a й pasted as и + U+0306. After the upgrade
    the names and classes are Cyrillic and composed, a Russian-keyboard search finds them,
    and a Latin name (John Smith) and the rows' updated_at stay as they were."""
    from desktop.models.enums import Audience, Programme
    from desktop.models.prevention import ActivityFilter
    from desktop.services import Services
    from desktop.services.context import Context

    path = tmp_path / "senim.db"
    old = make_at(path, "0011")
    stamp = "2026-11-20 10:00:00.000000"
    pupils = [("a" * 32, "Hұрланова", "Aсем", "", "7A", 7, "hұрланова aсем"),
              ("b" * 32, "Smith", "John", "", "7D", 7, "smith john"),
              ("c" * 32, "Серікова", "Аи\u0306гүл", "", "12B", 12, "серікова аи\u0306гүл")]
    with old.engine.begin() as conn:
        for pid, surname, given, patronymic, klass, grade, key in pupils:
            conn.execute(text(
                "INSERT INTO pupil (id, created_at, updated_at, updated_by, surname, given_name, "
                "patronymic, sex, birth_date, iin, class_name, grade, study_language, "
                "consent_status, consent_by, active, search_key, address) VALUES (:id, :t, :t, "
                "'', :s, :g, :p, 'female', '2013-05-04', NULL, :c, :gr, 'kk', 'not_asked', '', "
                "1, :k, '')"),
                {"id": pid, "t": stamp, "s": surname, "g": given, "p": patronymic, "c": klass,
                 "gr": grade, "k": key})
        conn.execute(text(
            "INSERT INTO guardian (id, created_at, updated_at, updated_by, pupil_id, name, "
            "relation, phone) VALUES (:id, :t, :t, '', :p, 'Hұрланов Kанат', 'father', '')"),
            {"id": "d" * 32, "t": stamp, "p": "a" * 32})
        conn.execute(text(
            "INSERT INTO preventive_activity (id, created_at, updated_at, updated_by, held_on, "
            "programme, topic, audience, class_name, group_name, participants, led_by, "
            "search_key) VALUES (:id, :t, :t, '', '2026-11-19', :p, 'Өзін-өзі тану', :a, '7A', "
            "'', 25, '', 'өзін-өзі тану 7a')"),
            {"id": "e" * 32, "t": stamp, "p": Programme.PERSONAL_SAFETY.value,
             "a": Audience.PUPILS.value})
    old.dispose()

    db = open_database(path, TEST_KEY)
    try:
        assert db.schema_revision() == HEAD
        rows = {r["id"]: r for r in all_rows(db, "pupil")}
        assert [(rows[p[0]]["surname"], rows[p[0]]["given_name"], rows[p[0]]["class_name"])
                for p in pupils] == [("Нұрланова", "Асем", "7А"), ("Smith", "John", "7D"),
                                     ("Серікова", "Айгүл", "12В")]
        assert {r["updated_at"] for r in rows.values()} == {stamp}
        assert all_rows(db, "guardian")[0]["name"] == "Нұрланов Канат"
        [activity] = all_rows(db, "preventive_activity")
        assert (activity["class_name"], activity["updated_at"]) == ("7А", stamp)

        services = Services.build(db, Context())
        found = {r.full_name for r in services.pupils.search("нурланова асем")}
        assert found == {"Нұрланова Асем"}
        assert {r.full_name for r in services.pupils.search("айгул")} == {"Серікова Айгүл"}
        assert {r.full_name for r in services.pupils.search("JOHN")} == {"Smith John"}
        assert {r.full_name for r in services.pupils.search("", class_name="7А")} == {
            "Нұрланова Асем"}
        assert set(services.pupils.classes()) == {"7А", "7D", "12В"}
        assert services.prevention.count(ActivityFilter(text="озин-озі тану 7a")) == 1
    finally:
        db.dispose()


def test_0012_downgrades_to_the_old_search_keys(tmp_path):
    path = tmp_path / "senim.db"
    db = make_at(path, "0012")
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO pupil (id, created_at, updated_at, updated_by, surname, given_name, "
            "patronymic, sex, birth_date, iin, class_name, grade, study_language, "
            "consent_status, consent_by, active, search_key, address) VALUES (:id, :t, :t, "
            "'', 'Өтеген', 'Нұрлан', '', 'male', '2013-05-04', NULL, '7А', 7, 'kk', "
            "'not_asked', '', 1, 'отеген нурлан', '')"),
            {"id": "a" * 32, "t": "2026-11-20 10:00:00.000000"})
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011")
    try:
        assert all_rows(db, "pupil")[0]["search_key"] == "өтеген нұрлан"
    finally:
        db.dispose()


def _calendar(db: Database) -> dict:
    with db.engine.connect() as conn:
        years = {r.name: r for r in conn.execute(text("SELECT * FROM academic_year"))}
        terms = {(r.year_id, r.number): (r.starts_on, r.ends_on)
                 for r in conn.execute(text("SELECT * FROM term"))}
    return {"years": years, "terms": terms}


def test_upgrading_to_0010_corrects_the_2025_seed_and_adds_2026_to_check(tmp_path):
    from desktop.services import Services
    from desktop.services.context import Context

    path = tmp_path / "senim.db"
    old = make_at(path, "0009")
    before = _calendar(old)["years"]["2025-2026"]
    assert str(before.starts_on) == "2025-09-01"  # as 0007 seeded it
    old.dispose()
    db = open_database(path, TEST_KEY)
    try:
        calendar = Services.build(db, Context()).calendar
        year = calendar.get("2025-2026")
        assert year.starts_on == year.term(1)[0] == date(2025, 9, 2) and year.confirmed
        assert year.term(2) == (date(2025, 11, 3), date(2025, 12, 28))  # the rest as it was
        guess = calendar.get("2026-2027")
        assert not guess.confirmed and guess.term(1) == (date(2026, 9, 1), date(2026, 10, 25))
        assert len(guess.breaks) == 4
    finally:
        db.dispose()


def test_upgrading_to_0010_keeps_a_users_own_calendar(tmp_path):
    from desktop.services import Services
    from desktop.services.context import Context

    path = tmp_path / "senim.db"
    old = make_at(path, "0009")
    own_id = uuid.uuid4().hex
    with old.engine.begin() as conn:  # 2025-2026 saved by a user; their own 2026-2027
        conn.execute(text("UPDATE academic_year SET updated_by = 'psy'"))
        conn.execute(text(
            "INSERT INTO academic_year (id, created_at, updated_at, updated_by, name, "
            "starts_on, ends_on) VALUES (:id, '2026-11-20 10:00:00', '2026-11-20 10:00:00', "
            "'psy', '2026-2027', '2026-09-01', '2027-05-25')"), {"id": own_id})
        conn.execute(text("INSERT INTO term (year_id, number, starts_on, ends_on) VALUES "
                          "(:id, 1, '2026-09-01', '2026-10-30'), (:id, 2, '2026-11-09', "
                          "'2026-12-29'), (:id, 3, '2027-01-11', '2027-03-19'), "
                          "(:id, 4, '2027-03-29', '2027-05-25')"), {"id": own_id})
    old.dispose()
    db = open_database(path, TEST_KEY)
    try:
        calendar = Services.build(db, Context()).calendar
        mine = calendar.get("2025-2026")
        assert mine.starts_on == date(2025, 9, 1) and mine.confirmed  # saved by a user: kept
        kept = calendar.get("2026-2027")
        assert kept.id.hex == own_id and kept.confirmed and not kept.breaks
        assert kept.term(1) == (date(2026, 9, 1), date(2026, 10, 30))
        assert len(calendar.years()) == 2
    finally:
        db.dispose()


# --- one backup per upgrade, not per attempt (issue 14) ----------------------------------------


def _attempt(path: Path) -> None:
    with pytest.raises(MigrationFailed):
        open_database(path, TEST_KEY)


def test_a_newer_schema_gets_one_backup_not_one_per_attempt(tmp_path):
    path = tmp_path / "senim.db"
    db = make_at(path, EARLIER[-1])
    with db.engine.begin() as conn:  # as a later Senim would leave it
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    for _ in range(3):
        _attempt(path)
    backups = upgrade_backups(tmp_path)
    assert len(backups) == 1
    assert backups[0].name.endswith(f"-from-9999-before-{HEAD}.db")
    assert verify_backup(backups[0], TEST_KEY).ok


def test_a_failing_upgrade_keeps_one_backup_that_follows_the_journal(tmp_path, monkeypatch):
    path = tmp_path / "senim.db"
    db = make_at(path, EARLIER[-1])
    fill_every_table(db)
    db.dispose()

    def failing_upgrade(cfg, target):
        raise RuntimeError("a revision that fails")

    monkeypatch.setattr(command, "upgrade", failing_upgrade)
    _attempt(path)
    _attempt(path)
    first = upgrade_backups(tmp_path)
    assert len(first) == 1
    # The older Senim is used meanwhile: the next attempt must not rely on a stale copy.
    db = Database(path, TEST_KEY)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE pupil SET updated_at = '2026-12-01 10:00:00.000000'"))
    db.dispose()
    _attempt(path)
    second = upgrade_backups(tmp_path)
    assert len(second) == 1 and second != first
    copy = Database(second[0], TEST_KEY)
    try:
        with copy.engine.connect() as conn:
            assert conn.execute(text("SELECT updated_at FROM pupil")).scalar().startswith(
                "2026-12-01")
    finally:
        copy.dispose()


def test_upgrading_to_0014_keeps_the_trail_append_only_and_its_entries_whole(tmp_path):
    """0014 adds the signature columns with ADD COLUMN: a batch rebuild would have dropped
    the triggers that refuse changes to the trail."""
    from datetime import datetime, timezone

    from desktop.models.audit import GENESIS, entry_hash
    from desktop.services.audit import AuditService, _missing_triggers
    from desktop.services.context import Context

    path = tmp_path / "senim.db"
    old = make_at(path, "0013")
    at = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_entry (seq, at, actor, action, entity, entity_id, detail, "
            "prev_hash, hash) VALUES (1, ?, 'aigerim', 'sign_in', 'account', '', '', ?, ?)",
            ("2026-11-02 09:00:00.000000", GENESIS,
             entry_hash(1, at, "aigerim", "sign_in", "account", "", "", GENESIS)))
    old.dispose()
    db = open_database(path, TEST_KEY)
    try:
        with db.engine.connect() as conn:
            assert _missing_triggers(conn) == []
            row = conn.exec_driver_sql("SELECT signer, signature FROM audit_entry").one()
        assert tuple(row) == ("", "")
        assert AuditService(db, Context()).verify(anchor=None).ok
    finally:
        db.dispose()
