"""Alembic owns the schema: HEAD is the newest revision, a fresh file gets every table,
and the models match the migrations (a model change without a migration fails here)."""

import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData, inspect, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from desktop.db import open_database
from desktop.demo.generator import generate_demo
from fixture_keys import TEST_KEY, psychologist_keys
from desktop.migrations import HEAD, alembic_config
from desktop.models import TABLES


@pytest.fixture
def fresh(tmp_path):
    db = open_database(tmp_path / "senim.db", TEST_KEY)
    yield db
    db.dispose()


def diff_against(db, metadata):
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, metadata)


def test_head_constant_is_alembics_head_revision():
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [HEAD]


def test_fresh_database_has_every_table_and_is_at_head(fresh):
    tables = set(inspect(fresh.engine).get_table_names())
    assert {t.__tablename__ for t in TABLES} <= tables
    assert "alembic_version" in tables
    assert fresh.schema_revision() == HEAD
    with fresh.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [HEAD]


def test_pragmas_on_a_session_connection(fresh):
    with fresh.session() as s:
        assert s.exec(text("PRAGMA journal_mode")).scalar().lower() == "wal"
        assert s.exec(text("PRAGMA foreign_keys")).scalar() == 1


def test_foreign_keys_are_enforced(fresh):
    with pytest.raises(IntegrityError):
        with fresh.session() as s:
            s.exec(text(
                "INSERT INTO guardian (id, created_at, updated_at, updated_by, pupil_id, name, relation, phone) "
                "VALUES (:id, '2026-11-20', '2026-11-20', 't', :pid, 'Ана', 'mother', '')"
            ).bindparams(id=uuid.uuid4().hex, pid=uuid.uuid4().hex))


def test_opening_twice_is_harmless(tmp_path):
    from desktop.services import Services
    from desktop.services.context import Context
    from unit_factories import NOW, pupil_input

    path = tmp_path / "senim.db"
    first = open_database(path, TEST_KEY)
    pupil = Services.build(first, Context(actor="test", clock=lambda: NOW)).pupils.create(pupil_input())
    first.dispose()

    again = open_database(path, TEST_KEY)
    try:
        assert again.schema_revision() == HEAD
        services = Services.build(again, Context(actor="test", clock=lambda: NOW))
        assert services.pupils.get(pupil.id) == pupil
        assert services.pupils.count() == 1
        third = open_database(path, TEST_KEY)  # while the second is still open
        assert third.schema_revision() == HEAD
        third.dispose()
    finally:
        again.dispose()


def test_models_match_the_migrations(fresh):
    assert diff_against(fresh, SQLModel.metadata) == []


def test_the_metadata_comparison_notices_a_missing_migration(fresh):
    """Guard for the test above: a column added to a model but not migrated is reported."""
    changed = MetaData()
    for table in SQLModel.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["pupil"].append_column(Column("nickname_len", Integer, nullable=True))
    diffs = diff_against(fresh, changed)
    assert any(d[0] == "add_column" and d[3].name == "nickname_len" for d in diffs)


def test_iin_unique_among_live_pupils_in_the_schema(fresh):
    """The database itself refuses a second live pupil with the same IIN (the partial index)."""
    insert = text(
        "INSERT INTO pupil (id, created_at, updated_at, updated_by, deleted_at, surname, given_name, "
        "patronymic, sex, birth_date, iin, class_name, grade, study_language, consent_status, "
        "consent_by, active, search_key) VALUES (:id, '2026-11-20', '2026-11-20', 't', :deleted, "
        "'Әлібеков', 'Нұрғали', '', 'male', '2013-05-14', '130514500073', '7Ә', 7, 'kk', "
        "'not_asked', '', 1, '')"
    )
    with fresh.session() as s:
        s.exec(insert.bindparams(id=uuid.uuid4().hex, deleted="2026-11-19"))
        s.exec(insert.bindparams(id=uuid.uuid4().hex, deleted=None))
    with pytest.raises(IntegrityError):
        with fresh.session() as s:
            s.exec(insert.bindparams(id=uuid.uuid4().hex, deleted=None))


