"""Identity verification: a case's attempts and one-time codes, and what the customer's
records hold to check a requester against (contact points, facts on file)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from clb4u_desk.persistence.models import (
    Account,
    CustomerAddress,
    CustomerEmail,
    CustomerPhone,
    Invoice,
    OneTimeCode,
    PaymentMethod,
    Subscription,
    VerificationAttempt,
)
from clb4u_desk.persistence.repositories.base import Repository


class VerificationRepository(Repository):
    # -- the case's steps

    def attempts(self, case_id: int) -> list[VerificationAttempt]:
        """Every attempt of the case, oldest first."""
        return list(
            self._session.execute(
                select(VerificationAttempt)
                .where(VerificationAttempt.case_id == case_id)
                .order_by(VerificationAttempt.at, VerificationAttempt.id)
            ).scalars()
        )

    def codes_in_state(self, case_id: int, state: str) -> list[OneTimeCode]:
        return list(
            self._session.execute(
                select(OneTimeCode).where(
                    OneTimeCode.case_id == case_id, OneTimeCode.state == state
                )
            ).scalars()
        )

    def latest_code(self, case_id: int, *, for_update: bool = False) -> OneTimeCode | None:
        """The newest one-time code of the case (the only one that can still work)."""
        query = (
            select(OneTimeCode)
            .where(OneTimeCode.case_id == case_id)
            .order_by(OneTimeCode.id.desc())
            .limit(1)
        )
        if for_update:
            query = query.with_for_update()
        return self._session.execute(query).scalar_one_or_none()

    def logins(self, account_ids: Iterable[int]) -> dict[int, str]:
        """The login of each account id (of the agents who took steps)."""
        ids = set(account_ids)
        if not ids:
            return {}
        found = self._session.execute(
            select(Account.id, Account.login).where(Account.id.in_(ids))
        ).all()
        return {account_id: login for account_id, login in found}

    # -- what the records hold

    def registered_emails(self, customer_id: int) -> list[CustomerEmail]:
        """The customer's emails, the primary one first."""
        return list(
            self._session.execute(
                select(CustomerEmail)
                .where(CustomerEmail.customer_id == customer_id)
                .order_by(CustomerEmail.is_primary.desc(), CustomerEmail.id)
            ).scalars()
        )

    def registered_phones(self, customer_id: int) -> list[str]:
        return list(
            self._session.execute(
                select(CustomerPhone.phone_e164)
                .where(CustomerPhone.customer_id == customer_id)
                .order_by(CustomerPhone.id)
            ).scalars()
        )

    def street_lines(self, customer_id: int) -> list[str]:
        return list(
            self._session.execute(
                select(CustomerAddress.street).where(CustomerAddress.customer_id == customer_id)
            ).scalars()
        )

    def address_zip(self, customer_id: int) -> str | None:
        """The ZIP code of the customer's first address that has one."""
        return self._session.execute(
            select(CustomerAddress.zip_code)
            .where(
                CustomerAddress.customer_id == customer_id, CustomerAddress.zip_code.is_not(None)
            )
            .order_by(CustomerAddress.id)
            .limit(1)
        ).scalar_one_or_none()

    def latest_invoice(self, customer_id: int) -> Invoice | None:
        return self._session.execute(
            select(Invoice)
            .where(Invoice.customer_id == customer_id)
            .order_by(Invoice.issued_on.desc(), Invoice.id.desc())
            .limit(1)
        ).scalar_one_or_none()

    def latest_webinar(self, customer_id: int) -> str | None:
        """The title of the webinar the customer signed up for last."""
        return self._session.execute(
            select(Subscription.title)
            .where(Subscription.customer_id == customer_id, Subscription.kind == "webinar")
            .order_by(Subscription.started_on.desc(), Subscription.id.desc())
            .limit(1)
        ).scalar_one_or_none()

    def latest_card_last4(self, customer_id: int) -> str | None:
        """The last four digits of the payment card the customer saved last."""
        return self._session.execute(
            select(PaymentMethod.last4)
            .where(PaymentMethod.customer_id == customer_id)
            .order_by(PaymentMethod.added_on.desc(), PaymentMethod.id.desc())
            .limit(1)
        ).scalar_one_or_none()
