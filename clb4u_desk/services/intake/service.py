"""Taking a request in: a new case from a form (phone, post, walk-in) or from an .eml file.

One unit of work per call: the case, its items (one per right, each with its own due
date from the deadline engine), its attachments, the reference counter and the
``case_received`` log entry commit together or not at all. References are
``DSR-YYYY-NNNNNN``, gap-free per year: the counter row is locked (FOR UPDATE on
PostgreSQL; SQLite write transactions are exclusive already) and rolled back with
everything else when anything fails.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from clb4u_desk.adapters.eml import DateNote, ParsedEmail, parse_eml, sanitize_filename
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cards import redact_card_numbers
from clb4u_desk.domain.cases import CaseState, Permission, case_reference
from clb4u_desk.domain.deadlines import ItemDeadline
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from clb4u_desk.domain.free_text import checked_text, line, note, optional_text
from clb4u_desk.domain.language import Language
from clb4u_desk.domain.phones import normalise_phone
from clb4u_desk.domain.rights import Channel, Regime, Right
from clb4u_desk.domain.rights_suggest import RightSuggestion, suggest_rights
from clb4u_desk.domain.text import nfc
from clb4u_desk.persistence.models import Attachment, Case, RequestItem
from clb4u_desk.persistence.repositories import THE_CASE, RelatedCase, stale_as_concurrent
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.services.authz import SYSTEM, require_permission
from clb4u_desk.services.cases.deadlines import DeadlineRules, parse_regimes, regimes_text
from clb4u_desk.services.context import ServiceContext

ORIGINAL_EMAIL_NAME = "original-email.eml"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
# A receipt time a little ahead of our clock is a skewed clock; more is a typing error.
_FUTURE_TOLERANCE = timedelta(days=1)
_LIMITS = {"requester_name": 200, "address": 400}


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True, repr=False)
class NewAttachment:
    """A file that came with the request. ``display_name`` is shown only, never a path."""

    display_name: str
    content_type: str
    data: bytes

    def __repr__(self) -> str:  # the name and content can be personal data
        return f"NewAttachment(content_type={self.content_type!r}, size={len(self.data)})"


@dataclass(frozen=True, slots=True, repr=False)
class NewCase:
    """A request as taken in. At least one right and one contact point are needed."""

    channel: Channel
    received_at: datetime  # aware
    requester_name: str
    rights: Sequence[Right]
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    language: Language = "vi"
    third_party: frozenset[Right] = frozenset()  # rights where a processor/third party acts
    eu_resident: bool = False
    california_resident: bool = False
    via_representative: bool = False
    notes: str | None = None
    attachments: Sequence[NewAttachment] = ()

    def __repr__(self) -> str:  # no personal data in logs or tracebacks
        rights = ",".join(right.value for right in self.rights)
        return f"NewCase(channel={self.channel.value!r}, rights={rights!r})"


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class ItemSummary:
    id: int
    right: Right
    third_party: bool
    due_on: date
    base_due_on: date
    regime: Regime  # whose period gave the due date (the strictest)
    notes: tuple[str, ...]  # reminders from the rules, e.g. GDPR's absolute objection


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: int
    reference: str
    state: CaseState
    channel: Channel
    received_at: datetime
    regimes: tuple[Regime, ...]
    items: tuple[ItemSummary, ...]
    due_on: date | None  # earliest item due date
    acknowledge_by: date  # VN: 2 working days, capped at the earliest item due date
    attachments: int
    related: tuple[RelatedCase, ...]  # same contact point within 30 days: link them?
    warnings: tuple[str, ...]  # for the agent, e.g. "the email had no Date"
    version: int

    @property
    def related_references(self) -> tuple[str, ...]:
        return tuple(case.reference for case in self.related)


@dataclass(frozen=True, slots=True)
class AttachmentPreview:
    display_name: str  # sanitised; never a path
    content_type: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True, repr=False)
class EmailPreview:
    """What an .eml holds, for the agent to confirm the rights before the case is made."""

    requester_name: str
    requester_email: str
    subject: str
    body_text: str
    received_at: datetime  # the Date header, or the import time (see date_note)
    date_note: DateNote | None  # why the import time was used, if it was
    language: Language
    suggestions: tuple[RightSuggestion, ...]
    attachments: tuple[AttachmentPreview, ...]
    forwarded: bool

    @property
    def suggested_rights(self) -> tuple[Right, ...]:
        return tuple(suggestion.right for suggestion in self.suggestions)

    def __repr__(self) -> str:
        return f"EmailPreview(attachments={len(self.attachments)}, date_note={self.date_note!r})"


@dataclass(frozen=True, slots=True)
class ImportedAs:
    """The case an email was already imported as."""

    case_id: int
    reference: str


@dataclass(frozen=True, slots=True)
class CaseFromEmail:
    case: CaseSummary
    email: EmailPreview
    rights: tuple[Right, ...]  # the rights the case was opened with
    date_note_text: str | None = field(default=None)  # the date note as a sentence


def third_party_not_asked(third_party: frozenset[Right], rights: Sequence[Right]) -> str:
    """The rights marked as needing a processor or third party that are not asked for,
    comma-separated (empty when there are none)."""
    return ", ".join(right.value for right in Right if right in third_party and right not in rights)


def date_note_text(note: DateNote | None) -> str | None:
    if note is DateNote.MISSING:
        return "The email has no Date; the time of import was taken as the time of receipt."
    if note is DateNote.IMPOSSIBLE:
        return (
            "The email's Date is unreadable or impossible; the time of import was taken "
            "as the time of receipt."
        )
    return None


# --------------------------------------------------------------------------- service


class IntakeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._rules: DeadlineRules | None = None

    @property
    def rules(self) -> DeadlineRules:
        if self._rules is None:
            self._rules = DeadlineRules.load(self._ctx.settings)
        return self._rules

    # -- form

    def create_case(self, actor: Actor, new: NewCase) -> CaseSummary:
        """Open a case (state ``received``) with one item per right."""
        require_permission(actor, Permission.HANDLE_CASE)
        new = typed_request(new)
        with self._ctx.db.uow() as uow:
            summary = self._create(uow, actor, new, source="form")
            uow.commit()
        return summary

    # -- email

    def imported_as(self, actor: Actor, data: bytes) -> ImportedAs | None:
        """The case this .eml was already imported as (same Message-ID, or the same bytes
        when it has none), or None. Not an email: ValidationError."""
        require_permission(actor, Permission.HANDLE_CASE)
        key = email_source_key(parse_eml(data, received_fallback=self._ctx.clock()), data)
        with self._ctx.db.reader() as uow:
            found = uow.intake.case_from_source(key)
        return None if found is None else ImportedAs(*found)

    def preview_eml(self, data: bytes) -> EmailPreview:
        """Parse an .eml and suggest rights; writes nothing. Not an email: ValidationError."""
        return _preview(parse_eml(data, received_fallback=self._ctx.clock()))

    def create_case_from_eml(
        self,
        actor: Actor,
        data: bytes,
        *,
        rights: Sequence[Right] | None = None,
        third_party: frozenset[Right] = frozenset(),
        eu_resident: bool = False,
        california_resident: bool = False,
    ) -> CaseFromEmail:
        """A case from one .eml file; ``rights=None`` takes the suggested rights."""
        return self.create_cases_from_eml(
            actor,
            [data],
            rights=rights,
            third_party=third_party,
            eu_resident=eu_resident,
            california_resident=california_resident,
        )[0]

    def create_cases_from_eml(
        self,
        actor: Actor,
        files: Sequence[bytes],
        *,
        rights: Sequence[Right] | None = None,
        third_party: frozenset[Right] = frozenset(),
        eu_resident: bool = False,
        california_resident: bool = False,
    ) -> list[CaseFromEmail]:
        """Cases from several .eml files, all or none: every file is parsed first, and
        the cases are written in one unit of work.

        Raises ``EmlImportError`` (a ValidationError) naming the position of the first
        file that is not an email or asks for no recognisable right, and its subclass
        ``AlreadyImportedError`` for the first file imported before (or twice here).
        """
        require_permission(actor, Permission.HANDLE_CASE)
        parsed = [self._parse_one(index, data) for index, data in enumerate(files)]
        plans = [
            (email, preview, self._rights_for(index, preview, rights, third_party))
            for index, (email, preview) in enumerate(parsed)
        ]
        results: list[CaseFromEmail] = []
        with self._ctx.db.uow() as uow:
            keys = _unique_sources(
                uow, [(email, data) for (email, _), data in zip(parsed, files, strict=True)]
            )
            for (email, preview, chosen), data, key in zip(plans, files, keys, strict=True):
                new = _new_case_from_email(
                    email, data, chosen, third_party, eu_resident, california_resident
                )
                summary = self._create(
                    uow, actor, new, source="eml", date_note=preview.date_note, source_key=key
                )
                results.append(
                    CaseFromEmail(
                        summary, preview, tuple(chosen), date_note_text(preview.date_note)
                    )
                )
            uow.commit()
        return results

    def _parse_one(self, index: int, data: bytes) -> tuple[ParsedEmail, EmailPreview]:
        try:
            email = parse_eml(data, received_fallback=self._ctx.clock())
        except ValidationError as error:
            raise EmlImportError(index, error.template, **error.params) from None
        return email, _preview(email)

    @staticmethod
    def _rights_for(
        index: int,
        preview: EmailPreview,
        rights: Sequence[Right] | None,
        third_party: frozenset[Right] = frozenset(),
    ) -> list[Right]:
        chosen = list(rights) if rights is not None else list(preview.suggested_rights)
        if not chosen:
            raise EmlImportError(
                index,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "No right could be recognised in the email; choose "
                    "the rights asked for and import it again.",
                ),
            )
        if extra := third_party_not_asked(third_party, chosen):
            raise EmlImportError(
                index,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A processor or third party is marked for {extra}, "
                    "which the email does not ask for; choose the rights asked "
                    "for and import it again.",
                ),
                extra=extra,
            )
        return chosen

    # -- related requests

    def link_related(
        self, actor: Actor, case_id: int, related_case_id: int, expected_version: int
    ) -> None:
        """Record that ``case_id`` belongs with an earlier (or later) request."""
        require_permission(actor, Permission.HANDLE_CASE)
        if case_id == related_case_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A case cannot be related to itself.")
            )
        with self._ctx.db.uow() as uow, stale_as_concurrent(THE_CASE):
            case = uow.cases.changing(case_id, expected_version)
            try:
                other = uow.cases.get(related_case_id)
            except NotFoundError:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "The related case does not exist.")
                ) from None
            case.related_case_id = other.id
            uow.cases.flush()
            uow.log.append(
                actor=actor,
                action="case_linked",
                case_reference=case.reference,
                details={"related_case": other.reference},
                now=self._ctx.clock(),
            )
            uow.commit()

    # -- the unit of work

    def _create(
        self,
        uow: UnitOfWork,
        actor: Actor,
        new: NewCase,
        *,
        source: str,
        date_note: DateNote | None = None,
        source_key: str | None = None,
    ) -> CaseSummary:
        now = self._ctx.clock()
        checked = _checked(new, now)
        year = self.rules.today(now).year
        reference = case_reference(year, uow.intake.next_number(year))
        contact_key = checked.email or checked.phone
        case = Case(
            reference=reference,
            channel=new.channel.value,
            received_at=new.received_at,
            requester_name=checked.name,
            requester_email=checked.email,
            requester_phone=checked.phone,
            requester_address=checked.address,
            requester_language=new.language,
            contact_key=contact_key,
            regimes=regimes_text(_regimes(new)),
            state=CaseState.RECEIVED.value,
            identity_level=0,
            via_representative=new.via_representative,
            created_by_id=_account_id(actor),
            notes=checked.notes,
        )
        case.source_key = source_key
        uow.cases.add(case)
        uow.cases.flush()
        items = [
            self._add_item(uow, case, right, right in new.third_party) for right in checked.rights
        ]
        case.due_on = min(deadline.due for _, deadline in items if deadline.due is not None)
        for position, attachment in enumerate(new.attachments, start=1):
            uow.cases.add(_attachment(case.id, attachment, position, now))
        uow.cases.flush()
        related = uow.cases.related(contact_key, new.received_at, exclude_id=case.id)
        acknowledge_by = self.rules.acknowledge_by(case, [item for item, _ in items])
        warnings = _warnings(items, date_note, _shortened_name(new.requester_name))
        uow.log.append(
            actor=actor,
            action="case_received",
            case_reference=reference,
            details={
                "source": source,
                "channel": new.channel.value,
                "rights": [right.value for right in checked.rights],
                "third_party": sorted(right.value for right in new.third_party),
                "regimes": sorted(regime.value for regime in parse_regimes(case.regimes)),
                "due": {item.right: item.due_on.isoformat() for item, _ in items},
                "acknowledge_by": acknowledge_by.isoformat(),
                "attachments": len(new.attachments),
                "related_cases": [other.reference for other in related],
                "date_note": date_note.value if date_note else None,
                "language": new.language,
            },
            now=now,
        )
        return _summary(case, items, acknowledge_by, len(new.attachments), related, warnings)

    def _add_item(
        self, uow: UnitOfWork, case: Case, right: Right, third_party: bool
    ) -> tuple[RequestItem, ItemDeadline]:
        item = RequestItem(
            case_id=case.id,
            right=right.value,
            third_party=third_party,
            outcome="pending",
            paused_days=0,
            extended=False,
        )
        deadline = self.rules.compute(case, item)
        if deadline.due is None or deadline.regime is None:  # no pauses yet: cannot happen
            raise AssertionError("a new item's clock is running")
        item.due_on = deadline.due
        self.rules.store(item, deadline)
        uow.cases.add(item)
        return item, deadline


class EmlImportError(ValidationError):
    """One file of an import is not usable; ``index`` is its position in the call."""

    def __init__(self, index: int, template: str, /, **params: object) -> None:
        super().__init__(template, **params)
        self.index = index


class AlreadyImportedError(EmlImportError):
    """The file at ``index`` is an email already imported (``reference``; ``case_id`` is
    None when it is a second copy within the same import)."""

    def __init__(self, index: int, reference: str | None, case_id: int | None) -> None:
        if reference is None:
            super().__init__(
                index,
                QT_TRANSLATE_NOOP("errors", "The same email is given twice; import it once."),
            )
        else:
            super().__init__(
                index,
                QT_TRANSLATE_NOOP("errors", "This email is already case {reference}."),
                reference=reference,
            )
        self.reference = reference
        self.case_id = case_id


# --------------------------------------------------------------------------- helpers

# The texts an agent types into the form, named in the messages that refuse them.
_NAME = line(
    QT_TRANSLATE_NOOP("errors", "The requester's name"), _LIMITS["requester_name"], required=False
)
_ADDRESS = line(
    QT_TRANSLATE_NOOP("errors", "The postal address"), _LIMITS["address"], required=False
)
_NOTES = note(QT_TRANSLATE_NOOP("errors", "The notes"), required=False)


def typed_request(new: NewCase) -> NewCase:
    """The request with its typed texts checked by the free-text policy: too long or
    holding a card number is refused, naming the field and its limit (never cut)."""
    return replace(
        new,
        requester_name=checked_text(new.requester_name, _NAME),
        address=optional_text(new.address, _ADDRESS),
        notes=optional_text(new.notes, _NOTES),
    )


def email_source_key(email: ParsedEmail, data: bytes) -> str:
    """What identifies an email across imports: its Message-ID (white space aside), or
    its bytes when it has none. Hashed, so no address is stored twice or in an index."""
    message_id = " ".join((email.message_id or "").split())
    if message_id:
        return "mid:" + hashlib.sha256(message_id.encode("utf-8")).hexdigest()
    return "raw:" + hashlib.sha256(data).hexdigest()


def _unique_sources(uow: UnitOfWork, emails: Sequence[tuple[ParsedEmail, bytes]]) -> list[str]:
    """The source key of each email; AlreadyImportedError for the first one seen before."""
    keys: list[str] = []
    for index, (email, data) in enumerate(emails):
        key = email_source_key(email, data)
        if key in keys:
            raise AlreadyImportedError(index, None, None)
        if (found := uow.intake.case_from_source(key)) is not None:
            raise AlreadyImportedError(index, found[1], found[0])
        keys.append(key)
    return keys


def _account_id(actor: Actor) -> int | None:
    """The actor's account for foreign keys; the system actor has none."""
    return None if actor.role == SYSTEM else actor.account_id


