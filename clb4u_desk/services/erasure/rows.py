"""What erasure does to the rows a plan line covers, and the restriction it leaves on
the rows it keeps. The rows themselves are found and changed by the erasure repository
(:mod:`clb4u_desk.persistence.repositories.erasure`, which also describes what erasing
and anonymising each category means); this module decides which step a line takes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import ErasureAction, ErasureLine
from clb4u_desk.persistence.models import Case, Customer, Restriction
from clb4u_desk.persistence.repositories.erasure import ErasureRepository, HeldRow
from clb4u_desk.services.erasure.views import iso_day

# The reason of every restriction an erasure leaves starts so; purge and replay find
# them by it.
RESTRICTION_PREFIX = "retained after erasure"
_REASON_LIMIT = 300  # restrictions.reason is VARCHAR(300)

HeldRows = Mapping[DataCategory, list[HeldRow]]


def rows_of_line(rows: Sequence[HeldRow], line: ErasureLine) -> list[HeldRow]:
    """The rows a plan line covers: those dated within its record-date range."""
    if not line.row_count or line.records_from is None or line.records_to is None:
        return []
    low, high = line.records_from, line.records_to
    return [row for row in rows if low <= row.record_date <= high]


def erase_line(
    records: ErasureRepository, customer: Customer, line: ErasureLine, rows: HeldRows
) -> int:
    covered = rows_of_line(rows[line.category], line)
    if line.category is DataCategory.ACCOUNT:
        return records.clear_account(customer) if covered else 0
    if line.category is DataCategory.IDENTITY:
        return records.anonymise_identity(customer) if covered else 0
    return records.delete_rows(covered)


def _anonymise_line(
    records: ErasureRepository, customer: Customer, line: ErasureLine, rows: HeldRows
) -> int:
    covered = rows_of_line(rows[line.category], line)
    if not covered:
        return 0
    if line.category is DataCategory.POLLS:
        return records.anonymise_polls(covered)
    if line.category in (DataCategory.IDENTITY, DataCategory.ACCOUNT):
        return erase_line(records, customer, line, rows)
    return records.delete_rows(covered)


def apply_line(
    records: ErasureRepository, customer: Customer, line: ErasureLine, rows: HeldRows
) -> int:
    """Erase or anonymise the rows the line covers; how many rows changed."""
    if line.action is ErasureAction.ERASE:
        return erase_line(records, customer, line, rows)
    if line.action is ErasureAction.ANONYMISE:
        return _anonymise_line(records, customer, line, rows)
    return 0


def restriction_head(line: ErasureLine) -> str:
    """The start of a retained line's restriction reason: prefix and date."""
    return f"{RESTRICTION_PREFIX} until {iso_day(line.retain_until) or 'further notice'}"


def restrict_line(
    records: ErasureRepository,
    customer: Customer,
    line: ErasureLine,
    case: Case | None,
    now: datetime,
    *,
    note: str | None = None,
) -> Restriction:
    """Retained rows are restricted to storage until their date (one restriction a line)."""
    restriction = Restriction(
        customer_id=customer.id,
        category=line.category.value,
        purpose=None,
        reason=f"{restriction_head(line)}: {note or line.basis_en}"[:_REASON_LIMIT],
        since=now,
        case_id=case.id if case else None,
    )
    records.add(restriction)
    return restriction


def restriction_until(restriction: Restriction) -> date | None:
    # The reason is written by restrict_line: "<prefix> until YYYY-MM-DD: basis".
    head = restriction.reason[len(RESTRICTION_PREFIX) + len(" until ") :].split(":", 1)[0]
    try:
        return date.fromisoformat(head)
    except ValueError:
        return None
