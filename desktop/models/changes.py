"""What a save changed: the kinds of record (table names) and the pupils concerned.

Collected by the journal itself as it flushes (services/change_feed.py), so no service can
forget to say it, and announced once the transaction has committed (db.Database.on_change).
The window reads it to refresh only the pages that show those kinds, and hidden ones only
when they are next shown (views/main_window.py), as Anki's OpChanges do."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str] = field(default_factory=frozenset)
    pupils: frozenset[uuid.UUID] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.pupils | other.pupils)

    def touches(self, kinds) -> bool:
        return "*" in self.kinds or "*" in kinds or bool(self.kinds & frozenset(kinds))


EVERYTHING = Changes(frozenset({"*"}))  # an import, a restore: read everything again
PEOPLE = frozenset({"pupil", "guardian"})  # what every list naming pupils shows
