"""The identity verification wizard: the level a case needs, the level reached, what is
left to do, and one form per verification method.

Every service call goes through the TaskRunner; after each step the whole state (status,
identifier matches, questions left, code destinations) is loaded again, so the screen
always shows what the service decided, never what the dialog assumed. Answers and codes
are typed into password-style fields and cleared after each check: they are not shown
to anyone looking over the agent's shoulder, and they are never kept by the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import DomainError
from clb4u_desk.domain.formatting import format_datetime
from clb4u_desk.domain.identity import IdDocumentType, KnowledgeFact, VerificationMethod
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.gui.verification.demo_outbox import DemoOutboxDialog
from clb4u_desk.gui.verification.labels import (
    AUTHORISATION_NAMES,
    CODE_OUTCOMES,
    DOCUMENT_NAMES,
    FACT_NAMES,
    IDENTIFIER_NAMES,
    METHOD_NAMES,
    REQUIREMENT_TEXTS,
)
from clb4u_desk.services.verification.service import (
    AuthorisationKind,
    CodeCheckView,
    CodeDestination,
    IdentifierMatch,
    KnowledgeQuestion,
    MissingRequirement,
    VerificationStatus,
)

if TYPE_CHECKING:
    from clb4u_desk.app import Services

TICK, CROSS = "✓", "✗"

# The tab holding each method's form, to say where a route left is taken.
CONTACT_TAB, QUESTIONS_TAB, OTHER_TAB = range(3)
ROUTE_TABS = {
    VerificationMethod.REGISTERED_EMAIL_ORIGIN: CONTACT_TAB,
    VerificationMethod.ONE_TIME_CODE_EMAIL: CONTACT_TAB,
    VerificationMethod.ONE_TIME_CODE_SMS: CONTACT_TAB,
    VerificationMethod.CALLBACK_PHONE: CONTACT_TAB,
    VerificationMethod.KNOWLEDGE_QUESTION: QUESTIONS_TAB,
    VerificationMethod.SIGNED_DECLARATION: OTHER_TAB,
    VerificationMethod.REPRESENTATIVE_AUTHORISATION: OTHER_TAB,
    VerificationMethod.SUBJECT_CONFIRMED_DIRECTLY: OTHER_TAB,
    VerificationMethod.ID_DOCUMENT_SEEN: OTHER_TAB,
}


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything the wizard shows, loaded in one background call."""

    status: VerificationStatus
    matches: tuple[IdentifierMatch, ...]
    questions: tuple[KnowledgeQuestion, ...]
    destinations: tuple[CodeDestination, ...]


def load_snapshot(services: Services, actor: Actor, case_id: int) -> Snapshot:
    """Runs in a worker thread: reads only, through the verification service."""
    verification = services.verification
    status = verification.status(actor, case_id)
    if not status.linked:
        return Snapshot(status, (), (), ())
    return Snapshot(
        status,
        tuple(verification.identifier_matches(actor, case_id)),
        tuple(verification.knowledge_questions(actor, case_id)),
        tuple(verification.code_destinations(actor, case_id)),
    )


