"""Secrets in the OS keyring (service ``clb4u-desk``). Never in a file, never in the database.

When no keyring backend works there is no fallback: the caller gets a ConfigurationError
that says how to fix it.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backends import fail

from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ConfigurationError

SERVICE = "clb4u-desk"

_NO_KEYRING = QT_TRANSLATE_NOOP(
    "errors",
    "No working OS keyring was found, and CLB4U Desk keeps its secrets only there. "
    "On Windows and macOS the system keyring works out of the box; on Linux install and "
    "unlock a Secret Service keyring (GNOME Keyring or KWallet), then try again.",
)


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    # The 'fail' backend (and a chainer with nothing in it) means: nothing usable.
    if isinstance(backend, fail.Keyring) or backend.priority <= 0:
        raise ConfigurationError(_NO_KEYRING)
    return backend


def get_secret(name: str) -> str | None:
    """The secret stored under ``name``, or None if none is stored."""
    try:
        return _backend().get_password(SERVICE, name)
    except keyring.errors.KeyringError as error:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{message} ({kind})"),
            message=_NO_KEYRING,
            kind=type(error).__name__,
        ) from error


def set_secret(name: str, value: str) -> None:
    try:
        _backend().set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as error:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{message} ({kind})"),
            message=_NO_KEYRING,
            kind=type(error).__name__,
        ) from error


def delete_secret(name: str) -> None:
    try:
        _backend().delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as error:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("errors", "{message} ({kind})"),
            message=_NO_KEYRING,
            kind=type(error).__name__,
        ) from error


def database_secret_name(user: str, host: str, port: int, database: str) -> str:
    return f"database:{user}@{host}:{port}/{database}"
