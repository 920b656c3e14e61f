"""Decisions on both databases: rectification, restriction, objection, withdrawal,
suppression, refusal and extension through four eyes, and two agents at once."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clb4u_desk.app import Services
from clb4u_desk.audit.verify import verify_database
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import ItemOutcome
from clb4u_desk.domain.categories import ContactChannel, DataCategory, Purpose
from clb4u_desk.domain.errors import (
    CardNumberError,
    ConcurrentChangeError,
    DomainError,
    IdentityNotVerifiedError,
    IllegalTransitionError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.rights import Right
from clb4u_desk.domain.text import fold
from clb4u_desk.persistence.models import (
    RECORD_MODELS,
    Case,
    Consent,
    Customer,
    CustomerAddress,
    CustomerEmail,
    CustomerPhone,
    DecisionLogEntry,
    Disclosure,
    RequestItem,
    Restriction,
    Suppression,
)
from clb4u_desk.services.decisions.service import FieldChange, RectificationPreview
from clb4u_desk.services.search.service import index_customer_names
from tests.conftest import MemoryKeyring

NOW = datetime.now(UTC)
RECEIVED = NOW - timedelta(days=1)
CARD = "4111 1111 1111 1111"
_counter = iter(range(1, 1_000_000))


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    # A team database (PostgreSQL) needs the shared key in the keyring; give it one.
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "ab" * 32)


@dataclass
class Person:
    customer_id: int
    email_id: int
    phone_id: int
    postal_id: int
    billing_id: int
    identity_disclosure: int
    payments_disclosure: int


def _add_person(
    session: Session,
    name: str,
    email: str,
    phone: str,
    consents: tuple[tuple[str, str, bool], ...] = (),
) -> Person:
    number = next(_counter)
    customer = Customer(
        reference=f"KH-{number:06d}",
        full_name=name,
        name_folded=fold(name),
        birth_year=1990,
        gender="female",
        occupation="Kế toán",
        zip_code="700000",
        created_at=RECEIVED - timedelta(days=400),
    )
    session.add(customer)
    session.flush()
    cid = customer.id
    rows: list[Any] = [
        CustomerEmail(customer_id=cid, email=email, is_primary=True),
        CustomerPhone(customer_id=cid, phone_e164=phone),
        CustomerAddress(customer_id=cid, kind="postal", street="12 Lê Lợi", city="Huế"),
        CustomerAddress(customer_id=cid, kind="billing", street="1 Hai Bà Trưng", city="Hà Nội"),
        Disclosure(
            customer_id=cid,
            recipient="Công ty Giao nhận ABC",
            legal_basis="hợp đồng",
            categories="identity,subscriptions",
            disclosed_on=date(2026, 1, 5),
        ),
        Disclosure(
            customer_id=cid,
            recipient="Cổng thanh toán XYZ",
            legal_basis="hợp đồng",
            categories="payments",
            disclosed_on=date(2026, 2, 1),
        ),
    ]
    rows += [
        Consent(
            customer_id=cid,
            purpose=p,
            channel=c,
            granted=g,
            changed_at=RECEIVED - timedelta(days=300),
            source="web_signup",
        )
        for p, c, g in consents
    ]
    session.add_all(rows)
    session.flush()
    index_customer_names(session, [(cid, name)], new=True)
    return Person(cid, rows[0].id, rows[1].id, rows[2].id, rows[3].id, rows[4].id, rows[5].id)


def person(
    services: Services,
    name: str = "Trần Thị Bích",
    email: str = "bich@example.vn",
    phone: str = "+84912345678",
    consents: tuple[tuple[str, str, bool], ...] = (
        ("marketing", "email", True),
        ("marketing", "sms", True),
    ),
) -> Person:
    with services.db.uow() as uow:
        made = _add_person(uow.session, name, email, phone, consents)
        uow.commit()
        return made


def case(
    services: Services,
    rights: tuple[Right, ...],
    *,
    customer_id: int | None,
    level: int,
    state: str = "in_progress",
    email: str | None = "bich@example.vn",
    phone: str | None = None,
    regimes: str = "vn",
) -> tuple[int, dict[Right, int]]:
    with services.db.uow() as uow:
        row = Case(
            reference=f"DSR-2026-{next(_counter):06d}",
            channel="email",
            received_at=RECEIVED,
            requester_name="Trần Thị Bích",
            requester_email=email,
            requester_phone=phone,
            contact_key=email or phone,
            customer_id=customer_id,
            regimes=regimes,
            state=state,
            identity_level=level,
            due_on=RECEIVED.date() + timedelta(days=10),
        )
        uow.session.add(row)
        uow.session.flush()
        items = {
            right: RequestItem(
                case_id=row.id,
                right=right.value,
                due_on=RECEIVED.date() + timedelta(days=10),
                base_due_on=RECEIVED.date() + timedelta(days=10),
                regime_applied="vn",
            )
            for right in rights
        }
        uow.session.add_all(items.values())
        uow.commit()
        return row.id, {right: item.id for right, item in items.items()}


def case_version(services: Services, case_id: int) -> int:
    with services.db.reader() as uow:
        found = uow.session.get(Case, case_id)
        assert found is not None
        return found.version


def item_row(services: Services, item_id: int) -> RequestItem:
    with services.db.reader() as uow:
        found = uow.session.get(RequestItem, item_id)
        assert found is not None
        uow.session.expunge(found)  # a snapshot: leaving the unit of work expires attached rows
        return found


def log(services: Services, action: str) -> list[dict[str, Any]]:
    with services.db.reader() as uow:
        rows = uow.session.execute(
            select(DecisionLogEntry.details)
            .where(DecisionLogEntry.action == action)
            .order_by(DecisionLogEntry.seq)
        ).scalars()
        return [json.loads(details) for details in rows]


def log_text(services: Services) -> str:
    with services.db.reader() as uow:
        return "\n".join(uow.session.execute(select(DecisionLogEntry.details)).scalars())


def assert_log_ok(services: Services) -> None:
    with services.db.reader() as uow:
        result = verify_database(uow.session)
        assert result.ok, result


def record_counts(services: Services) -> dict[str, int]:
    with services.db.reader() as uow:
        return {
            model.__tablename__: uow.session.execute(
                select(func.count()).select_from(model)
            ).scalar_one()
            for model in RECORD_MODELS
        }


def sha(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


PSEUDONYM_KEY = bytes.fromhex("ab" * 32)  # the key the autouse fixture stores


def keyed(value: str, key: bytes = PSEUDONYM_KEY) -> str:
    """A logged value's keyed hash, computed as docs/decision-log.md specifies it."""
    return hmac.new(key, f"decision-log-value:{value}".encode(), hashlib.sha256).hexdigest()


