"""Every text a person types into a service goes through the one free-text policy.

The first test lists every text parameter of every service (the ``Services`` bundle,
and the fields of the dataclasses they take) and fails when one is not in the tables
below: a new parameter must be classed as free text (with its kind and limit) or as
something else (with the reason). The second proves, for every free-text parameter,
that a full card number and a text over the limit are refused before anything is
written. The last ones are findings 1 and 9: what was stored in clear, or cut short.
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from clb4u_desk.app import Services, build_services
from clb4u_desk.config import DatabaseSettings
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.domain.cases import ItemOutcome
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.errors import CardNumberError, ValidationError
from clb4u_desk.domain.free_text import MAX_NOTE, TextKind
from clb4u_desk.domain.refusals import MAX_LEGAL_GROUND, MAX_REASON
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.domain.text import fold
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.persistence.models import Case, Customer, RequestItem
from clb4u_desk.persistence.models.base import Base
from clb4u_desk.services.cases.page import CasePageService
from clb4u_desk.services.intake.service import NewCase
from tests.conftest import MemoryKeyring

LINE, PARAGRAPH, NOTE = TextKind.LINE, TextKind.PARAGRAPH, TextKind.NOTE
CARD = "Visa 4111111111111111"

# Free text: what a person types and the app keeps, shows or sends. Kind and limit.
FREE_TEXT: dict[str, tuple[TextKind, int]] = {
    "AccountService.add_user.display_name": (LINE, 120),
    "ApprovalService.decide.reason": (PARAGRAPH, MAX_NOTE),
    "CaseService.apply_extension.reason": (PARAGRAPH, MAX_NOTE),
    "CaseService.pause_item.reason": (PARAGRAPH, MAX_NOTE),
    "CaseService.set_item_outcome.reason": (PARAGRAPH, MAX_NOTE),
    "CaseService.set_item_third_party.reason": (PARAGRAPH, MAX_NOTE),
    "DecisionService.propose_extension.reason": (PARAGRAPH, MAX_NOTE),
    "DecisionService.propose_refusal.reason": (PARAGRAPH, MAX_REASON),
    "DecisionService.propose_refusal.legal_ground": (PARAGRAPH, MAX_LEGAL_GROUND),
    "DecisionService.rectify.reason": (PARAGRAPH, MAX_NOTE),
    "DecisionService.rectify.evidence": (PARAGRAPH, MAX_NOTE),
    "DecisionService.restrict.reason": (PARAGRAPH, 300),
    "IntakeService.create_case.new.requester_name": (LINE, 200),
    "IntakeService.create_case.new.address": (LINE, 400),
    "IntakeService.create_case.new.notes": (NOTE, MAX_NOTE),
}

# Text parameters that are not free text, and why.
_CODE = "a code from a fixed list, checked against it"
_KEY = "a case id or reference, looked up (unknown: NotFoundError)"
_NOT_STORED = "compared or searched with, never stored"
_INTERNAL = "internal: another service's call inside its unit of work, text checked there"
_LANGUAGE = "a language code (vi/en)"
NOT_FREE_TEXT: dict[str, str] = {
    "AccountService.add_user.login": "sign-in name, checked against a pattern",
    "AccountService.add_user.role": _CODE,
    "AccountService.add_user.password": "a secret, kept only as an argon2 hash",
    "AccountService.sign_in.login": _NOT_STORED,
    "AccountService.sign_in.password": _NOT_STORED,
    "ApprovalService.propose.payload": _INTERNAL,
    "CaseService.acknowledgement_text.key": _KEY,
    "CaseService.acknowledgement_text.language": _LANGUAGE,
    "CaseService.get_case.key": _KEY,
    "CaseService.timeline.key": _KEY,
    "CopyService.case_id.reference": _KEY,
    "CopyService.issue.formats": _CODE,
    "CopyService.issue.channel": _CODE,
    "DecisionService.lift_restriction.how": _CODE,
    "DecisionService.preview_refusal.reason": "a preview: writes nothing (limits checked)",
    "DecisionService.preview_refusal.legal_ground": "a preview: writes nothing",
    "DecisionService.recipients_to_tell.categories": _CODE,
    "DecisionService.record_recipient_notified.channel": _CODE,
    "DecisionService.record_recipient_notified.about": _CODE,
    "DecisionService.rectify.expected_versions": "record keys given back by the preview",
    "DecisionService.rectify.changes.table": _CODE,
    "DecisionService.rectify.changes.field": _CODE,
    "DecisionService.rectify.changes.new_value": "a record's value: checked per field "
    "(format, length, card numbers) by rectification_fields",
    "DecisionService.preview_rectification.changes.table": _CODE,
    "DecisionService.preview_rectification.changes.field": _CODE,
    "DecisionService.preview_rectification.changes.new_value": "a preview: writes nothing",
    "ErasureService.certificate_pdf.channel": _CODE,
    "ErasureService.plan.case_id": _KEY,
    "ErasureService.propose.case_id": _KEY,
    "EvidenceService.evidence_pack.case_reference": _KEY,
    "EvidenceService.evidence_pack.language": _LANGUAGE,
    "IntakeService.create_case.new.email": "a contact point: email format, 254 at most",
    "IntakeService.create_case.new.phone": "a contact point: normalised to E.164",
    "IntakeService.create_case.new.attachments.display_name": "a file's name, sanitised",
    "IntakeService.create_case.new.attachments.content_type": "a MIME type, cut to 120",
    "SearchService.search.query": _NOT_STORED,
    "SearchService.search_results.query": _NOT_STORED,
    "VerificationService.answer_knowledge_question.typed": _NOT_STORED,
    "VerificationService.check_one_time_code.typed": _NOT_STORED,
    "VerificationService.record_callback.phone": "must match a registered phone; kept masked",
    "VerificationService.record_id_document_seen.last4": "exactly 4 digits (IdDocumentSeen)",
    "VerificationService.send_one_time_code.destination_email": "must be on file",
    "VerificationService.send_one_time_code.channel": _CODE,
}


# --------------------------------------------------------------------------- enumeration


def _holds_str(annotation: Any) -> bool:
    if annotation is str:
        return True
    return any(_holds_str(arg) for arg in typing.get_args(annotation))


def _dataclasses_in(annotation: Any) -> Iterator[type]:
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        yield annotation
    for arg in typing.get_args(annotation):
        yield from _dataclasses_in(arg)


def _text_fields(prefix: str, annotation: Any) -> Iterator[str]:
    if _holds_str(annotation):
        yield prefix
    for cls in _dataclasses_in(annotation):
        if cls is Actor:  # the signed-in person, made by sign_in: nothing typed
            continue
        hints = typing.get_type_hints(cls)
        for field in dataclasses.fields(cls):
            yield from _text_fields(f"{prefix}.{field.name}", hints[field.name])


def _service_classes() -> list[type]:
    hints = typing.get_type_hints(Services)
    return [hints[f.name] for f in dataclasses.fields(Services) if f.name != "ctx"] + [
        CasePageService
    ]


def text_parameters() -> set[str]:
    """ "Class.method.param[.field...]" for every text a public service method takes."""
    found: set[str] = set()
    for cls in _service_classes():
        for name, function in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_"):
                continue
            hints = typing.get_type_hints(function)
            for parameter in inspect.signature(function).parameters:
                if parameter in hints and parameter != "return":
                    found.update(
                        _text_fields(f"{cls.__name__}.{name}.{parameter}", hints[parameter])
                    )
    return found


def test_every_text_parameter_of_every_service_is_classified() -> None:
    found = text_parameters()
    unclassified = found - FREE_TEXT.keys() - NOT_FREE_TEXT.keys()
    assert not unclassified, f"class these as free text or say why not: {sorted(unclassified)}"
    assert not (FREE_TEXT.keys() & NOT_FREE_TEXT.keys())
    gone = (FREE_TEXT.keys() | NOT_FREE_TEXT.keys()) - found
    assert not gone, f"no longer service parameters: {sorted(gone)}"


# --------------------------------------------------------------------------- a desk


NOW = datetime.now(UTC)


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "ab" * 32)


@dataclass
class Desk:
    services: Services
    actors: dict[str, Actor]
    case_id: int
    items: dict[Right, int]
    approval: tuple[int, int] = (0, 0)  # a proposal waiting for a supervisor

    def version(self, right: Right) -> int:
        with self.services.db.reader() as uow:
            item = uow.session.get(RequestItem, self.items[right])
            assert item is not None
            return item.version

    def case_version(self) -> int:
        with self.services.db.reader() as uow:
            case = uow.session.get(Case, self.case_id)
            assert case is not None
            return case.version


@pytest.fixture
def desk(services: Services, actors: dict[str, Actor]) -> Desk:
    with services.db.uow() as uow:
        customer = Customer(
            reference="KH-000001",
            full_name="Trần Thị Bích",
            name_folded=fold("Trần Thị Bích"),
            birth_year=1990,
            created_at=NOW - timedelta(days=400),
        )
        uow.session.add(customer)
        uow.session.flush()
        case = Case(
            reference="DSR-2026-900001",
            channel="email",
            received_at=NOW - timedelta(days=1),
            requester_name="Trần Thị Bích",
            requester_email="bich@example.vn",
            contact_key="bich@example.vn",
            customer_id=customer.id,
            regimes="vn",
            state="in_progress",
            identity_level=3,
            due_on=NOW.date() + timedelta(days=9),
        )
        uow.session.add(case)
        uow.session.flush()
        rows = {
            right: RequestItem(
                case_id=case.id,
                right=right.value,
                due_on=NOW.date() + timedelta(days=9),
                base_due_on=NOW.date() + timedelta(days=9),
                regime_applied="vn",
            )
            for right in Right
        }
        uow.session.add_all(rows.values())
        uow.commit()
        return Desk(services, actors, case.id, {r: item.id for r, item in rows.items()})


def _pending_approval(desk: Desk) -> tuple[int, int]:
    proposal = desk.services.decisions.propose_refusal(
        desk.actors["agent"],
        desk.items[Right.ERASURE],
        "Yêu cầu lặp lại",
        "GDPR Art. 12(5)",
        expected_version=desk.version(Right.ERASURE),
    )
    return proposal.approval_id, proposal.approval_version


def _new_case(**texts: str) -> NewCase:
    fields: dict[str, Any] = {"requester_name": "Nguyễn Văn An", "notes": None, "address": None}
    fields.update(texts)
    return NewCase(
        channel=Channel.PHONE,
        received_at=NOW,
        rights=(Right.ACCESS,),
        email="an@example.vn",
        **fields,
    )


# What each free-text parameter's call is, with ``text`` in that parameter and every
# other argument valid.
Call = Callable[[Desk, str], object]
CALLS: dict[str, Call] = {
    "AccountService.add_user.display_name": lambda d, t: d.services.accounts.add_user(
        d.actors["admin"], login="newagent", display_name=t, role="agent", password="x" * 12
    ),
    "ApprovalService.decide.reason": lambda d, t: d.services.approvals.decide(
        d.actors["supervisor"],
        d.approval[0],
        approve=False,
        reason=t,
        expected_version=d.approval[1],
    ),
    "CaseService.apply_extension.reason": lambda d, t: d.services.cases.apply_extension(
        d.actors["supervisor"], d.items[Right.ACCESS], t, d.version(Right.ACCESS)
    ),
    "CaseService.pause_item.reason": lambda d, t: d.services.cases.pause_item(
        d.actors["agent"], d.items[Right.ACCESS], t, d.version(Right.ACCESS)
    ),
    "CaseService.set_item_outcome.reason": lambda d, t: d.services.cases.set_item_outcome(
        d.actors["agent"],
        d.items[Right.ACCESS],
        ItemOutcome.PARTLY_DONE,
        t,
        d.version(Right.ACCESS),
    ),
    "CaseService.set_item_third_party.reason": lambda d, t: d.services.cases.set_item_third_party(
        d.actors["agent"], d.items[Right.ACCESS], True, t, d.version(Right.ACCESS)
    ),
    "DecisionService.propose_extension.reason": lambda d, t: d.services.decisions.propose_extension(
        d.actors["agent"], d.items[Right.ACCESS], t, expected_version=d.version(Right.ACCESS)
    ),
    "DecisionService.propose_refusal.reason": lambda d, t: d.services.decisions.propose_refusal(
        d.actors["agent"],
        d.items[Right.ACCESS],
        t,
        "GDPR Art. 12(5)",
        expected_version=d.version(Right.ACCESS),
    ),
    "DecisionService.propose_refusal.legal_ground": lambda d, t: (
        d.services.decisions.propose_refusal(
            d.actors["agent"],
            d.items[Right.ACCESS],
            "Yêu cầu lặp lại",
            t,
            expected_version=d.version(Right.ACCESS),
        )
    ),
    "DecisionService.rectify.reason": lambda d, t: d.services.decisions.rectify(
        d.actors["agent"], d.case_id, [], reason=t, evidence="", expected_versions={}
    ),
    "DecisionService.rectify.evidence": lambda d, t: d.services.decisions.rectify(
        d.actors["agent"], d.case_id, [], reason="Sai tên", evidence=t, expected_versions={}
    ),
    "DecisionService.restrict.reason": lambda d, t: d.services.decisions.restrict(
        d.actors["agent"],
        d.case_id,
        categories=[DataCategory.IDENTITY],
        reason=t,
        expected_version=d.case_version(),
    ),
    "IntakeService.create_case.new.requester_name": lambda d, t: d.services.intake.create_case(
        d.actors["agent"], _new_case(requester_name=t)
    ),
    "IntakeService.create_case.new.address": lambda d, t: d.services.intake.create_case(
        d.actors["agent"], _new_case(address=t)
    ),
    "IntakeService.create_case.new.notes": lambda d, t: d.services.intake.create_case(
        d.actors["agent"], _new_case(notes=t)
    ),
}


def test_every_free_text_parameter_has_a_call() -> None:
    assert CALLS.keys() == FREE_TEXT.keys()


def _everything(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: the database as it stands."""
    with services.db.reader() as uow:
        return {
            table.name: sorted(
                (tuple(row) for row in uow.session.execute(select(table)).all()), key=repr
            )
            for table in Base.metadata.sorted_tables
        }


