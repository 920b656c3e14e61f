"""Identity levels: what each right needs, what the evidence reaches, one-time codes."""

from __future__ import annotations

import random
import secrets
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clb4u_desk.domain.errors import CardNumberError, IdentityNotVerifiedError, ValidationError
from clb4u_desk.domain.identity import (
    CONTACT_METHODS,
    DEFAULT_CODE_POLICY,
    CodeCheck,
    IdDocumentSeen,
    IdDocumentType,
    IdentityLevel,
    KnowledgeFact,
    OneTimeCodePolicy,
    OneTimeCodeState,
    Requirement,
    RouteOptions,
    VerificationEvidence,
    VerificationMethod,
    check_code,
    code_matches,
    ensure_level,
    ensure_well_formed_code,
    generate_code,
    generate_salt,
    hash_code,
    issue_code,
    level_reached,
    required_level,
    routes_left,
)
from clb4u_desk.domain.rights import Right

L0, L1, L2, L3 = IdentityLevel.L0, IdentityLevel.L1, IdentityLevel.L2, IdentityLevel.L3
M = VerificationMethod

# --------------------------------------------------------------------------- required level


@pytest.mark.parametrize(
    ("right", "payment", "contact_only", "expected"),
    [
        (Right.OBJECTION, False, True, L0),
        (Right.CONSENT_WITHDRAWAL, False, True, L0),
        (Right.OBJECTION, False, False, L1),
        (Right.CONSENT_WITHDRAWAL, False, False, L1),
        (Right.RESTRICTION, False, False, L1),
        (Right.RESTRICTION, False, True, L1),
        (Right.RECTIFICATION, False, True, L1),
        (Right.RECTIFICATION, False, False, L2),
        (Right.ACCESS, False, False, L2),
        (Right.COPY, False, False, L2),
        (Right.ERASURE, False, False, L2),
        (Right.ACCESS, False, True, L2),  # contact_point_only never lowers disclosure
        (Right.ERASURE, False, True, L2),
        (Right.COPY, True, False, L3),
        (Right.ERASURE, True, False, L3),
        (Right.ACCESS, True, False, L3),
        (Right.COPY, True, True, L3),
        (Right.RESTRICTION, True, False, L1),  # payment data matters where data leaves or goes
        (Right.OBJECTION, True, True, L0),
    ],
)
def test_required_level_follows_the_design_table(
    right: Right, payment: bool, contact_only: bool, expected: IdentityLevel
) -> None:
    assert (
        required_level(right, includes_payment_data=payment, contact_point_only=contact_only)
        is expected
    )


def test_every_right_has_a_level() -> None:
    for right in Right:
        assert required_level(right) in (L1, L2)


# --------------------------------------------------------------------------- evidence


def ok(method: VerificationMethod, fact: KnowledgeFact | None = None) -> VerificationEvidence:
    return VerificationEvidence(method, True, fact=fact)


def wrong(fact: KnowledgeFact) -> VerificationEvidence:
    return VerificationEvidence(
        M.KNOWLEDGE_QUESTION, False, detail="answer did not match", fact=fact
    )


def knew(fact: KnowledgeFact) -> VerificationEvidence:
    return ok(M.KNOWLEDGE_QUESTION, fact)


def id_seen(kind: IdDocumentType = IdDocumentType.CCCD) -> VerificationEvidence:
    return VerificationEvidence(M.ID_DOCUMENT_SEEN, True, id_document=IdDocumentSeen(kind, "2345"))


ZIP, DATE, AMOUNT, WEBINAR, LAST4 = (
    KnowledgeFact.ZIP,
    KnowledgeFact.LAST_INVOICE_DATE,
    KnowledgeFact.LAST_INVOICE_AMOUNT,
    KnowledgeFact.LAST_WEBINAR,
    KnowledgeFact.CARD_LAST4,
)
REPRESENTED = [ok(M.REPRESENTATIVE_AUTHORISATION), ok(M.SUBJECT_CONFIRMED_DIRECTLY)]


