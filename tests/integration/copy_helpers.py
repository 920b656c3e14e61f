"""Shared by the data-copy tests: seeded services, verified cases, awkward records, and the
stored values of a customer in their documented display form, read straight from the
tables (not through the service under test)."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from pypdf import PdfReader
from sqlalchemy import Boolean, Date, ForeignKey, select
from sqlalchemy.sql.schema import Table

from clb4u_desk.app import Services, build_services
from clb4u_desk.config import DatabaseSettings, Settings
from clb4u_desk.demo.seed import seed_customers
from clb4u_desk.domain import labels
from clb4u_desk.domain.actor import SYSTEM_ACTOR
from clb4u_desk.domain.cards import format_expiry, masked_pan
from clb4u_desk.domain.formatting import format_amount, format_bool, format_date, format_datetime
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.persistence.models import (
    RECORD_MODELS,
    Case,
    Communication,
    Customer,
    Invoice,
    MessageBoardPost,
    PollResponse,
    RequestItem,
    SupportTicket,
)
from clb4u_desk.persistence.types import UTCDateTime
from clb4u_desk.reporting.document import (
    DataCopyDocument,
    Language,
    fingerprint,
)
from clb4u_desk.services.copies.service import CopyService

ISSUED_AT = datetime(2026, 3, 2, 3, 4, tzinfo=UTC)
LONG_TEXT = ("Nội dung rất dài & <dài> hơn nữa, " * 400)[:10_000]
EMOJI_TEXT = "Cảm ơn 😀 🧑‍💻 rất nhiều"
MARKUP_TEXT = "<b>Lê & Co</b>"
NFD_TEXT = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết trả lời")
FORMULA_TEXT = '=HYPERLINK("x")'

# Columns that are not values about the person: row ids, row versions, the customer link,
# the folded search key (derived from the name, which is checked), and the processor
# token, which must never appear at all (checked separately).
NOT_SHOWN = frozenset(
    {"id", "version", "customer_id", "name_folded", "processor_token", "reference"}
)
# Restrictions and legal holds are shown as the status of the category they concern.
STATUS_TABLES = frozenset({"restrictions", "legal_holds"})


def open_services(url: str) -> Services:
    db = Database(create_app_engine(url))
    migrate.upgrade(db.engine)
    settings = replace(Settings(), database=DatabaseSettings(url=url, password="none"))
    return build_services(settings, db)


def seed(services: Services, customers: int, heavy_rows: int) -> None:
    seed_customers(services.ctx, SYSTEM_ACTOR, customers=customers, seed=11, heavy_rows=heavy_rows)


def fixed_copies(services: Services) -> CopyService:
    """A copy service whose clock stands still, so two builds give the same document."""
    return CopyService(replace(services.ctx, clock=lambda: ISSUED_AT), services.lookup)


def add_case(
    services: Services,
    customer_id: int | None,
    level: int,
    *,
    rights: tuple[str, ...] = ("copy",),
    language: str = "vi",
    regimes: str = "vn",
) -> tuple[int, str]:
    """A case linked to ``customer_id`` and verified to ``level`` (as the verification
    service leaves it; the levels themselves are tested with that service)."""
    with services.db.uow() as uow:
        session = uow.session
        number = len(session.execute(select(Case.id)).all()) + 1
        case = Case(
            reference=f"DSR-2026-{number:06d}",
            channel="email",
            received_at=ISSUED_AT,
            requester_name="Người yêu cầu <thử> & Co",
            requester_language=language,
            regimes=regimes,
            state="verified" if level else "awaiting_identity",
            identity_level=level,
            customer_id=customer_id,
            due_on=date(2026, 3, 12),
        )
        session.add(case)
        session.flush()
        for right in rights:
            session.add(
                RequestItem(
                    case_id=case.id,
                    right=right,
                    due_on=date(2026, 3, 12),
                    base_due_on=date(2026, 3, 12),
                    regime_applied="vn",
                )
            )
        uow.commit()
        return case.id, case.reference


def add_awkward_records(services: Services, customer_id: int) -> None:
    """Text that is hard to put in a PDF: markup, NFD, emoji, 10,000 characters, formulas."""
    moment = datetime(2025, 7, 1, 16, 30, tzinfo=UTC)  # 23:30 in Vietnam: date matters
    with services.db.uow() as uow:
        uow.session.add_all(
            [
                Communication(
                    customer_id=customer_id,
                    channel="email",
                    direction="in",
                    occurred_at=moment,
                    summary=EMOJI_TEXT,
                ),
                MessageBoardPost(
                    customer_id=customer_id,
                    board=MARKUP_TEXT,
                    title="Dài",
                    body=LONG_TEXT,
                    posted_at=moment,
                ),
                PollResponse(
                    customer_id=customer_id,
                    poll="Khảo sát",
                    question="Tên?",
                    answer=NFD_TEXT,
                    answered_at=moment,
                ),
                SupportTicket(
                    customer_id=customer_id,
                    opened_at=moment,
                    subject="Dòng 1\r\nDòng 2",
                    status="open",
                ),
                Invoice(
                    customer_id=customer_id,
                    number=f"HD-AWK-{customer_id}",
                    issued_on=date(2025, 12, 31),
                    amount_vnd=-25_000,
                    status="refunded",
                    fiscal_year=2025,
                    description=FORMULA_TEXT,
                ),
            ]
        )
        uow.commit()


# --------------------------------------------------------------------------- expected values


def _tables() -> Iterator[Table]:
    yield Customer.__table__  # type: ignore[misc]
    for model in RECORD_MODELS:
        table: Table = model.__table__  # type: ignore[assignment]
        if table.name not in STATUS_TABLES:
            yield table


# The stored columns that hold codes, and the label table the PDF shows them with: the
# label tables of domain/labels.py are the documented display form of a code
# (services/copies/document.py). A code without a label is shown, and expected, as stored.
CODED: dict[tuple[str, str], Mapping[str, labels.Pair]] = {
    ("customers", "gender"): labels.GENDERS,
    ("customers", "income_band"): labels.INCOME_BANDS,
    ("customers", "residence"): labels.RESIDENCES,
    ("customers", "language"): labels.LANGUAGES,
    ("customers", "status"): labels.CUSTOMER_STATUSES,
    ("customer_phones", "kind"): labels.PHONE_KINDS,
    ("customer_addresses", "kind"): labels.ADDRESS_KINDS,
    ("subscriptions", "kind"): labels.SUBSCRIPTION_KINDS,
    ("subscriptions", "status"): labels.SUBSCRIPTION_STATUSES,
    ("invoices", "status"): labels.INVOICE_STATUSES,
    ("payment_methods", "brand"): labels.CARD_BRANDS,
    ("payments", "status"): labels.PAYMENT_STATUSES,
    ("communications", "channel"): labels.CHANNELS,
    ("communications", "direction"): labels.DIRECTIONS,
    ("consents", "purpose"): labels.PURPOSES,
    ("consents", "channel"): labels.CHANNELS,
    ("consents", "source"): labels.CONSENT_SOURCES,
    ("ad_segments", "source"): labels.AD_SOURCES,
    ("support_tickets", "status"): labels.TICKET_STATUSES,
}


def _shown(
    table_name: str, column_name: str, column: Any, value: Any, lang: Language
) -> str | None:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return format_datetime(value, lang)
    if isinstance(column.type, Date):
        return format_date(value, lang)
    if isinstance(column.type, Boolean):
        return format_bool(value, lang) if column_name == "granted" else None
    if column_name == "amount_vnd":
        return format_amount(value)
    coded = CODED.get((table_name, column_name))
    if coded is not None:
        return labels.word(coded, value, lang)
    if (table_name, column_name) == ("disclosures", "categories"):
        return labels.category_list(value, lang)  # the categories' names, joined with ", "
    return unicodedata.normalize("NFC", str(value))


def expected_values(
    services: Services, customer_id: int, lang: Language = "vi"
) -> dict[str, list[str]]:
    """Every stored value of every record of the customer, per table, in display form.

    Generic over the columns, so a column added to a record table later is checked too.
    Codes as their labels in ``lang`` (:data:`CODED`). Cards: brand, masked number and
    expiry only (never the last 4 alone as stored).
    """
    out: dict[str, list[str]] = {}
    with services.db.reader() as uow:
        for table in _tables():
            key = table.c.id if table.name == "customers" else table.c.customer_id
            rows = uow.session.execute(select(table).where(key == customer_id)).all()
            values: list[str] = []
            for row in rows:
                mapping = row._mapping
                if table.name == "payment_methods":
                    values += [
                        labels.word(labels.CARD_BRANDS, mapping["brand"], lang),
                        masked_pan(mapping["last4"]),
                        format_expiry(mapping["exp_month"], mapping["exp_year"]),
                        format_date(mapping["added_on"], lang),
                    ]
                    continue
                for column in table.columns:
                    if column.name in NOT_SHOWN or _is_link(column):
                        continue
                    shown = _shown(table.name, column.name, column, mapping[column.name], lang)
                    if shown is not None and shown.strip():
                        values.append(shown)
            out[table.name] = values
    return out


def _is_link(column: Any) -> bool:
    # A payment's invoice and card are shown by their number and masked card instead.
    return any(isinstance(fk, ForeignKey) for fk in column.foreign_keys)


@dataclass(frozen=True, slots=True)
class Markers:
    """Distinctive values of everyone but the subject, to look for in the subject's copy."""

    values: list[str]  # emails, phones, invoice numbers: looked for with spaces ignored
    names: list[str]  # full names (NFC): looked for as whole words


