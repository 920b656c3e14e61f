"""Erasure with four eyes, on SQLite and PostgreSQL: plan, propose, approve, execute (all or
nothing), certificate without erased values, purge when dates come, replay after restore."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from clb4u_desk.app import Services
from clb4u_desk.audit.verify import verify_database
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.domain.anonymisation import ANONYMISED_NAME
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import ErasureAction
from clb4u_desk.domain.errors import (
    IdentityNotVerifiedError,
    IllegalTransitionError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.formatting import vietnam_time
from clb4u_desk.domain.retention import RetentionAction
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.persistence.models import (
    RECORD_MODELS,
    AdSegment,
    Approval,
    Case,
    Communication,
    Consent,
    Customer,
    CustomerAddress,
    CustomerEmail,
    CustomerPhone,
    DecisionLogEntry,
    Disclosure,
    Invoice,
    IssuedDocument,
    LegalHold,
    MessageBoardPost,
    Payment,
    PaymentMethod,
    PollResponse,
    RequestItem,
    Restriction,
    Subscription,
    SupportTicket,
)
from clb4u_desk.persistence.repositories.erasure import ErasureRepository
from clb4u_desk.policies.retention import load_retention_policy
from clb4u_desk.reporting.markup import comparable
from clb4u_desk.services.approvals.service import ApprovalKind, ApprovalService
from clb4u_desk.services.erasure.service import ErasureService

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 2)


def _at(y: int, m: int, d: int, h: int = 3) -> datetime:
    return datetime(y, m, d, h, 0, tzinfo=UTC)


# The subject's values: none of them may ever reach the certificate.
NAME = "Nguyễn Thị Ánh Tuyết"
VALUES = {
    "name": NAME,
    "email": "tuyet.nguyen@example.vn",
    "email2": "anhtuyet88@mail.vn",
    "phone": "+84901234567",
    "street": "12 Lê Lợi",
    "billing": "45 Hai Bà Trưng",
    "ward": "Phường Bến Nghé",
    "occupation": "Kế toán viên",
    "job": "Trưởng phòng",
    "zip": "700999",
    "invoice": "Học phí workshop Kế toán thuế nâng cao",
    "invoice_no": "HD-2024-77881",
    "sub": "Webinar Quản trị dòng tiền",
    "comm": "Khách hỏi về hóa đơn tháng năm",
    "segment": "Doanh nhân trẻ miền Nam",
    "free_text": "Tôi thích buổi học của thầy Minh ở quận ba",
    "post": "Cần tìm bạn học nhóm ở Thủ Đức",
    "ticket": "Bị trừ tiền hai lần tháng sáu",
    "recipient": "Ngân hàng TMCP Ví Dụ",
    "token": "tok_live_9f8e7d",
}


@dataclass
class World:
    services: Services
    erasure: ErasureService
    approvals: ApprovalService
    actors: dict[str, Actor]


@pytest.fixture
def world(services: Services, actors: dict[str, Actor], memory_keyring: Any) -> World:
    """The services on a fixed clock, so that plans and dates are reproducible."""
    # A team database (PostgreSQL) needs the team's pseudonym key in the keyring.
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "cd" * 32)
    ctx = replace(services.ctx, clock=lambda: NOW)
    approvals = ApprovalService(ctx)
    erasure = ErasureService(ctx, approvals)
    approvals.register(ApprovalKind.ERASURE, erasure)
    return World(services, erasure, approvals, actors)


_refs = iter(range(1, 10_000))


def _customer(session: Session, name: str = NAME, **fields: Any) -> Customer:
    number = next(_refs)
    customer = Customer(
        reference=f"KH-{number:06d}",
        full_name=name,
        name_folded=name.lower(),
        created_at=_at(2019, 3, 1),
        language="vi",
        **fields,
    )
    session.add(customer)
    session.flush()
    return customer


def _case(session: Session, customer: Customer | None, level: int = 3) -> tuple[Case, int]:
    number = next(_refs)
    case = Case(
        reference=f"DSR-2026-{number:06d}",
        channel="email",
        received_at=_at(2026, 10, 20),
        requester_name="(requester)",
        regimes="vn",
        state="in_progress",
        identity_level=level,
        customer_id=customer.id if customer else None,
        requester_language="vi",
    )
    session.add(case)
    session.flush()
    item = RequestItem(
        case_id=case.id,
        right="erasure",
        due_on=date(2026, 11, 19),
        base_due_on=date(2026, 11, 19),
        regime_applied="vn",
    )
    session.add(item)
    session.flush()
    return case, item.id


def _full_customer(session: Session) -> Customer:
    """Records in every category, some past their retention date, some not."""
    c = _customer(
        session,
        birth_year=1988,
        gender="female",
        occupation=VALUES["occupation"],
        job_title=VALUES["job"],
        income_band="20-30m",
        zip_code=VALUES["zip"],
    )
    cid = c.id
    session.add_all(
        [
            CustomerEmail(customer_id=cid, email=VALUES["email"], is_primary=True),
            CustomerEmail(customer_id=cid, email=VALUES["email2"]),
            CustomerPhone(customer_id=cid, phone_e164=VALUES["phone"]),
            CustomerAddress(
                customer_id=cid,
                kind="postal",
                street=VALUES["street"],
                ward=VALUES["ward"],
                city="Hồ Chí Minh",
            ),
            CustomerAddress(
                customer_id=cid, kind="billing", street=VALUES["billing"], city="Hồ Chí Minh"
            ),
            Subscription(
                customer_id=cid,
                kind="webinar",
                title="Webinar cũ 2019",
                started_on=date(2019, 5, 1),
                ended_on=date(2019, 6, 30),
                status="ended",
            ),
            Subscription(
                customer_id=cid,
                kind="webinar",
                title=VALUES["sub"],
                started_on=date(2025, 2, 1),
                status="active",
            ),
            Invoice(
                customer_id=cid,
                number="HD-2014-00001",
                issued_on=date(2014, 5, 10),
                amount_vnd=1_000_000,
                fiscal_year=2014,
                description="Hóa đơn cũ",
            ),
            Invoice(
                customer_id=cid,
                number=VALUES["invoice_no"],
                issued_on=date(2024, 5, 10),
                amount_vnd=2_500_000,
                fiscal_year=2024,
                description=VALUES["invoice"],
            ),
            Invoice(
                customer_id=cid,
                number="HD-2025-00003",
                issued_on=date(2025, 3, 1),
                amount_vnd=990_000,
                fiscal_year=2025,
                description="Tài liệu học tập",
            ),
            PaymentMethod(
                customer_id=cid,
                brand="visa",
                last4="4242",
                exp_month=5,
                exp_year=2028,
                processor_token=VALUES["token"],
                added_on=date(2024, 5, 1),
            ),
            Payment(customer_id=cid, paid_at=_at(2014, 5, 11), amount_vnd=1_000_000),
            Payment(customer_id=cid, paid_at=_at(2024, 5, 10), amount_vnd=2_500_000),
            Communication(
                customer_id=cid,
                channel="email",
                direction="in",
                occurred_at=_at(2025, 5, 2),
                summary=VALUES["comm"],
            ),
            Consent(
                customer_id=cid,
                purpose="marketing",
                channel="email",
                granted=True,
                changed_at=_at(2023, 1, 1),
                source="web_signup",
            ),
            AdSegment(
                customer_id=cid,
                segment=VALUES["segment"],
                assigned_on=date(2025, 1, 1),
                source="internal_model",
            ),
            PollResponse(
                customer_id=cid,
                poll="Khảo sát",
                question="Bạn thích gì?",
                answer=VALUES["free_text"],
                answered_at=_at(2025, 4, 1),
            ),
            PollResponse(
                customer_id=cid,
                poll="Khảo sát",
                question="Hài lòng không?",
                answer="Hài lòng",
                answered_at=_at(2025, 4, 1, 8),
            ),
            MessageBoardPost(
                customer_id=cid,
                board="Diễn đàn",
                title="Học nhóm",
                body=VALUES["post"],
                posted_at=_at(2025, 6, 1),
            ),
            SupportTicket(
                customer_id=cid,
                opened_at=_at(2017, 12, 1),
                subject="Vé cũ",
                status="closed",
                closed_at=_at(2018, 1, 1),
            ),
            SupportTicket(
                customer_id=cid,
                opened_at=_at(2025, 1, 10),
                subject=VALUES["ticket"],
                status="closed",
                closed_at=_at(2025, 1, 15),
            ),
            Disclosure(
                customer_id=cid,
                recipient=VALUES["recipient"],
                legal_basis="Tranh chấp",
                categories="payments",
                disclosed_on=date(2023, 6, 1),
            ),
        ]
    )
    # Three other respondents gave the same choice: it stays, anonymised.
    for n in range(3):
        other = _customer(session, name=f"Người khác {n}")
        session.add(
            PollResponse(
                customer_id=other.id,
                poll="Khảo sát",
                question="Hài lòng không?",
                answer="Hài lòng",
                answered_at=_at(2025, 4, 2),
            )
        )
    session.flush()
    return c


def _setup(w: World, *, hold: str | None = None, level: int = 3) -> tuple[int, int, int]:
    with w.services.db.uow() as uow:
        customer = _full_customer(uow.session)
        if hold:
            uow.session.add(
                LegalHold(
                    customer_id=customer.id,
                    category=hold,
                    reason="Tranh chấp thanh toán",
                    since=date(2026, 6, 1),
                )
            )
        case, item_id = _case(uow.session, customer, level)
        uow.commit()
        return customer.id, case.id, item_id


def _approve(w: World, approval_id: int, who: str = "supervisor2") -> None:
    w.approvals.decide(
        w.actors[who],
        approval_id,
        approve=True,
        reason="Đã kiểm tra kế hoạch xóa",
        expected_version=1,
    )


def _snapshot(db: Database, customer_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row of the customer, table by table, to compare or to restore from."""
    with db.reader() as uow:
        shot = {
            "customers": [
                dict(r)
                for r in uow.session.execute(
                    select(Customer.__table__).where(Customer.id == customer_id)
                ).mappings()
            ]
        }
        for model in RECORD_MODELS:
            table: Any = model.__table__
            shot[table.name] = [
                dict(r)
                for r in uow.session.execute(
                    select(table).where(table.c.customer_id == customer_id).order_by(table.c.id)
                ).mappings()
            ]
        return shot


