"""Load the retention rules from TOML into a ``RetentionPolicy``.

The shipped defaults are ``resources/policies/retention.toml`` (the legal basis of
each value is written there). An installer can pass an override: a path to a TOML
file of the same shape, or an already parsed mapping (e.g. a table of the system
config). It is merged table by table over the defaults, so it only needs the values
it changes; a category switched from ``retain`` to ``erase`` must also say
``years = false`` to drop the inherited period.

Every category must end up with a rule. Every problem becomes a
``ConfigurationError`` naming the file and the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ConfigurationError, DomainError
from clb4u_desk.domain.retention import (
    CaseRecordsRule,
    MonthDay,
    RetentionAction,
    RetentionPolicy,
    RetentionRule,
    RetentionStart,
)
from clb4u_desk.resources import resource_path

Override = Mapping[str, Any] | Path | None
_E = TypeVar("_E", RetentionAction, RetentionStart)

_TOP_KEYS = frozenset({"general", "case_records", "categories"})
_GENERAL_KEYS = frozenset({"fiscal_year_end"})
_CASE_RECORDS_KEYS = frozenset({"years", "basis_vi", "basis_en"})
_RULE_KEYS = frozenset(
    {"action", "years", "from", "basis_vi", "basis_en", "kept_while_others_retained"}
)


def default_policy_path() -> Path:
    return resource_path("policies", "retention.toml")


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


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``extra`` over ``base``, table by table."""
    merged = dict(base)
    for key, value in extra.items():
        current = merged.get(key)
        if isinstance(value, Mapping) and isinstance(current, Mapping) and key != "fiscal_year_end":
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
    unknown = sorted(str(key) for key in set(data) - allowed)
    if unknown:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}: unknown setting(s) {unknown}."),
            where=where,
            unknown=", ".join(unknown),
        )


def _text(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}.{key}: must be a non-empty text."),
            where=where,
            key=key,
        )
    return value


def _whole_number(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}: must be a whole number of years, 1 or more."),
            where=where,
        )
    return value


def _choice(kind: type[_E], value: object, where: str) -> _E:
    choices = ", ".join(member.value for member in kind)
    if not isinstance(value, str) or value not in {member.value for member in kind}:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}: must be one of {choices}."),
            where=where,
            choices=choices,
        )
    return kind(value)


# --------------------------------------------------------------------------- building


def _fiscal_year_end(general: Mapping[str, Any], where: str) -> MonthDay:
    value = general.get("fiscal_year_end", {"month": 12, "day": 31})
    if not isinstance(value, Mapping) or set(value) != {"month", "day"}:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}: fiscal_year_end is {{ month = M, day = D }}."),
            where=where,
        )
    month, day = value["month"], value["day"]
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (month, day)):
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}: fiscal_year_end month and day must be numbers."),
            where=where,
        )
    return int(month), int(day)


def _case_records(data: Mapping[str, Any], where: str) -> CaseRecordsRule:
    _check_keys(data, _CASE_RECORDS_KEYS, where)
    return CaseRecordsRule(
        years=_whole_number(data.get("years"), f"{where}.years"),
        basis_vi=_text(data, "basis_vi", where),
        basis_en=_text(data, "basis_en", where),
    )


def _years(value: object, where: str) -> int | None:
    # ``years = false`` drops a period inherited from the shipped defaults.
    if value is None or value is False:
        return None
    return _whole_number(value, where)


def _rule(category: DataCategory, data: Mapping[str, Any], where: str) -> RetentionRule:
    _check_keys(data, _RULE_KEYS, where)
    kept = data.get("kept_while_others_retained", False)
    if not isinstance(kept, bool):
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "errors", "{where}.kept_while_others_retained: must be true or false."
            ),
            where=where,
        )
    return RetentionRule(
        category=category,
        basis_vi=_text(data, "basis_vi", where),
        basis_en=_text(data, "basis_en", where),
        years=_years(data.get("years"), f"{where}.years"),
        from_=_choice(RetentionStart, data.get("from", "record_date"), f"{where}.from"),
        action_when_requested=_choice(RetentionAction, data.get("action"), f"{where}.action"),
        kept_while_others_retained=kept,
    )


def _rules(categories: Mapping[str, Any], where: str) -> dict[DataCategory, RetentionRule]:
    _check_keys(categories, frozenset(c.value for c in DataCategory), where)
    missing = [c.value for c in DataCategory if c.value not in categories]
    if missing:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{where}: no rule for {missing}."),
            where=where,
            missing=", ".join(missing),
        )
    return {
        category: _rule(
            category,
            _table(categories, category.value, where),
            f"{where}.{category.value}",
        )
        for category in DataCategory
    }


def policy_from_mapping(
    data: Mapping[str, Any], source: str = "retention policy"
) -> RetentionPolicy:
    """Build the policy from parsed TOML (the shape of ``retention.toml``)."""
    _check_keys(data, _TOP_KEYS, source)
    general = _table(data, "general", source)
    _check_keys(general, _GENERAL_KEYS, f"{source}: general")
    try:
        return RetentionPolicy(
            rules=_rules(_table(data, "categories", source), f"{source}: categories"),
            case_records=_case_records(
                _table(data, "case_records", source), f"{source}: case_records"
            ),
            fiscal_year_end=_fiscal_year_end(general, f"{source}: general"),
        )
    except ConfigurationError:
        raise
    except DomainError as error:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{source}: {error}"), source=source, error=error
        ) from None


def load_retention_policy(override: Override = None) -> RetentionPolicy:
    """The shipped retention rules, with an installer's override merged over them."""
    path = default_policy_path()
    extra, extra_name = _override_data(override)
    source = f"{path}" + (f" + {extra_name}" if extra_name else "")
    return policy_from_mapping(_merge(_read_toml(path), extra), source)
