"""Migrations apply on both databases, every model round-trips, and nothing drifts."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.models import (
    Account,
    AdSegment,
    Approval,
    Attachment,
    Base,
    Case,
    Communication,
    Consent,
    Customer,
    CustomerAddress,
    CustomerEmail,
    CustomerNameKey,
    CustomerPhone,
    Disclosure,
    Invoice,
    IssuedDocument,
    LegalHold,
    MessageBoardPost,
    OneTimeCode,
    Payment,
    PaymentMethod,
    PollResponse,
    RequestItem,
    Restriction,
    Subscription,
    SupportTicket,
    Suppression,
    VerificationAttempt,
)

WHEN = datetime(2026, 3, 5, 14, 30, 15, 123000, tzinfo=UTC)
DAY = date(2026, 3, 5)


def test_migrations_reach_head_and_match_the_models(database: Database) -> None:
    assert migrate.is_up_to_date(database.engine)
    with database.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"
    assert set(Base.metadata.tables) <= set(inspect(database.engine).get_table_names())


def _sample_graph() -> list[Base]:
    customer = Customer(
        id=1,
        reference="KH-000001",
        full_name="Đặng Thị Ánh",
        name_folded="dang thi anh",
        birth_year=1990,
        gender="female",
        occupation="Kế toán",
        job_title="Trưởng phòng",
        income_band="20-30tr",
        zip_code="700000",
        residence="vn",
        language="vi",
        created_at=WHEN,
        status="active",
    )
    account = Account(
        id=1,
        login="agent",
        display_name="Agent",
        role="agent",
        password_hash="x",
        active=True,
        created_at=WHEN,
    )
    case = Case(
        id=1,
        reference="DSR-2026-000001",
        channel="email",
        received_at=WHEN,
        requester_name="Đặng Thị Ánh",
        requester_email="anh@example.vn",
        requester_language="vi",
        customer_id=1,
        regimes="vn",
        state="received",
        assignee_id=1,
        due_on=DAY,
    )
    item = RequestItem(
        id=1, case_id=1, right="access", due_on=DAY, base_due_on=DAY, regime_applied="vn"
    )
    invoice = Invoice(
        id=1,
        customer_id=1,
        number="HD-2026-0000001",
        issued_on=DAY,
        amount_vnd=1_500_000,
        status="paid",
        fiscal_year=2026,
        description="Hội thảo <Quản trị> & kế toán",
    )
    method = PaymentMethod(
        id=1,
        customer_id=1,
        brand="Visa",
        last4="1111",
        exp_month=12,
        exp_year=2028,
        processor_token="tok_abc",
        added_on=DAY,
    )
    return [
        customer,
        account,
        case,
        item,
        invoice,
        method,
        CustomerEmail(customer_id=1, email="anh@example.vn", is_primary=True),
        CustomerPhone(customer_id=1, phone_e164="+84912345678", kind="mobile"),
        CustomerAddress(
            customer_id=1,
            kind="postal",
            street="12 Lê Lợi",
            ward="Bến Nghé",
            city="TP Hồ Chí Minh",
            country="VN",
            zip_code="700000",
        ),
        Subscription(
            customer_id=1, kind="webinar", title="Thuế 2026", started_on=DAY, status="active"
        ),
        Payment(
            customer_id=1,
            invoice_id=1,
            payment_method_id=1,
            paid_at=WHEN,
            amount_vnd=1_500_000,
            status="settled",
        ),
        Communication(
            customer_id=1,
            channel="sms",
            direction="out",
            occurred_at=WHEN,
            summary="Nhắc lịch hội thảo",
        ),
        Consent(
            customer_id=1,
            purpose="marketing",
            channel="email",
            granted=True,
            changed_at=WHEN,
            source="web form",
        ),
        AdSegment(customer_id=1, segment="SME owners", assigned_on=DAY, source="crm"),
        PollResponse(
            customer_id=1, poll="Khảo sát 2026", question="Hài lòng?", answer="Có", answered_at=WHEN
        ),
        MessageBoardPost(
            customer_id=1, board="Hỏi đáp", title="Câu hỏi", body="Nội dung", posted_at=WHEN
        ),
        SupportTicket(customer_id=1, opened_at=WHEN, subject="Không vào được", status="open"),
        Disclosure(
            customer_id=1,
            recipient="Cục Thuế",
            legal_basis="Luật Quản lý thuế",
            categories="invoices,payments",
            disclosed_on=DAY,
        ),
        Restriction(
            customer_id=1, category="ad_segments", reason="requested", since=WHEN, case_id=1
        ),
        LegalHold(customer_id=1, category="payments", reason="payment dispute", since=DAY),
        Attachment(
            case_id=1,
            display_name="đơn.pdf",
            content_type="application/pdf",
            size=3,
            sha256="a" * 64,
            content=b"%PD",
            added_at=WHEN,
        ),
        VerificationAttempt(
            case_id=1, method="knowledge_question", fact="zip", succeeded=True, agent_id=1, at=WHEN
        ),
        OneTimeCode(
            case_id=1,
            channel="email",
            destination_hash="d" * 64,
            code_hash="h",
            salt="s",
            created_at=WHEN,
            expires_at=WHEN,
            tries=0,
            state="sent",
        ),
        IssuedDocument(
            case_id=1,
            kind="data_copy_pdf",
            file_name="copy.pdf",
            sha256="b" * 64,
            size=1000,
            encrypted=True,
            channel="email",
            agent_id=1,
            issued_at=WHEN,
        ),
        Approval(
            case_id=1,
            item_id=1,
            kind="erasure",
            payload="{}",
            proposed_by_id=1,
            proposed_at=WHEN,
            state="pending",
        ),
        Suppression(
            contact_key="anh@example.vn",
            channel="email",
            purpose="marketing",
            since=WHEN,
            case_id=1,
        ),
        CustomerNameKey(name_key="dang thi anh", reference="KH-000001", customer_id=1),
    ]


def _columns(row: Base) -> dict[str, object]:
    return {c.key: getattr(row, c.key) for c in inspect(type(row)).columns}


def test_every_model_round_trips(database: Database) -> None:
    originals = _sample_graph()
    expected = []
    with database.uow() as uow:
        for row in originals:
            uow.session.add(row)
            uow.session.flush()
        expected = [(type(row), _columns(row)) for row in originals]
        uow.commit()
    covered = {model.__name__ for model, _ in expected}
    log_tables = {"DecisionLogEntry", "DecisionLogHead", "Checkpoint", "CaseCounter"}
    missing = {m.class_.__name__ for m in Base.registry.mappers} - covered - log_tables
    assert not missing, f"models without a round-trip sample: {missing}"
    with database.reader() as uow:
        for model, columns in expected:
            primary_key = inspect(model).primary_key[0].key
            loaded = uow.session.execute(
                select(model).where(getattr(model, primary_key) == columns[primary_key])
            ).scalar_one()
            assert _columns(loaded) == columns, model.__name__
    # Aware datetimes come back aware and equal, on SQLite too.
    with database.reader() as uow:
        case = uow.session.get(Case, 1)
        assert case is not None
        assert case.received_at == WHEN
        assert case.received_at.tzinfo


def test_no_column_can_hold_a_card_number_or_cvv() -> None:
    names = {column.name for table in Base.metadata.tables.values() for column in table.columns}
    assert not {n for n in names if "cvv" in n or "cvc" in n or n == "pan" or "card_number" in n}
    assert {c.name for c in PaymentMethod.__table__.columns} == {
        "id",
        "version",
        "customer_id",
        "brand",
        "last4",
        "exp_month",
        "exp_year",
        "processor_token",
        "added_on",
    }


def test_database_errors_do_not_quote_personal_values(database: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    from clb4u_desk.persistence.models import Customer

    secret_name = "Nguyễn Bí Mật Trùng Mã"
    with database.uow() as uow:
        uow.session.add(
            Customer(
                reference="KH-990001",
                full_name="Lê Thị A",
                name_folded="le thi a",
                status="active",
                created_at=datetime(2026, 1, 1, tzinfo=UTC),
            )
        )
        uow.commit()
    with database.uow() as uow:
        uow.session.add(
            Customer(
                reference="KH-990001",
                full_name=secret_name,
                name_folded="nguyen bi mat trung ma",
                status="active",
                created_at=datetime(2026, 1, 1, tzinfo=UTC),
            )
        )
        with pytest.raises(IntegrityError) as raised:
            uow.commit()
    message = str(raised.value)
    assert "INSERT INTO customers" in message  # the statement is still there to debug
    assert secret_name not in message
    assert "nguyen bi mat" not in message
    assert "hidden due to hide_parameters" in message
