"""Importing a list of pupils: the preview (plan) and the import itself (apply).

plan() reads nothing from the file (desktop/importing did that): it matches each row with
the pupils already in the journal, by IIN, else by surname, given name and birth date, and
says what would happen to it: add, update (which pupil, which fields), unchanged, or
rejected with the reasons. A row may also carry warnings (an IIN whose digits give another
birth date or sex, or a business number): it is still added or updated, the warning shown,
and importing it is the user's acceptance, recorded on the pupil as the form records it.
A row updates only what the file gives: a blank cell never erases what the journal has.
Pupils studying now whom no row matches may be marked as having left. One query reads the
journal's pupils; nothing is queried per row.

apply() writes the plan in ONE transaction, with bulk statements in batches, reporting
progress after each batch and stopping when asked: a cancel, an error or a journal changed
since the preview (PlanOutdated) rolls everything back. Rejected rows are never written.
The audit trail gets one entry with the counts (no names).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import bindparam, select

from ..db import Database
from ..importing.headers import (
    BIRTH_DATE, CLASS_NAME, GIVEN_NAME, IIN, LANGUAGE, PATRONYMIC, SEX, SURNAME,
)
from ..importing.problems import Problem
from ..importing.readers import Table
from ..importing.rows import FileRow, build_rows, record_check
from ..models.audit import IMPORT
from ..models.base import utcnow
from ..models.enums import ConsentStatus
from ..models.iin import normalize_iin
from ..models.pupil import PupilInput
from ..models.school_class import normalize_class, parse_class
from ..models.tables import Pupil
from ..models.text import full_name, identity_form, search_form
from ..models.validation import clean, clean_name
from .audit import append_entries
from .context import Context, PUPILS_WRITE

ADD, UPDATE, UNCHANGED, REJECT = "add", "update", "unchanged", "reject"
BATCH = 500
_T = Pupil.__table__
# What a row sets on a pupil (besides the bookkeeping columns).
_COLUMNS = ("surname", "given_name", "patronymic", "sex", "birth_date", "iin", "class_name",
            "grade", "study_language", "active", "left_date", "search_key",
            "iin_mismatch_accepted_at", "iin_mismatch_accepted_by")
_ACCEPTED_NOW = object()  # in a plan's values: the IIN warnings are accepted by the import
_FIELD_OF = {"surname": SURNAME, "given_name": GIVEN_NAME, "patronymic": PATRONYMIC,
             "sex": SEX, "birth_date": BIRTH_DATE, "iin": IIN, "class_name": CLASS_NAME,
             "study_language": LANGUAGE, "active": "active"}


class ImportCancelled(Exception):
    """The user cancelled: nothing was written."""


class PlanOutdated(Exception):
    """The journal changed after the preview was made: make it again. Nothing was written."""


@dataclass(frozen=True)
class PlannedRow:
    line: int  # the row number the spreadsheet shows
    action: str  # ADD, UPDATE, UNCHANGED or REJECT
    surname: str
    given_name: str
    patronymic: str
    class_name: str
    birth_date: date | None
    iin: str
    pupil_id: uuid.UUID | None = None  # the pupil updated (or matched, when rejected)
    changes: tuple[str, ...] = ()  # fields an update changes: "class_name", "active", ...
    old_class: str = ""  # the class in the journal before an update
    returns: bool = False  # the pupil had left and is on the list again
    problems: tuple[Problem, ...] = ()
    notes: tuple[Problem, ...] = ()  # said in the preview, never stop the row (Latin letters)
    warnings: tuple[Problem, ...] = ()  # shown, never a reason to leave the row out
    values: dict = field(default_factory=dict, compare=False, repr=False)  # what is written

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.given_name, self.patronymic)


@dataclass(frozen=True)
class MissingPupil:
    """A pupil studying now whom no row of the file names."""

    id: uuid.UUID
    full_name: str
    class_name: str


@dataclass
class ImportPlan:
    rows: list[PlannedRow]
    missing: list[MissingPupil]
    notes: tuple[str, ...] = ()
    stamps: dict[uuid.UUID, datetime] = field(default_factory=dict, repr=False)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def counts(self) -> dict[str, int]:
        out = {ADD: 0, UPDATE: 0, UNCHANGED: 0, REJECT: 0}
        for r in self.rows:
            out[r.action] += 1
        return out

    def has_work(self, mark_left: bool = False) -> bool:
        return any(r.action in (ADD, UPDATE) for r in self.rows) or (mark_left and
                                                                    bool(self.missing))


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    marked_left: int
    rejected: int  # rows left out


class PupilImportService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    # --- the preview -----------------------------------------------------------------------

    def plan(self, table: Table, mapping: dict[str, int],
             default_language: str = "kk") -> ImportPlan:
        """What importing `table` read with `mapping` would do. `default_language` is the
        language of study of new pupils the file gives none for."""
        self.ctx.require(PUPILS_WRITE)
        today = self.ctx.today()
        file_rows = build_rows(table, mapping, today)
        existing = self._existing()
        by_iin = {p.iin: p for p in existing if p.iin}
        by_name: dict[tuple, list] = defaultdict(list)
        for p in existing:
            by_name[(identity_form(p.surname), identity_form(p.given_name),
                     p.birth_date)].append(p)
        claimed: dict[uuid.UUID, int] = {}
        planned = []
        for fr in file_rows:
            problems = list(fr.problems)
            match = self._match(fr, by_iin, by_name, problems)
            if match is not None:
                if match.id in claimed:
                    problems.append(Problem("duplicate.row", {"row": claimed[match.id]}))
                else:
                    claimed[match.id] = fr.line
            data = _merged(match, fr) if match is not None else _new(fr, default_language)
            errors, warnings = record_check(data, today, fr.unreadable)
            for p in errors:
                if p not in problems:
                    problems.append(p)
            planned.append(_planned(fr, match, data, problems, warnings))
        missing = [MissingPupil(p.id, full_name(p.surname, p.given_name, p.patronymic),
                                p.class_name)
                   for p in existing if p.active and p.id not in claimed]
        return ImportPlan(planned, missing, table.notes, {p.id: p.updated_at for p in existing})

    def _existing(self) -> list:
        stmt = select(_T.c.id, _T.c.surname, _T.c.given_name, _T.c.patronymic, _T.c.sex,
                      _T.c.birth_date, _T.c.iin, _T.c.class_name, _T.c.study_language,
                      _T.c.consent_status, _T.c.consent_date, _T.c.consent_by, _T.c.active,
                      _T.c.left_date, _T.c.iin_mismatch_accepted_at,
                      _T.c.iin_mismatch_accepted_by,
                      _T.c.updated_at).where(_T.c.deleted_at.is_(None))
        with self.db.session() as s:
            return list(s.connection().execute(stmt))

    @staticmethod
    def _match(fr: FileRow, by_iin: dict, by_name: dict, problems: list[Problem]):
        """The pupil this row is: by IIN, else by name and birth date (None: a new pupil)."""
        if fr.iin and fr.iin in by_iin:
            return by_iin[fr.iin]
        key = fr.name_key()
        if key is None:
            return None
        found = by_name.get(key, [])
        if len(found) > 1 and fr.patronymic:
            same = [p for p in found
                    if identity_form(p.patronymic) == identity_form(fr.patronymic)]
            found = same or found
        if len(found) > 1:
            problems.append(Problem("match.ambiguous"))
            return None
        if not found:
            return None
        pupil = found[0]
        if fr.iin and pupil.iin and pupil.iin != fr.iin:
            # Most likely the same pupil with a typo in one of the IINs: not a new pupil.
            problems.append(Problem("iin.conflict"))
        return pupil

    # --- the import ------------------------------------------------------------------------

    def apply(self, plan: ImportPlan, *, mark_left: bool = False,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> ImportSummary:
        """Add and update the plan's rows (and mark the missing pupils as left) in one
        transaction. `progress(done, total)` is called after each batch; when `cancelled()`
        turns true the import stops and nothing is written (ImportCancelled)."""
        self.ctx.require(PUPILS_WRITE)
        adds = [r for r in plan.rows if r.action == ADD]
        updates = [r for r in plan.rows if r.action == UPDATE]
        leaving = list(plan.missing) if mark_left else []
        total = len(adds) + len(updates) + len(leaving)
        done = 0

        def step(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                raise ImportCancelled()

        now, actor, today = utcnow(), self.ctx.actor, self.ctx.today()
        with self.db.session() as s:
            conn = s.connection()
            # Become the only writer before checking the plan still fits the journal.
            conn.exec_driver_sql("DELETE FROM pupil WHERE 0")
            self._check_fresh(conn, plan, updates, leaving, adds)
            step(0)
            insert = _T.insert()
            for batch in _chunks(adds):
                conn.execute(insert, [dict(_written(r.values, now, actor), id=uuid.uuid4(),
                                           created_at=now, updated_at=now, updated_by=actor,
                                           deleted_at=None)
                                      for r in batch])
                step(len(batch))
            change = _T.update().where(_T.c.id == bindparam("b_id")).values(
                {c: bindparam(f"b_{c}") for c in (*_COLUMNS, "updated_at", "updated_by")})
            for batch in _chunks(updates):
                conn.execute(change, [dict({f"b_{c}": v for c, v in
                                            _written(r.values, now, actor).items()},
                                           b_id=r.pupil_id, b_updated_at=now,
                                           b_updated_by=actor) for r in batch])
                step(len(batch))
            left = _T.update().where(_T.c.id == bindparam("b_id")).values(
                active=False, left_date=today, updated_at=now, updated_by=actor)
            for batch in _chunks(leaving):
                conn.execute(left, [{"b_id": p.id} for p in batch])
                step(len(batch))
            summary = ImportSummary(len(adds), len(updates), len(leaving), plan.count(REJECT))
            # Bulk statements pass by the audit hook: one entry says what was done, in counts.
            append_entries(s, [(IMPORT, "pupil", "",
                                f"added={summary.added},updated={summary.updated},"
                                f"left={summary.marked_left},rejected={summary.rejected}")])
        return summary

    @staticmethod
    def _check_fresh(conn, plan: ImportPlan, updates, leaving, adds) -> None:
        ids = [r.pupil_id for r in updates] + [p.id for p in leaving]
        seen = 0
        for chunk in _chunks(ids):
            for row in conn.execute(select(_T.c.id, _T.c.updated_at).where(
                    _T.c.id.in_(chunk), _T.c.deleted_at.is_(None))):
                if plan.stamps.get(row.id) != row.updated_at:
                    raise PlanOutdated()
                seen += 1
        if seen != len(ids):
            raise PlanOutdated()
        iins = [r.values["iin"] for r in adds if r.values["iin"]]
        for chunk in _chunks(iins):
            if conn.execute(select(_T.c.id).where(_T.c.iin.in_(chunk),
                                                  _T.c.deleted_at.is_(None))).first():
                raise PlanOutdated()


def _written(values: dict, now: datetime, actor: str) -> dict:
    """The row's values as written: an acceptance made by this import gets its stamp."""
    if values.get("iin_mismatch_accepted_at") is _ACCEPTED_NOW:
        return dict(values, iin_mismatch_accepted_at=now, iin_mismatch_accepted_by=actor)
    return values


