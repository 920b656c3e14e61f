"""Taking requests in from .eml files: one preview dialog per file, one after the other.

:class:`EmailImport` walks through the files given (dropped on the queue or chosen in
the file dialog). Each file is read and previewed in the background; a file that is
not an email gets a message box naming it and saying what is wrong, and the import
goes on with the next file. For an email, :class:`EmailIntakeDialog` shows what the
message claims (sender, subject, date, attachments) and the rights suggested from its
wording as check boxes: a suggestion the agent confirms or changes, never a decision.
Confirming creates the case through the service; the service then says which earlier
requests came from the same contact point, and the dialog offers to link one of them
(the latest is chosen: a second message from the same person is usually the same
matter). An email imported before (same Message-ID, or the same bytes) makes no second
case: the dialog names the case it already is and offers to open it.

One dialog per file rather than one summary: each request is read and its rights
confirmed on its own, as the agent would with a paper letter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.adapters.eml import DateNote
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from clb4u_desk.domain.formatting import vietnam_date
from clb4u_desk.gui.cases.case_labels import (
    day_text,
    moment_text,
    right_name,
    size_text,
    state_name,
)
from clb4u_desk.gui.cases.widgets import RightsChooser
from clb4u_desk.gui.errors import domain_error_box, error_text
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.intake.service import CaseFromEmail, EmailPreview, ImportedAs

if TYPE_CHECKING:
    from clb4u_desk.app import Services

_WARNING_STYLE = "color: #8a5300;"
_ERROR_STYLE = "color: #b00020;"


@dataclass(frozen=True, slots=True, repr=False)
class EmailFile:
    """One file read and previewed in a worker thread."""

    path: Path
    data: bytes
    preview: EmailPreview
    imported_as: ImportedAs | None = None  # the case it already is


def read_and_preview(services: Services, actor: Actor, path: Path) -> EmailFile:
    """Runs in a worker thread: the file's bytes and what the service makes of them."""
    try:
        data = path.read_bytes()
    except OSError:
        # The message names no path (the dialog does).
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file cannot be read.")) from None
    preview = services.intake.preview_eml(data)
    return EmailFile(path, data, preview, services.intake.imported_as(actor, data))


def date_note_text(note: DateNote | None) -> str:
    if note is DateNote.MISSING:
        return QCoreApplication.translate(
            "EmailIntake",
            "The email has no Date: the time of import is taken as the time "
            "of receipt. Check it against the mailbox.",
        )
    if note is DateNote.IMPOSSIBLE:
        return QCoreApplication.translate(
            "EmailIntake",
            "The email's Date is unreadable or impossible: the time of import "
            "is taken as the time of receipt. Check it against the mailbox.",
        )
    return ""


