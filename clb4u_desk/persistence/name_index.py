"""Keeping ``customer_name_keys`` in step with ``customers.full_name``.

Everything here works on a SQLAlchemy ``Connection`` inside the caller's transaction,
so a customer and its keys commit (or vanish) together. Rows go through the raw
driver (``executemany`` on SQLite, ``COPY`` on PostgreSQL) because a bulk rebuild
writes several million of them.

A million customers have some six million keys, in no useful order. Inserted one by
one, each key is a random write into a B-tree far bigger than the cache (and on
PostgreSQL a foreign-key check too): seeding a million customers on PostgreSQL took
16 minutes instead of 4. So bulk loads (:func:`bulk_loader`) build the indexes after
the rows are in, each in one sorted pass.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, inspect, select
from sqlalchemy.schema import AddConstraint, CreateIndex, DropConstraint, DropIndex

from clb4u_desk.persistence.models.records import Customer
from clb4u_desk.persistence.models.search_index import CustomerNameKey, name_keys

TABLE = CustomerNameKey.__tablename__
BATCH_CUSTOMERS = 20_000
# SQLite limits bound parameters per statement (32766 since 3.32); stay well below.
_DELETE_BATCH = 5_000

Progress = Callable[[int, int], None]  # (customers indexed, customers in all)


KeyRow = tuple[str, str, int]  # (name_key, reference, customer_id)
KeyWriter = Callable[[Sequence[KeyRow]], None]
_COLUMNS = "name_key, reference, customer_id"
# SQLite: bulk-loaded keys wait here (a plain rowid table: appending is cheap) until
# they go into the key table in its primary-key order.
_STAGING = "temp.customer_name_keys_load"
# PostgreSQL: memory for building the primary key after a bulk load (the default
# 64 MB sorts eight million keys in many runs on disk). Only for that transaction.
_INDEX_BUILD_MEMORY = "256MB"


def key_rows(customers: Iterable[tuple[int, str, str]]) -> list[KeyRow]:
    """The index rows of ``(customer_id, reference, full_name)`` triples."""
    return [
        (key, reference, customer_id)
        for customer_id, reference, full_name in customers
        for key in name_keys(full_name)
    ]


def write_key_rows(connection: Connection, rows: Sequence[KeyRow], *, table: str = TABLE) -> None:
    """Insert index rows through the driver, in the open transaction."""
    if not rows:
        return
    raw: Any = connection.connection.driver_connection
    if connection.dialect.name == "sqlite":
        assert isinstance(raw, sqlite3.Connection)
        raw.executemany(f"INSERT INTO {table} ({_COLUMNS}) VALUES (?, ?, ?)", rows)
        return
    with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({_COLUMNS}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


@contextmanager
def bulk_loader(connection: Connection) -> Iterator[KeyWriter]:
    """A writer for many keys into the empty key table; its indexes are built on exit.

    SQLite: the keys are staged in a temporary table, then copied into the key table
    in primary-key order (the table *is* its primary key, so it cannot be dropped), and
    the customer-id index is built afterwards. PostgreSQL: the primary key, the index
    and the foreign key are dropped, the keys copied in, and all three made again,
    each in one pass, the table rewritten in key order in between. Whatever existed
    before exists again afterwards, under the same names and definitions (the
    model's), so this also serves migration 0003, which creates the index after its
    backfill.

    Until the transaction ends the key table is locked (PostgreSQL: searches wait), so
    this is for seeding, migrating and rebuilding, not for everyday writes. If the body
    raises, nothing is rebuilt: the caller's transaction is rolled back anyway.
    """
    if connection.execute(select(CustomerNameKey.customer_id).limit(1)).first() is not None:
        raise ValueError("bulk loading needs an empty customer_name_keys table")
    table = CustomerNameKey.metadata.tables[TABLE]
    inspector = inspect(connection)
    present = {index["name"] for index in inspector.get_indexes(TABLE)}
    indexes = [index for index in table.indexes if index.name in present]
    for index in indexes:
        connection.execute(DropIndex(index))
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            f"CREATE TABLE {_STAGING} (name_key TEXT, reference TEXT, customer_id INTEGER)"
        )
        yield lambda rows: write_key_rows(connection, rows, table=_STAGING)
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE} ({_COLUMNS}) SELECT {_COLUMNS} FROM {_STAGING} "
            "ORDER BY name_key, reference"
        )
        connection.exec_driver_sql(f"DROP TABLE {_STAGING}")
    else:
        foreign_names = {fk["name"] for fk in inspector.get_foreign_keys(TABLE)}
        foreign = [fk for fk in table.foreign_key_constraints if fk.name in foreign_names]
        primary = (
            table.primary_key
            if inspector.get_pk_constraint(TABLE).get("name") == table.primary_key.name
            else None
        )
        for constraint in [*foreign, *([primary] if primary is not None else [])]:
            connection.execute(DropConstraint(constraint))
        yield lambda rows: write_key_rows(connection, rows)
        connection.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{_INDEX_BUILD_MEMORY}'")
        if primary is not None:
            connection.execute(AddConstraint(primary))
            # Rows in key order: a broad name (tens of thousands of keys) then reads a
            # few hundred table pages instead of one page per key (100 ms -> 1 ms).
            connection.exec_driver_sql(f"CLUSTER {TABLE} USING {primary.name}")
        for constraint in foreign:
            connection.execute(AddConstraint(constraint))
    for index in indexes:
        connection.execute(CreateIndex(index))


def delete_keys(connection: Connection, customer_ids: Sequence[int]) -> None:
    for start in range(0, len(customer_ids), _DELETE_BATCH):
        batch = customer_ids[start : start + _DELETE_BATCH]
        connection.execute(delete(CustomerNameKey).where(CustomerNameKey.customer_id.in_(batch)))


def index_names(
    connection: Connection, names: Sequence[tuple[int, str]], *, new: bool = False
) -> None:
    """(Re)index the names of these customers, given as (customer_id, full_name).

    ``new=True`` says the customers were just inserted and have no keys yet, which
    saves the delete (worth it when seeding a million customers).
    """
    ids = [customer_id for customer_id, _ in names]
    if not new:
        delete_keys(connection, ids)
    references: dict[int, str] = {}
    for start in range(0, len(ids), _DELETE_BATCH):
        references.update(
            (customer_id, reference)
            for customer_id, reference in connection.execute(
                select(Customer.id, Customer.reference).where(
                    Customer.id.in_(ids[start : start + _DELETE_BATCH])
                )
            )
        )
    write_key_rows(
        connection,
        key_rows(
            (customer_id, references[customer_id], full_name) for customer_id, full_name in names
        ),
    )


def rebuild(connection: Connection, progress: Progress | None = None) -> int:
    """Drop every key and index every customer again; returns the customers indexed.

    Customers are read in id order in batches (keyset pagination), so memory stays
    flat whatever the number of customers. The keys go in through :func:`bulk_loader`,
    so the key table is locked until the caller commits.
    """
    connection.execute(delete(CustomerNameKey))
    total = connection.execute(select(func.count()).select_from(Customer)).scalar_one()
    done, last_id = 0, 0
    with bulk_loader(connection) as write:
        while True:
            batch = connection.execute(
                select(Customer.id, Customer.reference, Customer.full_name)
                .where(Customer.id > last_id)
                .order_by(Customer.id)
                .limit(BATCH_CUSTOMERS)
            ).all()
            if not batch:
                break
            write(key_rows((row[0], row[1], row[2]) for row in batch))
            done += len(batch)
            last_id = batch[-1][0]
            if progress is not None:
                progress(done, total)
    analyze(connection)
    return done


def vacuum(engine: Engine) -> None:
    """After a bulk load has committed: on PostgreSQL, mark the key table's pages
    all-visible, so that counting a range of keys reads the index alone (autovacuum
    would, minutes later). VACUUM runs outside a transaction; SQLite needs nothing.
    """
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
            f"VACUUM (ANALYZE) {TABLE}"
        )


def analyze(connection: Connection) -> None:
    """Refresh the planner's statistics of the key table after a bulk change."""
    connection.exec_driver_sql(f"ANALYZE {TABLE}")
