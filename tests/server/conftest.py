"""The team-journal tests run against a real PostgreSQL server started for the run
(tests/pg_server.py). Without PostgreSQL's programs they are skipped on a developer's machine
and fail under CI, where .ci/run installs them (README, "Running the tests")."""

import os
import uuid

import pytest

from pg_server import ThrowawayServer, find_bindir


@pytest.fixture(scope="session")
def pg_server():
    bindir = find_bindir()
    if bindir is None:
        message = "PostgreSQL's programs (initdb, pg_ctl) are not installed"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = ThrowawayServer(bindir)
    try:
        server.initialise()
        server.start()
        yield server
    finally:
        server.remove()


@pytest.fixture
def empty_school_db(pg_server):
    """(url with the owner's name, owner password): a new empty database for one test."""
    name = "school_" + uuid.uuid4().hex[:10]
    owner, password = name + "_owner", "owner-" + uuid.uuid4().hex[:8]
    return pg_server.new_database(name, owner, password), password
