"""The data copy's content mapping: display values settled per language."""

from __future__ import annotations

import inspect
from collections.abc import Mapping

import pytest

from clb4u_desk.demo import generator, texts
from clb4u_desk.domain import labels
from clb4u_desk.domain.anonymisation import ANONYMISED_STATUS
from clb4u_desk.domain.categories import ContactChannel, DataCategory, Purpose
from clb4u_desk.reporting.document import Language
from clb4u_desk.reporting.export import export_csv, export_json
from clb4u_desk.services.copies.document import category_section
from clb4u_desk.services.decisions.rectification_fields import INCOME_BANDS
from clb4u_desk.services.lookup.service import IDENTITY_COLUMNS, ProfileRow, ProfileSection
from clb4u_desk.services.records.format import SPECS_BY_FILE


def _section(
    category: DataCategory, columns: tuple[str, ...], *rows: tuple[str, ...]
) -> ProfileSection:
    return ProfileSection(
        category=category,
        columns=columns,
        rows=tuple(ProfileRow(n, values) for n, values in enumerate(rows)),
        count=len(rows),
        restricted=False,
        restricted_since=None,
        legal_hold=False,
        legal_hold_since=None,
        retention_until=None,
    )


def _identity(*rows: tuple[str, str, str]) -> ProfileSection:
    return _section(DataCategory.IDENTITY, IDENTITY_COLUMNS, *rows)


IDENTITY_ROWS = (
    ("name", "Lê Văn <b>", ""),
    ("email", "le@example.vn", "primary"),
    ("phone", "+84912345678", "mobile"),
    ("address", "12 Lý Thái Tổ", "postal"),
)


@pytest.mark.parametrize(
    ("lang", "exported", "shown"),
    [
        (
            "vi",
            [
                ("Họ và tên", "Lê Văn <b>", "—"),
                ("Email", "le@example.vn", "chính"),
                ("Số điện thoại", "+84912345678", "mobile"),
                ("Địa chỉ", "12 Lý Thái Tổ", "postal"),
            ],
            ["—", "chính", "Di động", "Địa chỉ nhận thư"],
        ),
        (
            "en",
            [
                ("Full name", "Lê Văn <b>", "—"),
                ("Email", "le@example.vn", "primary"),
                ("Phone", "+84912345678", "mobile"),
                ("Address", "12 Lý Thái Tổ", "postal"),
            ],
            ["—", "primary", "Mobile", "Postal address"],
        ),
    ],
)
def test_identity_rows_name_their_kind_in_the_requesters_language(
    lang: Language, exported: list[tuple[str, str, str]], shown: list[str]
) -> None:
    section = category_section(_identity(*IDENTITY_ROWS), lang)
    # The export keeps the documented codes of the phone and address kinds ...
    assert [tuple(row) for row in section.rows] == exported
    # ... the PDF names them.
    assert section.display_rows is not None
    assert [row[2] for row in section.display_rows] == shown
    assert [row[:2] for row in section.display_rows] == [row[:2] for row in exported]


def test_stored_values_are_never_relabelled() -> None:
    # A stored value that happens to equal a kind key stays as stored outside "kind",
    # and a detail is only named by the kinds of its own row.
    section = category_section(_identity(("email", "name", "mobile")), "en")
    assert section.rows == (("Email", "name", "mobile"),)
    assert section.shown_rows == (("Email", "name", "mobile"),)


ACCOUNT = (
    "birth_year",
    "gender",
    "occupation",
    "job_title",
    "income_band",
    "zip_code",
    "residence",
    "language",
    "created_at",
    "status",
)


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        (
            "vi",
            (
                "1984",
                "Nam",
                "Kế toán",
                "—",
                "Dưới 10 triệu ₫",
                "700000",
                "Việt Nam",
                "Tiếng Việt",
                "01/02/2020 10:00",
                "Đang hoạt động",
            ),
        ),
        (
            "en",
            (
                "1984",
                "Male",
                "Kế toán",
                "—",
                "Under 10 million ₫",
                "700000",
                "Vietnam",
                "Vietnamese",
                "01/02/2020 10:00",
                "Active",
            ),
        ),
    ],
)
def test_codes_are_shown_as_words_and_exported_as_codes(
    lang: Language, shown: tuple[str, ...]
) -> None:
    stored = (
        "1984",
        "male",
        "Kế toán",
        "",
        "lt10m",
        "700000",
        "vn",
        "vi",
        "01/02/2020 10:00",
        "active",
    )
    section = category_section(_section(DataCategory.ACCOUNT, ACCOUNT, stored), lang)
    assert section.shown_rows == (shown,)
    assert section.rows == (tuple(v or "—" for v in stored),)


