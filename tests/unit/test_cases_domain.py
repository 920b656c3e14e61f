"""Case states, transitions, closing outcomes, references and role permissions."""

from __future__ import annotations

import itertools

import pytest

from clb4u_desk.domain.cases import (
    CLOSING_OUTCOMES,
    ITEM_OUTCOME_LABELS,
    OPEN_STATES,
    OUTCOME_LABELS,
    PERMISSIONS,
    ROLE_LABELS,
    STATE_LABELS,
    TRANSITIONS,
    CaseOutcome,
    CaseReference,
    CaseState,
    ItemOutcome,
    Permission,
    Role,
    allowed_outcomes,
    allowed_targets,
    can,
    case_reference,
    check_transition,
    closing_outcome,
    is_open,
    parse_case_reference,
    require,
)
from clb4u_desk.domain.errors import (
    DomainError,
    IllegalTransitionError,
    PermissionDeniedError,
    ValidationError,
)

S = CaseState
OC = CaseOutcome
IO = ItemOutcome

# ----------------------------------------------------------------------- transitions

# Every move that is allowed, other than closing (listed in CLOSES below).
MOVES = {
    (S.RECEIVED, S.AWAITING_IDENTITY),
    (S.RECEIVED, S.VERIFIED),
    (S.AWAITING_IDENTITY, S.VERIFIED),
    (S.VERIFIED, S.IN_PROGRESS),
    (S.IN_PROGRESS, S.AWAITING_APPROVAL),
    (S.AWAITING_APPROVAL, S.IN_PROGRESS),
}

# Every (state closed from, outcome) that is allowed.
CLOSES = {
    (S.RECEIVED, OC.WITHDRAWN),
    (S.AWAITING_IDENTITY, OC.WITHDRAWN),
    (S.AWAITING_IDENTITY, OC.REFUSED),
    (S.VERIFIED, OC.WITHDRAWN),
    *((S.IN_PROGRESS, o) for o in OC),
    *((S.AWAITING_APPROVAL, o) for o in OC),
}

ALL_PAIRS = list(itertools.product(S, S))


@pytest.mark.parametrize(("current", "target"), sorted(MOVES))
def test_allowed_moves(current: CaseState, target: CaseState) -> None:
    check_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [(c, t) for c, t in ALL_PAIRS if (c, t) not in MOVES and t is not S.CLOSED],
)
def test_every_other_move_is_illegal(current: CaseState, target: CaseState) -> None:
    with pytest.raises(IllegalTransitionError):
        check_transition(current, target)


@pytest.mark.parametrize(("current", "outcome"), sorted(CLOSES))
def test_allowed_closings(current: CaseState, outcome: CaseOutcome) -> None:
    check_transition(current, S.CLOSED, outcome)


@pytest.mark.parametrize(
    ("current", "outcome"),
    [(c, o) for c, o in itertools.product(S, OC) if (c, o) not in CLOSES],
)
def test_every_other_closing_is_illegal(current: CaseState, outcome: CaseOutcome) -> None:
    with pytest.raises(IllegalTransitionError):
        check_transition(current, S.CLOSED, outcome)


@pytest.mark.parametrize("state", sorted(OPEN_STATES))
def test_withdrawal_closes_from_every_open_state(state: CaseState) -> None:
    check_transition(state, S.CLOSED, OC.WITHDRAWN)
    assert OC.WITHDRAWN in allowed_outcomes(state)


@pytest.mark.parametrize("state", sorted(OPEN_STATES))
def test_closing_needs_an_outcome(state: CaseState) -> None:
    with pytest.raises(IllegalTransitionError, match="needs an outcome"):
        check_transition(state, S.CLOSED)


def test_only_closing_takes_an_outcome() -> None:
    with pytest.raises(IllegalTransitionError, match="Only closing"):
        check_transition(S.VERIFIED, S.IN_PROGRESS, OC.DONE)


