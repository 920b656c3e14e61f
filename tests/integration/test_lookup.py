"""Record lookup on both databases: sections, counts, masking, restriction/hold flags, refusal."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.errors import (
    IdentityNotVerifiedError,
    NotFoundError,
    PermissionDeniedError,
)
from clb4u_desk.domain.text import fold
from clb4u_desk.persistence.models import (
    AdSegment,
    Case,
    Communication,
    Consent,
    Customer,
    CustomerAddress,
    CustomerEmail,
    CustomerPhone,
    Disclosure,
    Invoice,
    LegalHold,
    MessageBoardPost,
    Payment,
    PaymentMethod,
    PollResponse,
    Restriction,
    Subscription,
    SupportTicket,
)
from clb4u_desk.services.lookup.service import CustomerProfile, show_amount

WHEN = datetime(2024, 5, 10, 3, 0, tzinfo=UTC)
DAY = date(2024, 5, 10)
TOKEN = "tok_SECRET_processor_9f8e7d"
NAME = "Đặng Thị Ánh"


def _seed(services: Services, *, communications: int = 3) -> None:
    with services.db.uow() as uow:
        s = uow.session
        s.add(
            Customer(
                id=1,
                reference="KH-000001",
                full_name=NAME,
                name_folded=fold(NAME),
                birth_year=1990,
                gender="female",
                zip_code="700000",
                created_at=WHEN,
            )
        )
        s.add(
            Customer(
                id=2,
                reference="KH-000002",
                full_name="Lê Văn Bình",
                name_folded="le van binh",
                created_at=WHEN,
            )
        )
        s.flush()
        s.add_all(
            [
                CustomerEmail(customer_id=1, email="anh@example.vn", is_primary=True),
                CustomerPhone(customer_id=1, phone_e164="+84912345678"),
                CustomerAddress(
                    customer_id=1,
                    street="12 Lê Lợi",
                    ward="Bến Nghé",
                    city="TP Hồ Chí Minh",
                    zip_code="700000",
                ),
                Subscription(customer_id=1, kind="webinar", title="Thuế 2024", started_on=DAY),
                Invoice(
                    id=1,
                    customer_id=1,
                    number="HD-2024-0000001",
                    issued_on=DAY,
                    amount_vnd=1_500_000,
                    fiscal_year=2024,
                    description="Hội thảo",
                ),
                PaymentMethod(
                    id=1,
                    customer_id=1,
                    brand="Visa",
                    last4="1111",
                    exp_month=12,
                    exp_year=2028,
                    processor_token=TOKEN,
                    added_on=DAY,
                ),
            ]
        )
        s.flush()
        s.add_all(
            [
                Payment(
                    customer_id=1,
                    invoice_id=1,
                    payment_method_id=1,
                    paid_at=WHEN,
                    amount_vnd=1_500_000,
                ),
                *(
                    Communication(
                        customer_id=1,
                        channel=("email", "sms", "post")[i % 3],
                        direction="out",
                        occurred_at=WHEN,
                        summary=f"Thư {i}",
                    )
                    for i in range(communications)
                ),
                Consent(
                    customer_id=1,
                    purpose="marketing",
                    channel="email",
                    granted=False,
                    changed_at=WHEN,
                    source="web",
                ),
                AdSegment(customer_id=1, segment="Kế toán", assigned_on=DAY, source="crm"),
                PollResponse(
                    customer_id=1,
                    poll="Khảo sát",
                    question="Hài lòng?",
                    answer="Có",
                    answered_at=WHEN,
                ),
                MessageBoardPost(
                    customer_id=1, board="Thuế", title="Hỏi", body="<b>&</b>", posted_at=WHEN
                ),
                SupportTicket(customer_id=1, opened_at=WHEN, subject="Hóa đơn", status="open"),
                Disclosure(
                    customer_id=1,
                    recipient="Cục Thuế",
                    legal_basis="Luật",
                    categories="invoices",
                    disclosed_on=DAY,
                ),
                Restriction(customer_id=1, category="communications", reason="dispute", since=WHEN),
                Restriction(
                    customer_id=1, category="ad_segments", reason="old", since=WHEN, lifted_at=WHEN
                ),
                Restriction(customer_id=1, purpose="marketing", reason="objection", since=WHEN),
                LegalHold(customer_id=1, category="payments", reason="chargeback", since=DAY),
                LegalHold(
                    customer_id=1, category="invoices", reason="old", since=DAY, released_on=DAY
                ),
            ]
        )
        uow.commit()


def _case(services: Services, *, customer_id: int | None, level: int) -> int:
    with services.db.uow() as uow:
        case = Case(
            reference=f"DSR-2026-{customer_id or 0:03d}{level}",
            channel="email",
            received_at=WHEN,
            requester_name=NAME,
            state="received",
            customer_id=customer_id,
            identity_level=level,
        )
        uow.session.add(case)
        uow.session.flush()
        case_id = case.id
        uow.commit()
    return case_id


@pytest.fixture
def profile(services: Services) -> CustomerProfile:
    _seed(services)
    return services.lookup.load_profile(1)


def test_every_category_is_a_section_with_its_count(profile: CustomerProfile) -> None:
    assert [s.category for s in profile.sections] == list(DataCategory)
    assert profile.reference == "KH-000001"
    assert profile.display_name == NAME
    assert profile.counts == {
        DataCategory.IDENTITY: 4,
        DataCategory.ACCOUNT: 1,
        DataCategory.SUBSCRIPTIONS: 1,
        DataCategory.INVOICES: 1,
        DataCategory.PAYMENT_METHODS: 1,
        DataCategory.PAYMENTS: 1,
        DataCategory.COMMUNICATIONS: 3,
        DataCategory.CONSENTS: 1,
        DataCategory.AD_SEGMENTS: 1,
        DataCategory.POLLS: 1,
        DataCategory.MESSAGE_BOARD: 1,
        DataCategory.SUPPORT_TICKETS: 1,
        DataCategory.DISCLOSURES: 1,
    }
    for section in profile.sections:
        assert all(len(row.values) == len(section.columns) for row in section.rows)
        assert all(isinstance(v, str) for row in section.rows for v in row.values)


def test_values_are_display_ready(profile: CustomerProfile) -> None:
    identity = profile.section(DataCategory.IDENTITY)
    kinds = {row.values[0]: row.values[1] for row in identity.rows}
    assert kinds["name"] == NAME
    assert kinds["email"] == "anh@example.vn"
    assert kinds["address"] == "12 Lê Lợi, Bến Nghé, TP Hồ Chí Minh, 700000, VN"
    invoice = profile.section(DataCategory.INVOICES).rows[0].values
    assert invoice[:3] == ("HD-2024-0000001", "10/05/2024", "1.500.000 ₫")
    payment = profile.section(DataCategory.PAYMENTS).rows[0].values
    assert payment[0] == "10/05/2024 10:00"  # Vietnam time
    assert payment[3:] == ("HD-2024-0000001", "Visa •••• 1111")
    comms = profile.section(DataCategory.COMMUNICATIONS)
    assert comms.breakdown == (("email", 1), ("post", 1), ("sms", 1))
    assert show_amount(0) == "0 ₫"


def test_cards_are_masked_and_the_token_never_read(profile: CustomerProfile) -> None:
    card = profile.section(DataCategory.PAYMENT_METHODS)
    assert card.columns == ("brand", "card", "expiry", "added_on")
    assert card.rows[0].values == ("Visa", "•••• 1111", "12/2028", "10/05/2024")
    text = repr(profile)
    assert TOKEN not in text
    assert "tok_" not in text
    assert "4111111111111111" not in text


def test_restriction_hold_and_retention_flags(profile: CustomerProfile) -> None:
    comms = profile.section(DataCategory.COMMUNICATIONS)
    assert comms.restricted
    assert comms.restricted_since == WHEN
    assert not profile.section(DataCategory.AD_SEGMENTS).restricted  # lifted
    assert profile.restricted_purposes == ("marketing",)
    payments = profile.section(DataCategory.PAYMENTS)
    assert payments.legal_hold
    assert payments.legal_hold_since == DAY
    assert not profile.section(DataCategory.INVOICES).legal_hold  # released
    # Invoices and payments: 10 years from the end of the fiscal year.
    assert profile.section(DataCategory.INVOICES).retention_until == date(2034, 12, 31)
    assert payments.retention_until == date(2034, 12, 31)
    assert profile.section(DataCategory.PAYMENT_METHODS).retention_until is None
    # Identity is kept as long as anything else is.
    assert profile.section(DataCategory.IDENTITY).retention_until == date(2034, 12, 31)


def test_other_customers_records_are_not_included(services: Services) -> None:
    _seed(services)
    other = services.lookup.load_profile(2)
    assert other.total_records == 2  # name and account row
    with pytest.raises(NotFoundError):
        services.lookup.load_profile(999)


def test_profile_for_a_verified_linked_case(services: Services, actors: dict[str, Actor]) -> None:
    _seed(services)
    case_id = _case(services, customer_id=1, level=1)
    assert services.lookup.load_profile_for_case(actors["agent"], case_id).customer_id == 1


@pytest.mark.parametrize(
    ("customer_id", "level", "words"), [(None, 2, "not linked"), (1, 0, "not been verified")]
)
def test_refused_for_unlinked_or_unverified_case(
    services: Services, actors: dict[str, Actor], customer_id: int | None, level: int, words: str
) -> None:
    _seed(services)
    case_id = _case(services, customer_id=customer_id, level=level)
    with pytest.raises(IdentityNotVerifiedError, match=words):
        services.lookup.load_profile_for_case(actors["agent"], case_id)


def test_unknown_case_and_role(services: Services, actors: dict[str, Actor]) -> None:
    with pytest.raises(NotFoundError):
        services.lookup.load_profile_for_case(actors["agent"], 12345)
    outsider = Actor(account_id=99, login="x", display_name="X", role="guest")
    with pytest.raises(PermissionDeniedError):
        services.lookup.load_profile_for_case(outsider, 1)


def test_heavy_customer_loads_quickly(services: Services) -> None:
    _seed(services, communications=10_000)
    services.lookup.load_profile(1)  # warm
    started = time.perf_counter()
    profile = services.lookup.load_profile(1)
    elapsed = time.perf_counter() - started
    assert profile.section(DataCategory.COMMUNICATIONS).count == 10_000
    # Generous: timings are measured by the benchmarks, this only catches an N+1.
    assert elapsed < 5
