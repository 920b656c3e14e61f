"""Demo cases: a live queue for the demo workspace, made through the real services.

Thirty-five requests received over the last ~25 days (relative to the services' clock),
in every state a case passes through: just received, awaiting identity (some with the
clock stopped), verified and in progress (linked to a demo customer and verified to
the level their rights need), one erasure and one extension waiting for the
supervisor, and a few closed. Every step goes through the service an agent's click
would call, so the decision log, the case timelines and ``audit verify`` look as in
real use.

The script of the cases (``SCRIPT``) is fixed, so every right, channel, urgency and
state is always there; a seeded ``random.Random`` picks the customers, the times of
day and the ID-card digits, so the same workspace seed gives the same cases.

Requesters are demo customers as they would claim to be (name, their registered
e-mail or phone, their address for a letter), except a few invented people who are in
no record. Three e-mails come from ``resources/demo/`` (templates: the sender and the
date are filled in here) and go through the e-mail intake like an imported .eml.
"""

from __future__ import annotations

import random
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import time as day_time
from email import message_from_bytes, policy
from email.headerregistry import Address
from email.utils import format_datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from sqlalchemy import func, select

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import CaseOutcome, CaseState, ItemOutcome
from clb4u_desk.domain.categories import Purpose
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from clb4u_desk.domain.formatting import VIETNAM, vietnam_date
from clb4u_desk.domain.identity import (
    IdDocumentType,
    IdentityLevel,
    KnowledgeFact,
    required_level,
)
from clb4u_desk.domain.language import Language
from clb4u_desk.domain.phones import normalise_phone
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.persistence.models import (
    Case,
    Customer,
    CustomerAddress,
    CustomerEmail,
    CustomerPhone,
)
from clb4u_desk.resources import resource_path
from clb4u_desk.services.cases.service import CaseDetail
from clb4u_desk.services.intake.service import NewCase
from clb4u_desk.services.verification import records as verification_records

if TYPE_CHECKING:
    from clb4u_desk.app import Services

DEMO_CASES_SEED: Final = 2026
# Customers with ids below this are looked at for requesters: enough for the script,
# and few enough to read in one query. Ids 1-3 are the heavy customers (10,000+
# records each), left for the search and profile demos.
_CANDIDATE_IDS: Final = range(4, 800)


class Stage(StrEnum):
    """How far a demo case has come."""

    NEW = "new"  # received, not yet acknowledged
    ACKNOWLEDGED = "acknowledged"  # received and acknowledged, nothing else yet
    CHECKING = "checking"  # linked; the first identity check done, more needed
    CLOCK_STOPPED = "clock_stopped"  # awaiting identity, the clock stopped meanwhile
    VERIFIED = "verified"  # verified to the level needed, work not started
    IN_PROGRESS = "in_progress"
    ERASURE_PROPOSED = "erasure_proposed"  # an erasure plan waits for the supervisor
    EXTENSION_PROPOSED = "extension_proposed"  # an extension waits for the supervisor
    DONE = "done"  # closed, every item done
    WITHDRAWN = "withdrawn"  # closed: the requester withdrew


class Requester(StrEnum):
    CUSTOMER = "customer"  # a demo customer, as in the records
    UNACCENTED = "unaccented"  # a demo customer who typed the name without diacritics
    STRANGER = "stranger"  # somebody in no record


@dataclass(frozen=True, slots=True)
class Scripted:
    """One demo case: how it came in, what it asks, how old it is, how far it got."""

    channel: Channel
    rights: tuple[Right, ...]
    days_ago: int
    stage: Stage
    owner: str | None  # demo login, or None: unassigned
    requester: Requester = Requester.CUSTOMER
    residence: str = "vn"  # vn / eu / us-ca: the customer's, and so the regimes
    eml: str | None = None  # a template under resources/demo/


_E, _PH, _P, _W = Channel.EMAIL, Channel.PHONE, Channel.POST, Channel.WALK_IN
_ACC, _CPY, _REC = Right.ACCESS, Right.COPY, Right.RECTIFICATION
_RES, _OBJ, _ERA, _CON = (
    Right.RESTRICTION,
    Right.OBJECTION,
    Right.ERASURE,
    Right.CONSENT_WITHDRAWAL,
)
_S = Stage

