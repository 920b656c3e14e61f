"""The deadline engine: periods per regime and right, counting, pauses, extensions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clb4u_desk.domain.deadlines import (
    DeadlinePolicy,
    Extension,
    ExtensionAlreadyUsedError,
    ExtensionError,
    ExtensionNotAllowedError,
    ExtensionTooLateError,
    ItemDeadline,
    ItemDeadlineInput,
    Pause,
    Period,
    PeriodUnit,
    RegimeDeadline,
    RegimeRule,
    RightRule,
    Urgency,
    acknowledgement_due,
    add_months,
    applicable_regimes,
    compute_item_deadline,
    days,
    extend,
    months,
    urgency,
    working_days,
)
from clb4u_desk.domain.errors import ConfigurationError, DomainError, ValidationError
from clb4u_desk.domain.holidays import HolidayCalendar
from clb4u_desk.domain.rights import Regime, Right
from clb4u_desk.policies.deadlines import (
    load_deadline_policy,
    load_holiday_calendar,
    policy_from_mapping,
)

POLICY = load_deadline_policy()
CAL = load_holiday_calendar()
ALL = frozenset(Regime)


def at(day: date, hour: int = 3, minute: int = 0) -> datetime:
    """A UTC moment; 03:00 UTC is 10:00 in Vietnam, the same date."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def item(
    right: Right = Right.ACCESS,
    received: date = date(2026, 6, 1),
    regimes: frozenset[Regime] = frozenset({Regime.VN}),
    *,
    third_party: bool = False,
    pauses: tuple[Pause, ...] = (),
    extension: Extension | None = None,
) -> ItemDeadlineInput:
    return ItemDeadlineInput(right, at(received), regimes, third_party, pauses, extension)


def under(deadline: ItemDeadline, regime: Regime) -> RegimeDeadline:
    return next(d for d in deadline.per_regime if d.regime is regime)


def due(
    right: Right = Right.ACCESS,
    received: date = date(2026, 6, 1),
    *,
    pauses: tuple[Pause, ...] = (),
) -> date | None:
    return compute_item_deadline(item(right, received, pauses=pauses), POLICY, CAL).due


# --------------------------------------------------------------------------- every regime × right

# Received Monday 2026-06-01 (no holiday near): VN counts calendar days, GDPR one
# month, CCPA 45 days, each rolled off weekends.
_JUNE = date(2026, 6, 1)
_VN_10 = (date(2026, 6, 11), date(2026, 6, 16))  # (standard, third party)
_VN_15 = (date(2026, 6, 16), date(2026, 6, 22))  # 21 June is a Sunday
_VN_20 = (date(2026, 6, 22), date(2026, 7, 1))  # 21 June is a Sunday
_VN = {
    Right.ACCESS: _VN_10,
    Right.COPY: _VN_10,
    Right.RECTIFICATION: _VN_10,
    Right.CONSENT_WITHDRAWAL: _VN_15,
    Right.RESTRICTION: _VN_15,
    Right.OBJECTION: _VN_15,
    Right.ERASURE: _VN_20,
}
_CASES = [
    (Regime.VN, right, third_party, _VN[right][third_party])
    for right in Right
    for third_party in (False, True)
] + [
    (regime, right, third_party, expected)
    for regime, expected in ((Regime.GDPR, date(2026, 7, 1)), (Regime.CCPA, date(2026, 7, 16)))
    for right in Right
    for third_party in (False, True)
]


@pytest.mark.parametrize(("regime", "right", "third_party", "expected"), _CASES)
def test_every_regime_and_right(
    regime: Regime, right: Right, third_party: bool, expected: date
) -> None:
    deadline = compute_item_deadline(
        item(right, _JUNE, frozenset({regime}), third_party=third_party), POLICY, CAL
    )
    assert under(deadline, regime).due == expected
    assert deadline.received_on == _JUNE


