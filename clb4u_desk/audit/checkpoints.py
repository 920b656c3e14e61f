"""Signed checkpoints: a supervisor's Ed25519 signature over the head of the decision log.

A log that is cut short, or rewritten from some entry on with every hash recomputed, is
consistent in itself; a checkpoint signed earlier still names the entry and hash that
must be there, so verification catches both. The checkpoint and the log vouch for each
other: signing appends a ``checkpoint_signed`` entry right after the signed head (same
transaction), so a log cut just after the head, a ``checkpoint_signed`` entry taken out,
or a checkpoint row removed while its entry stays are caught too. Format:
docs/decision-log.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
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
# The log entry that records a checkpoint; it always stands at the signed seq + 1.
CHECKPOINT_ACTION = "checkpoint_signed"


def signed_message(seq: int, entry_hash: str, signed_at: str, signer: str) -> bytes:
    return "\n".join([CHECKPOINT_TAG, str(seq), entry_hash, signed_at, signer]).encode("utf-8")


def record_details(checkpoint: Checkpoint) -> dict[str, int | str]:
    """The details of the ``checkpoint_signed`` entry that records ``checkpoint``."""
    return {"checkpoint": checkpoint.id, "seq": checkpoint.seq, "public_key": checkpoint.public_key}


def public_key_hex(private_key: Ed25519PrivateKey) -> str:
    return private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def sign_head(
    session: Session, signer: str, private_key: Ed25519PrivateKey, now: datetime
) -> Checkpoint:
    """Sign the current head inside the caller's transaction (the head row is locked)."""
    head = session.execute(
        select(DecisionLogHead).where(DecisionLogHead.id == 1).with_for_update()
    ).scalar_one()
    signed_at = format_timestamp(now)
    signature = private_key.sign(signed_message(head.seq, head.entry_hash, signed_at, signer))
    checkpoint = Checkpoint(
        seq=head.seq,
        entry_hash=head.entry_hash,
        signed_at=signed_at,
        signer=signer,
        public_key=public_key_hex(private_key),
        signature=signature.hex(),
    )
    session.add(checkpoint)
    session.flush()
    return checkpoint


@dataclass(frozen=True, slots=True)
class CheckpointProblem:
    checkpoint_id: int
    seq: int
    message: str


@dataclass(frozen=True, slots=True)
class CheckpointRecord:
    """A ``checkpoint_signed`` entry of the log: where it stands and its details (JSON)."""

    seq: int
    details: str


def load_checkpoints(session: Session) -> list[Checkpoint]:
    """The checkpoint rows, read *before* the log is walked: each one committed together
    with its ``checkpoint_signed`` entry, so a walk that starts later sees that entry even
    while other workstations keep appending and signing."""
    return list(session.execute(select(Checkpoint).order_by(Checkpoint.id)).scalars())


def verify_checkpoints(
    session: Session,
    checkpoints: Sequence[Checkpoint],
    *,
    log_end: int,
    records: Iterable[CheckpointRecord],
    trusted_keys: frozenset[str] = frozenset(),
) -> CheckpointProblem | None:
    """Cross-check the checkpoints (from :func:`load_checkpoints`) and the log.

    Call after the chain verified: ``log_end`` is its last seq (entries 1..log_end are
    all there) and ``records`` its ``checkpoint_signed`` entries. Every checkpoint needs a
    valid signature (by a trusted key, when ``trusted_keys`` names any), the log must
    reach the head it signed with exactly that hash, and the next entry must be the
    ``checkpoint_signed`` entry that records it; every ``checkpoint_signed`` entry must
    record a checkpoint in the table. Returns the problem at the earliest entry, if any.
    """
    by_seq = {record.seq: record for record in records}
    problems = [
        problem
        for checkpoint in checkpoints
        if (problem := _check_one(session, checkpoint, trusted_keys, log_end, by_seq))
    ]
    known = {checkpoint.id: checkpoint for checkpoint in checkpoints}
    for record in sorted(by_seq.values(), key=lambda r: r.seq):
        problem = _check_record(session, record, known)
        if problem is not None:
            problems.append(problem)
    return min(problems, key=lambda p: p.seq) if problems else None


