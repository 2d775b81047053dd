"""Errors services raise. Views translate ValidationError codes and show them by the field."""

from ..models.validation import FieldError, ValidationError
from .context import NotAllowed


class NotFound(LookupError):
    """The record is gone (deleted, or never existed)."""


__all__ = ["FieldError", "ValidationError", "NotFound", "NotAllowed"]
