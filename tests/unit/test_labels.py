"""The one label table: every stored code has a Vietnamese and an English word."""

from __future__ import annotations

from enum import StrEnum

import pytest

from clb4u_desk.domain import labels
from clb4u_desk.domain.cases import CaseOutcome, CaseState, ItemOutcome
from clb4u_desk.domain.categories import ContactChannel, DataCategory, Purpose
from clb4u_desk.domain.deadlines import Urgency
from clb4u_desk.domain.identity import KnowledgeFact, VerificationMethod
from clb4u_desk.domain.rights import Channel, Regime, Right

TABLES = {
    name: value
    for name, value in vars(labels).items()
    if name.isupper()
    and hasattr(value, "items")
    and name not in {"CODED_COLUMNS", "IDENTITY_DETAILS"}
}

ENUM_TABLES: list[tuple[type[StrEnum], labels.Table]] = [
    (DataCategory, labels.CATEGORIES),
    (Right, labels.RIGHTS),
    (Right, labels.RIGHTS_IN_LETTERS),
    (Regime, labels.REGIMES),
    (CaseState, labels.CASE_STATES),
    (CaseOutcome, labels.CASE_OUTCOMES),
    (ItemOutcome, labels.ITEM_OUTCOMES),
    (Urgency, labels.URGENCIES),
    (ContactChannel, labels.CHANNELS),
    (Channel, labels.CHANNELS),
    (Purpose, labels.PURPOSES),
    (VerificationMethod, labels.VERIFICATION_METHODS),
    (KnowledgeFact, labels.KNOWLEDGE_FACTS),
]


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_code_has_both_words(name: str) -> None:
    table = TABLES[name]
    assert table
    for code, pair in table.items():
        vi, en = pair
        assert vi.strip(), f"{name}[{code!r}] lacks a Vietnamese word"
        assert en.strip(), f"{name}[{code!r}] lacks an English word"


@pytest.mark.parametrize(("enum", "table"), ENUM_TABLES, ids=lambda v: getattr(v, "__name__", ""))
def test_every_value_of_a_domain_code_is_listed(enum: type[StrEnum], table: labels.Table) -> None:
    missing = [member.value for member in enum if member.value not in table]
    assert not missing


def test_a_word_in_each_language_and_an_unknown_code_as_stored() -> None:
    assert labels.word(labels.GENDERS, "male", "vi") == "Nam"
    assert labels.word(labels.GENDERS, "male", "en") == "Male"
    assert labels.word(labels.GENDERS, "unlisted", "vi") == "unlisted"
    assert labels.word(labels.GENDERS, None, "en") == ""
    assert labels.word(labels.CATEGORIES, DataCategory.POLLS, "vi") == "Thăm dò ý kiến"
    assert labels.category_name("polls", "en") == "Polls"
    assert labels.category_list("identity, invoices,legacy", "vi") == (
        "Nhận dạng và liên hệ, Hóa đơn, legacy"
    )


def test_record_values_read_by_their_category_and_column() -> None:
    def shown(category: DataCategory, column: str, value: str, lang: str, kind: str = "") -> str:
        return labels.record_value(category, column, kind, value, lang)

    # The same code reads differently in different columns.
    assert shown(DataCategory.PAYMENTS, "status", "pending", "vi") == "Đang xử lý"
    assert shown(DataCategory.SUPPORT_TICKETS, "status", "pending", "vi") == "Đang chờ xử lý"
    assert shown(DataCategory.ACCOUNT, "residence", "vn", "en") == "Vietnam"
    assert shown(DataCategory.ACCOUNT, "language", "vi", "vi") == "Tiếng Việt"
    assert shown(DataCategory.CONSENTS, "purpose", "marketing", "vi") == "Tiếp thị"
    assert shown(DataCategory.CONSENTS, "source", "call_center", "en") == "Call centre"
    assert shown(DataCategory.CONSENTS, "granted", "yes", "vi") == "Có"
    # An identity row's detail depends on its kind.
    assert shown(DataCategory.IDENTITY, "detail", "mobile", "vi", kind="phone") == "Di động"
    assert shown(DataCategory.IDENTITY, "detail", "billing", "en", kind="address") == (
        "Billing address"
    )
    assert shown(DataCategory.IDENTITY, "detail", "primary", "vi", kind="email") == "chính"
    assert shown(DataCategory.IDENTITY, "kind", "name", "en") == "Full name"
    assert shown(DataCategory.DISCLOSURES, "categories", "identity", "en") == (
        "Identity and contact"
    )
    # Free text and values of columns without codes stay as they are.
    assert shown(DataCategory.ACCOUNT, "occupation", "male", "en") == "male"
    assert shown(DataCategory.IDENTITY, "value", "phone", "en", kind="phone") == "phone"


def test_every_issued_kind_is_listed() -> None:
    from clb4u_desk.services.copies.service import KIND_CSV, KIND_JSON, KIND_PDF
    from clb4u_desk.services.erasure.certificate import CERTIFICATE_KIND

    assert {KIND_PDF, KIND_JSON, KIND_CSV, CERTIFICATE_KIND} == set(labels.ISSUED_KINDS)


def test_every_coded_column_is_a_column() -> None:
    for columns in labels.CODED_COLUMNS.values():
        assert set(columns) <= set(labels.COLUMNS)
