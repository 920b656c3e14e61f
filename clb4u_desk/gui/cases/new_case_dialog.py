"""The "New case" form: a request taken by phone, post, in person, fax or typed in from
an email by hand.

The form checks what it can say best itself (a right, a way to reach the requester, a
time of receipt that is not in the future) and says what to fix in a message box; the
service checks everything again (email and phone formats, lengths) and its message is
shown the same way. Nothing is written until the service accepts the whole request.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import DomainError, ValidationError
from clb4u_desk.domain.formatting import VIETNAM, vietnam_time
from clb4u_desk.domain.language import Language
from clb4u_desk.domain.rights import Channel
from clb4u_desk.gui.cases.case_labels import channel_name
from clb4u_desk.gui.cases.widgets import RightsChooser
from clb4u_desk.gui.errors import domain_error_box, error_text
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.intake.service import CaseSummary, NewCase

if TYPE_CHECKING:
    from clb4u_desk.app import Services

# Phone first: most requests typed in by hand come by phone. Email last: those usually
# arrive as .eml files and are imported instead.
CHANNELS = (Channel.PHONE, Channel.POST, Channel.WALK_IN, Channel.FAX, Channel.EMAIL)
LANGUAGES: tuple[Language, ...] = ("vi", "en")


# Vietnam keeps UTC+7 all year: a fixed offset needs no time zone data from Qt.
VIETNAM_OFFSET = QTimeZone(7 * 3600)


def _shown(moment: datetime) -> QDateTime:
    """``moment`` as the edit shows it: its Vietnam date and time, to the minute."""
    local = vietnam_time(moment)
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), VIETNAM_OFFSET
    )


class NewCaseDialog(QDialog):
    """Type a request in; ``created`` carries the new case's id."""

    created = Signal(int)

    def __init__(
        self, services: Services, actor: Actor, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._runner = runner
        self.summary: CaseSummary | None = None
        self.error_box: QMessageBox | None = None
        self.errors: list[str] = []  # every message shown, in order (tests, no data)
        self.setObjectName("newCaseDialog")
        self.setMinimumWidth(520)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.form = QFormLayout()
        self.channel_combo = QComboBox(self)
        for channel in CHANNELS:
            self.channel_combo.addItem("", channel.value)
        # The time of receipt is typed in Vietnam time, whatever the workstation's zone:
        # the day it falls on is the day the letters print and the deadlines count from.
        self.received_edit = QDateTimeEdit(self)
        self.received_edit.setTimeZone(VIETNAM_OFFSET)
        self.received_edit.setDateTime(_shown(self._services.ctx.clock()))
        self.received_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.received_edit.setCalendarPopup(True)
        self.name_edit = QLineEdit(self)
        # No maxLength: Qt would cut a pasted name without a word; the service refuses
        # a name over its limit and says so.
        self.email_edit = QLineEdit(self)
        self.email_edit.setMaxLength(254)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setMaxLength(40)
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setMaximumHeight(60)
        self.language_combo = QComboBox(self)
        for language in LANGUAGES:
            self.language_combo.addItem("", language)
        self.eu_box = QCheckBox(self)
        self.california_box = QCheckBox(self)
        self.representative_box = QCheckBox(self)
        self.rights = RightsChooser(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setMaximumHeight(90)
        self.form_labels: list[QLabel] = []
        for widget in (
            self.channel_combo,
            self.received_edit,
            self.name_edit,
            self.email_edit,
            self.phone_edit,
            self.address_edit,
            self.language_combo,
        ):
            caption = QLabel(self)
            caption.setBuddy(widget)
            self.form_labels.append(caption)
            self.form.addRow(caption, widget)
        for box in (self.eu_box, self.california_box, self.representative_box):
            self.form.addRow(box)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(self)
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.rights)
        self.notes_label = QLabel(self)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New case"))
        for index, channel in enumerate(CHANNELS):
            self.channel_combo.setItemText(index, channel_name(channel.value))
        self.language_combo.setItemText(0, self.tr("Vietnamese"))
        self.language_combo.setItemText(1, self.tr("English"))
        labels = (
            self.tr("&Channel:"),
            self.tr("&Received at (Vietnam time, UTC+7):"),
            self.tr("&Name (as given):"),
            self.tr("&Email:"),
            self.tr("&Phone:"),
            self.tr("Postal &address:"),
            self.tr("&Language for replies:"),
        )
        for caption, text in zip(self.form_labels, labels, strict=True):
            caption.setText(text)
        self.eu_box.setText(self.tr("EU resident (GDPR applies)"))
        self.california_box.setText(self.tr("California resident (CCPA applies)"))
        self.representative_box.setText(self.tr("Made by a representative"))
        self.rights.setTitle(self.tr("Rights asked for (at least one)"))
        self.rights.retranslate()
        self.notes_label.setText(self.tr("Notes (what was asked, in the requester's words):"))
        self.hint.setText(
            self.tr(
                "The identity is recorded as claimed; it is verified later "
                "on the case. Give at least one way to reach the "
                "requester: email, phone or postal address."
            )
        )
        self.create_button.setText(self.tr("Create case"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the request ----------------------------------------------------------------

    def received_at(self) -> datetime:
        """The time typed in, read as Vietnam time (the edit shows it so)."""
        shown = self.received_edit.dateTime()
        day, time = shown.date(), shown.time()
        return datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=VIETNAM
        )

    def problem(self) -> str | None:
        """What the agent must fix before the request can be sent, or None."""
        if not self.rights.checked():
            return self.tr("Choose at least one right the requester asks for.")
        contact = (self.email_edit.text(), self.phone_edit.text(), self.address_edit.toPlainText())
        if not any(value.strip() for value in contact):
            return self.tr(
                "Give at least one way to reach the requester: email, phone or postal address."
            )
        if self.received_at() > self._services.ctx.clock() + timedelta(seconds=60):
            return self.tr(
                "The time of receipt lies in the future; give the time the request "
                "reached the company."
            )
        return None

    def new_case(self) -> NewCase:
        def text(value: str) -> str | None:
            return value.strip() or None

        language: Language = "en" if self.language_combo.currentData() == "en" else "vi"
        return NewCase(
            channel=Channel(self.channel_combo.currentData()),
            received_at=self.received_at(),
            requester_name=self.name_edit.text().strip(),
            rights=self.rights.checked(),
            email=text(self.email_edit.text()),
            phone=text(self.phone_edit.text()),
            address=text(self.address_edit.toPlainText()),
            language=language,
            eu_resident=self.eu_box.isChecked(),
            california_resident=self.california_box.isChecked(),
            via_representative=self.representative_box.isChecked(),
            notes=text(self.notes_edit.toPlainText()),
        )

    def submit(self) -> None:
        problem = self.problem()
        if problem is not None:
            self._show_error(problem)
            return
        create, actor, new = self._services.intake.create_case, self._actor, self.new_case()
        self.create_button.setEnabled(False)
        self._runner.run(
            create,
            actor,
            new,
            on_done=self._created,
            on_error=self._failed,
            on_finished=lambda: self.create_button.setEnabled(True),
            owner=self,
        )

    def _created(self, summary: CaseSummary) -> None:
        self.summary = summary
        self.created.emit(summary.id)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        # One unit of work: nothing was written; the form keeps what was typed.
        self._show_error(error_text(error))

    def _show_error(self, text: str) -> None:
        self.errors.append(text)
        box = domain_error_box(self, ValidationError(text))
        box.setObjectName("newCaseErrorBox")
        self.error_box = box
        box.open()
