"""Due dates of request items under every applicable regime; the strictest wins.

Pure rules (DESIGN.md section 4, "Deadlines"): no Qt, no database, no files. The
periods themselves come from ``resources/policies/deadlines.toml`` through
``clb4u_desk.policies.deadlines``.

How a due date is computed for one item under one regime:

1. The receipt date is the local date in Vietnam (the company's time zone) of the
   UTC receipt time. The period starts the day after it.
2. The raw end: receipt date + N calendar days, + N months (same date of the later
   month, clamped to its last day), or the N-th working day after receipt.
3. An extension adds its period to the raw end (the extension lengthens the period;
   only the final end is rolled, as Regulation 1182/71 does).
4. The end is rolled forward off weekends and public holidays.
5. Each pause (clock stopped while waiting for the requester), in date order, pushes
   the rolled due date by its calendar days, and the result is rolled again, so a
   pause of k days always moves the due date by at least k days. A pause that starts
   after the due date it would push does not move it: that period had already run
   out. An open pause stops the clock: no due date runs under that regime.
"""

from __future__ import annotations

import calendar as _gregorian
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType

from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from clb4u_desk.domain.formatting import format_date, format_long_date, vietnam_date
from clb4u_desk.domain.holidays import HolidayCalendar
from clb4u_desk.domain.rights import Regime, Right

# When two regimes give the same date, report the first in this order: the
# Vietnamese regime is the default one and the one agents know best.
_REGIME_ORDER: tuple[Regime, ...] = (Regime.VN, Regime.GDPR, Regime.CCPA)


# --------------------------------------------------------------------------- errors


class ExtensionError(DomainError):
    """An extension cannot be granted as asked."""


class ExtensionAlreadyUsedError(ExtensionError):
    """The item was extended once already; the rules allow one extension only."""


class ExtensionTooLateError(ExtensionError):
    """The extension notice would reach the requester after the period ran out."""


class ExtensionNotAllowedError(ExtensionError):
    """No applicable regime allows extending this item."""


# --------------------------------------------------------------------------- periods


class PeriodUnit(StrEnum):
    DAYS = "days"  # calendar days
    WORKING_DAYS = "working_days"  # weekends and public holidays not counted
    MONTHS = "months"


@dataclass(frozen=True, slots=True)
class Period:
    amount: int
    unit: PeriodUnit

    def __post_init__(self) -> None:
        if self.amount < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A deadline period must be at least one day or month long."
                )
            )

    def end_after(self, start: date, calendar: HolidayCalendar) -> date:
        """The raw last day of the period counted from the day after ``start``.

        Not rolled off days off, except that a working-day count only ever lands on
        a working day.
        """
        if self.unit is PeriodUnit.DAYS:
            return start + timedelta(days=self.amount)
        if self.unit is PeriodUnit.MONTHS:
            return add_months(start, self.amount)
        return calendar.add_working_days(start, self.amount)

    def describe_en(self) -> str:
        return f"{self.amount} {self.unit.value.replace('_', ' ')}"


def days(amount: int) -> Period:
    return Period(amount, PeriodUnit.DAYS)


def months(amount: int) -> Period:
    return Period(amount, PeriodUnit.MONTHS)


def working_days(amount: int) -> Period:
    return Period(amount, PeriodUnit.WORKING_DAYS)


def add_months(day: date, count: int) -> date:
    """The same date ``count`` months later, or that month's last day if it is shorter.

    31 Jan + 1 month is 28 Feb (29 Feb in a leap year); 31 Mar + 1 month is 30 Apr.
    """
    month_index = day.month - 1 + count
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last_day = _gregorian.monthrange(year, month)[1]
    return date(year, month, min(day.day, last_day))


# --------------------------------------------------------------------------- policy


@dataclass(frozen=True, slots=True)
class RightRule:
    """One right's periods under one regime."""

    period: Period
    third_party_period: Period | None = None  # where a processor/third party must act
    extension: Period | None = None  # the longest single extension; None: not extendable
    note: str | None = None  # shown to the agent, e.g. GDPR's absolute objection

    def period_for(self, third_party: bool) -> Period:
        if third_party and self.third_party_period is not None:
            return self.third_party_period
        return self.period


