"""Issue 14, Must have 2: password changes, resets and recoveries recorded; audit.record open
to each role only for its own actions; the trail's head anchored outside the database
(keys.json, each backup's manifest) and checked by verify. The tamper cases at the end say
what the anchor catches alone; test_audit_tamper.py has the whole table with signatures."""

import json
from datetime import datetime

import pytest

from desktop.backups import make_backup
from desktop.models.account import AccountInput
from desktop.models.validation import ValidationError
from desktop.security import BadCredentials, Keyring
from desktop.services import Services
from desktop.services.audit import AuditService, append_entries, read_anchor
from desktop.services.context import Context, NotAllowed
from desktop.vault import recover, set_up, sign_in, sign_out

OWNER, OWNER_PASSWORD = "aigerim", "Психолог-2026"


@pytest.fixture
def journal(tmp_path):
    services, recovery = set_up(tmp_path, AccountInput(
        user_name=OWNER, display_name="Айгерім Сапарқызы", password=OWNER_PASSWORD))
    services.accounts.add(AccountInput(user_name="dana", display_name="Дана", role="counsellor",
                                       password="Әлеумет-педагог"))
    services.accounts.add(AccountInput(user_name="head", display_name="Директор", role="head",
                                       password="Директор-2026"))
    yield tmp_path, services, recovery
    services.db.dispose()


def actions(services) -> list[tuple[str, str, str, str]]:
    return [(e.actor, e.action, e.entity, e.entity_id)
            for e in reversed(services.audit.entries(limit=10_000))]


def account_id(services, user) -> str:
    return str(services.accounts.by_user_name(user).id)


# --- 1. password changes, resets and recoveries -----------------------------------------


def test_a_reset_a_change_and_a_recovery_are_recorded_without_secrets(journal):
    folder, services, recovery = journal
    dana_id = account_id(services, "dana")
    services.accounts.reset_password(services.accounts.by_user_name("dana").id, "Жаңа-құпия-1")
    dana = sign_in(folder, "dana", "Жаңа-құпия-1")
    dana.accounts.change_own_password("Жаңа-құпия-1", "Жаңа-құпия-2")
    sign_out(dana)
    recover(folder, recovery, "dana", "Жаңа-құпия-3")
    sign_out(sign_in(folder, "dana", "Жаңа-құпия-3"))
    found = actions(services)
    assert (OWNER, "password_reset", "account", dana_id) in found
    assert ("dana", "password_change", "account", dana_id) in found
    assert ("dana", "recovery", "account", dana_id) in found
    details = " ".join(e.detail for e in services.audit.entries(limit=10_000))
    assert "Жаңа" not in details and recovery not in details
    assert services.audit.verify().ok


def test_a_wrong_old_password_leaves_no_entry(journal):
    folder, services, _ = journal
    dana = sign_in(folder, "dana", "Әлеумет-педагог")
    try:
        with pytest.raises(ValidationError):
            dana.accounts.change_own_password("not it at all", "Жаңа-құпия-2")
    finally:
        sign_out(dana)
    assert "password_change" not in {a for _, a, _, _ in actions(services)}


def test_a_wrong_recovery_key_changes_nothing_and_records_nothing(journal):
    folder, services, recovery = journal
    before = services.audit.count()
    with pytest.raises(BadCredentials):
        recover(folder, "0" * 32, "dana", "Жаңа-құпия-3")
    assert services.audit.count() == before


def test_a_recovery_without_the_journal_still_sets_the_password(journal):
    folder, services, recovery = journal
    services.db.dispose()
    (folder / "senim.db").rename(folder / "elsewhere.db")
    recover(folder, recovery, "dana", "Жаңа-құпия-3")
    assert Keyring.load(folder).unlock("dana", "Жаңа-құпия-3")


# --- 2. audit.record per role ------------------------------------------------------------


def test_each_role_records_only_what_its_own_actions_produce(journal):
    folder, services, _ = journal
    # The head teacher's rights on the journal's services (their own sign-in reads the
    # published counts and writes nothing: test_published.py).
    head = Services.build(services.db, Context(actor="head", role="head"))
    dana = sign_in(folder, "dana", "Әлеумет-педагог")
    try:
        # The head teacher: its own sign-in/out and its summary's print, PDF and export.
        for action in ("print", "pdf", "export"):
            head.audit.record(action, "term_summary", "", "2025-26,kk")
        head.audit.record("sign_out", "account", account_id(services, "head"))
        for forbidden in (("create", "pupil", "x"), ("delete", "counselling_session", "x"),
                          ("read_notes", "counselling_session", "x"), ("export", "pupil", ""),
                          ("export", "", ""), ("print", "referral", "x"), ("pdf", "pupil", "x"),
                          ("password_reset", "account", account_id(services, "dana")),
                          ("sign_in", "account", account_id(services, OWNER)),
                          ("create", "demo", ""), ("print", "anything", "")):
            with pytest.raises(NotAllowed):
                head.audit.record(*forbidden)
        # The counsellor: pupils, referrals, summaries; never notes, resets or records.
        dana.audit.record("print", "referral", "r1")
        dana.audit.record("export", "pupil", "", "xlsx")
        for forbidden in (("read_notes", "counselling_session", "x"),
                          ("password_reset", "account", account_id(services, OWNER)),
                          ("update", "account", account_id(services, "dana")),
                          ("sign_out", "account", account_id(services, OWNER))):
            with pytest.raises(NotAllowed):
                dana.audit.record(*forbidden)
        # The psychologist: what its actions produce, still not a record's change by hand.
        services.audit.record("read_notes", "counselling_session", "x")
        services.audit.record("create", "demo", "", "pupils=3")
        with pytest.raises(NotAllowed):
            services.audit.record("update", "account", account_id(services, "dana"))
    finally:
        dana.db.dispose()
    with pytest.raises(ValueError):
        services.audit.record("peek")


