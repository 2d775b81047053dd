"""The one domain error type: field names with message codes, translated by the views."""

import re
import unicodedata
from dataclasses import dataclass, field

from .text import mend_lookalikes


@dataclass(frozen=True)
class FieldError:
    field: str  # the input attribute the message belongs beside
    code: str  # a stable message code, e.g. "required", "iin.checksum"
    params: dict = field(default_factory=dict, compare=False, hash=False)


class ValidationError(ValueError):
    """Errors refuse the save. Warnings (e.g. an IIN whose digits give another birth date)
    never do by themselves: a save is held back only until the user accepts them, and a
    ValidationError with no errors but warnings says just that (`needs_acceptance`)."""

    def __init__(self, errors: list[FieldError], warnings: list[FieldError] | None = None):
        warnings = list(warnings or [])
        super().__init__("; ".join([f"{e.field}: {e.code}" for e in errors]
                                   + [f"{e.field}: {e.code} (warning)" for e in warnings]))
        self.errors = errors
        self.warnings = warnings

    @property
    def needs_acceptance(self) -> bool:
        """Nothing is wrong but warnings the user has not accepted."""
        return not self.errors and bool(self.warnings)

    def warning_codes(self) -> dict[str, list[str]]:
        """{field: [code, ...]} of the warnings, handy in tests."""
        out: dict[str, list[str]] = {}
        for w in self.warnings:
            out.setdefault(w.field, []).append(w.code)
        return out

    def codes(self) -> dict[str, str]:
        """{field: code} of the first error on each field, handy in tests."""
        out: dict[str, str] = {}
        for e in self.errors:
            out.setdefault(e.field, e.code)
        return out


class Checker:
    """Collects every problem in a form at once so the user sees them all together."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []
        self.warnings: list[FieldError] = []

    def add(self, field_name: str, code: str, **params) -> None:
        self.errors.append(FieldError(field_name, code, params))

    def warn(self, field_name: str, code: str, **params) -> None:
        """Something the user should look at but may accept: never a refusal by itself."""
        self.warnings.append(FieldError(field_name, code, params))

    def has(self, field_name: str) -> bool:
        return any(e.field == field_name for e in self.errors)

    def text(self, field_name: str, value: str | None, *, required: bool, max_len: int) -> None:
        value = (value or "").strip()
        if required and not value:
            self.add(field_name, "required")
        elif len(value) > max_len:
            self.add(field_name, "too_long", max=max_len)

    def present(self, field_name: str, value) -> bool:
        if value is None or value == "" or value == []:
            self.add(field_name, "required")
            return False
        return True

    def choice(self, field_name: str, value, enum_type) -> None:
        if self.present(field_name, value):
            try:
                enum_type(value)
            except ValueError:
                self.add(field_name, "invalid_choice")

    def raise_if_any(self, *, accepted: bool = True) -> None:
        """Raise on any error; on warnings too unless the user has `accepted` them. The
        warnings travel with the errors, so a form can show both at once."""
        if self.errors or (self.warnings and not accepted):
            raise ValidationError(self.errors, self.warnings)


def clean(value: str | None) -> str:
    """Trimmed text in NFC (й or ё pasted from a PDF as a letter and a combining mark become
    one letter, so a search finds them and a name passes the letters-only rule); the form
    may hand us None for an empty field. Every service takes its text through here."""
    return unicodedata.normalize("NFC", value or "").strip()


def clean_name(value: str | None) -> str:
    """A person's name as saved: clean(), and Latin look-alike letters in a Cyrillic word
    turned Cyrillic («Aсем» typed with a Latin A is saved as «Асем»)."""
    return mend_lookalikes(clean(value))


_PHONE = re.compile(r"^\+?[\d\s()\-]+$")


def check_phone(c: Checker, field_name: str, phone: str) -> None:
    """A phone number: digits, spaces, brackets, hyphens, a leading +; 5 to 15 digits."""
    phone = clean(phone)
    if not phone:
        return
    digits = sum(ch.isdigit() for ch in phone)
    if not _PHONE.match(phone) or not 5 <= digits <= 15:
        c.add(field_name, "phone.invalid")
