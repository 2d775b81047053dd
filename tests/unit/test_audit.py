"""The audit trail: every save leaves an entry in the same transaction, entries name columns
and never their values, the database refuses to change them, and verify() names the first
entry that was changed or removed anyway (by someone with the key who dropped the triggers).
"""

import threading
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from unit_factories import pupil_input, session_input

from desktop import cli
from desktop.db import open_database
from desktop.models import School
from desktop.models.account import AccountInput
from desktop.models.audit import GENESIS, AuditFilter, entry_hash
from desktop.security import Keyring
from desktop.services.audit import AuditService
from desktop.services.context import Context, NotAllowed
from desktop.vault import set_up, sign_in, sign_out
from fixture_keys import TEST_KEY, psychologist_keys

SURNAME, GIVEN, NEW_SURNAME = "Жанәділова", "Аяулым", "Серікбаева"
PSYCHOLOGIST, PASSWORD = "aigerim", "Сенім-2026-құпия"


@pytest.fixture
def audit(db, ctx):
    db.actor = "test"
    return AuditService(db, ctx)


def everything(audit) -> list:
    return audit.entries(limit=10_000)


def all_text(audit) -> str:
    return "\n".join(
        " ".join([r.actor, r.action, r.entity, r.entity_id, r.detail]) for r in everything(audit))


def raw(db, *statements: str) -> None:
    """What someone holding the key could do with any SQLite tool."""
    with db.engine.begin() as conn:
        for sql in statements:
            conn.exec_driver_sql(sql)


def last_seq(audit) -> int:
    return audit.entries(limit=1)[0].seq


# --- recording ----------------------------------------------------------------------------


def test_creating_a_pupil_records_who_and_which_record_but_no_name(audit, services):
    pupil = services.pupils.create(pupil_input(surname=SURNAME, given_name=GIVEN))
    [entry] = audit.entries(AuditFilter(entity="pupil"))
    assert (entry.action, entry.entity_id, entry.actor) == ("create", str(pupil.id), "test")
    assert entry.at is not None and entry.at.tzinfo is not None
    # The guardian is a record of its own; link rows are not.
    assert [e.action for e in audit.entries(AuditFilter(entity="guardian"))] == ["create"]
    written = all_text(audit)
    for personal in (SURNAME, GIVEN, pupil.iin, pupil.guardians[0].name,
                     pupil.guardians[0].phone):
        assert personal not in written


def test_an_update_names_the_changed_columns_and_never_their_values(audit, services):
    pupil = services.pupils.create(pupil_input(surname=SURNAME))
    data = pupil.to_input()
    data.surname, data.class_name = NEW_SURNAME, "7Б"
    services.pupils.update(pupil.id, data)
    newest = audit.entries(AuditFilter(entity="pupil"))[0]
    assert (newest.action, newest.entity_id) == ("update", str(pupil.id))
    assert newest.detail == "class_name,search_key,surname"
    written = all_text(audit)
    assert SURNAME not in written and NEW_SURNAME not in written and "7Б" not in written


def test_a_session_notes_change_is_named_not_quoted(audit, services, pupil):
    session = services.sessions.create(session_input([pupil.id]))
    data = session.to_input()
    data.notes = "Новая запись: боится идти домой"
    services.sessions.update(session.id, data)
    actions = [(e.action, e.detail) for e in audit.entries(AuditFilter(entity="counselling_session"))]
    assert actions == [("update", "notes"), ("create", "")]
    written = all_text(audit)
    assert "боится" not in written and "насмешки" not in written
    assert "session_pupil" not in written  # links are part of their session


def test_a_soft_delete_is_recorded_as_a_delete(audit, services, pupil):
    services.pupils.delete(pupil.id)
    newest = audit.entries(AuditFilter(entity="pupil"))[0]
    assert (newest.action, newest.entity_id, newest.detail) == ("delete", str(pupil.id), "")


def test_a_save_that_rolls_back_leaves_no_entry(audit, db):
    before = audit.count()
    with pytest.raises(RuntimeError):
        with db.session() as s:
            s.add(School(name_kk="№ 1"))
            s.flush()  # the entry was written in this transaction...
            assert s.exec(text("SELECT count(*) FROM audit_entry")).scalar() == before + 1
            raise RuntimeError("the save fails after the flush")
    assert audit.count() == before  # ...and rolled back with it
    assert audit.verify().ok


