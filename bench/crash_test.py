"""Crash safety: kill the journal's writer with SIGKILL at random moments, then check the file.

    .venv/bin/python bench/crash_test.py [--kills 200] [--seed 1]

A fresh encrypted journal is set up in a temporary folder (the demo account, 20 pupils).
Each round starts a writer (this file with --writer): it signs in through desktop.vault and
saves sessions, observations and follow-ups in a loop through the real services, printing
`begin <kind> <marker>` before each call and `saved <kind> <id> <marker>` (flushed) once the
call has returned: that line is "the save was confirmed to the user". The parent waits a
random 20-400 ms after the first confirmed line, kills the writer with SIGKILL, then opens
the database with the key (which recovers the WAL), runs PRAGMA integrity_check and
cipher_integrity_check and looks up every record confirmed so far, in every round (earlier
rounds' records must survive later crashes too). Exit 1 if anything failed.

Run on its own, not by `make bench`. SENIM_KDF_FAST=1 is set so signing in is quick.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SENIM_KDF_FAST"] = "1"

KINDS = ("session", "observation", "followup")


# --- the writer (child process) ----------------------------------------------------------


def writer(data_dir: Path, start: int) -> None:
    # lazy: the writer (a child process) and the parent each load only their own part
    from datetime import datetime, timedelta

    from sqlmodel import select

    from desktop.models.enums import (BullyingForm, Initiator, Place, Reporter, Role,
                                      SessionKind, SessionStatus)
    from desktop.models.journal import (FollowUpInput, ObservationInput, Participant,
                                        SessionInput)
    from desktop.models.tables import Pupil
    from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in

    services = sign_in(data_dir, DEMO_USER, DEMO_PASSWORD)
    with services.db.session() as s:
        pupils = list(s.exec(select(Pupil.id)).all())
    out = sys.stdout
    n = start
    while True:
        kind = KINDS[n % 3]
        marker = f"crash-{n}"
        pupil = pupils[n % len(pupils)]
        now = datetime.now()
        out.write(f"begin {kind} {marker}\n")
        out.flush()
        if kind == "session":
            rec = services.sessions.create(SessionInput(
                starts_at=now - timedelta(hours=1), duration_min=45,
                kind=SessionKind.INDIVIDUAL.value, initiator=Initiator.TEACHER.value,
                pupil_ids=[pupil], reason=marker, notes="Жалуется на насмешки",
                outcome="Рекомендована повторная встреча", status=SessionStatus.HELD.value,
                no_consent_reason="Срочная беседа (crash test)"))
        elif kind == "observation":
            rec = services.observations.create(ObservationInput(
                occurred_at=now - timedelta(days=1), place=Place.CORRIDOR.value,
                forms=[BullyingForm.VERBAL.value], severity=2,
                participants=[Participant(pupil, Role.TARGET.value)],
                reporter=Reporter.TEACHER.value, reporter_name="Өмірзақова Іңкәр",
                description=marker, immediate_actions="Беседа", notified="Родители"))
        else:
            rec = services.followups.create(FollowUpInput(
                pupil_id=pupil, what=marker, due_date=now.date() + timedelta(days=7),
                responsible="Психолог"))
        out.write(f"saved {kind} {rec.id} {marker}\n")
        out.flush()
        n += 1


# --- the parent ----------------------------------------------------------------------------


def set_up(data_dir: Path) -> None:
    # lazy: the writer (a child process) and the parent each load only their own part
    from desktop import cli
    from desktop.vault import DEMO_PASSWORD, DEMO_USER

    os.environ["SENIM_USER"], os.environ["SENIM_PASSWORD"] = DEMO_USER, DEMO_PASSWORD
    code = cli.main(["--data-dir", str(data_dir), "demo", "--pupils", "20", "--records", "0"])
    if code != 0:
        raise SystemExit(f"setting up the journal failed ({code})")


def check(data_dir: Path, key: bytes, confirmed: dict) -> tuple[str | None, list[str], int]:
    """Open the database; (error opening or None, integrity problems, missing confirmed)."""
    # lazy: the writer (a child process) and the parent each load only their own part
    from sqlalchemy import text

    from desktop.config import DB_FILE
    from desktop.db import open_database

    try:
        db = open_database(data_dir / DB_FILE, key)
    except Exception as exc:  # noqa: BLE001 - any failure to open is what we count
        return f"{type(exc).__name__}: {exc}", [], len(confirmed)
    found = {}
    try:
        with db.engine.connect() as conn:
            problems = [r[0] for r in conn.execute(text("PRAGMA integrity_check")).all()]
            problems = [p for p in problems if p != "ok"]
            problems += [str(tuple(r)) for r in
                         conn.execute(text("PRAGMA cipher_integrity_check")).all()]
            for table, column, kind in (("counselling_session", "reason", "session"),
                                        ("observation", "description", "observation"),
                                        ("follow_up", "what", "followup")):
                for rid, marker in conn.execute(
                        text(f"SELECT id, {column} FROM {table} WHERE {column} LIKE 'crash-%'")):
                    found[(kind, str(rid).replace("-", ""))] = marker
    except Exception as exc:  # noqa: BLE001 - e.g. "database disk image is malformed"
        problems = [f"{type(exc).__name__}: {exc}"]
    finally:
        db.dispose()
    missing = sum(1 for (kind, rid), marker in confirmed.items()
                  if found.get((kind, rid.replace("-", ""))) != marker)
    return None, problems, missing


def in_db(data_dir: Path, key: bytes, kind: str, marker: str) -> bool:
    # lazy: the writer (a child process) and the parent each load only their own part
    from sqlalchemy import text

    from desktop.config import DB_FILE
    from desktop.db import open_database

    table, column = {"session": ("counselling_session", "reason"),
                     "observation": ("observation", "description"),
                     "followup": ("follow_up", "what")}[kind]
    db = open_database(data_dir / DB_FILE, key)
    try:
        with db.engine.connect() as conn:
            return conn.execute(text(f"SELECT 1 FROM {table} WHERE {column} = :m"),
                                {"m": marker}).first() is not None
    except Exception:  # noqa: BLE001 - an unreadable file is reported by check()
        return False
    finally:
        db.dispose()


def read_until_killed(proc, rng):
    """Wait for the first confirmed save, sleep 20-400 ms, SIGKILL; (time of the first
    confirmed line, time of the kill, every line printed), or None if the writer confirmed nothing."""
    lines = []
    line = proc.stdout.readline()
    while line.startswith("begin"):
        lines.append(line)
        line = proc.stdout.readline()
    if not line.startswith("saved"):
        return None
    first_at = time.perf_counter()
    lines.append(line)
    time.sleep(rng.uniform(0.020, 0.400))
    os.kill(proc.pid, signal.SIGKILL)
    killed_at = time.perf_counter()
    rest, _ = proc.communicate()
    return first_at, killed_at, lines + rest.splitlines(keepends=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--writer", metavar="DIR", help=argparse.SUPPRESS)
    ap.add_argument("--start", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.writer:
        writer(Path(args.writer), args.start)
        return 0

    # lazy: the writer (a child process) and the parent each load only their own part
    from desktop.config import DB_FILE
    from desktop.security import Keyring
    from desktop.vault import DEMO_PASSWORD, DEMO_USER

    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="senim-crash-") as tmp:
        data_dir = Path(tmp)
        set_up(data_dir)
        key = Keyring.load(data_dir).unlock(DEMO_USER, DEMO_PASSWORD)
        confirmed: dict[tuple[str, str], str] = {}
        open_failures, integrity_failures, missing_rounds, missing_max = 0, 0, 0, 0
        mid_save, mid_committed, no_start, wal_rounds = 0, 0, 0, 0
        writing_s, start_s = 0.0, []
        n = 0
        for round_ in range(1, args.kills + 1):
            t_start = time.perf_counter()
            proc = subprocess.Popen([sys.executable, __file__, "--writer", str(data_dir),
                                     "--start", str(n)], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True, cwd=ROOT)
            try:
                lines = read_until_killed(proc, rng)
            finally:
                if proc.poll() is None:  # an error or Ctrl+C here: no writer left behind
                    proc.kill()
                    proc.wait()
            if lines is None:
                no_start += 1
                print(f"round {round_}: the writer confirmed nothing: "
                      f"{proc.stderr.read()[-2000:]}", file=sys.stderr)
                continue
            first_at, killed_at, lines = lines
            start_s.append(first_at - t_start)
            writing_s += killed_at - first_at
            wal = data_dir / f"{DB_FILE}-wal"
            if wal.exists() and wal.stat().st_size > 0:
                wal_rounds += 1  # the reopening below has a WAL to recover
            complete = [ln.split() for ln in lines if ln.endswith("\n")]
            for parts in complete:
                if parts[0] == "saved":
                    _, kind, rid, marker = parts
                    confirmed[(kind, rid)] = marker
                    n = max(n, int(marker.split("-")[1]) + 1)
            last = complete[-1] if complete else []
            if last and last[0] == "begin":
                mid_save += 1  # killed inside a service call: its save was not confirmed
                if in_db(data_dir, key, last[1], last[2]):
                    mid_committed += 1  # committed, killed before the line was printed
                n = max(n, int(last[2].split("-")[1]) + 1)
            error, problems, missing = check(data_dir, key, confirmed)
            if error:
                open_failures += 1
                print(f"round {round_}: the database did not open: {error}", file=sys.stderr)
            if problems:
                integrity_failures += 1
                print(f"round {round_}: integrity: {problems[:5]}", file=sys.stderr)
            if missing:
                missing_rounds += 1
                missing_max = max(missing_max, missing)
                print(f"round {round_}: {missing} confirmed records missing", file=sys.stderr)
            if round_ % 20 == 0:
                print(f"  {round_} kills, {len(confirmed)} confirmed records", flush=True)
        total = time.perf_counter() - t0

    start_s.sort()
    median_start = start_s[len(start_s) // 2] if start_s else float("nan")
    failed = open_failures or integrity_failures or missing_rounds or no_start
    print()
    print(f"kills (SIGKILL)                       {args.kills}")
    print(f"confirmed records                     {len(confirmed)}")
    print(f"missing confirmed records             {missing_max} (rounds with any: {missing_rounds})")
    print(f"integrity failures                    {integrity_failures}")
    print(f"databases that failed to open         {open_failures}")
    print(f"writers that confirmed nothing        {no_start}")
    print(f"kills inside a save (not confirmed)   {mid_save} of {args.kills} "
          f"({mid_save / max(args.kills, 1):.0%}); of these already committed: {mid_committed}")
    print(f"kills that left a non-empty WAL       {wal_rounds} of {args.kills}")
    print(f"writer start to first save (median)   {median_start * 1000:.0f} ms")
    print(f"save rate while writing               {len(confirmed) / writing_s:.0f} saves/s"
          if writing_s else "save rate while writing               n/a")
    print(f"total time                            {total:.1f} s")
    print("FAILED" if failed else "OK: every confirmed record survived, every database whole")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
