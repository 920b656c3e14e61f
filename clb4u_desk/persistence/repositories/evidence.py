"""What a case's evidence pack shows: its items, log entries, identity checks and the
documents issued, with the sign-in names of the staff involved."""

from __future__ import annotations

from sqlalchemy import select

from clb4u_desk.persistence.models import (
    Account,
    DecisionLogEntry,
    IssuedDocument,
    RequestItem,
    VerificationAttempt,
)
from clb4u_desk.persistence.repositories.base import Repository


class EvidenceRepository(Repository):
    def logins(self) -> dict[int, str]:
        """Every account's sign-in name by id (deactivated accounts too)."""
        return {
            row.id: row.login for row in self._session.execute(select(Account.id, Account.login))
        }

    def rights(self, case_id: int) -> list[str]:
        """The rights the case's items ask for, in item order."""
        return list(
            self._session.execute(
                select(RequestItem.right)
                .where(RequestItem.case_id == case_id)
                .order_by(RequestItem.id)
            ).scalars()
        )

    def log_entries(self, case_reference: str) -> list[DecisionLogEntry]:
        return list(
            self._session.execute(
                select(DecisionLogEntry)
                .where(DecisionLogEntry.case_reference == case_reference)
                .order_by(DecisionLogEntry.seq)
            ).scalars()
        )

    def verification_attempts(self, case_id: int) -> list[VerificationAttempt]:
        return list(
            self._session.execute(
                select(VerificationAttempt)
                .where(VerificationAttempt.case_id == case_id)
                .order_by(VerificationAttempt.at, VerificationAttempt.id)
            ).scalars()
        )

    def issued_documents(self, case_id: int) -> list[IssuedDocument]:
        return list(
            self._session.execute(
                select(IssuedDocument)
                .where(IssuedDocument.case_id == case_id)
                .order_by(IssuedDocument.issued_at, IssuedDocument.id)
            ).scalars()
        )

    def is_issued(self, file_name: str, sha256: str) -> bool:
        """Whether a document of this name and content was recorded as issued (a copy's
        files are renamed into place only after their record is committed)."""
        found = self._session.execute(
            select(IssuedDocument.id)
            .where(IssuedDocument.file_name == file_name, IssuedDocument.sha256 == sha256)
            .limit(1)
        ).first()
        return found is not None
