"""Where each data category's rows live, their record dates, and what erasure does to them.

The erasure service (:mod:`.erasure`) plans on what this module counts and carries the
plan out through its step functions. Everything runs inside the caller's unit of work;
nothing here commits. Decisions taken here, where the policy file leaves them to "the
erasure service's business":

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

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.deadlines import DEFAULT_TIMEZONE
from clb4u_desk.domain.erasure import CategoryHolding, ErasureLine, LegalHoldInfo
from clb4u_desk.domain.text import fold
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
    Subscription,
    SupportTicket,
)

ANONYMISED_NAME = "Đã ẩn danh"
ANONYMISED_STATUS = "anonymised"
POLL_CROWD = 3  # other respondents who gave the very same answer: then it is a choice
BILLING = "billing"

_LOCAL = ZoneInfo(DEFAULT_TIMEZONE)
_DEMOGRAPHICS = ("birth_year", "gender", "occupation", "job_title", "income_band", "zip_code")


def local_date(moment: datetime) -> date:
    """The calendar day in Vietnam, where the company keeps its books."""
    return moment.astimezone(_LOCAL).date()


@dataclass(frozen=True, slots=True)
class HeldRow:
    """One row of a category: the table it is in, its id and its record date."""

    model: type[Any]
    id: int
    record_date: date


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


def is_anonymised(customer: Customer) -> bool:
    return customer.status == ANONYMISED_STATUS


def _identity_rows(session: Session, customer: Customer) -> list[HeldRow]:
    # Contact rows carry no date of their own: they count from the customer's creation.
    created = local_date(customer.created_at)
    rows = [] if is_anonymised(customer) else [HeldRow(Customer, customer.id, created)]
    for model in _CONTACT_MODELS:
        ids = session.execute(
            select(model.id).where(model.customer_id == customer.id).order_by(model.id)
        ).scalars()
        rows.extend(HeldRow(model, row_id, created) for row_id in ids)
    return rows


def _account_rows(customer: Customer) -> list[HeldRow]:
    if all(getattr(customer, name) is None for name in _DEMOGRAPHICS):
        return []
    return [HeldRow(Customer, customer.id, local_date(customer.created_at))]


def held_rows(session: Session, customer: Customer, category: DataCategory) -> list[HeldRow]:
    """Every row of ``category`` held about ``customer``, with its record date."""
    if category is DataCategory.IDENTITY:
        return _identity_rows(session, customer)
    if category is DataCategory.ACCOUNT:
        return _account_rows(customer)
    return [
        HeldRow(model, row_id, when)
        for model, query in _SOURCES[category]
        for row_id, when in query(session, customer.id)
    ]


def active_holds(
    session: Session, customer_id: int, today: date
) -> dict[DataCategory, LegalHoldInfo]:
    """The legal hold in force per category (the earliest, when there are several)."""
    holds: dict[DataCategory, LegalHoldInfo] = {}
    found = session.execute(
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
    session: Session, customer: Customer, today: date
) -> tuple[list[CategoryHolding], dict[DataCategory, list[HeldRow]]]:
    """One holding per category (with per-row dates, so the plan is exact) and the rows."""
    holds = active_holds(session, customer.id, today)
    rows = {category: held_rows(session, customer, category) for category in DataCategory}
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


def has_payment_data(session: Session, customer_id: int) -> bool:
    for model in (PaymentMethod, Payment):
        if (
            session.execute(
                select(model.id).where(model.customer_id == customer_id).limit(1)
            ).first()
            is not None
        ):
            return True
    return False


def rows_of_line(rows: Sequence[HeldRow], line: ErasureLine) -> list[HeldRow]:
    """The rows a plan line covers: those dated within its record-date range."""
    if not line.row_count or line.records_from is None or line.records_to is None:
        return []
    low, high = line.records_from, line.records_to
    return [row for row in rows if low <= row.record_date <= high]


# --------------------------------------------------------------------------- steps


def delete_rows(session: Session, rows: Sequence[HeldRow]) -> int:
    """Delete plain record rows (never the customer row itself); returns how many."""
    by_model: dict[Any, list[int]] = {}
    for row in rows:
        if row.model is Customer:
            raise ValueError("The customer row is anonymised, never deleted.")
        by_model.setdefault(row.model, []).append(row.id)
    done = 0
    for model, ids in by_model.items():
        result: Any = session.execute(delete(model).where(model.id.in_(ids)))
        done += int(result.rowcount or 0)
    return done


def clear_account(session: Session, customer: Customer) -> int:
    """Erase registration and demographics: the columns of the customer row."""
    if all(getattr(customer, name) is None for name in _DEMOGRAPHICS):
        return 0
    for name in _DEMOGRAPHICS:
        setattr(customer, name, None)
    session.flush()
    return 1


def _reindex_name(session: Session, customer: Customer) -> None:
    # The name search index holds the words of the name: personal data too.
    from clb4u_desk.persistence import name_index

    name_index.index_names(session.connection(), [(customer.id, customer.full_name)])


def anonymise_identity(session: Session, customer: Customer) -> int:
    """Overwrite the person out of the customer row and remove every contact row."""
    removed = 0
    for model in _CONTACT_MODELS:
        result: Any = session.execute(delete(model).where(model.customer_id == customer.id))
        removed += int(result.rowcount or 0)
    clear_account(session, customer)
    shell = 0 if is_anonymised(customer) else 1
    customer.full_name = ANONYMISED_NAME
    customer.name_folded = fold(ANONYMISED_NAME)
    customer.status = ANONYMISED_STATUS
    session.flush()
    _reindex_name(session, customer)
    return removed + shell


def minimise_identity(session: Session, customer: Customer) -> int:
    """Identity kept for retained records: only the name and billing addresses stay."""
    removed = 0
    for model in (CustomerEmail, CustomerPhone):
        result: Any = session.execute(delete(model).where(model.customer_id == customer.id))
        removed += int(result.rowcount or 0)
    result = session.execute(
        delete(CustomerAddress).where(
            CustomerAddress.customer_id == customer.id, CustomerAddress.kind != BILLING
        )
    )
    return removed + int(result.rowcount or 0)


def _is_choice(session: Session, response: PollResponse) -> bool:
    others = session.execute(
        select(func.count(func.distinct(PollResponse.customer_id))).where(
            PollResponse.poll == response.poll,
            PollResponse.question == response.question,
            PollResponse.answer == response.answer,
            PollResponse.customer_id != response.customer_id,
        )
    ).scalar_one()
    return int(others) >= POLL_CROWD


def anonymise_polls(session: Session, rows: Sequence[HeldRow]) -> int:
    """Keep the structured answers (cut to the day), remove the free-text ones.

    Returns the rows changed, so that running it again reports nothing.
    """
    responses = (
        session.execute(select(PollResponse).where(PollResponse.id.in_([row.id for row in rows])))
        .scalars()
        .all()
    )
    free_text = [r.id for r in responses if not _is_choice(session, r)]
    changed = len(free_text)
    for response in responses:
        day = response.answered_at.astimezone(UTC).date()
        midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
        if response.id not in free_text and response.answered_at != midnight:
            response.answered_at = midnight
            changed += 1
    if free_text:
        session.execute(delete(PollResponse).where(PollResponse.id.in_(free_text)))
    session.flush()
    return changed


def revoke_payment_tokens(session: Session, customer_id: int) -> int:
    """Remove the processor token from every stored payment method that stays."""
    result: Any = session.execute(
        update(PaymentMethod)
        .where(PaymentMethod.customer_id == customer_id, PaymentMethod.processor_token != "")
        .values(processor_token="", version=PaymentMethod.version + 1)
    )
    return int(result.rowcount or 0)
