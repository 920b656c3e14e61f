"""Load the deadline rules and the holiday table from TOML into domain objects.

The shipped defaults are ``resources/policies/deadlines.toml`` and
``resources/holidays/vn.toml``. An installer can pass an override (a path to a TOML
file of the same shape, or an already parsed mapping, e.g. a table of the system
config):

- deadline rules: the override is merged key by key over the defaults, so it only
  needs the values it changes; a period table (``{ days = N }``) is replaced whole;
- holidays: each year in the override replaces that year of the defaults, and
  ``follow_swaps`` may be set.

Every problem becomes a ``ConfigurationError`` naming the file and the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from clb4u_desk.domain.deadlines import (
    DeadlinePolicy,
    Period,
    PeriodUnit,
    RegimeRule,
    RightRule,
)
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ConfigurationError, DomainError
from clb4u_desk.domain.holidays import HolidayCalendar
from clb4u_desk.domain.rights import Regime, Right
from clb4u_desk.resources import resource_path

Override = Mapping[str, Any] | Path | None

_PERIOD_KEYS = frozenset(unit.value for unit in PeriodUnit)
_RIGHT_KEYS = frozenset({"period", "third_party_period", "extension", "note"})
_REGIME_KEYS = frozenset(
    {"acknowledgement", "pause_allowed", "extension_notice_before_due", "default", "rights"}
)
_GENERAL_KEYS = frozenset({"due_soon_working_days"})
_DAY_OFF_KINDS = frozenset({"holiday", "compensatory", "swap"})
_YEAR_KEYS = frozenset({"source", "days_off", "make_up_days"})


def default_policy_path() -> Path:
    return resource_path("policies", "deadlines.toml")


def default_holidays_path() -> Path:
    return resource_path("holidays", "vn.toml")


# --------------------------------------------------------------------------- reading


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "The policy file {path} is missing."), path=path
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "The policy file {path} is not valid TOML: {error}."),
            path=path,
            error=error,
        ) from None


def _override_data(override: Override) -> tuple[Mapping[str, Any], str]:
    if override is None:
        return {}, ""
    if isinstance(override, Path):
        return _read_toml(override), str(override)
    return override, "the override"


def _is_period_table(value: object) -> bool:
    return isinstance(value, Mapping) and bool(value) and set(value) <= _PERIOD_KEYS


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``extra`` over ``base``, table by table; period tables are replaced whole."""
    merged = dict(base)
    for key, value in extra.items():
        current = merged.get(key)
        if (
            isinstance(value, Mapping)
            and isinstance(current, Mapping)
            and not _is_period_table(value)
        ):
            merged[key] = _merge(current, value)
        else:
            merged[key] = value
    return merged


def _table(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}: '{key}' must be a table."), where=where, key=key
        )
    return value


def _check_keys(data: Mapping[str, Any], allowed: frozenset[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}: unknown setting(s) {unknown}."),
            where=where,
            unknown=", ".join(unknown),
        )


# --------------------------------------------------------------------------- policy


def _period(value: object, where: str) -> Period:
    if not _is_period_table(value) or not isinstance(value, Mapping) or len(value) != 1:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{where}: a period is one of {{ days = N }}, {{ "
                "working_days = N }}, {{ months = N }}.",
            ),
            where=where,
        )
    ((unit, amount),) = value.items()
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 1:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "errors", "{where}: the number of {unit} must be a whole number >= 1."
            ),
            where=where,
            unit=unit,
        )
    return Period(amount, PeriodUnit(unit))


def _optional_period(value: object, where: str) -> Period | None:
    # ``extension = false`` switches off an extension inherited from [default].
    if value is None or value is False:
        return None
    return _period(value, where)


def _bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}: must be true or false."), where=where
        )
    return value


def _right_rule(settings: Mapping[str, Any], where: str) -> RightRule:
    _check_keys(settings, _RIGHT_KEYS, where)
    if "period" not in settings:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}: no period is set."), where=where
        )
    note = settings.get("note")
    if note is not None and not isinstance(note, str):
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}.note: must be text."), where=where
        )
    return RightRule(
        period=_period(settings["period"], f"{where}.period"),
        third_party_period=_optional_period(
            settings.get("third_party_period"), f"{where}.third_party_period"
        ),
        extension=_optional_period(settings.get("extension"), f"{where}.extension"),
        note=note or None,
    )


def _regime_rule(regime: Regime, settings: Mapping[str, Any], where: str) -> RegimeRule:
    _check_keys(settings, _REGIME_KEYS, where)
    default = _table(settings, "default", where)
    rights = _table(settings, "rights", where)
    _check_keys(rights, frozenset(right.value for right in Right), f"{where}.rights")
    rules = {
        right: _right_rule(
            _merge(default, _table(rights, right.value, f"{where}.rights")),
            f"{where}.rights.{right.value}",
        )
        for right in Right
    }
    return RegimeRule(
        regime=regime,
        rights=rules,
        acknowledgement=_optional_period(
            settings.get("acknowledgement"), f"{where}.acknowledgement"
        ),
        pause_allowed=_bool(settings.get("pause_allowed", True), f"{where}.pause_allowed"),
        extension_notice_before_due=_bool(
            settings.get("extension_notice_before_due", True),
            f"{where}.extension_notice_before_due",
        ),
    )


