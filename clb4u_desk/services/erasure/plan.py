"""Planning an erasure and proposing it for approval.

``plan`` counts what is held about the case's customer per data category (with every
row's record date and the legal holds in force) and plans it with the retention policy
(:func:`clb4u_desk.domain.erasure.plan_erasure`). ``propose`` stores that plan
(categories, actions, counts, dates: no values) as the payload of an erasure approval
for a different supervisor to decide; approval executes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.anonymisation import local_date
from clb4u_desk.domain.cases import ItemOutcome, Permission
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import ErasurePlan, plan_erasure
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    IllegalTransitionError,
    NotFoundError,
    ValidationError,
)
from clb4u_desk.domain.retention import RetentionPolicy
from clb4u_desk.domain.rights import Right
from clb4u_desk.persistence.models import Approval, Case, Customer, RequestItem
from clb4u_desk.persistence.repositories.erasure import HeldRow
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.services.approvals.service import ApprovalKind, ApprovalService, ApprovalState
from clb4u_desk.services.authz import require_permission
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.erasure.payload import plan_counts, plan_hash, plan_lines_payload
from clb4u_desk.services.erasure.views import ErasurePlanView, ErasureStatus, line_json, line_view
from clb4u_desk.services.guards import require_decision_state, require_identity


@dataclass
class Planned:
    """Today's plan for a customer, with the rows it was made from."""

    customer: Customer
    plan: ErasurePlan
    rows: dict[DataCategory, list[HeldRow]]
    payment: bool


def today(ctx: ServiceContext) -> date:
    return local_date(ctx.clock())


def plan_for(uow: UnitOfWork, policy: RetentionPolicy, customer: Customer, day: date) -> Planned:
    held, rows = uow.erasure.holdings(customer, day)
    return Planned(
        customer,
        plan_erasure(held, policy, day),
        rows,
        uow.erasure.has_payment_data(customer.id),
    )


def checked_plan(
    ctx: ServiceContext, uow: UnitOfWork, policy: RetentionPolicy, case: Case
) -> Planned:
    """The plan for the case's customer, once the requester's identity allows it."""
    if case.customer_id is None:
        require_identity(case, Right.ERASURE)  # raises: not linked
    customer = uow.customers.linked_to(case)
    payment = uow.erasure.has_payment_data(customer.id)
    require_identity(case, Right.ERASURE, includes_payment_data=payment)
    return plan_for(uow, policy, customer, today(ctx))


def _view(case: Case, planned: Planned) -> ErasurePlanView:
    lines = tuple(line_view(line) for line in planned.plan.lines)
    return ErasurePlanView(
        case_id=case.id,
        case_reference=case.reference,
        customer_reference=planned.customer.reference,
        planned_on=planned.plan.planned_on,
        includes_payment_data=planned.payment,
        plan_hash=plan_hash([line_json(line) for line in lines]),
        lines=lines,
    )


def plan(
    ctx: ServiceContext, policy: RetentionPolicy, actor: Actor, case_id: int | str
) -> ErasurePlanView:
    """What an erasure would do today for the case's customer, per category."""
    require_permission(actor, Permission.HANDLE_CASE)
    with ctx.db.reader() as uow:
        case = uow.cases.get(case_id)
        return _view(case, checked_plan(ctx, uow, policy, case))


def propose(
    ctx: ServiceContext,
    policy: RetentionPolicy,
    approvals: ApprovalService,
    actor: Actor,
    case_id: int | str,
    item_id: int,
) -> int:
    """Store today's plan as an erasure approval for another supervisor to decide."""
    require_permission(actor, Permission.HANDLE_CASE)
    with ctx.db.uow() as uow:
        case = uow.cases.get(case_id, for_update=True)
        _erasure_item(uow, case, item_id)
        _no_open_erasure(uow, case, item_id)
        planned = checked_plan(ctx, uow, policy, case)
        require_decision_state(case)
        lines = plan_lines_payload(planned.plan)
        payload = {
            "customer": planned.customer.id,
            "customer_reference": planned.customer.reference,
            "planned_on": planned.plan.planned_on.isoformat(),
            "plan_hash": plan_hash(lines),
            "lines": lines,
            # Policy texts for the certificate; not part of the compared plan.
            "basis": [{"vi": line.basis_vi, "en": line.basis_en} for line in planned.plan.lines],
        }
        approval = approvals.propose(
            uow, actor, case, ApprovalKind.ERASURE, payload, item_id=item_id
        )
        uow.log.append(
            actor=actor,
            action="erasure_planned",
            case_reference=case.reference,
            subject=ctx.pseudonymise(planned.customer.reference),
            details={
                "approval": approval.id,
                "item": item_id,
                "plan_hash": payload["plan_hash"],
                "counts": plan_counts(planned.plan),
            },
            now=ctx.clock(),
        )
        uow.commit()
        return approval.id


def status(ctx: ServiceContext, actor: Actor, case_id: int) -> ErasureStatus | None:
    """The case's latest erasure proposal, or None if there is none."""
    require_permission(actor, Permission.HANDLE_CASE)
    with ctx.db.reader() as uow:
        proposals = _erasure_approvals(uow, case_id)
        if not proposals:
            return None
        approval = proposals[-1]
        return ErasureStatus(
            approval.id,
            approval.item_id,
            approval.state,
            approval.executed_at is not None,
            approval.version,
        )


def require_plan(approval: Approval) -> None:
    """An erasure proposal carries its plan; approving one without it is refused."""
    payload = json.loads(approval.payload)
    if not isinstance(payload.get("lines"), list):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This erasure proposal has no plan; propose it again.")
        )


def _erasure_approvals(uow: UnitOfWork, case_id: int) -> list[Approval]:
    """The case's erasure proposals, oldest first."""
    return [a for a in uow.approvals.of_case(case_id) if a.kind == ApprovalKind.ERASURE.value]


def _erasure_item(uow: UnitOfWork, case: Case, item_id: int) -> RequestItem:
    item = next((row for row in uow.cases.items(case.id) if row.id == item_id), None)
    if item is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Case {reference} has no such request item."),
            reference=case.reference,
        )
    if item.right != Right.ERASURE.value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This request item does not ask for erasure.")
        )
    if item.outcome != ItemOutcome.PENDING.value:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP("errors", "This request item has already been answered.")
        )
    return item


def _no_open_erasure(uow: UnitOfWork, case: Case, item_id: int) -> None:
    waiting = (ApprovalState.PENDING.value, ApprovalState.APPROVED.value)
    if any(
        a.item_id == item_id and a.executed_at is None and a.state in waiting
        for a in _erasure_approvals(uow, case.id)
    ):
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors", "An erasure for this request item is already proposed or approved."
            )
        )
