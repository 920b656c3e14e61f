"""Keeping the name search index in step with the customers (see
:mod:`clb4u_desk.persistence.name_index` for how the keys are written)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from clb4u_desk.persistence import name_index
from clb4u_desk.persistence.database import Database


def index_customer_names(
    session: Session, names: Sequence[tuple[int, str]], *, new: bool = False
) -> None:
    """Keep the name search index in step: call after inserting or renaming customers.

    ``names`` are ``(customer_id, full_name)`` pairs, flushed already (the ids exist).
    It runs in ``session``'s transaction, so customer and index commit together.
    ``new=True`` when the customers were just inserted (skips deleting old keys).
    """
    if names:
        name_index.index_names(session.connection(), names, new=new)


def rebuild_search_index(db: Database, progress: name_index.Progress | None = None) -> int:
    """Index every customer's name again from scratch; returns the customers indexed."""
    with db.uow() as uow:
        count = name_index.rebuild(uow.session.connection(), progress)
        uow.commit()
    name_index.vacuum(db.engine)
    return count
