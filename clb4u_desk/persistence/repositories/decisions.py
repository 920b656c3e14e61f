"""What decisions on a request read and lock: restrictions, consents, suppressions, the
customer's disclosures, and whether a proposal for an item already waits."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from clb4u_desk.persistence.models import (
    Approval,
    Case,
    Consent,
    Disclosure,
    Restriction,
    Suppression,
)
from clb4u_desk.persistence.repositories.base import Repository


class DecisionRepository(Repository):
    def touch(self, case: Case) -> None:
        """Mark the case changed so its version moves on: a decision is a change to the
        case that every other user looking at it must reload before they act on it."""
        flag_modified(case, "state")

    def proposal_waiting(self, item_id: int) -> bool:
        """Whether a proposal (refusal, extension) for the item waits for a supervisor."""
        pending = self._session.execute(
            select(Approval.id)
            .where(Approval.item_id == item_id, Approval.state == "pending")
            .limit(1)
        ).first()
        return pending is not None

    def disclosures(self, customer_id: int) -> list[Disclosure]:
        """The customer's disclosures to recipients, oldest first."""
        return list(
            self._session.execute(
                select(Disclosure)
                .where(Disclosure.customer_id == customer_id)
                .order_by(Disclosure.disclosed_on, Disclosure.id)
            ).scalars()
        )

    def disclosure(self, disclosure_id: int) -> Disclosure | None:
        return self._session.get(Disclosure, disclosure_id)

    def active_restrictions(self, customer_id: int) -> list[Restriction]:
        return list(
            self._session.execute(
                select(Restriction)
                .where(Restriction.customer_id == customer_id, Restriction.lifted_at.is_(None))
                .order_by(Restriction.since, Restriction.id)
            ).scalars()
        )

    def restriction(self, restriction_id: int, *, for_update: bool = False) -> Restriction | None:
        query = select(Restriction).where(Restriction.id == restriction_id)
        if for_update:
            query = query.with_for_update()
        return self._session.execute(query).scalar_one_or_none()

    def consents(self, customer_id: int, purpose: str, channel: str) -> list[Consent]:
        """The customer's consent rows for one purpose and channel, locked."""
        return list(
            self._session.execute(
                select(Consent)
                .where(
                    Consent.customer_id == customer_id,
                    Consent.purpose == purpose,
                    Consent.channel == channel,
                )
                .with_for_update()
            ).scalars()
        )

    def suppression(self, contact_key: str, channel: str, purpose: str) -> Suppression | None:
        return self._session.execute(
            select(Suppression)
            .where(
                Suppression.contact_key == contact_key,
                Suppression.channel == channel,
                Suppression.purpose == purpose,
            )
            .limit(1)
        ).scalar_one_or_none()
