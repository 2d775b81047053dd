"""The living pupils still studying, named as the dashboard's warnings name them: {hex id:
(id, name, class)}. Kept between reads: after a write to the pupil table, only the pupils
written since (pupil_written, kept by triggers: migration 0025) are read and named again.
A school of 20,000 pupil records at ten years has 12,000 studying: 25 ms to read and name
them all, at each refresh after any pupil was edited, before."""

import uuid

from sqlalchemy import select

from ..models import Pupil
from ..models.tally import PupilWritten
from ..models.text import full_name
from .common import as_stored, plain_rows


class StudyingPupils:
    """The pupils still studying, named, read at a version of the pupil table (see
    table_versions.py) and brought up to date from the pupils written since."""

    def __init__(self):
        # (the pupil table's version they are right at, their generation, {hex id: (id,
        # name, class)}), one value: a thread reading beside another sees all three as one.
        # The generation is one more each time a pupil's name, class or studying changes:
        # what was built from the names is right while it is the same (an edited phone
        # number leaves it).
        self._state: tuple[int | None, int, dict[str, tuple[uuid.UUID, str, str]]] = (
            None, 0, {})
        self._ids: dict[str, uuid.UUID] = {}  # each pupil's UUID, by its hex: made once

    def get(self, conn, version: int | None) -> tuple[int, dict[str, tuple[uuid.UUID, str, str]]]:
        """(their generation, them), right at `version` (the pupil table's, read on `conn`
        before this call; None: a journal without one, read in full every time). A dict given
        out is never changed: a change makes a new one."""
        at, generation, named = self._state
        if version is not None and at is not None and version >= at:
            if version == at:
                return generation, named
            # Written at or after `at` (the version a trigger records is the table's before
            # or after the write's own step): those alone, over the others as they were.
            fresh = dict(named)
            changed = False
            for row in self._written_since(conn, at):
                hex_id = row[0]
                entry = self._entry(row) if row[5] == 1 and row[6] is None else None
                if entry != fresh.get(hex_id):
                    changed = True
                    if entry is None:
                        del fresh[hex_id]
                    else:
                        fresh[hex_id] = entry
            if not changed:
                self._state = (version, generation, named)
                return generation, named
        else:  # first read, a journal without a version, or the version went back (restore)
            fresh = {row[0]: self._entry(row) for row in self._everyone(conn)}
        self._state = (version, generation + 1, fresh)
        return generation + 1, fresh

    def _entry(self, row) -> tuple[uuid.UUID, str, str]:
        """(id, name, class) from (hex id, surname, given name, patronymic, class, ...)."""
        ids = self._ids
        return (ids.get(row[0]) or ids.setdefault(row[0], uuid.UUID(row[0])),
                full_name(row[1], row[2], row[3]), row[4])

    @staticmethod
    def _everyone(conn) -> list[tuple]:
        """(hex id, surname, given name, patronymic, class) of every living pupil studying."""
        # From ix_pupil_studying alone ("active = 1", as it says), as the driver's plain
        # tuples: 12,000 pupils in a large school.
        return plain_rows(conn.execute(select(
            as_stored(Pupil.id), Pupil.surname, Pupil.given_name, Pupil.patronymic,
            Pupil.class_name).where(Pupil.deleted_at.is_(None),
                                    Pupil.active == True)))  # noqa: E712

    @staticmethod
    def _written_since(conn, version: int) -> list[tuple]:
        """(hex id, surname, given name, patronymic, class, active, deleted at) of each pupil
        written at or after `version`; a pupil no longer on record comes with NULLs."""
        w = PupilWritten
        return plain_rows(conn.execute(select(
            as_stored(w.pupil_id), Pupil.surname, Pupil.given_name, Pupil.patronymic,
            Pupil.class_name, Pupil.active, Pupil.deleted_at,
        ).select_from(w).outerjoin(Pupil, Pupil.id == w.pupil_id).where(w.version >= version)))
