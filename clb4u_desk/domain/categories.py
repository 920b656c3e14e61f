"""The categories of personal data CLB4U holds (privacy policy, section 3)."""

from __future__ import annotations

from enum import StrEnum


class DataCategory(StrEnum):
    """A category of records; restriction, legal holds, retention and erasure work per category."""

    IDENTITY = "identity"  # name, address, phones, emails
    ACCOUNT = "account"  # registration and demographics
    SUBSCRIPTIONS = "subscriptions"  # webinars, workshops, materials
    INVOICES = "invoices"  # orders and invoices (accounting vouchers)
    PAYMENT_METHODS = "payment_methods"  # brand, last 4, expiry, processor token
    PAYMENTS = "payments"
    COMMUNICATIONS = "communications"
    CONSENTS = "consents"
    AD_SEGMENTS = "ad_segments"
    POLLS = "polls"
    MESSAGE_BOARD = "message_board"
    SUPPORT_TICKETS = "support_tickets"
    DISCLOSURES = "disclosures"


class Purpose(StrEnum):
    """A purpose of processing that consent is given or withdrawn for."""

    SERVICE = "service"
    STATISTICS = "statistics"
    MARKETING = "marketing"
    TARGETED_ADS = "targeted_ads"
    PRODUCT_DEVELOPMENT = "product_development"


class ContactChannel(StrEnum):
    """A channel the company communicates over (and that consent can cover)."""

    EMAIL = "email"
    SMS = "sms"
    VOICEMAIL = "voicemail"
    PHONE = "phone"
    FAX = "fax"
    MOBILE = "mobile"
    POST = "post"


# The categories' names in both languages are in the label table (domain/labels.py).