def _count(db: Database, model: Any, customer_id: int) -> int:
    with db.reader() as uow:
        return len(
            uow.session.execute(select(model.id).where(model.customer_id == customer_id)).all()
        )


def _restore(db: Database, shot: dict[str, list[dict[str, Any]]]) -> None:
    """Put back what a backup would bring back: the rows, with the same ids."""
    with db.uow() as uow:
        session = uow.session
        customers: Any = Customer.__table__
        for row in shot["customers"]:
            session.execute(
                update(customers)
                .where(customers.c.id == row["id"])
                .values(**{k: v for k, v in row.items() if k != "id"})
            )
        for model in RECORD_MODELS:
            table: Any = model.__table__
            if table.name == "restrictions":
                continue
            present = set(session.execute(select(table.c.id)).scalars())
            missing = [r for r in shot[table.name] if r["id"] not in present]
            if missing:
                session.execute(insert(table), missing)
            for r in shot[table.name]:
                if r["id"] in present:
                    session.execute(update(table).where(table.c.id == r["id"]).values(**r))
        uow.commit()


@dataclass(frozen=True)
class Entry:
    seq: int
    action: str
    details: str
    entry_hash: str


def _entries(db: Database, action: str) -> list[Entry]:
    with db.reader() as uow:
        return [
            Entry(e.seq, e.action, e.details, e.entry_hash)
            for e in uow.session.execute(
                select(DecisionLogEntry)
                .where(DecisionLogEntry.action == action)
                .order_by(DecisionLogEntry.seq)
            ).scalars()
        ]


