"""Dates and times are shown in Vietnam time by one module, clb4u_desk/domain/formatting.py:
no other module turns a time into its own zone or its own text (checked on the source).

What is refused outside formatting.py, wherever it appears:
- ``x.astimezone()`` without a zone (the workstation's zone) or with any zone but UTC
  (storing in UTC is fine; showing is the formatter's);
- ``ZoneInfo(...)`` (the one zone is ``formatting.VIETNAM``);
- ``x.strftime(...)`` and ``f"{x:%d/%m}"`` (text of a time made by hand);
and, in the front ends and documents (gui/, reporting/), ``x.isoformat()``, which would
show a stored form instead of the agents' ``dd/mm/yyyy``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "clb4u_desk"
FORMATTER = PACKAGE / "domain" / "formatting.py"
# Machine formats that are not shown to anyone as a date: each with its reason.
STRFTIME_ALLOWED = {
    # The decision log's own UTC timestamp format (docs/decision-log.md), hashed.
    PACKAGE / "audit" / "chain.py",
    # A unique file name in the demo outbox, in UTC.
    PACKAGE / "adapters" / "smtp.py",
}
# The machine-readable copy's dates (ISO days, docs/export-format.md).
ISOFORMAT_ALLOWED = {PACKAGE / "reporting" / "document.py"}
DISPLAY_PACKAGES = (PACKAGE / "gui", PACKAGE / "reporting")


@cache
def _sources() -> tuple[tuple[Path, ast.AST], ...]:
    """Every module but the formatter, parsed once for all the checks."""
    return tuple(
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != FORMATTER and "migrations" not in path.parts
    )


def _method_calls(tree: ast.AST, name: str) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == name
        ):
            yield node


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', '?')}"


def _is_utc(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id == "UTC") or (
        isinstance(node, ast.Attribute) and node.attr == "utc"
    )


def test_no_module_converts_a_time_to_a_zone_of_its_own() -> None:
    found = [
        _where(path, call)
        for path, tree in _sources()
        for call in _method_calls(tree, "astimezone")
        if len(call.args) != 1 or not _is_utc(call.args[0])
    ]
    assert found == [], "use formatting.vietnam_time / vietnam_date"


def test_no_module_names_a_time_zone_of_its_own() -> None:
    found = [
        _where(path, node)
        for path, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "ZoneInfo"
    ]
    assert found == [], "use formatting.VIETNAM"


def test_no_module_writes_a_time_as_text_by_hand() -> None:
    found = [
        _where(path, call)
        for path, tree in _sources()
        if path not in STRFTIME_ALLOWED
        for call in _method_calls(tree, "strftime")
    ]
    found += [
        _where(path, node)
        for path, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.FormattedValue)
        and isinstance(node.format_spec, ast.JoinedStr)
        and any(
            isinstance(part, ast.Constant) and "%" in str(part.value)
            for part in node.format_spec.values
        )
    ]
    assert found == [], "use formatting.format_date / format_datetime / format_zoned"


def test_the_screens_and_documents_show_no_stored_date_forms() -> None:
    found = [
        _where(path, call)
        for path, tree in _sources()
        if path.is_relative_to(DISPLAY_PACKAGES[0]) or path.is_relative_to(DISPLAY_PACKAGES[1])
        if path not in ISOFORMAT_ALLOWED
        for call in _method_calls(tree, "isoformat")
    ]
    assert found == [], "use formatting.format_date / format_datetime"
