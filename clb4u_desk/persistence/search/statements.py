"""The customer search's SQL, for SQLite and PostgreSQL, chosen per dialect here only.

The name search reads ``customer_name_keys`` (see
:mod:`clb4u_desk.persistence.models.search_index`) in ranges of keys that the search
service plans (:mod:`clb4u_desk.services.search.name_ranges`). Its statements are
``text()`` with bound parameters, built once per dialect and size and compiled by
SQLAlchemy for the driver (:func:`driver_statement`): a name search is one statement, or
two when the query's whole words are rare, or three when other names must also fill the
list, and on PostgreSQL a SQLAlchemy execution, or a plan made anew, cost more than the
database's own work. The search pool (:func:`clb4u_desk.persistence.db.create_search_engine`)
prepares each at first use and keeps its generic plan.

The look-ups by identifier are Core selects run through SQLAlchemy as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Dialect, Select, TextClause, func, select, text

from clb4u_desk.persistence.driver_rows import DriverStatement, compile_for_driver
from clb4u_desk.persistence.models import (
    Customer,
    CustomerEmail,
    CustomerNameKey,
    CustomerPhone,
    Invoice,
)

# Keys are words joined by " "; every character of a word sorts after "!", so
# ``words + "!"`` is the least string after every key led by exactly those words.
AFTER_SPACE: Final = "!"


@dataclass(frozen=True, slots=True)
class _Dialect:
    """What the name search's SQL says differently on each database."""

    # Appended to a text expression so that it compares by code point, as the key
    # column does (PostgreSQL's key column is COLLATE "C"; SQLite compares bytes).
    bytewise: str
    # The first word of ``name_key``.
    first_word: str


_DIALECTS: Final = {
    "sqlite": _Dialect("", "substr(name_key, 1, instr(name_key || ' ', ' ') - 1)"),
    "postgresql": _Dialect(' COLLATE "C"', "split_part(name_key, ' ', 1)"),
}


# --------------------------------------------------------------------------- name search


def details_columns(customer: str) -> str:
    """Name, primary (else first) email and first phone of the row ``customer`` of customers."""
    return (
        f"{customer}.full_name AS full_name,"
        " (SELECT e.email FROM customer_emails e WHERE e.customer_id = {customer}.id"
        "  ORDER BY e.is_primary DESC, e.id LIMIT 1) AS email,"
        " (SELECT p.phone_e164 FROM customer_phones p WHERE p.customer_id = {customer}.id"
        "  ORDER BY p.id LIMIT 1) AS phone"
    ).replace("{customer}", customer)


# True while the exact matches do not fill the list: only then is more read.
_FEWER_EXACT_THAN_LIMIT: Final = (
    "(SELECT count(*) FROM (SELECT 1 FROM customer_name_keys"
    " WHERE name_key = :exact LIMIT :limit) AS exact) < :limit"
)

# True unless the longer names alone surely fill the list: ``rows`` keys (``limit``
# times the most keys one customer has there) are ``limit`` customers at least.
# ``may_skip`` is 0 when ``rows`` is more than the longer names' read ranks: then even
# that many keys need not make ``limit`` customers in the list.
_TOO_FEW_LONGER_NAMES: Final = (
    "(:may_skip = 0 OR (SELECT count(*) FROM (SELECT 1 FROM customer_name_keys"
    " WHERE name_key >= :lower AND name_key < :upper"
    " LIMIT :rows) AS longer) < :rows)"
)

# The first ``limit`` customers whose name is exactly the query's words, with details.
#
# Each such customer has exactly one key equal to the query, and the keys of one name lie
# in reference order in the index: the best exact matches are its first rows. They rank
# above every other name, so all of them are shown and their details come along. (The
# index orders references in the database's collation; references are "KH-" and digits,
# checked on import, which every collation orders as code points do.)
_EXACT_NAMES: Final = (
    "SELECT k.customer_id, k.name_key, k.reference, 0 AS rows_read,"
    f" {details_columns('c')}"
    " FROM (SELECT customer_id, name_key, reference FROM customer_name_keys"
    "  WHERE name_key = :exact ORDER BY name_key, reference"
    "  LIMIT :limit) AS k"
    " JOIN customers c ON c.id = k.customer_id"
)