def _accepted(match, values: dict, warnings: list[Problem]) -> tuple:
    """(accepted_at, accepted_by) to write: none without warnings; the pupil's own when the
    very difference it had accepted stays; else accepted now, by this import."""
    if not warnings:
        return None, ""
    if (match is not None and match.iin_mismatch_accepted_at is not None
            and (match.iin, match.birth_date, match.sex)
            == (values["iin"], values["birth_date"], values["sex"])):
        return match.iin_mismatch_accepted_at, match.iin_mismatch_accepted_by
    return _ACCEPTED_NOW, ""


def _chunks(items: list, size: int = BATCH):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _merged(p, fr: FileRow) -> PupilInput:
    """The pupil's record with the file's values over it; blank cells change nothing. A
    pupil on the list is studying: one who had left is back."""

    def pick(name: str, current):
        return getattr(fr, name) if _FIELD_OF[name] in fr.given else current

    return PupilInput(
        surname=pick("surname", p.surname), given_name=pick("given_name", p.given_name),
        patronymic=pick("patronymic", p.patronymic), sex=pick("sex", p.sex),
        birth_date=pick("birth_date", p.birth_date), iin=pick("iin", p.iin or ""),
        class_name=pick("class_name", p.class_name),
        study_language=pick("study_language", p.study_language),
        consent_status=p.consent_status, consent_date=p.consent_date, consent_by=p.consent_by,
        active=True, left_date=None)