def _verify(db: Database) -> None:
    with db.reader() as uow:
        result = verify_database(uow.session)
        assert result.ok, result.problem


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _proposed_and_approved(w: World, **kw: Any) -> tuple[int, int, int]:
    customer_id, case_id, item_id = _setup(w, **kw)
    approval_id = w.erasure.propose(w.actors["agent"], case_id, item_id)
    _approve(w, approval_id)
    return customer_id, case_id, approval_id


# --------------------------------------------------------------------------- plan


def test_the_plan_lists_every_category_with_dates_and_bases(world: World) -> None:
    _, case_id, _ = _setup(world)
    view = world.erasure.plan(world.actors["agent"], case_id)
    assert view.includes_payment_data
    assert {line.category for line in view.lines} == {c.value for c in DataCategory}
    by = {(line.category, line.action): line for line in view.lines}
    assert by[("invoices", "erase")].row_count == 1  # 2014: period over
    assert by[("invoices", "retain")].retain_until in (date(2034, 12, 31), date(2035, 12, 31))
    assert by[("identity", "retain")].retain_until == date(2035, 12, 31)
    assert by[("identity", "retain")].row_count == 6  # the row, 2 emails, phone, 2 addresses
    assert by[("communications", "erase")].row_count == 1
    assert by[("polls", "anonymise")].row_count == 2
    assert by[("support_tickets", "retain")].retain_until == date(2030, 1, 15)
    assert all(line.basis_vi and line.basis_en for line in view.lines)
    # The CLI's JSON view says the same, without any value of the person.
    text = str(view.to_json())
    assert not any(value in text for value in VALUES.values())