# Periods (VN): access, copy, rectification 10 days; restriction, objection, consent
# withdrawal 15; erasure 20. So an access request 9 days old is due soon, 13 days old
# overdue; the ages below give every urgency on any working day.
SCRIPT: Final[tuple[Scripted, ...]] = (
    # Just in: nobody has looked yet, or only acknowledged it.
    Scripted(_E, (_ACC,), 0, _S.NEW, None, eml="request-vi-access.eml"),
    Scripted(_PH, (_OBJ,), 0, _S.NEW, None),
    Scripted(_E, (_CON, _OBJ), 1, _S.NEW, "agent", eml="request-vi-stop-marketing.eml"),
    Scripted(_P, (_REC,), 2, _S.ACKNOWLEDGED, None),
    Scripted(_W, (_ACC, _CPY), 1, _S.ACKNOWLEDGED, "agent2"),
    Scripted(
        _E, (_ERA,), 3, _S.ACKNOWLEDGED, None, Requester.STRANGER, eml="request-en-erasure.eml"
    ),
    Scripted(_E, (_ACC,), 9, _S.ACKNOWLEDGED, None),  # overlooked: due soon
    Scripted(_PH, (_RES,), 4, _S.ACKNOWLEDGED, "supervisor", Requester.UNACCENTED),
    Scripted(_E, (_CPY,), 13, _S.NEW, None),  # overlooked: overdue
    # Identity checks under way.
    Scripted(_E, (_ACC,), 5, _S.CHECKING, "agent"),
    Scripted(_PH, (_ERA,), 6, _S.CHECKING, "agent2"),
    Scripted(_W, (_REC,), 3, _S.CHECKING, "agent"),
    Scripted(_E, (_CPY, _ACC), 8, _S.CHECKING, "agent"),
    Scripted(_P, (_ACC,), 16, _S.CHECKING, "agent2"),
    Scripted(_E, (_OBJ,), 2, _S.CLOCK_STOPPED, None, Requester.STRANGER),
    Scripted(_PH, (_ACC,), 4, _S.CLOCK_STOPPED, "agent"),
    Scripted(_E, (_ERA, _CON), 7, _S.CHECKING, "supervisor", residence="eu"),
    # Verified; the work is under way.
    Scripted(_E, (_ACC,), 6, _S.VERIFIED, "agent"),
    Scripted(_PH, (_OBJ, _CON), 3, _S.IN_PROGRESS, "agent2"),
    Scripted(_W, (_REC,), 5, _S.IN_PROGRESS, "agent"),
    Scripted(_E, (_ACC, _CPY), 9, _S.IN_PROGRESS, "agent"),
    Scripted(_P, (_RES,), 12, _S.IN_PROGRESS, "agent2", residence="us-ca"),
    Scripted(_E, (_CPY,), 15, _S.IN_PROGRESS, "agent"),
    Scripted(_PH, (_ERA,), 2, _S.VERIFIED, "supervisor"),
    Scripted(_E, (_REC, _OBJ), 1, _S.IN_PROGRESS, "agent2"),
    Scripted(_E, (_ACC,), 11, _S.IN_PROGRESS, "agent", residence="eu"),
    Scripted(_W, (_CON,), 4, _S.VERIFIED, None),
    # Four eyes: waiting for the supervisor.
    Scripted(_E, (_ERA,), 10, _S.ERASURE_PROPOSED, "agent"),
    Scripted(_PH, (_ACC,), 7, _S.EXTENSION_PROPOSED, "agent2"),
    # Closed.
    Scripted(_E, (_OBJ,), 14, _S.DONE, "agent", residence="eu"),
    Scripted(_PH, (_CON,), 20, _S.DONE, "agent2"),
    Scripted(_E, (_ACC,), 18, _S.WITHDRAWN, "agent"),
    Scripted(_P, (_REC,), 22, _S.DONE, "supervisor"),
    Scripted(_E, (_ERA,), 25, _S.WITHDRAWN, None, Requester.STRANGER),
    Scripted(_W, (_RES, _OBJ), 12, _S.DONE, "agent"),
)


