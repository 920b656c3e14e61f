"""Taking a request in: the per-year counter that numbers the case references, and the
case an email was already imported as."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from clb4u_desk.persistence.models import Case, CaseCounter
from clb4u_desk.persistence.repositories.base import Repository


class IntakeRepository(Repository):
    def next_number(self, year: int) -> int:
        """The next gap-free case number of ``year``; the counter row stays locked until
        the unit of work ends, and a rollback gives the number back."""
        insert = (
            postgresql.insert
            if self._session.get_bind().dialect.name == "postgresql"
            else sqlite.insert
        )
        self._session.execute(
            insert(CaseCounter)
            .values(year=year, last_number=0)
            .on_conflict_do_nothing(index_elements=["year"])
        )
        counter = self._session.execute(
            select(CaseCounter).where(CaseCounter.year == year).with_for_update()
        ).scalar_one()
        counter.last_number += 1
        return counter.last_number

    def case_from_source(self, source_key: str) -> tuple[int, str] | None:
        """The earliest case (id, reference) imported from the email with this key."""
        row = self._session.execute(
            select(Case.id, Case.reference)
            .where(Case.source_key == source_key)
            .order_by(Case.id)
            .limit(1)
        ).first()
        return None if row is None else (row[0], row[1])
