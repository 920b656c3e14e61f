"""Small forms of the case page: stop an item's clock, say a third party must act for
it, decide an item, assign the case, close it, and show a text to send.

Each form calls its service through the TaskRunner and keeps what the agent typed when
the service refuses. The version sent is read from the page when OK is pressed: when
someone changed the case meanwhile, the form says so and asks the page to reload
(``stale``), and pressing OK again acts on the case as it is now.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import CaseOutcome, CaseState, ItemOutcome, Permission, can
from clb4u_desk.domain.errors import ConcurrentChangeError, DomainError, ValidationError
from clb4u_desk.gui.cases.case_labels import (
    case_outcome_name,
    day_text,
    item_outcome_name,
    right_name,
)
from clb4u_desk.gui.decisions.base import DecisionDialog
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.accounts.service import AccountView
from clb4u_desk.services.cases.service import ItemDetail

if TYPE_CHECKING:
    from clb4u_desk.app import Services

VersionFn = Callable[[], int]


class CaseFormDialog(DecisionDialog):
    """A decision form whose version comes from the page at the moment OK is pressed."""

    stale = Signal()  # the case changed meanwhile: the page should reload

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        version_fn: VersionFn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, parent)
        self._version_fn = version_fn

    def _show_error(self, error: DomainError) -> None:
        super()._show_error(error)
        if isinstance(error, ConcurrentChangeError):
            # translate() with this class's context: tr() would look in the subclass's.
            self.error_label.setText(
                QCoreApplication.translate(
                    "CaseFormDialog",
                    "{error} The page now shows the case as it is; check it and press OK again.",
                ).format(error=error_text(error))
            )
            self.stale.emit()


class ItemReasonDialog(CaseFormDialog):
    """A form about one request item: a line of explanation and the reason to give."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        item: ItemDetail,
        version_fn: VersionFn,
        parent: QWidget | None,
    ) -> None:
        super().__init__(services, actor, runner, version_fn, parent)
        self._item = item
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setFixedHeight(90)
        self._layout.addWidget(self.intro)
        self._layout.addWidget(self.reason)
        self._finish_layout()

    def _submit(self) -> None:
        reason = self.reason.toPlainText().strip()
        if reason:
            self._apply(reason)
        else:  # said at once, without asking the service
            self._show_error(ValidationError(self._reason_missing()))

    def _reason_missing(self) -> str:
        raise NotImplementedError

    def _apply(self, reason: str) -> None:
        raise NotImplementedError


class PauseDialog(ItemReasonDialog):
    """Stop an item's clock while waiting for the requester, with the reason."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        item: ItemDetail,
        version_fn: VersionFn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, item, version_fn, parent)
        self.resize(520, 260)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Stop the clock"))
        self.intro.setText(
            self.tr(
                'Stop the clock of "{right}" from today while waiting for the requester (for '
                "example for a missing document). Say what is awaited; it is kept with the "
                "item."
            ).format(right=right_name(self._item.right))
        )
        self.reason.setPlaceholderText(self.tr("What the requester has been asked for"))
        self.ok_button.setText(self.tr("Stop the clock"))

    def _reason_missing(self) -> str:
        return self.tr("Say why the clock stops.")

    def _apply(self, reason: str) -> None:
        self._run(
            self._services.cases.pause_item,
            self._actor,
            self._item.id,
            reason,
            self._version_fn(),
            on_done=self._decided,
        )


class ThirdPartyDialog(ItemReasonDialog):
    """Say that a processor or third party must act for an item (the longer Vietnamese
    periods apply), or that none does any more; with the reason, kept with the item."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        item: ItemDetail,
        version_fn: VersionFn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, item, version_fn, parent)
        self.resize(560, 280)
        self.third_party = not item.third_party  # what OK records
        self.retranslate()

    def retranslate(self) -> None:
        right = right_name(self._item.right)
        due = day_text(self._item.due_on)
        if self.third_party:
            self.setWindowTitle(self.tr("A third party must act"))
            self.intro.setText(
                self.tr(
                    'A processor or another third party must act to answer "{right}" (for '
                    "example, it holds the data or must carry out the change). The longer "
                    "period of Vietnamese law then applies and the due date (now {date}) is "
                    "worked out again. Say who must act and why; it is kept with the "
                    "item."
                ).format(right=right, date=due)
            )
            self.reason.setPlaceholderText(self.tr("Who must act, and why"))
            self.ok_button.setText(self.tr("Apply the longer period"))
        else:
            self.setWindowTitle(self.tr("No third party acts"))
            self.intro.setText(
                self.tr(
                    'No processor or third party has to act for "{right}" any more: the '
                    "ordinary period applies again and the due date (now {date}) is worked "
                    "out again. Say why; it is kept with the item."
                ).format(right=right, date=due)
            )
            self.reason.setPlaceholderText(self.tr("Why no third party acts"))
            self.ok_button.setText(self.tr("Apply the ordinary period"))

    def _reason_missing(self) -> str:
        return self.tr("Give the reason.")

    def _apply(self, reason: str) -> None:
        self._run(
            self._services.cases.set_item_third_party,
            self._actor,
            self._item.id,
            self.third_party,
            reason,
            self._version_fn(),
            on_done=self._decided,
        )


