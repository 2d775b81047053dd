"""The addressee line of a letter, as it is written in each language: to the head of the
organisation, in the dative.

    kk: «Алматы қаласының психологиялық қолдау орталығының басшысы А.С. Жақыповаға»
    ru: «Руководителю Центра психологической поддержки г. Алматы Жақыповой А.С.»

Senim proposes the line from the organisation's name and its head's name in that language;
the school may correct it (Settings → Organisations), and the corrected line is used as it
is. The rules below cover the usual cases (Kazakh vowel harmony and the final sound; the
Russian surname endings -ов/-ев/-ин and -ова/-ева/-ина, -ский/-ская; the first words of a
Russian organisation's name such as «Центр», «Комиссия», «Городской»); a name they do not
know is left as it is, for the school to correct.
"""

from __future__ import annotations

import re

_BACK = set("аоұыуя")  # back vowels (у and я read back here)
_FRONT = set("әөүіеэиё")
_VOWELS = _BACK | _FRONT
_HARD_END = set("кқпстфхцчшщбвгд")  # after these: -қа/-ке, -тың/-тің
_SONORANT_END = set("лрйуўзж")  # genitive -дың/-дің
_NASAL_END = set("мнң")  # genitive -ның/-нің, like a vowel
_BACK_LETTER_NAMES = set("АКҚОУҰЫХШЯ")  # «ка», «қа», «ха», «ша»…: an abbreviation's end


def _front(word: str) -> bool:
    """Whether a Kazakh word takes the front (е/і) form of a suffix: by its last vowel."""
    for ch in reversed(word.lower()):
        if ch in _FRONT:
            return True
        if ch in _BACK:
            return False
    return False


def kk_dative(word: str) -> str:
    """«Жақыпова» → «Жақыповаға», «Ахметов» → «Ахметовқа», «Сейітқали» → «Сейітқалиге»."""
    if not word:
        return word
    last = word[-1].lower()
    front = _front(word)
    if last in _HARD_END:
        return word + ("ке" if front else "қа")
    return word + ("ге" if front else "ға")


def kk_genitive(word: str) -> str:
    """«орталығы» → «орталығының», «инспектор» → «инспектордың», «мектеп» → «мектептің»;
    an abbreviation in capitals gets a hyphen: «ПМПК» → «ПМПК-ның»."""
    if not word:
        return word
    if word.isupper() and len(word) > 1:  # read letter by letter: by the last one's name
        return word + ("-ның" if word[-1] in _BACK_LETTER_NAMES else "-нің")
    trail = ""
    while word and not word[-1].isalpha():  # a closing quote stays after the suffix
        trail, word = word[-1] + trail, word[:-1]
    last = word[-1].lower() if word else ""
    front = _front(word)
    if last in _VOWELS or last in _NASAL_END:
        suffix = "нің" if front else "ның"
    elif last in _SONORANT_END:
        suffix = "дің" if front else "дың"
    else:
        suffix = "тің" if front else "тың"
    return word + suffix + trail


# --- people's names --------------------------------------------------------------------------

_INITIALS = re.compile(r"^([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\.?\s*(?:([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\.?)?$")
_FEMALE_PATRONYMIC = ("қызы", "кызы", "овна", "евна", "ична", "инична")


def split_name(name: str) -> tuple[str, str, bool | None]:
    """(surname, initials «А.С.», female?) from «Жақыпова Айгүл Серікқызы» or
    «Жақыпова А. С.»; female is None when the name does not say."""
    words = name.replace(",", " ").split()
    if not words:
        return "", "", None
    surname, rest = words[0], words[1:]
    joined = "".join(rest)
    initials_match = _INITIALS.match(joined) if len(joined) <= 4 else None
    if initials_match:
        initials = "".join(f"{x}." for x in initials_match.groups() if x)
    else:
        initials = "".join(f"{w[0].upper()}." for w in rest[:2] if w)
    female = None
    if len(rest) >= 2:
        last = rest[-1].lower()
        if last.endswith(_FEMALE_PATRONYMIC):
            female = True
        elif last.endswith(("ұлы", "улы", "ович", "евич", "ич")):
            female = False
    if female is None:
        low = surname.lower()
        if low.endswith(("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")):
            female = True
        elif low.endswith(("ов", "ев", "ёв", "ин", "ын", "ский", "цкий")):
            female = False
    return surname, initials, female


def ru_surname_dative(surname: str, female: bool | None) -> str:
    """«Жақыпова» → «Жақыповой», «Ахметов» → «Ахметову», «Сейітқали» stays."""
    low = surname.lower()
    if female is not False and low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return surname[:-1] + "ой"
    if female is not False and low.endswith(("ская", "цкая")):
        return surname[:-2] + "ой"
    if female is not True and low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "у"
    if female is not True and low.endswith(("ский", "цкий")):
        return surname[:-2] + "ому"
    return surname


# --- Russian organisation names: the genitive of the first words -----------------------------

_RU_NOUNS = {
    "центр": "центра", "комиссия": "комиссии", "отдел": "отдела", "управление": "управления",
    "служба": "службы", "поликлиника": "поликлиники", "больница": "больницы",
    "инспекция": "инспекции", "департамент": "департамента", "организация": "организации",
    "учреждение": "учреждения", "диспансер": "диспансера", "консультация": "консультации",
    "отделение": "отделения", "школа": "школы", "инспектор": "инспектора",
}


def _ru_adjective_genitive(word: str) -> str | None:
    low = word.lower()
    for ending, genitive in (("ский", "ского"), ("ной", "ного"), ("ный", "ного"),
                             ("ий", "его"), ("ой", "ого"), ("ый", "ого"), ("ая", "ой"),
                             ("яя", "ей"), ("ое", "ого"), ("ее", "его")):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return word[:len(word) - len(ending)] + genitive
    return None


def _keep_case(original: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


def ru_genitive_name(name: str) -> str:
    """«Центр психологической поддержки» → «Центра психологической поддержки»; «Городской
    центр …» → «Городского центра …»; a name that begins with an abbreviation («КГУ «…»») or
    a word not known here stays as it is."""
    words = name.split(" ")
    out = list(words)
    for i, word in enumerate(words):
        noun = _RU_NOUNS.get(word.lower())
        if noun:
            out[i] = _keep_case(word, noun)
            return " ".join(out)
        adjective = _ru_adjective_genitive(word)
        if adjective is None:
            return name
        out[i] = adjective
    return name


# --- the line ----------------------------------------------------------------------------------


def proposed_addressee(language: str, organisation: str, head: str) -> str:
    """The addressee line in `language` from the organisation's name and its head's name
    in that language (see the module's note)."""
    organisation = organisation.strip()
    surname, initials, female = split_name(head.strip())
    if language == "kk":
        # A note in brackets at the end stays after the word that takes the suffix.
        main, bracket = re.match(r"^(.*?)(\s*\([^()]*\))?$", organisation).groups()
        words = main.split(" ")
        if words and words[-1]:
            words[-1] = kk_genitive(words[-1])
        line = " ".join(words) + (bracket or "") + " басшысы" if organisation else "Басшысы"
        if surname:
            line += f" {initials} {kk_dative(surname)}".replace("  ", " ")
        return line
    line = "Руководителю " + ru_genitive_name(organisation) if organisation else "Руководителю"
    if surname:
        line += f" {ru_surname_dative(surname, female)} {initials}".rstrip()
    return line
