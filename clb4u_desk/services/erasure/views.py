"""What the erasure service returns: frozen views of plans, executions, purges, replays."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from clb4u_desk.domain.erasure import ErasureLine


@dataclass(frozen=True, slots=True)
class ErasureLineView:
    category: str
    action: str
    row_count: int
    basis_vi: str
    basis_en: str
    retain_until: date | None
    hold_reason: str | None
    records_from: date | None
    records_to: date | None


@dataclass(frozen=True, slots=True)
class ErasurePlanView:
    case_id: int
    case_reference: str
    customer_reference: str
    planned_on: date
    includes_payment_data: bool
    plan_hash: str
    lines: tuple[ErasureLineView, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.case_reference,
            "customer": self.customer_reference,
            "planned_on": self.planned_on.isoformat(),
            "plan_hash": self.plan_hash,
            "includes_payment_data": self.includes_payment_data,
            "lines": [line_json(line) for line in self.lines],
        }


@dataclass(frozen=True, slots=True)
class ExecutionResult:
    approval_id: int
    case_reference: str
    outcome: str
    counts: Mapping[str, Mapping[str, int]]
    log_seq: int
    log_hash: str


@dataclass(frozen=True, slots=True)
class CustomerCounts:
    customer_reference: str
    counts: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class PurgeReport:
    today: date
    dry_run: bool
    customers: tuple[CustomerCounts, ...] = ()

    @property
    def rows(self) -> int:
        return sum(sum(c.counts.values()) for c in self.customers)


@dataclass(frozen=True, slots=True)
class ReplayReport:
    since: date
    entries: int
    customers: tuple[CustomerCounts, ...] = ()
    skipped: tuple[str, ...] = field(default=())  # why an entry could not be replayed

    @property
    def rows(self) -> int:
        return sum(sum(c.counts.values()) for c in self.customers)


@dataclass(frozen=True, slots=True)
class ErasureStatus:
    """Where the latest erasure proposal of a case stands."""

    approval_id: int
    item_id: int | None
    state: str  # pending / approved / rejected
    executed: bool
    version: int


@dataclass(frozen=True, slots=True)
class IssuedCertificate:
    document_id: int
    file_name: str
    sha256: str
    size: int
    content: bytes


def iso_day(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def line_json(line: ErasureLineView) -> dict[str, Any]:
    """A plan line as approvals and the decision log store it: no values, no hold reason."""
    return {
        "category": line.category,
        "action": line.action,
        "rows": line.row_count,
        "retain_until": iso_day(line.retain_until),
        "records_from": iso_day(line.records_from),
        "records_to": iso_day(line.records_to),
        "hold": line.hold_reason is not None,
    }


def line_view(line: ErasureLine) -> ErasureLineView:
    return ErasureLineView(
        category=line.category.value,
        action=line.action.value,
        row_count=line.row_count,
        basis_vi=line.basis_vi,
        basis_en=line.basis_en,
        retain_until=line.retain_until,
        hold_reason=line.hold_reason,
        records_from=line.records_from,
        records_to=line.records_to,
    )
