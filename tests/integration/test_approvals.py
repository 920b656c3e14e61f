"""Four eyes at the service level: no self-approval, a reason either way, supervisors only."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from clb4u_desk.app import Services
from clb4u_desk.audit.verify import verify_database
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.domain.cases import CaseState
from clb4u_desk.domain.errors import (
    ConcurrentChangeError,
    IdentityNotVerifiedError,
    IllegalTransitionError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.rights import Right
from clb4u_desk.persistence.models import Approval, Case, DecisionLogEntry
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.services.approvals.service import ApprovalKind
from clb4u_desk.services.cases import service as cases_service
from clb4u_desk.services.guards import require_identity

WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _case(services: Services, state: str = "in_progress") -> int:
    with services.db.uow() as uow:
        case = Case(
            reference="DSR-2026-000001",
            channel="email",
            received_at=WHEN,
            requester_name="X",
            regimes="vn",
            state=state,
            due_on=date(2026, 11, 20),
        )
        uow.session.add(case)
        uow.commit()
        return case.id


class Recorder:
    def __init__(self) -> None:
        self.approved: list[int] = []

    def on_approved(self, uow: UnitOfWork, approval: Approval, decider: Actor) -> None:
        self.approved.append(approval.id)


def _propose(services: Services, actor: Actor, case_id: int) -> int:
    with services.db.uow() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        approval = services.approvals.propose(
            uow, actor, case, ApprovalKind.REFUSAL, {"reason_code": "manifestly_unfounded"}
        )
        uow.commit()
        return approval.id


def test_a_proposal_waits_and_another_supervisor_decides(
    services: Services, actors: dict[str, Actor]
) -> None:
    recorder = Recorder()
    services.approvals.register(ApprovalKind.REFUSAL, recorder)
    case_id = _case(services)
    approval_id = _propose(services, actors["agent"], case_id)
    with services.db.reader() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        assert case.state == "awaiting_approval"
    pending = services.approvals.pending(actors["supervisor"])
    assert [p.id for p in pending] == [approval_id]
    decided = services.approvals.decide(
        actors["supervisor"],
        approval_id,
        approve=True,
        reason="Đã xem xét",
        expected_version=pending[0].version,
    )
    assert decided.state == "approved"
    assert decided.decided_by == "supervisor"
    assert recorder.approved == [approval_id]
    with services.db.reader() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        assert case.state == "in_progress"
        assert verify_database(uow.session).ok
    assert services.approvals.pending(actors["supervisor"]) == []


def test_self_approval_is_impossible(services: Services, actors: dict[str, Actor]) -> None:
    case_id = _case(services)
    approval_id = _propose(services, actors["supervisor"], case_id)
    with pytest.raises(PermissionDeniedError, match="four eyes"):
        services.approvals.decide(
            actors["supervisor"], approval_id, approve=True, reason="ok", expected_version=1
        )
    decided = services.approvals.decide(
        actors["supervisor2"], approval_id, approve=False, reason="Thiếu căn cứ", expected_version=1
    )
    assert decided.state == "rejected"


@pytest.mark.parametrize("who", ["agent", "agent2"])
def test_agents_cannot_decide(services: Services, actors: dict[str, Actor], who: str) -> None:
    approval_id = _propose(services, actors["agent"], _case(services))
    with pytest.raises(PermissionDeniedError):
        services.approvals.decide(
            actors[who], approval_id, approve=True, reason="ok", expected_version=1
        )


def test_the_system_actor_cannot_decide(services: Services, actors: dict[str, Actor]) -> None:
    approval_id = _propose(services, actors["agent"], _case(services))
    with pytest.raises(PermissionDeniedError):
        services.approvals.decide(
            SYSTEM_ACTOR, approval_id, approve=True, reason="ok", expected_version=1
        )


def test_reason_version_and_state_are_checked(services: Services, actors: dict[str, Actor]) -> None:
    approval_id = _propose(services, actors["agent"], _case(services))
    with pytest.raises(ValidationError):
        services.approvals.decide(
            actors["supervisor"], approval_id, approve=False, reason=" ", expected_version=1
        )
    with pytest.raises(ConcurrentChangeError):
        services.approvals.decide(
            actors["supervisor"], approval_id, approve=False, reason="no", expected_version=7
        )
    services.approvals.decide(
        actors["supervisor"], approval_id, approve=False, reason="no", expected_version=1
    )
    with pytest.raises(IllegalTransitionError):
        services.approvals.decide(
            actors["supervisor2"], approval_id, approve=True, reason="yes", expected_version=2
        )


def test_identity_guard(services: Services) -> None:
    case = Case(
        reference="DSR-2026-000009",
        channel="email",
        received_at=WHEN,
        requester_name="X",
        regimes="vn",
        state="awaiting_identity",
        identity_level=0,
    )
    with pytest.raises(IdentityNotVerifiedError, match="not linked"):
        require_identity(case, Right.ACCESS)
    case.customer_id = 1
    case.identity_level = 1
    with pytest.raises(IdentityNotVerifiedError, match="needs L2"):
        require_identity(case, Right.ERASURE)
    assert require_identity(case, Right.RESTRICTION) == 1
    case.identity_level = 2
    with pytest.raises(IdentityNotVerifiedError, match="needs L3"):
        require_identity(case, Right.COPY, includes_payment_data=True)
    # An opt-out for the contact point given needs nothing, not even a link.
    case.customer_id = None
    assert require_identity(case, Right.OBJECTION, contact_point_only=True) == 0


def _state_changes(services: Services, case_id: int) -> list[tuple[str, dict[str, Any]]]:
    with services.db.reader() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        rows = uow.session.execute(
            select(DecisionLogEntry.action, DecisionLogEntry.details)
            .where(DecisionLogEntry.case_reference == case.reference)
            .order_by(DecisionLogEntry.seq)
        ).all()
    return [(action, json.loads(details)) for action, details in rows]


@pytest.mark.parametrize("approve", [True, False])
def test_approvals_move_the_case_through_the_state_machine_and_log_it(
    services: Services, actors: dict[str, Actor], approve: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[tuple[str, str]] = []
    real_check = cases_service.check_transition

    def spy(current: CaseState, target: CaseState, outcome: object = None) -> None:
        checked.append((current.value, target.value))
        real_check(current, target, outcome)  # type: ignore[arg-type]

    monkeypatch.setattr(cases_service, "check_transition", spy)
    services.approvals.register(ApprovalKind.REFUSAL, Recorder())
    case_id = _case(services)
    approval_id = _propose(services, actors["agent"], case_id)
    services.approvals.decide(
        actors["supervisor"], approval_id, approve=approve, reason="Đã xem xét", expected_version=1
    )
    assert checked == [("in_progress", "awaiting_approval"), ("awaiting_approval", "in_progress")]
    entries = _state_changes(services, case_id)
    decision = "approval_granted" if approve else "approval_rejected"
    assert [action for action, _ in entries] == [
        "approval_requested",
        "case_state_changed",
        decision,
        "case_state_changed",
    ]
    moves = [details for action, details in entries if action == "case_state_changed"]
    assert [(m["from"], m["to"]) for m in moves] == [
        ("in_progress", "awaiting_approval"),
        ("awaiting_approval", "in_progress"),
    ]
    assert [m["reason"] for m in moves] == ["approval_requested", decision]
    assert all(m["approval"] == approval_id and m["outcome"] is None for m in moves)
    with services.db.reader() as uow:
        assert verify_database(uow.session).ok


def test_the_case_waits_until_every_proposal_is_decided(
    services: Services, actors: dict[str, Actor]
) -> None:
    services.approvals.register(ApprovalKind.REFUSAL, Recorder())
    case_id = _case(services)
    first = _propose(services, actors["agent"], case_id)
    second = _propose(services, actors["agent"], case_id)  # already waiting: no move
    services.approvals.decide(
        actors["supervisor"], first, approve=True, reason="ok", expected_version=1
    )
    moves = [
        (d["from"], d["to"])
        for a, d in _state_changes(services, case_id)
        if a == "case_state_changed"
    ]
    assert moves == [("in_progress", "awaiting_approval")]
    services.approvals.decide(
        actors["supervisor"], second, approve=False, reason="no", expected_version=1
    )
    moves = [
        (d["from"], d["to"])
        for a, d in _state_changes(services, case_id)
        if a == "case_state_changed"
    ]
    assert moves == [("in_progress", "awaiting_approval"), ("awaiting_approval", "in_progress")]


def test_a_proposal_outside_the_work_moves_nothing(
    services: Services, actors: dict[str, Actor]
) -> None:
    services.approvals.register(ApprovalKind.REFUSAL, Recorder())
    case_id = _case(services, state="awaiting_identity")  # a refusal after failed checks
    approval_id = _propose(services, actors["agent"], case_id)
    services.approvals.decide(
        actors["supervisor"], approval_id, approve=True, reason="ok", expected_version=1
    )
    assert "case_state_changed" not in [a for a, _ in _state_changes(services, case_id)]
    with services.db.reader() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        assert case.state == "awaiting_identity"
