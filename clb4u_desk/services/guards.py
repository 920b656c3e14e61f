"""Identity enforcement: nothing personal leaves and nothing changes below the level needed.

Every service that reveals or changes a subject's data calls :func:`require_identity`
with the case it acts for, so the rule holds whatever the GUI or the CLI does.
"""

from __future__ import annotations

from clb4u_desk.domain.case_actions import may_decide_on_records
from clb4u_desk.domain.cases import CaseState
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    IdentityNotVerifiedError,
    IllegalTransitionError,
)
from clb4u_desk.domain.identity import IdentityLevel, required_level
from clb4u_desk.domain.rights import Right
from clb4u_desk.persistence.models import Case


def require_identity(
    case: Case,
    right: Right,
    *,
    includes_payment_data: bool = False,
    contact_point_only: bool = False,
) -> IdentityLevel:
    """Raise IdentityNotVerifiedError unless ``case`` has reached the level ``right`` needs.

    Returns the level that was needed. A case must be linked to its subject for any
    level above L0: a level reached for nobody in particular opens nothing.
    """
    needed = required_level(
        right, includes_payment_data=includes_payment_data, contact_point_only=contact_point_only
    )
    if needed > IdentityLevel.L0 and case.customer_id is None:
        raise IdentityNotVerifiedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {reference} is not linked to a customer yet; find "
                "the requester's records and link them before acting on this "
                "request.",
            ),
            reference=case.reference,
        )
    reached = IdentityLevel(case.identity_level)
    if reached < needed:
        raise IdentityNotVerifiedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {reference}: the requester's identity is verified "
                "to level {reached}, and this action ({action}) needs {needed}. "
                "Complete the verification first.",
            ),
            reference=case.reference,
            reached=reached.label,
            action=right.value.replace("_", " "),
            needed=needed.label,
        )
    return needed


def require_decision_state(case: Case) -> None:
    """Raise IllegalTransitionError unless the case is in a state in which decisions on
    the subject's records are taken (the case page offers them in the same states).

    Called after :func:`require_identity`, so an unverified requester hears that first.
    """
    if not may_decide_on_records(CaseState(case.state)):
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {reference} is {state}; decisions on the requester's records wait "
                "until their identity is verified.",
            ),
            reference=case.reference,
            state=case.state.replace("_", " "),
        )
