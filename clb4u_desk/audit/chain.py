"""The decision log's hash chain: how an entry's hash is computed, and appending.

The format is specified in docs/decision-log.md; keep the two in step.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clb4u_desk.domain.actor import Actor
from clb4u_desk.persistence.models import DecisionLogEntry, DecisionLogHead

FORMAT_TAG = "CLB4U-DESK-LOG-1"
GENESIS_HASH = "0" * 64

JsonValue = str | int | bool | None | list["JsonValue"] | dict[str, "JsonValue"]


@dataclass(frozen=True, slots=True)
class EntryFields:
    """Exactly the values the hash covers, as stored."""

    seq: int
    recorded_at: str
    actor: str
    actor_role: str
    case_reference: str | None
    subject: str | None
    action: str
    details: str
    prev_hash: str


def canonical_details(details: Mapping[str, Any]) -> str:
    """Details as canonical JSON: sorted keys, no spaces, UTF-8 text, no floats."""
    _reject_floats(details)
    return json.dumps(
        details, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def _reject_floats(value: Any) -> None:
    # Floats have no single canonical text form across languages; amounts are integers.
    if isinstance(value, float):
        raise TypeError("decision log details may not contain floats")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError("decision log detail keys must be strings")
            _reject_floats(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _reject_floats(item)


def hash_input(fields: EntryFields) -> bytes:
    """The bytes that are hashed: the tag and the fields, one per line, in this order."""
    lines = [
        FORMAT_TAG,
        str(fields.seq),
        fields.recorded_at,
        fields.actor,
        fields.actor_role,
        fields.case_reference or "",
        fields.subject or "",
        fields.action,
        fields.details,
        fields.prev_hash,
    ]
    return "\n".join(lines).encode("utf-8")


def compute_hash(fields: EntryFields) -> str:
    return hashlib.sha256(hash_input(fields)).hexdigest()


def format_timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def subject_pseudonym(key: bytes, customer_reference: str) -> str:
    """A keyed hash of the customer reference: finds a subject's entries without naming them."""
    return hmac.new(key, customer_reference.encode("utf-8"), hashlib.sha256).hexdigest()


def _check_single_line(name: str, value: str | None) -> None:
    if value is not None and ("\n" in value or "\r" in value or value == ""):
        raise ValueError(f"decision log field {name} must be one non-empty line")


def append(
    session: Session,
    *,
    actor: Actor,
    action: str,
    details: Mapping[str, Any] | None = None,
    case_reference: str | None = None,
    subject: str | None = None,
    now: datetime | None = None,
) -> DecisionLogEntry:
    """Append one entry inside the caller's transaction (it commits with the change).

    The head row is locked first (FOR UPDATE on PostgreSQL; SQLite write transactions
    are already exclusive), so concurrent appenders queue and the chain stays linear.
    """
    for name, value in (
        ("actor", actor.login),
        ("action", action),
        ("case_reference", case_reference),
        ("subject", subject),
    ):
        _check_single_line(name, value)
    head = session.execute(
        select(DecisionLogHead).where(DecisionLogHead.id == 1).with_for_update()
    ).scalar_one()
    fields = EntryFields(
        seq=head.seq + 1,
        recorded_at=format_timestamp(now or datetime.now(UTC)),
        actor=actor.login,
        actor_role=actor.role,
        case_reference=case_reference,
        subject=subject,
        action=action,
        details=canonical_details(details or {}),
        prev_hash=head.entry_hash,
    )
    entry_hash = compute_hash(fields)
    entry = DecisionLogEntry(
        seq=fields.seq,
        recorded_at=fields.recorded_at,
        actor=fields.actor,
        actor_role=fields.actor_role,
        case_reference=fields.case_reference,
        subject=fields.subject,
        action=fields.action,
        details=fields.details,
        prev_hash=fields.prev_hash,
        entry_hash=entry_hash,
    )
    session.add(entry)
    head.seq = fields.seq
    head.entry_hash = entry_hash
    session.flush()
    return entry
