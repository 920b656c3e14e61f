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


def _modules(under: Path) -> Iterator[Path]:
    yield from sorted(under.rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, name: str | None = None) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports (anywhere, lazily too), absolute, with its line."""
    name = name or _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            yield node.lineno, module
            for alias in node.names:
                yield node.lineno, f"{module}.{alias.name}"


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
    assert "PySide6.QtCore" in found and "shiboken6" in found
    assert "clb4u_desk.persistence" in found
    assert _matches("clb4u_desk.persistence.db", DOMAIN_FORBIDDEN)
