"""The school's team journal on its PostgreSQL server (desktop/server/, README "The school
server"):

    senim server init --url postgresql://OWNER@HOST:PORT/DB    (owner's password: PGPASSWORD)
    senim join --url postgresql://HOST:PORT/DB                  (into an empty data folder)
    senim sync [--status]

Exit codes: 0 done; 1 the server cannot be reached (or refused, with the reason): the journal
is untouched and still usable; 2 bad use (credentials, role, a folder or database that is not
what the command needs).
"""

import argparse
import getpass
import os
import sys
from pathlib import Path

from .common import credentials, err, sign_in_or_explain

NAMES = ("server", "join", "sync")
NAME = "server"


def register(sub, common) -> None:
    server = sub.add_parser("server", parents=[common],
                            help="set up the school's server (psychologist only)")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", parents=[common],
                              help="make an empty PostgreSQL database the school's server, "
                                   "with this journal as its first replica")
    init.add_argument("--url", required=True, metavar="postgresql://OWNER@HOST:PORT/DB")
    actions.add_parser("verify", parents=[common],
                       help="check every laptop's audit trail on the school's server")
    join = sub.add_parser("join", parents=[common],
                          help="make this (empty) data folder a replica of the school's "
                               "journal, holding what the account may see")
    join.add_argument("--url", required=True, metavar="postgresql://HOST:PORT/DB")
    sync = sub.add_parser("sync", parents=[common],
                          help="one round of sync with the school's server now")
    sync.add_argument("--status", action="store_true",
                      help="say when sync last worked, what waits and the open conflicts")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    if args.command == "join":
        return _join(args, data_dir)
    if args.command == "sync":
        return _status(data_dir) if args.status else _sync(data_dir)
    if args.server_command == "verify":
        return _verify(data_dir)
    return _init(args, data_dir)


def _verify(data_dir: Path) -> int:
    """0: every chain whole; 1: one is not, or the server cannot be reached; 2: bad use."""
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..server.audit_chains import verify_chains
    from ..server.connection import connect
    from ..server.sync import Login
    from ..vault import sign_out

    given = credentials()
    services = sign_in_or_explain(data_dir)
    if services is None:
        return 2
    try:
        if services.ctx.role != "psychologist":
            err("senim server verify: only a psychologist's account reads the audit trails.")
            return 2
        state = joined_state(services)
    finally:
        sign_out(services)
    if state is None:
        err("senim server verify: this journal has not joined a school server.")
        return 2
    login = Login.of(state.server_url, given[0], given[1], "psychologist")
    try:
        with connect(state.server_url, login.role_name, login.secret) as conn:
            checks = verify_chains(conn)
    except _faults() as exc:
        err(f"senim server verify: {exc}.")
        return 1
    broken = False
    for c in checks:
        mine = " (this laptop)" if c.device == state.device_id else ""
        if c.problem is None:
            print(f"Device {c.device}{mine}: {c.entries} entries, the chain is whole.")
        else:
            broken = True
            print(f"Device {c.device}{mine}: BROKEN at {c.problem}.")
    return 1 if broken else 0


def joined_state(services):
    """The journal's sync_state (server.replica.State), or None when it has not joined."""
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..server import replica

    with services.db.engine.connect() as conn:
        return replica.state(conn)


def _faults():
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..server.connection import ServerFault

    return ServerFault


def _init(args, data_dir: Path) -> int:
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..security import Keyring
    from ..server.connection import BadLogin, BadUrl, Unreachable, parse_url
    from ..server.founding import found_school
    from ..vault import sign_out

    try:
        owner = parse_url(args.url).get("user")
    except BadUrl as exc:
        err(f"senim server init: {exc}.")
        return 2
    if not owner:
        err("senim server init: name the database's owner in the address: "
            "postgresql://OWNER@HOST:PORT/DB.")
        return 2
    given = credentials()
    services = sign_in_or_explain(data_dir)
    if services is None:
        return 2
    try:
        if services.ctx.role != "psychologist":
            err("senim server init: only a psychologist's account sets up the school server.")
            return 2
        owner_password = os.environ.get("PGPASSWORD") or (
            getpass.getpass(f"Password of {owner} on the server: ")
            if sys.stdin is not None and sys.stdin.isatty() else None)
        if not owner_password:
            err("senim server init: the owner's password is needed: set PGPASSWORD or run "
                "this command in a terminal.")
            return 2
        try:
            founded = found_school(args.url, owner_password, services.db,
                                   Keyring.path(data_dir).read_bytes(), *given)
        except (Unreachable, BadLogin) as exc:
            err(f"senim server init: {exc}. Nothing was written.")
            return 1
        except _faults() as exc:
            err(f"senim server init: {exc}. Nothing was written.")
            return 2
    finally:
        sign_out(services)
    print(f"The school server is set up (school {founded.school_id}).")
    print(f"  Group roles: {', '.join(founded.roles)}.")
    print(f"  Records uploaded from this journal: {founded.records}.")
    for name, role, login in founded.accounts:
        state = "can sign in" if login else \
            "no server login yet: a psychologist sets a new password for it"
        print(f"  Account {name} ({role}): {state}.")
    print(f"  This laptop is the school's first replica (device {founded.device_id}).")
    return 0


