"""The team journal on a real PostgreSQL server over loopback (`make bench-team`, or
`.venv/bin/python bench/team_bench.py`): the bench journal (bench/run.py builds it: 2,000
pupils, 100,000 records) founds a school server started for the run (the test suite's
throwaway server, tests/pg_server.py), then

  j) a second laptop joins the whole school: goal under 60 s; baseline: the same rows read
     with plain psycopg (the transfer alone);
  k) a record saved on one laptop, visible on another after `sync` on both: goal under 1 s;
     baseline: the same two rounds with nothing to send;
  l) three laptops each make 1,000 changes offline (some to the same fields), then sync in
     turn until nothing moves: records lost (goal 0: every change is on the server or kept as
     a conflict on its laptop) and the time.

Needs PostgreSQL's programs (initdb, pg_ctl); run as root, the server runs as `postgres`.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from common import DATA, ms, section, verdict  # noqa: E402
from pg_server import ThrowawayServer, find_bindir  # noqa: E402

from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in, sign_out  # noqa: E402

CHANGES = 1000


def _laptop_login(url: str):
    # lazy: loaded by the measure that needs it, after the bench's paths are set
    from desktop.server.sync import Login

    return Login.of(url, DEMO_USER, DEMO_PASSWORD, "psychologist")


def _sync(data: Path, url: str):
    # lazy: loaded by the measure that needs it, after the bench's paths are set
    from desktop.server.sync import sync_once

    services = sign_in(data, DEMO_USER, DEMO_PASSWORD)
    try:
        return sync_once(services.db, _laptop_login(url))
    finally:
        sign_out(services)


def main() -> int:
    # lazy: loaded by the measure that needs it, after the bench's paths are set
    from desktop.security import Keyring
    from desktop.server.founding import found_school
    from desktop.server.joining import join

    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL's programs (initdb, pg_ctl) are not installed: nothing measured.")
        return 2
    if not (DATA / "senim.db").exists():
        import run  # lazy: the bench journal's builder, only when it is missing

        run.build_database(rebuild=False)
    os.environ.setdefault("SENIM_KDF_FAST", "0")
    work = Path(tempfile.mkdtemp(prefix="senim-team-bench-"))
    server = ThrowawayServer(bindir)
    try:
        server.initialise()
        server.start()
        url = server.new_database("school", "school_owner", "owner-bench-pass")
        first = work / "laptop-1"
        shutil.copytree(DATA, first)
        section("Founding the school server from the bench journal (information)")
        services = sign_in(first, DEMO_USER, DEMO_PASSWORD)
        try:
            started = time.perf_counter()
            founded = found_school(url, "owner-bench-pass", services.db,
                                   Keyring.path(first).read_bytes(), DEMO_USER, DEMO_PASSWORD)
            print(f"  {founded.records} records uploaded in {time.perf_counter() - started:.1f} s")
        finally:
            sign_out(services)
        _sync(first, url)  # its audit trail, and the counts

        section("j) joining the whole school over loopback")
        public = url.replace("school_owner@", "")
        baseline = _transfer_alone(server)
        started = time.perf_counter()
        joined = join(public, work / "laptop-2", DEMO_USER, DEMO_PASSWORD)
        took = time.perf_counter() - started
        print(f"  baseline (the rows alone, plain psycopg): {baseline:.1f} s")
        print(f"  join: {joined.records} records in {took:.1f} s   goal < 60 s   "
              f"{verdict(took < 60)}")

        section("k) a saved record visible on a second laptop after sync on both")
        empty = _two_rounds(first, work / "laptop-2", public)
        visible = _save_and_see(first, work / "laptop-2", public)
        print(f"  baseline (two rounds with nothing to send): {ms(empty)}")
        print(f"  save → sync → sync → visible: {ms(visible)}   goal < 1 s   "
              f"{verdict(visible < 1.0)}")

        section("l) three laptops, 1,000 changes each offline, then sync")
        join(public, work / "laptop-3", DEMO_USER, DEMO_PASSWORD)
        laptops = [first, work / "laptop-2", work / "laptop-3"]
        made = [_change_offline(p, seed) for seed, p in enumerate(laptops)]
        started = time.perf_counter()
        rounds = 0
        while True:
            rounds += 1
            moved = sum(o.pushed + o.pulled for o in (_sync(p, public) for p in laptops))
            if moved == 0 or rounds > 5:
                break
        took = time.perf_counter() - started
        lost = _lost(server, laptops, made)
        conflicts = sum(_conflicts(p) for p in laptops)
        print(f"  {3 * CHANGES} changes, {rounds} rounds of three syncs in {took:.1f} s; "
              f"conflicts kept: {conflicts}")
        print(f"  records lost: {lost}   goal 0   {verdict(lost == 0)}")
        return 0
    finally:
        server.remove()
        shutil.rmtree(work, ignore_errors=True)


def _transfer_alone(server) -> float:
    # lazy: loaded by the measure that needs it, after the bench's paths are set
    from pg_server import SUPERUSER, SUPERUSER_PASSWORD
    import psycopg

    started = time.perf_counter()
    with psycopg.connect(host=server.host, port=server.port, dbname="school", user=SUPERUSER,
                         password=SUPERUSER_PASSWORD) as conn:
        with conn.cursor(name="all") as cur:
            cur.execute("SELECT kind, id, seq, body, secret FROM senim.record ORDER BY seq")
            for _row in cur:
                pass
    return time.perf_counter() - started


def _two_rounds(a: Path, b: Path, url: str) -> float:
    # lazy: loaded by the measure that needs it, after the bench's paths are set
    from desktop.server.sync import sync_once

    sa, sb = sign_in(a, DEMO_USER, DEMO_PASSWORD), sign_in(b, DEMO_USER, DEMO_PASSWORD)
    login = _laptop_login(url)
    try:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            sync_once(sa.db, login)
            sync_once(sb.db, login)
            times.append(time.perf_counter() - started)
        return sorted(times)[len(times) // 2]
    finally:
        sign_out(sa)
        sign_out(sb)


def _save_and_see(a: Path, b: Path, url: str) -> float:
    # lazy: loaded by the measure that needs it, after the bench's paths are set
    from sqlmodel import select

    from desktop.models import Pupil
    from desktop.server.sync import sync_once

    sa, sb = sign_in(a, DEMO_USER, DEMO_PASSWORD), sign_in(b, DEMO_USER, DEMO_PASSWORD)
    login = _laptop_login(url)
    try:
        times = []
        for i in range(5):
            started = time.perf_counter()
            with sa.db.session() as s:
                pupil = s.exec(select(Pupil).order_by(Pupil.id).limit(1)).one()
                pupil.address = f"Invented bench street {i}"
                s.add(pupil)
                pupil_id = pupil.id
            sync_once(sa.db, login)
            sync_once(sb.db, login)
            with sb.db.session() as s:
                assert s.get(Pupil, pupil_id).address == f"Invented bench street {i}"
            times.append(time.perf_counter() - started)
        return sorted(times)[len(times) // 2]
    finally:
        sign_out(sa)
        sign_out(sb)


def _change_offline(data: Path, seed: int) -> list[tuple[str, str, str]]:
    """CHANGES changes to pupils' addresses and phone-free fields; a tenth of them on the
    pupils the other laptops change too (the same field: conflicts to keep, not lose)."""
    # lazy: loaded by the measure that needs it, after the bench's paths are set
    from sqlmodel import select

    from desktop.models import Pupil

    rng = random.Random(seed)
    services = sign_in(data, DEMO_USER, DEMO_PASSWORD)
    made = []
    try:
        with services.db.session() as s:
            pupils = s.exec(select(Pupil).order_by(Pupil.id)).all()
            shared, own = pupils[:100], pupils[100 + seed * 600: 100 + (seed + 1) * 600]
            for i in range(CHANGES):
                pupil = rng.choice(shared) if i % 10 == 0 else own[i % len(own)]
                value = f"Invented address {seed}-{i}"
                pupil.address = value
                s.add(pupil)
                made.append((pupil.id.hex, "address", value))
    finally:
        sign_out(services)
    last = {}
    for pid, field, value in made:  # the last change to each pupil is what the laptop holds
        last[(pid, field)] = value
    return [(pid, field, value) for (pid, field), value in last.items()]


def _lost(server, laptops, made) -> int:
    # lazy: loaded by the measure that needs it, after the bench's paths are set
    from pg_server import SUPERUSER, SUPERUSER_PASSWORD
    import psycopg

    with psycopg.connect(host=server.host, port=server.port, dbname="school", user=SUPERUSER,
                         password=SUPERUSER_PASSWORD) as conn:
        on_server = {r[0]: r[1] for r in conn.execute(
            "SELECT id, body->>'address' FROM senim.record WHERE kind = 'pupil'")}
    lost = 0
    for data, changes in zip(laptops, made):
        kept = _conflict_values(data)
        for pid, field, value in changes:
            if on_server.get(pid) != value and (pid, field, value) not in kept:
                lost += 1
    return lost


def _conflict_values(data: Path) -> set:
    services = sign_in(data, DEMO_USER, DEMO_PASSWORD)
    try:
        with services.db.engine.connect() as conn:
            return {(r[0], r[1], json.loads(r[2])) for r in conn.exec_driver_sql(
                "SELECT record_id, field, mine FROM sync_conflict")}
    finally:
        sign_out(services)


def _conflicts(data: Path) -> int:
    return len(_conflict_values(data))


if __name__ == "__main__":
    sys.exit(main())
