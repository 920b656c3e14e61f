"""The request items of a case as a table: right, due date, urgency, outcome, and the
state of its clock (stopped, extended, a proposal waiting for a supervisor)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from clb4u_desk.domain.cases import ItemOutcome
from clb4u_desk.gui.cases.case_labels import (
    URGENCY_COLOURS,
    clock_stopped_text,
    day_text,
    item_outcome_name,
    right_name,
    urgency_name,
)
from clb4u_desk.services.approvals.service import ApprovalView
from clb4u_desk.services.cases.service import ItemDetail

_Index = QModelIndex | QPersistentModelIndex

RIGHT, DUE, URGENCY, OUTCOME, CLOCK = range(5)


def proposal_name(kind: str) -> str:
    names = {
        "erasure": QCoreApplication.translate("CaseItems", "Erasure proposed, awaiting approval"),
        "refusal": QCoreApplication.translate("CaseItems", "Refusal proposed, awaiting approval"),
        "extension": QCoreApplication.translate(
            "CaseItems", "Extension proposed, awaiting approval"
        ),
    }
    return names.get(kind, kind)


def clock_text(item: ItemDetail, pending_kinds: Iterable[str] = ()) -> str:
    """The item's clock and proposals in words, most pressing first; a decided item's
    clock stopped for good on the day its outcome was recorded."""
    if item.outcome is not ItemOutcome.PENDING:
        return clock_stopped_text(item.outcome.value, item.decided_on)
    parts = [proposal_name(kind) for kind in pending_kinds]
    if item.paused_since is not None:
        parts.append(
            QCoreApplication.translate("CaseItems", "Clock stopped since {date}").format(
                date=day_text(item.paused_since)
            )
        )
    elif item.clock_stopped:
        parts.append(QCoreApplication.translate("CaseItems", "Clock stopped"))
    if item.extended:
        parts.append(QCoreApplication.translate("CaseItems", "Extended"))
    if item.paused_days:
        parts.append(
            QCoreApplication.translate("CaseItems", "Stood {n} day(s) earlier").format(
                n=item.paused_days
            )
        )
    if item.third_party:
        parts.append(QCoreApplication.translate("CaseItems", "Involves a third party"))
    return "; ".join(parts) if parts else QCoreApplication.translate("CaseItems", "Running")


class ItemsModel(QAbstractTableModel):
    """One row per request item (DTOs only)."""

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[ItemDetail] = []
        self._pending: dict[int, list[str]] = {}

    def set_items(self, items: Iterable[ItemDetail], approvals: Iterable[ApprovalView]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._pending = {}
        for approval in approvals:
            if approval.state == "pending" and approval.item_id is not None:
                self._pending.setdefault(approval.item_id, []).append(approval.kind)
        self.endResetModel()

    def item_at(self, row: int) -> ItemDetail:
        return self._items[row]

    def pending_kinds(self, item_id: int) -> tuple[str, ...]:
        """The kinds of proposals for the item still waiting for a supervisor."""
        return tuple(self._pending.get(item_id, ()))

    def row_of(self, item_id: int) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def retranslate(self) -> None:
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, self.COLUMNS - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == URGENCY and item.urgency:
            return QBrush(QColor(URGENCY_COLOURS[item.urgency.value]))
        if role == Qt.ItemDataRole.ForegroundRole and column == URGENCY and item.urgency:
            return QBrush(QColor("#1a1a1a"))  # readable on the light colours in a dark theme
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        return None

    def _text(self, item: ItemDetail, column: int) -> str:
        if column == RIGHT:
            return right_name(item.right)
        if column == DUE:
            return day_text(item.due_on)
        if column == URGENCY:
            return urgency_name(item.urgency.value) if item.urgency else "—"
        if column == OUTCOME:
            return item_outcome_name(item.outcome.value)
        return clock_text(item, self._pending.get(item.id, ()))

    def _tooltip(self, item: ItemDetail, column: int) -> str | None:
        if column == DUE:
            return QCoreApplication.translate(
                "CaseItems", "Without extension or stopped days: {date}"
            ).format(date=day_text(item.base_due_on))
        if column == OUTCOME and item.outcome is not ItemOutcome.PENDING and item.outcome_reason:
            return item.outcome_reason
        if column == CLOCK:
            lines = list(item.notes)
            if item.third_party and item.third_party_reason:
                lines.insert(0, item.third_party_reason)
            if item.extended and item.extension_reason:
                lines.insert(0, item.extension_reason)
            return "\n".join(lines) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("CaseItems", "Right"),
            QCoreApplication.translate("CaseItems", "Due date"),
            QCoreApplication.translate("CaseItems", "Urgency"),
            QCoreApplication.translate("CaseItems", "Outcome"),
            QCoreApplication.translate("CaseItems", "Clock"),
        )
        return titles[section] if 0 <= section < len(titles) else None
