"""The machine-readable copy: JSON schema, CSV conventions, PDF attachments."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.rights import Regime
from clb4u_desk.reporting.data_copy import render_data_copy
from clb4u_desk.reporting.document import (
    CategorySection,
    Column,
    DataCopyDocument,
    RecipientInfo,
    fingerprint,
)
from clb4u_desk.reporting.export import (
    JSON_FILENAME,
    attach_exports,
    export_csv,
    export_files,
    export_json,
)

FORMULAS = ("=SUM(A1:A2)", "+84 912 345 678", "-1.500.000 ₫", "@cmd", "\tx", "\rx")


def make_doc() -> DataCopyDocument:
    identity = CategorySection(
        DataCategory.IDENTITY,
        "Nhận dạng",
        "Identity",
        (Column("name", "Họ tên", "Name"), Column("note", "Ghi chú", "Note")),
        (
            (unicodedata.normalize("NFD", "Lê Thị Ánh"), 'Nói "xin chào",\nrồi đi'),
            *((f, "plain") for f in FORMULAS),
        ),
        restricted=True,
        retention_until=date(2031, 12, 31),
    )
    polls = CategorySection(
        DataCategory.POLLS, "Thăm dò", "Polls", (Column("q", "Câu hỏi", "Question"),), ()
    )
    more_identity = CategorySection(
        DataCategory.IDENTITY,
        "Nhận dạng (cũ)",
        "Identity (old)",
        (Column("name", "Họ tên", "Name"),),
        (("Cũ",),),
    )
    return DataCopyDocument(
        "DSR-2026-7",
        datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
        "vi",
        "Lê Thị Ánh",
        "KH-000007",
        (Regime.VN,),
        (identity, polls, more_identity),
        recipients=(
            RecipientInfo("ABC", "Thanh toán", (DataCategory.PAYMENTS,), date(2025, 1, 1)),
        ),
        sources=("Đăng ký",),
        retention=("10 năm",),
    )


def test_json_follows_the_versioned_schema() -> None:
    doc = make_doc()
    raw = export_json(doc)
    assert "Lê Thị Ánh".encode() in raw  # UTF-8, not \\u escapes
    data = json.loads(raw)
    assert list(data) == [
        "schema",
        "version",
        "fingerprint",
        "case_reference",
        "issued_at",
        "language",
        "requester_name",
        "subject_reference",
        "regimes",
        "categories",
        "recipients",
        "sources",
        "retention",
    ]
    assert (data["schema"], data["version"]) == ("clb4u-desk/data-export", 1)
    assert data["fingerprint"] == fingerprint(doc)
    assert data["issued_at"] == "2026-01-02T10:04:00+07:00"  # Vietnam time, offset named
    section = data["categories"][0]
    assert list(section) == [
        "key",
        "title",
        "restricted",
        "legal_hold",
        "retention_until",
        "columns",
        "records",
    ]
    assert section["retention_until"] == "2031-12-31"
    assert section["restricted"] is True
    assert section["columns"][0] == {"key": "name", "title": {"vi": "Họ tên", "en": "Name"}}
    first = section["records"][0]
    assert first == {"name": "Lê Thị Ánh", "note": 'Nói "xin chào",\nrồi đi'}  # NFC, lossless
    assert [r["name"] for r in section["records"][1:]] == list(FORMULAS)  # no neutralising
    assert data["recipients"][0] == {
        "name": "ABC",
        "description": "Thanh toán",
        "categories": ["payments"],
        "disclosed_on": "2025-01-01",
    }
    assert export_json(doc) == raw  # deterministic


def test_csv_one_file_per_category_with_bom_and_header() -> None:
    files = export_csv(make_doc())
    assert list(files) == ["identity.csv", "polls.csv", "identity-2.csv"]
    for content in files.values():
        assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(files["identity.csv"].decode("utf-8-sig"), newline="")))
    assert rows[0] == ["name", "note"]
    assert rows[1] == ["Lê Thị Ánh", 'Nói "xin chào",\nrồi đi']
    assert list(csv.reader(io.StringIO(files["polls.csv"].decode("utf-8-sig")))) == [["q"]]
    assert b"\r\n" in files["identity.csv"]


def test_csv_neutralises_formulas() -> None:
    rows = list(
        csv.reader(
            io.StringIO(export_csv(make_doc())["identity.csv"].decode("utf-8-sig"), newline="")
        )
    )
    assert [row[0] for row in rows[2:]] == ["'" + f for f in FORMULAS]
    assert all(row[1] == "plain" for row in rows[2:])


def test_exports_are_attached_to_the_pdf(tmp_path: Path) -> None:
    doc = make_doc()
    files = export_files(doc)
    pdf = attach_exports(render_data_copy(doc), files)
    reader = PdfReader(io.BytesIO(pdf))
    attached = {name: contents[0] for name, contents in reader.attachments.items()}
    assert attached == files
    assert JSON_FILENAME in attached
    assert reader.outline  # the outline survives
    assert "DSR-2026-7" in str(reader.metadata.title if reader.metadata else "")
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed: structural check skipped")
    path = tmp_path / "copy.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
