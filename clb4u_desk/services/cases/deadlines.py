"""Due dates of stored cases and request items, through the deadline engine.

The engine (``domain.deadlines``) works on plain inputs; this module builds them from
the rows and writes the results back. What the engine needs and the columns do not
hold (each pause with its dates, the time an extension was notified) is kept in the
item's ``scope`` JSON under the key ``"clock"``, so a due date can always be computed
again from scratch exactly as the engine defines it, whatever happened in between.
Other keys of ``scope`` belong to other features and are left as they are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from clb4u_desk.config import Settings
from clb4u_desk.domain.cases import ItemOutcome
from clb4u_desk.domain.deadlines import (
    DeadlinePolicy,
    Extension,
    ItemDeadline,
    ItemDeadlineInput,
    Pause,
    Urgency,
    acknowledgement_due,
    compute_item_deadline,
    urgency,
)
from clb4u_desk.domain.holidays import HolidayCalendar
from clb4u_desk.domain.rights import Regime, Right
from clb4u_desk.persistence.models import Case, RequestItem
from clb4u_desk.policies.deadlines import load_deadline_policy, load_holiday_calendar

_CLOCK_KEY = "clock"
_DECIDED_KEY = "decided_on"  # the day (Vietnam) the item's outcome was recorded
# Regimes are stored comma-separated in this order (the engine's reporting order).
REGIME_ORDER: tuple[Regime, ...] = (Regime.VN, Regime.GDPR, Regime.CCPA)


# --------------------------------------------------------------------------- regimes


def regimes_text(regimes: Iterable[Regime]) -> str:
    chosen = set(regimes) | {Regime.VN}
    return ",".join(regime.value for regime in REGIME_ORDER if regime in chosen)


def parse_regimes(text: str | None) -> frozenset[Regime]:
    names = [name.strip() for name in (text or "").split(",") if name.strip()]
    return frozenset(Regime(name) for name in names) | {Regime.VN}


# --------------------------------------------------------------------------- item clock


@dataclass(frozen=True, slots=True)
class ItemClock:
    """The pauses of an item and when its extension was notified, as the engine needs."""

    pauses: tuple[Pause, ...] = ()
    extension_notified_at: datetime | None = None

    @property
    def open_pause(self) -> Pause | None:
        return next((pause for pause in self.pauses if pause.is_open), None)


def _scope(item: RequestItem) -> dict[str, Any]:
    if not item.scope:
        return {}
    loaded = json.loads(item.scope)
    return loaded if isinstance(loaded, dict) else {}


def read_clock(item: RequestItem) -> ItemClock:
    data = _scope(item).get(_CLOCK_KEY) or {}
    pauses = tuple(
        Pause(
            start=date.fromisoformat(entry["start"]),
            end=date.fromisoformat(entry["end"]) if entry.get("end") else None,
            reason=entry["reason"],
        )
        for entry in data.get("pauses", [])
    )
    notified = data.get("extension_notified_at")
    return ItemClock(pauses, datetime.fromisoformat(notified) if notified else None)


def write_clock(item: RequestItem, clock: ItemClock) -> None:
    scope = _scope(item)
    scope[_CLOCK_KEY] = {
        "pauses": [
            {
                "start": p.start.isoformat(),
                "end": p.end.isoformat() if p.end else None,
                "reason": p.reason,
            }
            for p in clock.pauses
        ],
        "extension_notified_at": (
            clock.extension_notified_at.isoformat() if clock.extension_notified_at else None
        ),
    }
    item.scope = json.dumps(scope, ensure_ascii=False, sort_keys=True)


def read_decided_on(item: RequestItem) -> date | None:
    """The day the item's outcome was recorded (its clock stopped for good), if known."""
    value = _scope(item).get(_DECIDED_KEY)
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def write_decided_on(item: RequestItem, day: date) -> None:
    scope = _scope(item)
    scope[_DECIDED_KEY] = day.isoformat()
    item.scope = json.dumps(scope, ensure_ascii=False, sort_keys=True)


# --------------------------------------------------------------------------- rules


def _override(settings: Settings, name: str) -> Path | None:
    if not settings.policies_dir:
        return None
    path = Path(settings.policies_dir) / name
    return path if path.is_file() else None


@dataclass(frozen=True, slots=True)
class DeadlineRules:
    """The deadline policy and holiday table, with helpers for stored cases."""

    policy: DeadlinePolicy
    calendar: HolidayCalendar

    @classmethod
    def load(cls, settings: Settings) -> DeadlineRules:
        """Shipped rules, with ``deadlines.toml``/``holidays.toml`` from policies_dir over them."""
        return cls(
            policy=load_deadline_policy(_override(settings, "deadlines.toml")),
            calendar=load_holiday_calendar(_override(settings, "holidays.toml")),
        )

    def today(self, now: datetime) -> date:
        """The company's local date (Vietnam) at ``now``: what 'overdue' is measured by."""
        return self.policy.local_date(now)

    def item_input(self, case: Case, item: RequestItem) -> ItemDeadlineInput:
        clock = read_clock(item)
        extension = None
        if item.extended:
            extension = Extension(
                notified_at=clock.extension_notified_at or case.received_at,
                reason=item.extension_reason or "-",
            )
        return ItemDeadlineInput(
            right=Right(item.right),
            received_at=case.received_at,
            regimes=parse_regimes(case.regimes),
            third_party=item.third_party,
            pauses=clock.pauses,
            extension=extension,
        )

    def compute(self, case: Case, item: RequestItem) -> ItemDeadline:
        return compute_item_deadline(self.item_input(case, item), self.policy, self.calendar)

    def store(self, item: RequestItem, deadline: ItemDeadline) -> None:
        """Write a computed deadline to the item.

        While the clock is stopped no due date runs; the column (never empty) keeps the
        last running one, and ``paused_since`` says the clock is stopped.
        """
        if deadline.due is not None:
            item.due_on = deadline.due
        if deadline.regime is not None:
            item.regime_applied = deadline.regime.value
        item.base_due_on = deadline.base_due
        item.paused_days = deadline.paused_days

    def case_due(self, case: Case, items: Iterable[RequestItem]) -> date | None:
        """The earliest due date of the case's open items whose clock is running."""
        dues = [
            deadline.due
            for item in items
            if item.outcome == ItemOutcome.PENDING.value
            and (deadline := self.compute(case, item)).due is not None
        ]
        return min(dues, default=None)

    def acknowledge_by(self, case: Case, items: Iterable[RequestItem]) -> date:
        """When receipt must be confirmed: the regimes' period, never after any item's due."""
        due = acknowledgement_due(
            case.received_at, parse_regimes(case.regimes), self.policy, self.calendar
        )
        item_dues = [item.base_due_on for item in items]
        return min([due, *item_dues])

    def urgency(self, due: date | None, today: date) -> Urgency:
        return urgency(due, today, self.calendar, self.policy.due_soon_working_days)
