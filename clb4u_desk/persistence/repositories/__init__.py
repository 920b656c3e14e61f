"""Repositories on the unit of work: the one home of loading, locking and the checks
that come with loading (the row exists, it is still at the version the user saw, the
case is still open). Services reach the database only through these and ``uow``.

Each repository wraps the unit of work's session; one is made per unit of work
(``uow.cases``, ``uow.customers``, ...), so it never outlives its transaction.
"""

from clb4u_desk.persistence.repositories.accounts import AccountRepository
from clb4u_desk.persistence.repositories.approvals import ApprovalRepository
from clb4u_desk.persistence.repositories.base import Repository
from clb4u_desk.persistence.repositories.cases import (
    THE_CASE,
    THE_ITEM,
    CaseRepository,
    RelatedCase,
    check_version,
    require_open,
    stale_as_concurrent,
)
from clb4u_desk.persistence.repositories.customers import CustomerRepository
from clb4u_desk.persistence.repositories.log import DecisionLogRepository
from clb4u_desk.persistence.repositories.lookup import LookupRepository
from clb4u_desk.persistence.repositories.queue import QueueFilter, QueueRepository

__all__ = [
    "THE_CASE",
    "THE_ITEM",
    "AccountRepository",
    "ApprovalRepository",
    "CaseRepository",
    "CustomerRepository",
    "DecisionLogRepository",
    "LookupRepository",
    "QueueFilter",
    "QueueRepository",
    "RelatedCase",
    "Repository",
    "check_version",
    "require_open",
    "stale_as_concurrent",
]
