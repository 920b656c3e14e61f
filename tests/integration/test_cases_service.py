"""Working on cases: transitions, timeline, acknowledgement, extension, pauses, locking, queue.

Every test runs on SQLite and on PostgreSQL (the ``services`` fixture).
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest

from clb4u_desk.app import Services, build_services
from clb4u_desk.config import Settings
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import CaseOutcome, CaseState, ItemOutcome
from clb4u_desk.domain.deadlines import (
    ExtensionAlreadyUsedError,
    Urgency,
    acknowledgement_due,
)
from clb4u_desk.domain.errors import (
    ConcurrentChangeError,
    IdentityNotVerifiedError,
    IllegalTransitionError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.rights import Regime, Right
from clb4u_desk.persistence.database import Database
from clb4u_desk.policies.deadlines import load_deadline_policy, load_holiday_calendar
from clb4u_desk.services.cases.queue import QueueFilter, initials
from tests.conftest import MemoryKeyring
from tests.integration.case_helpers import Clock, Desk, make_desk, phone_case
from tests.integration.verification_helpers import PHONE, add_customer


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def desk(services: Services, clock: Clock) -> Desk:
    return make_desk(services, clock)


def _open(desk: Desk, actor: Actor, *rights: Right, **kwargs: object) -> int:
    summary = desk.intake.create_case(
        actor, phone_case(desk.clock, rights or (Right.ACCESS,), **kwargs)
    )  # type: ignore[arg-type]
    return summary.id


def _move(desk: Desk, actor: Actor, case_id: int, *states: CaseState) -> None:
    for state in states:
        version = desk.cases.get_case(case_id).version
        desk.cases.transition(actor, case_id, state, version)


# --------------------------------------------------------------------------- transitions


@pytest.mark.usefixtures("pseudonym_key")  # the verification needs it
def test_legal_transitions_are_logged_in_order(desk: Desk, actors: dict[str, Actor]) -> None:
    agent = actors["agent"]
    case_id = _open(desk, agent, Right.ACCESS)
    _move(desk, agent, case_id, CaseState.AWAITING_IDENTITY)
    desk.verify(agent, case_id)  # moves the case to verified
    _move(desk, agent, case_id, CaseState.IN_PROGRESS)
    detail = desk.cases.get_case(case_id)
    assert detail.state is CaseState.IN_PROGRESS
    events = desk.cases.timeline(case_id)
    moved = [e for e in events if e.action in ("case_received", "case_state_changed")]
    assert [e.action for e in moved] == ["case_received"] + ["case_state_changed"] * 3
    assert [e.seq for e in events] == sorted(e.seq for e in events)
    assert [e.recorded_at for e in events] == sorted(e.recorded_at for e in events)
    moves = [(e.details["from"], e.details["to"]) for e in moved[1:]]
    assert moves == [
        ("received", "awaiting_identity"),
        ("awaiting_identity", "verified"),
        ("verified", "in_progress"),
    ]
    assert all(e.actor == "agent" and e.actor_role == "agent" for e in events)
    # The timeline is the log of this case only.
    other = _open(desk, agent, Right.ERASURE)
    assert [e.action for e in desk.cases.timeline(other)] == ["case_received"]


def test_illegal_transition_raises_and_logs_nothing(desk: Desk, actors: dict[str, Actor]) -> None:
    agent = actors["agent"]
    case_id = _open(desk, agent)
    version = desk.cases.get_case(case_id).version
    before = desk.log_size()
    with pytest.raises(IllegalTransitionError):
        desk.cases.transition(agent, case_id, CaseState.IN_PROGRESS, version)
    with pytest.raises(IllegalTransitionError):  # a received case cannot be refused
        desk.cases.transition(agent, case_id, CaseState.CLOSED, version, CaseOutcome.REFUSED)
    assert desk.log_size() == before
    detail = desk.cases.get_case(case_id)
    assert (detail.state, detail.version) == (CaseState.RECEIVED, version)


@pytest.mark.usefixtures("pseudonym_key")  # the verification needs it
def test_verified_waits_for_the_identity_level(desk: Desk, actors: dict[str, Actor]) -> None:
    agent = actors["agent"]
    case_id = _open(desk, agent, Right.ACCESS)
    version = desk.cases.get_case(case_id).version
    before = desk.log_size()
    with pytest.raises(IdentityNotVerifiedError, match="not linked"):
        desk.cases.transition(agent, case_id, CaseState.VERIFIED, version)
    customer_id = add_customer(desk.services)
    desk.verification.link_customer(agent, case_id, customer_id, version)
    desk.verification.record_callback(agent, case_id, PHONE, confirmed=True)  # L1 of L2
    waiting = desk.cases.get_case(case_id)
    assert (waiting.state, waiting.identity_level) == (CaseState.AWAITING_IDENTITY, 1)
    size = desk.log_size()
    with pytest.raises(IdentityNotVerifiedError, match="level L1, and its requests need L2"):
        desk.cases.transition(agent, case_id, CaseState.VERIFIED, waiting.version)
    assert desk.log_size() == size > before
    assert desk.cases.get_case(case_id).state is CaseState.AWAITING_IDENTITY


@pytest.mark.usefixtures("pseudonym_key")  # the verification needs it
def test_closing_follows_the_items(desk: Desk, actors: dict[str, Actor]) -> None:
    agent, supervisor = actors["agent"], actors["supervisor"]
    case_id = _open(desk, agent, Right.ACCESS, Right.ERASURE)
    _move(desk, agent, case_id, CaseState.AWAITING_IDENTITY)
    desk.verify(agent, case_id)
    _move(desk, agent, case_id, CaseState.IN_PROGRESS)
    detail = desk.cases.get_case(case_id)
    with pytest.raises(IllegalTransitionError, match="pending"):
        desk.cases.transition(agent, case_id, CaseState.CLOSED, detail.version)
    access, erasure = detail.items
    desk.cases.set_item_outcome(agent, access.id, ItemOutcome.DONE, None, access.version)
    with pytest.raises(PermissionDeniedError):  # a refusal needs four eyes
        desk.cases.set_item_outcome(
            agent, erasure.id, ItemOutcome.REFUSED, "legal hold", erasure.version
        )
    with pytest.raises(ValidationError):
        desk.cases.set_item_outcome(
            supervisor, erasure.id, ItemOutcome.REFUSED, " ", erasure.version
        )
    detail = desk.cases.set_item_outcome(
        supervisor,
        erasure.id,
        ItemOutcome.REFUSED,
        "Invoices must be kept 10 years",
        erasure.version,
    )
    assert detail.due_on is None  # no open item left
    with pytest.raises(IllegalTransitionError, match="partly_done"):
        desk.cases.transition(agent, case_id, CaseState.CLOSED, detail.version, CaseOutcome.DONE)
    closed = desk.cases.transition(agent, case_id, CaseState.CLOSED, detail.version)
    assert (closed.state, closed.outcome) == (CaseState.CLOSED, CaseOutcome.PARTLY_DONE)
    assert closed.closed_at == desk.clock()
    assert closed.urgency is None
    with pytest.raises(IllegalTransitionError):
        desk.cases.transition(agent, case_id, CaseState.IN_PROGRESS, closed.version)
    decided = [e for e in desk.cases.timeline(case_id) if e.action == "item_decided"]
    assert [e.details["outcome"] for e in decided] == ["done", "refused"]
    assert "Invoices" not in str(decided[1].details)  # the reason stays on the item


def test_refusal_after_failed_verification(desk: Desk, actors: dict[str, Actor]) -> None:
    agent, supervisor = actors["agent"], actors["supervisor"]
    case_id = _open(desk, agent, Right.ERASURE)
    detail = desk.cases.get_case(case_id)
    with pytest.raises(IllegalTransitionError, match="Withdrawn"):  # lists what is possible
        desk.cases.transition(agent, case_id, CaseState.CLOSED, detail.version, CaseOutcome.REFUSED)
    _move(desk, agent, case_id, CaseState.AWAITING_IDENTITY)
    item = desk.cases.get_case(case_id).items[0]
    with pytest.raises(IllegalTransitionError):  # nothing was done: it cannot be "done"
        desk.cases.set_item_outcome(agent, item.id, ItemOutcome.DONE, None, item.version)
    detail = desk.cases.set_item_outcome(
        supervisor, item.id, ItemOutcome.REFUSED, "Identity could not be verified", item.version
    )
    closed = desk.cases.transition(
        agent, case_id, CaseState.CLOSED, detail.version, CaseOutcome.REFUSED
    )
    assert closed.outcome is CaseOutcome.REFUSED


def test_withdrawal_from_received(desk: Desk, actors: dict[str, Actor]) -> None:
    case_id = _open(desk, actors["agent"])
    version = desk.cases.get_case(case_id).version
    closed = desk.cases.transition(
        actors["agent"], case_id, CaseState.CLOSED, version, CaseOutcome.WITHDRAWN
    )
    assert closed.outcome is CaseOutcome.WITHDRAWN


# --------------------------------------------------------------------------- details


def test_case_detail_by_id_and_reference(desk: Desk, actors: dict[str, Actor]) -> None:
    summary = desk.intake.create_case(
        actors["agent"], phone_case(desk.clock, (Right.ERASURE, Right.ACCESS), eu=True)
    )
    by_ref = desk.cases.get_case(summary.reference.lower())
    by_id = desk.cases.get_case(summary.id)
    assert by_ref == by_id
    assert by_id.regimes == (Regime.VN, Regime.GDPR)
    assert [i.right for i in by_id.items] == [Right.ERASURE, Right.ACCESS]
    assert [i.due_on for i in by_id.items] == [i.due_on for i in summary.items]
    assert by_id.due_on == min(i.due_on for i in summary.items)
    assert by_id.state is CaseState.RECEIVED
    assert by_id.identity_level == 0
    assert by_id.allowed_targets == (
        CaseState.AWAITING_IDENTITY,
        CaseState.VERIFIED,
        CaseState.CLOSED,
    )
    assert "Nguyễn" not in repr(by_id)
    assert "anh@" not in repr(by_id)


def test_assign_and_link(desk: Desk, actors: dict[str, Actor]) -> None:
    agent = actors["agent"]
    first = desk.intake.create_case(agent, phone_case(desk.clock))
    desk.clock.advance(days=3)
    second = desk.intake.create_case(agent, phone_case(desk.clock, (Right.ERASURE,)))
    assert second.related_references == (first.reference,)
    detail = desk.cases.assign(agent, second.id, actors["agent2"].account_id, second.version)
    assert detail.assignee_name == "Agent2"
    desk.intake.link_related(agent, second.id, first.id, detail.version)
    detail = desk.cases.get_case(second.id)
    assert detail.related_case is not None
    assert detail.related_case.reference == first.reference
    actions = [e.action for e in desk.cases.timeline(second.id)]
    assert actions == ["case_received", "case_assigned", "case_linked"]
    assert desk.cases.timeline(second.id)[1].details == {"assignee": "agent2"}


# --------------------------------------------------------------------------- acknowledgement


def test_acknowledgement_text_in_both_languages(desk: Desk, actors: dict[str, Actor]) -> None:
    vi_case = _open(desk, actors["agent"], Right.ACCESS, Right.ERASURE)
    detail = desk.cases.get_case(vi_case)
    subject, body = desk.cases.acknowledgement_text(vi_case)
    assert detail.reference in subject
    assert "Xác nhận" in subject
    assert "Kính gửi Quý khách Nguyễn Thị Ánh" in body
    assert "Các bước tiếp theo" in body
    for item in detail.items:
        assert item.due_on is not None
        assert f"{item.due_on:%d/%m/%Y}" in body
    assert "Xóa dữ liệu cá nhân" in body
    assert "Truy cập dữ liệu cá nhân" in body

    en_case = _open(desk, actors["agent"], Right.COPY, language="en", name="Jane Roe")
    subject, body = desk.cases.acknowledgement_text(en_case)
    due = desk.cases.get_case(en_case).items[0].due_on
    assert due is not None
    assert "received your personal data request" in subject
    assert "Dear Jane Roe" in body
    assert "What happens next" in body
    assert f"{due.day} {due:%B} {due.year}" in body
    assert "A copy of your personal data" in body
    # The agent may choose the other language.
    assert "Kính gửi" in desk.cases.acknowledgement_text(en_case, "vi")[1]


def test_acknowledgement_due_is_two_working_days(desk: Desk, actors: dict[str, Actor]) -> None:
    case_id = _open(desk, actors["agent"], Right.ACCESS)
    detail = desk.cases.get_case(case_id)
    expected = acknowledgement_due(
        detail.received_at, {Regime.VN}, load_deadline_policy(), load_holiday_calendar()
    )
    assert detail.acknowledge_by == expected == date(2026, 3, 4)  # Mon -> Wed
    acknowledged = desk.cases.mark_acknowledged(actors["agent"], case_id, detail.version)
    assert acknowledged.acknowledged_at == desk.clock()
    with pytest.raises(IllegalTransitionError):
        desk.cases.mark_acknowledged(actors["agent"], case_id, acknowledged.version)
    entry = desk.cases.timeline(case_id)[-1]
    assert (entry.action, entry.details["on_time"]) == ("case_acknowledged", True)


def test_acknowledgement_date_is_capped_at_the_earliest_due_date(
    database: Database,
    settings: Settings,
    tmp_path: Path,
    clock: Clock,
    actors: dict[str, Actor],
) -> None:
    # An installer's rules where acknowledging may take longer than answering.
    (tmp_path / "deadlines.toml").write_text(
        "[regimes.vn]\nacknowledgement = { working_days = 15 }\n", encoding="utf-8"
    )
    services = build_services(
        Settings(database=settings.database, policies_dir=str(tmp_path)), database
    )
    desk = make_desk(services, clock)
    case_id = _open(desk, actors["agent"], Right.ACCESS, Right.ERASURE)
    detail = desk.cases.get_case(case_id)
    earliest = min(item.base_due_on for item in detail.items)
    assert detail.acknowledge_by == earliest == date(2026, 3, 12)


# --------------------------------------------------------------------------- extension


def test_extension_only_by_a_supervisor_and_only_once(desk: Desk, actors: dict[str, Actor]) -> None:
    case_id = _open(desk, actors["agent"], Right.ACCESS, Right.ERASURE)
    access = desk.cases.get_case(case_id).items[0]
    assert access.due_on == date(2026, 3, 12)
    before = desk.log_size()
    with pytest.raises(PermissionDeniedError):
        desk.cases.apply_extension(actors["agent"], access.id, "many records", access.version)
    assert desk.log_size() == before
    applied = desk.cases.apply_extension(
        actors["supervisor"], access.id, "Records held by two processors", access.version
    )
    assert applied.previous_due == date(2026, 3, 12)
    assert applied.new_due == date(2026, 3, 23)  # +10 days = Sun 22nd, rolled to Monday
    assert "23/03/2026" in applied.notice_vi
    assert "Records held by two processors" in applied.notice_vi
    assert "23 March 2026" in applied.notice_en
    item = applied.case.item(access.id)
    assert item.extended
    assert item.extension_reason == "Records held by two processors"
    assert applied.case.due_on == date(2026, 3, 23)  # erasure is due 23 March too
    with pytest.raises(ExtensionAlreadyUsedError):
        desk.cases.apply_extension(actors["supervisor"], access.id, "again", item.version)
    entry = desk.cases.timeline(case_id)[-1]
    assert entry.action == "item_extended"
    assert entry.details["due"] == "2026-03-23"
    assert "processors" not in str(entry.details)


# --------------------------------------------------------------------------- pauses


def test_pause_and_resume_move_the_due_date(desk: Desk, actors: dict[str, Actor]) -> None:
    agent = actors["agent"]
    case_id = _open(desk, agent, Right.ACCESS, Right.ERASURE)
    access = desk.cases.get_case(case_id).items[0]
    old_due = access.due_on
    assert old_due is not None
    desk.clock.advance(days=2)
    paused = desk.cases.pause_item(agent, access.id, "waiting for ID", access.version)
    item = paused.item(access.id)
    assert item.clock_stopped
    assert item.due_on is None
    assert item.urgency is Urgency.STOPPED
    assert item.paused_since == date(2026, 3, 4)
    assert paused.due_on == paused.items[1].due_on  # the erasure item still runs
    with pytest.raises(IllegalTransitionError):
        desk.cases.pause_item(agent, access.id, "again", item.version)
    desk.clock.advance(days=5)
    resumed = desk.cases.resume_item(agent, access.id, item.version)
    item = resumed.item(access.id)
    assert not item.clock_stopped
    assert item.paused_since is None
    assert item.due_on is not None
    assert item.due_on >= old_due + timedelta(days=5)
    assert item.paused_days == 5
    assert resumed.due_on == min(i.due_on for i in resumed.items if i.due_on)
    # A second pause adds to the first.
    desk.clock.advance(days=1)
    second = desk.cases.pause_item(agent, access.id, "clarification", item.version)
    desk.clock.advance(days=3)
    final = desk.cases.resume_item(agent, access.id, second.item(access.id).version)
    last = final.item(access.id)
    assert last.due_on is not None
    assert last.due_on >= item.due_on + timedelta(days=3)
    assert last.paused_days == 8
    actions = [e.action for e in desk.cases.timeline(case_id)]
    assert actions.count("item_clock_stopped") == 2 == actions.count("item_clock_restarted")


def test_the_clock_cannot_stop_after_the_period_ran_out(
    desk: Desk, actors: dict[str, Actor]
) -> None:
    case_id = _open(desk, actors["agent"], Right.ACCESS)
    item = desk.cases.get_case(case_id).items[0]
    desk.clock.advance(days=30)
    with pytest.raises(ValidationError, match="run out"):
        desk.cases.pause_item(actors["agent"], item.id, "too late", item.version)


# --------------------------------------------------------------------------- locking


def test_two_stale_writers_the_second_loses(desk: Desk, actors: dict[str, Actor]) -> None:
    case_id = _open(desk, actors["agent"])
    seen = desk.cases.get_case(case_id)  # both agents open the case page
    first = desk.cases.assign(actors["agent"], case_id, actors["agent"].account_id, seen.version)
    before = desk.log_size()
    with pytest.raises(ConcurrentChangeError, match="reload"):
        desk.cases.transition(actors["agent2"], case_id, CaseState.AWAITING_IDENTITY, seen.version)
    with pytest.raises(ConcurrentChangeError):
        desk.cases.assign(actors["agent2"], case_id, actors["agent2"].account_id, seen.version)
    assert desk.log_size() == before
    now = desk.cases.get_case(case_id)
    assert now.assignee_id == actors["agent"].account_id
    assert now.state is CaseState.RECEIVED
    assert now.version == first.version


def test_stale_item_writer_loses(desk: Desk, actors: dict[str, Actor]) -> None:
    case_id = _open(desk, actors["agent"])
    item = desk.cases.get_case(case_id).items[0]
    desk.cases.pause_item(actors["agent"], item.id, "waiting for ID", item.version)
    with pytest.raises(ConcurrentChangeError):
        desk.cases.apply_extension(actors["supervisor"], item.id, "late", item.version)
    assert not desk.cases.get_case(case_id).items[0].extended


# --------------------------------------------------------------------------- queue


def test_queue_filters_and_rows(desk: Desk, actors: dict[str, Actor]) -> None:
    agent = actors["agent"]
    old = _open(desk, agent, Right.ACCESS, name="Trần Văn Đức")  # due 12 March
    desk.clock.advance(days=1)
    eu = _open(desk, agent, Right.ERASURE, Right.OBJECTION, eu=True, email="eu@example.eu")
    desk.clock.advance(days=1)
    ca = _open(
        desk, agent, Right.COPY, california=True, email="ca@example.com", name="Jane Q Public"
    )
    closed = _open(desk, agent, Right.ACCESS, email="x@example.vn")
    detail = desk.cases.get_case(closed)
    desk.cases.transition(agent, closed, CaseState.CLOSED, detail.version, CaseOutcome.WITHDRAWN)
    eu_detail = desk.cases.get_case(eu)
    desk.cases.assign(agent, eu, actors["agent2"].account_id, eu_detail.version)

    queue = desk.queue
    everything = queue.query_ids(QueueFilter())
    assert set(everything) == {old, eu, ca}
    dues = [desk.cases.get_case(i).due_on for i in everything]
    assert dues == sorted(d for d in dues if d is not None)
    assert set(queue.query_ids(QueueFilter(states=frozenset()))) == {old, eu, ca, closed}
    assert queue.query_ids(QueueFilter(right=Right.OBJECTION)) == [eu]
    assert queue.query_ids(QueueFilter(regime=Regime.CCPA)) == [ca]
    assert queue.query_ids(QueueFilter(assignee_id=actors["agent2"].account_id)) == [eu]
    assert set(queue.query_ids(QueueFilter(unassigned=True))) == {old, ca}
    assert queue.query_ids(QueueFilter(states=frozenset({CaseState.CLOSED}))) == [closed]
    assert queue.query_ids(QueueFilter(overdue=True)) == []
    assert queue.query_ids(QueueFilter(due_within_days=8)) == [old]  # 4 Mar + 8 = 12 Mar

    desk.clock.advance(days=9)  # 13 March: the access case is overdue
    assert queue.query_ids(QueueFilter(overdue=True)) == [old]
    rows = queue.rows([ca, old, 999_999, eu])
    assert [r.id for r in rows] == [ca, old, eu]
    by_id = {r.id: r for r in rows}
    assert by_id[old].urgency is Urgency.OVERDUE
    assert by_id[old].requester_initials == "T.V.D."
    assert by_id[ca].requester_initials == "J.Q.P."
    assert by_id[eu].rights == (Right.ERASURE, Right.OBJECTION)
    assert by_id[eu].assignee == "Agent2"
    assert by_id[old].assignee is None
    assert by_id[eu].regimes == (Regime.VN, Regime.GDPR)
    assert queue.rows([closed])[0].urgency is None
    # No personal data beyond initials in a row.
    assert "Trần" not in repr(rows)
    assert "@" not in repr(rows)


def test_initials() -> None:
    assert initials("Nguyễn Thị Ánh") == "N.T.A."
    assert initials("  đặng   văn  ") == "D.V."
    assert initials("") == ""
    assert initials("Tôn Nữ Thị Hồng Hạnh") == "T.N.T.H."


# --------------------------------------------------------------------------- third party


@pytest.fixture
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    """The team's key: the log's keyed hash of a reason and the verification's subject
    pseudonym need it, as on a workstation."""
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "5a" * 32)


@pytest.mark.usefixtures("pseudonym_key")
def test_a_third_party_that_must_act_gives_the_longer_period(
    desk: Desk, actors: dict[str, Actor]
) -> None:
    agent = actors["agent"]
    case_id = _open(desk, agent, Right.ACCESS, Right.ERASURE, Right.CONSENT_WITHDRAWAL)
    access, erasure, withdrawal = desk.cases.get_case(case_id).items
    assert (access.due_on, erasure.due_on, withdrawal.due_on) == (
        date(2026, 3, 12),
        date(2026, 3, 23),
        date(2026, 3, 17),
    )
    assert not access.third_party
    reason = "Dữ liệu hóa đơn do đơn vị xử lý ABC lưu giữ"
    before = desk.log_size()
    with pytest.raises(ValidationError, match="why"):
        desk.cases.set_item_third_party(agent, access.id, True, "  ", access.version)
    # Shown and kept like every text an agent types: never with a card number in it.
    with pytest.raises(ValidationError, match="card number"):
        desk.cases.set_item_third_party(
            agent, access.id, True, "Thẻ 4111 1111 1111 1111", access.version
        )
    with pytest.raises(ValidationError, match="card number"):
        desk.cases.pause_item(agent, access.id, "Thẻ 4111 1111 1111 1111", access.version)
    assert desk.log_size() == before
    changed = desk.cases.set_item_third_party(agent, access.id, True, reason, access.version)
    item = changed.item(access.id)
    assert item.third_party
    assert item.third_party_reason == reason
    assert item.due_on == item.base_due_on == date(2026, 3, 17)  # 15 days, not 10
    assert changed.due_on == date(2026, 3, 17)  # the case's earliest due date follows
    assert changed.acknowledge_by == desk.cases.get_case(case_id).acknowledge_by
    # Logged with the dates and a hash of the reason, never the words.
    entry = desk.cases.timeline(case_id)[-1]
    assert entry.action == "item_third_party_changed"
    assert entry.details["item"] == access.id
    assert entry.details["right"] == "access"
    assert entry.details["third_party"] is True
    assert (entry.details["due_before"], entry.details["due"]) == ("2026-03-12", "2026-03-17")
    assert reason not in str(entry.details)
    assert "ABC" not in str(entry.details)
    # A keyed hash: not the plain SHA-256 that trying likely reasons would reverse.
    assert entry.details["reason_hmac"] == desk.services.ctx.log_value_hash(reason)
    assert hashlib.sha256(reason.encode()).hexdigest() not in str(entry.details)
    # Once is enough: saying it again changes nothing.
    with pytest.raises(ValidationError, match="already"):
        desk.cases.set_item_third_party(agent, access.id, True, reason, item.version)
    # The other rights' longer periods.
    changed = desk.cases.set_item_third_party(agent, erasure.id, True, "Processor", erasure.version)
    assert changed.item(erasure.id).due_on == date(2026, 4, 1)  # 30 days, not 20
    changed = desk.cases.set_item_third_party(
        agent, withdrawal.id, True, "Processor", withdrawal.version
    )
    assert changed.item(withdrawal.id).due_on == date(2026, 3, 23)  # 20 (Sun 22), not 15
    # And back: the ordinary period applies again.
    item = desk.cases.get_case(case_id).item(access.id)
    undone = desk.cases.set_item_third_party(
        agent, access.id, False, "The processor sent the data back", item.version
    )
    assert not undone.item(access.id).third_party
    assert undone.item(access.id).due_on == date(2026, 3, 12)
    assert undone.item(access.id).third_party_reason == "The processor sent the data back"
    assert desk.cases.timeline(case_id)[-1].details["third_party"] is False


@pytest.mark.usefixtures("pseudonym_key")
def test_the_third_party_period_counts_with_extension_and_pauses(
    desk: Desk, actors: dict[str, Actor]
) -> None:
    agent = actors["agent"]
    case_id = _open(desk, agent, Right.ACCESS)
    item = desk.cases.get_case(case_id).items[0]
    applied = desk.cases.apply_extension(
        actors["supervisor"], item.id, "Many records", item.version
    )
    item = applied.case.item(item.id)
    assert item.due_on == date(2026, 3, 23)  # 10 + 10 (Sun 22nd, rolled)
    changed = desk.cases.set_item_third_party(agent, item.id, True, "Processor", item.version)
    assert changed.item(item.id).due_on == date(2026, 3, 27)  # 15 + 10, from scratch
    assert changed.item(item.id).extended
    # Stopped: nothing runs, and the change is still recorded.
    item = changed.item(item.id)
    paused = desk.cases.pause_item(agent, item.id, "waiting for ID", item.version)
    item = paused.item(item.id)
    undone = desk.cases.set_item_third_party(
        agent, item.id, False, "No processor after all", item.version
    )
    assert undone.item(item.id).due_on is None
    assert not undone.item(item.id).third_party
    entry = desk.cases.timeline(case_id)[-1]
    assert entry.action == "item_third_party_changed"
    assert entry.details["due"] is None


@pytest.mark.usefixtures("pseudonym_key")  # the verification needs it
def test_third_party_needs_an_open_pending_item_and_its_version(
    desk: Desk, actors: dict[str, Actor]
) -> None:
    agent = actors["agent"]
    case_id = _open(desk, agent, Right.ACCESS, Right.ERASURE)
    access, erasure = desk.cases.get_case(case_id).items
    desk.cases.pause_item(agent, access.id, "waiting for ID", access.version)
    before = desk.log_size()
    with pytest.raises(ConcurrentChangeError):
        desk.cases.set_item_third_party(agent, access.id, True, "Processor", access.version)
    _move(desk, agent, case_id, CaseState.AWAITING_IDENTITY)
    desk.verify(agent, case_id)  # moves the case to verified
    verified = desk.log_size()
    _move(desk, agent, case_id, CaseState.IN_PROGRESS)
    decided = desk.cases.set_item_outcome(
        agent, erasure.id, ItemOutcome.DONE, None, erasure.version
    )
    with pytest.raises(IllegalTransitionError, match="decided"):
        desk.cases.set_item_third_party(
            agent, erasure.id, True, "Processor", decided.item(erasure.id).version
        )
    size = desk.log_size()
    since = [e.action for e in desk.cases.timeline(case_id)][-(size - before) :]
    assert since.count("case_state_changed") == 3  # three moves
    assert since[0] == "case_state_changed"  # the refused change wrote nothing
    assert size == verified + 2  # a move and the decision, nothing else
    desk.cases.transition(
        agent,
        case_id,
        CaseState.CLOSED,
        desk.cases.get_case(case_id).version,
        outcome=CaseOutcome.WITHDRAWN,
    )
    item = desk.cases.get_case(case_id).item(access.id)
    with pytest.raises(IllegalTransitionError):
        desk.cases.set_item_third_party(agent, access.id, True, "Processor", item.version)
