"""What every decision dialog shares: the runner, an inline error line, busy state."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import DomainError
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from clb4u_desk.app import Services


class DecisionDialog(QDialog):
    """A modal form that submits one service call through the TaskRunner.

    A domain error (the user can fix it: identity level, a stale version, a missing
    reason) is shown in the dialog, so the form keeps what the user typed. Anything
    else goes to the runner's crash handling.
    """

    decided = Signal(object)  # the service's result DTO, before the dialog closes

    def __init__(
        self, services: Services, actor: Actor, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._runner = runner
        self.result_value: object | None = None
        self.setModal(True)
        self._layout = QVBoxLayout(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _finish_layout(self) -> None:
        self._layout.addWidget(self.error_label)
        self._layout.addWidget(self.buttons)

    def _submit(self) -> None:
        raise NotImplementedError

    def _run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], object]) -> None:
        """Call ``fn(*args)`` in the background; the form waits, disabled."""
        self.error_label.hide()
        self.setEnabled(False)
        self._runner.run(
            fn,
            *args,
            on_done=on_done,
            on_error=self._show_error,
            on_finished=self._ready,
            owner=self,
        )

    def _ready(self) -> None:
        self.setEnabled(True)

    def _show_error(self, error: DomainError) -> None:
        # Domain messages are complete sentences without personal data (domain.errors).
        self.error_label.setText(error_text(error))
        self.error_label.show()

    def _decided(self, result: object) -> None:
        self.result_value = result
        self.decided.emit(result)
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text again (on construction and on a language switch)."""


def check_grid(
    parent: QWidget, keys: list[str], columns: int = 2
) -> tuple[QGridLayout, dict[str, QCheckBox]]:
    """Check boxes in a grid, keyed by value; their texts are set by ``retranslate``."""
    grid = QGridLayout()
    boxes: dict[str, QCheckBox] = {}
    for index, key in enumerate(keys):
        box = QCheckBox(parent)
        box.setObjectName(key)
        grid.addWidget(box, index // columns, index % columns)
        boxes[key] = box
    return grid, boxes


def checked(boxes: dict[str, QCheckBox]) -> list[str]:
    return [key for key, box in boxes.items() if box.isChecked()]
