"""Databases in the fixtures are encrypted like the real one, with these invented keys."""

from desktop.security import KeySet

TEST_KEY = bytes(range(32))
TEST_NOTES_KEY = bytes(range(32, 64))
TEST_SUMMARIES_KEY = bytes(range(64, 96))


def psychologist_keys() -> KeySet:
    """A psychologist's keys for a fixture database (a fresh object: signing out wipes it)."""
    return KeySet.of(journal=TEST_KEY, notes=TEST_NOTES_KEY, summaries=TEST_SUMMARIES_KEY)
