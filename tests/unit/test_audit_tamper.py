"""Issue 14, Must have 2: the audit trail's tamper table. Each case is what a counsellor can do
on the same laptop with their own password: open senim.db with the journal key their keys
unwrap (no notes key), write around the triggers, recompute hashes, sign with their own
identity, and edit keys.json. `senim audit verify` (AuditService.verify, run here as the
psychologist, without signing in so nothing new is written) must name the first bad entry.

The journal: a psychologist's work, signed and anchored at sign-out (the sealed head), then a
counsellor's own sign-in and sign-out. Invented names throughout."""

import base64
import json
import os

import pytest
from unit_factories import pupil_input, session_input

from desktop.db import open_database
from desktop.models.account import AccountInput
from desktop.models.audit import GENESIS, entry_hash
from desktop.security import Keyring
from desktop.security.grants import Identity
from desktop.services.audit import AuditService, _parse_time
from desktop.services.context import Context
from desktop.vault import set_up, sign_in, sign_out

OWNER, OWNER_PASSWORD = "aigerim", "Психолог-2026"
DANA, DANA_PASSWORD = "dana", "Әлеумет-педагог"
ERLAN, ERLAN_PASSWORD = "erlan", "Екінші-кеңесші"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("journal")
    services, _ = set_up(folder, AccountInput(
        user_name=OWNER, display_name="Айгерім Сапарқызы", password=OWNER_PASSWORD))
    for user, password in ((DANA, DANA_PASSWORD), (ERLAN, ERLAN_PASSWORD)):
        services.accounts.add(AccountInput(user_name=user, display_name=user.title(),
                                           role="counsellor", password=password))
    pupil = services.pupils.create(pupil_input())
    services.sessions.create(session_input([pupil.id], notes="Құпия"))
    sign_out(services)
    sign_out(sign_in(folder, DANA, DANA_PASSWORD))
    return folder


@pytest.fixture
def journal(pristine, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    for name in os.listdir(pristine):
        path = pristine / name
        if path.is_file():
            (folder / name).write_bytes(path.read_bytes())
    return folder


class Attacker:
    """Dana, with her keys and the files."""

    def __init__(self, folder):
        self.folder = folder
        self.keys = Keyring.load(folder).open(DANA, DANA_PASSWORD)
        assert self.keys.notes is None
        import sqlcipher3

        self.conn = sqlcipher3.connect(str(folder / "senim.db"))
        self.conn.execute(f"PRAGMA key = \"x'{self.keys.journal.hex()}'\"")
        self.conn.execute("DROP TRIGGER audit_entry_no_update")
        self.conn.execute("DROP TRIGGER audit_entry_no_delete")

    def top(self) -> int:
        return self.conn.execute("SELECT max(seq) FROM audit_entry").fetchone()[0]

    def rows(self, where="1"):
        return self.conn.execute(f"SELECT seq, at, actor, action, entity, entity_id, detail "
                                 f"FROM audit_entry WHERE {where} ORDER BY seq").fetchall()

    def rehash_from(self, seq: int, sign_as: Identity | None = None, resign=False) -> None:
        prev = self.conn.execute("SELECT hash FROM audit_entry WHERE seq = ?",
                                 (seq - 1,)).fetchone()
        prev = prev[0] if prev else GENESIS
        for row in self.rows(f"seq >= {int(seq)}"):
            digest = entry_hash(row[0], _parse_time(row[1]), *row[2:], prev)
            self.conn.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?",
                              (prev, digest, row[0]))
            if resign:
                self.sign(row[0], digest, sign_as or self.keys.identity)
            prev = digest

    def sign(self, seq: int, digest: str, identity: Identity) -> None:
        self.conn.execute("UPDATE audit_entry SET signer = ?, signature = ? WHERE seq = ?",
                          (identity.public().sign.hex(), identity.sign(digest.encode()).hex(),
                           seq))

    def append(self, actor: str, identity: Identity | None) -> int:
        seq = self.top() + 1
        last = self.conn.execute("SELECT at, hash FROM audit_entry WHERE seq = ?",
                                 (seq - 1,)).fetchone()
        digest = entry_hash(seq, _parse_time(last[0]), actor, "sign_in", "account", "", "",
                            last[1])
        self.conn.execute(
            "INSERT INTO audit_entry (seq, at, actor, action, entity, entity_id, detail, "
            "prev_hash, hash, signer, signature) VALUES (?, ?, ?, 'sign_in', 'account', '', '', "
            "?, ?, '', '')", (seq, last[0], actor, last[1], digest))
        if identity is not None:
            self.sign(seq, digest, identity)
        return seq

    def lower_sequence(self) -> None:
        self.conn.execute("UPDATE sqlite_sequence SET seq = (SELECT coalesce(max(seq), 0) "
                          "FROM audit_entry) WHERE name = 'audit_entry'")

    def keys_json(self, change) -> None:
        path = self.folder / "keys.json"
        data = json.loads(path.read_text())
        change(data)
        path.write_text(json.dumps(data))

    def done(self, keep_triggers_dropped=False) -> None:
        if not keep_triggers_dropped:
            self.conn.execute("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON "
                              "audit_entry BEGIN SELECT RAISE(ABORT, 'append-only'); END")
            self.conn.execute("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON "
                              "audit_entry BEGIN SELECT RAISE(ABORT, 'append-only'); END")
        self.conn.commit()
        self.conn.close()


