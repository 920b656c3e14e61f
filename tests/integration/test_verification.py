"""Identity verification through the service, on SQLite and PostgreSQL: every method, the
levels L1/L2/L3, representatives, wrong answers, and logs that hold no secrets."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clb4u_desk.app import Services
from clb4u_desk.audit.verify import verify_database
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.domain.cases import CaseState
from clb4u_desk.domain.errors import (
    ConcurrentChangeError,
    IllegalTransitionError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.identifiers import IdentifierKind
from clb4u_desk.domain.identity import (
    CodeCheck,
    IdDocumentType,
    IdentityLevel,
    KnowledgeFact,
    Requirement,
    VerificationMethod,
)
from clb4u_desk.domain.rights import Right
from clb4u_desk.persistence.models import RequestItem, VerificationAttempt
from clb4u_desk.services.verification.service import AuthorisationKind
from tests.conftest import MemoryKeyring
from tests.integration.verification_helpers import (
    CARD_LAST4,
    EMAIL,
    INVOICE_AMOUNT,
    OTHER_EMAIL,
    PHONE,
    PSEUDONYM_KEY_HEX,
    WEBINAR,
    ZIP,
    Desk,
    add_agent,
    add_case,
    add_customer,
    case_row,
    code_in,
    log_entries,
    make_desk,
)


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    # A team database (PostgreSQL) needs the shared key in the keyring; give it one.
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", PSEUDONYM_KEY_HEX)


@pytest.fixture
def desk(services: Services) -> Desk:
    return make_desk(services)


@pytest.fixture
def agent(services: Services) -> Actor:
    return add_agent(services)


def _linked_case(
    desk: Desk, agent: Actor, rights: tuple[Right, ...] = (Right.ACCESS,), **kwargs: object
) -> int:
    customer_id = add_customer(desk.services)
    case_id = add_case(desk.services, rights, **kwargs)  # type: ignore[arg-type]
    status = desk.verification.status(agent, case_id)
    desk.verification.link_customer(agent, case_id, customer_id, status.case_version)
    return case_id


def _all_log_text(desk: Desk) -> str:
    return "\n".join(f"{e.action} {e.details}" for e in log_entries(desk.services))


# --------------------------------------------------------------------------- linking


def test_linking_and_identifier_matches(desk: Desk, agent: Actor) -> None:
    customer_id = add_customer(desk.services)
    case_id = add_case(
        desk.services,
        (Right.ACCESS,),
        name="Anh Nguyen Thi",
        email=EMAIL.upper(),
        phone="0912.345.678",
        address="Số 12 đường Nguyễn Huệ, Q.1, TP. Hồ Chí Minh",
    )
    before = desk.verification.status(agent, case_id)
    assert not before.linked
    assert before.level_needed is IdentityLevel.L2
    with pytest.raises(ValidationError, match="not linked"):
        desk.verification.identifier_matches(agent, case_id)
    with pytest.raises(ConcurrentChangeError):
        desk.verification.link_customer(agent, case_id, customer_id, before.case_version + 5)
    linked = desk.verification.link_customer(agent, case_id, customer_id, before.case_version)
    assert linked.linked
    matches = {m.kind: m for m in desk.verification.identifier_matches(agent, case_id)}
    assert set(matches) == set(IdentifierKind)
    assert all(m.matched and m.on_file for m in matches.values())
    assert matches[IdentifierKind.EMAIL].masked == "A•••@EXAMPLE.VN"
    assert matches[IdentifierKind.PHONE].masked == "+84 ••• ••• 678"
    assert matches[IdentifierKind.NAME].masked == "A••• N••• T•••"
    assert matches[IdentifierKind.ADDRESS].masked == "•••, TP. Hồ Chí Minh"
    assert "case_customer_linked" in _all_log_text(desk)


def test_every_identifier_is_checked_not_only_the_first(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(
        desk,
        agent,
        email=EMAIL,
        phone="0987 654 321",
        address="99 Lê Lợi, Hà Nội",
        name="Trần Văn Bình",
    )
    matches = {m.kind: m.matched for m in desk.verification.identifier_matches(agent, case_id)}
    assert matches == {
        IdentifierKind.NAME: False,
        IdentifierKind.EMAIL: True,
        IdentifierKind.PHONE: False,
        IdentifierKind.ADDRESS: False,
    }


def test_relinking_after_attempts_is_refused(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent)
    other = add_customer(desk.services)
    desk.verification.record_signed_declaration(agent, case_id)
    version = desk.verification.status(agent, case_id).case_version
    with pytest.raises(ValidationError, match="another customer"):
        desk.verification.link_customer(agent, case_id, other, version)


# --------------------------------------------------------------------------- L1


def test_registered_email_origin_reaches_l1_and_verifies(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent, (Right.RESTRICTION, Right.CONSENT_WITHDRAWAL))
    status = desk.verification.record_registered_email_origin(agent, case_id)
    assert status.level_needed is IdentityLevel.L1
    assert status.level_reached is IdentityLevel.L1
    assert status.satisfied
    assert status.case_state is CaseState.VERIFIED
    assert status.missing == ()
    row = case_row(desk.services, case_id)
    assert row.identity_level == 1
    assert row.state == "verified"
    changes = [e.details for e in log_entries(desk.services, "case_state_changed")]
    assert any('"to":"verified"' in details for details in changes)
    attempt = log_entries(desk.services, "verification_attempt")[-1]
    assert '"method":"registered_email_origin"' in attempt.details
    assert '"succeeded":true' in attempt.details


def test_an_unregistered_sender_does_not_count(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent, (Right.RESTRICTION,), email="someone@else.vn")
    status = desk.verification.record_registered_email_origin(agent, case_id)
    assert status.level_reached is IdentityLevel.L0
    assert status.case_state is CaseState.AWAITING_IDENTITY
    assert [a.succeeded for a in status.attempts] == [False]
    assert [m.code for m in status.missing] == [Requirement.CONTACT_POINT]
    assert "someone@else.vn" not in _all_log_text(desk)


def test_a_phone_request_cannot_claim_email_origin(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent, (Right.RESTRICTION,), channel="phone")
    with pytest.raises(ValidationError, match="did not come by email"):
        desk.verification.record_registered_email_origin(agent, case_id)


def test_callback_to_a_registered_phone(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent, (Right.RESTRICTION,))
    with pytest.raises(ValidationError, match="not a registered phone"):
        desk.verification.record_callback(agent, case_id, "0987 654 321", confirmed=True)
    refused = desk.verification.record_callback(agent, case_id, "0912 345 678", confirmed=False)
    assert refused.level_reached is IdentityLevel.L0
    done = desk.verification.record_callback(agent, case_id, "(+84) 912-345-678", confirmed=True)
    assert done.level_reached is IdentityLevel.L1
    assert done.case_state is CaseState.VERIFIED
    assert done.attempts[-1].method is VerificationMethod.CALLBACK_PHONE
    assert done.attempts[-1].detail == "callback to +84 ••• ••• 678"
    text = _all_log_text(desk)
    assert "912" not in text
    assert PHONE not in text


def test_one_time_code_goes_only_to_registered_emails(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent, (Right.CONSENT_WITHDRAWAL,), language="en")
    destinations = desk.verification.code_destinations(agent, case_id)
    assert [d.masked for d in destinations] == ["a•••@example.vn", "a•••@example.com"]
    with pytest.raises(ValidationError, match="registered"):
        desk.verification.send_one_time_code(agent, case_id, "attacker@evil.example")
    assert desk.mail.sent == []
    sent = desk.verification.send_one_time_code(
        agent, case_id, destination_id=destinations[1].email_id
    )
    assert sent.destination == "a•••@example.com"
    assert sent.expires_at == desk.clock.now.replace(minute=10)
    assert [m.to for m in desk.mail.sent] == [OTHER_EMAIL]
    assert desk.mail.sent[0].subject.startswith("CLB4U verification code")
    code = code_in(desk.mail.sent[0].body)
    assert desk.verification.status(agent, case_id).code_waiting
    wrong = desk.verification.check_one_time_code(
        agent, case_id, "000000" if code != "000000" else "111111"
    )
    assert wrong.outcome is CodeCheck.WRONG
    assert wrong.tries_left == 2
    right = desk.verification.check_one_time_code(agent, case_id, f"{code[:3]} {code[3:]}")
    assert right.outcome is CodeCheck.OK
    assert right.status.level_reached is IdentityLevel.L1
    assert right.status.case_state is CaseState.VERIFIED
    assert not right.status.code_waiting
    with pytest.raises(ValidationError, match="No one-time code"):
        desk.verification.check_one_time_code(agent, case_id, code)
    text = _all_log_text(desk)
    assert code not in text
    assert OTHER_EMAIL not in text
    assert "example.com" not in text


@pytest.mark.parametrize("typed", ["", "   ", "12 34", "1234567", "12a456", "１２３４５６７"])
def test_what_cannot_be_a_code_uses_no_try_and_logs_nothing(
    desk: Desk, agent: Actor, typed: str
) -> None:
    case_id = _linked_case(desk, agent, (Right.RESTRICTION,))
    desk.verification.send_one_time_code(agent, case_id, EMAIL)
    code = code_in(desk.mail.sent[-1].body)
    logged = len(log_entries(desk.services))
    with pytest.raises(ValidationError, match="6 digits") as refused:
        desk.verification.check_one_time_code(agent, case_id, typed)
    assert "No try was used" in str(refused.value)
    assert len(log_entries(desk.services)) == logged
    status = desk.verification.status(agent, case_id)
    assert status.attempts == ()
    assert status.code_waiting
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    # All three tries are still there: the first wrong code leaves two.
    assert desk.verification.check_one_time_code(agent, case_id, wrong).tries_left == 2


def test_only_email_codes_are_sent(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent)
    with pytest.raises(ValidationError, match="Only email codes"):
        desk.verification.send_one_time_code(agent, case_id, EMAIL, channel="sms")


# --------------------------------------------------------------------------- L2 and L3


def test_l2_with_two_facts_and_a_wrong_answer(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent, (Right.ACCESS, Right.RESTRICTION))
    questions = desk.verification.knowledge_questions(agent, case_id)
    assert [q.fact for q in questions] == list(KnowledgeFact)
    shown = " ".join(q.prompt_vi + q.prompt_en for q in questions)
    for secret in (ZIP, CARD_LAST4, "1.500.000", "1500000", "2026", "Bảo vệ"):
        assert secret not in shown
    desk.verification.record_registered_email_origin(agent, case_id)
    assert not desk.verification.answer_knowledge_question(
        agent, case_id, KnowledgeFact.LAST_WEBINAR, "Marketing trên mạng xã hội"
    )
    with pytest.raises(ValidationError, match="asked already"):
        desk.verification.answer_knowledge_question(
            agent, case_id, KnowledgeFact.LAST_WEBINAR, WEBINAR
        )
    assert desk.verification.answer_knowledge_question(
        agent, case_id, KnowledgeFact.LAST_INVOICE_AMOUNT, "1.500.000 ₫"
    )
    middle = desk.verification.status(agent, case_id)
    assert middle.level_reached is IdentityLevel.L1
    assert middle.case_state is (CaseState.AWAITING_IDENTITY)
    assert [m.code for m in middle.missing] == [Requirement.SECOND_FACT]
    assert desk.verification.answer_knowledge_question(
        agent, case_id, KnowledgeFact.LAST_INVOICE_DATE, "ngày 15 tháng 1 năm 2026"
    )
    status = desk.verification.status(agent, case_id)
    assert status.level_reached is IdentityLevel.L2
    assert status.case_state is CaseState.VERIFIED
    # Verified for access as asked; the card on file still makes a full copy need L3, and
    # the wizard says so rather than "nothing left".
    assert status.level_with_payment_data is IdentityLevel.L3
    assert status.payment_data_needs_more
    assert case_row(desk.services, case_id).identity_level == 2
    left = [q.fact for q in desk.verification.knowledge_questions(agent, case_id)]
    assert left == [KnowledgeFact.ZIP, KnowledgeFact.CARD_LAST4]
    facts = [(a.fact, a.succeeded) for a in status.attempts if a.fact]
    assert facts == [
        (KnowledgeFact.LAST_WEBINAR, False),
        (KnowledgeFact.LAST_INVOICE_AMOUNT, True),
        (KnowledgeFact.LAST_INVOICE_DATE, True),
    ]
    text = _all_log_text(desk)
    for typed in ("Marketing", "1.500.000", "15 tháng 1", str(INVOICE_AMOUNT), EMAIL):
        assert typed not in text


def test_amounts_in_every_usual_shape(desk: Desk, agent: Actor) -> None:
    for typed in ("1,500,000", "1500000", "1.500.000 đ"):
        case_id = _linked_case(desk, agent)
        assert desk.verification.answer_knowledge_question(
            agent, case_id, KnowledgeFact.LAST_INVOICE_AMOUNT, typed
        )


def test_l3_for_a_copy_with_payment_data(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent, (Right.COPY,), payment_data=True)
    verification = desk.verification
    verification.record_registered_email_origin(agent, case_id)
    verification.answer_knowledge_question(agent, case_id, KnowledgeFact.ZIP, ZIP)
    verification.answer_knowledge_question(
        agent, case_id, KnowledgeFact.LAST_INVOICE_DATE, "15/01/2026"
    )
    status = verification.status(agent, case_id)
    assert status.level_needed is IdentityLevel.L3
    assert status.level_reached is IdentityLevel.L2
    assert status.case_state is CaseState.AWAITING_IDENTITY
    assert {m.code for m in status.missing} == {
        Requirement.THIRD_FACT,
        Requirement.SIGNED_DECLARATION,
    }
    assert all(m.vi and m.en for m in status.missing)
    verification.answer_knowledge_question(agent, case_id, KnowledgeFact.CARD_LAST4, CARD_LAST4)
    assert verification.status(agent, case_id).level_reached is IdentityLevel.L2
    done = verification.record_signed_declaration(agent, case_id)
    assert done.level_reached is IdentityLevel.L3
    assert done.case_state is CaseState.VERIFIED
    assert CARD_LAST4 not in _all_log_text(desk)


def test_marking_payment_data_raises_the_level_needed(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent, (Right.ERASURE,))
    assert desk.verification.status(agent, case_id).level_needed is IdentityLevel.L2
    with desk.services.db.reader() as uow:
        row = uow.session.execute(
            select(RequestItem).where(RequestItem.case_id == case_id)
        ).scalar_one()
        item_id, version = row.id, row.version
    status = desk.verification.set_includes_payment_data(agent, item_id, True, version)
    assert status.level_needed is IdentityLevel.L3
    assert (
        '"include_payment_data":true'
        in log_entries(desk.services, "item_scope_changed")[-1].details
    )


def test_id_document_counts_as_one_fact_and_keeps_only_type_and_last4(
    desk: Desk, agent: Actor
) -> None:
    case_id = _linked_case(desk, agent)
    with pytest.raises(ValidationError, match="4 digits"):
        desk.verification.record_id_document_seen(
            agent, case_id, IdDocumentType.CCCD, "079123456789"
        )
    desk.verification.record_callback(agent, case_id, PHONE, confirmed=True)
    desk.verification.record_id_document_seen(agent, case_id, IdDocumentType.CCCD, "6789")
    desk.verification.record_id_document_seen(agent, case_id, IdDocumentType.PASSPORT, "1234")
    status = desk.verification.status(agent, case_id)
    assert status.level_reached is IdentityLevel.L1  # documents count once
    assert status.attempts[-1].detail == "passport ••••1234"
    desk.verification.answer_knowledge_question(agent, case_id, KnowledgeFact.ZIP, ZIP)
    assert desk.verification.status(agent, case_id).level_reached is IdentityLevel.L2
    text = _all_log_text(desk)
    assert "6789" not in text
    assert "1234" not in text
    assert '"document_type":"cccd"' in text


# --------------------------------------------------------------------------- representatives


def test_a_representative_needs_authorisation_and_the_subject(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent, (Right.ACCESS,), via_representative=True)
    verification = desk.verification
    verification.record_callback(agent, case_id, PHONE, confirmed=True)
    verification.answer_knowledge_question(agent, case_id, KnowledgeFact.ZIP, ZIP)
    verification.answer_knowledge_question(
        agent, case_id, KnowledgeFact.LAST_INVOICE_AMOUNT, "1500000"
    )
    status = verification.status(agent, case_id)
    assert status.level_reached is IdentityLevel.L0
    assert [m.code for m in status.missing] == [
        Requirement.REPRESENTATIVE_AUTHORISATION,
        Requirement.SUBJECT_CONFIRMED_DIRECTLY,
    ]
    waiting = verification.record_representative(
        agent, case_id, AuthorisationKind.WRITTEN_AUTHORISATION, subject_confirmed=False
    )
    assert waiting.level_reached is IdentityLevel.L0
    done = verification.record_representative(
        agent, case_id, AuthorisationKind.WRITTEN_AUTHORISATION, subject_confirmed=True
    )
    assert done.level_reached is IdentityLevel.L2
    assert done.case_state is CaseState.VERIFIED
    assert done.via_representative


def test_declaring_a_representative_later_lowers_the_level(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent, (Right.RESTRICTION,))
    desk.verification.record_registered_email_origin(agent, case_id)
    status = desk.verification.record_representative(
        agent, case_id, AuthorisationKind.GUARDIAN, subject_confirmed=False
    )
    assert status.level_reached is IdentityLevel.L0
    assert case_row(desk.services, case_id).identity_level == 0
    assert log_entries(desk.services, "identity_level_changed")[-1].details == '{"from":1,"to":0}'


# --------------------------------------------------------------------------- refusals


def test_refusals_unlinked_closed_system_and_roles(desk: Desk, agent: Actor) -> None:
    add_customer(desk.services)
    unlinked = add_case(desk.services)
    with pytest.raises(ValidationError, match="not linked"):
        desk.verification.record_signed_declaration(agent, unlinked)
    with pytest.raises(ValidationError, match="not linked"):
        desk.verification.knowledge_questions(agent, unlinked)
    case_id = _linked_case(desk, agent)
    with pytest.raises(PermissionDeniedError):
        desk.verification.record_signed_declaration(SYSTEM_ACTOR, case_id)
    stranger = Actor(account_id=agent.account_id, login="x", display_name="X", role="viewer")
    with pytest.raises(PermissionDeniedError):
        desk.verification.status(stranger, case_id)
    closed = add_case(
        desk.services, state="closed", customer_id=case_row(desk.services, case_id).customer_id
    )
    with pytest.raises(IllegalTransitionError, match="closed"):
        desk.verification.record_signed_declaration(agent, closed)
    with pytest.raises(IllegalTransitionError, match="closed"):
        desk.verification.send_one_time_code(agent, closed, EMAIL)


def test_the_log_stays_a_valid_chain_and_attempts_hold_no_secrets(desk: Desk, agent: Actor) -> None:
    case_id = _linked_case(desk, agent, (Right.COPY,), payment_data=True)
    desk.verification.send_one_time_code(agent, case_id, EMAIL)
    code = code_in(desk.mail.sent[-1].body)
    desk.verification.check_one_time_code(agent, case_id, code)
    desk.verification.answer_knowledge_question(agent, case_id, KnowledgeFact.ZIP, ZIP)
    desk.verification.answer_knowledge_question(agent, case_id, KnowledgeFact.CARD_LAST4, "4242")
    desk.verification.answer_knowledge_question(
        agent, case_id, KnowledgeFact.LAST_WEBINAR, "bảo vệ dữ liệu cá nhân doanh nghiệp nhỏ"
    )
    status = desk.verification.record_signed_declaration(agent, case_id)
    assert status.level_reached is IdentityLevel.L3
    with desk.services.db.reader() as uow:
        assert verify_database(uow.session).ok
        details = [
            a.detail or "" for a in uow.session.execute(select(VerificationAttempt)).scalars()
        ]
    for secret in (code, ZIP, "4242", EMAIL, "bảo vệ"):
        assert all(secret not in d for d in details)
        assert secret not in _all_log_text(desk)
    subjects = {e.subject for e in log_entries(desk.services, "verification_attempt")}
    assert len(subjects) == 1
    assert None not in subjects
