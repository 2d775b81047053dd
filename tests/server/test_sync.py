"""Laptops that work offline and meet through the school's server: what each holds, edits on
two laptops merging, the same field changed on both kept as a conflict."""

import pytest
from sqlmodel import select

from desktop.models import CounsellingSession, Pupil
from desktop.server.connection import Unreachable
from laptops import found, joined
from school import COUNSELLOR, HEAD

NOTE = "Invented note: spoke of the weekend at grandmother's"


@pytest.fixture
def school(tmp_path, empty_school_db):
    url, owner_password = empty_school_db
    return found(tmp_path, url, owner_password)


def _first_pupil(services):
    with services.db.session() as s:
        return s.exec(select(Pupil).order_by(Pupil.surname, Pupil.id)).first()


def _edit_pupil(laptop, **fields):
    services = laptop.open()
    try:
        with services.db.session() as s:
            pupil = s.exec(select(Pupil).order_by(Pupil.surname, Pupil.id)).first()
            for k, v in fields.items():
                setattr(pupil, k, v)
            s.add(pupil)
    finally:
        from desktop.vault import sign_out

        sign_out(services)


def _pupil(laptop):
    from desktop.vault import sign_out

    services = laptop.open()
    try:
        return _first_pupil(services)
    finally:
        sign_out(services)


def test_a_counsellors_laptop_holds_every_record_but_no_note(tmp_path, school):
    from desktop.vault import sign_out

    first = school.open()
    try:
        with first.db.session() as s:
            session = s.exec(select(CounsellingSession).limit(1)).one()
            session.notes = NOTE
            s.add(session)
            session_id = session.id
    finally:
        sign_out(first)
    assert school.sync().pushed == 1
    laptop = joined(tmp_path, school.url, COUNSELLOR, "laptop-2")
    raw = (laptop.data / "senim.db").read_bytes()
    assert b"grandmother" not in raw
    services = laptop.open()
    try:
        assert services.ctx.role == "counsellor"
        with services.db.engine.connect() as conn:
            n = conn.exec_driver_sql("SELECT count(*) FROM pupil").fetchone()[0]
            notes = conn.exec_driver_sql(
                "SELECT notes FROM counselling_session WHERE id = ?",
                (session_id.hex,)).fetchone()[0]
        assert n == 20
        assert notes in ("", None)  # not even the ciphertext came down
    finally:
        sign_out(services)


def test_changes_on_two_laptops_meet_and_different_fields_merge(tmp_path, school):
    second = joined(tmp_path, school.url, COUNSELLOR, "laptop-2")
    _edit_pupil(school, address="Invented street 1")
    _edit_pupil(second, class_name="5Ә")
    first_round = second.sync()
    assert first_round.pushed == 1 and first_round.conflicts == 0
    assert school.sync().conflicts == 0
    assert second.sync().pulled >= 1
    for laptop in (school, second):
        pupil = _pupil(laptop)
        assert (pupil.address, pupil.class_name) == ("Invented street 1", "5Ә")


def test_the_same_field_changed_on_both_keeps_the_servers_and_a_conflict(tmp_path, school):
    second = joined(tmp_path, school.url, COUNSELLOR, "laptop-2")
    _edit_pupil(school, address="Invented street 1")
    _edit_pupil(second, address="Invented avenue 9")
    assert school.sync().conflicts == 0
    outcome = second.sync()
    assert outcome.conflicts == 1
    assert _pupil(second).address == "Invented street 1"
    services = second.open()
    try:
        with services.db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT kind, field, mine, theirs FROM sync_conflict").fetchall()
    finally:
        from desktop.vault import sign_out

        sign_out(services)
    assert rows == [("pupil", "address", '"Invented avenue 9"', '"Invented street 1"')]


def test_a_head_teachers_laptop_gets_no_journal(tmp_path, school):
    laptop = joined(tmp_path, school.url, HEAD, "laptop-3")
    assert not (laptop.data / "senim.db").exists()
    assert (laptop.data / "keys.json").exists()


def test_an_unreachable_server_leaves_the_journal_as_it_was(tmp_path, school, pg_server):
    _edit_pupil(school, address="Invented street 1")
    pg_server.stop()
    try:
        with pytest.raises(Unreachable):
            school.sync()
    finally:
        pg_server.start()
    assert _pupil(school).address == "Invented street 1"
    assert school.sync().pushed == 1


