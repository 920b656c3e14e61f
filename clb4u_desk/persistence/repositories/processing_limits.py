"""What restrictions, refusals of consent and suppressions mean for processing, in SQL.

This repository (``uow.limits``) is the one place that says so: every job that selects
people for a purpose goes through :meth:`ProcessingLimitRepository.audience` (or the SQL
filters below), so a new campaign cannot forget a rule. The rules themselves (which
categories a purpose reads, how a contact point is keyed) are
:mod:`clb4u_desk.domain.processing_limits`.

It checks no permission: it reveals ids only, and is used inside services that have
checked already.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true

from clb4u_desk.domain.categories import ContactChannel, DataCategory, Purpose
from clb4u_desk.domain.processing_limits import (
    ALL_CATEGORIES,
    EMAIL_CHANNELS,
    PHONE_CHANNELS,
    PURPOSE_CATEGORIES,
)
from clb4u_desk.persistence.models import (
    Consent,
    Customer,
    CustomerEmail,
    CustomerPhone,
    Restriction,
    Suppression,
)
from clb4u_desk.persistence.repositories.base import Repository

# --------------------------------------------------------------------------- SQL filters


def _active() -> ColumnElement[bool]:
    return Restriction.lifted_at.is_(None)


def _covers(category: DataCategory | None, purpose: Purpose | None) -> ColumnElement[bool]:
    """A restriction row applies: it names the category or purpose, or names neither (all)."""
    everything = and_(Restriction.category.is_(None), Restriction.purpose.is_(None))
    named: list[ColumnElement[bool]] = [everything]
    if category is not None:
        named.append(Restriction.category == category.value)
    if purpose is not None:
        named.append(Restriction.purpose == purpose.value)
        categories = PURPOSE_CATEGORIES[purpose]
        if categories:
            named.append(Restriction.category.in_(sorted(c.value for c in categories)))
    if category is None and purpose is None:
        return true()  # any active restriction at all
    return or_(*named)


def restricted_for(purpose: Purpose) -> ColumnElement[bool]:
    """SQL over ``Customer``: the customer has an active restriction that ``purpose`` hits."""
    return exists(
        select(Restriction.id).where(
            Restriction.customer_id == Customer.id, _active(), _covers(None, purpose)
        )
    )


def suppressed_on(channel: ContactChannel, purpose: Purpose) -> ColumnElement[bool]:
    """SQL over ``Customer``: one of the customer's contact points for ``channel`` is suppressed."""
    keys = select(Suppression.contact_key).where(
        Suppression.channel == channel.value, Suppression.purpose == purpose.value
    )
    if channel in EMAIL_CHANNELS:
        return exists(
            select(CustomerEmail.id).where(
                CustomerEmail.customer_id == Customer.id, CustomerEmail.email.in_(keys)
            )
        )
    if channel in PHONE_CHANNELS:
        return exists(
            select(CustomerPhone.id).where(
                CustomerPhone.customer_id == Customer.id, CustomerPhone.phone_e164.in_(keys)
            )
        )
    return false()


def consented(purpose: Purpose, channel: ContactChannel) -> ColumnElement[bool]:
    """SQL over ``Customer``: consent was given for ``purpose`` over ``channel`` and never refused.

    Silence is not consent, and any recorded refusal wins over an older or newer grant
    in the same table: when the history is unclear, the customer is left out.
    """

    def row(granted: bool) -> ColumnElement[bool]:
        return exists(
            select(Consent.id).where(
                Consent.customer_id == Customer.id,
                Consent.purpose == purpose.value,
                Consent.channel == channel.value,
                Consent.granted.is_(granted),
            )
        )

    return and_(row(True), ~row(False))


# --------------------------------------------------------------------------- the repository


class ProcessingLimitRepository(Repository):
    # -- restrictions

    def is_restricted(
        self,
        customer_id: int,
        category: DataCategory | None = None,
        purpose: Purpose | None = None,
    ) -> bool:
        """Whether processing ``category`` (or for ``purpose``) of the customer is restricted.

        With neither given: whether the customer has any active restriction.
        """
        found = self._session.execute(
            select(Restriction.id)
            .where(Restriction.customer_id == customer_id, _active(), _covers(category, purpose))
            .limit(1)
        ).first()
        return found is not None

    def restricted_categories(self, customer_id: int) -> frozenset[DataCategory]:
        """The categories of the customer that are restricted (all of them for a blanket row)."""
        rows = self._session.execute(
            select(Restriction.category, Restriction.purpose).where(
                Restriction.customer_id == customer_id, _active()
            )
        ).all()
        found: set[DataCategory] = set()
        for category, purpose in rows:
            if category is None and purpose is None:
                return ALL_CATEGORIES
            if category is not None:
                found.add(DataCategory(category))
        return frozenset(found)

    def exportable_categories(
        self, customer_id: int, categories: Iterable[DataCategory]
    ) -> list[DataCategory]:
        """The categories that may go to a third party: restricted ones stay behind."""
        restricted = self.restricted_categories(customer_id)
        return [category for category in categories if category not in restricted]

    def third_party_export_audience(self, category: DataCategory) -> list[int]:
        """Customers whose ``category`` may be exported to a third party (active, unrestricted)."""
        blocked = exists(
            select(Restriction.id).where(
                Restriction.customer_id == Customer.id, _active(), _covers(category, None)
            )
        )
        return list(
            self._session.execute(
                select(Customer.id)
                .where(Customer.status == "active", ~blocked)
                .order_by(Customer.id)
            ).scalars()
        )

    # -- suppressions

    def is_suppressed(
        self, contact_key: str, channel: ContactChannel, purpose: Purpose = Purpose.MARKETING
    ) -> bool:
        found = self._session.execute(
            select(Suppression.id)
            .where(
                Suppression.contact_key == contact_key,
                Suppression.channel == channel.value,
                Suppression.purpose == purpose.value,
            )
            .limit(1)
        ).first()
        return found is not None

    # -- audiences

    def audience(self, purpose: Purpose, channel: ContactChannel) -> list[int]:
        """The customers who may be contacted (or counted) for ``purpose`` over ``channel``."""
        query = (
            select(Customer.id)
            .where(
                Customer.status == "active",
                consented(purpose, channel),
                ~restricted_for(purpose),
                ~suppressed_on(channel, purpose),
            )
            .order_by(Customer.id)
        )
        return list(self._session.execute(query).scalars())

    def marketing_audience(self, channel: ContactChannel) -> list[int]:
        """Who a marketing campaign over ``channel`` may reach."""
        return self.audience(Purpose.MARKETING, channel)

    def analytics_population(self) -> list[int]:
        """Who statistical analysis may include (consent to statistics given by any channel)."""
        query = (
            select(Customer.id)
            .where(
                Customer.status == "active",
                or_(*(consented(Purpose.STATISTICS, channel) for channel in ContactChannel)),
                ~restricted_for(Purpose.STATISTICS),
            )
            .order_by(Customer.id)
        )
        return list(self._session.execute(query).scalars())