def test_the_planners_statistics_follow_the_journals_growth(db, ctx):
    """A journal made new is measured empty; opened again after it has grown, its tables
    are measured anew (a sample of each index), so the planner picks the right index."""
    def stat():
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT stat FROM sqlite_stat1 WHERE idx = "
                                     "'ix_counselling_session_summary'")).scalar()

    assert stat() is None or stat().split()[0] == "0"
    generate_demo(db, ctx, pupils=30, records=600, seed=5)
    db.dispose()
    again = open_database(db.path, TEST_KEY, keys=psychologist_keys())
    try:
        with again.engine.connect() as conn:
            rows = conn.execute(text("SELECT stat FROM sqlite_stat1 WHERE idx = "
                                     "'ix_counselling_session_summary'")).scalar()
    finally:
        again.dispose()
    assert int(rows.split()[0]) > 100


def test_a_measured_table_is_not_measured_again_at_each_opening(db, ctx):
    """A partial index lists few rows of a large table (self-harm risks among the sessions):
    its figures are kept. Dropped as if the table were empty, each opening's optimize found
    the table unmeasured and read it again (0.9 s of each sign-in at a million records)."""
    generate_demo(db, ctx, pupils=30, records=600, seed=5)
    db.dispose()
    for _ in range(2):
        again = open_database(db.path, TEST_KEY, keys=psychologist_keys())
        again.dispose()
    again = open_database(db.path, TEST_KEY, keys=psychologist_keys())
    try:
        with again.engine.connect() as conn:
            left = [r[0] for r in conn.exec_driver_sql("PRAGMA optimize = 0x10003")]
            kept = conn.exec_driver_sql(
                "SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_counselling_session_self_harm'"
            ).scalar()
    finally:
        again.dispose()
    assert kept is not None and int(kept.split()[0]) < 100
    assert not any("counselling_session" in line for line in left), left


def test_saving_a_records_pupils_looks_up_only_its_own_links(db):
    """Saving a record replaces its links to living pupils. The condition is checked for
    the record's own links, not as an IN list of every living pupil built at each save
    (10-20 ms of a session's save in a school of 20,000)."""
    import uuid

    from sqlmodel import delete

    from desktop.models import SessionPupil
    from desktop.services.pupils import is_living_pupil

    stmt = delete(SessionPupil).where(SessionPupil.session_id == uuid.uuid4(),
                                      is_living_pupil(SessionPupil.pupil_id))
    with db.engine.connect() as conn:
        sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    assert not any(step.startswith(("SCAN", "LIST SUBQUERY")) for step in plan), plan


def test_a_new_journal_fills_in_bulk_through_the_indexes(tmp_path):
    """A journal made new keeps no statistics of its empty tables: with "0 rows" the
    planner scanned every incident each time a trigger recounted a pupil's bullying tally,
    and a new laptop pulling a school's records (or the demo's million) took hours. Opened,
    the recount looks each incident up by its key."""
    db = open_database(tmp_path / "senim.db", TEST_KEY, keys=psychologist_keys())
    try:
        with db.engine.connect() as conn:
            stats = conn.execute(text(
                "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")).scalar()
            if stats:
                assert conn.execute(text(
                    "SELECT count(*) FROM sqlite_stat1 WHERE CAST(stat AS INTEGER) < 100"
                )).scalar() == 0
            plan = [r[3] for r in conn.execute(text(
                "EXPLAIN QUERY PLAN SELECT op.pupil_id, count(*) FROM observation_pupil op "
                "JOIN observation o ON o.id = op.observation_id WHERE op.pupil_id IN "
                "(SELECT pupil_id FROM observation_pupil WHERE observation_id = 'a') "
                "AND op.role IN ('target', 'aggressor') AND o.deleted_at IS NULL "
                "GROUP BY op.pupil_id"))]
    finally:
        db.dispose()
    assert not any(step.startswith("SCAN") for step in plan), plan
