"""Where the shipped resources (translations, fonts, icons) are found, in all three ways
Senim runs:

- an installed wheel: pyproject.toml maps the top-level resources/ folder into the package
  as desktop/resource_files/ (the wheel holds no top-level folder beside the package);
- the PyInstaller bundle: packaging/senim.spec copies it to the same place inside the
  bundle, where this module's __file__ points (sys._MEIPASS/desktop/);
- a source checkout (and the editable install of `make run`): resources/ beside desktop/.

Everything that opens a resource asks resource_path(), never a path of its own.
"""

from pathlib import Path

PACKAGE_DIR = "resource_files"  # the name inside the package: pyproject.toml, senim.spec
_MARKER = ("fonts", "LICENSE-DejaVu.txt")  # present in every complete copy


def find_root(module_file: str | Path = __file__) -> Path:
    """The resources folder for the desktop package whose module is `module_file`; when no
    complete copy is found, the checkout's (the self-test then says what is missing)."""
    package = Path(module_file).resolve().parent
    candidates = (package / PACKAGE_DIR, package.parent / "resources")
    for folder in candidates:
        if folder.joinpath(*_MARKER).is_file():
            return folder
    return candidates[-1]


ROOT = find_root()


def resource_path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)
