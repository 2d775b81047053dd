"""Subcommands of `senim` that work on the journal's records, one module each.

Each module names its command (NAME) and has `register(sub, common)`, which adds its
argparse parser, and `run(args, data_dir) -> int`, the exit code. Modules import nothing
heavy at the top: the parser is built on every start of the app.
"""

import importlib

MODULES = ("attention", "pupils", "export", "referral", "report", "backup", "restore", "check",
           "calendar", "keys", "council", "server", "accounts")


def load():
    return [importlib.import_module(f"{__name__}.{name}") for name in MODULES]
