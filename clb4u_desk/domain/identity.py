"""Identity verification: which level a right needs, and which level the evidence reaches.

Pure rules (DESIGN.md section 4, "Identity verification"): no Qt, no database, no
mail. The services record attempts and call these functions; the GUI only shows
their results.

- L0: objection / opt-out for the contact point given. Nothing beyond that contact point.
- L1: consent withdrawal, restriction, rectification of contact data. The request came
  from the registered email, or a one-time code (email/SMS) was confirmed, or a
  callback to the registered phone succeeded.
- L2: access, copy, rectification of other data, erasure. L1 + two distinct facts on
  file answered correctly.
- L3: copy, access or erasure that includes payment data. L2 + a third distinct fact +
  a signed declaration.

Decisions taken here, where DESIGN.md is silent:

- A knowledge fact answered wrongly in a case does not count for that case, even if a
  later answer to the same question is right: a second try at the same question is
  guessing (a ZIP has few possible values in a city). The requester can answer
  another fact instead.
- An ID document seen in person counts as at most one knowledge-like fact, whatever
  the number of documents: it shows the person holds a document with a name, not
  that they are the customer on file, so it cannot stand in for the contact check
  (L1) nor for more than one fact. Only its type and last 4 digits are recorded:
  ID-card images and full numbers are sensitive data (Law 91/2025) and are never kept.
- Access that includes payment data needs L3 like a copy does: it shows the same data.
- A representative (ủy quyền, guardian) needs a signed authorisation *and* the subject
  confirmed directly; without both, no level above L0 is reached, whatever else
  was shown.
- One-time codes (6 digits, 10 minutes, 3 tries) are stored as scrypt hashes with a
  per-code salt and compared in constant time; the clock and the random source are
  passed in, so every transition is testable.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum
from types import MappingProxyType
from typing import Protocol

from clb4u_desk.domain.cards import ensure_no_card_number
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, IdentityNotVerifiedError, ValidationError
from clb4u_desk.domain.rights import Right

# --------------------------------------------------------------------------- levels


class IdentityLevel(IntEnum):
    L0 = 0  # the contact point given, nothing more
    L1 = 1  # controls a registered contact point
    L2 = 2  # + two facts on file
    L3 = 3  # + a third fact and a signed declaration

    @property
    def label(self) -> str:
        return self.name


# Rights whose risk drops to L0 when they only concern the contact point the request
# names: suppressing marketing to it harms nobody, even if the requester is not the
# subject, and refusing it would keep sending messages somebody asked to stop.
_SUPPRESSION_RIGHTS = frozenset({Right.OBJECTION, Right.CONSENT_WITHDRAWAL})
# Rights that disclose or destroy data, and so need L3 when payment data is included.
_PAYMENT_SENSITIVE_RIGHTS = frozenset({Right.ACCESS, Right.COPY, Right.ERASURE})

_BASE_LEVEL: Mapping[Right, IdentityLevel] = MappingProxyType(
    {
        Right.OBJECTION: IdentityLevel.L1,  # objection beyond the contact point changes processing
        Right.CONSENT_WITHDRAWAL: IdentityLevel.L1,
        Right.RESTRICTION: IdentityLevel.L1,
        Right.RECTIFICATION: IdentityLevel.L2,
        Right.ACCESS: IdentityLevel.L2,
        Right.COPY: IdentityLevel.L2,
        Right.ERASURE: IdentityLevel.L2,
    }
)


def required_level(
    right: Right, *, includes_payment_data: bool = False, contact_point_only: bool = False
) -> IdentityLevel:
    """The identity level a request item for ``right`` needs before anything is done.

    ``contact_point_only``: the item concerns only the contact point given (an
    opt-out for this email or phone, or correcting contact data): objection and
    consent withdrawal need L0, rectification L1. ``includes_payment_data``: access,
    copy or erasure touching payment data need L3. When both are set, the stricter wins.
    Acknowledging a request needs no level at all and is not asked here.
    """
    level = _BASE_LEVEL[right]
    if contact_point_only and right in _SUPPRESSION_RIGHTS:
        level = IdentityLevel.L0
    elif contact_point_only and right is Right.RECTIFICATION:
        level = IdentityLevel.L1
    if includes_payment_data and right in _PAYMENT_SENSITIVE_RIGHTS:
        level = IdentityLevel.L3
    return level


# --------------------------------------------------------------------------- evidence


class VerificationMethod(StrEnum):
    REGISTERED_EMAIL_ORIGIN = "registered_email_origin"  # request came from the email on file
    ONE_TIME_CODE_EMAIL = "one_time_code_email"
    ONE_TIME_CODE_SMS = "one_time_code_sms"
    CALLBACK_PHONE = "callback_phone"  # agent called the phone on file back
    KNOWLEDGE_QUESTION = "knowledge_question"
    SIGNED_DECLARATION = "signed_declaration"
    REPRESENTATIVE_AUTHORISATION = "representative_authorisation"  # ủy quyền or legal
    SUBJECT_CONFIRMED_DIRECTLY = "subject_confirmed_directly"  # for a representative's request
    ID_DOCUMENT_SEEN = "id_document_seen"


# Any one of these, succeeded, shows control of a registered contact point (L1).
CONTACT_METHODS = frozenset(
    {
        VerificationMethod.REGISTERED_EMAIL_ORIGIN,
        VerificationMethod.ONE_TIME_CODE_EMAIL,
        VerificationMethod.ONE_TIME_CODE_SMS,
        VerificationMethod.CALLBACK_PHONE,
    }
)


class KnowledgeFact(StrEnum):
    """A fact on file the requester can be asked about."""

    ZIP = "zip"
    LAST_INVOICE_DATE = "last_invoice_date"
    LAST_INVOICE_AMOUNT = "last_invoice_amount"
    LAST_WEBINAR = "last_webinar"
    CARD_LAST4 = "card_last4"


class IdDocumentType(StrEnum):
    CCCD = "cccd"  # căn cước công dân (citizen identity card)
    CMND = "cmnd"  # chứng minh nhân dân (the older identity card)
    PASSPORT = "passport"
    DRIVING_LICENCE = "driving_licence"


def _require_last4(last4: str, what: str) -> None:
    if not isinstance(last4, str) or len(last4) != 4 or not (last4.isascii() and last4.isdigit()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The last 4 digits of the {what} must be exactly 4 digits (0-9)."
            ),
            what=what,
        )


@dataclass(frozen=True, slots=True)
class IdDocumentSeen:
    """That the agent saw an ID document: its type and last 4 digits, nothing more."""

    type: IdDocumentType
    last4: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "type", IdDocumentType(self.type))
        _require_last4(self.last4, "ID document")


_MAX_DETAIL_LENGTH = 200


@dataclass(frozen=True, slots=True)
class VerificationEvidence:
    """One verification step and its outcome.

    ``detail`` is a short note for the case log ("code sent to the registered
    mobile"); it must not hold the answer, the code, or any number on file. ``fact``
    says which fact a knowledge question asked; ``id_document`` what was seen.
    """

    method: VerificationMethod
    succeeded: bool
    detail: str = ""
    fact: KnowledgeFact | None = None
    id_document: IdDocumentSeen | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "method", VerificationMethod(self.method))
        if (self.method is VerificationMethod.KNOWLEDGE_QUESTION) != (self.fact is not None):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A knowledge question must say which fact it asked, "
                    "and only a knowledge question names a fact.",
                )
            )
        if (self.method is VerificationMethod.ID_DOCUMENT_SEEN) != (self.id_document is not None):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "An ID document check must record the document's "
                    "type and last 4 digits, and only that check records a "
                    "document.",
                )
            )
        if self.fact is not None:
            object.__setattr__(self, "fact", KnowledgeFact(self.fact))
        self._check_detail()

    def _check_detail(self) -> None:
        if len(self.detail) > _MAX_DETAIL_LENGTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A verification note is at most {limit} characters long."
                ),
                limit=_MAX_DETAIL_LENGTH,
            )
        ensure_no_card_number(self.detail, QT_TRANSLATE_NOOP("errors", "The verification note"))


# --------------------------------------------------------------------------- assessment


class Requirement(StrEnum):
    """Something still missing for a level; ``vi`` and ``en`` explain it to the agent."""

    REPRESENTATIVE_AUTHORISATION = "representative_authorisation"
    SUBJECT_CONFIRMED_DIRECTLY = "subject_confirmed_directly"
    CONTACT_POINT = "contact_point"
    FIRST_FACT = "first_fact"
    SECOND_FACT = "second_fact"
    THIRD_FACT = "third_fact"
    SIGNED_DECLARATION = "signed_declaration"

    @property
    def vi(self) -> str:
        return _EXPLANATIONS[self][0]

    @property
    def en(self) -> str:
        return _EXPLANATIONS[self][1]

    @property
    def is_fact(self) -> bool:
        """A fact on file answered correctly (or the ID document standing in for one)."""
        return self in _FACT_REQUIREMENTS

    def explain(self, language: str = "vi") -> str:
        if language not in ("vi", "en"):
            raise ValueError("language must be 'vi' or 'en'")
        return self.vi if language == "vi" else self.en


_EXPLANATIONS: Mapping[Requirement, tuple[str, str]] = MappingProxyType(
    {
        Requirement.REPRESENTATIVE_AUTHORISATION: (
            "Cần giấy ủy quyền có chữ ký hoặc giấy tờ chứng minh người đại diện theo pháp luật.",
            "A signed authorisation or proof of legal representation is needed.",
        ),
        Requirement.SUBJECT_CONFIRMED_DIRECTLY: (
            "Cần xác nhận trực tiếp với chính chủ thể dữ liệu.",
            "The data subject must confirm the request directly.",
        ),
        Requirement.CONTACT_POINT: (
            "Cần yêu cầu gửi từ email đã đăng ký, mã xác thực một lần gửi tới email hoặc "
            "số điện thoại đã đăng ký, hoặc gọi lại số điện thoại đã đăng ký.",
            "The request must come from the registered email, or a one-time code sent to the "
            "registered email or phone must be confirmed, or a callback to the registered "
            "phone must succeed.",
        ),
        Requirement.FIRST_FACT: (
            "Cần trả lời đúng một thông tin có trong hồ sơ.",
            "One fact on file must be answered correctly.",
        ),
        Requirement.SECOND_FACT: (
            "Cần trả lời đúng thêm một thông tin khác có trong hồ sơ (tổng cộng hai).",
            "A second, different fact on file must be answered correctly.",
        ),
        Requirement.THIRD_FACT: (
            "Cần trả lời đúng thông tin thứ ba, khác hai thông tin trước.",
            "A third, different fact on file must be answered correctly.",
        ),
        Requirement.SIGNED_DECLARATION: (
            "Cần bản cam kết có chữ ký của người yêu cầu.",
            "A declaration signed by the requester is needed.",
        ),
    }
)

_HIGHER_LEVELS = (IdentityLevel.L1, IdentityLevel.L2, IdentityLevel.L3)
_FACT_REQUIREMENTS = (Requirement.FIRST_FACT, Requirement.SECOND_FACT, Requirement.THIRD_FACT)
_FACTS_NEEDED = {IdentityLevel.L1: 0, IdentityLevel.L2: 2, IdentityLevel.L3: 3}
# The pseudo-fact an ID document stands for; all documents together count once.
_ID_DOCUMENT_FACT = "id_document"


@dataclass(frozen=True, slots=True)
class LevelAssessment:
    """The level the evidence reaches, and what each higher level still needs."""

    level: IdentityLevel
    missing: Mapping[IdentityLevel, tuple[Requirement, ...]]
    facts_counted: int = 0
    failed_attempts: int = 0

    def missing_for(self, level: IdentityLevel) -> tuple[Requirement, ...]:
        """What is still needed for ``level``; empty when it is reached."""
        return self.missing.get(level, ())

    def satisfies(self, required: IdentityLevel) -> bool:
        return self.level >= required


@dataclass(frozen=True, slots=True)
class _Tally:
    contact: bool
    facts: int
    declaration: bool
    authorisation: bool
    subject_confirmed: bool
    failures: int


def _tally(evidence: Sequence[VerificationEvidence]) -> _Tally:
    succeeded = {item.method for item in evidence if item.succeeded}
    right_facts = {item.fact for item in evidence if item.fact is not None and item.succeeded}
    wrong_facts = {item.fact for item in evidence if item.fact is not None and not item.succeeded}
    facts: set[str] = {str(fact) for fact in right_facts - wrong_facts}
    if VerificationMethod.ID_DOCUMENT_SEEN in succeeded:
        facts.add(_ID_DOCUMENT_FACT)
    return _Tally(
        contact=bool(succeeded & CONTACT_METHODS),
        facts=len(facts),
        declaration=VerificationMethod.SIGNED_DECLARATION in succeeded,
        authorisation=VerificationMethod.REPRESENTATIVE_AUTHORISATION in succeeded,
        subject_confirmed=VerificationMethod.SUBJECT_CONFIRMED_DIRECTLY in succeeded,
        failures=sum(1 for item in evidence if not item.succeeded),
    )


def _missing(level: IdentityLevel, tally: _Tally, via_representative: bool) -> list[Requirement]:
    needs: list[Requirement] = []
    if via_representative and not tally.authorisation:
        needs.append(Requirement.REPRESENTATIVE_AUTHORISATION)
    if via_representative and not tally.subject_confirmed:
        needs.append(Requirement.SUBJECT_CONFIRMED_DIRECTLY)
    if not tally.contact:
        needs.append(Requirement.CONTACT_POINT)
    needs.extend(_FACT_REQUIREMENTS[tally.facts : _FACTS_NEEDED[level]])
    if level is IdentityLevel.L3 and not tally.declaration:
        needs.append(Requirement.SIGNED_DECLARATION)
    return needs


def level_reached(
    evidence: Sequence[VerificationEvidence], *, via_representative: bool
) -> LevelAssessment:
    """The highest level ``evidence`` reaches, with what each level above it still needs.

    Levels build on each other, so the result is the highest level whose own list of
    missing requirements is empty and all lower ones too.
    """
    tally = _tally(evidence)
    missing: dict[IdentityLevel, tuple[Requirement, ...]] = {}
    reached = IdentityLevel.L0
    for level in _HIGHER_LEVELS:
        needs = _missing(level, tally, via_representative)
        if needs or missing:
            missing[level] = tuple(needs)
        else:
            reached = level
    return LevelAssessment(
        level=reached,
        missing=MappingProxyType(missing),
        facts_counted=tally.facts,
        failed_attempts=tally.failures,
    )


def ensure_level(assessment: LevelAssessment, required: IdentityLevel) -> None:
    """Raise IdentityNotVerifiedError unless ``assessment`` reaches ``required``."""
    if assessment.satisfies(required):
        return
    still = "; ".join(req.en.rstrip(".") for req in assessment.missing_for(required))
    raise IdentityNotVerifiedError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The requester's identity is verified to level {level}, and "
            "this needs {required}. Still needed: {still}.",
        ),
        level=assessment.level.label,
        required=required.label,
        still=still,
    )


# --------------------------------------------------------------------------- routes left


@dataclass(frozen=True, slots=True)
class RouteOptions:
    """What the case and the customer's records allow, beyond the evidence so far."""

    request_by_email: bool  # the request came by email: its sender can be checked
    registered_email: bool  # a one-time code can be sent
    registered_phone: bool  # a registered phone can be called back
    questions_left: int  # facts on file not yet asked in this case


def routes_left(
    missing: Sequence[Requirement],
    evidence: Sequence[VerificationEvidence],
    options: RouteOptions,
) -> Mapping[Requirement, tuple[VerificationMethod, ...]]:
    """For each requirement in ``missing``, the methods that can still supply it in this
    case; an empty tuple when none can.

    - The contact point: the sender check (once: the sender does not change, so a
      failed check stays failed), a one-time code to a registered email, a callback to
      a registered phone (both may be tried again).
    - Facts: each question left supplies at most one, and the ID document one in all
      (never counted twice); the missing facts beyond what those can supply have no
      route left. A wrong answer is never asked again (``level_reached``).
    - The representative's authorisation, the subject's confirmation and the signed
      declaration can always still be recorded.
    """
    methods = {item.method for item in evidence}
    document_counted = any(
        item.method is VerificationMethod.ID_DOCUMENT_SEEN and item.succeeded for item in evidence
    )
    contact: list[VerificationMethod] = []
    if options.request_by_email and VerificationMethod.REGISTERED_EMAIL_ORIGIN not in methods:
        contact.append(VerificationMethod.REGISTERED_EMAIL_ORIGIN)
    if options.registered_email:
        contact.append(VerificationMethod.ONE_TIME_CODE_EMAIL)
    if options.registered_phone:
        contact.append(VerificationMethod.CALLBACK_PHONE)
    fact_routes: list[VerificationMethod] = []
    if options.questions_left > 0:
        fact_routes.append(VerificationMethod.KNOWLEDGE_QUESTION)
    if not document_counted:
        fact_routes.append(VerificationMethod.ID_DOCUMENT_SEEN)
    facts_available = max(0, options.questions_left) + (0 if document_counted else 1)
    routes: dict[Requirement, tuple[VerificationMethod, ...]] = {}
    facts_seen = 0
    for requirement in missing:
        if requirement is Requirement.CONTACT_POINT:
            routes[requirement] = tuple(contact)
        elif requirement.is_fact:
            facts_seen += 1
            routes[requirement] = tuple(fact_routes) if facts_seen <= facts_available else ()
        else:
            routes[requirement] = (_RECORDED_AS[requirement],)
    return MappingProxyType(routes)


# The requirements any agent can record at any time, and the method that records each.
_RECORDED_AS: Mapping[Requirement, VerificationMethod] = MappingProxyType(
    {
        Requirement.REPRESENTATIVE_AUTHORISATION: VerificationMethod.REPRESENTATIVE_AUTHORISATION,
        Requirement.SUBJECT_CONFIRMED_DIRECTLY: VerificationMethod.SUBJECT_CONFIRMED_DIRECTLY,
        Requirement.SIGNED_DECLARATION: VerificationMethod.SIGNED_DECLARATION,
    }
)


# --------------------------------------------------------------------------- one-time codes


class RandomBelow(Protocol):
    """A source of random integers, like the ``secrets`` module (or a fake in tests)."""

    def randbelow(self, exclusive_upper_bound: int, /) -> int: ...


@dataclass(frozen=True, slots=True)
class OneTimeCodePolicy:
    digits: int = 6
    ttl: timedelta = timedelta(minutes=10)
    max_tries: int = 3

    def __post_init__(self) -> None:
        if not 4 <= self.digits <= 12:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A one-time code has between 4 and 12 digits.")
            )
        if self.ttl <= timedelta(0):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A one-time code must stay valid for some time.")
            )
        if self.max_tries < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A one-time code must allow at least one try.")
            )


