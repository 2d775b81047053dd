"""Senim: an offline-first journal for school psychologists."""

__version__ = "0.1.0"