def test_erasure_below_l3_is_refused_when_payment_data_is_held(world: World) -> None:
    _, case_id, item_id = _setup(world, level=2)
    with pytest.raises(IdentityNotVerifiedError, match="needs L3"):
        world.erasure.plan(world.actors["agent"], case_id)
    with pytest.raises(IdentityNotVerifiedError, match="needs L3"):
        world.erasure.propose(world.actors["agent"], case_id, item_id)
    # Without payment data, L2 is enough for erasure.
    with world.services.db.uow() as uow:
        customer = _customer(uow.session, name="Trần Văn Bình")
        case, _ = _case(uow.session, customer, level=2)
        uow.commit()
        plain_case = case.id
    assert not world.erasure.plan(world.actors["agent"], plain_case).includes_payment_data
    with world.services.db.uow() as uow:
        case, _ = _case(uow.session, customer, level=1)
        uow.commit()
        low_case = case.id
    with pytest.raises(IdentityNotVerifiedError, match="needs L2"):
        world.erasure.plan(world.actors["agent"], low_case)


# --------------------------------------------------------------------------- full flow


def test_full_flow_four_eyes_execute_certificate(world: World) -> None:
    w = world
    db = w.services.db
    customer_id, case_id, item_id = _setup(w)
    approval_id = w.erasure.propose(w.actors["agent"], case_id, item_id)
    assert [e.action for e in _entries(db, "erasure_planned")] == ["erasure_planned"]
    # Not before approval, and not by whoever proposed it.
    with pytest.raises(IllegalTransitionError, match="not been approved"):
        w.erasure.execute(w.actors["agent"], approval_id)
    for who in ("agent", "agent2"):
        with pytest.raises(PermissionDeniedError):
            _approve(w, approval_id, who)
    # A supervisor who proposed cannot approve their own proposal either.
    with db.uow() as uow:
        other_customer = _customer(uow.session, name="Lê Văn Cường")
        other_case, other_item = _case(uow.session, other_customer)
        uow.commit()
    own = w.erasure.propose(w.actors["supervisor"], other_case.id, other_item)
    with pytest.raises(PermissionDeniedError, match="four eyes"):
        _approve(w, own, "supervisor")
    with pytest.raises(IllegalTransitionError, match="already proposed"):
        w.erasure.propose(w.actors["agent"], case_id, item_id)
    _approve(w, approval_id, "supervisor")
    with db.reader() as uow:  # approval executes nothing
        approval = uow.session.get(Approval, approval_id)
        assert approval is not None
        assert approval.executed_at is None
    assert _count(db, Communication, customer_id) == 1

    result = w.erasure.execute(w.actors["agent"], approval_id)
    assert result.outcome == "partly_done"
    assert result.counts["communications"] == {"erased": 1}
    assert result.counts["invoices"] == {"erased": 1, "retained": 2}
    with pytest.raises(IllegalTransitionError, match="already been carried out"):
        w.erasure.execute(w.actors["agent"], approval_id)
    _check_rows_after_execution(db, customer_id)
    with db.reader() as uow:
        item = uow.session.get(RequestItem, item_id)
        assert item is not None
        assert item.outcome == "partly_done"
        restricted = {
            r.category
            for r in uow.session.execute(
                select(Restriction).where(Restriction.customer_id == customer_id)
            ).scalars()
        }
    assert restricted == {
        "identity",
        "subscriptions",
        "invoices",
        "payments",
        "support_tickets",
        "disclosures",
    }
    executed = _entries(db, "erasure_executed")
    assert len(executed) == 1
    assert not any(value in executed[0].details for value in VALUES.values())

    certificate = w.erasure.certificate_pdf(w.actors["agent"], approval_id)
    text = _pdf_text(certificate.content)
    flat = comparable(text)
    for value in VALUES.values():
        assert comparable(value) not in flat, value
    for expected in (
        "Hóa đơn",
        "Liên lạc",
        "Thanh toán",
        "31/12/2035",
        "31/12/2034",
        "15/01/2030",
        f"mục số {executed[0].seq}",
        executed[0].entry_hash[:32],
        "supervisor",
        "agent",
        "KH-",
        "DSR-2026-",
    ):
        assert comparable(expected) in flat, expected
    assert "Chứng từ kế toán" in text  # the legal basis of what was kept
    with db.reader() as uow:
        doc = uow.session.execute(select(IssuedDocument)).scalar_one()
        assert (doc.kind, doc.sha256, doc.size) == (
            "erasure_certificate",
            certificate.sha256,
            len(certificate.content),
        )
    _verify(db)


