"""The cell-key method: how a count in a published table is made safe to compare with every
other table a reader may ask for. Pure functions; the service adds the keys up in SQL.

Why this method (statistical disclosure control, as national statistics offices use it:
the ABS's "cell key perturbation", the ONS's for the 2021 census). A head teacher may ask
for any number of overlapping summaries: 01.09–19.11, then 01.09–20.11; a quarter and the
year; grade 7 this quarter and last. Suppressing small cells table by table cannot stop
"12 yesterday, 13 today, so exactly one incident today": the difference of two large,
exactly shown counts is a small count. So no count of five or more is shown exactly either,
and what is shown for a cell depends only on which records are in it:

- each record carries a fixed random key: the last three hex digits of its id (a random
  UUID, so uniform over 0..4095; nobody without the records can know them);
- a cell's key is the sum of its records' keys, modulo 4096: the same records always give
  the same cell key, so the same cell shows the same figure in every table, period, file
  and screen, and asking again reveals nothing new;
- a count from 1 to 4 is shown as «<5»; 0 is shown (it points at no one);
- a count of 5 or more is rounded to a multiple of 5, up or down, at random but by the
  cell key: up with probability (count mod 5) / 5, so on average the figures stay right
  (unbiased random rounding), and 5 is the least figure ever shown for 5 or more.

Why rounding to 5 rather than adding a small noise of ±1 or ±2: with any noise of known
bounds, two cells whose records differ by one can land at the extremes (one +2, the
other -2) and then their difference pins the count exactly, a few times in a hundred. With
rounding to 5 every shown figure is a multiple of 5 and stands for a span of nine counts
(P-4..P+4), so the difference of two cells is known only to within ±8: from any two
cells, however they overlap, no count from 1 to 4 can ever be pinned (a «<5» between them
is still at least two numbers; tests/unit/test_disclosure_attack.py plays the reader who
tries). Within one table, where a total and several rows could still combine to pin a
«<5», models/suppression.py checks every «<5» and hides a further cell when needed.
"""

from __future__ import annotations

KEY_DIGITS = 3  # hex digits of the record's id used as its key
KEY_RANGE = 16 ** KEY_DIGITS  # 4096
BASE = 5  # shown figures of 5 or more are multiples of this
SMALL_MAX = BASE - 1  # counts from 1 to this are shown as «<5»


def record_key(record_id) -> int:
    """A record's key from its id (a UUID or its 32 hex digits): the SQL in
    services/cell_keys.py computes the same number."""
    text = record_id.hex if hasattr(record_id, "hex") else str(record_id).replace("-", "")
    return int(text[-KEY_DIGITS:], 16)


def cell_key(key_sum: int) -> int:
    """The cell's key from the sum of its records' keys."""
    return key_sum % KEY_RANGE


def rounded(count: int, key_sum: int) -> int:
    """A count of 5 or more as shown: a multiple of 5, rounded up with probability
    (count mod 5) / 5 by the cell key. Counts below 5 are returned as they are (the caller
    shows 1-4 as «<5»)."""
    if count <= SMALL_MAX:
        return count
    low, rest = divmod(count, BASE)
    up = cell_key(key_sum) * BASE < rest * KEY_RANGE
    return (low + up) * BASE


def span(shown: int) -> tuple[int, int]:
    """The counts a shown multiple of 5 (5 or more) can stand for."""
    return max(BASE, shown - SMALL_MAX), shown + SMALL_MAX
