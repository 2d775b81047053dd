"""What a synced record is, read from and written to a laptop's journal.

A record is one row of a table with its own id (the Tracked tables), together with the rows
of the tables that hang on it and have no id of their own (a session's pupils, an observation's
forms, a school year's terms and breaks): these travel inside their owner, as one field each,
so "who was in the session" merges and conflicts as one value. Tables with neither an id nor
an owner (the school's holiday corrections, the early-warning settings) are records keyed by
their own primary key.

Bodies are the columns' values as SQLite stores them (text, numbers, None; bytes as
{"b64": ...}), so a body written back is the same row, whatever the ORM makes of it. The
confidential fields (a session's notes: ciphertext sealed with the notes key) travel apart,
in `secret`, which the server lets only psychologists read.

Every write to a synced table, by any path, marks its record in sync_outbox through a trigger,
unless sync itself is applying what it pulled (sync_state.applying).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from functools import cache

from sqlmodel import SQLModel

from ..models import tables  # noqa: F401 - the whole metadata, every synced table in it

# Written here only: not records.
LOCAL_ONLY = frozenset({"draft", "audit_entry", "sync_state", "sync_outbox", "sync_base",
                        "sync_conflict", "sync_login", "alembic_version"})
# Tables with neither an id nor an owner that are records all the same (keyed by their own
# primary key). A table that is none of these (counts kept by triggers, say) is not synced:
# every laptop's triggers keep its own (tests/server/test_records.py lists each table once).
STANDALONE = frozenset({"holiday_correction", "holiday_year", "warning_settings"})
# Kept by each laptop's own triggers from the records (0017: the term summary's tallies, the
# pupils' table version; 0020: the bullying tally, the pupils served by year; 0025: the pupils
# written): never sent, always recounted where the records land.
DERIVED = frozenset({"tally_session", "tally_incident", "tally_incident_form", "tally_served",
                     "incident_grade", "tally_incident_grade", "table_version",
                     "tally_bullying", "tally_served_year", "pupil_written"})
# Fields that only the notes key opens: sent to the server apart from the body.
CONFIDENTIAL = {"counselling_session": ("notes",), "accompaniment_review": ("confidential_note",)}


@dataclass(frozen=True)
class Kind:
    table: str
    key: tuple[str, ...]  # the primary key's columns
    children: tuple[tuple[str, str], ...] = ()  # (table, the column naming this record)

    @property
    def key_sql(self) -> str:
        """The SQL expression giving a row's record id (a text)."""
        return " || '|' || ".join(f"CAST({c} AS TEXT)" for c in self.key)


@cache
def kinds() -> dict[str, Kind]:
    found: dict[str, Kind] = {}
    children: dict[str, list[tuple[str, str]]] = {}
    for table in SQLModel.metadata.sorted_tables:
        if table.name in LOCAL_ONLY or table.name in DERIVED:
            continue
        tracked = "updated_at" in table.c
        owner = None if tracked else _owner_column(table)
        if owner is not None and not tracked:
            children.setdefault(owner[0], []).append((table.name, owner[1]))
        elif tracked or table.name in STANDALONE:
            found[table.name] = Kind(table.name, tuple(c.name for c in table.primary_key))
    for name, kind in found.items():
        if name in children:
            found[name] = Kind(kind.table, kind.key, tuple(sorted(children[name])))
    return found


def _owner_column(table) -> tuple[str, str] | None:
    """The record a table without an id of its own belongs to: the target of its first
    key column that names a Tracked row (a session's pupils belong to the session, not the
    pupil), else of its first such column."""
    candidates = [c for c in table.primary_key.columns] + list(table.c)
    for column in candidates:
        for fk in column.foreign_keys:
            if "updated_at" in fk.column.table.c:
                return fk.column.table.name, column.name
    return None


