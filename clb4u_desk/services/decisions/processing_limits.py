"""What restrictions, refusals of consent and suppressions mean for processing.

A restriction (GDPR Art. 18; Law 91/2025 Art. 4) limits the data to storage: it must
not feed marketing, analytics, targeted ads or exports to third parties. A suppression
(an objection to direct marketing for a contact point, GDPR Art. 21(3)) stops marketing
to that email or phone at once, whoever it belongs to. These functions are the one
place that says so: every job that selects people for a purpose goes through
:func:`audience` (or the SQL filters below), so a new campaign cannot forget a rule.

They take the caller's session and check no permission: they reveal ids only, and
are used inside services that have checked already.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true
from sqlalchemy.orm import Session

from clb4u_desk.domain.categories import ContactChannel, DataCategory, Purpose
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from clb4u_desk.domain.phones import normalise_phone
from clb4u_desk.persistence.models import (
    Consent,
    Customer,
    CustomerEmail,
    CustomerPhone,
    Restriction,
    Suppression,
)

_ALL = frozenset(DataCategory)
_PROFILE = frozenset(
    {
        DataCategory.IDENTITY,
        DataCategory.ACCOUNT,
        DataCategory.SUBSCRIPTIONS,
        DataCategory.COMMUNICATIONS,
        DataCategory.CONSENTS,
        DataCategory.AD_SEGMENTS,
    }
)
# The categories each purpose reads. Marketing and ads address people (identity) and
# pick them by profile; statistics and product development may read anything, so a
# restriction of any category keeps the customer out of them. The service purpose is
# the contract itself: only a restriction naming it applies there.
PURPOSE_CATEGORIES: Mapping[Purpose, frozenset[DataCategory]] = MappingProxyType(
    {
        Purpose.SERVICE: frozenset(),
        Purpose.MARKETING: _PROFILE,
        Purpose.TARGETED_ADS: _PROFILE,
        Purpose.STATISTICS: _ALL,
        Purpose.PRODUCT_DEVELOPMENT: _ALL,
    }
)

EMAIL_CHANNELS = frozenset({ContactChannel.EMAIL})
PHONE_CHANNELS = frozenset(
    {
        ContactChannel.SMS,
        ContactChannel.VOICEMAIL,
        ContactChannel.PHONE,
        ContactChannel.FAX,
        ContactChannel.MOBILE,
    }
)


# --------------------------------------------------------------------------- restrictions


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


def is_restricted(
    session: Session,
    customer_id: int,
    category: DataCategory | None = None,
    purpose: Purpose | None = None,
) -> bool:
    """Whether processing ``category`` (or for ``purpose``) of the customer is restricted.

    With neither given: whether the customer has any active restriction.
    """
    found = session.execute(
        select(Restriction.id)
        .where(Restriction.customer_id == customer_id, _active(), _covers(category, purpose))
        .limit(1)
    ).first()
    return found is not None


def restricted_for(purpose: Purpose) -> ColumnElement[bool]:
    """SQL over ``Customer``: the customer has an active restriction that ``purpose`` hits."""
    return exists(
        select(Restriction.id).where(
            Restriction.customer_id == Customer.id, _active(), _covers(None, purpose)
        )
    )


def restricted_categories(session: Session, customer_id: int) -> frozenset[DataCategory]:
    """The categories of the customer that are restricted (all of them for a blanket row)."""
    rows = session.execute(
        select(Restriction.category, Restriction.purpose).where(
            Restriction.customer_id == customer_id, _active()
        )
    ).all()
    found: set[DataCategory] = set()
    for category, purpose in rows:
        if category is None and purpose is None:
            return _ALL
        if category is not None:
            found.add(DataCategory(category))
    return frozenset(found)


def exportable_categories(
    session: Session, customer_id: int, categories: Iterable[DataCategory]
) -> list[DataCategory]:
    """The categories that may go to a third party: restricted ones stay behind."""
    restricted = restricted_categories(session, customer_id)
    return [category for category in categories if category not in restricted]


def third_party_export_audience(session: Session, category: DataCategory) -> list[int]:
    """Customers whose ``category`` may be exported to a third party (active, unrestricted)."""
    blocked = exists(
        select(Restriction.id).where(
            Restriction.customer_id == Customer.id, _active(), _covers(category, None)
        )
    )
    return list(
        session.execute(
            select(Customer.id).where(Customer.status == "active", ~blocked).order_by(Customer.id)
        ).scalars()
    )


# --------------------------------------------------------------------------- suppressions


def contact_key(channel: ContactChannel, raw: str) -> str:
    """The key a contact point is suppressed under: lower-cased email, or E.164 phone."""
    if channel in EMAIL_CHANNELS:
        key = raw.strip().lower()
        if "@" not in key:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That is not an email address."))
        return key
    if channel in PHONE_CHANNELS:
        e164 = normalise_phone(raw)
        if e164 is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "That is not a phone number."))
        return e164
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "A {channel} contact point cannot be suppressed on its own; "
            "record an objection on the customer's record instead.",
        ),
        channel=channel.value,
    )


def is_suppressed(
    session: Session,
    contact_key: str,
    channel: ContactChannel,
    purpose: Purpose = Purpose.MARKETING,
) -> bool:
    found = session.execute(
        select(Suppression.id)
        .where(
            Suppression.contact_key == contact_key,
            Suppression.channel == channel.value,
            Suppression.purpose == purpose.value,
        )
        .limit(1)
    ).first()
    return found is not None


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


# --------------------------------------------------------------------------- audiences


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


def audience(session: Session, purpose: Purpose, channel: ContactChannel) -> list[int]:
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
    return list(session.execute(query).scalars())


def marketing_audience(session: Session, channel: ContactChannel) -> list[int]:
    """Who a marketing campaign over ``channel`` may reach."""
    return audience(session, Purpose.MARKETING, channel)


def analytics_population(session: Session) -> list[int]:
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
    return list(session.execute(query).scalars())