@dataclass(frozen=True, slots=True)
class _Stranger:
    name: str
    email: str  # at a reserved domain (RFC 2606), so it can never match a record
    language: Language
    eu_resident: bool


# People in no record: the cases an agent cannot link to anyone.
_STRANGERS: Final = (
    _Stranger("Jane Roe", "jane.roe@example.net", "en", True),
    _Stranger("Mai Thị Hồng Nhung", "hongnhung.mai@example.net", "vi", False),
    _Stranger("Ông Văn Khải", "khai.ong@example.net", "vi", False),
)

_NOTES: Final[dict[Right, tuple[str, str]]] = {
    Right.ACCESS: (
        "Muốn biết Công ty đang lưu giữ những dữ liệu nào về mình.",
        "Wants to know which data the company holds about them.",
    ),
    Right.COPY: (
        "Xin một bản sao dữ liệu ở dạng điện tử để chuyển sang nhà cung cấp khác.",
        "Asks for an electronic copy of their data to take to another provider.",
    ),
    Right.RECTIFICATION: (
        "Báo địa chỉ và số điện thoại trong hồ sơ đã cũ, đề nghị cập nhật.",
        "Says the address and phone number on file are out of date.",
    ),
    Right.RESTRICTION: (
        "Đề nghị tạm ngừng xử lý dữ liệu trong khi kiểm tra hóa đơn bị khiếu nại.",
        "Asks to pause processing while a disputed invoice is checked.",
    ),
    Right.OBJECTION: (
        "Phản đối việc dùng dữ liệu của mình để quảng cáo.",
        "Objects to the use of their data for advertising.",
    ),
    Right.ERASURE: (
        "Đề nghị xóa toàn bộ dữ liệu cá nhân vì không dùng dịch vụ nữa.",
        "Asks for all their personal data to be erased; no longer a customer.",
    ),
    Right.CONSENT_WITHDRAWAL: (
        "Rút lại sự đồng ý nhận tin nhắn và email tiếp thị.",
        "Withdraws consent to marketing texts and e-mails.",
    ),
}
_CHANNEL_NOTES: Final[dict[Channel, tuple[str, str]]] = {
    Channel.PHONE: ("Gọi tổng đài", "Phoned the hotline"),
    Channel.POST: ("Thư gửi qua bưu điện", "Letter by post"),
    Channel.WALK_IN: ("Đến văn phòng", "Came to the office"),
}

_PAUSE_REASON: Final = "Chờ người yêu cầu gửi thêm thông tin để xác minh danh tính."
_EXTENSION_REASON: Final = (
    "Dữ liệu được lưu ở đơn vị xử lý bên ngoài; cần thêm thời gian để tổng hợp đầy đủ."
)
_DONE_REASON: Final = "Đã thực hiện theo yêu cầu."


Facts = dict[KnowledgeFact, str]  # what the records hold, the answers a customer knows


@dataclass(frozen=True, slots=True)
class DemoStaff:
    """The signed-in demo users who do the work."""

    agent: Actor
    agent2: Actor
    supervisor: Actor

    def by_login(self, login: str | None) -> Actor | None:
        return {"agent": self.agent, "agent2": self.agent2, "supervisor": self.supervisor}.get(
            login or ""
        )


@dataclass(frozen=True)
class DemoCasesSummary:
    references: tuple[str, ...]  # in the order of SCRIPT
    seconds: float


@dataclass(slots=True)
class _Candidate:
    id: int
    reference: str
    name: str
    residence: str
    language: str
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    address: str | None = None


def seed_demo_cases(
    services: Services, staff: DemoStaff, *, seed: int = DEMO_CASES_SEED
) -> DemoCasesSummary:
    """Open and work the scripted demo cases; refuses a workspace that has cases."""
    started = time.monotonic()
    with services.db.reader() as uow:
        if uow.session.execute(select(func.count()).select_from(Case)).scalar_one():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The workspace has cases already; demo cases are "
                    "only added to a workspace without any.",
                )
            )
    rng = random.Random(seed)
    builder = _Builder(services, staff, rng, _Candidates.load(services, rng))
    # Oldest first, so references run in the order of receipt, as they would.
    order = sorted(range(len(SCRIPT)), key=lambda index: -SCRIPT[index].days_ago)
    references: dict[int, str] = {}
    for index in order:
        references[index] = builder.build(SCRIPT[index])
    return DemoCasesSummary(
        tuple(references[index] for index in range(len(SCRIPT))), time.monotonic() - started
    )


