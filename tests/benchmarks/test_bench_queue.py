"""Benchmarks for the case queue on 100,000 cases (run:
``uv run pytest tests/benchmarks/test_bench_queue.py --benchmark-only``).

Skipped in the default run (``--benchmark-skip``). The cases are bulk-inserted once per
database (about 15% open, the rest closed; 1-3 items each), then the queue is asked
what a user does: change the filter (``query_ids``) and scroll to the end (``rows``
for the last 100 ids). Target: under 100 ms each. Timings never fail a test.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import insert, text

from clb4u_desk.app import build_services
from clb4u_desk.config import DatabaseSettings, Settings
from clb4u_desk.domain.cases import CaseState
from clb4u_desk.domain.rights import Regime, Right
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.persistence.models import Account, Case, RequestItem
from clb4u_desk.services.cases.queue import QueueFilter, QueueService
from tests.conftest import PG_ADMIN_URL, _require_pg, create_pg_database, drop_pg_database

CASES = 100_000
TODAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội
OPEN = [s.value for s in CaseState if s is not CaseState.CLOSED]
RIGHTS = [right.value for right in Right]
FIRST_NAMES = [
    "Nguyễn Thị Ánh",
    "Trần Văn Bình",
    "Lê Hoàng Cường",
    "Phạm Minh Đức",
    "Jane Roe",
    "Đặng Thu Hà",
    "Võ Quốc Huy",
    "Bùi Ngọc Lan",
]


def _cases_and_items(rng: random.Random) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    cases: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    numbers: dict[int, int] = {}
    for case_id in range(1, CASES + 1):
        received = NOW - timedelta(days=rng.uniform(0, 730))
        year = received.year
        numbers[year] = numbers.get(year, 0) + 1
        is_open = rng.random() < 0.15 or received > NOW - timedelta(days=20)
        due = (TODAY + timedelta(days=rng.randint(-20, 30))) if is_open else None
        regimes = (
            "vn"
            + (",gdpr" if rng.random() < 0.1 else "")
            + (",ccpa" if rng.random() < 0.05 else "")
        )
        cases.append(
            {
                "id": case_id,
                "reference": f"DSR-{year}-{numbers[year]:06d}",
                "channel": "email",
                "received_at": received,
                "requester_name": rng.choice(FIRST_NAMES),
                "requester_email": f"user{case_id}@example.vn",
                "requester_language": "vi",
                "contact_key": f"user{case_id}@example.vn",
                "regimes": regimes,
                "state": rng.choice(OPEN) if is_open else "closed",
                "outcome": None if is_open else "done",
                "identity_level": 0,
                "via_representative": False,
                "assignee_id": rng.choice([None, *range(1, 21)]),
                "due_on": due,
                "version": 1,
            }
        )
        for right in rng.sample(RIGHTS, rng.randint(1, 3)):
            items.append(
                {
                    "case_id": case_id,
                    "right": right,
                    "third_party": False,
                    "due_on": due or TODAY,
                    "base_due_on": due or TODAY,
                    "regime_applied": "vn",
                    "extended": False,
                    "paused_days": 0,
                    "outcome": "pending" if is_open else "done",
                    "version": 1,
                }
            )
    return cases, items


def _fill(db: Database) -> None:
    rng = random.Random(20260615)
    cases, items = _cases_and_items(rng)
    accounts = [
        {
            "id": n,
            "login": f"agent{n}",
            "display_name": f"Agent {n}",
            "role": "agent",
            "password_hash": "x",
            "active": True,
            "created_at": NOW,
        }
        for n in range(1, 21)
    ]
    with db.engine.begin() as connection:
        connection.execute(insert(Account), accounts)
        for start in range(0, len(cases), 20_000):
            connection.execute(insert(Case), cases[start : start + 20_000])
        for start in range(0, len(items), 20_000):
            connection.execute(insert(RequestItem), items[start : start + 20_000])
    # Planner statistics, as PostgreSQL's autovacuum would gather them after a bulk load.
    # SQLite is measured without (the desk never runs ANALYZE there): its planner picks
    # the queue indexes from the query shape alone.
    if db.dialect == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def queue(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[QueueService]:
    url = _url(request.param, tmp_path_factory.mktemp("queue"))
    db = Database(create_app_engine(url))
    migrate.upgrade(db.engine)
    _fill(db)
    settings = replace(Settings(), database=DatabaseSettings(url=url, password="none"))
    services = build_services(settings, db)
    yield QueueService(replace(services.ctx, clock=lambda: NOW))
    db.dispose()
    if request.param == "postgresql":
        drop_pg_database(PG_ADMIN_URL, url)


def _url(kind: str, folder: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{(folder / 'queue.sqlite3').as_posix()}"
    _require_pg()
    return create_pg_database(PG_ADMIN_URL)


FILTERS = {
    "open (default)": QueueFilter(),
    "overdue": QueueFilter(overdue=True),
    "erasure": QueueFilter(right=Right.ERASURE),
    "gdpr": QueueFilter(regime=Regime.GDPR),
    "due within 7 days": QueueFilter(due_within_days=7),
    "one agent": QueueFilter(assignee_id=7),
    "all 100,000": QueueFilter(states=frozenset()),
}


@pytest.mark.parametrize("name", list(FILTERS))
def test_bench_query_ids(benchmark: BenchmarkFixture, queue: QueueService, name: str) -> None:
    ids = benchmark(queue.query_ids, FILTERS[name])
    benchmark.extra_info["ids"] = len(ids)
    assert ids


def test_bench_rows_last_page(benchmark: BenchmarkFixture, queue: QueueService) -> None:
    """Scroll to the end of the full list: the last 100 rows."""
    ids = queue.query_ids(QueueFilter(states=frozenset()))
    assert len(ids) == CASES
    page = ids[-100:]
    rows = benchmark(queue.rows, page)
    assert [row.id for row in rows] == page
    assert all(row.requester_initials for row in rows)