def _check_rows_after_execution(db: Database, customer_id: int) -> None:
    assert _count(db, Communication, customer_id) == 0
    assert _count(db, Consent, customer_id) == 0
    assert _count(db, AdSegment, customer_id) == 0
    assert _count(db, MessageBoardPost, customer_id) == 0
    assert _count(db, PaymentMethod, customer_id) == 0
    assert _count(db, CustomerEmail, customer_id) == 0
    assert _count(db, CustomerPhone, customer_id) == 0
    assert _count(db, Invoice, customer_id) == 2
    assert _count(db, Payment, customer_id) == 1
    assert _count(db, Subscription, customer_id) == 1
    assert _count(db, SupportTicket, customer_id) == 1
    assert _count(db, Disclosure, customer_id) == 1
    with db.reader() as uow:
        addresses = (
            uow.session.execute(
                select(CustomerAddress).where(CustomerAddress.customer_id == customer_id)
            )
            .scalars()
            .all()
        )
        assert [a.kind for a in addresses] == ["billing"]  # only what an invoice needs
        polls = (
            uow.session.execute(select(PollResponse).where(PollResponse.customer_id == customer_id))
            .scalars()
            .all()
        )
        assert [p.answer for p in polls] == ["Hài lòng"]  # the free text went
        assert vietnam_time(polls[0].answered_at).hour == 0  # the day, in Vietnam
        customer = uow.session.get(Customer, customer_id)
        assert customer is not None
        assert customer.full_name == NAME
        assert customer.birth_year is None
        assert customer.occupation is None