def policy_from_mapping(data: Mapping[str, Any], source: str = "deadline policy") -> DeadlinePolicy:
    """Build the rules from parsed TOML (the shape of ``deadlines.toml``)."""
    _check_keys(data, frozenset({"general", "regimes"}), source)
    general = _table(data, "general", source)
    _check_keys(general, _GENERAL_KEYS, f"{source}: general")
    regimes = _table(data, "regimes", source)
    _check_keys(regimes, frozenset(regime.value for regime in Regime), f"{source}: regimes")
    try:
        rules = {
            Regime(name): _regime_rule(
                Regime(name), _table(regimes, name, source), f"{source}: regimes.{name}"
            )
            for name in regimes
        }
        soon = general.get("due_soon_working_days", 3)
        if not isinstance(soon, int) or isinstance(soon, bool):
            raise ConfigurationError(
                QT_TRANSLATE_NOOP(
                    "errors", "{source}: due_soon_working_days must be a whole number."
                ),
                source=source,
            )
        return DeadlinePolicy(
            rules=rules,
            due_soon_working_days=soon,
        )
    except ConfigurationError:
        raise
    except DomainError as error:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{source}: {error}"), source=source, error=error
        ) from None
    except (ValueError, LookupError) as error:  # a value the rule types refuse
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{source}: {error}."), source=source, error=error
        ) from None


def load_deadline_policy(override: Override = None) -> DeadlinePolicy:
    """The shipped deadline rules, with an installer's override merged over them."""
    path = default_policy_path()
    extra, extra_name = _override_data(override)
    source = f"{path}" + (f" + {extra_name}" if extra_name else "")
    return policy_from_mapping(_merge(_read_toml(path), extra), source)


# --------------------------------------------------------------------------- holidays


def _entry_date(entry: object, where: str) -> date:
    value = entry.get("date") if isinstance(entry, Mapping) else None
    # tomllib gives datetime for date-times, and datetime is a date subclass.
    if not isinstance(value, date) or hasattr(value, "hour"):
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}: each entry needs a date like 2027-02-06."),
            where=where,
        )
    return value


def _year_dates(
    year: int, settings: Mapping[str, Any], follow_swaps: bool, where: str
) -> tuple[set[date], set[date]]:
    _check_keys(settings, _YEAR_KEYS, where)
    days_off: set[date] = set()
    for entry in settings.get("days_off", []):
        day = _entry_date(entry, f"{where}.days_off")
        kind = entry.get("kind", "holiday")
        if kind not in _DAY_OFF_KINDS:
            raise ConfigurationError(
                QT_TRANSLATE_NOOP("errors", "{where}: unknown kind '{kind}' for {day}."),
                where=where,
                kind=kind,
                day=day.isoformat(),
            )
        if kind != "swap" or follow_swaps:
            days_off.add(day)
    make_up: set[date] = set()
    if follow_swaps:
        make_up = {
            _entry_date(e, f"{where}.make_up_days") for e in settings.get("make_up_days", [])
        }
    stray = sorted(day for day in days_off | make_up if day.year != year)
    if stray:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}: {day} is not in {year}."),
            where=where,
            day=stray[0].isoformat(),
            year=year,
        )
    return days_off, make_up


def calendar_from_mapping(
    data: Mapping[str, Any], source: str = "holiday table"
) -> HolidayCalendar:
    """Build the calendar from parsed TOML (the shape of ``vn.toml``)."""
    _check_keys(data, frozenset({"follow_swaps", "years"}), source)
    follow_swaps = _bool(data.get("follow_swaps", False), f"{source}: follow_swaps")
    years = _table(data, "years", source)
    holidays: set[date] = set()
    make_up: set[date] = set()
    for name in years:
        if not str(name).isdigit():
            raise ConfigurationError(
                QT_TRANSLATE_NOOP("errors", "{source}: '{name}' is not a year."),
                source=source,
                name=name,
            )
        where = f"{source}: years.{name}"
        off, worked = _year_dates(int(name), _table(years, name, source), follow_swaps, where)
        holidays |= off
        make_up |= worked
    numbers = sorted(int(name) for name in years)
    if numbers and numbers != list(range(numbers[0], numbers[-1] + 1)):
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{source}: the years must follow each other without gaps."),
            source=source,
        )
    try:
        return HolidayCalendar.of(holidays, make_up, (numbers[0], numbers[-1]) if numbers else None)
    except DomainError as error:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{source}: {error}"), source=source, error=error
        ) from None


def load_holiday_calendar(override: Override = None) -> HolidayCalendar:
    """The shipped holiday table; an override's years replace the shipped ones."""
    path = default_holidays_path()
    data = _read_toml(path)
    extra, extra_name = _override_data(override)
    merged: dict[str, Any] = dict(data)
    if "follow_swaps" in extra:
        merged["follow_swaps"] = extra["follow_swaps"]
    merged["years"] = {**_table(data, "years", str(path)), **_table(extra, "years", extra_name)}
    source = f"{path}" + (f" + {extra_name}" if extra_name else "")
    return calendar_from_mapping(merged, source)
