"""A head teacher's laptop on the school server: no journal, only the counts published for
them (services/published.py's summaries.senim, sealed with the summaries key) and a small file
saying which server they come from and when sync last worked (config.HEAD_LAPTOP_FILE)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..config import HEAD_LAPTOP_FILE
from ..file_modes import write_private
from ..services.published import FILE_NAME
from . import schema
from .connection import connect, lost_connection, still_an_account


@dataclass
class HeadLaptop:
    server_url: str
    school_id: str
    user_name: str
    published_seq: int = 0
    last_success_at: str | None = None
    offline_since: str | None = None
    last_error: str = ""

    @classmethod
    def load(cls, data_dir: Path) -> "HeadLaptop | None":
        try:
            return cls(**json.loads((Path(data_dir) / HEAD_LAPTOP_FILE).read_text("utf-8")))
        except FileNotFoundError:
            return None

    def save(self, data_dir: Path) -> None:
        write_private(Path(data_dir) / HEAD_LAPTOP_FILE,
                      json.dumps(asdict(self), indent=2).encode("utf-8"))


def _now() -> str:
    return datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")


def take_published(conn, data_dir: Path, laptop: HeadLaptop) -> bool:
    """The newest published counts, if newer than what this laptop has. True when taken."""
    row = conn.execute("SELECT seq, body FROM senim.published ORDER BY seq DESC LIMIT 1"
                       ).fetchone()
    conn.rollback()
    if row is None or row[0] <= laptop.published_seq:
        return False
    write_private(Path(data_dir) / FILE_NAME, bytes(row[1]))
    laptop.published_seq = row[0]
    return True


def sync_head(data_dir: Path, login) -> bool:
    """One round: the newest counts. True when new ones came. ServerFault when it could not."""
    laptop = HeadLaptop.load(data_dir)
    try:
        conn = connect(laptop.server_url, login.role_name, login.secret)
        try:
            schema.check(conn)
            still_an_account(conn)
            taken = take_published(conn, data_dir, laptop)
        finally:
            conn.close()
    except Exception as exc:
        exc = lost_connection(exc)
        laptop.last_error = getattr(exc, "code", type(exc).__name__)
        laptop.offline_since = laptop.offline_since or _now()
        laptop.save(data_dir)
        raise exc
    laptop.last_success_at, laptop.offline_since, laptop.last_error = _now(), None, ""
    laptop.save(data_dir)
    return taken


def publish_to_server(conn, data_dir: Path, school_id: str) -> bool:
    """This laptop's published counts (a psychologist's or counsellor's) to the server, when
    they differ from the newest there. True when sent."""
    try:
        body = (Path(data_dir) / FILE_NAME).read_bytes()
    except FileNotFoundError:
        return False
    with conn.transaction():
        row = conn.execute("SELECT body FROM senim.published ORDER BY seq DESC LIMIT 1"
                           ).fetchone()
        if row is not None and bytes(row[0]) == body:
            return False
        conn.execute("INSERT INTO senim.published (school_id, body) VALUES (%s, %s)",
                     (school_id, body))
    return True
