"""The decision log, appended inside the unit of work's transaction."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select

from clb4u_desk.audit import chain
from clb4u_desk.domain.actor import Actor
from clb4u_desk.persistence.models import DecisionLogEntry
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

    def of_case(self, case_reference: str) -> list[DecisionLogEntry]:
        """Every entry of the case, oldest first."""
        return list(
            self._session.execute(
                select(DecisionLogEntry)
                .where(DecisionLogEntry.case_reference == case_reference)
                .order_by(DecisionLogEntry.seq)
            ).scalars()
        )
