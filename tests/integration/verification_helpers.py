"""Shared by the verification, one-time code and enforcement tests: a customer with
records, cases made directly as rows, a settable clock, a mailer that keeps mail."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from clb4u_desk.adapters.smtp import OutgoingMail
from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.rights import Right
from clb4u_desk.domain.text import fold
from clb4u_desk.persistence.models import (
    Account,
    Case,
    Customer,
    CustomerAddress,
    CustomerEmail,
    CustomerPhone,
    DecisionLogEntry,
    Invoice,
    PaymentMethod,
    RequestItem,
    Subscription,
)
from clb4u_desk.services.verification.service import VerificationService

NOW = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
PSEUDONYM_KEY_HEX = "5a" * 32

NAME = "Nguyễn Thị Ánh"
EMAIL = "anh.nguyen@example.vn"
OTHER_EMAIL = "anh.work@example.com"
PHONE = "+84912345678"
STREET = "12 Nguyễn Huệ"
ZIP = "700000"
INVOICE_DAY = date(2026, 1, 15)
INVOICE_AMOUNT = 1_500_000
WEBINAR = "Bảo vệ dữ liệu cá nhân cho doanh nghiệp nhỏ"
CARD_LAST4 = "4242"


class Clock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class KeptMail:
    """A MailSender that keeps what it is given (for tests without a mail server)."""

    def __init__(self) -> None:
        self.sent: list[OutgoingMail] = []

    def send(self, mail: OutgoingMail) -> None:
        self.sent.append(mail)


_CODE_LINE = re.compile(r"^\s+([0-9]{6})\s*$", re.MULTILINE)


def code_in(body: str) -> str:
    """The code from a code mail: it stands alone on an indented line."""
    match = _CODE_LINE.search(body)
    assert match is not None, "no code line in the mail"
    return match.group(1)


@dataclass
class Desk:
    services: Services
    clock: Clock
    mail: KeptMail
    verification: VerificationService


def make_desk(services: Services, clock: Clock | None = None) -> Desk:
    clock = clock or Clock()
    mail = KeptMail()
    ctx = replace(services.ctx, clock=clock)
    return Desk(services, clock, mail, VerificationService(ctx, mailer=mail))


def add_agent(services: Services, login: str = "agent", role: str = "agent") -> Actor:
    """A signed-in actor without the cost of password hashing (no sign-in is tested here)."""
    with services.db.uow() as uow:
        account = Account(
            login=login,
            display_name=login.title(),
            role=role,
            password_hash="!unusable",
            active=True,
            created_at=NOW,
        )
        uow.session.add(account)
        uow.commit()
        return Actor(account_id=account.id, login=login, display_name=login.title(), role=role)


def add_customer(
    services: Services, *, payment: bool = True, invoices: bool = True, webinar: bool = True
) -> int:
    with services.db.uow() as uow:
        session = uow.session
        taken = set(session.execute(select(Customer.reference)).scalars())
        reference = next(
            ref for ref in (f"KH-{n:06d}" for n in range(1, 10**6)) if ref not in taken
        )
        customer = Customer(
            reference=reference,
            full_name=NAME,
            name_folded=fold(NAME),
            zip_code=ZIP,
            residence="vn",
            language="vi",
            created_at=NOW,
            status="active",
        )
        session.add(customer)
        session.flush()
        cid = customer.id
        session.add_all(
            [
                CustomerEmail(customer_id=cid, email=EMAIL, is_primary=True),
                CustomerEmail(customer_id=cid, email=OTHER_EMAIL, is_primary=False),
                CustomerPhone(customer_id=cid, phone_e164=PHONE, kind="mobile"),
                CustomerAddress(
                    customer_id=cid,
                    kind="postal",
                    street=STREET,
                    ward="Bến Nghé",
                    city="TP. Hồ Chí Minh",
                    country="VN",
                    zip_code=ZIP,
                ),
            ]
        )
        if invoices:
            session.add_all(
                [
                    Invoice(
                        customer_id=cid,
                        number=f"{reference}-HD-1",
                        issued_on=date(2025, 6, 1),
                        amount_vnd=990_000,
                        status="paid",
                        fiscal_year=2025,
                        description="Gói A",
                    ),
                    Invoice(
                        customer_id=cid,
                        number=f"{reference}-HD-2",
                        issued_on=INVOICE_DAY,
                        amount_vnd=INVOICE_AMOUNT,
                        status="paid",
                        fiscal_year=2026,
                        description="Gói B",
                    ),
                ]
            )
        if webinar:
            session.add(
                Subscription(
                    customer_id=cid,
                    kind="webinar",
                    title=WEBINAR,
                    started_on=date(2025, 11, 20),
                    status="active",
                )
            )
        if payment:
            session.add(
                PaymentMethod(
                    customer_id=cid,
                    brand="Visa",
                    last4=CARD_LAST4,
                    exp_month=12,
                    exp_year=2028,
                    processor_token="tok_x",
                    added_on=date(2025, 1, 3),
                )
            )
        uow.commit()
        return cid


def add_case(
    services: Services,
    rights: Iterable[Right] = (Right.ACCESS,),
    *,
    customer_id: int | None = None,
    email: str | None = EMAIL,
    phone: str | None = PHONE,
    address: str | None = None,
    name: str = NAME,
    channel: str = "email",
    state: str = "received",
    language: str = "vi",
    payment_data: bool = False,
    contact_point_only: bool = False,
    via_representative: bool = False,
) -> int:
    scope: dict[str, bool] = {}
    if payment_data:
        scope["include_payment_data"] = True
    if contact_point_only:
        scope["contact_point_only"] = True
    with services.db.uow() as uow:
        session = uow.session
        taken = set(session.execute(select(Case.reference)).scalars())
        reference = next(
            ref for ref in (f"DSR-2026-{n:06d}" for n in range(1, 10**6)) if ref not in taken
        )
        case = Case(
            reference=reference,
            channel=channel,
            received_at=NOW,
            requester_name=name,
            requester_email=email,
            requester_phone=phone,
            requester_address=address,
            requester_language=language,
            regimes="vn",
            state=state,
            identity_level=0,
            via_representative=via_representative,
            customer_id=customer_id,
            due_on=date(2026, 3, 12),
        )
        session.add(case)
        session.flush()
        for right in rights:
            session.add(
                RequestItem(
                    case_id=case.id,
                    right=right.value,
                    scope=json.dumps(scope) if scope else None,
                    due_on=date(2026, 3, 12),
                    base_due_on=date(2026, 3, 12),
                    regime_applied="vn",
                    outcome="pending",
                )
            )
        uow.commit()
        return case.id


@dataclass(frozen=True)
class CaseRow:
    state: str
    identity_level: int
    customer_id: int | None
    via_representative: bool


def case_row(services: Services, case_id: int) -> CaseRow:
    with services.db.reader() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        return CaseRow(case.state, case.identity_level, case.customer_id, case.via_representative)


@dataclass(frozen=True)
class LogLine:
    action: str
    details: str
    subject: str | None


def log_entries(services: Services, action: str | None = None) -> list[LogLine]:
    with services.db.reader() as uow:
        query = select(DecisionLogEntry).order_by(DecisionLogEntry.seq)
        if action is not None:
            query = query.where(DecisionLogEntry.action == action)
        return [
            LogLine(e.action, e.details, e.subject) for e in uow.session.execute(query).scalars()
        ]
