"""The pupils still studying, as the dashboard's warnings name them (services/
studying_pupils.py): after writes to the pupil table only the pupils written since are read
again (pupil_written, kept by triggers: migration 0025), and what is kept always equals a
fresh read, whoever wrote and however (raw SQL here, as a team journal's round would)."""

import random
import uuid

import pytest
from sqlalchemy import event, text

from desktop.demo.generator import generate_demo
from desktop.services.studying_pupils import StudyingPupils
from desktop.services.table_versions import read_versions


def read(kept: StudyingPupils, db) -> tuple[int, dict]:
    """(generation, pupils) as the dashboard reads them: the version first, on one
    connection."""
    with db.engine.connect() as conn:
        return kept.get(conn, read_versions(conn)["pupil"])


def afresh(db) -> dict:
    return read(StudyingPupils(), db)[1]


def written(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return dict(conn.execute(text("SELECT pupil_id, version FROM pupil_written")).all())


@pytest.fixture
def journal(db, ctx):
    generate_demo(db, ctx, pupils=40, records=60, seed=7)


def a_raw_write(conn, rng: random.Random) -> str:
    """One pupil written by raw SQL: renamed, moved, left, back, deleted softly or for good,
    a new one, or a column the warnings do not show."""
    ids = [r[0] for r in conn.execute(text("SELECT id FROM pupil ORDER BY id"))]
    pupil = rng.choice(ids)
    move = rng.randrange(8)
    if move == 0:
        conn.execute(text("UPDATE pupil SET surname = :s WHERE id = :i"),
                     {"s": rng.choice(["Әбдіғалиева", "Құрманов", "Үсенова"]), "i": pupil})
    elif move == 1:
        conn.execute(text("UPDATE pupil SET class_name = :c WHERE id = :i"),
                     {"c": rng.choice(["7Ә", "9Ғ", "11Қ"]), "i": pupil})
    elif move == 2:
        conn.execute(text("UPDATE pupil SET active = 1 - active WHERE id = :i"), {"i": pupil})
    elif move == 3:
        conn.execute(text("UPDATE pupil SET deleted_at = CASE WHEN deleted_at IS NULL THEN "
                          "'2026-12-01 10:00:00.000000' END WHERE id = :i"), {"i": pupil})
    elif move in (4, 5):  # a copy under a new id; half of them deleted for good at once
        row = dict(conn.execute(text("SELECT * FROM pupil WHERE id = :i"),
                                {"i": pupil}).mappings().one())
        row.update(id=uuid.uuid4().hex, iin=None, given_name="Нұрсұлтан")
        conn.execute(text(f"INSERT INTO pupil ({', '.join(row)}) VALUES "
                          f"({', '.join(':' + c for c in row)})"), row)
        if move == 5:
            conn.execute(text("DELETE FROM pupil WHERE id = :i"), {"i": row["id"]})
        return row["id"]
    elif move == 6:
        conn.execute(text("UPDATE pupil SET address = address || '.' WHERE id = :i"),
                     {"i": pupil})
    else:
        conn.execute(text("UPDATE pupil SET patronymic = :p WHERE id = :i"),
                     {"p": rng.choice(["", "Серікұлы", "Әділқызы"]), "i": pupil})
    return pupil


def test_the_pupils_kept_equal_a_fresh_read_after_any_writes(db, journal):
    rng = random.Random(25)
    kept = StudyingPupils()
    generation, pupils = read(kept, db)
    assert pupils == afresh(db) and len(pupils) >= 30
    changed = 0
    for n in range(200):
        with db.engine.begin() as conn:
            for _ in range(1 + n % 3):  # one, two or three pupils in one transaction
                a_raw_write(conn, rng)
        before = generation
        generation, now = read(kept, db)
        assert now == afresh(db), n
        # A new generation exactly when a name, a class or who is studying changed.
        assert (generation != before) == (now != pupils), n
        changed += now != pupils
        pupils = now
    assert changed >= 100


def test_after_a_write_only_the_pupils_written_are_read_again(db, journal):
    kept = StudyingPupils()
    read(kept, db)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda *args: statements.append(args[2]))
    read(kept, db)
    assert not [s for s in statements if "pupil" in s.replace("table_version", "")], \
        "nothing written, nothing read"

    generation, pupils = read(kept, db)
    some = sorted(pupils)[:2]
    with db.engine.begin() as conn:
        for pupil in some:
            conn.execute(text("UPDATE pupil SET surname = 'Әбдіқадырова' WHERE id = :i"),
                         {"i": pupil})
    statements.clear()
    now_generation, now = read(kept, db)
    reads = [s for s in statements if "FROM pupil" in s]
    assert len(reads) == 1 and "FROM pupil_written" in reads[0]
    assert all(now[p][1].startswith("Әбдіқадырова ") for p in some)
    assert now_generation == generation + 1

    # A column the warnings do not show: the same pupils, the same generation.
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE pupil SET address = 'Қарағанды' WHERE id = :i"),
                     {"i": some[0]})
    assert read(kept, db) == (now_generation, now)
    assert read(kept, db)[1] is now


def test_every_write_to_a_pupil_records_it_at_the_tables_version_or_later(db, journal):
    def version() -> int:
        with db.engine.connect() as conn:
            return read_versions(conn)["pupil"]

    rng = random.Random(3)
    for _ in range(30):
        before = version()
        with db.engine.begin() as conn:
            pupil = a_raw_write(conn, rng)
        assert written(db)[pupil] >= before
