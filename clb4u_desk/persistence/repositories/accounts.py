"""Accounts: by id or login."""

from __future__ import annotations

from sqlalchemy import select

from clb4u_desk.persistence.models import Account
from clb4u_desk.persistence.repositories.base import Repository


class AccountRepository(Repository):
    def by_id(self, account_id: int | None) -> Account | None:
        return None if account_id is None else self._session.get(Account, account_id)

    def by_login(self, login: str) -> Account | None:
        return self._session.execute(
            select(Account).where(Account.login == login)
        ).scalar_one_or_none()

    def all_by_login(self) -> list[Account]:
        """Every account (deactivated ones too), by sign-in name."""
        return list(self._session.execute(select(Account).order_by(Account.login)).scalars())

    def display_name(self, account_id: int | None) -> str | None:
        account = self.by_id(account_id)
        return None if account is None else account.display_name

    def login(self, account_id: int | None) -> str | None:
        account = self.by_id(account_id)
        return None if account is None else account.login
