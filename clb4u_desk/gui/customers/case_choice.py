"""Asks which case a customer should be linked to: a reference typed in, or one of the
agent's own open cases picked from the list (references only: no personal data)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import DomainError
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.cases.queue import QueueFilter

if TYPE_CHECKING:
    from clb4u_desk.app import Services

MAX_LISTED = 200  # the agent's own open cases; any other case can be typed


def own_open_cases(services: Services, actor: Actor) -> list[str]:
    """Runs in a worker thread: references of the open cases assigned to ``actor``."""
    ids = services.queue.query_ids(QueueFilter(assignee_id=actor.account_id))
    return [row.reference for row in services.queue.rows(ids[:MAX_LISTED])]


class CaseChoiceDialog(QDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        customer_reference: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._customer_reference = customer_reference
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.case_combo = QComboBox(self)
        self.case_combo.setEditable(True)
        self.case_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.case_combo.setMinimumWidth(260)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_given)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.explanation, self.case_combo, self.error_label, self.buttons):
            layout.addWidget(widget)
        self.retranslate()
        runner.run(
            own_open_cases,
            services,
            actor,
            on_done=self._fill,
            on_error=self._load_failed,
            owner=self,
            quiet=True,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Link to case"))
        # Qt ships no Vietnamese for its standard buttons, so the texts are set here.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.explanation.setText(
            self.tr(
                "Link customer {customer} to which case? Type the case reference "
                "(DSR-2026-000123) or pick one of your open cases."
            ).format(customer=self._customer_reference)
        )
        line = self.case_combo.lineEdit()
        if line is not None:  # always, the combo being editable
            line.setPlaceholderText(self.tr("Case reference"))

    def _fill(self, references: list[str]) -> None:
        typed = self.case_combo.currentText()
        self.case_combo.clear()
        self.case_combo.addItems(references)
        self.case_combo.setEditText(typed)  # what the agent typed meanwhile stays

    def _load_failed(self, error: DomainError) -> None:
        self.error_label.setText(error_text(error))
        self.error_label.show()

    def reference(self) -> str:
        return self.case_combo.currentText().strip()

    def _accept_if_given(self) -> None:
        if not self.reference():
            self.error_label.setText(
                self.tr(
                    "Type a case reference, such as DSR-2026-000123, or pick one of your open "
                    "cases."
                )
            )
            self.error_label.show()
            return
        self.accept()
