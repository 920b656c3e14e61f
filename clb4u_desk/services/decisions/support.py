"""Small helpers the decision services share: loading what a decision acts on and checking
it may be taken, the agent's own words, the recipients to tell, and the proposals waiting
for a supervisor.

Those that read take the caller's session and run inside its unit of work; they raise
the domain errors the GUI shows, and none of them commits or logs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from clb4u_desk.domain.cards import ensure_no_card_number
from clb4u_desk.domain.cases import ItemOutcome
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    IllegalTransitionError,
    NotFoundError,
    ValidationError,
)
from clb4u_desk.domain.rights import Right
from clb4u_desk.domain.text import nfc
from clb4u_desk.persistence.models import (
    Approval,
    Case,
    Customer,
    Disclosure,
    RequestItem,
    Restriction,
)
from clb4u_desk.services.cases.support import (
    THE_ITEM,
    check_version,
    load_case,
    load_item,
    load_items,
    require_open,
)
from clb4u_desk.services.decisions.views import RecipientToTell, RestrictionView

# The longest note an agent may type (a reason, the evidence seen).
MAX_NOTE = 2_000


def agent_text(text: str, what: str, limit: int, *, required: bool = True) -> str:
    """Text an agent typed: NFC, one paragraph, no card numbers, within ``limit``."""
    tidy = " ".join(nfc(text).split())
    if required and not tidy:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{what} is needed."), what=what)
    if len(tidy) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{what} is longer than {limit} characters."),
            what=what,
            limit=limit,
        )
    ensure_no_card_number(tidy, what)
    return tidy


def touch_case(case: Case) -> None:
    """Mark the case changed so its version moves on: a decision is a change to the case
    that every other user looking at it must reload before they act on it."""
    flag_modified(case, "state")


def linked_customer(session: Session, case: Case) -> Customer:
    """The customer the case is linked to; a decision on records needs one."""
    if case.customer_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {reference} is not linked to a customer; link the requester's records first.",
            ),
            reference=case.reference,
        )
    customer = session.get(Customer, case.customer_id)
    if customer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "The customer linked to this case no longer exists.")
        )
    return customer


def pending_item(session: Session, case: Case, rights: Iterable[Right]) -> RequestItem:
    """The case's pending item for one of ``rights``: decisions belong to a request."""
    wanted = {right.value for right in rights}
    for item in load_items(session, case.id):
        if item.right in wanted and item.outcome == ItemOutcome.PENDING.value:
            return item
    names = " or ".join(sorted(wanted)).replace("_", " ")
    raise IllegalTransitionError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Case {reference} has no pending request for {names}; this decision needs one.",
        ),
        reference=case.reference,
        names=names,
    )


def changing_case(session: Session, case_id: int, expected_version: int) -> Case:
    """The open case, locked, at the version the user saw."""
    case = load_case(session, case_id, for_update=True)
    check_version(f"Case {case.reference}", case.version, expected_version)
    require_open(case)
    return case


def restriction_view(row: Restriction) -> RestrictionView:
    return RestrictionView(
        id=row.id,
        customer_id=row.customer_id,
        category=row.category,
        purpose=row.purpose,
        reason=row.reason,
        since=row.since,
        lifted_at=row.lifted_at,
        case_id=row.case_id,
        version=row.version,
    )


def _split_categories(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def disclosure_recipients(
    session: Session, customer_id: int, categories: Iterable[str]
) -> tuple[RecipientToTell, ...]:
    """Every disclosure of the customer that included one of ``categories`` (Art. 19)."""
    wanted = set(categories)
    rows = session.execute(
        select(Disclosure)
        .where(Disclosure.customer_id == customer_id)
        .order_by(Disclosure.disclosed_on, Disclosure.id)
    ).scalars()
    return tuple(
        RecipientToTell(
            row.id,
            row.recipient,
            row.legal_basis,
            _split_categories(row.categories),
            row.disclosed_on,
        )
        for row in rows
        if wanted & set(_split_categories(row.categories))
    )


def append_to_scope(item: RequestItem, key: str, entry: Mapping[str, Any]) -> None:
    """Keep a decision's own words (reason, evidence) with its request item.

    The log holds only their hashes; the item's ``scope`` JSON is the case file. Other
    keys of ``scope`` belong to other features and are left as they are.
    """
    scope: dict[str, Any] = json.loads(item.scope) if item.scope else {}
    if not isinstance(scope, dict):
        scope = {}
    scope.setdefault(key, []).append(dict(entry))
    item.scope = json.dumps(scope, ensure_ascii=False, sort_keys=True)


# --------------------------------------------------------------------------- proposals


def _no_pending_approval(session: Session, item: RequestItem) -> None:
    pending = session.execute(
        select(Approval.id).where(Approval.item_id == item.id, Approval.state == "pending").limit(1)
    ).first()
    if pending is not None:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A proposal for this request item is already waiting "
                "for a supervisor; wait for the decision (or ask for it to be "
                "rejected) before proposing another.",
            )
        )


def _check_pending(item: RequestItem) -> None:
    if item.outcome != ItemOutcome.PENDING.value:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP("errors", "This request item has been decided already.")
        )


def proposable_item(
    session: Session, item_id: int, expected_version: int
) -> tuple[RequestItem, Case]:
    """The item to propose a refusal or extension for: pending, unchanged, none waiting."""
    item, case = load_item(session, item_id)
    check_version(THE_ITEM, item.version, expected_version)
    require_open(case)
    _check_pending(item)
    _no_pending_approval(session, item)
    return item, case


def approved_item(session: Session, approval: Approval) -> tuple[RequestItem, Case, dict[str, Any]]:
    """The item, its case and the proposal's payload, once a supervisor approved it."""
    if approval.item_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This proposal names no request item."))
    item, case = load_item(session, approval.item_id)
    if item.outcome != ItemOutcome.PENDING.value:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors", "The request item was decided meanwhile; reject this proposal instead."
            )
        )
    payload = json.loads(approval.payload)
    assert isinstance(payload, dict)
    return item, case, payload
