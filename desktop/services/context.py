"""Who is acting and what time it is."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class Context:
    """Who is acting (the signed-in user name and role) and what time it is."""

    actor: str = "psychologist"
    role: str = "psychologist"
    clock: Callable[[], datetime] = field(default=datetime.now)

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    def today(self) -> date:
        return self.clock().date()
