"""Erasure with four eyes: plan, propose, approve, execute, certify, purge, replay.

1. ``plan`` counts what is held about the case's customer per data category (with every
   row's record date and the legal holds in force) and plans it with the retention
   policy (:func:`clb4u_desk.domain.erasure.plan_erasure`).
2. ``propose`` stores that plan (categories, actions, counts, dates: no values) as the
   payload of an erasure approval; a different supervisor approves it
   (:class:`~clb4u_desk.services.approvals.service.ApprovalService`). Approval executes nothing:
   the approval row is the record.
3. ``execute`` plans again and refuses when the plan differs from the approved one (a
   new legal hold, new records, a date passed), then carries out every line in one unit
   of work: all or nothing.
4. ``certificate_pdf`` prints the deletion certificate (no erased value on it).
5. ``purge_due`` erases the retained rows whose date has come.
6. ``replay_since`` re-applies logged erasures after a restore from backup.

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

import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clb4u_desk.audit import chain
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import ItemOutcome, Permission
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import ErasureAction, ErasureLine, ErasurePlan, plan_erasure
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    IllegalTransitionError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.retention import RetentionPolicy
from clb4u_desk.domain.rights import Right
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.models import (
    Account,
    Approval,
    Case,
    Customer,
    DecisionLogEntry,
    IssuedDocument,
    RequestItem,
    Restriction,
)
from clb4u_desk.persistence.repositories import CaseRepository
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.policies.retention import load_retention_policy
from clb4u_desk.reporting.certificates import CertificateDocument, CertificateLine
from clb4u_desk.services.approvals.service import (
    ApprovalKind,
    ApprovalService,
    ApprovalState,
)
from clb4u_desk.services.authz import SYSTEM, require_permission
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.erasure import rows as rows_
from clb4u_desk.services.erasure.rows import HeldRow, local_date
from clb4u_desk.services.guards import require_identity

RESTRICTION_PREFIX = "retained after erasure"
EXECUTED = "erasure_executed"
CERTIFICATE_KIND = "erasure_certificate"
_REASON_LIMIT = 300  # restrictions.reason is VARCHAR(300)


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class ErasureLineView:
    category: str
    action: str
    row_count: int
    basis_vi: str
    basis_en: str
    retain_until: date | None
    hold_reason: str | None
    records_from: date | None
    records_to: date | None


@dataclass(frozen=True, slots=True)
class ErasurePlanView:
    case_id: int
    case_reference: str
    customer_reference: str
    planned_on: date
    includes_payment_data: bool
    plan_hash: str
    lines: tuple[ErasureLineView, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.case_reference,
            "customer": self.customer_reference,
            "planned_on": self.planned_on.isoformat(),
            "plan_hash": self.plan_hash,
            "includes_payment_data": self.includes_payment_data,
            "lines": [_line_json(line) for line in self.lines],
        }


@dataclass(frozen=True, slots=True)
class ExecutionResult:
    approval_id: int
    case_reference: str
    outcome: str
    counts: Mapping[str, Mapping[str, int]]
    log_seq: int
    log_hash: str


@dataclass(frozen=True, slots=True)
class CustomerCounts:
    customer_reference: str
    counts: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class PurgeReport:
    today: date
    dry_run: bool
    customers: tuple[CustomerCounts, ...] = ()

    @property
    def rows(self) -> int:
        return sum(sum(c.counts.values()) for c in self.customers)


@dataclass(frozen=True, slots=True)
class ReplayReport:
    since: date
    entries: int
    customers: tuple[CustomerCounts, ...] = ()
    skipped: tuple[str, ...] = field(default=())  # why an entry could not be replayed

    @property
    def rows(self) -> int:
        return sum(sum(c.counts.values()) for c in self.customers)


@dataclass(frozen=True, slots=True)
class ErasureStatus:
    """Where the latest erasure proposal of a case stands."""

    approval_id: int
    item_id: int | None
    state: str  # pending / approved / rejected
    executed: bool
    version: int


@dataclass(frozen=True, slots=True)
class IssuedCertificate:
    document_id: int
    file_name: str
    sha256: str
    size: int
    content: bytes


# --------------------------------------------------------------------------- payload


def iso_day(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _line_json(line: ErasureLineView) -> dict[str, Any]:
    return {
        "category": line.category,
        "action": line.action,
        "rows": line.row_count,
        "retain_until": iso_day(line.retain_until),
        "records_from": iso_day(line.records_from),
        "records_to": iso_day(line.records_to),
        "hold": line.hold_reason is not None,
    }


def plan_lines_payload(plan: ErasurePlan) -> list[dict[str, Any]]:
    """The plan as the approval stores it: categories, actions, counts, dates; no values.

    The hold's reason is free text typed by staff and is left out; whether a hold blocks
    the category is what matters to the approval.
    """
    return [_line_json(_line_view(line)) for line in plan.lines]


def plan_hash(lines: Sequence[Mapping[str, Any]]) -> str:
    return hashlib.sha256(chain.canonical_details({"lines": list(lines)}).encode()).hexdigest()


def _line_view(line: ErasureLine) -> ErasureLineView:
    return ErasureLineView(
        category=line.category.value,
        action=line.action.value,
        row_count=line.row_count,
        basis_vi=line.basis_vi,
        basis_en=line.basis_en,
        retain_until=line.retain_until,
        hold_reason=line.hold_reason,
        records_from=line.records_from,
        records_to=line.records_to,
    )


def _differences(
    approved: Sequence[Mapping[str, Any]], current: Sequence[Mapping[str, Any]]
) -> list[str]:
    """Categories whose lines differ between the approved plan and today's."""

    def by_category(lines: Sequence[Mapping[str, Any]]) -> dict[str, list[Any]]:
        grouped: dict[str, list[Any]] = {}
        for line in lines:
            grouped.setdefault(str(line["category"]), []).append(dict(line))
        return grouped

    old, new = by_category(approved), by_category(current)
    return sorted(c for c in set(old) | set(new) if old.get(c) != new.get(c))


