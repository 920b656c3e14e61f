"""Settings, declared once, read in layers: system file < user file < environment < CLI flags.

System file: /etc/clb4u-desk/config.toml (Linux), %PROGRAMDATA%\\CLB4U\\Desk\\config.toml
(Windows), /Library/Application Support/CLB4U Desk/config.toml (macOS); user file: the
platform's user config dir. Environment: CLB4U_<SECTION>_<KEY> in capitals, e.g.
CLB4U_DATABASE_URL. Secrets are never read from any of these: they live in the keyring.
"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, cast

import platformdirs

from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ConfigurationError

APP_NAME = "clb4u-desk"
APP_AUTHOR = "CLB4U"


@dataclass(frozen=True)
class DatabaseSettings:
    url: str = ""  # empty: the SQLite file in the user data dir
    # "keyring": a PostgreSQL password is looked up in the OS keyring; "none": the server
    # needs none (trust or certificate auth).
    password: str = "keyring"


@dataclass(frozen=True)
class SmtpSettings:
    host: str = "localhost"
    port: int = 25
    username: str = ""  # the password is in the keyring under "smtp:<username>@<host>"
    sender: str = "privacy@clb4u.vn"
    starttls: bool = False


@dataclass(frozen=True)
class UiSettings:
    language: str = "vi"


@dataclass(frozen=True)
class AuditSettings:
    # Hex Ed25519 public keys of the supervisors whose checkpoints are trusted, comma
    # separated; empty accepts any valid signature. Public keys are not secrets.
    trusted_keys: str = ""


@dataclass(frozen=True)
class Settings:
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    audit: AuditSettings = field(default_factory=AuditSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    ui: UiSettings = field(default_factory=UiSettings)
    policies_dir: str = ""  # installers' overrides of resources/policies/*.toml
    demo: bool = False


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "config.toml"


def system_config_file() -> Path:
    override = os.environ.get("CLB4U_SYSTEM_CONFIG")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / "CLB4U" / "Desk" / "config.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/CLB4U Desk/config.toml")
    return Path("/etc/clb4u-desk/config.toml")


def default_sqlite_url(demo: bool) -> str:
    name = "demo.sqlite3" if demo else "desk.sqlite3"
    return f"sqlite:///{(user_data_dir() / name).as_posix()}"


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (tomllib.TOMLDecodeError, OSError) as error:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "The config file {path} cannot be read: {error}"),
            path=path,
            error=error,
        ) from error


def _coerce(value: Any, target: Any, where: str) -> Any:
    if isinstance(target, bool):
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in {
            "1",
            "true",
            "yes",
            "on",
            "0",
            "false",
            "no",
            "off",
        }:
            return value.lower() in {"1", "true", "yes", "on"}
    elif isinstance(target, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            pass
    elif isinstance(target, str) and isinstance(value, str):
        return value
    raise ConfigurationError(
        QT_TRANSLATE_NOOP("errors", "The setting {where} has a value of the wrong kind."),
        where=where,
    )


def _merge(settings: Any, layer: Mapping[str, Any], prefix: str = "") -> Any:
    known = {f.name: f for f in fields(settings)}
    changes: dict[str, Any] = {}
    for key, value in layer.items():
        if key not in known:
            raise ConfigurationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Unknown setting '{prefix}{key}' in the configuration."
                ),
                prefix=prefix,
                key=key,
            )
        current = getattr(settings, key)
        if hasattr(current, "__dataclass_fields__"):
            if not isinstance(value, Mapping):
                raise ConfigurationError(
                    QT_TRANSLATE_NOOP("errors", "The setting '{prefix}{key}' must be a table."),
                    prefix=prefix,
                    key=key,
                )
            changes[key] = _merge(current, value, f"{prefix}{key}.")
        else:
            changes[key] = _coerce(value, current, f"'{prefix}{key}'")
    return replace(settings, **changes)


def _environment_layer(environ: Mapping[str, str]) -> dict[str, Any]:
    layer: dict[str, Any] = {}
    for section in fields(Settings):
        default = getattr(Settings(), section.name)
        if hasattr(default, "__dataclass_fields__"):
            for item in fields(default):
                name = f"CLB4U_{section.name}_{item.name}".upper()
                if name in environ:
                    layer.setdefault(section.name, {})[item.name] = environ[name]
        else:
            name = f"CLB4U_{section.name}".upper()
            if name in environ:
                layer[section.name] = environ[name]
    return layer


def load_settings(
    *,
    cli_overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    system_file: Path | None = None,
    user_file: Path | None = None,
) -> Settings:
    """Read every layer in order of precedence; later layers win."""
    environ = os.environ if environ is None else environ
    settings: Settings = Settings()
    for path in (system_file or system_config_file(), user_file or user_config_file()):
        settings = cast(Settings, _merge(settings, _read_toml(path)))
    settings = cast(Settings, _merge(settings, _environment_layer(environ)))
    settings = cast(Settings, _merge(settings, cli_overrides or {}))
    if settings.demo:
        # The demo writes invented people and logs under a public key: it must never land
        # in the team's database, whatever a config file or the environment names.
        if (cli_overrides or {}).get("database", {}).get("url"):
            raise ConfigurationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "--demo uses its own SQLite file in the user data "
                    "folder; leave out --database.",
                )
            )
        settings = replace(
            settings,
            database=replace(settings.database, url=default_sqlite_url(True), password="none"),
        )
    if not settings.database.url:
        settings = replace(
            settings, database=replace(settings.database, url=default_sqlite_url(demo=False))
        )
    if settings.ui.language not in {"vi", "en"}:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "The setting 'ui.language' must be 'vi' or 'en'.")
        )
    if settings.database.password not in {"keyring", "none"}:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "errors", "The setting 'database.password' must be 'keyring' or 'none'."
            )
        )
    return settings
