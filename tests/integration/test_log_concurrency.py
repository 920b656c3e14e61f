"""Concurrent appenders (separate connections, as separate workstations) form one chain."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from clb4u_desk.audit import chain
from clb4u_desk.audit.verify import verify_database
from clb4u_desk.domain.actor import Actor
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.models import DecisionLogEntry

WRITERS = 20
APPENDS_EACH = 10


def _writer(database: Database, number: int) -> None:
    actor = Actor(number, f"agent{number}", f"Agent {number}", "agent")
    for step in range(APPENDS_EACH):
        with database.uow() as uow:
            chain.append(uow.session, actor=actor, action="decision_recorded",
                         case_reference=f"DSR-2026-{number:06d}",
                         details={"writer": number, "step": step})
            uow.commit()


def test_twenty_concurrent_writers_leave_one_linear_valid_chain(database: Database) -> None:
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        for future in [pool.submit(_writer, database, n) for n in range(1, WRITERS + 1)]:
            future.result()
    with database.reader() as uow:
        result = verify_database(uow.session)
        seqs = uow.session.execute(select(DecisionLogEntry.seq)).scalars().all()
        per_writer = uow.session.execute(
            select(func.count()).select_from(DecisionLogEntry)
            .group_by(DecisionLogEntry.case_reference)).scalars().all()
    assert result.ok, result.problem
    assert result.count == WRITERS * APPENDS_EACH
    assert sorted(seqs) == list(range(1, WRITERS * APPENDS_EACH + 1))
    assert per_writer == [APPENDS_EACH] * WRITERS
