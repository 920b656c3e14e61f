"""Bulk writing of generated rows: executemany on SQLite, COPY on PostgreSQL.

Both work on the DB-API connection under the caller's SQLAlchemy transaction, so the
rows and the decision-log entry that records the seeding commit (or vanish) together.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from clb4u_desk.demo.generator import TABLE_COLUMNS, Chunk
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import WRITE_OPTION


def _insert_sql(table: str) -> str:
    columns = TABLE_COLUMNS[table]
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def _copy_sql(table: str) -> str:
    return f"COPY {table} ({', '.join(TABLE_COLUMNS[table])}) FROM STDIN"


@contextmanager
def bulk_session(db: Database) -> Iterator[tuple[Session, BulkWriter]]:
    """A write session (rolled back unless committed) and a bulk writer on its connection.

    SQLite refuses to change ``synchronous`` inside a transaction, so the connection is
    prepared before the session begins one.
    """
    with db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            _prepare_sqlite(raw)
        try:
            with Session(
                bind=connection.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
            ) as session:
                try:
                    yield session, BulkWriter(session.connection())
                finally:
                    session.rollback()  # no-op after a commit; undoes everything otherwise
        finally:
            if connection.dialect.name == "sqlite":
                # Closed rather than pooled: the next user must not inherit the
                # seeding pragmas (no fsync, a 256 MB cache).
                connection.invalidate()


def _prepare_sqlite(raw: sqlite3.Connection) -> None:
    # Seeding is repeatable from its seed, so losing it to a power cut costs a re-run,
    # not data: skip the fsyncs. A big page cache keeps the indexes in memory.
    # (bulk_session closes this connection afterwards, so the settings leave with it.)
    raw.execute("PRAGMA synchronous=OFF")
    raw.execute("PRAGMA cache_size=-262144")


class BulkWriter:
    """Writes chunks of rows through the raw connection behind ``connection``."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._dialect = connection.dialect.name
        self._raw: Any = connection.connection.driver_connection

    def next_ids(self) -> dict[str, int]:
        """The first free id of every table, so explicit ids never collide."""
        found: dict[str, int] = {}
        for table in TABLE_COLUMNS:
            top = self._connection.execute(text(f"SELECT MAX(id) FROM {table}")).scalar()
            found[table] = int(top or 0) + 1
        return found

    def write(self, chunk: Chunk) -> None:
        if self._dialect == "sqlite":
            self._write_sqlite(chunk)
        else:
            self._write_postgres(chunk)

    def _write_sqlite(self, chunk: Chunk) -> None:
        raw: sqlite3.Connection = self._raw
        for table, rows in chunk.items():
            if rows:
                raw.executemany(_insert_sql(table), rows)

    def _write_postgres(self, chunk: Chunk) -> None:
        with self._raw.cursor() as cursor:
            for table, rows in chunk.items():
                if not rows:
                    continue
                with cursor.copy(_copy_sql(table)) as copy:
                    for row in rows:
                        copy.write_row(row)

    def finish(self) -> None:
        """Move PostgreSQL's id sequences past the explicit ids; refresh planner statistics."""
        if self._dialect == "sqlite":
            # A sampled ANALYZE: seconds instead of minutes on a million customers.
            self._raw.execute("PRAGMA analysis_limit=1000")
            self._raw.execute("ANALYZE")
            return
        for table in TABLE_COLUMNS:
            self._connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                )
            )
            self._connection.execute(text(f"ANALYZE {table}"))
