"""Identity enforcement (issue 4 item 4): for every right, the guard the data services call
refuses below the level the right needs and lets the action through at that level.

Levels are reached the real way, through the verification service (registered email for
L1, two facts on file for L2, a third fact and a signed declaration for L3), and the guard
is called as the data services call it: on the Case row loaded in their unit of work.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import IdentityNotVerifiedError
from clb4u_desk.domain.identity import IdentityLevel, KnowledgeFact
from clb4u_desk.domain.rights import Right
from clb4u_desk.persistence.models import Case
from clb4u_desk.services.guards import require_identity
from clb4u_desk.services.verification.service import AuthorisationKind, VerificationService
from tests.conftest import MemoryKeyring
from tests.integration.verification_helpers import (
    CARD_LAST4,
    ZIP,
    add_agent,
    add_case,
    add_customer,
    make_desk,
)

L0, L1, L2, L3 = IdentityLevel.L0, IdentityLevel.L1, IdentityLevel.L2, IdentityLevel.L3

# (right, includes payment data, only the contact point given, level needed)
RULES = [
    (Right.ACCESS, False, False, L2),
    (Right.ACCESS, True, False, L3),
    (Right.COPY, False, False, L2),
    (Right.COPY, True, False, L3),
    (Right.RECTIFICATION, False, False, L2),
    (Right.RECTIFICATION, False, True, L1),  # contact data only
    (Right.RESTRICTION, False, False, L1),
    (Right.OBJECTION, False, False, L1),
    (Right.OBJECTION, False, True, L0),  # opt-out for the contact point given
    (Right.ERASURE, False, False, L2),
    (Right.ERASURE, True, False, L3),
    (Right.CONSENT_WITHDRAWAL, False, False, L1),
    (Right.CONSENT_WITHDRAWAL, False, True, L0),
]


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "5a" * 32)


Step = Callable[[VerificationService, Actor, int], object]

# What each level adds, in order; each builds on the ones before.
CLIMB: list[tuple[IdentityLevel, list[Step]]] = [
    (L1, [lambda v, a, c: v.record_registered_email_origin(a, c)]),
    (
        L2,
        [
            lambda v, a, c: v.answer_knowledge_question(a, c, KnowledgeFact.ZIP, ZIP),
            lambda v, a, c: v.answer_knowledge_question(
                a, c, KnowledgeFact.LAST_INVOICE_AMOUNT, "1.500.000 ₫"
            ),
        ],
    ),
    (
        L3,
        [
            lambda v, a, c: v.answer_knowledge_question(a, c, KnowledgeFact.CARD_LAST4, CARD_LAST4),
            lambda v, a, c: v.record_signed_declaration(a, c),
        ],
    ),
]


def _guard(
    services: Services, case_id: int, right: Right, payment: bool, contact_only: bool
) -> IdentityLevel:
    """The guard as a data service calls it, inside its own unit of work."""
    with services.db.uow() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        return require_identity(
            case, right, includes_payment_data=payment, contact_point_only=contact_only
        )


def _ids(rule: tuple[Right, bool, bool, IdentityLevel]) -> str:
    right, payment, contact_only, level = rule
    extra = "+payment" if payment else "+contact_point" if contact_only else ""
    return f"{right.value}{extra}-{level.label}"


@pytest.mark.parametrize("rule", RULES, ids=[_ids(rule) for rule in RULES])
def test_each_right_is_refused_below_its_level_and_allowed_at_it(
    services: Services, rule: tuple[Right, bool, bool, IdentityLevel]
) -> None:
    right, payment, contact_only, needed = rule
    desk = make_desk(services)
    agent = add_agent(services)
    case_id = add_case(
        services,
        (right,),
        customer_id=add_customer(services),
        payment_data=payment,
        contact_point_only=contact_only,
    )
    assert desk.verification.status(agent, case_id).level_needed is needed
    reached = L0
    for level, steps in [(L0, []), *CLIMB]:
        for step in steps:
            step(desk.verification, agent, case_id)
        reached = desk.verification.status(agent, case_id).level_reached
        assert reached is level
        if reached < needed:
            with pytest.raises(IdentityNotVerifiedError, match=f"needs {needed.label}"):
                _guard(services, case_id, right, payment, contact_only)
        else:
            assert _guard(services, case_id, right, payment, contact_only) is needed
    assert reached is L3


def test_nothing_above_l0_for_a_case_not_linked_to_its_subject(services: Services) -> None:
    case_id = add_case(services, (Right.OBJECTION,), contact_point_only=True)
    with services.db.uow() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        case.identity_level = 3  # even a stored level opens nothing without a subject
        uow.commit()
    assert _guard(services, case_id, Right.OBJECTION, False, True) is L0
    for right in (Right.OBJECTION, Right.RESTRICTION, Right.ACCESS):
        with pytest.raises(IdentityNotVerifiedError, match="not linked"):
            _guard(services, case_id, right, False, False)


def test_a_representative_without_authorisation_opens_nothing(services: Services) -> None:
    desk = make_desk(services)
    agent = add_agent(services)
    case_id = add_case(
        services, (Right.ACCESS,), customer_id=add_customer(services), via_representative=True
    )
    for _, steps in CLIMB[:2]:
        for step in steps:
            step(desk.verification, agent, case_id)
    for right in (Right.ACCESS, Right.RESTRICTION):
        with pytest.raises(IdentityNotVerifiedError):
            _guard(services, case_id, right, False, False)
    desk.verification.record_representative(
        agent, case_id, AuthorisationKind.PARENT, subject_confirmed=True
    )
    assert _guard(services, case_id, Right.ACCESS, False, False) is L2
    with pytest.raises(IdentityNotVerifiedError, match="needs L3"):
        _guard(services, case_id, Right.ACCESS, True, False)
