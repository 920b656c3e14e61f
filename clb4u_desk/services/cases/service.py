"""Working on a case: state changes, assignment, acknowledgement, item deadlines, outcomes.

Every changing call takes the version the user saw (the case's, or the item's for item
calls). When the row has moved on meanwhile, ``ConcurrentChangeError`` is raised and
nothing is written. Every change is logged in the same unit of work.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from clb4u_desk.audit import chain
from clb4u_desk.domain.acknowledgement import (
    AcknowledgedItem,
    AcknowledgementInput,
    acknowledgement,
)
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.case_actions import (
    may_assign,
    may_change_third_party,
    may_mark_item,
    may_move_manually,
    may_pause,
    offers_move,
    sets_refusal_directly,
    starts_work,
)
from clb4u_desk.domain.cases import (
    CaseOutcome,
    CaseState,
    ItemOutcome,
    Permission,
    allowed_targets,
    check_transition,
    closing_outcome,
)
from clb4u_desk.domain.deadlines import Extension, ExtensionResult, Pause, Urgency, extend
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    IdentityNotVerifiedError,
    IllegalTransitionError,
    NotFoundError,
    ValidationError,
)
from clb4u_desk.domain.free_text import optional_text, paragraph
from clb4u_desk.domain.identity import IdentityLevel
from clb4u_desk.domain.rights import Channel, Regime, Right
from clb4u_desk.persistence.models import Attachment, Case, RequestItem
from clb4u_desk.persistence.repositories import (
    THE_CASE,
    THE_ITEM,
    stale_as_concurrent,
)
from clb4u_desk.persistence.repositories import RelatedCase as RelatedCase  # the page's DTO
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.services.authz import ADMIN, SUPERVISOR, require_permission, require_role
from clb4u_desk.services.cases.deadlines import (
    REGIME_ORDER,
    DeadlineRules,
    ItemClock,
    parse_regimes,
    read_clock,
    read_decided_on,
    write_clock,
    write_decided_on,
)
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.decisions.support import MAX_NOTE, agent_text, append_to_scope
from clb4u_desk.services.verification.status import needed_level

# Where an item keeps the agent's words on a processor or third party having to act.
_THIRD_PARTY_KEY = "third_party"


# Names of the texts an agent types, in the messages that refuse them.
_PAUSE_REASON = QT_TRANSLATE_NOOP("errors", "The reason the clock stops")
_THIRD_PARTY_REASON = QT_TRANSLATE_NOOP(
    "errors", "The reason a processor or third party must act (or no longer must)"
)
_OUTCOME_REASON = QT_TRANSLATE_NOOP("errors", "The reason for the outcome")
_EXTENSION_REASON = QT_TRANSLATE_NOOP("errors", "The reason for the extension")


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class ItemDetail:
    id: int
    right: Right
    third_party: bool  # a processor or third party must act: the longer periods apply
    third_party_reason: str | None  # the agent's words when that was last said or undone
    due_on: date | None  # None while the clock is stopped
    base_due_on: date  # the bare period, without extension or pauses
    regime: Regime | None  # whose period gives the due date; None while stopped
    extended: bool
    extension_reason: str | None
    clock_stopped: bool
    paused_since: date | None  # set while a pause is open
    paused_days: int  # days of closed pauses that moved the due date
    outcome: ItemOutcome
    outcome_reason: str | None
    decided_on: date | None  # the day the outcome was recorded: the clock stopped for good
    urgency: Urgency | None  # None once decided
    notes: tuple[str, ...]  # reminders from the rules
    version: int


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: int
    display_name: str  # sanitised; show it, never use it as a path
    content_type: str
    size: int
    sha256: str
    added_at: datetime


@dataclass(frozen=True, slots=True, repr=False)
class CaseDetail:
    id: int
    reference: str
    channel: Channel
    received_at: datetime
    requester_name: str
    requester_email: str | None
    requester_phone: str | None  # E.164
    requester_address: str | None
    language: str  # "vi" / "en"
    customer_id: int | None
    regimes: tuple[Regime, ...]
    state: CaseState
    outcome: CaseOutcome | None
    identity_level: int
    via_representative: bool
    assignee_id: int | None
    assignee_name: str | None
    related_case: RelatedCase | None  # linked by an agent
    possibly_related: tuple[RelatedCase, ...]  # same contact point within 30 days
    acknowledged_at: datetime | None
    acknowledge_by: date  # VN 2 working days, capped at the earliest item due date
    due_on: date | None  # earliest running due date of an open item
    urgency: Urgency | None  # None for a closed case
    closed_at: datetime | None
    notes: str | None
    items: tuple[ItemDetail, ...]
    attachments: tuple[AttachmentInfo, ...]
    allowed_targets: tuple[CaseState, ...]  # where the state may move from here
    version: int

    def item(self, item_id: int) -> ItemDetail:
        return next(item for item in self.items if item.id == item_id)

    def __repr__(self) -> str:  # no personal data in logs or tracebacks
        return f"CaseDetail({self.reference}, state={self.state.value}, v{self.version})"


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    seq: int
    recorded_at: datetime  # UTC
    actor: str
    actor_role: str
    action: str
    details: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ExtensionApplied:
    case: CaseDetail
    item_id: int
    previous_due: date | None
    new_due: date
    notice_vi: str  # to send to the requester, with the reason as written
    notice_en: str


# --------------------------------------------------------------------------- service


class CaseService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._rules: DeadlineRules | None = None

    @property
    def rules(self) -> DeadlineRules:
        if self._rules is None:
            self._rules = DeadlineRules.load(self._ctx.settings)
        return self._rules

    # -- reading

    def get_case(self, key: int | str) -> CaseDetail:
        """A case by id or reference (``DSR-2026-000123``)."""
        with self._ctx.db.reader() as uow:
            return self.read_detail(uow, uow.cases.get(key))

    def read_detail(self, uow: UnitOfWork, case: Case) -> CaseDetail:
        """The case's detail inside the caller's unit of work (the case page's snapshot)."""
        return self._detail(uow, case)

    def timeline(self, key: int | str) -> list[TimelineEvent]:
        """Every decision-log entry of the case, oldest first."""
        with self._ctx.db.reader() as uow:
            return read_timeline(uow, uow.cases.get(key))

    def attachment_content(self, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
        with self._ctx.db.reader() as uow:
            attachment = uow.cases.attachment(attachment_id)
            return _attachment_info(attachment), attachment.content or b""

    def acknowledgement_text(self, key: int | str, language: str | None = None) -> tuple[str, str]:
        """(subject, body) in the requester's language, or ``language`` ("vi"/"en")."""
        detail = self.get_case(key)
        return acknowledgement(
            AcknowledgementInput(
                reference=detail.reference,
                requester_name=detail.requester_name,
                received_on=self.rules.today(detail.received_at),
                items=[AcknowledgedItem(item.right, item.due_on) for item in detail.items],
                language=language or detail.language,
            )
        )

    # -- case changes

    def transition(
        self,
        actor: Actor,
        case_id: int,
        target_state: CaseState,
        expected_version: int,
        outcome: CaseOutcome | None = None,
    ) -> CaseDetail:
        """Move the case to ``target_state``.

        Closing takes an outcome; without one, the items' outcomes decide it (all done:
        done; all refused: refused; else partly done). A closing outcome other than
        withdrawn must agree with the items.
        """
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_CASE):
            case = uow.cases.changing(case_id, expected_version)
            current = CaseState(case.state)
            if target_state is CaseState.CLOSED and outcome is None:
                outcome = self._derived_outcome(uow, case)
            check_transition(current, target_state, outcome)
            if target_state is CaseState.CLOSED:
                self._check_items_agree(uow, case, outcome)
            else:
                _check_manual_move(uow, case, current, target_state)
            move_case(uow, actor, case, target_state, self._ctx.clock(), outcome=outcome)
            detail = self._detail(uow, case)
            uow.commit()
            return detail

    def assign(
        self, actor: Actor, case_id: int, account_id: int | None, expected_version: int
    ) -> CaseDetail:
        """Give the case to an agent (``None``: nobody)."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_CASE):
            case = uow.cases.changing(case_id, expected_version)
            if not may_assign(case.assignee_id, account_id):
                raise IllegalTransitionError(
                    QT_TRANSLATE_NOOP("errors", "Case {reference} is not assigned to anyone.")
                    if account_id is None
                    else QT_TRANSLATE_NOOP(
                        "errors", "Case {reference} is assigned to this person already."
                    ),
                    reference=case.reference,
                )
            login = None
            if account_id is not None:
                account = uow.accounts.by_id(account_id)
                if account is None or not account.active:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("errors", "No such active account to assign the case to.")
                    )
                login = account.login
            case.assignee_id = account_id
            uow.cases.flush()
            self._log(uow, actor, case, "case_assigned", {"assignee": login})
            detail = self._detail(uow, case)
            uow.commit()
            return detail

    def mark_acknowledged(self, actor: Actor, case_id: int, expected_version: int) -> CaseDetail:
        """Record that the acknowledgement was sent (now)."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_CASE):
            case = uow.cases.changing(case_id, expected_version)
            if case.acknowledged_at is not None:
                raise IllegalTransitionError(
                    QT_TRANSLATE_NOOP("errors", "Case {reference} was acknowledged already."),
                    reference=case.reference,
                )
            now = self._ctx.clock()
            due = self.rules.acknowledge_by(case, uow.cases.items(case.id))
            case.acknowledged_at = now
            uow.cases.flush()
            self._log(
                uow,
                actor,
                case,
                "case_acknowledged",
                {
                    "acknowledge_by": due.isoformat(),
                    "on_time": self.rules.today(now) <= due,
                },
            )
            detail = self._detail(uow, case)
            uow.commit()
            return detail

    # -- item changes

    def apply_extension(
        self, actor: Actor, item_id: int, reason: str, expected_version: int
    ) -> ExtensionApplied:
        """Extend the item once (supervisor or admin); returns the notice for the requester."""
        require_role(actor, SUPERVISOR, ADMIN)
        reason = agent_text(reason, _EXTENSION_REASON, MAX_NOTE)
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_ITEM):
            item, case = self._changing_item(uow, item_id, expected_version)
            result = apply_item_extension(
                uow, self.rules, actor, case, item, reason, self._ctx.clock()
            )
            applied = ExtensionApplied(
                case=self._detail(uow, case),
                item_id=item.id,
                previous_due=result.previous_due,
                new_due=item.due_on,
                notice_vi=result.notice.text_vi,
                notice_en=result.notice.text_en,
            )
            uow.commit()
            return applied

    def pause_item(
        self, actor: Actor, item_id: int, reason: str, expected_version: int
    ) -> CaseDetail:
        """Stop the item's clock from today while waiting for the requester."""
        require_permission(actor, Permission.HANDLE_CASE)
        # Kept with the item and shown: checked like every text an agent types.
        reason = agent_text(reason, _PAUSE_REASON, MAX_NOTE)
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_ITEM):
            item, case = self._changing_item(uow, item_id, expected_version)
            self._pause(uow, actor, case, item, reason)
            detail = self._detail(uow, case)
            uow.commit()
            return detail

    def resume_item(self, actor: Actor, item_id: int, expected_version: int) -> CaseDetail:
        """Restart the item's clock (today); the due date moves by the days it stood."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_ITEM):
            item, case = self._changing_item(uow, item_id, expected_version)
            self._resume(uow, actor, case, item)
            detail = self._detail(uow, case)
            uow.commit()
            return detail

    def set_item_third_party(
        self,
        actor: Actor,
        item_id: int,
        third_party: bool,
        reason: str,
        expected_version: int,
    ) -> CaseDetail:
        """Say that a processor or third party must act for the item (or no longer must).

        Where it must, the longer Vietnamese periods apply (access, correction, copy: 15
        days instead of 10; withdrawal, restriction, objection: 20 instead of 15; erasure:
        30 instead of 20); the item's due date is computed again from scratch. The reason
        is kept with the item; the log holds its keyed hash, never the words.
        """
        require_permission(actor, Permission.HANDLE_CASE)
        if not (reason or "").strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Say why a processor or third party must act for "
                    "this item (or no longer must).",
                )
            )
        # Kept with the item and shown: checked like every text an agent types.
        reason = agent_text(reason, _THIRD_PARTY_REASON, MAX_NOTE)
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_ITEM):
            item, case = self._changing_item(uow, item_id, expected_version)
            # Not while a proposal waits: it was worked out on the due date as it stood.
            if not may_change_third_party(uow.approvals.pending_for_item(item.id)):
                raise IllegalTransitionError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "A proposal for this request item is already waiting "
                        "for a supervisor; wait for the decision (or ask for it to be "
                        "rejected) before proposing another.",
                    )
                )
            if bool(item.third_party) is bool(third_party):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The item already says that a processor or third party must act."
                    )
                    if third_party
                    else QT_TRANSLATE_NOOP(
                        "errors", "The item does not say that a processor or third party must act."
                    )
                )
            now = self._ctx.clock()
            before = self.rules.compute(case, item)
            item.third_party = bool(third_party)
            after = self.rules.compute(case, item)
            append_to_scope(
                item,
                _THIRD_PARTY_KEY,
                {
                    "at": chain.format_timestamp(now),
                    "by": actor.login,
                    "third_party": bool(third_party),
                    "reason": reason,
                },
            )
            self.rules.store(item, after)
            case.due_on = self.rules.case_due(case, uow.cases.items(case.id))
            uow.cases.flush()
            self._log(
                uow,
                actor,
                case,
                "item_third_party_changed",
                {
                    "item": item.id,
                    "right": item.right,
                    "third_party": bool(third_party),
                    "due_before": _iso(before.due),
                    "due": _iso(after.due),
                    "base_due_before": _iso(before.base_due),
                    "base_due": _iso(after.base_due),
                    "regime": after.regime.value if after.regime else None,
                    "reason_hmac": self._ctx.log_value_hash(reason),
                },
            )
            detail = self._detail(uow, case)
            uow.commit()
            return detail

    def set_item_outcome(
        self,
        actor: Actor,
        item_id: int,
        outcome: ItemOutcome,
        reason: str | None,
        expected_version: int,
    ) -> CaseDetail:
        """Decide an item. A refusal needs four eyes: only a supervisor or admin sets it
        here (an agent proposes it through the approvals, which call
        :func:`apply_item_outcome`)."""
        require_permission(actor, Permission.HANDLE_CASE)
        if outcome is ItemOutcome.REFUSED and not sets_refusal_directly(actor.role):
            require_role(actor, SUPERVISOR, ADMIN)
        # Kept with the item and told to the requester: checked like every typed text.
        reason = optional_text(reason, paragraph(_OUTCOME_REASON, required=False))
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_ITEM):
            item, case = self._changing_item(uow, item_id, expected_version)
            apply_item_outcome(
                uow, self.rules, actor, case, item, outcome, reason, self._ctx.clock()
            )
            detail = self._detail(uow, case)
            uow.commit()
            return detail

    # -- internals

    def _changing_item(
        self, uow: UnitOfWork, item_id: int, expected_version: int
    ) -> tuple[RequestItem, Case]:
        item, case = uow.cases.changing_item(item_id, expected_version)
        if item.outcome != ItemOutcome.PENDING.value:
            raise IllegalTransitionError(
                QT_TRANSLATE_NOOP("errors", "This request item has been decided already.")
            )
        return item, case

    @staticmethod
    def _derived_outcome(uow: UnitOfWork, case: Case) -> CaseOutcome | None:
        """What the items add up to, where work was done; else None (check_transition
        then lists the outcomes possible from this state)."""
        if CaseState(case.state) not in (CaseState.IN_PROGRESS, CaseState.AWAITING_APPROVAL):
            return None
        return closing_outcome(ItemOutcome(item.outcome) for item in uow.cases.items(case.id))

    @staticmethod
    def _check_items_agree(uow: UnitOfWork, case: Case, outcome: CaseOutcome | None) -> None:
        """Done, partly done or refused must be what the items' outcomes add up to."""
        if outcome is None or outcome is CaseOutcome.WITHDRAWN:
            return
        items = [ItemOutcome(item.outcome) for item in uow.cases.items(case.id)]
        derived = closing_outcome(items)
        if outcome is not derived:
            raise IllegalTransitionError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The items' outcomes add up to '{derived}', not "
                    "'{outcome}'; change the items' outcomes first.",
                ),
                derived=derived.value,
                outcome=outcome.value,
            )

    def _pause(
        self, uow: UnitOfWork, actor: Actor, case: Case, item: RequestItem, reason: str
    ) -> None:
        clock = read_clock(item)
        before = self.rules.compute(case, item)
        paused = clock.open_pause is not None or item.paused_since is not None
        if not may_pause(paused, before.clock_stopped):
            raise IllegalTransitionError(
                QT_TRANSLATE_NOOP("errors", "The clock of this item is stopped already.")
            )
        today = self.rules.today(self._ctx.clock())
        if before.due is not None and today > before.due:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The period of this item has run out already; the "
                    "clock can no longer be stopped for it.",
                )
            )
        write_clock(item, replace(clock, pauses=(*clock.pauses, Pause(today, None, reason))))
        after = self.rules.compute(case, item)
        if not after.clock_stopped and after.due == before.due:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The rules that apply to this item do not let its clock stop."
                )
            )
        item.paused_since = today
        self.rules.store(item, after)
        case.due_on = self.rules.case_due(case, uow.cases.items(case.id))
        uow.cases.flush()
        self._log(
            uow,
            actor,
            case,
            "item_clock_stopped",
            {
                "item": item.id,
                "right": item.right,
                "since": today.isoformat(),
                "due_before": _iso(before.due),
            },
        )

    def _resume(self, uow: UnitOfWork, actor: Actor, case: Case, item: RequestItem) -> None:
        clock = read_clock(item)
        open_pause = clock.open_pause
        if open_pause is None:
            raise IllegalTransitionError(
                QT_TRANSLATE_NOOP(
                    "errors", "The clock of this item is running; nothing to restart."
                )
            )
        today = self.rules.today(self._ctx.clock())
        before_due = item.due_on
        closed = replace(open_pause, end=max(today, open_pause.start))
        pauses = tuple(closed if pause is open_pause else pause for pause in clock.pauses)
        write_clock(item, ItemClock(pauses, clock.extension_notified_at))
        after = self.rules.compute(case, item)
        item.paused_since = None
        self.rules.store(item, after)
        case.due_on = self.rules.case_due(case, uow.cases.items(case.id))
        uow.cases.flush()
        self._log(
            uow,
            actor,
            case,
            "item_clock_restarted",
            {
                "item": item.id,
                "right": item.right,
                "stopped_days": (closed.end - closed.start).days if closed.end else 0,
                "due_before": before_due.isoformat(),
                "due": _iso(after.due),
            },
        )

    def _log(
        self, uow: UnitOfWork, actor: Actor, case: Case, action: str, details: dict[str, Any]
    ) -> None:
        uow.log.append(
            actor=actor,
            action=action,
            case_reference=case.reference,
            details=details,
            now=self._ctx.clock(),
        )

    def _detail(self, uow: UnitOfWork, case: Case) -> CaseDetail:
        items = uow.cases.items(case.id)
        today = self.rules.today(self._ctx.clock())
        state = CaseState(case.state)
        is_open = state is not CaseState.CLOSED
        return CaseDetail(
            id=case.id,
            reference=case.reference,
            channel=Channel(case.channel),
            received_at=case.received_at,
            requester_name=case.requester_name,
            requester_email=case.requester_email,
            requester_phone=case.requester_phone,
            requester_address=case.requester_address,
            language=case.requester_language,
            customer_id=case.customer_id,
            regimes=tuple(r for r in REGIME_ORDER if r in parse_regimes(case.regimes)),
            state=state,
            outcome=CaseOutcome(case.outcome) if case.outcome else None,
            identity_level=case.identity_level,
            via_representative=case.via_representative,
            assignee_id=case.assignee_id,
            assignee_name=uow.accounts.display_name(case.assignee_id),
            related_case=uow.cases.linked(case.related_case_id),
            possibly_related=tuple(
                uow.cases.related(case.contact_key, case.received_at, exclude_id=case.id)
            ),
            acknowledged_at=case.acknowledged_at,
            acknowledge_by=self.rules.acknowledge_by(case, items),
            due_on=case.due_on,
            urgency=self.rules.urgency(case.due_on, today) if is_open else None,
            closed_at=case.closed_at,
            notes=case.notes,
            items=tuple(self._item_detail(case, item, today) for item in items),
            attachments=tuple(
                AttachmentInfo(*row) for row in uow.cases.attachment_metadata(case.id)
            ),
            allowed_targets=tuple(s for s in CaseState if s in allowed_targets(state)),
            version=case.version,
        )

    def _item_detail(self, case: Case, item: RequestItem, today: date) -> ItemDetail:
        deadline = self.rules.compute(case, item)
        pending = item.outcome == ItemOutcome.PENDING.value
        return ItemDetail(
            id=item.id,
            right=Right(item.right),
            third_party=item.third_party,
            third_party_reason=_third_party_reason(item),
            due_on=deadline.due,
            base_due_on=item.base_due_on,
            regime=deadline.regime,
            extended=item.extended,
            extension_reason=item.extension_reason,
            clock_stopped=deadline.clock_stopped,
            paused_since=item.paused_since,
            paused_days=deadline.paused_days,
            outcome=ItemOutcome(item.outcome),
            outcome_reason=item.outcome_reason,
            decided_on=None if pending else read_decided_on(item),
            urgency=self.rules.urgency(deadline.due, today) if pending else None,
            notes=deadline.notes,
            version=item.version,
        )


