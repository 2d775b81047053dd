"""Columns every table shares: a UUID key, UTC timestamps, who changed it, soft delete."""

import uuid
from datetime import datetime, timezone

from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Tracked(SQLModel):
    """Mixin for table models.

    Event times that a user types (a session's start, an incident's time) are the school's
    local wall-clock time; bookkeeping times here are UTC.
    """

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    updated_by: str = Field(default="", max_length=100)
    deleted_at: datetime | None = Field(default=None)