def other_customers_markers(services: Services, customer_id: int) -> Markers:
    """Emails, phones, invoice numbers and full names of everyone else.

    A name that is also the subject's own (the seeder gives runs of neighbours the same
    name) is not someone else's value, so it is left out; so is a name that is part of a
    value of the subject's (a street named after a person, "Nguyễn Văn Linh").
    """
    from clb4u_desk.persistence.models import CustomerEmail, CustomerPhone

    own = " ".join(v for values in expected_values(services, customer_id).values() for v in values)
    with services.db.reader() as uow:
        session = uow.session
        emails = session.execute(
            select(CustomerEmail.email).where(CustomerEmail.customer_id != customer_id)
        ).scalars()
        phones = session.execute(
            select(CustomerPhone.phone_e164).where(CustomerPhone.customer_id != customer_id)
        ).scalars()
        numbers = session.execute(
            select(Invoice.number).where(Invoice.customer_id != customer_id)
        ).scalars()
        names = session.execute(
            select(Customer.full_name).where(Customer.id != customer_id)
        ).scalars()
        others = dict.fromkeys(unicodedata.normalize("NFC", n) for n in names)
        return Markers([*emails, *phones, *numbers], [n for n in others if not has_words(own, n)])


def has_words(text: str, words: str) -> bool:
    """Whether ``words`` occur in ``text`` as whole words (runs of whitespace alike):
    "Nguyễn Văn An" is not in "Nguyễn Văn Anh"."""
    flat = " ".join(text.split())
    pattern = r"(?<!\w)" + re.escape(" ".join(words.split())) + r"(?!\w)"
    return re.search(pattern, flat) is not None


# --------------------------------------------------------------------------- reading PDFs


def page_texts(pdf: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def body_text(doc: DataCopyDocument, pdf: bytes, password: str | None = None) -> str:
    """All pages' text without the page header and footer (which interrupt long values)."""
    texts = page_texts(pdf, password)
    vi = doc.language == "vi"
    out = []
    for number, text in enumerate(texts, start=1):
        for line in (
            "CLB4U · Bản sao dữ liệu cá nhân" if vi else "CLB4U · Copy of your personal data",
            f"{'Mã hồ sơ' if vi else 'Case reference'} {doc.case_reference}",
            f"{'Trang' if vi else 'Page'} {number} / {len(texts)}",
            f"{'Mã tài liệu' if vi else 'Document'} {fingerprint(doc)}",
        ):
            text = text.replace(line, "")
        out.append(text)
    return "\n".join(out)


def json_records(export: bytes) -> dict[str, list[dict[str, str]]]:
    body = json.loads(export)
    return {category["key"]: category["records"] for category in body["categories"]}
