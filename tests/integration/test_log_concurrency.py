"""Concurrent appenders form one chain.

Twenty writers run as twenty workstations: each has an engine (and so connections) of
its own, all hold an open connection at the same moment before any starts (a barrier),
and each signs in and records decisions on its own case through the real services.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from sqlalchemy import select, text

from clb4u_desk.app import build_services
from clb4u_desk.audit.verify import verify_database
from clb4u_desk.config import Settings
from clb4u_desk.domain.actor import SYSTEM_ACTOR
from clb4u_desk.domain.categories import ContactChannel, Purpose
from clb4u_desk.domain.rights import Right
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.persistence.models import Case, DecisionLogEntry, RequestItem
from tests.conftest import TEST_PASSWORD, MemoryKeyring

WRITERS = 20
# Each writer stops marketing to its requester's email and phone, channel by channel.
DECISIONS = [
    (channel, purpose)
    for purpose in (Purpose.MARKETING, Purpose.TARGETED_ADS)
    for channel in (
        ContactChannel.EMAIL,
        ContactChannel.SMS,
        ContactChannel.PHONE,
        ContactChannel.MOBILE,
        ContactChannel.VOICEMAIL,
    )
]
RECEIVED = datetime.now(UTC) - timedelta(days=1)


def _objection_case(database: Database, number: int) -> int:
    with database.uow() as uow:
        case = Case(
            reference=f"DSR-2026-{number:06d}",
            channel="email",
            received_at=RECEIVED,
            requester_name=f"Người gửi {number}",
            requester_email=f"nguoi{number}@example.vn",
            requester_phone=f"+849120{number:05d}",
            contact_key=f"nguoi{number}@example.vn",
            customer_id=None,
            regimes="vn",
            state="received",
            identity_level=0,
            due_on=RECEIVED.date() + timedelta(days=15),
        )
        uow.session.add(case)
        uow.session.flush()
        uow.session.add(
            RequestItem(
                case_id=case.id,
                right=Right.OBJECTION.value,
                due_on=case.due_on,
                base_due_on=case.due_on,
                regime_applied="vn",
            )
        )
        uow.commit()
        return case.id


def _workstation(
    settings: Settings, number: int, case_id: int, start: threading.Barrier
) -> int | None:
    """One workstation: its own engine; returns its PostgreSQL backend pid (None: SQLite)."""
    db = Database(create_app_engine(settings.database.url))
    try:
        services = build_services(settings, db)
        with db.engine.connect() as connection:
            pid = (
                connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
                if db.dialect == "postgresql"
                else None
            )
            # Every writer holds a live connection here before any goes on: the twenty
            # really run at once (a shared pool of ten would break this barrier).
            start.wait(timeout=120)
        agent = services.accounts.sign_in(f"agent{number}", TEST_PASSWORD)
        version = 1
        for channel, purpose in DECISIONS:
            made = services.decisions.suppress_contact_point(
                agent, case_id, channel, purpose=purpose, expected_version=version
            )
            assert not made.already_suppressed
            version = made.case_version
        return pid
    finally:
        db.dispose()


def test_twenty_concurrent_writers_recording_decisions_leave_one_linear_valid_chain(
    database: Database, settings: Settings, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "ab" * 32)
    setup = build_services(settings, database)
    case_ids = {}
    for number in range(1, WRITERS + 1):
        setup.accounts.add_user(
            SYSTEM_ACTOR,
            login=f"agent{number}",
            display_name=f"Agent {number}",
            role="agent",
            password=TEST_PASSWORD,
        )
        case_ids[number] = _objection_case(database, number)
    start = threading.Barrier(WRITERS)
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        futures = [
            pool.submit(_workstation, settings, n, case_ids[n], start)
            for n in range(1, WRITERS + 1)
        ]
        pids = [future.result() for future in futures]
    if database.dialect == "postgresql":
        assert len(set(pids)) == WRITERS  # twenty server sessions, one per workstation

    with database.reader() as uow:
        result = verify_database(uow.session)
        entries = uow.session.execute(
            select(
                DecisionLogEntry.seq,
                DecisionLogEntry.action,
                DecisionLogEntry.case_reference,
                DecisionLogEntry.prev_hash,
                DecisionLogEntry.entry_hash,
            ).order_by(DecisionLogEntry.seq)
        ).all()
    total = WRITERS + WRITERS * (1 + len(DECISIONS))  # accounts, sign-ins, decisions
    assert result.ok, result.problem
    assert result.count == total
    # Linear: 1..n without gaps, each entry linked to the one before it.
    assert [e.seq for e in entries] == list(range(1, total + 1))
    assert entries[0].prev_hash == "0" * 64
    assert all(later.prev_hash == earlier.entry_hash for earlier, later in pairwise(entries))
    decisions = [e.case_reference for e in entries if e.action == "suppression"]
    assert sorted(decisions) == sorted(
        f"DSR-2026-{n:06d}" for n in range(1, WRITERS + 1) for _ in DECISIONS
    )
    assert sum(e.action == "sign_in" for e in entries) == WRITERS
    # The writers' decisions interleave in the chain: they did run at the same time.
    runs = 1 + sum(a != b for a, b in pairwise(decisions))
    assert runs > WRITERS