# --- 3. the head anchored outside the database --------------------------------------------


def test_the_head_is_anchored_at_sign_out_and_in_each_backup(journal, tmp_path):
    folder, services, _ = journal
    dana = sign_in(folder, "dana", "Әлеумет-педагог")
    sign_out(dana)
    with services.db.engine.connect() as conn:
        last = conn.exec_driver_sql(
            "SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1").one()
    assert Keyring.load(folder).audit_head == (last[0], last[1])
    info = make_backup(services.db, folder, tmp_path / "stick", datetime(2026, 12, 7, 9))
    manifest = json.loads(info.manifest_path.read_text())
    assert manifest["audit_head"] == {"seq": last[0], "hash": last[1]}
    assert json.loads(info.keys_path.read_text())["audit_head"] == manifest["audit_head"]


def test_an_anchor_behind_the_trail_is_fine_when_the_new_entries_follow_it(journal):
    folder, services, _ = journal
    sign_out(sign_in(folder, "dana", "Әлеумет-педагог"))
    anchored = Keyring.load(folder).audit_head
    services.audit.record("read_notes", "counselling_session", "x")
    assert read_anchor(services.db) == anchored
    assert services.audit.verify().ok


def test_an_unreadable_anchor_is_reported_and_locks_no_one_out(journal):
    folder, services, _ = journal
    sign_out(sign_in(folder, "dana", "Әлеумет-педагог"))
    keys = json.loads((folder / "keys.json").read_text())
    keys["audit_head"] = {"seq": "many", "hash": "x"}
    (folder / "keys.json").write_text(json.dumps(keys))
    sign_out(sign_in(folder, "dana", "Әлеумет-педагог"))
    result = services.audit.verify()
    assert not result.ok and "unreadable" in result.reason


# --- the tamper cases (an attacker holding the database key) -------------------------------


def _raw(services):
    """A connection that writes around the triggers, as someone holding the key would."""
    conn = services.db.engine.raw_connection()
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("DROP TRIGGER audit_entry_no_delete")
    return conn


def _restore_triggers(conn):
    conn.execute("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
                 "BEGIN SELECT RAISE(ABORT, 'append-only'); END")
    conn.execute("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
                 "BEGIN SELECT RAISE(ABORT, 'append-only'); END")
    conn.commit()
    conn.close()


def _rehash_from(conn, seq: int) -> None:
    """Recompute every hash from `seq` on, so the chain inside the database is whole."""
    from desktop.models.audit import GENESIS, entry_hash
    from desktop.services.audit import _parse_time

    prev = conn.execute("SELECT hash FROM audit_entry WHERE seq = ?", (seq - 1,)).fetchone()
    prev = prev[0] if prev else GENESIS
    for row in conn.execute("SELECT seq, at, actor, action, entity, entity_id, detail "
                            "FROM audit_entry WHERE seq >= ? ORDER BY seq", (seq,)).fetchall():
        digest = entry_hash(row[0], _parse_time(row[1]), *row[2:], prev)
        conn.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?",
                     (prev, digest, row[0]))
        prev = digest


def _anchored(journal):
    folder, services, _ = journal
    sign_out(sign_in(folder, "dana", "Әлеумет-педагог"))  # the head is anchored here
    return services, Keyring.load(folder).audit_head[0]


def test_tail_deleted_with_sqlite_sequence_lowered_is_detected(journal):
    services, top = _anchored(journal)
    conn = _raw(services)
    conn.execute("DELETE FROM audit_entry WHERE seq > ?", (top - 2,))
    conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_entry'", (top - 2,))
    _restore_triggers(conn)
    result = services.audit.verify()
    assert not result.ok and result.first_broken_seq == top - 1
    assert "missing" in result.reason


