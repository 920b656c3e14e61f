"""Keeping ``customer_name_keys`` in step with ``customers.full_name``.

Everything here works on a SQLAlchemy ``Connection`` inside the caller's transaction,
so a customer and its keys commit (or vanish) together. Rows go through the raw
driver (``executemany`` on SQLite, ``COPY`` on PostgreSQL) because a bulk rebuild
writes several million of them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, select

from clb4u_desk.persistence.models.records import Customer
from clb4u_desk.persistence.models.search_index import CustomerNameKey, name_keys

TABLE = CustomerNameKey.__tablename__
BATCH_CUSTOMERS = 20_000
# SQLite limits bound parameters per statement (32766 since 3.32); stay well below.
_DELETE_BATCH = 5_000

Progress = Callable[[int, int], None]  # (customers indexed, customers in all)


KeyRow = tuple[str, str, int]  # (name_key, reference, customer_id)


def key_rows(customers: Iterable[tuple[int, str, str]]) -> list[KeyRow]:
    """The index rows of ``(customer_id, reference, full_name)`` triples."""
    return [(key, reference, customer_id) for customer_id, reference, full_name in customers
            for key in name_keys(full_name)]


def write_key_rows(connection: Connection, rows: Sequence[KeyRow]) -> None:
    """Insert index rows through the driver, in the open transaction."""
    if not rows:
        return
    raw: Any = connection.connection.driver_connection
    columns = "name_key, reference, customer_id"
    if connection.dialect.name == "sqlite":
        assert isinstance(raw, sqlite3.Connection)
        raw.executemany(f"INSERT INTO {TABLE} ({columns}) VALUES (?, ?, ?)", rows)
        return
    with raw.cursor() as cursor, cursor.copy(f"COPY {TABLE} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def delete_keys(connection: Connection, customer_ids: Sequence[int]) -> None:
    for start in range(0, len(customer_ids), _DELETE_BATCH):
        batch = customer_ids[start:start + _DELETE_BATCH]
        connection.execute(delete(CustomerNameKey).where(CustomerNameKey.customer_id.in_(batch)))


def index_names(connection: Connection, names: Sequence[tuple[int, str]], *,
                new: bool = False) -> None:
    """(Re)index the names of these customers, given as (customer_id, full_name).

    ``new=True`` says the customers were just inserted and have no keys yet, which
    saves the delete (worth it when seeding a million customers).
    """
    ids = [customer_id for customer_id, _ in names]
    if not new:
        delete_keys(connection, ids)
    references: dict[int, str] = {}
    for start in range(0, len(ids), _DELETE_BATCH):
        references.update((customer_id, reference) for customer_id, reference in connection.execute(
            select(Customer.id, Customer.reference)
            .where(Customer.id.in_(ids[start:start + _DELETE_BATCH]))))
    write_key_rows(connection, key_rows(
        (customer_id, references[customer_id], full_name) for customer_id, full_name in names))


def rebuild(connection: Connection, progress: Progress | None = None) -> int:
    """Drop every key and index every customer again; returns the customers indexed.

    Customers are read in id order in batches (keyset pagination), so memory stays
    flat whatever the number of customers.
    """
    connection.execute(delete(CustomerNameKey))
    total = connection.execute(select(func.count()).select_from(Customer)).scalar_one()
    done, last_id = 0, 0
    while True:
        batch = connection.execute(
            select(Customer.id, Customer.reference, Customer.full_name)
            .where(Customer.id > last_id)
            .order_by(Customer.id).limit(BATCH_CUSTOMERS)
        ).all()
        if not batch:
            break
        write_key_rows(connection, key_rows((row[0], row[1], row[2]) for row in batch))
        done += len(batch)
        last_id = batch[-1][0]
        if progress is not None:
            progress(done, total)
    analyze(connection)
    return done


def analyze(connection: Connection) -> None:
    """Refresh the planner's statistics of the key table after a bulk change."""
    connection.exec_driver_sql(f"ANALYZE {TABLE}")