def test_execution_is_all_or_nothing(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world
    customer_id, _, approval_id = _proposed_and_approved(w)
    before = _snapshot(w.services.db, customer_id)

    def broken(*args: Any, **kwargs: Any) -> int:
        raise RuntimeError("disk full")

    # Polls come after communications, ad segments and invoices have been handled.
    monkeypatch.setattr(ErasureRepository, "anonymise_polls", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        w.erasure.execute(w.actors["agent"], approval_id)
    assert _snapshot(w.services.db, customer_id) == before
    assert _entries(w.services.db, "erasure_executed") == []
    with w.services.db.reader() as uow:
        approval = uow.session.get(Approval, approval_id)
        assert approval is not None
        assert approval.executed_at is None
    monkeypatch.undo()
    w.erasure.execute(w.actors["agent"], approval_id)
    _check_rows_after_execution(w.services.db, customer_id)


def test_a_new_legal_hold_after_approval_stops_execution(world: World) -> None:
    w = world
    customer_id, _, approval_id = _proposed_and_approved(w)
    before = _snapshot(w.services.db, customer_id)
    with w.services.db.uow() as uow:
        uow.session.add(
            LegalHold(
                customer_id=customer_id,
                category="communications",
                reason="Khiếu nại gian lận",
                since=date(2026, 11, 1),
            )
        )
        uow.commit()
    with pytest.raises(ValidationError, match=r"changed since it was approved.*communications"):
        w.erasure.execute(w.actors["agent"], approval_id)
    after = _snapshot(w.services.db, customer_id)
    del after["legal_holds"], before["legal_holds"]
    assert after == before


def test_a_hold_blocks_its_category(world: World) -> None:
    w = world
    customer_id, _, approval_id = _proposed_and_approved(w, hold="communications")
    result = w.erasure.execute(w.actors["agent"], approval_id)
    assert result.counts["communications"] == {"blocked": 1}
    assert _count(w.services.db, Communication, customer_id) == 1
    certificate = w.erasure.certificate_pdf(w.actors["agent"], approval_id)
    text = _pdf_text(certificate.content)
    assert "phong tỏa pháp lý" in text
    assert comparable(VALUES["comm"]) not in comparable(text)


# --------------------------------------------------------------------------- purge


def test_purge_due_erases_retained_rows_when_their_date_comes(world: World) -> None:
    w = world
    db = w.services.db
    customer_id, _, approval_id = _proposed_and_approved(w)
    w.erasure.execute(w.actors["agent"], approval_id)
    nothing = w.erasure.purge_due(SYSTEM_ACTOR, date(2027, 1, 1))
    assert nothing.customers == ()
    dry = w.erasure.purge_due(SYSTEM_ACTOR, date(2031, 1, 1), dry_run=True)
    assert dry.rows == 3
    assert _count(db, Subscription, customer_id) == 1
    report = w.erasure.purge_due(SYSTEM_ACTOR, date(2031, 1, 1))
    assert dict(report.customers[0].counts) == {
        "subscriptions": 1,
        "support_tickets": 1,
        "disclosures": 1,
    }
    assert _count(db, Invoice, customer_id) == 2
    report = w.erasure.purge_due(SYSTEM_ACTOR, date(2035, 1, 1))
    assert dict(report.customers[0].counts) == {"invoices": 1, "payments": 1}
    report = w.erasure.purge_due(SYSTEM_ACTOR, date(2036, 1, 1))
    assert dict(report.customers[0].counts) == {"invoices": 1, "identity": 2}
    assert _count(db, Invoice, customer_id) == 0
    assert _count(db, CustomerAddress, customer_id) == 0
    with db.reader() as uow:
        customer = uow.session.get(Customer, customer_id)
        assert customer is not None
        assert customer.full_name == ANONYMISED_NAME
        assert (
            uow.session.execute(
                select(Restriction.id).where(
                    Restriction.customer_id == customer_id, Restriction.lifted_at.is_(None)
                )
            ).all()
            == []
        )
    assert w.erasure.purge_due(SYSTEM_ACTOR, date(2037, 1, 1)).customers == ()
    purged = _entries(db, "erasure_purged")
    assert len(purged) == 3  # one entry a purge that did something
    assert all(NAME not in e.details for e in purged)
    _verify(db)


# --------------------------------------------------------------------------- replay


def test_replay_erases_again_rows_a_restore_brought_back(world: World) -> None:
    w = world
    db = w.services.db
    customer_id, _, approval_id = _proposed_and_approved(w)
    snapshot = _snapshot(db, customer_id)
    w.erasure.execute(w.actors["agent"], approval_id)
    after = _snapshot(db, customer_id)
    _restore(db, snapshot)
    assert _count(db, Communication, customer_id) == 1
    report = w.erasure.replay_since(SYSTEM_ACTOR, date(2026, 11, 1))
    assert report.entries == 1
    assert report.rows > 0
    restored = _snapshot(db, customer_id)
    for table in after:
        if table not in ("restrictions", "customers"):
            assert restored[table] == after[table] or table == "poll_responses", table
    assert _count(db, Communication, customer_id) == 0
    assert _count(db, CustomerEmail, customer_id) == 0
    again = w.erasure.replay_since(SYSTEM_ACTOR, date(2026, 11, 1))
    assert again.rows == 0
    assert again.customers == ()
    assert len(_entries(db, "erasure_replayed")) == 1
    assert w.erasure.replay_since(SYSTEM_ACTOR, date(2026, 11, 3)).entries == 0
    _verify(db)


@pytest.fixture
def sqlite_only(db_url: str) -> Iterator[str]:
    if not db_url.startswith("sqlite"):
        pytest.skip("copying the database file is the SQLite backup")
    return db_url


def test_replay_on_a_restored_sqlite_file(world: World, sqlite_only: str, tmp_path: Path) -> None:
    w = world
    live_path = Path(sqlite_only.removeprefix("sqlite:///"))
    customer_id, _, approval_id = _proposed_and_approved(w)
    backup = tmp_path / "backup.sqlite3"
    w.services.db.engine.dispose()
    shutil.copy(live_path, backup)
    w.erasure.execute(w.actors["agent"], approval_id)
    restored = Database(create_app_engine(f"sqlite:///{backup.as_posix()}"))
    try:
        ctx = replace(w.services.ctx, db=restored, clock=lambda: NOW)
        erasure = ErasureService(ctx, ApprovalService(ctx))
        assert _count(restored, Communication, customer_id) == 1
        # The restored file's own log predates the erasure: read it from the live log.
        assert erasure.replay_since(SYSTEM_ACTOR, date(2026, 11, 1)).entries == 0
        report = erasure.replay_since(SYSTEM_ACTOR, date(2026, 11, 1), log_source=w.services.db)
        assert report.entries == 1
        assert report.rows > 0
        _check_rows_after_execution(restored, customer_id)
        with restored.reader() as uow:
            approval = uow.session.get(Approval, approval_id)
            assert approval is not None
            assert approval.executed_at is not None
        again = erasure.replay_since(SYSTEM_ACTOR, date(2026, 11, 1), log_source=w.services.db)
        assert again.rows == 0
        _verify(restored)
    finally:
        restored.dispose()


def _replay_cli(
    capsys: pytest.CaptureFixture[str], database_url: str, log_from: str
) -> tuple[int, str, str]:
    from clb4u_desk.cli import main

    code = main(
        [
            "--database",
            database_url,
            "erasure",
            "replay",
            "--since",
            "2026-11-01",
            "--log-from",
            log_from,
        ]
    )
    out, err = capsys.readouterr()
    return code, out, err


def _backup_then_erase(w: World, live_url: str, tmp_path: Path) -> tuple[int, Path]:
    """A file copy of the live database taken before an approved erasure is executed:
    (the customer, the backup)."""
    live_path = Path(live_url.removeprefix("sqlite:///"))
    customer_id, _, approval_id = _proposed_and_approved(w)
    w.services.db.engine.dispose()
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(live_path, backup)
    w.erasure.execute(w.actors["agent"], approval_id)
    w.services.db.engine.dispose()
    return customer_id, backup


def test_cli_replay_from_the_kept_log_onto_the_restored_file(
    world: World, sqlite_only: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer_id, backup = _backup_then_erase(world, sqlite_only, tmp_path)
    code, out, err = _replay_cli(capsys, f"sqlite:///{backup.as_posix()}", sqlite_only)
    assert code == 0, err
    assert out.startswith("1 erasures logged since 01/11/2026;")
    restored = Database(create_app_engine(f"sqlite:///{backup.as_posix()}"))
    try:
        _check_rows_after_execution(restored, customer_id)
        _verify(restored)
    finally:
        restored.dispose()


def test_cli_replay_refuses_a_log_that_does_not_verify(
    world: World, sqlite_only: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer_id, backup = _backup_then_erase(world, sqlite_only, tmp_path)
    forged = tmp_path / "forged.sqlite3"
    shutil.copy(Path(sqlite_only.removeprefix("sqlite:///")), forged)
    forged_db = Database(create_app_engine(f"sqlite:///{forged.as_posix()}"))
    with forged_db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER decision_log_no_update")
        connection.exec_driver_sql("UPDATE decision_log SET actor = 'mallory' WHERE seq = 3")
    forged_db.dispose()
    code, out, err = _replay_cli(
        capsys, f"sqlite:///{backup.as_posix()}", f"sqlite:///{forged.as_posix()}"
    )
    assert (code, out) == (2, "")
    assert err.strip() == (
        "clb4u-desk: The decision log to replay from does not verify "
        "(entry 3 was modified); nothing was replayed."
    )
    restored = Database(create_app_engine(f"sqlite:///{backup.as_posix()}"))
    try:
        assert _count(restored, Communication, customer_id) == 1  # nothing replayed
    finally:
        restored.dispose()


@pytest.mark.parametrize(
    "log_from",
    [
        "not a url",
        "sqlite:///{tmp}/missing/backup.sqlite3",
        "sqlite:///{tmp}/empty.sqlite3",
        "mysql://desk@localhost/clb4u",
    ],
)
def test_cli_replay_with_a_bad_log_source_is_one_line_exit_2(
    database: Database,
    db_url: str,
    tmp_path: Path,
    log_from: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    code, out, err = _replay_cli(capsys, db_url, log_from.format(tmp=tmp_path.as_posix()))
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert not (tmp_path / "missing").exists()  # nothing created on the way


# --------------------------------------------------------------------------- every category


def _one_row(session: Session, category: DataCategory, cid: int) -> None:
    """One record of ``category`` dated 2026-01-10: inside every retention period."""
    day, moment = date(2026, 1, 10), _at(2026, 1, 10)
    make: dict[DataCategory, Any] = {
        DataCategory.IDENTITY: lambda: CustomerEmail(customer_id=cid, email="x@example.vn"),
        DataCategory.ACCOUNT: None,
        DataCategory.SUBSCRIPTIONS: lambda: Subscription(
            customer_id=cid, kind="webinar", title="t", started_on=day
        ),
        DataCategory.INVOICES: lambda: Invoice(
            customer_id=cid,
            number=f"HD-{cid}",
            issued_on=day,
            amount_vnd=1,
            fiscal_year=2026,
            description="d",
        ),
        DataCategory.PAYMENT_METHODS: lambda: PaymentMethod(
            customer_id=cid,
            brand="visa",
            last4="1111",
            exp_month=1,
            exp_year=2030,
            processor_token="tok",
            added_on=day,
        ),
        DataCategory.PAYMENTS: lambda: Payment(customer_id=cid, paid_at=moment, amount_vnd=1),
        DataCategory.COMMUNICATIONS: lambda: Communication(
            customer_id=cid, channel="sms", direction="out", occurred_at=moment, summary="s"
        ),
        DataCategory.CONSENTS: lambda: Consent(
            customer_id=cid,
            purpose="marketing",
            channel="sms",
            granted=True,
            changed_at=moment,
            source="web",
        ),
        DataCategory.AD_SEGMENTS: lambda: AdSegment(
            customer_id=cid, segment="s", assigned_on=day, source="m"
        ),
        DataCategory.POLLS: lambda: PollResponse(
            customer_id=cid, poll="p", question="q", answer="a unique answer", answered_at=moment
        ),
        DataCategory.MESSAGE_BOARD: lambda: MessageBoardPost(
            customer_id=cid, board="b", title="t", body="b", posted_at=moment
        ),
        DataCategory.SUPPORT_TICKETS: lambda: SupportTicket(
            customer_id=cid, opened_at=moment, subject="s", status="open"
        ),
        DataCategory.DISCLOSURES: lambda: Disclosure(
            customer_id=cid, recipient="r", legal_basis="l", categories="identity", disclosed_on=day
        ),
    }
    factory = make[category]
    if factory is not None:
        session.add(factory())


@pytest.mark.parametrize("held", [False, True], ids=["no hold", "hold"])
def test_every_category_follows_the_policy_file(world: World, held: bool) -> None:
    w = world
    policy = load_retention_policy()
    for category in DataCategory:
        with w.services.db.uow() as uow:
            customer = _customer(
                uow.session,
                name="Phạm Thị Dung",
                occupation="x" if category is DataCategory.ACCOUNT else None,
            )
            _one_row(uow.session, category, customer.id)
            if held:
                uow.session.add(
                    LegalHold(
                        customer_id=customer.id,
                        category=category.value,
                        reason="Tranh chấp",
                        since=date(2026, 1, 1),
                    )
                )
            case, item_id = _case(uow.session, customer)
            uow.commit()
            customer_id = customer.id
        view = w.erasure.plan(w.actors["agent"], case.id)
        line = next(x for x in view.lines if x.category == category.value)
        rule = policy[category]
        expected = _expected(category, rule.action_when_requested, held)
        assert line.action == expected, category
        if expected == ErasureAction.RETAIN and category is not DataCategory.IDENTITY:
            assert line.retain_until == policy.until(category, date(2026, 1, 10)), category
        if expected == ErasureAction.BLOCKED_BY_HOLD:
            assert line.hold_reason == "Tranh chấp"
        approval_id = w.erasure.propose(w.actors["agent"], case.id, item_id)
        _approve(w, approval_id)
        result = w.erasure.execute(w.actors["agent"], approval_id)
        _check_category_after(w.services.db, category, expected, customer_id, result.counts)


def _expected(category: DataCategory, action: RetentionAction, held: bool) -> ErasureAction:
    if held:
        return ErasureAction.BLOCKED_BY_HOLD
    return ErasureAction(action.value)


def _check_category_after(
    db: Database, category: DataCategory, action: ErasureAction, customer_id: int, counts: Any
) -> None:
    with db.reader() as uow:
        customer = uow.session.get(Customer, customer_id)
        assert customer is not None
        restricted = [
            r.category
            for r in uow.session.execute(
                select(Restriction).where(Restriction.customer_id == customer_id)
            ).scalars()
        ]
        if action is ErasureAction.BLOCKED_BY_HOLD:
            # A held card keeps its row but loses the token that could charge it.
            removed = {"tokens_removed": 1} if category is DataCategory.PAYMENT_METHODS else {}
            assert counts[category.value] == {
                "blocked": 1 if category is not DataCategory.IDENTITY else 2,
                **removed,
            }, category
            assert customer.full_name != ANONYMISED_NAME
            assert category.value not in restricted
        elif action is ErasureAction.RETAIN:
            assert category.value in restricted, category
            assert "identity" in restricted, category
            assert customer.full_name != ANONYMISED_NAME
        else:
            assert restricted == [], category
            assert customer.full_name == ANONYMISED_NAME, category
            assert counts[category.value] in (
                {"erased": 1},
                {"anonymised": 1},
                {"anonymised": 2},
            ), (category, counts)


# --------------------------------------------------------------------------- CLI


def test_cli_plan_purge_and_replay(
    world: World, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from clb4u_desk.cli import main

    w = world
    customer_id, case_id, approval_id = _proposed_and_approved(w)
    with w.services.db.reader() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        reference = case.reference
    capsys.readouterr()
    assert main(["--database", db_url, "erasure", "plan", reference.lower(), "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["case"] == reference
    assert len(plan["lines"]) >= len(DataCategory)
    assert main(["--database", db_url, "erasure", "plan", "DSR-2026-999999"]) == 2
    assert "No such case" in capsys.readouterr().err
    assert main(["--database", db_url, "erasure", "plan", "junk"]) == 2
    assert "That is not a case reference" in capsys.readouterr().err
    w.erasure.execute(w.actors["agent"], approval_id)
    assert main(["--database", db_url, "purge-due", "--today", "2031-01-01", "--dry-run"]) == 0
    assert "would purge 3 rows of 1 customers" in capsys.readouterr().out
    assert _count(w.services.db, Subscription, customer_id) == 1
    assert main(["--database", db_url, "purge-due", "--today", "2031-01-01"]) == 0
    assert "purged 3 rows" in capsys.readouterr().out
    assert main(["--database", db_url, "erasure", "replay", "--since", "2026-11-01"]) == 0
    assert "1 erasures logged since 01/11/2026; 0 rows" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_:
        main(["--database", db_url, "erasure", "replay", "--since", "yesterday"])
    assert exit_.value.code == 2
    assert "not a date" in capsys.readouterr().err
