"""What the case page loads in one background call, and which actions it then offers.

The offers follow the state machine (domain/cases.py), the role and the verification
status; they only spare the agent a pointless click. The services check every rule
again, and what they refuse is shown as they word it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import (
    CaseOutcome,
    CaseState,
    ItemOutcome,
    Permission,
    allowed_outcomes,
    can,
)
from clb4u_desk.domain.identity import IdentityLevel
from clb4u_desk.domain.rights import Right
from clb4u_desk.services.approvals.service import ApprovalView
from clb4u_desk.services.cases.service import CaseDetail, ItemDetail, TimelineEvent
from clb4u_desk.services.verification.service import VerificationStatus

if TYPE_CHECKING:
    from clb4u_desk.app import Services

# States in which the work on the request is carried out (after verification).
WORKING = frozenset({CaseState.VERIFIED, CaseState.IN_PROGRESS, CaseState.AWAITING_APPROVAL})
# Items are marked done or partly done only while the work is done (services/cases/service.py).
DECIDING = frozenset({CaseState.IN_PROGRESS, CaseState.AWAITING_APPROVAL})
# A refusal may also follow failed verification.
REFUSING = frozenset({CaseState.AWAITING_IDENTITY, *DECIDING})
SUPERVISING_ROLES = frozenset({"supervisor", "admin"})


@dataclass(frozen=True, slots=True)
class CasePageData:
    """Everything the page shows, read in one worker call (DTOs only)."""

    case: CaseDetail
    timeline: tuple[TimelineEvent, ...]
    verification: VerificationStatus
    approvals: tuple[ApprovalView, ...]

    def pending_kinds(self, item_id: int) -> tuple[str, ...]:
        return tuple(
            a.kind for a in self.approvals if a.item_id == item_id and a.state == "pending"
        )


def load_case_page(services: Services, actor: Actor, case_id: int) -> CasePageData:
    """Runs in a worker thread: reads only."""
    case = services.cases.get_case(case_id)
    return CasePageData(
        case=case,
        timeline=tuple(services.cases.timeline(case.id)),
        verification=services.verification.status(actor, case.id),
        approvals=tuple(services.approvals.for_case(actor, case.id)),
    )


@dataclass(frozen=True, slots=True)
class CaseActions:
    """Which case-wide actions the page offers now."""

    assign_to_me: bool
    assign: bool
    targets: tuple[CaseState, ...]  # manual moves (closing is offered separately)
    close_outcomes: tuple[CaseOutcome, ...]
    acknowledge: bool
    verify: bool
    link_customer: bool
    open_profile: bool
    rectification: bool
    restriction: bool
    lift_restriction: bool
    objection: bool
    withdrawal: bool
    suppression: bool
    copy: bool
    erasure: bool
    evidence: bool


@dataclass(frozen=True, slots=True)
class ItemActions:
    """Which actions the page offers for one request item now."""

    pause: bool
    resume: bool
    extension: bool
    outcome: tuple[ItemOutcome, ...]  # the outcomes this user may set here
    refusal: bool
    third_party: bool = False  # say (or undo) that a processor or third party must act


def _pending_item(case: CaseDetail, *rights: Right) -> ItemDetail | None:
    return next(
        (
            item
            for item in case.items
            if item.right in rights and item.outcome is ItemOutcome.PENDING
        ),
        None,
    )


def erasure_item(case: CaseDetail) -> ItemDetail | None:
    """The item an erasure acts for: a pending one first, else the last decided one
    (its certificate can still be saved)."""
    pending = _pending_item(case, Right.ERASURE)
    if pending is not None:
        return pending
    decided = [item for item in case.items if item.right is Right.ERASURE]
    return decided[-1] if decided else None


def case_actions(data: CasePageData, actor: Actor) -> CaseActions:
    case = data.case
    status = data.verification
    state = case.state
    is_open = state is not CaseState.CLOSED
    handles = can(actor.role, Permission.HANDLE_CASE)
    acting = is_open and handles
    working = acting and state in WORKING

    def pending(*rights: Right) -> bool:
        return _pending_item(case, *rights) is not None

    targets: list[CaseState] = []
    for target in case.allowed_targets:
        if target in (CaseState.CLOSED, CaseState.AWAITING_APPROVAL):
            continue  # closing asks for an outcome; proposals move a case to approval
        if (
            target is CaseState.IN_PROGRESS
            and state is CaseState.AWAITING_APPROVAL
            and any(a.state == "pending" for a in data.approvals)
        ):
            continue  # the supervisor's decision moves it back (four eyes)
        if target is CaseState.VERIFIED and not (
            status.satisfied or status.level_needed is IdentityLevel.L0
        ):
            continue  # the verification moves the case on when the level is reached
        targets.append(target)
    return CaseActions(
        assign_to_me=acting and case.assignee_id != actor.account_id,
        assign=acting,
        targets=tuple(targets) if acting else (),
        close_outcomes=tuple(o for o in CaseOutcome if o in allowed_outcomes(state))
        if acting
        else (),
        acknowledge=acting and case.acknowledged_at is None,
        verify=acting,
        # Relinking is refused once verification steps were taken against the records.
        link_customer=acting and (case.customer_id is None or not status.attempts),
        open_profile=handles and status.linked and status.level_reached >= IdentityLevel.L1,
        rectification=working and pending(Right.RECTIFICATION),
        restriction=working and pending(Right.RESTRICTION),
        lift_restriction=working and case.customer_id is not None,
        objection=working and pending(Right.OBJECTION),
        withdrawal=working and pending(Right.CONSENT_WITHDRAWAL),
        # Stopping messages to the request's own contact point needs no verification.
        suppression=acting and pending(Right.OBJECTION, Right.CONSENT_WITHDRAWAL),
        copy=working and pending(Right.ACCESS, Right.COPY),
        # Proposing needs the work under way; a proposal made can be followed up (carried
        # out, its certificate saved) from any state.
        erasure=handles
        and erasure_item(case) is not None
        and (
            (working and pending(Right.ERASURE)) or any(a.kind == "erasure" for a in data.approvals)
        ),
        evidence=can(actor.role, Permission.REVIEW_LOG),
    )


def item_actions(data: CasePageData, item: ItemDetail | None, actor: Actor) -> ItemActions:
    none = ItemActions(False, False, False, (), False)
    case = data.case
    if (
        item is None
        or case.state is CaseState.CLOSED
        or not can(actor.role, Permission.HANDLE_CASE)
        or item.outcome is not ItemOutcome.PENDING
    ):
        return none
    proposed = bool(data.pending_kinds(item.id))
    outcomes: list[ItemOutcome] = []
    if case.state in DECIDING:
        outcomes += [ItemOutcome.DONE, ItemOutcome.PARTLY_DONE]
    # Anyone else proposes a refusal; a supervisor may set one (four eyes elsewhere).
    if case.state in REFUSING and actor.role in SUPERVISING_ROLES:
        outcomes.append(ItemOutcome.REFUSED)
    return ItemActions(
        pause=item.paused_since is None and not item.clock_stopped,
        resume=item.paused_since is not None,
        extension=not item.extended and item.paused_since is None and not proposed,
        outcome=tuple(outcomes),
        refusal=case.state in REFUSING and not proposed,
        # Not while a proposal waits: it was worked out on the due date as it stood.
        third_party=not proposed,
    )
