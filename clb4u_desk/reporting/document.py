"""The input of the data copy: frozen DTOs holding display strings, and their formatters.

The service that answers an access or copy request fills a :class:`DataCopyDocument` from
the database; the reporting layer turns it into a PDF (:mod:`.data_copy`) and a
machine-readable export (:mod:`.export`). Nothing here touches Qt, a database or
reportlab.

Record values arrive already formatted as display strings, in the forms of
:mod:`clb4u_desk.domain.formatting` (``31/12/2025``, ``31/12/2025 14:05`` Vietnam time,
``1.500.000 ₫``, ``Có``/``Yes``, ``—`` for a missing value), the same forms the GUI shows,
so that the PDF, the JSON and the CSV show the same value in the same form.

The PDF may show a record differently from the export: a section's ``display_rows``
(when given) are the rows as the PDF shows them, with stored codes such as ``male`` or
``settled`` written as words of the document's language, while ``rows`` keep the values
of the JSON and CSV export (``docs/export-format.md``). The service decides the words
(:mod:`clb4u_desk.services.copies.document`, from the one label table
:mod:`clb4u_desk.domain.labels`); the renderer only draws them.

Card data must arrive masked (brand, last 4, expiry): the reporting layer never sees a
full card number.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.formatting import Language as Language  # the documents' languages
from clb4u_desk.domain.formatting import vietnam_isoformat
from clb4u_desk.domain.rights import Regime
from clb4u_desk.domain.text import nfc

LANGUAGES: tuple[Language, ...] = ("vi", "en")


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a category's records: a stable key and its heading in both languages."""

    key: str
    title_vi: str
    title_en: str

    def title(self, lang: Language) -> str:
        return self.title_vi if lang == "vi" else self.title_en


@dataclass(frozen=True, slots=True)
class CategorySection:
    """Every record held in one category, as display strings, plus its status."""

    key: DataCategory
    title_vi: str
    title_en: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    restricted: bool = False  # processing restricted: storage only
    legal_hold: bool = False  # kept for a dispute or complaint until released
    retention_until: date | None = None  # when the retained data can go
    # The rows as the PDF shows them (codes as words); None: the PDF shows ``rows``.
    # Not part of the export or the fingerprint: derived from ``rows`` and the language.
    display_rows: tuple[tuple[str, ...], ...] | None = None

    def __post_init__(self) -> None:
        keys = [column.key for column in self.columns]
        if not keys:
            raise ValueError(f"Category {self.key.value}: no columns")
        if len(set(keys)) != len(keys):
            raise ValueError(f"Category {self.key.value}: column keys must be unique")
        _check_rows(self.key, self.rows, len(keys), "row")
        if self.display_rows is not None:
            if len(self.display_rows) != len(self.rows):
                raise ValueError(
                    f"Category {self.key.value}: {len(self.display_rows)} display rows for "
                    f"{len(self.rows)} rows"
                )
            _check_rows(self.key, self.display_rows, len(keys), "display row")

    def title(self, lang: Language) -> str:
        return self.title_vi if lang == "vi" else self.title_en

    @property
    def shown_rows(self) -> tuple[tuple[str, ...], ...]:
        """The rows the PDF draws: ``display_rows`` when given, else ``rows``."""
        return self.rows if self.display_rows is None else self.display_rows


def _check_rows(
    key: DataCategory, rows: tuple[tuple[str, ...], ...], width: int, what: str
) -> None:
    for index, row in enumerate(rows):
        if len(row) != width:
            # The index, never the values: this may end up in a log.
            raise ValueError(
                f"Category {key.value}: {what} {index} has {len(row)} values, expected {width}"
            )


@dataclass(frozen=True, slots=True)
class RecipientInfo:
    """Someone data was or is disclosed to; texts already in the requester's language."""

    name: str  # e.g. the payment processor's company name
    description: str  # what for, e.g. "Xử lý thanh toán thẻ"
    categories: tuple[DataCategory, ...] = ()
    disclosed_on: date | None = None  # date of a logged disclosure; None: a standing recipient


