"""Each laptop's audit trail reaches the school's server as a chain of its own; a server that
lost or changed entries is found, by the laptop before it sends more and by `senim server
verify`."""

import pytest

from desktop.server.audit_chains import AuditMismatch
from desktop.server.connection import parse_url
from laptops import found, joined
from school import COUNSELLOR
from test_commands import senim


@pytest.fixture
def school(tmp_path, empty_school_db):
    url, owner_password = empty_school_db
    return found(tmp_path, url, owner_password)


def test_every_laptops_chain_is_on_the_server_and_whole(tmp_path, school, capsys):
    second = joined(tmp_path, school.url, COUNSELLOR, "laptop-2")
    assert second.sync().audit > 0  # its sign-ins at least
    assert school.sync().audit > 0
    assert senim(school.data, "server", "verify") == 0
    out = capsys.readouterr().out
    assert out.count("the chain is whole") == 2 and "(this laptop)" in out


def test_a_server_that_changed_or_lost_entries_is_found(tmp_path, school, pg_server, capsys):
    school.sync()
    dbname = parse_url(school.url)["dbname"]
    with pg_server.admin(dbname) as admin:
        admin.execute("UPDATE senim.audit SET body = jsonb_set(body, '{actor}', '\"someone\"') "
                      "WHERE seq = 2")
    assert senim(school.data, "server", "verify") == 1
    assert "BROKEN at entry #2: its contents do not match its hash" in capsys.readouterr().out
    with pg_server.admin(dbname) as admin:
        admin.execute("DELETE FROM senim.audit WHERE seq = (SELECT max(seq) FROM senim.audit)")
    with pytest.raises(AuditMismatch):
        school.sync()
    assert senim(school.data, "sync") == 1
    assert "does not hold this laptop's audit trail" in capsys.readouterr().err
