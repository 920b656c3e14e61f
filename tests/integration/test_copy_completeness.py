"""The data copy holds every stored value of the subject and nothing of anyone else.

Customers come from the demo seeder (heavy customer: id 1; markup name: id 11; NFD name:
id 37), plus awkward records added here (emoji, a 10,000-character text, markup, NFD,
line breaks, a formula). Values are read straight from the tables and looked for in
the PDF's extracted text through the documented transformation
(``reporting.markup.visible_text``, compared with ``comparable``), in the documented
display formats of the copy's language (codes as their labels); cards only masked, the
processor token nowhere. Nothing of anyone else: no other customer's email, phone,
invoice number or full name.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from clb4u_desk.app import Services
from clb4u_desk.domain import labels
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.text import nfc
from clb4u_desk.persistence.models import Customer, PaymentMethod
from clb4u_desk.reporting.data_copy import render_data_copy
from clb4u_desk.reporting.document import Language
from clb4u_desk.reporting.export import export_json
from clb4u_desk.reporting.markup import comparable, visible_text
from tests.conftest import TEST_PASSWORD, MemoryKeyring
from tests.integration.copy_helpers import (
    EMOJI_TEXT,
    LONG_TEXT,
    MARKUP_TEXT,
    NFD_TEXT,
    add_awkward_records,
    add_case,
    body_text,
    expected_values,
    fixed_copies,
    has_words,
    json_records,
    open_services,
    other_customers_markers,
    seed,
)

HEAVY_ID = 1
MARKUP_ID = 11
NFD_ID = 37


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "5a" * 32)


def _agent(services: Services) -> Actor:
    from clb4u_desk.domain.actor import SYSTEM_ACTOR

    services.accounts.add_user(
        SYSTEM_ACTOR, login="agent", display_name="Agent", role="agent", password=TEST_PASSWORD
    )
    return services.accounts.sign_in("agent", TEST_PASSWORD)


@pytest.fixture
def heavy_services(sqlite_url: str) -> Iterator[Services]:
    services = open_services(sqlite_url)
    seed(services, customers=40, heavy_rows=10_000)
    add_awkward_records(services, HEAVY_ID)
    yield services
    services.db.dispose()


@pytest.fixture
def typical_services(services: Services) -> Services:
    """40 customers on SQLite and PostgreSQL (the heavy one kept small here)."""
    seed(services, customers=40, heavy_rows=300)
    add_awkward_records(services, MARKUP_ID)
    return services


def _missing(
    services: Services, customer_id: int, text: str, lang: Language = "vi"
) -> dict[str, list[str]]:
    """Per table, the subject's values not found in ``text`` (first 40 characters each)."""
    found = comparable(text)
    missing: dict[str, list[str]] = {}
    for table, values in expected_values(services, customer_id, lang).items():
        # Each distinct value once: the heavy customer repeats statuses and channels.
        lost = [v[:40] for v in dict.fromkeys(values) if comparable(visible_text(v)) not in found]
        if lost:
            missing[table] = lost
    return missing


def _leaks(services: Services, customer_id: int, text: str) -> list[str]:
    found = comparable(text)
    markers = other_customers_markers(services, customer_id)
    return [m for m in markers.values if comparable(m) in found] + [
        name for name in markers.names if has_words(visible_text(text), name)
    ]


def _tokens(services: Services, customer_id: int) -> list[str]:
    with services.db.reader() as uow:
        return list(
            uow.session.execute(
                select(PaymentMethod.processor_token).where(
                    PaymentMethod.customer_id == customer_id
                )
            ).scalars()
        )


def _check_copy(
    services: Services, agent: Actor, customer_id: int, language: Language = "vi"
) -> None:
    case_id, _ = add_case(services, customer_id, level=3, language=language)
    copies = fixed_copies(services)
    doc = copies.build_document(agent, case_id)
    assert doc.language == language
    pdf = render_data_copy(doc)
    text = body_text(doc, pdf)
    assert _missing(services, customer_id, text, language) == {}
    assert _leaks(services, customer_id, text) == []
    # Recipients: one line per recipient and legal basis (each disclosure is a record).
    pairs = [(r.name, r.description) for r in doc.recipients]
    assert len(pairs) == len(set(pairs))
    export = export_json(doc).decode("utf-8")
    for token in _tokens(services, customer_id):
        assert token not in text
        assert token not in export
    # The export keeps the documented codes; only the PDF shows them as words.
    records = json_records(export_json(doc))
    [account] = records["account"]
    assert account["status"] in labels.CUSTOMER_STATUSES
    assert account["residence"] in labels.RESIDENCES
    assert {r["status"] for r in records["invoices"]} <= set(labels.INVOICE_STATUSES)
    assert {r["channel"] for r in records["communications"]} <= set(labels.CHANNELS)


