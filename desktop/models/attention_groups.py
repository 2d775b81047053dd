"""The dashboard's "needs attention" list, one row per pupil: each pupil's warnings gathered
in one pass (tens of thousands of warnings on a large journal), the gravest first."""

import uuid
from collections import defaultdict
from datetime import date
from typing import NamedTuple

from .warnings import RULE_ORDER, Rule, Warning

_RANK = {rule.value: n for n, rule in enumerate(RULE_ORDER)}
_SELF_HARM = Rule.SELF_HARM_RISK.value
_new = tuple.__new__


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
        return any(w.rule == _SELF_HARM for w in self.warnings)


def group_by_pupil(warnings: list[Warning]) -> list[PupilAttention]:
    """One entry per pupil, in the order their first warning comes, each pupil's warnings in
    the order they come. AttentionService.warnings lists the gravest rule first, so a risk of
    self-harm stays on top and each pupil's gravest reason comes first. One pass, no sort:
    tens of thousands of warnings on a large journal (keyed by the id's integer: UUID's own
    hash is Python code; the entries made by tuple.__new__, as a named tuple's own __new__
    is too)."""
    by_pupil: defaultdict[int, list[Warning]] = defaultdict(list)
    for w in warnings:
        by_pupil[w.pupil_id.int].append(w)
    return [_new(PupilAttention, (ws[0].pupil_id, ws[0].pupil_name, ws[0].class_name, tuple(ws)))
            for ws in by_pupil.values()]
