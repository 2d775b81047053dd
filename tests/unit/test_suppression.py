"""What a column of the term summary shows (desktop/models/suppression.py, by the cell-key
method of desktop/models/cell_key.py), and a reader who knows the rule and tries to work a
«<5» back out of one column."""

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.cell_key import KEY_RANGE, record_key, rounded, span
from desktop.models.suppression import published, suppress_column
from desktop.models.term_summary import HIDDEN, LESS_THAN_5

L, X = LESS_THAN_5, HIDDEN


def test_zeros_and_small_counts():
    assert [published(v, 123) for v in (0, 1, 4)] == [0, L, L]


def test_multiples_of_five_are_shown_as_they_are():
    assert [published(v, key) for v in (5, 10, 120) for key in (0, 4095)] == [
        5, 5, 10, 10, 120, 120]


def test_other_counts_are_rounded_up_or_down_by_the_cell_key():
    # 7: up to 10 for two fifths of the keys, down to 5 for the rest.
    shown = [published(7, key) for key in range(KEY_RANGE)]
    assert set(shown) == {5, 10}
    assert abs(shown.count(10) / KEY_RANGE - 0.4) < 0.001
    # The same records (the same key sum) always give the same figure.
    assert published(7, 1000 + KEY_RANGE) == published(7, 1000)


def test_on_average_the_rounded_figures_are_right():
    for count in range(5, 40):
        mean = sum(rounded(count, key) for key in range(KEY_RANGE)) / KEY_RANGE
        assert abs(mean - count) < 0.01


def test_a_records_key_comes_from_its_random_id():
    found = uuid.UUID("3f2b8c1e-0000-4000-8000-000000000abc")
    assert record_key(found) == 0xABC == record_key(found.hex)


def test_a_shown_figure_stands_for_nine_counts():
    assert span(5) == (5, 9)  # 1 to 4 would have been «<5»
    assert span(10) == (6, 14)


def test_nothing_to_hide():
    assert suppress_column([10, 0, 15], [1, 2, 3], 25, 6) == ([10, 0, 15], 25)


def test_one_small_count_beside_rounded_ones_needs_nothing_more():
    # 23 - 12 - 8 is known only to within ±12: the 3 cannot be worked out.
    figures, total = suppress_column([3, 8, 12, 0], [0, 0, 0, 0], 23, 0)
    assert figures[0] is L and figures[3] == 0 and total in (20, 25)
    assert HIDDEN not in figures


def test_four_ones_under_a_small_total_hide_the_total():
    # Four «<5» under a total below 5 could only be four ones.
    assert suppress_column([1, 1, 0, 1, 1], [0] * 5, 4, 0) == ([L, L, 0, L, L], X)
    assert suppress_column([1, 1, 0, 2], [0] * 4, 4, 0) == ([L, L, 0, L], L)


def test_small_counts_alone_that_pin_each_other_hide_the_total():
    # Three «<5» under a total «<5»: each is at most 4 - 2 = 2, at least 1... still two
    # values; a fourth pins them all to one.
    assert suppress_column([1, 1, 1], [0] * 3, 3, 0) == ([L, L, L], L)


def test_a_column_of_zeros_and_one_small_count():
    assert suppress_column([0, 0, 0], [0] * 3, 0, 0) == ([0, 0, 0], 0)
    assert suppress_column([0, 3, 0], [0] * 3, 3, 0) == ([0, L, 0], L)


def test_a_table_without_a_total_gets_no_complements():
    figures, total = suppress_column([3, 9, 0], [0, 0, 0], None)
    assert figures == [L, 10, 0] and total is None  # 9 with key 0: rounded up


# --- a reader who knows the rule tries to recover a «<5» ---------------------------------

BIG = 150  # more than any column below can hold


def _range(figure):
    if figure is L:
        return 1, 4
    if figure is X:
        return 5, BIG
    if figure == 0:
        return 0, 0
    return span(figure)


def _sums(ranges) -> set[int]:
    """Every sum the other cells could have, each within its range."""
    sums = {0}
    for low, high in ranges:
        sums = {s + v for s in sums for v in range(low, high + 1) if s + v <= BIG}
    return sums


def possible_values(figures, total) -> dict[int, set[int]]:
    """For each «<5» cell, the numbers it could be, given every figure shown."""
    if total is None:
        totals = set(range(0, BIG + 1))
    elif total is X:
        totals = set(range(1, BIG + 1))
    else:
        low, high = _range(total)
        totals = set(range(low, high + 1))
    found = {}
    for i, f in enumerate(figures):
        if f is not L:
            continue
        sums = _sums([_range(g) for j, g in enumerate(figures) if j != i])
        found[i] = {v for v in range(1, 5) if any(t - v in sums for t in totals)}
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, KEY_RANGE - 1)),
                min_size=1, max_size=6),
       st.integers(0, KEY_RANGE - 1), st.booleans())
def test_no_hidden_small_count_can_be_recovered_from_a_column(cells, total_key, additive):
    values = [v for v, _ in cells]
    total = sum(values) if additive else None
    figures, shown_total = suppress_column(values, [k for _, k in cells], total, total_key)

    for value, figure in zip(values, figures):
        low, high = _range(figure)
        assert low <= value <= high or figure is X
        if figure is X:
            assert value >= 5  # a complement is never a zero or a small count
    for i, candidates in possible_values(figures, shown_total).items():
        assert values[i] in candidates
        assert len(candidates) >= 2, (values, figures, shown_total, i)