def test_explicit_events_and_the_actor(audit, db):
    audit.record("export", "pupil", "", "xlsx")
    db.actor = "kairat"
    audit.record("read_notes", "counselling_session", "abc")
    newest, older = audit.entries(limit=2)
    assert (newest.actor, newest.action, newest.entity, newest.entity_id) == (
        "kairat", "read_notes", "counselling_session", "abc")
    assert (older.actor, older.action, older.detail) == ("test", "export", "xlsx")
    with pytest.raises(ValueError):
        audit.record("peek")


def test_an_entry_added_by_hand_is_chained_too(audit, db):
    from desktop.models import AuditEntry

    with db.session() as s:
        s.add(AuditEntry(action="print", entity="pupil", entity_id="p1"))
        s.add(School(name_kk="№ 1"))
    assert [(e.action, e.actor) for e in audit.entries()] == [("create", "test"), ("print", "test")]
    assert audit.verify().ok


def test_browse_filters_and_pages_newest_first(audit, services, db):
    first = services.pupils.create(pupil_input())
    db.actor = "kairat"
    services.pupils.delete(first.id)
    audit.record("pdf", "pupil", first.id)
    assert [e.action for e in audit.entries(AuditFilter(actor="kairat"))] == ["pdf", "delete"]
    assert audit.count(AuditFilter(actor="kairat")) == 2
    assert audit.count(AuditFilter(action="create")) == 2  # the pupil and the guardian
    assert audit.count(AuditFilter(entity_id=str(first.id))) == 3
    seqs = [e.seq for e in everything(audit)]
    assert seqs == sorted(seqs, reverse=True) and len(seqs) == audit.count()
    assert [e.seq for e in audit.entries(offset=1, limit=2)] == seqs[1:3]
    now = datetime.now(timezone.utc)
    assert audit.count(AuditFilter(since=now - timedelta(minutes=5))) == len(seqs)
    assert audit.count(AuditFilter(until=now - timedelta(minutes=5))) == 0


def test_only_the_psychologist_browses_or_checks_the_trail(db, clock):
    counsellor = AuditService(db, Context(actor="kairat", role="counsellor", clock=clock))
    for forbidden in (counsellor.entries, counsellor.count, counsellor.verify):
        with pytest.raises(NotAllowed):
            forbidden()
    counsellor.record("sign_in", "account", "")  # but their own events are recorded


def test_two_writers_at_once_extend_one_chain(audit, db):
    """A second connection saving while the first is mid-transaction waits for it, then
    continues the chain (it must not read the end of the chain before it may write)."""
    other = open_database(db.path, TEST_KEY, keys=psychologist_keys())
    errors = []

    def second_writer():
        try:
            with other.session() as s:
                s.add(School(name_kk="№ 2"))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    try:
        with db.session() as s:
            s.add(School(name_kk="№ 1"))
            s.flush()  # holds the write lock from here to the commit
            writer = threading.Thread(target=second_writer)
            writer.start()
            time.sleep(0.3)
        writer.join(10)
    finally:
        other.dispose()
    assert errors == []
    assert audit.count(AuditFilter(entity="school")) == 2
    assert audit.verify().ok


# --- the chain ----------------------------------------------------------------------------


def test_the_chain_verifies(audit, services, pupil):
    services.sessions.create(session_input([pupil.id]))
    services.pupils.delete(pupil.id)
    result = audit.verify()
    assert (result.ok, result.checked, result.first_broken_seq) == (True, audit.count(), None)
    entries = list(reversed(everything(audit)))
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))


def test_verify_reads_the_trail_in_chunks(audit, db, monkeypatch):
    import desktop.services.audit as module

    monkeypatch.setattr(module, "_CHUNK", 3)
    for i in range(10):
        audit.record("print", "pupil", str(i))
    assert audit.verify().checked == 10
    raw(db, "DROP TRIGGER audit_entry_no_update",
        "UPDATE audit_entry SET entity_id = '99' WHERE seq = 8")
    assert audit.verify().first_broken_seq == 8


