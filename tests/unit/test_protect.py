"""Encrypted copies: passphrase format, AES-256, opened only with the passphrase."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from pypdf.generic import DictionaryObject

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.rights import Regime
from clb4u_desk.reporting.data_copy import render_data_copy
from clb4u_desk.reporting.document import CategorySection, Column, DataCopyDocument
from clb4u_desk.reporting.export import attach_exports
from clb4u_desk.reporting.protect import encrypt_pdf, generate_passphrase

PASSPHRASE_FORMAT = re.compile(r"^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){5}$")


@pytest.fixture(scope="module")
def plain_pdf() -> bytes:
    section = CategorySection(
        DataCategory.IDENTITY,
        "Nhận dạng",
        "Identity",
        (Column("name", "Họ tên", "Name"),),
        (("Đặng Thị Ánh",),),
    )
    doc = DataCopyDocument(
        "DSR-2026-9",
        datetime(2026, 1, 2, tzinfo=UTC),
        "vi",
        "Đặng Thị Ánh",
        "KH-9",
        (Regime.VN,),
        (section,),
    )
    return attach_exports(render_data_copy(doc), {"identity.csv": b"\xef\xbb\xbfname\r\n"})


def test_passphrases_are_readable_and_random() -> None:
    phrases = {generate_passphrase() for _ in range(200)}
    assert len(phrases) == 200
    for phrase in phrases:
        assert PASSPHRASE_FORMAT.match(phrase), phrase


def test_encrypted_pdf_opens_with_the_passphrase_only(plain_pdf: bytes) -> None:
    passphrase = generate_passphrase()
    encrypted = encrypt_pdf(plain_pdf, passphrase)
    assert b"DSR-2026-9" not in encrypted  # even the metadata title is encrypted

    locked = PdfReader(io.BytesIO(encrypted))
    assert locked.is_encrypted
    assert not locked.decrypt("wrong-pass")
    with pytest.raises(FileNotDecryptedError):
        PdfReader(io.BytesIO(encrypted)).pages[0].extract_text()

    reader = PdfReader(io.BytesIO(encrypted), password=passphrase)
    encryption = cast(DictionaryObject, reader.trailer["/Encrypt"].get_object())
    assert (str(encryption["/V"]), str(encryption["/R"])) == ("5", "6")  # AES-256
    assert "Đặng Thị Ánh" in "".join(page.extract_text() for page in reader.pages)
    assert list(reader.attachments) == ["identity.csv"]


def test_empty_passphrase_is_refused(plain_pdf: bytes) -> None:
    with pytest.raises(ValueError, match="passphrase is needed"):
        encrypt_pdf(plain_pdf, "")


def test_qpdf_and_poppler_read_the_encrypted_file(plain_pdf: bytes, tmp_path: Path) -> None:
    missing = [tool for tool in ("qpdf", "pdfinfo") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed (apt-get install qpdf poppler-utils)")
    passphrase = generate_passphrase()
    path = tmp_path / "copy.pdf"
    path.write_bytes(encrypt_pdf(plain_pdf, passphrase))

    checked = subprocess.run(
        ["qpdf", "--check", f"--password={passphrase}", str(path)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "R = 6" in checked.stdout
    refused = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert refused.returncode != 0
    assert "password" in refused.stderr

    info = subprocess.run(
        ["pdfinfo", "-upw", passphrase, str(path)], capture_output=True, text=True
    )
    assert info.returncode == 0, info.stderr
    assert "AES-256" in info.stdout
    no_password = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    assert no_password.returncode != 0