def test_no_evidence_is_l0_with_everything_missing() -> None:
    result = level_reached([], via_representative=False)
    assert result.level is L0
    assert result.missing_for(L1) == (Requirement.CONTACT_POINT,)
    assert result.missing_for(L2) == (
        Requirement.CONTACT_POINT,
        Requirement.FIRST_FACT,
        Requirement.SECOND_FACT,
    )
    assert result.missing_for(L3) == (
        Requirement.CONTACT_POINT,
        Requirement.FIRST_FACT,
        Requirement.SECOND_FACT,
        Requirement.THIRD_FACT,
        Requirement.SIGNED_DECLARATION,
    )
    assert result.missing_for(L0) == ()


@pytest.mark.parametrize("method", sorted(CONTACT_METHODS))
def test_any_contact_method_reaches_l1(method: VerificationMethod) -> None:
    result = level_reached([ok(method)], via_representative=False)
    assert result.level is L1
    assert result.missing_for(L1) == ()
    assert L1 not in result.missing
    assert result.missing_for(L2) == (Requirement.FIRST_FACT, Requirement.SECOND_FACT)


def test_a_failed_contact_check_reaches_nothing() -> None:
    failed = VerificationEvidence(M.ONE_TIME_CODE_SMS, False, detail="code wrong 3 times")
    result = level_reached([failed], via_representative=False)
    assert result.level is L0
    assert result.failed_attempts == 1


def test_two_distinct_facts_reach_l2() -> None:
    result = level_reached(
        [ok(M.REGISTERED_EMAIL_ORIGIN), knew(ZIP), knew(LAST4)], via_representative=False
    )
    assert result.level is L2
    assert result.facts_counted == 2
    assert result.missing_for(L3) == (Requirement.THIRD_FACT, Requirement.SIGNED_DECLARATION)


def test_the_same_fact_twice_counts_once() -> None:
    result = level_reached([ok(M.CALLBACK_PHONE), knew(ZIP), knew(ZIP)], via_representative=False)
    assert result.level is L1
    assert result.missing_for(L2) == (Requirement.SECOND_FACT,)


def test_facts_without_the_contact_check_stay_l0() -> None:
    result = level_reached(
        [knew(ZIP), knew(DATE), knew(AMOUNT), ok(M.SIGNED_DECLARATION)], via_representative=False
    )
    assert result.level is L0
    assert result.missing_for(L1) == (Requirement.CONTACT_POINT,)
    assert result.missing_for(L3) == (Requirement.CONTACT_POINT,)


def test_a_fact_answered_wrongly_does_not_count_even_when_answered_again() -> None:
    evidence = [ok(M.ONE_TIME_CODE_EMAIL), wrong(ZIP), knew(ZIP), knew(WEBINAR)]
    result = level_reached(evidence, via_representative=False)
    assert result.level is L1
    assert result.facts_counted == 1
    assert result.failed_attempts == 1
    assert level_reached([*evidence, knew(DATE)], via_representative=False).level is L2


def test_l3_needs_a_third_fact_and_a_signed_declaration() -> None:
    base = [ok(M.ONE_TIME_CODE_SMS), knew(ZIP), knew(DATE)]
    assert level_reached([*base, knew(AMOUNT)], via_representative=False).level is L2
    assert level_reached([*base, ok(M.SIGNED_DECLARATION)], via_representative=False).level is L2
    full = level_reached([*base, knew(AMOUNT), ok(M.SIGNED_DECLARATION)], via_representative=False)
    assert full.level is L3
    assert full.missing == {}
    unsigned = VerificationEvidence(M.SIGNED_DECLARATION, False, detail="not signed")
    assert level_reached([*base, knew(AMOUNT), unsigned], via_representative=False).level is L2


def test_an_id_document_counts_as_one_fact_at_most() -> None:
    contact = ok(M.REGISTERED_EMAIL_ORIGIN)
    one = level_reached([contact, id_seen(), knew(ZIP)], via_representative=False)
    assert one.level is L2
    assert one.facts_counted == 2
    two_documents = level_reached(
        [contact, id_seen(), id_seen(IdDocumentType.PASSPORT)], via_representative=False
    )
    assert two_documents.level is L1
    assert two_documents.facts_counted == 1
    assert level_reached([id_seen(), knew(ZIP), knew(DATE)], via_representative=False).level is L0


