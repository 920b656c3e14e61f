"""Shared by the intake and case-service tests: a settable clock and services bound to it."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.identity import KnowledgeFact
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.persistence.models import Case, DecisionLogEntry
from clb4u_desk.services.cases.queue import QueueService
from clb4u_desk.services.cases.service import CaseService
from clb4u_desk.services.intake.service import IntakeService, NewCase
from clb4u_desk.services.verification.service import VerificationService
from tests.integration.verification_helpers import PHONE, add_customer

# Monday 2 March 2026, 09:00 in Hà Nội: a plain working week, no holidays near.
START = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Desk:
    services: Services
    clock: Clock
    intake: IntakeService
    cases: CaseService
    queue: QueueService
    verification: VerificationService

    def verify(self, actor: Actor, case_id: int) -> None:
        """Link the case to a customer and verify the requester to L2, as an agent does:
        a callback to the phone on file and two facts. The verification moves a received
        case or one awaiting identity to verified; nobody moves it there by hand."""
        customer_id = add_customer(self.services)
        version = self.cases.get_case(case_id).version
        self.verification.link_customer(actor, case_id, customer_id, version)
        self.verification.record_callback(actor, case_id, PHONE, confirmed=True)
        for fact, answer in (
            (KnowledgeFact.LAST_INVOICE_AMOUNT, "1.500.000 ₫"),
            (KnowledgeFact.LAST_INVOICE_DATE, "ngày 15 tháng 1 năm 2026"),
        ):
            assert self.verification.answer_knowledge_question(actor, case_id, fact, answer)

    def count_cases(self) -> int:
        with self.services.db.reader() as uow:
            return int(uow.session.execute(select(func.count(Case.id))).scalar_one())

    def log_size(self) -> int:
        with self.services.db.reader() as uow:
            return int(uow.session.execute(select(func.count(DecisionLogEntry.seq))).scalar_one())


def make_desk(services: Services, clock: Clock) -> Desk:
    ctx = replace(services.ctx, clock=clock)
    return Desk(
        services,
        clock,
        IntakeService(ctx),
        CaseService(ctx),
        QueueService(ctx),
        VerificationService(ctx),
    )


def phone_case(
    clock: Clock,
    rights: tuple[Right, ...] = (Right.ACCESS,),
    *,
    name: str = "Nguyễn Thị Ánh",
    email: str | None = "anh@example.vn",
    eu: bool = False,
    california: bool = False,
    language: str = "vi",
) -> NewCase:
    return NewCase(
        channel=Channel.PHONE,
        received_at=clock(),
        requester_name=name,
        rights=rights,
        email=email,
        language=language,  # type: ignore[arg-type]
        eu_resident=eu,
        california_resident=california,
    )


@contextmanager
def machine_zone(name: str) -> Iterator[None]:
    """Run with the process's own time zone set to ``name`` (as a workstation abroad
    would be), and put it back after: what the desk shows must not change."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()
