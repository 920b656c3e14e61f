"""Importing customer records from a directory of CSV files, all or nothing.

Every file is read and every row checked before anything is written; then the
references between files and against the database are checked and the rows are
written in one transaction together with one decision-log entry. Any problem is a
ValidationError that names the file, line and column and never repeats the cell's
content (it may be personal data or a card number). The format is in
docs/import-format.md and :mod:`clb4u_desk.services.records.format`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cards import ensure_no_card_number
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from clb4u_desk.domain.text import fold
from clb4u_desk.persistence.models import (
    RECORD_MODELS,
    Customer,
    CustomerEmail,
    CustomerPhone,
    Invoice,
    PaymentMethod,
)
from clb4u_desk.persistence.models.base import Base
from clb4u_desk.persistence.repositories.records import RecordRepository, RowsConflictError
from clb4u_desk.services.authz import ADMIN, require_role
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.records.format import (
    CUSTOMER_REF,
    FILE_SPECS,
    SPECS_BY_FILE,
    CellError,
    FileSpec,
)

_ALL_MODELS: tuple[type[Base], ...] = (Customer, *RECORD_MODELS)
_MODELS: dict[str, type[Base]] = {str(model.__tablename__): model for model in _ALL_MODELS}
# (later column, earlier column) pairs where the later one may not come first.
_ORDERED = {"ended_on": "started_on", "closed_at": "opened_at", "released_on": "since"}


@dataclass(frozen=True)
class ImportSummary:
    rows: dict[str, int]  # file name -> rows imported, for the files that were present

    @property
    def total(self) -> int:
        return sum(self.rows.values())


@dataclass
class _Row:
    line: int
    values: dict[str, Any]  # column name -> parsed value (absent or empty: the default)


@dataclass
class _File:
    spec: FileSpec
    rows: list[_Row] = field(default_factory=list)


def _error(file_name: str, line: int, column: str | None, message: str) -> ValidationError:
    if column:
        return ValidationError(
            QT_TRANSLATE_NOOP("errors", "{file_name}, line {line}, column '{column}': {message}."),
            file_name=file_name,
            line=line,
            column=column,
            message=message,
        )
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "{file_name}, line {line}: {message}."),
        file_name=file_name,
        line=line,
        message=message,
    )


# --------------------------------------------------------------------------- reading


def read_directory(directory: Path) -> list[_File]:
    """Every known CSV file in ``directory``, parsed and checked row by row (no database)."""
    if not directory.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The import folder {directory} does not exist."),
            directory=directory,
        )
    present = sorted(
        path.name
        for path in directory.iterdir()
        if path.is_file() and path.suffix.lower() == ".csv"
    )
    unknown = [name for name in present if name not in SPECS_BY_FILE]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Unknown import file {unknown}; the known files are "
                "listed in docs/import-format.md.",
            ),
            unknown=unknown[0],
        )
    if not present:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The folder {directory} holds none of the import files."),
            directory=directory,
        )
    return [
        _read_file(spec, (directory / spec.file_name).read_bytes())
        for spec in FILE_SPECS
        if spec.file_name in present
    ]


def _decode(file_name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")  # a leading byte-order mark (Excel) is dropped
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _error(
            file_name, line, None, "is not UTF-8 text; save the file as UTF-8 (CSV UTF-8)"
        ) from None


def _records(file_name: str, text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) of every CSV record, blank lines skipped."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise _error(
                file_name, reader.line_num, None, "is not well-formed CSV (check the quotes)"
            ) from None
        if cells:
            yield line, cells
        line = reader.line_num + 1


def _read_file(spec: FileSpec, data: bytes) -> _File:
    name = spec.file_name
    records = _records(name, _decode(name, data))
    header = next(records, None)
    if header is None:
        raise _error(name, 1, None, "has no header line")
    columns = _check_header(spec, header[1])
    parsed = _File(spec)
    for line, cells in records:
        parsed.rows.append(_Row(line, _parse_row(spec, columns, line, cells)))
    return parsed


def _check_no_cards(file_name: str, line: int, columns: list[str], cells: list[str]) -> None:
    for index, cell in enumerate(cells):
        column = columns[index] if index < len(columns) else f"#{index + 1}"
        ensure_no_card_number(cell, f"{file_name}, line {line}, column '{column}'")


def _check_header(spec: FileSpec, cells: list[str]) -> list[str]:
    names = [cell.strip() for cell in cells]
    _check_no_cards(spec.file_name, 1, [f"#{i + 1}" for i in range(len(names))], names)
    for index, name in enumerate(names):
        if spec.column(name) is None:
            shown = name if len(name) <= 40 else name[:40] + "…"
            raise (
                _error(spec.file_name, 1, f"#{index + 1}", f"unknown column '{shown}'")
                if name
                else _error(spec.file_name, 1, f"#{index + 1}", "the column has no name")
            )
        if names.index(name) != index:
            raise _error(spec.file_name, 1, name, "the column appears twice")
    for column in spec.columns:
        if column.required and column.name not in names:
            raise _error(spec.file_name, 1, column.name, "this required column is missing")
    return names


def _parse_row(spec: FileSpec, columns: list[str], line: int, cells: list[str]) -> dict[str, Any]:
    _check_no_cards(spec.file_name, line, columns, cells)
    if len(cells) != len(columns):
        raise _error(
            spec.file_name, line, None, f"has {len(cells)} cells but the header has {len(columns)}"
        )
    values: dict[str, Any] = {}
    for name, cell in zip(columns, cells, strict=True):
        column = spec.column(name)
        assert column is not None  # the header was checked
        text = cell.strip()
        if not text:
            if column.required:
                raise _error(spec.file_name, line, name, "a value is required")
            continue
        try:
            values[name] = column.parse(text)
        except CellError as error:
            raise _error(spec.file_name, line, name, str(error)) from None
    _check_order(spec, line, values)
    return values


def _check_order(spec: FileSpec, line: int, values: dict[str, Any]) -> None:
    for later, earlier in _ORDERED.items():
        if later in values and earlier in values and values[later] < values[earlier]:
            raise _error(spec.file_name, line, later, f"must not be before {earlier}")


# --------------------------------------------------------------------- cross-checks


class _References:
    """What rows refer to: customers, invoices and payment methods, in files and database."""

    def __init__(self, records: RecordRepository, files: dict[str, _File]) -> None:
        self._records = records
        self._files = files
        self.customer_ids: dict[str, int] = {}  # reference -> id, for customers in the DB
        self.new_customers: set[str] = set()
        self.invoices: dict[str, str] = {}  # number -> customer reference (files)
        self.tokens: dict[str, str] = {}  # processor token -> customer reference (files)
        self.db_invoices: dict[str, tuple[int, int]] = {}  # number -> (id, customer id)
        self.db_tokens: dict[str, tuple[int, int]] = {}

    def check(self) -> None:
        self._check_customers()
        self._check_customer_refs()
        self.invoices = self._check_unique("invoices.csv", "number", Invoice.number)
        self.tokens = self._check_unique(
            "payment_methods.csv", "processor_token", PaymentMethod.processor_token
        )
        self._check_payments()
        self._check_contacts(
            "customer_emails.csv", "email", CustomerEmail.email, CustomerEmail.customer_id
        )
        self._check_contacts(
            "customer_phones.csv", "phone", CustomerPhone.phone_e164, CustomerPhone.customer_id
        )
        for parsed in self._files.values():
            _check_repeated_rows(parsed)

    def _rows(self, file_name: str) -> list[_Row]:
        parsed = self._files.get(file_name)
        return parsed.rows if parsed else []

    def _check_customers(self) -> None:
        rows = self._rows("customers.csv")
        seen: dict[str, int] = {}
        existing = {
            ref
            for (ref,) in self._records.existing(
                Customer.reference, (), [row.values["reference"] for row in rows]
            )
        }
        for row in rows:
            ref = row.values["reference"]
            if ref in seen:
                raise _error(
                    "customers.csv",
                    row.line,
                    "reference",
                    f"the reference is already used on line {seen[ref]}",
                )
            if ref in existing:
                raise _error(
                    "customers.csv",
                    row.line,
                    "reference",
                    "a customer with this reference already exists",
                )
            seen[ref] = row.line
        self.new_customers = set(seen)

    def _check_customer_refs(self) -> None:
        wanted = {
            row.values[CUSTOMER_REF]
            for name, parsed in self._files.items()
            if name != "customers.csv"
            for row in parsed.rows
        }
        self.customer_ids = {
            ref: cid
            for ref, cid in self._records.existing(
                Customer.reference, (Customer.id,), wanted - self.new_customers
            )
        }
        for name, parsed in self._files.items():
            for row in parsed.rows if name != "customers.csv" else ():
                ref = row.values[CUSTOMER_REF]
                if ref not in self.new_customers and ref not in self.customer_ids:
                    raise _error(
                        name,
                        row.line,
                        CUSTOMER_REF,
                        "no customer with this reference in customers.csv or the database",
                    )

    def _check_unique(self, file_name: str, column: str, db_column: Any) -> dict[str, str]:
        rows = self._rows(file_name)
        in_db = {
            value
            for (value,) in self._records.existing(
                db_column, (), [row.values[column] for row in rows]
            )
        }
        seen: dict[str, _Row] = {}
        for row in rows:
            value = row.values[column]
            if value in seen:
                raise _error(
                    file_name,
                    row.line,
                    column,
                    f"the value is already used on line {seen[value].line}",
                )
            if value in in_db:
                raise _error(
                    file_name, row.line, column, "the value already exists in the database"
                )
            seen[value] = row
        return {value: row.values[CUSTOMER_REF] for value, row in seen.items()}

    def _check_payments(self) -> None:
        rows = self._rows("payments.csv")
        self.db_invoices = {
            number: (iid, cid)
            for number, iid, cid in self._records.existing(
                Invoice.number,
                (Invoice.id, Invoice.customer_id),
                [r.values["invoice_number"] for r in rows if "invoice_number" in r.values],
            )
        }
        self.db_tokens = {
            token: (mid, cid)
            for token, mid, cid in self._records.existing(
                PaymentMethod.processor_token,
                (PaymentMethod.id, PaymentMethod.customer_id),
                [
                    r.values["payment_method_token"]
                    for r in rows
                    if "payment_method_token" in r.values
                ],
            )
        }
        for row in rows:
            self._check_owned(row, "invoice_number", self.invoices, self.db_invoices)
            self._check_owned(row, "payment_method_token", self.tokens, self.db_tokens)

    def _check_owned(
        self, row: _Row, column: str, in_files: dict[str, str], in_db: dict[str, tuple[int, int]]
    ) -> None:
        value = row.values.get(column)
        if value is None:
            return
        ref = row.values[CUSTOMER_REF]
        if value in in_files:
            owner_ok = in_files[value] == ref
        elif value in in_db:
            owner_ok = in_db[value][1] == self.customer_ids.get(ref)
        else:
            raise _error(
                "payments.csv", row.line, column, "not found in the import files or the database"
            )
        if not owner_ok:
            raise _error("payments.csv", row.line, column, "belongs to another customer")

    def _check_contacts(
        self, file_name: str, column: str, db_column: Any, db_customer: Any
    ) -> None:
        """The same email or phone twice for one customer is a duplicate."""
        rows = self._rows(file_name)
        known = set(
            self._records.existing(db_column, (db_customer,), [row.values[column] for row in rows])
        )
        seen: dict[tuple[str, Any], int] = {}
        for row in rows:
            ref = row.values[CUSTOMER_REF]
            key = (ref, row.values[column])
            if key in seen:
                raise _error(
                    file_name,
                    row.line,
                    column,
                    f"the customer already has this value on line {seen[key]}",
                )
            if (row.values[column], self.customer_ids.get(ref)) in known:
                raise _error(
                    file_name,
                    row.line,
                    column,
                    "the customer already has this value in the database",
                )
            seen[key] = row.line


def _check_repeated_rows(parsed: _File) -> None:
    seen: dict[tuple[tuple[str, Any], ...], int] = {}
    for row in parsed.rows:
        key = tuple(sorted(row.values.items()))
        if key in seen:
            raise _error(parsed.spec.file_name, row.line, None, f"the row repeats line {seen[key]}")
        seen[key] = row.line


# --------------------------------------------------------------------------- writing


def _attributes(spec: FileSpec, values: dict[str, Any]) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    for column in spec.columns:
        if column.name in (CUSTOMER_REF, "invoice_number", "payment_method_token"):
            continue
        attrs[column.attribute or column.name] = values.get(column.name, column.default)
    return attrs


class _Writer:
    def __init__(self, records: RecordRepository, refs: _References, ctx: ServiceContext) -> None:
        self._records = records
        self._refs = refs
        self._ctx = ctx
        self._invoice_ids = {number: ids[0] for number, ids in refs.db_invoices.items()}
        self._method_ids = {token: ids[0] for token, ids in refs.db_tokens.items()}

    def write(self, parsed: _File) -> None:
        rows = [self._row(parsed.spec, row.values) for row in parsed.rows]
        if not rows:
            return
        model = _MODELS[parsed.spec.table]
        # Later files refer to these rows, so their new ids are needed in order.
        referenced = parsed.spec.table in ("customers", "invoices", "payment_methods")
        ids = self._records.insert_many(model, rows, ids=referenced)
        if referenced:
            self._remember(parsed, ids)

    def _remember(self, parsed: _File, ids: list[int]) -> None:
        key, target = {
            "customers": ("reference", self._refs.customer_ids),
            "invoices": ("number", self._invoice_ids),
            "payment_methods": ("processor_token", self._method_ids),
        }[parsed.spec.table]
        for row, new_id in zip(parsed.rows, ids, strict=True):
            target[row.values[key]] = new_id
        if parsed.spec.table == "customers":
            # The name search index is derived data, written with the customers.
            self._records.index_new_names(
                [
                    (new_id, row.values["full_name"])
                    for row, new_id in zip(parsed.rows, ids, strict=True)
                ]
            )

    def _row(self, spec: FileSpec, values: dict[str, Any]) -> dict[str, Any]:
        attrs = _attributes(spec, values) | {"version": 1}
        if spec.table == "customers":
            attrs["name_folded"] = fold(attrs["full_name"])[:200]
            attrs["language"] = attrs["language"] or ("vi" if attrs["residence"] == "vn" else "en")
            attrs["created_at"] = attrs["created_at"] or self._ctx.clock()
            return attrs
        attrs["customer_id"] = self._refs.customer_ids[values[CUSTOMER_REF]]
        if spec.table == "invoices" and attrs["fiscal_year"] is None:
            attrs["fiscal_year"] = attrs["issued_on"].year  # Vietnam's fiscal year
        if spec.table == "payments":
            number, token = values.get("invoice_number"), values.get("payment_method_token")
            attrs["invoice_id"] = self._invoice_ids[number] if number else None
            attrs["payment_method_id"] = self._method_ids[token] if token else None
        return attrs


def import_records(ctx: ServiceContext, actor: Actor, directory: Path) -> ImportSummary:
    """Import every known CSV file in ``directory``: all rows, or none at all."""
    require_role(actor, ADMIN)
    files = {parsed.spec.file_name: parsed for parsed in read_directory(directory)}
    summary = ImportSummary({name: len(parsed.rows) for name, parsed in files.items()})
    with ctx.db.uow() as uow:
        refs = _References(uow.records, files)
        refs.check()
        writer = _Writer(uow.records, refs, ctx)
        try:
            for parsed in files.values():  # in FILE_SPECS order: referenced rows first
                writer.write(parsed)
        except RowsConflictError:
            # Only a concurrent import of the same rows can get here: everything else
            # was checked above.
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database changed during the import (someone "
                    "imported the same records?); nothing was imported. "
                    "Try again.",
                )
            ) from None
        # File names and counts only: never a value from the files.
        uow.log.append(
            actor=actor,
            action="records_imported",
            details={"files": summary.rows, "rows": summary.total},
            now=ctx.clock(),
        )
        uow.commit()
    return summary
