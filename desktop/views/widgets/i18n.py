"""The interface language: Senim's own translations, Qt's, and the locale for dates."""

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ...resources import resource_path

LOCALES = {"en": "en_GB", "ru": "ru_KZ", "kk": "kk_KZ"}
_installed: list[QTranslator] = []


def system_language() -> str:
    code = QLocale.system().name()[:2]
    return code if code in LOCALES else "en"


def effective_language(setting: str) -> str:
    return system_language() if setting == "system" else setting


def install_language(app: QApplication, setting: str) -> str:
    """Install translators for `setting` ("system", "en", "ru", "kk"); returns the code used."""
    code = effective_language(setting)
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES[code]))
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path in (str(resource_path("translations", f"senim_{code}.qm")),
                     f"{qt_dir}/qtbase_{code}.qm"):
            t = QTranslator(app)
            if t.load(path):
                app.installTranslator(t)
                _installed.append(t)
    return code
