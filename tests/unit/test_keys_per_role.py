"""Issue 14, Must have 1 (in working steps): a role is the set of keys an account can unwrap.

Played as the attacker would, on the same laptop: with an ordinary account's password,
bypassing every service (keys.json and senim.db opened directly), and by editing the
journal's records and the keyring by hand. Invented names throughout."""

import pytest
import sqlcipher3
from unit_factories import pupil_input, session_input

from desktop.models.account import AccountInput
from desktop.security import BadCredentials, Keyring
from desktop.security.keyring import _lookup, _new_entry
from desktop.models.term_summary import LESS_THAN_5
from desktop.security.notes import PREFIX
from desktop.services.published import NothingPublished, publish
from desktop.vault import set_up, sign_in, sign_out

OWNER, OWNER_PASSWORD = "aigerim", "Психолог-2026"
COUNSELLOR, COUNSELLOR_PASSWORD = "dana", "Әлеумет-педагог"
HEAD, HEAD_PASSWORD = "marat", "Директор-2026"
NOTE = "Ұйқысы бұзылған, үйде жанжал: құпия жазба"
DRAFT_NOTE = "Әлі сақталмаған құпия ой"


@pytest.fixture
def journal(tmp_path):
    services, _recovery = set_up(tmp_path, AccountInput(
        user_name=OWNER, display_name="Айгерім Сапарқызы", password=OWNER_PASSWORD))
    services.accounts.add(AccountInput(user_name=COUNSELLOR, display_name="Дана",
                                       role="counsellor", password=COUNSELLOR_PASSWORD))
    services.accounts.add(AccountInput(user_name=HEAD, display_name="Марат", role="head",
                                       password=HEAD_PASSWORD))
    pupil = services.pupils.create(pupil_input())
    session = services.sessions.create(session_input([pupil.id], notes=NOTE))
    import uuid

    services.drafts.keep(uuid.uuid4(), "session", session.id, {"notes": DRAFT_NOTE})
    sign_out(services)
    return tmp_path, session.id


