"""The suite runs with no display (Qt's offscreen platform, set before Qt loads) and with
small Argon2id parameters: the real ones take half a second per password on purpose."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SENIM_KDF_FAST"] = "1"
for name in ("SENIM_USER", "SENIM_PASSWORD", "SENIM_DATA_DIR"):
    os.environ.pop(name, None)  # a developer's own settings must not leak into the tests

import gc

import pytest

from desktop.views.gui_gc import collect_if_due

# As in the app (desktop/views/gui_gc.py): no automatic collection, which could run on a
# worker thread and delete a Qt object there; the main thread collects after each test.
gc.disable()


@pytest.fixture(autouse=True)
def _collect_on_main_thread():
    yield
    collect_if_due()
