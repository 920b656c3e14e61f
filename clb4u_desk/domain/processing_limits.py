"""What restrictions and suppressions cover: the categories each purpose reads, and the
key a contact point is suppressed under.

A restriction (GDPR Art. 18; Law 91/2025 Art. 4) limits the data to storage: it must
not feed marketing, analytics, targeted ads or exports to third parties. A suppression
(an objection to direct marketing for a contact point, GDPR Art. 21(3)) stops marketing
to that email or phone at once, whoever it belongs to. The queries that apply these
rules are ``persistence/repositories/processing_limits.py`` (``uow.limits``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from clb4u_desk.domain.categories import ContactChannel, DataCategory, Purpose
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from clb4u_desk.domain.phones import normalise_phone

ALL_CATEGORIES = frozenset(DataCategory)
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
        Purpose.STATISTICS: ALL_CATEGORIES,
        Purpose.PRODUCT_DEVELOPMENT: ALL_CATEGORIES,
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