@dataclass(frozen=True, slots=True)
class _Checked:
    name: str
    email: str | None
    phone: str | None
    address: str | None
    notes: str | None
    rights: tuple[Right, ...]


def _text(value: str | None, limit: int | None = None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(nfc(value).split())
    if limit is not None and len(cleaned) > limit:
        cleaned = cleaned[:limit].rstrip()
    return cleaned or None


def _checked(new: NewCase, now: datetime) -> _Checked:
    """The request's fields cleaned and checked; messages never repeat the values."""
    if new.received_at.tzinfo is None or new.received_at.utcoffset() is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The time of receipt must carry its time zone.")
        )
    if new.received_at > now + _FUTURE_TOLERANCE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The time of receipt lies in the future.")
        )
    if new.language not in ("vi", "en"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The requester's language must be Vietnamese (vi) or English (en)."
            )
        )
    rights = tuple(dict.fromkeys(new.rights))  # each right once, in the order asked
    if not rights:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose at least one right the requester asks for.")
        )
    if extra := third_party_not_asked(new.third_party, rights):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A processor or third party is marked for {extra}, "
                "which the request does not ask for; mark only rights asked for.",
            ),
            extra=extra,
        )
    email = _text(new.email)
    if email is not None:
        email = email.lower()
        if len(email) > 254 or not _EMAIL.match(email):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The email address is not valid."))
    phone = None
    if _text(new.phone):
        phone = normalise_phone(new.phone or "")
        if phone is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The phone number is not valid."))
    address = _text(new.address, _LIMITS["address"])
    if not (email or phone or address):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Give at least one way to reach the requester: email, phone or postal address.",
            )
        )
    notes = nfc(new.notes).strip() if new.notes else None
    name = _text(new.requester_name, _LIMITS["requester_name"]) or ""
    return _Checked(name, email, phone, address, notes or None, rights)


