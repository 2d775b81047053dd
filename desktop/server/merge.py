"""Three-way merge of one record: the server's last version this laptop saw (base), this
laptop's (mine) and the server's now (theirs).

Fields changed on one side only are taken from that side, so two people changing different
fields of a record both keep their change. A field changed on both sides to different values
keeps the server's and is returned as a conflict, with this laptop's value, for a person to
decide: free text is never silently overwritten. Who changed the record last (updated_at,
updated_by) is bookkeeping, not a conflict: the server's wins when both changed, so laptop
clocks never decide anything.
"""

from __future__ import annotations

from dataclasses import dataclass

BOOKKEEPING = frozenset({"updated_at", "updated_by"})
REMOVED = "(removed)"  # the field name of a conflict between a removal and a change


@dataclass(frozen=True)
class Conflict:
    field: str
    mine: object
    theirs: object


def merge(base: dict | None, mine: dict | None, theirs: dict | None
          ) -> tuple[dict | None, list[Conflict]]:
    if mine == theirs:
        return theirs, []
    if theirs is None or mine is None:
        return _removal(base, mine, theirs)
    base = base or {}
    merged: dict = {}
    conflicts: list[Conflict] = []
    for name in sorted(set(mine) | set(theirs)):
        m, t, b = mine.get(name), theirs.get(name), base.get(name)
        if m == t or m == b:
            merged[name] = t
        elif t == b or name not in theirs:
            merged[name] = m
        elif name in BOOKKEEPING:
            merged[name] = t
        else:
            merged[name] = t
            conflicts.append(Conflict(name, m, t))
    return merged, conflicts


def _removal(base, mine, theirs):
    """One side removed the record (a hard delete: rare, the records are soft-deleted)."""
    if theirs is None and mine is not None:
        if base is None:  # new here, never on the server: nothing was removed
            return mine, []
        if mine == base:  # removed there, untouched here
            return None, []
        return None, [Conflict(REMOVED, mine, None)]
    # removed here (mine is None)
    if theirs == base:
        return None, []
    return theirs, [Conflict(REMOVED, None, theirs)]
