"""Class names: a grade 0-12 and one capital letter (Cyrillic, Kazakh or Latin)."""

import pytest

from desktop.models.school_class import class_sort_key, normalize_class, parse_class


@pytest.mark.parametrize(
    "text, grade, letter",
    [("7Ә", 7, "Ә"), ("10Б", 10, "Б"), ("0А", 0, "А"), ("11Ә", 11, "Ә"), ("5Ұ", 5, "Ұ"), ("9І", 9, "І")],
)
def test_valid_names(text, grade, letter):
    assert parse_class(text) == (grade, letter)
    assert normalize_class(text) == text


@pytest.mark.parametrize("text, normal", [("7ә", "7Ә"), ("10б", "10Б"), (" 3ғ ", "3Ғ"), ("8қ", "8Қ")])
def test_lowercase_is_normalized_to_capital(text, normal):
    assert normalize_class(text) == normal


@pytest.mark.parametrize("text", ["7D", "11F", "7d", "9Z"])
def test_latin_capital_letter_accepted(text):
    assert normalize_class(text) == text.upper()


@pytest.mark.parametrize("text, normal", [("7A", "7А"), ("7a", "7А"), ("11B", "11В"),
                                          ("10-b", "10В"), ("5K", "5К"), ("9I", "9І"),
                                          ("8H", "8Н"), ("6y", "6У")])
def test_latin_lookalike_letter_is_the_cyrillic_one(text, normal):
    """7A typed on an English keyboard is the class 7А (Cyrillic), not a class of its own."""
    assert normalize_class(text) == normal
    assert parse_class(text) == parse_class(normal)
    assert class_sort_key(text) == class_sort_key(normal)


def test_grade_12_is_accepted_13_is_not():
    assert parse_class("12А") == (12, "А")
    assert normalize_class("12ә") == "12Ә"
    assert parse_class("13А") is None
    assert sorted(["12А", "11Б", "1А"], key=class_sort_key) == ["1А", "11Б", "12А"]


def test_decomposed_letter_is_composed():
    assert normalize_class("7И\u0306") == "7Й"


@pytest.mark.parametrize("text", ["13А", "-1А", "7", "А7", "7АБ", "", "  ", "7 А Б", "7.", "100А"])
def test_invalid_names(text):
    assert parse_class(text) is None
    assert normalize_class(text) is None


@pytest.mark.parametrize("text", ["7ß", "7ﬁ"])
def test_letter_that_uppercases_to_two_characters_is_invalid_not_a_crash(text):
    assert parse_class(text) is None


def test_sort_key_orders_by_grade_then_letter():
    names = ["10Б", "7Ә", "0А", "7А", "11А", "2В"]
    assert sorted(names, key=class_sort_key) == ["0А", "2В", "7А", "7Ә", "10Б", "11А"]


def test_kazakh_letters_sort_in_alphabet_order():
    names = ["7В", "7Б", "7Ә", "7А", "7Ғ", "7Г"]
    assert sorted(names, key=class_sort_key) == ["7А", "7Ә", "7Б", "7В", "7Г", "7Ғ"]
