"""Four eyes: risky decisions (erasure, refusal, extension) are proposed by one user and
approved or rejected, with a reason, by a different user with the supervisor role.

The feature that proposes registers an :class:`ApprovalHandler` for its kind; on approval
the handler's ``on_approved`` runs in the same transaction as the approval itself.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from clb4u_desk.audit import chain
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import CaseState, Permission
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    IllegalTransitionError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.free_text import checked_text, paragraph
from clb4u_desk.persistence.models import Approval, Case
from clb4u_desk.persistence.repositories import require_open
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.services.authz import SYSTEM, require_permission
from clb4u_desk.services.cases.service import move_case, start_work
from clb4u_desk.services.context import ServiceContext

# The supervisor's words on a proposal, kept with it: checked like every typed text.
_DECISION_REASON = paragraph(QT_TRANSLATE_NOOP("errors", "The reason for the decision"))


class ApprovalKind(StrEnum):
    ERASURE = "erasure"
    REFUSAL = "refusal"
    EXTENSION = "extension"


class ApprovalState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class ApprovalHandler(Protocol):
    def on_approved(self, uow: UnitOfWork, approval: Approval, decider: Actor) -> None:
        """Carry out what approval allows, inside the approving transaction."""


@dataclass(frozen=True, slots=True)
class ApprovalView:
    id: int
    case_id: int
    case_reference: str
    item_id: int | None
    kind: str
    payload: Mapping[str, Any]
    proposed_by: str
    proposed_at: datetime
    state: str
    decided_by: str | None
    decided_at: datetime | None
    reason: str | None
    version: int


class ApprovalService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._handlers: dict[str, ApprovalHandler] = {}

    def register(self, kind: ApprovalKind, handler: ApprovalHandler) -> None:
        self._handlers[kind.value] = handler

    def propose(
        self,
        uow: UnitOfWork,
        actor: Actor,
        case: Case,
        kind: ApprovalKind,
        payload: Mapping[str, Any],
        *,
        item_id: int | None = None,
    ) -> Approval:
        """Record a proposal inside the caller's unit of work; the case waits for approval.

        ``payload`` is canonical JSON without raw personal values (categories, counts,
        reasons the agent wrote for the requester are allowed: they are not subject data).
        """
        require_permission(actor, Permission.HANDLE_CASE)
        if actor.role == SYSTEM:
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP("errors", "A proposal needs a signed-in user.")
            )
        require_open(case)
        # A proposal is work on the request: on a verified case it starts the work.
        start_work(uow, actor, case, self._ctx.clock(), action="approval_requested")
        approval = Approval(
            case_id=case.id,
            item_id=item_id,
            kind=kind.value,
            payload=chain.canonical_details(payload),
            proposed_by_id=actor.account_id,
            proposed_at=self._ctx.clock(),
            state=ApprovalState.PENDING.value,
        )
        uow.approvals.add(approval)
        uow.approvals.flush()
        now = self._ctx.clock()
        uow.log.append(
            actor=actor,
            action="approval_requested",
            case_reference=case.reference,
            details={"approval": approval.id, "kind": kind.value, "item": item_id},
            now=now,
        )
        if case.state == CaseState.IN_PROGRESS:
            move_case(
                uow,
                actor,
                case,
                CaseState.AWAITING_APPROVAL,
                now,
                reason="approval_requested",
                extra={"approval": approval.id},
            )
        return approval

    def decide(
        self,
        actor: Actor,
        approval_id: int,
        *,
        approve: bool,
        reason: str,
        expected_version: int,
    ) -> ApprovalView:
        require_permission(actor, Permission.APPROVE)
        if actor.role == SYSTEM:
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP("errors", "Approvals need a signed-in supervisor (four eyes).")
            )
        if not reason.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give a reason for approving or rejecting.")
            )
        reason = checked_text(reason, _DECISION_REASON)
        with self._ctx.db.uow() as uow:
            approval = uow.approvals.changing(approval_id, expected_version)
            if approval.state != ApprovalState.PENDING:
                raise IllegalTransitionError(
                    QT_TRANSLATE_NOOP("errors", "This proposal has already been decided.")
                )
            if approval.proposed_by_id == actor.account_id:
                raise PermissionDeniedError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "You proposed this yourself; another supervisor must decide (four eyes).",
                    )
                )
            case = uow.cases.get(approval.case_id)  # there: a foreign key
            approval.state = (ApprovalState.APPROVED if approve else ApprovalState.REJECTED).value
            approval.decided_by_id = actor.account_id
            approval.decided_at = self._ctx.clock()
            approval.reason = reason
            if approve and approval.kind in self._handlers:
                self._handlers[approval.kind].on_approved(uow, approval, actor)
            uow.approvals.flush()
            now = self._ctx.clock()
            decision = "approval_granted" if approve else "approval_rejected"
            uow.log.append(
                actor=actor,
                action=decision,
                case_reference=case.reference,
                details={"approval": approval.id, "kind": approval.kind, "item": approval.item_id},
                now=now,
            )
            _resume_case_if_nothing_pending(uow, actor, case, approval, decision, now)
            uow.commit()
            return _view(uow, approval, case)

    def pending(self, actor: Actor) -> list[ApprovalView]:
        """The supervisors' queue: every pending proposal, oldest first."""
        require_permission(actor, Permission.APPROVE)
        with self._ctx.db.reader() as uow:
            rows = uow.approvals.pending_with_cases()
            return [_view(uow, approval, case) for approval, case in rows]

    def for_case(self, actor: Actor, case_id: int) -> list[ApprovalView]:
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            return read_for_case(uow, case_id)


def read_for_case(uow: UnitOfWork, case_id: int) -> list[ApprovalView]:
    """The proposals of a case, oldest first, inside the caller's unit of work."""
    rows = uow.approvals.of_case_with_case(case_id)
    return [_view(uow, approval, case) for approval, case in rows]


def _resume_case_if_nothing_pending(
    uow: UnitOfWork,
    actor: Actor,
    case: Case,
    approval: Approval,
    decision: str,
    now: datetime,
) -> None:
    """Back to work once no proposal of the case waits any more (logged like any move)."""
    if case.state != CaseState.AWAITING_APPROVAL:
        return
    if not uow.approvals.pending_count(case.id):
        move_case(
            uow,
            actor,
            case,
            CaseState.IN_PROGRESS,
            now,
            reason=decision,
            extra={"approval": approval.id},
        )


def _view(uow: UnitOfWork, approval: Approval, case: Case) -> ApprovalView:
    return ApprovalView(
        id=approval.id,
        case_id=approval.case_id,
        case_reference=case.reference,
        item_id=approval.item_id,
        kind=approval.kind,
        payload=json.loads(approval.payload),
        proposed_by=uow.accounts.login(approval.proposed_by_id) or "?",
        proposed_at=approval.proposed_at,
        state=approval.state,
        decided_by=uow.accounts.login(approval.decided_by_id),
        decided_at=approval.decided_at,
        reason=approval.reason,
        version=approval.version,
    )
