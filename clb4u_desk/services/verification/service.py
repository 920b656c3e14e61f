"""Verifying the requester's identity for a case (DESIGN.md section 4, "Identity verification").

Each method records one step as a ``VerificationAttempt`` and a ``verification_attempt``
decision-log entry (method, fact name, outcome; never the code, the answer or the
contact value), then recomputes the case's identity level from *all* its attempts with
``domain.identity.level_reached`` and stores it. When the level the case's request items
need is reached, a case still in received / awaiting identity moves to verified.

What needs which level here: nothing in this service shows the requester anything, and
what it shows the agent is a tick or a cross, a masked value, or the name of a fact
(never its value). So beyond the role (handle_case) and the case being linked to a
customer by the agent, no identity level is needed; the services that reveal or change
data (profile, copies, decisions) call ``guards.require_identity``.

Decisions where the design is silent:

- A case is linked to another customer only while it has no verification attempt: the
  attempts were checked against the first customer's records.
- A new one-time code supersedes any earlier one of the case; only the newest works.
- The code is mailed first and stored after, so that no SMTP wait holds the database
  write lock (SQLite takes it at BEGIN). If storing fails, the mailed code simply
  never works and the agent sends a new one.
- A fact asked once in a case (right or wrong) is not asked again (domain rule: a
  second try is guessing), and only facts the records hold are offered.
- A request "came from the registered email" only for requests received by email.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from clb4u_desk.adapters.smtp import DemoOutbox, MailSender, SmtpMailer, demo_outbox_folder
from clb4u_desk.audit.chain import canonical_details
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.answers import answers_match
from clb4u_desk.domain.case_actions import may_link_customer
from clb4u_desk.domain.cases import CaseState, Permission, check_transition
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.identifiers import mask_email, mask_phone_or_hide, phones_match
from clb4u_desk.domain.identity import (
    DEFAULT_CODE_POLICY,
    CodeCheck,
    IdDocumentSeen,
    IdDocumentType,
    IdentityLevel,
    KnowledgeFact,
    OneTimeCodePolicy,
    OneTimeCodeState,
    RandomBelow,
    VerificationEvidence,
    VerificationMethod,
    check_code,
    ensure_well_formed_code,
    issue_code,
    level_reached,
)
from clb4u_desk.domain.rights import Channel
from clb4u_desk.persistence.models import (
    Case,
    Customer,
    OneTimeCode,
    VerificationAttempt,
)
from clb4u_desk.persistence.repositories import THE_CASE, require_open, stale_as_concurrent
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.services.authz import SYSTEM, require_permission
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.verification import records as records
from clb4u_desk.services.verification.records import IdentifierMatch, KnowledgeQuestion
from clb4u_desk.services.verification.status import (
    AttemptView,
    MissingRequirement,
    VerificationStatus,
    verification_status,
)
from clb4u_desk.services.verification.status import CodeState as _CodeState
from clb4u_desk.services.verification.status import attempts as _attempts
from clb4u_desk.services.verification.status import case_status as _status
from clb4u_desk.services.verification.status import needed_level as _needed_level
from clb4u_desk.services.verification.status import to_evidence as _to_evidence

__all__ = [
    "AttemptView",
    "AuthorisationKind",
    "CodeCheckView",
    "CodeDestination",
    "CodeSent",
    "IdentifierMatch",
    "KnowledgeQuestion",
    "MissingRequirement",
    "VerificationService",
    "VerificationStatus",
]


class AuthorisationKind(StrEnum):
    """What shows that a representative may act for the subject."""

    WRITTEN_AUTHORISATION = "written_authorisation"  # giấy ủy quyền có chữ ký
    PARENT = "parent"  # cha mẹ của người chưa thành niên (legal representative of a minor)
    GUARDIAN = "guardian"  # người giám hộ
    OTHER_LEGAL = "other_legal"  # other representation by law, with proof


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class CodeDestination:
    """A registered email a code may go to, shown masked; pass ``email_id`` back."""

    email_id: int
    masked: str


@dataclass(frozen=True, slots=True)
class CodeSent:
    destination: str  # masked
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class CodeCheckView:
    outcome: CodeCheck  # ok / wrong / expired / locked
    tries_left: int
    status: VerificationStatus


@dataclass(frozen=True, slots=True)
class _Step:
    """One attempt to record, with extra decision-log details (no personal values)."""

    evidence: VerificationEvidence
    log: Mapping[str, Any] = field(default_factory=dict)


class _SystemRandom:
    """The ``secrets`` module's generator, as a RandomBelow."""

    def randbelow(self, exclusive_upper_bound: int, /) -> int:
        return secrets.randbelow(exclusive_upper_bound)


