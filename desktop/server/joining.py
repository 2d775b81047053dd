"""`senim join`: an empty data folder becomes a replica of the school's journal, holding exactly
what the signing-in account may see.

The account logs in with the secret derived from its password (connection.py), downloads the
school's keyring and opens it with its password, as it would sign in: its keys make its role.
A psychologist's or a counsellor's laptop gets a new journal, encrypted with the journal key,
and every record the server lets it read (a counsellor's without the confidential notes,
which PostgreSQL does not let its login select). A head teacher's laptop gets no journal at all:
the counts published for it (summaries.senim), nothing with a name.

Nothing half-made stays: if joining fails, the data folder is emptied again.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..config import DB_FILE
from ..db import open_database
from ..security import Keyring
from . import replica, schema
from .connection import (
    NotSenim, ServerFault, connect, login_role, login_secret, parse_url, public_url,
)
from .head_laptop import HeadLaptop, _now, take_published
from .records import clear_all
from .team_accounts import server_entries
from .sync import Login, Outcome, pull


# What a new data folder may already hold: the log, and the lock the command holds.
_KEPT = ("logs", "senim.lock")


class FolderNotEmpty(ServerFault):
    code = "folder-not-empty"


@dataclass
class Joined:
    role: str
    records: int
    school_id: str


def join(url: str, data_dir: Path, user: str, password: str) -> Joined:
    data_dir = Path(data_dir)
    if data_dir.exists() and any(p.name not in _KEPT for p in data_dir.iterdir()):
        raise FolderNotEmpty(f"{data_dir} is not empty: a laptop joins the school's journal "
                             "into a new, empty data folder")
    dbname = parse_url(url)["dbname"]
    name, secret = login_role(dbname, user), login_secret(dbname, user, password)
    conn = connect(url, name, secret)
    made = not data_dir.exists()
    db = keys = None
    try:
        school_id = schema.check(conn)
        row = conn.execute("SELECT body FROM senim.keyring").fetchone()
        if row is None:
            raise NotSenim("the school server holds no keyring: it was not set up by Senim")
        data_dir.mkdir(parents=True, exist_ok=True)
        keyring = Keyring.adopt(data_dir, row[0].encode("utf-8"))
        keyring.take_entries(server_entries(conn))  # passwords and grants changed since
        keys = keyring.open(user, password)
        if keys.journal is None:
            laptop = HeadLaptop(public_url(url), school_id, user)
            take_published(conn, data_dir, laptop)
            laptop.last_success_at = _now()
            laptop.save(data_dir)
            return Joined(keys.role, 0, school_id)
        device_id = str(uuid.uuid4())
        conn.execute("INSERT INTO senim.device (id) VALUES (%s)", (device_id,))
        conn.commit()
        db = open_database(data_dir / DB_FILE, keys.journal, keys=keys)
        with db.engine.begin() as local:
            clear_all(local)  # before the triggers: a new journal's seeded rows
            replica.begin(local, public_url(url), school_id, device_id, user)
        outcome = Outcome()
        pull(conn, db, Login(name, secret, keys.role), outcome)
        with db.engine.begin() as local:
            replica.note_attempt(local)
        return Joined(keys.role, outcome.pulled, school_id)
    except BaseException:
        if db is not None:
            db.dispose()
            db = None
        _empty(data_dir, made)
        raise
    finally:
        conn.close()
        if db is not None:
            db.dispose()
        if keys is not None:
            keys.wipe()


def _empty(data_dir: Path, made: bool) -> None:
    if made:
        shutil.rmtree(data_dir, ignore_errors=True)
        return
    for path in data_dir.iterdir():
        if path.name in _KEPT:
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
