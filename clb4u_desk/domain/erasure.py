"""Erasure planning: per data category, what an erasure request erases, keeps or cannot touch.

Pure rules (DESIGN.md section 4, "Retention"): no Qt, no database, no files. The
services count what is held about the person per category (``CategoryHolding``),
``plan_erasure`` turns that into lines, a supervisor approves the plan, and the
services carry it out and print it on the deletion certificate.

For each category, in this order:

1. An active legal hold (dispute, fraud complaint, legal claim) blocks the whole
   category: nothing is erased or anonymised, even rows whose period has ended,
   because destroying evidence under a hold is exactly what the hold forbids.
2. A rule with no duty to keep (``years`` unset) erases or anonymises every row.
3. A rule that retains keeps each row until its own retention date; rows whose date
   has already passed are erased now (the law requires deleting data once its
   period ends, and an erasure request is no reason to keep it longer).
4. A category marked ``kept_while_others_retained`` (identity) is kept, minimally,
   as long as any other category of the person is retained or blocked, until the
   latest of their dates; otherwise it follows its own rule.

Granularity. A holding may list every row's record date (``record_dates``): then the
category splits exactly into one "erase N rows whose period ended" line and one
"retain M rows until D" line per distinct retention date, so each group is purged on
its own date. Without per-row dates the category is planned on its latest record:
everything is erased when even the latest row's period has ended, otherwise
everything is retained until the latest row's date. That never erases a row still
under a duty, but keeps older rows longer than needed, so services should pass
record dates (one small query per category for one person).

Each line carries ``records_from``/``records_to``, the record-date range it covers;
retention dates grow with record dates, so the rows of a line are exactly the rows of
the category dated within that range.

Retained and blocked lines are restricted (storage only) until purged or released;
``due_for_purge`` lists the retained lines whose date has passed. A released hold
means planning again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.labels import CATEGORIES
from clb4u_desk.domain.retention import RetentionAction, RetentionPolicy, RetentionRule


class ErasureAction(StrEnum):
    ERASE = "erase"
    ANONYMISE = "anonymise"
    RETAIN = "retain"  # kept, restricted to storage, purged when its date has passed
    BLOCKED_BY_HOLD = "blocked_by_hold"  # kept as it is while a legal hold lasts


_HOLD_BASIS_VI = (
    "Đang bị phong tỏa pháp lý (tranh chấp, khiếu nại gian lận hoặc yêu cầu pháp lý); "
    "không xóa cho đến khi được giải tỏa"
)
_HOLD_BASIS_EN = (
    "Under legal hold (dispute, fraud complaint or legal claim); "
    "not erased until the hold is released"
)


@dataclass(frozen=True, slots=True)
class LegalHoldInfo:
    reason: str
    since: date
    released_on: date | None = None

    def active_on(self, day: date) -> bool:
        # A hold dated in the future still counts: when in doubt, do not destroy.
        return self.released_on is None or self.released_on > day


@dataclass(frozen=True, slots=True)
class CategoryHolding:
    """What is held about one person in one category.

    ``record_dates``, when given, has one date per row (``row_count`` of them) and
    makes the plan exact; ``latest_record_date`` and ``oldest_record_date`` are then
    derived from it when left out.
    """

    category: DataCategory
    row_count: int
    latest_record_date: date | None = None
    oldest_record_date: date | None = None
    legal_hold: LegalHoldInfo | None = None
    record_dates: tuple[date, ...] = ()

    def __post_init__(self) -> None:
        if self.row_count < 0:
            raise ValueError("A row count cannot be negative.")
        if self.record_dates:
            self._check_record_dates()
        if (
            self.latest_record_date is not None
            and self.oldest_record_date is not None
            and self.oldest_record_date > self.latest_record_date
        ):
            raise ValueError("The oldest record date is after the latest one.")

    def _check_record_dates(self) -> None:
        if len(self.record_dates) != self.row_count:
            raise ValueError("record_dates needs exactly one date per row.")
        latest, oldest = max(self.record_dates), min(self.record_dates)
        if self.latest_record_date not in (None, latest):
            raise ValueError("latest_record_date disagrees with record_dates.")
        if self.oldest_record_date not in (None, oldest):
            raise ValueError("oldest_record_date disagrees with record_dates.")
        object.__setattr__(self, "latest_record_date", latest)
        object.__setattr__(self, "oldest_record_date", oldest)

    @property
    def date_range(self) -> tuple[date | None, date | None]:
        oldest = self.oldest_record_date or self.latest_record_date
        return oldest, self.latest_record_date


@dataclass(frozen=True, slots=True)
class ErasureLine:
    category: DataCategory
    action: ErasureAction
    row_count: int
    basis_vi: str
    basis_en: str
    retain_until: date | None = None  # last day kept (RETAIN); None: until replanned
    hold_reason: str | None = None  # BLOCKED_BY_HOLD
    records_from: date | None = None  # record-date range of the rows this line covers
    records_to: date | None = None

    @property
    def restricted(self) -> bool:
        """Kept rows are restricted to storage: no use, no disclosure, only keeping."""
        return self.action in (ErasureAction.RETAIN, ErasureAction.BLOCKED_BY_HOLD)

    @property
    def purge_on(self) -> date | None:
        """The first day a retained line may be purged, if it has a date."""
        if self.action is not ErasureAction.RETAIN or self.retain_until is None:
            return None
        return self.retain_until + timedelta(days=1)


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """Row counts per action."""

    erase: int
    anonymise: int
    retain: int
    blocked: int

    @property
    def total(self) -> int:
        return self.erase + self.anonymise + self.retain + self.blocked


@dataclass(frozen=True, slots=True)
class ErasurePlan:
    planned_on: date
    lines: tuple[ErasureLine, ...]

    def summary(self) -> PlanSummary:
        rows: Counter[ErasureAction] = Counter()
        for line in self.lines:
            rows[line.action] += line.row_count
        return PlanSummary(
            erase=rows[ErasureAction.ERASE],
            anonymise=rows[ErasureAction.ANONYMISE],
            retain=rows[ErasureAction.RETAIN],
            blocked=rows[ErasureAction.BLOCKED_BY_HOLD],
        )

    def lines_for(self, category: DataCategory) -> tuple[ErasureLine, ...]:
        return tuple(line for line in self.lines if line.category is category)

    def restricted_categories(self) -> frozenset[DataCategory]:
        """Categories with rows that stay, restricted to storage."""
        return frozenset(line.category for line in self.lines if line.restricted and line.row_count)

    def next_purge_on(self) -> date | None:
        """The first day some retained rows may be purged, if any have a date."""
        dates = [line.purge_on for line in self.lines if line.purge_on is not None]
        return min(dates, default=None)


def due_for_purge(lines: Iterable[ErasureLine], today: date) -> tuple[ErasureLine, ...]:
    """The retained lines whose retention date has passed by ``today``."""
    return tuple(line for line in lines if line.purge_on is not None and line.purge_on <= today)


# --------------------------------------------------------------------------- planning


def _plain_action(rule: RetentionRule) -> ErasureAction:
    # Nothing left to keep under a retaining rule (no rows, or all past) means erase.
    if rule.action_when_requested is RetentionAction.ANONYMISE:
        return ErasureAction.ANONYMISE
    return ErasureAction.ERASE


def _hold_line(holding: CategoryHolding, hold: LegalHoldInfo) -> ErasureLine:
    oldest, latest = holding.date_range
    return ErasureLine(
        category=holding.category,
        action=ErasureAction.BLOCKED_BY_HOLD,
        row_count=holding.row_count,
        basis_vi=_HOLD_BASIS_VI,
        basis_en=_HOLD_BASIS_EN,
        hold_reason=hold.reason,
        records_from=oldest,
        records_to=latest,
    )


def _whole_line(holding: CategoryHolding, rule: RetentionRule) -> ErasureLine:
    oldest, latest = holding.date_range
    return ErasureLine(
        category=holding.category,
        action=_plain_action(rule),
        row_count=holding.row_count,
        basis_vi=rule.basis_vi,
        basis_en=rule.basis_en,
        records_from=oldest,
        records_to=latest,
    )


def _expired_line(
    category: DataCategory, rule: RetentionRule, count: int, span: tuple[date, date]
) -> ErasureLine:
    return ErasureLine(
        category=category,
        action=ErasureAction.ERASE,
        row_count=count,
        basis_vi=f"Đã hết thời hạn lưu trữ ({rule.basis_vi})",
        basis_en=f"Retention period over ({rule.basis_en})",
        records_from=span[0],
        records_to=span[1],
    )


def _retained_line(
    category: DataCategory, rule: RetentionRule, count: int, span: tuple[date, date], until: date
) -> ErasureLine:
    return ErasureLine(
        category=category,
        action=ErasureAction.RETAIN,
        row_count=count,
        basis_vi=rule.basis_vi,
        basis_en=rule.basis_en,
        retain_until=until,
        records_from=span[0],
        records_to=span[1],
    )


def _until(policy: RetentionPolicy, category: DataCategory, record_date: date) -> date:
    until = policy.until(category, record_date)
    if until is None:
        raise ValueError(f"The rule for {category.value} retains data but has no period.")
    return until


def _block_lines(
    holding: CategoryHolding, rule: RetentionRule, policy: RetentionPolicy, today: date
) -> list[ErasureLine]:
    """Without per-row dates the category moves as one block, on its latest row."""
    oldest, latest = holding.date_range
    if oldest is None or latest is None:
        raise ValueError(
            f"Planning {holding.category.value} needs its record dates: its rule retains data."
        )
    until = _until(policy, holding.category, latest)
    if until < today:
        return [_expired_line(holding.category, rule, holding.row_count, (oldest, latest))]
    return [_retained_line(holding.category, rule, holding.row_count, (oldest, latest), until)]


def _row_lines(
    holding: CategoryHolding, rule: RetentionRule, policy: RetentionPolicy, today: date
) -> list[ErasureLine]:
    """One line for the rows past their date, one per retention date for the others."""
    category = holding.category
    groups: dict[date | None, list[date]] = {}
    for record_date in holding.record_dates:
        until = _until(policy, category, record_date)
        groups.setdefault(None if until < today else until, []).append(record_date)
    lines = []
    expired = groups.pop(None, [])
    if expired:
        lines.append(_expired_line(category, rule, len(expired), (min(expired), max(expired))))
    for until, group in sorted((u, g) for u, g in groups.items() if u is not None):
        lines.append(_retained_line(category, rule, len(group), (min(group), max(group)), until))
    return lines


def _own_lines(holding: CategoryHolding, policy: RetentionPolicy, today: date) -> list[ErasureLine]:
    rule = policy[holding.category]
    hold = holding.legal_hold
    if hold is not None and hold.active_on(today):
        return [_hold_line(holding, hold)]
    if rule.action_when_requested is not RetentionAction.RETAIN or holding.row_count == 0:
        return [_whole_line(holding, rule)]
    if holding.record_dates:
        return _row_lines(holding, rule, policy, today)
    return _block_lines(holding, rule, policy, today)


def _kept_for_others(
    holding: CategoryHolding, own: list[ErasureLine], others: list[ErasureLine]
) -> list[ErasureLine]:
    """A follower category (identity) kept until the latest of the others' dates."""
    keeping = [line for line in others if line.restricted and line.row_count]
    if not keeping or not holding.row_count or own[0].action is ErasureAction.BLOCKED_BY_HOLD:
        return own
    dates = [line.retain_until for line in keeping + own if line.restricted]
    # Any open-ended keeping (a hold) keeps the follower open-ended too.
    until = None if None in dates else max(d for d in dates if d is not None)
    kept = [c for c in DataCategory if any(line.category is c for line in keeping)]
    names_vi = ", ".join(CATEGORIES[c][0].lower() for c in kept)
    names_en = ", ".join(CATEGORIES[c][1].lower() for c in kept)
    oldest, latest = holding.date_range
    return [
        ErasureLine(
            category=holding.category,
            action=ErasureAction.RETAIN,
            row_count=holding.row_count,
            basis_vi=(
                "Chỉ giữ mức tối thiểu cần thiết để xác định chủ thể của dữ liệu "
                f"đang phải lưu giữ ({names_vi})"
            ),
            basis_en=(
                f"Only the minimum kept, to show whose the retained records are ({names_en})"
            ),
            retain_until=until,
            records_from=oldest,
            records_to=latest,
        )
    ]


def plan_erasure(
    holdings: Sequence[CategoryHolding], policy: RetentionPolicy, today: date
) -> ErasurePlan:
    """The erasure plan for one person: lines in category order, see the module docs."""
    seen = Counter(holding.category for holding in holdings)
    repeated = sorted(category.value for category, count in seen.items() if count > 1)
    if repeated:
        raise ValueError(f"Each category may be held once; repeated: {', '.join(repeated)}.")
    by_category = {holding.category: holding for holding in holdings}
    own = {category: _own_lines(h, policy, today) for category, h in by_category.items()}
    followers = {c for c in by_category if policy[c].kept_while_others_retained}
    others = [line for c, lines in own.items() if c not in followers for line in lines]
    for category in followers:
        own[category] = _kept_for_others(by_category[category], own[category], others)
    ordered = [line for category in DataCategory if category in own for line in own[category]]
    return ErasurePlan(planned_on=today, lines=tuple(ordered))
