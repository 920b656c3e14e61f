"""Shared by the intake and case-service tests: a settable clock and services bound to it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from clb4u_desk.app import Services
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.persistence.models import Case, DecisionLogEntry
from clb4u_desk.services.cases.queue import QueueService
from clb4u_desk.services.cases.service import CaseService
from clb4u_desk.services.intake.service import IntakeService, NewCase

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

    def count_cases(self) -> int:
        with self.services.db.reader() as uow:
            return int(uow.session.execute(select(func.count(Case.id))).scalar_one())

    def log_size(self) -> int:
        with self.services.db.reader() as uow:
            return int(uow.session.execute(select(func.count(DecisionLogEntry.seq))).scalar_one())


def make_desk(services: Services, clock: Clock) -> Desk:
    ctx = replace(services.ctx, clock=clock)
    return Desk(services, clock, IntakeService(ctx), CaseService(ctx), QueueService(ctx))


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