# --------------------------------------------------------------------------- service


def _default_mailer(ctx: ServiceContext) -> MailSender:
    # The demo's invented customers get their codes in the demo outbox, never by SMTP.
    if ctx.settings.demo:
        return DemoOutbox(demo_outbox_folder(ctx.settings))
    return SmtpMailer(ctx.settings.smtp)


class VerificationService:
    def __init__(
        self,
        ctx: ServiceContext,
        *,
        mailer: MailSender | None = None,
        rng: RandomBelow | None = None,
        code_policy: OneTimeCodePolicy = DEFAULT_CODE_POLICY,
    ) -> None:
        self._ctx = ctx
        self._mailer = mailer if mailer is not None else _default_mailer(ctx)
        self._rng = rng if rng is not None else _SystemRandom()
        self._policy = code_policy

    @property
    def demo_outbox(self) -> DemoOutbox | None:
        """Where the demo's mail goes (the GUI shows it), or None outside the demo."""
        return self._mailer if isinstance(self._mailer, DemoOutbox) else None

    # -- reading

    def status(self, actor: Actor, case_id: int) -> VerificationStatus:
        """Level needed and reached, what is missing, the attempts so far."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            return verification_status(uow, uow.cases.get(case_id), self._ctx.clock())

    def identifier_matches(self, actor: Actor, case_id: int) -> list[IdentifierMatch]:
        """Every identifier the request gave, ticked or crossed against the records.

        Shows the agent masked values of what the *request* said and a yes/no per
        identifier, nothing from the records: no identity level is needed (the agent
        uses it to decide whether the link is right).
        """
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            case = uow.cases.get(case_id)
            customer = uow.customers.linked_to(case)
            return records.identifier_matches(uow.verification, case, customer)

    def knowledge_questions(self, actor: Actor, case_id: int) -> list[KnowledgeQuestion]:
        """The facts on file not yet asked in this case, as questions without answers."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            case = uow.cases.get(case_id)
            customer = uow.customers.linked_to(case)
            asked = _asked_facts(uow, case.id)
            available = records.facts_on_file(uow.verification, customer)
            return [
                KnowledgeQuestion(fact, *records.PROMPTS[fact])
                for fact in KnowledgeFact
                if fact in available and fact not in asked
            ]

    def code_destinations(self, actor: Actor, case_id: int) -> list[CodeDestination]:
        """The customer's registered emails, masked: the only places a code may go."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            case = uow.cases.get(case_id)
            customer = uow.customers.linked_to(case)
            return [
                CodeDestination(row.id, mask_email(row.email))
                for row in uow.verification.registered_emails(customer.id)
            ]

    # -- linking and scope

    def link_customer(
        self, actor: Actor, case_id: int, customer_id: int, expected_version: int
    ) -> VerificationStatus:
        """Link the case to the customer whose records it concerns."""
        _require_agent(actor)
        with self._writing() as uow:
            case = uow.cases.changing(case_id, expected_version)
            customer = uow.customers.get(customer_id)
            if case.customer_id == customer.id:
                return _status(uow, case, self._ctx.clock())
            previous = case.customer_id
            if not may_link_customer(previous is not None, len(_attempts(uow, case.id))):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Case {reference} already has verification "
                        "steps recorded against another customer's records, so it "
                        "cannot be linked to a different one. Open a new case for "
                        "this customer.",
                    ),
                    reference=case.reference,
                )
            case.customer_id = customer.id
            uow.cases.flush()
            uow.log.append(
                actor=actor,
                action="case_customer_linked",
                case_reference=case.reference,
                subject=self._ctx.pseudonymise(customer.reference),
                details={"relinked": previous is not None},
                now=self._ctx.clock(),
            )
            self._recompute(uow, actor, case, customer)
            return _status(uow, case, self._ctx.clock())

    def set_includes_payment_data(
        self, actor: Actor, item_id: int, included: bool, expected_version: int
    ) -> VerificationStatus:
        """Say whether a request item covers payment data (L3 for access, copy, erasure)."""
        _require_agent(actor)
        with self._writing() as uow:
            item, case = uow.cases.changing_item(item_id, expected_version)
            scope = records.item_scope(item)
            scope["include_payment_data"] = bool(included)
            item.scope = canonical_details(scope)
            uow.cases.flush()
            uow.log.append(
                actor=actor,
                action="item_scope_changed",
                case_reference=case.reference,
                details={"item": item.id, "include_payment_data": bool(included)},
                now=self._ctx.clock(),
            )
            if case.customer_id is not None:
                self._recompute(uow, actor, case, uow.customers.linked_to(case))
            return _status(uow, case, self._ctx.clock())

    # -- methods

    def record_registered_email_origin(self, actor: Actor, case_id: int) -> VerificationStatus:
        """The request came from an email on file (checked, not taken on the agent's word)."""

        def step(uow: UnitOfWork, case: Case, customer: Customer) -> list[_Step]:
            if case.channel != Channel.EMAIL.value or not case.requester_email:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This request did not come by email, so it "
                        "cannot have come from the registered email; use a "
                        "one-time code or a callback instead.",
                    )
                )
            emails = [row.email for row in uow.verification.registered_emails(customer.id)]
            matched = case.requester_email.strip().casefold() in {e.casefold() for e in emails}
            note = "sent from a registered email" if matched else "sender is not a registered email"
            return [
                _Step(
                    VerificationEvidence(
                        VerificationMethod.REGISTERED_EMAIL_ORIGIN, matched, detail=note
                    )
                )
            ]

        return self._record(actor, case_id, step)

    def send_one_time_code(
        self,
        actor: Actor,
        case_id: int,
        destination_email: str | None = None,
        *,
        destination_id: int | None = None,
        channel: str = "email",
    ) -> CodeSent:
        """Mail a fresh code to a registered email of the linked customer.

        Name the destination by address or by ``CodeDestination.email_id``; an address
        not on file is refused, never used.
        """
        _require_agent(actor)
        if channel != "email":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only email codes can be sent from this "
                    "installation; for a phone, call the registered number back "
                    "instead.",
                )
            )
        with self._ctx.db.reader() as uow:
            case = uow.cases.get(case_id)
            require_open(case)
            customer = uow.customers.linked_to(case)
            address = _pick_destination(uow, customer.id, destination_email, destination_id)
            reference, language = case.reference, case.requester_language
        now = self._ctx.clock()
        issued = issue_code(self._rng, now, self._policy)
        minutes = int(self._policy.ttl.total_seconds() // 60)
        self._mailer.send(records.code_mail(address, issued.code, reference, minutes, language))
        with self._writing() as uow:
            case = uow.cases.get(case_id, for_update=True)
            require_open(case)
            customer = uow.customers.linked_to(case)
            _pick_destination(uow, customer.id, address, None)  # still on file
            code_id = self._store_code(uow, case, address, issued.state)
            uow.log.append(
                actor=actor,
                action="one_time_code_sent",
                case_reference=case.reference,
                subject=self._ctx.pseudonymise(customer.reference),
                details={"channel": channel, "code": code_id, "expires_minutes": minutes},
                now=now,
            )
        return CodeSent(mask_email(address), issued.state.expires_at(self._policy))

    def check_one_time_code(self, actor: Actor, case_id: int, typed: str) -> CodeCheckView:
        """Check the code the requester read out: ok, wrong (tries left), expired, locked.

        What cannot be a code (empty, letters, a digit too many or too few) is refused
        first: it uses no try and records no step.
        """
        ensure_well_formed_code(typed, self._policy)
        result: dict[str, Any] = {}

        def step(uow: UnitOfWork, case: Case, customer: Customer) -> list[_Step]:
            outcome, tries_left, method = self._check_code(uow, case, typed)
            result.update(outcome=outcome, tries_left=tries_left)
            evidence = VerificationEvidence(
                method, outcome is CodeCheck.OK, detail=f"one-time code: {outcome.value}"
            )
            return [_Step(evidence, {"outcome": outcome.value, "tries_left": tries_left})]

        status = self._record(actor, case_id, step)
        return CodeCheckView(result["outcome"], result["tries_left"], status)

    def record_callback(
        self, actor: Actor, case_id: int, phone: str, confirmed: bool
    ) -> VerificationStatus:
        """The agent called a registered phone back and the subject confirmed (or not)."""

        def step(uow: UnitOfWork, case: Case, customer: Customer) -> list[_Step]:
            if not phones_match(phone, uow.verification.registered_phones(customer.id)):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This number is not a registered phone of the "
                        "customer; call back only a number on file.",
                    )
                )
            note = f"callback to {mask_phone_or_hide(phone)}"
            return [
                _Step(
                    VerificationEvidence(
                        VerificationMethod.CALLBACK_PHONE, bool(confirmed), detail=note
                    )
                )
            ]

        return self._record(actor, case_id, step)

    def answer_knowledge_question(
        self, actor: Actor, case_id: int, fact: KnowledgeFact, typed: str
    ) -> bool:
        """Compare the requester's answer with the fact on file; True when it matches."""
        fact = KnowledgeFact(fact)
        result: list[bool] = []

        def step(uow: UnitOfWork, case: Case, customer: Customer) -> list[_Step]:
            on_file = records.facts_on_file(uow.verification, customer).get(fact)
            if on_file is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The records hold nothing for this question; choose another one."
                    )
                )
            if fact in _asked_facts(uow, case.id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This question was asked already in this case; choose another one.",
                    )
                )
            matched = answers_match(fact, typed, on_file)
            result.append(matched)
            return [
                _Step(
                    VerificationEvidence(VerificationMethod.KNOWLEDGE_QUESTION, matched, fact=fact)
                )
            ]

        self._record(actor, case_id, step)
        return result[0]

    def record_signed_declaration(self, actor: Actor, case_id: int) -> VerificationStatus:
        """A declaration signed by the requester was received (needed for L3)."""

        def step(uow: UnitOfWork, case: Case, customer: Customer) -> list[_Step]:
            return [
                _Step(
                    VerificationEvidence(
                        VerificationMethod.SIGNED_DECLARATION,
                        True,
                        detail="signed declaration received",
                    )
                )
            ]

        return self._record(actor, case_id, step)

    def record_representative(
        self,
        actor: Actor,
        case_id: int,
        authorisation_kind: AuthorisationKind,
        subject_confirmed: bool,
    ) -> VerificationStatus:
        """A representative acts: their authorisation was seen, and whether the subject
        confirmed the request directly. Marks the case as made through a representative."""
        kind = AuthorisationKind(authorisation_kind)

        def step(uow: UnitOfWork, case: Case, customer: Customer) -> list[_Step]:
            case.via_representative = True
            return [
                _Step(
                    VerificationEvidence(
                        VerificationMethod.REPRESENTATIVE_AUTHORISATION, True, detail=kind.value
                    ),
                    {"authorisation_kind": kind.value},
                ),
                _Step(
                    VerificationEvidence(
                        VerificationMethod.SUBJECT_CONFIRMED_DIRECTLY, bool(subject_confirmed)
                    )
                ),
            ]

        return self._record(actor, case_id, step)

    def record_id_document_seen(
        self, actor: Actor, case_id: int, doc_type: IdDocumentType, last4: str
    ) -> VerificationStatus:
        """The agent saw an ID document: its type and last 4 digits, never an image."""
        document = IdDocumentSeen(IdDocumentType(doc_type), last4)

        def step(uow: UnitOfWork, case: Case, customer: Customer) -> list[_Step]:
            evidence = VerificationEvidence(
                VerificationMethod.ID_DOCUMENT_SEEN,
                True,
                detail=_document_detail(document),
                id_document=document,
            )
            return [_Step(evidence, {"document_type": document.type.value})]

        return self._record(actor, case_id, step)

    # -- the unit of work

    @contextmanager
    def _writing(self) -> Iterator[UnitOfWork]:
        """A unit of work that commits when the block ends without an error."""
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_CASE):
            yield uow
            uow.commit()

    def _record(
        self,
        actor: Actor,
        case_id: int,
        steps: Callable[[UnitOfWork, Case, Customer], Sequence[_Step]],
    ) -> VerificationStatus:
        _require_agent(actor)
        with self._writing() as uow:
            case = uow.cases.get(case_id, for_update=True)
            require_open(case)
            customer = uow.customers.linked_to(case)
            now = self._ctx.clock()
            subject = self._ctx.pseudonymise(customer.reference)
            for item in steps(uow, case, customer):
                _add_attempt(uow, actor, case, item.evidence, now)
                uow.log.append(
                    actor=actor,
                    action="verification_attempt",
                    case_reference=case.reference,
                    subject=subject,
                    details=_log_details(item),
                    now=now,
                )
            self._recompute(uow, actor, case, customer)
            return _status(uow, case, now)

    def _recompute(self, uow: UnitOfWork, actor: Actor, case: Case, customer: Customer) -> None:
        """Store the level all attempts reach; move the case on when it is enough."""
        uow.cases.flush()
        assessment = level_reached(
            _evidence(uow, case.id), via_representative=case.via_representative
        )
        subject = self._ctx.pseudonymise(customer.reference)
        now = self._ctx.clock()
        if assessment.level != case.identity_level:
            before = case.identity_level
            case.identity_level = int(assessment.level)
            uow.cases.flush()
            uow.log.append(
                actor=actor,
                action="identity_level_changed",
                case_reference=case.reference,
                subject=subject,
                details={"from": before, "to": int(assessment.level)},
                now=now,
            )
        target = _next_state(CaseState(case.state), assessment.level, _needed_level(uow, case.id))
        if target is not None:
            current = CaseState(case.state)
            check_transition(current, target)
            case.state = target.value
            uow.cases.flush()
            uow.log.append(
                actor=actor,
                action="case_state_changed",
                case_reference=case.reference,
                subject=subject,
                details={
                    "from": current.value,
                    "to": target.value,
                    "outcome": None,
                    "reason": "identity_verification",
                },
                now=now,
            )

    def _store_code(
        self, uow: UnitOfWork, case: Case, address: str, state: OneTimeCodeState
    ) -> int:
        for old in uow.verification.codes_in_state(case.id, _CodeState.SENT.value):
            old.state = _CodeState.SUPERSEDED.value
        row = OneTimeCode(
            case_id=case.id,
            channel="email",
            destination_hash=self._ctx.pseudonymise(
                f"one-time-code-destination:{address.strip().casefold()}"
            ),
            code_hash=state.code_hash,
            salt=state.salt.hex(),
            created_at=state.issued_at,
            expires_at=state.expires_at(self._policy),
            tries=0,
            state=_CodeState.SENT.value,
        )
        uow.verification.add(row)
        uow.verification.flush()
        return row.id

    def _check_code(
        self, uow: UnitOfWork, case: Case, typed: str
    ) -> tuple[CodeCheck, int, VerificationMethod]:
        row = uow.verification.latest_code(case.id, for_update=True)
        if row is None or row.state in (_CodeState.USED.value, _CodeState.SUPERSEDED.value):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "No one-time code is waiting for this case; send a new one."
                )
            )
        stored = OneTimeCodeState(
            code_hash=row.code_hash,
            salt=bytes.fromhex(row.salt),
            issued_at=row.created_at,
            tries_used=row.tries,
        )
        checked = check_code(stored, typed, self._ctx.clock(), self._policy)
        row.tries = checked.state.tries_used
        row.state = {
            CodeCheck.OK: _CodeState.USED,
            CodeCheck.LOCKED: _CodeState.LOCKED,
            CodeCheck.EXPIRED: _CodeState.EXPIRED,
        }.get(checked.outcome, _CodeState.SENT).value
        method = (
            VerificationMethod.ONE_TIME_CODE_SMS
            if row.channel == "sms"
            else VerificationMethod.ONE_TIME_CODE_EMAIL
        )
        return checked.outcome, checked.tries_left, method


