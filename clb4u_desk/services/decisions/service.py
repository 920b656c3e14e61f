"""Decisions on a request: rectification, restriction, objection, consent withdrawal,
suppression of a contact point, and proposals to refuse or extend an item (four eyes).

Every changing call runs in one unit of work that checks the requester's identity
level first, checks the version the user saw (``ConcurrentChangeError`` when someone
changed the row meanwhile: nothing is written), makes the change and appends its
decision-log entry, so the change and its record commit together or not at all.

Log entries name fields, categories, purposes, channels, counts and ids; values
(old and new, reasons, contact points) appear only as keyed hashes (HMAC-SHA-256 with
the pseudonym key, ``ServiceContext.log_value_hash``), never as plain hashes that could
be reversed by trying every phone number, email or ZIP code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from clb4u_desk.audit import chain
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.case_actions import may_propose_refusal
from clb4u_desk.domain.cases import CaseState, ItemOutcome, Permission
from clb4u_desk.domain.categories import ContactChannel, DataCategory, Purpose
from clb4u_desk.domain.deadlines import Extension, extend
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    IllegalTransitionError,
    NotFoundError,
    ValidationError,
)
from clb4u_desk.domain.identity import IdentityLevel
from clb4u_desk.domain.processing_limits import EMAIL_CHANNELS, PHONE_CHANNELS, contact_key
from clb4u_desk.domain.refusals import RefusalText, check_refusal_input, refusal_text
from clb4u_desk.domain.rights import Right
from clb4u_desk.persistence.models import Approval, Case, Consent, Restriction, Suppression
from clb4u_desk.persistence.repositories import (
    THE_CASE,
    THE_ITEM,
    check_version,
    require_open,
    stale_as_concurrent,
)
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.services.approvals.service import (
    ApprovalHandler,
    ApprovalKind,
    ApprovalService,
)
from clb4u_desk.services.authz import require_permission
from clb4u_desk.services.cases.deadlines import DeadlineRules, parse_regimes
from clb4u_desk.services.cases.service import (
    apply_item_extension,
    apply_item_outcome,
    complete_items,
    start_work,
)
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.decisions.rectification_plan import (
    PlannedChange,
    apply_changes,
    change_details,
    check_versions,
    current_fields,
    plan_changes,
    to_preview,
)
from clb4u_desk.services.decisions.support import (
    MAX_NOTE,
    agent_text,
    append_to_scope,
    approved_item,
    disclosure_recipients,
    pending_item,
    proposable_item,
    restriction_view,
)
from clb4u_desk.services.decisions.views import (
    AppliedChange,
    ConsentChangeResult,
    ExtensionProposal,
    FieldChange,
    NotificationRecorded,
    RecipientToTell,
    RectificationPreview,
    RectificationResult,
    RefusalProposal,
    RestrictionResult,
    RestrictionView,
    SuppressionView,
)
from clb4u_desk.services.guards import require_decision_state, require_identity

__all__ = [
    "NOTICE_CHANNELS",
    "AppliedChange",
    "ConsentChangeResult",
    "DecisionService",
    "ExtensionProposal",
    "FieldChange",
    "NotificationRecorded",
    "RecipientToTell",
    "RectificationPreview",
    "RectificationResult",
    "RefusalProposal",
    "RestrictionResult",
    "RestrictionView",
    "SuppressionView",
]

# How a requester or a recipient was told: the channels we write on, plus in person
# and a recipient's own portal.
NOTICE_CHANNELS: tuple[str, ...] = (*(c.value for c in ContactChannel), "in_person", "portal")
NOTIFIABLE_DECISIONS = ("rectification", "restriction", "erasure")
MAX_REASON = 300  # the restriction table's reason column
_SOURCE_LIMIT = 64


# What the agent's texts and the conflicts are called in the errors, marked for the GUI.
_CORRECTION_REASON = QT_TRANSLATE_NOOP("errors", "The reason for the correction")
_EVIDENCE = QT_TRANSLATE_NOOP("errors", "The evidence")
_A_RECORD = QT_TRANSLATE_NOOP("errors", "A record")
_RESTRICTION_REASON = QT_TRANSLATE_NOOP("errors", "The reason for the restriction")
_THE_RESTRICTION = QT_TRANSLATE_NOOP("errors", "The restriction")
_EXTENSION_REASON = QT_TRANSLATE_NOOP("errors", "The reason for the extension")


# --------------------------------------------------------------------------- approvals


class _RefusalHandler:
    """On approval, the item is refused with the reason and legal ground proposed."""

    def __init__(self, service: DecisionService) -> None:
        self._service = service

    def on_approved(self, uow: UnitOfWork, approval: Approval, decider: Actor) -> None:
        self._service._carry_out_refusal(uow, approval, decider)


class _ExtensionHandler:
    """On approval, the item's one extension is applied (the requester is told now)."""

    def __init__(self, service: DecisionService) -> None:
        self._service = service

    def on_approved(self, uow: UnitOfWork, approval: Approval, decider: Actor) -> None:
        self._service._carry_out_extension(uow, approval, decider)


