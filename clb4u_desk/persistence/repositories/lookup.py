"""A customer's records, per data category, as plain rows: what the record lookup shows
and the data copy is built from.

One Core select per table, of the needed columns only, read through the driver
(:func:`clb4u_desk.persistence.driver_rows.fetch_rows`): a customer with 10,000+ records
loads in one round of ~17 queries. Payment methods are read without the processor's
token.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import Select, select

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.persistence.driver_rows import fetch_rows
from clb4u_desk.persistence.models import (
    AdSegment,
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
from clb4u_desk.persistence.repositories.base import Repository

Row = Sequence[Any]

# The rows of each category besides identity: the record's id first, then the columns
# in this order (the record lookup formats them by position).
CATEGORY_QUERIES: Final[Mapping[DataCategory, Callable[[int], Select[*tuple[Any, ...]]]]] = {
    DataCategory.ACCOUNT: lambda cid: select(
        Customer.id,
        Customer.birth_year,
        Customer.gender,
        Customer.occupation,
        Customer.job_title,
        Customer.income_band,
        Customer.zip_code,
        Customer.residence,
        Customer.language,
        Customer.created_at,
        Customer.status,
    ).where(Customer.id == cid),
    DataCategory.SUBSCRIPTIONS: lambda cid: (
        select(
            Subscription.id,
            Subscription.kind,
            Subscription.title,
            Subscription.started_on,
            Subscription.ended_on,
            Subscription.status,
        )
        .where(Subscription.customer_id == cid)
        .order_by(Subscription.started_on, Subscription.id)
    ),
    DataCategory.INVOICES: lambda cid: (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.issued_on,
            Invoice.amount_vnd,
            Invoice.status,
            Invoice.fiscal_year,
            Invoice.description,
        )
        .where(Invoice.customer_id == cid)
        .order_by(Invoice.issued_on, Invoice.id)
    ),
    # Never the processor token: it is not even read.
    DataCategory.PAYMENT_METHODS: lambda cid: (
        select(
            PaymentMethod.id,
            PaymentMethod.brand,
            PaymentMethod.last4,
            PaymentMethod.exp_month,
            PaymentMethod.exp_year,
            PaymentMethod.added_on,
        )
        .where(PaymentMethod.customer_id == cid)
        .order_by(PaymentMethod.added_on, PaymentMethod.id)
    ),
    DataCategory.PAYMENTS: lambda cid: (
        select(
            Payment.id,
            Payment.paid_at,
            Payment.amount_vnd,
            Payment.status,
            Invoice.number,
            PaymentMethod.brand,
            PaymentMethod.last4,
        )
        .outerjoin(Invoice, Invoice.id == Payment.invoice_id)
        .outerjoin(PaymentMethod, PaymentMethod.id == Payment.payment_method_id)
        .where(Payment.customer_id == cid)
        .order_by(Payment.paid_at, Payment.id)
    ),
    DataCategory.COMMUNICATIONS: lambda cid: (
        select(
            Communication.id,
            Communication.channel,
            Communication.direction,
            Communication.occurred_at,
            Communication.summary,
        )
        .where(Communication.customer_id == cid)
        .order_by(Communication.channel, Communication.occurred_at, Communication.id)
    ),
    DataCategory.CONSENTS: lambda cid: (
        select(
            Consent.id,
            Consent.purpose,
            Consent.channel,
            Consent.granted,
            Consent.changed_at,
            Consent.source,
        )
        .where(Consent.customer_id == cid)
        .order_by(Consent.purpose, Consent.channel, Consent.changed_at, Consent.id)
    ),
    DataCategory.AD_SEGMENTS: lambda cid: (
        select(AdSegment.id, AdSegment.segment, AdSegment.assigned_on, AdSegment.source)
        .where(AdSegment.customer_id == cid)
        .order_by(AdSegment.assigned_on, AdSegment.id)
    ),
    DataCategory.POLLS: lambda cid: (
        select(
            PollResponse.id,
            PollResponse.poll,
            PollResponse.question,
            PollResponse.answer,
            PollResponse.answered_at,
        )
        .where(PollResponse.customer_id == cid)
        .order_by(PollResponse.answered_at, PollResponse.id)
    ),
    DataCategory.MESSAGE_BOARD: lambda cid: (
        select(
            MessageBoardPost.id,
            MessageBoardPost.board,
            MessageBoardPost.title,
            MessageBoardPost.body,
            MessageBoardPost.posted_at,
        )
        .where(MessageBoardPost.customer_id == cid)
        .order_by(MessageBoardPost.posted_at, MessageBoardPost.id)
    ),
    DataCategory.SUPPORT_TICKETS: lambda cid: (
        select(
            SupportTicket.id,
            SupportTicket.opened_at,
            SupportTicket.subject,
            SupportTicket.status,
            SupportTicket.closed_at,
        )
        .where(SupportTicket.customer_id == cid)
        .order_by(SupportTicket.opened_at, SupportTicket.id)
    ),
    DataCategory.DISCLOSURES: lambda cid: (
        select(
            Disclosure.id,
            Disclosure.recipient,
            Disclosure.legal_basis,
            Disclosure.categories,
            Disclosure.disclosed_on,
        )
        .where(Disclosure.customer_id == cid)
        .order_by(Disclosure.disclosed_on, Disclosure.id)
    ),
}


class LookupRepository(Repository):
    def category_rows(self, category: DataCategory, customer_id: int) -> Sequence[Row]:
        """The customer's rows of ``category`` (not identity): see CATEGORY_QUERIES."""
        return fetch_rows(self._session.connection(), CATEGORY_QUERIES[category](customer_id))

    def emails(self, customer_id: int) -> list[tuple[int, str, bool]]:
        """(id, email, is primary), in id order."""
        rows = self._session.execute(
            select(CustomerEmail.id, CustomerEmail.email, CustomerEmail.is_primary)
            .where(CustomerEmail.customer_id == customer_id)
            .order_by(CustomerEmail.id)
        )
        return [(row[0], row[1], row[2]) for row in rows]

    def phones(self, customer_id: int) -> list[tuple[int, str, str | None]]:
        """(id, phone in E.164, kind), in id order."""
        rows = self._session.execute(
            select(CustomerPhone.id, CustomerPhone.phone_e164, CustomerPhone.kind)
            .where(CustomerPhone.customer_id == customer_id)
            .order_by(CustomerPhone.id)
        )
        return [(row[0], row[1], row[2]) for row in rows]

    def addresses(self, customer_id: int) -> list[Row]:
        """(id, kind, street, ward, city, zip code, country), in id order."""
        rows = self._session.execute(
            select(
                CustomerAddress.id,
                CustomerAddress.kind,
                CustomerAddress.street,
                CustomerAddress.ward,
                CustomerAddress.city,
                CustomerAddress.zip_code,
                CustomerAddress.country,
            )
            .where(CustomerAddress.customer_id == customer_id)
            .order_by(CustomerAddress.id)
        )
        return list(rows)

    def active_restrictions(
        self, customer_id: int
    ) -> list[tuple[str | None, str | None, datetime]]:
        """(category, purpose, since) of every restriction not lifted."""
        rows = self._session.execute(
            select(Restriction.category, Restriction.purpose, Restriction.since).where(
                Restriction.customer_id == customer_id, Restriction.lifted_at.is_(None)
            )
        )
        return [(row[0], row[1], row[2]) for row in rows]

    def active_holds(self, customer_id: int) -> list[tuple[str, date]]:
        """(category, since) of every legal hold not released."""
        rows = self._session.execute(
            select(LegalHold.category, LegalHold.since).where(
                LegalHold.customer_id == customer_id, LegalHold.released_on.is_(None)
            )
        )
        return [(row[0], row[1]) for row in rows]

    def disclosures(self, customer_id: int) -> list[tuple[str, str, str, date]]:
        """(recipient, legal basis, categories, disclosed on), in date order."""
        rows = self._session.execute(
            select(
                Disclosure.recipient,
                Disclosure.legal_basis,
                Disclosure.categories,
                Disclosure.disclosed_on,
            )
            .where(Disclosure.customer_id == customer_id)
            .order_by(Disclosure.disclosed_on, Disclosure.id)
        )
        return [(row[0], row[1], row[2], row[3]) for row in rows]
