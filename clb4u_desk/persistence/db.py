"""Engines for the embedded SQLite file and the shared PostgreSQL server."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool, QueuePool

# An execution option that makes a SQLite transaction take the write lock at BEGIN, so
# two writers queue on busy_timeout instead of failing when both upgrade a read lock.
WRITE_OPTION = "clb4u_write"


def is_sqlite(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_app_engine(url: str | URL, *, password: str | None = None) -> Engine:
    """An engine for ``url``; ``password`` (from the keyring) is added for PostgreSQL.

    ``hide_parameters``: a database error's message would otherwise quote the statement's
    bound values (names, emails, ...), and such messages reach logs and crash dialogs.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed)
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        if password is not None:
            parsed = parsed.set(password=password)
        return create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=5,
                             hide_parameters=True)
    raise ValueError(f"unsupported database: {parsed.get_backend_name()}")


def _sqlite_engine(url: URL) -> Engine:
    if url.database in (None, "", ":memory:"):
        # Every connection to ":memory:" is a database of its own: nothing to keep.
        return _configure_sqlite(url, create_engine(
            url, poolclass=NullPool, connect_args={"timeout": 30}, hide_parameters=True))
    # A file keeps a few connections open: opening one (and the pragmas below) costs
    # about half a millisecond, as much as a whole indexed customer search. A pooled
    # connection serves one unit of work at a time, in whichever thread runs it, so
    # sqlite3's same-thread check is off; no two threads ever use one at once.
    return _configure_sqlite(url, create_engine(
        url, poolclass=QueuePool, pool_size=4, max_overflow=-1,  # more threads: more
        connect_args={"timeout": 30, "check_same_thread": False}, hide_parameters=True))


def _configure_sqlite(url: URL, engine: Engine) -> Engine:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        if url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