def _best_of_range(dialect: _Dialect, suffix: str, *, unless_exact_fill: bool = False) -> str:
    """The first customers of one range by reference, and how many rows the range has.

    Columns: customer_id, name_key, reference, rows read (at most ``probe``, the cap plus
    one). The rows ranked are the range's first ``probe`` rows in index order, so that a
    range too broad to rank completely gives the same hits everywhere; more than the cap
    says it was too broad. References compare by code point, as the ranking in Python
    does.
    """
    condition = f" AND {_FEWER_EXACT_THAN_LIMIT}" if unless_exact_fill else ""
    return (
        "SELECT customer_id, name_key, reference, rows_read FROM"
        " (SELECT customer_id, name_key, reference, count(*) OVER () AS rows_read"
        "  FROM (SELECT customer_id, name_key, reference FROM customer_name_keys"
        f"   WHERE name_key >= :lower{suffix} AND name_key < :upper{suffix}"
        f"{condition} ORDER BY name_key, reference LIMIT :probe) AS capped"
        " ) AS counted"
        f" ORDER BY reference{dialect.bytewise} LIMIT :rows{suffix}"
    )


def _expansions(dialect: _Dialect, words: int) -> str:
    """The vocabulary skip scan of ``words`` query words: a CTE ``words(i, n, w, upper)``.

    Every word of a name leads one of its keys, so the distinct first words of the keys
    in a word's prefix range are the name words it begins. A recursive query skips from
    one word past all keys it leads to the next: one index seek per word found, not one
    row per key, and at most ``expansions`` + 1 per query word. Nothing is looked up
    when the exact matches, or the longer names alone, surely fill the list; when it
    is, every query word gives a row with n = 0, found or not (w NULL), to say so.
    """
    lookup = (
        f"(SELECT {dialect.first_word} FROM customer_name_keys WHERE name_key >= {{lower}} "
        f"AND name_key < {{upper}} ORDER BY name_key LIMIT 1)"
    )
    seeds = " UNION ALL ".join(
        "SELECT {i} AS i, {first} AS w, CAST({upper} AS TEXT) AS upper".format(
            i=i,
            upper=f":wupper{i}",
            first=lookup.format(
                lower=f"CAST(:wlower{i} AS TEXT)", upper=f"CAST(:wupper{i} AS TEXT)"
            ),
        )
        for i in range(words)
    )
    # On PostgreSQL the bound compares bytewise like the column.
    step = lookup.format(
        lower=f"(words.w || {AFTER_SPACE!r}){dialect.bytewise}", upper="words.upper"
    )
    return (
        "WITH RECURSIVE words(i, n, w, upper) AS ("
        f" SELECT i, 0, w, upper FROM ({seeds}) AS seeds"
        f" WHERE {_FEWER_EXACT_THAN_LIMIT} AND {_TOO_FEW_LONGER_NAMES}"
        f" UNION ALL SELECT i, n + 1, {step}, upper"
        " FROM words WHERE w IS NOT NULL AND n < :expansions)"
    )


def _longer_names(dialect: _Dialect) -> str:
    """The first ``limit`` customers of the longer names holding every query word whole,
    with details.

    Read only while the exact matches do not fill the list. They rank right after the
    exact matches, above every other name, so the list holds as many of them as fit and
    their details come along (one row per customer: any of its keys judges the name).
    """
    return (
        "SELECT w.customer_id, w.name_key, w.reference, w.rows_read,"
        f" {details_columns('c')}"
        " FROM (SELECT customer_id, min(name_key) AS name_key, reference,"
        "  max(rows_read) AS rows_read"
        f"  FROM ({_best_of_range(dialect, '', unless_exact_fill=True)}) AS keys"
        f"  GROUP BY customer_id, reference ORDER BY reference{dialect.bytewise}"
        "  LIMIT :limit) AS w"
        " JOIN customers c ON c.id = w.customer_id"
    )


