"""Class names: a grade 0-12 and one capital letter, written like 7Ә, 10Б, 0А.

Grades run 0-11; some schools have a grade 12. A Latin letter that looks like a Cyrillic
one is that Cyrillic letter: 7A typed on an English keyboard is the class 7А. Other Latin
capitals (7D, 7F) stay Latin: a school may name its classes so."""

import functools
import re

from .text import LOOKALIKES, collation_key, nfc

MAX_GRADE = 12

_CLASS = re.compile(r"^\s*(\d{1,2})\s*-?\s*([^\W\d_])\s*$")


def parse_class(text: str) -> tuple[int, str] | None:
    """(grade, letter) for a valid class name, else None. Lower-case letters are accepted."""
    m = _CLASS.match(nfc(text))
    if not m:
        return None
    grade, letter = int(m.group(1)), m.group(2)
    letter = LOOKALIKES.get(letter, letter).upper()  # 7y: у, 7Y: Ү
    letter = LOOKALIKES.get(letter, letter)  # 7b: В
    # Some letters capitalise to two characters (ß → SS); no class is named like that.
    if grade > MAX_GRADE or len(letter) != 1 or not _is_cyrillic_or_latin(letter):
        return None
    return grade, letter


def normalize_class(text: str) -> str | None:
    parsed = parse_class(text)
    return None if parsed is None else f"{parsed[0]}{parsed[1]}"


def classes_typed(text: str) -> tuple[list[str], str]:
    """The classes among the words typed in a search box («5Ә», «5ә», «5-Ә»: a grade and a
    letter, as class names), and the other words: a search finds a class as well as a name."""
    classes, rest = [], []
    for word in (text or "").split():
        name = normalize_class(word) if any(c.isdigit() for c in word) else None
        if name:
            classes.append(name)
        else:
            rest.append(word)
    return classes, " ".join(rest)


@functools.lru_cache(maxsize=512)  # a school has a few dozen classes; the list sorts thousands
def class_sort_key(name: str) -> tuple[int, str]:
    """7А, 7Ә, 7Б, … 10А: by grade, then by the letter's place in the Kazakh alphabet."""
    parsed = parse_class(name)
    if not parsed:
        return (99, collation_key(name))
    return (parsed[0], collation_key(parsed[1]))


def _is_cyrillic_or_latin(letter: str) -> bool:
    code = ord(letter)
    return ("A" <= letter <= "Z") or 0x0400 <= code <= 0x04FF
