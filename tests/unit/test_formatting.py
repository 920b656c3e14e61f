"""The one formatter: dates, times in Vietnam time, amounts in đồng, in both languages."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clb4u_desk.domain.formatting import (
    MISSING,
    VIETNAM,
    format_amount,
    format_bool,
    format_count,
    format_date,
    format_datetime,
    format_long_date,
    format_optional,
    format_zoned,
    vietnam_date,
    vietnam_isoformat,
    vietnam_time,
)
from clb4u_desk.logging_setup import VietnamTimeFormatter


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_date_is_day_month_year_in_both_languages(lang: str) -> None:
    assert format_date(date(2025, 12, 31), lang) == "31/12/2025"  # type: ignore[arg-type]
    assert format_date(date(5, 1, 2), lang) == "02/01/0005"  # type: ignore[arg-type]


def test_a_time_is_shown_in_vietnam_time_whatever_its_zone() -> None:
    assert format_datetime(datetime(2026, 12, 31, 17, 30, tzinfo=UTC)) == "01/01/2027 00:30"
    new_york = timezone(timedelta(hours=-5))
    assert format_datetime(datetime(2026, 3, 1, 20, 0, tzinfo=new_york)) == "02/03/2026 08:00"
    assert format_datetime(datetime(2026, 3, 1, 8, 0, tzinfo=VIETNAM), "en") == "01/03/2026 08:00"


def test_before_1976_the_old_offsets_apply() -> None:
    # Saigon kept UTC+8 until 1975; the fixed +7 shortcut must not be used for it.
    assert format_datetime(datetime(1970, 6, 1, 0, 0, tzinfo=UTC)) == "01/06/1970 08:00"


@given(
    st.datetimes(
        min_value=datetime(1900, 1, 2),  # noqa: DTZ001 - Hypothesis bounds are naive
        max_value=datetime(2100, 1, 1),  # noqa: DTZ001 - Hypothesis bounds are naive
        timezones=st.sampled_from([UTC, VIETNAM, timezone(timedelta(hours=-5))]),
    )
)
def test_the_shortcut_agrees_with_the_zone_rules(moment: datetime) -> None:
    local = moment.astimezone(VIETNAM)
    assert format_datetime(moment) == local.strftime("%d/%m/%Y %H:%M")
    assert vietnam_date(moment) == local.date()
    assert vietnam_time(moment) == moment


def test_a_naive_time_is_refused_rather_than_guessed() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        format_datetime(datetime(2026, 1, 1, 12, 0))  # noqa: DTZ001 - naive on purpose


def test_amounts_are_whole_dong_with_dots() -> None:
    assert format_amount(1_500_000) == "1.500.000 ₫"
    assert format_count(12_345) == "12.345"
    assert format_count(999) == "999"
    assert format_amount(1_500_000, "en") == "1.500.000 ₫"
    assert format_amount(0) == "0 ₫"
    assert format_amount(999) == "999 ₫"
    assert format_amount(-25_000) == "-25.000 ₫"
    for wrong in (True, 1.5, "1000"):
        with pytest.raises(TypeError):
            format_amount(wrong)  # type: ignore[arg-type]


def test_the_letters_long_date() -> None:
    assert format_long_date(date(2026, 3, 1), "en") == "1 March 2026"
    assert format_long_date(date(2026, 12, 25), "en") == "25 December 2026"
    # Vietnamese letters write "ngày 01/03/2026".
    assert format_long_date(date(2026, 3, 1), "vi") == "01/03/2026"


def test_yes_no_and_missing() -> None:
    assert (format_bool(True, "vi"), format_bool(False, "vi")) == ("Có", "Không")
    assert (format_bool(True, "en"), format_bool(False, "en")) == ("Yes", "No")
    assert format_optional(None) == MISSING == format_optional("  ")
    assert format_optional("x") == "x"


def test_log_lines_are_stamped_in_vietnam_time_with_the_offset() -> None:
    formatter = VietnamTimeFormatter("%(asctime)s %(message)s")
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "case_created", None, None)
    record.created = datetime(2026, 12, 3, 20, 30, 1, 250_000, tzinfo=UTC).timestamp()
    assert formatter.format(record) == "2026-12-04T03:30:01.250+07:00 case_created"


def test_a_time_named_with_its_zone_and_for_a_program() -> None:
    moment = datetime(2026, 12, 3, 20, 30, tzinfo=UTC)
    assert format_zoned(moment, "vi") == "04/12/2026 03:30 giờ Việt Nam (UTC+7)"
    assert format_zoned(moment, "en") == "04/12/2026 03:30 Vietnam time (UTC+7)"
    assert vietnam_isoformat(moment) == "2026-12-04T03:30:00+07:00"
    assert datetime.fromisoformat(vietnam_isoformat(moment)) == moment