def first_round(dialect: str, words: int) -> TextClause:
    """Everything the whole-words range can answer, and the expansions, in one statement.

    Rows (kind, customer_id, name_key or word, reference, rows read or n, full name,
    email, phone): kind 0 an exact match, 1 a longer name holding every query word
    (read only while the exact matches do not fill the list), both with details, and
    2 + i an expansion of query word i (likewise).
    """
    sql = _DIALECTS[dialect]
    return text(
        f"{_expansions(sql, words)}"
        " SELECT 0, customer_id, name_key, reference, rows_read, full_name, email, phone"
        f" FROM ({_EXACT_NAMES}) AS exact_names"
        " UNION ALL SELECT 1, customer_id, name_key, reference, rows_read, full_name,"
        f" email, phone FROM ({_longer_names(sql)}) AS longer_names"
        " UNION ALL SELECT 2 + i, NULL, w, NULL, n, NULL, NULL, NULL"
        " FROM words WHERE w IS NOT NULL OR n = 0"
    )


def best_of_ranges(dialect: str, ranges: int) -> TextClause:
    """The best of ``ranges`` ranges: rows (customer_id, name_key, reference, rows read in
    that range)."""
    sql = _DIALECTS[dialect]
    return text(
        " UNION ALL ".join(
            f"SELECT * FROM ({_best_of_range(sql, str(i))}) AS r{i}" for i in range(ranges)
        )
    )


def keys_between(dialect: str, _size: int = 0) -> TextClause:
    """The plain range read of the slow path: (customer_id, name_key, reference) rows."""
    return text(
        "SELECT customer_id, name_key, reference FROM customer_name_keys"
        " WHERE name_key >= :lower AND name_key < :upper"
        # Index order, so that a capped (broad) query keeps the same rows everywhere.
        " ORDER BY name_key, reference LIMIT :cap"
    )


def details(dialect: str, customers: int) -> TextClause:
    """Name, primary (else first) email and first phone of ``customers`` customers."""
    ids = ", ".join(f":id{i}" for i in range(customers))
    return text(f"SELECT c.id, {details_columns('c')} FROM customers c WHERE c.id IN ({ids})")


# Builds a statement for a dialect (by name) and a size (words, ranges, customers).
Builder = Callable[[str, int], TextClause]

_compiled: dict[tuple[Builder, str, str, int], DriverStatement] = {}


def driver_statement(build: Builder, dialect: Dialect, size: int = 0) -> DriverStatement:
    """``build(dialect name, size)`` compiled for ``dialect``'s driver, once."""
    key = (build, dialect.name, dialect.paramstyle, size)
    found = _compiled.get(key)
    if found is None:
        found = _compiled[key] = compile_for_driver(build(dialect.name, size), dialect)
    return found


# --------------------------------------------------------------------------- identifiers


def customers_by_reference(references: Sequence[str]) -> Select[int, str]:
    return select(Customer.id, Customer.reference).where(Customer.reference.in_(references))


def customers_by_id(ids: Sequence[int]) -> Select[int, str]:
    return select(Customer.id, Customer.reference).where(Customer.id.in_(ids))


def customers_by_invoice(numbers: Sequence[str]) -> Select[int]:
    return select(Invoice.customer_id).where(Invoice.number.in_(numbers))


def customers_by_phone(phone_e164: str) -> Select[int, str]:
    return select(CustomerPhone.customer_id, CustomerPhone.phone_e164).where(
        CustomerPhone.phone_e164 == phone_e164
    )


def customers_by_email(email: str, upper: str | None, limit: int) -> Select[int, str]:
    """``email`` itself, or with ``upper`` every email from ``email`` up to it, in order."""
    column = CustomerEmail.email
    condition: Any = column == email if upper is None else (column >= email) & (column < upper)
    return select(CustomerEmail.customer_id, column).where(condition).order_by(column).limit(limit)


def count_keys_between(lower: str, upper: str, at_most: int) -> Select[int]:
    return select(func.count()).select_from(
        select(CustomerNameKey.customer_id)
        .where(CustomerNameKey.name_key >= lower, CustomerNameKey.name_key < upper)
        .limit(at_most)
        .subquery()
    )
