"""Approvals (four eyes): loading one, and those of a case."""

from __future__ import annotations

from sqlalchemy import select

from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ConcurrentChangeError, NotFoundError
from clb4u_desk.persistence.models import Approval, Case
from clb4u_desk.persistence.repositories.base import Repository

# ApprovalState.PENDING of the approvals service, as stored.
_PENDING = "pending"


class ApprovalRepository(Repository):
    def get(self, approval_id: int, *, for_update: bool = False) -> Approval:
        query = select(Approval).where(Approval.id == approval_id)
        if for_update:
            query = query.with_for_update()
        approval = self._session.execute(query).scalar_one_or_none()
        if approval is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "No such approval."))
        return approval

    def changing(self, approval_id: int, expected_version: int) -> Approval:
        """The approval, locked, at the version the user saw."""
        approval = self.get(approval_id, for_update=True)
        if approval.version != expected_version:
            raise ConcurrentChangeError(
                QT_TRANSLATE_NOOP(
                    "errors", "This approval was changed by someone else meanwhile; reload it."
                )
            )
        return approval

    def of_case(self, case_id: int) -> list[Approval]:
        return list(
            self._session.execute(
                select(Approval).where(Approval.case_id == case_id).order_by(Approval.id)
            ).scalars()
        )

    def pending_count(self, case_id: int) -> int:
        """How many proposals of the case wait for a supervisor."""
        return sum(a.state == _PENDING for a in self.of_case(case_id))

    def pending_for_item(self, item_id: int) -> bool:
        """Whether a proposal for the request item waits for a supervisor."""
        found = self._session.execute(
            select(Approval.id)
            .where(Approval.item_id == item_id, Approval.state == _PENDING)
            .limit(1)
        ).first()
        return found is not None

    def pending_with_cases(self) -> list[tuple[Approval, Case]]:
        """Every pending proposal with its case, oldest first (the supervisors' queue)."""
        rows = self._session.execute(
            select(Approval, Case)
            .join(Case, Case.id == Approval.case_id)
            .where(Approval.state == _PENDING)
            .order_by(Approval.proposed_at, Approval.id)
        ).all()
        return [(approval, case) for approval, case in rows]

    def of_case_with_case(self, case_id: int) -> list[tuple[Approval, Case]]:
        rows = self._session.execute(
            select(Approval, Case)
            .join(Case, Case.id == Approval.case_id)
            .where(Approval.case_id == case_id)
            .order_by(Approval.id)
        ).all()
        return [(approval, case) for approval, case in rows]