def versions(previews: list[RectificationPreview]) -> dict[str, int]:
    return {p.key: p.version for p in previews}


# --------------------------------------------------------------------------- rectification


def test_rectification_shows_before_after_applies_and_logs_hashes(
    services: Services, actors: dict[str, Actor]
) -> None:
    p = person(services)
    case_id, items = case(services, (Right.RECTIFICATION,), customer_id=p.customer_id, level=2)
    new_name = unicodedata.normalize("NFD", "Trần  Thị Bích Ngọc")
    changes = [
        FieldChange("customers", p.customer_id, "full_name", new_name),
        FieldChange("customers", p.customer_id, "occupation", "Kiểm toán viên"),
        FieldChange("customer_phones", p.phone_id, "phone_e164", "0987 654 321"),
        FieldChange("customer_emails", p.email_id, "email", " Bich.Ngoc@Example.VN "),
    ]
    previews = services.decisions.preview_rectification(actors["agent"], case_id, changes)
    by_field = {pv.field: pv for pv in previews}
    assert by_field["full_name"].before == "Trần Thị Bích"
    assert by_field["full_name"].after == "Trần Thị Bích Ngọc"  # NFC, single spaces
    assert unicodedata.is_normalized("NFC", by_field["full_name"].after or "")
    assert by_field["phone_e164"].after == "+84987654321"
    assert by_field["email"].after == "bich.ngoc@example.vn"
    assert by_field["phone_e164"].contact_data
    assert not by_field["occupation"].contact_data
    assert all(pv.changed for pv in previews)
    assert "Bích" not in repr(previews)  # values stay out of reprs and tracebacks

    result = services.decisions.rectify(
        actors["agent"],
        case_id,
        changes,
        reason="Khách hàng đã kết hôn, đổi tên",
        evidence="Giấy đăng ký kết hôn (đã xem)",
        expected_versions=versions(previews),
    )
    assert result.categories == ("account", "identity")
    assert [r.disclosure_id for r in result.recipients] == [p.identity_disclosure]
    with services.db.reader() as uow:
        customer = uow.session.get(Customer, p.customer_id)
        assert customer is not None
        assert customer.full_name == "Trần Thị Bích Ngọc"
        assert customer.name_folded == "tran thi bich ngoc"
        assert customer.occupation == "Kiểm toán viên"
        assert customer.version == 2
        phone = uow.session.get(CustomerPhone, p.phone_id)
        assert phone is not None
        assert phone.phone_e164 == "+84987654321"
        assert phone.version == 2
    assert services.search.search("bich ngoc")[0].customer_id == p.customer_id

    [entry] = log(services, "rectification")
    assert entry["count"] == 4
    assert entry["identity_level_needed"] == "L2"
    name_change = next(c for c in entry["changes"] if c["field"] == "full_name")
    assert name_change["old_hmac"] == keyed("Trần Thị Bích")
    assert name_change["new_hmac"] == keyed("Trần Thị Bích Ngọc")
    assert entry["reason_hmac"] == keyed("Khách hàng đã kết hôn, đổi tên")
    text = log_text(services)
    assert sha("Trần Thị Bích") not in text
    assert sha("+84987654321") not in text
    for value in ("Bích", "Ngọc", "0987", "84987654321", "bich.ngoc", "Kiểm toán", "kết hôn"):
        assert value not in text
    # The reason and evidence are kept with the request item, not in the log.
    scope = json.loads(item_row(services, items[Right.RECTIFICATION]).scope or "{}")
    assert scope["rectifications"][0]["evidence"] == "Giấy đăng ký kết hôn (đã xem)"

    notice = services.decisions.record_recipient_notified(
        actors["agent"], case_id, p.identity_disclosure, "email"
    )
    assert notice.about == "rectification"
    assert log(services, "recipient_notified") == [
        {"about": "rectification", "channel": "email", "disclosure": p.identity_disclosure}
    ]
    other = person(services, name="Lê Văn Cường", email="cuong@example.vn", phone="+84911111111")
    with pytest.raises(NotFoundError):
        services.decisions.record_recipient_notified(
            actors["agent"], case_id, other.identity_disclosure, "email"
        )
    assert_log_ok(services)


