"""Which actions a person may take on a case and on each of its request items.

Pure rules over plain values: the case page's read model offers exactly what these
functions allow, and the services' guards call the same functions before they change
anything, so the page and the services cannot disagree. What only the records can tell
(whether a rule set lets an item's clock stop, whether a deadline has run out, whether a
record version is still current) stays with the services; everything the page decides
from is listed in :class:`CaseFacts` and :class:`ItemFacts`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from clb4u_desk.domain.cases import (
    CaseOutcome,
    CaseState,
    ItemOutcome,
    Permission,
    Role,
    allowed_outcomes,
    allowed_targets,
    can,
)
from clb4u_desk.domain.identity import IdentityLevel, required_level
from clb4u_desk.domain.rights import Right

# States in which the work on the request is carried out (after verification).
WORKING_STATES = frozenset({CaseState.VERIFIED, CaseState.IN_PROGRESS, CaseState.AWAITING_APPROVAL})
# Items are marked done or partly done while the work is done; in "verified" the first
# such action starts the work (:func:`starts_work`), so no manual move is needed first.
DECIDING_STATES = WORKING_STATES
# A refusal may also follow failed verification.
REFUSING_STATES = frozenset({CaseState.AWAITING_IDENTITY, *DECIDING_STATES})
# Who sets a refusal directly (a supervisor decides: four eyes are elsewhere); anyone
# else proposes it through the approvals.
REFUSING_ROLES = (Role.SUPERVISOR.value, Role.ADMIN.value)
# The rights a data copy answers, in the order it picks them (portability first).
COPY_RIGHTS = (Right.COPY, Right.ACCESS)


@dataclass(frozen=True, slots=True)
class ItemFacts:
    """What the rules need to know of one request item."""

    id: int
    right: Right
    outcome: ItemOutcome
    paused: bool  # a pause is open (the agent stopped the clock)
    clock_stopped: bool  # the clock stands, for a pause or for the rules
    extended: bool
    proposal_pending: bool  # a refusal or extension for it waits for a supervisor


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the rules need to know of a case, read in one snapshot."""

    state: CaseState
    assignee_id: int | None
    acknowledged: bool
    linked: bool  # to a customer's records
    level_reached: IdentityLevel
    level_needed: IdentityLevel
    verification_attempts: int
    items: tuple[ItemFacts, ...]
    approvals_pending: int  # proposals of the case waiting for a supervisor
    erasure_proposed: bool  # an erasure was proposed once, whatever became of it


@dataclass(frozen=True, slots=True)
class CaseActions:
    """Which case-wide actions the actor may take now."""

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
    link_related: bool = False  # point the case to an earlier request of the same person


@dataclass(frozen=True, slots=True)
class ItemActions:
    """Which actions the actor may take for one request item now."""

    pause: bool
    resume: bool
    extension: bool
    outcome: tuple[ItemOutcome, ...]  # the outcomes this actor may set here
    refusal: bool
    third_party: bool = False  # say (or undo) that a processor or third party must act


NO_ITEM_ACTIONS = ItemActions(False, False, False, (), False)


# --------------------------------------------------------------------------- single rules


def may_move_manually(state: CaseState, target: CaseState, approvals_pending: int) -> bool:
    """A move the agent makes by hand (closing has its own rule, :func:`close_outcomes`).

    A case waits for approval only through a proposal, and it goes back to work only
    through the supervisor's decision while a proposal waits (four eyes).
    """
    if target is CaseState.CLOSED or target not in allowed_targets(state):
        return False
    if target is CaseState.AWAITING_APPROVAL:
        return False
    return not (
        target is CaseState.IN_PROGRESS
        and state is CaseState.AWAITING_APPROVAL
        and approvals_pending > 0
    )


def offers_move(
    state: CaseState,
    target: CaseState,
    approvals_pending: int,
    *,
    identity_satisfied: bool,
    level_needed: IdentityLevel,
) -> bool:
    """A manual move the page offers and the services accept: as
    :func:`may_move_manually`, and "verified" only once the identity level the requests
    need is reached for a linked customer, or when they need none (L0). Below that level
    the verification moves the case to verified when its steps reach the level.
    """
    if not may_move_manually(state, target, approvals_pending):
        return False
    return target is not CaseState.VERIFIED or (
        identity_satisfied or level_needed is IdentityLevel.L0
    )


