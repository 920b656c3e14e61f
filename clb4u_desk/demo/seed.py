"""Seeding invented customers (demo workspace, benchmarks), the demo accounts and cases.

Everything is generated from a seed, so the same seed always gives the same data.
Which customers are special (heavy, shared names, NFD names, markup names) is listed
in :mod:`clb4u_desk.demo.generator`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, NamedTuple

from sqlalchemy import func, select

from clb4u_desk.audit import chain
from clb4u_desk.demo.bulk import bulk_session
from clb4u_desk.demo.cases import DemoCasesSummary, DemoStaff, seed_demo_cases
from clb4u_desk.demo.generator import (
    DEFAULT_HEAVY_ROWS,
    TABLE_COLUMNS,
    Chunk,
    Generator,
    customer_reference,
    heavy_customer_ids,
)
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from clb4u_desk.persistence import name_index
from clb4u_desk.persistence.models import Account, Customer
from clb4u_desk.services.authz import ADMIN, require_role
from clb4u_desk.services.context import ServiceContext

if TYPE_CHECKING:
    from clb4u_desk.app import Services

DEFAULT_SEED: Final = 2026
DEMO_WORKSPACE_CUSTOMERS: Final = 2000
MAX_CUSTOMERS: Final = 10_000_000
CHUNK_CUSTOMERS: Final = 10_000  # customers generated and written per batch


class DemoAccount(NamedTuple):
    login: str
    role: str
    password: str
    display_name: str


# The sign-in dialog of the demo workspace shows these, so the passwords are public:
# they exist only in the demo workspace, never in a real installation.
DEMO_ACCOUNTS: Final[tuple[DemoAccount, ...]] = (
    DemoAccount("agent", "agent", "demo-agent-2026", "Nguyễn Thị Mai (nhân viên hỗ trợ)"),
    DemoAccount("agent2", "agent", "demo-agent2-2026", "Trần Văn Hùng (nhân viên hỗ trợ)"),
    DemoAccount("supervisor", "supervisor", "demo-supervisor-2026", "Lê Thị Hương (giám sát viên)"),
    DemoAccount("admin", "admin", "demo-admin-2026", "Phạm Minh Tuấn (quản trị viên)"),
)


@dataclass(frozen=True)
class SeedSummary:
    customers: int
    rows: dict[str, int]  # rows written per table, customers included
    heavy_customers: tuple[str, ...]  # references of the customers with heavy_rows+ records
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


@dataclass(frozen=True)
class DemoWorkspaceSummary:
    customers_seeded: SeedSummary | None  # None: the workspace already had customers
    accounts_created: tuple[str, ...]  # logins created now
    cases_seeded: DemoCasesSummary | None = None  # None: seeded before, or had customers


Progress = Callable[[int, int], None]  # (customers written, customers asked for)


def seed_customers(
    ctx: ServiceContext,
    actor: Actor,
    *,
    customers: int,
    seed: int = DEFAULT_SEED,
    heavy_rows: int = DEFAULT_HEAVY_ROWS,
    progress: Progress | None = None,
) -> SeedSummary:
    """Generate ``customers`` invented customers with their records, in one transaction.

    Refuses (ValidationError) when the database already holds customers: demo data
    mixed into real data could never be told apart again.
    """
    require_role(actor, ADMIN)
    if not 1 <= customers <= MAX_CUSTOMERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The number of customers must be between 1 and {limit:,}."),
            limit=MAX_CUSTOMERS,
        )
    if heavy_rows < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The heavy-customer row count must be positive.")
        )
    from clb4u_desk.demo.pools import build_pools  # Faker loads only when seeding

    started = time.monotonic()
    with bulk_session(ctx.db) as (session, writer):
        if session.execute(select(func.count()).select_from(Customer)).scalar_one():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database already holds customers; demo data is "
                    "only seeded into an empty database.",
                )
            )
        generator = Generator(
            build_pools(seed),
            seed,
            customers=customers,
            heavy_rows=heavy_rows,
            next_ids=writer.next_ids(),
        )
        rows = dict.fromkeys(TABLE_COLUMNS, 0)
        # The name search index is derived data, written with the customers; its
        # indexes are built once at the end (see name_index.bulk_loader).
        with name_index.bulk_loader(session.connection()) as write_keys:
            for last, chunk in _chunks_ahead(generator, customers):
                writer.write(chunk)
                # Customer rows start (id, reference, full_name, ...).
                write_keys(
                    name_index.key_rows((row[0], row[1], row[2]) for row in chunk["customers"])
                )
                for table, table_rows in chunk.items():
                    rows[table] += len(table_rows)
                if progress is not None:
                    progress(last, customers)
        writer.finish()
        name_index.analyze(session.connection())
        heavy = tuple(customer_reference(cid) for cid in heavy_customer_ids(customers))
        # Counts only: the log never holds the invented names either, so that it
        # looks the same as in production.
        chain.append(
            session,
            actor=actor,
            action="demo_data_seeded",
            details={
                "customers": customers,
                "seed": seed,
                "rows": rows,
                "heavy_customers": len(heavy),
            },
            now=ctx.clock(),
        )
        session.commit()
    name_index.vacuum(ctx.db.engine)
    return SeedSummary(customers, rows, heavy, time.monotonic() - started)


def _chunks_ahead(generator: Generator, customers: int) -> Iterator[tuple[int, Chunk]]:
    """Chunks in order, the next one generated in a thread while the current one is written.

    The database does much of its work (indexes, foreign-key checks) while the driver
    waits without the GIL, so generating meanwhile gains about a third on PostgreSQL.
    One thread generates every chunk in order, so the data stays deterministic.
    """
    bounds = [
        (first, min(customers, first + CHUNK_CUSTOMERS - 1))
        for first in range(1, customers + 1, CHUNK_CUSTOMERS)
    ]
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-seed") as pool:
        pending = pool.submit(generator.chunk, *bounds[0])
        for index, (_first, last) in enumerate(bounds):
            chunk = pending.result()
            if index + 1 < len(bounds):
                pending = pool.submit(generator.chunk, *bounds[index + 1])
            yield last, chunk


def seed_demo_workspace(
    services: Services, customers: int = DEMO_WORKSPACE_CUSTOMERS
) -> DemoWorkspaceSummary:
    """Fill a fresh demo workspace: the demo accounts, ``customers`` customers and, with
    them, the demo cases (see :mod:`clb4u_desk.demo.cases`).

    Safe to call on every start of ``--demo``: what exists already is left alone.
    Only for demo settings: the demo's decision log uses the public demo pseudonym key.
    """
    if not services.ctx.settings.demo:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The demo workspace is filled only when the app runs with --demo (demo settings).",
            )
        )
    created = _create_demo_accounts(services)
    seeded: SeedSummary | None = None
    cases: DemoCasesSummary | None = None
    with services.db.reader() as uow:
        empty = not uow.session.execute(select(func.count()).select_from(Customer)).scalar_one()
    if empty:
        seeded = seed_customers(services.ctx, SYSTEM_ACTOR, customers=customers)
        cases = seed_demo_cases(services, _demo_staff(services))
    return DemoWorkspaceSummary(seeded, created, cases)


def _demo_staff(services: Services) -> DemoStaff:
    """The demo users, signed in as an agent would (the log shows who did what)."""
    passwords = {account.login: account.password for account in DEMO_ACCOUNTS}

    def sign_in(login: str) -> Actor:
        return services.accounts.sign_in(login, passwords[login])

    return DemoStaff(sign_in("agent"), sign_in("agent2"), sign_in("supervisor"))


def _create_demo_accounts(services: Services) -> tuple[str, ...]:
    with services.db.reader() as uow:
        existing = set(uow.session.execute(select(Account.login)).scalars())
    created = []
    for account in DEMO_ACCOUNTS:
        if account.login in existing:
            continue
        services.accounts.add_user(
            SYSTEM_ACTOR,
            login=account.login,
            display_name=account.display_name,
            role=account.role,
            password=account.password,
        )
        created.append(account.login)
    return tuple(created)