DEFAULT_CODE_POLICY = OneTimeCodePolicy()

_SALT_BYTES = 16
# scrypt costs: 16 MiB and tens of milliseconds per hash, so a stolen table of hashed
# 6-digit codes takes hours per code to search, long after the codes expired.
_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_HASH_SCHEME = f"scrypt:{_SCRYPT_N}:{_SCRYPT_R}:{_SCRYPT_P}"


def generate_code(rng: RandomBelow, policy: OneTimeCodePolicy = DEFAULT_CODE_POLICY) -> str:
    """A fresh code of ``policy.digits`` digits, leading zeros kept ("004271")."""
    return f"{rng.randbelow(10**policy.digits):0{policy.digits}d}"


def generate_salt(rng: RandomBelow) -> bytes:
    """A per-code salt of 16 random bytes."""
    return rng.randbelow(2 ** (8 * _SALT_BYTES)).to_bytes(_SALT_BYTES, "big")


def _normalise_typed_code(typed: str) -> str:
    """The code as typed, without the spaces and hyphens people put in "123 456"."""
    kept = (ch for ch in typed if not ch.isspace() and ch != "-")
    return "".join(str(int(ch)) if ch.isdecimal() else ch for ch in kept)


# Room for the separators people type ("12 34 56", "123-456"); anything longer is no code.
_MAX_TYPED_CODE_LENGTH = 100


