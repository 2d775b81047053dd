"""The one domain error type: field names with message codes, translated by the views."""

import unicodedata
from dataclasses import dataclass, field

from .text import mend_lookalikes


@dataclass(frozen=True)
class FieldError:
    field: str  # the input attribute the message belongs beside
    code: str  # a stable message code, e.g. "required", "iin.checksum"
    params: dict = field(default_factory=dict, compare=False, hash=False)


class ValidationError(ValueError):
    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = errors

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

    def add(self, field_name: str, code: str, **params) -> None:
        self.errors.append(FieldError(field_name, code, params))

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

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def clean(value: str | None) -> str:
    """Trimmed text in NFC (й or ё pasted from a PDF as a letter and a combining mark become
    one letter, so a search finds them and a name passes the letters-only rule); the form
    may hand us None for an empty field. Every service takes its text through here."""
    return unicodedata.normalize("NFC", value or "").strip()


def clean_name(value: str | None) -> str:
    """A person's name as saved: clean(), and Latin look-alike letters in a Cyrillic word
    turned Cyrillic («Aсем» typed with a Latin A is saved as «Асем»)."""
    return mend_lookalikes(clean(value))
