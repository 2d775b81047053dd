"""Opening the journal: first-run set-up and signing in.

The data folder holds senim.db (SQLCipher, keyed with the journal key) and keys.json (the
keyring: each account's identity wrapped with its password, and the keys of its role sealed
to it; desktop/security). Signing in unwraps the account's keys: the role is what they make.
With the journal key it opens the database; a head teacher, holding only the summaries key,
gets the published counts instead (services/published.py). Qt-free: the app, the command
line and the tests all come through here.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlcipher3
from sqlalchemy import text
from sqlmodel import select

from .backups import newest_backup_head
from .config import DB_FILE
from .db import JournalDamaged, open_database
from .faults import (  # the exceptions live with the faults they are named as
    EMPTY, KEYRING_MISSING, MISSING, JournalMissing, KeyringMissing, files_fault,
)
from .key_rotation import resume, rotate_keys as rotate
from .models import Account
from .models.account import AccountInput
from .models.audit import KEY_ROTATION, RECOVERY, SIGN_IN, SIGN_OUT
from .models.enums import StaffRole
from .models.rules import check_account, check_school
from .models.school import SchoolInput
from .models.text import user_key
from .security import BadCredentials, Keyring, UnknownAccount, lower_role
from .security.notes import PREFIX
from .services import Context, Services
from .services.audit import AuditService, anchor_head as anchor_audit_head, append_entries
from .services.published import PublishedServices

# The README's demo account: `senim demo` creates it on a new data folder unless
# SENIM_USER / SENIM_PASSWORD say otherwise.
DEMO_USER, DEMO_PASSWORD = "demo", "senim-demo"
_PLAIN_HEADER = b"SQLite format 3\x00"


def is_set_up(data_dir: Path) -> bool:
    return Keyring.exists(data_dir)


def check_journal_files(data_dir: Path) -> None:
    """Before a password is tried or anything created: the journal and its keyring are both
    there. JournalMissing: keys.json without senim.db (or with an empty one); KeyringMissing:
    an encrypted senim.db without keys.json. A folder with neither is simply new."""
    found = files_fault(data_dir)
    if found in (MISSING, EMPTY):
        raise JournalMissing(empty=found == EMPTY)
    if found == KEYRING_MISSING:
        raise KeyringMissing()


def set_up(data_dir: Path, account: AccountInput, school: SchoolInput | None = None,
           params=None):
    """First run: the keyring, the encrypted database (an earlier plain one is encrypted
    in place), the school profile and the first account, a psychologist.

    Returns (services, recovery_key). The recovery key is shown once and never stored.
    Nothing is left half-made: if any step fails, the new keyring goes, a database made with
    its key goes, and an earlier plain database is put back as it was.
    """
    account.role = StaffRole.PSYCHOLOGIST.value
    checker = check_account(account)
    if school is not None:
        checker.errors += check_school(school).errors
    checker.raise_if_any()

    if (data_dir / DB_FILE).exists() and not is_plain_database(data_dir / DB_FILE):
        raise KeyringMissing()
    data_dir.mkdir(parents=True, exist_ok=True)
    keyring, keys, recovery = Keyring.create(data_dir, account.user_name, account.password,
                                             params=params)
    db = None
    db_path = data_dir / DB_FILE
    fresh = not db_path.exists()
    plain_copy = None
    try:
        if is_plain_database(db_path):
            plain_copy = encrypt_in_place(db_path, keys.journal, keep_copy=True)
        db = open_database(db_path, keys.journal, create=True, keys=keys)
        _watch_backups(db, data_dir)
        seal_plain_notes(db)  # an earlier plain database's notes
        db.actor = user_key(account.user_name)  # the audit trail's actor from here on
        services = Services.build(db, Context(actor=db.actor,
                                              role=StaffRole.PSYCHOLOGIST.value))
        created = services.accounts.create(account)  # the hook records the "create"
        _audit(services).record(SIGN_IN, "account", created.id)
        if school is not None:
            services.school.save(school)
        anchor_audit_head(db)
    except BaseException:
        if db is not None:
            db.dispose()
        Keyring.path(data_dir).unlink(missing_ok=True)
        if plain_copy is not None or fresh:
            # Without its keyring this database could never be opened again.
            _remove_database(db_path)
            if plain_copy is not None:
                os.replace(plain_copy, db_path)
        raise
    if plain_copy is not None:
        plain_copy.unlink()  # the safety net until the journal was whole
    return services, recovery


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def sign_in(data_dir: Path, user: str, password: str):
    """The services for this account, or BadCredentials / TooSoon from the keyring;
    JournalMissing / KeyringMissing (before the password is tried) when one of the two
    files is not there.

    The role is the one the account's keys make (desktop/security/grants.py), lowered by the
    journal's record if that says less: editing the record can never raise it. An account
    still in the keyring format of earlier versions is brought to the new one here
    (Keyring.upgrade_legacy); when that makes the role keys, `services.new_recovery_key`
    holds the new recovery key to show once (else None)."""
    check_journal_files(data_dir)  # never a new, empty journal beside a keyring
    keyring = Keyring.load(data_dir)
    keys = resume(data_dir, keyring, keyring.open(user, password))  # a change of keys cut off
    if keys.journal is None:
        if keys.role == "head":  # the published summaries, never the journal
            return _published(data_dir, keys, user)
        keys.wipe()  # a stopped account: its grants were taken back
        raise BadCredentials()
    db = open_database(data_dir / DB_FILE, keys.journal, create=False, keys=keys)
    _watch_backups(db, data_dir)
    services = Services.build(db, Context())
    try:
        account = services.accounts.by_user_name(user)
        if account is None or not account.active:
            raise BadCredentials()
        recovery = None
        if keys.legacy:
            keys, recovery = keyring.upgrade_legacy(user, password, keys, account.role)
            db.keys = keys
            db.set_notes_key(keys.notes)
            if recovery is not None:
                _revoke_legacy_heads(keyring, services)
            if not keys.names:
                raise AwaitingKeys()
        if keys.notes is not None:
            seal_plain_notes(db)
        role = lower_role(keys.role, account.role)
        if role is None:
            raise BadCredentials()
        services.ctx.actor, services.ctx.role = account.user_name, role
        services.new_recovery_key = recovery
        db.actor = account.user_name
        _audit(services).record(SIGN_IN, "account", account.id)
    except BaseException:
        db.dispose()
        db.wipe_key()
        raise
    anchor_audit_head(db)
    return services


def rotate_keys(data_dir: Path, keys, actor: str) -> None:
    """Change every key of the journal (desktop/key_rotation.py) with a psychologist's keys
    (a copy: they are wiped here), the journal closed; the change is recorded in the audit
    trail, signed with the psychologist's identity and anchored. Everyone signs in again."""
    new = rotate(data_dir, keys)
    db = open_database(data_dir / DB_FILE, new.journal, create=False, keys=new)
    try:
        db.actor = user_key(actor)
        with db.session() as s:
            append_entries(s, [(KEY_ROTATION, "keyring", "", "")])
        anchor_audit_head(db)
    finally:
        db.dispose()
        db.wipe_key()


