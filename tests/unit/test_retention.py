"""Retention rules: period arithmetic, rule and policy validation, the shipped policy file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.errors import ConfigurationError, ValidationError
from clb4u_desk.domain.retention import (
    CaseRecordsRule,
    RetentionAction,
    RetentionPolicy,
    RetentionRule,
    RetentionStart,
    add_years,
    fiscal_year_end,
    retention_until,
)
from clb4u_desk.policies.retention import (
    default_policy_path,
    load_retention_policy,
    policy_from_mapping,
)

C = DataCategory
A = RetentionAction
F = RetentionStart
POLICY = load_retention_policy()


def rule(
    years: int | None = 10,
    start: RetentionStart = F.FISCAL_YEAR_END,
    action: RetentionAction | None = None,
    category: DataCategory = C.INVOICES,
) -> RetentionRule:
    if action is None:
        action = A.RETAIN if years is not None else A.ERASE
    return RetentionRule(category, "cơ sở", "basis", years, start, action)


# ----------------------------------------------------------------------- arithmetic


@pytest.mark.parametrize(
    ("record", "month_day", "expected"),
    [
        (date(2024, 5, 10), (12, 31), date(2024, 12, 31)),
        (date(2024, 1, 1), (12, 31), date(2024, 12, 31)),
        (date(2024, 12, 31), (12, 31), date(2024, 12, 31)),
        # A fiscal year ending 31 March: up to that day it is the same year's end.
        (date(2024, 3, 31), (3, 31), date(2024, 3, 31)),
        (date(2024, 4, 1), (3, 31), date(2025, 3, 31)),
        (date(2024, 1, 15), (3, 31), date(2024, 3, 31)),
        # Fiscal year ending 30 June.
        (date(2025, 7, 1), (6, 30), date(2026, 6, 30)),
        # A year end on 29 February is 28 February in common years.
        (date(2024, 2, 29), (2, 29), date(2024, 2, 29)),
        (date(2025, 2, 28), (2, 29), date(2025, 2, 28)),
        (date(2025, 3, 1), (2, 29), date(2026, 2, 28)),
        (date(2027, 3, 1), (2, 29), date(2028, 2, 29)),
    ],
)
def test_fiscal_year_end(record: date, month_day: tuple[int, int], expected: date) -> None:
    assert fiscal_year_end(record, month_day) == expected


@pytest.mark.parametrize("month_day", [(0, 1), (13, 1), (2, 30), (4, 31), (12, 0), (12, 32)])
def test_impossible_fiscal_year_ends(month_day: tuple[int, int]) -> None:
    with pytest.raises(ValidationError):
        fiscal_year_end(date(2024, 1, 1), month_day)


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (date(2024, 5, 10), 5, date(2029, 5, 10)),
        (date(2024, 2, 29), 1, date(2025, 2, 28)),
        (date(2024, 2, 29), 4, date(2028, 2, 29)),
        (date(2024, 2, 29), 10, date(2034, 2, 28)),
        (date(2023, 2, 28), 1, date(2024, 2, 28)),
        (date(2024, 12, 31), 10, date(2034, 12, 31)),
    ],
)
def test_add_years(day: date, years: int, expected: date) -> None:
    assert add_years(day, years) == expected


@pytest.mark.parametrize(
    ("the_rule", "record", "month_day", "expected"),
    [
        # The example from the design: invoice of 2024-05-10 kept until 2034-12-31.
        (rule(10), date(2024, 5, 10), (12, 31), date(2034, 12, 31)),
        (rule(10), date(2024, 12, 31), (12, 31), date(2034, 12, 31)),
        (rule(10), date(2025, 1, 1), (12, 31), date(2035, 12, 31)),
        (rule(5), date(2024, 2, 29), (12, 31), date(2029, 12, 31)),
        (rule(10), date(2024, 5, 10), (3, 31), date(2035, 3, 31)),
        # 29 February fiscal year end stays a month end ten years on.
        (rule(10), date(2024, 2, 1), (2, 29), date(2034, 2, 28)),
        (rule(4), date(2024, 2, 1), (2, 29), date(2028, 2, 29)),
        (rule(1), date(2025, 3, 1), (2, 29), date(2027, 2, 28)),
        # Rules counted from the record's own date, a closing or a withdrawal.
        (rule(5, F.RECORD_DATE), date(2024, 5, 10), (12, 31), date(2029, 5, 10)),
        (rule(5, F.RECORD_DATE), date(2024, 2, 29), (12, 31), date(2029, 2, 28)),
        (rule(4, F.RECORD_DATE), date(2024, 2, 29), (12, 31), date(2028, 2, 29)),
        (rule(5, F.CASE_CLOSED), date(2026, 3, 3), (3, 31), date(2031, 3, 3)),
        (rule(3, F.CONSENT_WITHDRAWN), date(2026, 7, 1), (12, 31), date(2029, 7, 1)),
        # No duty to keep: no date.
        (rule(None), date(2024, 5, 10), (12, 31), None),
        (rule(None, F.CONSENT_WITHDRAWN), date(2024, 5, 10), (12, 31), None),
    ],
)
def test_retention_until(
    the_rule: RetentionRule, record: date, month_day: tuple[int, int], expected: date | None
) -> None:
    assert retention_until(the_rule, record, month_day) == expected


def test_retention_until_defaults_to_calendar_fiscal_year() -> None:
    assert retention_until(rule(10), date(2024, 5, 10)) == date(2034, 12, 31)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2080, 12, 31)),
    st.integers(min_value=1, max_value=20),
    st.sampled_from([(12, 31), (3, 31), (6, 30), (2, 29), (2, 28), (9, 30)]),
)
def test_fiscal_period_properties(record: date, years: int, month_day: tuple[int, int]) -> None:
    until = retention_until(rule(years), record, month_day)
    assert until is not None
    # Always a fiscal year end, `years` fiscal years after the record's own year end.
    assert fiscal_year_end(until, month_day) == until
    first = fiscal_year_end(record, month_day)
    assert until.year - first.year == years
    assert record <= first < until
    # Never shorter than the same number of years from the record itself.
    assert until >= add_years(record, years) - timedelta(days=1)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2080, 12, 31)),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2080, 12, 31)),
    st.sampled_from(list(F)),
)
def test_later_records_are_never_kept_shorter(first: date, second: date, start: F) -> None:
    earlier, later = sorted((first, second))
    the_rule = rule(5, start)
    a, b = retention_until(the_rule, earlier), retention_until(the_rule, later)
    assert a is not None
    assert b is not None
    assert a <= b


# ----------------------------------------------------------------------- rules


@pytest.mark.parametrize(
    ("years", "action", "message"),
    [
        (None, A.RETAIN, "needs a number of years"),
        (5, A.ERASE, "cannot have a retention period"),
        (5, A.ANONYMISE, "cannot have a retention period"),
        (0, A.RETAIN, "at least 1 year"),
        (-1, A.RETAIN, "at least 1 year"),
    ],
)
def test_inconsistent_rules(years: int | None, action: RetentionAction, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        rule(years, action=action)


@pytest.mark.parametrize(("vi", "en"), [("", "basis"), ("cơ sở", " "), ("", "")])
def test_a_rule_needs_its_basis_in_both_languages(vi: str, en: str) -> None:
    with pytest.raises(ValidationError, match="basis"):
        RetentionRule(C.INVOICES, vi, en, 10, F.FISCAL_YEAR_END, A.RETAIN)


def full_rules() -> dict[DataCategory, RetentionRule]:
    return {c: rule(None, F.RECORD_DATE, A.ERASE, c) for c in C}


CASE_RECORDS = CaseRecordsRule(5, "cơ sở", "basis")


def test_policy_needs_every_category() -> None:
    rules = full_rules()
    del rules[C.POLLS]
    with pytest.raises(ValidationError, match="polls"):
        RetentionPolicy(rules, CASE_RECORDS)


def test_policy_rule_must_match_its_key() -> None:
    rules = full_rules()
    rules[C.POLLS] = rules[C.ACCOUNT]
    with pytest.raises(ValidationError, match="filed under polls"):
        RetentionPolicy(rules, CASE_RECORDS)


def test_policy_checks_fiscal_year_end() -> None:
    with pytest.raises(ValidationError):
        RetentionPolicy(full_rules(), CASE_RECORDS, fiscal_year_end=(2, 30))


def test_policy_cannot_be_changed_through_the_callers_dict() -> None:
    rules = full_rules()
    policy = RetentionPolicy(rules, CASE_RECORDS)
    del rules[C.POLLS]
    assert policy[C.POLLS].category is C.POLLS
    assert len(policy) == len(C)
    assert list(policy) == list(C)
    with pytest.raises(TypeError):
        policy.rules[C.POLLS] = rules[C.ACCOUNT]  # type: ignore[index]


def test_case_records_rule() -> None:
    with pytest.raises(ValidationError):
        CaseRecordsRule(0, "cơ sở", "basis")
    policy = RetentionPolicy(full_rules(), CASE_RECORDS)
    assert policy.case_records_until(date(2026, 2, 28)) == date(2031, 2, 28)
    assert policy.case_records_until(date(2028, 2, 29)) == date(2033, 2, 28)


# ----------------------------------------------------------------------- shipped policy

# What DESIGN.md section 4 asks for, per category: (action, years, counted from).
EXPECTED: dict[DataCategory, tuple[RetentionAction, int | None, RetentionStart]] = {
    C.IDENTITY: (A.ANONYMISE, None, F.RECORD_DATE),
    C.ACCOUNT: (A.ERASE, None, F.RECORD_DATE),
    C.SUBSCRIPTIONS: (A.RETAIN, 5, F.FISCAL_YEAR_END),
    C.INVOICES: (A.RETAIN, 10, F.FISCAL_YEAR_END),
    C.PAYMENT_METHODS: (A.ERASE, None, F.RECORD_DATE),
    C.PAYMENTS: (A.RETAIN, 10, F.FISCAL_YEAR_END),
    C.COMMUNICATIONS: (A.ERASE, None, F.RECORD_DATE),
    C.CONSENTS: (A.ERASE, None, F.CONSENT_WITHDRAWN),
    C.AD_SEGMENTS: (A.ERASE, None, F.CONSENT_WITHDRAWN),
    C.POLLS: (A.ANONYMISE, None, F.RECORD_DATE),
    C.MESSAGE_BOARD: (A.ERASE, None, F.RECORD_DATE),
    C.SUPPORT_TICKETS: (A.RETAIN, 5, F.RECORD_DATE),
    C.DISCLOSURES: (A.RETAIN, 5, F.RECORD_DATE),
}


def test_expected_table_covers_every_category() -> None:
    assert set(EXPECTED) == set(C)


@pytest.mark.parametrize("category", list(C))
def test_shipped_defaults(category: DataCategory) -> None:
    the_rule = POLICY[category]
    assert the_rule.category is category
    assert (the_rule.action_when_requested, the_rule.years, the_rule.from_) == EXPECTED[category]
    assert the_rule.kept_while_others_retained is (category is C.IDENTITY)
    assert the_rule.basis_vi.strip()
    assert the_rule.basis_en.strip()


def test_shipped_accounting_basis_names_the_law() -> None:
    for category in (C.INVOICES, C.PAYMENTS):
        assert "88/2015" in POLICY[category].basis_en
        assert "Luật Kế toán" in POLICY[category].basis_vi
    assert "123/2020" in POLICY[C.INVOICES].basis_en


def test_shipped_general_settings() -> None:
    assert POLICY.fiscal_year_end == (12, 31)
    assert POLICY.case_records.years == 5
    assert POLICY.until(C.INVOICES, date(2024, 5, 10)) == date(2034, 12, 31)
    assert POLICY.until(C.ACCOUNT, date(2024, 5, 10)) is None
    assert default_policy_path().name == "retention.toml"


# ----------------------------------------------------------------------- overrides


def test_override_mapping_changes_only_what_it_names() -> None:
    policy = load_retention_policy(
        {
            "general": {"fiscal_year_end": {"month": 3, "day": 31}},
            "categories": {"support_tickets": {"action": "erase", "years": False}},
        }
    )
    assert policy.fiscal_year_end == (3, 31)
    tickets = policy[C.SUPPORT_TICKETS]
    assert (tickets.action_when_requested, tickets.years) == (A.ERASE, None)
    assert tickets.basis_en == POLICY[C.SUPPORT_TICKETS].basis_en  # inherited
    assert policy[C.INVOICES] == POLICY[C.INVOICES]
    assert policy.until(C.INVOICES, date(2024, 5, 10)) == date(2035, 3, 31)


def test_override_file(tmp_path: Path) -> None:
    path = tmp_path / "retention.toml"
    path.write_text(
        "[categories.invoices]\nyears = 12\n[case_records]\nyears = 7\n", encoding="utf-8"
    )
    policy = load_retention_policy(path)
    assert policy[C.INVOICES].years == 12
    assert policy.case_records.years == 7


def test_missing_override_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="missing"):
        load_retention_policy(tmp_path / "nope.toml")


def test_broken_override_file(tmp_path: Path) -> None:
    path = tmp_path / "retention.toml"
    path.write_text("[categories.invoices\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="not valid TOML"):
        load_retention_policy(path)


def shipped_copy() -> dict[str, Any]:
    import tomllib

    with default_policy_path().open("rb") as handle:
        return tomllib.load(handle)


def test_a_policy_must_cover_every_category() -> None:
    data = shipped_copy()
    del data["categories"]["polls"]
    with pytest.raises(ConfigurationError, match="no rule for polls"):
        policy_from_mapping(data, "test.toml")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"categories": {"invoices": {"years": 0}}}, "categories.invoices.years"),
        ({"categories": {"invoices": {"years": "10"}}}, "categories.invoices.years"),
        ({"categories": {"invoices": {"years": True}}}, "categories.invoices.years"),
        ({"categories": {"invoices": {"action": "shred"}}}, "must be one of erase"),
        ({"categories": {"invoices": {"from": "birthday"}}}, "must be one of fiscal_year_end"),
        ({"categories": {"invoices": {"colour": "red"}}}, "unknown setting"),
        ({"categories": {"invoices": {"basis_vi": ""}}}, "basis_vi"),
        ({"categories": {"invoices": {"kept_while_others_retained": 1}}}, "true or false"),
        ({"categories": {"account": {"years": 5}}}, "cannot have a retention period"),
        ({"categories": {"invoices": {"years": False}}}, "needs a number of years"),
        ({"categories": {"lunch_orders": {}}}, "unknown setting"),
        ({"categories": {"invoices": "ten years"}}, "must be a table"),
        ({"general": {"fiscal_year_end": "12-31"}}, "fiscal_year_end"),
        ({"general": {"fiscal_year_end": {"month": 2, "day": 30}}}, "not a day of the year"),
        ({"general": {"fiscal_year_end": {"month": "12", "day": 31}}}, "must be numbers"),
        ({"general": {"timezone": "UTC"}}, "unknown setting"),
        ({"case_records": {"years": 0}}, "case_records.years"),
        ({"extra": {}}, "unknown setting"),
    ],
)
def test_bad_settings_name_the_key(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as caught:
        load_retention_policy(change)
    assert "retention.toml" in str(caught.value)
