# The two commands: `make run` (the app on demo data) and `make test` (the whole suite).
# Each sets up its own virtual environment from the pinned lock on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DIR := .demo-data
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench bench-large bench-team translations lupdate screenshots package bench-bundle clean

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Senim needs Python 3.11 or newer" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# The demo folder's own account (README): user demo, password senim-demo.
DEMO_LOGIN := SENIM_USER=demo SENIM_PASSWORD=senim-demo

run: $(STAMP) translations
	$(DEMO_LOGIN) $(PY) -m desktop --data-dir $(DEMO_DIR) demo --if-empty --pupils 400 --records 3000 --seed 1
	$(PY) -m desktop --data-dir $(DEMO_DIR)

test: $(STAMP) translations
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP) translations
	$(PY) bench/run.py

# The same table on issue 20's school: 20,000 pupil records, 1,000,000 records over ten
# school years (.bench-data-large/, built once: about half an hour). `bench/run.py --dense`:
# the same counts in 15 months (.bench-data-dense/), a stress case.
bench-large: $(STAMP) translations
	$(PY) bench/run.py --large

# The team journal over loopback (bench/team_bench.py): needs PostgreSQL's programs.
bench-team: $(STAMP) translations
	$(PY) bench/team_bench.py

# The README's pictures: the real app under a virtual screen (needs xvfb-run: apt-get install xvfb).
screenshots: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) tools/screenshots.py

# The Linux bundle (README, Packaging): PyInstaller into the venv from its own lock, the
# one-folder build in dist/senim/, then the built program checks itself.
PKG_STAMP := $(VENV)/.packaging-installed
BUNDLE := dist/senim/senim

$(PKG_STAMP): packaging/requirements-package.lock $(STAMP)
	$(PY) -m pip install -q -r packaging/requirements-package.lock
	touch $@

package: $(PKG_STAMP) translations
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/senim.spec
	$(BUNDLE) --self-test
	@du -sh dist/senim

# The bundle's cold start against the same start from source (needs `make package` first).
bench-bundle: $(STAMP) translations
	$(PY) bench/bundle_start.py

# Re-extract strings from the sources into the .ts files (developers only).
lupdate: $(STAMP)
	$(PY) tools/lupdate.py

clean:
	rm -rf $(VENV) $(QM) .pytest_cache build dist
