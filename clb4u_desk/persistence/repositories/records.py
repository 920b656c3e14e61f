"""A customer's records: the rows a rectification reads, locks, checks and changes, and
the bulk look-ups and inserts of the records import."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChangeError,
    NotFoundError,
    ValidationError,
)
from clb4u_desk.persistence import name_index
from clb4u_desk.persistence.models import Customer
from clb4u_desk.persistence.repositories.base import Repository

_LOOKUP_BATCH = 500  # values per IN (...) query: far below every database's limit


class RowsConflictError(Exception):
    """An insert hit a unique key: someone wrote the same rows meanwhile."""


class RecordRepository(Repository):
    # -- rectification

    def owned(self, model: Any, record_id: int, customer_id: int, *, for_update: bool) -> Any:
        """The record of ``model`` with this id, if it is the customer's (locked if asked).

        Another customer's record is "not found" here: a case opens its subject only.
        """
        query = select(model).where(model.id == record_id)
        if for_update:
            query = query.with_for_update()
        row = self._session.execute(query).scalar_one_or_none()
        owner = None if row is None else (row.id if model is Customer else row.customer_id)
        if owner != customer_id:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "No such record in {table} for this case's customer."),
                table=model.__tablename__,
            )
        return row

    def of_customer(self, model: Any, customer_id: int) -> list[Any]:
        """Every record of ``model`` the customer has (the customer row itself for Customer)."""
        owner = model.id if model is Customer else model.customer_id
        return list(
            self._session.execute(
                select(model).where(owner == customer_id).order_by(model.id)
            ).scalars()
        )

    def check_versions(self, rows: Mapping[str, Any], expected: Mapping[str, int]) -> None:
        """Every record (keyed by record key) at the version the agent saw."""
        for key, row in rows.items():
            if key not in expected:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The version you saw of {key} is missing; preview the correction again.",
                    ),
                    key=key,
                )
            if row.version != expected[key]:
                raise ConcurrentChangeError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Record {key} was changed by someone else "
                        "meanwhile; reload it, check the values and try again.",
                    ),
                    key=key,
                )

    def changed(self, rows: Iterable[Any], renamed: Sequence[tuple[int, str]]) -> None:
        """Records whose fields were set: move their versions on, write them, and keep
        the name search index in step with the customers in ``renamed`` (id, new name)."""
        for row in {id(row): row for row in rows}.values():
            if not isinstance(row, Customer):  # the Customer mapper counts its own versions
                row.version = row.version + 1
        self._session.flush()
        if renamed:
            name_index.index_names(self._session.connection(), renamed)

    # -- import

    def existing(
        self, key: Any, more: tuple[Any, ...], values: Iterable[Any]
    ) -> Iterator[tuple[Any, ...]]:
        """(key, *more) of the rows whose column ``key`` is one of ``values``, in batches."""
        unique = sorted(set(values))
        for start in range(0, len(unique), _LOOKUP_BATCH):
            batch = unique[start : start + _LOOKUP_BATCH]
            for row in self._session.execute(select(key, *more).where(key.in_(batch))):
                yield tuple(row)

    def insert_many(self, model: Any, rows: list[dict[str, Any]], *, ids: bool) -> list[int]:
        """Insert ``rows`` at once; with ``ids`` the new ids, in the order of ``rows``.

        A unique key already taken is RowsConflictError (the transaction is then spent).
        """
        try:
            if ids:
                statement = insert(model).returning(model.id, sort_by_parameter_order=True)
                return list(self._session.execute(statement, rows).scalars())
            self._session.execute(insert(model), rows)
            return []
        except IntegrityError:
            raise RowsConflictError from None

    def index_new_names(self, names: Sequence[tuple[int, str]]) -> None:
        """Index the names of customers just inserted (derived data, same transaction)."""
        name_index.index_names(self._session.connection(), names, new=True)