def psychologist_verifies(folder):
    keys = Keyring.load(folder).open(OWNER, OWNER_PASSWORD)
    db = open_database(folder / "senim.db", keys.journal, create=False, keys=keys)
    try:
        return AuditService(db, Context(actor=OWNER, role="psychologist")).verify()
    finally:
        db.dispose()
        db.wipe_key()


def first_psychologist_entry_after(a: Attacker, seq: int) -> int:
    return a.conn.execute("SELECT min(seq) FROM audit_entry WHERE seq > ? AND actor = ?",
                          (seq, OWNER)).fetchone()[0]


# Each case tampers and returns the seq verify must name (None: not one entry).


def detail_changed(a):
    a.conn.execute("UPDATE audit_entry SET detail = 'x' WHERE seq = 3")
    return 3


def detail_changed_and_its_hash_recomputed(a):
    a.conn.execute("UPDATE audit_entry SET detail = 'x' WHERE seq = 3")
    row = a.rows("seq = 3")[0]
    prev = a.conn.execute("SELECT hash FROM audit_entry WHERE seq = 2").fetchone()[0]
    a.conn.execute("UPDATE audit_entry SET hash = ? WHERE seq = 3",
                   (entry_hash(row[0], _parse_time(row[1]), *row[2:], prev),))
    return 3  # its signature covers the old hash


def detail_changed_and_every_later_hash_recomputed(a):
    a.conn.execute("UPDATE audit_entry SET detail = 'x' WHERE seq = 3")
    a.rehash_from(3)
    return 3


def detail_changed_rehashed_and_resigned_with_own_key(a):
    a.conn.execute("UPDATE audit_entry SET detail = 'x' WHERE seq = 3")
    a.rehash_from(3, resign=True)
    return 3  # an entry of the psychologist's, now signed with Dana's key


def actor_changed_to_the_counsellor_and_resigned(a):
    a.conn.execute("UPDATE audit_entry SET actor = ? WHERE seq = 3", (DANA,))
    a.rehash_from(3)
    a.sign(3, a.conn.execute("SELECT hash FROM audit_entry WHERE seq = 3").fetchone()[0],
           a.keys.identity)
    return 4  # her signature is good on #3, but #4 was signed over the old chain


def time_changed_and_rehashed(a):
    a.conn.execute("UPDATE audit_entry SET at = '2020-01-01 00:00:00.000000' WHERE seq = 3")
    a.rehash_from(3)
    return 3


def middle_entry_deleted(a):
    a.conn.execute("DELETE FROM audit_entry WHERE seq = 4")
    return 4


def middle_entry_deleted_renumbered_and_rehashed(a):
    a.conn.execute("DELETE FROM audit_entry WHERE seq = 4")
    for (seq,) in a.conn.execute("SELECT seq FROM audit_entry WHERE seq > 4 ORDER BY seq"
                                 ).fetchall():
        a.conn.execute("UPDATE audit_entry SET seq = seq - 1 WHERE seq = ?", (seq,))
    a.lower_sequence()
    a.rehash_from(4)
    return 4


def two_entries_swapped_and_rehashed(a):
    a.conn.execute("UPDATE audit_entry SET seq = -1 WHERE seq = 3")
    a.conn.execute("UPDATE audit_entry SET seq = 3 WHERE seq = 4")
    a.conn.execute("UPDATE audit_entry SET seq = 4 WHERE seq = -1")
    a.rehash_from(3)
    return 3


def last_entry_deleted(a):
    top = a.top()
    a.conn.execute("DELETE FROM audit_entry WHERE seq = ?", (top,))
    return top