@dataclass(frozen=True, slots=True)
class RegimeRule:
    """A regime's deadlines: acknowledgement, and periods per right."""

    regime: Regime
    rights: Mapping[Right, RightRule]
    acknowledgement: Period | None = None  # None: the regime sets no receipt deadline
    pause_allowed: bool = True  # may the clock stop while waiting for the requester?
    # Must the requester hear of an extension before the original period runs out?
    extension_notice_before_due: bool = True

    def __post_init__(self) -> None:
        missing = [right.value for right in Right if right not in self.rights]
        if missing:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The {regime} deadline rules have no period for: {missing}."
                ),
                regime=self.regime.value,
                missing=", ".join(missing),
            )
        # Read-only view: a frozen rule must not change through its mapping.
        object.__setattr__(self, "rights", MappingProxyType(dict(self.rights)))


@dataclass(frozen=True, slots=True)
class DeadlinePolicy:
    rules: Mapping[Regime, RegimeRule]
    due_soon_working_days: int = 3

    def __post_init__(self) -> None:
        if Regime.VN not in self.rules:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The deadline rules must include the Vietnamese regime."
                )
            )
        for regime, rule in self.rules.items():
            if rule.regime is not regime:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The rules filed under {regime} are for another regime."
                    ),
                    regime=regime.value,
                )
        if self.due_soon_working_days < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "'Due soon' cannot be a negative number of working days."
                )
            )
        object.__setattr__(self, "rules", MappingProxyType(dict(self.rules)))

    def rule(self, regime: Regime) -> RegimeRule:
        try:
            return self.rules[regime]
        except KeyError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "No deadline rules are set up for {regime}."),
                regime=regime.value,
            ) from None

    def local_date(self, moment: datetime) -> date:
        """The day of an aware moment in Vietnam, where the company receives requests:
        the day the acknowledgement prints and the deadlines count from. Not a setting,
        so that the letters, the screens and the deadlines cannot name different days."""
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A receipt or notice time must carry its time zone (UTC)."
                )
            )
        return vietnam_date(moment)


def applicable_regimes(*, eu_resident: bool, california_resident: bool) -> frozenset[Regime]:
    """The regimes for a requester: Vietnam always, plus GDPR/CCPA by residence."""
    regimes = {Regime.VN}
    if eu_resident:
        regimes.add(Regime.GDPR)
    if california_resident:
        regimes.add(Regime.CCPA)
    return frozenset(regimes)


# --------------------------------------------------------------------------- inputs


def _require_reason(reason: str, what: str) -> None:
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{what} needs a reason."), what=what)


@dataclass(frozen=True, slots=True)
class Pause:
    """The clock stopped from ``start`` (local date) until ``end``, or still stopped."""

    start: date
    end: date | None
    reason: str

    def __post_init__(self) -> None:
        _require_reason(self.reason, QT_TRANSLATE_NOOP("errors", "Stopping the clock"))
        if self.end is not None and self.end < self.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A pause cannot end before it starts.")
            )

    @property
    def is_open(self) -> bool:
        return self.end is None


@dataclass(frozen=True, slots=True)
class Extension:
    """The one extension of an item: when the requester was told, and why."""

    notified_at: datetime  # aware; the notice must go out inside the period
    reason: str

    def __post_init__(self) -> None:
        _require_reason(self.reason, QT_TRANSLATE_NOOP("errors", "An extension"))
        if self.notified_at.tzinfo is None or self.notified_at.utcoffset() is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "An extension's notice time must carry its time zone (UTC)."
                )
            )


