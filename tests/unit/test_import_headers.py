"""Which column holds what, from Russian, Kazakh and English headers; full names split."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.importing.headers import (
    check_mapping, guess_field, guess_mapping, sex_from_patronymic, split_full_name,
)


@pytest.mark.parametrize("header, field", [
    ("Фамилия", "surname"), ("Тегі", "surname"), ("Surname", "surname"),
    ("Last name", "surname"), ("ФАМИЛИЯ", "surname"), ("Тегi", "surname"),  # Latin i
    ("Имя", "given_name"), ("Аты", "given_name"), ("Есімі", "given_name"),
    ("First name", "given_name"),
    ("Отчество", "patronymic"), ("Әкесінің аты", "patronymic"), ("Patronymic", "patronymic"),
    ("ФИО", "full_name"), ("Ф.И.О.", "full_name"), ("Аты-жөні", "full_name"),
    ("Full name", "full_name"), ("Фамилия, имя, отчество", "full_name"),
    ("Тегі, аты, әкесінің аты", "full_name"), ("ФИО обучающегося", "full_name"),
    ("ИИН", "iin"), ("ЖСН", "iin"), ("ИИН/ЖСН", "iin"), ("IIN", "iin"),
    ("Класс", "class_name"), ("Сынып", "class_name"), ("Класс/Сынып", "class_name"),
    ("Class", "class_name"),
    ("Дата рождения", "birth_date"), ("Туған күні", "birth_date"),
    ("Дата рождения (дд.мм.гггг)", "birth_date"), ("Date of birth", "birth_date"),
    ("Туған күні / Дата рождения", "birth_date"),
    ("Пол", "sex"), ("Жынысы", "sex"), ("Gender", "sex"),
    ("Язык обучения", "study_language"), ("Оқыту тілі", "study_language"),
])
def test_headers_in_three_languages(header, field):
    assert guess_field(header)[0] == field


@pytest.mark.parametrize("header", [
    "№", "№ п/п", "ФИО родителя", "Ата-анасының аты-жөні", "Телефон матери",
    "Классный руководитель", "Сынып жетекшісі", "Адрес", "Примечание", "",
])
def test_columns_about_someone_else_are_not_the_pupils(header):
    assert guess_field(header) == (None, 0)


def test_a_whole_header_row():
    header = ["№", "Тегі / Фамилия", "Аты / Имя", "Әкесінің аты / Отчество", "ЖСН / ИИН",
              "Туған күні / Дата рождения", "Сынып / Класс", "Жынысы / Пол",
              "Ата-анасының телефоны"]
    assert guess_mapping(header) == {
        "surname": 1, "given_name": 2, "patronymic": 3, "iin": 4, "birth_date": 5,
        "class_name": 6, "sex": 7}


def test_parts_win_over_a_full_name_column():
    assert guess_mapping(["ФИО", "Фамилия", "Имя"]) == {"surname": 1, "given_name": 2}
    assert guess_mapping(["ФИО", "Класс"]) == {"full_name": 0, "class_name": 1}


def test_the_first_of_two_equal_columns_is_taken():
    assert guess_mapping(["Класс", "Класс"]) == {"class_name": 0}


@pytest.mark.parametrize("text, parts", [
    ("Нұрланова Әсем Серікқызы", ("Нұрланова", "Әсем", "Серікқызы")),
    ("Нұрланова  Әсем   Серік қызы", ("Нұрланова", "Әсем", "Серік қызы")),
    ("Қасымов Ерасыл Болат ұлы", ("Қасымов", "Ерасыл", "Болат ұлы")),
    ("Иванов Иван Иванович", ("Иванов", "Иван", "Иванович")),
    ("Ким Виктория", ("Ким", "Виктория", "")),
    ("Жұмабаев", ("Жұмабаев", "", "")),
    ("Мамедов Эльчин Ильхам оглы", ("Мамедов", "Эльчин", "Ильхам оглы")),
    ("", ("", "", "")),
])
def test_full_names_are_split_into_parts(text, parts):
    assert split_full_name(text) == parts


_WORD = st.text(alphabet="АӘБҒҚҢӨҰҮҺІабвгғқңөұүһіё-", min_size=1, max_size=12).filter(
    lambda w: w.strip("-") == w)


@given(st.tuples(_WORD, _WORD, _WORD))
def test_splitting_puts_back_what_joining_made(parts):
    surname, given_name, patronymic = parts
    assert split_full_name(f" {surname} {given_name}  {patronymic} ") == parts


@pytest.mark.parametrize("patronymic, sex", [
    ("Серікұлы", "male"), ("Серікқызы", "female"), ("Серік қызы", "female"),
    ("Иванович", "male"), ("Сергеевна", "female"), ("Ильинична", "female"), ("", None),
])
def test_sex_from_a_patronymic(patronymic, sex):
    assert sex_from_patronymic(patronymic) == sex


def test_a_mapping_needs_a_surname_and_given_name_and_one_column_per_thing():
    labels = ["A: Фамилия", "B: Имя", "C: Класс"]
    assert check_mapping({"surname": 0, "given_name": 1}, labels) is None
    assert check_mapping({"full_name": 0}, labels) is None
    assert check_mapping({"given_name": 1}, labels)[0] == "file.no_surname"
    assert check_mapping({"surname": 0}, labels)[0] == "file.no_given_name"
    assert check_mapping({"surname": 0, "given_name": 0}, labels) == (
        "file.same_column", {"column": "A: Фамилия"})
