"""Accounts are the server's once a journal has joined one: added on one laptop they can join
and sign in on another; revoked, their laptop stops syncing and says why. A newer server is
refused before anything is written; a laptop killed mid-push or mid-pull loses nothing and
duplicates nothing."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlmodel import select

from desktop.models import Pupil
from desktop.server.connection import NewerServer, Revoked
from desktop.server.joining import join
from desktop.vault import sign_out
from laptops import PASSWORDS, found, joined
from school import COUNSELLOR
from test_commands import senim


@pytest.fixture
def school(tmp_path, empty_school_db):
    url, owner_password = empty_school_db
    return found(tmp_path, url, owner_password), owner_password


def test_an_account_added_on_one_laptop_joins_from_another(tmp_path, school, capsys):
    laptop, _ = school
    os.environ["SENIM_NEW_PASSWORD"] = "second-psychologist-1"
    try:
        assert senim(laptop.data, "accounts", "add", "dana", "--role", "psychologist") == 0
    finally:
        os.environ.pop("SENIM_NEW_PASSWORD")
    out = capsys.readouterr().out
    assert "Account dana (psychologist) added." in out and "server has the change" in out
    assert senim(laptop.data, "accounts", "list") == 0
    assert "dana\tpsychologist\tactive" in capsys.readouterr().out
    join(laptop.url, tmp_path / "dana-laptop", "dana", "second-psychologist-1")
    from desktop.vault import sign_in

    services = sign_in(tmp_path / "dana-laptop", "dana", "second-psychologist-1")
    try:
        assert services.ctx.role == "psychologist"
    finally:
        sign_out(services)


def test_a_revoked_account_stops_syncing_and_is_told_why(tmp_path, school, capsys):
    laptop, _ = school
    counsellor = joined(tmp_path, laptop.url, COUNSELLOR, "laptop-2")
    assert senim(laptop.data, "accounts", "revoke", COUNSELLOR) == 0
    assert "stops syncing" in capsys.readouterr().out
    with pytest.raises(Revoked):
        counsellor.sync()
    assert senim(counsellor.data, "sync", user=COUNSELLOR) in (1, 2)


def test_an_older_senim_refuses_a_newer_server_and_writes_nothing(tmp_path, school, pg_server):
    laptop, _ = school
    services = laptop.open()
    try:
        with services.db.session() as s:
            pupil = s.exec(select(Pupil).limit(1)).one()
            pupil.address = "Invented street 1"
            s.add(pupil)
    finally:
        sign_out(services)
    from desktop.server.connection import parse_url

    dbname = parse_url(laptop.url)["dbname"]
    with pg_server.admin(dbname) as admin:
        admin.execute("UPDATE senim.alembic_version SET version_num = 's0999'")
        before = admin.execute("SELECT max(seq) FROM senim.record").fetchone()[0]
    with pytest.raises(NewerServer, match="update Senim"):
        laptop.sync()
    with pg_server.admin(dbname) as admin:
        assert admin.execute("SELECT max(seq) FROM senim.record").fetchone()[0] == before
    services = laptop.open()
    try:
        with services.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").fetchone()[0] == 1
    finally:
        sign_out(services)


KILLER = textwrap.dedent("""
    import os, signal, sys
    sys.path[:0] = {paths!r}
    os.environ["SENIM_KDF_FAST"] = "1"
    import desktop.server.sync as sync
    from laptops import Laptop
    where = sys.argv[1]
    if where == "push":
        original = sync.replica.set_base
        def die(*a, **k):  # the server has committed; the journal has not
            os.kill(os.getpid(), signal.SIGKILL)
        sync.replica.set_base = die
    else:
        original = sync.apply_pulled
        count = [0]
        def die_second(*a, **k):  # one batch applied, then killed
            count[0] += 1
            if count[0] == 2:
                os.kill(os.getpid(), signal.SIGKILL)
            return original(*a, **k)
        sync.apply_pulled = die_second
        sync.PULL_BATCH = 40
    Laptop(__import__("pathlib").Path(sys.argv[2]), sys.argv[3], sys.argv[4]).sync()