def _regimes(new: NewCase) -> set[Regime]:
    regimes = {Regime.VN}
    if new.eu_resident:
        regimes.add(Regime.GDPR)
    if new.california_resident:
        regimes.add(Regime.CCPA)
    return regimes


def _attachment(
    case_id: int, attachment: NewAttachment, position: int, now: datetime
) -> Attachment:
    # The hash and size are computed here, from the bytes stored, not taken on trust.
    return Attachment(
        case_id=case_id,
        display_name=sanitize_filename(attachment.display_name, attachment.content_type, position),
        content_type=(attachment.content_type or "application/octet-stream")[:120],
        size=len(attachment.data),
        sha256=hashlib.sha256(attachment.data).hexdigest(),
        content=attachment.data,
        added_at=now,
    )


def _shortened_name(name: str | None) -> int | None:
    """The length of a requester's name that is kept shortened (only an email's sender
    name can be: a typed name over the limit is refused before this)."""
    length = len(" ".join(nfc(name).split())) if name else 0
    return length if length > _LIMITS["requester_name"] else None


def _warnings(
    items: list[tuple[RequestItem, ItemDeadline]],
    date_note: DateNote | None,
    shortened_name: int | None = None,
) -> tuple[str, ...]:
    warnings = [text] if (text := date_note_text(date_note)) else []
    if shortened_name is not None:
        warnings.append(
            f"The sender's name is {shortened_name} characters long; the case keeps its "
            f"first {_LIMITS['requester_name']}. The original email is attached."
        )
    if not all(deadline.holidays_known for _, deadline in items):
        warnings.append(
            "A due date lies outside the years of the holiday table; public "
            "holidays were not taken into account for it."
        )
    return tuple(warnings)