def test_an_id_document_can_be_the_third_fact() -> None:
    evidence = [ok(M.CALLBACK_PHONE), knew(ZIP), knew(LAST4), id_seen(), ok(M.SIGNED_DECLARATION)]
    assert level_reached(evidence, via_representative=False).level is L3


def test_a_representative_needs_authorisation_and_the_subject_confirmed() -> None:
    evidence = [
        ok(M.REGISTERED_EMAIL_ORIGIN),
        knew(ZIP),
        knew(DATE),
        knew(AMOUNT),
        ok(M.SIGNED_DECLARATION),
    ]
    alone = level_reached(evidence, via_representative=True)
    assert alone.level is L0
    for level in (L1, L2, L3):
        assert alone.missing_for(level) == (
            Requirement.REPRESENTATIVE_AUTHORISATION,
            Requirement.SUBJECT_CONFIRMED_DIRECTLY,
        )
    half = level_reached([*evidence, REPRESENTED[0]], via_representative=True)
    assert half.level is L0
    assert half.missing_for(L1) == (Requirement.SUBJECT_CONFIRMED_DIRECTLY,)
    assert level_reached([*evidence, *REPRESENTED], via_representative=True).level is L3


def test_representative_evidence_changes_nothing_for_the_subject_in_person() -> None:
    evidence = [ok(M.ONE_TIME_CODE_EMAIL), knew(ZIP), knew(DATE)]
    assert level_reached([*evidence, *REPRESENTED], via_representative=False).level is L2
    assert level_reached(evidence, via_representative=False).level is L2


def test_every_requirement_is_explained_in_both_languages() -> None:
    for requirement in Requirement:
        assert requirement.vi
        assert requirement.en
        assert requirement.vi != requirement.en
        assert requirement.explain("vi") == requirement.vi
        assert requirement.explain("en") == requirement.en
    with pytest.raises(ValueError, match="language must be"):
        Requirement.CONTACT_POINT.explain("fr")


def test_ensure_level() -> None:
    result = level_reached([ok(M.REGISTERED_EMAIL_ORIGIN), knew(ZIP)], via_representative=False)
    ensure_level(result, L1)
    ensure_level(result, L0)
    with pytest.raises(IdentityNotVerifiedError) as caught:
        ensure_level(result, L2)
    assert "L1" in str(caught.value)
    assert "L2" in str(caught.value)
    assert "second" in str(caught.value)


def test_assessment_satisfies() -> None:
    result = level_reached([ok(M.REGISTERED_EMAIL_ORIGIN)], via_representative=False)
    assert result.satisfies(required_level(Right.RESTRICTION))
    assert not result.satisfies(required_level(Right.ACCESS))


_EVIDENCE = st.one_of(
    st.builds(
        VerificationEvidence,
        st.sampled_from(sorted(set(M) - {M.KNOWLEDGE_QUESTION, M.ID_DOCUMENT_SEEN})),
        st.booleans(),
    ),
    st.builds(
        VerificationEvidence,
        st.just(M.KNOWLEDGE_QUESTION),
        st.booleans(),
        fact=st.sampled_from(KnowledgeFact),
    ),
    st.builds(
        VerificationEvidence,
        st.just(M.ID_DOCUMENT_SEEN),
        st.booleans(),
        id_document=st.builds(
            IdDocumentSeen,
            st.sampled_from(IdDocumentType),
            st.from_regex(r"[0-9]{4}", fullmatch=True),
        ),
    ),
)


@given(st.lists(_EVIDENCE, max_size=12), st.booleans(), _EVIDENCE)
def test_levels_are_consistent_and_more_evidence_never_lowers_the_level(
    evidence: list[VerificationEvidence], via_representative: bool, extra: VerificationEvidence
) -> None:
    result = level_reached(evidence, via_representative=via_representative)
    for level in IdentityLevel:
        assert (result.missing_for(level) == ()) == (level <= result.level)
    assert level_reached(list(reversed(evidence)), via_representative=via_representative) == result
    if not (extra.method is M.KNOWLEDGE_QUESTION and not extra.succeeded):
        more = level_reached([*evidence, extra], via_representative=via_representative)
        assert more.level >= result.level
    if not via_representative:
        assert level_reached(evidence, via_representative=True).level <= result.level


# --------------------------------------------------------------------------- routes left