# --------------------------------------------------------------------------- customers


class _Candidates:
    """Demo customers to play requesters, in a seeded random order; each plays once."""

    def __init__(self, services: Services, candidates: list[_Candidate]) -> None:
        self._services = services
        self._left = candidates

    @classmethod
    def load(cls, services: Services, rng: random.Random) -> _Candidates:
        ids = (_CANDIDATE_IDS.start, _CANDIDATE_IDS.stop - 1)
        with services.db.reader() as uow:
            session = uow.session
            rows = session.execute(
                select(
                    Customer.id,
                    Customer.reference,
                    Customer.full_name,
                    Customer.residence,
                    Customer.language,
                )
                .where(Customer.id.between(*ids))
                .order_by(Customer.id)
            ).all()
            found = {
                row[0]: _Candidate(
                    row[0], row[1], unicodedata.normalize("NFC", row[2]), row[3], row[4]
                )
                for row in rows
                if "<" not in row[2] and "&" not in row[2]
            }  # no markup names
            for customer_id, email in session.execute(
                select(CustomerEmail.customer_id, CustomerEmail.email)
                .where(CustomerEmail.customer_id.between(*ids))
                .order_by(
                    CustomerEmail.customer_id, CustomerEmail.is_primary.desc(), CustomerEmail.id
                )
            ):
                if customer_id in found:
                    found[customer_id].emails.append(email)
            for customer_id, phone in session.execute(
                select(CustomerPhone.customer_id, CustomerPhone.phone_e164)
                .where(CustomerPhone.customer_id.between(*ids))
                .order_by(CustomerPhone.customer_id, CustomerPhone.id)
            ):
                # Only numbers the intake accepts: a requester gives a working number.
                if customer_id in found and normalise_phone(phone) is not None:
                    found[customer_id].phones.append(phone)
            for customer_id, street, ward, city in session.execute(
                select(
                    CustomerAddress.customer_id,
                    CustomerAddress.street,
                    CustomerAddress.ward,
                    CustomerAddress.city,
                )
                .where(CustomerAddress.customer_id.between(*ids))
                .order_by(CustomerAddress.customer_id, CustomerAddress.id)
            ):
                if customer_id in found and found[customer_id].address is None:
                    found[customer_id].address = ", ".join(
                        part for part in (street, ward, city) if part
                    )
        candidates = [found[key] for key in sorted(found)]
        rng.shuffle(candidates)
        return cls(services, candidates)

    def take(
        self, scripted: Scripted, *, no_payment_data: bool = False
    ) -> tuple[_Candidate, Facts]:
        """The next customer who fits: reachable on the case's channel, with two facts
        on file to be asked about, from the residence (and without payment data) asked
        for while any such customer is left."""
        for strict in (True, False):
            for candidate in list(self._left):
                if strict and candidate.residence != scripted.residence:
                    continue
                if not candidate.emails or not candidate.phones:
                    continue  # every demo requester can be written to and called back
                if scripted.channel is Channel.POST and candidate.address is None:
                    continue
                facts = self._facts(candidate)
                if len(facts) < 2:
                    continue
                if strict and no_payment_data and self._has_payment_data(candidate):
                    continue
                self._left.remove(candidate)
                return candidate, facts
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The workspace holds too few demo customers for the demo cases; seed at least 200.",
            )
        )

    def _facts(self, candidate: _Candidate) -> Facts:
        with self._services.db.reader() as uow:
            customer = uow.session.get(Customer, candidate.id)
            assert customer is not None  # read a moment ago; nothing deletes meanwhile
            return verification_records.facts_on_file(uow.verification, customer)

    def _has_payment_data(self, candidate: _Candidate) -> bool:
        with self._services.db.reader() as uow:
            return uow.erasure.has_payment_data(candidate.id)


# --------------------------------------------------------------------------- building