def _watch_backups(db, data_dir: Path) -> None:
    """The audit trail's check also holds the trail to the newest verified backup."""
    db.backup_head = lambda: newest_backup_head(data_dir)


class AwaitingKeys(Exception):
    """An account from before keys per role signed in for the first time since: its keys
    must be given by a psychologist (Settings → Accounts → Give its role's keys)."""


def _published(data_dir: Path, keys, user: str):
    """A head teacher's sign-in: the summaries published for them (services/published.py),
    or NothingPublished when there are none yet."""
    try:
        return PublishedServices.open(data_dir, keys, Context(actor=user_key(user), role="head"))
    except BaseException:
        keys.wipe()
        raise


def _revoke_legacy_heads(keyring, services) -> None:
    """At the first psychologist's sign-in after the update: head teachers' wraps of earlier
    versions held the journal key itself; they go (a psychologist sets a new password)."""
    with services.db.session() as s:
        heads = s.exec(select(Account.user_name).where(Account.role == "head")).all()
    for name in heads:
        if keyring.is_legacy(name):
            keyring.revoke(name)


# The sessions whose notes are not sealed: written out with the prefix as text, the words of
# ix_session_plain_notes (migration 0023), so that SQLite reads that index (nearly always
# empty) and not every session (a bound parameter would not match the index's condition).
PLAIN_NOTES = (f"SELECT id, notes FROM counselling_session WHERE notes != '' AND "
               f"substr(notes, 1, {len(PREFIX)}) != '{PREFIX}'")