def read_timeline(uow: UnitOfWork, case: Case) -> list[TimelineEvent]:
    """Every decision-log entry of ``case``, oldest first, inside the caller's unit of work."""
    entries = uow.log.of_case(case.reference)
    return [
        TimelineEvent(
            seq=e.seq,
            recorded_at=datetime.fromisoformat(e.recorded_at),
            actor=e.actor,
            actor_role=e.actor_role,
            action=e.action,
            details=json.loads(e.details),
        )
        for e in entries
    ]


def _check_manual_move(uow: UnitOfWork, case: Case, current: CaseState, target: CaseState) -> None:
    """The moves an agent makes by hand (domain/case_actions.py, as the case page offers
    them); proposals, the supervisors' decisions and the verification make the others."""
    pending = uow.approvals.pending_count(case.id)
    needed = needed_level(uow, case.id)
    linked = case.customer_id is not None
    reached = IdentityLevel(case.identity_level)
    satisfied = linked and reached >= needed
    if offers_move(current, target, pending, identity_satisfied=satisfied, level_needed=needed):
        return
    if may_move_manually(current, target, pending):  # to verified, below the level needed
        if not linked:
            raise IdentityNotVerifiedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Case {reference} is not linked to a customer yet; find "
                    "the requester's records and link them before acting on this "
                    "request.",
                ),
                reference=case.reference,
            )
        raise IdentityNotVerifiedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {reference}: the requester's identity is verified to level "
                "{reached}, and its requests need {needed}. The verification moves the "
                "case to verified once that level is reached.",
            ),
            reference=case.reference,
            reached=reached.label,
            needed=needed.label,
        )
    if target is CaseState.AWAITING_APPROVAL:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A case waits for approval only when an erasure, a refusal or an "
                "extension is proposed for it.",
            )
        )
    raise IllegalTransitionError(
        QT_TRANSLATE_NOOP(
            "errors",
            "A proposal of this case waits for a supervisor; their decision moves the "
            "case back to work (four eyes).",
        )
    )


