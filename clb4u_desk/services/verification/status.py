"""The verification status of a case, read inside a unit of work the caller opened.

The case page reads it in the same read-only transaction as the rest of the page; the
verification service reads it in its own. Nothing here writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from clb4u_desk.domain.cases import CaseState
from clb4u_desk.domain.identity import (
    IdDocumentSeen,
    IdDocumentType,
    IdentityLevel,
    KnowledgeFact,
    LevelAssessment,
    Requirement,
    RouteOptions,
    VerificationEvidence,
    VerificationMethod,
    level_reached,
    required_level,
    routes_left,
)
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.persistence.models import (
    Case,
    Customer,
    VerificationAttempt,
)
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.services.verification import records as records


def verification_status(uow: UnitOfWork, case: Case, now: datetime) -> VerificationStatus:
    """Level needed and reached, what is missing, the attempts so far."""
    return case_status(uow, case, now)


class CodeState(StrEnum):
    SENT = "sent"
    USED = "used"
    EXPIRED = "expired"
    LOCKED = "locked"
    SUPERSEDED = "superseded"


@dataclass(frozen=True, slots=True)
class MissingRequirement:
    code: Requirement
    vi: str
    en: str
    # The methods that can still supply it in this case; empty: none can any more.
    routes: tuple[VerificationMethod, ...] = ()


@dataclass(frozen=True, slots=True)
class AttemptView:
    """One recorded step: no code, no answer, no contact value."""

    method: VerificationMethod
    fact: KnowledgeFact | None
    succeeded: bool
    at: datetime
    agent: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class VerificationStatus:
    case_id: int
    case_reference: str
    case_state: CaseState
    case_version: int
    linked: bool
    via_representative: bool
    level_reached: IdentityLevel
    level_needed: IdentityLevel
    missing: tuple[MissingRequirement, ...]  # what the needed level still lacks
    attempts: tuple[AttemptView, ...]  # oldest first
    code_waiting: bool  # a one-time code was sent and can still be checked
    # What the copy and erasure services will ask for, counting the payment data on file
    # (they decide from the records, whatever the items say); >= level_needed, and above
    # it only for a customer who has payment data.
    level_with_payment_data: IdentityLevel = IdentityLevel.L0
    # What level_with_payment_data needs beyond ``missing``; empty when it is no higher
    # than level_needed or already reached.
    payment_level_missing: tuple[MissingRequirement, ...] = ()

    @property
    def payment_data_needs_more(self) -> bool:
        """The customer's payment data makes a copy or an erasure that includes it need
        a level above the case's, and that level is not reached yet."""
        return bool(self.payment_level_missing)

    @property
    def satisfied(self) -> bool:
        return self.linked and self.level_reached >= self.level_needed

    @property
    def unreachable(self) -> bool:
        """Something the needed level lacks can no longer be supplied in this case (an
        unlinked case has no routes yet: linking comes first)."""
        return self.linked and any(not missing.routes for missing in self.missing)

    @property
    def missing_fact(self) -> MissingRequirement | None:
        """The next fact still needed: for the case's level, else for the payment data's
        (None for an unlinked case: no question can be asked before linking)."""
        if not self.linked:
            return None
        return next(
            (m for m in (*self.missing, *self.payment_level_missing) if m.code.is_fact), None
        )


DOCUMENT_DETAIL = re.compile(r"(?P<type>[a-z_]+) ••••(?P<last4>[0-9]{4})")


def attempts(uow: UnitOfWork, case_id: int) -> list[VerificationAttempt]:
    return uow.verification.attempts(case_id)


def to_evidence(row: VerificationAttempt) -> VerificationEvidence:
    method = VerificationMethod(row.method)
    document = None
    if method is VerificationMethod.ID_DOCUMENT_SEEN:
        match = DOCUMENT_DETAIL.fullmatch(row.detail or "")
        if match is None:  # written by this module only; a mismatch is a bug
            raise AssertionError("an ID document attempt without its type and last 4")
        document = IdDocumentSeen(IdDocumentType(match["type"]), match["last4"])
    return VerificationEvidence(
        method,
        row.succeeded,
        fact=KnowledgeFact(row.fact) if row.fact else None,
        id_document=document,
    )