def seal_plain_notes(db) -> int:
    """Seal confidential notes still in plain text (written by an earlier version, or brought
    back by restoring an old backup) with the notes key; returns how many. Raw SQL: the values
    are read as stored, not through the sealing column type (models/sealed.py)."""
    if db.notes_cipher is None:
        return 0
    sealed = 0
    with db.session() as s:
        rows = s.execute(text(PLAIN_NOTES)).all()
        for row_id, notes in rows:
            s.execute(text("UPDATE counselling_session SET notes = :notes WHERE id = :id"),
                      {"notes": db.notes_cipher.seal(notes), "id": row_id})
            sealed += 1
    return sealed


def sign_out(services) -> None:
    """Record the sign-out in the audit trail and close the database (closed even when
    the entry cannot be written; that error is raised). A head teacher's published
    summaries have no journal: their keys are wiped."""
    if getattr(services, "published", False):
        services.close()
        return
    try:
        _audit(services).record(SIGN_OUT, "account", _account_id(services))
        anchor_audit_head(services.db)
    finally:
        services.db.dispose()  # SQLCipher's copies of the key go with the connections
        services.db.wipe_key()  # ours is overwritten (db.py says what remains)


def recover(data_dir: Path, recovery_key: str, user: str, new_password: str) -> None:
    """A new password set with the recovery key, recorded in the audit trail (the account's
    id, as the account's own act; never the key or the password) in the same transaction as
    the keyring's rewrite: both or neither. BadCredentials for a wrong key, UnknownAccount
    for an unknown user. With no journal in the folder (only the keyring, e.g. before a
    restore) or a damaged one there is no trail to write to: the keyring alone is changed."""
    keyring = Keyring.load(data_dir)
    keys = keyring.open_recovery(recovery_key)
    if not keyring.has_account(user):
        raise UnknownAccount("no such account")
    try:
        check_journal_files(data_dir)
        # With the recovery key's keys: its identity signs the entry.
        db = open_database(data_dir / DB_FILE, keys.journal, create=False, keys=keys)
    except (JournalMissing, JournalDamaged, FileNotFoundError):
        # No trail to write to (a missing or damaged journal, to be restored next): the
        # password alone, so the backup can be opened.
        keyring.reset_password(user, new_password, keys, reset_failures=True)
        return
    try:
        db.actor = user_key(user)
        with db.session() as s:
            found = s.exec(select(Account.id).where(Account.user_name == db.actor)).first()
            append_entries(s, [(RECOVERY, "account", str(found or ""), "")])
            keyring.reset_password(user, new_password, keys, reset_failures=True)
        anchor_audit_head(db)
    finally:
        db.dispose()
        db.wipe_key()


def _audit(services):
    found = getattr(services, "audit", None)
    return found if found is not None else AuditService(services.db, services.ctx)


def _account_id(services) -> str:
    account = services.accounts.by_user_name(services.ctx.actor)
    return str(account.id) if account is not None else ""


# --- a database from a version before encryption -----------------------------------------


def is_plain_database(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == _PLAIN_HEADER
    except FileNotFoundError:
        return False


def _row_counts(conn, schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def _check(conn, expected: dict[str, int], what: str) -> None:
    if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise RuntimeError(f"{what}: integrity check failed")
    if _row_counts(conn) != expected:
        raise RuntimeError(f"{what}: row counts differ from the original")


def encrypt_in_place(path: Path, key: bytes, keep_copy: bool = False) -> Path | None:
    """Encrypt a plain database from an earlier version, after a verified copy.

    1. a copy through SQLite's backup API (never a file copy of a live database), checked;
    2. an encrypted export of the copy (sqlcipher_export), checked against the same counts;
    3. the encrypted file replaces the original, and the plain copy is deleted (or, with
       keep_copy, returned for the caller to delete once everything else has worked).
    If anything fails before step 3 the original is untouched.
    """
    copy = path.with_name(path.name + ".plain-copy")
    encrypted = path.with_name(path.name + ".encrypting")
    for leftover in (copy, encrypted):
        leftover.unlink(missing_ok=True)

    src = sqlite3.connect(path)
    try:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = _row_counts(src)
        version = src.execute("PRAGMA user_version").fetchone()[0]
        dst = sqlite3.connect(copy)
        src.backup(dst)
        _check(dst, expected, "the copy")
        dst.close()
    finally:
        src.close()

    conn = sqlcipher3.connect(str(copy))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(encrypted),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.commit()
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    check = sqlcipher3.connect(str(encrypted))
    try:
        check.execute("PRAGMA cipher_log_level = NONE")
        check.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        _check(check, expected, "the encrypted database")
    finally:
        check.close()

    os.replace(encrypted, path)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    if keep_copy:
        return copy
    copy.unlink()
    return None
