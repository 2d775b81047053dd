"""Databases in the fixtures are encrypted like the real one, with this invented key."""

TEST_KEY = bytes(range(32))
