"""The demo workspace opens on a live queue: cases in every state, urgency and right,
made through the real services, deterministic, and a decision log that verifies."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clb4u_desk.app import Services, build_services
from clb4u_desk.audit.verify import verify_database
from clb4u_desk.config import DatabaseSettings, Settings
from clb4u_desk.demo.cases import SCRIPT, DemoStaff, seed_demo_cases
from clb4u_desk.demo.seed import DEMO_ACCOUNTS, seed_demo_workspace
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import CaseState
from clb4u_desk.domain.deadlines import Urgency
from clb4u_desk.domain.errors import (
    IdentityNotVerifiedError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.persistence.models import Case, CustomerEmail, DecisionLogEntry
from clb4u_desk.services.cases.service import CaseDetail

# A Wednesday, 10:00 in Hanoi: the urgencies below are those of this day.
NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
CUSTOMERS = 300


@dataclass(frozen=True)
class Workspace:
    services: Services
    cases: list[CaseDetail]  # every case, by reference

    def sign_in(self, login: str) -> Actor:
        account = next(a for a in DEMO_ACCOUNTS if a.login == login)
        return self.services.accounts.sign_in(account.login, account.password)

    def in_state(self, state: CaseState) -> list[CaseDetail]:
        return [case for case in self.cases if case.state is state]


def _open(url: str) -> Services:
    db = Database(create_app_engine(url))
    migrate.upgrade(db.engine)
    settings = replace(Settings(), demo=True, database=DatabaseSettings(url=url, password="none"))
    return build_services(settings, db, clock=lambda: NOW)


def _workspace(services: Services) -> Workspace:
    seed_demo_workspace(services, customers=CUSTOMERS)
    with services.db.reader() as uow:
        references = uow.session.execute(select(Case.reference).order_by(Case.reference))
        keys = list(references.scalars())
    return Workspace(services, [services.cases.get_case(key) for key in keys])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """One demo workspace (SQLite) shared by the read-only tests of this module."""
    folder = tmp_path_factory.mktemp("demo")
    services = _open(f"sqlite:///{(folder / 'demo.sqlite3').as_posix()}")
    yield _workspace(services)
    services.db.dispose()


def test_the_queue_has_every_urgency_state_right_and_channel(demo: Workspace) -> None:
    cases = demo.cases
    assert 30 <= len(cases) <= 40
    open_cases = [case for case in cases if case.state is not CaseState.CLOSED]
    urgencies = [case.urgency for case in open_cases]
    assert set(urgencies) == set(Urgency)
    assert urgencies.count(Urgency.OVERDUE) >= 2
    assert urgencies.count(Urgency.DUE_SOON) >= 2
    assert {case.state for case in cases} == set(CaseState)
    for state in (
        CaseState.RECEIVED,
        CaseState.AWAITING_IDENTITY,
        CaseState.IN_PROGRESS,
        CaseState.CLOSED,
    ):
        assert len(demo.in_state(state)) >= 3, state
    assert {item.right for case in cases for item in case.items} == set(Right)
    assert {case.channel for case in cases} == {
        Channel.EMAIL,
        Channel.PHONE,
        Channel.POST,
        Channel.WALK_IN,
    }
    owners = {case.assignee_name for case in cases}
    assert {a.display_name for a in DEMO_ACCOUNTS if a.login != "admin"} | {None} == owners
    received = sorted(case.received_at for case in cases)
    assert (NOW - received[0]).days in range(20, 27)
    assert received[-1] <= NOW
    # Several regimes, as residents of the EU and California ask too.
    assert {regime for case in cases for regime in case.regimes} == {"vn", "gdpr", "ccpa"}


def test_verified_cases_show_the_profile_and_unverified_ones_do_not(demo: Workspace) -> None:
    agent = demo.sign_in("agent")
    worked = demo.in_state(CaseState.IN_PROGRESS) + demo.in_state(CaseState.VERIFIED)
    access = [case for case in worked if any(i.right is Right.ACCESS for i in case.items)]
    assert access, "a verified access request to look up"
    for case in access:
        assert case.customer_id is not None
        assert case.identity_level >= 2
        profile = demo.services.lookup.load_profile_for_case(agent, case.id)
        assert profile.customer_id == case.customer_id
        assert profile.total_records > 0
    checking = [
        case
        for case in demo.in_state(CaseState.AWAITING_IDENTITY)
        if case.customer_id is not None and case.identity_level < 1
    ]
    assert checking
    with pytest.raises(IdentityNotVerifiedError):
        demo.services.lookup.load_profile_for_case(agent, checking[0].id)


def test_linked_requesters_are_the_customers_they_claim_to_be(demo: Workspace) -> None:
    agent = demo.sign_in("agent")
    linked = [case for case in demo.cases if case.customer_id is not None]
    assert len(linked) >= 20
    for case in linked:
        matches = demo.services.verification.identifier_matches(agent, case.id)
        contact = [m for m in matches if m.kind.value in ("email", "phone")]
        assert contact, case.reference
        assert all(m.matched for m in contact), case.reference
    unlinked = [case for case in demo.cases if case.customer_id is None]
    strangers = [
        case
        for case in unlinked
        if case.requester_email and case.requester_email.endswith("@example.net")
    ]
    assert len(strangers) == 3
    with demo.services.db.reader() as uow:
        held = set(uow.session.execute(select(CustomerEmail.email)).scalars())
    assert not {case.requester_email for case in strangers} & held


def test_clock_stopped_cases_wait_for_the_requester(demo: Workspace) -> None:
    stopped = [case for case in demo.cases if case.urgency is Urgency.STOPPED]
    assert len(stopped) == 2
    for case in stopped:
        assert case.state is CaseState.AWAITING_IDENTITY
        assert case.due_on is None
        assert all(item.clock_stopped for item in case.items)


def test_demo_emails_arrive_as_imported_emails(demo: Workspace) -> None:
    emailed = [
        case
        for case in demo.cases
        if any(a.display_name == "original-email.eml" for a in case.attachments)
    ]
    assert len(emailed) == sum(1 for scripted in SCRIPT if scripted.eml)
    for case in emailed:
        _info, data = demo.services.cases.attachment_content(case.attachments[0].id)
        assert case.requester_email is not None
        assert case.requester_email.encode() in data  # the sender filled in
        assert case.notes  # subject and body kept for the agent


def test_erasure_and_extension_wait_for_the_supervisor(demo: Workspace) -> None:
    supervisor = demo.sign_in("supervisor")
    pending = demo.services.approvals.pending(supervisor)
    assert sorted(view.kind for view in pending) == ["erasure", "extension"]
    erasure = next(view for view in pending if view.kind == "erasure")
    assert erasure.proposed_by == "agent"
    case = demo.services.cases.get_case(erasure.case_id)
    assert case.state is CaseState.AWAITING_APPROVAL
    assert demo.services.erasure.status(supervisor, case.id) is not None
    with pytest.raises(PermissionDeniedError):  # four eyes: the proposer cannot decide
        demo.services.approvals.decide(
            demo.sign_in("agent"),
            erasure.id,
            approve=True,
            reason="ok",
            expected_version=erasure.version,
        )


def test_the_decision_log_verifies_and_names_nobody(demo: Workspace) -> None:
    with demo.services.db.reader() as uow:
        result = verify_database(uow.session)
        details = list(uow.session.execute(select(DecisionLogEntry.details)).scalars())
        actions = set(uow.session.execute(select(DecisionLogEntry.action)).scalars())
    assert result.ok
    assert result.count > 200
    assert {
        "case_received",
        "case_customer_linked",
        "verification_attempt",
        "identity_level_changed",
        "item_clock_stopped",
        "approval_requested",
        "erasure_planned",
        "item_decided",
        "case_state_changed",
    } <= actions
    logged = "\n".join(details)
    for case in demo.cases:
        for value in (case.requester_name, case.requester_email, case.requester_phone):
            if value:
                assert unicodedata.normalize("NFC", value) not in logged, case.reference


def test_same_seed_and_clock_give_the_same_cases(demo: Workspace, db_url: str) -> None:
    other = _open(db_url)  # SQLite and PostgreSQL
    try:
        again = _workspace(other)

        def shape(workspace: Workspace) -> list[tuple[object, ...]]:
            return [
                (
                    case.reference,
                    case.state,
                    case.channel,
                    case.customer_id,
                    case.assignee_name,
                    case.received_at,
                    case.due_on,
                    tuple(item.right for item in case.items),
                )
                for case in workspace.cases
            ]

        assert shape(again) == shape(demo)
    finally:
        other.db.dispose()


def test_next_start_adds_nothing_and_cases_go_only_into_an_empty_workspace(tmp_path: Path) -> None:
    services = _open(f"sqlite:///{(tmp_path / 'demo.sqlite3').as_posix()}")
    try:
        first = seed_demo_workspace(services, customers=CUSTOMERS)
        assert first.cases_seeded is not None
        assert len(first.cases_seeded.references) == len(SCRIPT)
        again = seed_demo_workspace(services, customers=CUSTOMERS)
        assert again.cases_seeded is None
        assert again.customers_seeded is None
        with services.db.reader() as uow:
            count = uow.session.execute(select(func.count()).select_from(Case)).scalar_one()
        assert count == len(SCRIPT)
        workspace = Workspace(services, [])
        staff = [workspace.sign_in(login) for login in ("agent", "agent2", "supervisor")]
        with pytest.raises(ValidationError, match="has cases already"):
            seed_demo_cases(services, DemoStaff(*staff))
    finally:
        services.db.dispose()


def test_only_a_demo_workspace_is_filled(services: Services) -> None:
    with pytest.raises(ValidationError, match="--demo"):
        seed_demo_workspace(services, customers=CUSTOMERS)