def _out(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _in(value):
    if isinstance(value, dict) and set(value) == {"b64"}:
        return base64.b64decode(value["b64"])
    return value


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# -- reading and writing one record ----------------------------------------------------------

def _where(kind: Kind) -> str:
    # The column itself, not CAST(column AS TEXT): the primary key's index is used (the
    # column's affinity makes the text id compare as its own type).
    return f"{kind.key[0]} = ?" if len(kind.key) == 1 else f"({kind.key_sql}) = ?"


def read_record(conn, kind_name: str, record_id: str) -> tuple[dict, dict] | None:
    """(body, secret) of a record as this journal has it; None when it is not there."""
    kind = kinds()[kind_name]
    cur = conn.exec_driver_sql(f"SELECT * FROM {kind.table} WHERE {_where(kind)}", (record_id,))
    row = cur.fetchone()
    if row is None:
        return None
    names = list(cur.keys())
    values = dict(zip(names, row))
    secret_fields = CONFIDENTIAL.get(kind.table, ())
    secret = {f: values.pop(f) for f in secret_fields if f in values}
    body = {name: _out(value) for name, value in values.items()}
    for child, column in kind.children:
        ccur = conn.exec_driver_sql(f"SELECT * FROM {child} WHERE {column} = ?",
                                    (values[kind.key[0]],))
        cnames = list(ccur.keys())
        rows = [{n: _out(v) for n, v in zip(cnames, r) if n != column} for r in ccur.fetchall()]
        body["+" + child] = sorted(rows, key=dumps)
    return body, secret


def write_record(conn, kind_name: str, record_id: str, body: dict | None,
                 secret: dict | None) -> None:
    """Make this journal's record exactly `body` (and `secret` when given: a counsellor's
    replica keeps its notes empty); None removes it."""
    write_records(conn, kind_name, [(record_id, body, secret)])


def write_records(conn, kind_name: str, items) -> None:
    """write_record for many records of one kind at once, (record id, body, secret) each: a
    statement per shape of row, executed for them all (joining a school writes 100,000s)."""
    kind = kinds()[kind_name]
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        gone = [(rid,) for rid, body, _ in items if body is None]
        kept = [(rid, body, secret) for rid, body, secret in items if body is not None]
        if gone:
            for child, column in kind.children:
                cursor.executemany(
                    f"DELETE FROM {child} WHERE {column} IN "
                    f"(SELECT {kind.key[0]} FROM {kind.table} WHERE {_where(kind)})", gone)
            cursor.executemany(f"DELETE FROM {kind.table} WHERE {_where(kind)}", gone)
        shapes: dict[tuple, list] = {}
        confidential = CONFIDENTIAL.get(kind.table, ())
        for rid, body, secret in kept:
            row = {k: _in(v) for k, v in body.items() if not k.startswith("+")}
            keep = ()
            for name in confidential:
                row[name] = (secret or {}).get(name, "") if secret is not None else ""
                if secret is None:
                    keep += (name,)  # not this account's to see: what is here stays
            columns = tuple(row)
            shapes.setdefault((columns, keep), []).append(tuple(row[c] for c in columns))
        for (columns, keep), rows in shapes.items():
            updates = ", ".join(f"{c} = excluded.{c}" for c in columns
                                if c not in kind.key and c not in keep)
            cursor.executemany(
                f"INSERT INTO {kind.table} ({', '.join(columns)}) VALUES "
                f"({', '.join('?' for _ in columns)}) ON CONFLICT ({', '.join(kind.key)}) DO "
                + (f"UPDATE SET {updates}" if updates else "NOTHING"), rows)
        for child, column in kind.children:
            owners = [(body[kind.key[0]],) for _rid, body, _s in kept]
            cursor.executemany(f"DELETE FROM {child} WHERE {column} = ?", owners)
            child_shapes: dict[tuple, list] = {}
            for _rid, body, _s in kept:
                for child_row in body.get("+" + child, []):
                    values = {column: body[kind.key[0]],
                              **{k: _in(v) for k, v in child_row.items()}}
                    child_shapes.setdefault(tuple(values), []).append(tuple(values.values()))
            for names, rows in child_shapes.items():
                cursor.executemany(
                    f"INSERT INTO {child} ({', '.join(names)}) VALUES "
                    f"({', '.join('?' for _ in names)})", rows)
    finally:
        cursor.close()


def read_all(conn, kind_name: str):
    """(record id, body, secret) of every record of a kind, read in one pass (setting a
    server up): the same as read_record gives, one query per table."""
    kind = kinds()[kind_name]
    parts: dict[str, dict] = {}
    for child, column in kind.children:
        cur = conn.exec_driver_sql(f"SELECT * FROM {child}")
        names = list(cur.keys())
        for row in cur:
            values = dict(zip(names, row))
            owner = values.pop(column)
            parts.setdefault(child, {}).setdefault(owner, []).append(
                {n: _out(v) for n, v in values.items()})
    cur = conn.exec_driver_sql(f"SELECT {kind.key_sql} AS senim_record_id, * FROM {kind.table}")
    names = list(cur.keys())[1:]
    secret_fields = CONFIDENTIAL.get(kind.table, ())
    for row in cur:
        record_id, values = row[0], dict(zip(names, row[1:]))
        secret = {f: values.pop(f) for f in secret_fields if f in values}
        body = {name: _out(value) for name, value in values.items()}
        for child, _column in kind.children:
            rows = parts.get(child, {}).get(values[kind.key[0]], [])
            body["+" + child] = sorted(rows, key=dumps)
        yield record_id, body, secret


def clear_all(conn) -> None:
    """Every synced row out of a journal just made (the rows its migrations seed, such as
    the school years, have ids of their own: the school's come from the server instead)."""
    synced = set(kinds()) | {c for k in kinds().values() for c, _ in k.children}
    for table in reversed(SQLModel.metadata.sorted_tables):
        if table.name in synced:
            conn.exec_driver_sql(f"DELETE FROM {table.name}")


# -- the triggers ----------------------------------------------------------------------------

_MARK = ("INSERT INTO sync_outbox (kind, record_id, gen) VALUES ('{kind}', {rid}, 1) "
         "ON CONFLICT (kind, record_id) DO UPDATE SET gen = gen + 1")
_ACTIVE = "(SELECT applying = 0 FROM sync_state WHERE id = 1)"


def _trigger_sql(table: str, kind: Kind, row_id_of) -> list[str]:
    out = []
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        name = f"sync_mark_{table}_{event.lower()}"
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} "
            f"WHEN {_ACTIVE} BEGIN "
            + _MARK.format(kind=kind.table, rid=row_id_of(row)) + "; END")
    return out


def trigger_statements() -> list[str]:
    out = []
    for kind in kinds().values():
        own = " || '|' || ".join(f"CAST({{row}}.{c} AS TEXT)" for c in kind.key)
        out += _trigger_sql(kind.table, kind, lambda row, own=own: own.format(row=row))
        for child, column in kind.children:
            out += _trigger_sql(child, kind,
                                lambda row, column=column: f"CAST({row}.{column} AS TEXT)")
    return out


def ensure_triggers(conn) -> None:
    """Every synced table marks its changes (idempotent: a journal joined by an earlier
    version, or migrated since to a new table, gets the missing ones)."""
    for statement in trigger_statements():
        conn.exec_driver_sql(statement)
