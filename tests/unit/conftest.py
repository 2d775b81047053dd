"""Fixtures for the Qt-free unit tests: a fresh database, a fixed clock, the services and
factories that create valid records with invented names (see unit_factories.py).

Running Alembic for every test would make the suite slow, so the schema is migrated once
into a template file (tests/conftest.py, shared with the view tests) and each test gets its
own copy (open_database then finds HEAD and does nothing). test_migrations.py migrates real
fresh files itself.
"""

from datetime import datetime

import pytest
from unit_factories import NOW, followup_input, observation_input, pupil_input, session_input

from desktop.db import open_database
from fixture_keys import TEST_KEY, psychologist_keys
from desktop.services import Services
from desktop.services.context import Context


@pytest.fixture
def db(tmp_path, copy_of_template):
    database = open_database(copy_of_template(tmp_path / "senim.db"), TEST_KEY,
                             keys=psychologist_keys())
    yield database
    database.dispose()


@pytest.fixture
def clock():
    """A settable clock: tests move `clock.now` to change "today"."""

    class Clock:
        now = NOW

        def __call__(self) -> datetime:
            return self.now

    return Clock()


@pytest.fixture
def ctx(clock):
    return Context(actor="test", clock=clock)


@pytest.fixture
def services(db, ctx):
    return Services.build(db, ctx)


@pytest.fixture
def make_pupil(services):
    """Create a pupil; keyword arguments override the valid defaults."""

    def make(**overrides):
        return services.pupils.create(pupil_input(**overrides))

    return make


@pytest.fixture
def pupil(make_pupil):
    return make_pupil()


@pytest.fixture
def make_session(services):
    def make(pupil_ids, **overrides):
        return services.sessions.create(session_input(pupil_ids, **overrides))

    return make


@pytest.fixture
def make_observation(services):
    def make(participants, **overrides):
        return services.observations.create(observation_input(participants, **overrides))

    return make


@pytest.fixture
def make_followup(services):
    def make(pupil_id, **overrides):
        return services.followups.create(followup_input(pupil_id, **overrides))

    return make
