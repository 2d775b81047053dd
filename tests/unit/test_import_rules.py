"""Which room of the house may import which (docs/architecture.md has the picture), and no
import circles: a forbidden import or a new circle fails here, naming the line.

The graph is read from the source with `ast`, not by importing it: every `import` and
`from … import` in desktop/ and bench/, at the top of a module or inside a function, except
those under `if TYPE_CHECKING:` (they never run). Importing `a.b.c` counts as importing the
module `a.b.c` (or the package `a.b` when c is a name in it).
"""

import ast
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, "desktop.views.main_window"
    target: str  # the module imported, "desktop.services.context" or "sqlalchemy.orm"
    names: tuple[str, ...]  # for `from target import names`
    line: int
    top: bool  # at the top of the module (runs on import), not inside a function

    def __str__(self) -> str:
        what = f"from {self.target} import {', '.join(self.names)}" if self.names \
            else f"import {self.target}"
        return f"{self.source.replace('.', '/')}.py:{self.line}: {what}"


def _module_name(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    package = parts[-1] == "__init__"
    return ".".join(parts[:-1] if package else parts), package


def _sources() -> dict[str, Path]:
    out = {}
    for folder in ("desktop", "bench"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            out[_module_name(path)[0]] = path
    return out


MODULES = _sources()


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def _resolve(source: str, package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        if source.startswith("bench.") and f"bench.{node.module}" in MODULES:
            return f"bench.{node.module}"  # the bench's scripts import each other by name
        return node.module
    base = source.split(".") if package else source.split(".")[:-1]
    base = base[:len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports_of(source: str, path: Path) -> list[Import]:
    package = path.name == "__init__.py"
    found: list[Import] = []

    def visit(nodes, top: bool) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and _is_type_checking(node):
                visit(node.orelse, top)
                continue
            if isinstance(node, ast.Import):
                for alias in node.names:
                    target = alias.name
                    if source.startswith("bench.") and f"bench.{target}" in MODULES:
                        target = f"bench.{target}"
                    found.append(Import(source, target, (), node.lineno, top))
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(source, package, node)
                names = tuple(a.name for a in node.names)
                submodules = [f"{base}.{n}" for n in names if f"{base}.{n}" in MODULES]
                for target in submodules or [base]:
                    found.append(Import(source, target, names, node.lineno, top))
            inner = top and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            for name in ("body", "orelse", "finalbody"):
                value = getattr(node, name, None)
                if isinstance(value, list):
                    visit(value, inner)
            for part in getattr(node, "handlers", None) or getattr(node, "cases", None) or ():
                visit(part.body, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")).body, True)
    return found


IMPORTS = [i for source, path in MODULES.items() for i in _imports_of(source, path)]


def _within(module: str, prefixes) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


# --- which room may import which -------------------------------------------------------------

QT = ("PySide6", "shiboken6")
DATABASE = ("sqlalchemy", "sqlmodel", "alembic", "sqlcipher3", "desktop.db", "desktop.migrations")
# The rooms that run without a window: the command line, a later sync job or server use them
# unchanged. (desktop.instance_lock uses Qt's QLockFile; the app, the views and the commands'
# translations are Qt by nature.)
QT_FREE = ("desktop.models", "desktop.services", "desktop.db", "desktop.migrations",
           "desktop.demo", "desktop.exporting", "desktop.importing", "desktop.documents",
           "desktop.security", "desktop.backups", "desktop.vault", "desktop.faults",
           "desktop.config", "desktop.settings", "desktop.file_modes", "desktop.logs",
           "desktop.server")
# Who may use the interface's modules at all.
INTERFACE = ("desktop.views", "desktop.app")
MAY_USE_INTERFACE = ("desktop.views", "desktop.app", "desktop.cli", "desktop.commands",
                     "desktop.self_test", "desktop.__main__", "bench")

# The interface's rooms (desktop/views/<room>/): one per feature, named like its service, and
# widgets/ for what they share. main_window, record_actions and about_dialog sit above them.
VIEW_ROOMS = sorted(p.name for p in (ROOT / "desktop" / "views").iterdir()
                    if p.is_dir() and p.name != "__pycache__")
VIEW_FEATURES = tuple(f"desktop.views.{room}" for room in VIEW_ROOMS
                      if room != "widgets")
VIEW_TOP = ("desktop.views.main_window", "desktop.views.record_actions",
            "desktop.views.about_dialog", "desktop.views.first_window")

RULES = [
    # (who, may not import, why)
    (QT_FREE, QT, "Qt-free rooms (ARCHITECTURE.md, One direction)"),
    (("desktop",), INTERFACE, "only the interface, the command line and the app use views"),
    (("desktop.models",), ("desktop.services", "desktop.db", "desktop.backups",
                           "desktop.vault", "desktop.exporting", "desktop.importing",
                           "desktop.documents", "desktop.demo", "sqlalchemy.orm",
                           "sqlalchemy.engine"),
     "models are tables, inputs and rules: no use cases, no sessions or engines"),
    (("desktop.services",), ("desktop.cli", "desktop.commands", "desktop.demo"),
     "use cases know nothing of who calls them"),
    (("desktop.views",), DATABASE, "no SQL in views: they get Read shapes from services"),
    (("desktop.models", "desktop.services", "desktop.db", "desktop.migrations", "desktop.demo",
      "desktop.exporting", "desktop.importing", "desktop.documents", "desktop.security",
      "desktop.vault", "desktop.backups"), ("desktop.server", "psycopg"),
     "the journal knows nothing of the school server: sync works on it from above"),
    (("desktop.views.widgets",), VIEW_FEATURES + VIEW_TOP,
     "the shared widgets stand below every feature's screens and the window"),
    (("desktop.exporting", "desktop.importing", "desktop.documents"),
     ("desktop.services", "desktop.vault", "desktop.backups", "desktop.cli",
      "desktop.commands", "desktop.demo"),
     "the file readers and writers serve the use cases, not the other way round"),
    (("desktop.importing", "desktop.documents"), DATABASE,
     "reading class lists and writing documents need no database"),
    (("desktop.security", "desktop.config", "desktop.file_modes", "desktop.logs",
      "desktop.settings"),
     ("desktop.models", "desktop.services", "desktop.db", "desktop.vault", "desktop.backups",
      "sqlalchemy", "sqlmodel"),
     "the keyring and the small helpers stand below the journal"),
]
# sqlmodel's names that mean a database session, not a table's definition.
SESSION_NAMES = {"Session", "select", "create_engine"}


def _allowed(i: Import, who, banned) -> bool:
    if not _within(i.source, who) or not _within(i.target, banned):
        return True
    return i.source != "desktop" and _within(i.source, MAY_USE_INTERFACE) and banned is INTERFACE


@pytest.mark.parametrize("who, banned, why", RULES, ids=[r[2] for r in RULES])
def test_no_room_imports_what_it_may_not(who, banned, why):
    wrong = [str(i) for i in IMPORTS if not _allowed(i, who, banned)]
    assert wrong == [], f"{why}:\n" + "\n".join(wrong)


def test_each_room_of_the_interface_is_small_enough_to_take_in():
    """A newcomer finds a feature's screens in one folder of at most about 15 modules."""
    assert "widgets" in VIEW_ROOMS and len(VIEW_ROOMS) > 10
    sizes = {room: len(list((ROOT / "desktop" / "views" / room).glob("*.py")))
             for room in VIEW_ROOMS}
    assert {room: n for room, n in sizes.items() if n > 15} == {}
    top = sorted(p.stem for p in (ROOT / "desktop" / "views").glob("*.py"))
    assert top == sorted(m.rsplit(".", 1)[1] for m in VIEW_TOP)


def test_models_define_tables_but_open_no_session():
    wrong = [str(i) for i in IMPORTS if _within(i.source, ("desktop.models",))
             and i.target in ("sqlmodel", "sqlalchemy") and SESSION_NAMES & set(i.names)]
    assert wrong == []


# --- no circles ------------------------------------------------------------------------------

# Imports inside a function that close a circle on purpose, each with its reason. The graph
# without them must have no circle; anything else is a circle to break.
LAZY_ON_PURPOSE = {
    "desktop.views.record_actions": "the record forms are loaded when first opened, so the "
                                    "main window starts without them; the forms open one "
                                    "another through record_actions",
}


def _graph(top_only: bool) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for i in IMPORTS:
        if i.target in MODULES and i.target != i.source and (i.top or not top_only):
            if not i.top and i.source in LAZY_ON_PURPOSE:
                continue
            graph[i.source].add(i.target)
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(set(graph) | {w for ws in graph.values() for w in ws}):
        if v not in index:
            visit(v)
    return found


def _explain(circle: list[str], graph) -> str:
    members = set(circle)
    lines = [str(i) for i in IMPORTS
             if i.source in members and i.target in members and i.target in graph[i.source]]
    return " <-> ".join(circle) + "\n    " + "\n    ".join(lines)


def test_no_import_circle_at_the_top_of_modules():
    graph = _graph(top_only=True)
    assert [_explain(c, graph) for c in _circles(graph)] == []


def test_no_import_circle_through_imports_inside_functions_either():
    """An import inside a function only to dodge a circle is still a circle."""
    graph = _graph(top_only=False)
    assert [_explain(c, graph) for c in _circles(graph)] == []


def test_the_check_sees_a_circle_and_a_forbidden_import(tmp_path):
    """The checks above can fail: a made-up pair of modules importing each other is found,
    and so is a view importing sqlalchemy."""
    graph = {"a": {"b"}, "b": {"a"}, "c": {"a"}}
    assert _circles(graph) == [["a", "b"]]
    view = Import("desktop.views.pupils.pupils_page", "sqlalchemy", ("select",), 1, True)
    rule = next(r for r in RULES if r[0] == ("desktop.views",))
    assert not _allowed(view, rule[0], rule[1])
    path = tmp_path / "mod.py"
    path.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import x\n"
                    "def f():\n    import y\n")
    seen = {(i.target, i.top) for i in _imports_of("desktop.mod", path)}
    assert seen == {("typing", True), ("y", False)}


# --- imports inside functions: each says why -------------------------------------------------

# An import inside a function is there for start-up time (the first window, `senim --help`),
# to keep Qt out of a Qt-free room, or for a reason as strong; it says which in a comment
# `# lazy: <why>` on its line or just above it (one comment covers a block of imports).
LAZY = "# lazy:"


def _inner_imports(tree: ast.AST) -> list[ast.stmt]:
    found = {}
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(function):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    found[node.lineno] = node
    return [found[line] for line in sorted(found)]


def _unexplained(source: str) -> list[int]:
    """Lines of the imports inside functions with no `# lazy:` reason: on the import's own
    lines, or in the comment just above it (skipping blank lines and the other imports of
    its block)."""
    lines = source.splitlines()
    tree = ast.parse(source)
    import_lines = {n for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                    for n in range(node.lineno, node.end_lineno + 1)}
    missing = []
    for node in _inner_imports(tree):
        if any(LAZY in lines[n - 1] for n in range(node.lineno, node.end_lineno + 1)):
            continue
        above = node.lineno - 1
        while above >= 1 and (not lines[above - 1].strip() or above in import_lines):
            above -= 1
        comment = []
        while above >= 1 and lines[above - 1].strip().startswith("#"):
            comment.append(lines[above - 1])
            above -= 1
        if not any(LAZY in line for line in comment):
            missing.append(node.lineno)
    return missing


def test_every_import_inside_a_function_says_why():
    wrong = []
    for path in MODULES.values():
        for line in _unexplained(path.read_text(encoding="utf-8")):
            wrong.append(f"{path.relative_to(ROOT)}:{line}")
    assert wrong == [], ("an import inside a function needs `# lazy: <why>` above it, or "
                         "belongs at the top of its module:\n" + "\n".join(wrong))


def test_the_reason_check_sees_an_import_without_a_reason():
    source = ("import os\n\n\ndef f():\n    # lazy: reportlab only when a PDF is made\n"
              "    import reportlab\n\n    from reportlab import pdfgen\n    return os\n\n\n"
              "def g():\n    x = 1\n    import json\n    # lazy: Qt stays out of this module\n"
              "    import sqlite3  # lazy: and this one says so on its line\n"
              "    # a comment that gives no reason\n    import csv\n    return x\n")
    assert _unexplained(source) == [14, 18]


def _qt_free_rooms_in_the_docs() -> set[str]:
    """The rooms `docs/architecture.md` calls Qt-free, from its line `- Qt-free: a, b, …`."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    listed = text.split("- Qt-free:", 1)[1].split("\n- ", 1)[0]
    return {name.strip(" .\n") for name in listed.replace("\n", " ").split(",")}


def test_the_qt_free_rooms_here_are_those_the_docs_list():
    assert _qt_free_rooms_in_the_docs() == {m.removeprefix("desktop.") for m in QT_FREE}


def test_no_qt_free_room_imports_qt_anywhere_not_even_inside_a_function():
    """Not at the top, not inside a function, not under TYPE_CHECKING: the Qt-free rooms run
    without a window (the command line, a later sync job)."""
    rooms = tuple(f"desktop.{room}" for room in _qt_free_rooms_in_the_docs())
    wrong = []
    for module, path in MODULES.items():
        if not _within(module, rooms):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module]
            else:
                continue
            if any(_within(name, QT) for name in names):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert wrong == [], "Qt in a Qt-free room:\n" + "\n".join(wrong)