EVERY_ROUTE = RouteOptions(
    request_by_email=True, registered_email=True, registered_phone=True, questions_left=5
)


def _routes(
    evidence: list[VerificationEvidence], level: IdentityLevel, options: RouteOptions
) -> dict[Requirement, tuple[VerificationMethod, ...]]:
    missing = level_reached(evidence, via_representative=False).missing_for(level)
    return dict(routes_left(missing, evidence, options))


def test_with_nothing_done_every_route_is_open() -> None:
    routes = _routes([], L3, EVERY_ROUTE)
    assert routes[Requirement.CONTACT_POINT] == (
        M.REGISTERED_EMAIL_ORIGIN,
        M.ONE_TIME_CODE_EMAIL,
        M.CALLBACK_PHONE,
    )
    for fact in (Requirement.FIRST_FACT, Requirement.SECOND_FACT, Requirement.THIRD_FACT):
        assert routes[fact] == (M.KNOWLEDGE_QUESTION, M.ID_DOCUMENT_SEEN)
    assert routes[Requirement.SIGNED_DECLARATION] == (M.SIGNED_DECLARATION,)


def test_contact_routes_follow_the_case_and_the_records() -> None:
    by_phone = RouteOptions(
        request_by_email=False, registered_email=False, registered_phone=True, questions_left=0
    )
    assert _routes([], L1, by_phone) == {Requirement.CONTACT_POINT: (M.CALLBACK_PHONE,)}
    failed_origin = [VerificationEvidence(M.REGISTERED_EMAIL_ORIGIN, False)]
    assert _routes(failed_origin, L1, EVERY_ROUTE)[Requirement.CONTACT_POINT] == (
        M.ONE_TIME_CODE_EMAIL,
        M.CALLBACK_PHONE,
    )
    nothing = RouteOptions(
        request_by_email=False, registered_email=False, registered_phone=False, questions_left=0
    )
    assert _routes([], L1, nothing) == {Requirement.CONTACT_POINT: ()}


def test_when_the_questions_run_out_the_id_document_remains_for_one_fact() -> None:
    one_left = RouteOptions(
        request_by_email=True, registered_email=True, registered_phone=True, questions_left=0
    )
    evidence = [ok(M.REGISTERED_EMAIL_ORIGIN), knew(KnowledgeFact.ZIP)]
    assert _routes(evidence, L2, one_left) == {Requirement.SECOND_FACT: (M.ID_DOCUMENT_SEEN,)}
    routes = _routes(evidence, L3, one_left)
    assert routes[Requirement.SECOND_FACT] == (M.ID_DOCUMENT_SEEN,)
    assert routes[Requirement.THIRD_FACT] == ()  # the document counts once


def test_facts_beyond_what_is_left_have_no_route() -> None:
    one_question = RouteOptions(
        request_by_email=True, registered_email=True, registered_phone=True, questions_left=1
    )
    evidence = [ok(M.REGISTERED_EMAIL_ORIGIN), id_seen()]
    routes = _routes(evidence, L3, one_question)
    assert routes[Requirement.SECOND_FACT] == (M.KNOWLEDGE_QUESTION,)
    assert routes[Requirement.THIRD_FACT] == ()


def test_a_representative_can_always_still_be_recorded() -> None:
    missing = level_reached([], via_representative=True).missing_for(L1)
    routes = routes_left(missing, [], EVERY_ROUTE)
    assert routes[Requirement.REPRESENTATIVE_AUTHORISATION] == (M.REPRESENTATIVE_AUTHORISATION,)
    assert routes[Requirement.SUBJECT_CONFIRMED_DIRECTLY] == (M.SUBJECT_CONFIRMED_DIRECTLY,)


def test_fact_requirements_are_known_as_facts() -> None:
    facts = {req for req in Requirement if req.is_fact}
    assert facts == {Requirement.FIRST_FACT, Requirement.SECOND_FACT, Requirement.THIRD_FACT}


# --------------------------------------------------------------------------- evidence records


def test_evidence_must_name_its_fact_or_document() -> None:
    with pytest.raises(ValidationError):
        VerificationEvidence(M.KNOWLEDGE_QUESTION, True)
    with pytest.raises(ValidationError):
        VerificationEvidence(M.CALLBACK_PHONE, True, fact=ZIP)
    with pytest.raises(ValidationError):
        VerificationEvidence(M.ID_DOCUMENT_SEEN, True)
    with pytest.raises(ValidationError):
        VerificationEvidence(
            M.CALLBACK_PHONE, True, id_document=IdDocumentSeen(IdDocumentType.CMND, "1234")
        )