def _summary(
    case: Case,
    items: list[tuple[RequestItem, ItemDeadline]],
    acknowledge_by: date,
    attachments: int,
    related: list[RelatedCase],
    warnings: tuple[str, ...],
) -> CaseSummary:
    return CaseSummary(
        id=case.id,
        reference=case.reference,
        state=CaseState(case.state),
        channel=Channel(case.channel),
        received_at=case.received_at,
        regimes=tuple(sorted(parse_regimes(case.regimes), key=_regime_rank)),
        items=tuple(
            ItemSummary(
                id=item.id,
                right=Right(item.right),
                third_party=item.third_party,
                due_on=item.due_on,
                base_due_on=item.base_due_on,
                regime=Regime(item.regime_applied),
                notes=deadline.notes,
            )
            for item, deadline in items
        ),
        due_on=case.due_on,
        acknowledge_by=acknowledge_by,
        attachments=attachments,
        related=tuple(related),
        warnings=warnings,
        version=case.version,
    )


def _regime_rank(regime: Regime) -> int:
    return list(Regime).index(regime)


def _preview(email: ParsedEmail) -> EmailPreview:
    return EmailPreview(
        requester_name=email.from_name,
        requester_email=email.from_address,
        subject=email.subject,
        body_text=email.body_text,
        received_at=email.date,
        date_note=email.date_note,
        language=email.language,
        suggestions=tuple(suggest_rights(email.subject, email.body_text)),
        attachments=tuple(
            AttachmentPreview(a.display_name, a.content_type, a.size, a.sha256)
            for a in email.attachments
        ),
        forwarded=email.forwarded,
    )


def _new_case_from_email(
    email: ParsedEmail,
    data: bytes,
    rights: Sequence[Right],
    third_party: frozenset[Right],
    eu_resident: bool,
    california_resident: bool,
) -> NewCase:
    # The original message is kept too: it is the request itself, and the evidence of
    # what was asked and when.
    original = NewAttachment(ORIGINAL_EMAIL_NAME, "message/rfc822", data)
    files = [NewAttachment(a.display_name, a.content_type, a.data) for a in email.attachments]
    # The note is the agents' working copy of the request: a card number a requester
    # typed into their email is not repeated there (the original stays attached).
    notes = redact_card_numbers(f"{email.subject}\n\n{email.body_text}".strip())
    return NewCase(
        channel=Channel.EMAIL,
        received_at=email.date,
        requester_name=email.from_name,
        rights=rights,
        email=email.from_address,
        language=email.language,
        third_party=third_party,
        eu_resident=eu_resident,
        california_resident=california_resident,
        notes=notes or None,
        attachments=[original, *files],
    )
