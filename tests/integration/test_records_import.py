"""CSV records import: happy path, all or nothing, precise errors, no card numbers, BOM, CLI."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from clb4u_desk.app import Services, build_services
from clb4u_desk.cli import main
from clb4u_desk.config import DatabaseSettings, Settings
from clb4u_desk.domain.actor import SYSTEM_ACTOR
from clb4u_desk.domain.errors import CardNumberError, PermissionDeniedError, ValidationError
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.persistence.models import (
    RECORD_MODELS,
    Customer,
    CustomerEmail,
    CustomerPhone,
    DecisionLogEntry,
    Invoice,
    Payment,
)
from clb4u_desk.services.records.format import FILE_SPECS
from clb4u_desk.services.records.importer import import_records

SAMPLE = Path(__file__).parent.parent / "data" / "import"
CARD = "4111 1111 1111 1111"  # the classic Visa test number: Luhn-valid


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    target = tmp_path / "import"
    shutil.copytree(SAMPLE, target)
    return target


def _counts(db: Database) -> dict[str, int]:
    with db.reader() as uow:
        return {
            model.__tablename__: uow.session.execute(
                select(func.count()).select_from(model)
            ).scalar_one()
            for model in (Customer, DecisionLogEntry, *RECORD_MODELS)
        }


def _edit(directory: Path, file_name: str, change: Callable[[str], str]) -> None:
    path = directory / file_name
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def _append_line(directory: Path, file_name: str, line: str) -> None:
    _edit(directory, file_name, lambda text: text + line + "\n")


def test_the_sample_set_imports_on_both_databases(services: Services, sample: Path) -> None:
    summary = import_records(services.ctx, SYSTEM_ACTOR, sample)
    assert set(summary.rows) == {spec.file_name for spec in FILE_SPECS}
    counts = _counts(services.db)
    for spec in FILE_SPECS:
        assert counts[spec.table] == summary.rows[spec.file_name], spec.file_name
    with services.db.reader() as uow:
        session = uow.session
        lan = session.execute(
            select(Customer).where(Customer.reference == "KH-900001")
        ).scalar_one()
        assert (lan.name_folded, lan.created_at) == (
            "nguyen thi lan",
            datetime(2023, 4, 1, 2, 15, tzinfo=UTC),
        )
        name_keys = session.execute(
            text("SELECT COUNT(*) FROM customer_name_keys WHERE customer_id = :id"), {"id": lan.id}
        ).scalar_one()
        assert name_keys > 0  # searchable by name at once
        markup = session.execute(
            select(Customer.full_name).where(Customer.reference == "KH-900002")
        ).scalar_one()
        assert markup == "<b>Lê & Co</b>"
        emails = (
            session.execute(
                select(CustomerEmail.email)
                .where(CustomerEmail.customer_id == lan.id)
                .order_by(CustomerEmail.id)
            )
            .scalars()
            .all()
        )
        assert emails == ["lan.nguyen@example.vn", "lan.nt88@gmail.com"]
        phones = (
            session.execute(
                select(CustomerPhone.phone_e164)
                .where(CustomerPhone.customer_id == lan.id)
                .order_by(CustomerPhone.id)
            )
            .scalars()
            .all()
        )
        assert phones == ["+84912345678", "+842838234567"]
        invoice = session.execute(
            select(Invoice).where(Invoice.number == "HD-2024-9000001")
        ).scalar_one()
        assert (invoice.amount_vnd, invoice.customer_id) == (1_500_000, lan.id)
        refunded = session.execute(
            select(Invoice.fiscal_year).where(Invoice.number == "HD-2025-9000002")
        ).scalar_one()
        assert refunded == 2025  # defaults to the year of issue
        paid = session.execute(select(Payment).where(Payment.invoice_id == invoice.id)).scalar_one()
        assert paid.payment_method_id is not None
        assert paid.customer_id == lan.id
        action, logged = session.execute(
            select(DecisionLogEntry.action, DecisionLogEntry.details)
        ).one()
    assert action == "records_imported"
    details = json.loads(logged)
    assert details["rows"] == summary.total
    assert details["files"]["customers.csv"] == 3
    assert "Lan" not in logged
    assert "example" not in logged


def test_later_import_refers_to_customers_in_the_database(
    services: Services, sample: Path, tmp_path: Path
) -> None:
    import_records(services.ctx, SYSTEM_ACTOR, sample)
    more = tmp_path / "more"
    more.mkdir()
    (more / "customer_emails.csv").write_text(
        "customer_ref,email\nKH-900003,second@example.de\n", encoding="utf-8"
    )
    (more / "payments.csv").write_text(
        "customer_ref,invoice_number,paid_at,amount_vnd\n"
        "KH-900003,HD-2024-9000003,2024-06-01T09:00:00+07:00,2500000\n",
        encoding="utf-8",
    )
    summary = import_records(services.ctx, SYSTEM_ACTOR, more)
    assert summary.rows == {"customer_emails.csv": 1, "payments.csv": 1}


def test_a_bad_row_in_the_last_file_imports_nothing(services: Services, sample: Path) -> None:
    before = _counts(services.db)
    _append_line(sample, "legal_holds.csv", "KH-900001,payments,Khiếu nại,2024-13-01,")
    with pytest.raises(ValidationError) as raised:
        import_records(services.ctx, SYSTEM_ACTOR, sample)
    assert str(raised.value).startswith("legal_holds.csv, line 3, column 'since': must be a date")
    assert _counts(services.db) == before


def test_a_reference_problem_found_in_the_database_imports_nothing(
    services: Services, sample: Path
) -> None:
    # Found only after the database was asked: the transaction must still be untouched.
    _append_line(sample, "legal_holds.csv", "KH-999999,payments,Khiếu nại,2024-12-01,")
    before = _counts(services.db)
    with pytest.raises(
        ValidationError,
        match=r"legal_holds.csv, line 3, column "
        r"'customer_ref': no customer",
    ):
        import_records(services.ctx, SYSTEM_ACTOR, sample)
    assert _counts(services.db) == before


@pytest.mark.parametrize(
    ("file_name", "line", "expected"),
    [
        (
            "customers.csv",
            "KH-900009,Trần Văn B,19x8,,,,,,,,,",
            "customers.csv, line 5, column 'birth_year': must be a whole number",
        ),
        (
            "customers.csv",
            "KH-900001,Trùng Mã,,,,,,,,,,",
            "customers.csv, line 5, column 'reference': the reference is already used on line 2",
        ),
        (
            "customers.csv",
            "KH-9,Mã Ngắn,,,,,,,,,,",
            "customers.csv, line 5, column 'reference': must be a customer reference",
        ),
        (
            "customers.csv",
            "KH-900009,,,,,,,,,,,",
            "customers.csv, line 5, column 'full_name': a value is required",
        ),
        (
            "customers.csv",
            "KH-900009,Ba Ô,,,,,,,mars,,,",
            "customers.csv, line 5, column 'residence': must be one of: vn, eu, us-ca",
        ),
        (
            "customers.csv",
            "KH-900009,Thiếu Ô",
            "customers.csv, line 5: has 2 cells but the header has 12",
        ),
        (
            "customer_emails.csv",
            "KH-900001,not-an-email,",
            "customer_emails.csv, line 6, column 'email': must be an email address",
        ),
        (
            "customer_emails.csv",
            "KH-900001,LAN.NGUYEN@example.vn,false",
            "customer_emails.csv, line 6, column 'email': the customer already has this value",
        ),
        (
            "customer_phones.csv",
            "KH-900001,12345,mobile",
            "customer_phones.csv, line 5, column 'phone': must be a phone number",
        ),
        (
            "invoices.csv",
            "KH-900003,HD-2024-9000001,2024-01-01,1000,,,Trùng số",
            "invoices.csv, line 5, column 'number': the value is already used on line 2",
        ),
        (
            "invoices.csv",
            'KH-900003,HD-2024-9000009,2024-01-01,"1,5",,,Sai số tiền',
            "invoices.csv, line 5, column 'amount_vnd': must be an amount",
        ),
        (
            "payments.csv",
            "KH-900003,HD-2024-9000001,,2024-03-02T10:00:00+07:00,1500000,settled",
            "payments.csv, line 6, column 'invoice_number': belongs to another customer",
        ),
        (
            "payments.csv",
            "KH-900003,,,2024-03-02 10:00:00,1500000,settled",
            "payments.csv, line 6, column 'paid_at': must be a date and time with its offset",
        ),
        (
            "subscriptions.csv",
            "KH-900001,webinar,Webinar,2024-03-14,2024-03-01,ended",
            "subscriptions.csv, line 5, column 'ended_on': must not be before started_on",
        ),
        (
            "consents.csv",
            "KH-900001,service,email,true,2023-04-01T09:15:00+07:00,web_signup",
            "consents.csv, line 5: the row repeats line 2",
        ),
        (
            "disclosures.csv",
            'KH-900001,Ai đó,Luật,"identity,nothing",2025-01-01',
            "disclosures.csv, line 3, column 'categories': must be data categories",
        ),
    ],
)
def test_errors_name_file_line_and_column(
    services: Services, sample: Path, file_name: str, line: str, expected: str
) -> None:
    _append_line(sample, file_name, line)
    with pytest.raises(ValidationError) as raised:
        import_records(services.ctx, SYSTEM_ACTOR, sample)
    assert str(raised.value).startswith(expected)
    assert _counts(services.db)["customers"] == 0


def test_header_problems_are_reported(database: Database, services: Services, sample: Path) -> None:
    _edit(sample, "ad_segments.csv", lambda text: text.replace("segment,", "segmnet,", 1))
    with pytest.raises(
        ValidationError,
        match=r"ad_segments.csv, line 1, column '#2': unknown "
        r"column 'segmnet'",
    ):
        import_records(services.ctx, SYSTEM_ACTOR, sample)
    _edit(sample, "ad_segments.csv", lambda text: text.replace("segmnet,", "", 1))
    with pytest.raises(
        ValidationError,
        match=r"ad_segments.csv, line 1, column 'segment': "
        r"this required column is missing",
    ):
        import_records(services.ctx, SYSTEM_ACTOR, sample)


@pytest.mark.parametrize(
    ("file_name", "old", "new"),
    [
        ("communications.csv", "Nhắc lịch webinar (SMS)", f"Thẻ của tôi là {CARD}, hãy trừ tiền"),
        ("customers.csv", "Anna Müller", "4111111111111111"),
        ("payment_methods.csv", "pm_TestTokenAnnaMc01", "tok-5555-5555-5555-4444"),
    ],
)
def test_a_card_number_is_refused_without_echoing_it(
    services: Services, sample: Path, file_name: str, old: str, new: str
) -> None:
    _edit(sample, file_name, lambda text: text.replace(old, new))
    with pytest.raises(CardNumberError) as raised:
        import_records(services.ctx, SYSTEM_ACTOR, sample)
    message = str(raised.value)
    assert message.startswith(file_name + ", line ")
    assert "card number" in message
    for digits in ("4111", "5555", "1111"):
        assert digits not in message
    assert _counts(services.db)["customers"] == 0


def test_a_byte_order_mark_is_tolerated(services: Services, sample: Path) -> None:
    path = sample / "customers.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    summary = import_records(services.ctx, SYSTEM_ACTOR, sample)
    assert summary.rows["customers.csv"] == 3


def test_text_that_is_not_utf8_is_refused(services: Services, sample: Path) -> None:
    path = sample / "customer_addresses.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1258", errors="replace"))
    with pytest.raises(ValidationError, match=r"customer_addresses.csv, line 2: is not UTF-8"):
        import_records(services.ctx, SYSTEM_ACTOR, sample)


def test_unknown_files_and_empty_folders_are_refused(
    services: Services, sample: Path, tmp_path: Path
) -> None:
    (sample / "customer.csv").write_text("reference\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"Unknown import file customer\.csv"):
        import_records(services.ctx, SYSTEM_ACTOR, sample)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ValidationError, match="none of the import files"):
        import_records(services.ctx, SYSTEM_ACTOR, empty)
    with pytest.raises(ValidationError, match="does not exist"):
        import_records(services.ctx, SYSTEM_ACTOR, tmp_path / "missing")


def test_only_an_admin_may_import(
    services: Services, sample: Path, actors: dict[str, object]
) -> None:
    with pytest.raises(PermissionDeniedError):
        import_records(services.ctx, actors["supervisor"], sample)  # type: ignore[arg-type]


def test_cli_import_and_its_one_line_error(
    database: Database, db_url: str, sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", db_url, "records", "import", str(sample)]) == 0
    out, _ = capsys.readouterr()
    assert "customers.csv" in out
    assert "Imported 40 rows from 16 files." in out
    assert main(["--database", db_url, "records", "import", str(sample)]) == 2
    out, err = capsys.readouterr()
    assert err == (
        "clb4u-desk: customers.csv, line 2, column 'reference': a customer with "
        "this reference already exists.\n"
    )
    assert "Traceback" not in out + err


# ------------------------------------------------------------------ random input

_CUSTOMER_COLUMNS = [column.name for column in FILE_SPECS[0].columns]
_cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "KH-000001",
            "2024-02-29",
            "2024-02-30",
            "2024-01-01T10:00:00+07:00",
            "true",
            "vn",
            "1.500.000",
            "0912 345 678",
            CARD,
            "\x00",
            "\ufeff",
            "a\nb",
            '"',
            "1e3",
            "١٢٣",
            "+84 28 3823 4567",
            "",
            " ",
        ]
    ),
)


@pytest.fixture
def fuzz_services(sqlite_url: str) -> Services:
    db = Database(create_app_engine(sqlite_url))
    migrate.upgrade(db.engine)
    return build_services(Settings(database=DatabaseSettings(url=sqlite_url, password="none")), db)


def _import_or_refuse(services: Services, files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files.items():
            (Path(folder) / name).write_bytes(data)
        # Anything but a ValidationError (a crash, a database error) fails the test.
        with contextlib.suppress(ValidationError):
            import_records(services.ctx, SYSTEM_ACTOR, Path(folder))


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    customers=st.lists(
        st.lists(_cells, min_size=len(_CUSTOMER_COLUMNS), max_size=len(_CUSTOMER_COLUMNS)),
        max_size=4,
    ),
    communications=st.lists(st.lists(_cells, min_size=5, max_size=5), max_size=3),
)
def test_random_cells_give_a_validation_error_or_an_import(
    fuzz_services: Services, customers: list[list[str]], communications: list[list[str]]
) -> None:
    _import_or_refuse(
        fuzz_services,
        {
            "customers.csv": _csv([_CUSTOMER_COLUMNS, *customers]),
            "communications.csv": _csv(
                [
                    ["customer_ref", "channel", "direction", "occurred_at", "summary"],
                    *communications,
                ]
            ),
        },
    )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=200))
def test_random_bytes_give_a_validation_error_or_an_import(
    fuzz_services: Services, data: bytes
) -> None:
    _import_or_refuse(fuzz_services, {"customers.csv": b"reference,full_name\n" + data})