def raw_open(folder, key: bytes):
    conn = sqlcipher3.connect(str(folder / "senim.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def everything_in(conn) -> str:
    """Every value of every table, as text (what someone holding the key can read)."""
    tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert "counselling_session" in tables and "draft" in tables
    return "\n".join(str(value) for table in tables
                     for row in conn.execute(f'SELECT * FROM "{table}"') for value in row)


def test_the_counsellors_password_opens_the_journal_but_never_a_note(journal):
    folder, _ = journal
    keys = Keyring.load(folder).open(COUNSELLOR, COUNSELLOR_PASSWORD)
    assert keys.notes is None
    conn = raw_open(folder, keys.journal)
    try:
        notes = [n for (n,) in conn.execute("SELECT notes FROM counselling_session")]
        dump = everything_in(conn)
    finally:
        conn.close()
    assert notes and all(n.startswith(PREFIX) for n in notes if n)
    for secret in (NOTE, DRAFT_NOTE, "құпия"):
        assert secret not in dump
    assert "Ұйқысы" not in dump


def test_the_psychologist_still_reads_the_notes_and_the_draft(journal):
    folder, session_id = journal
    services = sign_in(folder, OWNER, OWNER_PASSWORD)
    try:
        assert services.sessions.get(session_id).notes == NOTE
        assert [d.fields for d in services.drafts.mine()] == [{"notes": DRAFT_NOTE}]
    finally:
        sign_out(services)


def test_raising_ones_own_record_to_psychologist_raises_nothing(journal):
    folder, session_id = journal
    keys = Keyring.load(folder).open(COUNSELLOR, COUNSELLOR_PASSWORD)
    conn = raw_open(folder, keys.journal)
    conn.execute("UPDATE account SET role = 'psychologist' WHERE user_name = ?", (COUNSELLOR,))
    conn.commit()
    conn.close()
    services = sign_in(folder, COUNSELLOR, COUNSELLOR_PASSWORD)
    try:
        assert services.ctx.role == "counsellor"
        seen = services.sessions.get(session_id)
        assert seen.notes == "" and seen.notes_hidden
    finally:
        sign_out(services)


def test_taking_over_the_psychologists_wrap_gives_only_the_counsellors_keys(journal):
    """The attack of the issue: with the journal key in hand, 'reset' the psychologist's
    password by writing a new wrap for their name into keys.json, then sign in as them."""
    folder, session_id = journal
    keyring = Keyring.load(folder)
    counsellor = keyring.open(COUNSELLOR, COUNSELLOR_PASSWORD)
    # Through the keyring's own code: refused, it cannot grant the notes key.
    with pytest.raises(Exception, match="notes key cannot be granted"):
        keyring.reset_password(OWNER, "Ұрланған-1", counsellor)
    # By hand: a wrap for the psychologist's name holding what the counsellor holds.
    lookup = _lookup(keyring._state.pepper, OWNER)
    forged = _new_entry(lookup, "Ұрланған-1", counsellor, counsellor.names,
                        keyring._new_params(), keyring._state.checks())
    keyring._put(forged)
    services = sign_in(folder, OWNER, "Ұрланған-1")
    try:
        assert services.ctx.role == "counsellor"  # the keys say so, whatever the record says
        assert services.sessions.get(session_id).notes == ""
    finally:
        sign_out(services)


def test_a_deactivated_accounts_password_opens_nothing(journal):
    folder, _ = journal
    services = sign_in(folder, OWNER, OWNER_PASSWORD)
    dana = services.accounts.by_user_name(COUNSELLOR)
    services.accounts.set_active(dana.id, False)
    sign_out(services)
    keys = Keyring.load(folder).open(COUNSELLOR, COUNSELLOR_PASSWORD)
    assert keys.names == frozenset()  # no journal key at all
    with pytest.raises(BadCredentials):
        sign_in(folder, COUNSELLOR, COUNSELLOR_PASSWORD)
    # and allowed again, the counsellor's keys come back
    services = sign_in(folder, OWNER, OWNER_PASSWORD)
    services.accounts.set_active(dana.id, True)
    sign_out(services)
    again = sign_in(folder, COUNSELLOR, COUNSELLOR_PASSWORD)
    assert again.ctx.role == "counsellor"
    sign_out(again)


def test_the_head_teachers_password_opens_no_record(journal):
    """The head teacher holds only the summaries key: no key opens senim.db, and signing in
    reads the published counts, never the journal."""
    folder, _ = journal
    keys = Keyring.load(folder).open(HEAD, HEAD_PASSWORD)
    assert keys.names == {"summaries"} and keys.journal is None
    for key in keys.keys.values():
        conn = raw_open(folder, bytes(key))
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
    with pytest.raises(NothingPublished):
        sign_in(folder, HEAD, HEAD_PASSWORD)
    services = sign_in(folder, OWNER, OWNER_PASSWORD)
    publish(services)
    sign_out(services)
    head = sign_in(folder, HEAD, HEAD_PASSWORD)
    try:
        assert head.ctx.role == "head" and head.db is None
        # one session: published as «<5», never the exact count (models/suppression.py)
        assert head.dashboard.counts().sessions_held == LESS_THAN_5
    finally:
        sign_out(head)


def test_a_role_change_changes_the_keys(journal):
    folder, _ = journal
    services = sign_in(folder, OWNER, OWNER_PASSWORD)
    dana = services.accounts.by_user_name(COUNSELLOR)
    services.accounts.set_role(dana.id, "psychologist")
    assert services.accounts.held_role(COUNSELLOR) == "psychologist"
    sign_out(services)
    dana_now = sign_in(folder, COUNSELLOR, COUNSELLOR_PASSWORD)
    assert dana_now.ctx.role == "psychologist" and dana_now.db.keys.notes is not None
    sign_out(dana_now)


def test_plain_notes_of_an_earlier_version_are_sealed_at_the_psychologists_sign_in(journal):
    folder, session_id = journal
    keys = Keyring.load(folder).open(COUNSELLOR, COUNSELLOR_PASSWORD)
    conn = raw_open(folder, keys.journal)
    conn.execute("UPDATE counselling_session SET notes = ? WHERE id = ?",
                 ("Ескі нұсқаның ашық жазбасы", session_id.hex))
    conn.commit()
    conn.close()
    sign_out(sign_in(folder, COUNSELLOR, COUNSELLOR_PASSWORD))  # a counsellor cannot seal
    services = sign_in(folder, OWNER, OWNER_PASSWORD)
    try:
        assert services.sessions.get(session_id).notes == "Ескі нұсқаның ашық жазбасы"
    finally:
        sign_out(services)
    conn = raw_open(folder, keys.journal)
    try:
        assert "Ескі нұсқаның" not in everything_in(conn)
    finally:
        conn.close()


def test_finding_plain_notes_reads_their_index_not_every_session(db):
    """Each sign-in looks for notes to seal: at a million records, reading every session
    for them took a second of it. The search is written to use ix_session_plain_notes."""
    from desktop.vault import PLAIN_NOTES

    with db.engine.connect() as conn:
        plan = " ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + PLAIN_NOTES))
    assert "ix_session_plain_notes" in plan, plan


def _as_format_1(folder, accounts: dict[str, str], journal_key: bytes) -> None:
    """keys.json as an earlier version wrote it: the journal key wrapped per password."""
    import base64
    import json
    import os

    from desktop.security.grants import check_value
    from desktop.security.kdf import KdfParams
    from desktop.security.keyring import RECOVERY_LOOKUP, _lookup, _serialize_wrap, _wrap

    fast, pepper = KdfParams(1, 1024, 1), os.urandom(16)
    data = {"format": 1, "pepper": base64.b64encode(pepper).decode(),
            "check": base64.b64encode(check_value(journal_key)).decode(),
            "accounts": [_serialize_wrap(_wrap(_lookup(pepper, u), p, journal_key, fast))
                         for u, p in accounts.items()],
            "recovery": _serialize_wrap(_wrap(RECOVERY_LOOKUP, os.urandom(20), journal_key,
                                              fast)),
            "failures": {"count": 0, "last": 0.0}}
    (folder / "keys.json").write_text(json.dumps(data))


def test_a_journal_of_an_earlier_version_converts_at_the_psychologists_sign_in(journal):
    folder, session_id = journal
    journal_key = Keyring.load(folder).open(OWNER, OWNER_PASSWORD).journal
    conn = raw_open(folder, journal_key)
    conn.execute("UPDATE counselling_session SET notes = ? WHERE id = ?",
                 ("Ескі нұсқаның жазбасы", session_id.hex))
    conn.execute("DELETE FROM draft")
    conn.commit()
    conn.close()
    _as_format_1(folder, {OWNER: OWNER_PASSWORD, COUNSELLOR: COUNSELLOR_PASSWORD,
                          HEAD: HEAD_PASSWORD}, journal_key)
    services = sign_in(folder, OWNER, OWNER_PASSWORD)
    try:
        assert services.ctx.role == "psychologist"
        recovery = services.new_recovery_key
        assert recovery and Keyring.load(folder).open_recovery(recovery).notes is not None
        assert services.sessions.get(session_id).notes == "Ескі нұсқаның жазбасы"
        held = {a.user_name: a.held_role for a in services.accounts.list()}
        assert held[HEAD] is None  # its old wrap held the journal key: taken back
    finally:
        sign_out(services)
    conn = raw_open(folder, journal_key)
    assert "Ескі нұсқаның" not in everything_in(conn)
    conn.close()
    dana = sign_in(folder, COUNSELLOR, COUNSELLOR_PASSWORD)  # converts her own wrap
    assert dana.ctx.role == "counsellor" and dana.sessions.get(session_id).notes == ""
    sign_out(dana)
    with pytest.raises(BadCredentials):
        sign_in(folder, HEAD, HEAD_PASSWORD)
    # The psychologist sees both and mends them: Dana's keys given, a new password for Marat.
    services = sign_in(folder, OWNER, OWNER_PASSWORD)
    try:
        by_name = {a.user_name: a for a in services.accounts.list()}
        assert not by_name[COUNSELLOR].keys_match and not by_name[HEAD].keys_match
        services.accounts.set_role(by_name[COUNSELLOR].id, "counsellor")
        services.accounts.reset_password(by_name[HEAD].id, "Жаңа-директор-1")
        publish(services)
        assert all(a.keys_match for a in services.accounts.list())
    finally:
        sign_out(services)
    head = sign_in(folder, HEAD, "Жаңа-директор-1")
    assert head.ctx.role == "head" and head.db is None
    sign_out(head)
