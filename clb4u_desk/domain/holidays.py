"""Working days in Vietnam: weekends, public holidays and make-up Saturdays.

A pure value type. The table of holidays comes from ``resources/holidays/vn.toml``
through ``clb4u_desk.policies.deadlines``; this module never reads files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

_SATURDAY = 5
# The longest run of days off in practice is Tết (9-10 days with weekends). A run
# longer than a year can only come from a broken table; stop instead of looping.
_MAX_DAYS_OFF_IN_A_ROW = 366


@dataclass(frozen=True, slots=True)
class HolidayCalendar:
    """Which dates are working days.

    ``holidays`` are weekday or weekend dates off (statutory holidays, compensatory
    days, and swapped days when the installation follows them). ``working_weekend_days``
    are Saturdays or Sundays worked in exchange for a swapped day off; they count as
    working days. ``first_year``/``last_year`` say which years the table covers, so
    callers can warn when a date falls outside it (weekends still count there).
    """

    holidays: frozenset[date] = field(default_factory=frozenset)
    working_weekend_days: frozenset[date] = field(default_factory=frozenset)
    first_year: int | None = None
    last_year: int | None = None

    def __post_init__(self) -> None:
        both = self.holidays & self.working_weekend_days
        if both:
            first = min(both).isoformat()
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The date {first} is listed both as a day off and a working day."
                ),
                first=first,
            )
        if (self.first_year is None) != (self.last_year is None):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A holiday table needs both its first and its last year."
                )
            )
        if (
            self.first_year is not None
            and self.last_year is not None
            and (self.first_year > self.last_year)
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A holiday table's first year comes after its last year."
                )
            )

    @classmethod
    def of(
        cls,
        holidays: Iterable[date],
        working_weekend_days: Iterable[date] = (),
        years: tuple[int, int] | None = None,
    ) -> HolidayCalendar:
        """Build a calendar from any iterables (tests and loaders)."""
        first, last = years if years is not None else (None, None)
        return cls(frozenset(holidays), frozenset(working_weekend_days), first, last)

    def covers(self, day: date) -> bool:
        """True when the holiday table includes the year of ``day``."""
        if self.first_year is None or self.last_year is None:
            return False
        return self.first_year <= day.year <= self.last_year

    def is_holiday(self, day: date) -> bool:
        return day in self.holidays

    def is_working_day(self, day: date) -> bool:
        if day in self.working_weekend_days:
            return True
        return day.weekday() < _SATURDAY and day not in self.holidays

    def roll_forward(self, day: date) -> date:
        """``day`` itself when it is a working day, else the next working day.

        This is how a period whose last day is a day off ends (Civil Code 2015
        Art. 148; Regulation 1182/71 Art. 3(4)).
        """
        current = day
        for _ in range(_MAX_DAYS_OFF_IN_A_ROW):
            if self.is_working_day(current):
                return current
            current += timedelta(days=1)
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The holiday table has no working day for a whole year.")
        )

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return self.roll_forward(day + timedelta(days=1))

    def add_working_days(self, day: date, count: int) -> date:
        """The ``count``-th working day after ``day`` (``day`` itself is not counted).

        ``count == 0`` gives ``day`` back unchanged.
        """
        if count < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A number of working days cannot be negative.")
            )
        current = day
        for _ in range(count):
            current = self.next_working_day(current)
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days lie after ``start`` up to and including ``end``.

        Zero when ``end`` is on or before ``start``.
        """
        count = 0
        current = start + timedelta(days=1)
        while current <= end:
            if self.is_working_day(current):
                count += 1
            current += timedelta(days=1)
        return count
