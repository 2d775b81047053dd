"""Finding a pupil: any case, ё = е, Kazakh letters, several words, IIN prefix, filters."""

from datetime import date

import pytest
from unit_factories import TODAY, build_iin


@pytest.fixture
def school(make_pupil):
    """A handful of pupils; the dict maps a short key to the created PupilRead."""
    return {
        "yolkin": make_pupil(surname="Ёлкин", given_name="Артём", patronymic="", sex="male",
                             birth_date=date(2014, 3, 2), class_name="6А"),
        "elkina": make_pupil(surname="Елкина", given_name="Дарья", patronymic="Сергеевна",
                             sex="female", birth_date=date(2012, 7, 9), class_name="8Б"),
        "abdi": make_pupil(surname="Әбдірахманова", given_name="Іңкәр", patronymic="Нұрланқызы",
                           sex="female", birth_date=date(2015, 1, 20), class_name="5Ә"),
        "alibek": make_pupil(surname="Әлібеков", given_name="Нұрғали", patronymic="Қуанышұлы",
                             sex="male", birth_date=date(2008, 5, 17), class_name="10Б"),
        "omir": make_pupil(surname="Өмірзақ", given_name="Ұлжан", patronymic="", sex="female",
                           birth_date=date(2013, 11, 3), class_name="7Ә"),
    }


def names(rows):
    return {r.full_name for r in rows}


def test_empty_query_lists_everyone_sorted_by_grade_then_name(services, school):
    rows = services.pupils.search("")
    assert [r.class_name for r in rows] == ["5Ә", "6А", "7Ә", "8Б", "10Б"]  # 10 after 8, not "10" < "5"


@pytest.mark.parametrize("query", ["ёлкин", "ЁЛКИН", "Елкин", "елкин"])
def test_yo_and_ye_are_alike_and_case_does_not_matter(services, school, query):
    found = names(services.pupils.search(query))
    assert found == {"Ёлкин Артём", "Елкина Дарья Сергеевна"}


def test_yo_in_given_name(services, school):
    assert names(services.pupils.search("АРТЕМ")) == {"Ёлкин Артём"}


@pytest.mark.parametrize("query", ["әбді", "ӘБДІ", "Әбдірахманова", "іңкәр", "ІҢКӘР"])
def test_kazakh_letters_any_case(services, school, query):
    assert names(services.pupils.search(query)) == {"Әбдірахманова Іңкәр Нұрланқызы"}


def test_kazakh_letters_are_not_folded_to_russian(services, school):
    # "а" must not find "ә": Әбдірахманова only matches through her other letters
    assert names(services.pupils.search("абді")) == set()
    assert names(services.pupils.search("ұлжан")) == {"Өмірзақ Ұлжан"}
    assert names(services.pupils.search("улжан")) == set()


@pytest.mark.parametrize("query", ["нұрғали әлібеков", "Әлібеков Нұрғали", "қуанышұлы ӘЛІБ", "нұрғ  қуан"])
def test_several_words_in_any_order(services, school, query):
    assert names(services.pupils.search(query)) == {"Әлібеков Нұрғали Қуанышұлы"}


def test_every_word_must_match(services, school):
    assert services.pupils.search("нұрғали ұлжан") == []


def test_part_of_a_name(services, school):
    assert names(services.pupils.search("рахман")) == {"Әбдірахманова Іңкәр Нұрланқызы"}
    assert names(services.pupils.search("ЗАҚ")) == {"Өмірзақ Ұлжан"}


def test_iin_prefix(services, school):
    alibek = school["alibek"]
    assert alibek.iin.startswith("080517")
    rows = services.pupils.search("080517")
    assert [r.id for r in rows] == [alibek.id]
    assert [r.id for r in services.pupils.search(alibek.iin)] == [alibek.id]
    assert [r.id for r in services.pupils.search("08")] == [alibek.id]


def test_iin_digits_in_the_middle_do_not_match(services, school):
    # 0517 is inside Әлібеков's IIN (080517...) but not at its start
    assert services.pupils.search("0517") == []


def test_class_filter(services, school):
    rows = services.pupils.search("", class_name="7Ә")
    assert names(rows) == {"Өмірзақ Ұлжан"}
    assert names(services.pupils.search("елкин", class_name="8Б")) == {"Елкина Дарья Сергеевна"}
    assert services.pupils.search("елкин", class_name="5Ә") == []


def test_left_pupils_hidden_unless_asked(services, school):
    left = school["omir"]
    data = services.pupils.get(left.id).to_input()
    data.active, data.left_date = False, TODAY
    services.pupils.update(left.id, data)

    assert left.id not in {r.id for r in services.pupils.search("")}
    assert services.pupils.search("ұлжан") == []
    rows = services.pupils.search("ұлжан", include_left=True)
    assert [r.id for r in rows] == [left.id]
    assert rows[0].active is False


def test_soft_deleted_pupils_are_never_found(services, school):
    gone = school["abdi"]
    services.pupils.delete(gone.id)
    for query in ("", "әбді", gone.iin[:6]):
        assert gone.id not in {r.id for r in services.pupils.search(query, include_left=True)}
    assert services.pupils.search("", class_name="5Ә", include_left=True) == []


@pytest.mark.parametrize("query", ["%", "_", "Ә%ов", "Әл_беков", "%%", "\\"])
def test_like_wildcards_in_the_query_match_literally(services, school, query):
    assert services.pupils.search(query) == []


def test_underscore_is_not_a_wildcard_inside_a_word(services, make_pupil):
    make_pupil(surname="Сапарова", given_name="Айым", sex="female", birth_date=date(2013, 2, 2),
               iin=build_iin(date(2013, 2, 2), "female", 11))
    assert services.pupils.search("сап_рова") == []
    assert len(services.pupils.search("сапарова")) == 1


def test_the_list_follows_the_kazakh_alphabet(services, make_pupil):
    """Ә comes after А and before Б, for classes and names alike; SQLite alone would put
    it after Я."""
    for surname, class_name in (("Бекзатов", "7А"), ("Яковлев", "7А"), ("Әлібеков", "7А"),
                                ("Ахметов", "7А"), ("Қасымов", "7Ә"), ("Иванов", "7Б")):
        make_pupil(surname=surname, class_name=class_name)
    rows = services.pupils.search("")
    assert [(r.class_name, r.full_name.split()[0]) for r in rows] == [
        ("7А", "Ахметов"), ("7А", "Әлібеков"), ("7А", "Бекзатов"), ("7А", "Яковлев"),
        ("7Ә", "Қасымов"), ("7Б", "Иванов"),
    ]
