"""Display of record times: dd/mm/yyyy HH:MM in Vietnam's time, whatever the shortcut."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from clb4u_desk.services.lookup.service import show_datetime

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


@given(
    st.datetimes(  # Hypothesis takes naive bounds only; the zones come from timezones=
        min_value=datetime(1900, 1, 2),  # noqa: DTZ001
        max_value=datetime(2100, 1, 1),  # noqa: DTZ001
        timezones=st.sampled_from([UTC, VIETNAM, timezone(timedelta(hours=-5))]),
    )
)
def test_shown_as_the_zone_rules_say(moment: datetime) -> None:
    assert show_datetime(moment) == moment.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")


def test_before_1976_the_old_offsets_apply() -> None:
    # Saigon kept UTC+8 until 1975; the fixed +7 shortcut must not be used for it.
    assert show_datetime(datetime(1970, 6, 1, 0, 0, tzinfo=UTC)) == "01/06/1970 08:00"
    assert show_datetime(datetime(2026, 12, 31, 17, 30, tzinfo=UTC)) == "01/01/2027 00:30"
