"""Approvals (four eyes): loading one, and those of a case."""

from __future__ import annotations

from sqlalchemy import select

from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from clb4u_desk.persistence.models import Approval
from clb4u_desk.persistence.repositories.base import Repository


class ApprovalRepository(Repository):
    def get(self, approval_id: int, *, for_update: bool = False) -> Approval:
        query = select(Approval).where(Approval.id == approval_id)
        if for_update:
            query = query.with_for_update()
        approval = self._session.execute(query).scalar_one_or_none()
        if approval is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "No such approval."))
        return approval

    def of_case(self, case_id: int) -> list[Approval]:
        return list(
            self._session.execute(
                select(Approval).where(Approval.case_id == case_id).order_by(Approval.id)
            ).scalars()
        )

    def pending_count(self, case_id: int) -> int:
        """How many proposals of the case wait for a supervisor."""
        return sum(a.state == "pending" for a in self.of_case(case_id))

    def pending_for_item(self, item_id: int) -> bool:
        """Whether a proposal for the request item waits for a supervisor."""
        found = self._session.execute(
            select(Approval.id)
            .where(Approval.item_id == item_id, Approval.state == "pending")
            .limit(1)
        ).first()
        return found is not None