def test_evidence_accepts_plain_strings_from_storage() -> None:
    evidence = VerificationEvidence("knowledge_question", True, fact="zip")  # type: ignore[arg-type]
    assert evidence.method is M.KNOWLEDGE_QUESTION
    assert evidence.fact is ZIP
    seen = IdDocumentSeen("passport", "0042")  # type: ignore[arg-type]
    assert seen.type is IdDocumentType.PASSPORT


def test_evidence_detail_holds_no_card_number_and_stays_short() -> None:
    with pytest.raises(CardNumberError):
        VerificationEvidence(M.CALLBACK_PHONE, True, detail="card 4111 1111 1111 1111")
    with pytest.raises(ValidationError):
        VerificationEvidence(M.CALLBACK_PHONE, True, detail="x" * 201)


@pytest.mark.parametrize("last4", ["123", "12345", "12a4", "", "١٢٣٤"])
def test_id_document_keeps_exactly_four_digits(last4: str) -> None:
    with pytest.raises(ValidationError):
        IdDocumentSeen(IdDocumentType.CCCD, last4)


def test_id_document_type_must_be_known() -> None:
    with pytest.raises(ValueError, match="not a valid IdDocumentType"):
        IdDocumentSeen("student_card", "1234")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- one-time codes


NOW = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)


class FixedRandom:
    """A fake ``secrets``: returns the values it was given, in turn."""

    def __init__(self, *values: int) -> None:
        self.values = list(values)

    def randbelow(self, exclusive_upper_bound: int, /) -> int:
        value = self.values.pop(0) % exclusive_upper_bound
        return value


def issued(code_value: int = 4271) -> tuple[str, OneTimeCodeState]:
    made = issue_code(FixedRandom(code_value, 123456789), NOW)
    return made.code, made.state


def test_default_policy() -> None:
    assert OneTimeCodePolicy(6, timedelta(minutes=10), 3) == DEFAULT_CODE_POLICY


@pytest.mark.parametrize(
    ("digits", "ttl", "tries"),
    [
        (3, timedelta(minutes=10), 3),
        (6, timedelta(0), 3),
        (6, timedelta(minutes=1), 0),
    ],
)
def test_policy_refuses_nonsense(digits: int, ttl: timedelta, tries: int) -> None:
    with pytest.raises(ValidationError):
        OneTimeCodePolicy(digits, ttl, tries)


def test_codes_keep_leading_zeros() -> None:
    assert generate_code(FixedRandom(4271)) == "004271"
    assert generate_code(FixedRandom(0)) == "000000"
    assert generate_code(FixedRandom(99_999_999), OneTimeCodePolicy(digits=8)) == "99999999"


def test_codes_from_the_secrets_module() -> None:
    code = generate_code(secrets)
    assert len(code) == 6
    assert code.isdigit()
    assert len(generate_salt(secrets)) == 16


def test_hash_is_salted_and_verifiable() -> None:
    salt_a, salt_b = b"a" * 16, b"b" * 16
    stored = hash_code("004271", salt_a)
    assert stored.startswith("scrypt:")
    assert "004271" not in stored
    assert stored != hash_code("004271", salt_b)
    assert code_matches("004271", salt_a, stored)
    assert code_matches(" 004 271 ", salt_a, stored)  # read out in two halves
    assert code_matches("004-271", salt_a, stored)
    assert not code_matches("004272", salt_a, stored)
    assert not code_matches("004271", salt_b, stored)
    assert not code_matches("004271", salt_a, "garbage ✗")
    with pytest.raises(ValueError, match="salt must be at least 16 bytes"):
        hash_code("004271", b"short")


def test_issued_state_holds_no_code() -> None:
    code, state = issued()
    assert code == "004271"
    assert code not in repr(state)
    assert state.issued_at == NOW
    assert state.tries_used == 0
    assert not state.used
    assert state.expires_at() == NOW + timedelta(minutes=10)
    assert state.tries_left() == 3


