"""Accounts: creating users, signing in (argon2id), listing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import Permission
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.free_text import checked_text, line
from clb4u_desk.persistence.models import Account
from clb4u_desk.services.authz import ROLES, require_permission
from clb4u_desk.services.context import ServiceContext

_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")
MIN_PASSWORD_LENGTH = 10
# The name shown for an account (its column holds 120 characters); the login when empty.
_DISPLAY_NAME = line(QT_TRANSLATE_NOOP("errors", "The display name"), 120, required=False)
_HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters


@dataclass(frozen=True, slots=True)
class AccountView:
    id: int
    login: str
    display_name: str
    role: str
    active: bool


class AccountService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def add_user(
        self, actor: Actor, *, login: str, display_name: str, role: str, password: str
    ) -> AccountView:
        require_permission(actor, Permission.MANAGE_ACCOUNTS)
        display_name = checked_text(display_name, _DISPLAY_NAME)
        login = login.strip().lower()
        if not _LOGIN.match(login):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A sign-in name is 2-63 characters: lower-case "
                    "letters, digits, '.', '_' or '-'.",
                )
            )
        if role not in ROLES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The role must be one of: {roles}."),
                roles=", ".join(ROLES),
            )
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The password must be at least {minimum} characters long."
                ),
                minimum=MIN_PASSWORD_LENGTH,
            )
        with self._ctx.db.uow() as uow:
            if uow.accounts.by_login(login) is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The sign-in name '{login}' is taken."), login=login
                )
            account = Account(
                login=login,
                display_name=display_name or login,
                role=role,
                password_hash=_HASHER.hash(password),
                active=True,
                created_at=self._ctx.clock(),
            )
            uow.accounts.add(account)
            uow.accounts.flush()
            uow.log.append(
                actor=actor,
                action="account_created",
                details={"login": login, "role": role},
                now=self._ctx.clock(),
            )
            uow.commit()
            return _view(account)

    def sign_in(self, login: str, password: str) -> Actor:
        """The actor for these credentials; a failed attempt is logged and says nothing more."""
        login = login.strip().lower()
        with self._ctx.db.uow() as uow:
            account = uow.accounts.by_login(login)
            ok = account is not None and account.active and _password_matches(account, password)
            if account is None or not ok:
                # Logged without the password; the login is a staff name, not customer data.
                uow.log.append(
                    actor=_anonymous(login),
                    action="sign_in_failed",
                    details={},
                    now=self._ctx.clock(),
                )
                uow.commit()
                raise PermissionDeniedError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Wrong sign-in name or password, or the account is disabled."
                    )
                )
            if _HASHER.check_needs_rehash(account.password_hash):
                account.password_hash = _HASHER.hash(password)
            actor = Actor(account.id, account.login, account.display_name, account.role)
            uow.log.append(actor=actor, action="sign_in", details={}, now=self._ctx.clock())
            uow.commit()
            return actor

    def list_accounts(self, actor: Actor) -> list[AccountView]:
        with self._ctx.db.reader() as uow:
            return [_view(row) for row in uow.accounts.all_by_login()]

    def get(self, account_id: int) -> AccountView:
        with self._ctx.db.reader() as uow:
            account = uow.accounts.by_id(account_id)
            if account is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "No such account."))
            return _view(account)


def _password_matches(account: Account, password: str) -> bool:
    try:
        return _HASHER.verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _anonymous(login: str) -> Actor:
    safe = login if _LOGIN.match(login) else "unknown"
    return Actor(account_id=0, login=safe, display_name=safe, role="none")


def _view(account: Account) -> AccountView:
    return AccountView(
        account.id, account.login, account.display_name, account.role, account.active
    )
