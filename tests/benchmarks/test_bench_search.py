"""Benchmarks: customer search and profile load over a million customers.

Run: ``uv run pytest tests/benchmarks/test_bench_search.py --benchmark-only -p no:randomly``
with CLB4U_BENCH_SQLITE_URL and/or CLB4U_BENCH_PG_URL pointing at a seeded database
(``clb4u-desk demo seed --customers 1000000``) migrated to revision 0003 or later.

Each search benchmark runs a mix of ~50 realistic queries built from customers that
exist (names as typed: with or without accents, other case, other word order,
unfinished words; emails in other case; phones in every Vietnamese form; customer
references; invoice numbers), records the p95 of single queries in ``extra_info``,
and times an unindexed scan (``name_folded LIKE '%word%'`` for every word) of the same
name queries in the same run, so the speed-up is measured, not assumed: the median
name query scanned over the median name query searched.
"""

from __future__ import annotations

import os
import statistics
import time
import unicodedata
from collections.abc import Iterator

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import func, inspect, select

from clb4u_desk.config import Settings
from clb4u_desk.domain.text import fold
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.persistence.models import (
    Communication,
    Customer,
    CustomerEmail,
    CustomerPhone,
    Invoice,
)
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.lookup.service import LookupService
from clb4u_desk.services.search.service import SearchService

ENV = {"sqlite": "CLB4U_BENCH_SQLITE_URL", "postgresql": "CLB4U_BENCH_PG_URL"}
SAMPLE_IDS = [7 + 19_937 * i for i in range(12)]  # spread over the first 240,000 ids
# Rounds of the whole mix, and of the scans: each query's time is its median over its
# rounds, so that a moment of a busy shared machine moves neither side much.
ROUNDS = 10
SCAN_ROUNDS = 3


@pytest.fixture(params=["sqlite", "postgresql"])
def bench_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    variable = ENV[request.param]
    url = os.environ.get(variable)
    if not url:
        pytest.skip(f"{variable} is not set (URL of a seeded 1,000,000-customer database)")
    db = Database(create_app_engine(url))
    if "customer_name_keys" not in inspect(db.engine).get_table_names():
        db.dispose()
        pytest.skip(f"{variable}: the database has no search index; run 'clb4u-desk db upgrade'")
    yield db
    db.dispose()


# Measured with the heap of a running app, not of a pytest session: after sign-in the
# app freezes its long-lived objects out of the collector's full passes; without the
# same here, every pass would also walk pytest's objects, which the app never has.
pytestmark = pytest.mark.usefixtures("signed_in_heap")


def _ctx(db: Database) -> ServiceContext:
    return ServiceContext(db=db, settings=Settings(), pseudonymise=str)


def _without_accents(name: str) -> str:
    return fold(name)


