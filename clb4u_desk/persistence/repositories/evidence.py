"""The evidence pack's own reads: the documents issued and the staff's sign-in names.
Its items, log entries and identity checks come from the cases, log and verification
repositories."""

from __future__ import annotations

from sqlalchemy import select

from clb4u_desk.persistence.models import (
    Account,
    IssuedDocument,
)
from clb4u_desk.persistence.repositories.base import Repository


class EvidenceRepository(Repository):
    def logins(self) -> dict[int, str]:
        """Every account's sign-in name by id (deactivated accounts too)."""
        return {
            row.id: row.login for row in self._session.execute(select(Account.id, Account.login))
        }

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
