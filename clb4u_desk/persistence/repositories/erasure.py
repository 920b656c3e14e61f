"""Erasure: where each data category's rows live, their record dates, and the changes
erasure makes to them; the restrictions it leaves and the executions it logged.

Everything runs inside the unit of work; nothing here commits. Decisions taken here,
where the policy file leaves them to "the erasure service's business":

- Identity is the customer row (name and search key) plus its emails, phones and
  addresses. Anonymising it overwrites the name with ``ANONYMISED_NAME``, removes every
  email, phone and address, clears the demographics and re-indexes the name; the
  customer row stays as an empty shell with its reference, so cases and the decision log
  (which use a pseudonym, never the name) still point somewhere.
- Identity *retained* for other records (an invoice must name its buyer) keeps only the
  name and billing addresses: emails, phones and other addresses go at once.
- Account (registration, demographics) lives in columns of the customer row: erasing
  it clears them.
- Poll answers are anonymised: an answer that at least ``POLL_CROWD`` other respondents
  gave word for word to the same question is a choice and is kept (with the time of
  answering cut to the day); any other answer is free text that could identify the
  person, and the row is removed.
- A stored payment method that stays (held, or retained under an installer's policy)
  loses its processor token anyway: the token charges the card, it proves nothing.
- Any other category planned "anonymise" by an installer's policy is removed: its rows
  are about this one person, so nothing is left once they are detached.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from clb4u_desk.audit import chain
from clb4u_desk.domain.anonymisation import (
    ANONYMISED_NAME,
    ANONYMISED_STATUS,
    BILLING,
    DEMOGRAPHICS,
    POLL_CROWD,
    is_anonymised_status,
    local_date,
)
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import CategoryHolding, LegalHoldInfo
from clb4u_desk.domain.formatting import VIETNAM
from clb4u_desk.domain.text import fold
from clb4u_desk.persistence import name_index
from clb4u_desk.persistence.models import (
    AdSegment,
    Communication,
    Consent,
    Customer,
    CustomerAddress,
    CustomerEmail,
    CustomerPhone,
    DecisionLogEntry,
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


@dataclass(frozen=True, slots=True)
class HeldRow:
    """One row of a category: the table it is in, its id and its record date."""

    model: type[Any]
    id: int
    record_date: date


@dataclass(frozen=True, slots=True)
class LoggedEntry:
    """A decision-log entry as erasure reads it back: its place, case and details."""

    seq: int
    case_reference: str | None
    actor: str
    entry_hash: str
    details: dict[str, Any]


def is_anonymised(customer: Customer) -> bool:
    return is_anonymised_status(customer.status)


# --------------------------------------------------------------------------- counting

_DatedQuery = Callable[[Session, int], Iterable[tuple[int, date]]]


def _dated(model: Any, date_of: Callable[[Any], date]) -> _DatedQuery:
    def rows(session: Session, customer_id: int) -> Iterable[tuple[int, date]]:
        found = session.execute(
            select(model).where(model.customer_id == customer_id).order_by(model.id)
        ).scalars()
        return [(row.id, date_of(row)) for row in found]

    return rows


# The record date each retention period counts from (see retention.toml).
_SOURCES: dict[DataCategory, tuple[tuple[Any, _DatedQuery], ...]] = {
    DataCategory.SUBSCRIPTIONS: (
        (Subscription, _dated(Subscription, lambda r: r.ended_on or r.started_on)),
    ),
    DataCategory.INVOICES: ((Invoice, _dated(Invoice, lambda r: r.issued_on)),),
    DataCategory.PAYMENT_METHODS: ((PaymentMethod, _dated(PaymentMethod, lambda r: r.added_on)),),
    DataCategory.PAYMENTS: ((Payment, _dated(Payment, lambda r: local_date(r.paid_at))),),
    DataCategory.COMMUNICATIONS: (
        (Communication, _dated(Communication, lambda r: local_date(r.occurred_at))),
    ),
    DataCategory.CONSENTS: ((Consent, _dated(Consent, lambda r: local_date(r.changed_at))),),
    DataCategory.AD_SEGMENTS: ((AdSegment, _dated(AdSegment, lambda r: r.assigned_on)),),
    DataCategory.POLLS: (
        (PollResponse, _dated(PollResponse, lambda r: local_date(r.answered_at))),
    ),
    DataCategory.MESSAGE_BOARD: (
        (MessageBoardPost, _dated(MessageBoardPost, lambda r: local_date(r.posted_at))),
    ),
    # A ticket counts from its closing, or its opening while it is still open.
    DataCategory.SUPPORT_TICKETS: (
        (SupportTicket, _dated(SupportTicket, lambda r: local_date(r.closed_at or r.opened_at))),
    ),
    DataCategory.DISCLOSURES: ((Disclosure, _dated(Disclosure, lambda r: r.disclosed_on)),),
}
_CONTACT_MODELS: tuple[Any, ...] = (CustomerEmail, CustomerPhone, CustomerAddress)


class ErasureRepository(Repository):
    # -- what is held

    def _identity_rows(self, customer: Customer) -> list[HeldRow]:
        # Contact rows carry no date of their own: they count from the customer's creation.
        created = local_date(customer.created_at)
        rows = [] if is_anonymised(customer) else [HeldRow(Customer, customer.id, created)]
        for model in _CONTACT_MODELS:
            ids = self._session.execute(
                select(model.id).where(model.customer_id == customer.id).order_by(model.id)
            ).scalars()
            rows.extend(HeldRow(model, row_id, created) for row_id in ids)
        return rows

    @staticmethod
    def _account_rows(customer: Customer) -> list[HeldRow]:
        if all(getattr(customer, name) is None for name in DEMOGRAPHICS):
            return []
        return [HeldRow(Customer, customer.id, local_date(customer.created_at))]

    def held_rows(self, customer: Customer, category: DataCategory) -> list[HeldRow]:
        """Every row of ``category`` held about ``customer``, with its record date."""
        if category is DataCategory.IDENTITY:
            return self._identity_rows(customer)
        if category is DataCategory.ACCOUNT:
            return self._account_rows(customer)
        return [
            HeldRow(model, row_id, when)
            for model, query in _SOURCES[category]
            for row_id, when in query(self._session, customer.id)
        ]

    def active_holds(self, customer_id: int, today: date) -> dict[DataCategory, LegalHoldInfo]:
        """The legal hold in force per category (the earliest, when there are several)."""
        holds: dict[DataCategory, LegalHoldInfo] = {}
        found = self._session.execute(
            select(LegalHold)
            .where(LegalHold.customer_id == customer_id)
            .order_by(LegalHold.since, LegalHold.id)
        ).scalars()
        for hold in found:
            info = LegalHoldInfo(reason=hold.reason, since=hold.since, released_on=hold.released_on)
            try:
                category = DataCategory(hold.category)
            except ValueError:
                continue  # a hold on something that is not a category holds no category
            if info.active_on(today):
                holds.setdefault(category, info)
        return holds

    def holdings(
        self, customer: Customer, today: date
    ) -> tuple[list[CategoryHolding], dict[DataCategory, list[HeldRow]]]:
        """One holding per category (with per-row dates, so the plan is exact) and the rows."""
        holds = self.active_holds(customer.id, today)
        rows = {category: self.held_rows(customer, category) for category in DataCategory}
        made = [
            CategoryHolding(
                category=category,
                row_count=len(found),
                record_dates=tuple(row.record_date for row in found),
                legal_hold=holds.get(category),
            )
            for category, found in rows.items()
        ]
        return made, rows

    def has_payment_data(self, customer_id: int) -> bool:
        """Whether the customer has a stored payment method or a payment on file."""
        for model in (PaymentMethod, Payment):
            if (
                self._session.execute(
                    select(model.id).where(model.customer_id == customer_id).limit(1)
                ).first()
                is not None
            ):
                return True
        return False

    # -- the steps

    def delete_rows(self, rows: Sequence[HeldRow]) -> int:
        """Delete plain record rows (never the customer row itself); returns how many."""
        by_model: dict[Any, list[int]] = {}
        for row in rows:
            if row.model is Customer:
                raise ValueError("The customer row is anonymised, never deleted.")
            by_model.setdefault(row.model, []).append(row.id)
        done = 0
        for model, ids in by_model.items():
            result: Any = self._session.execute(delete(model).where(model.id.in_(ids)))
            done += int(result.rowcount or 0)
        return done

    def clear_account(self, customer: Customer) -> int:
        """Erase registration and demographics: the columns of the customer row."""
        if all(getattr(customer, name) is None for name in DEMOGRAPHICS):
            return 0
        for name in DEMOGRAPHICS:
            setattr(customer, name, None)
        self._session.flush()
        return 1

    def anonymise_identity(self, customer: Customer) -> int:
        """Overwrite the person out of the customer row and remove every contact row."""
        removed = 0
        for model in _CONTACT_MODELS:
            result: Any = self._session.execute(
                delete(model).where(model.customer_id == customer.id)
            )
            removed += int(result.rowcount or 0)
        self.clear_account(customer)
        shell = 0 if is_anonymised(customer) else 1
        customer.full_name = ANONYMISED_NAME
        customer.name_folded = fold(ANONYMISED_NAME)
        customer.status = ANONYMISED_STATUS
        self._session.flush()
        # The name search index holds the words of the name: personal data too.
        name_index.index_names(self._session.connection(), [(customer.id, customer.full_name)])
        return removed + shell

    def minimise_identity(self, customer: Customer) -> int:
        """Identity kept for retained records: only the name and billing addresses stay."""
        removed = 0
        for model in (CustomerEmail, CustomerPhone):
            result: Any = self._session.execute(
                delete(model).where(model.customer_id == customer.id)
            )
            removed += int(result.rowcount or 0)
        result = self._session.execute(
            delete(CustomerAddress).where(
                CustomerAddress.customer_id == customer.id, CustomerAddress.kind != BILLING
            )
        )
        return removed + int(result.rowcount or 0)

    def _is_choice(self, response: PollResponse) -> bool:
        others = self._session.execute(
            select(func.count(func.distinct(PollResponse.customer_id))).where(
                PollResponse.poll == response.poll,
                PollResponse.question == response.question,
                PollResponse.answer == response.answer,
                PollResponse.customer_id != response.customer_id,
            )
        ).scalar_one()
        return int(others) >= POLL_CROWD

    def anonymise_polls(self, rows: Sequence[HeldRow]) -> int:
        """Keep the structured answers (cut to the day), remove the free-text ones.

        Returns the rows changed, so that running it again reports nothing.
        """
        responses = (
            self._session.execute(
                select(PollResponse).where(PollResponse.id.in_([row.id for row in rows]))
            )
            .scalars()
            .all()
        )
        free_text = [r.id for r in responses if not self._is_choice(r)]
        changed = len(free_text)
        for response in responses:
            # Cut to the day it was answered in Vietnam: the day the data copy shows.
            midnight = datetime.combine(local_date(response.answered_at), time(), VIETNAM)
            if response.id not in free_text and response.answered_at != midnight:
                response.answered_at = midnight
                changed += 1
        if free_text:
            self._session.execute(delete(PollResponse).where(PollResponse.id.in_(free_text)))
        self._session.flush()
        return changed

    def revoke_payment_tokens(self, customer_id: int) -> int:
        """Remove the processor token from every stored payment method that stays."""
        result: Any = self._session.execute(
            update(PaymentMethod)
            .where(PaymentMethod.customer_id == customer_id, PaymentMethod.processor_token != "")
            .values(processor_token="", version=PaymentMethod.version + 1)
        )
        return int(result.rowcount or 0)

    # -- restrictions left by erasures (their reason starts with ``reason_prefix``)

    def open_restrictions(self, customer_id: int, reason_prefix: str) -> list[Restriction]:
        return list(
            self._session.execute(
                select(Restriction)
                .where(
                    Restriction.customer_id == customer_id,
                    Restriction.lifted_at.is_(None),
                    Restriction.reason.startswith(reason_prefix),
                )
                .order_by(Restriction.id)
            ).scalars()
        )

    def customers_restricted(self, reason_prefix: str) -> list[int]:
        """The customers with an open restriction of this kind, by id."""
        return list(
            self._session.execute(
                select(Restriction.customer_id)
                .where(
                    Restriction.lifted_at.is_(None), Restriction.reason.startswith(reason_prefix)
                )
                .distinct()
                .order_by(Restriction.customer_id)
            ).scalars()
        )

    def has_restriction(self, customer_id: int, category: str, reason_prefix: str) -> bool:
        """Whether a restriction (lifted or not) of the category with this reason exists."""
        found = self._session.execute(
            select(Restriction.id).where(
                Restriction.customer_id == customer_id,
                Restriction.category == category,
                Restriction.reason.startswith(reason_prefix),
            )
        ).first()
        return found is not None

    # -- the decision log, read back

    def logged(
        self, action: str, *, case_reference: str | None = None, since: datetime | None = None
    ) -> list[LoggedEntry]:
        """The log's entries of ``action``, in order: of one case, or recorded since."""
        query = select(DecisionLogEntry).where(DecisionLogEntry.action == action)
        if case_reference is not None:
            query = query.where(DecisionLogEntry.case_reference == case_reference)
        if since is not None:
            query = query.where(DecisionLogEntry.recorded_at >= chain.format_timestamp(since))
        return [
            LoggedEntry(
                entry.seq,
                entry.case_reference,
                entry.actor,
                entry.entry_hash,
                json.loads(entry.details),
            )
            for entry in self._session.execute(query.order_by(DecisionLogEntry.seq)).scalars()
        ]
