"""Small helpers the decision services share: loading what a decision acts on and checking
it may be taken, the agent's own words, the recipients to tell, and the proposals waiting
for a supervisor.

Those that read take the caller's repositories and run inside its unit of work; they
raise the domain errors the GUI shows, and none of them commits or logs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from clb4u_desk.domain.cases import ItemOutcome
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, IllegalTransitionError, ValidationError
from clb4u_desk.domain.free_text import MAX_NOTE as MAX_NOTE
from clb4u_desk.domain.free_text import checked_text, paragraph
from clb4u_desk.domain.rights import Right
from clb4u_desk.persistence.models import Approval, Case, RequestItem, Restriction
from clb4u_desk.persistence.repositories import (
    THE_ITEM,
    CaseRepository,
    check_version,
    require_open,
)
from clb4u_desk.persistence.repositories.decisions import DecisionRepository
from clb4u_desk.services.decisions.views import RecipientToTell, RestrictionView


def agent_text(text: str, what: str, limit: int, *, required: bool = True) -> str:
    """Text an agent typed: one paragraph, checked by the free-text policy."""
    return checked_text(text, paragraph(what, limit, required=required))


def pending_item(cases: CaseRepository, case: Case, rights: Iterable[Right]) -> RequestItem:
    """The case's pending item for one of ``rights``: decisions belong to a request."""
    wanted = {right.value for right in rights}
    for item in cases.items(case.id):
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
    decisions: DecisionRepository, customer_id: int, categories: Iterable[str]
) -> tuple[RecipientToTell, ...]:
    """Every disclosure of the customer that included one of ``categories`` (Art. 19)."""
    wanted = set(categories)
    rows = decisions.disclosures(customer_id)
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


def _no_pending_approval(decisions: DecisionRepository, item: RequestItem) -> None:
    if decisions.proposal_waiting(item.id):
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
    cases: CaseRepository, decisions: DecisionRepository, item_id: int, expected_version: int
) -> tuple[RequestItem, Case]:
    """The item to propose a refusal or extension for: pending, unchanged, none waiting."""
    item, case = cases.item(item_id, for_update=True)
    check_version(THE_ITEM, item.version, expected_version)
    require_open(case)
    _check_pending(item)
    _no_pending_approval(decisions, item)
    return item, case


def approved_item(
    cases: CaseRepository, approval: Approval
) -> tuple[RequestItem, Case, dict[str, Any]]:
    """The item, its case and the proposal's payload, once a supervisor approved it."""
    if approval.item_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This proposal names no request item."))
    item, case = cases.item(approval.item_id, for_update=True)
    if item.outcome != ItemOutcome.PENDING.value:
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors", "The request item was decided meanwhile; reject this proposal instead."
            )
        )
    payload = json.loads(approval.payload)
    assert isinstance(payload, dict)
    return item, case, payload
