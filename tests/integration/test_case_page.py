"""The case page's read model on both databases: one snapshot, and its actions hold.

The proof: for every state × role × identity level, each action the page offers
succeeds when the service is called, and each action it does not offer is refused by
the service with a domain error. An offered action runs on a fresh copy of the case
(same state, level, items and assignee), so one success does not change what the next
one sees. Every action kind is called for real both ways: lifting a restriction lifts
one made through the service for the purpose.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import CaseOutcome, CaseState, ItemOutcome
from clb4u_desk.domain.categories import ContactChannel, DataCategory, Purpose
from clb4u_desk.domain.deadlines import Pause
from clb4u_desk.domain.errors import (
    IdentityNotVerifiedError,
    IllegalTransitionError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.rights import Right
from clb4u_desk.persistence.models import Case, CustomerEmail, RequestItem
from clb4u_desk.services.cases.deadlines import ItemClock, write_clock
from clb4u_desk.services.cases.page import CasePage
from clb4u_desk.services.decisions.service import FieldChange
from tests.conftest import MemoryKeyring
from tests.integration.test_decisions import person

NOW = datetime.now(UTC)
RECEIVED = NOW - timedelta(days=1)
RIGHTS = (Right.ACCESS, Right.RESTRICTION, Right.OBJECTION, Right.CONSENT_WITHDRAWAL, Right.ERASURE)
ROLES = ("agent", "supervisor", "admin")
# What a service says when it refuses an action: the user can do something about it.
REFUSALS = (
    PermissionDeniedError,
    IllegalTransitionError,
    IdentityNotVerifiedError,
    ValidationError,
)
_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "ab" * 32)


@dataclass(frozen=True)
class Shape:
    state: CaseState
    level: int
    assignee_id: int | None = None


@dataclass(frozen=True)
class Target:
    """The ids and versions a call names: of a page, or of a case just made."""

    case_id: int
    reference: str
    version: int
    items: dict[Right, tuple[int, int]]  # id, version

    @staticmethod
    def of(page: CasePage) -> Target:
        return Target(
            page.case.id,
            page.case.reference,
            page.case.version,
            {item.right: (item.id, item.version) for item in page.case.items},
        )

    def item(self, right: Right) -> int:
        return self.items[right][0]

    def item_version(self, right: Right) -> int:
        return self.items[right][1]


@dataclass
class World:
    services: Services
    customer_id: int
    email_id: int
    other_customer_id: int
    other_account_id: int  # someone a case is given to
    earlier_case_id: int = 0  # an earlier request a case may be related to

    def case(self, shape: Shape) -> Target:
        """A case of ``shape``, linked, with one pending item per right of RIGHTS.

        Each has a contact point of its own, so none is "possibly related" to another.
        """
        closed = shape.state is CaseState.CLOSED
        number = next(_numbers)
        with self.services.db.uow() as uow:
            row = Case(
                reference=f"DSR-2026-{900_000 + number:06d}",
                channel="email",
                received_at=RECEIVED,
                requester_name="Trần Thị Bích",
                requester_email=f"bich{number}@example.vn",
                contact_key=f"bich{number}@example.vn",
                customer_id=self.customer_id,
                regimes="vn",
                state=shape.state.value,
                outcome=CaseOutcome.WITHDRAWN.value if closed else None,
                closed_at=NOW if closed else None,
                identity_level=shape.level,
                assignee_id=shape.assignee_id,
                due_on=RECEIVED.date() + timedelta(days=10),
            )
            uow.session.add(row)
            uow.session.flush()
            items = [
                RequestItem(
                    case_id=row.id,
                    right=right.value,
                    due_on=RECEIVED.date() + timedelta(days=10),
                    base_due_on=RECEIVED.date() + timedelta(days=10),
                    regime_applied="vn",
                )
                for right in RIGHTS
            ]
            uow.session.add_all(items)
            uow.session.flush()
            made = Target(
                row.id,
                row.reference,
                row.version,
                {Right(item.right): (item.id, item.version) for item in items},
            )
            uow.commit()
            return made

    def restriction(self, actor: Actor) -> tuple[int, int]:
        """An active restriction of the customer (id, version), made through the service
        on a case of its own: lifting one needs one to lift."""
        own = self.case(Shape(CaseState.IN_PROGRESS, 3))
        made = self.services.decisions.restrict(
            actor,
            own.case_id,
            categories=[next(iter(DataCategory))],
            reason="Khách hàng yêu cầu hạn chế",
            expected_version=own.version,
        )
        (active,) = made.created or made.already_active
        return active.id, active.version

    def email_version(self) -> int:
        with self.services.db.reader() as uow:
            email = uow.session.get(CustomerEmail, self.email_id)
            assert email is not None
            return email.version


@pytest.fixture
def world(services: Services, actors: dict[str, Actor]) -> World:
    first = person(services)
    second = person(services, name="Lê Văn Cường", email="cuong@example.vn", phone="+84912000999")
    world = World(
        services,
        first.customer_id,
        first.email_id,
        second.customer_id,
        actors["agent2"].account_id,
    )
    world.earlier_case_id = world.case(Shape(CaseState.CLOSED, 0)).case_id
    return world


def page_of(world: World, actor: Actor, case_id: int) -> CasePage:
    return world.services.case_page.page(actor, case_id)


# --------------------------------------------------------------------------- the actions

CaseCall = Callable[[World, Actor, Target], object]


def _item(page: CasePage, right: Right) -> int:
    return next(item.id for item in page.case.items if item.right is right)


def _item_version(page: CasePage, right: Right) -> int:
    return page.case.item(_item(page, right)).version


def _rectify(world: World, actor: Actor, page: Target) -> object:
    # Contact data: corrected from L1, the lowest level at which the page offers it.
    version = world.email_version()
    return world.services.decisions.rectify(
        actor,
        page.case_id,
        [FieldChange("customer_emails", world.email_id, "email", f"bich{version}@example.vn")],
        reason="Địa chỉ email đã đổi",
        evidence="",
        expected_versions={f"customer_emails:{world.email_id}": version},
    )


def _lift(world: World, actor: Actor, page: Target) -> object:
    restriction_id, version = world.restriction(actor)
    return world.services.decisions.lift_restriction(
        actor,
        page.case_id,
        restriction_id,
        requester_told=True,
        how="email",
        expected_version=version,
    )


# Each case-wide action of the read model, and the service call that carries it out.
CASE_CALLS: dict[str, CaseCall] = {
    "assign": lambda w, a, p: w.services.cases.assign(a, p.case_id, w.other_account_id, p.version),
    "assign_to_me": lambda w, a, p: w.services.cases.assign(a, p.case_id, a.account_id, p.version),
    "acknowledge": lambda w, a, p: w.services.cases.mark_acknowledged(a, p.case_id, p.version),
    "verify": lambda w, a, p: w.services.verification.record_signed_declaration(a, p.case_id),
    "link_customer": lambda w, a, p: w.services.verification.link_customer(
        a, p.case_id, w.other_customer_id, p.version
    ),
    "open_profile": lambda w, a, p: w.services.lookup.load_profile_for_case(a, p.case_id),
    "rectification": _rectify,
    "restriction": lambda w, a, p: w.services.decisions.restrict(
        a,
        p.case_id,
        categories=[next(iter(DataCategory))],
        reason="Khách hàng yêu cầu hạn chế",
        expected_version=p.version,
    ),
    "lift_restriction": _lift,
    "objection": lambda w, a, p: w.services.decisions.object(
        a, p.case_id, purposes=[Purpose.MARKETING], expected_version=p.version
    ),
    "withdrawal": lambda w, a, p: w.services.decisions.withdraw_consent(
        a, p.case_id, purposes=[Purpose.MARKETING], expected_version=p.version
    ),
    "suppression": lambda w, a, p: w.services.decisions.suppress_contact_point(
        a, p.case_id, ContactChannel.EMAIL, expected_version=p.version
    ),
    "copy": lambda w, a, p: w.services.copies.preview(a, p.case_id),
    "erasure": lambda w, a, p: w.services.erasure.propose(a, p.case_id, p.item(Right.ERASURE)),
    "evidence": lambda w, a, p: w.services.evidence.evidence_pack(a, p.reference),
    "link_related": lambda w, a, p: w.services.intake.link_related(
        a, p.case_id, w.earlier_case_id, p.version
    ),
}
# The actions whose guards read the identity level, or the role beyond handling cases.
LEVEL_SENSITIVE = frozenset(
    {
        "verify",
        "open_profile",
        "rectification",
        "restriction",
        "lift_restriction",
        "objection",
        "withdrawal",
        "copy",
        "erasure",
        "move to verified",
    }
)
ROLE_SENSITIVE = frozenset({"evidence", "item refused"})
# Read-only calls: they run on the case the page was read from.
READS = frozenset({"open_profile", "copy", "evidence"})


def _move(target: CaseState) -> CaseCall:
    return lambda w, a, p: w.services.cases.transition(a, p.case_id, target, p.version)


def _close(outcome: CaseOutcome) -> CaseCall:
    return lambda w, a, p: w.services.cases.transition(
        a, p.case_id, CaseState.CLOSED, p.version, outcome
    )


def _outcome(outcome: ItemOutcome) -> CaseCall:
    def call(w: World, a: Actor, p: Target) -> object:
        reason = None if outcome is ItemOutcome.DONE else "Một phần dữ liệu đã xoá theo luật"
        return w.services.cases.set_item_outcome(
            a, p.item(Right.ACCESS), outcome, reason, p.item_version(Right.ACCESS)
        )

    return call


# Each action for the access item, and its call.
ITEM_CALLS: dict[str, CaseCall] = {
    "pause": lambda w, a, p: w.services.cases.pause_item(
        a, p.item(Right.ACCESS), "Chờ giấy tờ", p.item_version(Right.ACCESS)
    ),
    "resume": lambda w, a, p: w.services.cases.resume_item(
        a, p.item(Right.ACCESS), p.item_version(Right.ACCESS)
    ),
    "extension": lambda w, a, p: w.services.decisions.propose_extension(
        a,
        p.item(Right.ACCESS),
        "Cần thêm thời gian",
        expected_version=p.item_version(Right.ACCESS),
    ),
    "refusal": lambda w, a, p: w.services.decisions.propose_refusal(
        a,
        p.item(Right.ACCESS),
        "Hóa đơn phải lưu 10 năm",
        "Luật Kế toán 88/2015 Điều 41",
        expected_version=p.item_version(Right.ACCESS),
    ),
    "third_party": lambda w, a, p: w.services.cases.set_item_third_party(
        a, p.item(Right.ACCESS), True, "Bên xử lý giữ dữ liệu", p.item_version(Right.ACCESS)
    ),
}


@dataclass
class Check:
    """One action of the read model, whether it was offered, and its call."""

    name: str
    offered: bool
    call: CaseCall
    reads: bool = False


def _checks(page: CasePage) -> list[Check]:
    actions = page.actions
    checks = [
        Check(name, bool(getattr(actions, name)), call, reads=name in READS)
        for name, call in CASE_CALLS.items()
    ]
    for target in (
        CaseState.AWAITING_IDENTITY,
        CaseState.VERIFIED,
        CaseState.IN_PROGRESS,
        CaseState.AWAITING_APPROVAL,
    ):
        offered = target in actions.targets
        checks.append(Check(f"move to {target.value}", offered, _move(target)))
    for closing in CaseOutcome:
        checks.append(
            Check(f"close {closing.value}", closing in actions.close_outcomes, _close(closing))
        )
    item = page.item_actions(_item(page, Right.ACCESS))
    for name, call in ITEM_CALLS.items():
        checks.append(Check(f"item {name}", bool(getattr(item, name)), call))
    for outcome in (ItemOutcome.DONE, ItemOutcome.PARTLY_DONE, ItemOutcome.REFUSED):
        checks.append(Check(f"item {outcome.value}", outcome in item.outcome, _outcome(outcome)))
    return checks


def _prove(world: World, actor: Actor, shape: Shape, seen: set[tuple[object, ...]]) -> list[str]:
    """Every action of the page for ``shape`` against the services; the failures.

    The page is read for every state, level and role. A service call is made once per
    answer the page gives for the facts its guard reads: the state always, the level
    only for the actions that need identity, the role only where roles differ (a
    refusal set directly, the evidence pack); every role handles cases alike otherwise.
    This keeps the run short on PostgreSQL.
    """
    template = world.case(shape)
    page = page_of(world, actor, template.case_id)
    failures: list[str] = []
    where = f"{shape.state.value} L{shape.level} {actor.role}"
    for check in _checks(page):
        key = (
            check.name,
            check.offered,
            shape.state,
            shape.level if check.name in LEVEL_SENSITIVE else None,
            actor.role if check.name in ROLE_SENSITIVE else None,
        )
        if key in seen:
            continue
        seen.add(key)
        if check.offered:
            target = template if check.reads else world.case(shape)
            try:
                check.call(world, actor, target)
            except REFUSALS as error:
                failures.append(f"{where}: {check.name} offered but refused: {error}")
        else:
            try:
                check.call(world, actor, template)
            except REFUSALS:
                continue
            failures.append(f"{where}: {check.name} not offered but done")
    return failures


def test_every_offered_action_succeeds_and_every_other_is_refused(
    world: World, actors: dict[str, Actor]
) -> None:
    failures: list[str] = []
    seen: set[tuple[object, ...]] = set()
    for state, level, role in itertools.product(CaseState, range(4), ROLES):
        actor = actors[role]
        # The agent's cases are theirs already: "assign to me" is then neither offered
        # nor accepted; the others' are nobody's.
        mine = actor.account_id if role == "agent" else None
        failures += _prove(world, actor, Shape(state, level, mine), seen)
    assert failures == []


# --------------------------------------------------------------------------- the snapshot


def test_the_page_is_one_snapshot_with_its_actions(world: World, actors: dict[str, Actor]) -> None:
    agent, boss = actors["agent"], actors["supervisor"]
    case_id = world.case(Shape(CaseState.IN_PROGRESS, 2)).case_id
    page = page_of(world, agent, case_id)
    assert page.case.id == page.verification.case_id == case_id
    assert page.verification.case_version == page.case.version
    assert [e.action for e in page.timeline] == []  # made directly, so nothing logged yet
    assert page.actions.copy
    assert page.actions.erasure
    assert not page.actions.evidence
    assert page.erasure_item_id == _item(page, Right.ERASURE)
    # A proposal waits: the item is held, the case waits for the supervisor (four eyes).
    world.services.decisions.propose_extension(
        agent,
        _item(page, Right.ACCESS),
        "Cần thêm thời gian",
        expected_version=_item_version(page, Right.ACCESS),
    )
    waiting = page_of(world, agent, case_id)
    assert waiting.case.state is CaseState.AWAITING_APPROVAL
    assert [a.kind for a in waiting.approvals] == ["extension"]
    assert [e.action for e in waiting.timeline] == ["approval_requested", "case_state_changed"]
    held = waiting.item_actions(_item(waiting, Right.ACCESS))
    assert not (held.extension)
    assert not (held.refusal)
    assert not (held.third_party)
    assert CaseState.IN_PROGRESS not in waiting.actions.targets
    with pytest.raises(IllegalTransitionError, match="four eyes"):
        world.services.cases.transition(agent, case_id, CaseState.IN_PROGRESS, waiting.case.version)
    with pytest.raises(IllegalTransitionError, match="already waiting"):
        world.services.cases.set_item_third_party(
            agent,
            _item(waiting, Right.ACCESS),
            True,
            "Bên xử lý",
            _item_version(waiting, Right.ACCESS),
        )
    assert page_of(world, boss, case_id).actions.evidence
    assert waiting.item_actions(None) == waiting.item_actions(-1)


def test_relinking_is_offered_until_verification_steps_are_taken(
    world: World, actors: dict[str, Actor]
) -> None:
    agent = actors["agent"]
    case_id = world.case(Shape(CaseState.AWAITING_IDENTITY, 0)).case_id
    assert page_of(world, agent, case_id).actions.link_customer
    world.services.verification.record_signed_declaration(agent, case_id)
    page = page_of(world, agent, case_id)
    assert page.verification.attempts
    assert not page.actions.link_customer
    with pytest.raises(ValidationError, match="cannot be linked to a different one"):
        world.services.verification.link_customer(
            agent, case_id, world.other_customer_id, page.case.version
        )


def test_a_paused_item_offers_resume_and_resumes(world: World, actors: dict[str, Actor]) -> None:
    agent = actors["agent"]
    case_id = world.case(Shape(CaseState.IN_PROGRESS, 2)).case_id
    page = page_of(world, agent, case_id)
    item_id = _item(page, Right.ACCESS)
    assert page.item_actions(item_id).pause
    assert not page.item_actions(item_id).resume
    world.services.cases.pause_item(
        agent, item_id, "Chờ giấy tờ", _item_version(page, Right.ACCESS)
    )
    paused = page_of(world, agent, case_id)
    offers = paused.item_actions(item_id)
    assert offers.resume
    assert not offers.pause
    assert not offers.extension
    with pytest.raises(IllegalTransitionError, match="stopped already"):
        world.services.cases.pause_item(
            agent, item_id, "Lần nữa", _item_version(paused, Right.ACCESS)
        )
    world.services.cases.resume_item(agent, item_id, _item_version(paused, Right.ACCESS))
    assert page_of(world, agent, case_id).item_actions(item_id).pause


def test_the_page_needs_the_permission_to_handle_cases(
    world: World, actors: dict[str, Actor]
) -> None:
    case_id = world.case(Shape(CaseState.RECEIVED, 0)).case_id
    nobody = Actor(account_id=999, login="guest", display_name="Guest", role="guest")
    with pytest.raises(PermissionDeniedError):
        page_of(world, nobody, case_id)


def test_a_copy_answers_a_pending_access_or_copy_item(
    world: World, actors: dict[str, Actor]
) -> None:
    agent = actors["agent"]
    case_id = world.case(Shape(CaseState.IN_PROGRESS, 2)).case_id
    page = page_of(world, agent, case_id)
    assert page.actions.copy
    world.services.cases.set_item_outcome(
        agent, _item(page, Right.ACCESS), ItemOutcome.DONE, None, _item_version(page, Right.ACCESS)
    )
    answered = page_of(world, agent, case_id)
    assert not answered.actions.copy
    with pytest.raises(IllegalTransitionError, match="no pending request for access or copy"):
        world.services.copies.preview(agent, case_id)


def test_no_pause_while_the_clock_stands_for_the_rules(
    world: World, actors: dict[str, Actor]
) -> None:
    agent = actors["agent"]
    case_id = world.case(Shape(CaseState.IN_PROGRESS, 2)).case_id
    item_id = _item(page_of(world, agent, case_id), Right.ACCESS)
    # The item's clock stands with no pause of the agent open (paused_since unset).
    with world.services.db.uow() as uow:
        row = uow.session.get(RequestItem, item_id)
        assert row is not None
        today = world.services.cases.rules.today(NOW)
        write_clock(row, ItemClock((Pause(today, None, "Chờ bên xử lý"),)))
        uow.commit()
    page = page_of(world, agent, case_id)
    assert page.case.item(item_id).clock_stopped
    assert page.case.item(item_id).paused_since is None
    offers = page.item_actions(item_id)
    assert not offers.pause
    assert not offers.resume
    with pytest.raises(IllegalTransitionError, match="stopped already"):
        world.services.cases.pause_item(
            agent, item_id, "Chờ giấy tờ", _item_version(page, Right.ACCESS)
        )
