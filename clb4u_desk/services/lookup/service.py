"""The record lookup: everything CLB4U holds about one customer, per data category.

Read-only. The profile is what the agent checks before answering an access request
and what the data copy is built from, so every value is display-ready text and
every category says whether it is restricted, under a legal hold, and until when it
must be kept. Payment methods show brand, last 4 digits and expiry only; the
processor's token is never read.

Speed: the rows come from the record repository (``uow.lookup``), one query per table
of the needed columns, as plain tuples: a customer with 10,000+ records loads in one
round of ~17 queries.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property, lru_cache
from typing import Any, Final

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cards import format_expiry, masked_pan, redact_card_numbers
from clb4u_desk.domain.cases import Permission
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    IdentityNotVerifiedError,
    ValidationError,
)
from clb4u_desk.domain.formatting import format_amount, format_date, format_datetime, vietnam_date
from clb4u_desk.domain.retention import RetentionPolicy, RetentionStart
from clb4u_desk.domain.text import nfc
from clb4u_desk.persistence.repositories.lookup import LookupRepository
from clb4u_desk.services.authz import require_permission
from clb4u_desk.services.context import ServiceContext

# Dates and times are shown in Vietnam's time, where the company and its agents are.
MIN_IDENTITY_LEVEL: Final = 1

# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class ProfileRow:
    record_id: int  # the row's id in its table (0 for the customer's own row)
    values: tuple[str, ...]  # display-ready, in the order of the section's columns


@dataclass(frozen=True, slots=True)
class ProfileSection:
    category: DataCategory
    columns: tuple[str, ...]  # column keys (for translated headers)
    rows: tuple[ProfileRow, ...]
    count: int
    restricted: bool  # an active restriction on this category (storage only)
    restricted_since: datetime | None
    legal_hold: bool  # an active legal hold: must not be erased
    legal_hold_since: date | None
    retention_until: date | None  # last day the latest record must be kept; None: no duty
    breakdown: tuple[tuple[str, int], ...] = ()  # e.g. communications per channel


@dataclass(frozen=True, slots=True)
class CustomerProfile:
    customer_id: int
    reference: str
    display_name: str  # NFC
    sections: tuple[ProfileSection, ...]  # one per DataCategory, in the enum's order
    restricted_purposes: tuple[str, ...]  # purposes with an active restriction

    def section(self, category: DataCategory) -> ProfileSection:
        for section in self.sections:
            if section.category is category:
                return section
        raise KeyError(category)

    @property
    def counts(self) -> dict[DataCategory, int]:
        return {section.category: section.count for section in self.sections}

    @property
    def total_records(self) -> int:
        return sum(section.count for section in self.sections)


# --------------------------------------------------------------------------- display


# Dates, times and amounts read as everywhere else (domain.formatting: dd/mm/yyyy,
# dd/mm/yyyy HH:MM Vietnam time, 1.500.000 ₫), so the agent sees what the requester gets;
# no value is shown as an empty text.
def show_date(value: date | None) -> str:
    return "" if value is None else format_date(value)


def show_datetime(value: datetime | None) -> str:
    return "" if value is None else format_datetime(value)


def show_amount(vnd: int | None) -> str:
    return "" if vnd is None else format_amount(vnd)


def show_text(value: object) -> str:
    if value is None:
        return ""
    shown = str(value)
    # ASCII is always NFC; skipping it saves most of the normalising on big profiles.
    return shown if shown.isascii() else unicodedata.normalize("NFC", shown)


@lru_cache(maxsize=256)
def _shown_brand(brand: str | None) -> str:
    # A heavy customer has a few brands over thousands of payments: look for card
    # numbers in each brand once.
    return redact_card_numbers(show_text(brand))


def show_card(
    brand: str | None, last4: str | None, exp_month: int | None, exp_year: int | None
) -> tuple[str, str, str]:
    """(brand, "•••• 1111", "12/2027"); anything malformed is shown as unknown, never raw."""
    shown_brand = _shown_brand(brand)
    try:
        number = masked_pan(last4 or "")
    except ValidationError:  # a malformed last 4 is hidden, not shown
        number = "••••"
    try:
        expiry = format_expiry(exp_month, exp_year) if exp_month and exp_year else ""
    except ValidationError:  # a malformed expiry is left out rather than failing the profile
        expiry = ""
    return shown_brand, number, expiry


# --------------------------------------------------------------------------- sections

Row = Sequence[Any]
Formatter = Callable[[Row], tuple[str, ...]]


@dataclass(frozen=True)
class _Spec:
    category: DataCategory
    # The columns of the category's rows after the record id, in the order the record
    # repository reads them (persistence.repositories.lookup.CATEGORY_QUERIES).
    columns: tuple[str, ...]
    show: Formatter
    # What the retention period counts from (a date or an aware datetime).
    record_date: Callable[[Row], date | datetime | None]
    breakdown: Callable[[Sequence[Row]], tuple[tuple[str, int], ...]] | None = None


def _day(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return vietnam_date(value)
    return value


def _by_channel(rows: Sequence[Row]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(Counter(str(row[1]) for row in rows).items()))


def _account_row(row: Row) -> tuple[str, ...]:
    return (*(show_text(v) for v in row[1:9]), show_datetime(row[9]), show_text(row[10]))


def _payment_row(row: Row) -> tuple[str, ...]:
    brand, number, _expiry = show_card(row[5], row[6], None, None)
    card = f"{brand} {number}".strip() if row[6] is not None else ""
    return (show_datetime(row[1]), show_amount(row[2]), show_text(row[3]), show_text(row[4]), card)


def _card_row(row: Row) -> tuple[str, ...]:
    return (*show_card(row[1], row[2], row[3], row[4]), show_date(row[5]))


def _specs() -> tuple[_Spec, ...]:
    return (
        _Spec(
            DataCategory.ACCOUNT,
            (
                "birth_year",
                "gender",
                "occupation",
                "job_title",
                "income_band",
                "zip_code",
                "residence",
                "language",
                "created_at",
                "status",
            ),
            _account_row,
            lambda row: row[9],
        ),
        _Spec(
            DataCategory.SUBSCRIPTIONS,
            ("kind", "title", "started_on", "ended_on", "status"),
            lambda r: (
                show_text(r[1]),
                show_text(r[2]),
                show_date(r[3]),
                show_date(r[4]),
                show_text(r[5]),
            ),
            lambda r: r[4] or r[3],
        ),
        _Spec(
            DataCategory.INVOICES,
            ("number", "issued_on", "amount", "status", "fiscal_year", "description"),
            lambda r: (
                show_text(r[1]),
                show_date(r[2]),
                show_amount(r[3]),
                show_text(r[4]),
                show_text(r[5]),
                show_text(r[6]),
            ),
            lambda r: r[2],
        ),
        _Spec(
            DataCategory.PAYMENT_METHODS,
            ("brand", "card", "expiry", "added_on"),
            _card_row,
            lambda r: r[5],
        ),
        _Spec(
            DataCategory.PAYMENTS,
            ("paid_at", "amount", "status", "invoice", "card"),
            _payment_row,
            lambda r: r[1],
        ),
        _Spec(
            DataCategory.COMMUNICATIONS,
            ("channel", "direction", "occurred_at", "summary"),
            lambda r: (show_text(r[1]), show_text(r[2]), show_datetime(r[3]), show_text(r[4])),
            lambda r: r[3],
            _by_channel,
        ),
        _Spec(
            DataCategory.CONSENTS,
            ("purpose", "channel", "granted", "changed_at", "source"),
            lambda r: (
                show_text(r[1]),
                show_text(r[2]),
                "yes" if r[3] else "no",
                show_datetime(r[4]),
                show_text(r[5]),
            ),
            # Counted from a withdrawal: only a refused consent has a date to count from.
            lambda r: None if r[3] else r[4],
        ),
        _Spec(
            DataCategory.AD_SEGMENTS,
            ("segment", "assigned_on", "source"),
            lambda r: (show_text(r[1]), show_date(r[2]), show_text(r[3])),
            lambda r: r[2],
        ),
        _Spec(
            DataCategory.POLLS,
            ("poll", "question", "answer", "answered_at"),
            lambda r: (show_text(r[1]), show_text(r[2]), show_text(r[3]), show_datetime(r[4])),
            lambda r: r[4],
        ),
        _Spec(
            DataCategory.MESSAGE_BOARD,
            ("board", "title", "body", "posted_at"),
            lambda r: (show_text(r[1]), show_text(r[2]), show_text(r[3]), show_datetime(r[4])),
            lambda r: r[4],
        ),
        _Spec(
            DataCategory.SUPPORT_TICKETS,
            ("opened_at", "subject", "status", "closed_at"),
            lambda r: (show_datetime(r[1]), show_text(r[2]), show_text(r[3]), show_datetime(r[4])),
            # The closing date, or the opening date of a ticket still open.
            lambda r: r[4] or r[1],
        ),
        _Spec(
            DataCategory.DISCLOSURES,
            ("recipient", "legal_basis", "categories", "disclosed_on"),
            lambda r: (show_text(r[1]), show_text(r[2]), show_text(r[3]), show_date(r[4])),
            lambda r: r[4],
        ),
    )


IDENTITY_COLUMNS: Final = ("kind", "value", "detail")


# --------------------------------------------------------------------------- the service


class LookupService:
    def __init__(
        self, ctx: ServiceContext, policy: Callable[[], RetentionPolicy] | None = None
    ) -> None:
        self._ctx = ctx
        self._policy_factory = policy

    @cached_property
    def _policy(self) -> RetentionPolicy:
        if self._policy_factory is not None:
            return self._policy_factory()
        from clb4u_desk.policies.retention import load_retention_policy

        return load_retention_policy()

    def load_profile_for_case(self, actor: Actor, case_id: int) -> CustomerProfile:
        """The profile of the customer a case is about, once the requester is verified (L1+)."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            case = uow.cases.get(case_id)
            customer_id, level = case.customer_id, case.identity_level
        if customer_id is None:
            raise IdentityNotVerifiedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This case is not linked to a customer yet. Search "
                    "for the requester and link the matching customer record to "
                    "the case first.",
                )
            )
        if (level or 0) < MIN_IDENTITY_LEVEL:
            raise IdentityNotVerifiedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The requester's identity has not been verified. "
                    "Verify it (at least level L1: registered email or a one-time "
                    "code) before looking at the records.",
                )
            )
        return self.load_profile(customer_id)

    def load_profile(self, customer_id: int) -> CustomerProfile:
        """Every record of the customer, per data category (no access check: callers do)."""
        with self._ctx.db.reader() as uow:
            customer = uow.customers.get(customer_id)
            return _ProfileLoader(uow.lookup, self._policy).load(
                customer_id, customer.reference, customer.full_name, customer.created_at
            )


