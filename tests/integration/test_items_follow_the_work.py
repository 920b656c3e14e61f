"""Items follow the work: issuing a copy (when confirmed) and recording a correction,
restriction, objection or withdrawal completes the item it answers, in the transaction
that records the work; the first work action on a verified case moves it to in progress
(logged like a manual move); a finished item keeps the day its clock stopped; and the
case is not closed by itself: the page offers closing once every item is decided."""

from __future__ import annotations

from pathlib import Path

import pytest

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import CaseOutcome, CaseState, ItemOutcome
from clb4u_desk.domain.categories import DataCategory, Purpose
from clb4u_desk.domain.rights import Right
from clb4u_desk.services.cases.service import CaseDetail
from clb4u_desk.services.decisions.service import FieldChange
from tests.conftest import MemoryKeyring
from tests.integration.copy_helpers import add_case
from tests.integration.test_decisions import person
from tests.integration.verification_helpers import add_customer


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "ef" * 32)


def _outcomes(detail: CaseDetail) -> dict[Right, ItemOutcome]:
    return {item.right: item.outcome for item in detail.items}


def _moves(services: Services, case_id: int) -> list[dict[str, object]]:
    return [
        event.details
        for event in services.cases.timeline(case_id)
        if event.action == "case_state_changed"
    ]


def _issue(
    services: Services, agent: Actor, case_id: int, out: Path, *, complete_items: bool
) -> None:
    out.mkdir()
    services.copies.issue(
        agent,
        case_id,
        out_dir=out,
        formats={"pdf"},
        exports_inside_pdf=True,
        channel="email",
        complete_items=complete_items,
    )


def test_a_confirmed_copy_completes_the_access_and_copy_items(
    services: Services, actors: dict[str, Actor], tmp_path: Path
) -> None:
    agent = actors["agent"]
    customer = add_customer(services, payment=False)
    case_id, _ = add_case(services, customer, 2, rights=("access", "copy", "rectification"))
    assert services.cases.get_case(case_id).state is CaseState.VERIFIED

    _issue(services, agent, case_id, tmp_path / "out", complete_items=True)

    detail = services.cases.get_case(case_id)
    assert detail.state is CaseState.IN_PROGRESS  # no manual move was needed
    assert _outcomes(detail) == {
        Right.ACCESS: ItemOutcome.DONE,
        Right.COPY: ItemOutcome.DONE,
        Right.RECTIFICATION: ItemOutcome.PENDING,
    }
    today = services.cases.rules.today(services.ctx.clock())
    for item in detail.items:
        # A finished item's clock stopped on the day its outcome was recorded.
        assert item.decided_on == (today if item.outcome is ItemOutcome.DONE else None)
        assert item.urgency is None or item.outcome is ItemOutcome.PENDING
    assert _moves(services, case_id) == [
        {
            "from": "verified",
            "to": "in_progress",
            "outcome": None,
            "reason": "work_started",
            "action": "copy_issued",
        }
    ]
    actions = [e.action for e in services.cases.timeline(case_id)]
    assert actions == ["copy_issued", "case_state_changed", "item_decided", "item_decided"]


def test_a_copy_kept_open_leaves_the_items_pending_and_still_starts_the_work(
    services: Services, actors: dict[str, Actor], tmp_path: Path
) -> None:
    agent = actors["agent"]
    customer = add_customer(services, payment=False)
    case_id, _ = add_case(services, customer, 2, rights=("access",))
    _issue(services, agent, case_id, tmp_path / "out", complete_items=False)
    detail = services.cases.get_case(case_id)
    assert detail.state is CaseState.IN_PROGRESS
    assert _outcomes(detail) == {Right.ACCESS: ItemOutcome.PENDING}
    # The outcome is then set on the page (no manual move before it either).
    (item,) = detail.items
    services.cases.set_item_outcome(agent, item.id, ItemOutcome.DONE, None, item.version)
    assert _outcomes(services.cases.get_case(case_id)) == {Right.ACCESS: ItemOutcome.DONE}


def test_an_outcome_on_a_verified_case_starts_the_work(
    services: Services, actors: dict[str, Actor]
) -> None:
    agent = actors["agent"]
    customer = add_customer(services, payment=False)
    case_id, _ = add_case(services, customer, 2, rights=("access", "erasure"))
    page = services.case_page.page(agent, case_id)
    access = next(item for item in page.case.items if item.right is Right.ACCESS)
    assert ItemOutcome.DONE in page.item_actions(access.id).outcome  # "Ghi kết quả…" works
    services.cases.set_item_outcome(agent, access.id, ItemOutcome.DONE, None, access.version)
    detail = services.cases.get_case(case_id)
    assert detail.state is CaseState.IN_PROGRESS
    assert [m["reason"] for m in _moves(services, case_id)] == ["work_started"]


def test_decisions_complete_their_items_and_closing_is_offered_not_done(
    services: Services, actors: dict[str, Actor]
) -> None:
    agent = actors["agent"]
    p = person(services)
    case_id, _ = add_case(
        services,
        p.customer_id,
        2,
        rights=("rectification", "restriction", "objection", "consent_withdrawal"),
    )
    services.decisions.rectify(
        agent,
        case_id,
        [FieldChange("customer_emails", p.email_id, "email", "bich.moi@example.vn")],
        reason="Địa chỉ email đã đổi",
        evidence="",
        expected_versions={f"customer_emails:{p.email_id}": 1},
    )
    detail = services.cases.get_case(case_id)
    assert detail.state is CaseState.IN_PROGRESS
    assert _outcomes(detail)[Right.RECTIFICATION] is ItemOutcome.DONE
    result = services.decisions.restrict(
        agent,
        case_id,
        categories=[DataCategory.POLLS],
        reason="Khách hàng yêu cầu hạn chế",
        expected_version=detail.version,
    )
    objected = services.decisions.object(
        agent, case_id, purposes=[Purpose.MARKETING], expected_version=result.case_version
    )
    services.decisions.withdraw_consent(
        agent, case_id, purposes=[Purpose.STATISTICS], expected_version=objected.case_version
    )
    detail = services.cases.get_case(case_id)
    assert set(_outcomes(detail).values()) == {ItemOutcome.DONE}
    assert detail.state is CaseState.IN_PROGRESS  # closing asks for an outcome
    assert len(_moves(services, case_id)) == 1  # one move: the first action
    page = services.case_page.page(agent, case_id)
    assert CaseOutcome.DONE in page.actions.close_outcomes
    closed = services.cases.transition(
        agent, case_id, CaseState.CLOSED, detail.version, CaseOutcome.DONE
    )
    assert closed.state is CaseState.CLOSED
