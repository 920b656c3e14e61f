"""What every repository shares: the unit of work's session."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


class Repository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: Any) -> None:
        """Stage a new row; it is written with the unit of work's next flush or commit."""
        self._session.add(row)

    def delete(self, row: Any) -> None:
        self._session.delete(row)

    def flush(self) -> None:
        """Write what is staged now (to learn generated ids inside the transaction)."""
        self._session.flush()