def test_tail_deleted_then_the_journal_used_again_is_still_detected(journal):
    folder, services, _ = journal
    services, top = _anchored(journal)
    conn = _raw(services)
    conn.execute("DELETE FROM audit_entry WHERE seq > ?", (top - 2,))
    conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_entry'", (top - 2,))
    _restore_triggers(conn)
    for _ in range(3):  # new entries take the removed numbers: the anchor does not move
        sign_out(sign_in(folder, "dana", "Әлеумет-педагог"))
    assert Keyring.load(folder).audit_head[0] == top
    result = services.audit.verify()
    assert not result.ok and result.first_broken_seq == top


def test_an_entry_changed_with_later_hashes_recomputed_is_detected_at_that_entry(journal):
    services, top = _anchored(journal)
    conn = _raw(services)
    conn.execute("UPDATE audit_entry SET actor = 'someone' WHERE seq = 2")
    _rehash_from(conn, 2)
    _restore_triggers(conn)
    result = services.audit.verify()
    assert not result.ok and result.first_broken_seq == 2  # its author's signature
    assert "signed with a key" in result.reason


def test_a_forged_entry_inserted_and_rehashed_is_detected(journal):
    services, top = _anchored(journal)
    conn = _raw(services)
    rows = conn.execute("SELECT seq FROM audit_entry WHERE seq >= 3 ORDER BY seq DESC").fetchall()
    for (seq,) in rows:
        conn.execute("UPDATE audit_entry SET seq = seq + 1 WHERE seq = ?", (seq,))
    conn.execute("INSERT INTO audit_entry (seq, at, actor, action, entity, entity_id, detail, "
                 "prev_hash, hash) SELECT 3, at, 'dana', 'sign_in', 'account', '', '', '', '' "
                 "FROM audit_entry WHERE seq = 2")
    _rehash_from(conn, 3)
    _restore_triggers(conn)
    assert not services.audit.verify().ok


def test_a_forged_entry_appended_after_the_anchor_is_detected_by_its_signature(journal):
    """An entry for Dana written with another account's key (here the psychologist's own
    session, as code that bypasses the services would) chains correctly, but no
    psychologist vouched for that key as Dana's."""
    services, top = _anchored(journal)
    with services.db.session() as s:
        s.info["actor"] = "dana"
        append_entries(s, [("sign_in", "account", "forged", "")])
    result = services.audit.verify()
    assert not result.ok and result.first_broken_seq == top + 1


def test_entries_after_the_psychologists_last_anchor_can_go_with_the_plain_anchor(journal):
    """The limit said in desktop/services/audit.py: entries written since a psychologist last
    anchored (here the counsellor's sign-in and sign-out) can be removed together with the
    plain anchor by whoever holds the journal key; the sealed anchor shows only removals
    before it (test_audit_tamper.py)."""
    folder, services, _ = journal
    services, top = _anchored(journal)
    conn = _raw(services)
    conn.execute("DELETE FROM audit_entry WHERE seq > ?", (top - 2,))
    conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_entry'", (top - 2,))
    new_head = conn.execute("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"
                            ).fetchone()
    _restore_triggers(conn)
    keys = json.loads((folder / "keys.json").read_text())
    keys["audit_head"] = {"seq": new_head[0], "hash": new_head[1]}
    (folder / "keys.json").write_text(json.dumps(keys))
    assert services.audit.verify().ok


def test_only_the_last_entry_removed_is_named(journal):
    services, top = _anchored(journal)
    conn = _raw(services)
    conn.execute("DELETE FROM audit_entry WHERE seq = ?", (top,))
    conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_entry'", (top - 1,))
    _restore_triggers(conn)
    result = AuditService(services.db, Context()).verify()
    assert not result.ok and result.first_broken_seq == top


# --- Must have 6: the key wiped on lock and sign-out ----------------------------------------


def test_the_key_the_session_holds_is_zeroed_at_sign_out(journal):
    folder, _, _ = journal
    dana = sign_in(folder, "dana", "Әлеумет-педагог")
    held = dana.db._key
    assert isinstance(held, bytearray) and any(held) and dana.db.key == bytes(held)
    sign_out(dana)  # the app's lock and close come through here (app/signing_in.sign_out)
    assert held == bytearray(32) and dana.db.key is None


def test_an_older_keyring_put_back_with_the_tail_removed_is_caught_by_the_backup(journal):
    """keys.json from before (its anchors older) put back, and the entries since removed:
    the newest verified backup's manifest, taken after them, still knows the trail's end."""
    folder, services, _ = journal
    older_keys = (folder / "keys.json").read_bytes()
    old_end = Keyring.load(folder).audit_head[0]
    sign_out(sign_in(folder, "dana", "Әлеумет-педагог"))
    info = make_backup(services.db, folder, folder / "backups", datetime(2026, 12, 7, 9))
    assert info.verified
    (folder / "keys.json").write_bytes(older_keys)
    conn = _raw(services)
    conn.execute("DELETE FROM audit_entry WHERE seq > ?", (old_end,))
    conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_entry'", (old_end,))
    _restore_triggers(conn)
    result = services.audit.verify()
    assert not result.ok and result.first_broken_seq == old_end + 1
    assert "missing" in result.reason
