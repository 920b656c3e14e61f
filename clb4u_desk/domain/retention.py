"""How long each category of data must be kept, and what an erasure request does to it.

Pure rules (DESIGN.md section 4, "Retention"): no Qt, no database, no files. The rules
themselves come from ``resources/policies/retention.toml`` through
``clb4u_desk.policies.retention``; the reasons for each default are written there,
next to the value.

A rule says, for one data category:

- ``years`` and ``from_``: how long a record must be kept and from when: the end of
  the fiscal year the record falls in (accounting documents), the record's own date,
  the day its case closed, or the day consent was withdrawn. ``years=None``: no
  duty to keep it.
- ``action_when_requested``: what an erasure request does while the period runs:
  ``retain`` (kept, restricted to storage, purged when the period ends), ``erase`` or
  ``anonymise`` (for rules with no duty to keep). Once a period has ended a record is
  erased whatever the rule (Law 91/2025/QH15: data is deleted when its legal
  retention period ends).
- ``kept_while_others_retained``: the category is kept, minimally, for as long as
  any other category of the same person is retained or held (identity: a retained
  invoice must still say whose it is; Decree 123/2020 requires the buyer's name and
  address on it).

Dates: ``retention_until`` is the last day of the period (inclusive); a record may be
purged from the day after it. A period in years ends on the same date that many years
later, or on the last day of that month when the date does not exist there (29
February → 28 February; Civil Code 2015 Art. 147-148, as the deadlines do).
"""

from __future__ import annotations

import calendar as _gregorian
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MonthDay = tuple[int, int]

DEFAULT_FISCAL_YEAR_END: MonthDay = (12, 31)


class RetentionStart(StrEnum):
    """The event a retention period is counted from."""

    FISCAL_YEAR_END = "fiscal_year_end"  # end of the fiscal year the record falls in
    RECORD_DATE = "record_date"  # the record's own date
    CASE_CLOSED = "case_closed"  # the day the case was closed
    CONSENT_WITHDRAWN = "consent_withdrawn"  # the day consent was withdrawn / objection made


class RetentionAction(StrEnum):
    """What an erasure request does to a category while its retention period runs."""

    ERASE = "erase"
    ANONYMISE = "anonymise"
    RETAIN = "retain"


def _check_month_day(month_day: MonthDay) -> None:
    month, day = month_day
    # A leap year (2024) so that 29 February is accepted as a fiscal year end.
    if not 1 <= month <= 12 or not 1 <= day <= _gregorian.monthrange(2024, month)[1]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The fiscal year end {month:02d}-{day:02d} is not a day of the year."
            ),
            month=month,
            day=day,
        )


def _clamped(year: int, month: int, day: int) -> date:
    """``year-month-day``, or the last day of that month when the day does not exist."""
    return date(year, month, min(day, _gregorian.monthrange(year, month)[1]))


def add_years(day: date, years: int) -> date:
    """The same date ``years`` later; 29 February becomes 28 February in common years."""
    return _clamped(day.year + years, day.month, day.day)


def fiscal_year_end(record_date: date, month_day: MonthDay = DEFAULT_FISCAL_YEAR_END) -> date:
    """The last day of the fiscal year that ``record_date`` falls in.

    A fiscal year ending on 29 February ends on 28 February in common years.
    """
    _check_month_day(month_day)
    month, day = month_day
    end = _clamped(record_date.year, month, day)
    return end if record_date <= end else _clamped(record_date.year + 1, month, day)


def _period_end(years: int, start: RetentionStart, record_date: date, month_day: MonthDay) -> date:
    if start is RetentionStart.FISCAL_YEAR_END:
        first = fiscal_year_end(record_date, month_day)
        # Recompute the end in the later year so a 29 February end stays a month end.
        return _clamped(first.year + years, month_day[0], month_day[1])
    return add_years(record_date, years)


@dataclass(frozen=True, slots=True)
class RetentionRule:
    category: DataCategory
    basis_vi: str
    basis_en: str
    years: int | None
    from_: RetentionStart
    action_when_requested: RetentionAction
    kept_while_others_retained: bool = False

    def __post_init__(self) -> None:
        name = self.category.value
        if not self.basis_vi.strip() or not self.basis_en.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The retention rule for {name} needs its basis in vi and en."
                ),
                name=name,
            )
        retains = self.action_when_requested is RetentionAction.RETAIN
        if retains and self.years is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The retention rule for {name} retains data, so it needs a number of years.",
                ),
                name=name,
            )
        if not retains and self.years is not None:
            # A period that an erasure request ignores would be a period in name only.
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The retention rule for {name} "
                    "{action_when_requested}s on request, so it cannot have a "
                    "retention period; use action 'retain'.",
                ),
                name=name,
                action_when_requested=self.action_when_requested.value,
            )
        if self.years is not None and self.years < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The retention period for {name} must be at least 1 year."
                ),
                name=name,
            )


@dataclass(frozen=True, slots=True)
class CaseRecordsRule:
    """How long case records and the decision log are kept after a case closes."""

    years: int
    basis_vi: str
    basis_en: str

    def __post_init__(self) -> None:
        if self.years < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Case records must be kept at least 1 year after closing."
                )
            )


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """One rule per data category (all of them), plus the case-records rule."""

    rules: Mapping[DataCategory, RetentionRule]
    case_records: CaseRecordsRule
    fiscal_year_end: MonthDay = DEFAULT_FISCAL_YEAR_END

    def __post_init__(self) -> None:
        missing = [c.value for c in DataCategory if c not in self.rules]
        if missing:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The retention policy has no rule for: {missing}."),
                missing=", ".join(missing),
            )
        for category, rule in self.rules.items():
            if rule.category is not category:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The retention rule filed under {category} is for {other}."
                    ),
                    category=category.value,
                    other=rule.category.value,
                )
        _check_month_day(self.fiscal_year_end)
        # A read-only copy, so that the caller's dict cannot change the policy later.
        object.__setattr__(self, "rules", MappingProxyType(dict(self.rules)))

    def __getitem__(self, category: DataCategory) -> RetentionRule:
        return self.rules[category]

    def __iter__(self) -> Iterator[DataCategory]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def until(self, category: DataCategory, record_date: date) -> date | None:
        """``retention_until`` for a record of ``category`` under this policy."""
        return retention_until(self.rules[category], record_date, self.fiscal_year_end)

    def case_records_until(self, closed_on: date) -> date:
        """The last day a closed case's records and decision-log entries must be kept."""
        return add_years(closed_on, self.case_records.years)


def retention_until(
    rule: RetentionRule,
    record_date: date,
    fiscal_year_end_month_day: MonthDay = DEFAULT_FISCAL_YEAR_END,
) -> date | None:
    """The last day a record dated ``record_date`` must be kept, or None if no duty.

    ``record_date`` is the date of the event the rule counts from: the record's date
    (for fiscal-year rules, the year end is derived from it), the closing date, or the
    withdrawal date. An invoice of 2024-05-10 kept 10 years from the end of a
    calendar fiscal year: 2024-12-31 + 10 years = 2034-12-31.
    """
    if rule.years is None:
        return None
    return _period_end(rule.years, rule.from_, record_date, fiscal_year_end_month_day)