@pytest.mark.parametrize(
    ("category", "columns", "stored", "vi", "en"),
    [
        (
            DataCategory.SUBSCRIPTIONS,
            ("kind", "title", "started_on", "ended_on", "status"),
            ("webinar", "Webinar: X", "01/01/2025", "", "ended"),
            ("Hội thảo trực tuyến", "Webinar: X", "01/01/2025", "—", "Đã kết thúc"),
            ("Webinar", "Webinar: X", "01/01/2025", "—", "Ended"),
        ),
        (
            DataCategory.INVOICES,
            ("number", "issued_on", "amount", "status", "fiscal_year", "description"),
            ("HD-1", "01/01/2025", "1.000 ₫", "refunded", "2025", "paid"),
            ("HD-1", "01/01/2025", "1.000 ₫", "Đã hoàn tiền", "2025", "paid"),
            ("HD-1", "01/01/2025", "1.000 ₫", "Refunded", "2025", "paid"),
        ),
        (
            DataCategory.PAYMENT_METHODS,
            ("brand", "card", "expiry", "added_on"),
            ("amex", "•••• 1111", "12/2027", "01/01/2025"),
            ("American Express", "•••• 1111", "12/2027", "01/01/2025"),
            ("American Express", "•••• 1111", "12/2027", "01/01/2025"),
        ),
        (
            DataCategory.PAYMENTS,
            ("paid_at", "amount", "status", "invoice", "card"),
            ("01/01/2025 10:00", "1.000 ₫", "settled", "HD-1", "visa •••• 1111"),
            ("01/01/2025 10:00", "1.000 ₫", "Thành công", "HD-1", "Visa •••• 1111"),
            ("01/01/2025 10:00", "1.000 ₫", "Settled", "HD-1", "Visa •••• 1111"),
        ),
        (
            DataCategory.COMMUNICATIONS,
            ("channel", "direction", "occurred_at", "summary"),
            ("sms", "in", "01/01/2025 10:00", "out"),
            ("Tin nhắn SMS", "Từ khách hàng", "01/01/2025 10:00", "out"),
            ("Text message", "From the customer", "01/01/2025 10:00", "out"),
        ),
        (
            DataCategory.CONSENTS,
            ("purpose", "channel", "granted", "changed_at", "source"),
            ("targeted_ads", "mobile", "no", "01/01/2025 10:00", "web_signup"),
            (
                "Quảng cáo nhắm mục tiêu",
                "Ứng dụng di động",
                "Không",
                "01/01/2025 10:00",
                "Đăng ký trên trang web",
            ),
            ("Targeted advertising", "Mobile app", "No", "01/01/2025 10:00", "Website sign-up"),
        ),
        (
            DataCategory.AD_SEGMENTS,
            ("segment", "assigned_on", "source"),
            ("Sinh viên", "01/01/2025", "internal_model"),
            ("Sinh viên", "01/01/2025", "Phân tích nội bộ của CLB4U"),
            ("Sinh viên", "01/01/2025", "CLB4U's own analysis"),
        ),
        (
            DataCategory.SUPPORT_TICKETS,
            ("opened_at", "subject", "status", "closed_at"),
            ("01/01/2025 10:00", "closed", "pending", ""),
            ("01/01/2025 10:00", "closed", "Đang chờ xử lý", "—"),
            ("01/01/2025 10:00", "closed", "Pending", "—"),
        ),
        (
            DataCategory.DISCLOSURES,
            ("recipient", "legal_basis", "categories", "disclosed_on"),
            ("Cục Thuế", "Luật", "identity,invoices", "01/01/2025"),
            ("Cục Thuế", "Luật", "Nhận dạng và liên hệ, Hóa đơn", "01/01/2025"),
            ("Cục Thuế", "Luật", "Identity and contact, Invoices", "01/01/2025"),
        ),
    ],
)
def test_every_coded_column_reads_as_words(
    category: DataCategory,
    columns: tuple[str, ...],
    stored: tuple[str, ...],
    vi: tuple[str, ...],
    en: tuple[str, ...],
) -> None:
    for lang, shown in (("vi", vi), ("en", en)):
        section = category_section(_section(category, columns, stored), lang)  # type: ignore[arg-type]
        assert section.shown_rows == (shown,), lang
        # The export keeps what is stored (the consent flag aside, documented as Có/Yes).
        assert [v for v, c in zip(section.rows[0], columns, strict=True) if c != "granted"] == [
            v or "—" for v, c in zip(stored, columns, strict=True) if c != "granted"
        ]


