"""`senim accounts add NAME --role psychologist|counsellor|head`, `senim accounts list`,
`senim accounts revoke NAME` (a psychologist only): the journal's accounts, and on a journal
joined to a school server, the server's too: the change is sent by a sync round at once when
the server answers, else by the next one. The new account's password comes from
SENIM_NEW_PASSWORD or is asked for twice at the terminal.

Exit codes: 0 done; 1 done here but the server could not be reached (sent at the next sync);
2 bad use (credentials, role, a name taken or unknown, a password too short)."""

import argparse
import getpass
import os
import sys
from pathlib import Path

from .common import credentials, err, sign_in_or_explain

NAME = "accounts"
ENV_NEW_PASSWORD = "SENIM_NEW_PASSWORD"
ROLES = ("psychologist", "counsellor", "head")


def register(sub, common) -> None:
    accounts = sub.add_parser(NAME, parents=[common],
                              help="the journal's accounts (psychologist only)")
    actions = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="a colleague's new account")
    add.add_argument("name", metavar="NAME", help="the user name they sign in with")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--display-name", default="", help="the name shown (default: NAME)")
    actions.add_parser("list", parents=[common], help="every account, its role and state")
    revoke = actions.add_parser("revoke", parents=[common],
                                help="stop an account: it signs in nowhere and its laptop "
                                     "stops syncing")
    revoke.add_argument("name", metavar="NAME")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..vault import sign_out

    given = credentials()
    services = sign_in_or_explain(data_dir)
    if services is None:
        return 2
    try:
        if services.ctx.role != "psychologist":
            err("senim accounts: only a psychologist's account manages accounts.")
            return 2
        if args.accounts_command == "list":
            return _list(services)
        if args.accounts_command == "add":
            code = _add(services, args)
        else:
            code = _revoke(services, args)
        if code != 0:
            return code
        return _send(services, given)
    finally:
        sign_out(services)


def _list(services) -> int:
    for a in services.accounts.list():
        state = "active" if a.active else "stopped"
        print(f"{a.user_name}\t{a.role}\t{state}\t{a.display_name}")
    return 0


def _new_password() -> str | None:
    password = os.environ.get(ENV_NEW_PASSWORD)
    if password:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("The new account's password: ")
        if getpass.getpass("Once more: ") == first:
            return first
        err("senim accounts add: the two passwords differ.")
    return None


def _add(services, args) -> int:
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..models.account import AccountInput
    from ..models.validation import ValidationError

    password = _new_password()
    if password is None:
        err(f"senim accounts add: the new password is needed: set {ENV_NEW_PASSWORD} or run "
            "this command in a terminal.")
        return 2
    try:
        services.accounts.add(AccountInput(args.name, args.display_name or args.name,
                                           args.role, password))
    except ValidationError as exc:
        err("senim accounts add: " + "; ".join(_say(e) for e in exc.errors) + ".")
        return 2
    print(f"Account {args.name} ({args.role}) added.")
    return 0


def _revoke(services, args) -> int:
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..models.validation import ValidationError

    account = services.accounts.by_user_name(args.name)
    if account is None:
        err(f"senim accounts revoke: there is no account {args.name!r}.")
        return 2
    try:
        services.accounts.set_active(account.id, False)
    except ValidationError as exc:
        err("senim accounts revoke: " + "; ".join(_say(e) for e in exc.errors) + ".")
        return 2
    print(f"Account {args.name} stopped: it signs in nowhere, and its laptop stops syncing "
          "at its next attempt.")
    return 0


_PLAIN = {
    "user_name.taken": "that user name is taken",
    "account.self": "you cannot stop your own account",
    "account.last_psychologist": "the journal's last psychologist cannot be stopped",
    "required": "required",
}


def _say(error) -> str:
    text = _PLAIN.get(error.code)
    if text is None and error.code.startswith("password"):
        text = "the password is too short or too weak"
    return f"{error.field}: {text or error.code}"


def _send(services, given) -> int:
    """On a joined journal, a sync round now, so the server has the change."""
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..server.connection import ServerFault
    from ..server.sync import Login, sync_once
    from .server import joined_state

    state = joined_state(services)
    if state is None:
        return 0
    try:
        sync_once(services.db, Login.of(state.server_url, given[0], given[1],
                                        services.ctx.role))
    except ServerFault as exc:
        err(f"senim accounts: {exc}; the change is sent at the next sync.")
        return 1
    print("The school server has the change.")
    return 0