def tail_deleted_and_sequence_lowered(a):
    top = a.top()
    a.conn.execute("DELETE FROM audit_entry WHERE seq > ?", (top - 3,))
    a.lower_sequence()
    return top - 2


def _cut_to_before_the_psychologists_sign_out(a):
    """Remove the psychologist's last entries and Dana's after them; the plain anchor moved
    to the new end."""
    sign_out_seq = a.conn.execute("SELECT max(seq) FROM audit_entry WHERE actor = ?",
                                  (OWNER,)).fetchone()[0]
    a.conn.execute("DELETE FROM audit_entry WHERE seq >= ?", (sign_out_seq,))
    a.lower_sequence()
    new = a.conn.execute("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
    a.keys_json(lambda d: d.update(audit_head={"seq": new[0], "hash": new[1]}))
    return sign_out_seq, new


def tail_deleted_and_the_plain_anchor_moved(a):
    sign_out_seq, _ = _cut_to_before_the_psychologists_sign_out(a)
    return sign_out_seq


def tail_deleted_and_both_anchors_removed(a):
    _cut_to_before_the_psychologists_sign_out(a)
    a.keys_json(lambda d: d.pop("sealed_head"))
    return None


def tail_deleted_and_the_sealed_anchor_moved(a):
    _, new = _cut_to_before_the_psychologists_sign_out(a)
    a.keys_json(lambda d: d["sealed_head"].update(seq=new[0], hash=new[1]))
    return None


def forged_psychologist_entry_appended_unsigned(a):
    return a.append(OWNER, None)


def forged_psychologist_entry_appended_signed_with_own_key(a):
    return a.append(OWNER, a.keys.identity)


def forged_entry_for_another_counsellor_with_a_made_up_identity(a):
    fake = Identity.new()
    lookup = Keyring.load(a.folder)._existing(ERLAN).lookup
    a.keys_json(lambda d: d.setdefault("retired", []).append(
        {"lookup": lookup, "sign": base64.b64encode(fake.public().sign).decode(),
         "cert": base64.b64encode(os.urandom(32)).decode()}))
    return a.append(ERLAN, fake)


def signature_copied_from_another_entry(a):
    a.conn.execute("UPDATE audit_entry SET detail = 'x' WHERE seq = 3")
    a.rehash_from(3)
    signer, signature = a.conn.execute("SELECT signer, signature FROM audit_entry WHERE "
                                       "seq = 2").fetchone()
    a.conn.execute("UPDATE audit_entry SET signer = ?, signature = ? WHERE seq = 3",
                   (signer, signature))
    return 3


def triggers_left_dropped(a):
    a.keep_triggers_dropped = True
    return None


def whole_trail_deleted(a):
    a.conn.execute("DELETE FROM audit_entry")
    a.conn.execute("UPDATE sqlite_sequence SET seq = 0 WHERE name = 'audit_entry'")
    return 1


CASES = [
    detail_changed,
    detail_changed_and_its_hash_recomputed,
    detail_changed_and_every_later_hash_recomputed,
    detail_changed_rehashed_and_resigned_with_own_key,
    actor_changed_to_the_counsellor_and_resigned,
    time_changed_and_rehashed,
    middle_entry_deleted,
    middle_entry_deleted_renumbered_and_rehashed,
    two_entries_swapped_and_rehashed,
    last_entry_deleted,
    tail_deleted_and_sequence_lowered,
    tail_deleted_and_the_plain_anchor_moved,
    tail_deleted_and_both_anchors_removed,
    tail_deleted_and_the_sealed_anchor_moved,
    forged_psychologist_entry_appended_unsigned,
    forged_psychologist_entry_appended_signed_with_own_key,
    forged_entry_for_another_counsellor_with_a_made_up_identity,
    signature_copied_from_another_entry,
    triggers_left_dropped,
    whole_trail_deleted,
]


def test_the_untouched_journal_verifies(journal):
    result = psychologist_verifies(journal)
    assert result.ok, result.reason


@pytest.mark.parametrize("case", CASES, ids=[c.__name__ for c in CASES])
def test_every_tamper_case_is_detected_and_named(journal, case):
    attacker = Attacker(journal)
    attacker.keep_triggers_dropped = False
    expected = case(attacker)
    attacker.done(keep_triggers_dropped=attacker.keep_triggers_dropped)
    result = psychologist_verifies(journal)
    assert not result.ok, case.__name__
    assert result.first_broken_seq == expected, result.reason
    assert result.reason
