"""Where Senim keeps its data: --data-dir, else SENIM_DATA_DIR, else the user data folder."""

import os
from pathlib import Path

DB_FILE = "senim.db"
KEYRING_FILE = "keys.json"  # the data key's wraps (desktop/security/keyring.py)
# A head teacher's laptop joined to a school server holds no journal: this file says which
# server it takes the published counts from (desktop/server/head_laptop.py).
HEAD_LAPTOP_FILE = "school-server.json"
RESTORE_JOURNAL_FILE = "restore-journal.json"  # a restore under way (desktop/backups.py)
ENV_DATA_DIR = "SENIM_DATA_DIR"
# For scripts: the account every `senim` command that opens the database signs in with.
ENV_USER, ENV_PASSWORD = "SENIM_USER", "SENIM_PASSWORD"


def resolve_data_dir(cli_value: str | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    if os.environ.get(ENV_DATA_DIR):
        return Path(os.environ[ENV_DATA_DIR]).expanduser().resolve()
    # lazy: platformdirs loads only when no data folder is given (start-up)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Senim", appauthor=False))