class VerificationWizard(QDialog):
    """Verify the requester of one case, step by step."""

    verified = Signal(object)  # the VerificationStatus, once the needed level is reached

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._runner = runner
        self._case_id = case_id
        self.snapshot: Snapshot | None = None
        self._build()
        self.retranslate()
        self.refresh()

    # -- layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.missing_title = QLabel(self)
        self.missing_list = QListWidget(self)
        # A step can be a long sentence (what payment data needs): wrapped, never
        # behind a horizontal scroll bar.
        self.missing_list.setWordWrap(True)
        self.missing_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.matches_title = QLabel(self)
        self.matches_table = QTableWidget(0, 3, self)
        self.matches_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # A few short rows: each value on one line, the columns as wide as their texts.
        self.matches_table.verticalHeader().hide()
        self.matches_table.setWordWrap(False)
        matches_header = self.matches_table.horizontalHeader()
        matches_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        matches_header.setStretchLastSection(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._contact_tab(), "")
        self.tabs.addTab(self._questions_tab(), "")
        self.tabs.addTab(self._other_tab(), "")
        self.attempts_title = QLabel(self)
        self.attempts_list = QListWidget(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        for widget in (
            self.summary,
            self.missing_title,
            self.missing_list,
            self.matches_title,
            self.matches_table,
            self.tabs,
            self.attempts_title,
            self.attempts_list,
            self.message,
            self.error_label,
            self.buttons,
        ):
            layout.addWidget(widget)

    def _contact_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.origin_button = QPushButton(tab)
        self.origin_button.clicked.connect(self._record_origin)
        layout.addWidget(self.origin_button)
        self.code_box = QGroupBox(tab)
        code_form = QFormLayout(self.code_box)
        self.destination_combo = QComboBox(self.code_box)
        self.send_code_button = QPushButton(self.code_box)
        self.send_code_button.clicked.connect(self._send_code)
        self.destination_label = QLabel(self.code_box)
        code_form.addRow(
            self.destination_label, _row(self.destination_combo, self.send_code_button)
        )
        self.code_edit = QLineEdit(self.code_box)
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setMaxLength(20)
        self.check_code_button = QPushButton(self.code_box)
        self.check_code_button.clicked.connect(self._check_code)
        # Nothing typed is nothing to check (the service refuses it too, without a try).
        self.check_code_button.setEnabled(False)
        self.code_edit.textChanged.connect(
            lambda text: self.check_code_button.setEnabled(bool(text.strip()))
        )
        self.code_label = QLabel(self.code_box)
        code_form.addRow(self.code_label, _row(self.code_edit, self.check_code_button))
        # The demo workspace mails nobody: its codes are read in the demo outbox.
        self.outbox_button = QPushButton(self.code_box)
        self.outbox_button.setVisible(self._services.verification.demo_outbox is not None)
        self.outbox_button.clicked.connect(self.open_demo_outbox)
        code_form.addRow(self.outbox_button)
        self.demo_outbox_dialog: DemoOutboxDialog | None = None
        layout.addWidget(self.code_box)
        self.callback_box = QGroupBox(tab)
        callback_form = QFormLayout(self.callback_box)
        self.callback_phone = QLineEdit(self.callback_box)
        self.callback_label = QLabel(self.callback_box)
        self.callback_yes = QPushButton(self.callback_box)
        self.callback_no = QPushButton(self.callback_box)
        self.callback_yes.clicked.connect(lambda: self._record_callback(True))
        self.callback_no.clicked.connect(lambda: self._record_callback(False))
        callback_form.addRow(
            self.callback_label, _row(self.callback_phone, self.callback_yes, self.callback_no)
        )
        layout.addWidget(self.callback_box)
        layout.addStretch(1)
        return tab

    def _questions_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.question_combo = QComboBox(tab)
        self.question_combo.currentIndexChanged.connect(self._show_prompt)
        self.question_label = QLabel(tab)
        form.addRow(self.question_label, self.question_combo)
        self.prompt = QLabel(tab)
        self.prompt.setWordWrap(True)
        form.addRow(self.prompt)
        self.answer_edit = QLineEdit(tab)
        self.answer_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.answer_edit.setMaxLength(200)
        self.answer_button = QPushButton(tab)
        self.answer_button.clicked.connect(self._answer)
        self.answer_label = QLabel(tab)
        form.addRow(self.answer_label, _row(self.answer_edit, self.answer_button))
        return tab

    def _other_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.declaration_button = QPushButton(tab)
        self.declaration_button.clicked.connect(self._record_declaration)
        layout.addWidget(self.declaration_button)
        self.representative_box = QGroupBox(tab)
        rep_form = QFormLayout(self.representative_box)
        self.authorisation_combo = QComboBox(self.representative_box)
        for kind in AuthorisationKind:
            self.authorisation_combo.addItem("", kind)
        self.subject_confirmed = QCheckBox(self.representative_box)
        self.representative_button = QPushButton(self.representative_box)
        self.representative_button.clicked.connect(self._record_representative)
        self.authorisation_label = QLabel(self.representative_box)
        rep_form.addRow(self.authorisation_label, self.authorisation_combo)
        rep_form.addRow(self.subject_confirmed)
        rep_form.addRow(self.representative_button)
        layout.addWidget(self.representative_box)
        self.document_box = QGroupBox(tab)
        doc_form = QFormLayout(self.document_box)
        self.document_combo = QComboBox(self.document_box)
        for doc_type in IdDocumentType:
            self.document_combo.addItem("", doc_type)
        self.document_last4 = QLineEdit(self.document_box)
        self.document_last4.setMaxLength(4)
        self.document_last4.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9]{0,4}"), self.document_last4)
        )
        self.document_button = QPushButton(self.document_box)
        self.document_button.clicked.connect(self._record_document)
        self.document_type_label = QLabel(self.document_box)
        self.document_last4_label = QLabel(self.document_box)
        doc_form.addRow(self.document_type_label, self.document_combo)
        doc_form.addRow(self.document_last4_label, _row(self.document_last4, self.document_button))
        layout.addWidget(self.document_box)
        layout.addStretch(1)
        return tab

    # -- texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Identity verification"))
        # Qt ships no Vietnamese for its standard buttons, so the text is set here.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.matches_title.setText(self.tr("Identifiers given in the request:"))
        self.matches_table.setHorizontalHeaderLabels(
            [self.tr("Identifier"), self.tr("Given (masked)"), self.tr("On file")]
        )
        self.tabs.setTabText(0, self.tr("Contact point"))
        self.tabs.setTabText(1, self.tr("Questions"))
        self.tabs.setTabText(2, self.tr("Declaration, representative, ID"))
        self.attempts_title.setText(self.tr("Steps so far:"))
        self.origin_button.setText(self.tr("The request came from a registered email"))
        self.code_box.setTitle(self.tr("One-time code by email"))
        self.destination_label.setText(self.tr("Send to"))
        self.send_code_button.setText(self.tr("Send code"))
        self.code_label.setText(self.tr("Code read out"))
        self.check_code_button.setText(self.tr("Check code"))
        self.outbox_button.setText(self.tr("Demo outbox…"))
        self.callback_box.setTitle(self.tr("Callback to a registered phone"))
        self.callback_label.setText(self.tr("Number called"))
        self.callback_yes.setText(self.tr("Subject confirmed"))
        self.callback_no.setText(self.tr("Not confirmed"))
        self.question_label.setText(self.tr("Fact"))
        self.answer_label.setText(self.tr("Answer heard"))
        self.answer_button.setText(self.tr("Check answer"))
        self.declaration_button.setText(self.tr("A signed declaration was received"))
        self.representative_box.setTitle(self.tr("Request made by a representative"))
        self.authorisation_label.setText(self.tr("Authorisation seen"))
        self.subject_confirmed.setText(self.tr("The data subject confirmed the request directly"))
        self.representative_button.setText(self.tr("Record representative"))
        self.document_box.setTitle(self.tr("ID document seen (no image, no full number)"))
        self.document_type_label.setText(self.tr("Document"))
        self.document_last4_label.setText(self.tr("Last 4 digits"))
        self.document_button.setText(self.tr("Record document"))
        for index in range(self.authorisation_combo.count()):
            kind = AuthorisationKind(self.authorisation_combo.itemData(index))
            self.authorisation_combo.setItemText(index, AUTHORISATION_NAMES[kind]())
        for index in range(self.document_combo.count()):
            doc_type = IdDocumentType(self.document_combo.itemData(index))
            self.document_combo.setItemText(index, DOCUMENT_NAMES[doc_type]())
        if self.snapshot is not None:
            self._show(self.snapshot)

    # -- loading and showing

    def refresh(self) -> None:
        self._run(load_snapshot, self._services, self._actor, self._case_id, on_done=self._loaded)

    def _loaded(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self._show(snapshot)
        if snapshot.status.satisfied:
            self.verified.emit(snapshot.status)

    def _show(self, snapshot: Snapshot) -> None:
        status = snapshot.status
        summary = self.tr("Case {reference}: level needed {needed}, level reached {reached}.")
        if status.unreachable:
            summary += " " + self.tr("Level {needed} can no longer be reached in this case.")
        self.summary.setText(
            summary.format(
                reference=status.case_reference,
                needed=status.level_needed.label,
                reached=status.level_reached.label,
            )
        )
        self.missing_title.setText(
            self.tr("Still needed for level {level}:").format(level=status.level_needed.label)
        )
        self.missing_list.clear()
        if not status.linked:
            self.missing_list.addItem(self.tr("Link the case to the customer's records first."))
        elif status.satisfied:
            self.missing_list.addItem(self.tr("Nothing: the required level is reached."))
        for missing in status.missing if status.linked else ():
            self.missing_list.addItem(f"• {self._missing_text(missing)}")
        if status.linked and status.payment_data_needs_more:
            self.missing_list.addItem(
                self.tr(
                    "The customer has payment data on file: access, a data copy or an "
                    "erasure that includes it needs level {level}, which also needs:"
                ).format(level=status.level_with_payment_data.label)
            )
            for missing in status.payment_level_missing:
                self.missing_list.addItem(f"    • {self._missing_text(missing)}")
        self._show_matches(snapshot.matches)
        self._show_attempts(status)
        self._fill_combo(
            self.destination_combo, [(d.masked, d.email_id) for d in snapshot.destinations]
        )
        self._fill_combo(
            self.question_combo, [(FACT_NAMES[q.fact](), q.fact.value) for q in snapshot.questions]
        )
        self._show_prompt()
        self.tabs.setEnabled(status.linked)

    def _missing_text(self, missing: MissingRequirement) -> str:
        """The requirement, and the ways still open in this case to supply it."""
        what = REQUIREMENT_TEXTS[missing.code]()
        if not missing.routes:
            return self.tr("{requirement}. No way left in this case.").format(requirement=what)
        return self.tr("{requirement}. Ways left: {routes}").format(
            requirement=what, routes=self._routes_text(missing.routes)
        )

    def _routes_text(self, routes: tuple[VerificationMethod, ...]) -> str:
        return "; ".join(
            self.tr("{method} (tab “{tab}”)").format(
                method=METHOD_NAMES[route](), tab=self.tabs.tabText(ROUTE_TABS[route])
            )
            for route in routes
        )

    def _show_matches(self, matches: tuple[IdentifierMatch, ...]) -> None:
        self.matches_table.setRowCount(len(matches))
        for row, match in enumerate(matches):
            mark = TICK if match.matched else CROSS
            if not match.on_file:
                mark = self.tr("{mark} (nothing on file)").format(mark=CROSS)
            for column, text in enumerate((IDENTIFIER_NAMES[match.kind](), match.masked, mark)):
                self.matches_table.setItem(row, column, QTableWidgetItem(text))

    def _show_attempts(self, status: VerificationStatus) -> None:
        self.attempts_list.clear()
        for attempt in status.attempts:
            what = METHOD_NAMES[attempt.method]()
            if attempt.fact is not None:
                what = f"{what}: {FACT_NAMES[attempt.fact]()}"
            when = format_datetime(attempt.at)
            mark = TICK if attempt.succeeded else CROSS
            self.attempts_list.addItem(f"{mark} {when} {what}")

    @staticmethod
    def _fill_combo(combo: QComboBox, entries: list[tuple[str, object]]) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        index = combo.findData(kept)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _show_prompt(self) -> None:
        fact = self._chosen_fact()
        question = (
            next((q for q in self.snapshot.questions if q.fact is fact), None)
            if self.snapshot is not None and fact is not None
            else None
        )
        self.prompt.setText(
            f"{question.prompt_vi}\n{question.prompt_en}" if question else self._no_question_text()
        )
        self.answer_button.setEnabled(question is not None)

    def _no_question_text(self) -> str:
        """No question left: and if a fact is still missing, what can still supply it."""
        missing = self.snapshot.status.missing_fact if self.snapshot is not None else None
        if missing is None:
            return self.tr("No question left to ask.")
        if not missing.routes:
            return self.tr(
                "No question left to ask, and nothing else can supply the missing fact in "
                "this case."
            )
        return self.tr(
            "No question left to ask. The missing fact can still come from: {routes}"
        ).format(routes=self._routes_text(missing.routes))

    def _chosen_fact(self) -> KnowledgeFact | None:
        data = self.question_combo.currentData()
        return KnowledgeFact(data) if data else None

    # -- steps

    def _record_origin(self) -> None:
        self._step(self._services.verification.record_registered_email_origin)

    def _send_code(self) -> None:
        email_id = self.destination_combo.currentData()
        if email_id is None:
            self._show_error_text(self.tr("The customer has no registered email."))
            return
        self._run(self._send_code_call, int(email_id), on_done=self._code_sent)

    def _send_code_call(self, email_id: int) -> object:
        return self._services.verification.send_one_time_code(
            self._actor, self._case_id, destination_id=email_id
        )

    def _code_sent(self, _sent: object) -> None:
        self.message.setText(
            self.tr("Code sent. Ask the requester to read it out; it is valid for 10 minutes.")
        )
        self.refresh()

    def open_demo_outbox(self) -> None:
        outbox = self._services.verification.demo_outbox
        if outbox is None:
            return
        if self.demo_outbox_dialog is None:
            self.demo_outbox_dialog = DemoOutboxDialog(outbox, self._runner, self)
        else:
            self.demo_outbox_dialog.refresh()
        self.demo_outbox_dialog.show()

    def _check_code(self) -> None:
        typed = self.code_edit.text()
        self.code_edit.clear()  # the dialog never keeps a code
        self._run(
            self._services.verification.check_one_time_code,
            self._actor,
            self._case_id,
            typed,
            on_done=self._code_checked,
        )

    def _code_checked(self, result: CodeCheckView) -> None:
        self.message.setText(CODE_OUTCOMES[result.outcome]().format(tries=result.tries_left))
        self.refresh()

    def _record_callback(self, confirmed: bool) -> None:
        phone = self.callback_phone.text()
        self._step(self._services.verification.record_callback, phone, confirmed)

    def _answer(self) -> None:
        fact = self._chosen_fact()
        if fact is None:
            return
        typed = self.answer_edit.text()
        self.answer_edit.clear()  # the dialog never keeps an answer
        self._run(
            self._services.verification.answer_knowledge_question,
            self._actor,
            self._case_id,
            fact,
            typed,
            on_done=self._answered,
        )

    def _answered(self, matched: bool) -> None:
        self.message.setText(
            self.tr("Answer correct.")
            if matched
            else self.tr("Answer wrong; ask another question.")
        )
        self.refresh()

    def _record_declaration(self) -> None:
        self._step(self._services.verification.record_signed_declaration)

    def _record_representative(self) -> None:
        kind = AuthorisationKind(self.authorisation_combo.currentData())
        self._step(
            self._services.verification.record_representative,
            kind,
            self.subject_confirmed.isChecked(),
        )

    def _record_document(self) -> None:
        doc_type = IdDocumentType(self.document_combo.currentData())
        last4 = self.document_last4.text()
        self._step(
            self._services.verification.record_id_document_seen,
            doc_type,
            last4,
            after=self.document_last4.clear,
        )

    def _step(
        self, method: Callable[..., object], *args: Any, after: Callable[[], None] | None = None
    ) -> None:
        """Record one step (the method takes actor, case id, then ``args``) and reload."""

        def done(_result: object) -> None:
            self.message.setText(self.tr("Step recorded."))
            if after is not None:
                after()
            self.refresh()

        self._run(method, self._actor, self._case_id, *args, on_done=done)

    # -- running

    def _run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], object]) -> None:
        self.error_label.hide()
        self.tabs.setEnabled(False)
        self._runner.run(
            fn,
            *args,
            on_done=on_done,
            on_error=self._show_error,
            on_finished=self._ready,
            owner=self,
        )

    def _ready(self) -> None:
        linked = self.snapshot is not None and self.snapshot.status.linked
        self.tabs.setEnabled(linked)

    def _show_error(self, error: DomainError) -> None:
        # Domain messages are complete sentences without personal data (domain.errors).
        self._show_error_text(error_text(error))

    def _show_error_text(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder
