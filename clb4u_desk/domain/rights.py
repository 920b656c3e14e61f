"""The rights a requester can ask for, and the legal regimes that govern them."""

from __future__ import annotations

from enum import StrEnum


class Right(StrEnum):
    """One right asked for in a request; a case holds one request item per right."""

    ACCESS = "access"
    COPY = "copy"  # an electronic copy to take elsewhere (portability)
    RECTIFICATION = "rectification"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    ERASURE = "erasure"
    CONSENT_WITHDRAWAL = "consent_withdrawal"


class Regime(StrEnum):
    """A legal regime whose deadlines apply to a request; the strictest applicable wins."""

    VN = "vn"  # Law 91/2025/QH15 and Decree 356/2025, the default
    GDPR = "gdpr"  # EU residents
    CCPA = "ccpa"  # California residents


class Channel(StrEnum):
    """How a request reached the company."""

    EMAIL = "email"
    PHONE = "phone"
    POST = "post"
    WALK_IN = "walk_in"
    FAX = "fax"