def test_right_code_in_time_is_ok_once() -> None:
    code, state = issued()
    result = check_code(state, code, NOW + timedelta(minutes=9, seconds=59))
    assert result.outcome is CodeCheck.OK
    assert result.state.used
    again = check_code(result.state, code, NOW + timedelta(minutes=1))
    assert again.outcome is CodeCheck.USED
    assert again.state == result.state


def test_wrong_codes_count_and_the_third_locks() -> None:
    code, state = issued()
    first = check_code(state, "111111", NOW)
    assert (first.outcome, first.tries_left) == (CodeCheck.WRONG, 2)
    second = check_code(first.state, "", NOW)
    assert (second.outcome, second.tries_left) == (CodeCheck.WRONG, 1)
    third = check_code(second.state, "222222", NOW)
    assert (third.outcome, third.tries_left) == (CodeCheck.LOCKED, 0)
    after = check_code(third.state, code, NOW)  # even the right code is refused now
    assert after.outcome is CodeCheck.LOCKED
    assert after.state == third.state


def test_right_code_on_the_last_try_is_ok() -> None:
    code, state = issued()
    state = check_code(check_code(state, "1", NOW).state, "2", NOW).state
    result = check_code(state, code, NOW)
    assert result.outcome is CodeCheck.OK
    assert result.tries_left == 0


def test_expired_code_counts_no_try() -> None:
    code, state = issued()
    result = check_code(state, code, NOW + timedelta(minutes=10))
    assert result.outcome is CodeCheck.EXPIRED
    assert result.state == state
    assert check_code(state, "000000", NOW + timedelta(hours=1)).outcome is CodeCheck.EXPIRED


def test_a_shorter_policy_expires_sooner() -> None:
    code, state = issued()
    policy = OneTimeCodePolicy(ttl=timedelta(minutes=2))
    assert check_code(state, code, NOW + timedelta(minutes=3), policy).outcome is CodeCheck.EXPIRED


def test_naive_times_are_refused() -> None:
    code, state = issued()
    with pytest.raises(ValueError, match="timezone-aware"):
        check_code(state, code, NOW.replace(tzinfo=None))
    with pytest.raises(ValueError, match="timezone-aware"):
        OneTimeCodeState("x", b"s" * 16, NOW.replace(tzinfo=None))


def test_wall_clock_zone_does_not_matter() -> None:
    code, state = issued()
    local = (NOW + timedelta(minutes=5)).astimezone(timezone(timedelta(hours=7)))
    assert check_code(state, code, local).outcome is CodeCheck.OK


class SeededRandom:
    """A reproducible stand-in for ``secrets`` built on ``random.Random``."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)

    def randbelow(self, exclusive_upper_bound: int, /) -> int:
        return self._random.randrange(exclusive_upper_bound)


@settings(max_examples=10, deadline=None)  # scrypt is slow on purpose
@given(st.integers(0, 2**32), st.text(max_size=12))
def test_only_the_issued_code_passes(seed: int, typed: str) -> None:
    made = issue_code(SeededRandom(seed), NOW)
    code, state = made.code, made.state
    normalised = "".join(ch for ch in typed if not ch.isspace() and ch != "-")
    expected = CodeCheck.OK if normalised == code else CodeCheck.WRONG
    assert check_code(state, typed, NOW).outcome is expected
    assert check_code(state, code, NOW).outcome is CodeCheck.OK


@pytest.mark.parametrize("typed", ["004271", "004 271", "004-271", " 004271 ", "００４２７１"])
def test_a_code_may_be_typed_with_separators(typed: str) -> None:
    ensure_well_formed_code(typed)


@pytest.mark.parametrize("typed", ["", " ", "-", "42", "0042711", "00427a", "004271" + " " * 100])
def test_what_cannot_be_a_code_is_refused_before_any_check(typed: str) -> None:
    with pytest.raises(ValidationError, match="6 digits"):
        ensure_well_formed_code(typed)


def test_the_number_of_digits_is_the_policys() -> None:
    with pytest.raises(ValidationError, match="8 digits"):
        ensure_well_formed_code("004271", OneTimeCodePolicy(digits=8))
    ensure_well_formed_code("00427100", OneTimeCodePolicy(digits=8))