class _Builder:
    def __init__(
        self, services: Services, staff: DemoStaff, rng: random.Random, candidates: _Candidates
    ) -> None:
        self._s = services
        self._staff = staff
        self._rng = rng
        self._candidates = candidates
        self._strangers = list(_STRANGERS)

    def build(self, scripted: Scripted) -> str:
        owner = self._staff.by_login(scripted.owner)
        worker = owner or self._staff.agent
        customer, facts = self._requester(scripted)
        case = self._open(worker, scripted, customer)
        if owner is not None:
            case = self._s.cases.assign(owner, case.id, owner.account_id, case.version)
        if scripted.stage is not Stage.NEW:
            case = self._s.cases.mark_acknowledged(worker, case.id, case.version)
        _STAGES[scripted.stage](self, worker, case, customer, facts)
        return case.reference

    # -- the requester and the intake

    def _requester(self, scripted: Scripted) -> tuple[_Candidate | None, Facts]:
        if scripted.requester is Requester.STRANGER:
            return None, {}
        # Erasing a customer with payment data needs L3 (a third fact and a signed
        # declaration); one without keeps the demo's erasure at the usual L2.
        return self._candidates.take(
            scripted, no_payment_data=scripted.stage is Stage.ERASURE_PROPOSED
        )

    def _stranger(self, language: Language) -> _Stranger:
        stranger = next(s for s in self._strangers if s.language == language)
        self._strangers.remove(stranger)
        return stranger

    def _received_at(self, days_ago: int) -> datetime:
        """Office hours in Vietnam time, ``days_ago`` days back, never ahead."""
        now = self._s.ctx.clock()
        local_day = vietnam_date(now) - timedelta(days=days_ago)
        moment = datetime.combine(local_day, day_time(8), VIETNAM) + timedelta(
            minutes=self._rng.randrange(9 * 60)
        )
        if moment >= now:
            moment = now - timedelta(minutes=5 + self._rng.randrange(120))
        return moment

    def _open(self, actor: Actor, scripted: Scripted, customer: _Candidate | None) -> CaseDetail:
        received = self._received_at(scripted.days_ago)
        eu = scripted.residence == "eu" or (customer is not None and customer.residence == "eu")
        ca = customer is not None and customer.residence == "us-ca"
        phone: str | None = None
        address: str | None = None
        language: Language
        if customer is None:
            stranger = self._stranger("en" if scripted.eml == "request-en-erasure.eml" else "vi")
            name, email, language = stranger.name, stranger.email, stranger.language
            eu = eu or stranger.eu_resident
        else:
            name = customer.name
            if scripted.requester is Requester.UNACCENTED:
                name = _without_marks(name)
            email, phone, address = customer.emails[0], customer.phones[0], customer.address
            language = "en" if customer.language == "en" else "vi"
        if scripted.eml is not None:
            data = _demo_email(scripted.eml, name, email, received)
            made = self._s.intake.create_case_from_eml(
                actor, data, rights=scripted.rights, eu_resident=eu, california_resident=ca
            )
            return self._s.cases.get_case(made.case.id)
        new = NewCase(
            channel=scripted.channel,
            received_at=received,
            requester_name=name,
            rights=scripted.rights,
            language=language,
            eu_resident=eu,
            california_resident=ca,
            notes=_note(scripted, language),
            # What the requester gave on this channel: a letter has the address (and
            # often a phone), a call or a visit the phone, an e-mail its sender.
            email=email if scripted.channel is Channel.EMAIL else None,
            phone=phone if scripted.channel is not Channel.EMAIL else None,
            address=address if scripted.channel is Channel.POST else None,
        )
        summary = self._s.intake.create_case(actor, new)
        return self._s.cases.get_case(summary.id)

    # -- identity

    def _link(self, actor: Actor, case: CaseDetail, customer: _Candidate) -> None:
        self._s.verification.link_customer(actor, case.id, customer.id, case.version)

    def _contact_check(self, actor: Actor, case: CaseDetail, customer: _Candidate) -> None:
        """The first check: the registered e-mail it came from, the ID card shown at the
        desk, or a call back to the registered phone."""
        verification = self._s.verification
        if case.channel is Channel.EMAIL:
            verification.record_registered_email_origin(actor, case.id)
        elif case.channel is Channel.WALK_IN:
            verification.record_id_document_seen(
                actor, case.id, IdDocumentType.CCCD, f"{self._rng.randrange(10_000):04d}"
            )
        else:
            verification.record_callback(actor, case.id, customer.phones[0], True)

    def _verify(
        self,
        actor: Actor,
        case: CaseDetail,
        customer: _Candidate,
        facts: Facts,
        level: IdentityLevel,
    ) -> CaseDetail:
        """Every check ``level`` needs, answered right, so the case ends verified."""
        self._link(actor, case, customer)
        self._contact_check(actor, case, customer)
        verification = self._s.verification
        if case.channel is Channel.WALK_IN:  # the ID card counted as one fact
            verification.record_callback(actor, case.id, customer.phones[0], True)
        have = 1 if case.channel is Channel.WALK_IN else 0
        wanted = max(
            0, {IdentityLevel.L1: 0, IdentityLevel.L2: 2, IdentityLevel.L3: 3}[level] - have
        )
        asked = list(facts)[:wanted]
        for fact in asked:
            verification.answer_knowledge_question(actor, case.id, fact, facts[fact])
        if len(asked) < wanted and case.channel is not Channel.WALK_IN:
            # Too few facts on file: a copy of the ID card stands for one more.
            verification.record_id_document_seen(
                actor, case.id, IdDocumentType.CCCD, f"{self._rng.randrange(10_000):04d}"
            )
        if level is IdentityLevel.L3:
            verification.record_signed_declaration(actor, case.id)
        status = verification.status(actor, case.id)
        if status.level_reached < level or not status.satisfied:
            # The script picks customers with enough facts on file; reaching this is a bug.
            raise AssertionError(f"demo case {case.reference} did not reach {level.label}")
        return self._s.cases.get_case(case.id)

    def _verified(
        self,
        actor: Actor,
        case: CaseDetail,
        customer: _Candidate | None,
        facts: Facts,
        *,
        start: bool,
    ) -> CaseDetail:
        assert customer is not None  # the script verifies customers only
        level = max(required_level(item.right) for item in case.items)
        case = self._verify(actor, case, customer, facts, level)
        if start:
            case = self._s.cases.transition(actor, case.id, CaseState.IN_PROGRESS, case.version)
        return case

    # -- the stages

    def _stage_received(
        self, actor: Actor, case: CaseDetail, customer: _Candidate | None, facts: Facts
    ) -> None:
        """Nothing more: the agent has it (or not) in the queue."""

    def _stage_checking(
        self, actor: Actor, case: CaseDetail, customer: _Candidate | None, facts: Facts
    ) -> None:
        assert customer is not None  # the script checks customers only
        self._link(actor, case, customer)
        self._contact_check(actor, case, customer)
        if case.channel is Channel.EMAIL:
            # The first question answered; the second is still to be asked.
            fact = next(iter(facts))
            self._s.verification.answer_knowledge_question(actor, case.id, fact, facts[fact])

    def _stage_clock_stopped(
        self, actor: Actor, case: CaseDetail, customer: _Candidate | None, facts: Facts
    ) -> None:
        if customer is None:
            # Nobody in the records fits: the agent asked for more details.
            case = self._s.cases.transition(
                actor, case.id, CaseState.AWAITING_IDENTITY, case.version
            )
        else:
            self._link(actor, case, customer)
            self._contact_check(actor, case, customer)
        for item in self._s.cases.get_case(case.id).items:
            self._s.cases.pause_item(actor, item.id, _PAUSE_REASON, item.version)

    def _stage_verified(
        self, actor: Actor, case: CaseDetail, customer: _Candidate | None, facts: Facts
    ) -> None:
        self._verified(actor, case, customer, facts, start=False)

    def _stage_in_progress(
        self, actor: Actor, case: CaseDetail, customer: _Candidate | None, facts: Facts
    ) -> None:
        self._verified(actor, case, customer, facts, start=True)

    def _stage_erasure(
        self, actor: Actor, case: CaseDetail, customer: _Candidate | None, facts: Facts
    ) -> None:
        assert customer is not None
        with self._s.db.reader() as uow:
            payment = uow.erasure.has_payment_data(customer.id)
        case = self._verify(
            actor, case, customer, facts, IdentityLevel.L3 if payment else IdentityLevel.L2
        )
        case = self._s.cases.transition(actor, case.id, CaseState.IN_PROGRESS, case.version)
        item = next(item for item in case.items if item.right is Right.ERASURE)
        self._s.erasure.propose(actor, case.id, item.id)

    def _stage_extension(
        self, actor: Actor, case: CaseDetail, customer: _Candidate | None, facts: Facts
    ) -> None:
        case = self._verified(actor, case, customer, facts, start=True)
        item = case.items[0]
        self._s.decisions.propose_extension(
            actor, item.id, _EXTENSION_REASON, expected_version=item.version
        )

    def _stage_done(
        self, actor: Actor, case: CaseDetail, customer: _Candidate | None, facts: Facts
    ) -> None:
        case = self._verified(actor, case, customer, facts, start=True)
        decisions = self._s.decisions
        rights = {item.right for item in case.items}
        # Marketing stopped for real: the consent rows say "refused" from now on.
        if Right.OBJECTION in rights:
            decisions.object(
                actor, case.id, purposes=[Purpose.MARKETING], expected_version=case.version
            )
            case = self._s.cases.get_case(case.id)
        if Right.CONSENT_WITHDRAWAL in rights:
            decisions.withdraw_consent(
                actor, case.id, purposes=[Purpose.MARKETING], expected_version=case.version
            )
            case = self._s.cases.get_case(case.id)
        # The objection and the withdrawal completed their items; the rest is marked here.
        for item in case.items:
            if item.outcome is not ItemOutcome.PENDING:
                continue
            case = self._s.cases.set_item_outcome(
                actor, item.id, ItemOutcome.DONE, _DONE_REASON, item.version
            )
        self._s.cases.transition(actor, case.id, CaseState.CLOSED, case.version)

    def _stage_withdrawn(
        self, actor: Actor, case: CaseDetail, customer: _Candidate | None, facts: Facts
    ) -> None:
        if customer is not None:
            self._link(actor, case, customer)
            self._contact_check(actor, case, customer)
            case = self._s.cases.get_case(case.id)
        self._s.cases.transition(
            actor, case.id, CaseState.CLOSED, case.version, CaseOutcome.WITHDRAWN
        )


