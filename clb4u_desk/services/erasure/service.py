"""Erasure with four eyes: plan, propose, approve, execute, certify, purge, replay.

1. ``plan`` counts what is held about the case's customer per data category and plans
   it with the retention policy; ``propose`` stores that plan as the payload of an
   erasure approval that a different supervisor decides
   (:class:`~clb4u_desk.services.approvals.service.ApprovalService`). Approval executes
   nothing: the approval row is the record (:mod:`.plan`).
2. ``execute`` plans again and refuses when the plan differs from the approved one, then
   carries out every line in one unit of work: all or nothing (:mod:`.execute`).
3. ``certificate_pdf`` prints the deletion certificate, no erased value on it
   (:mod:`.certificate`).
4. ``purge_due`` erases the retained rows whose date has come (:mod:`.purge`).
5. ``replay_since`` re-applies logged erasures after a restore from backup (:mod:`.replay`).

This module is the facade the GUI and the CLI hold; nothing in the package imports it.

Finding the customer again after a restore. The "erasure_executed" entry carries the
customer's internal id and customer reference (``KH-000123``) with the plan lines
(category, action, row count, record-date range). A reference is an internal key, not
personal data by itself: it says nothing about the person, and once the erasure is done
the customer row it points to holds no personal data either (the shell keeps only the
reference). The decision log already pseudonymises it for ``subject``; the keyed hash
cannot be turned back into a reference, so the replay needs the reference itself. The
log never carries a name, an address or any record's content.
"""

from __future__ import annotations

from datetime import date

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.retention import RetentionPolicy
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.models import Approval
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.policies.retention import load_retention_policy
from clb4u_desk.services.approvals.service import ApprovalService
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.erasure import certificate as certifying
from clb4u_desk.services.erasure import execute as executing
from clb4u_desk.services.erasure import plan as planning
from clb4u_desk.services.erasure import purge as purging
from clb4u_desk.services.erasure import replay as replaying
from clb4u_desk.services.erasure.views import (
    CustomerCounts,
    ErasureLineView,
    ErasurePlanView,
    ErasureStatus,
    ExecutionResult,
    IssuedCertificate,
    PurgeReport,
    ReplayReport,
)

__all__ = [
    "CustomerCounts",
    "ErasureLineView",
    "ErasurePlanView",
    "ErasureService",
    "ErasureStatus",
    "ExecutionResult",
    "IssuedCertificate",
    "PurgeReport",
    "ReplayReport",
]


class ErasureService:
    def __init__(
        self, ctx: ServiceContext, approvals: ApprovalService, policy: RetentionPolicy | None = None
    ) -> None:
        self._ctx = ctx
        self._approvals = approvals
        self._policy = policy

    @property
    def policy(self) -> RetentionPolicy:
        if self._policy is None:
            self._policy = load_retention_policy()
        return self._policy

    def plan(self, actor: Actor, case_id: int | str) -> ErasurePlanView:
        """What an erasure would do today for the case's customer, per category."""
        return planning.plan(self._ctx, self.policy, actor, case_id)

    def propose(self, actor: Actor, case_id: int | str, item_id: int) -> int:
        """Store today's plan as an erasure approval for another supervisor to decide."""
        return planning.propose(self._ctx, self.policy, self._approvals, actor, case_id, item_id)

    def status(self, actor: Actor, case_id: int) -> ErasureStatus | None:
        """The case's latest erasure proposal, or None if there is none."""
        return planning.status(self._ctx, actor, case_id)

    def on_approved(self, uow: UnitOfWork, approval: Approval, decider: Actor) -> None:
        """Approval executes nothing: the approved row is the record; ``execute`` acts."""
        planning.require_plan(approval)

    def execute(self, actor: Actor, approval_id: int) -> ExecutionResult:
        """Carry out an approved erasure plan, all or nothing."""
        return executing.execute(self._ctx, self.policy, actor, approval_id)

    def purge_due(
        self, actor: Actor, today: date | None = None, *, dry_run: bool = False
    ) -> PurgeReport:
        """Erase the rows retained after an erasure whose retention date has passed."""
        return purging.purge_due(self._ctx, self.policy, actor, today, dry_run=dry_run)

    def certificate_pdf(
        self, actor: Actor, approval_id: int, *, channel: str = "email"
    ) -> IssuedCertificate:
        """The deletion certificate of an executed erasure, recorded as issued."""
        return certifying.certificate_pdf(self._ctx, actor, approval_id, channel=channel)

    def replay_since(
        self, actor: Actor, since: date, *, log_source: Database | None = None
    ) -> ReplayReport:
        """Re-apply the erasures logged since ``since`` (see :mod:`.replay`)."""
        return replaying.replay_since(self._ctx, actor, since, log_source=log_source)
