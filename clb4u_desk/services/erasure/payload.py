"""The plan as approvals and the decision log store it, and read back from them."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from clb4u_desk.audit.chain import canonical_details
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import ErasureAction, ErasureLine, ErasurePlan
from clb4u_desk.services.erasure.views import line_json, line_view

# The decision-log action of a carried-out erasure; replay and certificate read it back.
EXECUTED = "erasure_executed"


def parse_day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def plan_lines_payload(plan: ErasurePlan) -> list[dict[str, Any]]:
    """The plan as the approval stores it: categories, actions, counts, dates; no values.

    The hold's reason is free text typed by staff and is left out; whether a hold blocks
    the category is what matters to the approval.
    """
    return [line_json(line_view(line)) for line in plan.lines]


def plan_hash(lines: Sequence[Mapping[str, Any]]) -> str:
    return hashlib.sha256(canonical_details({"lines": list(lines)}).encode()).hexdigest()


def differences(
    approved: Sequence[Mapping[str, Any]], current: Sequence[Mapping[str, Any]]
) -> list[str]:
    """Categories whose lines differ between the approved plan and today's."""

    def by_category(lines: Sequence[Mapping[str, Any]]) -> dict[str, list[Any]]:
        grouped: dict[str, list[Any]] = {}
        for line in lines:
            grouped.setdefault(str(line["category"]), []).append(dict(line))
        return grouped

    old, new = by_category(approved), by_category(current)
    return sorted(c for c in set(old) | set(new) if old.get(c) != new.get(c))


def plan_counts(plan: ErasurePlan) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = {}
    for line in plan.lines:
        if line.row_count:
            counts.setdefault(line.category.value, Counter())[line.action.value] += line.row_count
    return {category: dict(c) for category, c in counts.items()}


def line_from_json(data: Mapping[str, Any]) -> ErasureLine:
    """A logged plan line back as a line (without its policy texts)."""
    return ErasureLine(
        category=DataCategory(data["category"]),
        action=ErasureAction(data["action"]),
        row_count=int(data["rows"]),
        basis_vi="",
        basis_en="",
        retain_until=parse_day(data.get("retain_until")),
        records_from=parse_day(data.get("records_from")),
        records_to=parse_day(data.get("records_to")),
    )
