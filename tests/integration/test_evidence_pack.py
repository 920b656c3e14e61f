"""The evidence pack: every logged step of the case, verification, issued-document hashes."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from clb4u_desk.app import Services
from clb4u_desk.audit import chain
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import NotFoundError, PermissionDeniedError
from clb4u_desk.persistence.models import Case, IssuedDocument, RequestItem, VerificationAttempt

WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
REFERENCE = "DSR-2026-000042"


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _case_with_history(services: Services, agent: Actor) -> str:
    with services.db.uow() as uow:
        case = Case(
            reference=REFERENCE,
            channel="email",
            received_at=WHEN,
            requester_name="Trần Thị Bí Mật",
            requester_email="bimat@example.vn",
            regimes="vn",
            state="in_progress",
            due_on=date(2026, 11, 16),
        )
        uow.session.add(case)
        uow.session.flush()
        uow.session.add(
            RequestItem(
                case_id=case.id,
                right="copy",
                due_on=date(2026, 11, 16),
                base_due_on=date(2026, 11, 16),
                regime_applied="vn",
            )
        )
        uow.session.add(
            VerificationAttempt(
                case_id=case.id,
                method="knowledge_question",
                fact="zip",
                succeeded=True,
                agent_id=agent.account_id,
                at=WHEN,
            )
        )
        uow.session.add(
            IssuedDocument(
                case_id=case.id,
                kind="data_copy_pdf",
                file_name="DSR-2026-000042.pdf",
                sha256="c0ffee" * 10 + "beef",
                size=12345,
                encrypted=True,
                channel="email",
                agent_id=agent.account_id,
                issued_at=WHEN,
            )
        )
        for action in ("case_received", "verification_attempt", "copy_issued"):
            chain.append(
                uow.session,
                actor=agent,
                action=action,
                case_reference=REFERENCE,
                details={"step": action},
            )
        uow.commit()
    return REFERENCE


def test_the_pack_holds_the_timeline_verification_and_hashes(
    services: Services, actors: dict[str, Actor]
) -> None:
    reference = _case_with_history(services, actors["agent"])
    pdf = services.evidence.evidence_pack(actors["supervisor"], reference, language="en")
    content = _text(pdf)
    assert f"Case evidence pack {REFERENCE}" in content
    for action in ("case_received", "verification_attempt", "copy_issued"):
        assert action in content
    # Stored codes read as words of the pack's language (the one label table).
    words = " ".join(content.split())
    assert "Question about a fact on file" in words
    assert "Passed" in content
    assert "knowledge_question" not in content
    assert "State: In progress" in words
    assert "Email" in content
    assert "Copy of personal data (PDF)" in words
    assert "data_copy_pdf" not in content
    assert "c0ffee" in content.replace("\n", "")
    assert "OK 13 entries, 0 checkpoints" in content  # 10 account entries + the 3 above
    # Nothing personal: the requester's name and email are not in it.
    assert "Bí Mật" not in content
    assert "bimat@" not in content
    with services.db.reader() as uow:
        last = uow.session.execute(
            text("SELECT action FROM decision_log ORDER BY seq DESC LIMIT 1")
        ).scalar_one()
    assert last == "evidence_pack_exported"


def test_only_supervisors_and_admins_export(services: Services, actors: dict[str, Actor]) -> None:
    _case_with_history(services, actors["agent"])
    with pytest.raises(PermissionDeniedError):
        services.evidence.evidence_pack(actors["agent"], REFERENCE)
    with pytest.raises(NotFoundError):
        services.evidence.evidence_pack(actors["admin"], "DSR-2026-999999")
