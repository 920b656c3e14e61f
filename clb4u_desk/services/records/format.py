"""The CSV import format: which files, which columns, and how each cell is read.

docs/import-format.md documents exactly this; keep the two in step. A parser takes
the cell text (already stripped) and returns the stored value, or raises
:class:`CellError` with a sentence that never repeats the cell's content (it may be
personal data, or a card number).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from clb4u_desk.domain.categories import ContactChannel, DataCategory, Purpose
from clb4u_desk.domain.phones import normalise_phone

MIN_YEAR = 1900
MAX_YEAR = 2100
MAX_TEXT = 20_000  # long texts (summaries, answers, posts): enough for any real message
CUSTOMER_REF = "customer_ref"


class CellError(ValueError):
    """A cell that cannot be read; the message says what was expected."""


Parser = Callable[[str], Any]

# Line breaks and tabs are fine in long texts; every other control character (NUL
# first of all, which PostgreSQL cannot store) is a sign of a broken export.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"[\r\n\t\u2028\u2029]")
_INT = re.compile(r"[+-]?[0-9]+")
_AMOUNT = re.compile(r"[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_REFERENCE = re.compile(r"KH-[0-9]{6,12}")
_EMAIL = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)
_COUNTRY = re.compile(r"[A-Z]{2}")
_LAST4 = re.compile(r"[0-9]{4}")
_TRUE = frozenset({"true", "1", "yes", "có"})
_FALSE = frozenset({"false", "0", "no", "không"})


def line_text(max_length: int) -> Parser:
    """One line of text of at most ``max_length`` characters."""

    def parse(value: str) -> str:
        if _LINE_BREAK.search(value):
            raise CellError("must be one line (no line breaks or tabs)")
        return _checked_text(value, max_length)

    return parse


def long_text(max_length: int = MAX_TEXT) -> Parser:
    def parse(value: str) -> str:
        return _checked_text(value, max_length)

    return parse


def _checked_text(value: str, max_length: int) -> str:
    if _CONTROL.search(value):
        raise CellError("contains a control character")
    if len(value) > max_length:
        raise CellError(f"is longer than {max_length} characters")
    return value


def choice(*allowed: str) -> Parser:
    def parse(value: str) -> str:
        if value not in allowed:
            raise CellError(f"must be one of: {', '.join(allowed)}")
        return value

    return parse


def integer(low: int, high: int) -> Parser:
    def parse(value: str) -> int:
        if not _INT.fullmatch(value) or not low <= int(value) <= high:
            raise CellError(f"must be a whole number from {low} to {high}")
        return int(value)

    return parse


def amount_vnd(value: str) -> int:
    """VND as digits, optionally grouped with dots as Vietnamese writes them (1.500.000)."""
    if not _AMOUNT.fullmatch(value) or len(value) > 20:
        raise CellError("must be an amount in whole đồng, like 1500000 or 1.500.000")
    amount = int(value.replace(".", ""))
    if amount > 10**15:
        raise CellError("is too large for an amount in đồng")
    return amount


def iso_date(value: str) -> date:
    if _DATE.fullmatch(value):
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if MIN_YEAR <= parsed.year <= MAX_YEAR:
                return parsed
    raise CellError(f"must be a date yyyy-mm-dd between {MIN_YEAR} and {MAX_YEAR}")


def iso_datetime(value: str) -> datetime:
    """An ISO 8601 date and time with its UTC offset; stored in UTC."""
    if _DATETIME.fullmatch(value):
        try:
            parsed = datetime.fromisoformat(value).astimezone(UTC)
        except (ValueError, OverflowError):
            pass
        else:
            if MIN_YEAR <= parsed.year <= MAX_YEAR:
                return parsed
    raise CellError("must be a date and time with its offset, like 2025-03-14T09:30:00+07:00")


def boolean(value: str) -> bool:
    folded = value.casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise CellError("must be true or false")


def reference(value: str) -> str:
    if not _REFERENCE.fullmatch(value):
        raise CellError("must be a customer reference like KH-000123")
    return value


def email(value: str) -> str:
    if len(value) > 254 or not _EMAIL.fullmatch(value):
        raise CellError("must be an email address like ten@example.com")
    return value.lower()  # emails are stored lower-cased, so look-ups match any spelling


def phone(value: str) -> str:
    if len(value) > 40:
        raise CellError("is too long for a phone number")
    e164 = normalise_phone(value)
    if e164 is None:
        raise CellError("must be a phone number, like 0912 345 678 or +84 28 3823 4567")
    return e164


def country(value: str) -> str:
    if not _COUNTRY.fullmatch(value):
        raise CellError("must be a two-letter country code in capitals, like VN")
    return value


def last4(value: str) -> str:
    if not _LAST4.fullmatch(value):
        raise CellError("must be exactly the last 4 digits of the card")
    return value


def categories(value: str) -> str:
    parts = [part.strip() for part in value.split(",")]
    allowed = {category.value for category in DataCategory}
    if not parts or any(part not in allowed for part in parts) or len(parts) != len(set(parts)):
        raise CellError(
            f"must be data categories separated by commas, from: {', '.join(sorted(allowed))}"
        )
    return ",".join(parts)


@dataclass(frozen=True)
class Column:
    name: str
    parse: Parser
    required: bool = True
    attribute: str | None = None  # model attribute when it differs from the column name
    default: Any = None


@dataclass(frozen=True)
class FileSpec:
    file_name: str
    table: str
    columns: tuple[Column, ...]

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


def _customer_ref() -> Column:
    return Column(CUSTOMER_REF, reference)


def _opt(name: str, parse: Parser, default: Any = None) -> Column:
    return Column(name, parse, required=False, default=default)


CHANNELS = tuple(channel.value for channel in ContactChannel)
PURPOSES = tuple(purpose.value for purpose in Purpose)
CATEGORY_VALUES = tuple(category.value for category in DataCategory)

# In this order: a file may refer to rows of the files before it.
FILE_SPECS: tuple[FileSpec, ...] = (
    FileSpec(
        "customers.csv",
        "customers",
        (
            Column("reference", reference),
            Column("full_name", line_text(200)),
            _opt("birth_year", integer(MIN_YEAR, MAX_YEAR)),
            _opt("gender", choice("female", "male", "other")),
            _opt("occupation", line_text(120)),
            _opt("job_title", line_text(120)),
            _opt("income_band", line_text(32)),
            _opt("zip_code", line_text(16)),
            _opt("residence", choice("vn", "eu", "us-ca"), "vn"),
            _opt("language", choice("vi", "en")),
            _opt("created_at", iso_datetime),
            _opt("status", choice("active", "inactive", "closed"), "active"),
        ),
    ),
    FileSpec(
        "customer_emails.csv",
        "customer_emails",
        (_customer_ref(), Column("email", email), _opt("is_primary", boolean, False)),
    ),
    FileSpec(
        "customer_phones.csv",
        "customer_phones",
        (
            _customer_ref(),
            Column("phone", phone, attribute="phone_e164"),
            _opt("kind", choice("mobile", "home", "work", "fax"), "mobile"),
        ),
    ),
    FileSpec(
        "customer_addresses.csv",
        "customer_addresses",
        (
            _customer_ref(),
            _opt("kind", choice("postal", "billing"), "postal"),
            Column("street", line_text(300)),
            _opt("ward", line_text(120)),
            Column("city", line_text(120)),
            _opt("country", country, "VN"),
            _opt("zip_code", line_text(16)),
        ),
    ),
    FileSpec(
        "subscriptions.csv",
        "subscriptions",
        (
            _customer_ref(),
            Column("kind", choice("webinar", "workshop", "material")),
            Column("title", line_text(300)),
            Column("started_on", iso_date),
            _opt("ended_on", iso_date),
            _opt("status", choice("active", "ended", "cancelled"), "active"),
        ),
    ),
    FileSpec(
        "invoices.csv",
        "invoices",
        (
            _customer_ref(),
            Column("number", line_text(32)),
            Column("issued_on", iso_date),
            Column("amount_vnd", amount_vnd),
            _opt("status", choice("paid", "unpaid", "cancelled", "refunded"), "paid"),
            _opt("fiscal_year", integer(MIN_YEAR, MAX_YEAR)),
            Column("description", line_text(300)),
        ),
    ),
    FileSpec(
        "payment_methods.csv",
        "payment_methods",
        (
            _customer_ref(),
            Column("brand", line_text(32)),
            Column("last4", last4),
            Column("exp_month", integer(1, 12)),
            Column("exp_year", integer(2000, MAX_YEAR)),
            Column("processor_token", line_text(64)),
            Column("added_on", iso_date),
        ),
    ),
    FileSpec(
        "payments.csv",
        "payments",
        (
            _customer_ref(),
            _opt("invoice_number", line_text(32)),
            _opt("payment_method_token", line_text(64)),
            Column("paid_at", iso_datetime),
            Column("amount_vnd", amount_vnd),
            _opt("status", choice("settled", "pending", "failed", "refunded"), "settled"),
        ),
    ),
    FileSpec(
        "communications.csv",
        "communications",
        (
            _customer_ref(),
            Column("channel", choice(*CHANNELS)),
            Column("direction", choice("in", "out")),
            Column("occurred_at", iso_datetime),
            Column("summary", long_text()),
        ),
    ),
    FileSpec(
        "consents.csv",
        "consents",
        (
            _customer_ref(),
            Column("purpose", choice(*PURPOSES)),
            Column("channel", choice(*CHANNELS)),
            Column("granted", boolean),
            Column("changed_at", iso_datetime),
            Column("source", line_text(64)),
        ),
    ),
    FileSpec(
        "ad_segments.csv",
        "ad_segments",
        (
            _customer_ref(),
            Column("segment", line_text(120)),
            Column("assigned_on", iso_date),
            Column("source", line_text(64)),
        ),
    ),
    FileSpec(
        "poll_responses.csv",
        "poll_responses",
        (
            _customer_ref(),
            Column("poll", line_text(200)),
            Column("question", line_text(300)),
            Column("answer", long_text()),
            Column("answered_at", iso_datetime),
        ),
    ),
    FileSpec(
        "message_board_posts.csv",
        "message_board_posts",
        (
            _customer_ref(),
            Column("board", line_text(120)),
            Column("title", line_text(300)),
            Column("body", long_text()),
            Column("posted_at", iso_datetime),
        ),
    ),
    FileSpec(
        "support_tickets.csv",
        "support_tickets",
        (
            _customer_ref(),
            Column("opened_at", iso_datetime),
            Column("subject", line_text(300)),
            _opt("status", choice("open", "pending", "closed"), "open"),
            _opt("closed_at", iso_datetime),
        ),
    ),
    FileSpec(
        "disclosures.csv",
        "disclosures",
        (
            _customer_ref(),
            Column("recipient", line_text(200)),
            Column("legal_basis", line_text(200)),
            Column("categories", categories),
            Column("disclosed_on", iso_date),
        ),
    ),
    FileSpec(
        "legal_holds.csv",
        "legal_holds",
        (
            _customer_ref(),
            Column("category", choice(*CATEGORY_VALUES)),
            Column("reason", line_text(300)),
            Column("since", iso_date),
            _opt("released_on", iso_date),
        ),
    ),
)
SPECS_BY_FILE = {spec.file_name: spec for spec in FILE_SPECS}
