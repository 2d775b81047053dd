"""Changing every key of the journal (a psychologist's Settings → Accounts → "Change all
keys…", or `senim keys rotate`): after an account was stopped whose holder may have copied a
key, or when a key may have been seen.

The steps, each one safe to be cut off by a crash or a kill:
1. begin: the new journal, notes and summaries keys are sealed to every identity beside the
   present ones, in keys.json (one atomic write). Cut here: the journal still opens with the
   old key, and the next sign-in forgets the new keys (abandon).
2. rekey: SQLCipher rewrites every page with the new journal key in one transaction. Cut
   before it commits: as step 1. After: the old key opens nothing, the new one everything.
3. reseal: the notes and psychologists' drafts are sealed again with the new notes key, in one
   transaction, and the head teacher's published counts with the new summaries key; what is
   already resealed is left as it is, so the step can run again.
4. finish: keys.json keeps only the new keys (one atomic write).
A sign-in that finds the change unfinished takes it from where it stopped (resume): any
account can open the journal with the key that opens it; a psychologist, holding both notes
keys, reseals and finishes.

Qt-free; the caller holds the instance lock and has closed the journal's connections.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from .config import DB_FILE
from .security import Keyring, KeySet
from .security.notes import NotesCipher, NotesUnreadable, is_sealed
from .services import published


def rotate_keys(data_dir: Path, keys: KeySet,
                step: Callable[[str], None] = lambda _name: None) -> KeySet:
    """Change every key; returns the new keys (with the account's identity) to open the
    journal with. `keys`: the signed-in psychologist's. `step` is called after each step
    (the crash tests stop there)."""
    keyring = Keyring.load(data_dir)
    new = keyring.begin_rotation(keys)
    step("begun")
    rekey(Path(data_dir) / DB_FILE, keys.journal, new.journal)
    step("rekeyed")
    reseal(Path(data_dir) / DB_FILE, new.journal, keys.notes, new.notes)
    reseal_published(data_dir, keys.summaries, new.summaries)
    step("resealed")
    keyring.finish_rotation(keys.notes, new.notes)
    new.identity, keys.identity = keys.identity, None
    keys.wipe()
    return new


def resume(data_dir: Path, keyring: Keyring, keys: KeySet) -> KeySet:
    """At sign-in, with the keys an account unwrapped: if a change of keys was cut off,
    take it on from where it stopped; returns the keys that open the journal now."""
    if not keyring.rotation_pending:
        return keys
    path = Path(data_dir) / DB_FILE
    if keys.journal is not None and opens(path, keys.journal):
        keyring.abandon_rotation()  # never rekeyed: nothing else was changed
        keys.pending = None
        return keys
    pending = keys.pending
    if pending is None or pending.journal is None or not opens(path, pending.journal):
        return keys  # nothing this account holds opens it: said as a wrong key later
    if keys.notes is not None and pending.notes is not None:
        reseal(path, pending.journal, keys.notes, pending.notes)
        reseal_published(data_dir, keys.summaries, pending.summaries)
        keyring.finish_rotation(keys.notes, pending.notes)
    pending.identity, keys.identity = keys.identity, None
    keys.pending = None
    keys.wipe()
    return pending


def reseal_published(data_dir: Path, old: bytes, new: bytes) -> None:
    """The head teacher's published counts, sealed again with the new summaries key (left
    as they are when already resealed, or when there are none)."""
    published.reseal(data_dir, old, new)


def opens(path: Path, key: bytes) -> bool:
    try:
        conn = sqlcipher3.connect(str(path))
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            conn.close()
    except sqlcipher3.DatabaseError:
        return False


def rekey(path: Path, old: bytes, new: bytes) -> None:
    """Every page rewritten with the new key, in one transaction (SQLCipher's rekey), then
    the WAL folded into the file."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{old.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def reseal(path: Path, journal: bytes, old_notes: bytes, new_notes: bytes) -> int:
    """Notes and drafts sealed with the old notes key, sealed with the new one (one
    transaction; values that already open with the new key are left). Returns how many."""
    old, new = NotesCipher(old_notes), NotesCipher(new_notes)
    conn = sqlcipher3.connect(str(path))
    changed = 0
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{journal.hex()}'\"")
        conn.execute("BEGIN IMMEDIATE")
        for table, column in (("counselling_session", "notes"), ("draft", "fields")):
            rows = conn.execute(f"SELECT id, {column} FROM {table} WHERE {column} LIKE "
                                f"'senim-sealed:%'").fetchall()
            for row_id, value in rows:
                if not is_sealed(value):
                    continue
                try:
                    new.open(value)
                    continue  # already resealed (a step run again)
                except NotesUnreadable:
                    text = old.open(value)
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?",
                             (new.seal(text), row_id))
                changed += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK") if conn.in_transaction else None
        raise
    finally:
        conn.close()
    return changed