def test_a_changed_entry_is_named(audit, services, db):
    pupil = services.pupils.create(pupil_input())
    services.pupils.update(pupil.id, pupil.to_input())
    services.pupils.delete(pupil.id)
    target = audit.entries(AuditFilter(entity="pupil", action="update"))[0].seq
    assert target < last_seq(audit)  # not the last one: later entries stay valid
    raw(db, "DROP TRIGGER audit_entry_no_update",
        f"UPDATE audit_entry SET detail = 'surname' WHERE seq = {target}")
    result = audit.verify()
    assert (result.ok, result.first_broken_seq, result.checked) == (False, target, target - 1)
    assert "changed" in result.reason


def test_a_rewritten_entry_with_a_fresh_hash_breaks_the_link_after_it(audit, services, db):
    services.pupils.create(pupil_input())
    audit.record("export", "pupil", "", "xlsx")
    target = 1
    row = everything(audit)[-1]
    forged = entry_hash(target, row.at, "someone_else", row.action, row.entity, row.entity_id,
                        row.detail, GENESIS)
    raw(db, "DROP TRIGGER audit_entry_no_update",
        f"UPDATE audit_entry SET actor = 'someone_else', hash = '{forged}' WHERE seq = {target}")
    result = audit.verify()
    assert (result.ok, result.first_broken_seq) == (False, target + 1)
    assert f"entry #{target}" in result.reason


def test_a_removed_entry_is_a_gap(audit, services, db):
    pupil = services.pupils.create(pupil_input())
    services.pupils.delete(pupil.id)
    raw(db, "DROP TRIGGER audit_entry_no_delete", "DELETE FROM audit_entry WHERE seq = 2")
    result = audit.verify()
    assert (result.ok, result.first_broken_seq) == (False, 2)
    assert "missing" in result.reason


def test_entries_removed_from_the_end_are_noticed(audit, services, db):
    services.pupils.create(pupil_input())
    audit.record("pdf", "pupil", "1")
    audit.record("pdf", "pupil", "2")
    end = last_seq(audit)
    raw(db, "DROP TRIGGER audit_entry_no_delete", f"DELETE FROM audit_entry WHERE seq >= {end - 1}")
    result = audit.verify()
    assert (result.ok, result.first_broken_seq) == (False, end - 1)
    # New entries do not reuse the removed numbers: the gap stays visible.
    audit.record("print", "pupil", "3")
    assert last_seq(audit) == end + 1
    assert audit.verify().first_broken_seq == end - 1


def test_the_database_refuses_to_change_or_remove_an_entry(audit, services, db):
    services.pupils.create(pupil_input())
    for sql in ("UPDATE audit_entry SET detail = 'x' WHERE seq = 1",
                "DELETE FROM audit_entry WHERE seq = 1"):
        with pytest.raises(DBAPIError, match="append-only"):
            raw(db, sql)
    assert audit.verify().ok


def test_dropped_triggers_are_reported_even_with_the_chain_intact(audit, services, db):
    services.pupils.create(pupil_input())
    raw(db, "DROP TRIGGER audit_entry_no_delete")
    result = audit.verify()
    assert (result.ok, result.first_broken_seq) == (False, None)
    assert "triggers" in result.reason


def test_a_damaged_time_is_reported_not_raised(audit, services, db):
    services.pupils.create(pupil_input())
    raw(db, "DROP TRIGGER audit_entry_no_update",
        "UPDATE audit_entry SET at = 'yesterday' WHERE seq = 1")
    assert audit.entries()[-1].at is None  # the browser still shows the list
    result = audit.verify()
    assert (result.ok, result.first_broken_seq) == (False, 1)


def test_a_missing_table_is_a_message_not_a_traceback(audit, db):
    raw(db, "DROP TABLE audit_entry")
    result = audit.verify()
    assert (result.ok, result.first_broken_seq) == (False, None)
    assert "cannot be read" in result.reason


# --- signing in and out, and the command line ----------------------------------------------


def journal(folder):
    services, _recovery = set_up(
        folder, AccountInput(user_name=PSYCHOLOGIST, display_name="Айгерім", password=PASSWORD))
    return services


