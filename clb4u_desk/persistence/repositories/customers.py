"""Customers: loading one, and the customer a case is linked to."""

from __future__ import annotations

from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from clb4u_desk.persistence.models import Case, Customer
from clb4u_desk.persistence.repositories.base import Repository


class CustomerRepository(Repository):
    def get(self, customer_id: int, *, for_update: bool = False) -> Customer:
        customer = self._session.get(Customer, customer_id, with_for_update=for_update)
        if customer is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "No such customer."))
        return customer

    def reference_of(self, customer_id: int) -> str | None:
        """The customer's reference, or None when there is no such customer (any more)."""
        customer = self._session.get(Customer, customer_id)
        return None if customer is None else customer.reference

    def linked_to(self, case: Case, *, for_update: bool = False) -> Customer:
        """The customer the case is linked to; acting on records needs one."""
        if case.customer_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Case {reference} is not linked to a customer yet; find "
                    "the requester's records and link them first.",
                ),
                reference=case.reference,
            )
        customer = self._session.get(Customer, case.customer_id, with_for_update=for_update)
        if customer is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "The customer linked to this case no longer exists.")
            )
        return customer
