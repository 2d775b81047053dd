"""Which tables travel to the school's server and how: every table of the journal is a record,
a part of one, local to the laptop, or derived there; and each kind says who may write it."""

import json

from sqlmodel import SQLModel

from desktop.models import tables  # noqa: F401 - the whole metadata
from desktop.server.merge import REMOVED, Conflict, merge
from desktop.server.records import DERIVED, LOCAL_ONLY, kinds
from desktop.server.roles import WRITE_RIGHT, writable_kinds


def test_every_table_is_synced_as_a_record_or_a_part_of_one_or_said_not_to_be():
    parts = {child for k in kinds().values() for child, _ in k.children}
    every = {t.name for t in SQLModel.metadata.sorted_tables}
    assert every - set(kinds()) - parts - LOCAL_ONLY - DERIVED == set()
    assert {"session_pupil", "term", "observation_form"} <= parts
    assert "draft" not in kinds() and "audit_entry" not in kinds()


def test_every_kind_says_which_right_writes_it():
    assert set(kinds()) - set(WRITE_RIGHT) == set()


def test_a_counsellor_writes_what_their_role_writes_in_the_app_and_no_more():
    counsellor = writable_kinds("counsellor")
    assert "pupil" in counsellor and "observation" in counsellor
    assert not {"counselling_session", "account", "school"} & set(counsellor)
    assert writable_kinds("head") == []


def test_different_fields_merge_and_the_same_field_is_a_conflict():
    base = {"a": 1, "b": "x", "c": "free text", "updated_at": "t0"}
    mine = {"a": 2, "b": "x", "c": "my text", "updated_at": "t1"}
    theirs = {"a": 1, "b": "y", "c": "their text", "updated_at": "t2"}
    merged, conflicts = merge(base, mine, theirs)
    assert merged == {"a": 2, "b": "y", "c": "their text", "updated_at": "t2"}
    assert conflicts == [Conflict("c", "my text", "their text")]


def test_the_same_change_on_both_sides_is_no_conflict():
    base = {"a": 1}
    assert merge(base, {"a": 2}, {"a": 2}) == ({"a": 2}, [])


def test_a_removal_against_a_change_keeps_the_change_and_says_so():
    base = {"a": 1}
    merged, conflicts = merge(base, None, {"a": 2})
    assert merged == {"a": 2} and conflicts[0].field == REMOVED
    assert merge(base, None, {"a": 1}) == (None, [])
    assert json.dumps(merge(None, {"a": 1}, None)[0]) == '{"a": 1}'


def test_a_new_journal_marks_the_changes_of_every_synced_table(tmp_path, copy_of_template):
    """The migrations make each synced table's three triggers (a table added later without
    them would never reach the server); the same ones join makes."""
    from desktop.db import open_database
    from desktop.server.records import trigger_statements
    from fixture_keys import TEST_KEY

    db = open_database(copy_of_template(tmp_path / "senim.db"), TEST_KEY)
    try:
        with db.engine.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'sync_mark_%'")}
    finally:
        db.dispose()
    wanted = {s.split()[5] for s in trigger_statements()}
    assert wanted and wanted == names


def test_reading_every_record_at_once_gives_what_reading_each_gives(tmp_path):
    """Setting a server up reads each table in one pass; it must send exactly the records
    one by one reading would (bodies, parts and confidential fields)."""
    from desktop.server.records import read_all, read_record
    from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in, sign_out
    from school import first_laptop

    data = first_laptop(tmp_path / "laptop", pupils=8, records=60)
    services = sign_in(data, DEMO_USER, DEMO_PASSWORD)
    try:
        with services.db.engine.connect() as conn:
            for kind in kinds():
                for record_id, body, secret in read_all(conn, kind):
                    assert (body, secret) == read_record(conn, kind, record_id), kind
    finally:
        sign_out(services)