def _check_one(
    session: Session,
    checkpoint: Checkpoint,
    trusted_keys: frozenset[str],
    log_end: int,
    records: dict[int, CheckpointRecord],
) -> CheckpointProblem | None:
    def problem(seq: int, message: str) -> CheckpointProblem:
        return CheckpointProblem(checkpoint.id, seq, message)

    name = f"checkpoint {checkpoint.id}"
    if trusted_keys and checkpoint.public_key not in trusted_keys:
        return problem(checkpoint.seq, f"{name} is signed by an untrusted key")
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(checkpoint.public_key)).verify(
            bytes.fromhex(checkpoint.signature),
            signed_message(
                checkpoint.seq, checkpoint.entry_hash, checkpoint.signed_at, checkpoint.signer
            ),
        )
    except (InvalidSignature, ValueError):
        return problem(checkpoint.seq, f"{name} has an invalid signature")
    signed = f"{name} (signed by {checkpoint.signer} at {checkpoint.signed_at})"
    ends = f"it ends at entry {log_end}" if log_end else "it is empty"
    if checkpoint.seq > log_end:
        return problem(
            max(log_end, 1),
            f"the log was cut short: {ends} but {signed} signed entry {checkpoint.seq}",
        )
    if checkpoint.seq > 0:
        stored = session.execute(
            select(DecisionLogEntry.entry_hash).where(DecisionLogEntry.seq == checkpoint.seq)
        ).scalar_one()
        if stored != checkpoint.entry_hash:
            return problem(
                checkpoint.seq,
                f"entry {checkpoint.seq} differs from {name}: the "
                "log was rewritten after it was signed",
            )
    at = checkpoint.seq + 1
    if at > log_end:
        return problem(
            max(log_end, 1),
            f"the log was cut short: {ends}, the head {signed} signed, without "
            f"entry {at} that records {name}",
        )
    record = records.get(at)
    if record is None:
        action = session.execute(
            select(DecisionLogEntry.action).where(DecisionLogEntry.seq == at)
        ).scalar_one()
        return problem(
            at,
            f"entry {at} should record {name} ({CHECKPOINT_ACTION}) but is a "
            f"'{action}' entry: {name}'s own entry was removed and the log "
            "rewritten after it",
        )
    if _parse(record.details) != record_details(checkpoint):
        return problem(
            at,
            f"entry {at} does not record {name}, which signed entry "
            f"{checkpoint.seq} right before it: the log or the checkpoint "
            "table was changed",
        )
    return None


def _check_record(
    session: Session, record: CheckpointRecord, known: dict[int, Checkpoint]
) -> CheckpointProblem | None:
    details = _parse(record.details)
    number = details.get("checkpoint") if details is not None else None
    if not isinstance(number, int) or isinstance(number, bool):
        return CheckpointProblem(
            0,
            record.seq,
            f"entry {record.seq} is a {CHECKPOINT_ACTION} entry that names no checkpoint",
        )
    checkpoint = known.get(number)
    if checkpoint is None:
        # Signed by another workstation after the rows were read? Then it is there now.
        checkpoint = session.get(Checkpoint, number)
        if checkpoint is None:
            return CheckpointProblem(
                number,
                record.seq,
                (
                    f"entry {record.seq} records checkpoint {number}, which is missing from the "
                    "checkpoint table: the checkpoint was removed"
                ),
            )
    if checkpoint.seq + 1 != record.seq or details != record_details(checkpoint):
        return CheckpointProblem(
            number,
            record.seq,
            (
                f"entry {record.seq} records checkpoint {number}, but checkpoint {number} in the "
                f"table signed entry {checkpoint.seq} (its record is entry {checkpoint.seq + 1})"
                " or another key"
            ),
        )
    return None


def _parse(details: str) -> dict[str, object] | None:
    try:
        parsed = json.loads(details)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None