""")


def _killed_sync(laptop, where):
    here = os.path.dirname(__file__)
    script = KILLER.format(paths=[here, os.path.dirname(here), os.getcwd()])
    proc = subprocess.run([sys.executable, "-c", script, where, str(laptop.data), laptop.user,
                           laptop.url], capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr


def _server_rows(pg_server, laptop):
    from desktop.server.connection import parse_url

    with pg_server.admin(parse_url(laptop.url)["dbname"]) as admin:
        return admin.execute("SELECT count(*), count(DISTINCT (kind, id)), max(seq) "
                             "FROM senim.record").fetchone()


def test_a_laptop_killed_mid_push_pushes_again_without_duplicates(tmp_path, school, pg_server):
    laptop, _ = school
    services = laptop.open()
    try:
        with services.db.session() as s:
            for i, pupil in enumerate(s.exec(select(Pupil).order_by(Pupil.id).limit(5))):
                pupil.address = f"Invented street {i}"
                s.add(pupil)
    finally:
        sign_out(services)
    before = _server_rows(pg_server, laptop)
    _killed_sync(laptop, "push")
    after_kill = _server_rows(pg_server, laptop)
    assert after_kill[0] == before[0]  # changed in place, nothing added
    outcome = laptop.sync()  # finishes the job
    assert outcome.conflicts == 0
    assert _server_rows(pg_server, laptop)[:2] == before[:2]
    services = laptop.open()
    try:
        with services.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    finally:
        sign_out(services)


def test_a_laptop_killed_mid_pull_finishes_the_pull_next_time(tmp_path, school):
    laptop, _ = school
    target = tmp_path / "laptop-2"
    join(laptop.url, target, COUNSELLOR, PASSWORDS[COUNSELLOR])
    from laptops import Laptop

    second = Laptop(target, COUNSELLOR, laptop.url)
    services = laptop.open()
    try:
        with services.db.session() as s:
            for i, pupil in enumerate(s.exec(select(Pupil).order_by(Pupil.id))):
                pupil.address = f"Invented street {i}"
                s.add(pupil)
    finally:
        sign_out(services)
    laptop.sync()
    # every record touched once more so that the pull is several batches
    services = laptop.open()
    try:
        with services.db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE preventive_activity SET updated_by = 'invented'")
    finally:
        sign_out(services)
    laptop.sync()
    _killed_sync(second, "pull")
    second.sync()
    services = second.open()
    try:
        with services.db.session() as s:
            addresses = sorted(p.address for p in s.exec(select(Pupil)))
        with services.db.engine.connect() as conn:
            outbox = conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").fetchone()[0]
    finally:
        sign_out(services)
    assert addresses == sorted(f"Invented street {i}" for i in range(len(addresses)))
    assert outbox == 0  # nothing pulled was taken for a change of its own


def test_a_password_changed_on_one_laptop_opens_the_journal_on_another(tmp_path, school):
    """The counsellor changes their password on their laptop; after a sync there and on the
    psychologist's laptop, the new password signs them in on the psychologist's laptop (the
    keyring entry came through the server) and syncs from theirs."""
    from desktop.security import BadCredentials
    from desktop.vault import sign_in

    laptop, _ = school
    counsellor = joined(tmp_path, laptop.url, COUNSELLOR, "laptop-2")
    services = counsellor.open()
    try:
        services.accounts.change_own_password(PASSWORDS[COUNSELLOR], "a-new-password-7")
    finally:
        sign_out(services)
    PASSWORDS[COUNSELLOR], old = "a-new-password-7", PASSWORDS[COUNSELLOR]
    try:
        counsellor.sync()
        laptop.sync()
        with pytest.raises(BadCredentials):
            sign_in(laptop.data, COUNSELLOR, old)
        sign_out(sign_in(laptop.data, COUNSELLOR, "a-new-password-7"))
    finally:
        PASSWORDS[COUNSELLOR] = old


def test_a_role_changed_moves_the_server_login_and_the_keys(tmp_path, school):
    """The psychologist makes the counsellor a psychologist: the server lets their login read
    the notes, and their own laptop's keyring holds the notes key after its next sync."""
    import psycopg

    from desktop.server.connection import connect_as
    from desktop.vault import sign_in

    laptop, _ = school
    counsellor = joined(tmp_path, laptop.url, COUNSELLOR, "laptop-2")
    with connect_as(laptop.url, COUNSELLOR, PASSWORDS[COUNSELLOR]) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT secret FROM senim.record LIMIT 1")
    services = laptop.open()
    try:
        account = services.accounts.by_user_name(COUNSELLOR)
        services.accounts.set_role(account.id, "psychologist")
    finally:
        sign_out(services)
    laptop.sync()
    with connect_as(laptop.url, COUNSELLOR, PASSWORDS[COUNSELLOR]) as conn:
        conn.execute("SELECT secret FROM senim.record LIMIT 1")
    from laptops import ROLES

    ROLES[COUNSELLOR] = "psychologist"
    try:
        counsellor.sync()
        services = sign_in(counsellor.data, COUNSELLOR, PASSWORDS[COUNSELLOR])
        try:
            assert services.ctx.role == "psychologist"
        finally:
            sign_out(services)
    finally:
        ROLES[COUNSELLOR] = "counsellor"


def test_changing_every_key_is_refused_on_a_team_journal(school, capsys):
    """Every laptop holds the team journal's keys: changing them from one laptop would leave
    the others' notes unreadable, so it is refused, saying what to do instead."""
    laptop, _ = school
    assert senim(laptop.data, "keys", "rotate") == 2
    assert "cannot yet be changed from one laptop" in capsys.readouterr().err
    services = laptop.open()
    try:
        assert services.team.status().waiting == 0  # nothing was touched
    finally:
        sign_out(services)
