"""The case work: accounts, cases, request items, attachments, verification, approvals."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from clb4u_desk.persistence.models.base import Base
from clb4u_desk.persistence.types import UTCDateTime


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))  # agent / supervisor / admin
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id, encoded
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


# "id" last: PostgreSQL can then answer the queue from the index alone (on SQLite the
# id is the rowid and in every index entry anyway).
QUEUE_INDEX_COLUMNS = ("due_on", "reference", "state", "assignee_id", "regimes", "id")
# Written out as SQL text: a partial index is used only when the query repeats its
# condition literally (SQLite), or the planner can prove it from constants (PostgreSQL).
OPEN_CASE_CONDITION = "state <> 'closed'"


class Case(Base):
    """One requester's request; it holds one item per right asked for."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)  # DSR-2026-000123
    channel: Mapped[str] = mapped_column(String(16))  # domain.rights.Channel
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The requester's identity as claimed in the request (not yet verified).
    requester_name: Mapped[str] = mapped_column(String(200))
    requester_email: Mapped[str | None] = mapped_column(String(254))
    requester_phone: Mapped[str | None] = mapped_column(String(32))
    requester_address: Mapped[str | None] = mapped_column(String(400))
    requester_language: Mapped[str] = mapped_column(String(8), default="vi")
    contact_key: Mapped[str | None] = mapped_column(String(254), index=True)  # related requests
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    regimes: Mapped[str] = mapped_column(String(32), default="vn")  # comma-separated Regime
    state: Mapped[str] = mapped_column(String(24), index=True)  # domain.cases.CaseState
    outcome: Mapped[str | None] = mapped_column(String(16))
    identity_level: Mapped[int] = mapped_column(SmallInteger, default=0)
    via_representative: Mapped[bool] = mapped_column(Boolean, default=False)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    related_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)  # earliest open item
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str | None] = mapped_column(Text)
    # The email a case was imported from, as "mid:" + SHA-256 of its Message-ID, or
    # "raw:" + SHA-256 of the file when it has none: a second import of the same email
    # is found by it (migration 0006). A hash: the Message-ID can name a person.
    source_key: Mapped[str | None] = mapped_column(String(68), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Optimistic locking: an UPDATE that finds another version raises StaleDataError.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    # The queue: read in due-date order, every filter column in the index, so a filter
    # change is one pass over the index without touching the table; the open queue (the
    # usual one) has its own partial index, a fraction of the size once most cases are
    # closed. Related requests: same contact point, received within 30 days. See
    # persistence/repositories/queue.py and migration 0004.
    __table_args__ = (
        Index("ix_cases_queue", *QUEUE_INDEX_COLUMNS),
        Index(
            "ix_cases_open_queue",
            *QUEUE_INDEX_COLUMNS,
            sqlite_where=text(OPEN_CASE_CONDITION),
            postgresql_where=text(OPEN_CASE_CONDITION),
        ),
        Index("ix_cases_contact_received", "contact_key", "received_at"),
    )


class RequestItem(Base):
    """One right asked for in a case, with its own due date and outcome."""

    __tablename__ = "request_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    right: Mapped[str] = mapped_column(String(24))  # domain.rights.Right
    scope: Mapped[str | None] = mapped_column(Text)  # JSON: categories, purposes, channels
    third_party: Mapped[bool] = mapped_column(Boolean, default=False)
    due_on: Mapped[date] = mapped_column(Date)
    base_due_on: Mapped[date] = mapped_column(Date)
    regime_applied: Mapped[str] = mapped_column(String(8))
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    paused_since: Mapped[date | None] = mapped_column(Date)
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(16), default="pending")
    outcome_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Optimistic locking: an UPDATE that finds another version raises StaleDataError.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    # The queue's "cases asking for right X" filter. Migration 0004.
    __table_args__ = (Index("ix_request_items_right_case", "right", "case_id"),)


class Attachment(Base):
    """A file that came with a request. Its name is only ever shown, never used as a path."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    display_name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class VerificationAttempt(Base):
    """One identity-verification step; never holds a code or an answer, only the outcome."""

    __tablename__ = "verification_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(String(40))  # domain.identity.VerificationMethod
    fact: Mapped[str | None] = mapped_column(String(40))  # knowledge fact asked, if any
    succeeded: Mapped[bool] = mapped_column(Boolean)
    detail: Mapped[str | None] = mapped_column(String(300))  # e.g. "CCCD ••••1234"
    agent_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class OneTimeCode(Base):
    """A one-time code sent to a registered contact point, kept only as a salted hash."""

    __tablename__ = "one_time_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    destination_hash: Mapped[str] = mapped_column(String(64))
    code_hash: Mapped[str] = mapped_column(String(200))
    salt: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    tries: Mapped[int] = mapped_column(SmallInteger, default=0)
    state: Mapped[str] = mapped_column(String(16), default="sent")  # sent/used/expired/locked


class IssuedDocument(Base):
    """Every file that left the company for a case: what, how big, its hash, to whom, how."""

    __tablename__ = "issued_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # data_copy_pdf / export_json / certificate
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    encrypted: Mapped[bool] = mapped_column(Boolean)
    channel: Mapped[str] = mapped_column(String(32))  # email / post / portal / in person
    agent_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Approval(Base):
    """A risky decision proposed by one user and approved or rejected by a supervisor."""

    __tablename__ = "approvals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("request_items.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # erasure / refusal / extension
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON of what is proposed
    proposed_by_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str | None] = mapped_column(Text)
    executed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Optimistic locking: an UPDATE that finds another version raises StaleDataError.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Suppression(Base):
    """An objection to direct marketing for a contact point: takes effect at once (L0)."""

    __tablename__ = "suppressions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_key: Mapped[str] = mapped_column(String(254))  # lower-cased email or E.164 phone
    channel: Mapped[str] = mapped_column(String(16))
    purpose: Mapped[str] = mapped_column(String(32))
    since: Mapped[datetime] = mapped_column(UTCDateTime)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    __table_args__ = (Index("ix_suppressions_contact_key", "contact_key"),)


class CaseCounter(Base):
    """The last case number used per year, so references are gap-free per year."""

    __tablename__ = "case_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)
