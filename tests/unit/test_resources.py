"""The resources (fonts, translations, icons) are found from a source checkout, an installed
wheel and the PyInstaller bundle, and a wheel built from the project carries all of them.

Building the wheel takes about 5 s (pip's isolated build, setuptools from the package
index or pip's cache); it is built once for the module."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop import resources
from desktop.resources import PACKAGE_DIR, find_root, resource_path

ROOT = Path(__file__).resolve().parents[2]
ICONS = [f"senim-{n}.png" for n in (16, 24, 32, 48, 64, 128, 256, 512)]


def _layout(base: Path, resources_at: str) -> Path:
    """A desktop package under `base` with a complete resources copy at `resources_at`."""
    (base / "desktop").mkdir(parents=True)
    module = base / "desktop" / "resources.py"
    module.write_text("", encoding="utf-8")
    fonts = base / resources_at / "fonts"
    fonts.mkdir(parents=True)
    (fonts / "LICENSE-DejaVu.txt").write_text("Bitstream Vera", encoding="utf-8")
    return module


def test_an_installed_wheel_or_a_bundle_uses_the_copy_inside_the_package(tmp_path):
    # site-packages/desktop/resource_files (wheel) and _internal/desktop/resource_files
    # (PyInstaller): the same place, next to the module.
    module = _layout(tmp_path / "site-packages", f"desktop/{PACKAGE_DIR}")
    (tmp_path / "site-packages" / "resources").mkdir()  # some other package's folder
    assert find_root(module) == tmp_path / "site-packages" / "desktop" / PACKAGE_DIR


def test_a_source_checkout_uses_the_top_level_folder(tmp_path):
    module = _layout(tmp_path / "repo", "resources")
    assert find_root(module) == tmp_path / "repo" / "resources"


def test_in_this_checkout_every_resource_the_app_opens_is_there():
    assert resources.ROOT == ROOT / "resources"
    for parts in (("fonts", "DejaVuSerif.ttf"), ("fonts", "LICENSE-DejaVu.txt"),
                  *(("icons", name) for name in ICONS)):
        assert resource_path(*parts).is_file(), parts


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    if not all((ROOT / "resources" / "translations" / f"senim_{c}.qm").exists()
               for c in ("kk", "ru")):
        pytest.fail("no .qm files: run `make translations` (make test does) before the suite")
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    (built,) = out.glob("senim-*.whl")
    return built


def test_the_wheel_carries_every_module_and_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "desktop").rglob("*.py")
               if "__pycache__" not in p.parts}
    missing = sorted(modules - names)
    assert not missing, f"not in the wheel (a new folder of desktop/? list it in " \
                        f"pyproject.toml's packages): {missing}"
    inside = f"desktop/{PACKAGE_DIR}"
    expected = {f"{inside}/fonts/{f}" for f in ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                                                  "DejaVuSerif-Italic.ttf", "LICENSE-DejaVu.txt")}
    expected |= {f"{inside}/translations/senim_{c}.qm" for c in ("kk", "ru")}
    expected |= {f"{inside}/icons/{name}" for name in ICONS}
    expected |= {"desktop/migrations/script.py.mako"}
    assert expected <= names, sorted(expected - names)
    assert not any(n.endswith(".ts") or n.startswith("resources/") for n in names)


def test_the_installed_wheel_finds_its_resources(wheel, tmp_path):
    target = tmp_path / "site-packages"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), str(wheel)], check=True, capture_output=True, timeout=300)
    # -S: no site-packages, so neither this checkout nor its editable install is importable.
    done = subprocess.run(
        [sys.executable, "-S", "-c", "from desktop.resources import ROOT, resource_path; "
         "print(ROOT); print(resource_path('fonts', 'DejaVuSerif.ttf').is_file())"],
        env={"PYTHONPATH": str(target)}, cwd=tmp_path, capture_output=True, text=True,
        check=True)
    assert done.stdout.split() == [str(target / "desktop" / PACKAGE_DIR), "True"]
