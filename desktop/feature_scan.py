"""A quicker answer to the question PySide6 asks of every module imported after it.

For its `from __feature__ import snake_case, true_property` options, shiboken's import hook
asks of each module once whether its source mentions PySide6
(`shibokensupport.feature._mod_uses_pyside`). It reads the source with inspect.getsource,
which first walks every loaded module (inspect.getmodule): 0.1-0.4 ms a module, and the app
imports some 70 before its first window. Senim uses no __feature__ option. quicken() gives
the same answer for a plain .py file by reading the file itself, and leaves any other module
(compiled, frozen, in a zip) to PySide's own check. Without those internals (another PySide
version) it changes nothing.
"""

import sys

import shiboken6  # noqa: F401 - installs the import hook and the check replaced here


def quicken() -> bool:
    """True when the quicker check is in place (now or before)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original):
        return False
    if getattr(original, "quicker", False):
        return True

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.quicker = True
    uses_pyside.__wrapped__ = original
    feature._mod_uses_pyside = uses_pyside
    return True
