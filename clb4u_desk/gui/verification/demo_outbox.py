"""The demo outbox: the mail the demo workspace "sent" (one-time codes among it).

The demo's customers are invented and have no mailbox, and no mail server need run:
their mail is written to a folder (adapters.smtp.DemoOutbox) and read here, newest
first, so that whoever tries the demo can read the code out to themself. The dialog
exists only in the demo workspace; a real configuration sends through SMTP.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.adapters.smtp import DemoOutbox, OutboxMail
from clb4u_desk.domain.formatting import format_datetime
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.tasks import TaskRunner


class DemoOutboxDialog(QDialog):
    """The latest messages of the demo outbox; the selected one's text below the list."""

    def __init__(self, outbox: DemoOutbox, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("demoOutboxDialog")
        self.setMinimumWidth(560)
        self._outbox = outbox
        self._runner = runner
        self.mails: list[OutboxMail] = []
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.messages = QListWidget(self)
        self.messages.currentRowChanged.connect(self._show_mail)
        self.body = QPlainTextEdit(self)
        self.body.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.refresh_button = QPushButton(self)
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.messages, self.body, self.buttons):
            layout.addWidget(widget)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Demo outbox"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.refresh_button.setText(self.tr("Refresh"))
        self._show_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self._runner.run(
            self._outbox.latest,
            on_done=self._loaded,
            on_error=lambda error: self.body.setPlainText(error_text(error)),
            owner=self,
        )

    def _loaded(self, mails: list[OutboxMail]) -> None:
        self.mails = mails
        self._show_list()
        if mails:
            self.messages.setCurrentRow(0)  # the newest: usually the code just sent

    def _show_list(self) -> None:
        if not self.mails:
            self.note.setText(
                self.tr(
                    "The demo sends no real mail: what it sends appears here. Nothing was sent yet."
                )
            )
        else:
            self.note.setText(
                self.tr("The demo sends no real mail: what it sends appears here, newest first.")
            )
        row = self.messages.currentRow()
        self.messages.blockSignals(True)
        self.messages.clear()
        for mail in self.mails:
            self.messages.addItem(f"{format_datetime(mail.sent_at)} · {mail.to} · {mail.subject}")
        self.messages.blockSignals(False)
        if 0 <= row < len(self.mails):
            self.messages.setCurrentRow(row)

    def _show_mail(self, row: int) -> None:
        self.body.setPlainText(self.mails[row].body if 0 <= row < len(self.mails) else "")
