"""Engines for the embedded SQLite file and the shared PostgreSQL server."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DisconnectionError
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
        return create_engine(
            parsed, pool_pre_ping=True, pool_size=5, max_overflow=5, hide_parameters=True
        )
    raise ValueError(f"unsupported database: {parsed.get_backend_name()}")


def _sqlite_engine(url: URL) -> Engine:
    if url.database in (None, "", ":memory:"):
        # Every connection to ":memory:" is a database of its own: nothing to keep.
        return _configure_sqlite(
            url,
            create_engine(
                url, poolclass=NullPool, connect_args={"timeout": 30}, hide_parameters=True
            ),
        )
    # A file keeps a few connections open: opening one (and the pragmas below) costs
    # about half a millisecond, as much as a whole indexed customer search. A pooled
    # connection serves one unit of work at a time, in whichever thread runs it, so
    # sqlite3's same-thread check is off; no two threads ever use one at once.
    return _configure_sqlite(
        url,
        create_engine(
            url,
            poolclass=QueuePool,
            pool_size=4,
            max_overflow=-1,  # more threads: more
            connect_args={"timeout": 30, "check_same_thread": False},
            hide_parameters=True,
        ),
    )


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


# A connection handed back to the pool this recently is trusted without a ping.
#
# Why not the pool's own pre_ping: it pings at every checkout, that is once per search,
# and SQLAlchemy has no "only after idling" setting. A ping is a round trip: 0.085 ms
# measured on loopback, against a search of about 1 ms on its server (the benchmark's
# mix), so some 8% of every search there, and more over an office network. A connection
# that died while trusted (a server restart a moment after a search) is caught when the
# search uses it: persistence.search.reader.run_search runs the search once more on a
# new connection.
SEARCH_PING_AFTER_IDLE_SECONDS = 10.0


def create_search_engine(engine: Engine) -> Engine | None:
    """On PostgreSQL, a small pool of its own for the customer search; None on SQLite.

    A search is one to three short statements that together take less time than
    PostgreSQL spends planning them again on every call (its custom plans; about 0.3 ms a
    statement): its connections prepare every statement at first use (psycopg's
    ``prepare_threshold``) and keep generic plans for them (``plan_cache_mode``). They
    read outside any transaction (autocommit), which spares BEGIN and ROLLBACK, and are
    pinged only after ten idle seconds (see SEARCH_PING_AFTER_IDLE_SECONDS). Other work
    keeps the main pool, with its usual custom plans. Creating the engine opens no
    connection.
    """
    if engine.dialect.name != "postgresql":
        return None
    # Server options the URL sets (a search_path, say) apply here too.
    url_options = engine.url.query.get("options", "")
    if not isinstance(url_options, str):
        url_options = " ".join(url_options)
    search = create_engine(
        engine.url,
        pool_size=2,
        max_overflow=4,
        isolation_level="AUTOCOMMIT",
        hide_parameters=True,
        # The connection used last is warm: its statements are prepared already.
        pool_use_lifo=True,
        connect_args={
            "application_name": "clb4u-desk search",
            "options": f"{url_options} -c plan_cache_mode=force_generic_plan".strip(),
            # Prepared at first use (psycopg waits for the fifth by default).
            "prepare_threshold": 0,
        },
    )
    _ping_when_idle(search, SEARCH_PING_AFTER_IDLE_SECONDS)
    return search


def _ping_when_idle(engine: Engine, idle_seconds: float) -> None:
    def _used_now(_dbapi_connection: Any, record: Any) -> None:
        record.info["used_at"] = time.monotonic()

    # A connection just opened has answered already; one handed back was used just now.
    event.listen(engine, "connect", _used_now)
    event.listen(engine, "checkin", _used_now)

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        used = record.info.get("used_at")
        if used is not None and time.monotonic() - used < idle_seconds:
            return
        try:
            dbapi_connection.execute("SELECT 1")
        except Exception as error:  # the pool replaces the connection and tries again
            raise DisconnectionError() from error
