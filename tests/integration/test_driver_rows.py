"""Rows read through the driver are the rows SQLAlchemy gives, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select

from clb4u_desk.app import Services
from clb4u_desk.demo.seed import seed_customers
from clb4u_desk.domain.actor import SYSTEM_ACTOR
from clb4u_desk.persistence.driver_rows import fetch_rows
from clb4u_desk.persistence.models import Consent, Customer, Payment
from clb4u_desk.persistence.repositories.lookup import CATEGORY_QUERIES


def test_every_profile_query_reads_the_same_rows_either_way(services: Services) -> None:
    seed_customers(services.ctx, SYSTEM_ACTOR, customers=12, seed=5, heavy_rows=400)
    with services.db.reader() as uow:
        connection = uow.session.connection()
        seen_types: set[type] = set()
        for customer_id in (1, 7):
            for category, category_query in CATEGORY_QUERIES.items():
                query = category_query(customer_id)
                expected = [tuple(row) for row in connection.execute(query).all()]
                got = [tuple(row) for row in fetch_rows(connection, query)]
                assert got == expected, category
                for row in got:
                    seen_types.update(type(value) for value in row)
                    for value in row:
                        if isinstance(value, datetime):
                            assert value.tzinfo is UTC  # aware UTC, as the column type gives
        assert {datetime, date, bool, int, str} <= seen_types


def test_a_query_with_other_types_goes_through_sqlalchemy(services: Services) -> None:
    seed_customers(services.ctx, SYSTEM_ACTOR, customers=3, seed=5, heavy_rows=50)
    with services.db.reader() as uow:
        connection = uow.session.connection()
        # An aggregate's type is not one read raw: the query falls back and still works.
        query = (
            select(Customer.id, func.avg(Payment.amount_vnd))
            .outerjoin(Payment, Payment.customer_id == Customer.id)
            .group_by(Customer.id)
        )
        assert [tuple(r) for r in fetch_rows(connection, query)] == [
            tuple(r) for r in connection.execute(query).all()
        ]
        granted = select(Consent.granted).limit(5)
        assert all(isinstance(row[0], bool) for row in fetch_rows(connection, granted))


def test_the_record_repository_reads_every_category_the_lookup_shows() -> None:
    from clb4u_desk.services.lookup.service import _specs

    specs = {spec.category: len(spec.columns) for spec in _specs()}
    assert set(CATEGORY_QUERIES) == set(specs)
    for category, columns in specs.items():
        # The record's id, then one column per shown column (a card shows as three,
        # from brand, last 4 and expiry; a payment's card from brand and last 4).
        assert len(CATEGORY_QUERIES[category](1).selected_columns) >= columns, category
