"""The case queue's SQL: matching ids in display order, and the rows of one page.

Tuned together with the partial index of open cases (migration 0004): the open-queue
filter repeats the index's condition literally, and ids are read straight from the
DB-API cursor. Change the statements here only with the queue benchmark at hand
(tests/benchmarks/test_bench_queue.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, select, text

from clb4u_desk.domain.cases import OPEN_STATES, CaseState
from clb4u_desk.domain.rights import Regime, Right
from clb4u_desk.persistence.models import Account, Case, RequestItem
from clb4u_desk.persistence.models.cases import OPEN_CASE_CONDITION
from clb4u_desk.persistence.repositories.base import Repository

# SQLite allows 32,766 bound parameters; stay far below on every database.
_CHUNK = 1000
_CASE_ID: ColumnElement[int] = Case.__table__.c.id


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which cases the queue shows. Empty ``states`` means every state."""

    states: frozenset[CaseState] = OPEN_STATES
    right: Right | None = None  # cases asking for this right
    assignee_id: int | None = None
    unassigned: bool = False  # only cases nobody has (ignored when assignee_id is set)
    regime: Regime | None = None
    due_within_days: int | None = None  # due on or before today + N (overdue included)
    overdue: bool = False  # due before today (the company's local date)


class QueueRepository(Repository):
    def ids(self, filter: QueueFilter, today: date) -> list[int]:
        """Ids of the matching cases, by due date (none last), then reference."""
        query = _filtered(select(_CASE_ID), filter, today)
        query = query.order_by(Case.due_on.asc().nulls_last(), Case.reference)
        result = self._session.connection().execute(query)
        # Plain integers need no result processing, and building a Row per id costs
        # more than the query itself for 100,000 cases: read the DB-API cursor.
        return [int(row[0]) for row in result.cursor.fetchall()]

    def rows(self, ids: Sequence[int]) -> list[Sequence[Any]]:
        """Per case of ``ids``, once per item (in case and item order): id, reference,
        due_on, state, requester_name, regimes, the assignee's display name, the right."""
        records: list[Sequence[Any]] = []
        for start in range(0, len(ids), _CHUNK):
            records.extend(self._session.execute(_rows_query(ids[start : start + _CHUNK])).all())
        return records


def _filtered(query: Select[Any], filter: QueueFilter, today: date) -> Select[Any]:
    if filter.states == OPEN_STATES:
        # The partial index's own condition, literally, and no other state term: the
        # planner then reads the small index of open cases in order. (Given "state IN
        # (...)", SQLite without statistics would rather use the state index and sort.)
        query = query.where(text(OPEN_CASE_CONDITION))
    elif filter.states:
        query = query.where(Case.state.in_(sorted(state.value for state in filter.states)))
    if filter.right is not None:
        # Probed per case met while reading the queue index in order, through the
        # (right, case_id) index: no sort, and the open queue is a small index.
        query = query.where(
            select(RequestItem.id)
            .where(RequestItem.right == filter.right.value, RequestItem.case_id == _CASE_ID)
            .exists()
        )
    if filter.assignee_id is not None:
        query = query.where(Case.assignee_id == filter.assignee_id)
    elif filter.unassigned:
        query = query.where(Case.assignee_id.is_(None))
    if filter.regime is not None:
        query = query.where(Case.regimes.contains(filter.regime.value))
    if filter.due_within_days is not None:
        query = query.where(Case.due_on <= today + timedelta(days=filter.due_within_days))
    if filter.overdue:
        query = query.where(Case.due_on < today)
    return query


def _rows_query(ids: Sequence[int]) -> Select[*tuple[Any, ...]]:
    # One query for the page: each case once per item (its rights), with its assignee.
    return (
        select(
            Case.id,
            Case.reference,
            Case.due_on,
            Case.state,
            Case.requester_name,
            Case.regimes,
            Account.display_name,
            RequestItem.right,
        )
        .outerjoin(Account, Account.id == Case.assignee_id)
        .outerjoin(RequestItem, RequestItem.case_id == Case.id)
        .where(Case.id.in_(list(ids)))
        .order_by(Case.id, RequestItem.id)
    )
