"""Helpers shared by the case services: loading, version checks, related requests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import CaseState, parse_case_reference
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChangeError,
    IllegalTransitionError,
    NotFoundError,
)
from clb4u_desk.persistence.models import Case, RequestItem
from clb4u_desk.services.authz import SYSTEM

# Two requests from the same contact point within this many days may be one matter.
RELATED_WITHIN = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class RelatedCase:
    """Another case from the same contact point, received close in time."""

    id: int
    reference: str
    received_at: datetime
    state: str


# What a version conflict names (check_version, stale_as_concurrent), marked for the GUI.
THE_CASE = QT_TRANSLATE_NOOP("errors", "The case")
THE_ITEM = QT_TRANSLATE_NOOP("errors", "The request item")


def account_id_of(actor: Actor) -> int | None:
    """The actor's account for foreign keys; the system actor has none."""
    return None if actor.role == SYSTEM else actor.account_id


def load_case(session: Session, key: int | str, *, for_update: bool = False) -> Case:
    """A case by id or by reference (``DSR-2026-000123``, typed loosely)."""
    query = select(Case)
    if isinstance(key, int):
        query = query.where(Case.id == key)
    else:
        query = query.where(Case.reference == str(parse_case_reference(key)))
    if for_update:
        query = query.with_for_update()
    case = session.execute(query).scalar_one_or_none()
    if case is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "No such case."))
    return case


def load_items(session: Session, case_id: int) -> list[RequestItem]:
    return list(
        session.execute(
            select(RequestItem).where(RequestItem.case_id == case_id).order_by(RequestItem.id)
        ).scalars()
    )


def load_item(session: Session, item_id: int) -> tuple[RequestItem, Case]:
    item = session.execute(
        select(RequestItem).where(RequestItem.id == item_id).with_for_update()
    ).scalar_one_or_none()
    if item is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "No such request item."))
    return item, load_case(session, item.case_id, for_update=True)


def check_version(what: str, actual: int, expected: int) -> None:
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


def related_cases(
    session: Session, contact_key: str | None, received_at: datetime, *, exclude_id: int | None
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
    return [RelatedCase(*row) for row in session.execute(query).all()]