def _over_long(kind: TextKind, limit: int) -> str:
    word = "Nguyễn "
    text = word * (limit // len(word) + 2)
    return text.replace(" ", "\n", 3) if kind is NOTE else text


@pytest.fixture(params=["sqlite"])
def db_url(request: pytest.FixtureRequest, sqlite_url: str) -> str:
    # The checks come before the database is touched: SQLite is enough for each of
    # them; test_texts_at_their_limit_are_kept_whole runs on PostgreSQL too.
    del request
    return sqlite_url


@pytest.mark.parametrize("parameter", sorted(FREE_TEXT))
def test_each_free_text_refuses_a_card_number_and_an_over_long_text(
    desk: Desk, parameter: str
) -> None:
    kind, limit = FREE_TEXT[parameter]
    call = CALLS[parameter]
    if parameter == "ApprovalService.decide.reason":
        desk.approval = _pending_approval(desk)
    before = _everything(desk.services)

    with pytest.raises(CardNumberError) as card:
        call(desk, f"Khách đọc số thẻ {CARD} qua điện thoại")
    assert "4111" not in str(card.value)
    with pytest.raises(ValidationError) as long:
        call(desk, _over_long(kind, limit))
    assert long.value.template == "{what} is longer than {limit} characters."
    assert long.value.params["limit"] == limit

    assert _everything(desk.services) == before


# --------------------------------------------------------------------------- findings


def test_an_item_outcome_reason_with_a_card_number_or_over_long_is_refused(desk: Desk) -> None:
    """Finding 1: "Ghi kết quả…" kept a card number and took 2,573 characters."""
    before = _everything(desk.services)
    agent, item = desk.actors["agent"], desk.items[Right.ACCESS]
    with pytest.raises(CardNumberError):
        desk.services.cases.set_item_outcome(
            agent, item, ItemOutcome.PARTLY_DONE, f"Đã gửi; thẻ {CARD}", desk.version(Right.ACCESS)
        )
    with pytest.raises(ValidationError, match="2000"):
        desk.services.cases.set_item_outcome(
            agent, item, ItemOutcome.PARTLY_DONE, "x" * 2_573, desk.version(Right.ACCESS)
        )
    assert _everything(desk.services) == before


def test_a_new_case_note_with_a_card_number_is_refused(desk: Desk) -> None:
    """Finding 1: the new-case note ("Vụ việc mới…") kept "Visa 4111111111111111"."""
    before = _everything(desk.services)
    with pytest.raises(CardNumberError, match="The notes"):
        desk.services.intake.create_case(desk.actors["agent"], _new_case(notes=CARD))
    assert _everything(desk.services) == before


def test_a_long_name_is_refused_with_its_limit_named(desk: Desk) -> None:
    """Finding 9: a name over 200 characters was cut without a word."""
    with pytest.raises(ValidationError) as refused:
        desk.services.intake.create_case(desk.actors["agent"], _new_case(requester_name="A" * 250))
    assert str(refused.value) == "The requester's name is longer than 200 characters."


@pytest.mark.parametrize("url_fixture", ["sqlite_url", "pg_url"])
def test_texts_at_their_limit_are_kept_whole(
    request: pytest.FixtureRequest, url_fixture: str, settings: Any
) -> None:
    """A name or note exactly at its limit is stored as typed, on both databases."""
    url = request.getfixturevalue(url_fixture)
    db = Database(create_app_engine(url))
    try:
        migrate.upgrade(db.engine)
        services = build_services(
            replace(settings, database=DatabaseSettings(url=url, password="none")), db
        )
        admin = SYSTEM_ACTOR
        name, notes = "Ánh " * 49 + "Ánh!", "Dòng một\n" + "ý " * 996
        assert (len(name), len(notes.strip())) == (200, 2_000)
        created = services.intake.create_case(admin, _new_case(requester_name=name, notes=notes))
        account = services.accounts.add_user(
            admin, login="long", display_name="Đ" * 120, role="agent", password="x" * 12
        )
        detail = services.cases.get_case(created.id)
        assert (detail.requester_name, detail.notes) == (name, notes.strip())
        assert account.display_name == "Đ" * 120
    finally:
        db.dispose()


def test_a_certificate_channel_is_a_code_not_text(desk: Desk) -> None:
    """The channel is stored with the issued certificate: only the known codes pass."""
    with pytest.raises(ValidationError, match="The channel must be one of"):
        desk.services.erasure.certificate_pdf(desk.actors["agent"], 1, channel=CARD)
