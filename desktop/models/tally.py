"""The term summary's tallies (migration 0017): per day and breakdown, how many live
records there are and the sum of their cell keys. Written only by SQLite triggers in the
records' own transaction (never by the services); read by services/term_summary.py. And the
bullying tally (migration 0020), read by services/attention.py; each table's version (0017,
0024) and the pupils written since a version (0025), read by the services that keep what they
read while it is still right."""

import uuid

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class TallySession(SQLModel, table=True):
    """Held, live sessions by day of starts_at, kind and initiator."""

    __tablename__ = "tally_session"

    day: str = Field(max_length=10, primary_key=True)  # 'YYYY-MM-DD'
    kind: str = Field(max_length=20, primary_key=True)
    initiator: str = Field(max_length=20, primary_key=True)
    sessions: int
    keys: int


class TallyIncident(SQLModel, table=True):
    """Live incidents by day of occurred_at, severity and place."""

    __tablename__ = "tally_incident"

    day: str = Field(max_length=10, primary_key=True)
    severity: int = Field(primary_key=True)
    place: str = Field(max_length=20, primary_key=True)
    incidents: int
    keys: int


class TallyIncidentForm(SQLModel, table=True):
    """Live incidents by day and form (an incident with two forms counts in both)."""

    __tablename__ = "tally_incident_form"

    day: str = Field(max_length=10, primary_key=True)
    form: str = Field(max_length=20, primary_key=True)
    incidents: int
    keys: int


class TallyServed(SQLModel, table=True):
    """Each pupil's held, live sessions by day: who was served in a period."""

    __tablename__ = "tally_served"
    # A period's pupils served: the period's days read as a range (migration 0020).
    __table_args__ = (Index("ix_tally_served_day", "day", "pupil_id"),)

    pupil_id: uuid.UUID = Field(primary_key=True)
    day: str = Field(max_length=10, primary_key=True)
    sessions: int


class IncidentGrade(SQLModel, table=True):
    """How many living pupils of each grade an incident has (any role): the step between
    the incidents' pupils and tally_incident_grade."""

    __tablename__ = "incident_grade"

    observation_id: uuid.UUID = Field(primary_key=True)
    grade: int = Field(primary_key=True)
    pupils: int


class TallyIncidentGrade(SQLModel, table=True):
    """Live incidents by day and grade (once in each grade its living pupils are in now)."""

    __tablename__ = "tally_incident_grade"

    day: str = Field(max_length=10, primary_key=True)
    grade: int = Field(primary_key=True)
    incidents: int
    keys: int


class TableVersion(SQLModel, table=True):
    """One more on every write to the named table (triggers): a list kept in memory is
    good while the version it was read at is still the table's."""

    __tablename__ = "table_version"

    name: str = Field(max_length=40, primary_key=True)
    version: int


class PupilWritten(SQLModel, table=True):
    """Each pupil written since migration 0025, with the pupil table's version at its newest
    write (triggers): the pupils to read again since a version (services/studying_pupils.py)."""

    __tablename__ = "pupil_written"
    __table_args__ = (Index("ix_pupil_written_version", "version"),)

    pupil_id: uuid.UUID = Field(primary_key=True)
    version: int


class TallyBullying(SQLModel, table=True):
    """Each pupil's live incidents as target and aggressor by school year (migration 0020):
    the dashboard's bullying rules over the window "since 1 September"."""

    __tablename__ = "tally_bullying"

    school_year: int = Field(primary_key=True)  # the year of its 1 September
    pupil_id: uuid.UUID = Field(primary_key=True)
    targeted: int
    aggressor: int
    # The oldest and newest incident (stored text), as target and over both roles.
    first_target: str | None = Field(default=None, max_length=32)
    last_target: str | None = Field(default=None, max_length=32)
    first_actor: str = Field(max_length=32)
    last_actor: str = Field(max_length=32)


class TallyServedYear(SQLModel, table=True):
    """Per school year and pupil, the days with a held, live session (migration 0020,
    following tally_served): a whole school year's pupils served."""

    __tablename__ = "tally_served_year"

    school_year: int = Field(primary_key=True)  # the year of its 1 September
    pupil_id: uuid.UUID = Field(primary_key=True)
    days: int