def close_outcomes(
    state: CaseState, item_outcomes: Iterable[ItemOutcome]
) -> tuple[CaseOutcome, ...]:
    """The outcomes the case may be closed with now: those of its state that the items
    add up to (withdrawn needs no decided item)."""
    outcomes = list(item_outcomes)
    derived: CaseOutcome | None = None
    if outcomes and ItemOutcome.PENDING not in outcomes:
        if all(o is ItemOutcome.DONE for o in outcomes):
            derived = CaseOutcome.DONE
        elif all(o is ItemOutcome.REFUSED for o in outcomes):
            derived = CaseOutcome.REFUSED
        else:
            derived = CaseOutcome.PARTLY_DONE
    allowed = allowed_outcomes(state)
    return tuple(
        o for o in CaseOutcome if o in allowed and (o is CaseOutcome.WITHDRAWN or o is derived)
    )


def may_assign(assignee_id: int | None, account_id: int | None) -> bool:
    """A case is given to someone other than its assignee (``None``: nobody): giving it
    to the person who has it already would change nothing but the log."""
    return assignee_id != account_id


def may_pause(paused: bool, clock_stopped: bool) -> bool:
    """The agent stops an item's clock only while it runs: not while a pause is open,
    nor while the clock stands for the rules."""
    return not paused and not clock_stopped


def may_link_customer(linked: bool, verification_attempts: int) -> bool:
    """Relinking is refused once verification steps were taken against the records."""
    return not linked or verification_attempts == 0


def identity_allows(
    right: Right,
    linked: bool,
    level_reached: IdentityLevel,
    *,
    includes_payment_data: bool = False,
    contact_point_only: bool = False,
) -> bool:
    """The requester is verified enough for ``right`` (services/guards.require_identity
    applies the same levels): above L0 only for a case linked to its subject."""
    needed = required_level(
        right, includes_payment_data=includes_payment_data, contact_point_only=contact_point_only
    )
    return level_reached >= needed and (linked or needed is IdentityLevel.L0)


def may_decide_on_records(state: CaseState) -> bool:
    """Decisions on the subject's records (correction, restriction, objection, consent,
    copy, erasure) are taken while the work is done, after verification."""
    return state in WORKING_STATES


def starts_work(state: CaseState) -> bool:
    """Whether a work action (a decision, a copy, an item's outcome, a proposal) taken
    in ``state`` first moves the case to in progress: the first one after verification
    does, in the same transaction, so the agent never moves it by hand first."""
    return state is CaseState.VERIFIED


def may_mark_item(state: CaseState, outcome: ItemOutcome) -> bool:
    """Whether an item may be marked ``outcome`` while its case is ``state``."""
    if outcome is ItemOutcome.REFUSED:
        return state in REFUSING_STATES
    return outcome is not ItemOutcome.PENDING and state in DECIDING_STATES


def may_propose_refusal(state: CaseState) -> bool:
    return state in REFUSING_STATES


def may_change_third_party(proposal_pending: bool) -> bool:
    """Not while a proposal waits: it was worked out on the due date as it stood."""
    return not proposal_pending


def sets_refusal_directly(role: str) -> bool:
    return role in REFUSING_ROLES


def pending_item(items: Iterable[ItemFacts], *rights: Right) -> ItemFacts | None:
    """The first pending item for one of ``rights`` (a decision acts for it)."""
    return next(
        (item for item in items if item.right in rights and item.outcome is ItemOutcome.PENDING),
        None,
    )


def copy_right(items: Iterable[tuple[Right, ItemOutcome]]) -> Right | None:
    """The right a data copy answers, from the case's items (right, outcome): a pending
    copy (portability) item first, else a pending access item; ``None`` when neither
    waits, since a copy is issued for a request."""
    pending = {right for right, outcome in items if outcome is ItemOutcome.PENDING}
    return next((right for right in COPY_RIGHTS if right in pending), None)