def test_rectification_refuses_card_numbers_and_fields_off_the_list(
    services: Services, actors: dict[str, Actor]
) -> None:
    p = person(services)
    other = person(services, name="Lê Văn Cường", email="cuong@example.vn")
    case_id, _ = case(services, (Right.RECTIFICATION,), customer_id=p.customer_id, level=2)
    agent = actors["agent"]
    with pytest.raises(CardNumberError) as refused:
        services.decisions.preview_rectification(
            agent, case_id, [FieldChange("customers", p.customer_id, "job_title", CARD)]
        )
    assert "4111" not in str(refused.value)
    with pytest.raises(CardNumberError):
        services.decisions.rectify(
            agent,
            case_id,
            [
                FieldChange(
                    "customer_addresses",
                    p.postal_id,
                    "street",
                    f"Số {CARD.replace(' ', '')} Lê Lợi",
                )
            ],
            reason="sửa",
            evidence="",
            expected_versions={f"customer_addresses:{p.postal_id}": 1},
        )
    bad: list[tuple[FieldChange, type[DomainError]]] = [
        (FieldChange("invoices", 1, "amount_vnd", "1"), ValidationError),
        (FieldChange("customers", p.customer_id, "reference", "KH-999999"), ValidationError),
        (FieldChange("customers", p.customer_id, "full_name", "  "), ValidationError),
        (FieldChange("customer_emails", p.email_id, "email", "not-an-email"), ValidationError),
        (FieldChange("customer_phones", p.phone_id, "phone_e164", "12"), ValidationError),
        (FieldChange("customers", p.customer_id, "birth_year", "1800"), ValidationError),
        (FieldChange("customer_emails", other.email_id, "email", "x@example.vn"), NotFoundError),
    ]
    for change, error in bad:
        with pytest.raises(error):
            services.decisions.preview_rectification(agent, case_id, [change])
    with pytest.raises(ValidationError, match="nothing to correct"):
        services.decisions.rectify(
            agent,
            case_id,
            [FieldChange("customers", p.customer_id, "zip_code", "700000")],
            reason="kiểm tra",
            evidence="",
            expected_versions={f"customers:{p.customer_id}": 1},
        )
    with pytest.raises(ValidationError, match="version"):
        services.decisions.rectify(
            agent,
            case_id,
            [FieldChange("customers", p.customer_id, "zip_code", "100000")],
            reason="kiểm tra",
            evidence="",
            expected_versions={},
        )
    # A blank optional field is cleared.
    services.decisions.rectify(
        agent,
        case_id,
        [FieldChange("customers", p.customer_id, "zip_code", "")],
        reason="Mã bưu chính sai",
        evidence="",
        expected_versions={f"customers:{p.customer_id}": 1},
    )
    with services.db.reader() as uow:
        customer = uow.session.get(Customer, p.customer_id)
        assert customer is not None
        assert customer.zip_code is None
        assert customer.job_title is None
        address = uow.session.get(CustomerAddress, p.postal_id)
        assert address is not None
        assert address.street == "12 Lê Lợi"
        assert address.version == 1
    assert_log_ok(services)


def test_rectification_identity_l1_for_contact_data_l2_otherwise(
    services: Services, actors: dict[str, Actor]
) -> None:
    p = person(services)
    agent = actors["agent"]
    unlinked, _ = case(services, (Right.RECTIFICATION,), customer_id=None, level=1)
    with pytest.raises(ValidationError, match="not linked"):
        services.decisions.preview_rectification(
            agent, unlinked, [FieldChange("customer_emails", p.email_id, "email", "a@b.vn")]
        )
    case_id, _ = case(services, (Right.RECTIFICATION,), customer_id=p.customer_id, level=1)
    contact = [
        FieldChange("customer_emails", p.email_id, "email", "moi@example.vn"),
        FieldChange("customer_addresses", p.postal_id, "city", "Đà Nẵng"),
    ]
    name = [FieldChange("customers", p.customer_id, "full_name", "Trần Bích")]
    billing = [FieldChange("customer_addresses", p.billing_id, "city", "Đà Nẵng")]
    for changes in (name, billing, contact + name):
        with pytest.raises(IdentityNotVerifiedError, match="needs L2"):
            services.decisions.preview_rectification(agent, case_id, changes)
        with pytest.raises(IdentityNotVerifiedError):
            services.decisions.rectify(
                agent, case_id, changes, reason="x", evidence="", expected_versions={}
            )
    previews = services.decisions.preview_rectification(agent, case_id, contact)
    services.decisions.rectify(
        agent,
        case_id,
        contact,
        reason="Địa chỉ mới",
        evidence="",
        expected_versions=versions(previews),
    )
    assert log(services, "rectification")[0]["identity_level_needed"] == "L1"
    # The correction answered the request: its item is done.
    (item,) = services.cases.get_case(case_id).items
    assert item.outcome is ItemOutcome.DONE
    # Names need L2 (a request of its own: the first one is answered).
    at_l2, _ = case(services, (Right.RECTIFICATION,), customer_id=p.customer_id, level=2)
    services.decisions.rectify(
        agent,
        at_l2,
        name,
        reason="Tên viết sai",
        evidence="",
        expected_versions={f"customers:{p.customer_id}": 1},
    )
    assert_log_ok(services)


