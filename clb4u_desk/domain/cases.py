"""Case states, outcomes, references and who may do what (DESIGN.md section 4).

Pure rules: no Qt, no database, no files.

States of a case and the moves between them (every open state may also be closed,
with the outcomes listed further down)::

    received ──► awaiting_identity ──► verified ──► in_progress ◄──► awaiting_approval
        │                                 ▲
        └─────────────────────────────────┘

- received → awaiting_identity: the request needs identity checks (most rights).
- received → verified: nothing to check (an L0 opt-out for the contact point used,
  or the request came in already verified, e.g. from the registered email for L1).
- awaiting_identity → verified: the required identity level was reached.
- verified → in_progress: an agent starts the work.
- in_progress → awaiting_approval: an erasure, a refusal or an extension is proposed
  and waits for a supervisor (four eyes).
- awaiting_approval → in_progress: the supervisor approved (the agent carries the
  decision out) or rejected (the agent reworks it); the approval record says which.
- in_progress / awaiting_approval → closed: the work is finished.
- closed is final: a new request is a new case (it may point to the old one).

Closing always names an outcome, and which outcomes are possible depends on the
state closed from:

- withdrawn: from every open state (the requester may withdraw at any time);
- done, partly done: from in_progress or awaiting_approval, the only states in which
  work has been carried out;
- refused: from in_progress or awaiting_approval, and also from awaiting_identity,
  because failing to verify the requester is a lawful ground to refuse (GDPR Art.
  12(2) and (6); CCPA verification rules). Whether a refusal was approved by a
  supervisor is checked by the services, which see the approval records.

A ``received`` case cannot be refused straight away: it is first acknowledged and its
identity handled, so a refusal always has a verification record behind it.

Item outcomes (pending, done, partly done, refused) roll up into the case outcome with
``closing_outcome``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    IllegalTransitionError,
    PermissionDeniedError,
    ValidationError,
)

# --------------------------------------------------------------------------- states


class CaseState(StrEnum):
    RECEIVED = "received"
    AWAITING_IDENTITY = "awaiting_identity"
    VERIFIED = "verified"
    IN_PROGRESS = "in_progress"
    AWAITING_APPROVAL = "awaiting_approval"
    CLOSED = "closed"


class CaseOutcome(StrEnum):
    """How a closed case ended."""

    DONE = "done"
    PARTLY_DONE = "partly_done"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class ItemOutcome(StrEnum):
    """How one request item (one right asked for) ended, or ``pending``."""

    PENDING = "pending"
    DONE = "done"
    PARTLY_DONE = "partly_done"
    REFUSED = "refused"


# (Vietnamese, English) labels, for messages and for views without a translator.
STATE_LABELS: Mapping[CaseState, tuple[str, str]] = MappingProxyType(
    {
        CaseState.RECEIVED: ("Đã tiếp nhận", "Received"),
        CaseState.AWAITING_IDENTITY: ("Chờ xác minh danh tính", "Awaiting identity verification"),
        CaseState.VERIFIED: ("Đã xác minh danh tính", "Identity verified"),
        CaseState.IN_PROGRESS: ("Đang xử lý", "In progress"),
        CaseState.AWAITING_APPROVAL: ("Chờ phê duyệt", "Awaiting approval"),
        CaseState.CLOSED: ("Đã đóng", "Closed"),
    }
)

OUTCOME_LABELS: Mapping[CaseOutcome, tuple[str, str]] = MappingProxyType(
    {
        CaseOutcome.DONE: ("Đã hoàn thành", "Done"),
        CaseOutcome.PARTLY_DONE: ("Hoàn thành một phần", "Partly done"),
        CaseOutcome.REFUSED: ("Từ chối", "Refused"),
        CaseOutcome.WITHDRAWN: ("Đã rút yêu cầu", "Withdrawn"),
    }
)

ITEM_OUTCOME_LABELS: Mapping[ItemOutcome, tuple[str, str]] = MappingProxyType(
    {
        ItemOutcome.PENDING: ("Đang chờ xử lý", "Pending"),
        ItemOutcome.DONE: ("Đã hoàn thành", "Done"),
        ItemOutcome.PARTLY_DONE: ("Hoàn thành một phần", "Partly done"),
        ItemOutcome.REFUSED: ("Từ chối", "Refused"),
    }
)

OPEN_STATES: frozenset[CaseState] = frozenset(CaseState) - {CaseState.CLOSED}

# The moves between states; closing is further limited by CLOSING_OUTCOMES.
TRANSITIONS: Mapping[CaseState, frozenset[CaseState]] = MappingProxyType(
    {
        CaseState.RECEIVED: frozenset(
            {CaseState.AWAITING_IDENTITY, CaseState.VERIFIED, CaseState.CLOSED}
        ),
        CaseState.AWAITING_IDENTITY: frozenset({CaseState.VERIFIED, CaseState.CLOSED}),
        CaseState.VERIFIED: frozenset({CaseState.IN_PROGRESS, CaseState.CLOSED}),
        CaseState.IN_PROGRESS: frozenset({CaseState.AWAITING_APPROVAL, CaseState.CLOSED}),
        CaseState.AWAITING_APPROVAL: frozenset({CaseState.IN_PROGRESS, CaseState.CLOSED}),
        CaseState.CLOSED: frozenset(),
    }
)

_WORKED = frozenset(
    {CaseOutcome.WITHDRAWN, CaseOutcome.DONE, CaseOutcome.PARTLY_DONE, CaseOutcome.REFUSED}
)

# The outcomes a case may be closed with, per state it is closed from.
CLOSING_OUTCOMES: Mapping[CaseState, frozenset[CaseOutcome]] = MappingProxyType(
    {
        CaseState.RECEIVED: frozenset({CaseOutcome.WITHDRAWN}),
        CaseState.AWAITING_IDENTITY: frozenset({CaseOutcome.WITHDRAWN, CaseOutcome.REFUSED}),
        CaseState.VERIFIED: frozenset({CaseOutcome.WITHDRAWN}),
        CaseState.IN_PROGRESS: _WORKED,
        CaseState.AWAITING_APPROVAL: _WORKED,
        CaseState.CLOSED: frozenset(),
    }
)


def is_open(state: CaseState) -> bool:
    return state is not CaseState.CLOSED


def allowed_targets(current: CaseState) -> frozenset[CaseState]:
    return TRANSITIONS[current]


def allowed_outcomes(current: CaseState) -> frozenset[CaseOutcome]:
    """The outcomes a case in ``current`` may be closed with (empty when it cannot)."""
    return CLOSING_OUTCOMES[current]


def _state_name(state: CaseState) -> str:
    vi, en = STATE_LABELS[state]
    return f'"{en}" ({vi})'


def _outcome_name(outcome: CaseOutcome) -> str:
    vi, en = OUTCOME_LABELS[outcome]
    return f'"{en}" ({vi})'


def _names(names: Iterable[str]) -> str:
    ordered = sorted(names)
    return ", ".join(ordered) if ordered else "nowhere"


def _ordered_states(states: Iterable[CaseState]) -> list[CaseState]:
    order = list(CaseState)
    return sorted(states, key=order.index)


def check_transition(
    current: CaseState, target: CaseState, outcome: CaseOutcome | None = None
) -> None:
    """Raise ``IllegalTransitionError`` unless a case may move from ``current`` to ``target``.

    Closing (``target`` is closed) needs the ``outcome`` it closes with; other moves
    take none.
    """
    if current is CaseState.CLOSED:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The case is {state} and cannot change any more; "
                "open a new case for a new request.",
            ),
            state=_state_name(current),
        )
    if target not in TRANSITIONS[current]:
        targets = ", ".join(_state_name(s) for s in _ordered_states(TRANSITIONS[current]))
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A case cannot move from {state} to "
                "{target}; from {state} it can move to: {targets}.",
            ),
            state=_state_name(current),
            target=_state_name(target),
            targets=targets,
        )
    if target is CaseState.CLOSED:
        _check_closing(current, outcome)
    elif outcome is not None:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors", "Only closing a case takes an outcome; moving to {state} does not."
            ),
            state=_state_name(target),
        )


def _check_closing(current: CaseState, outcome: CaseOutcome | None) -> None:
    allowed = CLOSING_OUTCOMES[current]
    choices = _names(_outcome_name(o) for o in allowed)
    if outcome is None:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors", "Closing a case needs an outcome; from {state} it can be: {choices}."
            ),
            state=_state_name(current),
            choices=choices,
        )
    if outcome not in allowed:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A case that is {state} cannot be closed as "
                "{outcome}; it can be closed as: {choices}.",
            ),
            state=_state_name(current),
            outcome=_outcome_name(outcome),
            choices=choices,
        )


def closing_outcome(item_outcomes: Iterable[ItemOutcome]) -> CaseOutcome:
    """The case outcome that its items' outcomes add up to.

    All done → done; all refused → refused; anything else (a mix, or any item partly
    done) → partly done. A case with a pending item, or with no items, cannot be
    closed this way (a withdrawn case is closed as withdrawn directly).
    """
    outcomes = list(item_outcomes)
    if not outcomes:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The case has no request items, so it cannot be closed "
                "as done, partly done or refused.",
            )
        )
    pending = outcomes.count(ItemOutcome.PENDING)
    if pending:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{pending} request item(s) of the case are still "
                "pending; decide each item before closing the case.",
            ),
            pending=pending,
        )
    if all(o is ItemOutcome.DONE for o in outcomes):
        return CaseOutcome.DONE
    if all(o is ItemOutcome.REFUSED for o in outcomes):
        return CaseOutcome.REFUSED
    return CaseOutcome.PARTLY_DONE


# --------------------------------------------------------------------------- references

REFERENCE_PREFIX = "DSR"
_MIN_YEAR, _MAX_YEAR = 2000, 9999
_MAX_NUMBER = 999_999
# Agents type references by hand: tolerate case and surrounding spaces, nothing else
# (ASCII digits only: \d would also take full-width and other scripts' digits).
_REFERENCE = re.compile(r"DSR-([0-9]{4})-([0-9]{6})", re.IGNORECASE)


@dataclass(frozen=True, slots=True, order=True)
class CaseReference:
    year: int
    number: int

    def __post_init__(self) -> None:
        if not _MIN_YEAR <= self.year <= _MAX_YEAR:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A case reference year must be between {first} and {last}."
                ),
                first=_MIN_YEAR,
                last=_MAX_YEAR,
            )
        if not 1 <= self.number <= _MAX_NUMBER:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A case number must be between 1 and {largest} within its year."
                ),
                largest=_MAX_NUMBER,
            )

    def __str__(self) -> str:
        return f"{REFERENCE_PREFIX}-{self.year:04d}-{self.number:06d}"


def case_reference(year: int, number: int) -> str:
    """``case_reference(2026, 123)`` → ``"DSR-2026-000123"``."""
    return str(CaseReference(year, number))


def parse_case_reference(text: str) -> CaseReference:
    """The year and number of a reference like ``DSR-2026-000123``.

    The message never repeats the input: agents sometimes paste a name into the
    reference field, and error messages must not carry personal data.
    """
    match = _REFERENCE.fullmatch(text.strip())
    if match is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "That is not a case reference; a reference looks like DSR-2026-000123."
            )
        )
    return CaseReference(int(match.group(1)), int(match.group(2)))


# --------------------------------------------------------------------------- roles


class Role(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Permission(StrEnum):
    HANDLE_CASE = "handle_case"  # take requests in, verify, look up, decide, issue copies
    APPROVE = "approve"  # approve or reject erasures, refusals, extensions (four eyes)
    MANAGE_ACCOUNTS = "manage_accounts"
    REVIEW_LOG = "review_log"  # read case logs and the decision log, export reports
    SIGN_CHECKPOINT = "sign_checkpoint"  # pin the decision-log head with a signature


ROLE_LABELS: Mapping[Role, tuple[str, str]] = MappingProxyType(
    {
        Role.AGENT: ("Nhân viên hỗ trợ", "Support agent"),
        Role.SUPERVISOR: ("Giám sát viên", "Supervisor"),
        Role.ADMIN: ("Quản trị viên", "Administrator"),
    }
)

# Checkpoints are signed by supervisors only, not by admins: the people who run the
# database and accounts should not also be the ones vouching that the log is intact.
PERMISSIONS: Mapping[Role, frozenset[Permission]] = MappingProxyType(
    {
        Role.AGENT: frozenset({Permission.HANDLE_CASE}),
        Role.SUPERVISOR: frozenset(
            {
                Permission.HANDLE_CASE,
                Permission.APPROVE,
                Permission.REVIEW_LOG,
                Permission.SIGN_CHECKPOINT,
            }
        ),
        Role.ADMIN: frozenset(
            {
                Permission.HANDLE_CASE,
                Permission.APPROVE,
                Permission.MANAGE_ACCOUNTS,
                Permission.REVIEW_LOG,
            }
        ),
    }
)


def _as_role(role: Role | str) -> Role | None:
    try:
        return Role(role)
    except ValueError:
        return None


def can(role: Role | str, permission: Permission) -> bool:
    """Whether ``role`` has ``permission``; an unknown role string has none.

    The system actor (installer at the command line, scheduled jobs) is not a role
    here; services decide what it may do.
    """
    known = _as_role(role)
    return known is not None and permission in PERMISSIONS[known]


def require(role: Role | str, permission: Permission) -> None:
    """Raise ``PermissionDeniedError`` unless ``role`` has ``permission``."""
    if can(role, permission):
        return
    allowed = [r for r in Role if permission in PERMISSIONS[r]]
    needed = ", ".join(ROLE_LABELS[r][1].lower() for r in allowed)
    raise PermissionDeniedError(
        QT_TRANSLATE_NOOP(
            "errors", "Your role ({role}) may not do this ({permission}); it needs: {needed}."
        ),
        role=role,
        permission=permission.value.replace("_", " "),
        needed=needed,
    )