@pytest.mark.parametrize("right", list(Right))
def test_the_shipped_policy_has_every_right_under_every_regime(right: Right) -> None:
    for regime in Regime:
        rule = POLICY.rule(regime).rights[right]
        assert rule.extension is not None
    assert POLICY.rule(Regime.GDPR).rights[right].period == months(1)
    assert POLICY.rule(Regime.GDPR).rights[right].extension == months(2)
    assert POLICY.rule(Regime.CCPA).rights[right].period == days(45)
    assert POLICY.rule(Regime.CCPA).rights[right].extension == days(45)
    vn = POLICY.rule(Regime.VN).rights[right]
    assert vn.extension == vn.period  # at most the same length again


def test_vn_always_applies() -> None:
    deadline = compute_item_deadline(item(regimes=frozenset({Regime.GDPR})), POLICY, CAL)
    assert [d.regime for d in deadline.per_regime] == [Regime.VN, Regime.GDPR]


def test_applicable_regimes_by_residence() -> None:
    assert applicable_regimes(eu_resident=False, california_resident=False) == {Regime.VN}
    assert applicable_regimes(eu_resident=True, california_resident=True) == ALL


def test_gdpr_objection_carries_the_absolute_direct_marketing_note() -> None:
    deadline = compute_item_deadline(item(Right.OBJECTION, regimes=ALL), POLICY, CAL)
    assert any("absolute" in note and note.startswith("GDPR") for note in deadline.notes)
    assert under(deadline, Regime.GDPR).due == date(2026, 7, 1)  # still one month
    access = compute_item_deadline(item(Right.ACCESS, regimes=ALL), POLICY, CAL)
    assert access.notes == ()


# --------------------------------------------------------------------------- strictest wins


def test_strictest_regime_wins_and_is_reported() -> None:
    deadline = compute_item_deadline(item(Right.ACCESS, regimes=ALL), POLICY, CAL)
    assert deadline.due == date(2026, 6, 11)
    assert deadline.regime is Regime.VN
    assert [d.due for d in deadline.per_regime] == [
        date(2026, 6, 11),
        date(2026, 7, 1),
        date(2026, 7, 16),
    ]


def test_gdpr_wins_over_vn_thirty_days_in_february() -> None:
    # Erasure with a third party: VN 30 days from 1 Feb is Tue 3 Mar; GDPR one month
    # is Sun 1 Mar, rolled to Mon 2 Mar.
    deadline = compute_item_deadline(
        item(Right.ERASURE, date(2026, 2, 1), ALL, third_party=True), POLICY, CAL
    )
    assert under(deadline, Regime.VN).due == date(2026, 3, 3)
    assert deadline.due == date(2026, 3, 2)
    assert deadline.regime is Regime.GDPR


def test_a_tie_is_reported_as_the_vietnamese_regime() -> None:
    deadline = compute_item_deadline(item(Right.ERASURE, _JUNE, ALL, third_party=True), POLICY, CAL)
    assert under(deadline, Regime.GDPR).due == deadline.due == date(2026, 7, 1)
    assert deadline.regime is Regime.VN


def test_a_custom_policy_can_make_ccpa_the_strictest() -> None:
    policy = load_deadline_policy({"regimes": {"ccpa": {"default": {"period": {"days": 5}}}}})
    deadline = compute_item_deadline(item(Right.ACCESS, regimes=ALL), policy, CAL)
    assert (deadline.due, deadline.regime) == (date(2026, 6, 8), Regime.CCPA)


