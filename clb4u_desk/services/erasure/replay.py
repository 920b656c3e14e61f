"""Replaying logged erasures after a database was restored from a backup.

A restore brings back the rows an executed erasure had removed. Every
``erasure_executed`` entry holds the plan's lines (category, action, record-date range),
so the same erasing, anonymising and restricting can be done again on whatever came
back; running it twice changes nothing the second time. The log may come from another
database (the one kept from before the restore), and then its chain must verify first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import ItemOutcome, Permission
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import ErasureAction, ErasureLine
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from clb4u_desk.domain.formatting import VIETNAM
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.models import Case, Customer
from clb4u_desk.persistence.repositories.erasure import LoggedEntry
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.services.approvals.service import ApprovalState
from clb4u_desk.services.authz import require_permission
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.erasure.payload import EXECUTED, line_from_json
from clb4u_desk.services.erasure.rows import apply_line, restrict_line, restriction_head
from clb4u_desk.services.erasure.views import CustomerCounts, ReplayReport


def replay_since(
    ctx: ServiceContext, actor: Actor, since: date, *, log_source: Database | None = None
) -> ReplayReport:
    """Re-apply the erasures logged since ``since`` to rows that exist again.

    After a restore from backup the restored rows come back; this finds every
    "erasure_executed" entry from ``since`` on (in this database's log, or in
    ``log_source``, e.g. the log kept from before the restore) and erases,
    anonymises and restricts again exactly what those entries say. Running it twice
    changes nothing the second time.
    """
    require_permission(actor, Permission.HANDLE_CASE)
    if log_source is not None:
        _require_intact_log(log_source)
    entries = _executed_entries(log_source or ctx.db, since)
    done: list[CustomerCounts] = []
    skipped: list[str] = []
    with ctx.db.uow() as uow:
        for entry in entries:
            outcome = _replay_entry(ctx, uow, actor, entry)
            if isinstance(outcome, str):
                skipped.append(outcome)
            elif outcome.counts:
                done.append(outcome)
        uow.commit()
    return ReplayReport(since, len(entries), tuple(done), tuple(skipped))


def _replay_entry(
    ctx: ServiceContext, uow: UnitOfWork, actor: Actor, entry: LoggedEntry
) -> CustomerCounts | str:
    details = entry.details
    reference = str(details["customer_reference"])
    customer = _customer_or_none(uow, int(details["customer"]))
    if customer is None or customer.reference != reference:
        return f"entry {entry.seq}: customer {reference} is not in this database"
    case = uow.cases.find(entry.case_reference)
    counts = _replay_lines(
        uow, customer, [line_from_json(x) for x in details["lines"]], case, ctx.clock()
    )
    _mark_executed(uow, details, case, ctx.clock())
    if counts:
        uow.log.append(
            actor=actor,
            action="erasure_replayed",
            case_reference=entry.case_reference,
            subject=ctx.pseudonymise(reference),
            details={
                "entry": entry.seq,
                "customer": customer.id,
                "customer_reference": reference,
                "counts": counts,
            },
            now=ctx.clock(),
        )
    return CustomerCounts(reference, counts)


def _customer_or_none(uow: UnitOfWork, customer_id: int) -> Customer | None:
    """The logged customer, if the restored database has them at all."""
    try:
        return uow.customers.get(customer_id)
    except NotFoundError:
        return None


def _require_intact_log(db: Database) -> None:
    """A log from elsewhere drives deletions only if its chain holds: an edited or
    forged entry must not make the replay erase what nobody decided to erase."""
    from clb4u_desk.audit.verify import verify_database

    with db.reader() as uow:
        result = verify_database(uow.session)  # the audit layer reads the chain itself
    if result.problem is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The decision log to replay from does not verify (entry "
                "{seq} was {kind}); nothing was replayed.",
            ),
            seq=result.problem.seq,
            kind=result.problem.kind,
        )


def _executed_entries(db: Database, since: date) -> list[LoggedEntry]:
    # The day starts at midnight in Vietnam, as every day the desk names does.
    start = datetime.combine(since, time(), VIETNAM)
    with db.reader() as uow:
        return uow.erasure.logged(EXECUTED, since=start)


def _replay_lines(
    uow: UnitOfWork,
    customer: Customer,
    lines: Sequence[ErasureLine],
    case: Case | None,
    now: datetime,
) -> dict[str, int]:
    """The logged lines again, on whatever rows came back; a no-op when nothing did."""
    records = uow.erasure
    counts: Counter[str] = Counter()
    rows = {c: records.held_rows(customer, c) for c in DataCategory}
    for line in lines:
        name = line.category.value
        if line.action in (ErasureAction.ERASE, ErasureAction.ANONYMISE):
            counts[name] += apply_line(records, customer, line, rows)
        elif line.action is ErasureAction.RETAIN and line.row_count:
            counts[name] += _replay_restriction(uow, customer, line, case, now)
            if line.category is DataCategory.IDENTITY:
                counts[name] += records.minimise_identity(customer)
    counts[DataCategory.PAYMENT_METHODS.value] += records.revoke_payment_tokens(customer.id)
    records.flush()
    return {name: n for name, n in counts.items() if n}


def _replay_restriction(
    uow: UnitOfWork, customer: Customer, line: ErasureLine, case: Case | None, now: datetime
) -> int:
    """Restrict retained rows again if the restored database lost the restriction."""
    wanted = restriction_head(line)
    if uow.erasure.has_restriction(customer.id, line.category.value, wanted):
        return 0
    restrict_line(uow.erasure, customer, line, case, now, note="re-applied after restore")
    return 1


def _mark_executed(
    uow: UnitOfWork, details: Mapping[str, Any], case: Case | None, now: datetime
) -> None:
    """A restored approval that lost its execution is marked, so no one runs it twice."""
    if case is None:
        return
    try:
        approval = uow.approvals.get(int(details["approval"]))
    except NotFoundError:
        return  # the restored database predates the proposal
    if approval.case_id != case.id:
        return
    if approval.executed_at is None and approval.state == ApprovalState.APPROVED.value:
        approval.executed_at = now
        item = uow.cases.item(approval.item_id)[0] if approval.item_id else None
        if item is not None and item.outcome == ItemOutcome.PENDING.value:
            item.outcome = str(details.get("outcome", ItemOutcome.DONE.value))