def _join(args, data_dir: Path) -> int:
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..server.connection import BadLogin, Revoked, Unreachable
    from ..server.joining import join

    given = credentials()
    if given is None:
        err("senim join: Senim needs the account's user name and password: set SENIM_USER "
            "and SENIM_PASSWORD, or run this command in a terminal.")
        return 2
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..security import BadCredentials

    try:
        joined = join(args.url, data_dir, *given)
    except (Unreachable, BadLogin, Revoked) as exc:
        err(f"senim join: {exc}. Nothing was written.")
        return 1
    except BadCredentials:
        err("senim join: the school's keyring does not open with this name and password. "
            "Nothing was written.")
        return 2
    except _faults() as exc:
        err(f"senim join: {exc}. Nothing was written.")
        return 2
    if joined.role == "head":
        print(f"Joined the school's server in {data_dir} as a head teacher: this laptop holds "
              "the published counts only, never a record.")
    else:
        print(f"Joined the school's server in {data_dir} as {joined.role}: "
              f"{joined.records} records downloaded.")
    return 0


def _head_laptop(data_dir: Path):
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..config import DB_FILE
    from ..server.head_laptop import HeadLaptop

    return None if (data_dir / DB_FILE).exists() else HeadLaptop.load(data_dir)


def _sync_head(data_dir: Path, laptop) -> int:
    """A head teacher's laptop: the newest published counts (no journal to sync)."""
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..security import BadCredentials, Keyring, KeyringError
    from ..server.head_laptop import sync_head
    from ..server.sync import Login

    given = credentials()
    if given is None:
        err("senim sync: Senim needs a user name and password: set SENIM_USER and "
            "SENIM_PASSWORD, or run this command in a terminal.")
        return 2
    try:
        keys = Keyring.load(data_dir).open(*given)
    except BadCredentials:
        err("Wrong user name or password.")
        return 2
    except KeyringError:
        err(f"The keyring in {data_dir} is damaged; nothing was changed.")
        return 2
    role = keys.role
    keys.wipe()
    try:
        taken = sync_head(data_dir, Login.of(laptop.server_url, *given, role))
    except _faults() as exc:
        err(f"senim sync: {exc}. The counts already here can still be read.")
        return 1
    print("New counts were published for the head teacher." if taken
          else "No newer counts have been published.")
    return 0


def _sync(data_dir: Path) -> int:
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..server.connection import BadLogin, Revoked, Unreachable
    from ..server.sync import Login, sync_once
    from ..vault import sign_out

    laptop = _head_laptop(data_dir)
    if laptop is not None:
        return _sync_head(data_dir, laptop)
    given = credentials()
    services = sign_in_or_explain(data_dir)
    if services is None:
        return 2
    try:
        state = joined_state(services)
        if state is None:
            err("senim sync: this journal has not joined a school server "
                "(`senim server init` or `senim join`).")
            return 2
        login = Login.of(state.server_url, given[0], given[1], services.ctx.role)
        try:
            outcome = sync_once(services.db, login)
        except (Unreachable, BadLogin, Revoked) as exc:
            err(f"senim sync: {exc}. The journal here is untouched and can be used as usual.")
            return 1
        except _faults() as exc:
            err(f"senim sync: {exc}.")
            return 1
    finally:
        sign_out(services)
    print(f"Pushed {outcome.pushed}, pulled {outcome.pulled}, new conflicts {outcome.conflicts}.")
    return 0


def _status(data_dir: Path) -> int:
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..server import replica
    from ..vault import sign_out

    laptop = _head_laptop(data_dir)
    if laptop is not None:
        print(f"Server: {laptop.server_url} (a head teacher's laptop: published counts only)")
        print(f"Last success: {laptop.last_success_at or 'never'}")
        if laptop.last_error:
            print(f"Offline since {laptop.offline_since} ({laptop.last_error})")
        return 0

    services = sign_in_or_explain(data_dir)
    if services is None:
        return 2
    try:
        with services.db.engine.connect() as conn:
            state = replica.state(conn)
            if state is None:
                print("This journal is not joined to a school server.")
                return 0
            waiting, conflicts = replica.waiting(conn), replica.open_conflicts(conn)
    finally:
        sign_out(services)
    print(f"Server: {state.server_url}")
    last = f"{state.last_success_at:%Y-%m-%d %H:%M} UTC" if state.last_success_at else "never"
    print(f"Last success: {last}")
    if state.last_error:
        since = f"{state.offline_since:%Y-%m-%d %H:%M} UTC" if state.offline_since else "?"
        print(f"Offline since {since} ({state.last_error})")
    print(f"Waiting to be pushed: {waiting}")
    print(f"Open conflicts: {conflicts}")
    return 0