# --------------------------------------------------------------------------- counting


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 3, 31), 1) == date(2026, 4, 30)
    assert add_months(date(2026, 1, 15), 1) == date(2026, 2, 15)
    assert add_months(date(2026, 12, 31), 2) == date(2027, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_gdpr_month_from_31_january_in_a_leap_year_ends_29_february() -> None:
    deadline = compute_item_deadline(item(received=date(2028, 1, 31), regimes=ALL), POLICY, CAL)
    assert under(deadline, Regime.GDPR).due == date(2028, 2, 29)  # a Tuesday


def test_gdpr_month_ending_on_a_weekend_rolls_to_monday() -> None:
    deadline = compute_item_deadline(item(received=date(2027, 1, 31), regimes=ALL), POLICY, CAL)
    assert under(deadline, Regime.GDPR).due == date(2027, 3, 1)  # 28 Feb is a Sunday


def test_gdpr_month_ending_on_30_april_rolls_past_the_holidays() -> None:
    # 31 Mar + 1 month = 30 Apr (holiday), 1 May (holiday), then a weekend.
    deadline = compute_item_deadline(item(received=date(2026, 3, 31), regimes=ALL), POLICY, CAL)
    assert under(deadline, Regime.GDPR).due == date(2026, 5, 4)


def test_the_period_starts_the_day_after_receipt() -> None:
    assert due(Right.ACCESS, date(2026, 6, 1)) == date(2026, 6, 11)
    assert due(Right.ACCESS, date(2026, 6, 2)) == date(2026, 6, 12)


def test_late_evening_utc_is_already_the_next_day_in_vietnam() -> None:
    before_midnight = datetime(2026, 6, 1, 16, 59, tzinfo=UTC)  # 23:59 in Hà Nội
    after_midnight = datetime(2026, 6, 1, 17, 0, tzinfo=UTC)  # 00:00 on 2 June
    first = compute_item_deadline(ItemDeadlineInput(Right.ACCESS, before_midnight), POLICY, CAL)
    second = compute_item_deadline(ItemDeadlineInput(Right.ACCESS, after_midnight), POLICY, CAL)
    assert (first.received_on, first.due) == (date(2026, 6, 1), date(2026, 6, 11))
    assert (second.received_on, second.due) == (date(2026, 6, 2), date(2026, 6, 12))


def test_a_receipt_time_in_another_zone_is_converted() -> None:
    paris = datetime(2026, 6, 1, 22, 0, tzinfo=ZoneInfo("Europe/Paris"))  # 03:00 on 2 June in VN
    deadline = compute_item_deadline(ItemDeadlineInput(Right.ACCESS, paris), POLICY, CAL)
    assert deadline.received_on == date(2026, 6, 2)


def test_a_naive_receipt_time_is_refused() -> None:
    with pytest.raises(ValidationError):
        ItemDeadlineInput(Right.ACCESS, datetime(2026, 6, 1, 10, 0))  # noqa: DTZ001


def test_a_due_date_in_the_tet_2026_break_rolls_past_it() -> None:
    # 5 Feb + 10 days = Sun 15 Feb; 16-20 Feb Tết; 21-22 weekend.
    assert due(Right.ACCESS, date(2026, 2, 5)) == date(2026, 2, 23)
    # 3 Feb + 15 days = Wed 18 Feb (Tết).
    assert due(Right.RESTRICTION, date(2026, 2, 3)) == date(2026, 2, 23)


def test_a_due_date_on_a_weekend_rolls_to_monday() -> None:
    assert due(Right.ACCESS, date(2026, 6, 3)) == date(2026, 6, 15)  # 13 June: Saturday
    assert due(Right.ACCESS, date(2026, 6, 4)) == date(2026, 6, 15)  # 14 June: Sunday


def test_a_due_date_on_a_compensatory_day_rolls_on() -> None:
    # Hùng Kings fell on Sun 26 Apr 2026 and is made up on Mon 27 Apr.
    assert due(Right.ACCESS, date(2026, 4, 17)) == date(2026, 4, 28)


def test_a_due_date_on_national_day_rolls_on() -> None:
    # 23 Aug + 10 = Wed 2 Sep 2026 (National Day) -> Thu 3 Sep.
    assert due(Right.ACCESS, date(2026, 8, 23)) == date(2026, 9, 3)


def test_dates_outside_the_holiday_table_are_flagged() -> None:
    inside = compute_item_deadline(item(received=date(2026, 6, 1)), POLICY, CAL)
    outside = compute_item_deadline(item(received=date(2030, 12, 25), regimes=ALL), POLICY, CAL)
    assert inside.holidays_known
    assert not outside.holidays_known


def test_a_working_day_period_counts_working_days() -> None:
    policy = load_deadline_policy(
        {"regimes": {"vn": {"rights": {"access": {"period": {"working_days": 10}}}}}}
    )
    deadline = compute_item_deadline(item(received=date(2026, 2, 12)), policy, CAL)
    # Fri 13, then the Tết break, then 23-27 Feb and 2-5 Mar.
    assert deadline.due == date(2026, 3, 5)


# --------------------------------------------------------------------------- acknowledgement


def test_acknowledgement_within_two_working_days() -> None:
    assert acknowledgement_due(at(date(2026, 6, 1)), {Regime.VN}, POLICY, CAL) == date(2026, 6, 3)
    assert acknowledgement_due(at(date(2026, 6, 5)), {Regime.VN}, POLICY, CAL) == date(2026, 6, 9)
    assert acknowledgement_due(at(date(2026, 2, 13)), ALL, POLICY, CAL) == date(2026, 2, 24)


def test_acknowledgement_uses_the_local_receipt_date() -> None:
    thursday_evening = datetime(2026, 6, 4, 16, 0, tzinfo=UTC)  # Thu 23:00 local
    friday_night = datetime(2026, 6, 4, 17, 30, tzinfo=UTC)  # Fri 00:30 local
    assert acknowledgement_due(thursday_evening, set(), POLICY, CAL) == date(2026, 6, 8)
    assert acknowledgement_due(friday_night, set(), POLICY, CAL) == date(2026, 6, 9)


def test_ccpa_acknowledgement_is_ten_business_days_when_it_is_the_strictest() -> None:
    policy = load_deadline_policy({"regimes": {"vn": {"acknowledgement": False}}})
    ack = acknowledgement_due(at(date(2026, 6, 1)), {Regime.CCPA}, policy, CAL)
    assert ack == date(2026, 6, 15)
    with pytest.raises(ValidationError):
        acknowledgement_due(at(date(2026, 6, 1)), {Regime.GDPR}, policy, CAL)


# --------------------------------------------------------------------------- pauses


def test_a_closed_pause_pushes_the_due_date_by_its_days() -> None:
    pause = Pause(date(2026, 6, 3), date(2026, 6, 8), "waiting for identity documents")
    deadline = compute_item_deadline(item(pauses=(pause,)), POLICY, CAL)
    assert deadline.due == date(2026, 6, 16)
    assert deadline.base_due == date(2026, 6, 11)
    assert deadline.paused_days == 5
    assert not deadline.clock_stopped


def test_a_pause_is_rolled_off_the_weekend_again() -> None:
    pause = Pause(date(2026, 6, 3), date(2026, 6, 5), "clarification asked")
    assert due(pauses=(pause,)) == date(2026, 6, 15)  # 11 + 2 = Sat 13


def test_overlapping_pauses_count_their_days_once() -> None:
    pauses = (
        Pause(date(2026, 6, 3), date(2026, 6, 8), "identity"),
        Pause(date(2026, 6, 5), date(2026, 6, 10), "identity, recorded twice"),
    )
    deadline = compute_item_deadline(item(pauses=pauses), POLICY, CAL)
    assert deadline.paused_days == 7
    assert deadline.due == date(2026, 6, 18)


def test_a_same_day_pause_moves_nothing() -> None:
    pause = Pause(date(2026, 6, 3), date(2026, 6, 3), "answered at once")
    assert due(pauses=(pause,)) == date(2026, 6, 11)


def test_an_open_pause_stops_the_clock() -> None:
    pause = Pause(date(2026, 6, 3), None, "waiting for identity documents")
    deadline = compute_item_deadline(
        item(pauses=(pause,), regimes=frozenset({Regime.GDPR})), POLICY, CAL
    )
    assert deadline.due is None
    assert deadline.regime is None
    assert deadline.clock_stopped
    assert deadline.stopped_since == date(2026, 6, 3)
    assert "no due date is running" in deadline.status_en
    assert urgency(deadline.due, date(2026, 7, 30), CAL) is Urgency.STOPPED


def test_ccpa_clock_keeps_running_during_a_pause() -> None:
    pause = Pause(date(2026, 6, 3), None, "waiting for identity documents")
    deadline = compute_item_deadline(item(pauses=(pause,), regimes=ALL), POLICY, CAL)
    assert under(deadline, Regime.VN).due is None
    assert under(deadline, Regime.GDPR).due is None
    assert (deadline.due, deadline.regime) == (date(2026, 7, 16), Regime.CCPA)
    assert not deadline.clock_stopped
    assert any(note.startswith("CCPA") and "does not stop" in note for note in deadline.notes)


def test_a_pause_after_the_due_date_does_not_revive_it() -> None:
    late = Pause(date(2026, 6, 20), date(2026, 6, 30), "asked too late")
    deadline = compute_item_deadline(item(pauses=(late,)), POLICY, CAL)
    assert deadline.due == date(2026, 6, 11)
    assert deadline.paused_days == 0
    assert any("after the due date" in note for note in deadline.notes)
    still_open = Pause(date(2026, 6, 20), None, "asked too late")
    assert due(pauses=(still_open,)) == date(2026, 6, 11)


def test_a_pause_on_the_due_date_still_counts() -> None:
    pause = Pause(date(2026, 6, 11), date(2026, 6, 12), "clarification")
    assert due(pauses=(pause,)) == date(2026, 6, 12)


@pytest.mark.parametrize(
    ("start", "end", "reason"),
    [
        (date(2026, 6, 3), date(2026, 6, 2), "reason"),
        (date(2026, 6, 3), None, "  "),
    ],
)
def test_bad_pauses_are_refused(start: date, end: date | None, reason: str) -> None:
    with pytest.raises(ValidationError):
        Pause(start, end, reason)


def test_a_pause_before_receipt_is_refused() -> None:
    pause = Pause(date(2026, 5, 30), date(2026, 6, 2), "identity")
    with pytest.raises(ValidationError):
        compute_item_deadline(item(pauses=(pause,)), POLICY, CAL)


# --------------------------------------------------------------------------- extensions

_REASON = "Dữ liệu nằm ở nhiều hệ thống cần đối chiếu."


def test_one_extension_with_the_same_length_again_and_a_notice() -> None:
    result = extend(item(), Extension(at(date(2026, 6, 5)), _REASON), POLICY, CAL)
    assert result.previous_due == date(2026, 6, 11)
    assert result.deadline.due == date(2026, 6, 22)  # 1 + 20 = Sun 21 -> Mon 22
    assert result.deadline.extended
    assert result.item.extension is not None
    assert "22/06/2026" in result.notice.text_vi
    assert _REASON in result.notice.text_vi
    assert "22 June 2026" in result.notice.text_en
    assert _REASON in result.notice.text_en
    assert "truy cập" in result.notice.text_vi


def test_a_second_extension_is_refused() -> None:
    first = extend(item(), Extension(at(date(2026, 6, 5)), _REASON), POLICY, CAL)
    with pytest.raises(ExtensionAlreadyUsedError):
        extend(first.item, Extension(at(date(2026, 6, 6)), _REASON), POLICY, CAL)
    assert issubclass(ExtensionAlreadyUsedError, DomainError)


def test_an_extension_needs_a_reason() -> None:
    with pytest.raises(ValidationError):
        Extension(at(date(2026, 6, 5)), " \n ")
    with pytest.raises(ValidationError):
        Extension(datetime(2026, 6, 5, 10, 0), _REASON)  # noqa: DTZ001


def test_an_extension_after_the_period_ended_is_refused() -> None:
    with pytest.raises(ExtensionTooLateError, match="VN"):
        extend(item(), Extension(at(date(2026, 6, 12)), _REASON), POLICY, CAL)


def test_an_extension_on_the_due_date_itself_is_in_time() -> None:
    result = extend(item(), Extension(at(date(2026, 6, 11)), _REASON), POLICY, CAL)
    assert result.deadline.due == date(2026, 6, 22)


def test_extension_notice_time_is_taken_in_vietnam() -> None:
    just_late = datetime(2026, 6, 11, 17, 30, tzinfo=UTC)  # 00:30 on 12 June in Hà Nội
    with pytest.raises(ExtensionTooLateError):
        extend(item(), Extension(just_late, _REASON), POLICY, CAL)


def test_gdpr_extension_needs_notice_inside_the_first_month() -> None:
    policy = load_deadline_policy({"regimes": {"vn": {"extension_notice_before_due": False}}})
    gdpr = item(Right.ACCESS, date(2026, 6, 1), frozenset({Regime.GDPR}))
    in_time = extend(gdpr, Extension(at(date(2026, 6, 20)), _REASON), policy, CAL)
    # 1 Jul + 2 months = 1 Sep, National Day holidays 1-2 Sep -> Thu 3 Sep.
    assert under(in_time.deadline, Regime.GDPR).due == date(2026, 9, 3)
    with pytest.raises(ExtensionTooLateError, match="GDPR"):
        extend(gdpr, Extension(at(date(2026, 7, 2)), _REASON), policy, CAL)


def test_ccpa_extension_adds_45_days() -> None:
    ccpa = item(Right.ERASURE, date(2026, 6, 1), frozenset({Regime.CCPA}))
    result = extend(ccpa, Extension(at(date(2026, 6, 2)), _REASON), POLICY, CAL)
    assert under(result.deadline, Regime.CCPA).due == date(2026, 8, 31)  # 16 Jul + 45 days


def test_the_extension_adds_to_the_extended_period_and_pauses_still_count() -> None:
    pause = Pause(date(2026, 6, 3), date(2026, 6, 8), "identity")
    result = extend(item(pauses=(pause,)), Extension(at(date(2026, 6, 9)), _REASON), POLICY, CAL)
    assert result.deadline.due == date(2026, 6, 29)  # 22 June + 5 paused days = Sat 27


def test_no_extension_while_the_clock_is_stopped() -> None:
    pause = Pause(date(2026, 6, 3), None, "identity")
    with pytest.raises(ExtensionError):
        extend(item(pauses=(pause,)), Extension(at(date(2026, 6, 5)), _REASON), POLICY, CAL)


def test_no_extension_where_no_rule_allows_one() -> None:
    policy = load_deadline_policy(
        {"regimes": {"vn": {"rights": {"objection": {"extension": False}}}}}
    )
    with pytest.raises(ExtensionNotAllowedError):
        extend(item(Right.OBJECTION), Extension(at(date(2026, 6, 2)), _REASON), policy, CAL)


@pytest.mark.parametrize("right", list(Right))
def test_every_right_has_a_notice_text(right: Right) -> None:
    result = extend(item(right, regimes=ALL), Extension(at(date(2026, 6, 2)), _REASON), POLICY, CAL)
    assert result.notice.text_vi
    assert result.notice.text_en


# --------------------------------------------------------------------------- urgency


def test_urgency_for_the_queue() -> None:
    friday = date(2026, 6, 5)
    assert urgency(date(2026, 6, 4), friday, CAL) is Urgency.OVERDUE
    assert urgency(friday, friday, CAL) is Urgency.DUE_SOON
    assert urgency(date(2026, 6, 10), friday, CAL) is Urgency.DUE_SOON  # Mon, Tue, Wed
    assert urgency(date(2026, 6, 11), friday, CAL) is Urgency.OK  # four working days
    assert urgency(date(2026, 6, 11), friday, CAL, 4) is Urgency.DUE_SOON
    # Over Tết 2026 the working days are few: Fri 13 Feb to Wed 25 Feb is 3.
    assert urgency(date(2026, 2, 25), date(2026, 2, 13), CAL) is Urgency.DUE_SOON
    assert urgency(None, friday, CAL) is Urgency.STOPPED
    assert POLICY.due_soon_working_days == 3


# --------------------------------------------------------------------------- policy loading


def test_period_values() -> None:
    assert working_days(2) == Period(2, PeriodUnit.WORKING_DAYS)
    assert months(1).describe_en() == "1 months"
    with pytest.raises(ValidationError):
        days(0)


def test_domain_policy_objects_validate_themselves() -> None:
    with pytest.raises(ValidationError):
        RegimeRule(Regime.VN, {Right.ACCESS: RightRule(days(10))})
    vn = POLICY.rule(Regime.VN)
    with pytest.raises(ValidationError):
        DeadlinePolicy({Regime.GDPR: POLICY.rule(Regime.GDPR)})
    with pytest.raises(ValidationError):
        DeadlinePolicy({Regime.VN: vn, Regime.GDPR: vn})
    with pytest.raises(ValidationError):
        DeadlinePolicy({Regime.VN: vn}, due_soon_working_days=-1)
    only_vn = DeadlinePolicy({Regime.VN: vn})
    with pytest.raises(ValidationError):
        compute_item_deadline(item(regimes=ALL), only_vn, CAL)


def test_policy_override_file(tmp_path: Path) -> None:
    override = tmp_path / "deadlines.toml"
    override.write_text(
        "[general]\ndue_soon_working_days = 5\n"
        "[regimes.vn.rights.erasure]\nperiod = { days = 7 }\n",
        encoding="utf-8",
    )
    policy = load_deadline_policy(override)
    assert policy.due_soon_working_days == 5
    erasure = policy.rule(Regime.VN).rights[Right.ERASURE]
    assert erasure.period == days(7)
    assert erasure.third_party_period == days(30)  # untouched values are kept


@pytest.mark.parametrize(
    "override",
    [
        {"regimes": {"vn": {"rights": {"access": {"period": {"days": 10, "months": 1}}}}}},
        {"regimes": {"vn": {"rights": {"access": {"period": {"weeks": 2}}}}}},
        {"regimes": {"vn": {"rights": {"access": {"period": {"days": 0}}}}}},
        {"regimes": {"vn": {"rights": {"access": {"period": {"days": "10"}}}}}},
        {"regimes": {"vn": {"rights": {"access": {"periode": {"days": 10}}}}}},
        {"regimes": {"vn": {"rights": {"acces": {"period": {"days": 10}}}}}},
        {"regimes": {"vn": {"rights": {"access": {"note": 3}}}}},
        {"regimes": {"vn": {"pause_allowed": "yes"}}},
        {"regimes": {"uk": {}}},
        {"regimes": {"gdpr": {"default": {"period": False}}}},
        {"general": {"timezone": "Mars/Olympus_Mons"}},
        {"general": {"due_soon_working_days": "three"}},
        {"general": {"colour": "red"}},
        {"regimes": "none"},
    ],
)
def test_broken_overrides_are_configuration_errors(override: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        load_deadline_policy(override)


def test_a_policy_without_the_vietnamese_regime_is_refused() -> None:
    with pytest.raises(ConfigurationError):
        policy_from_mapping({"regimes": {}})


# --------------------------------------------------------------------------- properties

# Hypothesis takes naive bounds only.
_receipts = st.datetimes(
    min_value=datetime(2025, 1, 1),  # noqa: DTZ001
    max_value=datetime(2030, 12, 31, 23, 59),  # noqa: DTZ001
).map(lambda moment: moment.replace(tzinfo=UTC))
_regime_sets = st.sets(st.sampled_from(list(Regime))).map(frozenset)


@given(st.sampled_from(list(Right)), _receipts, _regime_sets, st.booleans(), st.booleans())
def test_a_due_date_is_never_a_day_off(
    right: Right, received_at: datetime, regimes: frozenset[Regime], third: bool, ext: bool
) -> None:
    extension = Extension(received_at, "volume") if ext else None
    deadline = compute_item_deadline(
        ItemDeadlineInput(right, received_at, regimes, third, (), extension), POLICY, CAL
    )
    assert deadline.due is not None
    assert CAL.is_working_day(deadline.due)
    assert all(d.due is not None and CAL.is_working_day(d.due) for d in deadline.per_regime)
    assert deadline.due > deadline.received_on


@given(st.sampled_from(list(Right)), _receipts, _regime_sets, st.booleans())
def test_an_extension_never_makes_a_due_date_earlier(
    right: Right, received_at: datetime, regimes: frozenset[Regime], third: bool
) -> None:
    plain = ItemDeadlineInput(right, received_at, regimes, third)
    before = compute_item_deadline(plain, POLICY, CAL)
    result = extend(plain, Extension(received_at, "volume"), POLICY, CAL)
    assert before.due is not None
    assert result.deadline.due is not None
    assert result.deadline.due >= before.due
    for old, new in zip(before.per_regime, result.deadline.per_regime, strict=True):
        assert old.due is not None
        assert new.due is not None
        assert new.due > old.due


@given(
    st.sampled_from(list(Right)),
    _receipts,
    st.sets(st.sampled_from([Regime.VN, Regime.GDPR])).map(frozenset),
    st.booleans(),
    st.data(),
)
def test_a_pause_of_k_days_moves_the_due_date_by_at_least_k(
    right: Right,
    received_at: datetime,
    regimes: frozenset[Regime],
    third: bool,
    data: st.DataObject,
) -> None:
    plain = ItemDeadlineInput(right, received_at, regimes, third)
    before = compute_item_deadline(plain, POLICY, CAL)
    assert before.due is not None
    offset = data.draw(st.integers(0, (before.due - before.received_on).days))
    length = data.draw(st.integers(0, 60))
    start = before.received_on + timedelta(days=offset)
    pause = Pause(start, start + timedelta(days=length), "identity")
    after = compute_item_deadline(
        ItemDeadlineInput(right, received_at, regimes, third, (pause,)), POLICY, CAL
    )
    assert after.due is not None
    assert (after.due - before.due).days >= length
    for old, new in zip(before.per_regime, after.per_regime, strict=True):
        assert old.due is not None
        assert new.due is not None
        assert (new.due - old.due).days >= length
        assert CAL.is_working_day(new.due)


@given(_receipts, _regime_sets)
def test_acknowledgement_is_a_working_day_after_receipt(
    received_at: datetime, regimes: frozenset[Regime]
) -> None:
    ack = acknowledgement_due(received_at, regimes, POLICY, CAL)
    assert CAL.is_working_day(ack)
    received_on = POLICY.local_date(received_at)
    assert CAL.working_days_between(received_on, ack) == 2  # VN is always the strictest


def test_around_tet_acknowledgement_can_fall_after_a_calendar_day_due_date() -> None:
    # Found by hypothesis: received Fri 9 Feb 2029, Tết 12-16 Feb. Two working days
    # end Tue 20 Feb, but 10 calendar days end Mon 19 Feb. The rules say so; the
    # agent must answer by the 19th, which is also an acknowledgement.
    received = at(date(2029, 2, 9))
    assert acknowledgement_due(received, set(), POLICY, CAL) == date(2029, 2, 20)
    assert due(Right.ACCESS, date(2029, 2, 9)) == date(2029, 2, 19)


def test_an_empty_calendar_still_skips_weekends() -> None:
    deadline = compute_item_deadline(item(received=date(2026, 2, 5)), POLICY, HolidayCalendar())
    assert deadline.due == date(2026, 2, 16)  # Sun 15 -> Mon 16 without Tết
    assert not deadline.holidays_known