@pytest.mark.parametrize("target", list(S))
def test_closed_is_final(target: CaseState) -> None:
    with pytest.raises(IllegalTransitionError, match="cannot change any more"):
        check_transition(S.CLOSED, target, OC.DONE if target is S.CLOSED else None)
    assert allowed_targets(S.CLOSED) == frozenset()
    assert allowed_outcomes(S.CLOSED) == frozenset()


def test_tables_agree_with_each_other() -> None:
    assert set(TRANSITIONS) == set(S) == set(CLOSING_OUTCOMES) == set(STATE_LABELS)
    for state in OPEN_STATES:
        assert S.CLOSED in TRANSITIONS[state]
        assert CLOSING_OUTCOMES[state]
    assert not is_open(S.CLOSED)
    assert all(is_open(state) for state in OPEN_STATES)


def test_message_names_states_in_both_languages() -> None:
    with pytest.raises(IllegalTransitionError) as caught:
        check_transition(S.RECEIVED, S.IN_PROGRESS)
    message = str(caught.value)
    assert '"Received" (Đã tiếp nhận)' in message
    assert '"In progress" (Đang xử lý)' in message
    # It also says where the case can go instead.
    assert '"Awaiting identity verification"' in message
    assert isinstance(caught.value, DomainError)


def test_closing_message_names_the_possible_outcomes() -> None:
    with pytest.raises(IllegalTransitionError) as caught:
        check_transition(S.VERIFIED, S.CLOSED, OC.DONE)
    message = str(caught.value)
    assert '"Done" (Đã hoàn thành)' in message
    assert '"Withdrawn" (Đã rút yêu cầu)' in message


def test_labels_cover_every_value() -> None:
    assert set(OUTCOME_LABELS) == set(OC)
    assert set(ITEM_OUTCOME_LABELS) == set(IO)
    assert set(ROLE_LABELS) == set(Role)
    for vi, en in [*STATE_LABELS.values(), *OUTCOME_LABELS.values(), *ROLE_LABELS.values()]:
        assert vi.strip()
        assert en.strip()
        assert vi != en


def test_values_match_the_database_strings() -> None:
    assert [s.value for s in S] == [
        "received",
        "awaiting_identity",
        "verified",
        "in_progress",
        "awaiting_approval",
        "closed",
    ]
    assert [o.value for o in OC] == ["done", "partly_done", "refused", "withdrawn"]
    assert [o.value for o in IO] == ["pending", "done", "partly_done", "refused"]


# ----------------------------------------------------------------------- closing outcome


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([IO.DONE], OC.DONE),
        ([IO.DONE, IO.DONE, IO.DONE], OC.DONE),
        ([IO.REFUSED], OC.REFUSED),
        ([IO.REFUSED, IO.REFUSED], OC.REFUSED),
        ([IO.DONE, IO.REFUSED], OC.PARTLY_DONE),
        ([IO.REFUSED, IO.DONE], OC.PARTLY_DONE),
        ([IO.PARTLY_DONE], OC.PARTLY_DONE),
        ([IO.DONE, IO.PARTLY_DONE], OC.PARTLY_DONE),
        ([IO.REFUSED, IO.PARTLY_DONE], OC.PARTLY_DONE),
        ([IO.DONE, IO.PARTLY_DONE, IO.REFUSED], OC.PARTLY_DONE),
    ],
)
def test_closing_outcome(items: list[ItemOutcome], expected: CaseOutcome) -> None:
    assert closing_outcome(items) is expected
    assert closing_outcome(iter(items)) is expected  # any iterable


@pytest.mark.parametrize(
    "items", [[IO.PENDING], [IO.DONE, IO.PENDING], [IO.PENDING, IO.PENDING, IO.REFUSED]]
)
def test_pending_items_block_closing(items: list[ItemOutcome]) -> None:
    with pytest.raises(IllegalTransitionError, match="still pending"):
        closing_outcome(items)


def test_a_case_without_items_has_no_closing_outcome() -> None:
    with pytest.raises(IllegalTransitionError, match="no request items"):
        closing_outcome([])


