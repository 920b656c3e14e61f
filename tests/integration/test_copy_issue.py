"""Issuing a data copy: encryption, files, records, refusals, through the service and the CLI."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PasswordType, PdfReader
from sqlalchemy import func, select

from clb4u_desk.app import Services
from clb4u_desk.audit import chain
from clb4u_desk.cli import main
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.domain.errors import (
    IdentityNotVerifiedError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.persistence.models import (
    Base,
    DecisionLogEntry,
    IssuedDocument,
    Payment,
    PaymentMethod,
)
from clb4u_desk.reporting.export import export_csv, export_json
from clb4u_desk.services.copies.service import IssueResult
from tests.conftest import TEST_PASSWORD, MemoryKeyring
from tests.integration.copy_helpers import add_case, body_text, fixed_copies, seed

SUBJECT = 11  # a typical seeded customer (markup name)


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "5a" * 32)


@pytest.fixture
def seeded(services: Services) -> Services:
    seed(services, customers=40, heavy_rows=200)
    return services


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The destination folder (tmp_path itself holds the SQLite database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def agent(seeded: Services) -> Actor:
    seeded.accounts.add_user(
        SYSTEM_ACTOR, login="agent", display_name="Agent", role="agent", password=TEST_PASSWORD
    )
    return seeded.accounts.sign_in("agent", TEST_PASSWORD)


def _with_payment_data(services: Services) -> int:
    with services.db.reader() as uow:
        found = (
            uow.session.execute(
                select(PaymentMethod.customer_id).order_by(PaymentMethod.customer_id)
            )
            .scalars()
            .first()
        )
    assert found is not None
    return found


def _without_payment_data(services: Services) -> int:
    with services.db.reader() as uow:
        session = uow.session
        paying = set(session.execute(select(PaymentMethod.customer_id)).scalars())
        paying |= set(session.execute(select(Payment.customer_id)).scalars())
    return next(cid for cid in range(2, 41) if cid not in paying)


def _issue(
    services: Services, agent: Actor, case_id: int, out: Path, **options: object
) -> IssueResult:
    settings: dict[str, object] = {
        "formats": {"pdf", "json", "csv"},
        "exports_inside_pdf": True,
        "channel": "email",
    }
    settings.update(options)
    return fixed_copies(services).issue(agent, case_id, out_dir=out, **settings)  # type: ignore[arg-type]


def _everything_stored(services: Services) -> str:
    """Every row of every table as text, to look for what must never be stored."""
    chunks: list[str] = []
    with services.db.reader() as uow:
        for table in Base.metadata.sorted_tables:
            chunks.extend(repr(tuple(row)) for row in uow.session.execute(select(table)))
    return "\n".join(chunks)


# --------------------------------------------------------------------------- encrypted copy


def test_encrypted_copy_opens_with_the_passphrase_only(
    seeded: Services, agent: Actor, out: Path
) -> None:
    case_id, reference = add_case(seeded, SUBJECT, level=3)
    result = _issue(seeded, agent, case_id, out)
    assert result.passphrase is not None
    assert result.exports_inside_pdf
    [pdf_file] = result.files
    assert pdf_file.path == out / f"{reference}-data-copy.pdf"
    reader = PdfReader(pdf_file.path)
    assert reader.is_encrypted
    assert reader.decrypt("wrong-passphrase") == PasswordType.NOT_DECRYPTED
    reader = PdfReader(pdf_file.path)
    assert reader.decrypt(result.passphrase) != PasswordType.NOT_DECRYPTED
    assert "Mã hồ sơ" in reader.pages[0].extract_text()
    doc = fixed_copies(seeded).build_document(agent, case_id)
    attachments = {name: data[0] for name, data in reader.attachments.items()}
    assert attachments == {"data-export.json": export_json(doc), **export_csv(doc)}
    text = body_text(doc, pdf_file.path.read_bytes(), result.passphrase)
    assert doc.categories[0].rows[0][1] in text  # the name, readable after decryption


@pytest.mark.parametrize("tool", ["qpdf", "pdfinfo"])
def test_other_readers_open_it_with_the_passphrase_only(
    seeded: Services, agent: Actor, out: Path, tool: str
) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    case_id, _ = add_case(seeded, SUBJECT, level=3)
    result = _issue(seeded, agent, case_id, out)
    path, passphrase = str(result.files[0].path), result.passphrase
    assert passphrase is not None

    def run(password: str) -> subprocess.CompletedProcess[str]:
        command = (
            [tool, "--check", f"--password={password}", path]
            if tool == "qpdf"
            else [tool, "-upw", password, path]
        )
        return subprocess.run(command, capture_output=True, text=True, check=False)

    good = run(passphrase)
    assert good.returncode == 0, good.stderr
    assert run("wrong-passphrase").returncode != 0
    if tool == "pdfinfo":
        assert "AES 256" in good.stdout or "AES-256" in good.stdout or "Encrypted" in good.stdout


def test_issue_is_recorded_with_hash_size_agent_and_channel(
    seeded: Services, agent: Actor, out: Path
) -> None:
    case_id, reference = add_case(seeded, SUBJECT, level=3)
    result = _issue(seeded, agent, case_id, out, channel="post")
    content = result.files[0].path.read_bytes()
    digest = hashlib.sha256(content).hexdigest()
    assert (result.files[0].sha256, result.files[0].size) == (digest, len(content))
    with seeded.db.reader() as uow:
        [issued] = uow.session.execute(select(IssuedDocument)).scalars().all()
        [entry] = (
            uow.session.execute(
                select(DecisionLogEntry).where(DecisionLogEntry.action == "copy_issued")
            )
            .scalars()
            .all()
        )
        assert (issued.kind, issued.file_name, issued.sha256, issued.size) == (
            "data_copy_pdf",
            f"{reference}-data-copy.pdf",
            digest,
            len(content),
        )
        assert (issued.encrypted, issued.channel, issued.agent_id) == (
            True,
            "post",
            agent.account_id,
        )
        assert issued.issued_at is not None
        details = json.loads(entry.details)
        assert entry.case_reference == reference
        assert entry.actor == "agent"
        issued_id = issued.id
    assert details["files"] == [
        {
            "document": issued_id,
            "kind": "data_copy_pdf",
            "sha256": digest,
            "size": len(content),
            "encrypted": True,
        }
    ]
    assert details["channel"] == "post"
    assert details["identity_level"] in (2, 3)
    assert details["counts"]["identity"] >= 1
    assert "identity" in details["categories"]


def test_passphrase_is_neither_stored_nor_logged(
    seeded: Services, agent: Actor, out: Path, caplog: pytest.LogCaptureFixture
) -> None:
    case_id, _ = add_case(seeded, SUBJECT, level=3)
    with caplog.at_level(logging.DEBUG):
        result = _issue(seeded, agent, case_id, out)
    assert result.passphrase is not None
    assert result.passphrase not in _everything_stored(seeded)
    assert result.passphrase not in caplog.text
    assert "copy_issued" in caplog.text  # it was logged, without the secret
    url = seeded.db.engine.url
    if url.get_backend_name() == "sqlite":
        for path in Path(str(url.database)).parent.glob("*.sqlite3*"):  # with WAL files
            assert result.passphrase.encode() not in path.read_bytes()


# --------------------------------------------------------------------------- separate files


def test_separate_exports_match_the_document(seeded: Services, agent: Actor, out: Path) -> None:
    case_id, reference = add_case(seeded, SUBJECT, level=3)
    result = _issue(seeded, agent, case_id, out, encrypt=False, exports_inside_pdf=False)
    assert result.passphrase is None
    assert not result.exports_inside_pdf
    doc = fixed_copies(seeded).build_document(agent, case_id)
    files = {f.path.name: f for f in result.files}
    assert files[f"{reference}-data-export.json"].path.read_bytes() == export_json(doc)
    for name, data in export_csv(doc).items():
        assert files[f"{reference}-{name}"].path.read_bytes() == data
        assert files[f"{reference}-{name}"].kind == "export_csv"
    # And the content, read back as a requester's tool would.
    body = json.loads(files[f"{reference}-data-export.json"].path.read_text("utf-8"))
    for category, section in zip(body["categories"], doc.categories, strict=True):
        assert [list(r.values()) for r in category["records"]] == [list(r) for r in section.rows]
        table = files[f"{reference}-{section.key.value}.csv"].path.read_text("utf-8-sig")
        rows = list(csv.reader(io.StringIO(table)))
        assert rows[0] == [c.key for c in section.columns]
        assert len(rows) == len(section.rows) + 1
    with seeded.db.reader() as uow:
        kinds = uow.session.execute(select(IssuedDocument.kind, IssuedDocument.encrypted)).all()
    assert sorted(set(kinds)) == [
        ("data_copy_pdf", False),
        ("export_csv", False),
        ("export_json", False),
    ]
    assert len(kinds) == len(result.files)


def test_separate_files_cannot_be_encrypted(seeded: Services, agent: Actor, out: Path) -> None:
    case_id, _ = add_case(seeded, SUBJECT, level=3)
    with pytest.raises(ValidationError, match="cannot be encrypted"):
        _issue(seeded, agent, case_id, out, exports_inside_pdf=False)
    with pytest.raises(ValidationError, match="is a PDF"):
        _issue(seeded, agent, case_id, out, formats={"json"})
    assert list(out.iterdir()) == []


def test_atomic_writes_leave_no_temporary_files(seeded: Services, agent: Actor, out: Path) -> None:
    case_id, _ = add_case(seeded, SUBJECT, level=3)
    result = _issue(seeded, agent, case_id, out, encrypt=False, exports_inside_pdf=False)
    assert sorted(p.name for p in out.iterdir()) == sorted(f.path.name for f in result.files)
    # Never over an earlier issue: the earlier files are what was recorded.
    with pytest.raises(ValidationError, match="already exists"):
        _issue(seeded, agent, case_id, out)


def test_files_are_removed_when_recording_fails(
    seeded: Services, agent: Actor, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id, _ = add_case(seeded, SUBJECT, level=3)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("log unavailable")

    monkeypatch.setattr(chain, "append", broken)
    with pytest.raises(RuntimeError):
        _issue(seeded, agent, case_id, out, encrypt=False, exports_inside_pdf=False)
    assert list(out.iterdir()) == []
    with seeded.db.reader() as uow:
        assert uow.session.execute(select(func.count(IssuedDocument.id))).scalar_one() == 0


def test_preview_is_plain_and_not_issued(seeded: Services, agent: Actor) -> None:
    case_id, _ = add_case(seeded, SUBJECT, level=3)
    pdf = fixed_copies(seeded).preview(agent, case_id)
    assert not PdfReader(io.BytesIO(pdf)).is_encrypted
    with seeded.db.reader() as uow:
        assert uow.session.execute(select(func.count(IssuedDocument.id))).scalar_one() == 0
        [entry] = (
            uow.session.execute(
                select(DecisionLogEntry).where(DecisionLogEntry.action == "copy_previewed")
            )
            .scalars()
            .all()
        )
        details = json.loads(entry.details)
    assert set(details) == {"kind", "categories", "counts", "fingerprint", "language"}


# --------------------------------------------------------------------------- refusals


def test_refused_below_the_level_needed(seeded: Services, agent: Actor, out: Path) -> None:
    paying = _with_payment_data(seeded)
    at_l2, _ = add_case(seeded, paying, level=2)
    with pytest.raises(IdentityNotVerifiedError, match="L3"):
        _issue(seeded, agent, at_l2, out)
    with pytest.raises(IdentityNotVerifiedError, match="L3"):
        seeded.copies.preview(agent, at_l2)
    at_l1, _ = add_case(seeded, _without_payment_data(seeded), level=1)
    with pytest.raises(IdentityNotVerifiedError, match="L2"):
        seeded.copies.build_document(agent, at_l1)
    unlinked, _ = add_case(seeded, None, level=3)
    with pytest.raises(IdentityNotVerifiedError, match="not linked"):
        seeded.copies.build_document(agent, unlinked)
    assert list(out.iterdir()) == []
    # Without payment data, L2 is enough; access alone is answered with a copy too.
    free, _ = add_case(seeded, _without_payment_data(seeded), level=2, rights=("access",))
    assert _issue(seeded, agent, free, out).files


def test_refused_for_a_case_without_access_or_copy(seeded: Services, agent: Actor) -> None:
    case_id, _ = add_case(seeded, SUBJECT, level=3, rights=("rectification",))
    with pytest.raises(ValidationError, match="neither access nor a copy"):
        seeded.copies.build_document(agent, case_id)


def test_issuing_needs_a_signed_in_user(seeded: Services, out: Path) -> None:
    case_id, _ = add_case(seeded, SUBJECT, level=3)
    with pytest.raises(PermissionDeniedError, match="signed-in"):
        _issue(seeded, SYSTEM_ACTOR, case_id, out)


# --------------------------------------------------------------------------- command line


def _cli(db_url: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEST_PASSWORD + "\n"))
    return main(
        ["--database", db_url, "copy", "issue", *args, "--user", "agent", "--password-stdin"]
    )


def test_cli_issues_and_prints_hashes_and_the_passphrase_once(
    seeded: Services,
    agent: Actor,
    db_url: str,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, reference = add_case(seeded, SUBJECT, level=3)
    assert (
        _cli(
            db_url, monkeypatch, reference, "--out", str(out), "--channel", "portal", "--lang", "en"
        )
        == 0
    )
    printed = capsys.readouterr().out
    pdf = out / f"{reference}-data-copy.pdf"
    assert f"{hashlib.sha256(pdf.read_bytes()).hexdigest()}" in printed
    [passphrase_line] = [line for line in printed.splitlines() if line.startswith("Passphrase: ")]
    passphrase = passphrase_line.removeprefix("Passphrase: ")
    assert printed.count(passphrase) == 1
    assert "another channel" in printed
    reader = PdfReader(pdf)
    assert reader.decrypt(passphrase) != PasswordType.NOT_DECRYPTED
    assert "Copy of your personal data" in reader.pages[0].extract_text()
    with seeded.db.reader() as uow:
        issued = uow.session.execute(select(IssuedDocument.channel, IssuedDocument.agent_id)).one()
    assert tuple(issued) == ("portal", agent.account_id)


def test_cli_refuses_below_the_level_in_one_line(
    seeded: Services,
    agent: Actor,
    db_url: str,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, reference = add_case(seeded, _with_payment_data(seeded), level=2)
    assert _cli(db_url, monkeypatch, reference, "--out", str(out)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "L3" in captured.err
    assert list(out.iterdir()) == []
    # Separate files and encryption together: refused before anything is asked.
    assert _cli(db_url, monkeypatch, reference, "--out", str(out), "--separate-exports") == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
