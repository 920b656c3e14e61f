"""The supervisors' approval queue: every pending proposal (erasure, refusal, extension),
oldest first, with what it proposes; approve or reject it with a reason (four eyes).

The list shows case references, kinds, proposers and ages only: no personal data. The
service enforces the rules (supervisors only, never one's own proposal, a reason);
this page only shows what it says.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import DomainError
from clb4u_desk.domain.formatting import format_date
from clb4u_desk.gui.decisions.erasure_labels import action_label, category_label
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.approvals.service import ApprovalView

if TYPE_CHECKING:
    from clb4u_desk.app import Services

_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    labels = {
        "erasure": QCoreApplication.translate("ApprovalQueue", "Erasure"),
        "refusal": QCoreApplication.translate("ApprovalQueue", "Refusal"),
        "extension": QCoreApplication.translate("ApprovalQueue", "Extension"),
    }
    return labels.get(kind, kind)


def age_text(since: datetime, now: datetime) -> str:
    """How long a proposal has waited, in the largest whole unit."""
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 60:
        return QCoreApplication.translate("ApprovalQueue", "{n} min").format(n=minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("ApprovalQueue", "{n} h").format(n=minutes // 60)
    return QCoreApplication.translate("ApprovalQueue", "{n} d").format(n=minutes // (24 * 60))


class ApprovalsModel(QAbstractTableModel):
    """Pending approvals as DTOs (never ORM objects): case, kind, proposer, age."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ApprovalView] = []
        self.now = datetime.now(UTC)

    def set_rows(self, rows: list[ApprovalView], now: datetime) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.now = now
        self.endResetModel()

    def approval(self, row: int) -> ApprovalView:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        view = self._rows[index.row()]
        return (
            view.case_reference,
            kind_label(view.kind),
            view.proposed_by,
            age_text(view.proposed_at, self.now),
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("ApprovalQueue", "Case"),
            QCoreApplication.translate("ApprovalQueue", "Kind"),
            QCoreApplication.translate("ApprovalQueue", "Proposed by"),
            QCoreApplication.translate("ApprovalQueue", "Waiting"),
        )
        return titles[section] if 0 <= section < len(titles) else None


def payload_summary(view: ApprovalView) -> str:
    """What is proposed, in words: for an erasure, its plan per category."""
    lines = view.payload.get("lines") if view.kind == "erasure" else None
    if not isinstance(lines, list):
        return "\n".join(f"{key}: {value}" for key, value in sorted(view.payload.items()))
    out = []
    for line in lines:
        text = (
            f"{category_label(line['category'])}: {action_label(line['action'])} ({line['rows']})"
        )
        if line.get("retain_until"):
            text += " " + QCoreApplication.translate("ApprovalQueue", "until {date}").format(
                date=format_date(date.fromisoformat(line["retain_until"]))
            )
        out.append(text)
    return "\n".join(out)


class ApprovalQueuePage(QWidget):
    """The Supervisor page."""

    def __init__(
        self, services: Services, actor: Actor, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._runner = runner
        self.model = ApprovalsModel(self)
        self._build()
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableView(self)
        self.table.setObjectName("approvalsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(160)
        self.reason = QLineEdit(self)
        self.reason.textChanged.connect(self._update_buttons)
        self.approve_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        self.refresh_button.clicked.connect(self.refresh)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        for widget in (self.title, self.table, self.details, self.reason):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()

    def retranslate(self) -> None:
        self.title.setText(
            QCoreApplication.translate(
                "ApprovalQueue", "Approvals waiting for a second pair of eyes"
            )
        )
        self.reason.setPlaceholderText(
            QCoreApplication.translate(
                "ApprovalQueue", "Reason for approving or rejecting (required)"
            )
        )
        self.approve_button.setText(QCoreApplication.translate("ApprovalQueue", "Approve"))
        self.reject_button.setText(QCoreApplication.translate("ApprovalQueue", "Reject"))
        self.refresh_button.setText(QCoreApplication.translate("ApprovalQueue", "Refresh"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, ApprovalsModel.COLUMNS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data -----------------------------------------------------------------------

    def refresh(self) -> None:
        self._runner.run(
            self._services.approvals.pending, self._actor, on_done=self._show, owner=self
        )

    def _show(self, rows: list[ApprovalView]) -> None:
        self.model.set_rows(rows, datetime.now(UTC))
        self.details.clear()
        self._update_buttons()

    def selected(self) -> ApprovalView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.approval(rows[0].row()) if rows else None

    def _selected(self, *_args: object) -> None:
        view = self.selected()
        self.details.setPlainText(payload_summary(view) if view else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.selected() is not None and bool(self.reason.text().strip())
        self.approve_button.setEnabled(ready)
        self.reject_button.setEnabled(ready)

    def _decide(self, approve: bool) -> None:
        view = self.selected()
        if view is None:
            return
        decide = self._services.approvals.decide
        actor, reason = self._actor, self.reason.text().strip()
        self.message.clear()
        self._runner.run(
            lambda: decide(
                actor, view.id, approve=approve, reason=reason, expected_version=view.version
            ),
            on_done=self._decided,
            on_error=self._error,
            owner=self,
        )

    def _decided(self, view: ApprovalView) -> None:
        text = (
            QCoreApplication.translate("ApprovalQueue", "{case}: approved.")
            if view.state == "approved"
            else QCoreApplication.translate("ApprovalQueue", "{case}: rejected.")
        )
        self.message.setText(text.format(case=view.case_reference))
        self.reason.clear()
        self.refresh()

    def _error(self, error: DomainError) -> None:
        # Domain messages are complete sentences without personal data.
        self.message.setText(error_text(error))
