"""One letter, one language: the addressee line in the dative in each language, the school's
and the organisation's details in the letter's language, and what on a letter is in the
other language, named before it is printed (desktop/models/addressee.py, text_language.py)."""

import io

import pypdf
import pytest
from referral_factories import CENTRE_KK, CENTRE_RU, organisation_input, referral_input

from desktop.documents import render_referral
from desktop.models.addressee import kk_dative, kk_genitive, proposed_addressee, split_name
from desktop.models.school import SchoolInput
from desktop.models.text_language import letter_language_problems, text_language


@pytest.mark.parametrize("language, organisation, head, line", [
    ("kk", "Алматы қаласының психологиялық қолдау орталығы", "Жақыпова Айгүл Серікқызы",
     "Алматы қаласының психологиялық қолдау орталығының басшысы А.С. Жақыповаға"),
    ("ru", "Центр психологической поддержки г. Алматы", "Жақыпова Айгүл Серікқызы",
     "Руководителю Центра психологической поддержки г. Алматы Жақыповой А.С."),
    ("ru", "Городской центр психологической поддержки", "Ахметов Б. К.",
     "Руководителю Городского центра психологической поддержки Ахметову Б.К."),
    ("ru", "КГУ «Центр психологической поддержки»", "Сейітқали Нұрлан",
     "Руководителю КГУ «Центр психологической поддержки» Сейітқали Н."),
    ("kk", "ПМПК", "Ахметов Б. К.", "ПМПК-ның басшысы Б.К. Ахметовқа"),
    ("kk", "Кәмелетке толмағандардың істері жөніндегі инспектор", "Әлиев Ерлан",
     "Кәмелетке толмағандардың істері жөніндегі инспектордың басшысы Е. Әлиевке"),
])
def test_the_addressee_line_is_in_the_dative_in_each_language(language, organisation, head,
                                                              line):
    assert proposed_addressee(language, organisation, head) == line


def test_kazakh_suffixes_follow_vowel_harmony_and_the_last_sound():
    assert [kk_dative(w) for w in ("Жақыпова", "Ахметов", "Сейітқали", "Әлиев")] == [
        "Жақыповаға", "Ахметовқа", "Сейітқалиге", "Әлиевке"]
    assert [kk_genitive(w) for w in ("орталығы", "мектеп", "комиссиясы", "ауыл", "күн")] == [
        "орталығының", "мектептің", "комиссиясының", "ауылдың", "күннің"]
    assert split_name("Жақыпова А. С.") == ("Жақыпова", "А.С.", True)


@pytest.mark.parametrize("text, language", [
    ("Қазан айынан бері сыныптастары чатта мазақтайды, ол мектепке барғысы келмейді", "kk"),
    ("С октября одноклассники высмеивают его в чате, и он не хочет идти в школу", "ru"),
    ("7Ә", None), ("", None),
])
def test_the_language_of_a_text(text, language):
    assert text_language(text) == language


@pytest.fixture
def referral(services, pupil):
    services.school.save(SchoolInput(
        name_kk="№ 145 мектеп", name_ru="Школа № 145", address="г. Алматы, ул. Абая, 1",
        address_kk="Алматы қ., Абай к-сі, 1", director="Сәрсенбаева Г. К.",
        director_kk="Сәрсенбаева Г. Қ.", psychologist="Омарова Д. С."))
    centre = services.organisations.create(organisation_input(
        address_kk="Алматы қ., Достық д-лы, 2", head_kk="Жақыпова Ә. С."))
    return services.referrals.create(referral_input(pupil.id, centre.id))


def _text(letter) -> str:
    pdf = render_referral(letter)
    return " ".join(" ".join(p.extract_text().split())
                    for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_a_kazakh_letter_has_the_schools_and_the_centres_details_in_kazakh(services, referral):
    letter = services.referrals.letter(referral.id, language="kk")
    assert letter.school_address == "Алматы қ., Абай к-сі, 1"
    assert letter.addressee_address == "Алматы қ., Достық д-лы, 2"
    assert letter.director == "Сәрсенбаева Г. Қ."
    assert letter.addressee_line == f"{CENTRE_KK[:-1]}ының басшысы Ә.С. Жақыповаға"
    assert letter_language_problems(letter) == []
    text = _text(letter)
    assert "Абай к-сі" in text and "ул. Абая" not in text and "Жақыповаға" in text


def test_a_russian_letter_has_them_in_russian(services, referral):
    letter = services.referrals.letter(referral.id, language="ru")
    assert letter.school_address == "г. Алматы, ул. Абая, 1"
    assert letter.addressee_line == ("Руководителю Центра психологической поддержки "
                                     "Медеуского района Жақыповой Ә.С.")
    assert CENTRE_RU.startswith("Центр")
    # The texts were drafted in Kazakh: printed in Russian they are named, never silently.
    assert letter_language_problems(letter) == ["reason", "summary", "measures"]


def test_a_detail_missing_in_kazakh_is_named(services, pupil):
    services.school.save(SchoolInput(name_kk="№ 145 мектеп", address="г. Алматы, ул. Абая, 1"))
    centre = services.organisations.create(organisation_input())  # Russian details only
    r = services.referrals.create(referral_input(pupil.id, centre.id))
    letter = services.referrals.letter(r.id, language="kk")
    assert letter_language_problems(letter) == [
        "addressee_head", "school_address", "addressee_address"]


def test_the_line_the_school_corrected_is_printed_as_it_is(services, pupil):
    centre = services.organisations.create(organisation_input(
        addressee_ru="Директору КГУ «ЦПП Медеуского района» Жақыповой Ә. С."))
    r = services.referrals.create(referral_input(pupil.id, centre.id, language="ru"))
    letter = services.referrals.letter(r.id)
    assert letter.addressee_line == "Директору КГУ «ЦПП Медеуского района» Жақыповой Ә. С."
    assert "Директору КГУ «ЦПП Медеуского района»" in _text(letter)