def test_heavy_customer_copy_holds_every_value_and_no_one_elses(heavy_services: Services) -> None:
    agent = _agent(heavy_services)
    values = expected_values(heavy_services, HEAVY_ID)
    assert sum(len(v) for v in values.values()) > 40_000  # 10,000+ records, several values each
    started = time.monotonic()
    _check_copy(heavy_services, agent, HEAVY_ID)
    # Not a benchmark (that is tests/benchmarks): only a guard against a runaway.
    assert time.monotonic() - started < 300


@pytest.mark.parametrize(
    ("customer_id", "language"), [(MARKUP_ID, "vi"), (NFD_ID, "vi"), (MARKUP_ID, "en")]
)
def test_typical_copies_hold_every_value_and_no_one_elses(
    typical_services: Services, customer_id: int, language: Language
) -> None:
    _check_copy(typical_services, _agent(typical_services), customer_id, language)


def test_the_leak_check_sees_other_customers_names(typical_services: Services) -> None:
    # The check itself: another customer's name in the text is found, the subject's own
    # name (even one the seeder shares among neighbours) is not someone else's.
    with typical_services.db.uow() as uow:
        # Customer 3 has one of the seeder's shared names; give customer 4 the same one,
        # as a bigger seed does for neighbours.
        customers = {c.id: c for c in uow.session.execute(select(Customer)).scalars()}
        customers[4].full_name = customers[3].full_name
        names = {cid: c.full_name for cid, c in customers.items()}
        uow.commit()
    markers = other_customers_markers(typical_services, NFD_ID)
    assert names[2] in markers.names
    assert names[3] in markers.names
    assert nfc(names[NFD_ID]) not in markers.names  # stored NFD, compared as shown
    assert names[3] not in other_customers_markers(typical_services, 3).names
    assert _leaks(typical_services, NFD_ID, f"Ghi chú: {names[2]}.") == [names[2]]
    assert _leaks(typical_services, NFD_ID, f"Ghi chú: {names[2]}h.") == []  # whole words


def test_awkward_text_appears_as_documented(typical_services: Services) -> None:
    agent = _agent(typical_services)
    case_id, _ = add_case(typical_services, MARKUP_ID, level=3)
    doc = fixed_copies(typical_services).build_document(agent, case_id)
    text = body_text(doc, render_data_copy(doc))
    assert MARKUP_TEXT in text  # literally, never as bold markup
    assert "Nguyễn Thị Ánh Tuyết" in text  # NFD stored, NFC shown
    assert "[U+1F600]" in text
    assert "[U+1F9D1]" in text
    assert comparable(visible_text(EMOJI_TEXT)) in comparable(text)
    assert comparable(LONG_TEXT) in comparable(text)  # all 10,000 characters
    assert "'-25.000 ₫" not in text
    assert "-25.000 ₫" in text
    records = json_records(export_json(doc))
    assert NFD_TEXT not in str(records)  # NFC in the export too
    assert any(r["answer"] == "Nguyễn Thị Ánh Tuyết trả lời" for r in records["polls"])


def test_cards_are_masked_and_the_token_absent(typical_services: Services) -> None:
    agent = _agent(typical_services)
    with typical_services.db.reader() as uow:
        customer_id = (
            uow.session.execute(select(PaymentMethod.customer_id).order_by(PaymentMethod.id))
            .scalars()
            .first()
        )
    assert customer_id is not None
    case_id, _ = add_case(typical_services, customer_id, level=3)
    doc = fixed_copies(typical_services).build_document(agent, case_id)
    cards = next(s for s in doc.categories if s.key is DataCategory.PAYMENT_METHODS)
    assert [c.key for c in cards.columns] == ["brand", "card", "expiry", "added_on"]
    assert all(row[1].startswith("•••• ") and len(row[1]) == 9 for row in cards.rows)
    text = body_text(doc, render_data_copy(doc))
    for token in _tokens(typical_services, customer_id):
        assert token not in text
