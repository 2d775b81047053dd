"""The Kazakh individual identification number (ИИН / ЖСН).

The rules of forming the number are Government Decree No. 406 of 22.05.2007, as amended by
Decree No. 853 of 26.08.2013. As first issued, digits 1-6 were the birth date YYMMDD and digit
7 the century and sex (1/2 19th century, 3/4 20th, 5/6 21st; odd male, even female); digits
8-11 a serial; digit 12 a check digit.

Since Decree No. 853 the digits are no longer bound to the birth date or sex (Ministry of
Justice, 2019: a mismatch between the IIN and the birth date is not an error, and an IIN is
not re-issued when those details change). So only the length, the digits and the check digit
make a number invalid (InvalidIin); what digits 1-7 say is read when they still say it
(IinInfo.birth_date, IinInfo.sex), and a difference from the pupil's record is a warning for
the user, never a refusal (models/rules.py).

A business identification number (BIN) has the same length and check digit, with 4, 5 or 6
as its 5th digit (the type of business) where an IIN has the tens of the birth day: such a
number is named (IinInfo.is_bin) so the user is warned that it cannot be a pupil's.
"""

import unicodedata
from dataclasses import dataclass
from datetime import date

_WEIGHTS_1 = tuple(range(1, 12))
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}
_BIN_TYPES = "456"

# What a pasted IIN may carry besides its digits and is taken out: spaces between digit
# groups ("070515 5 0123 4"), non-breaking and other Unicode spaces, and the invisible
# characters that come with text copied from web pages, PDFs and messengers.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


class InvalidIin(ValueError):
    """A number that cannot be an IIN.

    `code` names the reason for the user interface:
    - "format": not 12 digits (after spaces and invisible characters are taken out);
    - "checksum": the 12th digit is not the check digit of the first eleven, or the first
      eleven have no check digit at all (such a number is never issued). Both mean a typo,
      and the user does the same thing about either, so they share one code.
    """

    def __init__(self, code: str):
        super().__init__(f"invalid IIN: {code}")
        self.code = code


@dataclass(frozen=True)
class IinInfo:
    """What a well-formed number says. `birth_date` and `sex` are None when its digits do
    not encode them (digits 1-6 not a date, or a 7th digit outside 1-6: numbers issued under
    the 2013 rules need not); `is_bin` when it is a business number, not a person's."""

    iin: str  # the 12 ASCII digits
    birth_date: date | None
    sex: str | None  # "male", "female" or None
    is_bin: bool = False


def normalize_iin(text: str | None) -> str:
    """The number with spaces, non-breaking spaces and invisible characters taken out and
    any Unicode decimal digits (full-width, Arabic-Indic) written as ASCII digits. Other
    characters are kept, so a letter in it still makes it invalid."""
    out = []
    for ch in text or "":
        if ch in _INVISIBLE or ch.isspace():
            continue
        if ch.isdecimal() and not ch.isascii():
            ch = str(unicodedata.decimal(ch))
        out.append(ch)
    return "".join(out)


def check_digit(first_eleven: str) -> int | None:
    """The 12th digit for eleven digits, or None when no check digit exists (invalid)."""
    digits = [int(c) for c in first_eleven]
    for weights in (_WEIGHTS_1, _WEIGHTS_2):
        rest = sum(d * w for d, w in zip(digits, weights)) % 11
        if rest != 10:
            return rest
    return None


def parse_iin(text: str) -> IinInfo:
    """Read an IIN as typed or pasted; InvalidIin only when it cannot be one."""
    iin = normalize_iin(text)
    if len(iin) != 12 or not iin.isascii() or not iin.isdigit():
        raise InvalidIin("format")
    if check_digit(iin[:11]) != int(iin[11]):
        raise InvalidIin("checksum")
    if iin[4] in _BIN_TYPES:
        return IinInfo(iin, None, None, is_bin=True)
    born, sex = _encoded(iin)
    return IinInfo(iin, born, sex)


def _encoded(iin: str) -> tuple[date | None, str | None]:
    """Birth date and sex as the 2007 scheme wrote them, or (None, None) when the digits do
    not follow it. Both or neither: a number whose first six digits are no date was not
    formed from a birth date, so its 7th digit says nothing about the sex either (and the
    century for the date comes from that 7th digit)."""
    marker = int(iin[6])
    if marker not in _CENTURY:
        return None, None
    try:
        born = date(_CENTURY[marker] + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return None, None
    return born, "male" if marker % 2 else "female"


def make_iin(born: date, sex: str, serial: int) -> str | None:
    """A valid IIN for demo data and tests, or None if this serial has no check digit."""
    marker = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100] + (0 if sex == "male" else 1)
    return with_check_digit(f"{born:%y%m%d}{marker}{serial % 10000:04d}")


def with_check_digit(first_eleven: str) -> str | None:
    """Eleven digits and their check digit, or None when they have none (for tests)."""
    digit = check_digit(first_eleven)
    return None if digit is None else first_eleven + str(digit)


def mask_iin(iin: str | None) -> str:
    """Show only the last four digits in lists: restricted personal data."""
    if not iin:
        return ""
    return "•" * (len(iin) - 4) + iin[-4:]
