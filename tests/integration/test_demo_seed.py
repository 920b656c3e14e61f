"""Demo data: deterministic, every category filled, tricky names present, no card numbers."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from clb4u_desk.app import Services, build_services
from clb4u_desk.cli import main
from clb4u_desk.config import DatabaseSettings
from clb4u_desk.demo.seed import (
    DEMO_ACCOUNTS,
    SeedSummary,
    seed_customers,
    seed_demo_workspace,
)
from clb4u_desk.domain.actor import SYSTEM_ACTOR
from clb4u_desk.domain.cards import find_card_numbers
from clb4u_desk.domain.errors import PermissionDeniedError, ValidationError
from clb4u_desk.domain.phones import normalise_phone
from clb4u_desk.domain.text import fold
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.persistence.models import (
    RECORD_MODELS,
    Base,
    Customer,
    CustomerNameKey,
    DecisionLogEntry,
)
from clb4u_desk.persistence.name_index import key_rows
from clb4u_desk.services.context import ServiceContext
from tests.integration.test_search import assert_key_table_intact

SMALL = 300
SMALL_HEAVY = 400


def _seed(
    services: Services, *, customers: int = SMALL, seed: int = 7, heavy_rows: int = SMALL_HEAVY
) -> SeedSummary:
    return seed_customers(
        services.ctx, SYSTEM_ACTOR, customers=customers, seed=seed, heavy_rows=heavy_rows
    )


def _dump(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of the customers and record tables, in id order, as Python values."""
    tables = [
        Base.metadata.tables[name]
        for name in ["customers"] + [model.__tablename__ for model in RECORD_MODELS]
    ]
    with db.reader() as uow:
        return {
            table.name: [
                dict(row._mapping)
                for row in uow.session.execute(select(table).order_by(table.c.id))
            ]
            for table in tables
        }


def _other_sqlite(tmp_path: Path, services: Services) -> ServiceContext:
    db = Database(create_app_engine(f"sqlite:///{(tmp_path / 'other.sqlite3').as_posix()}"))
    migrate.upgrade(db.engine)
    settings = replace(services.ctx.settings, database=DatabaseSettings(url="sqlite://"))
    return ServiceContext(db=db, settings=settings, pseudonymise=services.ctx.pseudonymise)


def test_same_seed_gives_the_same_data_on_both_databases(
    services: Services, tmp_path: Path
) -> None:
    summary = _seed(services)
    other = _other_sqlite(tmp_path, services)
    try:
        again = seed_customers(other, SYSTEM_ACTOR, customers=SMALL, seed=7, heavy_rows=SMALL_HEAVY)
        assert again.rows == summary.rows
        # The fixture's database (SQLite or PostgreSQL) against a fresh SQLite file.
        assert _dump(services.db) == _dump(other.db)
    finally:
        other.db.dispose()


def test_every_seeded_name_is_in_the_search_index(services: Services) -> None:
    _seed(services)
    with services.db.reader() as uow:
        customers = uow.session.execute(
            select(Customer.id, Customer.reference, Customer.full_name)
        ).all()
        keys = uow.session.execute(
            select(CustomerNameKey.name_key, CustomerNameKey.reference, CustomerNameKey.customer_id)
        ).all()
    assert sorted(keys) == sorted(key_rows((row[0], row[1], row[2]) for row in customers))
    assert_key_table_intact(services.db)
    if services.db.dialect == "postgresql":
        # Vacuumed after the load, so range counts read the index alone.
        with services.db.engine.connect() as connection:
            assert (
                connection.execute(
                    text(
                        "SELECT last_vacuum FROM pg_stat_user_tables "
                        "WHERE relname = 'customer_name_keys'"
                    )
                ).scalar_one()
                is not None
            )
    name = next(row[2] for row in customers if row[0] == 17)
    assert 17 in {hit.customer_id for hit in services.search.search(name, limit=500)}


def test_another_seed_gives_other_data(services: Services, tmp_path: Path) -> None:
    _seed(services, seed=1)
    other = _other_sqlite(tmp_path, services)
    try:
        seed_customers(other, SYSTEM_ACTOR, customers=SMALL, seed=2, heavy_rows=SMALL_HEAVY)
        names = [row["full_name"] for row in _dump(services.db)["customers"]]
        other_names = [row["full_name"] for row in _dump(other.db)["customers"]]
        assert names != other_names
    finally:
        other.db.dispose()


def test_every_category_is_filled_with_plausible_values(services: Services) -> None:
    summary = _seed(services)
    dump = _dump(services.db)
    assert summary.customers == SMALL
    for table, rows in dump.items():
        assert rows, f"{table} is empty"
        assert len(rows) == summary.rows[table]
    customers = dump["customers"]
    assert [c["reference"] for c in customers[:2]] == ["KH-000001", "KH-000002"]
    assert {c["residence"] for c in customers} == {"vn", "eu", "us-ca"}
    assert sum(c["residence"] == "vn" for c in customers) > 0.9 * SMALL
    with services.db.reader() as uow:
        session = uow.session
        emails = session.execute(text("SELECT email FROM customer_emails")).scalars().all()
        assert all(e == e.lower() and "@" in e for e in emails)
        phones = session.execute(text("SELECT phone_e164 FROM customer_phones")).scalars()
        # Dialable by the phone rules: search by phone and callbacks work for everyone.
        assert [p for p in phones if normalise_phone(p) != p] == []
        numbers = session.execute(text("SELECT number FROM invoices")).scalars().all()
        assert len(set(numbers)) == len(numbers)
        assert all(n.startswith("HD-20") for n in numbers)
        channels = set(session.execute(text("SELECT channel FROM communications")).scalars())
        assert channels == {"email", "sms", "voicemail", "phone", "fax", "mobile", "post"}
        purposes = set(session.execute(text("SELECT purpose FROM consents")).scalars())
        assert purposes == {
            "service",
            "statistics",
            "marketing",
            "targeted_ads",
            "product_development",
        }
        orphans = session.execute(
            text(
                "SELECT COUNT(*) FROM payments p LEFT JOIN invoices i ON i.id = p.invoice_id "
                "WHERE p.invoice_id IS NOT NULL AND (i.id IS NULL OR i.customer_id <> "
                "p.customer_id)"
            )
        ).scalar_one()
        assert orphans == 0


