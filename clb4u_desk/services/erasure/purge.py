"""Purging: erasing the rows an erasure retained, once their retention date has come."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import Permission
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import ErasureAction, ErasurePlan
from clb4u_desk.domain.retention import RetentionPolicy
from clb4u_desk.persistence.models import Restriction
from clb4u_desk.persistence.repositories.erasure import is_anonymised
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.services.authz import require_permission
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.erasure.plan import plan_for, today
from clb4u_desk.services.erasure.rows import RESTRICTION_PREFIX, erase_line, restriction_until
from clb4u_desk.services.erasure.views import CustomerCounts, PurgeReport


def purge_due(
    ctx: ServiceContext,
    policy: RetentionPolicy,
    actor: Actor,
    day: date | None = None,
    *,
    dry_run: bool = False,
) -> PurgeReport:
    """Erase the rows retained after an erasure whose retention date has passed."""
    require_permission(actor, Permission.HANDLE_CASE)
    day = day or today(ctx)
    done: list[CustomerCounts] = []
    with ctx.db.uow() as uow:
        for customer_id in uow.erasure.customers_restricted(RESTRICTION_PREFIX):
            counts = _purge_customer(ctx, uow, policy, actor, customer_id, day)
            if counts:
                customer = uow.customers.get(customer_id)
                done.append(CustomerCounts(customer.reference, counts))
        if not dry_run:
            uow.commit()
    return PurgeReport(day, dry_run, tuple(done))


def _purge_customer(
    ctx: ServiceContext,
    uow: UnitOfWork,
    policy: RetentionPolicy,
    actor: Actor,
    customer_id: int,
    day: date,
) -> dict[str, int]:
    customer = uow.customers.get(customer_id)
    restrictions = uow.erasure.open_restrictions(customer_id, RESTRICTION_PREFIX)
    restricted = {r.category for r in restrictions}
    planned = plan_for(uow, policy, customer, day)
    counts: Counter[str] = Counter()
    for line in planned.plan.lines:
        name = line.category.value
        if (
            name in restricted
            and name != DataCategory.IDENTITY.value
            and line.action is ErasureAction.ERASE
        ):
            counts[name] += erase_line(uow.erasure, customer, line, planned.rows)
    after = plan_for(uow, policy, customer, day).plan
    if DataCategory.IDENTITY.value in restricted and _identity_free(after):
        counts[DataCategory.IDENTITY.value] += uow.erasure.anonymise_identity(customer)
    lifted = _lift_due(uow, restrictions, after, day, ctx.clock())
    if not counts and not lifted:
        return {}
    case_id = restrictions[0].case_id
    case = uow.cases.get(case_id) if case_id else None
    uow.log.append(
        actor=actor,
        action="erasure_purged",
        case_reference=case.reference if case else None,
        subject=ctx.pseudonymise(customer.reference),
        details={
            "customer": customer.id,
            "customer_reference": customer.reference,
            "today": day.isoformat(),
            "counts": dict(counts),
            "restrictions_lifted": lifted,
        },
        now=ctx.clock(),
    )
    return dict(counts)


def _identity_free(plan: ErasurePlan) -> bool:
    """Identity may go once nothing else of the person is kept or still waits for erasure.

    Rows left in another category (a released hold, records added later) need their own
    erasure request first; until then the identity they belong to stays.
    """
    identity = plan.lines_for(DataCategory.IDENTITY)
    if not identity or identity[0].action is not ErasureAction.ANONYMISE:
        return False
    return not any(
        line.row_count
        for line in plan.lines
        if line.category not in (DataCategory.IDENTITY, DataCategory.POLLS)
    )


def _lift_due(
    uow: UnitOfWork,
    restrictions: Sequence[Restriction],
    plan: ErasurePlan,
    day: date,
    now: datetime,
) -> int:
    """Lift the restrictions whose rows are gone: past their date and not held since."""
    held = {
        line.category.value
        for line in plan.lines
        if line.action is ErasureAction.BLOCKED_BY_HOLD and line.row_count
    }
    lifted = 0
    for restriction in restrictions:
        if restriction.category == DataCategory.IDENTITY.value:
            # Identity goes last: its restriction ends once only the empty shell is left.
            due = is_anonymised(uow.customers.get(restriction.customer_id))
        else:
            until = restriction_until(restriction)
            due = until is not None and until < day and restriction.category not in held
        if due:
            restriction.lifted_at = now
            lifted += 1
    uow.erasure.flush()
    return lifted
