"""Carrying out an approved erasure plan, all or nothing.

``execute`` plans again and refuses when the plan differs from the approved one (a new
legal hold, new records, a date passed), then carries out every line in one unit of
work. The "erasure_executed" entry carries the customer's internal id and reference
with the plan lines, so that a replay after a restore finds the customer again (see
:mod:`clb4u_desk.services.erasure.service`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import ItemOutcome, Permission
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import ErasureAction, ErasureLine, ErasurePlan
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    IllegalTransitionError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.retention import RetentionPolicy
from clb4u_desk.persistence.models import Approval, Case
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.services.approvals.service import ApprovalKind, ApprovalState
from clb4u_desk.services.authz import SYSTEM, require_permission
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.erasure.payload import EXECUTED, differences, plan_lines_payload
from clb4u_desk.services.erasure.plan import Planned, checked_plan
from clb4u_desk.services.erasure.rows import apply_line, restrict_line
from clb4u_desk.services.erasure.views import ExecutionResult


def execute(
    ctx: ServiceContext, policy: RetentionPolicy, actor: Actor, approval_id: int
) -> ExecutionResult:
    """Carry out an approved erasure plan, all or nothing."""
    require_permission(actor, Permission.HANDLE_CASE)
    signed_in(actor, QT_TRANSLATE_NOOP("errors", "Executing an erasure"))
    with ctx.db.uow() as uow:
        approval = uow.approvals.get(approval_id, for_update=True)
        _check_executable(approval)
        case = uow.cases.get(approval.case_id, for_update=True)
        payload = json.loads(approval.payload)
        planned = checked_plan(ctx, uow, policy, case)
        _check_unchanged(payload, planned)
        now = ctx.clock()
        counts = _apply(uow, planned, case, now)
        approval.executed_at = now
        outcome = _finish_item(uow, approval.item_id, planned.plan)
        entry = uow.log.append(
            actor=actor,
            action=EXECUTED,
            case_reference=case.reference,
            subject=ctx.pseudonymise(planned.customer.reference),
            details={
                "approval": approval.id,
                "item": approval.item_id,
                "customer": planned.customer.id,
                "customer_reference": planned.customer.reference,
                "planned_on": planned.plan.planned_on.isoformat(),
                "plan_hash": payload["plan_hash"],
                "lines": payload["lines"],
                "counts": counts,
                "outcome": outcome,
            },
            now=now,
        )
        uow.commit()
        return ExecutionResult(
            approval.id, case.reference, outcome, counts, entry.seq, entry.entry_hash
        )


def signed_in(actor: Actor, what: str) -> None:
    """Erasing and certifying name the person who did it: the system account may not."""
    if actor.role == SYSTEM:
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("errors", "{what} needs a signed-in user."), what=what
        )


def _check_executable(approval: Approval) -> None:
    if approval.kind != ApprovalKind.ERASURE.value:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This approval is not an erasure."))
    if approval.state != ApprovalState.APPROVED.value:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This erasure has not been approved by a supervisor; it cannot be carried out.",
            )
        )
    if approval.executed_at is not None:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP("errors", "This erasure has already been carried out.")
        )


def _check_unchanged(payload: Mapping[str, Any], planned: Planned) -> None:
    if int(payload["customer"]) != planned.customer.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The case is linked to another customer since the approval."
            )
        )
    changed = differences(payload["lines"], plan_lines_payload(planned.plan))
    if changed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The erasure plan has changed since it was approved "
                "(categories: {changed}), e.g. a new legal hold, new records or a "
                "retention date that passed. Nothing was erased; propose the "
                "erasure again.",
            ),
            changed=", ".join(changed),
        )


def _counts_for(line: ErasureLine) -> str:
    return {
        ErasureAction.ERASE: "erased",
        ErasureAction.ANONYMISE: "anonymised",
        ErasureAction.RETAIN: "retained",
        ErasureAction.BLOCKED_BY_HOLD: "blocked",
    }[line.action]


def _apply(
    uow: UnitOfWork, planned: Planned, case: Case, now: datetime
) -> dict[str, dict[str, int]]:
    """Every line of the plan, in category order; identity last (others may need it)."""
    records = uow.erasure
    counts: dict[str, Counter[str]] = {}
    customer = planned.customer
    identity = [line for line in planned.plan.lines if line.category is DataCategory.IDENTITY]
    others = [line for line in planned.plan.lines if line.category is not DataCategory.IDENTITY]
    for line in [*others, *identity]:
        bucket = counts.setdefault(line.category.value, Counter())
        if line.action in (ErasureAction.ERASE, ErasureAction.ANONYMISE):
            bucket[_counts_for(line)] += apply_line(records, customer, line, planned.rows)
        elif line.action is ErasureAction.RETAIN and line.row_count:
            restrict_line(records, customer, line, case, now)
            bucket["retained"] += line.row_count
            if line.category is DataCategory.IDENTITY:
                bucket["minimised"] += records.minimise_identity(customer)
        elif line.row_count:
            bucket["blocked"] += line.row_count
    bucket = counts.setdefault(DataCategory.PAYMENT_METHODS.value, Counter())
    bucket["tokens_removed"] += records.revoke_payment_tokens(customer.id)
    records.flush()
    return {
        category: {k: v for k, v in c.items() if v}
        for category, c in counts.items()
        if any(c.values())
    }


def _finish_item(uow: UnitOfWork, item_id: int | None, plan: ErasurePlan) -> str:
    kept = sorted(
        {line.category.value for line in plan.lines if line.restricted and line.row_count}
    )
    outcome = ItemOutcome.PARTLY_DONE if kept else ItemOutcome.DONE
    if item_id is not None:
        item, _ = uow.cases.item(item_id)
        item.outcome = outcome.value
        item.outcome_reason = f"kept: {', '.join(kept)}" if kept else None
    return outcome.value
