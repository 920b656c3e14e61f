"""Supervisors sign the head of the decision log; verification checks chain and signatures."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from clb4u_desk.adapters import secrets
from clb4u_desk.audit.checkpoints import (
    CHECKPOINT_ACTION,
    CheckpointProblem,
    CheckpointRecord,
    record_details,
)
from clb4u_desk.audit.verify import StoredEntry, VerifyResult
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import Permission
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, PermissionDeniedError
from clb4u_desk.services.authz import SYSTEM, require_permission
from clb4u_desk.services.context import ServiceContext


@dataclass(frozen=True, slots=True)
class CheckpointView:
    id: int
    seq: int
    entry_hash: str
    signed_at: str
    signer: str
    public_key: str


@dataclass(frozen=True, slots=True)
class LogVerification:
    chain: VerifyResult
    checkpoints: int
    checkpoint_problem: CheckpointProblem | None

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.checkpoint_problem is None


def signing_key_name(login: str) -> str:
    return f"checkpoint-key:{login}"


class CheckpointService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _private_key(self, login: str) -> Ed25519PrivateKey:
        """The supervisor's signing key from the keyring, made on first use (never a file)."""
        stored = secrets.get_secret(signing_key_name(login))
        if stored:
            return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored))
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        secrets.set_secret(signing_key_name(login), raw.hex())
        return key

    def sign(self, actor: Actor) -> CheckpointView:
        require_permission(actor, Permission.SIGN_CHECKPOINT)
        if actor.role == SYSTEM:
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP("errors", "A checkpoint is signed by a signed-in supervisor.")
            )
        key = self._private_key(actor.login)
        with self._ctx.db.uow() as uow:
            checkpoint = uow.log.sign_head(actor.login, key, self._ctx.clock())
            # Right after the signed head, in the same transaction: verification requires
            # the entry at seq + 1 to record this checkpoint (docs/decision-log.md).
            uow.log.append(
                actor=actor,
                action=CHECKPOINT_ACTION,
                details=record_details(checkpoint),
                now=self._ctx.clock(),
            )
            uow.commit()
            return CheckpointView(
                checkpoint.id,
                checkpoint.seq,
                checkpoint.entry_hash,
                checkpoint.signed_at,
                checkpoint.signer,
                checkpoint.public_key,
            )

    def verify(self) -> LogVerification:
        trusted = frozenset(
            key.strip().lower()
            for key in self._ctx.settings.audit.trusted_keys.split(",")
            if key.strip()
        )
        records: list[CheckpointRecord] = []

        def collect(entry: StoredEntry) -> None:
            if entry.fields.action == CHECKPOINT_ACTION:
                records.append(CheckpointRecord(entry.fields.seq, entry.fields.details))

        with self._ctx.db.reader() as uow:
            checkpoints = uow.log.checkpoints()  # before the walk: see load_checkpoints
            result = uow.log.verify(tap=collect)
            problem = None
            if result.ok:
                problem = uow.log.verify_checkpoints(
                    checkpoints,
                    log_end=result.count,
                    records=records,
                    trusted_keys=trusted,
                )
        return LogVerification(result, len(checkpoints), problem)
