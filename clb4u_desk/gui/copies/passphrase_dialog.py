"""The passphrase of an issued copy, shown once, with a copy button and a warning.

The passphrase lives only in this dialog's widgets: it is not logged, not stored, and
the clipboard is cleared on closing if it still holds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# Named "translate" so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


class PassphraseDialog(QDialog):
    def __init__(self, passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._passphrase = passphrase
        self.setModal(True)
        self.setMinimumWidth(520)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("font-weight: bold; color: #8a4b00;")
        self.field = QLineEdit(passphrase, self)
        self.field.setObjectName("passphrase")
        self.field.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.field.setFont(font)
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance(passphrase) + 24)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.copy_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("PassphraseDialog", "Passphrase of the copy"))
        self.warning.setText(
            QCoreApplication.translate(
                "PassphraseDialog",
                "Send this passphrase to the requester by another channel than the file: read it "
                "out by phone or send it by SMS, never in the same email.",
            )
        )
        self.note.setText(
            QCoreApplication.translate(
                "PassphraseDialog",
                "It is shown only now: CLB4U Desk does not store it anywhere. Without it the copy "
                "cannot be opened; if it is lost, issue a new copy.",
            )
        )
        self.copy_button.setText(translate("PassphraseDialog", "Copy"))
        self.close_button.setText(translate("PassphraseDialog", "I have noted it"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self._passphrase)

    def done(self, code: int) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._passphrase:
            clipboard.clear()
        self.field.clear()
        self._passphrase = ""
        super().done(code)
