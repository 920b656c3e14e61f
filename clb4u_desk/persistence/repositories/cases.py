"""Cases and their request items: loading by id or reference, locking, version checks,
"is it open", and the requests related to a case by contact point."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from clb4u_desk.domain.cases import CaseState, parse_case_reference
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChangeError,
    IllegalTransitionError,
    NotFoundError,
)
from clb4u_desk.persistence.models import Attachment, Case, RequestItem
from clb4u_desk.persistence.repositories.base import Repository

# Two requests from the same contact point within this many days may be one matter.
RELATED_WITHIN = timedelta(days=30)

# What a version conflict names, marked for the GUI's translation.
THE_CASE = QT_TRANSLATE_NOOP("errors", "The case")
THE_ITEM = QT_TRANSLATE_NOOP("errors", "The request item")


@dataclass(frozen=True, slots=True)
class RelatedCase:
    """Another case from the same contact point, received close in time."""

    id: int
    reference: str
    received_at: datetime
    state: str


def check_version(what: str, actual: int, expected: int) -> None:
    """The row is still at the version the user saw, or ConcurrentChangeError."""
    if actual != expected:
        raise ConcurrentChangeError(
            QT_TRANSLATE_NOOP(
                "errors", "{what} was changed by someone else meanwhile; reload it and try again."
            ),
            what=what,
        )


def require_open(case: Case) -> None:
    if case.state == CaseState.CLOSED.value:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP("errors", "Case {reference} is closed and cannot change any more."),
            reference=case.reference,
        )


@contextmanager
def stale_as_concurrent(what: str) -> Iterator[None]:
    """Turn SQLAlchemy's optimistic-locking failure into the user's error.

    The version check on load catches most conflicts; this catches the writer who
    changed the row between our read and our write (PostgreSQL, READ COMMITTED).
    """
    try:
        yield
    except StaleDataError:
        raise ConcurrentChangeError(
            QT_TRANSLATE_NOOP(
                "errors", "{what} was changed by someone else meanwhile; reload it and try again."
            ),
            what=what,
        ) from None


class CaseRepository(Repository):
    def get(self, key: int | str, *, for_update: bool = False) -> Case:
        """A case by id or by reference (``DSR-2026-000123``, typed loosely).

        Text that is no reference at all is refused as such (ValidationError), before
        any look-up; a reference or id that names no case is NotFoundError.
        """
        query = select(Case)
        if isinstance(key, int):
            query = query.where(Case.id == key)
        else:
            query = query.where(Case.reference == str(parse_case_reference(key)))
        if for_update:
            query = query.with_for_update()
        case = self._session.execute(query).scalar_one_or_none()
        if case is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "No such case."))
        return case

    def find(self, reference: str | None) -> Case | None:
        """The case with exactly this stored reference, or None (for log replays)."""
        if reference is None:
            return None
        return self._session.execute(
            select(Case).where(Case.reference == reference)
        ).scalar_one_or_none()

    def linked(self, case_id: int | None) -> RelatedCase | None:
        """The case an agent linked as related, if it (still) exists."""
        other = None if case_id is None else self._session.get(Case, case_id)
        if other is None:
            return None
        return RelatedCase(other.id, other.reference, other.received_at, other.state)

    def changing(self, key: int | str, expected_version: int) -> Case:
        """The open case, locked, at the version the user saw."""
        case = self.get(key, for_update=True)
        check_version(THE_CASE, case.version, expected_version)
        require_open(case)
        return case

    def items(self, case_id: int) -> list[RequestItem]:
        return list(
            self._session.execute(
                select(RequestItem).where(RequestItem.case_id == case_id).order_by(RequestItem.id)
            ).scalars()
        )

    def item(self, item_id: int, *, for_update: bool = False) -> tuple[RequestItem, Case]:
        """A request item and its case (both locked when ``for_update``)."""
        query = select(RequestItem).where(RequestItem.id == item_id)
        if for_update:
            query = query.with_for_update()
        item = self._session.execute(query).scalar_one_or_none()
        if item is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "No such request item."))
        return item, self.get(item.case_id, for_update=for_update)

    def changing_item(self, item_id: int, expected_version: int) -> tuple[RequestItem, Case]:
        """The item of an open case, both locked, the item at the version the user saw."""
        item, case = self.item(item_id, for_update=True)
        check_version(THE_ITEM, item.version, expected_version)
        require_open(case)
        return item, case

    def related(
        self, contact_key: str | None, received_at: datetime, *, exclude_id: int | None
    ) -> list[RelatedCase]:
        """Cases from the same contact point received within 30 days before or after."""
        if not contact_key:
            return []
        query = (
            select(Case.id, Case.reference, Case.received_at, Case.state)
            .where(
                Case.contact_key == contact_key,
                Case.received_at >= received_at - RELATED_WITHIN,
                Case.received_at <= received_at + RELATED_WITHIN,
            )
            .order_by(Case.received_at, Case.id)
        )
        if exclude_id is not None:
            query = query.where(Case.id != exclude_id)
        return [RelatedCase(*row) for row in self._session.execute(query).all()]

    def attachment(self, attachment_id: int) -> Attachment:
        attachment = self._session.get(Attachment, attachment_id)
        if attachment is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "No such attachment."))
        return attachment

    def attachment_metadata(self, case_id: int) -> list[tuple[int, str, str, int, str, datetime]]:
        """(id, display_name, content_type, size, sha256, added_at) of the case's
        attachments; the content stays in the database."""
        query = (
            select(
                Attachment.id,
                Attachment.display_name,
                Attachment.content_type,
                Attachment.size,
                Attachment.sha256,
                Attachment.added_at,
            )
            .where(Attachment.case_id == case_id)
            .order_by(Attachment.id)
        )
        return [
            (id_, name, content_type, size, sha256, added_at)
            for id_, name, content_type, size, sha256, added_at in self._session.execute(query)
        ]