@dataclass(frozen=True, slots=True)
class ItemDeadlineInput:
    """What the due date of one request item (one right) depends on."""

    right: Right
    received_at: datetime  # aware, normally UTC
    regimes: frozenset[Regime] = frozenset({Regime.VN})  # VN is added if missing
    third_party: bool = False  # a processor or third party must act
    pauses: tuple[Pause, ...] = ()
    extension: Extension | None = None

    def __post_init__(self) -> None:
        if self.received_at.tzinfo is None or self.received_at.utcoffset() is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The receipt time must carry its time zone (UTC).")
            )
        object.__setattr__(self, "regimes", frozenset(self.regimes) | {Regime.VN})
        object.__setattr__(self, "pauses", tuple(sorted(self.pauses, key=lambda p: p.start)))


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class RegimeDeadline:
    regime: Regime
    period: Period
    base_due: date  # the period alone, rolled; no extension, no pauses
    due: date | None  # None while an open pause stops this regime's clock
    extended: bool
    paused_days: int  # calendar days of pauses that moved this due date
    stopped_since: date | None  # start of the open pause stopping the clock
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ItemDeadline:
    right: Right
    received_on: date  # local date of receipt; the period starts the next day
    due: date | None  # the strictest running due date; None: the clock is stopped
    regime: Regime | None  # whose due date won; None when the clock is stopped
    base_due: date  # strictest due date of the bare periods
    extended: bool
    paused_days: int
    clock_stopped: bool
    stopped_since: date | None
    per_regime: tuple[RegimeDeadline, ...]
    notes: tuple[str, ...] = ()
    holidays_known: bool = True  # False: a date lies outside the holiday table's years

    @property
    def status_en(self) -> str:
        """One line for lists and logs (no personal data)."""
        if self.due is None:
            since = self.stopped_since.isoformat() if self.stopped_since else "?"
            return f"Clock stopped since {since}: no due date is running."
        regime = self.regime.value.upper() if self.regime else "?"
        return f"Due {self.due.isoformat()} ({regime})."


class Urgency(StrEnum):
    """Queue colours."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OK = "ok"
    STOPPED = "stopped"  # clock stopped; nothing is due


# --------------------------------------------------------------------------- computing


def _merged_closed_pauses(pauses: Iterable[Pause]) -> list[tuple[date, date]]:
    """Closed pauses as non-overlapping [start, end) spans, in date order.

    Overlapping pauses (recorded twice, or nested) must not count their common days
    twice.
    """
    spans: list[tuple[date, date]] = []
    for pause in sorted(pauses, key=lambda p: p.start):
        if pause.end is None:
            continue
        if spans and pause.start <= spans[-1][1]:
            last_start, last_end = spans[-1]
            spans[-1] = (last_start, max(last_end, pause.end))
        else:
            spans.append((pause.start, pause.end))
    return [(start, end) for start, end in spans if end > start]


def _first_open_pause(pauses: Iterable[Pause]) -> Pause | None:
    open_pauses = [pause for pause in pauses if pause.is_open]
    return min(open_pauses, key=lambda p: p.start) if open_pauses else None


def _validate_pauses(received_on: date, pauses: Iterable[Pause]) -> None:
    for pause in pauses:
        if pause.start < received_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The clock cannot be stopped before the request was received."
                )
            )


@dataclass(frozen=True, slots=True)
class _PausedDue:
    due: date | None
    paused_days: int
    stopped_since: date | None
    ignored_late_pause: bool  # a pause started after the due date it would push


def _apply_pauses(due: date, pauses: tuple[Pause, ...], calendar: HolidayCalendar) -> _PausedDue:
    """Push ``due`` by each pause that started on or before it (module docstring, step 5)."""
    open_pause = _first_open_pause(pauses)
    paused = 0
    late = False
    for start, end in _merged_closed_pauses(pauses):
        if open_pause is not None and start >= open_pause.start:
            break  # the clock is still stopped; later spans cannot have happened
        if start > due:
            late = True  # the period had run out before this pause
            break
        length = (end - start).days
        due = calendar.roll_forward(due + timedelta(days=length))
        paused += length
    if open_pause is not None:
        if open_pause.start <= due:
            return _PausedDue(None, paused, open_pause.start, late)
        late = True
    return _PausedDue(due, paused, None, late)


def _regime_notes(
    rule: RegimeRule, right_rule: RightRule, item: ItemDeadlineInput, paused: _PausedDue
) -> tuple[str, ...]:
    label = rule.regime.value.upper()
    notes = [f"{label}: {right_rule.note}"] if right_rule.note else []
    if item.pauses and not rule.pause_allowed:
        notes.append(f"{label}: the clock does not stop while waiting for the requester.")
    if paused.ignored_late_pause:
        notes.append(f"{label}: a pause that started after the due date does not move it.")
    return tuple(notes)


def _regime_deadline(
    item: ItemDeadlineInput,
    received_on: date,
    rule: RegimeRule,
    calendar: HolidayCalendar,
    *,
    with_extension: bool,
) -> RegimeDeadline:
    right_rule = rule.rights[item.right]
    period = right_rule.period_for(item.third_party)
    raw_end = period.end_after(received_on, calendar)
    base_due = calendar.roll_forward(raw_end)
    extended = with_extension and item.extension is not None and right_rule.extension is not None
    if extended and right_rule.extension is not None:
        raw_end = right_rule.extension.end_after(raw_end, calendar)
    due = calendar.roll_forward(raw_end)
    paused = _apply_pauses(due, item.pauses if rule.pause_allowed else (), calendar)
    return RegimeDeadline(
        regime=rule.regime,
        period=period,
        base_due=base_due,
        due=paused.due,
        extended=extended,
        paused_days=paused.paused_days,
        stopped_since=paused.stopped_since,
        notes=_regime_notes(rule, right_rule, item, paused),
    )


def _ordered(regimes: Iterable[Regime]) -> list[Regime]:
    chosen = set(regimes)
    return [regime for regime in _REGIME_ORDER if regime in chosen]


def _strictest(per_regime: tuple[RegimeDeadline, ...]) -> RegimeDeadline | None:
    running = [deadline for deadline in per_regime if deadline.due is not None]
    if not running:
        return None
    # min() keeps the first of equal dates, and per_regime is in _REGIME_ORDER.
    return min(running, key=lambda deadline: deadline.due or date.max)


def _compute(
    item: ItemDeadlineInput,
    policy: DeadlinePolicy,
    calendar: HolidayCalendar,
    *,
    with_extension: bool,
) -> ItemDeadline:
    received_on = policy.local_date(item.received_at)
    _validate_pauses(received_on, item.pauses)
    per_regime = tuple(
        _regime_deadline(
            item, received_on, policy.rule(regime), calendar, with_extension=with_extension
        )
        for regime in _ordered(item.regimes)
    )
    winner = _strictest(per_regime)
    stopped = [d for d in per_regime if d.stopped_since is not None]
    latest = max(
        (d.due or d.base_due for d in per_regime),
        default=received_on,
    )
    return ItemDeadline(
        right=item.right,
        received_on=received_on,
        due=winner.due if winner else None,
        regime=winner.regime if winner else None,
        base_due=min(d.base_due for d in per_regime),
        extended=winner.extended if winner else any(d.extended for d in per_regime),
        paused_days=winner.paused_days if winner else max(d.paused_days for d in per_regime),
        clock_stopped=winner is None,
        stopped_since=None if winner else min(d.stopped_since or date.max for d in stopped),
        per_regime=per_regime,
        notes=tuple(note for d in per_regime for note in d.notes),
        holidays_known=calendar.covers(received_on) and calendar.covers(latest),
    )


def compute_item_deadline(
    item: ItemDeadlineInput, policy: DeadlinePolicy, calendar: HolidayCalendar
) -> ItemDeadline:
    """The item's due date under every applicable regime; the earliest wins."""
    return _compute(item, policy, calendar, with_extension=True)


