"""Small widgets shared by the intake dialogs."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QWidget

from clb4u_desk.domain.rights import Right
from clb4u_desk.gui.cases.case_labels import right_name


class RightsChooser(QGroupBox):
    """One check box per right; the agent decides which ones the request asks for."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        self.boxes: dict[Right, QCheckBox] = {}
        for position, right in enumerate(Right):
            box = QCheckBox(self)
            box.toggled.connect(lambda _checked: self.changed.emit())
            layout.addWidget(box, position // 2, position % 2)
            self.boxes[right] = box
        self.retranslate()

    def retranslate(self) -> None:
        for right, box in self.boxes.items():
            box.setText(right_name(right))

    def set_checked(self, rights: Iterable[Right]) -> None:
        chosen = set(rights)
        for right, box in self.boxes.items():
            box.setChecked(right in chosen)

    def checked(self) -> list[Right]:
        return [right for right, box in self.boxes.items() if box.isChecked()]