def needed_level(uow: UnitOfWork, case_id: int, *, payment_on_file: bool = False) -> IdentityLevel:
    """The highest level over the case's request items (L0 for a case without items).

    ``payment_on_file``: count payment data in for every item, as a full copy or an
    erasure of a customer who has some does.
    """
    needed = IdentityLevel.L0
    for item in uow.cases.items(case_id):
        scope = records.item_scope(item)
        payment = payment_on_file or scope.get("include_payment_data") is True
        level = required_level(
            Right(item.right),
            includes_payment_data=payment,
            contact_point_only=scope.get("contact_point_only") is True,
        )
        needed = max(needed, level)
    return needed


def code_waiting(uow: UnitOfWork, case_id: int, now: datetime) -> bool:
    row = uow.verification.latest_code(case_id)
    return row is not None and row.state == CodeState.SENT.value and now < row.expires_at


def case_status(uow: UnitOfWork, case: Case, now: datetime) -> VerificationStatus:
    rows = attempts(uow, case.id)
    evidence = [to_evidence(row) for row in rows]
    assessment = level_reached(evidence, via_representative=case.via_representative)
    needed = needed_level(uow, case.id)
    with_payment = level_with_payment_data(uow, case, needed)
    logins: dict[int, str] = uow.verification.logins({row.agent_id for row in rows})
    missing, payment_missing = _missing_with_routes(
        uow, case, evidence, assessment, needed, with_payment
    )
    return VerificationStatus(
        case_id=case.id,
        case_reference=case.reference,
        case_state=CaseState(case.state),
        case_version=case.version,
        linked=case.customer_id is not None,
        via_representative=case.via_representative,
        level_reached=IdentityLevel(case.identity_level),
        level_needed=needed,
        missing=missing,
        attempts=tuple(
            AttemptView(
                VerificationMethod(row.method),
                KnowledgeFact(row.fact) if row.fact else None,
                row.succeeded,
                row.at,
                logins.get(row.agent_id),
                row.detail or "",
            )
            for row in rows
        ),
        code_waiting=code_waiting(uow, case.id, now),
        level_with_payment_data=with_payment,
        payment_level_missing=payment_missing,
    )


def _missing_with_routes(
    uow: UnitOfWork,
    case: Case,
    evidence: list[VerificationEvidence],
    assessment: LevelAssessment,
    needed: IdentityLevel,
    with_payment: IdentityLevel,
) -> tuple[tuple[MissingRequirement, ...], tuple[MissingRequirement, ...]]:
    """What the needed level lacks, and what the payment data's level lacks beyond it,
    each with the routes that remain (read from the records only when something lacks)."""
    for_needed = assessment.missing_for(needed)
    # The payment level is assessed in full, so that its facts are counted after the
    # needed level's; only what it adds is reported.
    for_payment = assessment.missing_for(with_payment) if with_payment > needed else ()
    if not for_needed and not for_payment:
        return (), ()
    options = _route_options(uow, case, {item.fact for item in evidence if item.fact})
    routes = routes_left(for_payment or for_needed, evidence, options) if options else {}

    def view(requirement: Requirement) -> MissingRequirement:
        return MissingRequirement(
            requirement, requirement.vi, requirement.en, routes.get(requirement, ())
        )

    return (
        tuple(view(req) for req in for_needed),
        tuple(view(req) for req in for_payment if req not in for_needed),
    )


def _route_options(uow: UnitOfWork, case: Case, asked: set[KnowledgeFact]) -> RouteOptions | None:
    """What the case and its customer's records allow; None for a case without a customer."""
    if case.customer_id is None:
        return None
    customer: Customer = uow.customers.linked_to(case)
    on_file = records.facts_on_file(uow.verification, customer)
    return RouteOptions(
        request_by_email=case.channel == Channel.EMAIL.value and bool(case.requester_email),
        registered_email=bool(uow.verification.registered_emails(customer.id)),
        registered_phone=bool(uow.verification.registered_phones(customer.id)),
        questions_left=sum(1 for fact in on_file if fact not in asked),
    )


def level_with_payment_data(uow: UnitOfWork, case: Case, needed: IdentityLevel) -> IdentityLevel:
    """``needed`` again counting the linked customer's payment data; the items are read
    a second time only for a customer who has some."""
    if case.customer_id is None or not uow.erasure.has_payment_data(case.customer_id):
        return needed
    return max(needed, needed_level(uow, case.id, payment_on_file=True))