def test_the_head_teacher_gets_the_published_counts_and_nothing_else(tmp_path, school, capsys):
    from desktop.services.published import publish
    from desktop.vault import sign_in, sign_out
    from laptops import PASSWORDS
    from test_commands import senim

    head = joined(tmp_path, school.url, HEAD, "laptop-3")
    assert senim(head.data, "sync", user=HEAD) == 0
    assert "No newer counts" in capsys.readouterr().out
    services = school.open()
    try:
        publish(services)
    finally:
        sign_out(services)
    assert school.sync().published
    assert senim(head.data, "sync", user=HEAD) == 0
    assert "New counts were published" in capsys.readouterr().out
    services = sign_in(head.data, HEAD, PASSWORDS[HEAD])
    try:
        assert getattr(services, "published", False)
        assert services.ctx.role == "head"
    finally:
        services.close()
    held = {p.name for p in head.data.iterdir()}
    assert "summaries.senim" in held and "senim.db" not in held
    assert held <= {"keys.json", "school-server.json", "summaries.senim", "senim.lock",
                    "signin-failures.json", "keys.json.lock", "logs"}
    assert senim(head.data, "sync", "--status", user=HEAD) == 0
    assert "published counts only" in capsys.readouterr().out


def test_a_conflict_is_listed_with_both_values_and_settled_with_mine(tmp_path, school):
    from desktop.vault import sign_out

    second = joined(tmp_path, school.url, COUNSELLOR, "laptop-2")
    _edit_pupil(school, address="Invented street 1")
    _edit_pupil(second, address="Invented avenue 9")
    school.sync()
    second.sync()
    services = second.open()
    try:
        status = services.team.status()
        assert (status.conflicts, status.waiting, status.last_error) == (1, 0, "")
        [conflict] = services.team.conflicts()
        assert (conflict.field, conflict.mine, conflict.theirs) == (
            "address", "Invented avenue 9", "Invented street 1")
        assert conflict.can_use_mine and conflict.record_label  # the pupil's name
        services.team.resolve(conflict.id, use_mine=True)
        assert services.team.status().conflicts == 0
        assert services.team.status().waiting == 1  # the settled value goes to the server
    finally:
        sign_out(services)
    second.sync()
    school.sync()
    assert _pupil(school).address == "Invented avenue 9"


def test_a_record_pulled_before_the_one_it_refers_to_is_accepted(tmp_path, school, monkeypatch):
    """Pulled in batches, a concern can come before the concern it follows (the server's
    order is the order of saving, not of references): the round is one transaction, so the
    reference holds by its end."""
    import desktop.server.sync as sync
    from desktop.server.connection import parse_url
    from desktop.vault import sign_out

    monkeypatch.setattr(sync, "PULL_BATCH", 7)
    services = school.open()
    try:
        with services.db.engine.begin() as conn:
            rows = conn.exec_driver_sql("SELECT id FROM concern ORDER BY id").fetchall()
            assert len(rows) >= 2
    finally:
        sign_out(services)
    # The earlier concern saved again: it now comes after the one that refers to it.
    first, second = rows[0][0], rows[1][0]
    services = school.open()
    try:
        with services.db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE concern SET previous_id = ? WHERE id = ?",
                                 (first, second))
            conn.exec_driver_sql("UPDATE concern SET updated_by = 'again' WHERE id = ?",
                                 (first,))
    finally:
        sign_out(services)
    school.sync()
    laptop = joined(tmp_path, school.url, COUNSELLOR, "laptop-2")
    services = laptop.open()
    try:
        with services.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT previous_id FROM concern WHERE id = ?",
                                        (second,)).fetchone()[0] == first
    finally:
        sign_out(services)


def test_a_reviews_confidential_note_travels_sealed_and_stays_the_psychologists(
        tmp_path, school, pg_server):
    """The council's records travel like the others; a review's confidential note, like a
    session's, reaches the server only sealed and never a counsellor's laptop."""
    from desktop.models import AccompanimentReview
    from desktop.server.connection import parse_url
    from desktop.vault import sign_out

    services = school.open()
    try:
        with services.db.session() as s:
            review = s.exec(select(AccompanimentReview).limit(1)).first()
            assert review is not None  # the demo's council year has reviews
            review.confidential_note = "Invented: the pupil told of trouble at home"
            s.add(review)
            review_id = review.id
    finally:
        sign_out(services)
    school.sync()
    with pg_server.admin(parse_url(school.url)["dbname"]) as admin:
        assert admin.execute("SELECT count(*) FROM senim.record r WHERE r::text LIKE %s",
                             ("%trouble at home%",)).fetchone()[0] == 0
        sealed = admin.execute("SELECT secret->>'confidential_note' FROM senim.record "
                               "WHERE kind = 'accompaniment_review' AND id = %s",
                               (review_id.hex,)).fetchone()[0]
        assert sealed.startswith("senim-sealed:1:")
    laptop = joined(tmp_path, school.url, COUNSELLOR, "laptop-2")
    services = laptop.open()
    try:
        with services.db.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT confidential_note FROM accompaniment_review WHERE id = ?",
                (review_id.hex,)).fetchone()[0] == ""
            assert conn.exec_driver_sql("SELECT count(*) FROM council_meeting"
                                        ).fetchone()[0] > 0
    finally:
        sign_out(services)