# --------------------------------------------------------------------------- shared steps
# Inside the caller's unit of work, so the approvals (four eyes, issue 6) can carry out
# an approved extension or refusal in the approving transaction.


def move_case(
    uow: UnitOfWork,
    actor: Actor,
    case: Case,
    target: CaseState,
    now: datetime,
    *,
    outcome: CaseOutcome | None = None,
    reason: str | None = None,
    extra: dict[str, Any] | None = None,
) -> None:
    """Move the case to ``target`` through the state machine and log ``case_state_changed``.

    Every change of a case's state goes through here (or logs the same entry), whoever
    makes it: ``reason`` names what moved it when it was not a plain move by the agent
    (e.g. ``"approval_requested"``), ``extra`` adds ids (never personal values).
    Raises ``IllegalTransitionError`` and changes nothing when the move is not allowed.
    """
    current = CaseState(case.state)
    check_transition(current, target, outcome)
    case.state = target.value
    if target is CaseState.CLOSED:
        case.outcome = outcome.value if outcome else None
        case.closed_at = now
        case.due_on = None
    uow.cases.flush()
    details: dict[str, Any] = {
        "from": current.value,
        "to": target.value,
        "outcome": outcome.value if outcome else None,
    }
    if reason is not None:
        details["reason"] = reason
    details.update(extra or {})
    uow.log.append(
        actor=actor,
        action="case_state_changed",
        case_reference=case.reference,
        details=details,
        now=now,
    )


