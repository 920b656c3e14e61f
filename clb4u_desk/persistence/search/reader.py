"""The customer search's reads: one connection, plain rows, a dropped connection survived.

:func:`run_search` lends a :class:`SearchReader` for one search: on PostgreSQL a
connection of the search's own pool (:func:`clb4u_desk.persistence.db.create_search_engine`),
reading outside any transaction; on SQLite a read-only unit of work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final, TypeVar

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.driver_rows import driver_connection
from clb4u_desk.persistence.search import statements

KeyRow = tuple[int, str, str]  # (customer_id, name_key, reference)
Details = tuple[str, str | None, str | None]  # full name, email, phone
KeyBounds = tuple[str, str]  # lower <= name_key < upper

# Ids per "IN (...)" list: SQLite limits the bound parameters of one statement.
_ID_BATCH: Final = 900

T = TypeVar("T")


@dataclass(slots=True)
class FirstRound:
    """What :meth:`SearchReader.first_round` found."""

    exact: list[KeyRow]
    longer: list[KeyRow]  # one key per customer
    longer_read: int  # rows in the longer names' range (at most the probe)
    details: dict[int, Details]  # of the customers above
    # Per query word, the name words it begins, in order, or None when it begins more
    # than were asked for; None when not looked up (the exact matches or the longer
    # names fill the list).
    expansions: list[list[str] | None] | None


class SearchReader:
    """The search's statements on one connection; every method returns plain values."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection
        self._dialect = connection.dialect
        # In the same transaction (or, on PostgreSQL, the same session) as self._c.
        self._driver = driver_connection(connection)

    # -- names: the key index, straight through the driver -----------------------------

    def first_round(
        self,
        *,
        exact: str,
        longer: KeyBounds,
        longer_rows: int,
        prefixes: Sequence[KeyBounds],
        limit: int,
        probe: int,
        most_expansions: int,
    ) -> FirstRound:
        """The exact names (key ``exact``), the longer names (``longer``, of which the
        first ``longer_rows`` keys surely hold ``limit`` customers) and, while those do not
        fill the list, the name words each of ``prefixes`` begins (None for one that begins
        more than ``most_expansions``). Ranges rank their first ``probe`` keys."""
        values: dict[str, object] = {
            "expansions": most_expansions,
            "exact": exact,
            "limit": limit,
            "lower": longer[0],
            "upper": longer[1],
            "probe": probe,
            "rows": longer_rows,
            "may_skip": int(longer_rows <= probe),
        }
        for i, (lower, upper) in enumerate(prefixes):
            values[f"wlower{i}"] = lower
            values[f"wupper{i}"] = upper
        statement = statements.driver_statement(
            statements.first_round, self._dialect, len(prefixes)
        )
        found: list[list[tuple[int, str]]] = [[] for _ in prefixes]
        looked_up = False
        result = FirstRound([], [], 0, {}, None)
        for (
            kind,
            customer_id,
            text,
            reference,
            number,
            full_name,
            email,
            phone,
        ) in statement.fetch_all(self._driver, values):
            if kind == 0:
                result.exact.append((customer_id, text, reference))
                result.details[customer_id] = (full_name, email, phone)
            elif kind == 1:
                result.longer.append((customer_id, text, reference))
                result.details[customer_id] = (full_name, email, phone)
                result.longer_read = max(result.longer_read, number)
            else:
                looked_up = True
                if text is not None:
                    found[kind - 2].append((number, text))
        if looked_up:
            result.expansions = [
                [word for _, word in sorted(words)] if len(words) <= most_expansions else None
                for words in found
            ]
        return result

    def best_of_ranges(
        self, ranges: Sequence[tuple[str, str, int]], *, probe: int
    ) -> tuple[list[KeyRow], int]:
        """For each (lower, upper, rows) range, its first ``rows`` keys by reference among
        its first ``probe`` keys; and the most keys read in any one range."""
        values: dict[str, object] = {"probe": probe}
        for i, (lower, upper, rows) in enumerate(ranges):
            values[f"lower{i}"] = lower
            values[f"upper{i}"] = upper
            values[f"rows{i}"] = rows
        statement = statements.driver_statement(
            statements.best_of_ranges, self._dialect, len(ranges)
        )
        keys: list[KeyRow] = []
        most = 0
        for customer_id, name_key, reference, rows_read in statement.fetch_all(
            self._driver, values
        ):
            keys.append((customer_id, name_key, reference))
            most = max(most, rows_read)
        return keys, most

    def keys_between(self, lower: str, upper: str, limit: int) -> list[KeyRow]:
        """The first ``limit`` keys from ``lower`` up to ``upper``, in index order."""
        statement = statements.driver_statement(statements.keys_between, self._dialect)
        return statement.fetch_all(self._driver, {"lower": lower, "upper": upper, "cap": limit})

    def count_keys_between(self, lower: str, upper: str, at_most: int) -> int:
        count: int = self._c.execute(
            statements.count_keys_between(lower, upper, at_most)
        ).scalar_one()
        return count

    def details(self, ids: Sequence[int]) -> dict[int, Details]:
        """Name, primary (else first) email and first phone of each customer that exists."""
        if not ids:
            return {}
        statement = statements.driver_statement(statements.details, self._dialect, len(ids))
        values = {f"id{i}": customer_id for i, customer_id in enumerate(ids)}
        return {
            row[0]: (row[1], row[2], row[3]) for row in statement.fetch_all(self._driver, values)
        }

    # -- identifiers: exact, indexed look-ups --------------------------------------------

    def customers_by_reference(self, references: Sequence[str]) -> list[tuple[int, str]]:
        """(customer_id, reference) of the customers with these references."""
        rows = self._c.execute(statements.customers_by_reference(references))
        return [(customer_id, reference) for customer_id, reference in rows]

    def references(self, ids: Sequence[int]) -> list[tuple[int, str]]:
        """(customer_id, reference) of these customers."""
        found: list[tuple[int, str]] = []
        for start in range(0, len(ids), _ID_BATCH):
            rows = self._c.execute(statements.customers_by_id(ids[start : start + _ID_BATCH]))
            found.extend((customer_id, reference) for customer_id, reference in rows)
        return found

    def customers_by_invoice(self, numbers: Sequence[str]) -> list[int]:
        """The customers with an invoice of one of these numbers."""
        return [
            customer_id
            for (customer_id,) in self._c.execute(statements.customers_by_invoice(numbers))
        ]

    def customers_by_phone(self, phone_e164: str) -> list[tuple[int, str]]:
        """(customer_id, phone) of the customers with this phone number."""
        rows = self._c.execute(statements.customers_by_phone(phone_e164))
        return [(customer_id, phone) for customer_id, phone in rows]

    def customers_by_email(
        self, email: str, *, upper: str | None, limit: int
    ) -> list[tuple[int, str]]:
        """(customer_id, email) with this email, or with ``upper`` every email from
        ``email`` up to ``upper``, in email order: the first ``limit``."""
        rows = self._c.execute(statements.customers_by_email(email, upper, limit))
        return [(customer_id, stored) for customer_id, stored in rows]


