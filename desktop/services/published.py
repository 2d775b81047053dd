"""The head teacher's counts, published: what they read instead of the journal.

A head teacher's account holds no key to the records (desktop/security/grants.py): only the
summaries key. When a psychologist or counsellor closes or locks the journal after changes
(and on demand, File → Publish the counts), the term summaries of the recent quarters and
years - the same tables the summary screen shows, already suppressed (models/suppression.py)
- today's counts, the school calendar and the school's name are written to
`summaries.senim`, sealed with the summaries key. Signing in as the head teacher opens that
file only (PublishedServices): the summary screen and the counts page work as before, for
the published quarters and years; a free range of dates cannot be asked for.

The file: a first line naming the format, a line of JSON in the clear (when it was made and
the audit trail's length then: not secret, it says whether publishing again is needed),
then AES-256-GCM (a random nonce) over the summaries as JSON, with the clear lines as
associated data. The JSON names classes only from a fixed list of modules (_MODULES): no
code is run to read it.

What a head teacher's reading is not: recorded in the audit trail (they cannot write to the
journal). Their prints and PDFs of published counts are theirs alone.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import secrets
import uuid
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text

from . import Services
from ..file_modes import write_private
from ..models.school_calendar import YearRead
from ..models.term_summary import NotPublished, Period, TermSummary
from .context import COUNTS_READ, Context
from .school_calendar import SchoolCalendarService

FILE_NAME = "summaries.senim"
MAGIC = b"SENIM-SUMMARIES-1\n"
NONCE_BYTES = 12
YEARS_PUBLISHED = 2  # the school years counted: this one and the one before
_MODULES = ("desktop.models.term_summary", "desktop.models.school_calendar",
            "desktop.models.school", "desktop.services.dashboard")


class NothingPublished(Exception):
    """No summaries have been published yet (or the file is not this journal's)."""


class PublishedUnreadable(Exception):
    """The file does not open with the summaries key: altered, or from another journal."""


# --- publishing (a psychologist or counsellor, the journal open) ------------------------------


def path_of(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def published_state(data_dir: Path) -> tuple[int, str] | None:
    """(the journal's last change, the day) when the file was made; None: no readable file."""
    try:
        header = _read(path_of(data_dir))[0]
        return int(header["journal_head"]), str(header["today"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def needs_publishing(services) -> bool:
    """Records changed since the counts were last published, or a day passed (today's
    counts and quarter move with the date), or they never were."""
    if getattr(services, "published", False) or services.db.keys is None \
            or services.db.keys.summaries is None:
        return False
    return published_state(services.db.path.parent) != (
        _journal_head(services), services.ctx.today().isoformat())


def publish(services) -> Path:
    """Count and seal the summaries for the head teacher (COUNTS_READ and the summaries
    key needed). Written atomically, readable by its owner only."""
    services.ctx.require(COUNTS_READ)
    key = services.db.keys.summaries if services.db.keys is not None else None
    if key is None:
        raise PermissionError("publishing needs the summaries key")
    publisher, services = services, _as_head_teacher(services)
    payload = {
        "made_at": services.ctx.now(), "made_by": publisher.ctx.actor,
        "today": services.ctx.today(), "school": services.school.get(),
        "years": services.calendar.years(), "dashboard": services.dashboard.counts(),
        "summaries": [[[p.year, p.term], s] for p, s in _summaries(services)],
    }
    header = json.dumps({"made_at": services.ctx.now().isoformat(),
                         "today": services.ctx.today().isoformat(),
                         "journal_head": _journal_head(services)}).encode() + b"\n"
    nonce = secrets.token_bytes(NONCE_BYTES)
    body = json.dumps(_encode(payload), ensure_ascii=False, separators=(",", ":")).encode()
    sealed = AESGCM(key).encrypt(nonce, body, MAGIC + header)
    path = path_of(services.db.path.parent)
    write_private(path, MAGIC + header + nonce + sealed)
    return path


def _as_head_teacher(services):
    """The same journal through a head teacher's rights: every figure is counted as the
    head teacher's own screens would count it (protected, models/suppression.py), never as
    the publishing psychologist sees it."""
    return Services.build(services.db, Context(actor=services.ctx.actor, role="head",
                                               clock=services.ctx.clock))


def reseal(data_dir: Path, old: bytes, new: bytes) -> None:
    """Seal the published file again with a new summaries key (desktop/key_rotation.py):
    nothing when there is none or it already opens with the new key."""
    path = path_of(data_dir)
    try:
        _header, nonce, sealed, aad = _read(path)
    except FileNotFoundError:
        return
    except ValueError:  # not a file of ours any more: published again at the next close
        path.unlink(missing_ok=True)
        return
    try:
        AESGCM(new).decrypt(nonce, sealed, aad)
        return
    except InvalidTag:
        pass
    try:
        body = AESGCM(old).decrypt(nonce, sealed, aad)
    except InvalidTag:  # altered: published again at the next close
        path.unlink(missing_ok=True)
        return
    fresh = secrets.token_bytes(NONCE_BYTES)
    write_private(path, aad + fresh + AESGCM(new).encrypt(fresh, body, aad))


def _summaries(services):
    """(period, summary) for each quarter begun and each school year, of the newest
    YEARS_PUBLISHED years that have begun; the comparisons as the summary screen makes them."""
    today = services.ctx.today()
    years = [y for y in services.calendar.years() if y.starts_on <= today][:YEARS_PUBLISHED]
    for year in years:
        periods = [services.calendar.period(year.name, None)]
        periods += [services.calendar.period(year.name, n)
                    for n, (first, _last) in enumerate(year.terms, start=1) if first <= today]
        for current in periods:
            previous, last_year = services.calendar.comparison_periods(current)
            yield current, services.term_summary.summary(current, previous, last_year)


# What only reads, or only signs in and out, changes no count.
_NOT_CHANGES = ("sign_in", "sign_out", "read_notes", "print", "pdf", "export")


def _journal_head(services) -> int:
    """The audit trail's last entry that changed a record (its seq; 0: none)."""
    marks = ", ".join(f"'{a}'" for a in _NOT_CHANGES)
    with services.db.engine.connect() as conn:
        found = conn.execute(text(
            f"SELECT max(seq) FROM audit_entry WHERE action NOT IN ({marks})")).scalar()
    return int(found or 0)


# --- reading (the head teacher) ----------------------------------------------------------------


class PublishedServices:
    """What the head teacher's window asks of the services, answered from the file. `db` is
    None: nothing here touches the journal."""

    published = True
    db = None
    new_recovery_key = None

    def __init__(self, payload: dict, ctx: Context, keys):
        self.ctx = ctx
        self.keys = keys  # wiped at sign-out
        self.made_at: datetime = payload["made_at"]
        self.made_by: str = payload["made_by"]
        self.calendar = _Calendar(list(payload["years"]), ctx)
        self.term_summary = _Summaries(payload["summaries"], ctx)
        self.school = _Value(payload["school"])
        self.dashboard = _Dashboard(payload["dashboard"], ctx)
        self.pupils = _Pupils(payload["dashboard"])
        self.accounts = _NoAccounts()
        self.audit = _NoTrail()

    @classmethod
    def open(cls, data_dir: Path, keys, ctx: Context) -> PublishedServices:
        try:
            header, nonce, sealed, aad = _read(path_of(data_dir))
        except FileNotFoundError:
            raise NothingPublished() from None
        except (OSError, ValueError) as exc:
            raise PublishedUnreadable() from exc
        try:
            body = AESGCM(keys.summaries).decrypt(nonce, sealed, aad)
            payload = _decode(json.loads(body.decode("utf-8")))
        except (InvalidTag, ValueError, KeyError, TypeError) as exc:
            raise PublishedUnreadable() from exc
        return cls(payload, ctx, keys)

    def close(self) -> None:
        self.keys.wipe()


class _Calendar(SchoolCalendarService):
    """The published calendar: every reading of the calendar service, over the file's years."""

    def __init__(self, years: list[YearRead], ctx: Context):
        super().__init__(None, ctx)
        self._published_years = years

    def years(self) -> list[YearRead]:
        self.ctx.require(COUNTS_READ)
        return list(self._published_years)

    def proposal(self):
        return None


class _Summaries:
    def __init__(self, items, ctx: Context):
        self.ctx = ctx
        self._by_period = {(tuple(key)[0], tuple(key)[1]): summary for key, summary in items}

    def summary(self, current: Period, _previous: Period, _last_year: Period) -> TermSummary:
        self.ctx.require(COUNTS_READ)
        found = self._by_period.get((current.year, current.term))
        if found is None or found.periods[0] != current:
            raise NotPublished(f"{current.year} {current.term}")
        return found

    def published(self) -> list[tuple[str, int | None]]:
        return list(self._by_period)


class _Value:
    def __init__(self, value):
        self._value = value

    def get(self):
        return self._value


class _Dashboard:
    def __init__(self, counts, ctx: Context):
        self._counts, self.ctx = counts, ctx

    def counts(self):
        self.ctx.require(COUNTS_READ)
        return self._counts


class _Pupils:
    def __init__(self, counts):
        self._studying = counts.pupils

    def count(self, studying_only: bool = True) -> int:
        return self._studying


class _NoAccounts:
    def by_user_name(self, _user: str):
        return None  # the accounts are in the journal


class _NoTrail:
    """The head teacher cannot write to the journal's audit trail: their prints and PDFs of
    published counts are not recorded (said in the module's note)."""

    def record(self, *_args, **_kwargs) -> None:
        return None


# --- the file and its JSON ---------------------------------------------------------------------


def _read(path: Path) -> tuple[dict, bytes, bytes, bytes]:
    raw = Path(path).read_bytes()
    if not raw.startswith(MAGIC):
        raise ValueError("not a Senim summaries file")
    rest = raw[len(MAGIC):]
    line_end = rest.index(b"\n") + 1
    header = json.loads(rest[:line_end].decode("utf-8"))
    if not isinstance(header, dict):
        raise ValueError("bad header")
    nonce = rest[line_end:line_end + NONCE_BYTES]
    sealed = rest[line_end + NONCE_BYTES:]
    return header, nonce, sealed, MAGIC + rest[:line_end]


def _encode(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$c": _name(type(value)), "f": fields}
    if isinstance(value, Enum):
        return {"$e": _name(type(value)), "v": value.value}
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, uuid.UUID):
        return {"$u": str(value)}
    if isinstance(value, tuple):
        return {"$t": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {"$m": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot publish a {type(value).__name__}")


def _decode(value):
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "$c" in value:
        cls = _allowed(value["$c"])
        if not dataclasses.is_dataclass(cls):
            raise ValueError("not a dataclass")
        return cls(**{k: _decode(v) for k, v in value["f"].items()})
    if "$e" in value:
        cls = _allowed(value["$e"])
        if not issubclass(cls, Enum):
            raise ValueError("not an enum")
        return cls(value["v"])
    if "$dt" in value:
        return datetime.fromisoformat(value["$dt"])
    if "$d" in value:
        return date.fromisoformat(value["$d"])
    if "$u" in value:
        return uuid.UUID(value["$u"])
    if "$t" in value:
        return tuple(_decode(v) for v in value["$t"])
    if "$m" in value:
        return {_decode(k): _decode(v) for k, v in value["$m"]}
    return {k: _decode(v) for k, v in value.items()}


def _name(cls) -> str:
    if cls.__module__ not in _MODULES:
        raise TypeError(f"cannot publish a {cls.__name__}")
    return f"{cls.__module__}:{cls.__qualname__}"


def _allowed(name: object) -> type:
    if not isinstance(name, str) or ":" not in name:
        raise ValueError("bad class name")
    module, qualname = name.split(":", 1)
    if module not in _MODULES or "." in qualname:
        raise ValueError("a class from outside the published modules")
    found = getattr(importlib.import_module(module), qualname, None)
    if not isinstance(found, type):
        raise ValueError("no such class")
    return found
