"""The dependency rules of DESIGN.md section 2, checked on the source (AST, no imports)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "clb4u_desk"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")
# domain/ is pure rules: none of our I/O layers, no database, no Qt.
DOMAIN_FORBIDDEN = (
    "clb4u_desk.persistence",
    "clb4u_desk.services",
    "clb4u_desk.gui",
    "clb4u_desk.adapters",
    "clb4u_desk.audit",
    "clb4u_desk.reporting",
    "clb4u_desk.commands",
    "clb4u_desk.app",
    "clb4u_desk.cli",
    "clb4u_desk.config",
    "clb4u_desk.logging_setup",
    "sqlalchemy",
    "alembic",
    "psycopg",
    "keyring",
    "reportlab",
    "pypdf",
    *QT_MODULES,
)
# SQL lives in persistence/ (and the layers DESIGN.md lets reach the database); the
# services call repositories, and nothing below the composition root imports it.
SQL_MODULES = ("sqlalchemy", "alembic", "psycopg")
SERVICES_FORBIDDEN = (*SQL_MODULES, "clb4u_desk.app")


def _modules(under: Path) -> Iterator[Path]:
    yield from sorted(under.rglob("*.py"))


def _module_name(path: Path, root: Path = PACKAGE.parent) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_statements(path: Path, name: str) -> Iterator[tuple[int, str, list[str] | None]]:
    """Each import in ``path`` (anywhere, lazily too): its line, the absolute module, and
    the names taken from it (None for a plain ``import``)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, None
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            yield node.lineno, module, [alias.name for alias in node.names]


def imported(path: Path, name: str | None = None) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports (anywhere, lazily too), absolute, with its line."""
    for line, module, members in _import_statements(path, name or _module_name(path)):
        yield line, module
        for member in members or ():
            yield line, f"{module}.{member}"


def _matches(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def test_only_gui_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}"
        for path in _modules(PACKAGE)
        if "gui" not in path.relative_to(PACKAGE).parts[:1]
        for line, module in imported(path)
        if _matches(module, QT_MODULES)
    ]
    assert not offenders, "Qt outside clb4u_desk/gui:\n" + "\n".join(offenders)


def test_domain_imports_nothing_of_the_outer_layers() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}"
        for path in _modules(PACKAGE / "domain")
        for line, module in imported(path)
        if _matches(module, DOMAIN_FORBIDDEN)
    ]
    assert not offenders, "domain/ must stay pure:\n" + "\n".join(offenders)


def test_gui_runs_no_sql() -> None:
    """gui/ reaches the database only through services (ruff's TID251 cannot say this:
    its ban list is one for all files, and gui/ must be let in for Qt)."""
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}"
        for path in _modules(PACKAGE / "gui")
        for line, module in imported(path)
        if _matches(module, SQL_MODULES)
    ]
    assert not offenders, "SQL in clb4u_desk/gui:\n" + "\n".join(offenders)


def test_services_run_no_sql_and_do_not_reach_up_to_the_app() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}"
        for path in _modules(PACKAGE / "services")
        for line, module in imported(path)
        if _matches(module, SERVICES_FORBIDDEN)
    ]
    assert not offenders, "services/ must call repositories:\n" + "\n".join(offenders)


def import_graph(package: Path = PACKAGE) -> dict[str, dict[str, int]]:
    """Our modules, each with the modules of ours it imports and the line of the first.

    Every import counts, under TYPE_CHECKING and inside functions too: a lazy import
    that only hides a circle still ties the two modules together. ``from p import n``
    is an edge to ``p.n`` when that is a module of ours, else to ``p``. (Importing
    ``p.m`` runs ``p/__init__`` first; that alone is not counted as an edge to ``p``.)
    """
    names = {_module_name(path, package.parent): path for path in _modules(package)}
    graph: dict[str, dict[str, int]] = {}
    for name, path in names.items():
        edges: dict[str, int] = {}
        for line, module, members in _import_statements(path, name):
            targets = (
                [module]
                if members is None
                else [
                    f"{module}.{member}" if f"{module}.{member}" in names else module
                    for member in members
                ]
            )
            for target in targets:
                if target in names and target != name:
                    edges.setdefault(target, line)
        graph[name] = edges
    return graph


def circles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def _describe(group: list[str], graph: dict[str, dict[str, int]]) -> str:
    members = set(group)
    return "\n".join(
        f"  {source} (line {line}) -> {target}"
        for source in group
        for target, line in sorted(graph[source].items())
        if target in members
    )


def test_no_module_takes_part_in_an_import_circle() -> None:
    graph = import_graph()
    found = circles(graph)
    assert not found, "import circles:\n" + "\n\n".join(_describe(g, graph) for g in found)


def test_the_check_sees_imports(tmp_path: Path) -> None:
    """The walker finds lazy, aliased and relative imports (so the tests above can fail)."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f():\n    import PySide6.QtCore as qc\n"
        "    from shiboken6 import isValid\n"
        "from ..persistence import db\n",
        encoding="utf-8",
    )
    found = [module for _line, module in imported(sample, "clb4u_desk.domain.sample")]
    assert "PySide6.QtCore" in found
    assert "shiboken6" in found
    assert "clb4u_desk.persistence" in found
    assert _matches("clb4u_desk.persistence.db", DOMAIN_FORBIDDEN)


def test_the_circle_check_sees_lazy_and_type_checking_imports(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "a.py").write_text("def f():\n    from pkg import b\n", encoding="utf-8")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import f\n",
        encoding="utf-8",
    )
    (package / "c.py").write_text("from pkg.a import f\nfrom . import b\n", encoding="utf-8")
    graph = import_graph(package)
    assert graph["pkg.c"] == {"pkg.a": 1, "pkg.b": 2}
    assert circles(graph) == [["pkg.a", "pkg.b"]]
