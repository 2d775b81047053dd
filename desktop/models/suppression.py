"""What a column of the term summary shows (one table, one period), so that no count from
1 to 4 can be worked out, from this column or from any other table a reader may ask for.

1. Every count is published by the cell-key method (models/cell_key.py): 0 as 0, 1 to 4 as
   «<5» (LESS_THAN_5), 5 or more rounded to a multiple of 5 by the cell's key, the same in
   every table. That is what keeps overlapping periods and breakdowns from being
   subtracted from each other to find a small count.
2. Complementary suppression, only when the column has a total (its rows add up to it).
   A reader knows the rule: «<5» is 1 to 4, a shown figure P of 5 or more is P-4 to P+4
   (at least 5), «×» (HIDDEN) is 5 or more. A «<5» is protected if, from the total and the
   other cells, it could still be at least two different numbers. While some «<5» is not,
   the smallest shown cell that is not zero is hidden as «×»; if none is left, the total
   itself. (With rounding this is rarely needed: the spans are wide.)
3. A table whose rows need not add up (an incident may have several forms) has no total
   to work back from: only step 1. So have the headline figures, single counts.

Each column (this period, the previous one, the same one last year) is worked out on its
own, from the records in it only. Only the result leaves the service.
"""

from __future__ import annotations

from collections.abc import Sequence

from .cell_key import BASE, SMALL_MAX, rounded, span
from .term_summary import HIDDEN, LESS_THAN_5, Figure

UNBOUNDED = None


def published(value: int, key_sum: int) -> Figure:
    """A single count as it may be shown: 0, «<5», or rounded to 5 by its cell key."""
    if value == 0:
        return 0
    if value <= SMALL_MAX:
        return LESS_THAN_5
    return rounded(value, key_sum)


def bounds(figure: Figure) -> tuple[int, int | None]:
    """The counts a reader knows a shown figure stands for (None: no upper bound)."""
    if figure is LESS_THAN_5:
        return 1, SMALL_MAX
    if figure is HIDDEN:
        return BASE, UNBOUNDED
    if figure == 0:
        return 0, 0
    return span(figure)


def suppress_column(values: Sequence[int], keys: Sequence[int], total: int | None = None,
                    total_key: int = 0) -> tuple[list[Figure], Figure | None]:
    """The figures of one column: the rows' and the total's (None when there is no total).
    `keys` are the sums of the records' keys of each row; `total` (with `total_key`) is the
    column's total when the rows add up to it."""
    figures: list[Figure] = [published(v, k) for v, k in zip(values, keys, strict=True)]
    if total is None:
        return figures, None
    shown_total = published(total, total_key)
    while not all(_protected(i, figures, shown_total)
                  for i, f in enumerate(figures) if f is LESS_THAN_5):
        visible = [i for i, f in enumerate(figures) if isinstance(f, int) and f > 0]
        if not visible:
            return figures, HIDDEN
        figures[min(visible, key=lambda i: (values[i], i))] = HIDDEN
    return figures, shown_total


def _protected(i: int, figures: Sequence[Figure], total: Figure) -> bool:
    """Whether the «<5» cell i could be at least two numbers to a reader who sees `figures`
    and the total and knows the rule. A hidden total may be anything from 1 up."""
    total_low, total_high = (1, None) if total is HIDDEN else bounds(total)
    others_low, others_high = 0, 0
    for j, f in enumerate(figures):
        if j == i:
            continue
        low, high = bounds(f)
        others_low += low
        others_high = None if others_high is None or high is None else others_high + high
    low = 1 if others_high is None else max(1, total_low - others_high)
    high = SMALL_MAX if total_high is None else min(SMALL_MAX, total_high - others_low)
    return high - low >= 1
