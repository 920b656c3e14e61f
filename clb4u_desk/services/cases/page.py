"""The case page's read model: one read-only call, one snapshot, with the actions.

Everything the page shows (the case, its timeline, the verification status, the
proposals) is read in one transaction, so the page never shows a state that never
existed; the actions the actor may take are computed from that snapshot by
:mod:`clb4u_desk.domain.case_actions`, the functions the services' guards also call.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.case_actions import (
    NO_ITEM_ACTIONS,
    CaseActions,
    CaseFacts,
    ItemActions,
    ItemFacts,
    case_actions,
    erasure_item,
    item_actions,
)
from clb4u_desk.domain.cases import Permission
from clb4u_desk.services.approvals.service import ApprovalView, read_for_case
from clb4u_desk.services.authz import require_permission
from clb4u_desk.services.cases.service import (
    CaseDetail,
    CaseService,
    ItemDetail,
    TimelineEvent,
    read_timeline,
)
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.verification.status import VerificationStatus, verification_status

_PENDING = "pending"


@dataclass(frozen=True, slots=True)
class CasePage:
    """Everything the case page shows, as it stood at one moment, and what the actor
    may do with it."""

    case: CaseDetail
    timeline: tuple[TimelineEvent, ...]
    verification: VerificationStatus
    approvals: tuple[ApprovalView, ...]
    actions: CaseActions
    items: Mapping[int, ItemActions]  # by request item id
    erasure_item_id: int | None  # the item the erasure action acts for

    def item_actions(self, item_id: int | None) -> ItemActions:
        """What the actor may do with the item (nothing for no item or an unknown one)."""
        if item_id is None:
            return NO_ITEM_ACTIONS
        return self.items.get(item_id, NO_ITEM_ACTIONS)


def item_facts(item: ItemDetail, approvals: tuple[ApprovalView, ...]) -> ItemFacts:
    return ItemFacts(
        id=item.id,
        right=item.right,
        outcome=item.outcome,
        paused=item.paused_since is not None,
        clock_stopped=item.clock_stopped,
        extended=item.extended,
        proposal_pending=any(a.item_id == item.id and a.state == _PENDING for a in approvals),
    )


def case_facts(
    case: CaseDetail, status: VerificationStatus, approvals: tuple[ApprovalView, ...]
) -> CaseFacts:
    return CaseFacts(
        state=case.state,
        assignee_id=case.assignee_id,
        acknowledged=case.acknowledged_at is not None,
        linked=status.linked,
        level_reached=status.level_reached,
        level_needed=status.level_needed,
        verification_attempts=len(status.attempts),
        items=tuple(item_facts(item, approvals) for item in case.items),
        approvals_pending=sum(a.state == _PENDING for a in approvals),
        erasure_proposed=any(a.kind == "erasure" for a in approvals),
    )


class CasePageService:
    def __init__(self, ctx: ServiceContext, cases: CaseService) -> None:
        self._ctx = ctx
        self._cases = cases

    def page(self, actor: Actor, case_id: int) -> CasePage:
        """The case page as it stands now, read in one read-only transaction."""
        require_permission(actor, Permission.HANDLE_CASE)
        with self._ctx.db.reader() as uow:
            case = uow.cases.get(case_id)
            detail = self._cases.read_detail(uow, case)
            timeline = tuple(read_timeline(uow, case))
            status = verification_status(uow, case, self._ctx.clock())
            approvals = tuple(read_for_case(uow, case.id))
        facts = case_facts(detail, status, approvals)
        chosen = erasure_item(facts.items)
        return CasePage(
            case=detail,
            timeline=timeline,
            verification=status,
            approvals=approvals,
            actions=case_actions(facts, actor.role, actor.account_id),
            items=MappingProxyType(
                {item.id: item_actions(facts.state, item, actor.role) for item in facts.items}
            ),
            erasure_item_id=chosen.id if chosen is not None else None,
        )
