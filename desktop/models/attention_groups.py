"""The dashboard's "needs attention" list, one row per pupil: each pupil's warnings gathered
in one pass (tens of thousands of warnings on a large journal), the gravest first."""

import uuid
from datetime import date
from typing import NamedTuple

from .warnings import RULE_ORDER, Rule, Warning

_RANK = {rule.value: n for n, rule in enumerate(RULE_ORDER)}


class PupilAttention(NamedTuple):
    """A pupil and the warnings raised about them, gravest first."""

    pupil_id: uuid.UUID
    pupil_name: str
    class_name: str
    warnings: tuple[Warning, ...]

    @property
    def gravest(self) -> Warning:
        return self.warnings[0]

    @property
    def rank(self) -> int:
        """The gravest rule's place in RULE_ORDER: 0 for a risk of self-harm."""
        return _RANK.get(self.warnings[0].rule, len(_RANK))

    @property
    def latest(self) -> date:
        """The newest of the warnings' dates: when something last happened."""
        return max(w.since for w in self.warnings)

    @property
    def self_harm(self) -> bool:
        return any(w.rule == Rule.SELF_HARM_RISK.value for w in self.warnings)


def group_by_pupil(warnings: list[Warning]) -> list[PupilAttention]:
    """One entry per pupil, in the order their first warning comes (the service lists the
    gravest rule first, so a risk of self-harm stays on top); each pupil's warnings in the
    order they came, then by rule if they did not come gravest first. O(n)."""
    by_pupil: dict[uuid.UUID, list[Warning]] = {}
    for w in warnings:
        found = by_pupil.get(w.pupil_id)
        if found is None:
            by_pupil[w.pupil_id] = [w]
        else:
            found.append(w)
    out = []
    for ws in by_pupil.values():
        if len(ws) > 1:
            ws.sort(key=lambda w: _RANK.get(w.rule, len(_RANK)))  # stable: oldest first within
        first = ws[0]
        out.append(PupilAttention(first.pupil_id, first.pupil_name, first.class_name, tuple(ws)))
    return out