def start_work(uow: UnitOfWork, actor: Actor, case: Case, now: datetime, *, action: str) -> None:
    """The first work action on a verified case (a decision, a copy, an item's outcome,
    a proposal) moves it to in progress first, in the caller's transaction and logged
    like a manual move (``reason`` "work_started", ``action`` naming what started it):
    the agent never has to move the case by hand before working on it."""
    if starts_work(CaseState(case.state)):
        move_case(
            uow,
            actor,
            case,
            CaseState.IN_PROGRESS,
            now,
            reason="work_started",
            extra={"action": action},
        )


def complete_items(
    uow: UnitOfWork,
    rules: DeadlineRules,
    actor: Actor,
    case: Case,
    items: list[RequestItem],
    now: datetime,
) -> None:
    """Mark ``items`` done: the work recorded in the same transaction answered them."""
    for item in items:
        apply_item_outcome(uow, rules, actor, case, item, ItemOutcome.DONE, None, now)


def apply_item_extension(
    uow: UnitOfWork,
    rules: DeadlineRules,
    actor: Actor,
    case: Case,
    item: RequestItem,
    reason: str,
    now: datetime,
) -> ExtensionResult:
    """Grant the item's one extension; returns the engine's result (with the notice)."""
    result = extend(
        rules.item_input(case, item), Extension(now, reason.strip()), rules.policy, rules.calendar
    )
    item.extended = True
    item.extension_reason = reason.strip()
    write_clock(item, replace(read_clock(item), extension_notified_at=now))
    rules.store(item, result.deadline)
    case.due_on = rules.case_due(case, uow.cases.items(case.id))
    uow.cases.flush()
    uow.log.append(
        actor=actor,
        action="item_extended",
        case_reference=case.reference,
        details={
            "item": item.id,
            "right": item.right,
            "due_before": _iso(result.previous_due),
            "due": _iso(result.deadline.due),
            "regime": result.deadline.regime.value if result.deadline.regime else None,
        },
        now=now,
    )
    return result


