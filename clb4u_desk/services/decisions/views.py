"""What the decision services take and return: frozen DTOs, no ORM objects.

Values that can be personal data (before/after values, contact points, reasons) are
left out of ``repr``, so a DTO in a traceback or a log line reveals nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one record to correct: ``FieldChange("customer_emails", 12, "email", "…")``.

    ``table`` is a record table (customers, customer_emails, customer_phones,
    customer_addresses); a blank ``new_value`` clears an optional field.
    """

    table: str
    record_id: int
    field: str
    new_value: str | None = _field(repr=False)


@dataclass(frozen=True, slots=True)
class RectificationPreview:
    """Before and after of one field, as the agent confirms it.

    ``key`` names the record in ``expected_versions`` and ``version`` is the version
    seen now: pass ``{preview.key: preview.version}`` back to ``rectify``.
    """

    key: str
    table: str
    record_id: int
    field: str
    label_vi: str
    label_en: str
    category: str
    before: str | None = _field(repr=False)
    after: str | None = _field(repr=False)
    changed: bool
    contact_data: bool
    version: int


@dataclass(frozen=True, slots=True)
class RecipientToTell:
    """A recipient the data went to, who must be told of a correction or restriction
    (GDPR Art. 19). Recipients are companies, not people."""

    disclosure_id: int
    recipient: str
    legal_basis: str
    categories: tuple[str, ...]
    disclosed_on: date


@dataclass(frozen=True, slots=True)
class AppliedChange:
    key: str
    table: str
    record_id: int
    field: str
    category: str
    new_version: int


@dataclass(frozen=True, slots=True)
class RectificationResult:
    case_id: int
    applied: tuple[AppliedChange, ...]
    categories: tuple[str, ...]
    recipients: tuple[RecipientToTell, ...]  # to tell, then record_recipient_notified


@dataclass(frozen=True, slots=True)
class NotificationRecorded:
    disclosure_id: int
    channel: str
    about: str
    at: datetime


@dataclass(frozen=True, slots=True)
class RestrictionView:
    id: int
    customer_id: int
    category: str | None
    purpose: str | None
    reason: str = _field(repr=False)
    since: datetime
    lifted_at: datetime | None
    case_id: int | None
    version: int


@dataclass(frozen=True, slots=True)
class RestrictionResult:
    created: tuple[RestrictionView, ...]
    already_active: tuple[RestrictionView, ...]  # asked for, but restricted already
    recipients: tuple[RecipientToTell, ...]
    case_version: int  # the case's version after the change: the next call's expected_version


@dataclass(frozen=True, slots=True)
class ConsentChangeResult:
    """Consent refused for every (purpose, channel) pair: rows changed, added, or already so."""

    purposes: tuple[str, ...]
    channels: tuple[str, ...]
    refused_now: int  # granted rows set to refused
    recorded: int  # refusals added where no row existed, so the refusal is on record
    already_refused: int
    case_version: int


@dataclass(frozen=True, slots=True)
class SuppressionView:
    id: int
    contact_key: str = _field(repr=False)  # lower-cased email or E.164 phone
    channel: str
    purpose: str
    since: datetime
    case_id: int | None
    already_suppressed: bool
    case_version: int


@dataclass(frozen=True, slots=True)
class RefusalProposal:
    approval_id: int
    approval_version: int
    item_id: int
    text_vi: str = _field(repr=False)  # what the requester will be sent, complaint route included
    text_en: str = _field(repr=False)
    complaint_routes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExtensionProposal:
    approval_id: int
    approval_version: int
    item_id: int
    previous_due: date | None
    proposed_due: date
    notice_vi: str = _field(repr=False)
    notice_en: str = _field(repr=False)