def ensure_well_formed_code(typed: str, policy: OneTimeCodePolicy = DEFAULT_CODE_POLICY) -> None:
    """Refuse what cannot be a code of ``policy`` before it is compared with one.

    An empty field, letters, or too few or too many digits is a slip of the agent's,
    not a guess at the code: it must cost the requester none of their tries and is no
    verification step to log. Spaces and hyphens between the digits are allowed.
    """
    digits = _normalise_typed_code(typed) if len(typed) <= _MAX_TYPED_CODE_LENGTH else ""
    if len(digits) != policy.digits or not (digits.isascii() and digits.isdigit()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A one-time code is {digits} digits; type the code the requester "
                "reads out. No try was used.",
            ),
            digits=policy.digits,
        )


def hash_code(code: str, salt: bytes) -> str:
    """The stored form of ``code``: "scrypt:N:r:p:<hex>". The salt is stored beside it."""
    if len(salt) < _SALT_BYTES:
        raise ValueError(f"the salt must be at least {_SALT_BYTES} bytes")
    digest = hashlib.scrypt(
        _normalise_typed_code(code).encode("utf-8"),
        salt=salt,
        n=_SCRYPT_N,
        r=_SCRYPT_R,
        p=_SCRYPT_P,
        dklen=32,
    )
    return f"{_HASH_SCHEME}:{digest.hex()}"