def test_average_rows_per_customer_is_realistic(services: Services) -> None:
    summary = _seed(services, customers=2000, heavy_rows=10)
    records = summary.total_rows - summary.customers
    assert 10 <= records / summary.customers <= 16


def test_tricky_names_are_present(services: Services) -> None:
    _seed(services)
    with services.db.reader() as uow:
        rows = uow.session.execute(
            select(Customer.id, Customer.full_name, Customer.name_folded)
        ).all()
    by_id = {cid: name for cid, name, _ in rows}
    assert all(folded == fold(name)[:200] for _, name, folded in rows)
    nfd = [cid for cid, name in by_id.items() if unicodedata.normalize("NFC", name) != name]
    assert nfd == [37, 137, 237]
    assert by_id[11] == "<b>Lê & Co</b>"
    assert all("<" in by_id[cid] and "&" in by_id[cid] for cid in (11, 261))
    names = [unicodedata.normalize("NFC", name) for name in by_id.values()]
    assert names.count(by_id[3]) >= 3  # several customers share a name
    with services.db.reader() as uow:
        indexed = uow.session.execute(
            text("SELECT COUNT(DISTINCT customer_id) FROM customer_name_keys")
        ).scalar_one()
    assert indexed == SMALL  # every seeded customer is searchable by name
    assert len(set(names)) <= len(names) - 5


def test_no_value_looks_like_a_card_number(services: Services) -> None:
    _seed(services, customers=1000, heavy_rows=50)
    for table, rows in _dump(services.db).items():
        for row in rows:
            for value in row.values():
                if isinstance(value, str):
                    assert not find_card_numbers(value), table
    with services.db.reader() as uow:
        last4 = uow.session.execute(text("SELECT last4 FROM payment_methods")).scalars()
        assert all(len(value) == 4 and value.isdigit() for value in last4)


def test_heavy_customer_has_ten_thousand_rows(services: Services) -> None:
    summary = _seed(services, customers=50, heavy_rows=10_000)
    assert summary.heavy_customers == ("KH-000001",)
    dump = _dump(services.db)
    heavy = sum(
        1
        for table, rows in dump.items()
        if table != "customers"
        for row in rows
        if row["customer_id"] == 1
    )
    assert heavy >= 10_000
    assert sum(1 for row in dump["communications"] if row["customer_id"] == 1) > 1000


def test_three_heavy_customers_from_a_thousand_on() -> None:
    from clb4u_desk.demo.generator import heavy_customer_ids

    assert heavy_customer_ids(999) == (1,)
    assert heavy_customer_ids(1000) == (1, 2, 3)


def test_seed_is_logged_with_counts_only(services: Services) -> None:
    _seed(services)
    with services.db.reader() as uow:
        entries = uow.session.execute(
            select(DecisionLogEntry.action, DecisionLogEntry.details)
        ).all()
        some_name = uow.session.execute(
            select(Customer.full_name).where(Customer.id == 5)
        ).scalar_one()
    assert [action for action, _ in entries] == ["demo_data_seeded"]
    details = json.loads(entries[0][1])
    assert details["customers"] == SMALL
    assert details["rows"]["invoices"] > 0
    assert some_name not in entries[0][1]


def test_seeding_refuses_a_database_with_customers(services: Services) -> None:
    _seed(services, customers=5)
    with pytest.raises(ValidationError, match="already holds customers"):
        _seed(services, customers=5)
    with services.db.reader() as uow:
        assert uow.session.execute(select(func.count()).select_from(Customer)).scalar_one() == 5


def test_only_an_admin_may_seed(services: Services, actors: dict[str, Any]) -> None:
    with pytest.raises(PermissionDeniedError):
        seed_customers(services.ctx, actors["agent"], customers=5)


def test_demo_workspace_gets_customers_and_accounts(services: Services) -> None:
    services = build_services(replace(services.ctx.settings, demo=True), services.db)
    summary = seed_demo_workspace(services)
    assert summary.customers_seeded is not None
    assert summary.customers_seeded.customers == 2000
    assert summary.accounts_created == ("agent", "agent2", "supervisor", "admin")
    for login, role, password, display_name in DEMO_ACCOUNTS:
        actor = services.accounts.sign_in(login, password)
        assert (actor.role, actor.display_name) == (role, display_name)
    again = seed_demo_workspace(services)  # the next start of --demo changes nothing
    assert again.customers_seeded is None
    assert again.accounts_created == ()


def test_cli_seed_then_refusal_in_one_line(
    database: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["--database", db_url, "demo", "seed", "--customers", "40", "--seed", "3", "--quiet"])
        == 0
    )
    out, _ = capsys.readouterr()
    assert "Seeded 40 customers" in out
    assert main(["--database", db_url, "demo", "seed", "--customers", "40", "--quiet"]) == 2
    _, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert "already holds customers" in err