class EmailIntakeDialog(QDialog):
    """Preview one email, confirm its rights, create the case, offer to link related ones."""

    created = Signal(int)  # the new case's id
    open_requested = Signal(int, str)  # the case the email already is: id, reference

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        email: EmailFile,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._runner = runner
        self.email = email
        self.result_case: CaseFromEmail | None = None
        self.setObjectName("emailIntakeDialog")
        self.setMinimumWidth(620)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._result_page())
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()
        self.already_label = QLabel(self)
        self.already_label.setObjectName("alreadyImportedLabel")
        self.already_label.setWordWrap(True)
        self.already_label.setStyleSheet(_WARNING_STYLE)
        self.already_label.setVisible(email.imported_as is not None)
        self.buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(self)
        self.create_button.setDefault(True)
        self.skip_button = QPushButton(self)
        self.done_button = QPushButton(self)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.done_button.hide()  # after addButton, which shows it; needed once created
        self.open_button = QPushButton(self)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        if email.imported_as is None:
            self.open_button.hide()
        else:  # no second case: opening the first one is what is offered
            self.create_button.hide()
            self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_existing)
        self.create_button.clicked.connect(self.create_case)
        self.skip_button.clicked.connect(self.reject)
        self.done_button.clicked.connect(self.finish)
        layout = QVBoxLayout(self)
        layout.addWidget(self.already_label)
        layout.addWidget(self.stack)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._fill()
        self.retranslate()

    # -- layout ---------------------------------------------------------------------

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.form = QFormLayout()
        self.file_label = QLabel(page)
        self.sender_label = QLabel(page)
        self.subject_label = QLabel(page)
        self.received_label = QLabel(page)
        self.form_labels: list[QLabel] = []
        for label in (self.file_label, self.sender_label, self.subject_label, self.received_label):
            label.setWordWrap(True)
            caption = QLabel(page)
            self.form_labels.append(caption)
            self.form.addRow(caption, label)
        self.date_note_label = QLabel(page)
        self.date_note_label.setWordWrap(True)
        self.date_note_label.setStyleSheet(_WARNING_STYLE)
        self.forwarded_label = QLabel(page)
        self.forwarded_label.setWordWrap(True)
        self.forwarded_label.setStyleSheet(_WARNING_STYLE)
        self.body = QPlainTextEdit(page)
        self.body.setReadOnly(True)
        self.body.setMaximumHeight(150)
        self.rights = RightsChooser(page)
        self.rights.changed.connect(self._update_buttons)
        self.evidence_label = QLabel(page)
        self.evidence_label.setWordWrap(True)
        self.regime_box = QGroupBox(page)
        self.eu_box = QCheckBox(self.regime_box)
        self.california_box = QCheckBox(self.regime_box)
        regimes = QHBoxLayout(self.regime_box)
        regimes.addWidget(self.eu_box)
        regimes.addWidget(self.california_box)
        regimes.addStretch(1)
        self.attachments_title = QLabel(page)
        self.attachments = QListWidget(page)
        self.attachments.setMaximumHeight(80)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        for widget in (
            self.date_note_label,
            self.forwarded_label,
            self.body,
            self.rights,
            self.evidence_label,
            self.regime_box,
            self.attachments_title,
            self.attachments,
        ):
            layout.addWidget(widget)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        self.created_label = QLabel(page)
        self.created_label.setWordWrap(True)
        self.warnings_label = QLabel(page)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(_WARNING_STYLE)
        self.related_box = QGroupBox(page)
        self.related_layout = QVBoxLayout(self.related_box)
        self.related_group = QButtonGroup(page)
        self.no_link_button = QRadioButton(self.related_box)
        self.no_link_button.setChecked(True)
        self.related_group.addButton(self.no_link_button, 0)
        self.related_layout.addWidget(self.no_link_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.created_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.related_box)
        layout.addStretch(1)
        return page

    def _fill(self) -> None:
        preview = self.email.preview
        self.subject_label.setText(preview.subject or "—")
        self.file_label.setText(self.email.path.name)
        name, address = preview.requester_name, preview.requester_email
        self.sender_label.setText(f"{name} <{address}>" if name else address)
        self.received_label.setText(moment_text(preview.received_at))
        self.date_note_label.setText(date_note_text(preview.date_note))
        self.date_note_label.setVisible(preview.date_note is not None)
        self.forwarded_label.setVisible(preview.forwarded)
        self.body.setPlainText(preview.body_text)
        self.rights.set_checked(preview.suggested_rights)
        for attachment in preview.attachments:
            self.attachments.addItem(
                f"{attachment.display_name} ({attachment.content_type}, "
                f"{size_text(attachment.size)})"
            )
        self.attachments.setVisible(bool(preview.attachments))
        self._update_buttons()

    def retranslate(self) -> None:
        preview = self.email.preview
        self.setWindowTitle(self.tr("Import e-mail"))
        labels = (
            self.tr("File:"),
            self.tr("Sender (as claimed):"),
            self.tr("Subject:"),
            self.tr("Received:"),
        )
        for caption, text in zip(self.form_labels, labels, strict=True):
            caption.setText(text)
        self.forwarded_label.setText(
            self.tr(
                "The email was forwarded: the sender above is whoever forwarded it, not "
                "necessarily the requester."
            )
        )
        self.rights.setTitle(self.tr("Rights asked for (suggested from the wording: check them)"))
        self.rights.retranslate()
        if preview.suggestions:
            self.evidence_label.setText(
                self.tr("Suggested because the email says: {words}").format(
                    words="; ".join(
                        f"{right_name(s.right)}: “{s.evidence}”" for s in preview.suggestions
                    )
                )
            )
        else:
            self.evidence_label.setText(
                self.tr("No right was recognised in the wording: choose the rights asked for.")
            )
        self.regime_box.setTitle(self.tr("Other laws that apply"))
        self.eu_box.setText(self.tr("EU resident (GDPR)"))
        self.california_box.setText(self.tr("California resident (CCPA)"))
        self.attachments_title.setText(
            self.tr("Attachments: {n}").format(n=len(preview.attachments))
        )
        if (already := self.email.imported_as) is not None:
            self.already_label.setText(
                self.tr(
                    "This email is already case {reference}; importing it again would "
                    "make a second case. Open {reference} instead."
                ).format(reference=already.reference)
            )
            self.open_button.setText(
                self.tr("Open {reference}").format(reference=already.reference)
            )
        self.create_button.setText(self.tr("Create case"))
        self.skip_button.setText(self.tr("Skip this file"))
        self.done_button.setText(self.tr("Done"))
        self.related_box.setTitle(self.tr("Earlier or later requests from the same contact point"))
        self.no_link_button.setText(self.tr("Do not link"))
        if self.result_case is not None:
            self._show_result(self.result_case)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        self.create_button.setEnabled(
            self.email.imported_as is None and bool(self.rights.checked())
        )

    def open_existing(self) -> None:
        """Open the case the email already is, and make none."""
        if (already := self.email.imported_as) is not None:
            self.open_requested.emit(already.case_id, already.reference)
        self.accept()

    # -- creating -------------------------------------------------------------------

    def create_case(self) -> None:
        rights = self.rights.checked()
        if not rights:
            self._error(self.tr("Choose at least one right the requester asks for."))
            return
        self.error_label.hide()
        self.create_button.setEnabled(False)
        self.skip_button.setEnabled(False)
        intake, actor, data = self._services.intake, self._actor, self.email.data
        eu, california = self.eu_box.isChecked(), self.california_box.isChecked()
        self._runner.run(
            lambda: intake.create_case_from_eml(
                actor, data, rights=rights, eu_resident=eu, california_resident=california
            ),
            on_done=self._created,
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, error: DomainError) -> None:
        # Nothing was written (one unit of work); the agent may change the rights and retry.
        self.skip_button.setEnabled(True)
        self._update_buttons()
        self._error(error_text(error))

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _created(self, result: CaseFromEmail) -> None:
        self.result_case = result
        self.created.emit(result.case.id)
        if not result.case.related and not result.case.warnings:
            self.accept()
            return
        self._show_result(result)
        if result.case.related:  # the latest related request, unless the agent says not
            self.choose_link(result.case.related[-1].id)
        self.stack.setCurrentIndex(1)
        self.create_button.hide()
        self.skip_button.hide()
        self.done_button.show()
        self.done_button.setDefault(True)

    def _show_result(self, result: CaseFromEmail) -> None:
        case = result.case
        self.created_label.setText(
            self.tr("Case {reference} was created; it is due on {date}.").format(
                reference=case.reference, date=day_text(case.due_on)
            )
        )
        self.warnings_label.setText("\n".join(case.warnings))
        self.warnings_label.setVisible(bool(case.warnings))
        self.related_box.setVisible(bool(case.related))
        existing = {button.property("caseId") for button in self.related_group.buttons()}
        for related in case.related:
            if related.id in existing:
                continue
            button = QRadioButton(self.related_box)
            button.setProperty("caseId", related.id)
            self.related_group.addButton(button, related.id)
            self.related_layout.addWidget(button)
        for choice in self.related_group.buttons():
            case_id = choice.property("caseId")
            match = next((r for r in case.related if r.id == case_id), None)
            if match is not None:
                choice.setText(
                    self.tr("Link to {reference} (received {date}, {state})").format(
                        reference=match.reference,
                        date=day_text(vietnam_date(match.received_at)),
                        state=state_name(match.state),
                    )
                )

    def link_choice(self) -> int | None:
        """The related case chosen to link to, if any."""
        chosen = self.related_group.checkedId()
        return chosen if chosen > 0 else None

    def choose_link(self, case_id: int | None) -> None:
        button = self.related_group.button(case_id or 0)
        if button is not None:
            button.setChecked(True)

    def finish(self) -> None:
        result, related_id = self.result_case, self.link_choice()
        if result is None or related_id is None:
            self.accept()
            return
        self.done_button.setEnabled(False)
        link = self._services.intake.link_related
        actor, case = self._actor, result.case
        self._runner.run(
            lambda: link(actor, case.id, related_id, case.version),
            on_done=lambda _none: self._linked(case.id),
            on_error=self._link_failed,
            owner=self,
        )

    def _linked(self, case_id: int) -> None:
        self.created.emit(case_id)  # the queue refreshes again
        self.accept()

    def _link_failed(self, error: DomainError) -> None:
        self.done_button.setEnabled(True)
        self._error(error_text(error))


