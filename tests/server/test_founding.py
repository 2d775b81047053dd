"""`senim server init`'s work: an empty PostgreSQL database becomes the school's server, and
PostgreSQL itself holds each role to its rights (tested with plain psycopg, as someone holding
a role's login would try)."""

import psycopg
import pytest

from desktop.server.connection import (
    connect_as, login_role, login_secret, parse_url, scram_verifier,
)
from desktop.server.founding import NotEmpty, found_school
from desktop.security import Keyring
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in, sign_out
from school import COUNSELLOR, COUNSELLOR_PASSWORD, HEAD, HEAD_PASSWORD, first_laptop

NOTE = "Invented confidential note: the pupil spoke about home"


@pytest.fixture
def school(tmp_path, empty_school_db):
    url, owner_password = empty_school_db
    data = first_laptop(tmp_path / "laptop1")
    services = sign_in(data, DEMO_USER, DEMO_PASSWORD)
    try:
        _write_note(services)
        founded = found_school(url, owner_password, services.db,
                               Keyring.path(data).read_bytes(), DEMO_USER, DEMO_PASSWORD)
        # The psychologist gives the counsellor and the head teacher their server logins.
        with connect_as(url, DEMO_USER, DEMO_PASSWORD) as conn:
            dbname = parse_url(url)["dbname"]
            for user, password in ((COUNSELLOR, COUNSELLOR_PASSWORD), (HEAD, HEAD_PASSWORD)):
                conn.execute("SELECT senim.set_verifier(%s, %s)",
                             (user, scram_verifier(login_secret(dbname, user, password))))
    finally:
        sign_out(services)
    return url, owner_password, data, founded


def _write_note(services):
    """A session with a known confidential note, saved the way the app saves it."""
    from sqlmodel import select

    from desktop.models import CounsellingSession

    with services.db.session() as s:
        session = s.exec(select(CounsellingSession).limit(1)).one()
        session.notes = NOTE
        s.add(session)


def _as(url, user, password):
    dbname = parse_url(url)["dbname"]
    parts = parse_url(url)
    return psycopg.connect(host=parts["host"], port=parts["port"], dbname=dbname,
                           user=login_role(dbname, user),
                           password=login_secret(dbname, user, password), autocommit=True)


def test_the_first_laptop_uploads_every_record_and_its_accounts(school):
    url, _, data, founded = school
    assert founded.records > 150
    names = {name: (role, login) for name, role, login in founded.accounts}
    assert names[DEMO_USER] == ("psychologist", True)
    assert names[COUNSELLOR] == ("counsellor", False)  # until a psychologist sets it
    with _as(url, DEMO_USER, DEMO_PASSWORD) as conn:
        kinds = dict(conn.execute("SELECT kind, count(*) FROM senim.record GROUP BY kind"))
        assert kinds["pupil"] == 20 and kinds["counselling_session"] > 0
        # The note is on the server only as ciphertext.
        secrets = [r[0] for r in conn.execute(
            "SELECT secret->>'notes' FROM senim.record WHERE secret IS NOT NULL")]
        assert secrets and all(s.startswith("senim-sealed:1:") for s in secrets if s)


def test_a_note_text_is_found_nowhere_in_the_servers_tables(school, pg_server):
    url = school[0]
    dbname = parse_url(url)["dbname"]
    with pg_server.admin(dbname) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables "
            "WHERE schemaname = 'senim'")]
        for table in tables:
            found = conn.execute(f"SELECT count(*) FROM {table} t WHERE t::text LIKE %s",
                                 ("%" + NOTE[:30] + "%",)).fetchone()[0]
            assert found == 0, table
            found = conn.execute(f"SELECT count(*) FROM {table} t WHERE t::text LIKE %s",
                                 ("%spoke about home%",)).fetchone()[0]
            assert found == 0, table


def test_a_counsellors_login_cannot_select_a_note_or_write_a_session(school):
    url = school[0]
    with _as(url, COUNSELLOR, COUNSELLOR_PASSWORD) as conn:
        count = conn.execute("SELECT count(*) FROM senim.record "
                             "WHERE kind = 'counselling_session'").fetchone()[0]
        assert count > 0  # they see that sessions happened
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT secret FROM senim.record")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM senim.record")
        session_id = conn.execute("SELECT id FROM senim.record "
                                  "WHERE kind = 'counselling_session' LIMIT 1").fetchone()[0]
        updated = conn.execute("UPDATE senim.record SET body = '{}' "
                               "WHERE kind = 'counselling_session' AND id = %s", (session_id,))
        assert updated.rowcount == 0  # row-level security: not theirs to write
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO senim.record (school_id, kind, id, body, device) "
                         "SELECT school_id, 'counselling_session', 'x', '{}', device "
                         "FROM senim.record LIMIT 1")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT senim.add_account('x', 's_000000000000000000000000', "
                         "'psychologist', 'x', NULL)")
        # What their role writes, they may write.
        pupil = conn.execute("SELECT id FROM senim.record WHERE kind = 'pupil' LIMIT 1"
                             ).fetchone()[0]
        assert conn.execute("UPDATE senim.record SET body = body WHERE kind = 'pupil' "
                            "AND id = %s", (pupil,)).rowcount == 1


def test_a_head_teachers_login_reads_no_record_at_all(school):
    url = school[0]
    with _as(url, HEAD, HEAD_PASSWORD) as conn:
        for query in ("SELECT kind FROM senim.record", "SELECT body FROM senim.audit",
                      "UPDATE senim.keyring SET version = version + 1"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(query)
        assert conn.execute("SELECT count(*) FROM senim.published").fetchone()[0] == 0


def test_a_role_outside_the_school_cannot_even_connect(school, pg_server):
    url = school[0]
    dbname = parse_url(url)["dbname"]
    with pg_server.admin() as admin:
        admin.execute("CREATE ROLE stranger LOGIN PASSWORD 'stranger-pass'")
    parts = parse_url(url)
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        psycopg.connect(host=parts["host"], port=parts["port"], dbname=dbname,
                        user="stranger", password="stranger-pass")


def test_a_database_that_is_not_empty_is_refused_and_left_alone(tmp_path, empty_school_db):
    url, owner_password = empty_school_db
    parts = parse_url(url)
    with psycopg.connect(host=parts["host"], port=parts["port"], dbname=parts["dbname"],
                         user=parts["user"], password=owner_password, autocommit=True) as c:
        c.execute("CREATE TABLE marks (pupil text)")
    data = first_laptop(tmp_path / "laptop1", pupils=5, records=10)
    services = sign_in(data, DEMO_USER, DEMO_PASSWORD)
    try:
        with pytest.raises(NotEmpty):
            found_school(url, owner_password, services.db, Keyring.path(data).read_bytes(),
                         DEMO_USER, DEMO_PASSWORD)
        with services.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sync_state").fetchone()[0] == 0
    finally:
        sign_out(services)
    with psycopg.connect(host=parts["host"], port=parts["port"], dbname=parts["dbname"],
                         user=parts["user"], password=owner_password) as c:
        assert c.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'senim'"
                         ).fetchone()[0] == 0