# --------------------------------------------------------------------------- service


@dataclass
class _Planned:
    customer: Customer
    plan: ErasurePlan
    rows: dict[DataCategory, list[HeldRow]]
    payment: bool


class ErasureService:
    def __init__(
        self, ctx: ServiceContext, approvals: ApprovalService, policy: RetentionPolicy | None = None
    ) -> None:
        self._ctx = ctx
        self._approvals = approvals
        self._policy = policy

    # -- helpers ---------------------------------------------------------------------

    @property
    def policy(self) -> RetentionPolicy:
        if self._policy is None:
            self._policy = load_retention_policy()
        return self._policy

    def _today(self) -> date:
        return local_date(self._ctx.clock())

    def _plan_for(self, session: Session, customer: Customer, today: date) -> _Planned:
        held, rows = rows_.holdings(session, customer, today)
        return _Planned(
            customer,
            plan_erasure(held, self.policy, today),
            rows,
            rows_.has_payment_data(session, customer.id),
        )

    def _checked_plan(self, session: Session, case: Case) -> _Planned:
        """The plan for the case's customer, once the requester's identity allows it."""
        if case.customer_id is None:
            require_identity(case, Right.ERASURE)  # raises: not linked
        customer = _customer(session, case.customer_id)
        payment = rows_.has_payment_data(session, customer.id)
        require_identity(case, Right.ERASURE, includes_payment_data=payment)
        return self._plan_for(session, customer, self._today())

    def _view(self, case: Case, planned: _Planned) -> ErasurePlanView:
        lines = tuple(_line_view(line) for line in planned.plan.lines)
        return ErasurePlanView(
            case_id=case.id,
            case_reference=case.reference,
            customer_reference=planned.customer.reference,
            planned_on=planned.plan.planned_on,
            includes_payment_data=planned.payment,
            plan_hash=plan_hash([_line_json(line) for line in lines]),
            lines=lines,
        )

    # -- plan and propose -------------------------------------------------------------

    def plan(self, actor: Actor, case_id: int | str) -> ErasurePlanView:
        """What an erasure would do today for the case's customer, per category."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            case = _case(uow.session, case_id)
            return self._view(case, self._checked_plan(uow.session, case))

    def propose(self, actor: Actor, case_id: int | str, item_id: int) -> int:
        """Store today's plan as an erasure approval for another supervisor to decide."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.uow() as uow:
            session = uow.session
            case = _case(session, case_id, for_update=True)
            _erasure_item(session, case, item_id)
            _no_open_erasure(session, item_id)
            planned = self._checked_plan(session, case)
            lines = plan_lines_payload(planned.plan)
            payload = {
                "customer": planned.customer.id,
                "customer_reference": planned.customer.reference,
                "planned_on": planned.plan.planned_on.isoformat(),
                "plan_hash": plan_hash(lines),
                "lines": lines,
                # Policy texts for the certificate; not part of the compared plan.
                "basis": [
                    {"vi": line.basis_vi, "en": line.basis_en} for line in planned.plan.lines
                ],
            }
            approval = self._approvals.propose(
                uow, actor, case, ApprovalKind.ERASURE, payload, item_id=item_id
            )
            chain.append(
                session,
                actor=actor,
                action="erasure_planned",
                case_reference=case.reference,
                subject=self._ctx.pseudonymise(planned.customer.reference),
                details={
                    "approval": approval.id,
                    "item": item_id,
                    "plan_hash": payload["plan_hash"],
                    "counts": _plan_counts(planned.plan),
                },
                now=self._ctx.clock(),
            )
            uow.commit()
            return approval.id

    def status(self, actor: Actor, case_id: int) -> ErasureStatus | None:
        """The case's latest erasure proposal, or None if there is none."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            approval = uow.session.execute(
                select(Approval)
                .where(Approval.case_id == case_id, Approval.kind == ApprovalKind.ERASURE.value)
                .order_by(Approval.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            if approval is None:
                return None
            return ErasureStatus(
                approval.id,
                approval.item_id,
                approval.state,
                approval.executed_at is not None,
                approval.version,
            )

    # -- the approval handler -----------------------------------------------------------

    def on_approved(self, uow: UnitOfWork, approval: Approval, decider: Actor) -> None:
        """Approval executes nothing: the approved row is the record; ``execute`` acts."""
        payload = json.loads(approval.payload)
        if not isinstance(payload.get("lines"), list):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This erasure proposal has no plan; propose it again.")
            )

    # -- execute ------------------------------------------------------------------------

    def execute(self, actor: Actor, approval_id: int) -> ExecutionResult:
        """Carry out an approved erasure plan, all or nothing."""
        require_permission(actor, Permission.HANDLE_CASE)
        _signed_in(actor, QT_TRANSLATE_NOOP("errors", "Executing an erasure"))
        with self._ctx.db.uow() as uow:
            session = uow.session
            approval = _approval(session, approval_id, for_update=True)
            _check_executable(approval)
            case = _case(session, approval.case_id, for_update=True)
            payload = json.loads(approval.payload)
            planned = self._checked_plan(session, case)
            _check_unchanged(payload, planned)
            now = self._ctx.clock()
            counts = _apply(session, planned, case, now)
            approval.executed_at = now
            outcome = _finish_item(session, approval.item_id, planned.plan)
            entry = chain.append(
                session,
                actor=actor,
                action=EXECUTED,
                case_reference=case.reference,
                subject=self._ctx.pseudonymise(planned.customer.reference),
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

    # -- purge --------------------------------------------------------------------------

    def purge_due(
        self, actor: Actor, today: date | None = None, *, dry_run: bool = False
    ) -> PurgeReport:
        """Erase the rows retained after an erasure whose retention date has passed."""
        require_permission(actor, Permission.HANDLE_CASE)
        day = today or self._today()
        done: list[CustomerCounts] = []
        with self._ctx.db.uow() as uow:
            session = uow.session
            for customer_id in _customers_with_erasure_restrictions(session):
                counts = self._purge_customer(session, actor, customer_id, day)
                if counts:
                    customer = _customer(session, customer_id)
                    done.append(CustomerCounts(customer.reference, counts))
            if not dry_run:
                uow.commit()
        return PurgeReport(day, dry_run, tuple(done))

    def _purge_customer(
        self, session: Session, actor: Actor, customer_id: int, today: date
    ) -> dict[str, int]:
        customer = _customer(session, customer_id)
        restrictions = _erasure_restrictions(session, customer_id)
        restricted = {r.category for r in restrictions}
        planned = self._plan_for(session, customer, today)
        counts: Counter[str] = Counter()
        for line in planned.plan.lines:
            name = line.category.value
            if (
                name in restricted
                and name != DataCategory.IDENTITY.value
                and line.action is ErasureAction.ERASE
            ):
                counts[name] += _erase_line(session, customer, line, planned.rows)
        after = self._plan_for(session, customer, today).plan
        if DataCategory.IDENTITY.value in restricted and _identity_free(after):
            counts[DataCategory.IDENTITY.value] += rows_.anonymise_identity(session, customer)
        lifted = _lift_due(session, restrictions, after, today, self._ctx.clock())
        if not counts and not lifted:
            return {}
        case = session.get(Case, restrictions[0].case_id) if restrictions[0].case_id else None
        chain.append(
            session,
            actor=actor,
            action="erasure_purged",
            case_reference=case.reference if case else None,
            subject=self._ctx.pseudonymise(customer.reference),
            details={
                "customer": customer.id,
                "customer_reference": customer.reference,
                "today": today.isoformat(),
                "counts": dict(counts),
                "restrictions_lifted": lifted,
            },
            now=self._ctx.clock(),
        )
        return dict(counts)

    # -- certificate --------------------------------------------------------------------

    def certificate_pdf(
        self, actor: Actor, approval_id: int, *, channel: str = "email"
    ) -> IssuedCertificate:
        """The deletion certificate of an executed erasure, recorded as issued."""
        from clb4u_desk.reporting.certificates import render_certificate

        require_permission(actor, Permission.HANDLE_CASE)
        _signed_in(actor, QT_TRANSLATE_NOOP("errors", "Issuing a certificate"))
        with self._ctx.db.uow() as uow:
            session = uow.session
            approval = _approval(session, approval_id)
            if approval.kind != ApprovalKind.ERASURE or approval.executed_at is None:
                raise IllegalTransitionError(
                    QT_TRANSLATE_NOOP(
                        "errors", "A deletion certificate exists only for an executed erasure."
                    )
                )
            case = _case(session, approval.case_id)
            entry = _execution_entry(session, case.reference, approval.id)
            doc = _certificate_doc(session, approval, case, entry, self._ctx.clock())
            content = render_certificate(doc)
            digest = hashlib.sha256(content).hexdigest()
            issued = IssuedDocument(
                case_id=case.id,
                kind=CERTIFICATE_KIND,
                file_name=f"{case.reference}-erasure-certificate.pdf",
                sha256=digest,
                size=len(content),
                encrypted=False,
                channel=channel,
                agent_id=actor.account_id,
                issued_at=self._ctx.clock(),
            )
            session.add(issued)
            session.flush()
            chain.append(
                session,
                actor=actor,
                action="document_issued",
                case_reference=case.reference,
                details={
                    "document": issued.id,
                    "kind": CERTIFICATE_KIND,
                    "sha256": digest,
                    "size": len(content),
                    "approval": approval.id,
                    "channel": channel,
                },
                now=self._ctx.clock(),
            )
            uow.commit()
            return IssuedCertificate(issued.id, issued.file_name, digest, len(content), content)

    # -- replay -------------------------------------------------------------------------

    def replay_since(
        self, actor: Actor, since: date, *, log_source: Database | None = None
    ) -> ReplayReport:
        """Re-apply the erasures logged since ``since`` (see :mod:`.erasure_replay`)."""
        from clb4u_desk.services.erasure.replay import replay_since

        return replay_since(self._ctx, actor, since, log_source=log_source)


# --------------------------------------------------------------------------- loading


def _case(session: Session, key: int | str, *, for_update: bool = False) -> Case:
    return CaseRepository(session).get(key, for_update=for_update)


def case_or_none(session: Session, reference: str | None) -> Case | None:
    if reference is None:
        return None
    return session.execute(select(Case).where(Case.reference == reference)).scalar_one_or_none()


def _customer(session: Session, customer_id: int | None) -> Customer:
    customer = session.get(Customer, customer_id) if customer_id is not None else None
    if customer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "The case's customer record no longer exists.")
        )
    return customer


def _approval(session: Session, approval_id: int, *, for_update: bool = False) -> Approval:
    query = select(Approval).where(Approval.id == approval_id)
    if for_update:
        query = query.with_for_update()
    approval = session.execute(query).scalar_one_or_none()
    if approval is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "No such approval."))
    return approval


def _signed_in(actor: Actor, what: str) -> None:
    if actor.role == SYSTEM:
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("errors", "{what} needs a signed-in user."), what=what
        )


def _erasure_item(session: Session, case: Case, item_id: int) -> RequestItem:
    item = session.get(RequestItem, item_id)
    if item is None or item.case_id != case.id:
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


def _no_open_erasure(session: Session, item_id: int) -> None:
    open_one = session.execute(
        select(Approval.id)
        .where(
            Approval.item_id == item_id,
            Approval.kind == ApprovalKind.ERASURE.value,
            Approval.executed_at.is_(None),
            Approval.state.in_([ApprovalState.PENDING.value, ApprovalState.APPROVED.value]),
        )
        .limit(1)
    ).first()
    if open_one is not None:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors", "An erasure for this request item is already proposed or approved."
            )
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


def _check_unchanged(payload: Mapping[str, Any], planned: _Planned) -> None:
    if int(payload["customer"]) != planned.customer.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The case is linked to another customer since the approval."
            )
        )
    changed = _differences(payload["lines"], plan_lines_payload(planned.plan))
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


def _plan_counts(plan: ErasurePlan) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = {}
    for line in plan.lines:
        if line.row_count:
            counts.setdefault(line.category.value, Counter())[line.action.value] += line.row_count
    return {category: dict(c) for category, c in counts.items()}


# --------------------------------------------------------------------------- executing


def _erase_line(
    session: Session,
    customer: Customer,
    line: ErasureLine,
    rows: Mapping[DataCategory, list[HeldRow]],
) -> int:
    covered = rows_.rows_of_line(rows[line.category], line)
    if line.category is DataCategory.ACCOUNT:
        return rows_.clear_account(session, customer) if covered else 0
    if line.category is DataCategory.IDENTITY:
        return rows_.anonymise_identity(session, customer) if covered else 0
    return rows_.delete_rows(session, covered)


def _anonymise_line(
    session: Session,
    customer: Customer,
    line: ErasureLine,
    rows: Mapping[DataCategory, list[HeldRow]],
) -> int:
    covered = rows_.rows_of_line(rows[line.category], line)
    if not covered:
        return 0
    if line.category is DataCategory.POLLS:
        return rows_.anonymise_polls(session, covered)
    if line.category in (DataCategory.IDENTITY, DataCategory.ACCOUNT):
        return _erase_line(session, customer, line, rows)
    return rows_.delete_rows(session, covered)


def apply_line(
    session: Session,
    customer: Customer,
    line: ErasureLine,
    rows: Mapping[DataCategory, list[HeldRow]],
) -> int:
    if line.action is ErasureAction.ERASE:
        return _erase_line(session, customer, line, rows)
    if line.action is ErasureAction.ANONYMISE:
        return _anonymise_line(session, customer, line, rows)
    return 0


def _restriction_reason(line: ErasureLine) -> str:
    until = line.retain_until.isoformat() if line.retain_until else "further notice"
    return f"{RESTRICTION_PREFIX} until {until}: {line.basis_en}"[:_REASON_LIMIT]


def restrict_line(
    session: Session, customer: Customer, line: ErasureLine, case: Case | None, now: datetime
) -> Restriction:
    """Retained rows are restricted to storage until their date (one restriction a line)."""
    restriction = Restriction(
        customer_id=customer.id,
        category=line.category.value,
        purpose=None,
        reason=_restriction_reason(line),
        since=now,
        case_id=case.id if case else None,
    )
    session.add(restriction)
    return restriction


def _counts_for(line: ErasureLine) -> str:
    return {
        ErasureAction.ERASE: "erased",
        ErasureAction.ANONYMISE: "anonymised",
        ErasureAction.RETAIN: "retained",
        ErasureAction.BLOCKED_BY_HOLD: "blocked",
    }[line.action]


def _apply(
    session: Session, planned: _Planned, case: Case, now: datetime
) -> dict[str, dict[str, int]]:
    """Every line of the plan, in category order; identity last (others may need it)."""
    counts: dict[str, Counter[str]] = {}
    customer = planned.customer
    identity = [line for line in planned.plan.lines if line.category is DataCategory.IDENTITY]
    others = [line for line in planned.plan.lines if line.category is not DataCategory.IDENTITY]
    for line in [*others, *identity]:
        bucket = counts.setdefault(line.category.value, Counter())
        if line.action in (ErasureAction.ERASE, ErasureAction.ANONYMISE):
            bucket[_counts_for(line)] += apply_line(session, customer, line, planned.rows)
        elif line.action is ErasureAction.RETAIN and line.row_count:
            restrict_line(session, customer, line, case, now)
            bucket["retained"] += line.row_count
            if line.category is DataCategory.IDENTITY:
                bucket["minimised"] += rows_.minimise_identity(session, customer)
        elif line.row_count:
            bucket["blocked"] += line.row_count
    bucket = counts.setdefault(DataCategory.PAYMENT_METHODS.value, Counter())
    bucket["tokens_removed"] += rows_.revoke_payment_tokens(session, customer.id)
    session.flush()
    return {
        category: {k: v for k, v in c.items() if v}
        for category, c in counts.items()
        if any(c.values())
    }


def _finish_item(session: Session, item_id: int | None, plan: ErasurePlan) -> str:
    kept = sorted(
        {line.category.value for line in plan.lines if line.restricted and line.row_count}
    )
    outcome = ItemOutcome.PARTLY_DONE if kept else ItemOutcome.DONE
    item = session.get(RequestItem, item_id) if item_id is not None else None
    if item is not None:
        item.outcome = outcome.value
        item.outcome_reason = f"kept: {', '.join(kept)}" if kept else None
    return outcome.value


# --------------------------------------------------------------------------- purging


def _erasure_restrictions(session: Session, customer_id: int) -> list[Restriction]:
    return list(
        session.execute(
            select(Restriction)
            .where(
                Restriction.customer_id == customer_id,
                Restriction.lifted_at.is_(None),
                Restriction.reason.startswith(RESTRICTION_PREFIX),
            )
            .order_by(Restriction.id)
        ).scalars()
    )


def _customers_with_erasure_restrictions(session: Session) -> list[int]:
    return list(
        session.execute(
            select(Restriction.customer_id)
            .where(
                Restriction.lifted_at.is_(None), Restriction.reason.startswith(RESTRICTION_PREFIX)
            )
            .distinct()
            .order_by(Restriction.customer_id)
        ).scalars()
    )


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


def _restriction_until(restriction: Restriction) -> date | None:
    # The reason is written by restrict_line: "<prefix> until YYYY-MM-DD: basis".
    head = restriction.reason[len(RESTRICTION_PREFIX) + len(" until ") :].split(":", 1)[0]
    try:
        return date.fromisoformat(head)
    except ValueError:
        return None


def _lift_due(
    session: Session,
    restrictions: Sequence[Restriction],
    plan: ErasurePlan,
    today: date,
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
            due = _shell_only(session, restriction)
        else:
            until = _restriction_until(restriction)
            due = until is not None and until < today and restriction.category not in held
        if due:
            restriction.lifted_at = now
            lifted += 1
    session.flush()
    return lifted


def _shell_only(session: Session, restriction: Restriction) -> bool:
    customer = session.get(Customer, restriction.customer_id)
    return customer is not None and rows_.is_anonymised(customer)


# --------------------------------------------------------------------------- replaying


def parse_day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


# --------------------------------------------------------------------------- certificate


def _execution_entry(session: Session, case_reference: str, approval_id: int) -> DecisionLogEntry:
    for entry in session.execute(
        select(DecisionLogEntry)
        .where(
            DecisionLogEntry.action == EXECUTED, DecisionLogEntry.case_reference == case_reference
        )
        .order_by(DecisionLogEntry.seq)
    ).scalars():
        if json.loads(entry.details).get("approval") == approval_id:
            return entry
    raise NotFoundError(
        QT_TRANSLATE_NOOP("errors", "The decision log has no execution entry for this erasure.")
    )


def _login(session: Session, account_id: int | None) -> str:
    account = session.get(Account, account_id) if account_id is not None else None
    return account.login if account is not None else "?"


def _certificate_doc(
    session: Session, approval: Approval, case: Case, entry: DecisionLogEntry, now: datetime
) -> CertificateDocument:
    details = json.loads(entry.details)
    basis = json.loads(approval.payload).get("basis") or []
    lines = details["lines"]
    if len(basis) != len(lines):
        basis = [{"vi": "", "en": ""}] * len(lines)
    return CertificateDocument(
        case_reference=case.reference,
        customer_reference=str(details["customer_reference"]),
        language="en" if case.requester_language == "en" else "vi",
        issued_at=now,
        received_at=case.received_at,
        executed_at=_aware(approval.executed_at),
        approved_at=_aware(approval.decided_at),
        executed_by=entry.actor,
        proposed_by=_login(session, approval.proposed_by_id),
        approved_by=_login(session, approval.decided_by_id),
        lines=tuple(
            _certificate_line(line, texts) for line, texts in zip(lines, basis, strict=True)
        ),
        log_seq=entry.seq,
        log_hash=entry.entry_hash,
        plan_hash=str(details["plan_hash"]),
    )


def _aware(moment: datetime | None) -> datetime:
    assert moment is not None  # executed and decided approvals carry both
    return moment


def _certificate_line(line: Mapping[str, Any], basis: Mapping[str, str]) -> CertificateLine:
    return CertificateLine(
        category=DataCategory(line["category"]),
        action=ErasureAction(line["action"]),
        row_count=int(line["rows"]),
        basis_vi=basis["vi"],
        basis_en=basis["en"],
        retain_until=parse_day(line.get("retain_until")),
        records_from=parse_day(line.get("records_from")),
        records_to=parse_day(line.get("records_to")),
    )