def _new(fr: FileRow, default_language: str) -> PupilInput:
    return PupilInput(
        surname=fr.surname, given_name=fr.given_name, patronymic=fr.patronymic, sex=fr.sex,
        birth_date=fr.birth_date, iin=fr.iin, class_name=fr.class_name,
        study_language=fr.study_language or default_language,
        consent_status=ConsentStatus.NOT_ASKED.value)


def _values(data: PupilInput) -> dict:
    surname, given = clean_name(data.surname), clean_name(data.given_name)
    patronymic = clean_name(data.patronymic)
    parsed = parse_class(data.class_name)
    return dict(
        surname=surname, given_name=given, patronymic=patronymic, sex=data.sex,
        birth_date=data.birth_date, iin=normalize_iin(data.iin) or None,
        class_name=normalize_class(data.class_name), grade=parsed[0] if parsed else None,
        study_language=data.study_language, active=data.active, left_date=data.left_date,
        search_key=search_form(full_name(surname, given, patronymic)),
    )


def _planned(fr: FileRow, match, data: PupilInput, problems: list[Problem],
             warnings: list[Problem]) -> PlannedRow:
    shown_class = normalize_class(data.class_name) or clean(data.class_name)
    common = dict(line=fr.line, surname=clean_name(data.surname),
                  given_name=clean_name(data.given_name),
                  patronymic=clean_name(data.patronymic), class_name=shown_class,
                  birth_date=data.birth_date, iin=clean(data.iin),
                  pupil_id=match.id if match is not None else None,
                  old_class=match.class_name if match is not None else "",
                  warnings=tuple(warnings), notes=tuple(fr.notes))
    if problems:
        return PlannedRow(action=REJECT, problems=tuple(problems), **common)
    values = _values(data)
    values["iin_mismatch_accepted_at"], values["iin_mismatch_accepted_by"] = _accepted(
        match, values, warnings)
    if match is None:
        values.update(consent_status=ConsentStatus.NOT_ASKED.value, consent_date=None,
                      consent_by="")
        return PlannedRow(action=ADD, values=values, **common)
    changes = tuple(_FIELD_OF[c] for c in (*_FIELD_OF,)
                    if values[c] != (getattr(match, c) if c != "iin" else match.iin or None))
    return PlannedRow(action=UPDATE if changes else UNCHANGED, changes=changes,
                      returns=not match.active, values=values, **common)