class _ProfileLoader:
    def __init__(self, records: LookupRepository, policy: RetentionPolicy) -> None:
        self._records = records
        self._policy = policy

    def load(
        self, customer_id: int, reference: str, full_name: str, created_at: datetime
    ) -> CustomerProfile:
        restrictions, purposes = self._restrictions(customer_id)
        holds = self._holds(customer_id)
        built: dict[
            DataCategory, tuple[tuple[ProfileRow, ...], date | None, tuple[tuple[str, int], ...]]
        ] = {}
        built[DataCategory.IDENTITY] = self._identity(customer_id, full_name, created_at)
        for spec in _specs():
            rows = self._records.category_rows(spec.category, customer_id)
            built[spec.category] = (
                tuple(ProfileRow(row[0], spec.show(row)) for row in rows),
                self._retention(spec.category, (spec.record_date(row) for row in rows)),
                spec.breakdown(rows) if spec.breakdown else (),
            )
        identity_rows, identity_until, _ = built[DataCategory.IDENTITY]
        if self._policy[DataCategory.IDENTITY].kept_while_others_retained:
            identity_until = _latest([identity_until, *(until for _, until, _ in built.values())])
            built[DataCategory.IDENTITY] = (identity_rows, identity_until, ())
        sections = []
        for category in DataCategory:
            rows_, until, breakdown = built[category]
            columns = (
                IDENTITY_COLUMNS
                if category is DataCategory.IDENTITY
                else next(spec.columns for spec in _specs() if spec.category is category)
            )
            since = restrictions.get(category)
            hold = holds.get(category)
            sections.append(
                ProfileSection(
                    category=category,
                    columns=columns,
                    rows=rows_,
                    count=len(rows_),
                    restricted=since is not None,
                    restricted_since=since,
                    legal_hold=hold is not None,
                    legal_hold_since=hold,
                    retention_until=until,
                    breakdown=breakdown,
                )
            )
        return CustomerProfile(customer_id, reference, nfc(full_name), tuple(sections), purposes)

    def _identity(
        self, customer_id: int, full_name: str, created_at: datetime
    ) -> tuple[tuple[ProfileRow, ...], date | None, tuple[tuple[str, int], ...]]:
        rows = [ProfileRow(0, ("name", nfc(full_name), ""))]
        for row in self._records.emails(customer_id):
            rows.append(ProfileRow(row[0], ("email", row[1], "primary" if row[2] else "")))
        for phone in self._records.phones(customer_id):
            rows.append(ProfileRow(phone[0], ("phone", phone[1], show_text(phone[2]))))
        for address in self._records.addresses(customer_id):
            parts = (show_text(p) for p in address[2:7])
            rows.append(
                ProfileRow(
                    address[0], ("address", ", ".join(p for p in parts if p), show_text(address[1]))
                )
            )
        until = self._retention(DataCategory.IDENTITY, [created_at])
        return tuple(rows), until, ()

    def _retention(
        self, category: DataCategory, moments: Iterable[date | datetime | None]
    ) -> date | None:
        """The last day the latest record of ``category`` must be kept (None: no duty).

        A later record is never released earlier, so the latest record date decides
        and the rule is applied once, not per row.
        """
        rule = self._policy[category]
        if rule.years is None or rule.from_ is RetentionStart.CASE_CLOSED:
            return None
        present = [moment for moment in moments if moment is not None]
        latest = _day(max(present)) if present else None
        return None if latest is None else self._policy.until(category, latest)

    def _restrictions(
        self, customer_id: int
    ) -> tuple[dict[DataCategory, datetime], tuple[str, ...]]:
        by_category: dict[DataCategory, datetime] = {}
        purposes: set[str] = set()
        for category, purpose, since in self._records.active_restrictions(customer_id):
            if purpose:
                purposes.add(purpose)
            known = _category(category)
            if known is not None:
                by_category[known] = min(since, by_category.get(known, since))
        return by_category, tuple(sorted(purposes))

    def _holds(self, customer_id: int) -> dict[DataCategory, date]:
        found: dict[DataCategory, date] = {}
        for category, since in self._records.active_holds(customer_id):
            known = _category(category)
            if known is not None:
                found[known] = min(since, found.get(known, since))
        return found


def _category(value: str | None) -> DataCategory | None:
    try:
        return DataCategory(value) if value else None
    except ValueError:
        return None


def _latest(days: Iterable[date | None]) -> date | None:
    present = [day for day in days if day is not None]
    return max(present) if present else None


def sections_by_category(profile: CustomerProfile) -> Mapping[DataCategory, ProfileSection]:
    return {section.category: section for section in profile.sections}