class EmailImport(QObject):
    """Takes a list of files in, one dialog at a time; the caller keeps it until done."""

    created = Signal(int)  # a case was created (or linked): its id
    open_requested = Signal(int, str)  # a file already imported: its case's id, reference
    finished = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        paths: Sequence[Path],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._runner = runner
        self._parent = parent
        self._paths = list(paths)
        self.dialog: EmailIntakeDialog | None = None
        self.problem_box: QMessageBox | None = None
        self.problems: list[str] = []  # what was said about unusable files, in order
        self.created_ids: list[int] = []

    @property
    def remaining(self) -> int:
        return len(self._paths)

    def start(self) -> None:
        self._next()

    def _next(self) -> None:
        if not self._paths:
            self.dialog = None
            self.finished.emit()
            return
        path = self._paths.pop(0)
        self._runner.run(
            read_and_preview,
            self._services,
            self._actor,
            path,
            on_done=self._show,
            on_error=lambda error: self._problem(path, error),
            owner=self,
        )

    def _show(self, email: EmailFile) -> None:
        dialog = EmailIntakeDialog(self._services, self._actor, self._runner, email, self._parent)
        dialog.created.connect(self._created)
        dialog.open_requested.connect(self.open_requested)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _created(self, case_id: int) -> None:
        if case_id not in self.created_ids:
            self.created_ids.append(case_id)
        self.created.emit(case_id)

    def _dialog_closed(self, dialog: EmailIntakeDialog) -> None:
        dialog.deleteLater()
        self._next()

    def _problem(self, path: Path, error: DomainError) -> None:
        text = QCoreApplication.translate(
            "EmailIntake",
            "“{file}” cannot be imported, and no case was created from it. "
            # The reason is a sentence without personal data, translated.
            "{reason}",
        ).format(file=path.name, reason=error_text(error))
        self.problems.append(text)
        box = domain_error_box(self._parent, ValidationError(text))
        box.setObjectName("emailProblemBox")
        self.problem_box = box
        box.finished.connect(lambda _result: self._next())
        box.open()
