"""The term summary's tallies (migration 0017): per day and breakdown, how many live
records there are and the sum of their cell keys. Written only by SQLite triggers in the
records' own transaction (never by the services); read by services/term_summary.py."""

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
