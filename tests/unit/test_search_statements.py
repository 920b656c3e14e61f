"""The customer search's SQL: built per dialect in persistence, compiled by SQLAlchemy."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from clb4u_desk.persistence.search import statements

PACKAGE = Path(__file__).resolve().parents[2] / "clb4u_desk"

DIALECTS = {"sqlite": sqlite.dialect(), "postgresql": postgresql.psycopg.dialect()}
BUILDERS = [
    (statements.first_round, 3),
    (statements.best_of_ranges, 4),
    (statements.keys_between, 0),
    (statements.details, 5),
]


@pytest.mark.parametrize("name", DIALECTS)
@pytest.mark.parametrize(("build", "size"), BUILDERS)
def test_statements_are_compiled_once_with_the_drivers_markers(
    name: str, build: statements.Builder, size: int
) -> None:
    dialect = DIALECTS[name]
    compiled = statements.driver_statement(build, dialect, size)
    assert statements.driver_statement(build, dialect, size) is compiled
    assert ":" not in compiled.sql  # every ":name" became the driver's own marker
    if name == "sqlite":
        assert compiled.positions
        assert "%(" not in compiled.sql
        assert compiled.sql.count("?") == len(compiled.positions)
    else:
        assert compiled.positions is None
        assert "%(" in compiled.sql


def test_references_order_by_code_point_on_postgresql_only() -> None:
    pg = statements.driver_statement(statements.best_of_ranges, DIALECTS["postgresql"], 1)
    lite = statements.driver_statement(statements.best_of_ranges, DIALECTS["sqlite"], 1)
    assert 'ORDER BY reference COLLATE "C"' in pg.sql
    assert "COLLATE" not in lite.sql
    first = statements.driver_statement(statements.first_round, DIALECTS["postgresql"], 2)
    assert "split_part(name_key, ' ', 1)" in first.sql
    assert (
        "instr(" in statements.driver_statement(statements.first_round, DIALECTS["sqlite"], 2).sql
    )


@pytest.mark.parametrize("package", ["services/search", "services/lookup"])
def test_the_search_and_lookup_services_hold_no_sql(package: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders += [
                f"{path.name}:{node.lineno} imports {module}"
                for module in modules
                if module.split(".")[0] in ("sqlalchemy", "psycopg")
            ]
    assert not offenders, "\n".join(offenders)
