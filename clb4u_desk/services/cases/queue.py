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
from datetime import date
from typing import Any

from clb4u_desk.domain.cases import CaseState
from clb4u_desk.domain.deadlines import Urgency
from clb4u_desk.domain.rights import Regime, Right
from clb4u_desk.domain.text import fold
from clb4u_desk.persistence.repositories.queue import QueueFilter
from clb4u_desk.services.cases.deadlines import REGIME_ORDER, DeadlineRules, parse_regimes
from clb4u_desk.services.context import ServiceContext

__all__ = ["QueueFilter", "QueueRow", "QueueService", "initials"]

_MAX_INITIALS = 4


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
        with self._ctx.db.reader() as uow:
            return uow.queue.ids(filter, self.today())

    def rows(self, ids: Sequence[int]) -> list[QueueRow]:
        """The rows for ``ids``, in the order given; ids of vanished cases are skipped."""
        today = self.today()
        with self._ctx.db.reader() as uow:
            found = self._fetch(uow.queue.rows(ids), today)
        return [found[case_id] for case_id in ids if case_id in found]

    def _fetch(self, records: Sequence[Sequence[Any]], today: date) -> dict[int, QueueRow]:
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
        assert isinstance(case_id, int)
        assert isinstance(reference, str)
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


def initials(name: str) -> str:
    """ "Nguyễn Thị Ánh" → "N.T.A.": first letters, no diacritics, at most four."""
    letters = [word[0] for word in fold(name).split() if word[:1].isalpha()]
    return "".join(f"{letter.upper()}." for letter in letters[:_MAX_INITIALS])
