"""Alembic owns the schema. HEAD lets a start skip importing Alembic when nothing changed;
a unit test keeps it equal to the newest revision."""

from pathlib import Path

HEAD = "0025"


def alembic_config():
    # lazy: Alembic loads only when the schema must change (start-up)
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent))
    return cfg