def code_matches(typed: str, salt: bytes, stored_hash: str) -> bool:
    """True when ``typed`` is the code hashed as ``stored_hash``; compared in constant time."""
    return hmac.compare_digest(
        hash_code(typed, salt).encode("ascii"), stored_hash.encode("ascii", errors="replace")
    )


class CodeCheck(StrEnum):
    OK = "ok"  # right code, in time: the code is now used up
    WRONG = "wrong"  # wrong code, tries left
    EXPIRED = "expired"  # too late; no try was counted
    LOCKED = "locked"  # this wrong try was the last allowed, or the code was locked already
    USED = "used"  # the code was already accepted once; a code works once


def _require_aware(moment: datetime, what: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime")


@dataclass(frozen=True, slots=True)
class OneTimeCodeState:
    """What is stored about one code sent: never the code itself."""

    code_hash: str
    salt: bytes = field(repr=False)
    issued_at: datetime
    tries_used: int = 0
    used: bool = False

    def __post_init__(self) -> None:
        _require_aware(self.issued_at, "issued_at")

    def expires_at(self, policy: OneTimeCodePolicy = DEFAULT_CODE_POLICY) -> datetime:
        return self.issued_at + policy.ttl

    def tries_left(self, policy: OneTimeCodePolicy = DEFAULT_CODE_POLICY) -> int:
        return max(0, policy.max_tries - self.tries_used)


@dataclass(frozen=True, slots=True)
class IssuedCode:
    """A freshly issued code: ``code`` goes to the requester, ``state`` to the database."""

    code: str = field(repr=False)
    state: OneTimeCodeState


def issue_code(
    rng: RandomBelow, now: datetime, policy: OneTimeCodePolicy = DEFAULT_CODE_POLICY
) -> IssuedCode:
    """Make a code and the state to store for it."""
    code = generate_code(rng, policy)
    salt = generate_salt(rng)
    return IssuedCode(code=code, state=OneTimeCodeState(hash_code(code, salt), salt, now))


@dataclass(frozen=True, slots=True)
class CodeCheckResult:
    outcome: CodeCheck
    state: OneTimeCodeState  # store this in place of the old state
    tries_left: int


def check_code(
    state: OneTimeCodeState,
    typed: str,
    now: datetime,
    policy: OneTimeCodePolicy = DEFAULT_CODE_POLICY,
) -> CodeCheckResult:
    """Check a typed code against the stored state at time ``now``.

    Order of the checks: a used code stays used, a locked code stays locked, then an
    expired code is refused without counting a try (nothing was guessed against a
    valid code), then the typed code is compared. A wrong try counts; the try that
    uses up the last one locks the code. The result's ``state`` replaces the old one.
    """
    _require_aware(now, "now")
    if state.used:
        return CodeCheckResult(CodeCheck.USED, state, state.tries_left(policy))
    if state.tries_used >= policy.max_tries:
        return CodeCheckResult(CodeCheck.LOCKED, state, 0)
    if now >= state.expires_at(policy):
        return CodeCheckResult(CodeCheck.EXPIRED, state, state.tries_left(policy))
    if code_matches(typed, state.salt, state.code_hash):
        done = replace(state, tries_used=state.tries_used + 1, used=True)
        return CodeCheckResult(CodeCheck.OK, done, done.tries_left(policy))
    after = replace(state, tries_used=state.tries_used + 1)
    outcome = CodeCheck.LOCKED if after.tries_left(policy) == 0 else CodeCheck.WRONG
    return CodeCheckResult(outcome, after, after.tries_left(policy))