def run_search(db: Database, search: Callable[[SearchReader], T]) -> T:
    """``search(reader)`` on a connection of the search; once more on a new connection when
    that one turned out to be dead (the server restarted or the network dropped since it
    was last used: it is pinged only after idling, see create_search_engine)."""
    try:
        return _run(db, search)
    except _ConnectionLost:
        try:
            return _run(db, search)
        except _ConnectionLost as again:  # the server is down: say what happened
            raise again.__cause__ or again from None


def _run(db: Database, search: Callable[[SearchReader], T]) -> T:
    with _reading(db) as connection:
        return search(SearchReader(connection))


class _ConnectionLost(Exception):
    pass


@contextmanager
def _reading(db: Database) -> Iterator[Connection]:
    search_engine = db.search_engine
    if search_engine is None:
        with db.reader() as uow:
            yield uow.session.connection()
        return
    # Outside a transaction, each statement reading what is committed when it runs.
    # (A customer deleted meanwhile is shown without details, never wrongly.)
    with search_engine.connect() as connection:
        try:
            yield connection
        except DBAPIError as error:
            if not error.connection_invalidated:
                raise
            raise _ConnectionLost() from error  # SQLAlchemy saw it and reset the pool
        except Exception as error:
            # The name search talks to the driver directly, so SQLAlchemy has not seen
            # that the connection broke: neither it nor its pool-mates (the same server)
            # may be used again.
            if not getattr(driver_connection(connection), "broken", False):
                raise
            connection.invalidate()
            search_engine.dispose()
            raise _ConnectionLost() from error
