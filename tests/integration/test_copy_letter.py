"""The issued copy's letter says how the machine-readable copy travels, as it really does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from tests.conftest import TEST_PASSWORD, MemoryKeyring
from tests.integration.copy_helpers import add_case, fixed_copies, open_services, page_texts, seed

SUBJECT = 11


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "5a" * 32)


@pytest.fixture
def seeded(sqlite_url: str) -> Iterator[Services]:
    services = open_services(sqlite_url)
    seed(services, customers=15, heavy_rows=50)
    yield services
    services.db.dispose()


@pytest.fixture
def agent(seeded: Services) -> Actor:
    seeded.accounts.add_user(
        SYSTEM_ACTOR, login="agent", display_name="Agent", role="agent", password=TEST_PASSWORD
    )
    return seeded.accounts.sign_in("agent", TEST_PASSWORD)


def _letter(
    seeded: Services, agent: Actor, tmp_path: Path, language: str, **options: object
) -> tuple[str, dict[str, Path]]:
    case_id, _ = add_case(seeded, SUBJECT, level=3, language=language)
    out = tmp_path / f"out-{case_id}"
    out.mkdir()
    settings: dict[str, object] = {
        "formats": {"pdf", "json", "csv"},
        "channel": "email",
        "exports_inside_pdf": True,
    }
    settings.update(options)
    result = fixed_copies(seeded).issue(agent, case_id, out_dir=out, **settings)  # type: ignore[arg-type]
    files = {f.kind: f.path for f in result.files}
    first = page_texts(files["data_copy_pdf"].read_bytes(), result.passphrase)[0]
    return " ".join(first.split()), files


@pytest.mark.parametrize(
    ("language", "attached", "never"),
    [
        ("vi", "được đính kèm bên trong chính tệp PDF này", "tệp riêng"),
        ("en", "is attached inside this PDF file", "separate files"),
    ],
)
def test_exports_inside_the_pdf_are_said_to_be_attachments(
    seeded: Services, agent: Actor, tmp_path: Path, language: str, attached: str, never: str
) -> None:
    letter, files = _letter(seeded, agent, tmp_path, language)
    assert attached in letter
    assert never not in letter
    assert "Attachments" in letter or "attachments panel" in letter
    assert set(files) == {"data_copy_pdf"}  # they really are inside


def test_separate_exports_are_said_to_be_separate_files(
    seeded: Services, agent: Actor, tmp_path: Path
) -> None:
    letter, files = _letter(
        seeded,
        agent,
        tmp_path,
        "en",
        encrypt=False,
        exports_inside_pdf=False,
        formats={"pdf", "json"},
    )
    assert "(one JSON file) is sent to you as separate files" in letter
    assert "attached" not in letter
    assert "CSV file per" not in letter
    # The letter's wording is not content: the PDF's fingerprint is the JSON's.
    fingerprint = json.loads(files["export_json"].read_text("utf-8"))["fingerprint"]
    pdf_text = " ".join(page_texts(files["data_copy_pdf"].read_bytes()))
    assert f"Document {fingerprint}" in pdf_text


def test_a_pdf_alone_does_not_claim_any_exports(
    seeded: Services, agent: Actor, tmp_path: Path
) -> None:
    letter, files = _letter(seeded, agent, tmp_path, "vi", formats={"pdf"})
    assert set(files) == {"data_copy_pdf"}
    assert "đính kèm" not in letter
    assert "tệp riêng" not in letter
    assert "vui lòng cho chúng tôi biết" in letter
    preview = fixed_copies(seeded).preview(agent, add_case(seeded, SUBJECT, level=3)[0])
    assert "vui lòng cho chúng tôi biết" in " ".join(page_texts(preview)[0].split())
