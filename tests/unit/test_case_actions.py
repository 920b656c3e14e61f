"""The rules of what may be done with a case and its items (domain/case_actions.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from clb4u_desk.domain.case_actions import (
    NO_ITEM_ACTIONS,
    CaseFacts,
    ItemFacts,
    case_actions,
    close_outcomes,
    copy_right,
    erasure_item,
    identity_allows,
    item_actions,
    may_assign,
    may_decide_on_records,
    may_link_customer,
    may_mark_item,
    may_move_manually,
    may_pause,
    may_propose_refusal,
    offers_move,
    starts_work,
)
from clb4u_desk.domain.cases import CaseOutcome, CaseState, ItemOutcome
from clb4u_desk.domain.identity import IdentityLevel
from clb4u_desk.domain.rights import Right

S = CaseState
L0, L1, L2, L3 = IdentityLevel.L0, IdentityLevel.L1, IdentityLevel.L2, IdentityLevel.L3


def item(right: Right = Right.ACCESS, **changes: object) -> ItemFacts:
    base = ItemFacts(
        id=1,
        right=right,
        outcome=ItemOutcome.PENDING,
        paused=False,
        clock_stopped=False,
        extended=False,
        proposal_pending=False,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def facts(state: CaseState = S.IN_PROGRESS, **changes: object) -> CaseFacts:
    base = CaseFacts(
        state=state,
        assignee_id=None,
        acknowledged=False,
        linked=True,
        level_reached=L2,
        level_needed=L2,
        verification_attempts=0,
        items=(item(Right.ACCESS), item(Right.ERASURE, id=2), item(Right.OBJECTION, id=3)),
        approvals_pending=0,
        erasure_proposed=False,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_manual_moves_leave_approval_to_proposals_and_decisions() -> None:
    assert may_move_manually(S.VERIFIED, S.IN_PROGRESS, 0)
    assert not may_move_manually(S.IN_PROGRESS, S.AWAITING_APPROVAL, 0)
    assert may_move_manually(S.AWAITING_APPROVAL, S.IN_PROGRESS, 0)
    assert not may_move_manually(S.AWAITING_APPROVAL, S.IN_PROGRESS, 1)  # four eyes
    assert not may_move_manually(S.RECEIVED, S.CLOSED, 0)  # closing has its own rule
    assert not may_move_manually(S.RECEIVED, S.IN_PROGRESS, 0)  # not a move of the machine
    assert not may_move_manually(S.CLOSED, S.IN_PROGRESS, 0)


def test_verified_is_offered_once_the_level_is_reached() -> None:
    def offered(satisfied: bool, needed: IdentityLevel) -> bool:
        return offers_move(
            S.AWAITING_IDENTITY, S.VERIFIED, 0, identity_satisfied=satisfied, level_needed=needed
        )

    assert offered(True, L2)
    assert offered(False, L0)
    assert not offered(False, L1)


def test_close_outcomes_follow_state_and_items() -> None:
    pending, done, refused = ItemOutcome.PENDING, ItemOutcome.DONE, ItemOutcome.REFUSED
    assert close_outcomes(S.RECEIVED, [pending]) == (CaseOutcome.WITHDRAWN,)
    assert close_outcomes(S.IN_PROGRESS, [pending, done]) == (CaseOutcome.WITHDRAWN,)
    assert close_outcomes(S.IN_PROGRESS, [done, done]) == (CaseOutcome.DONE, CaseOutcome.WITHDRAWN)
    assert close_outcomes(S.IN_PROGRESS, [done, refused]) == (
        CaseOutcome.PARTLY_DONE,
        CaseOutcome.WITHDRAWN,
    )
    assert close_outcomes(S.AWAITING_IDENTITY, [refused]) == (
        CaseOutcome.REFUSED,
        CaseOutcome.WITHDRAWN,
    )
    assert close_outcomes(S.VERIFIED, [done]) == (CaseOutcome.WITHDRAWN,)
    assert close_outcomes(S.CLOSED, [done]) == ()
    assert close_outcomes(S.IN_PROGRESS, []) == (CaseOutcome.WITHDRAWN,)


def test_single_rules() -> None:
    assert may_link_customer(False, 3)
    assert may_link_customer(True, 0)
    assert not may_link_customer(True, 1)
    assert [s for s in CaseState if may_decide_on_records(s)] == [
        S.VERIFIED,
        S.IN_PROGRESS,
        S.AWAITING_APPROVAL,
    ]
    assert [s for s in CaseState if may_propose_refusal(s)] == [
        S.AWAITING_IDENTITY,
        S.VERIFIED,
        S.IN_PROGRESS,
        S.AWAITING_APPROVAL,
    ]
    assert may_mark_item(S.IN_PROGRESS, ItemOutcome.DONE)
    # In verified the outcome is the first work action: it starts the work itself.
    assert may_mark_item(S.VERIFIED, ItemOutcome.DONE)
    assert [s for s in CaseState if starts_work(s)] == [S.VERIFIED]
    assert not may_mark_item(S.RECEIVED, ItemOutcome.DONE)
    assert may_mark_item(S.AWAITING_IDENTITY, ItemOutcome.REFUSED)
    assert not may_mark_item(S.AWAITING_IDENTITY, ItemOutcome.PARTLY_DONE)
    assert not may_mark_item(S.IN_PROGRESS, ItemOutcome.PENDING)
    assert identity_allows(Right.OBJECTION, False, L0, contact_point_only=True)
    assert not identity_allows(Right.OBJECTION, False, L3)  # not linked: nothing above L0
    assert identity_allows(Right.ACCESS, True, L2)
    assert not identity_allows(Right.ACCESS, True, L2, includes_payment_data=True)


def test_case_actions_of_an_agent_at_work() -> None:
    offers = case_actions(facts(), "agent", 7)
    assert offers.assign
    assert offers.assign_to_me
    assert offers.verify
    assert offers.acknowledge
    assert offers.copy
    assert offers.erasure
    assert offers.objection
    assert offers.suppression
    assert not (offers.rectification)
    assert not (offers.restriction)
    assert not (offers.withdrawal)
    assert not offers.evidence  # reviewing the log is for supervisors
    assert offers.targets == ()
    assert offers.close_outcomes == (CaseOutcome.WITHDRAWN,)
    assert case_actions(facts(), "supervisor", 7).evidence
    mine = case_actions(facts(assignee_id=7, acknowledged=True), "agent", 7)
    assert not mine.assign_to_me
    assert not mine.acknowledge


def test_identity_and_state_gate_the_decisions() -> None:
    low = case_actions(facts(level_reached=L1), "agent", 1)
    assert low.objection
    assert not low.copy
    assert not low.erasure
    waiting = case_actions(facts(S.AWAITING_IDENTITY), "agent", 1)
    assert not (waiting.copy)
    assert not (waiting.objection)
    assert not (waiting.erasure)
    assert waiting.suppression  # the contact point itself needs nothing
    # A proposed erasure is followed up whatever the state.
    followed = case_actions(facts(S.AWAITING_IDENTITY, erasure_proposed=True), "agent", 1)
    assert followed.erasure


def test_relinking_stops_after_verification_attempts() -> None:
    assert case_actions(facts(), "agent", 1).link_customer
    assert not case_actions(facts(verification_attempts=1), "agent", 1).link_customer
    assert case_actions(facts(linked=False, verification_attempts=1), "agent", 1).link_customer


@pytest.mark.parametrize("role", ["agent", "supervisor", "admin"])
def test_a_closed_case_offers_only_the_evidence(role: str) -> None:
    offers = case_actions(facts(S.CLOSED), role, 1)
    assert not any(
        getattr(offers, name)
        for name in offers.__dataclass_fields__
        if name not in ("evidence", "open_profile")
    )
    assert offers.open_profile  # reading the records of a verified case
    assert item_actions(S.CLOSED, item(), role) == NO_ITEM_ACTIONS


def test_nothing_for_an_unknown_role() -> None:
    offers = case_actions(facts(), "guest", 1)
    assert not (offers.assign)
    assert not (offers.copy)
    assert not (offers.open_profile)
    assert not (offers.evidence)
    assert item_actions(S.IN_PROGRESS, item(), "guest") == NO_ITEM_ACTIONS


def test_item_actions_by_state_role_and_item() -> None:
    agent = item_actions(S.IN_PROGRESS, item(), "agent")
    assert agent.outcome == (ItemOutcome.DONE, ItemOutcome.PARTLY_DONE)
    assert agent.pause
    assert not agent.resume
    assert agent.extension
    assert agent.refusal
    assert agent.third_party
    boss = item_actions(S.IN_PROGRESS, item(), "supervisor")
    assert boss.outcome == (ItemOutcome.DONE, ItemOutcome.PARTLY_DONE, ItemOutcome.REFUSED)
    assert item_actions(S.AWAITING_IDENTITY, item(), "admin").outcome == (ItemOutcome.REFUSED,)
    # The first work action on a verified case: the service starts the work with it.
    assert item_actions(S.VERIFIED, item(), "agent").outcome == (
        ItemOutcome.DONE,
        ItemOutcome.PARTLY_DONE,
    )
    assert item_actions(S.RECEIVED, item(), "admin").outcome == ()
    assert item_actions(S.VERIFIED, item(), "agent").refusal  # the proposal starts the work
    assert not item_actions(S.RECEIVED, item(), "agent").refusal
    paused = item_actions(S.IN_PROGRESS, item(paused=True, clock_stopped=True), "agent")
    assert paused.resume
    assert not paused.pause
    assert not paused.extension
    held = item_actions(S.IN_PROGRESS, item(proposal_pending=True), "agent")
    assert not (held.extension)
    assert not (held.refusal)
    assert not (held.third_party)
    assert not item_actions(S.IN_PROGRESS, item(extended=True), "agent").extension
    decided = item(outcome=ItemOutcome.DONE)
    assert item_actions(S.IN_PROGRESS, decided, "agent") == NO_ITEM_ACTIONS
    assert item_actions(S.IN_PROGRESS, None, "agent") == NO_ITEM_ACTIONS


def test_the_erasure_item_is_the_pending_one_else_the_last() -> None:
    first = item(Right.ERASURE, id=5, outcome=ItemOutcome.DONE)
    second = item(Right.ERASURE, id=6)
    assert erasure_item([first, second]) == second
    assert erasure_item([first, replace(second, outcome=ItemOutcome.REFUSED)]).id == 6  # type: ignore[union-attr]
    assert erasure_item([item()]) is None


def test_assigning_changes_the_assignee() -> None:
    assert may_assign(None, 7)
    assert may_assign(7, 8)
    assert may_assign(7, None)  # taken back
    assert not may_assign(7, 7)
    assert not may_assign(None, None)


def test_the_clock_is_stopped_only_while_it_runs() -> None:
    assert may_pause(False, False)
    assert not may_pause(True, True)
    assert not may_pause(False, True)  # the rules stopped it already
    stopped = item_actions(S.IN_PROGRESS, item(clock_stopped=True), "agent")
    assert not stopped.pause
    assert not stopped.resume  # no pause of the agent to end


def test_a_copy_answers_a_pending_copy_or_access_item() -> None:
    pending, done = ItemOutcome.PENDING, ItemOutcome.DONE
    assert copy_right([(Right.ACCESS, pending), (Right.COPY, pending)]) is Right.COPY
    assert copy_right([(Right.COPY, done), (Right.ACCESS, pending)]) is Right.ACCESS
    assert copy_right([(Right.ACCESS, done), (Right.COPY, ItemOutcome.REFUSED)]) is None
    assert copy_right([(Right.ERASURE, pending)]) is None
    answered = (item(outcome=done), item(Right.ERASURE, id=2))
    assert not case_actions(facts(items=answered), "agent", 1).copy