class OutcomeDialog(CaseFormDialog):
    """Decide an item: done, partly done (with a reason) or, for a supervisor, refused."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        item: ItemDetail,
        outcomes: tuple[ItemOutcome, ...],
        version_fn: VersionFn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, version_fn, parent)
        self._item = item
        self._outcomes = outcomes
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.outcome = QComboBox(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setFixedHeight(90)
        self.outcome_label = QLabel(self)
        self.reason_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.outcome_label, self.outcome)
        form.addRow(self.reason_label, self.reason)
        self._layout.addWidget(self.intro)
        self._layout.addLayout(form)
        self._finish_layout()
        self.resize(560, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Decide the item"))
        self.intro.setText(
            self.tr(
                'Record how "{right}" was answered. A partial answer or a refusal needs the '
                "reason the requester is given."
            ).format(right=right_name(self._item.right))
        )
        current = self.outcome.currentData()
        self.outcome.clear()
        for outcome in self._outcomes:
            self.outcome.addItem(item_outcome_name(outcome.value), outcome.value)
        if current is not None:
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(current)))
        self.outcome_label.setText(self.tr("Outcome"))
        self.reason_label.setText(self.tr("Reason"))
        self.ok_button.setText(self.tr("Record outcome"))

    def _submit(self) -> None:
        value = self.outcome.currentData()
        if value is None:
            return
        reason = self.reason.toPlainText().strip() or None
        self._run(
            self._services.cases.set_item_outcome,
            self._actor,
            self._item.id,
            ItemOutcome(value),
            reason,
            self._version_fn(),
            on_done=self._decided,
        )


class AssignDialog(CaseFormDialog):
    """Give the case to an active colleague who handles cases, or to nobody."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        case_id: int,
        assignee_id: int | None,
        version_fn: VersionFn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, version_fn, parent)
        self._case_id = case_id
        self._assignee_id = assignee_id
        self._accounts: list[AccountView] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.assignee = QComboBox(self)
        self._layout.addWidget(self.intro)
        self._layout.addWidget(self.assignee)
        self._finish_layout()
        self.ok_button.setEnabled(False)
        self.resize(440, 180)
        self.retranslate()
        self._run(services.accounts.list_accounts, actor, on_done=self._loaded)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign the case"))
        self.intro.setText(self.tr("Who handles this case from now on?"))
        self.ok_button.setText(self.tr("Assign"))
        self._fill()

    def _loaded(self, accounts: list[AccountView]) -> None:
        self._accounts = [a for a in accounts if a.active and can(a.role, Permission.HANDLE_CASE)]
        self._fill()
        self.ok_button.setEnabled(True)

    def _fill(self) -> None:
        self.assignee.clear()
        self.assignee.addItem(self.tr("Nobody"), None)
        for account in self._accounts:
            self.assignee.addItem(f"{account.display_name} ({account.login})", account.id)
        index = self.assignee.findData(self._assignee_id)
        self.assignee.setCurrentIndex(max(0, index))

    def _submit(self) -> None:
        self._run(
            self._services.cases.assign,
            self._actor,
            self._case_id,
            self.assignee.currentData(),
            self._version_fn(),
            on_done=self._decided,
        )


class CloseCaseDialog(CaseFormDialog):
    """Close the case with one of the outcomes its state allows."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        case_id: int,
        outcomes: tuple[CaseOutcome, ...],
        version_fn: VersionFn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, version_fn, parent)
        self._case_id = case_id
        self._outcomes = outcomes
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.outcome = QComboBox(self)
        self._layout.addWidget(self.intro)
        self._layout.addWidget(self.outcome)
        self._finish_layout()
        self.resize(520, 200)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close the case"))
        self.intro.setText(
            self.tr(
                "A closed case cannot change any more. Done, partly done and refused must "
                "agree with the items' outcomes; a withdrawn request can be closed at any time."
            )
        )
        current = self.outcome.currentData()
        self.outcome.clear()
        for outcome in self._outcomes:
            self.outcome.addItem(case_outcome_name(outcome.value), outcome.value)
        if current is not None:
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(current)))
        self.ok_button.setText(self.tr("Close the case"))

    def _submit(self) -> None:
        value = self.outcome.currentData()
        if value is None:
            return
        call = partial(self._services.cases.transition, outcome=CaseOutcome(value))
        self._run(
            call,
            self._actor,
            self._case_id,
            CaseState.CLOSED,
            self._version_fn(),
            on_done=self._decided,
        )


class NoticeDialog(QDialog):
    """A text to send to the requester, in Vietnamese and English, with copy buttons."""

    def __init__(
        self, title: str, intro: str, text_vi: str, text_en: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.tabs = QTabWidget(self)
        for text, name in ((text_vi, "Tiếng Việt"), (text_en, "English")):
            page = QWidget(self.tabs)
            page_layout = QVBoxLayout(page)
            edit = QPlainTextEdit(page)
            edit.setPlainText(text)
            edit.setReadOnly(True)
            copy = QPushButton(self.tr("Copy"), page)
            copy.clicked.connect(partial(_copy_text, text))
            page_layout.addWidget(edit)
            page_layout.addWidget(copy)
            # Each language is named in itself, like the language menu.
            self.tabs.addTab(page, name)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420)


def _copy_text(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
