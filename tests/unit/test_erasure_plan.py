"""Erasure planning per data category: erase, anonymise, retain (until when) or blocked."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import (
    CategoryHolding,
    ErasureAction,
    ErasureLine,
    ErasurePlan,
    LegalHoldInfo,
    PlanSummary,
    due_for_purge,
    plan_erasure,
)
from clb4u_desk.domain.retention import (
    CaseRecordsRule,
    RetentionAction,
    RetentionPolicy,
    RetentionRule,
    RetentionStart,
)
from clb4u_desk.policies.retention import load_retention_policy

C = DataCategory
E = ErasureAction
POLICY = load_retention_policy()
TODAY = date(2026, 6, 15)
RECENT = date(2024, 5, 10)  # inside every retention period on TODAY
OLD = date(2010, 3, 1)  # past every retention period on TODAY
HOLD = LegalHoldInfo(reason="Payment dispute 2026-17", since=date(2026, 5, 1))


def held(
    category: DataCategory,
    rows: int = 3,
    latest: date | None = RECENT,
    hold: LegalHoldInfo | None = None,
    oldest: date | None = None,
) -> CategoryHolding:
    return CategoryHolding(category, rows, latest, oldest, hold)


def only_line(plan: ErasurePlan) -> ErasureLine:
    assert len(plan.lines) == 1
    return plan.lines[0]


# ----------------------------------------------------------------------- every category

# (category, record date) → (action, last day kept) when held alone, without a hold.
ALONE: list[tuple[DataCategory, date, ErasureAction, date | None]] = [
    (C.IDENTITY, RECENT, E.ANONYMISE, None),
    (C.IDENTITY, OLD, E.ANONYMISE, None),
    (C.ACCOUNT, RECENT, E.ERASE, None),
    (C.ACCOUNT, OLD, E.ERASE, None),
    (C.SUBSCRIPTIONS, RECENT, E.RETAIN, date(2029, 12, 31)),
    (C.SUBSCRIPTIONS, OLD, E.ERASE, None),
    (C.INVOICES, RECENT, E.RETAIN, date(2034, 12, 31)),
    (C.INVOICES, OLD, E.ERASE, None),
    (C.PAYMENT_METHODS, RECENT, E.ERASE, None),
    (C.PAYMENT_METHODS, OLD, E.ERASE, None),
    (C.PAYMENTS, RECENT, E.RETAIN, date(2034, 12, 31)),
    (C.PAYMENTS, OLD, E.ERASE, None),
    (C.COMMUNICATIONS, RECENT, E.ERASE, None),
    (C.COMMUNICATIONS, OLD, E.ERASE, None),
    (C.CONSENTS, RECENT, E.ERASE, None),
    (C.CONSENTS, OLD, E.ERASE, None),
    (C.AD_SEGMENTS, RECENT, E.ERASE, None),
    (C.AD_SEGMENTS, OLD, E.ERASE, None),
    (C.POLLS, RECENT, E.ANONYMISE, None),
    (C.POLLS, OLD, E.ANONYMISE, None),
    (C.MESSAGE_BOARD, RECENT, E.ERASE, None),
    (C.MESSAGE_BOARD, OLD, E.ERASE, None),
    (C.SUPPORT_TICKETS, RECENT, E.RETAIN, date(2029, 5, 10)),
    (C.SUPPORT_TICKETS, OLD, E.ERASE, None),
    (C.DISCLOSURES, RECENT, E.RETAIN, date(2029, 5, 10)),
    (C.DISCLOSURES, OLD, E.ERASE, None),
]


def test_table_covers_every_category_past_and_future() -> None:
    assert {(c, d) for c, d, _, _ in ALONE} == {(c, d) for c in C for d in (RECENT, OLD)}


@pytest.mark.parametrize(("category", "record", "action", "until"), ALONE)
def test_every_category_without_hold(
    category: DataCategory, record: date, action: ErasureAction, until: date | None
) -> None:
    line = only_line(plan_erasure([held(category, 3, record)], POLICY, TODAY))
    assert (line.category, line.action, line.row_count, line.retain_until) == (
        category,
        action,
        3,
        until,
    )
    assert line.hold_reason is None
    assert line.restricted is (action is E.RETAIN)
    assert line.basis_vi.strip()
    assert line.basis_en.strip()
    if action is E.ERASE and POLICY[category].action_when_requested is RetentionAction.RETAIN:
        # A retained category whose period is over: erased, and the line says why.
        assert line.basis_en.startswith("Retention period over")
        assert line.basis_vi.startswith("Đã hết thời hạn lưu trữ")
    else:
        assert (line.basis_vi, line.basis_en) == (
            POLICY[category].basis_vi,
            POLICY[category].basis_en,
        )


@pytest.mark.parametrize("category", list(C))
@pytest.mark.parametrize("record", [RECENT, OLD])
def test_every_category_with_an_active_hold_is_blocked(
    category: DataCategory, record: date
) -> None:
    line = only_line(plan_erasure([held(category, 4, record, HOLD)], POLICY, TODAY))
    assert line.action is E.BLOCKED_BY_HOLD
    assert line.row_count == 4
    assert line.hold_reason == HOLD.reason
    assert line.retain_until is None
    assert line.restricted
    assert "legal hold" in line.basis_en
    assert "phong tỏa" in line.basis_vi


@pytest.mark.parametrize("category", list(C))
def test_released_hold_no_longer_blocks(category: DataCategory) -> None:
    released = LegalHoldInfo("Settled", date(2025, 1, 1), released_on=TODAY)
    line = only_line(plan_erasure([held(category, 2, RECENT, released)], POLICY, TODAY))
    expected = next(a for c, d, a, _ in ALONE if c is category and d == RECENT)
    assert line.action is expected
    assert line.hold_reason is None


@pytest.mark.parametrize("category", list(C))
def test_hold_released_later_still_blocks(category: DataCategory) -> None:
    later = LegalHoldInfo("Court case", date(2025, 1, 1), released_on=TODAY + timedelta(days=1))
    line = only_line(plan_erasure([held(category, 2, OLD, later)], POLICY, TODAY))
    assert line.action is E.BLOCKED_BY_HOLD


@pytest.mark.parametrize(
    ("hold", "day", "active"),
    [
        (LegalHoldInfo("x", date(2026, 1, 1)), date(2026, 6, 1), True),
        (LegalHoldInfo("x", date(2026, 7, 1)), date(2026, 6, 1), True),  # dated ahead: still
        (LegalHoldInfo("x", date(2026, 1, 1), date(2026, 6, 1)), date(2026, 6, 1), False),
        (LegalHoldInfo("x", date(2026, 1, 1), date(2026, 6, 2)), date(2026, 6, 1), True),
    ],
)
def test_hold_active_on(hold: LegalHoldInfo, day: date, active: bool) -> None:
    assert hold.active_on(day) is active


# ----------------------------------------------------------------------- date boundaries


@pytest.mark.parametrize(
    ("today", "action"),
    [
        (date(2034, 12, 30), E.RETAIN),
        (date(2034, 12, 31), E.RETAIN),  # the last day of the period: still kept
        (date(2035, 1, 1), E.ERASE),  # the day after: gone
    ],
)
def test_boundary_of_the_period(today: date, action: ErasureAction) -> None:
    line = only_line(plan_erasure([held(C.INVOICES, 1, RECENT)], POLICY, today))
    assert line.action is action


@pytest.mark.parametrize(
    ("record", "until"),
    [
        (date(2024, 2, 29), date(2029, 2, 28)),  # record-date rule from a leap day
        (date(2028, 2, 29), date(2033, 2, 28)),
        (date(2025, 3, 1), date(2030, 3, 1)),
    ],
)
def test_leap_day_records(record: date, until: date) -> None:
    line = only_line(plan_erasure([held(C.SUPPORT_TICKETS, 1, record)], POLICY, record))
    assert line.retain_until == until
    holdings = [held(C.SUPPORT_TICKETS, 1, record)]
    assert only_line(plan_erasure(holdings, POLICY, until)).action is E.RETAIN
    next_day = until + timedelta(days=1)
    assert only_line(plan_erasure(holdings, POLICY, next_day)).action is E.ERASE


def test_fiscal_year_end_from_the_policy() -> None:
    march = load_retention_policy({"general": {"fiscal_year_end": {"month": 3, "day": 31}}})
    line = only_line(plan_erasure([held(C.INVOICES, 1, RECENT)], march, TODAY))
    assert line.retain_until == date(2035, 3, 31)
    leap = load_retention_policy({"general": {"fiscal_year_end": {"month": 2, "day": 29}}})
    line = only_line(plan_erasure([held(C.INVOICES, 1, date(2024, 2, 1))], leap, TODAY))
    assert line.retain_until == date(2034, 2, 28)


# ----------------------------------------------------------------------- per-row split

INVOICE_DATES = (
    date(2024, 5, 10),  # until 2034-12-31
    date(2010, 3, 1),  # until 2020-12-31: past
    date(2016, 1, 10),  # until 2026-12-31
    date(2015, 6, 1),  # until 2025-12-31: past
    date(2016, 11, 30),  # until 2026-12-31
)


def test_rows_split_into_expired_and_retained_groups() -> None:
    holding = CategoryHolding(C.INVOICES, 5, record_dates=INVOICE_DATES)
    plan = plan_erasure([holding], POLICY, TODAY)
    assert [
        (line.action, line.row_count, line.retain_until, line.records_from, line.records_to)
        for line in plan.lines
    ] == [
        (E.ERASE, 2, None, date(2010, 3, 1), date(2015, 6, 1)),
        (E.RETAIN, 2, date(2026, 12, 31), date(2016, 1, 10), date(2016, 11, 30)),
        (E.RETAIN, 1, date(2034, 12, 31), date(2024, 5, 10), date(2024, 5, 10)),
    ]
    assert plan.summary() == PlanSummary(erase=2, anonymise=0, retain=3, blocked=0)
    assert holding.latest_record_date == date(2024, 5, 10)
    assert holding.oldest_record_date == date(2010, 3, 1)


def test_rows_all_past() -> None:
    holding = CategoryHolding(C.PAYMENTS, 2, record_dates=(OLD, date(2012, 1, 1)))
    line = only_line(plan_erasure([holding], POLICY, TODAY))
    assert (line.action, line.row_count, line.records_from, line.records_to) == (
        E.ERASE,
        2,
        OLD,
        date(2012, 1, 1),
    )


def test_rows_all_retained_same_year_make_one_line() -> None:
    dates = (date(2024, 1, 5), date(2024, 6, 1), date(2024, 12, 31))
    holding = CategoryHolding(C.INVOICES, 3, record_dates=dates)
    line = only_line(plan_erasure([holding], POLICY, TODAY))
    assert (line.action, line.row_count, line.retain_until) == (E.RETAIN, 3, date(2034, 12, 31))


def test_a_hold_blocks_even_rows_past_their_date() -> None:
    holding = CategoryHolding(C.INVOICES, 5, legal_hold=HOLD, record_dates=INVOICE_DATES)
    line = only_line(plan_erasure([holding], POLICY, TODAY))
    assert (line.action, line.row_count) == (E.BLOCKED_BY_HOLD, 5)
    assert (line.records_from, line.records_to) == (date(2010, 3, 1), date(2024, 5, 10))


def test_without_row_dates_the_latest_row_decides() -> None:
    # Only the range is known: nothing still under a duty may be erased.
    line = only_line(plan_erasure([held(C.INVOICES, 5, RECENT, oldest=OLD)], POLICY, TODAY))
    assert (line.action, line.row_count, line.retain_until) == (E.RETAIN, 5, date(2034, 12, 31))
    assert (line.records_from, line.records_to) == (OLD, RECENT)
    holding = held(C.INVOICES, 5, date(2014, 1, 1), oldest=OLD)
    line = only_line(plan_erasure([holding], POLICY, TODAY))
    assert (line.action, line.row_count) == (E.ERASE, 5)


@given(
    st.lists(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)), min_size=1),
    st.dates(min_value=date(2010, 1, 1), max_value=date(2045, 12, 31)),
    st.sampled_from([C.INVOICES, C.PAYMENTS, C.SUBSCRIPTIONS, C.SUPPORT_TICKETS, C.DISCLOSURES]),
)
def test_split_is_exact(dates: list[date], today: date, category: DataCategory) -> None:
    holding = CategoryHolding(category, len(dates), record_dates=tuple(dates))
    plan = plan_erasure([holding], POLICY, today)
    assert sum(line.row_count for line in plan.lines) == len(dates)
    for line in plan.lines:
        assert line.records_from is not None
        assert line.records_to is not None
        rows = [d for d in dates if line.records_from <= d <= line.records_to]
        # The record-date range of a line holds exactly its rows.
        assert len(rows) == line.row_count
        for row in rows:
            until = POLICY.until(category, row)
            assert until is not None
            if line.action is E.ERASE:
                assert until < today
            else:
                assert line.action is E.RETAIN
                assert line.retain_until is not None
                assert until == line.retain_until >= today


# ----------------------------------------------------------------------- identity


def test_identity_alone_is_anonymised() -> None:
    plan = plan_erasure(
        [held(C.IDENTITY), held(C.ACCOUNT), held(C.COMMUNICATIONS), held(C.INVOICES, 2, OLD)],
        POLICY,
        TODAY,
    )
    assert plan.lines_for(C.IDENTITY)[0].action is E.ANONYMISE


def test_identity_kept_until_the_latest_retained_date() -> None:
    plan = plan_erasure(
        [
            held(C.IDENTITY, 4),
            held(C.SUPPORT_TICKETS, 1, date(2026, 1, 1)),  # until 2031-01-01
            held(C.INVOICES, 2, date(2023, 4, 1)),  # until 2033-12-31
            held(C.ACCOUNT, 1),
        ],
        POLICY,
        TODAY,
    )
    (line,) = plan.lines_for(C.IDENTITY)
    assert (line.action, line.row_count, line.retain_until) == (E.RETAIN, 4, date(2033, 12, 31))
    # The categories kept are named in words, in each language (never as keys).
    assert line.basis_en.endswith("(invoices, support tickets)")
    assert line.basis_vi.endswith("(hóa đơn, yêu cầu hỗ trợ)")
    assert "support_tickets" not in line.basis_vi + line.basis_en
    assert line.restricted


def test_identity_kept_open_ended_while_another_category_is_held() -> None:
    plan = plan_erasure(
        [held(C.IDENTITY, 1), held(C.COMMUNICATIONS, 9, OLD, HOLD), held(C.INVOICES, 1)],
        POLICY,
        TODAY,
    )
    (line,) = plan.lines_for(C.IDENTITY)
    assert (line.action, line.retain_until) == (E.RETAIN, None)
    assert "communications" in line.basis_en
    # Open-ended keeping has no purge date: the plan is made again once released.
    assert line.purge_on is None


def test_identity_with_its_own_hold_is_blocked() -> None:
    plan = plan_erasure([held(C.IDENTITY, 1, hold=HOLD), held(C.INVOICES, 1)], POLICY, TODAY)
    assert plan.lines_for(C.IDENTITY)[0].action is E.BLOCKED_BY_HOLD


def test_empty_retained_categories_do_not_keep_identity() -> None:
    plan = plan_erasure([held(C.IDENTITY, 1), held(C.INVOICES, 0, None)], POLICY, TODAY)
    assert plan.lines_for(C.IDENTITY)[0].action is E.ANONYMISE
    assert plan.lines_for(C.INVOICES)[0].action is E.ERASE  # nothing to keep


# ----------------------------------------------------------------------- whole plans


def test_a_typical_customer() -> None:
    holdings = [
        held(C.POLLS, 2),
        held(C.IDENTITY, 5),
        held(C.ACCOUNT, 1),
        held(C.SUBSCRIPTIONS, 3, date(2019, 5, 1)),  # until 2024-12-31: past
        CategoryHolding(C.INVOICES, 3, record_dates=(date(2014, 2, 1), RECENT, RECENT)),
        held(C.PAYMENT_METHODS, 1),
        held(C.PAYMENTS, 3, RECENT, hold=HOLD),
        held(C.COMMUNICATIONS, 40),
        held(C.CONSENTS, 4),
        held(C.AD_SEGMENTS, 2),
        held(C.MESSAGE_BOARD, 7),
        held(C.SUPPORT_TICKETS, 2, date(2025, 1, 1)),
        held(C.DISCLOSURES, 0, None),
    ]
    plan = plan_erasure(holdings, POLICY, TODAY)
    assert plan.planned_on == TODAY
    # Lines come in category order, whatever the order of the holdings.
    order = list(C)
    assert [order.index(line.category) for line in plan.lines] == sorted(
        order.index(line.category) for line in plan.lines
    )
    assert {line.category for line in plan.lines} == set(C)
    assert plan.summary() == PlanSummary(
        erase=1 + 3 + 1 + 1 + 40 + 4 + 2 + 7 + 0,
        anonymise=2,
        retain=5 + 2 + 2,
        blocked=3,
    )
    assert plan.summary().total == sum(h.row_count for h in holdings)
    assert plan.restricted_categories() == {
        C.IDENTITY,
        C.INVOICES,
        C.PAYMENTS,
        C.SUPPORT_TICKETS,
    }
    # Identity follows the hold on payments: kept with no date.
    assert plan.lines_for(C.IDENTITY)[0].retain_until is None
    assert plan.next_purge_on() == date(2030, 1, 2)  # tickets of 2025-01-01, kept to 2030-01-01


def test_an_empty_plan() -> None:
    plan = plan_erasure([], POLICY, TODAY)
    assert plan.lines == ()
    assert plan.summary() == PlanSummary(0, 0, 0, 0)
    assert plan.next_purge_on() is None
    assert plan.restricted_categories() == frozenset()


def test_each_category_may_be_held_once() -> None:
    with pytest.raises(ValueError, match="repeated: invoices"):
        plan_erasure([held(C.INVOICES), held(C.INVOICES)], POLICY, TODAY)


def test_a_retained_category_needs_its_dates() -> None:
    with pytest.raises(ValueError, match="record dates"):
        plan_erasure([held(C.INVOICES, 2, None)], POLICY, TODAY)
    # Categories erased on request need no dates.
    line = only_line(plan_erasure([held(C.ACCOUNT, 2, None)], POLICY, TODAY))
    assert line.action is E.ERASE


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"row_count": -1}, "negative"),
        ({"row_count": 2, "record_dates": (RECENT,)}, "one date per row"),
        ({"row_count": 1, "record_dates": (RECENT,), "latest_record_date": OLD}, "latest"),
        ({"row_count": 1, "record_dates": (RECENT,), "oldest_record_date": OLD}, "oldest"),
        ({"row_count": 2, "latest_record_date": OLD, "oldest_record_date": RECENT}, "after"),
    ],
)
def test_bad_holdings(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CategoryHolding(C.INVOICES, **kwargs)  # type: ignore[arg-type]


def test_anonymising_is_honoured_for_any_category() -> None:
    rules = {c: POLICY[c] for c in C}
    rules[C.MESSAGE_BOARD] = RetentionRule(
        C.MESSAGE_BOARD,
        "ẩn danh",
        "anonymised",
        None,
        RetentionStart.RECORD_DATE,
        RetentionAction.ANONYMISE,
    )
    policy = RetentionPolicy(rules, CaseRecordsRule(5, "vi", "en"))
    line = only_line(plan_erasure([held(C.MESSAGE_BOARD)], policy, TODAY))
    assert (line.action, line.basis_en) == (E.ANONYMISE, "anonymised")


# ----------------------------------------------------------------------- purging


def line(action: ErasureAction, until: date | None) -> ErasureLine:
    return ErasureLine(C.INVOICES, action, 1, "vi", "en", retain_until=until)


@pytest.mark.parametrize(
    ("the_line", "today", "due"),
    [
        (line(E.RETAIN, date(2034, 12, 31)), date(2034, 12, 31), False),
        (line(E.RETAIN, date(2034, 12, 31)), date(2035, 1, 1), True),
        (line(E.RETAIN, date(2034, 12, 31)), date(2040, 1, 1), True),
        (line(E.RETAIN, None), date(2099, 1, 1), False),  # kept for a held category
        (line(E.BLOCKED_BY_HOLD, None), date(2099, 1, 1), False),
        (line(E.ERASE, None), date(2099, 1, 1), False),  # erased already, nothing to purge
        (line(E.ANONYMISE, None), date(2099, 1, 1), False),
    ],
)
def test_due_for_purge(the_line: ErasureLine, today: date, due: bool) -> None:
    assert due_for_purge([the_line], today) == ((the_line,) if due else ())


def test_due_for_purge_over_a_plan() -> None:
    holding = CategoryHolding(C.INVOICES, 5, record_dates=INVOICE_DATES)
    plan = plan_erasure([holding], POLICY, TODAY)
    assert due_for_purge(plan.lines, TODAY) == ()
    assert plan.next_purge_on() == date(2027, 1, 1)
    first = due_for_purge(plan.lines, date(2027, 1, 1))
    assert [(x.row_count, x.retain_until) for x in first] == [(2, date(2026, 12, 31))]
    assert len(due_for_purge(plan.lines, date(2035, 1, 1))) == 2