def acknowledgement_due(
    received_at: datetime,
    regimes: Iterable[Regime],
    policy: DeadlinePolicy,
    calendar: HolidayCalendar,
) -> date:
    """The date by which the receipt of a request must be confirmed (strictest regime).

    Counted in working days from the day after receipt (VN: 2; CCPA: 10 business
    days, counted on the company's Vietnamese calendar). GDPR sets no separate one.
    """
    received_on = policy.local_date(received_at)
    dues = [
        calendar.roll_forward(rule.acknowledgement.end_after(received_on, calendar))
        for regime in _ordered(set(regimes) | {Regime.VN})
        if (rule := policy.rule(regime)).acknowledgement is not None
    ]
    if not dues:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No acknowledgement period is set up for these regimes.")
        )
    return min(dues)


# --------------------------------------------------------------------------- extension

_RIGHT_VI: Mapping[Right, str] = MappingProxyType(
    {
        Right.ACCESS: "truy cập dữ liệu cá nhân",
        Right.COPY: "nhận bản sao dữ liệu cá nhân",
        Right.RECTIFICATION: "chỉnh sửa dữ liệu cá nhân",
        Right.RESTRICTION: "hạn chế xử lý dữ liệu cá nhân",
        Right.OBJECTION: "phản đối xử lý dữ liệu cá nhân",
        Right.ERASURE: "xóa dữ liệu cá nhân",
        Right.CONSENT_WITHDRAWAL: "rút lại sự đồng ý",
    }
)
_RIGHT_EN: Mapping[Right, str] = MappingProxyType(
    {
        Right.ACCESS: "access to your personal data",
        Right.COPY: "a copy of your personal data",
        Right.RECTIFICATION: "correction of your personal data",
        Right.RESTRICTION: "restriction of the processing of your personal data",
        Right.OBJECTION: "objection to the processing of your personal data",
        Right.ERASURE: "erasure of your personal data",
        Right.CONSENT_WITHDRAWAL: "withdrawal of your consent",
    }
)