_STAGES: Final = {
    Stage.NEW: _Builder._stage_received,
    Stage.ACKNOWLEDGED: _Builder._stage_received,
    Stage.CHECKING: _Builder._stage_checking,
    Stage.CLOCK_STOPPED: _Builder._stage_clock_stopped,
    Stage.VERIFIED: _Builder._stage_verified,
    Stage.IN_PROGRESS: _Builder._stage_in_progress,
    Stage.ERASURE_PROPOSED: _Builder._stage_erasure,
    Stage.EXTENSION_PROPOSED: _Builder._stage_extension,
    Stage.DONE: _Builder._stage_done,
    Stage.WITHDRAWN: _Builder._stage_withdrawn,
}


# --------------------------------------------------------------------------- helpers


def _note(scripted: Scripted, language: str) -> str:
    english = language == "en"
    lines = [_NOTES[right][1 if english else 0] for right in scripted.rights]
    channel = _CHANNEL_NOTES.get(scripted.channel)
    if channel is not None:
        lines.insert(0, channel[1 if english else 0] + ":")
    return "\n".join(lines)


def _without_marks(name: str) -> str:
    """The name as typed on a keyboard without Vietnamese input: "Nguyen Van Tuan"."""
    decomposed = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _demo_email(template: str, name: str, address: str, received: datetime) -> bytes:
    """A demo e-mail from ``name <address>``, sent at ``received``."""
    message = message_from_bytes(
        resource_path("demo", template).read_bytes(), policy=policy.default
    )
    local, _, domain = address.partition("@")
    del message["From"]
    message["From"] = Address(display_name=name, username=local, domain=domain)
    del message["Date"]
    message["Date"] = format_datetime(received)
    return message.as_bytes()
