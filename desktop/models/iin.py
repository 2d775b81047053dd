"""The Kazakh individual identification number (ИИН / ЖСН), Government Decree No. 565.

Digits 1-6 are the birth date YYMMDD; digit 7 gives century and sex (1/2 19th century,
3/4 20th, 5/6 21st; odd male, even female); digits 8-11 a serial; digit 12 a check digit.
"""

from dataclasses import dataclass
from datetime import date

_WEIGHTS_1 = tuple(range(1, 12))
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


class InvalidIin(ValueError):
    """An IIN that is not 12 digits, has an impossible date or century, or a wrong check digit.

    `code` names the reason for the user interface: "format", "century", "date", "checksum".
    """

    def __init__(self, code: str):
        super().__init__(f"invalid IIN: {code}")
        self.code = code


@dataclass(frozen=True)
class IinInfo:
    birth_date: date
    sex: str  # "male" or "female"


def check_digit(first_eleven: str) -> int | None:
    """The 12th digit for eleven digits, or None when no check digit exists (invalid)."""
    digits = [int(c) for c in first_eleven]
    for weights in (_WEIGHTS_1, _WEIGHTS_2):
        rest = sum(d * w for d, w in zip(digits, weights)) % 11
        if rest != 10:
            return rest
    return None


def parse_iin(text: str) -> IinInfo:
    iin = text.strip()
    if len(iin) != 12 or not iin.isascii() or not iin.isdigit():
        raise InvalidIin("format")
    marker = int(iin[6])
    if marker not in _CENTURY:
        raise InvalidIin("century")
    try:
        born = date(_CENTURY[marker] + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        raise InvalidIin("date") from None
    if check_digit(iin[:11]) != int(iin[11]):
        raise InvalidIin("checksum")
    return IinInfo(birth_date=born, sex="male" if marker % 2 else "female")


def make_iin(born: date, sex: str, serial: int) -> str | None:
    """A valid IIN for demo data and tests, or None if this serial has no check digit."""
    marker = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100] + (0 if sex == "male" else 1)
    first = f"{born:%y%m%d}{marker}{serial % 10000:04d}"
    digit = check_digit(first)
    return None if digit is None else first + str(digit)


def mask_iin(iin: str | None) -> str:
    """Show only the last four digits in lists: restricted personal data."""
    if not iin:
        return ""
    return "•" * (len(iin) - 4) + iin[-4:]
