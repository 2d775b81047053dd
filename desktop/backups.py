"""Verified, encrypted backups of the journal, their retention, and restoring one.

A backup is made by SQLCipher itself (never a file copy of the live database): a second
connection to the open journal attaches a new file keyed with the same raw data key and runs
`sqlcipher_export` inside one read transaction, so the copy and the row counts written beside
it are the same snapshot. Each backup is three files with one stem:

    senim-2026-11-21-2315.db             the encrypted copy (useless without the key)
    senim-2026-11-21-2315.keys.json      the keyring as it was (the key's wraps)
    senim-2026-11-21-2315.manifest.json  time, schema revision, row counts per table, app
                                         version, size, and the verification's state

The copy is written under a temporary name and takes its final name only once verified:
opened read-only with the key, `cipher_integrity_check`, `integrity_check`, and its row
counts compared with the manifest. The manifest holds no personal data (table names and
counts only). Qt-free: the app, the command line and the tests all come through here.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from . import __version__
from .config import DB_FILE, KEYRING_FILE, RESTORE_JOURNAL_FILE
from .file_modes import private_dir, private_file
from .migrations import HEAD
from .models.text import user_key
from .security import Keyring, KeyringDamaged
from .services.audit import AuditService, anchor_head
from .services.context import Context
from .services.errors import STORAGE_DAMAGED, storage_problem
from .settings import Settings

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
PREFIX = "senim-"
STAMP = "%Y-%m-%d-%H%M"
DB_SUFFIX, KEYS_SUFFIX, MANIFEST_SUFFIX = ".db", ".keys.json", ".manifest.json"
_NAME = re.compile(r"^senim-(\d{4}-\d{2}-\d{2}-\d{4})(?:-(\d+))?\.manifest\.json$")
VERIFIED, FAILED, UNVERIFIED = "verified", "failed", "unverified"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_TMP = ".partial"


class BackupError(Exception):
    """A backup or a restore could not be made; the message is plain and has no personal data."""


@dataclass
class BackupInfo:
    path: Path  # the .db file (it may be gone when the backup failed)
    taken_at: datetime
    size: int = 0
    state: str = UNVERIFIED
    reason: str = ""
    schema: str | None = None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        return self.path.name[: -len(DB_SUFFIX)]

    @property
    def keys_path(self) -> Path:
        return self.path.with_name(self.stem + KEYS_SUFFIX)

    @property
    def manifest_path(self) -> Path:
        return self.path.with_name(self.stem + MANIFEST_SUFFIX)

    @property
    def verified(self) -> bool:
        return self.state == VERIFIED


@dataclass
class VerifyResult:
    ok: bool
    reason: str = ""


@dataclass
class BackupSummary:
    """What a backup holds, for the preview before a restore."""

    taken_at: datetime
    schema: str | None
    counts: dict[str, int]


# --- connections -------------------------------------------------------------------------------


def _sql_key(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the data key is 32 bytes")
    return f"\"x'{key.hex()}'\""


def _connect(path: Path, key: bytes, read_only: bool = False):
    if read_only:
        conn = sqlcipher3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                                  isolation_level=None)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_sql_key(key)}")
    conn.execute("PRAGMA temp_store=MEMORY")  # no plain temporary file
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def _row_counts(conn, schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0]
            for n in names}


# Not compared when deciding whether the journal changed since a backup: signing in and out
# adds audit entries, and drafts are not records.
_NOT_DATA = frozenset({"audit_entry", "draft"})
_SMALL = 2000  # a table without updated_at and fewer rows than this is compared whole


def _fingerprint(conn, counts: dict[str, int]) -> dict[str, str]:
    """What changes when a record does: each table's latest updated_at, or, for a small
    table without one (holidays, settings, quarters), a hash of its rows. Large link tables
    (a session's pupils) change with their record, whose updated_at is stamped."""
    out = {}
    for name, count in counts.items():
        if name in _NOT_DATA:
            continue
        columns = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{name}")')]
        if "updated_at" in columns:
            latest = conn.execute(f'SELECT max(updated_at) FROM main."{name}"').fetchone()[0]
            out[name] = f"{count}:{latest}"
        elif count < _SMALL:
            digest = hashlib.sha256()
            for row in conn.execute(f'SELECT * FROM main."{name}" ORDER BY 1'):
                digest.update(repr(row).encode())
            out[name] = f"{count}:{digest.hexdigest()}"
        else:
            out[name] = str(count)
    return out


def unchanged_since_newest(db, folder: Path) -> bool:
    """True when the newest verified backup in `folder` holds the journal as it is now
    (no record added, changed or deleted since): the exit's backup is then not needed."""
    newest = newest_verified(Path(folder))
    return newest is not None and holds_the_journal(db, newest)


def labelled_backups(folder: Path, label: str) -> list[BackupInfo]:
    """The backups in `folder` made with `label` (make_backup's), newest first; their state
    as the manifest says (a .db that is gone counts as failed)."""
    name = re.compile(r"^senim-(\d{4}-\d{2}-\d{2}-\d{4})-" + re.escape(label)
                      + r"(?:-\d+)?\.manifest\.json$")
    try:
        manifests = [p for p in Path(folder).iterdir() if name.match(p.name)]
    except OSError:
        return []
    found = []
    for manifest_path in manifests:
        stem = manifest_path.name[: -len(MANIFEST_SUFFIX)]
        data = _read_manifest(manifest_path) or {}
        info = BackupInfo(path=manifest_path.with_name(stem + DB_SUFFIX),
                          taken_at=datetime.strptime(name.match(manifest_path.name).group(1),
                                                     STAMP))
        ok = (data.get("state") == VERIFIED and info.path.exists()
              and info.keys_path.exists())
        info.state = VERIFIED if ok else FAILED
        found.append((manifest_path.stat().st_mtime, info))
    return [info for _, info in sorted(found, key=lambda x: x[0], reverse=True)]


def delete_backup(info: BackupInfo) -> None:
    """Its .db, keyring and manifest (whichever are there)."""
    _delete(info)


def holds_the_journal(db, backup: BackupInfo) -> bool:
    """True when `backup`'s manifest fingerprints the journal as it is now."""
    manifest = _read_manifest(backup.manifest_path)
    if not manifest or not isinstance(manifest.get("fingerprint"), dict):
        return False
    conn = _connect(db.path, db.key, read_only=True)
    try:
        conn.execute("BEGIN")
        try:
            return _fingerprint(conn, _row_counts(conn)) == manifest["fingerprint"]
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()


def _schema(conn, schema: str = "main") -> str | None:
    has = conn.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE type='table' "
                       "AND name='alembic_version'").fetchone()
    if not has:
        return None
    row = conn.execute(f"SELECT version_num FROM {schema}.alembic_version").fetchone()
    return row[0] if row else None


