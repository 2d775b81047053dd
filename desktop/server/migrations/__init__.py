"""Alembic owns the school server's schema (the `senim` schema of the school's PostgreSQL
database) as it owns a laptop's journal; its revisions are numbered s0001, s0002, ... and its
version table is senim.alembic_version. SERVER_HEAD is what this Senim knows: a server at a
revision it does not know is newer, and this Senim must be updated before it syncs."""

from pathlib import Path

SERVER_HEAD = "s0001"


def server_alembic_config():
    # lazy: Alembic loads only when a server is set up or checked (start-up)
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent))
    return cfg
