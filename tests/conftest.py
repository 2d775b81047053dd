"""The suite runs with no display (Qt's offscreen platform, set before Qt loads) and with
small Argon2id parameters: the real ones take half a second per password on purpose."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SENIM_KDF_FAST"] = "1"
for name in ("SENIM_USER", "SENIM_PASSWORD", "SENIM_DATA_DIR"):
    os.environ.pop(name, None)  # a developer's own settings must not leak into the tests

import gc
import shutil
from pathlib import Path

import pytest

from desktop.views.widgets.gui_gc import collect_if_due

# As in the app (desktop/views/widgets/gui_gc.py): no automatic collection, which could run on a
# worker thread and delete a Qt object there; the main thread collects after each test.
gc.disable()


@pytest.fixture(autouse=True)
def _collect_on_main_thread():
    yield
    collect_if_due()


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory):
    """A journal migrated to HEAD once per run. Running Alembic for every test would make the
    suite slow, so the unit and view tests each open a copy (copy_of_template), where
    open_database finds HEAD and does nothing. test_migrations.py migrates fresh files."""
    from desktop.db import open_database
    from fixture_keys import TEST_KEY

    path = tmp_path_factory.mktemp("template") / "senim.db"
    db = open_database(path, TEST_KEY)
    db.dispose()
    return path


@pytest.fixture
def copy_of_template(_template_db):
    """copy(target): the migrated template copied to `target` (with its -wal and -shm)."""

    def copy(target: Path) -> Path:
        for suffix in ("", "-wal", "-shm"):
            src = _template_db.with_name(_template_db.name + suffix)
            if src.exists():
                shutil.copyfile(src, target.with_name(target.name + suffix))
        return target

    return copy
