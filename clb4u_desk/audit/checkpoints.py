"""Signed checkpoints: a supervisor's Ed25519 signature over the head of the decision log.

A log that is cut short, or rewritten from some entry on with every hash recomputed, is
consistent in itself; a checkpoint signed earlier still names the entry and hash that
must be there, so verification catches both. Format: docs/decision-log.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select
from sqlalchemy.orm import Session

from clb4u_desk.audit.chain import format_timestamp
from clb4u_desk.persistence.models import Checkpoint, DecisionLogEntry, DecisionLogHead

CHECKPOINT_TAG = "CLB4U-DESK-CHECKPOINT-1"


def signed_message(seq: int, entry_hash: str, signed_at: str, signer: str) -> bytes:
    return "\n".join([CHECKPOINT_TAG, str(seq), entry_hash, signed_at, signer]).encode("utf-8")


def public_key_hex(private_key: Ed25519PrivateKey) -> str:
    return private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def sign_head(session: Session, signer: str, private_key: Ed25519PrivateKey,
              now: datetime) -> Checkpoint:
    """Sign the current head inside the caller's transaction (the head row is locked)."""
    head = session.execute(
        select(DecisionLogHead).where(DecisionLogHead.id == 1).with_for_update()
    ).scalar_one()
    signed_at = format_timestamp(now)
    signature = private_key.sign(signed_message(head.seq, head.entry_hash, signed_at, signer))
    checkpoint = Checkpoint(seq=head.seq, entry_hash=head.entry_hash, signed_at=signed_at,
                            signer=signer, public_key=public_key_hex(private_key),
                            signature=signature.hex())
    session.add(checkpoint)
    session.flush()
    return checkpoint


@dataclass(frozen=True, slots=True)
class CheckpointProblem:
    checkpoint_id: int
    seq: int
    message: str


def verify_checkpoints(
    session: Session, trusted_keys: frozenset[str] = frozenset()
) -> tuple[int, CheckpointProblem | None]:
    """Check every checkpoint: a valid signature by a trusted key over an entry that exists.

    ``trusted_keys``: hex public keys the installer trusts; empty means any key is
    accepted (the signature then still proves the pinned entry has not changed since).
    """
    checkpoints = session.execute(select(Checkpoint).order_by(Checkpoint.id)).scalars().all()
    for checkpoint in checkpoints:
        problem = _check_one(session, checkpoint, trusted_keys)
        if problem is not None:
            return len(checkpoints), problem
    return len(checkpoints), None


def _check_one(session: Session, checkpoint: Checkpoint,
               trusted_keys: frozenset[str]) -> CheckpointProblem | None:
    def problem(message: str) -> CheckpointProblem:
        return CheckpointProblem(checkpoint.id, checkpoint.seq, message)

    if trusted_keys and checkpoint.public_key not in trusted_keys:
        return problem(f"checkpoint {checkpoint.id} is signed by an untrusted key")
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(checkpoint.public_key)).verify(
            bytes.fromhex(checkpoint.signature),
            signed_message(checkpoint.seq, checkpoint.entry_hash, checkpoint.signed_at,
                           checkpoint.signer),
        )
    except (InvalidSignature, ValueError):
        return problem(f"checkpoint {checkpoint.id} has an invalid signature")
    if checkpoint.seq == 0:
        return None
    stored = session.execute(
        select(DecisionLogEntry.entry_hash).where(DecisionLogEntry.seq == checkpoint.seq)
    ).scalar_one_or_none()
    if stored is None:
        return problem(f"the log was cut short: entry {checkpoint.seq}, signed in checkpoint "
                       f"{checkpoint.id} by {checkpoint.signer}, is missing")
    if stored != checkpoint.entry_hash:
        return problem(f"entry {checkpoint.seq} differs from checkpoint {checkpoint.id}: the "
                       "log was rewritten after it was signed")
    return None
