"""The stand-in for a page whose feature is not built yet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """A heading and a sentence saying which feature will fill the page."""

    def __init__(
        self, title_fn: Callable[[], str], text_fn: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._title_fn = title_fn
        self._text_fn = text_fn
        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)
        self._text = QLabel()
        self._text.setObjectName("placeholderText")
        self._text.setWordWrap(True)
        self._text.setMaximumWidth(720)  # long lines are hard to read on wide screens
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self._title)
        layout.addSpacing(8)
        layout.addWidget(self._text)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self._title_fn())
        self._text.setText(self._text_fn())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
