"""The decision log, appended inside the unit of work's transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from clb4u_desk.audit import chain
from clb4u_desk.audit import checkpoints as signed
from clb4u_desk.audit.verify import EntryTap, VerifyResult, verify_database
from clb4u_desk.domain.actor import Actor
from clb4u_desk.persistence.models import Checkpoint, DecisionLogEntry
from clb4u_desk.persistence.repositories.base import Repository


class DecisionLogRepository(Repository):
    def append(
        self,
        *,
        actor: Actor,
        action: str,
        details: Mapping[str, Any] | None = None,
        case_reference: str | None = None,
        subject: str | None = None,
        now: datetime | None = None,
    ) -> DecisionLogEntry:
        """One entry, committed with the change it records (see audit.chain.append)."""
        return chain.append(
            self._session,
            actor=actor,
            action=action,
            details=details,
            case_reference=case_reference,
            subject=subject,
            now=now,
        )

    # -- checkpoints and verification (see audit.checkpoints and audit.verify)

    def sign_head(self, signer: str, key: Ed25519PrivateKey, now: datetime) -> Checkpoint:
        """Sign the log's head as it is now; the head stays locked until the commit."""
        return signed.sign_head(self._session, signer, key, now)

    def checkpoints(self) -> list[Checkpoint]:
        return signed.load_checkpoints(self._session)

    def verify(self, tap: EntryTap | None = None) -> VerifyResult:
        """Walk the whole chain; ``tap`` sees every stored entry on the way."""
        return verify_database(self._session, tap=tap)

    def verify_checkpoints(
        self,
        checkpoints: Sequence[Checkpoint],
        *,
        log_end: int,
        records: Iterable[signed.CheckpointRecord],
        trusted_keys: frozenset[str],
    ) -> signed.CheckpointProblem | None:
        return signed.verify_checkpoints(
            self._session,
            checkpoints,
            log_end=log_end,
            records=records,
            trusted_keys=trusted_keys,
        )

    def of_case(self, case_reference: str) -> list[DecisionLogEntry]:
        """Every entry of the case, oldest first."""
        return list(
            self._session.execute(
                select(DecisionLogEntry)
                .where(DecisionLogEntry.case_reference == case_reference)
                .order_by(DecisionLogEntry.seq)
            ).scalars()
        )
