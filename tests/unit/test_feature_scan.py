"""The quicker answer to PySide6's question of each imported module (desktop/feature_scan.py)
is PySide's own answer."""

import importlib
import sys

from desktop.feature_scan import quicken

# Senim's modules with Qt and without, the standard library's, a compiled one.
MODULES = ("desktop.views.main_window", "desktop.views.accounts.sign_in", "desktop.app.senim",
           "desktop.settings", "desktop.models.changes", "desktop.feature_scan", "json",
           "logging.handlers", "math", "PySide6.QtCore")


def test_the_quicker_check_answers_as_pysides_own():
    assert quicken() and quicken()  # in place, once
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert check.quicker and not getattr(check.__wrapped__, "quicker", False)
    answers = {name: check(importlib.import_module(name)) for name in MODULES}
    assert answers == {name: check.__wrapped__(sys.modules[name]) for name in MODULES}
    assert answers["desktop.views.main_window"] and not answers["desktop.settings"]