def _cipher_problems(conn) -> list[str]:
    """SQLCipher's page-by-page HMAC check: a row per damaged page (none when whole)."""
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.OperationalError:  # an SQLCipher without it
        return []


# --- making and verifying ----------------------------------------------------------------------


def backup_folder(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_FOLDER


def _free_stem(target_dir: Path, now: datetime, label: str = "") -> str:
    base = PREFIX + now.strftime(STAMP) + (f"-{label}" if label else "")
    stem, n = base, 1
    while any((target_dir / (stem + s)).exists() for s in (DB_SUFFIX, KEYS_SUFFIX,
                                                            MANIFEST_SUFFIX)):
        n += 1
        stem = f"{base}-{n}"
    return stem


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(path.name + _TMP)
    with open(tmp, "w", encoding="utf-8") as f:
        private_file(tmp)
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _fsync(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def make_backup(db, data_dir: Path, target_dir: Path, now: datetime,
                label: str = "") -> BackupInfo:
    """An encrypted, verified backup of the open journal `db` (a desktop.db.Database) into
    target_dir, with the keyring of data_dir beside it. Returns its BackupInfo (state
    verified, or failed with the reason: then no .db is left, only the manifest saying why).
    BackupError when nothing could be written at all (no key, a folder that cannot be written).
    A label ("before-0006") is added to the name; list_backups does not list labelled ones."""
    if db.key is None:
        raise BackupError("the journal is not encrypted; it is backed up after set-up")
    keyring = Path(data_dir) / KEYRING_FILE
    if not keyring.exists():
        raise BackupError("the keyring (keys.json) is missing")
    target_dir = Path(target_dir)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        if target_dir.resolve().is_relative_to(Path(data_dir).resolve()):
            # backups/ and backups/before-upgrade/ are Senim's; a second folder the user
            # chose keeps its mode (the files in it are 0600 all the same).
            for folder in (backup_folder(data_dir), target_dir):
                private_dir(folder, create=False)
        stem = _free_stem(target_dir, now, label)
    except OSError as exc:
        raise BackupError(f"the backup folder cannot be written ({exc.strerror})") from exc
    final = target_dir / (stem + DB_SUFFIX)
    tmp = target_dir / (stem + DB_SUFFIX + _TMP)
    info = BackupInfo(path=final, taken_at=now.replace(microsecond=0))
    manifest = {"format": 1, "taken_at": info.taken_at.isoformat(), "app_version": __version__,
                "database": DB_FILE}
    try:
        tmp.unlink(missing_ok=True)
        conn = _connect(db.path, db.key)
        try:
            conn.execute(f"ATTACH DATABASE ? AS backup KEY {_sql_key(db.key)}", (str(tmp),))
            try:
                conn.execute("BEGIN")  # one snapshot: the counts are those of the copy
                try:
                    counts = _row_counts(conn)
                    fingerprint = _fingerprint(conn, counts)
                    audit_head = _audit_head(conn)
                    schema = _schema(conn)
                    version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                    conn.execute("SELECT sqlcipher_export('backup')")
                    conn.execute(f"PRAGMA backup.user_version = {int(version)}")
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
            finally:
                conn.execute("DETACH DATABASE backup")
        finally:
            conn.close()
        private_file(tmp)
        _fsync(tmp)
        _anchor_keyring(db)  # before the copy: the backup's keyring carries the anchor too
        shutil.copyfile(keyring, info.keys_path)
        private_file(info.keys_path)
        _fsync(info.keys_path)
    except Exception as exc:  # noqa: BLE001 - described without personal data
        tmp.unlink(missing_ok=True)
        info.keys_path.unlink(missing_ok=True)
        raise BackupError(f"the backup could not be written ({_describe(exc)})") from exc
    info.counts, info.schema = counts, schema
    manifest.update(schema_revision=schema, counts=counts, fingerprint=fingerprint,
                    audit_head=audit_head,
                    size=tmp.stat().st_size,
                    keys_size=info.keys_path.stat().st_size, state=UNVERIFIED, reason="")
    _write_json(info.manifest_path, manifest)
    result = _verify_file(tmp, db.key, counts)
    if result.ok:
        os.replace(tmp, final)
    else:
        tmp.unlink(missing_ok=True)
    _set_state(info.manifest_path, result, now)
    info.state, info.reason = (VERIFIED, "") if result.ok else (FAILED, result.reason)
    info.size = final.stat().st_size if result.ok else 0
    return info


def _audit_head(conn) -> dict | None:
    """The audit trail's head in the backup's snapshot, for its manifest: {"seq", "hash"}
    (None for an empty trail). An anchor outside the database (desktop/services/audit.py)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                        " AND name = 'audit_entry'").fetchone():
        return None  # a journal from before the trail (a backup before an upgrade)
    row = conn.execute("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else {"seq": int(row[0]), "hash": str(row[1])}


def _anchor_keyring(db) -> None:
    anchor_head(db)  # never raises


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__


def _verify_file(path: Path, key: bytes, expected: dict[str, int] | None) -> VerifyResult:
    if not Path(path).exists():
        return VerifyResult(False, "the backup file is missing")
    try:
        conn = _connect(path, key, read_only=True)
    except sqlcipher3.Error:
        return VerifyResult(False, "the backup cannot be opened")
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            return VerifyResult(False, "the backup cannot be opened with the key")
        problems = _cipher_problems(conn)
        if problems:
            return VerifyResult(False, f"damaged: {len(problems)} pages fail their checksum")
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            return VerifyResult(False, "the integrity check failed")
        if expected is not None:
            counts = _row_counts(conn)
            if counts != expected:
                differ = sorted(set(counts) ^ set(expected)
                                | {t for t in counts if t in expected
                                   and counts[t] != expected[t]})
                return VerifyResult(False, "row counts differ from the journal's: "
                                    + ", ".join(differ[:5]))
    except sqlcipher3.DatabaseError:
        return VerifyResult(False, "the backup is damaged (it cannot be read)")
    finally:
        conn.close()
    return VerifyResult(True)


def newest_backup(data_dir: Path, second: str | Path | None = None):
    """The newest verified backup in the data folder's backups/ and the second folder (the
    one chosen in Settings → Backups when `second` is None), or None."""
    if second is None:
        try:
            second = Settings.load(data_dir).backup_dir
        except Exception:  # noqa: BLE001 - an unreadable settings file: the data folder's own
            second = None
    found = []
    for folder in backup_folders(Path(data_dir), second):
        try:
            info = newest_verified(folder)
        except OSError:
            info = None
        if info is not None:
            found.append(info)
    return max(found, key=lambda b: b.taken_at, default=None)


def newest_backup_head(data_dir: Path) -> tuple[tuple[int, str], str] | None:
    """The audit trail's head in the newest verified backup's manifest (and the backup's
    name), for the trail's check: a backup taken elsewhere is one more anchor outside the
    journal. None without a verified backup or a head in its manifest."""
    try:
        backup = newest_backup(Path(data_dir))
    except Exception:  # noqa: BLE001 - an unreadable folder: no second anchor, said nowhere
        return None
    if backup is None:
        return None
    head = (_read_manifest(backup.manifest_path) or {}).get("audit_head")
    try:
        seq, digest = int(head["seq"]), str(head["hash"])
    except (TypeError, KeyError, ValueError):
        return None
    return (seq, digest), backup.path.name


def _read_manifest(path: Path) -> dict | None:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _set_state(manifest_path: Path, result: VerifyResult, now: datetime | None = None) -> None:
    data = _read_manifest(manifest_path)
    if data is None:
        return
    data["state"] = VERIFIED if result.ok else FAILED
    data["reason"] = result.reason
    data["verified_at"] = (now or datetime.now()).replace(microsecond=0).isoformat()
    try:
        _write_json(manifest_path, data)
    except OSError as exc:
        log.warning("the backup's manifest cannot be updated: %s", _describe(exc))


def _manifest_of(path: Path) -> Path:
    name = Path(path).name
    stem = name[: -len(DB_SUFFIX)] if name.endswith(DB_SUFFIX) else name
    return Path(path).with_name(stem + MANIFEST_SUFFIX)


def verify_backup(path: Path, key: bytes) -> VerifyResult:
    """Open the backup read-only with the key, check it (SQLCipher's page checksums, SQLite's
    integrity check) and compare its row counts with its manifest. The outcome is kept in the
    manifest (verified, or failed with the reason)."""
    manifest_path = _manifest_of(path)
    manifest = _read_manifest(manifest_path)
    if manifest is None:
        return VerifyResult(False, "the backup's manifest is missing or unreadable")
    counts = manifest.get("counts")
    result = _verify_file(Path(path), key, counts if isinstance(counts, dict) else {})
    _set_state(manifest_path, result)
    return result


# --- listing and retention ---------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in a folder, newest first, as their manifests describe them."""
    folder = Path(folder)
    try:
        names = [p for p in folder.iterdir() if _NAME.match(p.name)]
    except OSError:
        return []
    found = []
    for manifest_path in names:
        m = _NAME.match(manifest_path.name)
        stem = manifest_path.name[: -len(MANIFEST_SUFFIX)]
        db_path = folder / (stem + DB_SUFFIX)
        data = _read_manifest(manifest_path) or {}
        try:
            taken = datetime.fromisoformat(str(data.get("taken_at")))
        except ValueError:
            taken = datetime.strptime(m.group(1), STAMP)
        state = data.get("state") if data.get("state") in (VERIFIED, FAILED) else UNVERIFIED
        reason = str(data.get("reason") or "")
        size = db_path.stat().st_size if db_path.exists() else 0
        if not data:
            state, reason = FAILED, "the backup's manifest is unreadable"
        elif state == VERIFIED and not db_path.exists():
            state, reason = FAILED, "the backup file is missing"
        elif state == VERIFIED and not (folder / (stem + KEYS_SUFFIX)).exists():
            state, reason = FAILED, "the keyring beside the backup is missing"
        counts = data.get("counts") if isinstance(data.get("counts"), dict) else {}
        found.append(BackupInfo(path=db_path, taken_at=taken, size=size, state=state,
                                reason=reason, schema=data.get("schema_revision"),
                                counts=counts))
    found.sort(key=lambda b: (b.taken_at, b.stem), reverse=True)
    return found


def choose_kept(times: Iterable[datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
                monthly: int = KEEP_MONTHLY) -> set[datetime]:
    """Which backups to keep: the newest of each of the `daily` most recent days that have a
    backup, of the `weekly` most recent ISO weeks and of the `monthly` most recent months."""
    ordered = sorted(set(times), reverse=True)
    kept: set[datetime] = set()
    for n, period in ((daily, lambda t: t.date()),
                      (weekly, lambda t: tuple(t.isocalendar())[:2]),
                      (monthly, lambda t: (t.year, t.month))):
        seen: list = []
        for t in ordered:
            p = period(t)
            if p in seen:
                continue
            if len(seen) == n:
                break
            seen.append(p)
            kept.add(t)
    return kept


def apply_retention(folder: Path) -> list[BackupInfo]:
    """Delete what choose_kept does not keep (the .db, its keys and its manifest together).
    Only verified backups count; a failed one stays while it is newer than every verified
    one (so the failure is seen), and goes after. Returns what is left, newest first."""
    backups = list_backups(folder)
    good = [b for b in backups if b.verified]
    keep = choose_kept(b.taken_at for b in good)
    newest_good = good[0].taken_at if good else None
    left = []
    for b in backups:
        if b.verified:
            stays = b.taken_at in keep and b is next(g for g in good if g.taken_at == b.taken_at)
        else:
            stays = newest_good is None or b.taken_at > newest_good
        if stays:
            left.append(b)
        else:
            _delete(b)
    return left


def _delete(b: BackupInfo) -> None:
    for p in (b.path, b.keys_path, b.manifest_path):
        try:
            p.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("an old backup cannot be deleted: %s", _describe(exc))


def newest_verified(folder: Path) -> BackupInfo | None:
    return next((b for b in list_backups(folder) if b.verified), None)


def backup_folders(data_dir: Path, second: str | Path | None = None) -> list[Path]:
    folders = [backup_folder(data_dir)]
    if second:
        folders.append(Path(second).expanduser())
    return folders


def back_up_everywhere(db, data_dir: Path, second: str | Path | None, now: datetime,
                       only_if_changed: bool = False
                       ) -> list[tuple[Path, BackupInfo | None, str]]:
    """A backup into the data folder's backups/ and into the second folder, each verified,
    then retention in each. One (folder, info or None, error) per folder; never raises for
    one folder's failure. `only_if_changed`: a folder whose newest verified backup already
    holds the journal as it is gets none (info None, no error)."""
    outcome = []
    for folder in backup_folders(data_dir, second):
        try:
            if only_if_changed and unchanged_since_newest(db, folder):
                outcome.append((folder, None, ""))
                continue
            info = make_backup(db, data_dir, folder, now)
            apply_retention(folder)
            outcome.append((folder, info, "" if info.verified else info.reason))
        except BackupError as exc:
            outcome.append((folder, None, str(exc)))
    return outcome


# --- restoring ---------------------------------------------------------------------------------


def backup_summary(path: Path, key: bytes) -> BackupSummary:
    """What the backup holds (row counts per table, its time), read from the backup itself."""
    manifest = _read_manifest(_manifest_of(path)) or {}
    try:
        taken = datetime.fromisoformat(str(manifest.get("taken_at")))
    except ValueError:
        taken = datetime.fromtimestamp(Path(path).stat().st_mtime).replace(microsecond=0)
    if not Path(path).exists():
        raise BackupError("the backup file is missing")
    try:
        conn = _connect(path, key, read_only=True)
        try:
            return BackupSummary(taken, _schema(conn), _row_counts(conn))
        finally:
            conn.close()
    except sqlcipher3.Error as exc:
        raise BackupError("the backup cannot be read: it is damaged or belongs to another journal") from exc


def _checkpoint(db_path: Path, key: bytes) -> None:
    if not db_path.exists():
        return
    try:
        conn = _connect(db_path, key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlcipher3.Error as exc:  # a damaged journal is still moved aside whole
        log.warning("no checkpoint before the restore: %s", type(exc).__name__)


def keys_of(path: Path) -> Path:
    """The keyring kept beside a backup's .db (senim-….keys.json)."""
    manifest = _manifest_of(Path(path))
    return manifest.with_name(manifest.name[: -len(MANIFEST_SUFFIX)] + KEYS_SUFFIX)


class BackupKeyringMissing(BackupError):
    """The keyring kept beside the backup (senim-….keys.json) is not there."""


class NotAPsychologist(BackupError):
    """The account is not an active psychologist's in the backup."""


def unlock_with_backup_keyring(path: Path, data_dir: Path, user: str, password: str) -> bytes:
    """The backup's key, from the keyring kept beside it, for a data folder without keys.json
    (a new laptop): `user` and `password` must be valid in that keyring (as they were when
    the backup was taken) and name an active psychologist in the backup. Failed attempts count
    in `data_dir`'s sign-in back-off (made if need be); nothing else is written.
    BadCredentials, TooSoon (desktop/security), BackupKeyringMissing, NotAPsychologist, or
    BackupError (the keyring or the backup cannot be read)."""
    keys = keys_of(path)
    if not keys.is_file():
        raise BackupKeyringMissing(f"the keyring beside the backup ({keys.name}) is missing")
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    try:
        keyring = Keyring.load_copy(keys, data_dir)
    except KeyringDamaged as exc:
        raise BackupError(f"the keyring beside the backup ({keys.name}) is damaged") from exc
    key = keyring.unlock(user, password)
    if role_in_backup(path, key, user) != "psychologist":
        raise NotAPsychologist("only a psychologist's account may restore a backup")
    return key


def role_in_backup(path: Path, key: bytes, user: str) -> str | None:
    """The role of `user`'s active account in the backup, or None."""
    try:
        conn = _connect(path, key, read_only=True)
        try:
            row = conn.execute("SELECT role, active FROM account WHERE user_name = ? AND "
                               "deleted_at IS NULL", (user_key(user),)).fetchone()
        finally:
            conn.close()
    except sqlcipher3.Error as exc:
        raise BackupError("the backup cannot be read: it is damaged or does not belong to "
                          "its keyring") from exc
    return row[0] if row is not None and row[1] else None


def restore_backup(path: Path, data_dir: Path, key: bytes,
                   now: datetime | None = None) -> Path | None:
    """Put a backup in place of the journal. The database must be closed (the caller signs
    out first). The backup is verified first; the current senim.db (with -wal and -shm,
    after a checkpoint) and keys.json move to <data_dir>/before-restore-<time>/, so the
    restore can be undone; the backup's files are copied in and the result checked. On any
    failure the old files are put back. Returns the folder holding the previous journal (None
    when there was none: an empty data folder).

    The steps are journalled in restore-journal.json (written before the first move): a
    restore killed at any point is rolled back at the next start, or finished once its result
    was checked (finish_interrupted_restore, called under senim.lock by the app and the
    commands)."""
    path, data_dir = Path(path), Path(data_dir)
    now = (now or datetime.now()).replace(microsecond=0)
    keys = keys_of(path)
    if not keys.exists():
        raise BackupError("the keyring beside the backup is missing")
    checked = verify_backup(path, key)
    if not checked.ok:
        raise BackupError(f"the backup is not sound: {checked.reason}")
    expected = (_read_manifest(_manifest_of(path)) or {}).get("counts")

    live = data_dir / DB_FILE
    names = [DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", KEYRING_FILE]
    aside = data_dir / f"before-restore-{now:%Y-%m-%d-%H%M%S}"
    n = 1
    while aside.exists():
        n += 1
        aside = data_dir / f"before-restore-{now:%Y-%m-%d-%H%M%S}-{n}"
    _checkpoint(live, key)
    aside.mkdir(parents=True)
    private_dir(aside, create=False)
    existing = [name for name in names if (data_dir / name).exists()]
    # Written before the first move: a restore killed at any point is rolled back (or, once
    # checked, finished) at the next start (finish_interrupted_restore).
    _write_json(data_dir / RESTORE_JOURNAL, {"aside": aside.name, "existing": existing,
                                             "done": False})
    incoming = data_dir / (DB_FILE + ".restoring")
    try:
        _restore_step("journal written")
        for name in existing:
            os.replace(data_dir / name, aside / name)
            _restore_step(f"moved {name}")
        shutil.copyfile(path, incoming)
        private_file(incoming)
        _fsync(incoming)
        _restore_step("copied")
        os.replace(incoming, live)
        _restore_step("placed the journal")
        shutil.copyfile(keys, data_dir / KEYRING_FILE)
        private_file(data_dir / KEYRING_FILE)
        _restore_step("placed the keyring")
        result = _verify_file(live, key, expected)
        if not result.ok:
            raise BackupError(f"the restored journal failed its check: {result.reason}")
        _restore_step("checked")
    except BaseException:
        _roll_back(data_dir, aside, existing)
        raise
    _write_json(data_dir / RESTORE_JOURNAL, {"aside": aside.name, "existing": existing,
                                             "done": True})
    _restore_step("done")
    return _finish(data_dir, aside)


RESTORE_JOURNAL = RESTORE_JOURNAL_FILE
_RESTORED_NAMES = (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", KEYRING_FILE)


def _restore_step(name: str) -> None:
    """Between the restore's steps (the crash tests stop the process here)."""


def _roll_back(data_dir: Path, aside: Path, existing: list[str]) -> None:
    """Put the journal back as it was before the restore began: what the restore placed goes,
    what it moved aside comes back (a name not moved yet is still in place), the journal of
    the restore last."""
    (data_dir / (DB_FILE + ".restoring")).unlink(missing_ok=True)
    for name in _RESTORED_NAMES:
        if name in existing and (aside / name).exists():
            os.replace(aside / name, data_dir / name)
        elif name not in existing:
            (data_dir / name).unlink(missing_ok=True)
    if aside.is_dir() and not any(aside.iterdir()):
        aside.rmdir()
    (data_dir / RESTORE_JOURNAL).unlink(missing_ok=True)


def _finish(data_dir: Path, aside: Path) -> Path | None:
    """The restore is checked: its journal goes; an empty aside folder (a new laptop's: there
    was nothing to keep) too. The folder holding the previous journal, or None."""
    kept = aside.is_dir() and any(aside.iterdir())
    if aside.is_dir() and not kept:
        aside.rmdir()
    (data_dir / RESTORE_JOURNAL).unlink(missing_ok=True)
    return aside if kept else None


def finish_interrupted_restore(data_dir: Path) -> str | None:
    """At a start, holding senim.lock: a restore that was killed (its journal is still there)
    is finished when its result was checked, else rolled back, so the folder holds either the
    journal as it was or the restored one, never a mix. "finished", "rolled back", or None
    (there was none)."""
    data_dir = Path(data_dir)
    journal = data_dir / RESTORE_JOURNAL
    if not journal.exists():
        return None
    data = _read_manifest(journal) or {}
    aside_name = str(data.get("aside") or "")
    existing = [n for n in data.get("existing") or [] if n in _RESTORED_NAMES]
    if not re.fullmatch(r"before-restore-[0-9-]+", aside_name):
        # Unreadable (killed while it was first written: nothing had moved yet).
        (data_dir / (DB_FILE + ".restoring")).unlink(missing_ok=True)
        journal.unlink(missing_ok=True)
        return "rolled back"
    aside = data_dir / aside_name
    if data.get("done") is True:
        _finish(data_dir, aside)
        log.warning("a restore stopped after its check was finished at this start")
        return "finished"
    _roll_back(data_dir, aside, existing)
    log.warning("a restore stopped midway was rolled back at this start")
    return "rolled back"


# --- the full check ----------------------------------------------------------------------------


def check_database(db) -> tuple[bool, str]:
    """The full check of an open journal: SQLCipher's page checksums, SQLite's integrity and
    foreign-key checks, the audit trail's chain, and the schema at HEAD. (ok, one-line verdict)."""
    try:
        with db.engine.connect() as conn:
            problems = [str(r[0]) for r in conn.execute(text("PRAGMA cipher_integrity_check"))] \
                if db.encrypted else []
            if problems:
                return False, f"damaged: {len(problems)} pages fail their checksum"
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            if rows != ["ok"]:
                return False, f"the integrity check failed ({len(rows)} problems)"
            broken = conn.execute(text("PRAGMA foreign_key_check")).all()
            if broken:
                tables = sorted({r[0] for r in broken})
                return False, (f"{len(broken)} records point to records that do not exist "
                               f"(in {', '.join(tables)})")
            revision = db.schema_revision()
    except SQLAlchemyError as exc:
        if storage_problem(exc) not in (None, STORAGE_DAMAGED):
            raise  # a full disk or a locked file is not damage (desktop/faults.py names it)
        return False, f"the database cannot be read ({type(exc).__name__})"
    if revision != HEAD:
        return False, f"the schema is at revision {revision}, not {HEAD}"
    audit = AuditService(db, Context(actor="", role="psychologist")).verify()
    if not audit.ok:
        where = f" at entry #{audit.first_broken_seq}" if audit.first_broken_seq else ""
        return False, f"the audit trail is broken{where}: {audit.reason}"
    return True, f"healthy: integrity, foreign keys, audit trail ({audit.checked} entries) " \
                 f"and schema ({HEAD}) checked"


def last_backup_time(data_dir: Path) -> datetime | None:
    newest = newest_verified(backup_folder(data_dir))
    return newest.taken_at if newest else None


def is_due(data_dir: Path, now: datetime, days: int = 1) -> bool:
    """True when the data folder has no verified backup from the last `days` days."""
    last = last_backup_time(data_dir)
    return last is None or (now - last).total_seconds() >= days * 86400


# --- the app's automatic backups ---------------------------------------------------------------

STATUS_FILE = "last-backup.json"


def safe_backup(db, data_dir: Path, second: str | Path | None, now: datetime,
                only_if_changed: bool = False) -> bool:
    """The app's backup on exit and at sign-in: never raises (closing must not be blocked);
    a failure is logged without personal data and kept in backups/last-backup.json, to be
    shown next time. True when every backup was made and verified (or not needed)."""
    try:
        outcome = back_up_everywhere(db, data_dir, second, now, only_if_changed)
        problems = [f"{folder}: {problem}" for folder, _info, problem in outcome if problem]
    except Exception as exc:  # noqa: BLE001 - never in the way of closing the journal
        problems = [f"unexpected {type(exc).__name__}"]
    for problem in problems:
        log.error("backup failed: %s", problem)
    try:
        folder = backup_folder(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        _write_json(folder / STATUS_FILE, {"at": now.replace(microsecond=0).isoformat(),
                                           "ok": not problems, "problems": problems})
    except OSError as exc:
        log.error("the backup's status cannot be written: %s", _describe(exc))
    return not problems


def last_outcome(data_dir: Path) -> tuple[datetime, bool, list[str]] | None:
    """When the app last backed up, whether it worked, and what went wrong."""
    data = _read_manifest(backup_folder(data_dir) / STATUS_FILE)
    if data is None:
        return None
    try:
        at = datetime.fromisoformat(str(data.get("at")))
    except ValueError:
        return None
    problems = data.get("problems") if isinstance(data.get("problems"), list) else []
    return at, bool(data.get("ok")), [str(p) for p in problems]
