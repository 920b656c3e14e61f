"""The case evidence pack a supervisor exports for a regulator."""

from __future__ import annotations

import hashlib

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import Permission
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from clb4u_desk.reporting.evidence_pack import (
    EvidencePack,
    IssuedRow,
    TimelineRow,
    VerificationRow,
    render_evidence_pack,
)
from clb4u_desk.services.authz import require_permission
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.decision_log.checkpoints import CheckpointService, LogVerification


class EvidenceService:
    def __init__(self, ctx: ServiceContext, checkpoints: CheckpointService) -> None:
        self._ctx = ctx
        self._checkpoints = checkpoints

    def evidence_pack(self, actor: Actor, case_reference: str, *, language: str = "vi") -> bytes:
        """The PDF; its export is itself logged (who, when, the PDF's hash)."""
        require_permission(actor, Permission.REVIEW_LOG)
        verification = self._checkpoints.verify()
        pack = self._collect(actor, case_reference, language, _status_line(verification))
        pdf = render_evidence_pack(pack)
        with self._ctx.db.uow() as uow:
            uow.log.append(
                actor=actor,
                action="evidence_pack_exported",
                case_reference=case_reference,
                details={
                    "sha256": hashlib.sha256(pdf).hexdigest(),
                    "size": len(pdf),
                    "entries": len(pack.timeline),
                },
                now=self._ctx.clock(),
            )
            uow.commit()
        return pdf

    def _collect(self, actor: Actor, reference: str, language: str, status: str) -> EvidencePack:
        with self._ctx.db.reader() as uow:
            case = uow.cases.find(reference)
            if case is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "There is no case {reference}."),
                    reference=reference,
                )
            logins = uow.evidence.logins()
            customer_reference = None
            if case.customer_id is not None:
                customer_reference = uow.customers.reference_of(case.customer_id)
            rights = [item.right for item in uow.cases.items(case.id)]
            timeline = [
                TimelineRow(
                    e.seq, e.recorded_at, e.actor, e.actor_role, e.action, e.details, e.entry_hash
                )
                for e in uow.log.of_case(reference)
            ]
            attempts = [
                VerificationRow(a.at, a.method, a.fact, a.succeeded, logins.get(a.agent_id, "?"))
                for a in uow.verification.attempts(case.id)
            ]
            issued = [
                IssuedRow(
                    d.issued_at,
                    d.kind,
                    d.file_name,
                    d.sha256,
                    d.size,
                    d.channel,
                    logins.get(d.agent_id, "?"),
                )
                for d in uow.evidence.issued_documents(case.id)
            ]
            return EvidencePack(
                case_reference=reference,
                customer_reference=customer_reference,
                state=case.state,
                received_at=case.received_at,
                regimes=case.regimes,
                rights=tuple(rights),
                exported_at=self._ctx.clock(),
                exported_by=actor.login,
                chain_status=status,
                timeline=tuple(timeline),
                verification=tuple(attempts),
                issued=tuple(issued),
                language="en" if language == "en" else "vi",
            )


def _status_line(verification: LogVerification) -> str:
    if verification.chain.problem is not None:
        return (
            f"FAILED at entry {verification.chain.problem.seq}: "
            f"{verification.chain.problem.message}"
        )
    if verification.checkpoint_problem is not None:
        return f"FAILED: {verification.checkpoint_problem.message}"
    return f"OK {verification.chain.count} entries, {verification.checkpoints} checkpoints"
