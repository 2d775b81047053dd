"""Commands that print in the interface language (--lang, else the saved setting)."""

from contextlib import contextmanager
from pathlib import Path


@contextmanager
def translated(data_dir: Path, lang: str | None):
    """Qt's translators for the while: they need an application object, so one is made
    and then deleted. Yields the language in effect ("kk", "ru" or "en")."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication

    from ..settings import Settings
    from ..views.i18n import install_language

    existing = QCoreApplication.instance()
    app = existing or QCoreApplication([])
    try:
        yield install_language(app, lang or Settings.load(data_dir).language)
    finally:
        install_language(app, "en")
        if existing is None:
            shiboken6.delete(app)
