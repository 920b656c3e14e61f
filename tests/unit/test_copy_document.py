"""The data copy's content mapping: display values settled per language."""

from __future__ import annotations

import pytest

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.reporting.document import Language
from clb4u_desk.services.copy_document import category_section
from clb4u_desk.services.lookup import IDENTITY_COLUMNS, ProfileRow, ProfileSection


def _identity(*rows: tuple[str, str, str]) -> ProfileSection:
    return ProfileSection(
        category=DataCategory.IDENTITY, columns=IDENTITY_COLUMNS,
        rows=tuple(ProfileRow(n, values) for n, values in enumerate(rows)), count=len(rows),
        restricted=False, restricted_since=None, legal_hold=False, legal_hold_since=None,
        retention_until=None)


@pytest.mark.parametrize(("lang", "expected"), [
    ("vi", [("Họ và tên", "Lê Văn <b>", "—"), ("Email", "le@example.vn", "chính"),
            ("Số điện thoại", "+84912345678", "mobile"), ("Địa chỉ", "12 Lý Thái Tổ", "postal")]),
    ("en", [("Full name", "Lê Văn <b>", "—"), ("Email", "le@example.vn", "primary"),
            ("Phone", "+84912345678", "mobile"), ("Address", "12 Lý Thái Tổ", "postal")]),
])
def test_identity_rows_name_their_kind_in_the_requesters_language(
        lang: Language, expected: list[tuple[str, str, str]]) -> None:
    section = category_section(_identity(
        ("name", "Lê Văn <b>", ""), ("email", "le@example.vn", "primary"),
        ("phone", "+84912345678", "mobile"), ("address", "12 Lý Thái Tổ", "postal")), lang)
    assert [tuple(row) for row in section.rows] == expected


def test_stored_values_are_never_relabelled() -> None:
    # A stored value that happens to equal a kind key stays as stored outside "kind".
    section = category_section(_identity(("email", "name", "phone")), "en")
    assert section.rows == (("Email", "name", "phone"),)
