"""The deletion certificate of an executed erasure (no erased value on it)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import Permission
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import ErasureAction
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    IllegalTransitionError,
    NotFoundError,
    ValidationError,
)
from clb4u_desk.persistence.models import Approval, Case, IssuedDocument
from clb4u_desk.persistence.repositories.erasure import LoggedEntry
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.reporting.certificates import CertificateDocument, CertificateLine
from clb4u_desk.services.approvals.service import ApprovalKind
from clb4u_desk.services.authz import require_permission
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.copies.service import CHANNELS as DOCUMENT_CHANNELS
from clb4u_desk.services.erasure.execute import signed_in
from clb4u_desk.services.erasure.payload import EXECUTED, parse_day
from clb4u_desk.services.erasure.views import IssuedCertificate

CERTIFICATE_KIND = "erasure_certificate"


def certificate_pdf(
    ctx: ServiceContext, actor: Actor, approval_id: int, *, channel: str = "email"
) -> IssuedCertificate:
    """The deletion certificate of an executed erasure, recorded as issued."""
    from clb4u_desk.reporting.certificates import render_certificate

    require_permission(actor, Permission.HANDLE_CASE)
    signed_in(actor, QT_TRANSLATE_NOOP("errors", "Issuing a certificate"))
    if channel not in DOCUMENT_CHANNELS:  # stored with the issued document: a code, not text
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The channel must be one of {channels}."),
            channels=", ".join(DOCUMENT_CHANNELS),
        )
    with ctx.db.uow() as uow:
        approval = uow.approvals.get(approval_id)
        if approval.kind != ApprovalKind.ERASURE or approval.executed_at is None:
            raise IllegalTransitionError(
                QT_TRANSLATE_NOOP(
                    "errors", "A deletion certificate exists only for an executed erasure."
                )
            )
        case = uow.cases.get(approval.case_id)
        entry = _execution_entry(uow, case.reference, approval.id)
        doc = _certificate_doc(uow, approval, case, entry, ctx.clock())
        content = render_certificate(doc)
        digest = hashlib.sha256(content).hexdigest()
        issued = IssuedDocument(
            case_id=case.id,
            kind=CERTIFICATE_KIND,
            file_name=f"{case.reference}-erasure-certificate.pdf",
            sha256=digest,
            size=len(content),
            encrypted=False,
            channel=channel,
            agent_id=actor.account_id,
            issued_at=ctx.clock(),
        )
        uow.erasure.add(issued)
        uow.erasure.flush()
        uow.log.append(
            actor=actor,
            action="document_issued",
            case_reference=case.reference,
            details={
                "document": issued.id,
                "kind": CERTIFICATE_KIND,
                "sha256": digest,
                "size": len(content),
                "approval": approval.id,
                "channel": channel,
            },
            now=ctx.clock(),
        )
        uow.commit()
        return IssuedCertificate(issued.id, issued.file_name, digest, len(content), content)


def _execution_entry(uow: UnitOfWork, case_reference: str, approval_id: int) -> LoggedEntry:
    for entry in uow.erasure.logged(EXECUTED, case_reference=case_reference):
        if entry.details.get("approval") == approval_id:
            return entry
    raise NotFoundError(
        QT_TRANSLATE_NOOP("errors", "The decision log has no execution entry for this erasure.")
    )


def _certificate_doc(
    uow: UnitOfWork, approval: Approval, case: Case, entry: LoggedEntry, now: datetime
) -> CertificateDocument:
    details = entry.details
    basis = json.loads(approval.payload).get("basis") or []
    lines = details["lines"]
    if len(basis) != len(lines):
        basis = [{"vi": "", "en": ""}] * len(lines)
    return CertificateDocument(
        case_reference=case.reference,
        customer_reference=str(details["customer_reference"]),
        language="en" if case.requester_language == "en" else "vi",
        issued_at=now,
        received_at=case.received_at,
        executed_at=_aware(approval.executed_at),
        approved_at=_aware(approval.decided_at),
        executed_by=entry.actor,
        proposed_by=uow.accounts.login(approval.proposed_by_id) or "?",
        approved_by=uow.accounts.login(approval.decided_by_id) or "?",
        lines=tuple(
            _certificate_line(line, texts) for line, texts in zip(lines, basis, strict=True)
        ),
        log_seq=entry.seq,
        log_hash=entry.entry_hash,
        plan_hash=str(details["plan_hash"]),
    )


def _aware(moment: datetime | None) -> datetime:
    assert moment is not None  # executed and decided approvals carry both
    return moment


def _certificate_line(line: Mapping[str, Any], basis: Mapping[str, str]) -> CertificateLine:
    return CertificateLine(
        category=DataCategory(line["category"]),
        action=ErasureAction(line["action"]),
        row_count=int(line["rows"]),
        basis_vi=basis["vi"],
        basis_en=basis["en"],
        retain_until=parse_day(line.get("retain_until")),
        records_from=parse_day(line.get("records_from")),
        records_to=parse_day(line.get("records_to")),
    )