def _queries(db: Database) -> tuple[list[str], list[str]]:
    """(all queries, the name queries among them), from customers that exist."""
    with db.reader() as uow:
        s = uow.session
        names = [
            n for (n,) in s.execute(select(Customer.full_name).where(Customer.id.in_(SAMPLE_IDS)))
        ]
        emails = [
            e
            for (e,) in s.execute(
                select(CustomerEmail.email)
                .where(CustomerEmail.customer_id.in_(SAMPLE_IDS))
                .limit(6)
            )
        ]
        phones = [
            p
            for (p,) in s.execute(
                select(CustomerPhone.phone_e164)
                .where(
                    CustomerPhone.customer_id.in_(SAMPLE_IDS),
                    CustomerPhone.phone_e164.like("+849%"),
                )
                .limit(6)
            )
        ]
        invoices = [
            n
            for (n,) in s.execute(
                select(Invoice.number).where(Invoice.customer_id.in_(SAMPLE_IDS)).limit(5)
            )
        ]
    name_queries: list[str] = []
    for index, name in enumerate(names):
        nfc_name = unicodedata.normalize("NFC", name)
        words = nfc_name.split()
        form = index % 4
        if form == 0:
            name_queries.append(nfc_name)  # as written
            name_queries.append(_without_accents(nfc_name))  # typed without accents
        elif form == 1:
            name_queries.append(" ".join(words[-1:] + words[:-1]).upper())  # given name first
            name_queries.append(" ".join(w[:3] for w in words[:2]))  # "ngu van"
        elif form == 2:
            name_queries.append(unicodedata.normalize("NFD", nfc_name).lower())
            name_queries.append(_without_accents(" ".join(words[:2])))  # family + middle
        else:
            name_queries.append(_without_accents(" ".join([*words[:-1], words[-1][:2]])))
            name_queries.append(" ".join(words[1:]))  # without the family name
    name_queries += [
        "Nguyễn Văn An",
        "nguyen thi lan",
        "Đặng Thị Ánh",
        "tran van hung",
        "le thi huong",
        "pham minh tuan",
    ]
    identifiers: list[str] = []
    identifiers += [e.upper() if i % 2 else e for i, e in enumerate(emails)]
    for i, phone in enumerate(phones):
        national = "0" + phone[3:]
        identifiers.append(
            [
                f"{national[:4]} {national[4:7]} {national[7:]}",
                f"{national[:4]}.{national[4:7]}.{national[7:]}",
                f"+84 {phone[3:6]} {phone[6:9]} {phone[9:]}",
                phone[1:],
            ][i % 4]
        )
    identifiers += [f"KH-{cid:06d}" for cid in SAMPLE_IDS[:4]]
    identifiers += ["kh" + str(SAMPLE_IDS[5]), str(SAMPLE_IDS[6])]
    identifiers += invoices
    return name_queries + identifiers, name_queries


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def _unindexed_scan_ms(db: Database, name_queries: list[str]) -> dict[str, float]:
    """Per name query: the time of the plain scan a search without the index would do.

    What a naive implementation does: every word of the query, folded, anywhere in
    the folded name (``name_folded LIKE '%w1%' AND name_folded LIKE '%w2%' ...``, so
    in any word order, like the search), over every customer row. Every match is read
    (no LIMIT): ranking needs all of them, and a LIMIT would let the scan stop early
    for common names and flatter it. Timed like the search, end to end through a
    unit of work, after one untimed scan has warmed the cache; each query's median of
    SCAN_ROUNDS rounds.
    """

    def scan(query: str) -> None:
        words = fold(query).split()
        with db.reader() as uow:
            uow.session.execute(
                select(Customer.id, Customer.reference, Customer.full_name).where(
                    *[Customer.name_folded.like(f"%{word}%") for word in words]
                )
            ).all()

    scan(name_queries[0])
    times: dict[str, list[float]] = {query: [] for query in name_queries}
    for _ in range(SCAN_ROUNDS):
        for query in name_queries:
            started = time.perf_counter()
            scan(query)
            times[query].append((time.perf_counter() - started) * 1000)
    return {query: statistics.median(values) for query, values in times.items()}


def test_bench_search_mix(benchmark: BenchmarkFixture, bench_db: Database) -> None:
    service = SearchService(_ctx(bench_db))
    queries, name_queries = _queries(bench_db)
    with bench_db.reader() as uow:
        customers = uow.session.execute(select(func.count()).select_from(Customer)).scalar_one()
    for query in queries:  # warm the cache, as an agent's workstation is after a minute
        service.search(query)
    timings: dict[str, list[float]] = {query: [] for query in queries}
    empty: list[str] = []

    def run_mix() -> None:
        for query in queries:
            started = time.perf_counter()
            hits = service.search(query)
            timings[query].append((time.perf_counter() - started) * 1000)
            if not hits:
                empty.append(query)

    benchmark.pedantic(run_mix, rounds=ROUNDS, iterations=1)
    single = [t for values in timings.values() for t in values]
    p95 = _p95(single)
    scans = _unindexed_scan_ms(bench_db, name_queries)
    # Comparable statistics: the median over the same name queries of each query's
    # time, indexed (its median over the rounds) and scanned.
    name_median = statistics.median(statistics.median(timings[query]) for query in scans)
    scan = statistics.median(scans.values())
    slowest = max(timings, key=lambda q: max(timings[q]))
    benchmark.extra_info.update(
        {
            "customers": customers,
            "queries": len(queries),
            "p50_ms": round(statistics.median(single), 2),
            "p95_ms": round(p95, 2),
            "max_ms": round(max(single), 2),
            "slowest_query_kind": "name" if slowest in name_queries else "identifier",
            "name_query_median_ms": round(name_median, 2),
            "unindexed_scan_median_ms": round(scan, 1),
            "speedup_vs_scan": round(scan / name_median, 1),
            "speedup_statistic": "median over the name queries, scanned / searched",
            "queries_without_hits": len(set(empty)),
        }
    )
    assert not empty, "every query is built from an existing customer"


def test_bench_profile_heaviest(benchmark: BenchmarkFixture, bench_db: Database) -> None:
    with bench_db.reader() as uow:
        heaviest = uow.session.execute(
            select(Communication.customer_id)
            .where(Communication.customer_id.in_((1, 2, 3)))
            .group_by(Communication.customer_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
    service = LookupService(_ctx(bench_db))
    profile = benchmark.pedantic(
        lambda: service.load_profile(heaviest), rounds=10, iterations=1, warmup_rounds=1
    )
    benchmark.extra_info.update({"records": profile.total_records, "customer_id": heaviest})
    assert profile.total_records >= 10_000