def test_set_up_sign_in_and_sign_out_are_recorded(tmp_path):
    sign_out(journal(tmp_path))
    services = sign_in(tmp_path, PSYCHOLOGIST, PASSWORD)
    trail = AuditService(services.db, services.ctx)
    got = [(e.actor, e.action, e.entity) for e in reversed(trail.entries())]
    assert got == [(PSYCHOLOGIST, "create", "account"), (PSYCHOLOGIST, "sign_in", "account"),
                   (PSYCHOLOGIST, "sign_out", "account"), (PSYCHOLOGIST, "sign_in", "account")]
    assert trail.verify().ok
    sign_out(services)


@pytest.fixture
def as_psychologist(monkeypatch):
    monkeypatch.setenv("SENIM_USER", PSYCHOLOGIST)
    monkeypatch.setenv("SENIM_PASSWORD", PASSWORD)


def test_cli_audit_verify(tmp_path, capsys, as_psychologist):
    services = journal(tmp_path)
    pupil = services.pupils.create(pupil_input())
    services.pupils.delete(pupil.id)
    sign_out(services)
    count = 6  # create account, sign in, pupil, guardian, delete, sign out
    assert cli.main(["--data-dir", str(tmp_path), "audit", "verify"]) == 0
    # The check's own sign-in comes before it: counted.
    assert capsys.readouterr().out == f"Audit trail intact: {count + 1} entries checked.\n"

    tampered = open_database(tmp_path / "senim.db", Keyring.load(tmp_path).unlock(PSYCHOLOGIST, PASSWORD))
    try:
        raw(tampered, "DROP TRIGGER audit_entry_no_update",
            "UPDATE audit_entry SET actor = 'nobody' WHERE seq = 4")
    finally:
        tampered.dispose()
    assert cli.main(["--data-dir", str(tmp_path), "audit", "verify"]) == 1
    out = capsys.readouterr()
    assert out.out.startswith("Audit trail broken at entry #4: ")
    assert "Traceback" not in out.out + out.err


def test_cli_audit_verify_with_the_table_gone(tmp_path, capsys, as_psychologist):
    services = journal(tmp_path)
    raw(services.db, "DROP TABLE audit_entry")
    services.db.dispose()
    assert cli.main(["--data-dir", str(tmp_path), "audit", "verify"]) == 1
    out = capsys.readouterr()
    assert out.out.startswith("Audit trail broken")
    assert "Traceback" not in out.out + out.err


def test_a_counsellor_cannot_run_audit_verify(tmp_path, capsys, monkeypatch):
    services = journal(tmp_path)
    services.accounts.add(AccountInput(user_name="kairat", display_name="Қайрат",
                                       password="Кеңесші-2026", role="counsellor"))
    sign_out(services)
    monkeypatch.setenv("SENIM_USER", "kairat")
    monkeypatch.setenv("SENIM_PASSWORD", "Кеңесші-2026")
    assert cli.main(["--data-dir", str(tmp_path), "audit", "verify"]) == 2
    out = capsys.readouterr()
    assert "only a psychologist" in out.err and out.out == ""


def test_cli_audit_verify_without_a_journal(tmp_path, capsys, as_psychologist):
    assert cli.main(["--data-dir", str(tmp_path), "audit", "verify"]) == 2
    assert "no Senim journal" in capsys.readouterr().err


def test_opening_a_sessions_notes_is_entered_but_a_counsellors_look_is_not(db, services, clock):
    from unit_factories import pupil_input, session_input

    from desktop.services import Services
    from desktop.services.context import Context

    pupil = services.pupils.create(pupil_input())
    session = services.sessions.create(session_input([pupil.id], notes="Құпия"))
    before = services.audit.count()
    services.sessions.open(session.id)
    reads = [e for e in services.audit.entries() if e.action == "read_notes"]
    assert len(reads) == 1 and reads[0].entity_id == str(session.id)
    counsellor = Services.build(db, Context(actor="dana", role="counsellor", clock=clock))
    counsellor.sessions.open(session.id)
    assert services.audit.count() == before + 1