def test_closing_outcome_is_allowed_from_worked_states() -> None:
    outcome = closing_outcome([IO.DONE, IO.REFUSED])
    check_transition(S.IN_PROGRESS, S.CLOSED, outcome)
    check_transition(S.AWAITING_APPROVAL, S.CLOSED, outcome)


# ----------------------------------------------------------------------- references


@pytest.mark.parametrize(
    ("year", "number", "text"),
    [
        (2026, 123, "DSR-2026-000123"),
        (2026, 1, "DSR-2026-000001"),
        (2027, 999_999, "DSR-2027-999999"),
        (2000, 42, "DSR-2000-000042"),
    ],
)
def test_reference_round_trip(year: int, number: int, text: str) -> None:
    assert case_reference(year, number) == text
    assert parse_case_reference(text) == CaseReference(year, number)
    assert str(parse_case_reference(text)) == text


def test_reference_fits_the_database_column() -> None:
    assert len(case_reference(9999, 999_999)) <= 20


@pytest.mark.parametrize("text", ["  dsr-2026-000123 ", "Dsr-2026-000123\n"])
def test_reference_parsing_tolerates_case_and_spaces(text: str) -> None:
    assert parse_case_reference(text) == CaseReference(2026, 123)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "DSR-2026-123",
        "DSR-26-000123",
        "DSR-2026-0001234",
        "DSR 2026 000123",
        "XYZ-2026-000123",
        "DSR-2026-000000",
        "DSR-1999-000001",
        "DSR-2026-000123x",
        "Nguyễn Văn An",
        "DSR-２０２６-000123",  # full-width digits
    ],
)
def test_bad_references_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_case_reference(text)
    # The message never repeats what was typed (it may be a name).
    if text.strip():
        assert text.strip() not in str(caught.value)


@pytest.mark.parametrize(("year", "number"), [(1999, 1), (10_000, 1), (2026, 0), (2026, 10**6)])
def test_out_of_range_references(year: int, number: int) -> None:
    with pytest.raises(ValidationError):
        case_reference(year, number)


def test_references_sort_by_year_then_number() -> None:
    refs = [CaseReference(2027, 1), CaseReference(2026, 2), CaseReference(2026, 10)]
    assert sorted(refs) == [CaseReference(2026, 2), CaseReference(2026, 10), CaseReference(2027, 1)]


# ----------------------------------------------------------------------- permissions

GRANTS = {
    Role.AGENT: {Permission.HANDLE_CASE},
    Role.SUPERVISOR: {
        Permission.HANDLE_CASE,
        Permission.APPROVE,
        Permission.REVIEW_LOG,
        Permission.SIGN_CHECKPOINT,
    },
    Role.ADMIN: {
        Permission.HANDLE_CASE,
        Permission.APPROVE,
        Permission.MANAGE_ACCOUNTS,
        Permission.REVIEW_LOG,
    },
}


@pytest.mark.parametrize(("role", "permission"), list(itertools.product(Role, Permission)))
def test_permission_matrix(role: Role, permission: Permission) -> None:
    expected = permission in GRANTS[role]
    assert can(role, permission) is expected
    assert can(role.value, permission) is expected  # Actor.role is a plain string
    assert (permission in PERMISSIONS[role]) is expected
    if expected:
        require(role, permission)
    else:
        with pytest.raises(PermissionDeniedError):
            require(role, permission)


@pytest.mark.parametrize("role", ["system", "none", "", "Supervisor"])
def test_unknown_roles_have_no_permission(role: str) -> None:
    assert not any(can(role, permission) for permission in Permission)
    with pytest.raises(PermissionDeniedError):
        require(role, Permission.HANDLE_CASE)


def test_denial_names_who_may() -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        require(Role.AGENT, Permission.APPROVE)
    assert "supervisor" in str(caught.value)
    assert "administrator" in str(caught.value)


def test_role_values_match_the_account_roles() -> None:
    from clb4u_desk.services.authz import ROLES

    assert tuple(role.value for role in Role) == ROLES
