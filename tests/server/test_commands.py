"""The school server's commands as an IT person and the staff run them: `senim server init`,
`senim join`, `senim sync` and `--status`, with their exit codes and one-line reasons."""

import os

import pytest

from desktop import cli
from desktop.vault import DEMO_PASSWORD, DEMO_USER
from laptops import PASSWORDS
from school import COUNSELLOR, first_laptop


def senim(data, *args, user=DEMO_USER, env=None):
    os.environ.update({"SENIM_USER": user, "SENIM_PASSWORD": PASSWORDS[user], **(env or {})})
    try:
        return cli.main(["--data-dir", str(data), "--lang", "en", *args])
    finally:
        for name in ("SENIM_USER", "SENIM_PASSWORD", *(env or {})):
            os.environ.pop(name, None)


def test_init_join_and_sync_from_the_command_line(tmp_path, empty_school_db, capsys, pg_server):
    url, owner_password = empty_school_db
    first = first_laptop(tmp_path / "laptop-1", pupils=8, records=40)
    capsys.readouterr()
    assert senim(first, "server", "init", "--url", url, env={"PGPASSWORD": owner_password}) == 0
    out = capsys.readouterr().out
    assert "The school server is set up" in out and "Records uploaded from this journal" in out
    assert f"Account {COUNSELLOR} (counsellor): no server login yet" in out

    server_url = url.replace(url.split("//")[1].split("@")[0] + "@", "")
    second = tmp_path / "laptop-2"
    assert senim(second, "join", "--url", server_url) == 0
    assert "as psychologist" in capsys.readouterr().out

    assert senim(first, "sync") == 0
    assert capsys.readouterr().out.startswith("Pushed 0, pulled")
    assert senim(first, "sync", "--status") == 0
    status = capsys.readouterr().out
    assert "Waiting to be pushed: 0" in status and "Open conflicts: 0" in status
    assert "Last success: 20" in status

    pg_server.stop()
    try:
        assert senim(first, "sync") == 1
        assert "cannot be reached" in capsys.readouterr().err
        assert senim(first, "sync", "--status") == 0
        assert "Offline since" in capsys.readouterr().out
    finally:
        pg_server.start()


@pytest.mark.parametrize("url, says", [
    ("http://example.org/school", "must look like postgresql://"),
    ("postgresql://localhost:1/school", "cannot be reached"),
])
def test_a_wrong_address_gets_one_line_and_nothing_is_made(tmp_path, capsys, url, says):
    folder = tmp_path / "new-laptop"
    code = senim(folder, "join", "--url", url)
    assert code in (1, 2)
    assert says in capsys.readouterr().err
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_wrong_password_is_refused_by_the_server(tmp_path, empty_school_db, capsys):
    url, owner_password = empty_school_db
    first = first_laptop(tmp_path / "laptop-1", pupils=5, records=10)
    assert senim(first, "server", "init", "--url", url, env={"PGPASSWORD": "wrong"}) == 1
    assert "refused the name or the password" in capsys.readouterr().err


def test_a_database_that_is_not_senims_is_named_so(tmp_path, pg_server, capsys):
    with pg_server.admin() as admin:
        admin.execute("CREATE DATABASE other_app")
    from pg_server import SUPERUSER, SUPERUSER_PASSWORD
    from desktop.server.connection import connect
    from desktop.server.schema import check
    from desktop.server.connection import NotSenim

    with connect(pg_server.url("other_app"), SUPERUSER, SUPERUSER_PASSWORD) as conn:
        with pytest.raises(NotSenim):
            check(conn)