def test_unknown_codes_are_shown_as_stored() -> None:
    section = category_section(
        _section(
            DataCategory.DISCLOSURES,
            ("recipient", "legal_basis", "categories", "disclosed_on"),
            ("X", "Y", "identity,legacy_crm", "01/01/2025"),
        ),
        "en",
    )
    assert section.shown_rows[0][2] == "Identity and contact, legacy_crm"
    section = category_section(
        _section(
            DataCategory.PAYMENTS,
            ("paid_at", "amount", "status", "invoice", "card"),
            ("01/01/2025 10:00", "1 ₫", "chargeback", "", "Visa Gold •••• 1111"),
        ),
        "vi",
    )
    assert section.shown_rows == (
        ("01/01/2025 10:00", "1 ₫", "chargeback", "—", "Visa Gold •••• 1111"),
    )


def test_the_export_keeps_the_codes() -> None:
    from datetime import UTC, datetime

    from clb4u_desk.reporting.document import DataCopyDocument

    section = category_section(
        _section(
            DataCategory.COMMUNICATIONS,
            ("channel", "direction", "occurred_at", "summary"),
            ("email", "out", "01/01/2025 10:00", "Bản tin"),
        ),
        "vi",
    )
    doc = DataCopyDocument(
        "DSR-1", datetime(2026, 1, 1, tzinfo=UTC), "vi", "N", "KH-1", (), (section,)
    )
    assert '"channel": "email"' in export_json(doc).decode("utf-8")
    assert "email,out," in export_csv(doc)["communications.csv"].decode("utf-8-sig")
    assert "Từ CLB4U" not in export_json(doc).decode("utf-8")


# --- every value set has its words ---------------------------------------------------


def _choices(file_name: str, column: str) -> set[str]:
    spec = SPECS_BY_FILE[file_name].column(column)
    assert spec is not None
    allowed = inspect.getclosurevars(spec.parse).nonlocals["allowed"]
    return set(allowed)


VALUE_SETS: list[tuple[Mapping[str, labels.Pair], set[str]]] = [
    (labels.GENDERS, _choices("customers.csv", "gender")),
    (labels.CUSTOMER_STATUSES, _choices("customers.csv", "status") | {ANONYMISED_STATUS}),
    (labels.INCOME_BANDS, set(INCOME_BANDS) | set(texts.INCOME_BANDS)),
    (labels.RESIDENCES, _choices("customers.csv", "residence")),
    (labels.LANGUAGES, _choices("customers.csv", "language")),
    (labels.PHONE_KINDS, _choices("customer_phones.csv", "kind")),
    (labels.ADDRESS_KINDS, _choices("customer_addresses.csv", "kind")),
    (
        labels.SUBSCRIPTION_KINDS,
        _choices("subscriptions.csv", "kind") | {kind for kind, _ in texts.SUBSCRIPTION_KINDS},
    ),
    (
        labels.SUBSCRIPTION_STATUSES,
        _choices("subscriptions.csv", "status") | set(texts.SUBSCRIPTION_STATUSES),
    ),
    (
        labels.INVOICE_STATUSES,
        _choices("invoices.csv", "status") | set(generator._INVOICE_STATUSES),
    ),
    (labels.PAYMENT_STATUSES, _choices("payments.csv", "status")),
    (labels.CARD_BRANDS, set(texts.CARD_BRANDS)),
    (
        labels.CHANNELS,
        _choices("communications.csv", "channel")
        | _choices("consents.csv", "channel")
        | {c.value for c in ContactChannel}
        | set(texts.COMMUNICATION_CHANNELS),
    ),
    (labels.DIRECTIONS, _choices("communications.csv", "direction")),
    (labels.PURPOSES, _choices("consents.csv", "purpose") | {p.value for p in Purpose}),
    (labels.CONSENT_SOURCES, set(texts.CONSENT_SOURCES)),
    (labels.AD_SOURCES, set(texts.AD_SOURCES)),
    (
        labels.TICKET_STATUSES,
        _choices("support_tickets.csv", "status") | set(texts.TICKET_STATUSES),
    ),
]


@pytest.mark.parametrize(("table", "values"), VALUE_SETS)
def test_every_known_code_has_words_in_both_languages(
    table: Mapping[str, labels.Pair], values: set[str]
) -> None:
    assert values
    assert values <= set(table)
    for vi, en in table.values():
        assert vi.strip()
        assert en.strip()


def test_every_coded_column_is_a_column_of_its_category() -> None:
    from clb4u_desk.services.lookup.service import _specs

    columns = {spec.category: spec.columns for spec in _specs()}
    for category, coded in labels.CODED_COLUMNS.items():
        assert set(coded) <= set(columns[category]), category