def test_two_agents_correcting_the_same_record(
    services: Services, actors: dict[str, Actor]
) -> None:
    p = person(services)
    case_id, _ = case(services, (Right.RECTIFICATION,), customer_id=p.customer_id, level=2)
    first = [FieldChange("customers", p.customer_id, "job_title", "Trưởng phòng")]
    second = [
        FieldChange("customers", p.customer_id, "job_title", "Giám đốc"),
        FieldChange("customer_emails", p.email_id, "email", "khac@example.vn"),
    ]
    seen_first = services.decisions.preview_rectification(actors["agent"], case_id, first)
    seen_second = services.decisions.preview_rectification(actors["agent2"], case_id, second)
    services.decisions.rectify(
        actors["agent"],
        case_id,
        first,
        reason="Thăng chức",
        evidence="",
        expected_versions=versions(seen_first),
    )
    with pytest.raises(ConcurrentChangeError, match="changed by someone else"):
        services.decisions.rectify(
            actors["agent2"],
            case_id,
            second,
            reason="Khác",
            evidence="",
            expected_versions=versions(seen_second),
        )
    with services.db.reader() as uow:
        customer = uow.session.get(Customer, p.customer_id)
        email = uow.session.get(CustomerEmail, p.email_id)
        assert customer is not None
        assert customer.job_title == "Trưởng phòng"
        assert email is not None
        assert email.email == "bich@example.vn"
    assert len(log(services, "rectification")) == 1
    assert_log_ok(services)