# --------------------------------------------------------------------------- helpers


def _require_agent(actor: Actor) -> None:
    require_permission(actor, Permission.HANDLE_CASE)
    if actor.role == SYSTEM:
        # Every step names the agent who took it (VerificationAttempt.agent_id).
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("errors", "Identity verification needs a signed-in user.")
        )


def _pick_destination(
    uow: UnitOfWork, customer_id: int, email: str | None, email_id: int | None
) -> str:
    if (email is None) == (email_id is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose one registered email to send the code to.")
        )
    for row in uow.verification.registered_emails(customer_id):
        if row.id == email_id or (
            email is not None and row.email.casefold() == email.strip().casefold()
        ):
            return row.email
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "A code goes only to an email registered for this customer; "
            "that address is not one of them.",
        )
    )


def _asked_facts(uow: UnitOfWork, case_id: int) -> set[KnowledgeFact]:
    return {KnowledgeFact(row.fact) for row in _attempts(uow, case_id) if row.fact}


def _document_detail(document: IdDocumentSeen) -> str:
    return f"{document.type.value} ••••{document.last4}"


def _evidence(uow: UnitOfWork, case_id: int) -> list[VerificationEvidence]:
    return [_to_evidence(row) for row in _attempts(uow, case_id)]


def _add_attempt(
    uow: UnitOfWork, actor: Actor, case: Case, evidence: VerificationEvidence, now: datetime
) -> None:
    uow.verification.add(
        VerificationAttempt(
            case_id=case.id,
            method=evidence.method.value,
            fact=evidence.fact.value if evidence.fact else None,
            succeeded=evidence.succeeded,
            detail=evidence.detail or None,
            agent_id=actor.account_id,
            at=now,
        )
    )


def _log_details(step: _Step) -> dict[str, Any]:
    evidence = step.evidence
    return {
        "method": evidence.method.value,
        "fact": evidence.fact.value if evidence.fact else None,
        "succeeded": evidence.succeeded,
        **step.log,
    }


def _next_state(
    state: CaseState, reached: IdentityLevel, needed: IdentityLevel
) -> CaseState | None:
    """Verified once enough; a received case whose checks began awaits identity."""
    if state in (CaseState.RECEIVED, CaseState.AWAITING_IDENTITY) and reached >= needed:
        return CaseState.VERIFIED
    if state is CaseState.RECEIVED:
        return CaseState.AWAITING_IDENTITY
    return None
