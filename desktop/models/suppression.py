"""Small-count suppression for the term summary: no count that could point at a child is shown.

The rule, in plain words, for one column of a table (one period):

1. Primary suppression. Every count from 1 to 4 is shown as «<5» (LESS_THAN_5), a total
   of 1 to 4 too. Zeros are shown: "nobody" points at no one.
2. Complementary suppression, only when the column has a total that is shown. A reader who
   knows the total and the shown cells knows what the hidden cells add up to, that each
   «<5» is 1 to 4 and that each «×» (HIDDEN) is 5 or more. A «<5» is protected only if,
   from all of that, it could still be at least two different numbers. While some «<5» is
   not protected, the smallest shown cell that is not zero is hidden as «×» (the cell whose
   hiding loses the least); if no such cell is left, the total itself is hidden as «×».
   A hidden total tells only that it is not shown, from which no «<5» can be pinned down.
3. A table whose rows need not add up to a total (an incident may have several forms) has
   no total to work back from: only primary suppression. So have the headline figures,
   which are single counts.

Each column (this period, the previous one, the same one last year) is suppressed on its
own. Only the result leaves the service: a hidden count is never carried further.

4. A total of 1 to 4 («<5») over four «<5» cells would say that each is 1: then the total
   is hidden as «×» (fewer non-zero cells leave every «<5» at two values or more).
"""

from __future__ import annotations

from collections.abc import Sequence

from .term_summary import HIDDEN, LESS_THAN_5, Figure

SMALL_MAX = 4  # counts from 1 to this are shown as «<5»
COMPLEMENT_MIN = SMALL_MAX + 1  # a «×» cell is never 0 (zeros are shown): 5 or more


def primary(value: int) -> Figure:
    """A single count as it may be shown: 1 to 4 become «<5»."""
    return LESS_THAN_5 if 1 <= value <= SMALL_MAX else value


def suppress_column(values: Sequence[int], total: int | None = None
                    ) -> tuple[list[Figure], Figure | None]:
    """The figures of one column: the rows' and the total's (None when there is no total).
    `total` is the column's total when the rows add up to it."""
    figures: list[Figure] = [primary(v) for v in values]
    if total is None:
        return figures, None
    shown_total = primary(total)
    if shown_total is LESS_THAN_5:
        if sum(1 for v in values if v) == SMALL_MAX:
            return figures, HIDDEN
        return figures, shown_total
    while not all(_protected(i, figures, total)
                  for i, f in enumerate(figures) if f is LESS_THAN_5):
        visible = [i for i, f in enumerate(figures) if isinstance(f, int) and f > 0]
        if not visible:
            return figures, HIDDEN
        figures[min(visible, key=lambda i: values[i])] = HIDDEN
    return figures, shown_total


def _protected(i: int, figures: Sequence[Figure], total: int) -> bool:
    """Whether the «<5» cell i could be at least two numbers to a reader who sees `figures`
    and the exact total."""
    hidden_sum = total - sum(f for f in figures if isinstance(f, int))
    others = [f for j, f in enumerate(figures) if j != i and not isinstance(f, int)]
    small = sum(1 for f in others if f is LESS_THAN_5)
    complements = len(others) - small
    others_min = small + complements * COMPLEMENT_MIN
    others_max = None if complements else small * SMALL_MAX  # None: no upper bound
    low = 1 if others_max is None else max(1, hidden_sum - others_max)
    high = min(SMALL_MAX, hidden_sum - others_min)
    return high - low >= 1
