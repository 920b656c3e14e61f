"""Replaying logged erasures after a database was restored from a backup.

A restore brings back the rows an executed erasure had removed. Every
``erasure_executed`` entry holds the plan's lines (category, action, record-date range),
so the same erasing, anonymising and restricting can be done again on whatever came
back; running it twice changes nothing the second time. The log may come from another
database (the one kept from before the restore), and then its chain must verify first.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clb4u_desk.audit import chain
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import ItemOutcome, Permission
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import ErasureAction, ErasureLine
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.models import (
    Approval,
    Case,
    Customer,
    DecisionLogEntry,
    RequestItem,
    Restriction,
)
from clb4u_desk.services.approvals.service import ApprovalState
from clb4u_desk.services.authz import require_permission
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.erasure import rows as rows_
from clb4u_desk.services.erasure.service import (
    EXECUTED,
    RESTRICTION_PREFIX,
    CustomerCounts,
    ReplayReport,
    apply_line,
    case_or_none,
    iso_day,
    parse_day,
    restrict_line,
)


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
            outcome = _replay_entry(ctx, uow.session, actor, entry)
            if isinstance(outcome, str):
                skipped.append(outcome)
            elif outcome.counts:
                done.append(outcome)
        uow.commit()
    return ReplayReport(since, len(entries), tuple(done), tuple(skipped))


def _replay_entry(
    ctx: ServiceContext, session: Session, actor: Actor, entry: _LoggedErasure
) -> CustomerCounts | str:
    details = entry.details
    customer = session.get(Customer, int(details["customer"]))
    reference = str(details["customer_reference"])
    if customer is None or customer.reference != reference:
        return f"entry {entry.seq}: customer {reference} is not in this database"
    case = case_or_none(session, entry.case_reference)
    counts = _replay_lines(
        session, customer, [_line_from_json(x) for x in details["lines"]], case, ctx.clock()
    )
    _mark_executed(session, details, case, ctx.clock())
    if counts:
        chain.append(
            session,
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


@dataclass(frozen=True, slots=True)
class _LoggedErasure:
    seq: int
    case_reference: str | None
    details: dict[str, Any]


def _require_intact_log(db: Database) -> None:
    """A log from elsewhere drives deletions only if its chain holds: an edited or
    forged entry must not make the replay erase what nobody decided to erase."""
    from clb4u_desk.audit.verify import verify_database

    with db.reader() as uow:
        result = verify_database(uow.session)
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


def _executed_entries(db: Database, since: date) -> list[_LoggedErasure]:
    start = datetime(since.year, since.month, since.day, tzinfo=UTC)
    with db.reader() as uow:
        found = uow.session.execute(
            select(DecisionLogEntry.seq, DecisionLogEntry.case_reference, DecisionLogEntry.details)
            .where(
                DecisionLogEntry.action == EXECUTED,
                DecisionLogEntry.recorded_at >= chain.format_timestamp(start),
            )
            .order_by(DecisionLogEntry.seq)
        ).all()
    return [_LoggedErasure(seq, ref, json.loads(details)) for seq, ref, details in found]


def _replay_lines(
    session: Session,
    customer: Customer,
    lines: Sequence[ErasureLine],
    case: Case | None,
    now: datetime,
) -> dict[str, int]:
    """The logged lines again, on whatever rows came back; a no-op when nothing did."""
    counts: Counter[str] = Counter()
    rows = {c: rows_.held_rows(session, customer, c) for c in DataCategory}
    for line in lines:
        name = line.category.value
        if line.action in (ErasureAction.ERASE, ErasureAction.ANONYMISE):
            counts[name] += apply_line(session, customer, line, rows)
        elif line.action is ErasureAction.RETAIN and line.row_count:
            counts[name] += _replay_restriction(session, customer, line, case, now)
            if line.category is DataCategory.IDENTITY:
                counts[name] += rows_.minimise_identity(session, customer)
    counts[DataCategory.PAYMENT_METHODS.value] += rows_.revoke_payment_tokens(session, customer.id)
    session.flush()
    return {name: n for name, n in counts.items() if n}


def _line_from_json(data: Mapping[str, Any]) -> ErasureLine:
    return ErasureLine(
        category=DataCategory(data["category"]),
        action=ErasureAction(data["action"]),
        row_count=int(data["rows"]),
        basis_vi="",
        basis_en="",
        retain_until=parse_day(data.get("retain_until")),
        records_from=parse_day(data.get("records_from")),
        records_to=parse_day(data.get("records_to")),
    )


def _replay_restriction(
    session: Session, customer: Customer, line: ErasureLine, case: Case | None, now: datetime
) -> int:
    """Restrict retained rows again if the restored database lost the restriction."""
    wanted = f"{RESTRICTION_PREFIX} until {iso_day(line.retain_until) or 'further notice'}"
    existing = session.execute(
        select(Restriction.id).where(
            Restriction.customer_id == customer.id,
            Restriction.category == line.category.value,
            Restriction.reason.startswith(wanted),
        )
    ).first()
    if existing is not None:
        return 0
    restriction = restrict_line(session, customer, line, case, now)
    restriction.reason = f"{wanted}: re-applied after restore"
    return 1


def _mark_executed(
    session: Session, details: Mapping[str, Any], case: Case | None, now: datetime
) -> None:
    """A restored approval that lost its execution is marked, so no one runs it twice."""
    approval = session.get(Approval, int(details["approval"]))
    if approval is None or case is None or approval.case_id != case.id:
        return
    if approval.executed_at is None and approval.state == ApprovalState.APPROVED.value:
        approval.executed_at = now
        item = session.get(RequestItem, approval.item_id) if approval.item_id else None
        if item is not None and item.outcome == ItemOutcome.PENDING.value:
            item.outcome = str(details.get("outcome", ItemOutcome.DONE.value))