@dataclass(frozen=True, slots=True)
class ExtensionNotice:
    """The text sent to the requester; the agent's reason is quoted as written."""

    text_vi: str
    text_en: str


@dataclass(frozen=True, slots=True)
class ExtensionResult:
    item: ItemDeadlineInput  # the input with its extension recorded
    previous_due: date | None
    deadline: ItemDeadline
    notice: ExtensionNotice


def extension_notice(right: Right, new_due: date, reason: str) -> ExtensionNotice:
    reason = " ".join(reason.split())
    text_vi = (
        f"Chúng tôi cần thêm thời gian để giải quyết yêu cầu {_RIGHT_VI[right]} của Quý khách. "
        f"Thời hạn trả lời được gia hạn một lần đến hết ngày {format_date(new_due)}. "
        f"Lý do: {reason}"
    )
    text_en = (
        f"We need more time to deal with your request for {_RIGHT_EN[right]}. "
        f"The time to reply is extended, once, until the end of {format_long_date(new_due, 'en')}. "
        f"Reason: {reason}"
    )
    return ExtensionNotice(text_vi=text_vi, text_en=text_en)


def _check_extension_allowed(
    item: ItemDeadlineInput,
    before: ItemDeadline,
    notified_on: date,
    policy: DeadlinePolicy,
) -> None:
    if item.extension is not None:
        raise ExtensionAlreadyUsedError(
            QT_TRANSLATE_NOOP("errors", "This item was extended once already; no second extension.")
        )
    if all(policy.rule(d.regime).rights[item.right].extension is None for d in before.per_regime):
        raise ExtensionNotAllowedError(
            QT_TRANSLATE_NOOP("errors", "No applicable rules allow extending this item.")
        )
    for deadline in before.per_regime:
        rule = policy.rule(deadline.regime)
        if not rule.extension_notice_before_due or deadline.due is None:
            continue
        if notified_on > deadline.due:
            raise ExtensionTooLateError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The period under {regime} ended on {due}; an "
                    "extension must be notified before then.",
                ),
                regime=deadline.regime.value.upper(),
                due=format_date(deadline.due),
            )


def extend(
    item: ItemDeadlineInput,
    extension: Extension,
    policy: DeadlinePolicy,
    calendar: HolidayCalendar,
) -> ExtensionResult:
    """Grant the item's one extension (each regime's longest) and word the notice.

    Raises ``ExtensionAlreadyUsedError`` for a second extension and
    ``ExtensionTooLateError`` when the notice would come after a period that needs
    notice inside it (GDPR, CCPA, and by default Vietnam) had ended.
    """
    before = _compute(item, policy, calendar, with_extension=False)
    _check_extension_allowed(item, before, policy.local_date(extension.notified_at), policy)
    extended_item = replace(item, extension=extension)
    after = compute_item_deadline(extended_item, policy, calendar)
    if after.due is None:
        raise ExtensionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The clock is stopped, so no period is running to extend; restart it first.",
            )
        )
    return ExtensionResult(
        item=extended_item,
        previous_due=before.due,
        deadline=after,
        notice=extension_notice(item.right, after.due, extension.reason),
    )


# --------------------------------------------------------------------------- urgency


def urgency(
    due: date | None,
    today: date,
    calendar: HolidayCalendar,
    due_soon_working_days: int = 3,
) -> Urgency:
    """Overdue after the due date; due soon within ``due_soon_working_days`` working days."""
    if due is None:
        return Urgency.STOPPED
    if today > due:
        return Urgency.OVERDUE
    if calendar.working_days_between(today, due) <= due_soon_working_days:
        return Urgency.DUE_SOON
    return Urgency.OK