def erasure_item(items: Iterable[ItemFacts]) -> ItemFacts | None:
    """The item an erasure acts for: a pending one first, else the last decided one
    (its certificate can still be saved)."""
    listed = tuple(items)
    pending = pending_item(listed, Right.ERASURE)
    if pending is not None:
        return pending
    decided = [item for item in listed if item.right is Right.ERASURE]
    return decided[-1] if decided else None


# --------------------------------------------------------------------------- the page


def case_actions(facts: CaseFacts, role: str, account_id: int) -> CaseActions:
    state = facts.state
    handles = can(role, Permission.HANDLE_CASE)
    acting = state is not CaseState.CLOSED and handles
    working = acting and may_decide_on_records(state)
    satisfied = facts.linked and facts.level_reached >= facts.level_needed

    def pending(*rights: Right) -> bool:
        return pending_item(facts.items, *rights) is not None

    # At the right's base level: where the customer's payment data asks for more (a copy,
    # an erasure), the dialog says so and the service refuses (payment_data_needs_more).
    def verified_for(right: Right, *, contact_only: bool = False) -> bool:
        return identity_allows(
            right, facts.linked, facts.level_reached, contact_point_only=contact_only
        )

    copy_for = copy_right((item.right, item.outcome) for item in facts.items)
    targets = tuple(
        target
        for target in CaseState
        if offers_move(
            state,
            target,
            facts.approvals_pending,
            identity_satisfied=satisfied,
            level_needed=facts.level_needed,
        )
    )
    return CaseActions(
        assign_to_me=acting and may_assign(facts.assignee_id, account_id),
        assign=acting,
        targets=targets if acting else (),
        close_outcomes=close_outcomes(state, (i.outcome for i in facts.items)) if acting else (),
        acknowledge=acting and not facts.acknowledged,
        verify=acting,
        link_customer=acting and may_link_customer(facts.linked, facts.verification_attempts),
        open_profile=handles and facts.linked and facts.level_reached >= IdentityLevel.L1,
        # Contact data is corrected from L1; other fields need more, which the dialog says.
        rectification=working
        and pending(Right.RECTIFICATION)
        and verified_for(Right.RECTIFICATION, contact_only=True),
        restriction=working and pending(Right.RESTRICTION) and verified_for(Right.RESTRICTION),
        lift_restriction=working and facts.linked and verified_for(Right.RESTRICTION),
        objection=working and pending(Right.OBJECTION) and verified_for(Right.OBJECTION),
        withdrawal=working
        and pending(Right.CONSENT_WITHDRAWAL)
        and verified_for(Right.CONSENT_WITHDRAWAL),
        # Stopping messages to the request's own contact point needs no verification.
        suppression=acting and pending(Right.OBJECTION, Right.CONSENT_WITHDRAWAL),
        copy=working and copy_for is not None and verified_for(copy_for),
        # Proposing needs the work under way; a proposal made can be followed up (carried
        # out, its certificate saved) from any state.
        erasure=handles
        and erasure_item(facts.items) is not None
        and (
            (working and pending(Right.ERASURE) and verified_for(Right.ERASURE))
            or facts.erasure_proposed
        ),
        evidence=can(role, Permission.REVIEW_LOG),
        link_related=acting,
    )


def item_actions(state: CaseState, item: ItemFacts | None, role: str) -> ItemActions:
    if (
        item is None
        or state is CaseState.CLOSED
        or not can(role, Permission.HANDLE_CASE)
        or item.outcome is not ItemOutcome.PENDING
    ):
        return NO_ITEM_ACTIONS
    outcomes = [
        outcome
        for outcome in (ItemOutcome.DONE, ItemOutcome.PARTLY_DONE, ItemOutcome.REFUSED)
        if may_mark_item(state, outcome)
        and (outcome is not ItemOutcome.REFUSED or sets_refusal_directly(role))
    ]
    proposed = item.proposal_pending
    return ItemActions(
        pause=may_pause(item.paused, item.clock_stopped),
        resume=item.paused,
        extension=not item.extended and not item.clock_stopped and not proposed,
        outcome=tuple(outcomes),
        refusal=may_propose_refusal(state) and not proposed,
        third_party=may_change_third_party(proposed),
    )
