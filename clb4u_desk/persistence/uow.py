"""The unit of work: one transaction per use case, rolled back unless committed."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from clb4u_desk.persistence.db import WRITE_OPTION
from clb4u_desk.persistence.repositories import (
    AccountRepository,
    ApprovalRepository,
    CaseRepository,
    CustomerRepository,
    DecisionLogRepository,
    LookupRepository,
    QueueRepository,
)
from clb4u_desk.persistence.repositories.decisions import DecisionRepository
from clb4u_desk.persistence.repositories.erasure import ErasureRepository
from clb4u_desk.persistence.repositories.evidence import EvidenceRepository
from clb4u_desk.persistence.repositories.intake import IntakeRepository
from clb4u_desk.persistence.repositories.processing_limits import ProcessingLimitRepository
from clb4u_desk.persistence.repositories.records import RecordRepository
from clb4u_desk.persistence.repositories.verification import VerificationRepository


class UnitOfWork:
    """``with uow_factory() as uow: ...; uow.commit()``; leaving without commit rolls back.

    The repositories (``uow.cases``, ``uow.customers``, ...) exist while it is open.
    """

    cases: CaseRepository
    customers: CustomerRepository
    approvals: ApprovalRepository
    accounts: AccountRepository
    log: DecisionLogRepository
    verification: VerificationRepository
    erasure: ErasureRepository
    decisions: DecisionRepository
    records: RecordRepository
    limits: ProcessingLimitRepository
    intake: IntakeRepository
    evidence: EvidenceRepository
    queue: QueueRepository
    lookup: LookupRepository

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is not open")
        return self._session

    def __enter__(self) -> Self:
        session = self._session_factory()
        self._session = session
        # One of each per transaction: they hold the session, never anything across units.
        self.cases = CaseRepository(session)
        self.customers = CustomerRepository(session)
        self.approvals = ApprovalRepository(session)
        self.accounts = AccountRepository(session)
        self.log = DecisionLogRepository(session)
        self.verification = VerificationRepository(session)
        self.erasure = ErasureRepository(session)
        self.decisions = DecisionRepository(session)
        self.records = RecordRepository(session)
        self.limits = ProcessingLimitRepository(session)
        self.intake = IntakeRepository(session)
        self.evidence = EvidenceRepository(session)
        self.queue = QueueRepository(session)
        self.lookup = LookupRepository(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()


UnitOfWorkFactory = Callable[[], UnitOfWork]


def make_uow_factory(engine: Engine) -> UnitOfWorkFactory:
    """Every unit of work may write; on SQLite it takes the write lock at BEGIN.

    Readers that only look use :func:`make_read_uow_factory`, so a long read (a data
    copy, a profile) never holds the writers up.
    """
    writer = sessionmaker(
        bind=engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
    )
    return lambda: UnitOfWork(writer)


def make_read_uow_factory(engine: Engine) -> UnitOfWorkFactory:
    reader = sessionmaker(bind=engine, expire_on_commit=False)
    return lambda: UnitOfWork(reader)
