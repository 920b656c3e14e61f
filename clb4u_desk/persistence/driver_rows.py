"""Reading many rows of a select through the database driver, typed as SQLAlchemy types them.

A heavy customer's profile is ten thousand rows; building a SQLAlchemy ``Row`` and running
the type processors for each of them took as long on PostgreSQL as the database itself.
The rows of a query whose columns are all of the plain types below come straight from
the driver's cursor, in the same transaction, with only the conversions those types
need; any other query goes through SQLAlchemy as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Select
from sqlalchemy.types import BigInteger, Boolean, Date, DateTime, Integer, String, Text

from clb4u_desk.persistence.types import UTCDateTime

Converter = Callable[[Any], Any]
_PLAIN = (Integer, BigInteger, String, Text)


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
    params: Any = compiled.params
    if compiled.positiontup is not None:
        params = [params[name] for name in compiled.positiontup]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(compiled.string, params)
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
