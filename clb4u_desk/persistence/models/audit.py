"""The decision log: append-only, hash-chained. See docs/decision-log.md."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clb4u_desk.persistence.models.base import Base


class DecisionLogEntry(Base):
    """One entry. The database refuses UPDATE and DELETE on this table (triggers)."""

    __tablename__ = "decision_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # Text, not a datetime column, so the hashed value is exactly what is stored.
    recorded_at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(16))
    case_reference: Mapped[str | None] = mapped_column(String(20), index=True)
    subject: Mapped[str | None] = mapped_column(String(64), index=True)  # keyed-hash pseudonym
    action: Mapped[str] = mapped_column(String(48))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON, no raw personal values
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class DecisionLogHead(Base):
    """One row: the newest entry. Appenders lock it, so concurrent appends form one chain."""

    __tablename__ = "decision_log_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    entry_hash: Mapped[str] = mapped_column(String(64))


class Checkpoint(Base):
    """A supervisor's Ed25519 signature over the head of the log at one moment."""

    __tablename__ = "decision_log_checkpoints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    entry_hash: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[str] = mapped_column(String(32))
    signer: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))  # hex, raw 32 bytes
    signature: Mapped[str] = mapped_column(String(128))  # hex, 64 bytes