@dataclass(frozen=True, slots=True)
class Exports:
    """The machine-readable copy that goes with the PDF, as the letter describes it."""

    json: bool  # data-export.json
    csv: bool  # one CSV file per category
    attached: bool  # inside the PDF as file attachments; False: delivered as separate files

    def __post_init__(self) -> None:
        if not (self.json or self.csv):
            raise ValueError("Exports need the JSON file, the CSV files or both")


@dataclass(frozen=True, slots=True)
class DataCopyDocument:
    """Everything the data copy shows; texts are in ``language`` unless said otherwise."""

    case_reference: str
    issued_at: datetime  # aware
    language: Language
    requester_name: str
    subject_reference: str  # e.g. KH-000123
    regimes: tuple[Regime, ...]
    categories: tuple[CategorySection, ...]
    recipients: tuple[RecipientInfo, ...] = ()  # from logged disclosures
    sources: tuple[str, ...] = ()  # where the data came from, one line each
    retention: tuple[str, ...] = ()  # retention periods, one line each
    # The JSON/CSV files that go with this PDF (None: the PDF alone). Only the letter
    # uses it: not part of the export or the fingerprint, which cover the data.
    exports: Exports | None = None
    # When the request reached the company (aware), printed in the letter in Vietnam
    # time as the acknowledgement printed it; None: not said. Not part of the export.
    request_received_at: datetime | None = None

    def __post_init__(self) -> None:
        for moment in (self.issued_at, self.request_received_at):
            if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
                raise ValueError("issued_at and request_received_at must be timezone-aware")
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")


# --- canonical content and fingerprint --------------------------------------------


def canonical_content(doc: DataCopyDocument) -> dict[str, object]:
    """The document as plain JSON-able data, NFC text, in a fixed key order.

    This is the body of the JSON export (:mod:`.export`) and what the fingerprint covers.
    """
    return {
        "case_reference": nfc(doc.case_reference),
        "issued_at": vietnam_isoformat(doc.issued_at),
        "language": doc.language,
        "requester_name": nfc(doc.requester_name),
        "subject_reference": nfc(doc.subject_reference),
        "regimes": [regime.value for regime in doc.regimes],
        "categories": [_section_content(section) for section in doc.categories],
        "recipients": [_recipient_content(r) for r in doc.recipients],
        "sources": [nfc(line) for line in doc.sources],
        "retention": [nfc(line) for line in doc.retention],
    }


def _section_content(section: CategorySection) -> dict[str, object]:
    keys = [column.key for column in section.columns]
    return {
        "key": section.key.value,
        "title": {"vi": nfc(section.title_vi), "en": nfc(section.title_en)},
        "restricted": section.restricted,
        "legal_hold": section.legal_hold,
        "retention_until": section.retention_until.isoformat() if section.retention_until else None,
        "columns": [
            {"key": c.key, "title": {"vi": nfc(c.title_vi), "en": nfc(c.title_en)}}
            for c in section.columns
        ],
        "records": [
            dict(zip(keys, (nfc(value) for value in row), strict=True)) for row in section.rows
        ],
    }


def _recipient_content(recipient: RecipientInfo) -> dict[str, object]:
    return {
        "name": nfc(recipient.name),
        "description": nfc(recipient.description),
        "categories": [category.value for category in recipient.categories],
        "disclosed_on": recipient.disclosed_on.isoformat() if recipient.disclosed_on else None,
    }


def fingerprint(doc: DataCopyDocument) -> str:
    """First 16 hex digits of the SHA-256 of the canonical content (compact, sorted JSON).

    Printed in the PDF footer and stored in the JSON export, so that a printed page, the
    PDF and the export can be matched to each other and to the issued-document record.
    """
    canonical = json.dumps(
        canonical_content(doc), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