def _race(calls: list[Callable[[], object]]) -> list[BaseException | None]:
    """Run the calls at the same moment on threads; what each raised (or None)."""
    barrier = threading.Barrier(len(calls))
    outcome: list[BaseException | None] = [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        try:
            calls[index]()
        except BaseException as error:  # collected for the assertions below
            outcome[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return outcome


def test_simultaneous_corrections_one_wins(services: Services, actors: dict[str, Actor]) -> None:
    p = person(services)
    case_id, _ = case(services, (Right.RECTIFICATION,), customer_id=p.customer_id, level=2)
    key = {f"customer_phones:{p.phone_id}": 1}

    def correct(actor: str, phone: str) -> Callable[[], object]:
        return lambda: services.decisions.rectify(
            actors[actor],
            case_id,
            [FieldChange("customer_phones", p.phone_id, "phone_e164", phone)],
            reason="Số mới",
            evidence="",
            expected_versions=key,
        )

    outcome = _race([correct("agent", "0901000001"), correct("agent2", "0901000002")])
    assert sorted(type(error).__name__ for error in outcome) == [
        "ConcurrentChangeError",
        "NoneType",
    ]
    winner = "+84901000001" if outcome[0] is None else "+84901000002"
    with services.db.reader() as uow:
        phone = uow.session.get(CustomerPhone, p.phone_id)
        assert phone is not None
        assert phone.phone_e164 == winner
        assert phone.version == 2
    assert_log_ok(services)


# --------------------------------------------------------------------------- restriction


def test_restriction_and_lifting_after_telling_the_requester(
    services: Services, actors: dict[str, Actor]
) -> None:
    p = person(services)
    agent = actors["agent"]
    case_id, _ = case(services, (Right.RESTRICTION,), customer_id=p.customer_id, level=0)
    with pytest.raises(IdentityNotVerifiedError):
        services.decisions.restrict(
            agent,
            case_id,
            categories=[DataCategory.IDENTITY],
            reason="Tranh chấp",
            expected_version=1,
        )
    with services.db.uow() as uow:
        row = uow.session.get(Case, case_id)
        assert row is not None
        row.identity_level = 1
        uow.commit()
    version = case_version(services, case_id)
    result = services.decisions.restrict(
        agent,
        case_id,
        categories=[DataCategory.IDENTITY, DataCategory.SUBSCRIPTIONS],
        purposes=[Purpose.STATISTICS],
        reason="Khách hàng phản đối tính chính xác",
        expected_version=version,
        complete_item=False,  # recorded again below: the item stays pending
    )
    assert len(result.created) == 3
    assert not result.already_active
    assert [r.disclosure_id for r in result.recipients] == [p.identity_disclosure]
    assert result.case_version == version + 1 == case_version(services, case_id)
    again = services.decisions.restrict(
        agent,
        case_id,
        categories=[DataCategory.IDENTITY],
        reason="Nhắc lại",
        expected_version=version + 1,
    )
    assert not again.created
    assert len(again.already_active) == 1
    with services.db.reader() as uow:
        assert uow.limits.is_restricted(p.customer_id)
        assert uow.limits.is_restricted(p.customer_id, category=DataCategory.IDENTITY)
        assert not uow.limits.is_restricted(p.customer_id, category=DataCategory.INVOICES)
        assert uow.limits.is_restricted(p.customer_id, purpose=Purpose.STATISTICS)
        assert uow.limits.is_restricted(p.customer_id, purpose=Purpose.MARKETING)  # identity
        assert not uow.limits.is_restricted(p.customer_id, purpose=Purpose.SERVICE)
        assert uow.limits.exportable_categories(
            p.customer_id, [DataCategory.IDENTITY, DataCategory.INVOICES]
        ) == [DataCategory.INVOICES]
        assert p.customer_id not in uow.limits.third_party_export_audience(DataCategory.IDENTITY)
        assert p.customer_id in uow.limits.third_party_export_audience(DataCategory.INVOICES)
    active = services.decisions.active_restrictions(agent, p.customer_id)
    assert len(active) == 3
    target = next(r for r in active if r.category == "identity")
    with pytest.raises(ValidationError, match="Tell the requester"):
        services.decisions.lift_restriction(
            agent,
            case_id,
            target.id,
            requester_told=False,
            how="email",
            expected_version=target.version,
        )
    with pytest.raises(ValidationError):
        services.decisions.lift_restriction(
            agent,
            case_id,
            target.id,
            requester_told=True,
            how="pigeon",
            expected_version=target.version,
        )
    lifted = services.decisions.lift_restriction(
        agent, case_id, target.id, requester_told=True, how="email", expected_version=target.version
    )
    assert lifted.lifted_at is not None
    assert lifted.version == target.version + 1
    with pytest.raises(ConcurrentChangeError):
        services.decisions.lift_restriction(
            actors["agent2"],
            case_id,
            target.id,
            requester_told=True,
            how="post",
            expected_version=target.version,
        )
    assert len(services.decisions.active_restrictions(agent, p.customer_id)) == 2
    with services.db.reader() as uow:
        assert not uow.limits.is_restricted(p.customer_id, category=DataCategory.IDENTITY)
        assert uow.session.execute(select(func.count(Restriction.id))).scalar_one() == 3
    entry = log(services, "restriction")[0]
    assert entry["categories"] == ["identity", "subscriptions"]
    assert entry["purposes"] == ["statistics"]
    assert "chính xác" not in log_text(services)
    assert log(services, "restriction_lifted") == [
        {
            "category": "identity",
            "how": "email",
            "purpose": None,
            "requester_told": True,
            "restriction": target.id,
        }
    ]
    assert_log_ok(services)


def test_restricted_and_suppressed_people_are_left_out_of_audiences(
    services: Services, actors: dict[str, Actor]
) -> None:
    consents = (
        ("marketing", "email", True),
        ("statistics", "email", True),
        ("marketing", "sms", True),
    )
    keep = person(services, "Phạm Văn Dũng", "dung@example.vn", "+84912000001", consents)
    restricted = person(services, "Hoàng Thị Em", "em@example.vn", "+84912000002", consents)
    suppressed = person(services, "Vũ Văn Phúc", "phuc@example.vn", "+84912000003", consents)
    silent = person(services, "Đỗ Thị Giang", "giang@example.vn", "+84912000004", ())
    refused = person(
        services,
        "Ngô Văn Hải",
        "hai@example.vn",
        "+84912000005",
        (("marketing", "email", True), ("marketing", "email", False)),
    )
    everyone = {keep.customer_id, restricted.customer_id, suppressed.customer_id}
    with services.db.reader() as uow:
        assert set(uow.limits.marketing_audience(ContactChannel.EMAIL)) == everyone
    case_id, _ = case(services, (Right.RESTRICTION,), customer_id=restricted.customer_id, level=1)
    services.decisions.restrict(
        actors["agent"],
        case_id,
        categories=[DataCategory.ACCOUNT],
        reason="Đang kiểm tra",
        expected_version=1,
    )
    opt_out, _ = case(
        services, (Right.OBJECTION,), customer_id=None, level=0, email="PHUC@example.vn"
    )
    services.decisions.suppress_contact_point(
        actors["agent"], opt_out, ContactChannel.EMAIL, expected_version=1
    )
    with services.db.reader() as uow:
        email_audience = uow.limits.marketing_audience(ContactChannel.EMAIL)
        assert email_audience == [keep.customer_id]
        assert silent.customer_id not in email_audience  # silence is not consent
        assert refused.customer_id not in email_audience  # a recorded refusal wins
        # The suppression was for email only: SMS still reaches the phone.
        assert set(uow.limits.marketing_audience(ContactChannel.SMS)) == {
            keep.customer_id,
            suppressed.customer_id,
        }
        assert set(uow.limits.analytics_population()) == {keep.customer_id, suppressed.customer_id}
    assert_log_ok(services)


# --------------------------------------------------------------------------- objection, withdrawal


def test_objection_and_withdrawal_per_purpose_and_channel_delete_nothing(
    services: Services, actors: dict[str, Actor]
) -> None:
    p = person(
        services,
        consents=(
            ("marketing", "email", True),
            ("marketing", "sms", True),
            ("statistics", "email", True),
            ("service", "email", True),
        ),
    )
    agent = actors["agent"]
    case_id, items = case(
        services, (Right.OBJECTION, Right.CONSENT_WITHDRAWAL), customer_id=p.customer_id, level=1
    )
    before = record_counts(services)
    result = services.decisions.object(
        agent,
        case_id,
        purposes=[Purpose.MARKETING],
        channels=[ContactChannel.EMAIL, ContactChannel.SMS, ContactChannel.POST],
        expected_version=1,
        complete_item=False,
    )
    # Profiling for direct marketing goes with it (GDPR Art. 21(2)).
    assert result.purposes == ("marketing", "targeted_ads")
    assert (result.refused_now, result.recorded, result.already_refused) == (2, 4, 0)
    withdrawn = services.decisions.withdraw_consent(
        agent,
        case_id,
        purposes=[Purpose.STATISTICS],
        expected_version=result.case_version,
        complete_item=False,  # recorded again below: the item stays pending
    )
    assert withdrawn.channels == tuple(c.value for c in sorted(ContactChannel))
    assert (withdrawn.refused_now, withdrawn.recorded) == (1, len(ContactChannel) - 1)
    repeat = services.decisions.withdraw_consent(
        agent,
        case_id,
        purposes=[Purpose.STATISTICS],
        channels=[ContactChannel.EMAIL],
        expected_version=withdrawn.case_version,
    )
    assert (repeat.refused_now, repeat.recorded, repeat.already_refused) == (0, 0, 1)
    after = record_counts(services)
    added = 4 + len(ContactChannel) - 1
    assert after == before | {"consents": before["consents"] + added}  # nothing deleted
    with services.db.reader() as uow:
        rows = (
            uow.session.execute(select(Consent).where(Consent.customer_id == p.customer_id))
            .scalars()
            .all()
        )
        state = {(r.purpose, r.channel): r for r in rows}
        for key in [
            ("marketing", "email"),
            ("marketing", "sms"),
            ("marketing", "post"),
            ("targeted_ads", "email"),
            ("statistics", "fax"),
        ]:
            assert state[key].granted is False
        assert state[("marketing", "email")].source.startswith("DSR DSR-2026-")
        assert state[("marketing", "email")].version == 2
        assert state[("service", "email")].granted is True  # not asked: untouched
        assert uow.limits.marketing_audience(ContactChannel.EMAIL) == []
    objection = log(services, "objection")[0]
    assert objection["deleted"] == 0
    assert objection["item"] == items[Right.OBJECTION]
    assert log(services, "consent_withdrawal")[0]["purposes"] == ["statistics"]
    assert_log_ok(services)


def test_objection_needs_l1_and_the_case_version(
    services: Services, actors: dict[str, Actor]
) -> None:
    p = person(services)
    case_id, _ = case(services, (Right.OBJECTION,), customer_id=p.customer_id, level=0)
    with pytest.raises(IdentityNotVerifiedError):
        services.decisions.object(
            actors["agent"], case_id, purposes=[Purpose.MARKETING], expected_version=1
        )
    other, _ = case(services, (Right.ACCESS,), customer_id=p.customer_id, level=2)
    with pytest.raises(IllegalTransitionError, match="no pending request"):
        services.decisions.withdraw_consent(
            actors["agent"], other, purposes=[Purpose.MARKETING], expected_version=1
        )


def test_two_agents_deciding_on_the_same_case(services: Services, actors: dict[str, Actor]) -> None:
    p = person(services)
    case_id, _ = case(
        services, (Right.RESTRICTION, Right.CONSENT_WITHDRAWAL), customer_id=p.customer_id, level=1
    )
    seen = case_version(services, case_id)  # both agents opened the case at this version
    services.decisions.restrict(
        actors["agent"],
        case_id,
        categories=[DataCategory.POLLS],
        reason="Yêu cầu hạn chế",
        expected_version=seen,
        complete_item=False,
    )
    with pytest.raises(ConcurrentChangeError, match="reload"):
        services.decisions.withdraw_consent(
            actors["agent2"], case_id, purposes=[Purpose.MARKETING], expected_version=seen
        )
    with services.db.reader() as uow:
        granted = uow.session.execute(
            select(Consent.granted).where(
                Consent.customer_id == p.customer_id,
                Consent.purpose == "marketing",
                Consent.channel == "email",
            )
        ).scalar_one()
        assert granted is True  # the stale call wrote nothing
    assert len(services.decisions.active_restrictions(actors["agent"], p.customer_id)) == 1

    def withdraw(actor: str) -> Callable[[], object]:
        return lambda: services.decisions.withdraw_consent(
            actors[actor],
            case_id,
            purposes=[Purpose.MARKETING],
            channels=[ContactChannel.EMAIL],
            expected_version=seen + 1,
        )

    outcome = _race([withdraw("agent"), withdraw("agent2")])
    assert sorted(type(error).__name__ for error in outcome) == [
        "ConcurrentChangeError",
        "NoneType",
    ]
    assert len(log(services, "consent_withdrawal")) == 1
    assert_log_ok(services)


# --------------------------------------------------------------------------- suppression (L0)


def test_suppression_at_l0_without_a_customer(services: Services, actors: dict[str, Actor]) -> None:
    case_id, _items = case(
        services,
        (Right.OBJECTION,),
        customer_id=None,
        level=0,
        state="received",
        email="Someone@Example.VN",
        phone="0912 345 678",
    )
    agent = actors["agent"]
    # Anything beyond the contact point itself still needs the requester verified.
    with pytest.raises(IdentityNotVerifiedError):
        services.decisions.object(agent, case_id, purposes=[Purpose.MARKETING], expected_version=1)
    made = services.decisions.suppress_contact_point(
        agent, case_id, ContactChannel.EMAIL, expected_version=1
    )
    assert made.contact_key == "someone@example.vn"
    assert not made.already_suppressed
    sms = services.decisions.suppress_contact_point(
        agent, case_id, ContactChannel.SMS, expected_version=made.case_version
    )
    assert sms.contact_key == "+84912345678"
    again = services.decisions.suppress_contact_point(
        agent, case_id, ContactChannel.EMAIL, expected_version=sms.case_version
    )
    assert again.already_suppressed
    assert again.id == made.id
    with pytest.raises(ValidationError):
        services.decisions.suppress_contact_point(
            agent, case_id, ContactChannel.POST, expected_version=again.case_version
        )
    with services.db.reader() as uow:
        s = uow.session
        assert uow.limits.is_suppressed("someone@example.vn", ContactChannel.EMAIL)
        assert uow.limits.is_suppressed("+84912345678", ContactChannel.SMS)
        assert not uow.limits.is_suppressed("someone@example.vn", ContactChannel.SMS)
        assert s.execute(select(func.count(Suppression.id))).scalar_one() == 2
    entries = log(services, "suppression")
    assert [e["already_suppressed"] for e in entries] == [False, False, True]
    assert entries[0]["contact_key_hmac"] == keyed("someone@example.vn")
    assert sha("someone@example.vn") not in log_text(services)
    assert "someone" not in log_text(services)
    assert_log_ok(services)


def test_logged_values_are_keyed_hashes_that_a_dictionary_cannot_reverse(
    services: Services, actors: dict[str, Actor]
) -> None:
    # A phone number or ZIP code has few enough values to try them all: a plain SHA-256
    # in a log that is never erased would give them away. The log holds HMACs with the
    # pseudonym key instead, the same value giving the same hash under the same key.
    p = person(services, phone="+84912000111")
    case_id, _items = case(services, (Right.RECTIFICATION,), customer_id=p.customer_id, level=2)
    changes = [
        FieldChange("customers", p.customer_id, "zip_code", "710000"),
        FieldChange("customer_phones", p.phone_id, "phone_e164", "0987 000 222"),
    ]
    previews = services.decisions.preview_rectification(actors["agent"], case_id, changes)
    services.decisions.rectify(
        actors["agent"],
        case_id,
        changes,
        reason="Khách chuyển nhà",
        evidence="",
        expected_versions=versions(previews),
    )
    other_id, _ = case(
        services,
        (Right.OBJECTION,),
        customer_id=None,
        level=0,
        state="received",
        email="tra.my@example.vn",
        phone="0987 000 222",
    )
    sms = services.decisions.suppress_contact_point(
        actors["agent"], other_id, ContactChannel.SMS, expected_version=1
    )
    services.decisions.suppress_contact_point(
        actors["agent"], other_id, ContactChannel.EMAIL, expected_version=sms.case_version
    )

    text = log_text(services)
    for value in ("700000", "710000", "+84912000111", "+84987000222", "tra.my@example.vn"):
        assert value not in text
        assert sha(value) not in text, f"the plain SHA-256 of {value} is in the log"
    [rectified] = log(services, "rectification")
    by_field = {c["field"]: c for c in rectified["changes"]}
    assert by_field["zip_code"]["old_hmac"] == keyed("700000")
    assert by_field["zip_code"]["new_hmac"] == keyed("710000")
    assert by_field["phone_e164"]["old_hmac"] == keyed("+84912000111")
    sms_entry, email_entry = log(services, "suppression")
    assert email_entry["contact_key_hmac"] == keyed("tra.my@example.vn")
    # The phone the correction stored and the one suppressed later: one value, one hash.
    assert (
        sms_entry["contact_key_hmac"]
        == by_field["phone_e164"]["new_hmac"]
        == keyed("+84987000222")
        == services.ctx.log_value_hash("+84987000222")
    )
    # Another team's key gives another hash, and no value hashes like a subject pseudonym.
    assert keyed("+84987000222", b"another team's key") != keyed("+84987000222")
    assert services.ctx.log_value_hash("KH-000001") != services.ctx.pseudonymise("KH-000001")
    assert_log_ok(services)


# --------------------------------------------------------------------------- four eyes


def test_refusal_goes_through_four_eyes(services: Services, actors: dict[str, Actor]) -> None:
    p = person(services)
    _case_id, items = case(
        services,
        (Right.ERASURE, Right.ACCESS),
        customer_id=p.customer_id,
        level=2,
        regimes="vn,gdpr",
    )
    item_id = items[Right.ERASURE]
    decisions, approvals = services.decisions, services.approvals
    with pytest.raises(ValidationError):
        decisions.propose_refusal(
            actors["agent"], item_id, " ", "GDPR Art. 17(3)(b)", expected_version=1
        )
    with pytest.raises(ValidationError):
        decisions.propose_refusal(
            actors["agent"], item_id, "Hóa đơn phải lưu", "", expected_version=1
        )
    preview = decisions.preview_refusal(
        actors["agent"], item_id, "Hóa đơn phải lưu 10 năm", "Luật Kế toán Điều 41"
    )
    proposal = decisions.propose_refusal(
        actors["agent"],
        item_id,
        "Hóa đơn phải lưu 10 năm",
        "Luật Kế toán 88/2015 Điều 41",
        expected_version=1,
    )
    assert "A05" in proposal.text_vi
    assert "Cục An ninh mạng" in proposal.text_vi
    assert "supervisory authority" in proposal.text_en
    assert proposal.complaint_routes == ("vn", "gdpr") == tuple(r.value for r in preview.routes)
    with pytest.raises(IllegalTransitionError, match="already waiting"):
        decisions.propose_extension(
            actors["agent2"], item_id, "Cần thêm thời gian", expected_version=1
        )
    with pytest.raises(PermissionDeniedError):  # agents cannot decide
        approvals.decide(
            actors["agent2"],
            proposal.approval_id,
            approve=True,
            reason="ok",
            expected_version=proposal.approval_version,
        )
    approvals.decide(
        actors["supervisor"],
        proposal.approval_id,
        approve=False,
        reason="Cần nêu rõ loại dữ liệu",
        expected_version=proposal.approval_version,
    )
    assert item_row(services, item_id).outcome == "pending"  # rejected: nothing refused
    # A supervisor's own proposal needs another supervisor.
    second = decisions.propose_refusal(
        actors["supervisor"],
        item_id,
        "Hóa đơn và chứng từ thanh toán phải lưu 10 năm",
        "Luật Kế toán 88/2015 Điều 41",
        expected_version=1,
    )
    with pytest.raises(PermissionDeniedError, match="four eyes"):
        approvals.decide(
            actors["supervisor"],
            second.approval_id,
            approve=True,
            reason="ok",
            expected_version=second.approval_version,
        )
    assert item_row(services, item_id).outcome == "pending"
    approvals.decide(
        actors["supervisor2"],
        second.approval_id,
        approve=True,
        reason="Đồng ý",
        expected_version=second.approval_version,
    )
    refused = item_row(services, item_id)
    assert refused.outcome == "refused"
    assert refused.outcome_reason is not None
    assert "Điều 41" in refused.outcome_reason
    [entry] = log(services, "refusal")
    assert entry["item"] == item_id
    assert entry["complaint_routes"] == ["vn", "gdpr"]
    assert entry["reason_hmac"] == keyed("Hóa đơn và chứng từ thanh toán phải lưu 10 năm")
    with pytest.raises(IllegalTransitionError):
        decisions.propose_refusal(
            actors["agent"], item_id, "lại", "x", expected_version=refused.version
        )
    assert_log_ok(services)


def test_extension_goes_through_four_eyes(services: Services, actors: dict[str, Actor]) -> None:
    p = person(services)
    case_id, items = case(services, (Right.ACCESS,), customer_id=p.customer_id, level=2)
    item_id = items[Right.ACCESS]
    with services.db.uow() as uow:  # the item's due date as the deadline engine has it
        row = uow.session.get(RequestItem, item_id)
        case_row = uow.session.get(Case, case_id)
        assert row is not None
        assert case_row is not None
        rules = services.decisions.rules
        rules.store(row, rules.compute(case_row, row))
        uow.commit()
    before = item_row(services, item_id)
    with pytest.raises(ValidationError):
        services.decisions.propose_extension(
            actors["agent"], item_id, "  ", expected_version=before.version
        )
    proposal = services.decisions.propose_extension(
        actors["agent"],
        item_id,
        "Dữ liệu nằm ở nhiều hệ thống lưu trữ",
        expected_version=before.version,
    )
    assert proposal.previous_due == before.due_on
    assert proposal.proposed_due > before.due_on
    assert "Dữ liệu nằm ở nhiều hệ thống" in proposal.notice_vi
    assert item_row(services, item_id).extended is False  # nothing before approval
    with pytest.raises(PermissionDeniedError):
        services.approvals.decide(
            actors["agent"],
            proposal.approval_id,
            approve=True,
            reason="ok",
            expected_version=proposal.approval_version,
        )
    services.approvals.decide(
        actors["supervisor"],
        proposal.approval_id,
        approve=True,
        reason="Hợp lý",
        expected_version=proposal.approval_version,
    )
    after = item_row(services, item_id)
    assert after.extended
    assert after.due_on == proposal.proposed_due
    assert after.extension_reason == "Dữ liệu nằm ở nhiều hệ thống lưu trữ"
    assert log(services, "item_extended")[0]["item"] == item_id
    with pytest.raises(IllegalTransitionError, match="extended once"):
        services.decisions.propose_extension(
            actors["agent"], item_id, "Lần nữa", expected_version=after.version
        )
    with pytest.raises(ConcurrentChangeError):
        services.decisions.propose_refusal(
            actors["agent"], item_id, "Không", "x", expected_version=before.version
        )
    assert_log_ok(services)


def test_editable_fields_follow_the_identity_level(
    services: Services, actors: dict[str, Actor]
) -> None:
    p = person(services)
    case_id, _ = case(services, (Right.RECTIFICATION,), customer_id=p.customer_id, level=1)
    contact_only = services.decisions.editable_fields(actors["agent"], case_id)
    assert {f.table for f in contact_only} == {
        "customer_emails",
        "customer_phones",
        "customer_addresses",
    }
    assert all(f.contact_data and not f.changed for f in contact_only)
    assert not any(f.record_id == p.billing_id for f in contact_only)
    with services.db.uow() as uow:
        row = uow.session.get(Case, case_id)
        assert row is not None
        row.identity_level = 2
        uow.commit()
    everything = services.decisions.editable_fields(actors["agent"], case_id)
    name = next(f for f in everything if f.field == "full_name")
    assert name.before == "Trần Thị Bích"
    assert name.version == 1
    assert any(f.record_id == p.billing_id for f in everything)