# --------------------------------------------------------------------------- the service


class DecisionService:
    def __init__(self, ctx: ServiceContext, approvals: ApprovalService) -> None:
        self._ctx = ctx
        self._approvals = approvals
        self._rules: DeadlineRules | None = None

    @property
    def rules(self) -> DeadlineRules:
        if self._rules is None:
            self._rules = DeadlineRules.load(self._ctx.settings)
        return self._rules

    def approval_handlers(self) -> dict[ApprovalKind, ApprovalHandler]:
        """What app.py registers on the ApprovalService: refusal and extension."""
        return {
            ApprovalKind.REFUSAL: _RefusalHandler(self),
            ApprovalKind.EXTENSION: _ExtensionHandler(self),
        }

    def _subject(self, repos: UnitOfWork, case: Case) -> str | None:
        if case.customer_id is None:
            return None
        reference = repos.customers.reference_of(case.customer_id)
        return self._ctx.pseudonymise(reference) if reference is not None else None

    def _log(
        self,
        repos: UnitOfWork,
        actor: Actor,
        case: Case,
        action: str,
        details: Mapping[str, Any],
    ) -> None:
        repos.log.append(
            actor=actor,
            action=action,
            case_reference=case.reference,
            subject=self._subject(repos, case),
            details=details,
            now=self._ctx.clock(),
        )

    # -- rectification (GDPR Art. 16, 19)

    def preview_rectification(
        self, actor: Actor, case_id: int, changes: Sequence[FieldChange]
    ) -> list[RectificationPreview]:
        """Before and after of each field, values as they will be stored; writes nothing."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            case = uow.cases.get(case_id)
            customer = uow.customers.linked_to(case)
            planned = plan_changes(uow.records, customer.id, changes, lock=False)
            self._require_rectification_identity(case, planned)
            return [to_preview(p) for p in planned]

    def editable_fields(self, actor: Actor, case_id: int) -> list[RectificationPreview]:
        """Every field the agent may correct for this case, with its value and version now.

        Below L2 only contact data is listed: that is all the case may change (and the
        agent need not see more to change it). ``before`` and ``after`` are both the
        current value; keep the versions as the ``expected_versions`` of ``rectify``.
        """
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            case = uow.cases.get(case_id)
            customer = uow.customers.linked_to(case)
            require_identity(case, Right.RECTIFICATION, contact_point_only=True)
            everything = case.identity_level >= IdentityLevel.L2
            return [
                to_preview(p)
                for p in current_fields(uow.records, customer.id)
                if everything or p.contact
            ]

    @staticmethod
    def _require_rectification_identity(
        case: Case, planned: Sequence[PlannedChange]
    ) -> IdentityLevel:
        # Correcting contact data needs L1, anything else L2 (DESIGN.md section 4).
        return require_identity(
            case, Right.RECTIFICATION, contact_point_only=all(p.contact for p in planned)
        )

    def rectify(
        self,
        actor: Actor,
        case_id: int,
        changes: Sequence[FieldChange],
        *,
        reason: str,
        evidence: str,
        expected_versions: Mapping[str, int],
        complete_item: bool = True,
    ) -> RectificationResult:
        """Correct the fields; returns the recipients who must be told (Art. 19).

        The correction answers the request: its item is marked done in the same
        transaction, unless ``complete_item`` is False (more is to be done for it).

        ``expected_versions`` maps each record's key (``RectificationPreview.key``) to
        the version the agent saw. A stale one raises ConcurrentChangeError and nothing
        is written.
        """
        require_permission(actor, Permission.HANDLE_CASE)
        reason = agent_text(reason, _CORRECTION_REASON, MAX_NOTE)
        evidence = agent_text(evidence, _EVIDENCE, MAX_NOTE, required=False)
        with self._ctx.db.uow() as uow, stale_as_concurrent(_A_RECORD):
            case = uow.cases.get(case_id, for_update=True)
            require_open(case)
            customer = uow.customers.linked_to(case)
            planned = plan_changes(uow.records, customer.id, changes, lock=True)
            needed = self._require_rectification_identity(case, planned)
            require_decision_state(case)
            check_versions(uow.records, planned, expected_versions)
            changed = [p for p in planned if p.changed]
            if not changed:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The new values are the same as those held; there is nothing to correct.",
                    )
                )
            item = pending_item(uow.cases, case, [Right.RECTIFICATION])
            start_work(uow, actor, case, self._ctx.clock(), action="rectification")
            apply_changes(uow.records, changed)
            result = self._rectified(uow, case, customer.id, changed)
            append_to_scope(
                item,
                "rectifications",
                {
                    "at": chain.format_timestamp(self._ctx.clock()),
                    "by": actor.login,
                    "fields": [f"{p.key}.{p.spec.field}" for p in changed],
                    "reason": reason,
                    "evidence": evidence,
                },
            )
            uow.records.flush()
            self._log(
                uow,
                actor,
                case,
                "rectification",
                {
                    "item": item.id,
                    "changes": [change_details(p, self._ctx.log_value_hash) for p in changed],
                    "count": len(changed),
                    "categories": list(result.categories),
                    "identity_level_needed": needed.label,
                    "recipients": [r.disclosure_id for r in result.recipients],
                    "reason_hmac": self._ctx.log_value_hash(reason),
                    "evidence_hmac": self._ctx.log_value_hash(evidence),
                },
            )
            if complete_item:  # the correction answers the request: its clock stops
                complete_items(uow, self.rules, actor, case, [item], self._ctx.clock())
            uow.commit()
            return result

    @staticmethod
    def _rectified(
        uow: UnitOfWork, case: Case, customer_id: int, changed: Sequence[PlannedChange]
    ) -> RectificationResult:
        categories = tuple(sorted({p.spec.category.value for p in changed}))
        applied = tuple(
            AppliedChange(
                p.key, p.spec.table, p.row.id, p.spec.field, p.spec.category.value, p.row.version
            )
            for p in changed
        )
        return RectificationResult(
            case.id,
            applied,
            categories,
            disclosure_recipients(uow.decisions, customer_id, categories),
        )

    def recipients_to_tell(
        self, actor: Actor, case_id: int, categories: Iterable[DataCategory | str]
    ) -> list[RecipientToTell]:
        """The recipients of the case customer's data in ``categories`` (Art. 19 list)."""
        require_permission(actor, Permission.HANDLE_CASE)
        wanted = [DataCategory(c).value for c in categories]
        with self._ctx.db.reader() as uow:
            case = uow.cases.get(case_id)
            customer = uow.customers.linked_to(case)
            return list(disclosure_recipients(uow.decisions, customer.id, wanted))

    def record_recipient_notified(
        self,
        actor: Actor,
        case_id: int,
        disclosure_id: int,
        channel: str,
        *,
        about: str = "rectification",
    ) -> NotificationRecorded:
        """Log that a recipient was told of a rectification, restriction or erasure."""
        require_permission(actor, Permission.HANDLE_CASE)
        if channel not in NOTICE_CHANNELS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose how the recipient was told: {channels}."),
                channels=", ".join(NOTICE_CHANNELS),
            )
        if about not in NOTIFIABLE_DECISIONS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Recipients are told of: {decisions}."),
                decisions=", ".join(NOTIFIABLE_DECISIONS),
            )
        with self._ctx.db.uow() as uow:
            case = uow.cases.get(case_id)
            customer = uow.customers.linked_to(case)
            disclosure = uow.decisions.disclosure(disclosure_id)
            if disclosure is None or disclosure.customer_id != customer.id:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "No such recipient for this case's customer.")
                )
            now = self._ctx.clock()
            self._log(
                uow,
                actor,
                case,
                "recipient_notified",
                {"disclosure": disclosure.id, "channel": channel, "about": about},
            )
            uow.commit()
            return NotificationRecorded(disclosure.id, channel, about, now)

    # -- restriction (GDPR Art. 18; Law 91/2025 Art. 4)

    def restrict(
        self,
        actor: Actor,
        case_id: int,
        *,
        categories: Sequence[DataCategory] = (),
        purposes: Sequence[Purpose] = (),
        reason: str,
        expected_version: int,
        complete_item: bool = True,
    ) -> RestrictionResult:
        """Restrict processing of categories and/or purposes to storage only; the
        restriction item is then done, unless ``complete_item`` is False."""
        require_permission(actor, Permission.HANDLE_CASE)
        cats = sorted({DataCategory(c) for c in categories})
        purps = sorted({Purpose(p) for p in purposes})
        if not cats and not purps:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose at least one category or purpose to restrict.")
            )
        reason = agent_text(reason, _RESTRICTION_REASON, MAX_REASON)
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_CASE):
            case = uow.cases.changing(case_id, expected_version)
            item = pending_item(uow.cases, case, [Right.RESTRICTION])
            require_identity(case, Right.RESTRICTION)
            require_decision_state(case)
            customer = uow.customers.linked_to(case)
            start_work(uow, actor, case, self._ctx.clock(), action="restriction")
            wanted = [(c.value, None) for c in cats] + [(None, p.value) for p in purps]
            active = uow.decisions.active_restrictions(customer.id)
            already = [r for r in active if (r.category, r.purpose) in wanted]
            created = [
                self._new_restriction(uow, customer.id, case.id, c, p, reason)
                for c, p in wanted
                if not any((r.category, r.purpose) == (c, p) for r in already)
            ]
            uow.decisions.touch(case)
            uow.decisions.flush()
            recipients = disclosure_recipients(uow.decisions, customer.id, [c.value for c in cats])
            self._log(
                uow,
                actor,
                case,
                "restriction",
                {
                    "item": item.id,
                    "restrictions": [r.id for r in created],
                    "categories": [c.value for c in cats],
                    "purposes": [p.value for p in purps],
                    "already_active": len(already),
                    "reason_hmac": self._ctx.log_value_hash(reason),
                    "recipients": [r.disclosure_id for r in recipients],
                },
            )
            if complete_item:
                complete_items(uow, self.rules, actor, case, [item], self._ctx.clock())
            uow.commit()
            return RestrictionResult(
                tuple(map(restriction_view, created)),
                tuple(map(restriction_view, already)),
                recipients,
                case.version,
            )

    def _new_restriction(
        self,
        uow: UnitOfWork,
        customer_id: int,
        case_id: int,
        category: str | None,
        purpose: str | None,
        reason: str,
    ) -> Restriction:
        row = Restriction(
            customer_id=customer_id,
            category=category,
            purpose=purpose,
            reason=reason,
            since=self._ctx.clock(),
            lifted_at=None,
            case_id=case_id,
            version=1,
        )
        uow.decisions.add(row)
        return row

    def lift_restriction(
        self,
        actor: Actor,
        case_id: int,
        restriction_id: int,
        *,
        requester_told: bool,
        how: str,
        expected_version: int,
    ) -> RestrictionView:
        """Lift a restriction; the requester must have been told before (GDPR Art. 18(3)).

        ``expected_version`` is the restriction's version as the user saw it.
        """
        require_permission(actor, Permission.HANDLE_CASE)
        if not requester_told:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Tell the requester before the restriction is "
                    "lifted (GDPR Art. 18(3)), then confirm that they were told.",
                )
            )
        if how not in NOTICE_CHANNELS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say how the requester was told: {channels}."),
                channels=", ".join(NOTICE_CHANNELS),
            )
        with self._ctx.db.uow() as uow:
            case = uow.cases.get(case_id, for_update=True)
            require_open(case)
            require_identity(case, Right.RESTRICTION)
            # A decision on the records like the restriction itself: while the work is done.
            require_decision_state(case)
            customer = uow.customers.linked_to(case)
            row = uow.decisions.restriction(restriction_id, for_update=True)
            if row is None or row.customer_id != customer.id:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "No such restriction for this case's customer.")
                )
            check_version(_THE_RESTRICTION, row.version, expected_version)
            if row.lifted_at is not None:
                raise IllegalTransitionError(
                    QT_TRANSLATE_NOOP("errors", "This restriction has been lifted already.")
                )
            start_work(uow, actor, case, self._ctx.clock(), action="restriction_lifted")
            row.lifted_at = self._ctx.clock()
            row.version = row.version + 1
            uow.decisions.flush()
            self._log(
                uow,
                actor,
                case,
                "restriction_lifted",
                {
                    "restriction": row.id,
                    "category": row.category,
                    "purpose": row.purpose,
                    "requester_told": True,
                    "how": how,
                },
            )
            uow.commit()
            return restriction_view(row)

    def active_restrictions(self, actor: Actor, customer_id: int) -> list[RestrictionView]:
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            return [restriction_view(r) for r in uow.decisions.active_restrictions(customer_id)]

    # -- objection (GDPR Art. 21) and consent withdrawal (Art. 7(3))

    def object(
        self,
        actor: Actor,
        case_id: int,
        *,
        purposes: Sequence[Purpose],
        channels: Sequence[ContactChannel] = (),
        expected_version: int,
        complete_item: bool = True,
    ) -> ConsentChangeResult:
        """Record an objection per purpose and channel (all channels when none are named).

        An objection to direct marketing also covers the profiling done for it (GDPR
        Art. 21(2)), so targeted ads are added to marketing. Nothing is deleted.
        """
        chosen = {Purpose(p) for p in purposes}
        if Purpose.MARKETING in chosen:
            chosen.add(Purpose.TARGETED_ADS)
        return self._refuse_consent(
            actor,
            case_id,
            Right.OBJECTION,
            "objection",
            chosen,
            channels,
            expected_version,
            complete_item=complete_item,
        )

    def withdraw_consent(
        self,
        actor: Actor,
        case_id: int,
        *,
        purposes: Sequence[Purpose],
        channels: Sequence[ContactChannel] = (),
        expected_version: int,
        complete_item: bool = True,
    ) -> ConsentChangeResult:
        """Withdraw consent per purpose and channel (all channels when none are named).

        Not retroactive and nothing is deleted: the consent rows say "refused" from now.
        """
        return self._refuse_consent(
            actor,
            case_id,
            Right.CONSENT_WITHDRAWAL,
            "consent_withdrawal",
            {Purpose(p) for p in purposes},
            channels,
            expected_version,
            complete_item=complete_item,
        )

    def _refuse_consent(
        self,
        actor: Actor,
        case_id: int,
        right: Right,
        action: str,
        purposes: set[Purpose],
        channels: Sequence[ContactChannel],
        expected_version: int,
        *,
        complete_item: bool,
    ) -> ConsentChangeResult:
        """Refuse the purposes on the channels; the item is then done, unless
        ``complete_item`` is False (another purpose is still to be recorded)."""
        require_permission(actor, Permission.HANDLE_CASE)
        if not purposes:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose at least one purpose."))
        purps = sorted(purposes)
        chans = sorted({ContactChannel(c) for c in channels} or set(ContactChannel))
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_CASE):
            case = uow.cases.changing(case_id, expected_version)
            item = pending_item(uow.cases, case, [right])
            require_identity(case, right)
            require_decision_state(case)
            customer = uow.customers.linked_to(case)
            start_work(uow, actor, case, self._ctx.clock(), action=action)
            source = f"DSR {case.reference}"[:_SOURCE_LIMIT]
            counts = [0, 0, 0]  # refused now, recorded, already refused
            for purpose in purps:
                for channel in chans:
                    counts[self._refuse_pair(uow, customer.id, purpose, channel, source)] += 1
            uow.decisions.touch(case)
            uow.decisions.flush()
            self._log(
                uow,
                actor,
                case,
                action,
                {
                    "item": item.id,
                    "purposes": [p.value for p in purps],
                    "channels": [c.value for c in chans],
                    "refused_now": counts[0],
                    "recorded": counts[1],
                    "already_refused": counts[2],
                    "deleted": 0,
                },
            )
            if complete_item:
                complete_items(uow, self.rules, actor, case, [item], self._ctx.clock())
            uow.commit()
            return ConsentChangeResult(
                tuple(p.value for p in purps),
                tuple(c.value for c in chans),
                counts[0],
                counts[1],
                counts[2],
                case.version,
            )

    def _refuse_pair(
        self,
        uow: UnitOfWork,
        customer_id: int,
        purpose: Purpose,
        channel: ContactChannel,
        source: str,
    ) -> int:
        """0: granted rows now refused; 1: a refusal added; 2: refused already."""
        rows = uow.decisions.consents(customer_id, purpose.value, channel.value)
        now = self._ctx.clock()
        if not rows:
            # Recorded even where nothing was held, so a later import cannot read
            # silence as consent.
            uow.decisions.add(
                Consent(
                    customer_id=customer_id,
                    purpose=purpose.value,
                    channel=channel.value,
                    granted=False,
                    changed_at=now,
                    source=source,
                    version=1,
                )
            )
            return 1
        granted = [row for row in rows if row.granted]
        for row in granted:
            row.granted, row.changed_at, row.source = False, now, source
            row.version = row.version + 1
        return 0 if granted else 2

    def suppress_contact_point(
        self,
        actor: Actor,
        case_id: int,
        channel: ContactChannel,
        *,
        purpose: Purpose = Purpose.MARKETING,
        expected_version: int,
    ) -> SuppressionView:
        """Stop marketing to the email or phone the request came from, at once (L0).

        No customer link is needed: stopping messages to a contact point harms nobody,
        whoever asks (GDPR Art. 21(3) is absolute).
        """
        require_permission(actor, Permission.HANDLE_CASE)
        channel, purpose = ContactChannel(channel), Purpose(purpose)
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_CASE):
            case = uow.cases.changing(case_id, expected_version)
            item = pending_item(uow.cases, case, [Right.OBJECTION, Right.CONSENT_WITHDRAWAL])
            require_identity(case, Right.OBJECTION, contact_point_only=True)
            key = contact_key(channel, self._contact_point(case, channel))
            start_work(uow, actor, case, self._ctx.clock(), action="suppression")
            row = uow.decisions.suppression(key, channel.value, purpose.value)
            already = row is not None
            if row is None:
                row = Suppression(
                    contact_key=key,
                    channel=channel.value,
                    purpose=purpose.value,
                    since=self._ctx.clock(),
                    case_id=case.id,
                )
                uow.decisions.add(row)
            uow.decisions.touch(case)
            uow.decisions.flush()
            self._log(
                uow,
                actor,
                case,
                "suppression",
                {
                    "item": item.id,
                    "channel": channel.value,
                    "purpose": purpose.value,
                    "contact_key_hmac": self._ctx.log_value_hash(key),
                    "already_suppressed": already,
                },
            )
            uow.commit()
            return SuppressionView(
                row.id,
                row.contact_key,
                row.channel,
                row.purpose,
                row.since,
                row.case_id,
                already,
                case.version,
            )

    @staticmethod
    def _contact_point(case: Case, channel: ContactChannel) -> str:
        if channel in EMAIL_CHANNELS:
            if not case.requester_email:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The request gave no email address to stop messages to."
                    )
                )
            return case.requester_email
        if channel in PHONE_CHANNELS:
            if not case.requester_phone:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The request gave no phone number to stop messages to."
                    )
                )
            return case.requester_phone
        return ""  # contact_key explains why this channel cannot be suppressed

    # -- refusal and extension (four eyes)

    def preview_refusal(
        self, actor: Actor, item_id: int, reason: str, legal_ground: str
    ) -> RefusalText:
        """The text the requester would receive, complaint route included; writes nothing."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            item, case = uow.cases.item(item_id)
            return refusal_text(
                Right(item.right), reason, legal_ground, parse_regimes(case.regimes)
            )

    def propose_refusal(
        self, actor: Actor, item_id: int, reason: str, legal_ground: str, *, expected_version: int
    ) -> RefusalProposal:
        """Propose refusing the item; a different supervisor approves or rejects it.

        ``expected_version`` is the item's version as the user saw it.
        """
        require_permission(actor, Permission.HANDLE_CASE)
        reason, legal_ground = check_refusal_input(reason, legal_ground)
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_ITEM):
            item, case = proposable_item(uow.cases, uow.decisions, item_id, expected_version)
            if not may_propose_refusal(CaseState(case.state)):
                raise IllegalTransitionError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Case {reference} is {state}; an item cannot be marked {outcome} now.",
                    ),
                    reference=case.reference,
                    state=case.state.replace("_", " "),
                    outcome=ItemOutcome.REFUSED.value,
                )
            text = refusal_text(
                Right(item.right), reason, legal_ground, parse_regimes(case.regimes)
            )
            approval = self._approvals.propose(
                uow,
                actor,
                case,
                ApprovalKind.REFUSAL,
                {
                    "item": item.id,
                    "right": item.right,
                    "reason": reason,
                    "legal_ground": legal_ground,
                    "text_vi": text.text_vi,
                    "text_en": text.text_en,
                    "complaint_routes": [r.value for r in text.routes],
                },
                item_id=item.id,
            )
            uow.commit()
            return RefusalProposal(
                approval.id,
                approval.version,
                item.id,
                text.text_vi,
                text.text_en,
                tuple(r.value for r in text.routes),
            )

    def propose_extension(
        self, actor: Actor, item_id: int, reason: str, *, expected_version: int
    ) -> ExtensionProposal:
        """Propose the item's one extension; applied when a supervisor approves it."""
        require_permission(actor, Permission.HANDLE_CASE)
        reason = agent_text(reason, _EXTENSION_REASON, MAX_NOTE)
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_ITEM):
            item, case = proposable_item(uow.cases, uow.decisions, item_id, expected_version)
            if item.extended:
                raise IllegalTransitionError(
                    QT_TRANSLATE_NOOP(
                        "errors", "This item was extended once already; no second extension."
                    )
                )
            # A dry run now, so a late or impossible extension is refused before it
            # reaches a supervisor (the engine runs again, for real, on approval).
            trial = extend(
                self.rules.item_input(case, item),
                Extension(self._ctx.clock(), reason),
                self.rules.policy,
                self.rules.calendar,
            )
            assert trial.deadline.due is not None  # extend() raises while the clock stands
            approval = self._approvals.propose(
                uow,
                actor,
                case,
                ApprovalKind.EXTENSION,
                {
                    "item": item.id,
                    "right": item.right,
                    "reason": reason,
                    "previous_due": trial.previous_due.isoformat() if trial.previous_due else None,
                    "proposed_due": trial.deadline.due.isoformat(),
                },
                item_id=item.id,
            )
            uow.commit()
            return ExtensionProposal(
                approval.id,
                approval.version,
                item.id,
                trial.previous_due,
                trial.deadline.due,
                trial.notice.text_vi,
                trial.notice.text_en,
            )

    def _carry_out_refusal(self, uow: UnitOfWork, approval: Approval, decider: Actor) -> None:
        item, case, payload = approved_item(uow.cases, approval)
        reason, legal_ground = str(payload["reason"]), str(payload["legal_ground"])
        now = self._ctx.clock()
        apply_item_outcome(
            uow,
            self.rules,
            decider,
            case,
            item,
            ItemOutcome.REFUSED,
            f"{reason} (Căn cứ pháp lý / Legal ground: {legal_ground})",
            now,
        )
        self._log(
            uow,
            decider,
            case,
            "refusal",
            {
                "approval": approval.id,
                "item": item.id,
                "right": item.right,
                "reason_hmac": self._ctx.log_value_hash(reason),
                "legal_ground_hmac": self._ctx.log_value_hash(legal_ground),
                "complaint_routes": list(payload.get("complaint_routes", [])),
            },
        )

    def _carry_out_extension(self, uow: UnitOfWork, approval: Approval, decider: Actor) -> None:
        item, case, payload = approved_item(uow.cases, approval)
        # Logged there as "item_extended", with the due dates before and after.
        apply_item_extension(
            uow, self.rules, decider, case, item, str(payload["reason"]), self._ctx.clock()
        )
