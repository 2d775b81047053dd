"""Small-count suppression (desktop/models/suppression.py): the figures a column shows, and a
reader who tries to work a «<5» back out of them."""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.suppression import primary, suppress_column
from desktop.models.term_summary import HIDDEN, LESS_THAN_5

L, X = LESS_THAN_5, HIDDEN


def test_nothing_to_hide_shows_every_count():
    assert suppress_column([10, 0, 7], 17) == ([10, 0, 7], 17)


def test_one_small_count_with_the_total_shown_hides_the_smallest_other_count():
    # 23 - 12 - 0 would give the 3 away: the 8 is hidden as well (the 12 stays).
    assert suppress_column([3, 8, 12, 0], 23) == ([L, X, 12, 0], 23)


def test_two_small_counts_whose_sum_the_total_gives_away():
    # 11 - 9 = 2 can only be 1 + 1: the 9 is hidden too.
    assert suppress_column([1, 1, 9], 11) == ([L, L, X], 11)


def test_two_small_counts_that_can_be_told_apart_need_nothing_more():
    # 3 + 2 = 5 could be 1+4, 2+3, 3+2, 4+1: neither can be worked out.
    assert suppress_column([3, 2, 0, 9], 14) == ([L, L, 0, 9], 14)


def test_a_complement_that_is_the_only_other_count_hides_the_total():
    # 1 + 5 = 6: with the 5 hidden (5 or more) the 1 is still the only possible number,
    # and there is nothing else to hide, so the total goes.
    assert suppress_column([1, 5, 0], 6) == ([L, X, 0], X)


def test_a_complement_that_leaves_room_is_enough():
    # 4 + 9 = 13, the 9 hidden: the small one could be anything from 1 to 4 (9 to 12 beside it).
    assert suppress_column([4, 9], 13) == ([L, X], 13)


def test_small_counts_alone_that_pin_each_other_hide_the_total():
    # 4 + 4 = 8: both cells must be 4.
    assert suppress_column([4, 4, 0], 8) == ([L, L, 0], X)


def test_a_total_of_one_to_four_is_shown_as_less_than_5():
    assert suppress_column([1, 2, 0], 3) == ([L, L, 0], L)


def test_four_ones_under_a_small_total_hide_the_total():
    # Four «<5» under a total below 5 could only be four ones.
    assert suppress_column([1, 1, 0, 1, 1], 4) == ([L, L, 0, L, L], X)
    assert suppress_column([1, 1, 0, 2], 4) == ([L, L, 0, L], L)


def test_zeros_are_shown():
    assert suppress_column([0, 0, 0], 0) == ([0, 0, 0], 0)
    assert suppress_column([0, 3, 0], 3) == ([0, L, 0], L)


def test_a_table_without_a_total_gets_no_complements():
    assert suppress_column([3, 9, 0], None) == ([L, 9, 0], None)


def test_single_counts():
    assert [primary(v) for v in (0, 1, 4, 5, 120)] == [0, L, L, 5, 120]


# --- a reader who knows the rule tries to recover a «<5» ---------------------------------

BIG = 200  # more than any column below can hold


def _sums(ranges) -> set[int]:
    """Every sum the hidden cells could have, each within its range."""
    sums = {0}
    for low, high in ranges:
        sums = {s + v for s in sums for v in range(low, high + 1) if s + v <= BIG}
    return sums


def possible_values(figures, total) -> dict[int, set[int]]:
    """For each «<5» cell, the numbers it could be, given every figure shown: «<5» is 1-4,
    «×» is 5 or more (zeros are shown), a total shown as «<5» is 1-4, as «×» 4 or more."""
    visible = sum(f for f in figures if isinstance(f, int))
    if total is None:
        hidden_sums = set(range(0, BIG + 1))
    elif total is L:
        hidden_sums = {t - visible for t in range(1, 5)}
    elif total is X:
        hidden_sums = {t - visible for t in range(4, BIG + 1)}  # four ones hide theirs too
    else:
        hidden_sums = {total - visible}
    found = {}
    for i, f in enumerate(figures):
        if f is not L:
            continue
        others = [(1, 4) if g is L else (5, BIG) for j, g in enumerate(figures)
                  if j != i and not isinstance(g, int)]
        sums = _sums(others)
        found[i] = {v for v in range(1, 5) if any(h - v in sums for h in hidden_sums)}
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 12), min_size=1, max_size=6), st.booleans())
def test_no_hidden_small_count_can_be_recovered(values, additive):
    total = sum(values) if additive else None
    figures, shown_total = suppress_column(values, total)

    for value, figure in zip(values, figures):
        if isinstance(figure, int):
            assert figure == value
        elif figure is L:
            assert 1 <= value <= 4
        else:
            assert value >= 5  # a complement is never a zero or a small count
    if additive:
        assert shown_total in (L, X) or shown_total == total
    for i, candidates in possible_values(figures, shown_total).items():
        assert values[i] in candidates
        assert len(candidates) >= 2, (values, figures, shown_total, i)
