"""`senim keys rotate`: change every key of the journal (a psychologist only), e.g. after
stopping an account whose holder may have copied a key. Everyone keeps their password; the
old keys open nothing any more. Exit 0 when done, 2 when it could not run (credentials,
role, the journal open elsewhere). A change cut off is finished or undone at the next
sign-in (desktop/key_rotation.py)."""

import argparse
from pathlib import Path

from .common import err, sign_in_or_explain

NAME = "keys"


def register(sub, common) -> None:
    keys = sub.add_parser(NAME, parents=[common], help="the journal's keys (psychologist only)")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    actions.add_parser("rotate", parents=[common],
                       help="change every key; passwords stay, copies of old keys open nothing")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..vault import rotate_keys, sign_out

    services = sign_in_or_explain(data_dir)
    if services is None:
        return 2
    actor, keys = services.ctx.actor, services.db.keys.copy()
    try:
        if services.ctx.role != "psychologist":
            err("senim keys rotate: only a psychologist's account may change the keys.")
            return 2
        if services.team.status() is not None:
            err("senim keys rotate: this journal is the school's, shared through its server: "
                "every laptop holds its keys, so they cannot yet be changed from one laptop. "
                "Stop the account you no longer trust instead (`senim accounts revoke`).")
            return 2
    finally:
        sign_out(services)
    try:
        rotate_keys(data_dir, keys, actor)
    finally:
        keys.wipe()
    print("Every key of the journal was changed. Everyone signs in with the same password; "
          "copies of the old keys open nothing.")
    return 0
