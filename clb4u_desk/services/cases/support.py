"""Old names of case loading and checks, kept only until their callers move.

Loading, locking, the version check and "is it open" live in the repositories
(``uow.cases``; :mod:`clb4u_desk.persistence.repositories`), and ``account_id_of`` in
:mod:`clb4u_desk.services.authz`. The functions here delegate to those, so code that
still imports them keeps working; new code uses the repositories, and this module goes
once nothing imports it any more.

The session parameters are typed loosely on purpose: services import no SQLAlchemy.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from clb4u_desk.persistence.models import Case, RequestItem
from clb4u_desk.persistence.repositories import (
    THE_CASE,
    THE_ITEM,
    CaseRepository,
    RelatedCase,
    check_version,
    require_open,
    stale_as_concurrent,
)
from clb4u_desk.services.authz import account_id_of

__all__ = [
    "THE_CASE",
    "THE_ITEM",
    "RelatedCase",
    "account_id_of",
    "check_version",
    "load_case",
    "load_item",
    "load_items",
    "related_cases",
    "require_open",
    "stale_as_concurrent",
]


def load_case(session: Any, key: int | str, *, for_update: bool = False) -> Case:
    """``uow.cases.get(key, for_update=...)``."""
    return CaseRepository(session).get(key, for_update=for_update)


def load_items(session: Any, case_id: int) -> list[RequestItem]:
    """``uow.cases.items(case_id)``."""
    return CaseRepository(session).items(case_id)


def load_item(session: Any, item_id: int) -> tuple[RequestItem, Case]:
    """``uow.cases.item(item_id, for_update=True)``."""
    return CaseRepository(session).item(item_id, for_update=True)


def related_cases(
    session: Any, contact_key: str | None, received_at: datetime, *, exclude_id: int | None
) -> list[RelatedCase]:
    """``uow.cases.related(...)``."""
    return CaseRepository(session).related(contact_key, received_at, exclude_id=exclude_id)
