"""Reading rows through the database driver: statements compiled by SQLAlchemy once, run
on the driver's own connection, in the same transaction (or session) as SQLAlchemy's.

A heavy customer's profile is ten thousand rows; building a SQLAlchemy ``Row`` and running
the type processors for each of them took as long on PostgreSQL as the database itself.
The rows of a query whose columns are all of the plain types below come straight from
the driver's cursor, with only the conversions those types need; any other query goes
through SQLAlchemy as usual.

The customer search's statements are short and many: there a SQLAlchemy execution cost
more than the database's own work, so each is compiled once per dialect and size
(:class:`DriverStatement`) and run by the driver with the values SQLAlchemy's compiled
parameters name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Dialect, Select
from sqlalchemy.engine import Compiled
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.types import BigInteger, Boolean, Date, DateTime, Integer, String, Text

from clb4u_desk.persistence.types import UTCDateTime

Converter = Callable[[Any], Any]
_PLAIN = (Integer, BigInteger, String, Text)


@dataclass(frozen=True, slots=True)
class DriverStatement:
    """A statement compiled for one dialect: its SQL and how its values are passed."""

    sql: str
    # The parameters' names in order for a positional driver (sqlite3's "?"); None when
    # the driver takes them by name (psycopg's "%(name)s").
    positions: tuple[str, ...] | None

    def parameters(self, values: Mapping[str, object]) -> Any:
        if self.positions is None:
            return values
        return [values[name] for name in self.positions]

    def fetch_all(self, driver: Any, values: Mapping[str, object]) -> list[Any]:
        """The rows, as the driver gives them (tuples), on ``driver``'s connection."""
        rows: list[Any] = driver.execute(self.sql, self.parameters(values)).fetchall()
        return rows


def compile_for_driver(statement: ClauseElement, dialect: Dialect) -> DriverStatement:
    return _driver_statement(statement.compile(dialect=dialect))


def _driver_statement(compiled: Compiled) -> DriverStatement:
    positions = getattr(compiled, "positiontup", None)
    return DriverStatement(compiled.string, None if positions is None else tuple(positions))


def driver_connection(connection: Connection) -> Any:
    """The driver's connection under ``connection`` (the same transaction or session)."""
    return connection.connection.driver_connection


def _sqlite_utc(value: Any) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _aware_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _converter(column_type: Any, sqlite: bool) -> tuple[bool, Converter | None]:
    """(handled, converter): whether a column of this type can be read raw, and how."""
    if isinstance(column_type, UTCDateTime):
        return True, _sqlite_utc if sqlite else _aware_utc
    if isinstance(column_type, DateTime):
        return True, datetime.fromisoformat if sqlite else None
    if isinstance(column_type, Date):
        return True, date.fromisoformat if sqlite else None
    if isinstance(column_type, Boolean):
        return True, bool if sqlite else None
    return isinstance(column_type, _PLAIN), None


def fetch_rows(connection: Connection, query: Select[Any]) -> Sequence[Sequence[Any]]:
    """The rows of ``query``: tuples of the values SQLAlchemy would give."""
    sqlite = connection.dialect.name == "sqlite"
    converters: list[tuple[int, Converter]] = []
    for index, column in enumerate(query.selected_columns):
        handled, converter = _converter(column.type, sqlite)
        if not handled:
            return connection.execute(query).all()
        if converter is not None:
            converters.append((index, converter))
    compiled = query.compile(dialect=connection.dialect)
    statement = _driver_statement(compiled)
    cursor = driver_connection(connection).cursor()
    try:
        cursor.execute(statement.sql, statement.parameters(compiled.params))
        rows: list[Sequence[Any]] = cursor.fetchall()
    finally:
        cursor.close()
    if not converters:
        return rows
    converted = []
    for row in rows:
        values = list(row)
        for index, converter in converters:
            if values[index] is not None:
                values[index] = converter(values[index])
        converted.append(values)
    return converted
