"""HolidayCalendar and the shipped Vietnamese holiday table."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clb4u_desk.domain.errors import ConfigurationError, ValidationError
from clb4u_desk.domain.holidays import HolidayCalendar
from clb4u_desk.policies.deadlines import calendar_from_mapping, load_holiday_calendar

VN = load_holiday_calendar()

# 2026: Tết break Sat 14/2 - Sun 22/2 (weekdays 16-20 off).
TET_2026 = HolidayCalendar.of(
    [date(2026, 2, d) for d in range(16, 21)],
    working_weekend_days=[date(2026, 1, 10)],
    years=(2026, 2026),
)


# --------------------------------------------------------------------------- the type


def test_weekends_and_holidays_are_not_working_days() -> None:
    assert TET_2026.is_working_day(date(2026, 2, 13))  # Friday
    assert not TET_2026.is_working_day(date(2026, 2, 14))  # Saturday
    assert not TET_2026.is_working_day(date(2026, 2, 15))  # Sunday
    assert not TET_2026.is_working_day(date(2026, 2, 17))  # Tết day 1
    assert TET_2026.is_holiday(date(2026, 2, 17))
    assert not TET_2026.is_holiday(date(2026, 2, 14))


def test_a_make_up_saturday_is_a_working_day() -> None:
    assert TET_2026.is_working_day(date(2026, 1, 10))
    assert not TET_2026.is_working_day(date(2026, 1, 17))


def test_roll_forward_keeps_a_working_day_and_skips_the_tet_break() -> None:
    assert TET_2026.roll_forward(date(2026, 2, 13)) == date(2026, 2, 13)
    assert TET_2026.roll_forward(date(2026, 2, 14)) == date(2026, 2, 23)
    assert TET_2026.roll_forward(date(2026, 2, 18)) == date(2026, 2, 23)


def test_next_working_day_is_strictly_after() -> None:
    assert TET_2026.next_working_day(date(2026, 2, 12)) == date(2026, 2, 13)
    assert TET_2026.next_working_day(date(2026, 2, 13)) == date(2026, 2, 23)


def test_add_working_days_does_not_count_the_start_day() -> None:
    assert TET_2026.add_working_days(date(2026, 2, 12), 0) == date(2026, 2, 12)
    assert TET_2026.add_working_days(date(2026, 2, 12), 1) == date(2026, 2, 13)
    assert TET_2026.add_working_days(date(2026, 2, 12), 2) == date(2026, 2, 23)
    assert TET_2026.add_working_days(date(2026, 2, 14), 2) == date(2026, 2, 24)
    with pytest.raises(ValidationError):
        TET_2026.add_working_days(date(2026, 2, 12), -1)


def test_working_days_between() -> None:
    assert TET_2026.working_days_between(date(2026, 2, 12), date(2026, 2, 24)) == 3
    assert TET_2026.working_days_between(date(2026, 2, 24), date(2026, 2, 12)) == 0
    assert TET_2026.working_days_between(date(2026, 2, 12), date(2026, 2, 12)) == 0


def test_covers_only_the_table_years() -> None:
    assert TET_2026.covers(date(2026, 12, 31))
    assert not TET_2026.covers(date(2027, 1, 1))
    assert not HolidayCalendar().covers(date(2026, 1, 1))


def test_inconsistent_calendars_are_refused() -> None:
    with pytest.raises(ValidationError):
        HolidayCalendar.of([date(2026, 1, 10)], [date(2026, 1, 10)])
    with pytest.raises(ValidationError):
        HolidayCalendar(first_year=2026)
    with pytest.raises(ValidationError):
        HolidayCalendar(first_year=2027, last_year=2026)


def test_a_calendar_without_working_days_stops_instead_of_looping() -> None:
    start = date(2026, 1, 1)
    everything = HolidayCalendar.of(start + timedelta(days=i) for i in range(800))
    with pytest.raises(ValidationError):
        everything.roll_forward(start)


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2031, 12, 31)))
def test_roll_forward_lands_on_the_first_working_day_on_or_after(day: date) -> None:
    rolled = VN.roll_forward(day)
    assert rolled >= day
    assert VN.is_working_day(rolled)
    assert VN.working_days_between(day, rolled - timedelta(days=1)) == 0


@given(
    st.dates(min_value=date(2024, 6, 1), max_value=date(2031, 6, 30)),
    st.integers(min_value=0, max_value=40),
)
def test_add_working_days_counts_exactly_n_working_days(day: date, count: int) -> None:
    end = VN.add_working_days(day, count)
    assert VN.working_days_between(day, end) == count
    if count:
        assert VN.is_working_day(end)


# --------------------------------------------------------------------------- the shipped table


def test_shipped_table_covers_2025_to_2030() -> None:
    assert (VN.first_year, VN.last_year) == (2025, 2030)


@pytest.mark.parametrize(
    "day",
    [
        date(2025, 1, 1),
        date(2025, 1, 29),  # Tết day 1
        date(2025, 4, 7),  # Hùng Kings
        date(2025, 4, 30),
        date(2025, 5, 1),
        date(2025, 9, 1),
        date(2025, 9, 2),
        date(2026, 1, 1),
        date(2026, 2, 17),  # Tết day 1
        date(2026, 4, 27),  # Hùng Kings fell on Sunday 26/4: made up on Monday
        date(2027, 2, 8),
        date(2027, 2, 10),  # Tết day 1 on a Saturday: compensatory days
        date(2027, 2, 11),
        date(2027, 4, 16),
        date(2027, 5, 3),  # 1/5 on a Saturday
        date(2028, 1, 3),  # 1/1 on a Saturday
        date(2028, 1, 26),
        date(2028, 4, 4),
        date(2028, 5, 2),  # 30/4 on a Sunday, 1/5 already a holiday
        date(2028, 9, 4),
        date(2029, 2, 13),
        date(2029, 4, 23),
        date(2029, 9, 3),
        date(2029, 9, 4),
        date(2030, 2, 4),
        date(2030, 2, 6),
        date(2030, 4, 12),
        date(2030, 9, 3),
    ],
)
def test_shipped_holidays_are_days_off(day: date) -> None:
    assert not VN.is_working_day(day)


def test_tet_2026_break_runs_from_14_to_22_february() -> None:
    days_off = [date(2026, 2, d) for d in range(14, 23)]
    assert not any(VN.is_working_day(day) for day in days_off)
    assert VN.is_working_day(date(2026, 2, 13))
    assert VN.is_working_day(date(2026, 2, 23))


def test_tet_2025_break_runs_from_25_january_to_2_february() -> None:
    assert not any(VN.is_working_day(date(2025, 1, 25) + timedelta(days=i)) for i in range(9))
    assert VN.is_working_day(date(2025, 1, 24))
    assert VN.is_working_day(date(2025, 2, 3))


def test_every_year_has_the_statutory_number_of_weekday_days_off_or_more() -> None:
    # 11 statutory days a year; weekend ones are made up, so at least 11 weekdays off
    # (swaps, not followed by default, excluded).
    for year in range(2025, 2031):
        weekdays_off = [day for day in VN.holidays if day.year == year and day.weekday() < 5]
        assert len(weekdays_off) >= 11, year


def test_swaps_are_not_followed_by_default() -> None:
    assert VN.is_working_day(date(2026, 1, 2))
    assert not VN.is_working_day(date(2026, 1, 10))


def test_swaps_can_be_followed_by_override() -> None:
    swapped = load_holiday_calendar({"follow_swaps": True})
    assert not swapped.is_working_day(date(2026, 1, 2))
    assert swapped.is_working_day(date(2026, 1, 10))  # the make-up Saturday
    assert not swapped.is_working_day(date(2025, 5, 2))
    assert swapped.is_working_day(date(2025, 4, 26))


def test_override_file_replaces_and_adds_years(tmp_path: Path) -> None:
    override = tmp_path / "holidays.toml"
    override.write_text(
        "[years.2030]\n"
        'days_off = [{ date = 2030-03-04, name = "test", kind = "holiday" }]\n'
        "[years.2031]\n"
        'days_off = [{ date = 2031-01-01, name = "Tết Dương lịch", kind = "holiday" }]\n',
        encoding="utf-8",
    )
    calendar = load_holiday_calendar(override)
    assert calendar.last_year == 2031
    assert not calendar.is_working_day(date(2031, 1, 1))
    assert not calendar.is_working_day(date(2030, 3, 4))
    assert calendar.is_working_day(date(2030, 4, 12))  # 2030 was replaced whole
    assert not calendar.is_working_day(date(2029, 4, 23))  # other years kept


@pytest.mark.parametrize(
    "data",
    [
        {"years": {"2026": {"days_off": [{"date": date(2027, 1, 1)}]}}},
        {"years": {"2026": {"days_off": [{"date": "2026-01-01"}]}}},
        {"years": {"2026": {"days_off": [{"date": date(2026, 1, 1), "kind": "party"}]}}},
        {"years": {"2026": {"holidays": []}}},
        {"years": {"2026": {}, "2028": {}}},
        {"years": {"next": {}}},
        {"follow_swaps": "yes", "years": {}},
        {"colour": "red"},
    ],
)
def test_broken_holiday_tables_are_configuration_errors(data: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        calendar_from_mapping(data)


def test_a_missing_or_broken_override_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError):
        load_holiday_calendar(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[years.2026\n", encoding="utf-8")
    with pytest.raises(ConfigurationError):
        load_holiday_calendar(broken)
