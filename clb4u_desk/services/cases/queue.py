"""The case queue, for a lazy Qt model: ids first (cheap, sorted), rows on demand.

``query_ids`` returns every matching case id in display order (due date, earliest
first, cases without a running due date last; then reference). The model keeps the
ids and asks ``rows`` for the ~100 it shows, in one query. A row carries no personal
data beyond the requester's initials: list views show case references instead
(DOMAIN-RULES.md, good practice).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, select, text

from clb4u_desk.domain.cases import OPEN_STATES, CaseState
from clb4u_desk.domain.deadlines import Urgency
from clb4u_desk.domain.rights import Regime, Right
from clb4u_desk.domain.text import fold
from clb4u_desk.persistence.models import Account, Case, RequestItem
from clb4u_desk.persistence.models.cases import OPEN_CASE_CONDITION
from clb4u_desk.services.cases.deadlines import REGIME_ORDER, DeadlineRules, parse_regimes
from clb4u_desk.services.context import ServiceContext

# SQLite allows 32,766 bound parameters; stay far below on every database.
_CHUNK = 1000
_MAX_INITIALS = 4
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


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    reference: str
    rights: tuple[Right, ...]
    due_on: date | None  # None: closed, or every open item's clock is stopped
    state: CaseState
    assignee: str | None  # display name of the agent
    requester_initials: str  # e.g. "N.T.A."; never more of the name
    urgency: Urgency | None  # None for a closed case
    regimes: tuple[Regime, ...]


class QueueService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._rules: DeadlineRules | None = None

    @property
    def rules(self) -> DeadlineRules:
        if self._rules is None:
            self._rules = DeadlineRules.load(self._ctx.settings)
        return self._rules

    def today(self) -> date:
        return self.rules.today(self._ctx.clock())

    def query_ids(self, filter: QueueFilter) -> list[int]:
        """Ids of the matching cases, by due date (none last), then reference."""
        query = _filtered(select(_CASE_ID), filter, self.today())
        query = query.order_by(Case.due_on.asc().nulls_last(), Case.reference)
        with self._ctx.db.reader() as uow:
            result = uow.session.connection().execute(query)
            # Plain integers need no result processing, and building a Row per id costs
            # more than the query itself for 100,000 cases: read the DB-API cursor.
            return [int(row[0]) for row in result.cursor.fetchall()]

    def rows(self, ids: Sequence[int]) -> list[QueueRow]:
        """The rows for ``ids``, in the order given; ids of vanished cases are skipped."""
        today = self.today()
        found: dict[int, QueueRow] = {}
        with self._ctx.db.reader() as uow:
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                found.update(self._fetch(uow.session.execute(_rows_query(chunk)).all(), today))
        return [found[case_id] for case_id in ids if case_id in found]

    def _fetch(self, records: Sequence[Row[Any]], today: date) -> dict[int, QueueRow]:
        rights: dict[int, list[Right]] = {}
        first: dict[int, tuple[Any, ...]] = {}
        for record in records:
            values = tuple(record)
            case_id = int(values[0])
            first.setdefault(case_id, values)
            if values[7] is not None:
                rights.setdefault(case_id, []).append(Right(values[7]))
        return {
            case_id: self._row(values, tuple(rights.get(case_id, [])), today)
            for case_id, values in first.items()
        }

    def _row(self, values: tuple[Any, ...], rights: tuple[Right, ...], today: date) -> QueueRow:
        case_id, reference, due_on, state, name, regimes, assignee, _ = values
        assert isinstance(case_id, int) and isinstance(reference, str)
        assert due_on is None or isinstance(due_on, date)
        case_state = CaseState(str(state))
        chosen = parse_regimes(str(regimes))
        return QueueRow(
            id=case_id,
            reference=reference,
            rights=rights,
            due_on=due_on,
            state=case_state,
            assignee=str(assignee) if assignee is not None else None,
            requester_initials=initials(str(name or "")),
            urgency=self.rules.urgency(due_on, today)
            if case_state is not CaseState.CLOSED
            else None,
            regimes=tuple(r for r in REGIME_ORDER if r in chosen),
        )


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


def initials(name: str) -> str:
    """ "Nguyễn Thị Ánh" → "N.T.A.": first letters, no diacritics, at most four."""
    letters = [word[0] for word in fold(name).split() if word[:1].isalpha()]
    return "".join(f"{letter.upper()}." for letter in letters[:_MAX_INITIALS])