def apply_item_outcome(
    uow: UnitOfWork,
    rules: DeadlineRules,
    actor: Actor,
    case: Case,
    item: RequestItem,
    outcome: ItemOutcome,
    reason: str | None,
    now: datetime,
) -> None:
    """Record an item's outcome; a refusal or a partial answer needs a reason.

    On a verified case this is the first work action: the case moves to in progress
    first (:func:`start_work`). The day is kept with the item: its clock stopped then.
    """
    if outcome is ItemOutcome.PENDING:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose an outcome: done, partly done or refused.")
        )
    if outcome in (ItemOutcome.REFUSED, ItemOutcome.PARTLY_DONE) and not (reason or "").strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A refusal or a partial answer needs a reason for the requester."
            )
        )
    if not may_mark_item(CaseState(case.state), outcome):
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors", "Case {reference} is {state}; an item cannot be marked {outcome} now."
            ),
            reference=case.reference,
            state=case.state.replace("_", " "),
            outcome=outcome.value.replace("_", " "),
        )
    start_work(uow, actor, case, now, action="item_decided")
    item.outcome = outcome.value
    item.outcome_reason = (reason or "").strip() or None
    item.paused_since = None
    write_decided_on(item, rules.today(now))
    case.due_on = rules.case_due(case, uow.cases.items(case.id))
    uow.cases.flush()
    uow.log.append(
        actor=actor,
        action="item_decided",
        case_reference=case.reference,
        details={
            "item": item.id,
            "right": item.right,
            "outcome": outcome.value,
            "reason_given": item.outcome_reason is not None,
        },
        now=now,
    )


# --------------------------------------------------------------------------- helpers


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _third_party_reason(item: RequestItem) -> str | None:
    """The reason given when the item last changed whether a third party must act."""
    try:
        scope = json.loads(item.scope) if item.scope else {}
    except ValueError:
        return None
    entries = scope.get(_THIRD_PARTY_KEY) if isinstance(scope, dict) else None
    if not isinstance(entries, list) or not entries or not isinstance(entries[-1], dict):
        return None
    reason = entries[-1].get("reason")
    return reason if isinstance(reason, str) else None


def _attachment_info(attachment: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        id=attachment.id,
        display_name=attachment.display_name,
        content_type=attachment.content_type,
        size=attachment.size,
        sha256=attachment.sha256,
        added_at=attachment.added_at,
    )
