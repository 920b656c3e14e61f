"""Decision-log benchmarks: appends per second, and verifying a log of 1,000,000 entries.

Run: ``uv run pytest tests/benchmarks/test_bench_decision_log.py --benchmark-only``.
Both run on SQLite and on the local PostgreSQL (the ``database`` fixture). The size of the
verified log can be lowered with CLB4U_BENCH_LOG_ENTRIES for a quick look.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import insert

from clb4u_desk.audit import chain
from clb4u_desk.audit.chain import GENESIS_HASH, EntryFields, compute_hash
from clb4u_desk.audit.verify import verify_database
from clb4u_desk.domain.actor import Actor
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.models import DecisionLogEntry

AGENT = Actor(1, "agent", "Agent", "agent")
APPENDS_PER_ROUND = 200
LOG_ENTRIES = int(os.environ.get("CLB4U_BENCH_LOG_ENTRIES", "1000000"))


def test_decision_appends_per_second(benchmark: BenchmarkFixture, database: Database) -> None:
    """Each append is its own transaction, as when agents record decisions one by one."""

    def append_many() -> None:
        for number in range(APPENDS_PER_ROUND):
            with database.uow() as uow:
                chain.append(
                    uow.session,
                    actor=AGENT,
                    action="decision_recorded",
                    case_reference="DSR-2026-000001",
                    subject="ab" * 32,
                    details={"n": number, "categories": ["invoices", "payments"]},
                )
                uow.commit()

    benchmark.pedantic(append_many, rounds=3, iterations=1, warmup_rounds=1)
    benchmark.extra_info["database"] = database.dialect
    benchmark.extra_info["appends_per_second"] = round(APPENDS_PER_ROUND / benchmark.stats["mean"])


def _entries(count: int) -> Iterator[dict[str, Any]]:
    prev = GENESIS_HASH
    for seq in range(1, count + 1):
        fields = EntryFields(
            seq=seq,
            recorded_at="2026-11-25T06:00:00.000000Z",
            actor="agent",
            actor_role="agent",
            case_reference=f"DSR-2026-{seq % 50000:06d}",
            subject="ab" * 32,
            action="decision_recorded",
            details=f'{{"n":{seq}}}',
            prev_hash=prev,
        )
        prev = compute_hash(fields)
        yield {**{name: getattr(fields, name) for name in fields.__slots__}, "entry_hash": prev}


def _fill(database: Database, count: int) -> None:
    batch: list[dict[str, Any]] = []
    with database.engine.begin() as connection:
        for entry in _entries(count):
            batch.append(entry)
            if len(batch) == 20_000:
                connection.execute(insert(DecisionLogEntry), batch)
                batch.clear()
        if batch:
            connection.execute(insert(DecisionLogEntry), batch)


@pytest.mark.slow
def test_verify_a_log_of_a_million_entries(benchmark: BenchmarkFixture, database: Database) -> None:
    _fill(database, LOG_ENTRIES)

    def verify() -> int:
        with database.reader() as uow:
            result = verify_database(uow.session)
        assert result.ok
        return result.count

    count = benchmark.pedantic(verify, rounds=1, iterations=1)
    assert count == LOG_ENTRIES
    benchmark.extra_info["database"] = database.dialect
    benchmark.extra_info["entries"] = count
    benchmark.extra_info["entries_per_second"] = round(count / benchmark.stats["mean"])
