"""Revision 0011: a journal made at 0010 keeps the school's own days off as corrections over
the law's days (the holidays package), drops what the law already has and what 0005 seeded,
and moves settings nobody ever saved to the new defaults (answer within 15 working days, the
bullying window is the school year) while a school's saved choice stays."""

from datetime import date, datetime

from sqlalchemy import text
from test_migration_upgrades import all_rows, make_at

from desktop.db import open_database
from desktop.services import Services
from desktop.services.context import Context
from fixture_keys import TEST_KEY


def _add_holidays(db, *rows: tuple[date, str]) -> None:
    with db.engine.begin() as conn:
        for day, name in rows:
            conn.execute(text("INSERT OR REPLACE INTO holiday (day, name) VALUES (:d, :n)"),
                         {"d": day.isoformat(), "n": name})


def _settings_saved(db, answer: int, window: int) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE warning_settings SET answer_working_days = :a, "
                          "bullying_window_days = :w WHERE id = 1"), {"a": answer, "w": window})
        conn.execute(text(
            "INSERT INTO audit_entry (seq, at, actor, action, entity, entity_id, detail, "
            "prev_hash, hash) VALUES (1, '2026-10-01 10:00:00.000000', 'psychologist', "
            "'update', 'warning_settings', '1', 'answer_working_days', '', 'x')"))


def _upgrade(tmp_path, prepare):
    path = tmp_path / "senim.db"
    old = make_at(path, "0010")
    prepare(old)
    old.dispose()
    return open_database(path, TEST_KEY)


def test_the_schools_own_days_become_corrections_and_the_laws_days_go(tmp_path):
    def prepare(db):
        _add_holidays(
            db,
            (date(2026, 5, 27), "Құрбан айт"),  # the package has it (estimated): redundant
            (date(2026, 11, 23), "Мектептің туған күні"),  # a Monday off at this school
            (date(2026, 11, 28), ""),  # a Saturday: a day off anyway
            (date(2026, 3, 25), "Наурыз"),  # observed Nauryz day in the package
        )

    db = _upgrade(tmp_path, prepare)
    try:
        assert all_rows(db, "holiday_correction") == [
            {"day": "2026-11-23", "kind": "day_off", "name": "Мектептің туған күні"}]
        with db.engine.connect() as conn:
            tables = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))}
        assert "holiday" not in tables and "holiday_year" in tables
        # 0005's seed is gone too: 30 August 2027 (a Monday) is no longer Constitution Day.
        services = Services.build(db, Context(actor="t", clock=lambda: datetime(2026, 11, 20, 10)))
        assert services.holidays.is_working_day(date(2027, 8, 30))
        # The school's day still moves the clocks: Friday 20 November, acknowledge Tuesday.
        assert services.concerns.deadlines(date(2026, 11, 20)).ack_due == date(2026, 11, 24)
    finally:
        db.dispose()


def test_settings_nobody_saved_take_the_new_defaults(tmp_path):
    db = _upgrade(tmp_path, lambda db: None)
    try:
        [row] = all_rows(db, "warning_settings")
        assert (row["answer_working_days"], row["bullying_window_school_year"]) == (15, 1)
        assert row["bullying_window_days"] == 30  # kept for when the school picks N days
    finally:
        db.dispose()


def test_a_schools_saved_settings_stay_as_they_were(tmp_path):
    db = _upgrade(tmp_path, lambda db: _settings_saved(db, answer=10, window=30))
    try:
        [row] = all_rows(db, "warning_settings")
        assert (row["answer_working_days"], row["bullying_window_days"],
                row["bullying_window_school_year"]) == (10, 30, 0)
    finally:
        db.dispose()
