"""What Senim ships besides its own code, with each part's licence: shown by the About
dialog, and the list of distributions whose metadata the bundle keeps (packaging/senim.spec)
so that the dialog can show their versions there too. Qt-free."""

import platform
from importlib.metadata import PackageNotFoundError, version

# (what it is, its distribution on PyPI for the version, its licence). Licence names are
# SPDX identifiers, the same in every language.
COMPONENTS = (
    ("Qt 6 / PySide6", "PySide6", "LGPL-3.0-only"),
    ("SQLCipher (sqlcipher3)", "sqlcipher3", "BSD-3-Clause; binding: Zlib"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("SQLModel", "sqlmodel", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("Pydantic", "pydantic", "MIT"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("argon2-cffi", "argon2-cffi", "MIT"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("openpyxl", "openpyxl", "MIT"),
    ("python-holidays", "holidays", "MIT"),
    ("python-dateutil", "python-dateutil", "Apache-2.0 OR BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("Pillow", "pillow", "MIT-CMU"),
    ("Python", None, "PSF-2.0"),
)


def component_version(distribution: str | None) -> str:
    if distribution is None:
        return platform.python_version()
    try:
        return version(distribution)
    except PackageNotFoundError:  # a bundle built without its metadata: no version to show
        return ""
