"""A pupil's full name: the parts given, in order, one space between (the usual case is
joined inline for speed; every case must come out as the plain join would)."""

import itertools

from desktop.models.text import full_name

PARTS = ("Қайыров", "Аян Ерлан", "", None)


def test_every_combination_of_parts_is_the_plain_join():
    for surname, given, patronymic in itertools.product(PARTS, repeat=3):
        expected = " ".join(p for p in (surname, given, patronymic) if p)
        assert full_name(surname, given, patronymic) == expected


def test_the_patronymic_may_be_left_out():
    assert full_name("Әміров", "Ұлан") == "Әміров Ұлан"
    assert full_name("Әміров", "Ұлан", "Жасұланұлы") == "Әміров Ұлан Жасұланұлы"
