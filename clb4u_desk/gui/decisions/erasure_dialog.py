"""The erasure dialog: the plan per category (action, rows, dates, basis), propose it for
approval, and once a supervisor approved it, carry it out and save the certificate.

Every step is one service call through the TaskRunner; the service decides what is
allowed (identity level, four eyes, an unchanged plan). The plan shows categories,
counts, dates and legal bases only: no record value.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import DomainError
from clb4u_desk.domain.formatting import MISSING, format_date
from clb4u_desk.gui.decisions.erasure_labels import action_label, category_label
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.files import save_file
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.erasure.service import (
    ErasureLineView,
    ErasurePlanView,
    ErasureStatus,
    ExecutionResult,
    IssuedCertificate,
)

if TYPE_CHECKING:
    from clb4u_desk.app import Services

_Index = QModelIndex | QPersistentModelIndex


def _date(value: Any) -> str:
    return format_date(value) if value is not None else MISSING


class PlanModel(QAbstractTableModel):
    """The lines of an erasure plan (DTOs): category, action, rows, dates, basis."""

    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[ErasureLineView] = []

    def set_lines(self, lines: list[ErasureLineView]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return self._basis(line)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cells(line)[index.column()]

    def _cells(self, line: ErasureLineView) -> tuple[str, ...]:
        span = (
            "—"
            if line.records_from is None
            else (f"{_date(line.records_from)} – {_date(line.records_to)}")
        )
        until = (
            _date(line.retain_until)
            if line.retain_until
            else (
                QCoreApplication.translate("ErasureDialog", "until released")
                if line.action in ("retain", "blocked_by_hold")
                else "—"
            )
        )
        basis = self._basis(line)
        if line.hold_reason:
            basis = f"{basis} ({line.hold_reason})"
        return (
            category_label(line.category),
            action_label(line.action),
            str(line.row_count),
            span,
            until,
            basis,
        )

    @staticmethod
    def _basis(line: ErasureLineView) -> str:
        vietnamese = QLocale().language() == QLocale.Language.Vietnamese
        return line.basis_vi if vietnamese else line.basis_en

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("ErasureDialog", "Category"),
            QCoreApplication.translate("ErasureDialog", "Action"),
            QCoreApplication.translate("ErasureDialog", "Records"),
            QCoreApplication.translate("ErasureDialog", "Record dates"),
            QCoreApplication.translate("ErasureDialog", "Kept until"),
            QCoreApplication.translate("ErasureDialog", "Basis"),
        )
        return titles[section] if 0 <= section < len(titles) else None


class ErasureDialog(QDialog):
    """Plan, propose, and (after approval) execute an erasure for one request item."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        case_id: int,
        item_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._runner = runner
        self._case_id = case_id
        self._item_id = item_id
        self.plan: ErasurePlanView | None = None
        self.status: ErasureStatus | None = None
        self.execution: ExecutionResult | None = None
        self.certificate: IssuedCertificate | None = None
        self.model = PlanModel(self)
        self._build()
        self.retranslate()
        self.reload()

    def _build(self) -> None:
        self.resize(980, 560)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("erasurePlan")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.propose_button = QPushButton(self)
        self.execute_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.propose_button.clicked.connect(self.propose)
        self.execute_button.clicked.connect(self.execute)
        self.save_button.clicked.connect(self._ask_where_to_save)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.propose_button, self.execute_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.table, self.state_label, self.error_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ErasureDialog", "Erasure"))
        self.propose_button.setText(
            QCoreApplication.translate("ErasureDialog", "Propose for approval")
        )
        self.execute_button.setText(
            QCoreApplication.translate("ErasureDialog", "Carry out the approved erasure")
        )
        self.save_button.setText(QCoreApplication.translate("ErasureDialog", "Save certificate…"))
        self.close_button.setText(QCoreApplication.translate("ErasureDialog", "Close"))
        self._show_summary()
        self._update()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, PlanModel.COLUMNS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading --------------------------------------------------------------------

    def reload(self) -> None:
        self._run(self._services.erasure.plan, self._actor, self._case_id, on_done=self._show_plan)
        self._run(
            self._services.erasure.status, self._actor, self._case_id, on_done=self._show_status
        )

    def _show_plan(self, plan: ErasurePlanView) -> None:
        self.plan = plan
        self.model.set_lines([line for line in plan.lines if line.row_count])
        self.table.resizeRowsToContents()
        self._show_summary()
        self._update()

    def _show_status(self, status: ErasureStatus | None) -> None:
        self.status = status
        self._update()

    def _show_summary(self) -> None:
        if self.plan is None:
            self.summary.setText(
                QCoreApplication.translate("ErasureDialog", "Loading the erasure plan…")
            )
            return
        self.summary.setText(
            QCoreApplication.translate(
                "ErasureDialog",
                "Case {case}, customer {customer}: what an erasure would do "
                "today ({date}), per category.",
            ).format(
                case=self.plan.case_reference,
                customer=self.plan.customer_reference,
                date=_date(self.plan.planned_on),
            )
        )

    # -- actions --------------------------------------------------------------------

    def propose(self) -> None:
        self._run(
            self._services.erasure.propose,
            self._actor,
            self._case_id,
            self._item_id,
            on_done=lambda _id: self.reload(),
        )

    def execute(self) -> None:
        if self.status is None:
            return
        self._run(
            self._services.erasure.execute,
            self._actor,
            self.status.approval_id,
            on_done=self._executed,
        )

    def _executed(self, result: ExecutionResult) -> None:
        self.execution = result
        self._run(
            self._services.erasure.certificate_pdf,
            self._actor,
            result.approval_id,
            on_done=self._certified,
        )
        self.reload()

    def _certified(self, certificate: IssuedCertificate) -> None:
        self.certificate = certificate
        self._update()

    def _ask_where_to_save(self) -> None:
        if self.certificate is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ErasureDialog", "Save certificate"),
            self.certificate.file_name,
            QCoreApplication.translate("ErasureDialog", "PDF (*.pdf)"),
        )
        if path:
            self.save_certificate_to(Path(path))

    def save_certificate_to(self, path: Path) -> None:
        """Write the certificate atomically: a crash never leaves half a PDF behind."""
        assert self.certificate is not None
        try:
            save_file(path, self.certificate.content)
        except OSError:
            self._error_text(
                QCoreApplication.translate("ErasureDialog", "Could not write {file}.").format(
                    file=path.name
                )
            )

    # -- state ----------------------------------------------------------------------

    def _run(self, fn: Any, *args: Any, on_done: Any) -> None:
        self.error_label.hide()
        self._runner.run(fn, *args, on_done=on_done, on_error=self._error, owner=self)

    def _error(self, error: DomainError) -> None:
        # Domain messages are complete sentences without personal data.
        self._error_text(error_text(error))

    def _error_text(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _update(self) -> None:
        status = self.status
        open_proposal = (
            status is not None and not status.executed and status.state in ("pending", "approved")
        )
        self.propose_button.setEnabled(
            self.plan is not None
            and not open_proposal
            and not (status is not None and status.executed)
        )
        self.execute_button.setEnabled(
            status is not None and status.state == "approved" and not status.executed
        )
        self.save_button.setEnabled(self.certificate is not None)
        self.state_label.setText(self._state_text())

    def _state_text(self) -> str:
        status = self.status
        if status is None:
            return QCoreApplication.translate(
                "ErasureDialog",
                "Not proposed yet. A supervisor other than you must approve the plan.",
            )
        if status.executed:
            if self.certificate is not None:
                return QCoreApplication.translate(
                    "ErasureDialog",
                    "Carried out. Certificate {file} ({size} bytes, SHA-256 {hash}…).",
                ).format(
                    file=self.certificate.file_name,
                    size=self.certificate.size,
                    hash=self.certificate.sha256[:16],
                )
            return QCoreApplication.translate("ErasureDialog", "Carried out.")
        return {
            "pending": QCoreApplication.translate(
                "ErasureDialog", "Proposed; waiting for a supervisor's approval."
            ),
            "approved": QCoreApplication.translate(
                "ErasureDialog", "Approved; it can be carried out now."
            ),
            "rejected": QCoreApplication.translate(
                "ErasureDialog", "Rejected by a supervisor; you may propose again."
            ),
        }.get(status.state, status.state)
