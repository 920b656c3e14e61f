"""Which fields an agent may correct (GDPR Art. 16; Law 91/2025 Art. 4), and how each is read.

An allow-list, per record table: anything not named here cannot be changed through a
rectification (invoices and payments are accounting vouchers; consents change through
withdrawal and objection; identifiers and versions never change). The values are read
with the same parsers as the CSV import, so a corrected value is held to the same rules
as an imported one: NFC text, one line, lengths, lower-cased emails, E.164 phones.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from clb4u_desk.domain.cards import ensure_no_card_number
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from clb4u_desk.domain.text import nfc
from clb4u_desk.persistence.models import (
    Base,
    Customer,
    CustomerAddress,
    CustomerEmail,
    CustomerPhone,
)
from clb4u_desk.services.records import format as parse
from clb4u_desk.services.records.format import CellError

INCOME_BANDS = ("lt10m", "10-20m", "20-40m", "gt40m")


@dataclass(frozen=True, slots=True)
class FieldSpec:
    table: str
    field: str
    category: DataCategory
    label_vi: str
    label_en: str
    parser: Callable[[str], Any]
    required: bool = False
    contact: bool = False  # contact data: correcting it needs L1 only
    free_text: bool = True  # checked for card numbers (phones and numbers are parsed)


def _spec(
    table: str,
    field: str,
    category: DataCategory,
    labels: tuple[str, str],
    parser: Callable[[str], Any],
    **flags: bool,
) -> FieldSpec:
    return FieldSpec(table, field, category, labels[0], labels[1], parser, **flags)


_I, _A = DataCategory.IDENTITY, DataCategory.ACCOUNT
_SPECS: tuple[FieldSpec, ...] = (
    _spec(
        "customers",
        "full_name",
        _I,
        ("Họ và tên", "Full name"),
        parse.line_text(200),
        required=True,
    ),
    _spec(
        "customers",
        "birth_year",
        _A,
        ("Năm sinh", "Year of birth"),
        parse.integer(parse.MIN_YEAR, parse.MAX_YEAR),
        free_text=False,
    ),
    _spec(
        "customers", "gender", _A, ("Giới tính", "Gender"), parse.choice("female", "male", "other")
    ),
    _spec("customers", "occupation", _A, ("Nghề nghiệp", "Occupation"), parse.line_text(120)),
    _spec("customers", "job_title", _A, ("Chức danh", "Job title"), parse.line_text(120)),
    _spec(
        "customers", "income_band", _A, ("Mức thu nhập", "Income band"), parse.choice(*INCOME_BANDS)
    ),
    _spec("customers", "zip_code", _A, ("Mã bưu chính", "ZIP code"), parse.line_text(16)),
    _spec(
        "customer_emails", "email", _I, ("Email", "Email"), parse.email, required=True, contact=True
    ),
    _spec(
        "customer_phones",
        "phone_e164",
        _I,
        ("Số điện thoại", "Phone"),
        parse.phone,
        required=True,
        contact=True,
        free_text=False,
    ),
    _spec(
        "customer_addresses",
        "street",
        _I,
        ("Địa chỉ", "Street"),
        parse.line_text(300),
        required=True,
        contact=True,
    ),
    _spec(
        "customer_addresses", "ward", _I, ("Phường/Xã", "Ward"), parse.line_text(120), contact=True
    ),
    _spec(
        "customer_addresses",
        "city",
        _I,
        ("Tỉnh/Thành phố", "City"),
        parse.line_text(120),
        required=True,
        contact=True,
    ),
    _spec(
        "customer_addresses",
        "country",
        _I,
        ("Quốc gia", "Country"),
        parse.country,
        required=True,
        contact=True,
    ),
    _spec(
        "customer_addresses",
        "zip_code",
        _I,
        ("Mã bưu chính", "ZIP code"),
        parse.line_text(16),
        contact=True,
    ),
)

FIELD_SPECS: Mapping[tuple[str, str], FieldSpec] = MappingProxyType(
    {(spec.table, spec.field): spec for spec in _SPECS}
)

MODELS: Mapping[str, type[Base]] = MappingProxyType(
    {
        "customers": Customer,
        "customer_emails": CustomerEmail,
        "customer_phones": CustomerPhone,
        "customer_addresses": CustomerAddress,
    }
)


def record_key(table: str, record_id: int) -> str:
    """How a record is named in ``expected_versions``: ``"customer_emails:12"``."""
    return f"{table}:{record_id}"


def field_spec(table: str, field: str) -> FieldSpec:
    spec = FIELD_SPECS.get((table, field))
    if spec is None:
        allowed = ", ".join(f"{t}.{f}" for t, f in FIELD_SPECS)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{table}.{field} cannot be corrected here; the fields that can are: {allowed}.",
            ),
            table=table,
            field=field,
            allowed=allowed,
        )
    return spec


def is_contact_data(spec: FieldSpec, row: Any) -> bool:
    """Contact data (L1 suffices): emails, phones and postal addresses.

    A billing address belongs with the payment data, so correcting it needs L2 like
    any other record.
    """
    if not spec.contact:
        return False
    return not (spec.table == "customer_addresses" and getattr(row, "kind", "") != "postal")


def read_value(spec: FieldSpec, raw: str | None) -> Any:
    """The value to store for what the agent typed; blank clears an optional field."""
    text = nfc(raw).strip() if raw is not None else ""
    if not text:
        if spec.required:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{label_en} ({label_vi}) cannot be empty."),
                label_en=spec.label_en,
                label_vi=spec.label_vi,
            )
        return None
    if spec.free_text:
        ensure_no_card_number(text, f"The new {spec.label_en.lower()}")
    if spec.table == "customers" and spec.field == "full_name":
        text = " ".join(text.split())  # a name is stored with single spaces
    try:
        return spec.parser(text)
    except CellError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{label_en} ({label_vi}) {error}."),
            label_en=spec.label_en,
            label_vi=spec.label_vi,
            error=error,
        ) from None


def display(value: Any) -> str | None:
    """A stored value as the agent sees it in the before/after view."""
    return None if value is None else str(value)
