"""The records CLB4U holds about its customers (privacy policy, section 3).

One table per kind of record; every record row belongs to one customer and carries a
``version`` for optimistic locking, because rectification edits these rows while
other agents may be reading them. There is deliberately no column that could hold a
full card number or a CVV.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from clb4u_desk.persistence.models.base import Base
from clb4u_desk.persistence.types import UTCDateTime


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)  # KH-000123
    full_name: Mapped[str] = mapped_column(String(200))  # as held (may be NFD in old data)
    name_folded: Mapped[str] = mapped_column(String(200), index=True)  # search key
    birth_year: Mapped[int | None] = mapped_column(SmallInteger)
    gender: Mapped[str | None] = mapped_column(String(16))
    occupation: Mapped[str | None] = mapped_column(String(120))
    job_title: Mapped[str | None] = mapped_column(String(120))
    income_band: Mapped[str | None] = mapped_column(String(32))
    zip_code: Mapped[str | None] = mapped_column(String(16))
    residence: Mapped[str] = mapped_column(String(8), default="vn")  # vn / eu / us-ca
    language: Mapped[str] = mapped_column(String(8), default="vi")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="active")
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Optimistic locking: an UPDATE that finds another version raises StaleDataError.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class _CustomerRecord:
    """Columns every record table shares."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


def _customer_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)


class CustomerEmail(_CustomerRecord, Base):
    __tablename__ = "customer_emails"

    # Indexed by ix_customer_emails_contact, which begins with it.
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(254))  # stored lower-cased
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        Index("ix_customer_emails_email", "email"),
        # A search hit's email (primary, else first) from the index alone. Migration 0005.
        Index("ix_customer_emails_contact", "customer_id", "is_primary", "id", "email"),
    )


class CustomerPhone(_CustomerRecord, Base):
    __tablename__ = "customer_phones"

    # Indexed by ix_customer_phones_contact, which begins with it.
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    phone_e164: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(16), default="mobile")
    __table_args__ = (
        Index("ix_customer_phones_phone_e164", "phone_e164"),
        # A search hit's phone (the first) from the index alone. Migration 0005.
        Index("ix_customer_phones_contact", "customer_id", "id", "phone_e164"),
    )


class CustomerAddress(_CustomerRecord, Base):
    __tablename__ = "customer_addresses"

    customer_id: Mapped[int] = _customer_fk()
    kind: Mapped[str] = mapped_column(String(16), default="postal")  # postal / billing
    street: Mapped[str] = mapped_column(String(300))
    ward: Mapped[str | None] = mapped_column(String(120))
    city: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2), default="VN")
    zip_code: Mapped[str | None] = mapped_column(String(16))


class Subscription(_CustomerRecord, Base):
    __tablename__ = "subscriptions"

    customer_id: Mapped[int] = _customer_fk()
    kind: Mapped[str] = mapped_column(String(16))  # webinar / workshop / material
    title: Mapped[str] = mapped_column(String(300))
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")


class Invoice(_CustomerRecord, Base):
    __tablename__ = "invoices"

    customer_id: Mapped[int] = _customer_fk()
    number: Mapped[str] = mapped_column(String(32), unique=True)
    issued_on: Mapped[date] = mapped_column(Date)
    amount_vnd: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16), default="paid")
    fiscal_year: Mapped[int] = mapped_column(SmallInteger)
    description: Mapped[str] = mapped_column(String(300))


class PaymentMethod(_CustomerRecord, Base):
    __tablename__ = "payment_methods"

    customer_id: Mapped[int] = _customer_fk()
    brand: Mapped[str] = mapped_column(String(32))
    last4: Mapped[str] = mapped_column(String(4))
    exp_month: Mapped[int] = mapped_column(SmallInteger)
    exp_year: Mapped[int] = mapped_column(SmallInteger)
    processor_token: Mapped[str] = mapped_column(String(64))
    added_on: Mapped[date] = mapped_column(Date)


class Payment(_CustomerRecord, Base):
    __tablename__ = "payments"

    customer_id: Mapped[int] = _customer_fk()
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", ondelete="SET NULL"))
    payment_method_id: Mapped[int | None] = mapped_column(
        ForeignKey("payment_methods.id", ondelete="SET NULL")
    )
    paid_at: Mapped[datetime] = mapped_column(UTCDateTime)
    amount_vnd: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16), default="settled")


class Communication(_CustomerRecord, Base):
    __tablename__ = "communications"

    customer_id: Mapped[int] = _customer_fk()
    channel: Mapped[str] = mapped_column(String(16))  # domain.categories.ContactChannel
    direction: Mapped[str] = mapped_column(String(8))  # in / out
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    summary: Mapped[str] = mapped_column(Text)


class Consent(_CustomerRecord, Base):
    __tablename__ = "consents"

    customer_id: Mapped[int] = _customer_fk()
    purpose: Mapped[str] = mapped_column(String(32))  # domain.categories.Purpose
    channel: Mapped[str] = mapped_column(String(16))  # domain.categories.ContactChannel
    granted: Mapped[bool] = mapped_column(Boolean)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(64))


class AdSegment(_CustomerRecord, Base):
    __tablename__ = "ad_segments"

    customer_id: Mapped[int] = _customer_fk()
    segment: Mapped[str] = mapped_column(String(120))
    assigned_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(64))


class PollResponse(_CustomerRecord, Base):
    __tablename__ = "poll_responses"

    customer_id: Mapped[int] = _customer_fk()
    poll: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(String(300))
    answer: Mapped[str] = mapped_column(Text)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MessageBoardPost(_CustomerRecord, Base):
    __tablename__ = "message_board_posts"

    customer_id: Mapped[int] = _customer_fk()
    board: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SupportTicket(_CustomerRecord, Base):
    __tablename__ = "support_tickets"

    customer_id: Mapped[int] = _customer_fk()
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    subject: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Disclosure(_CustomerRecord, Base):
    __tablename__ = "disclosures"

    customer_id: Mapped[int] = _customer_fk()
    recipient: Mapped[str] = mapped_column(String(200))
    legal_basis: Mapped[str] = mapped_column(String(200))
    categories: Mapped[str] = mapped_column(String(300))  # comma-separated DataCategory values
    disclosed_on: Mapped[date] = mapped_column(Date)


class Restriction(_CustomerRecord, Base):
    """Processing of one category (or one purpose) is restricted to storage only."""

    __tablename__ = "restrictions"

    customer_id: Mapped[int] = _customer_fk()
    category: Mapped[str | None] = mapped_column(String(32))  # DataCategory, or None
    purpose: Mapped[str | None] = mapped_column(String(32))  # Purpose, or None
    reason: Mapped[str] = mapped_column(String(300))
    since: Mapped[datetime] = mapped_column(UTCDateTime)
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))


class LegalHold(_CustomerRecord, Base):
    """A dispute, fraud complaint or legal claim: the category must not be erased."""

    __tablename__ = "legal_holds"

    customer_id: Mapped[int] = _customer_fk()
    category: Mapped[str] = mapped_column(String(32))  # DataCategory
    reason: Mapped[str] = mapped_column(String(300))
    since: Mapped[date] = mapped_column(Date)
    released_on: Mapped[date | None] = mapped_column(Date)


RECORD_MODELS: tuple[type[Base], ...] = (
    CustomerEmail,
    CustomerPhone,
    CustomerAddress,
    Subscription,
    Invoice,
    PaymentMethod,
    Payment,
    Communication,
    Consent,
    AdSegment,
    PollResponse,
    MessageBoardPost,
    SupportTicket,
    Disclosure,
    Restriction,
    LegalHold,
)
